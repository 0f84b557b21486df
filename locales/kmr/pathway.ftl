# Machine-made translation from English (locales/en/pathway.ftl); not yet reviewed by a person.
# Suggested pathway, print, and the caseworker's view. The keys are those of locales/en/pathway.ftl.
# Variables in braces, like { $date }, are filled in by the app: keep them as they are.

## Pathway page
pw-title = Rêya te ya pêşniyarkirî
pw-intro = Ev gav li gorî bersivên te tên pêşniyarkirin. Pêşî tiştên ku divê tu niha bikî tên, paşê tiştên ji bo demeke paşê.
pw-disclaimer = Ev pêşniyarek e ku te bi xwe amade kiriye. Ew ne biryar e. Dezgeh di nirxandinê de bi te re li ser xizmetên te biryar dide.
pw-no-answers = Te hîn bersiva pirsan nedaye. Pêşî bersiva wan bide, û tu rêyeke taybet ji bo xwe distînî.
pw-start-questions = Bersiva pirsan bide
pw-because = Ji ber ku te bersiv da:
pw-for-everyone = Ji bo her kesê ku ji bo mayînê tê Fînlendayê tê pêşniyarkirin.
pw-where = Biçe ku derê:
pw-source = Çavkaniya fermî:
# After a step's sources: the day they were last checked. { $date } is a formatted date.
source-checked = { $date } hat kontrolkirin
pw-check-answers = Bersivên xwe kontrol bike an biguherîne
timing-now = Vê niha bike
timing-soon = Di mehên bê de
timing-later = Paşê

## Taking it with you
pw-take-heading = Vê bi xwe re bibe
pw-take-intro = Bersivên xwe û vê rêyê di randevûya xwe de nîşan bide. Rêyekê hilbijêre.
pw-print = Çap bike
pw-save = Wek pel tomar bike
pw-share = Parve bike
pw-show-qr = Koda QR nîşan bide
pw-hide-qr = Koda QR veşêre
pw-qr-help = Karmendê dosyayê dikare vê kodê bixwîne da ku bersivên te bi Fînî an Swêdî bibîne. Tu dikarî wê bi telefona xwe jî bixwînî da ku kopiyekê bihêlî. Bersivên te di hundirê kodê de ne: tu tişt ji vir nayê şandin.
pw-qr-label = Koda QR bi bersivên te
pw-saved = Pel hat tomarkirin. Di daxistinên xwe de lê bigere.
pw-share-failed = Parvekirin li ser vê cîhazê nexebitî. Tu dikarî li şûna wê pelê tomar bikî.

## Print
print-title = Bersiv û rêya pêşniyarkirî
print-caseworker-language = Zimanê duyem, ji bo karmendê dosyayê:
print-self-reported = Berî nirxandinê, kesê têkildar bi xwe ev bersiv dane. Rê pêşniyarek e, ne biryar e.
print-prepared = Dîroka amadekirinê: { $date }
print-answers = Bersiv
print-pathway = Rêya pêşniyarkirî
print-button = Vê rûpelê çap bike
print-back = Vegere rêya xwe

## Caseworker view
hv-title = Bersiv ji bo nirxandinê
hv-self-reported = Kesê têkildar berî nirxandinê bi tena serê xwe bersiva van pirsan daye. Bersiv ji aliyê kesê têkildar bi xwe ve hatine dayîn. Rê pêşniyarek e ku sepanê li gorî bersivan çêkiriye, ne biryar e.
hv-prepared = Dîroka amadekirinê: { $date }. Zimanê kesê têkildar: { $language }.
hv-municipality = Şaredarî: { $name }
hv-language = Nîşan bide bi:
hv-show-person = Zimanê kesê têkildar jî nîşan bide
hv-hide-person = Zimanê kesê têkildar veşêre
hv-print = Çap bike
hv-nothing-stored = Tiştek ji vê rûpelê li ser vê cîhazê nayê tomarkirin.
hv-dropped = Hin bersiv nehatin xwendin. Dibe ku ew bi guhertoyeke din a sepanê hatibin çêkirin.
hv-load-title = Bersivên tomarkirî veke
hv-load-intro = Pelekî ku ji vê sepanê hatiye tomarkirin hilbijêre. Dawiya wî .json e.
hv-load-label = Pel bi bersivan
hv-error-title = Ev bersiv nayên vekirin
hv-try-file = Li şûna wê pelekî tomarkirî veke

## Errors in links and files
handover-error-empty = Girêdan an pel vala ye.
handover-error-too-large = Pel ji bo pelekî bersivan pir mezin e. Kontrol bike ka te pelê rast hilbijartiye.
handover-error-malformed = Girêdan an pel xera bûye. Ji kesê têkildar bixwaze ku koda QR dîsa nîşan bide an pelekî nû tomar bike.
handover-error-newer = Ev bersiv bi guhertoyeke nûtir a sepanê hatine çêkirin. Sepanê nû bike (rûpelê dîsa bar bike) û dîsa biceribîne.
handover-error-checksum = Girêdan an pel hatiye guhertin an xera bûye, loma nayê bawerkirin. Yekî nû bixwaze.
handover-error-truncated = Beşek ji girêdanê an pelî winda ye. Yekî nû bixwaze.
handover-error-not-json = Ev ne pelekî ji vê sepanê hatî tomarkirin e.
handover-error-not-handover = Di vî pelî de bersivên ji vê sepanê tune ne.

## Steps: urgent
step-urgent-safety-title = Heke tu di xeterê de bî, li 112 bigere
step-urgent-safety-text = Heke tu an malbata te niha di xeterê de bin, li 112 bigere. Tu dikarî ji polîs, ji stargehekê an ji xeteke alîkariyê jî alîkariyê bixwazî. Ev belaş e.
step-urgent-housing-title = Îro ji bo xanî alîkariyê bixwaze
step-urgent-housing-text = Îro bi xizmetên civakî yên { -hyvinvointialue } ya xwe re têkilî dayne û ji wan re bibêje ku cihekî te yê ewle ji bo jiyanê tune ye. Ji şaredariya xwe re jî bibêje.
step-urgent-money-title = Ji bo pereyan alîkariyê bixwaze
step-urgent-money-text = Heke pereyê te ji bo xwarin an fatûreyan tune be, serlêdana alîkariya civakî ya bingehîn li { -kela } bike. Xizmetên civakî dikarin di rewşa acîl de alîkariya te bikin.
step-urgent-health-title = Lênêrîna tenduristiyê bistîne
step-urgent-health-text = Bi navenda xwe ya tenduristiyê re têkilî dayne. Heke bilez be, li { -paivystysapu } 116 117 bigere. Ew li piraniya herêman dixebite: li ser 116117.fi binêre. Di rewşa acîl de, li 112 bigere.
step-urgent-family-title = Li ser anîna malbata xwe bipirse
step-urgent-family-text = Ji bo anîna malbatê (yekbûna malbatê) rêgez û demên dawî yên taybet hene. Wan li ser migri.fi kontrol bike û zû şîretan bixwaze.
step-urgent-legal-title = Şîretên hiqûqî bixwaze
step-urgent-legal-text = Ji xizmetên rêberî û şêwirdariyê bipirse ka tu li ku dikarî şîretên hiqûqî bistînî. Hin şîret belaş in.

## Steps: first steps
step-register-dvv-title = Navnîşana xwe li { -dvv } qeyd bike
step-register-dvv-text = Xwe li { -dvv } qeyd bike da ku şaredariya rûniştinê bistînî. Gelek xizmet pêdiviya wan bi wê heye.
step-first-identity-code-title = Koda nasnameya kesane bistîne
step-first-identity-code-text = Koda te ya nasnameya kesane pir caran jixwe li ser karta te ya destûra rûniştinê ye. Heke ne li ser be, dema ku tu xwe li { -dvv } qeyd dikî tu wê distînî. Li bankê, li { -kela } û di lênêrîna tenduristiyê de pêdiviya te bi wê heye.
step-first-kela-title = Li ser ewlehiya civakî ji { -kela } bipirse
step-first-kela-text = Serlêdana karta { -kela } di OmaKela de bike û agahdariya hatina Fînlendayê bişîne. Paşê { -kela } biryar dide ka tu di nav ewlehiya civakî ya Fînlendayê de yî an na.
step-first-tax-card-title = Karta bacê bistîne
step-first-tax-card-text = Berî ku dest bi kar bikî, ji { -vero } karta bacê bistîne. Wê bide kardêrê xwe.
step-first-bank-title = Hesabê bankê veke
step-first-bank-text = Ji bo meaş û alîkariyên xwe, pêdiviya te bi hesabê bankê heye. Ji bankê kodên bankê yên înternetê jî bixwaze.

## Steps: your assessment
step-assessment-employment-title = Nirxandina te li cem { -tyollisyyspalvelut } e
step-assessment-employment-text = Tu wek karxwaz qeydkirî yî, loma { -tyollisyyspalvelut } bi te re nirxandina te û plana te ya entegrasyonê çêdikin. Bi wan re têkilî dayne û randevûyekê bigire.
step-assessment-municipality-title = Nirxandina te li cem şaredariya te ye
step-assessment-municipality-text = Li gorî bersivên te, xizmetên entegrasyonê yên şaredariya te ji nirxandina te û plana te ya entegrasyonê berpirsiyar in. Bi wan re têkilî dayne û randevûyekê bigire.
step-assessment-ask-title = Nirxandina jêhatîbûn û pêdiviyên xwe bixwaze
step-assessment-ask-text = Ji xizmetên rêberî û şêwirdariyê yên şaredariya xwe bipirse ka kî nirxandina te çêdike. Heke tu xwe wek karxwazê bêkar qeyd bikî, ew { -tyollisyyspalvelut } in. Wekî din bi gelemperî şaredarî ye.
step-window-open-title = Plana xwe ya entegrasyonê di wextê xwe de bixwaze
step-window-open-text = Nirxandin û plana entegrasyonê ya pêşîn di nav 3 salan de piştî destûra rûniştinê an qeyda te ya pêşîn tên çêkirin. Wan zû bixwaze.
step-window-passed-title = Ji destûra te ya pêşîn ve ji 3 salan bêtir derbas bûye
step-window-passed-text = Plana entegrasyonê ya pêşîn bi gelemperî di nav 3 salan de tê çêkirin. Ji karmendê dosyaya xwe bipirse ka çi hîn ji bo te gengaz e. Dibe ku qursên ziman û xizmetên din hîn ji te re vekirî bin.
step-jobseeker-register-title = Xwe wek karxwaz qeyd bike
step-jobseeker-register-text = Tu kar an perwerdeyê dixwazî. Xwe di { -tyomarkkinatori(case: "with-finnish") } de an li { -tyollisyyspalvelut } wek karxwaz qeyd bike.
step-interpreter-title = Wergêrekî bixwaze
step-interpreter-text = Dema ku tu randevûyê digirî, ji nivîsgehê re bibêje ku pêdiviya te bi wergêr heye. Nirxandin bi zimanekî ku tu fêm dikî tê kirin.
step-social-services-title = Nirxandina xizmetên civakî
step-social-services-text = Kesên bi parastina navneteweyî bi gelemperî ber bi nirxandina pêdiviyan a xizmetên civakî ve tên şandin. Ew alîkariya te dike ku tu piştgiriya ku pêdiviya te pê heye bistînî.
step-unaccompanied-plan-title = Piştgirî ji bo ciwanekî bê serperişt
step-unaccompanied-plan-text = Ciwanekî ku bê serperişt hatiye, bi gelemperî ber bi nirxandina pêdiviyan a xizmetên civakî ve tê şandin. Bi xizmetên civakî re ji bo te planek tê çêkirin. Ji kesê xwe yê têkiliyê an ji xebatkarê xwe yê civakî bipirse.
step-talk-health-title = Li ser tenduristiya xwe bi kesekî re biaxive
step-talk-health-text = Li navenda xwe ya tenduristiyê an li xizmetên civakî randevûyekê bigire. Tu dikarî ji wan re bibêjî ka çi xwendin an xebatê ji bo te zor dike.

## Steps: language
step-literacy-title = Perwerdeya xwendin û nivîsandinê
step-literacy-text = Perwerdeya xwendin û nivîsandinê bixwaze. Ew ji bo kesên ku hîn nikarin baş bixwînin an binivîsin, an ji bo kesên ku alfabeya latînî ji wan re nû ye. Dibe ku rêgez di sala 2027an de biguherin: ji karmendê dosyaya xwe bipirse.
step-integration-training-title = Perwerdeya entegrasyonê: Fînî an Swêdî
step-integration-training-text = Perwerdeya entegrasyonê Fînî an Swêdî, û li ser civak û jiyana kar hîn dike. Bi gelemperî nêzîkî salekê dom dike. Ezmûnek nîşan dide ka kîjan kom ji bo te rast e. Dibe ku rêgez di sala 2027an de biguherin: ji karmendê dosyaya xwe bipirse.
step-language-with-work-title = Ligel kar ziman bixwîne
step-language-with-work-text = Tu ji bo kar amade yî. Li ser xwendina ziman a nîv-demî bipirse, ku tu dikarî li kêleka karê xwe bikî.
step-language-fluent-title = Zanîna te ya ziman jixwe baş e
step-language-fluent-text = Dibe ku pêdiviya te bi perwerdeya ziman tune be. Li ser xizmetên din bipirse, mînak xwendin an kar.
step-civic-orientation-title = Naskirina civakê bi zimanê te
step-civic-orientation-text = Li ser qursa pirzimanî ya naskirina civakê bipirse. Ew herî kêm 70 saetan dom dike û li ser maf, xizmet, kar û jiyana rojane li Fînlendayê agahiyan dide.
step-digital-skills-title = Bikaranîna xizmetên înternetê hîn bibe
step-digital-skills-text = Gelek xizmet li ser înternetê ne. Ji pirtûkxane an şaredariya xwe li ser alîkarî û qursên ji bo bikaranîna telefon, komputer û xizmetên înternetê bipirse.

## Steps: education and recognition
step-simhe-title = Rêberî ji bo kesên bi perwerdeya bilind
step-simhe-text = Xizmetên { -simhe } li hin zanîngehan rêberiya kesên bi xwendina zanîngehê dikin û di naskirina zanîna berê de alîkarî dikin.
step-recognition-oph-title = Fêr bibe ka asta bawernameya te çi ye
step-recognition-oph-text = { -oph } dikare biryar bide ka bawernameya te ya biyanî li Fînlendayê di kîjan astê de ye. Bawernameyên xwe bi xwe re bîne. Li ser oph.fi binêre ka çawa serlêdanê bikî.
step-regulated-valvira-title = Mafê xebatê di tenduristî an xizmetên civakî de
step-regulated-valvira-text = Ji bo xebatê di tenduristî an xizmetên civakî de, pêdiviya te bi mafê pîşeyê yê ji { -lvv } (berê Valvira) heye. Her wiha pêdiviya te bi zanîna têra xwe ya Fînî an Swêdî heye.
step-regulated-oph-title = Mafê xebatê wek mamoste an di perwerdeya zarokatiya zû de
step-regulated-oph-text = Mamostetî û perwerdeya zarokatiya zû pîşeyên rêkxistî ne. { -oph } biryar dide ka perwerdeya te mafê xebatê di wan de dide te an na.

## Steps: children
step-daycare-title = Serlêdana perwerdeya zarokatiya zû bike
step-daycare-text = Serlêdana perwerdeya zarokatiya zû (baxçeyê zarokan) li şaredariya xwe bike. Biha bi dahata te ve girêdayî ye. Zû serlêdanê bike.
step-preprimary-title = Perwerdeya berî dibistanê
step-preprimary-text = Perwerdeya berî dibistanê di sala berî dibistanê de mecbûrî ye. Ew belaş e. Şaredariya te ji te re dibêje ka çawa zarokê xwe qeyd bikî.
step-school-title = Dibistan ji bo zarokên te
step-school-text = Perwerde ji 7 saliyê ve mecbûrî ye. Heke zarokê te hîn bi Fînî an Swêdî naaxive, li ser perwerdeya amadekariyê ji bo dibistanê bipirse.
step-upper-secondary-title = Xwendin ji bo ciwanê te
step-upper-secondary-text = Divê ciwan heta 18 saliyê bixwînin, an heta ku bawernameya lîseyê an bawernameya pîşeyî bistînin. Li ser xwendina lîseyê an ya pîşeyî, an li ser TUVA bipirse. TUVA perwerdeya amadekariyê ye ji bo van xwendinan.

## Steps: studies and work
step-vocational-title = Perwerdeya pîşeyî
step-vocational-text = Li ser TUVA bipirse. TUVA perwerdeya amadekariyê ye ji bo bawernameya lîseyê an ya pîşeyî. Li ser xwendina pîşeyî ya asta lîseyê jî bipirse.
step-university-title = Xwendina zanîngehê
step-university-text = Li ser xwendina bilind û şertên wê yên ziman bipirse. Xizmetên { -simhe } dikarin rêberiya te bikin.
step-self-motivated-title = Pêşî di plana xwe de li ser xwendinê li hev bike
step-self-motivated-text = Heke tu dixwazî bixwînî û alîkariya xwe ya bêkariyê biparêzî, berî ku dest pê bikî di plana xwe ya entegrasyonê de li ser xwendinê li hev bike.
step-business-title = Şîret ji bo damezrandina karsaziyekê
step-business-text = Ji { -tyollisyyspalvelut } li ser damezrandina karsaziyekê li Fînlendayê şîretan bixwaze.
step-work-routes-title = Rêyên ber bi kar ve
step-work-routes-text = Ji { -tyollisyyspalvelut } li ser perwerdeya bazara kar, ceribandina kar an karê bi alîkariya meaşê bipirse.
step-community-title = Mirovan nas bike û piştgiriyê bibîne
step-community-text = Rêxistin û çalakiyên dema vala alîkariya te dikin ku tu mirovan nas bikî û kar bibînî. Mînak rêxistinên koçberan bi xwe, rêxistinên xwendekaran, mentorî û komeleyên pîşeyî ne. Ji şaredariya xwe bipirse ka çi li nêzîkî te heye.
step-follow-up-plan-title = Heke bername bê kar biqede
step-follow-up-plan-text = Dema ku bernameya te ya entegrasyonê diqede û hîn karê te tune be, bi te re plana berdewamiyê (jatkosuunnitelma) tê çêkirin: planek ji bo gavên te yên paşê. Rêyên gengaz, mînak, ev in: perwerdeya bazara kar, karê bi alîkariya meaşê, ceribandina kar, TUVA (perwerdeya amadekariyê ji bo bawernameya lîseyê an ya pîşeyî), xwendina pîşeyî, xwendina bilind, perwerdeya ji bo bawernameyê, çalakiya kar a ji bo başbûnê û rehabîlîtasyon. Heke tu karxwaz bî, plana te ya kar li ser plana berdewamiyê ava dibe.
step-social-guidance-title = Alîkarî di karên rojane de
step-social-guidance-text = Pêdiviya te bi piştgiriya zêdetir di jiyana rojane de heye? Li ser rêberiya civakî ya ku piştgiriya entegrasyonê dike, û li ser alîkariya ji bo kirina karûbaran (asiointiapu) bipirse. Hin şaredarî derveyî xizmetên civakî jî ji bo jiyana rojane rêberiyê didin. Ji şaredariya xwe bipirse.
