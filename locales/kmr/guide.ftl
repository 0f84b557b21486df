# Machine-made translation from English (locales/en/guide.ftl); not yet reviewed by a person.
# Guide topics. The keys are those of locales/en/guide.ftl.

## first-steps
topic-first-steps-title = Gavên te yên pêşîn li Fînlendayê
topic-first-steps-summary = Ev lîste tiştên pêşîn nîşan dide ku piraniya mirovan piştî hatina vir dikin. Dema ku te gavek kir, wê nîşan bike. Dibe ku rêza gavan ji bo te cuda be.
topic-first-steps-step-1 = Gavekê veke da ku bêtir li ser bixwînî. Tu dikarî bibînî ka divê çi bikî û biçî ku derê.
topic-first-steps-step-2 = Tiştek ne zelal e? Alîkariyê bixwaze. Xizmetên entegrasyonê an xizmetên rêberî û şêwirdariyê yên şaredariya te dikarin alîkariya te bikin.

## residence-permit
topic-residence-permit-title = Destûra rûniştinê û qeydkirin
topic-residence-permit-summary = Piraniya mirovan pêdiviya wan bi destûra rûniştinê ya ji { -migri-full } ({ -migri }) heye. Welatiyên Yekîtiya Ewropayê (YE) û welatên Nordîk ne hewceyî destûrê ne. Lê divê ew xwe qeyd bikin. Ji bo gelek gavên din, destûr an qeyda te pêwîst e.
topic-residence-permit-step-1 = Pêdiviya te bi destûra rûniştinê heye? Serlêdanê li { -migri } bike. Li ser migri.fi binêre ka kîjan destûr li gorî sedema hatina te ye.
topic-residence-permit-step-2 = Tu welatiyê welatekî YE yî? Di nav 3 mehan de piştî hatina xwe, mafê jiyana xwe ya li Fînlendayê li cem { -migri } qeyd bike. Tu welatiyê welatekî Nordîk î û tu ji 6 mehan bêtir dimînî? Wê demê di nav mehekê de bi xwe here { -dvv } û xwe qeyd bike. Li ser { -infofinland } binêre ka ev çawa tê kirin.
topic-residence-permit-step-3 = Karta xwe ya destûra rûniştinê baş biparêze. Li gelek nivîsgehan pêdiviya te bi wê heye. Heke ew winda bibe, ji { -migri } bipirse ka divê tu çi bikî.
topic-residence-permit-step-4 = Destûra te tenê ji bo demekê derbasdar e. Berî ku ew biqede, serlêdana destûra dirêjkirî bike. Rêgez û dîrokan li ser migri.fi kontrol bike.

## right-to-stay
topic-right-to-stay-title = Parastina mafê mayînê
topic-right-to-stay-summary = Destûra te ya rûniştinê tenê ji bo demekê derbasdar e. Ji bo ku li Fînlendayê bimînî, destûra xwe derbasdar bihêle û agahiyên xwe li cem { -migri } nû bike. Piştî çend salan, dibe ku tu destûra rûniştinê ya daîmî bistînî.
topic-right-to-stay-step-1 = Berî ku destûra te biqede, serlêdana destûra dirêjkirî bike. Destûra dirêjkirî destûreke nû ye ku dihêle tu li vir bijî. Serlêdanê li ser înternetê di { -enter-finland } de bike. Ew xizmeta înternetê ya { -migri } ye.
topic-right-to-stay-step-2 = Dema ku rewşa te diguhere, ji { -migri } re bibêje. Mînak, karê te diqede an malbata te diguhere. Navnîşana xwe ya nû ji { -dvv } re bibêje.
topic-right-to-stay-step-3 = Carinan { -migri } nameyekê ji te re dişîne û agahiyên zêdetir dixwaze. Heta dema dawî ya di nameyê de bersiv bide. Heke fêmkirina nameyê zor be, alîkariyê bixwaze.
topic-right-to-stay-step-4 = Ji 8ê Çileya 2026an ve rêgezên nû ji bo destûra rûniştinê ya daîmî derbasdar in. Bi gelemperî, divê tu 6 salan li Fînlendayê jiyabî. Divê asta te ya Fînî an Swêdî jî têra xwe baş be (asta têrker). Her wiha divê 2 sal tecrubeya te ya kar hebe. Di wan 2 salan de, divê te ji 3 mehan zêdetir alîkariya bêkariyê an alîkariya civakî nestandibe. Bi dahateke bilind an bi bawernameyeke ji Fînlendayê, dibe ku 4 sal têr bikin. Hûrguliyan li ser migri.fi kontrol bike.
topic-right-to-stay-step-5 = Destûra te li ser bingeha kar e? Heke karê te biqede, 3 an 6 mehên te hene ku karekî nû bibînî. Ji { -migri } bipirse ka kîjan dem ji bo te derbasdar e.

## identity-code
topic-identity-code-title = Koda nasnameya kesane û navnîşan
topic-identity-code-summary = { -dvv } qeyda mirovên ku li Fînlendayê dijîn digire. Dema ku tu xwe qeyd dikî, dibe ku tu koda nasnameya kesane bistînî. { -dvv } şaredariya te ya rûniştinê jî qeyd dike. Gelek xizmet pêdiviya wan bi van agahiyan heye.
topic-identity-code-step-1 = Piştî hatina xwe, xwe li { -dvv } qeyd bike. Li ser dvv.fi binêre ka çawa xwe qeyd bikî. Li wir her wiha tê gotin ka divê tu kîjan belgeyan bi xwe re bînî.
topic-identity-code-step-2 = Koda te ya nasnameya kesane pir caran jixwe li ser karta te ya destûra rûniştinê ye. Heke ne li ser be, dema ku tu xwe qeyd dikî tu wê distînî. Dîsa jî divê tu ji bo navnîşan û şaredariya xwe ya rûniştinê xwe li { -dvv } qeyd bikî. Li bankê, li { -kela } û di lênêrîna tenduristiyê de pêdiviya te bi vê kodê heye. Wê baş biparêze.
topic-identity-code-step-3 = Dema ku tu diçî navnîşaneke nû, ji { -dvv } re bibêje. Li ser dvv.fi binêre ka ev çawa tê kirin.
topic-identity-code-step-4 = Endamên malbata te bi te re dijîn? Wan jî li { -dvv } qeyd bike, zarokên xwe jî. Her kes koda xwe ya nasnameyê distîne.

## kela
topic-kela-title = { -kela } û ewlehiya civakî
topic-kela-summary = { -kela } li Fînlendayê gelek alîkariyên aborî dide. Pêşî { -kela } biryar dide ka tu di nav ewlehiya civakî ya Fînlendayê de yî an na. Heke tu tê de bî, tu dikarî serlêdana alîkariyên { -kela } bikî.
topic-kela-step-1 = Serlêdana karta { -kela } di OmaKela de bike. OmaKela xizmeta înternetê ya { -kela } ye. Her wiha agahdariya hatina Fînlendayê jî bişîne. Paşê { -kela } biryar dide ka tu di nav ewlehiya civakî ya Fînlendayê de yî an na. Li ser kela.fi binêre ka ev çawa tê kirin.
topic-kela-step-2 = Heke tu tê de bî, tu karta { -kela } distînî. Wê bi xwe re bigire. Mînak, tu wê li dermanxaneyê nîşan didî. Mafê te yê lênêrîna tenduristiyê ya giştî ji şaredariya te ya rûniştinê tê, ne ji kartê.
topic-kela-step-3 = { -kela } ji bo gelek rewşan alîkariyên aborî dide, mînak alîkariya xanî û alîkariya zarokan. Tiştê ku tu dikarî bistînî bi rewşa te ve girêdayî ye. Biryarê { -kela } dide.
topic-kela-step-4 = Divê tu ji bo her alîkariyekê serlêdanê bikî. Dema ku jiyana te diguhere, ji { -kela } re bibêje. Mînak, dahata te, navnîşana te an malbata te diguhere.

## money
topic-money-title = Pere di mehên pêşîn de
topic-money-summary = Di mehên pêşîn de, dibe ku pêdiviya te bi alîkariya pereyan hebe. { -kela } gelek alîkariyên aborî dide. Divê tu ji bo her alîkariyekê bi serê xwe serlêdanê bikî. Ev mijar li ser alîkariyên herî berbelav agahiyan dide.
topic-money-step-1 = Tu bêkar î û plana te ya entegrasyonê heye? Dibe ku di dema planê de tu alîkariya bêkariyê bistînî. Pêşî xwe wek karxwazê bêkar qeyd bike. Paşê serlêdana alîkariyê li { -kela } bike.
topic-money-step-2 = Tu dikarî serlêdana alîkariyan di OmaKela de bikî. OmaKela xizmeta înternetê ya { -kela } ye. Form bi Îngilîzî jî hene.
topic-money-step-3 = Dahata te kêm e? Dibe ku tu ji { -kela } alîkariya giştî ya xanî bistînî. Ew alîkariya te dike ku tu lêçûnên mala xwe bidî. { -kela } li gorî rewşa te biryar dide.
topic-money-step-4 = Alîkariya civakî (toimeentulotuki) alîkariya dawî ye, dema ku dahatên te yên din têra pêdiviyên bingehîn nakin. Serlêdana wê li { -kela } bike. Di hin rewşan de, xizmetên civakî yên { -hyvinvointialue } ya te dikarin alîkariya zêde bidin. Ji wan bipirse.
topic-money-step-5 = Dibe ku alîkariyek raweste an kêm bibe. Ev dikare çêbibe heke tu beşdarî plana xwe ya entegrasyonê an xizmetên ku tê de hatine lihevkirin nebî. Her wiha dikare çêbibe heke tu guhertinan ji { -kela } re nebêjî. Mînak, dahata te, malbata te an navnîşana te diguhere. Guhertinan yekser ji { -kela } re bibêje.
topic-money-step-6 = Tu li malê li zarokekî di bin 3 saliyê de dinêrî? Dibe ku tu ji { -kela } alîkariya lênêrîna zarokan li malê bistînî. Dibe ku rêgez di sala 2027an de biguherin. Ji karmendê dosyaya xwe bipirse.

## tax
topic-tax-title = Karta bacê û bac
topic-tax-summary = Li Fînlendayê, bac berî ku tu meaşê xwe bistînî ji wî tê birîn. Pêdiviya te bi karta bacê ya ji { -vero-full } ({ -vero }) heye. Karta bacê ji kardêrê te re dibêje ka çiqas bac bibire.
topic-tax-step-1 = Berî ku dest bi kar bikî, karta bacê bistîne. Li ser vero.fi binêre ka çawa wê bistînî.
topic-tax-step-2 = Karta xwe ya bacê bide kardêrê xwe. Kardêrê te pêdiviya wî bi wê heye da ku meaşê te rast bide.
topic-tax-step-3 = Bê karta bacê, kardêrê te ji meaşê te gelek bêtir bac dibire.
topic-tax-step-4 = Her sal { -vero } daxuyaniyeke bacê dide te da ku tu kontrol bikî. Wê bi baldarî bixwîne. Heke tiştek şaş be, berî dîroka ku li ser hatiye nivîsîn wî rast bike.

## bank-id
topic-bank-id-title = Hesabê bankê û nasnameya înternetê
topic-bank-id-summary = Ji bo ku meaş û alîkariyên xwe bistînî, pêdiviya te bi hesabê bankê heye. Kodên bankê yên înternetê li ser înternetê nîşan didin ka tu kî yî. Navê vê nasandina xurt e. Tu wê ji bo { -suomi-fi } û gelek xizmetên elektronîkî yên din bi kar tînî.
topic-bank-id-step-1 = Bankekê hilbijêre û bipirse ka çawa hesabekî vekî. Bipirse ka kîjan belge pêwîst in.
topic-bank-id-step-2 = Belgeyên xwe yên nasnameyê bibe bankê. Mînak, pasaporta xwe û karta xwe ya destûra rûniştinê bibe.
topic-bank-id-step-3 = Ji bankê kodên bankê yên înternetê bixwaze. Tu bi wan dikevî banka xwe û gelek xizmetên giştî. Tu carî kodên xwe nede kesekî din.
topic-bank-id-step-4 = Bi kodên xwe têkeve { -suomi-fi }. Li wir tu dikarî gelek xizmetên giştî yên elektronîkî li cihekî bi kar bînî.

## letters
topic-letters-title = Nameyên fermî û nasnameya înternetê
topic-letters-summary = Dezgehên fermî li ser meseleyên te name ji te re dişînin. Hin name biryar in. Wan yekser bixwîne, ji ber ku dibe ku dema dawî ya wan hebe. Ji bo xwendina nameyan û bikaranîna xizmetên elektronîkî li ser înternetê, pêdiviya te bi nasandina elektronîkî ya xurt heye.
topic-letters-step-1 = Biryar û nameyên din bi postê an di Peyamên { -suomi-fi } de tên. Peyamên { -suomi-fi } qutiyeke posteyê ya ewle ye li ser înternetê, ji bo nameyên dezgehên fermî. Tu wê di { -suomi-fi } de çalak dikî. Piştî wê, pir caran li peyamên xwe yên li wir binêre.
topic-letters-step-2 = Biryar (päätös) bersiveke fermî ya dezgehekê ye li ser meseleya te. Tê de tê gotin ka tu çawa û heta kîjan rojê dikarî îtiraz bikî. Îtiraz kirin tê wê wateyê ku tu daxwaz dikî ku biryar were guhertin. Navê roja dawî dema dawî ya îtirazê ye. Her biryarekê yekser bixwîne, da ku wextê te hebe.
topic-letters-step-3 = Fêmkirina nameyekê ji bo te zor e? Alîkariyê bixwaze. Xizmetên rêberî û şêwirdariyê dikarin wê ji te re rave bikin. Tu dikarî wergêrekî jî bixwazî.
topic-letters-step-4 = Nasandina elektronîkî ya xurt li ser înternetê nîşan dide ka tu kî yî. Bi gelemperî tu ji bo vê kodên xwe yên bankê yên înternetê bi kar tînî. Wan ji banka xwe bixwaze.
topic-letters-step-5 = Bankek kodên bankê yên înternetê nade te? Ji bankê bipirse ka ew kîjan belgeyan qebûl dike. Dibe ku karta nasnameyê ya polîsê ji bo biyaniyan an sertîfîkaya mobîl (nasnameyek li ser telefona te) alîkarî bike. Her bank vê bi xwe biryar dide, loma ji banka xwe bipirse.

## work
topic-work-title = Kar û { -tyollisyyspalvelut }
topic-work-summary = { -tyollisyyspalvelut(case: "capital") } alîkariya te dikin ku tu kar an perwerdeyê bibînî. Ji 1ê Çileya 2025an ve, şaredarî { -tyollisyyspalvelut } pêşkêş dikin. Tu xwe wek karxwaz bi rêya { -tyomarkkinatori(case: "with-finnish") } qeyd dikî.
topic-work-step-1 = Xwe di { -tyomarkkinatori } de wek karxwaz qeyd bike. Heke tu nikarî vê li ser înternetê bikî, ji { -tyollisyyspalvelut } alîkariyê bixwaze.
topic-work-step-2 = Tu wek karxwazê bêkar qeydkirî yî? Wê demê { -tyollisyyspalvelut } ji xizmetên te yên entegrasyonê berpirsiyar in. Ew jêhatîbûnên te dinirxînin û bi te re planekê çêdikin.
topic-work-step-3 = CV-yekê binivîse. Perwerde, tecrubeya kar û jêhatîbûnên xwe binivîse. Dema ku tiştek diguhere, wê nû bike.
topic-work-step-4 = Bawernameyên xwe yên dibistanê û belgeyên xwe yên kar baş biparêze. Dema ku tu { -tyollisyyspalvelut } an kardêrekî dibînî, wan bi xwe re bîne.

## integration
topic-integration-title = Xizmetên entegrasyonê
topic-integration-summary = Xizmetên entegrasyonê alîkariya te dikin ku tu ziman hîn bibî, kar bibînî û civaka Fînlendayê fêm bikî. Heke tu karxwazê bêkar ê qeydkirî bî, { -tyollisyyspalvelut } ji te berpirsiyar in. Ji bo gelek kesên din, mînak kesên ku ne di jiyana kar de ne, şaredarî berpirsiyar e. Heke tu ne bawer î, bipirse.
topic-integration-step-1 = Agahiyên bingehîn li ser jiyana li Fînlendayê bixwîne, wek vê rêberê. Heke pirsên te hebin, ji xizmetên rêberî û şêwirdariyê yên şaredariya xwe bipirse.
topic-integration-step-2 = Nirxandina jêhatîbûn û pêdiviyên xwe yên xizmetê bixwaze (nirxandina destpêkê). Ew bi zimanekî ku tu fêm dikî tê kirin. Wergêrek dikare bi te re be.
topic-integration-step-3 = Piştî nirxandinê, dibe ku tu plana entegrasyonê bistînî. Di wê de xwendin û xizmetên ji bo te hatine nivîsîn. Plana pêşîn di nav 3 salan de piştî destûr an qeyda te ya pêşîn tê çêkirin.
topic-integration-step-4 = Perwerdeya entegrasyonê bi gelemperî nêzîkî salekê dom dike. Tu Fînî an Swêdî hîn dibî. Her wiha tu li ser civakê û jiyana kar hîn dibî. Dibe ku rêgez di sala 2027an de biguherin: ji karmendê dosyaya xwe bipirse.
topic-integration-step-5 = Dibe ku tu beşdarî qursa naskirina civakê jî bibî. Ew bi gelek zimanan tê dayîn û herî kêm 70 saetan dom dike. Tu li ser maf, xizmet, kar û jiyana rojane hîn dibî.

## language
topic-language-title = Hînbûna Fînî an Swêdî
topic-language-summary = Fînî û Swêdî zimanên fermî yên Fînlendayê ne. Li gelek deveran, piraniya mirovan bi Fînî diaxivin. Ziman alîkariya te dike ku tu kar bibînî û jiyana rojane birêve bibî. Bipirse ka li cihê ku tu lê dijî kîjan ziman çêtir e.
topic-language-step-1 = Di perwerdeya entegrasyonê de Fînî an Swêdî heye. Di nirxandina xwe de an li xizmetên xwe yên entegrasyonê li ser vê bipirse.
topic-language-step-2 = Xwendin an nivîsandin ji bo te zor e? An tîpên ku di Fînî de tên bikaranîn (alfabeya latînî) ji bo te nû ne? Wê demê perwerdeya xwendin û nivîsandinê bixwaze. Dibe ku rêgezên vê perwerdeyê di sala 2027an de biguherin: ji karmendê dosyaya xwe bipirse.
topic-language-step-3 = Di perwerdeya azad a mezinan de jî qursên ziman hene. Navendeke perwerdeya mezinan mînakek e. Ji şaredariya xwe li ser qursên nêzîkî te bipirse.
topic-language-step-4 = Tu alîkariya bêkariyê distînî û dixwazî xwendina xwe bi xwe hilbijêrî? Berî ku dest pê bikî, di plana xwe de li ser wan li hev bike. Wekî din dibe ku tu alîkariyê winda bikî.

## qualifications
topic-qualifications-title = Bikaranîna bawername û pîşeya te
topic-qualifications-summary = Perwerdeya te ya ji derveyî welat dikare alîkariya te bike ku li Fînlendayê kar bibînî. Ji bo hin karan, pêşî pêdiviya te bi biryareke fermî heye. Ev mijar dibêje ka tu li ku bipirsî.
topic-qualifications-step-1 = Bawernameya te ya xwendina bilind ji derveyî welat heye? { -oph } dikare biryar bide ka ew li Fînlendayê di kîjan astê de ye. Li ser oph.fi binêre ka çawa serlêdanê bikî.
topic-qualifications-step-2 = Hin pîşe bi qanûnê hatine rêkxistin. Ji bo ku tu di wan de bixebitî, pêdiviya te bi mafekî fermî heye. Ji bo gelek ji wan, { -oph } biryar dide ka perwerdeya te vî mafî dide te an na.
topic-qualifications-step-3 = Tu dixwazî di tenduristî an xizmetên civakî de bixebitî? Pêdiviya te bi mafê pîşeyê yê ji { -lvv } (Lupa- ja valvontavirasto, berê Valvira) heye. Her wiha divê tu Fînî an Swêdî têra xwe baş zanibî.
topic-qualifications-step-4 = Kardêrên taybet bi xwe biryar didin ka perwerdeya te li gorî kar e an na. Bawernameya te ya zanîngehê heye? Xizmetên { -simhe } li hin zanîngehan dikarin rêberiya te bikin.

## health-care
topic-health-care-title = Bidestxistina lênêrîna tenduristiyê
topic-health-care-summary = Lênêrîna tenduristiyê ya giştî û xizmetên civakî ji aliyê { -hyvinvointialue(case: "with-finnish") } ya te ve tên birêvebirin. Li Helsinkiyê, Bajarê Helsinkiyê wan birêve dibe. Navenda te ya tenduristiyê bi gelemperî cihê pêşîn e ku tu pê re têkilî dayînî. Ji bo bikaranîna lênêrîna tenduristiyê ya giştî, bi gelemperî pêdiviya te bi şaredariya rûniştinê heye.
topic-health-care-step-1 = Navenda tenduristiyê (terveysasema) navenda tenduristiyê ya giştî ya herêma te ye. Li wir tu dikarî hemşîreyek an doktorek bibînî. Navenda xwe ya tenduristiyê bibîne û bipirse ka çawa randevûya xwe ya pêşîn bigirî.
topic-health-care-step-2 = Mafê te yê lênêrîna tenduristiyê ya giştî ji şaredariya te ya rûniştinê tê. Ev ew şaredarî ye ku tu wek niştecihê wê hatî qeydkirin. Maf ji karta { -kela } nayê. Xwe li { -dvv } qeyd bike da ku şaredariya rûniştinê bistînî.
topic-health-care-step-3 = Tu hîn li benda şaredariya rûniştinê yî? Di rewşa acîl de, tu dîsa jî lênêrînê distînî. Dibe ku paşê divê tu lêçûnan bidî. Ji bo lênêrîna din, dibe ku mafê te yê lênêrîna tenduristiyê ya giştî dîsa jî hebe, mînak ji ber ku tu li Fînlendayê dixebitî. Divê tu ji bo vê bi serê xwe serlêdanê bikî: ji { -kela } bipirse. Tu dikarî biçî klînîkeke taybet jî.
topic-health-care-step-4 = Lênêrîna diranan a giştî jî beşek ji lênêrîna tenduristiyê ya giştî ye. Li navenda xwe ya tenduristiyê an li lênêrîna diranan a giştî bipirse ka çawa randevûyekê bigirî.
topic-health-care-step-5 = Tu ducanî yî? Here klînîka dayikan (neuvola). Ew tenduristiya te û ya pitika te dişopîne. Zarokên di bin temenê dibistanê de diçin klînîka tenduristiya zarokan. Ew tenduristî û mezinbûna wan kontrol dike.
topic-health-care-step-6 = Pêdiviya te bi alîkariyê bi zimanê te heye? Dema ku tu randevûya xwe digirî, wergêrekî bixwaze. Bibêje tu bi kîjan zimanî diaxivî.

## health
topic-health-title = Nexweşiya ji nişka ve û lênêrîna bilez
topic-health-summary = Ev mijar dibêje ka divê tu çi bikî dema ku tu ji nişka ve nexweş dikevî an pêdiviya te bi lênêrîna bilez heye. Ji bo lênêrîna tenduristiyê ya rojane, mijara "Bidestxistina lênêrîna tenduristiyê" bixwîne. Tenê dema ku jiyan, tenduristî, mal an xweza di xeterê de be, li 112 bigere.
topic-health-step-1 = Navenda te ya tenduristiyê (terveysasema) bi gelemperî cihê pêşîn e ku tu pê re têkilî dayînî. Navenda tenduristiyê ya herî nêzîkî xwe bibîne. Bipirse ka çawa randevûyekê bigirî.
topic-health-step-2 = Pêdiviya te bi lênêrîna bilez heye? Heke ne rewşa acîl be, li { -paivystysapu } 116 117 bigere. Ew ji te re dibêjin ka divê tu çi bikî û biçî ku derê. Ev hejmar li piraniya herêman dixebite, lê ne li her derê. Li ser 116117.fi binêre.
topic-health-step-3 = Di rewşa acîl de, li 112 bigere. Mînak, kesek nikare bêhnê bistîne, bêhiş e an gelek xwîn jê diçe.
topic-health-step-4 = Pêdiviya te bi alîkariyê bi zimanê te heye? Dema ku tu randevûya xwe digirî, wergêrekî bixwaze.

## emergency
topic-emergency-title = Hejmara acîl 112
topic-emergency-summary = 112 hejmara acîl a Fînlendayê ye. Dema ku jiyan, tenduristî, mal an xweza di xeterê de be, mînak di agirekî de, li wê bigere. Bi vê hejmarê tu digihîjî polîsan, ambulansê û xizmetên agirkujî û rizgarkirinê.
topic-emergency-step-1 = Li 112 bigere û aram bimîne. Bibêje tu kî yî, tu li ku yî û çi qewimî. Bersiva pirsan bide.
topic-emergency-step-2 = Heta ku ji te re neyê gotin ku tu dikarî, telefonê neqetîne. Li gorî şîretên ku tu distînî tevbigere.
topic-emergency-step-3 = Sepana { -app-112-suomi } li ser telefona xwe bar bike. Ew dikare alîkariya navenda acîl bike ku cihê te bibîne.
topic-emergency-step-4 = Heke kesekî jehr an gelek zêde derman xwariye, li { -myrkytystietokeskus } bigere. Hejmara wê li ser vê rûpelê ye. Heke kes bêhiş be an nikaribe baş bêhnê bistîne, li 112 bigere.

## housing
topic-housing-title = Dîtina xaniyekî
topic-housing-summary = Xanî yek ji tiştên pêşîn e ku pêdiviya te pê heye. Tu dikarî xaniyekî ji şaredariyê, ji xwediyê xaniyan ê ne-bazirganî an ji xwediyê xaniyan ê taybet bi kirê bigirî. Heke dahata te kêm be, dibe ku { -kela } di lêçûnan de alîkariya te bike.
topic-housing-step-1 = Li xaniyekî bi kirê bigere. Ji şaredariya xwe li ser xaniyên kirê yên şaredariyê û yên ne-bazirganî bipirse. Zû serlêdanê bike, ji ber ku dibe ku divê tu li bendê bimînî.
topic-housing-step-2 = Berî ku tu peymana kirê îmze bikî, wê bi baldarî bixwîne. Xwediyê xanî pir caran depozîtoyekê dixwaze. Bipirse ka tu wê kengî paşde distînî.
topic-housing-step-3 = Dahata te kêm e? Dibe ku tu ji { -kela } alîkariya xanî bistînî. { -kela } li gorî rewşa te biryar dide.
topic-housing-step-4 = Dema ku tu bar dikî, navnîşana xwe ya nû ji { -dvv } re bibêje. Heke tu alîkariyên aborî distînî, ji { -kela } re jî bibêje.

## children
topic-children-title = Zarok, baxçeyê zarokan û dibistan
topic-children-summary = Ev mijar ji bo malbatên bi zarok e. Ew li ser baxçeyê zarokan, dibistan û lênêrîna tenduristiyê ya zarokan agahiyan dide. Li Fînlendayê perwerde ji bo zarok û ciwanan mecbûrî ye.
topic-children-step-1 = Perwerdeya zarokatiya zû (varhaiskasvatus) lênêrîna rojane ye ji bo zarokên biçûk. Serlêdana wê bi serê xwe li şaredariya xwe bike. Bihayê wê bi dahata malbata te ve girêdayî ye.
topic-children-step-2 = Perwerdeya berî dibistanê di sala berî destpêka dibistanê de mecbûrî ye. Ew belaş e.
topic-children-step-3 = Perwerde ji 7 heta 18 saliyê mecbûrî ye. Heke ciwan bawernameya lîseyê an bawernameya pîşeyî bistîne, perwerdeya mecbûrî dikare zûtir biqede.
topic-children-step-4 = Zarokê te hîn Fînî an Swêdî hîn dibe? Zarok dikare perwerdeya amadekariyê ji bo dibistanê bistîne. Ew nêzîkî salekê xwendinê dom dike.
topic-children-step-5 = Klînîkên tenduristiya zarokan (neuvola) tenduristî û mezinbûna zarokên biçûk kontrol dikin. { -hyvinvointialue(case: "capital") } ya te wan birêve dibe. Ji wan bipirse ka çawa randevûyekê bigirî.

## rights
topic-rights-title = Maf û erkên te
topic-rights-summary = Li Fînlendayê, mafên bingehîn ên her kesî yek in. Erkên te jî hene. Mînak, divê tu qanûnê bişopînî û bacên xwe bidî.
topic-rights-step-1 = Her kes li ber qanûnê wekhev e. Cudakarî qedexe ye, mînak ji ber eslê mirov, ol, zayend an seqetiyê.
topic-rights-step-2 = Mafên jin û mêran wekhev in. Ev li malê, li kar û di civakê de wisa ye.
topic-rights-step-3 = Tundî sûc e, di nav malbatê de jî. Heke tu niha di xeterê de bî, li 112 bigere. { -nollalinja } alîkariya her kesê ku di têkiliyeke nêzîk de rastî tundiyê tê dike. Hejmarên wê li ser vê rûpelê ne.
topic-rights-step-4 = Li kar, mafê te heye ku tu meaşê ku we li ser li hev kiriye bistînî. Peymaneke nivîskî bixwaze. Belgeyên meaşê xwe biparêze.

## everyday
topic-everyday-title = Jiyana rojane
topic-everyday-summary = Ev mijar ji bo jiyana rojane li Fînlendayê şîretan dide. Ew li ser budçeya te, fatûre, xizmetên înternetê û çopê ye. Dema vala jî girîng e. Ji bo naskirina mirovan, tevlî klûbekê, komeke werzîşê an komeleyekê bibe.
topic-everyday-step-1 = Pereyên xwe plan bike. Her meh dahat û lêçûnên xwe binivîse.
topic-everyday-step-2 = Fatûreyên xwe di wextê xwe de bide. Fatûreyên nedayî dikarin zirarê bidin rewşa te ya krediyê. Heke tu nikaribî bidî, zû bi şandiyarê fatûreyê re têkilî dayne.
topic-everyday-step-3 = Ji bo gelek xizmetên giştî yên elektronîkî { -suomi-fi } bi kar bîne. Pirtûkxaneyên giştî belaş in. Li gelek pirtûkxaneyan komputer hene, û karmend dikarin alîkariya te bikin ku tu wan bi kar bînî.
topic-everyday-step-4 = Çopê xwe ji bo vezîvirandinê ji hev cuda bike. Ji xwediyê xanî an şaredariya xwe li ser rêgezên cihê ku tu lê dijî bipirse.

## driving-licence
topic-driving-licence-title = Ehliyeta ajotinê ya ji welatekî din
topic-driving-licence-summary = Tu dikarî li Fînlendayê bi ehliyeta xwe ya ji derveyî welat ajotinê bikî? Ev bi welatê ku te ehliyet lê standiye ve girêdayî ye. Rêgezan di wextê xwe de kontrol bike.
topic-driving-licence-step-1 = Ehliyeta ajotinê ya ji welatekî YE an Herêma Aborî ya Ewropayê li Fînlendayê derbasdar dimîne. Herêma Aborî ya Ewropayê welatên YE ne, û her wiha Îzlanda, Lîxtenştayn û Norwêc.
topic-driving-licence-step-2 = Gelek ehliyetên din piştî ku tu hatî vir tenê ji bo demeke sînorkirî derbasdar in. Piştî wê, divê tu ehliyeta xwe bi ehliyeteke Fînlendayê biguherînî. Ji bo hin ehliyetan, divê tu ezmûna ajotinê jî derbas bikî. Tu ehliyeta xwe li { -ajovarma } diguherînî, xalên xizmetê yên ji bo ehliyetên ajotinê.
topic-driving-licence-step-3 = Rêgezên welatê xwe li ser { -infofinland } kontrol bike. Vê zû bike, berî ku dem biqede.

## help
topic-help-title = Alîkarî li ku ye
topic-help-summary = Ne hewce ye ku tu her tiştî bi tenê bibînî. Xizmetên rêberî û şêwirdariyê ji bo her koçberî ne. Ew ji bo kesên bê destûra rûniştinê jî ne. Tu dikarî li ser xizmetan û jiyana rojane ji wan bipirsî.
topic-help-step-1 = Ji şaredariya xwe bipirse ka tu li ku dikarî rêberî û şêwirdariyê bistînî. Ew dikarin ji te re bibêjin ka divê tu bi kîjan xizmetê re têkilî dayînî.
topic-help-step-2 = Li ser { -infofinland } bi gelek zimanan agahî li ser jiyana li Fînlendayê hene. Dema ku pêdiviya te bi agahiyan bi zimanê te hebe, wê bi kar bîne.
topic-help-step-3 = Tu di krîzekê de yî û pêdiviya te bi kesekî heye ku pê re biaxivî? Li xeta alîkariya krîzê ya { -mieli } bigere. Xeta bi Fînî 24 saetan vekirî ye. Zimanên din xwedî hejmar û demên xwe ne. Hemû hejmar li ser vê rûpelê ne.
topic-help-step-4 = Di rewşa acîl de, li 112 bigere. Dema ku jiyan, tenduristî, mal an xweza di xeterê de be, telefon bike.

## interpreters
topic-interpreters-title = Wergêr
topic-interpreters-summary = Wergêr tiştê ku tu dibêjî werdigerîne zimanekî din, û tiştê ku karmend dibêje werdigerîne zimanê te. Bi wergêrekî, tu dikarî meseleyên xwe fêm bikî û wan baş rave bikî.
topic-interpreters-step-1 = Dezgehekê dest bi meseleyê kir? Wê demê dezgeh wergêr amade dike û heqê wî dide.
topic-interpreters-step-2 = Te bi xwe dest bi meseleyê kir? Mînak, te serlêdana tiştekî kir. Wê demê ji dezgehê bipirse ka ew wergêrekî amade dikin an na.
topic-interpreters-step-3 = Dema ku tu randevûyê digirî, zimanê xwe bibêje. Tu dikarî wergêrekî bixwazî ku bi devoka te diaxive. Tu dikarî jinekê an mêrekî jî wek wergêrê xwe bixwazî.
topic-interpreters-step-4 = Nirxandina jêhatîbûn û pêdiviyên te yên xizmetê bi zimanekî ku tu fêm dikî tê kirin. Heke pêdiviya te hebe, wergêrek dikare bi te re be.

## Authorities
authority-migri = { -migri-full }
authority-dvv = { -dvv-full }
authority-kela = { -kela } ({ -kela-full })
authority-vero = { -vero-full }
authority-banks = Bank û { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = Xizmetên entegrasyonê yên şaredariyê
authority-wellbeing = { -hyvinvointialue(case: "capital") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = Şaredariya te
authority-oph = { -oph-full }
authority-lvv = { -lvv } (destûrên tenduristî û xizmetên civakî)
authority-simhe = Xizmetên { -simhe } li zanîngehan
authority-ngos = Rêxistin û komele
authority-guidance = Xizmetên rêberî û şêwirdariyê
authority-traficom = { -traficom-full } ({ -traficom })

## Phones
phone-112 = Hejmara acîl
phone-medical-helpline = { -paivystysapu(case: "capital") }
phone-poison = { -myrkytystietokeskus }
phone-crisis = Xeta alîkariya krîzê bi Fînî, 24 saet ({ -mieli })
phone-crisis-en-ar = Xeta alîkariya krîzê bi Îngilîzî û Erebî ({ -mieli })
phone-crisis-uk = Xeta alîkariya krîzê bi Ukraynî ({ -mieli })
phone-crisis-ru = Xeta alîkariya krîzê bi Rûsî ({ -mieli })
phone-crisis-sv = Xeta alîkariya krîzê bi Swêdî ({ -mieli })
phone-nollalinja = { -nollalinja }: xeta alîkariyê ji bo her kesê ku di têkiliyeke nêzîk de rastî tundiyê tê
phone-nollalinja-short = { -nollalinja }: heman xeta alîkariyê, hejmara kurt

## Checklist
check-permit = Destûra rûniştinê bistîne an mayîna xwe qeyd bike
check-register = Xwe li { -dvv } qeyd bike û koda nasnameyê bistîne
check-kela = Li ser ewlehiya civakî ji { -kela } bipirse
check-tax-card = Karta bacê bistîne
check-bank = Hesabê bankê veke û kodên bankê bistîne
check-jobseeker = Xwe wek karxwaz qeyd bike
check-health = Navenda xwe ya tenduristiyê bibîne
check-integration = Xizmetên entegrasyonê bixwaze
check-language = Dest bi hînbûna Fînî an Swêdî bike
check-housing = Xaniyekî bibîne

## Official sources
topic-sources-heading = Çavkaniyên fermî

# Owners of the official pages, shown as "<owner>: <page title>".
owner-infofinland = { -infofinland }
owner-kotoutuminen = { -kotoutuminen-fi }
owner-migri = { -migri }
owner-intermin = { -sisaministerio }
owner-dvv = { -dvv }
owner-kela = { -kela }
owner-vero = { -vero }
owner-suomifi = { -suomi-fi }
owner-tyomarkkinatori = { -tyomarkkinatori }
owner-oph = { -oph }
owner-lvv = { -lvv }
owner-erc = { -hatakeskuslaitos }
owner-116117 = { -paivystysapu(case: "capital") }
owner-mieli = { -mieli }
owner-nollalinja = { -nollalinja }
owner-finlex = { -finlex }
owner-tem = { -tem }
owner-traficom = { -traficom }

# Titles of the official pages: what the page is about, without the owner.
source-infofinland-registering = Qeydkirin wek niştecih
source-infofinland-health = Xizmetên tenduristiyê li Fînlendayê
source-infofinland-dental = Lênêrîna diranan
source-infofinland-driving = Ehliyeta ajotinê
source-infofinland-housing = Xaniyên bi kirê
source-infofinland-daycare = Perwerdeya zarokatiya zû
source-infofinland-basic-education = Perwerdeya bingehîn
source-infofinland-living = Jiyan li Fînlendayê
source-infofinland-business = Damezrandina karsaziyekê
source-kotoutuminen-who = Kî nirxandinê distîne
source-kotoutuminen-assessment = Nirxandina jêhatîbûn û pêdiviyên xizmetê
source-kotoutuminen-guidance = Rêberî û şîret
source-kotoutuminen-training = Perwerdeya entegrasyonê
source-kotoutuminen-independent-study = Xwendin bi însiyatîfa xwe
source-kotoutuminen-benefits = Alîkariyên bêkariyê û civakî di dema entegrasyonê de
source-kotoutuminen-interpretation = Fêmkirin û wergerandina devkî
source-kotoutuminen-language-choice = Hilbijartina Fînî an Swêdî
source-kotoutuminen-families = Zarok, ciwan û malbat
source-kotoutuminen-plan = Plana entegrasyonê
source-migri-enter-finland = Xizmeta înternetê { -enter-finland }
source-migri-extended-permit = Destûra dirêjkirî
source-migri-permanent = Destûra rûniştinê ya daîmî
source-intermin-permanent = Rêgezên nû ji bo destûrên rûniştinê yên daîmî (bi Fînî)
source-dvv-nordic = Barkirin di navbera welatên Nordîk de
source-kela-card = Karta { -kela }
source-kela-moving = Hatina Fînlendayê
source-kela-unemployment = Alîkariya bazara kar
source-kela-housing = Alîkariya giştî ya xanî
source-kela-social-assistance = Alîkariya civakî
source-kela-child-home-care = Alîkariya lênêrîna zarokan li malê
source-vero-tax-card = Karta bacê
source-vero-moving = Hatina Fînlendayê û bac
source-suomifi-identification = Nasandin
source-suomifi-messages = Peyamên { -suomi-fi }
source-tyomarkkinatori-jobseeker = Xizmet ji bo karxwazan
source-oph-recognition = Naskirina bawernameyan
source-lvv-home = Mafê pîşeyê di tenduristî û xizmetên civakî de
source-erc-112 = Kengî li 112 bigerî
source-116117 = { -paivystysapu(case: "capital") } li herêma te
source-mieli-emergency = Di krîzê de alîkarî li ku ye
source-nollalinja = Alîkarî li dijî tundiya di têkiliyên nêzîk de
source-finlex-integration-act = Qanûna li ser Pêşxistina Entegrasyonê (bi Fînî)
source-finlex-civic-orientation = Biryarname li ser naskirina civakê (bi Fînî)
source-tem-reform = Guhertinên plankirî di xizmetên entegrasyonê de (bi Fînî)
