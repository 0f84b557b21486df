# Machine-made translation from English (locales/en/questions.ftl); not yet reviewed by a person.
# Needs questionnaire. The keys are those of locales/en/questions.ftl.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = Xwe ji bo nirxandina xwe amade bike
qn-intro = Berî hevdîtina xwe ya pêşîn li ser xizmetên entegrasyonê, tu dikarî bersiva pirsên li ser jêhatîbûn, plan û jiyana xwe ya niha bidî. Wê demê hevdîtin dikare ji bersivên te dest pê bike.
qn-how-long = Nêzîkî 15 deqeyan dom dike. Tu dikarî rawestî û paşê berdewam bikî.
qn-private = Bersivên te li ser vê cîhazê dimînin. Tu tişt ji vir nayê şandin. Tu bi xwe biryar didî ka tu wan nîşanî kê bidî.
qn-skip-note = Tenê bersiva tiştên ku tu dixwazî bide. Di hin pirsan de “Ez nizanim”, “Derbas bike” an “Ez naxwazim bibêjim” heye.
qn-start = Dest pê bike
qn-continue = Ji cihê ku tu lê mayî berdewam bike
qn-start-again = Ji nû ve dest pê bike
qn-check-link = Bersivên xwe kontrol bike
qn-saved-count = { $count ->
    [one] Te bersiva 1 pirsê daye.
   *[other] Te bersiva { $count } pirsan daye.
}
qn-progress = Beş { $part } ji { $parts }: { $section }
qn-progress-label = Pêşketin
qn-back = Vegere
qn-continue-button = Berdewam bike
qn-dont-know = Ez nizanim
qn-prefer-not = Ez naxwazim bibêjim
qn-skip = Vê pirsê derbas bike
qn-choose-all = Hemûyên ku li gorî te ne hilbijêre.
qn-month = Meh
qn-year = Sal
qn-number = Hejmar
qn-your-answer = Bersiva te
qn-selected = Hatiye hilbijartin

## Check your answers
qn-check-title = Bersivên xwe kontrol bike
qn-check-intro = Li bersivên xwe binêre. Tu dikarî her bersivê biguherînî.
qn-change = Biguherîne
qn-answer-now = Bersiv bide
qn-not-answered = Bersiv nehatiye dayîn
qn-answer-dont-know = Ez nizanim
qn-answer-prefer-not = Ez naxwazim bibêjim
qn-answer-skipped = Hat derbaskirin
qn-done-title = Paşê çi dibe
qn-done-text = Bersivên te li ser vê cîhazê hatin tomarkirin. Wan di randevûya xwe de nîşan bide. Kesê ku tu pê re hevdîtinê dikî, bi te re biryar dide ka pêdiviya te bi kîjan xizmetan heye.
qn-see-pathway = Rêya xwe ya pêşniyarkirî bibîne

## Deleting
qn-delete = Daneyên min ji vê cîhazê jê bibe
qn-delete-confirm-title = Daneyên xwe jê bibî?
qn-delete-confirm-text = Ev bersivên te, nîşanên lîsteya te û hilbijartina zimanê te ji vê cîhazê radike. Tu nikarî vê paşde vegerînî.
qn-delete-yes = Erê, jê bibe
qn-delete-cancel = Betal bike

## Notices about stored answers
qn-notice-discarded = Bersivên te yên tomarkirî nehatin xwendin, loma hatin rakirin. Ji kerema xwe dîsa bersiv bide.
qn-notice-newer = Bersivên te yên tomarkirî bi guhertoyeke nûtir a vê sepanê hatine çêkirin. Ji kerema xwe sepanê nû bike an wê di gerokeke nûkirî de veke. Bersivên te yên tomarkirî nehatin guhertin.

## Errors
error-summary = Pirsgirêkek heye
error-required = Ji kerema xwe bersiva pirsê bide, an li jêr vebijarkeke din hilbijêre.
error-unknown-option = Ji kerema xwe yek ji vebijarkan hilbijêre.
error-exclusive = Ev bersiv nikare ligel yên din were hilbijartin.
error-not-a-number = Ji kerema xwe hejmarekê bi reqeman binivîse, mînak 12.
error-out-of-range = Ji kerema xwe hejmarekê ji { $min } heta { $max } binivîse.
error-year-too-early = Ji kerema xwe salekê binivîse ku { $min } an jê paştir be.
error-in-future = Dîrok nikare di pêşerojê de be.
error-month = Ji kerema xwe mehekê hilbijêre.
error-too-long = Ji kerema xwe herî zêde { $max } tîpan binivîse.

## Months
month-1 = Çile
month-2 = Sibat
month-3 = Adar
month-4 = Nîsan
month-5 = Gulan
month-6 = Hezîran
month-7 = Tîrmeh
month-8 = Tebax
month-9 = Îlon
month-10 = Cotmeh
month-11 = Mijdar
month-12 = Kanûn

## Sections
section-about = Li ser te
section-languages = Ziman
section-education = Perwerde
section-work = Kar
section-skills = Jêhatîbûn û hêz
section-goals = Armancên te
section-life = Jiyana te ya niha
section-wellbeing = Tenduristî û başbûn
section-wellbeing-intro = Ev pirs ne mecbûrî ne. Em wan dipirsin ji ber ku tenduristî dikare bandorê li xwendin û xebatê bike, û alîkarî heye. Tu dikarî wan derbas bikî an “Ez naxwazim bibêjim” hilbijêrî.
section-appointment = Randevûya te

## Questions: about you
q-age-group = Tu çend salî yî?
q-residence-basis = Te mafê jiyanê li Fînlendayê ji ber çi standiye?
q-residence-basis-help = Li karta xwe ya destûra rûniştinê an li belgeya xwe ya qeydkirinê binêre. Heke tu ne bawer î, “Ez nizanim” hilbijêre.
q-permit-date = Te destûra rûniştinê an qeyda xwe ya pêşîn li Fînlendayê kengî standiye?
q-permit-date-help = Xizmetên entegrasyonê bi gelemperî di 3 salên pêşîn ên piştî vê dîrokê de tên pêşkêşkirin.
q-municipality-registered = Şaredariya te ya rûniştinê li Fînlendayê heye?
q-municipality-registered-help = Ev tê wê wateyê ku tu wek niştecihê şaredariyeke Fînlendayê hatî qeydkirin. { -dvv } wê qeyd dike.
q-first-steps-done = Ji van kîjan jixwe li cem te hene?
q-unaccompanied = Tu bê dê û bav an serperiştê xwe hatî Fînlendayê?
q-unaccompanied-help = Serperişt kesekî mezin e ku li gorî qanûnê ji te berpirsiyar e.

## Questions: languages
q-mother-tongue = Zimanê te yê dayikê çi ye?
q-mother-tongue-other = Navê zimanê xwe yê dayikê binivîse.
q-other-languages = Tu bi kîjan zimanên din diaxivî?
q-finnish = Tu çiqas baş bi Fînî diaxivî?
q-swedish = Tu çiqas baş bi Swêdî diaxivî?
q-english = Tu çiqas baş bi Îngilîzî diaxivî?
q-read-own = Tu dikarî bi zimanê xwe yê dayikê bixwînî?
q-write-own = Tu dikarî bi zimanê xwe yê dayikê binivîsî?
q-latin-alphabet = Tu dikarî tîpên vê alfabeyê bixwînî: A B C D E?
q-latin-alphabet-help = Fînî, Swêdî û Îngilîzî bi van tîpan (alfabeya latînî) tên nivîsîn.

## Questions: education
q-school-years = Bi giştî, te çend salan li dibistanê an zanîngehê xwendiye?
q-school-years-help = Hemû salan bihejmêre, ji dibistana seretayî heta zanîngehê. Heke tu ne bawer î, texmîna xwe ya herî baş bide.
q-education-level = Perwerdeya herî bilind a ku te qedandiye çi ye?
q-education-field = Te çi xwendiye?
q-education-country = Te ev perwerde li ku derê standiye?
q-certificates = Bawername an dîplomayên te li cem te ne?
q-certificates-help = Mînak bawernameyên dibistanê, dîploma an belgeyên zanîngehê, li ser kaxezê an wek pel.
q-unfinished-studies = Te dest bi xwendinekê kiriye ku te nikarîbû biqedînî?

## Questions: work
q-has-worked = Tu berê xebitiyî?
q-work-fields = Tu di kîjan waran de xebitiyî?
q-work-other = War an karê ku te kiriye binivîse.
q-work-years = Tu bi giştî çend salan xebitiyî?
q-recent-work = Karê te yê dawî çi bû?
q-recent-work-help = Navê karekî binivîse, mînak “hemşîre” an “ajokarê otobusê”.
q-entrepreneur = Karsaziya te ya xwe hebû?
q-driving-licence = Ehliyeta te ya ajotinê heye?
q-licence-class = Ehliyeta te destûrê dide ku tu kîjan cure wesayîtan bajoî?

## Questions: skills
q-phone-skills = Tu dikarî telefona biaqil bi kar bînî, mînak ji bo şandina peyaman û bikaranîna sepanan?
q-computer-skills = Tu dikarî komputerê bi kar bînî?
q-online-services = Tu dikarî bi serê xwe xizmetên înternetê bi kar bînî?
q-online-services-help = Mînak banka înternetê, girtina randevûyê an dagirtina formekê li ser înternetê.
q-strengths = Tu di çi de baş î?

## Questions: goals
q-goals = Tu dixwazî di çend salên bê de li Fînlendayê çi bikî?
q-main-goal = Ji van kîjan niha ji bo te herî girîng e?

## Questions: life now
q-jobseeker = Tu li cem { -tyollisyyspalvelut } wek karxwaz qeydkirî yî?
q-jobseeker-help = Tu xwe bi rêya { -tyomarkkinatori(case: "with-finnish") } an li { -tyollisyyspalvelut } qeyd dikî.
q-social-assistance = Tu alîkariya civakî distînî?
q-social-assistance-help = Alîkariya civakî pere ye ji bo pêdiviyên bingehîn, dema ku dahata te têr nake. { -kela } alîkariya civakî ya bingehîn dide. Heke tu wê ji bo demeke dirêj an bi rêkûpêk distînî, bi gelemperî şaredariya te ji xizmetên te yên entegrasyonê berpirsiyar e.
q-has-children = Zarokên te hene ku bi te re dijîn?
q-children-ages = Zarokên te çend salî ne?
q-home-care-allowance = Tu ji { -kela } alîkariya lênêrîna zarokan li malê distînî?
q-home-care-allowance-help = Ev pereyê ji { -kela } e, dema ku tu li malê li zarokekî di bin 3 saliyê de dinêrî.
q-housing = Tu niha li ku dijî?
q-urgent = Pêdiviya te bi alîkariya bilez di tiştekî de heye?

## Questions: wellbeing
q-health-affects = Tenduristiya te an tiştekî din xwendin an xebatê ji bo te zor dike?
q-talk-to-someone = Tu dixwazî li ser tenduristî an başbûna xwe bi kesekî re biaxivî?

## Questions: appointment
q-appointment-language = Tu dixwazî randevûya te bi kîjan zimanî be?
q-interpreter = Di randevûyê de pêdiviya te bi wergêr heye?
q-interpreter-language = Divê wergêr bi kîjan zimanî biaxive?
q-contact-way = Tu dixwazî nivîsgeh çawa bi te re têkilî dayne?
q-contact-way-help = Agahiyên xwe yên têkiliyê li vir nenivîse. Tu wan li nivîsgehê didî.

## Options
opt-yesno-yes = Erê
opt-yesno-no = Na
opt-firststeps-identity-code = Koda nasnameya kesane ya Fînlendayê
opt-firststeps-kela-card = Karta { -kela }
opt-firststeps-tax-card = Karta bacê
opt-firststeps-bank-account = Hesabê bankê
opt-firststeps-none = Hîn yek ji van tune
opt-age-under-18 = Di bin 18 saliyê de
opt-age-18-29 = 18 heta 29
opt-age-30-44 = 30 heta 44
opt-age-45-64 = 45 heta 64
opt-age-65-plus = 65 an mezintir
opt-residence-protection = Parastina navneteweyî (îltîca, statuya penaberiyê)
opt-residence-family = Girêdanên malbatî
opt-residence-work = Kar
opt-residence-study = Xwendin
opt-residence-eu = Welatiyê YE an welatekî Nordîk, qeydkirî
opt-residence-temporary-protection = Parastina demkî
opt-residence-other = Sedemeke din
opt-residence-protection-family = Endamê malbata kesekî bi parastina navneteweyî
opt-residence-trafficking = Qurbaniya bazirganiya mirovan (kesekî tu neçar kiriyî ku bixebitî an tiştên din bikî)
opt-socialassist-lasting = Erê, ji bo demeke dirêj an bi rêkûpêk
opt-socialassist-short-term = Erê, carekê an ji bo demeke kurt
opt-socialassist-no = Na
opt-socialassist-yes = Erê (nehatiye gotin ji bo çiqas demê)
opt-language-arabic = Erebî
opt-language-dari = Derî
opt-language-farsi = Farisî
opt-language-kurdish = Kurdî
opt-language-pashto = Peştûyî
opt-language-somali = Somalî
opt-language-tigrinya = Tigrînî
opt-language-amharic = Amharî
opt-language-swahili = Swahîlî
opt-language-russian = Rûsî
opt-language-ukrainian = Ukraynî
opt-language-estonian = Estonî
opt-language-albanian = Albanî
opt-language-turkish = Tirkî
opt-language-vietnamese = Viyetnamî
opt-language-thai = Taylandî
opt-language-chinese = Çînî
opt-language-english = Îngilîzî
opt-language-french = Fransî
opt-language-spanish = Spanî
opt-language-other = Zimanekî din
opt-level-none = Ez hîn nikarim pê biaxivim
opt-level-words = Ez hin peyv û gotinan dizanim
opt-level-everyday = Ez dikarim di rewşên rojane de, wek kirînê, karê xwe bikim
opt-level-work = Ez dikarim li kar piraniya rewşan birêve bibim
opt-howwell-well = Erê, baş
opt-howwell-a-little = Hinekî
opt-howwell-no = Na
opt-edu-none = Ez neçûm dibistanê
opt-edu-primary = Dibistana seretayî
opt-edu-lower-secondary = Dibistana navîn (heta nêzîkî 15 saliyê)
opt-edu-upper-secondary = Dibistana navîn a bilind (lîse)
opt-edu-vocational = Dibistana pîşeyî (perwerde ji bo pîşeyekê)
opt-edu-bachelor = Zanîngeh an kolej, bawernameya yekem (lîsans)
opt-edu-master = Zanîngeh, bawernameya bilind (lîsansa bilind)
opt-edu-doctorate = Doktora
opt-field-office = Karê nivîsgehê û rêveberî
opt-field-sales = Firotin û dikan
opt-field-cleaning = Paqijî
opt-field-construction = Avahî û înşaat
opt-field-manufacturing = Karê kargeh û hilberînê
opt-field-transport = Veguhastin û ajotin
opt-field-restaurant = Xwaringeh, qehwexane û metbex
opt-field-health = Lênêrîna tenduristiyê
opt-field-social-care = Xizmetên civakî û lênêrîna kalan
opt-field-childcare = Lênêrîna zarokan
opt-field-teaching = Mamostetî û perwerde
opt-field-ict = Komputer û teknolojiya agahiyê
opt-field-engineering = Endezyarî û teknolojî
opt-field-agriculture = Çandinî, baxçevanî û daristan
opt-field-beauty = Porbirî û bedewî
opt-field-security = Ewlehî û parastin
opt-field-repair = Tamîr û lênêrîna teknîkî
opt-field-arts = Huner, medya û çand
opt-field-science = Zanist û lêkolîn
opt-field-law = Hiqûq, aborî û karsazî
opt-field-other = Wareke din
opt-country-finland = Li Fînlendayê
opt-country-eu = Li welatekî din ê YE an Nordîk
opt-country-other = Li welatekî din
opt-certificates-yes = Erê, hemû
opt-certificates-some = Hin ji wan
opt-certificates-no = Na
opt-years-under-1 = Kêmtir ji 1 salê
opt-years-1-2 = 1 heta 2 sal
opt-years-3-5 = 3 heta 5 sal
opt-years-6-10 = 6 heta 10 sal
opt-years-over-10 = Ji 10 salan bêtir
opt-licence-b = Otomobîl
opt-licence-c = Kamyon
opt-licence-d = Otobus
opt-licence-a = Motorsîklet
opt-licence-other = Wesayîtên din
opt-strength-teamwork = Xebata bi mirovên din re
opt-strength-customer-service = Xizmeta ji bo xerîdaran
opt-strength-caring = Lênêrîna mirovan
opt-strength-handcrafts = Xebata bi destan
opt-strength-technical = Makîne û teknolojî
opt-strength-cooking = Çêkirina xwarinê
opt-strength-organising = Plankirin û rêxistin
opt-strength-teaching = Hînkirin û ravekirin
opt-strength-languages = Hînbûna zimanan
opt-strength-art = Huner, muzîk an sêwirandin
opt-strength-sports = Werzîş
opt-goal-work-soon = Zû karekî bibînim
opt-goal-vocational = Ji bo pîşeyekê bixwînim (perwerdeya pîşeyî)
opt-goal-university = Li zanîngehê bixwînim
opt-goal-business = Karsaziya xwe damezrînim
opt-goal-language-first = Pêşî ziman hîn bibim
opt-goal-family = Niha li malbata xwe binêrim
opt-goal-not-sure = Ez hîn ne bawer im
opt-childage-under-3 = Di bin 3 saliyê de
opt-childage-3-6 = 3 heta 6 salî
opt-childage-7-15 = 7 heta 15 salî
opt-childage-16-17 = 16 heta 17 salî
opt-housing-own-rental = Di mala xwe de (bi kirê an milkê min)
opt-housing-temporary = Li cihekî demkî, mînak li cem hevalan an li navenda pêşwazîkirinê
opt-housing-none = Cihekî min ê jiyanê tune ye
opt-urgent-money = Pere ji bo xwarin an fatûreyan
opt-urgent-housing = Cihekî jiyanê
opt-urgent-health = Tenduristî
opt-urgent-safety = Ewlehî: ez an malbata min ne ewle ne
opt-urgent-family-reunification = Anîna malbata min bo Fînlendayê
opt-urgent-legal-advice = Şîretên hiqûqî
opt-urgent-none = Na, tiştekî bilez tune
opt-affects-no = Na
opt-affects-a-little = Hinekî
opt-affects-a-lot = Gelek
opt-apptlang-finnish = Fînî
opt-apptlang-swedish = Swêdî
opt-apptlang-english = Îngilîzî
opt-apptlang-own = Zimanê min, bi wergêr
opt-contact-phone = Banga telefonê
opt-contact-text-message = Peyama nivîskî
opt-contact-email = E-name
opt-contact-letter = Name
opt-contact-in-person = Ez ê biçim nivîsgehê
