# Masintõlge inglise keelest (machine-made translation from English). Vajaduste küsimustik: võtmed on samad mis inglise failis.
# Muutujad looksulgudes, näiteks { $count }, täidab rakendus: jäta need nii, nagu need on.

## Start page and navigation
qn-title = Valmistu oma hindamiseks
qn-intro = Enne esimest kohtumist lõimumisteenuste teemal võid vastata küsimustele oma oskuste, plaanide ja praeguse elu kohta. Siis saab kohtumine alata sinu vastustest.
qn-how-long = See võtab umbes 15 minutit. Võid vahepeal pooleli jätta ja hiljem jätkata.
qn-private = Sinu vastused jäävad sellesse seadmesse. Midagi ei saadeta kuhugi. Sina otsustad, kellele neid näitad.
qn-skip-note = Vasta ainult sellele, millele tahad. Mõne küsimuse juures on valikud „Ma ei tea“, „Jäta vahele“ või „Ma ei soovi öelda“.
qn-start = Alusta
qn-continue = Jätka sealt, kus pooleli jäid
qn-start-again = Alusta uuesti
qn-check-link = Kontrolli oma vastuseid
qn-saved-count = { $count ->
    [one] Oled vastanud 1 küsimusele.
   *[other] Oled vastanud { $count } küsimusele.
}
qn-progress = Osa { $part }/{ $parts }: { $section }
qn-progress-label = Edenemine
qn-back = Tagasi
qn-continue-button = Jätka
qn-dont-know = Ma ei tea
qn-prefer-not = Ma ei soovi öelda
qn-skip = Jäta see küsimus vahele
qn-choose-all = Vali kõik sobivad.
qn-month = Kuu
qn-year = Aasta
qn-number = Arv
qn-your-answer = Sinu vastus
qn-selected = Valitud

## Check your answers
qn-check-title = Kontrolli oma vastuseid
qn-check-intro = Vaata oma vastused üle. Võid muuta iga vastust.
qn-change = Muuda
qn-answer-now = Vasta
qn-not-answered = Vastamata
qn-answer-dont-know = Ma ei tea
qn-answer-prefer-not = Ma ei soovi öelda
qn-answer-skipped = Vahele jäetud
qn-done-title = Mis edasi saab
qn-done-text = Sinu vastused on salvestatud sellesse seadmesse. Näita neid oma vastuvõtul. Inimene, kellega kohtud, otsustab koos sinuga, milliseid teenuseid sa vajad.
qn-see-pathway = Vaata oma soovitatud teekaarti

## Deleting
qn-delete = Kustuta minu andmed sellest seadmest
qn-delete-confirm-title = Kas kustutada sinu andmed?
qn-delete-confirm-text = See eemaldab sellest seadmest sinu vastused, kontrollnimekirja märked ja keelevaliku. Seda ei saa tagasi võtta.
qn-delete-yes = Jah, kustuta
qn-delete-cancel = Tühista

## Notices about stored answers
qn-notice-discarded = Sinu salvestatud vastuseid ei saanud lugeda, seega need eemaldati. Palun vasta uuesti.
qn-notice-newer = Sinu salvestatud vastused tehti selle rakenduse uuema versiooniga. Palun uuenda rakendust või ava see uuemas brauseris. Sinu salvestatud vastuseid ei muudetud.

## Errors
error-summary = Tekkis probleem
error-required = Palun vasta küsimusele või vali allpool mõni muu valik.
error-unknown-option = Palun vali üks valikutest.
error-exclusive = Seda vastust ei saa valida koos teistega.
error-not-a-number = Palun kirjuta arv numbritega, näiteks 12.
error-out-of-range = Palun kirjuta arv vahemikus { $min } kuni { $max }.
error-year-too-early = Palun kirjuta aasta { $min } või hilisem.
error-in-future = Kuupäev ei saa olla tulevikus.
error-month = Palun vali kuu.
error-too-long = Palun kirjuta kõige rohkem { $max } tähemärki.

## Months
month-1 = Jaanuar
month-2 = Veebruar
month-3 = Märts
month-4 = Aprill
month-5 = Mai
month-6 = Juuni
month-7 = Juuli
month-8 = August
month-9 = September
month-10 = Oktoober
month-11 = November
month-12 = Detsember

## Sections
section-about = Sinust
section-languages = Keeled
section-education = Haridus
section-work = Töö
section-skills = Oskused ja tugevused
section-goals = Sinu eesmärgid
section-life = Sinu praegune elu
section-wellbeing = Tervis ja heaolu
section-wellbeing-intro = Need küsimused on vabatahtlikud. Me küsime neid, sest tervis võib mõjutada õppimist ja töötamist ning abi on olemas. Võid need vahele jätta või valida „Ma ei soovi öelda“.
section-appointment = Sinu vastuvõtt

## Questions: about you
q-age-group = Kui vana sa oled?
q-residence-basis = Mille alusel said õiguse Soomes elada?
q-residence-basis-help = Vaata oma elamisloa kaarti või registreerimistõendit. Kui sa ei ole kindel, vali „Ma ei tea“.
q-permit-date = Millal said oma esimese elamisloa või registreerimise Soomes?
q-permit-date-help = Lõimumisteenuseid pakutakse tavaliselt esimese 3 aasta jooksul pärast seda kuupäeva.
q-municipality-registered = Kas sul on Soomes koduvald?
q-municipality-registered-help = See tähendab, et oled registreeritud elanikuna mõnes Soome omavalitsuses. Selle registreerib { -dvv }.
q-first-steps-done = Mis neist sul juba on?
q-unaccompanied = Kas tulid Soome ilma oma vanema või eestkostjata?
q-unaccompanied-help = Eestkostja on täiskasvanu, kes vastutab seaduse järgi sinu eest.

## Questions: languages
q-mother-tongue = Mis on sinu emakeel?
q-mother-tongue-other = Kirjuta oma emakeele nimi.
q-other-languages = Mis keeli sa veel räägid?
q-finnish = Kui hästi sa räägid soome keelt?
q-swedish = Kui hästi sa räägid rootsi keelt?
q-english = Kui hästi sa räägid inglise keelt?
q-read-own = Kas sa oskad oma emakeeles lugeda?
q-write-own = Kas sa oskad oma emakeeles kirjutada?
q-latin-alphabet = Kas sa oskad lugeda selle tähestiku tähti: A B C D E?
q-latin-alphabet-help = Soome, rootsi ja inglise keelt kirjutatakse nende tähtedega (ladina tähestik).

## Questions: education
q-school-years = Mitu aastat sa kokku koolis käisid või õppisid?
q-school-years-help = Arvesta kõik aastad algkoolist ülikoolini. Kui sa ei ole kindel, kirjuta oma parim hinnang.
q-education-level = Mis on kõrgeim haridus, mille oled lõpetanud?
q-education-field = Mida sa õppisid?
q-education-country = Kus sa selle hariduse omandasid?
q-certificates = Kas sul on oma tunnistused või diplomid?
q-certificates-help = Näiteks kooli lõputunnistused, diplomid või kraaditunnistused, paberil või failidena.
q-unfinished-studies = Kas alustasid õpinguid, mida sa ei saanud lõpetada?

## Questions: work
q-has-worked = Kas oled varem töötanud?
q-work-fields = Millistel aladel oled töötanud?
q-work-other = Kirjuta ala või töö, mida tegid.
q-work-years = Mitu aastat oled kokku töötanud?
q-recent-work = Mis oli sinu viimane töö?
q-recent-work-help = Kirjuta ametinimetus, näiteks „meditsiiniõde“ või „bussijuht“.
q-entrepreneur = Kas sul on olnud oma ettevõte?
q-driving-licence = Kas sul on juhiluba?
q-licence-class = Milliseid sõidukeid lubab sinu juhiluba juhtida?

## Questions: skills
q-phone-skills = Kas oskad kasutada nutitelefoni, näiteks sõnumite saatmiseks ja rakenduste kasutamiseks?
q-computer-skills = Kas oskad arvutit kasutada?
q-online-services = Kas oskad e-teenuseid ise kasutada?
q-online-services-help = Näiteks internetipank, aja broneerimine või vormi täitmine internetis.
q-strengths = Milles sa hea oled?

## Questions: goals
q-goals = Mida sa tahad Soomes järgmise paari aasta jooksul teha?
q-main-goal = Mis neist on sinu jaoks praegu kõige tähtsam?

## Questions: life now
q-jobseeker = Kas oled registreeritud tööotsijana { -tyollisyyspalvelut(case: "inessive") }?
q-jobseeker-help = Registreerud portaalis { -tyomarkkinatori(case: "with-finnish") } või { -tyollisyyspalvelut(case: "inessive") }.
q-social-assistance = Kas saad toimetulekutoetust?
q-social-assistance-help = Toimetulekutoetus on raha põhivajadusteks, kui sinu sissetulekust ei piisa. Põhilist toimetulekutoetust maksab { -kela }. Kui saad seda pikema aja jooksul või regulaarselt, vastutab sinu lõimumisteenuste eest tavaliselt sinu omavalitsus.
q-has-children = Kas sul on lapsi, kes elavad sinuga koos?
q-children-ages = Kui vanad on sinu lapsed?
q-home-care-allowance = Kas saad { -kela(case: "elative") } lapse koduhooldustoetust?
q-home-care-allowance-help = See on raha, mida { -kela } maksab, kui hoolitsed kodus alla 3-aastase lapse eest.
q-housing = Kus sa praegu elad?
q-urgent = Kas vajad millegagi kiiresti abi?

## Questions: wellbeing
q-health-affects = Kas sinu tervis või midagi muud teeb õppimise või töötamise sinu jaoks raskeks?
q-talk-to-someone = Kas sa tahaksid kellegagi oma tervisest või heaolust rääkida?

## Questions: appointment
q-appointment-language = Mis keeles sa tahad, et sinu vastuvõtt toimuks?
q-interpreter = Kas vajad vastuvõtul tõlki?
q-interpreter-language = Mis keelt peaks tõlk rääkima?
q-contact-way = Kuidas tahad, et büroo sinuga ühendust võtaks?
q-contact-way-help = Ära kirjuta siia oma kontaktandmeid. Need annad büroos.

## Options
opt-yesno-yes = Jah
opt-yesno-no = Ei
opt-firststeps-identity-code = Soome isikukood
opt-firststeps-kela-card = { -kela } kaart
opt-firststeps-tax-card = Maksukaart
opt-firststeps-bank-account = Pangakonto
opt-firststeps-none = Veel mitte ükski neist
opt-age-under-18 = Alla 18
opt-age-18-29 = 18 kuni 29
opt-age-30-44 = 30 kuni 44
opt-age-45-64 = 45 kuni 64
opt-age-65-plus = 65 või vanem
opt-residence-protection = Rahvusvaheline kaitse (varjupaik, pagulasseisund)
opt-residence-family = Perekondlikud sidemed
opt-residence-work = Töö
opt-residence-study = Õpingud
opt-residence-eu = EL-i või Põhjamaa kodanik, registreeritud
opt-residence-temporary-protection = Ajutine kaitse
opt-residence-other = Muu põhjus
opt-residence-protection-family = Rahvusvahelise kaitse saanud inimese pereliige
opt-residence-trafficking = Inimkaubanduse ohver (keegi sundis sind töötama või muid asju tegema)
opt-socialassist-lasting = Jah, pikema aja jooksul või regulaarselt
opt-socialassist-short-term = Jah, ühe korra või lühikest aega
opt-socialassist-no = Ei
opt-socialassist-yes = Jah (ei ole öeldud, kui kaua)
opt-language-arabic = Araabia keel
opt-language-dari = Dari keel
opt-language-farsi = Pärsia keel (farsi)
opt-language-kurdish = Kurdi keel
opt-language-pashto = Puštu keel
opt-language-somali = Somaali keel
opt-language-tigrinya = Tigrinja keel
opt-language-amharic = Amhari keel
opt-language-swahili = Suahiili keel
opt-language-russian = Vene keel
opt-language-ukrainian = Ukraina keel
opt-language-estonian = Eesti keel
opt-language-albanian = Albaania keel
opt-language-turkish = Türgi keel
opt-language-vietnamese = Vietnami keel
opt-language-thai = Tai keel
opt-language-chinese = Hiina keel
opt-language-english = Inglise keel
opt-language-french = Prantsuse keel
opt-language-spanish = Hispaania keel
opt-language-other = Muu keel
opt-level-none = Ma ei oska seda veel rääkida
opt-level-words = Ma tean mõnda sõna ja väljendit
opt-level-everyday = Ma saan hakkama igapäevastes olukordades, näiteks poes
opt-level-work = Ma saan tööl hakkama enamikus olukordades
opt-howwell-well = Jah, hästi
opt-howwell-a-little = Natuke
opt-howwell-no = Ei
opt-edu-none = Ma ei käinud koolis
opt-edu-primary = Algkool
opt-edu-lower-secondary = Põhikool (umbes 15-aastaseks saamiseni)
opt-edu-upper-secondary = Gümnaasium (keskkool)
opt-edu-vocational = Kutsekool (ameti õppimine)
opt-edu-bachelor = Ülikool või kõrgkool, esimene kraad (bakalaureus)
opt-edu-master = Ülikool, kõrgem kraad (magister)
opt-edu-doctorate = Doktorikraad (PhD)
opt-field-office = Kontoritöö ja haldus
opt-field-sales = Müük ja kauplused
opt-field-cleaning = Koristamine
opt-field-construction = Ehitus
opt-field-manufacturing = Tehase- ja tootmistöö
opt-field-transport = Transport ja sõidukijuhtimine
opt-field-restaurant = Restoranid, kohvikud ja köögid
opt-field-health = Tervishoid
opt-field-social-care = Sotsiaalhoolekanne ja eakate hooldus
opt-field-childcare = Lastehoid
opt-field-teaching = Õpetamine ja haridus
opt-field-ict = Arvutid ja IT
opt-field-engineering = Inseneritöö ja tehnoloogia
opt-field-agriculture = Põllumajandus, aiandus ja metsandus
opt-field-beauty = Juuksuri- ja ilutöö
opt-field-security = Turvatöö ja valve
opt-field-repair = Remont ja hooldus
opt-field-arts = Kunst, meedia ja kultuur
opt-field-science = Teadus ja uurimistöö
opt-field-law = Õigus, majandus ja äri
opt-field-other = Muu ala
opt-country-finland = Soomes
opt-country-eu = Mõnes teises EL-i või Põhjamaa riigis
opt-country-other = Mõnes teises riigis
opt-certificates-yes = Jah, kõik
opt-certificates-some = Mõned neist
opt-certificates-no = Ei
opt-years-under-1 = Alla 1 aasta
opt-years-1-2 = 1 kuni 2 aastat
opt-years-3-5 = 3 kuni 5 aastat
opt-years-6-10 = 6 kuni 10 aastat
opt-years-over-10 = Üle 10 aasta
opt-licence-b = Sõiduauto
opt-licence-c = Veoauto
opt-licence-d = Buss
opt-licence-a = Mootorratas
opt-licence-other = Muud sõidukid
opt-strength-teamwork = Töö koos teiste inimestega
opt-strength-customer-service = Klientide teenindamine
opt-strength-caring = Inimeste eest hoolitsemine
opt-strength-handcrafts = Töö kätega
opt-strength-technical = Masinad ja tehnoloogia
opt-strength-cooking = Toiduvalmistamine
opt-strength-organising = Planeerimine ja korraldamine
opt-strength-teaching = Õpetamine ja selgitamine
opt-strength-languages = Keelte õppimine
opt-strength-art = Kunst, muusika või disain
opt-strength-sports = Sport
opt-goal-work-soon = Leida varsti töö
opt-goal-vocational = Õppida ametit (kutseõpe)
opt-goal-university = Õppida ülikoolis
opt-goal-business = Asutada oma ettevõte
opt-goal-language-first = Õppida kõigepealt keelt
opt-goal-family = Hoolitseda praegu oma pere eest
opt-goal-not-sure = Ma ei ole veel kindel
opt-childage-under-3 = Alla 3 aasta
opt-childage-3-6 = 3 kuni 6 aastat
opt-childage-7-15 = 7 kuni 15 aastat
opt-childage-16-17 = 16 kuni 17 aastat
opt-housing-own-rental = Oma üüritud või enda omanduses olevas kodus
opt-housing-temporary = Ajutises kohas, näiteks sõprade juures või vastuvõtukeskuses
opt-housing-none = Mul ei ole elukohta
opt-urgent-money = Raha toidu või arvete jaoks
opt-urgent-housing = Elukoht
opt-urgent-health = Tervis
opt-urgent-safety = Turvalisus: mina või minu pere ei ole turvalises olukorras
opt-urgent-family-reunification = Oma pere Soome toomine
opt-urgent-legal-advice = Õigusabi
opt-urgent-none = Ei, mitte midagi kiiret
opt-affects-no = Ei
opt-affects-a-little = Natuke
opt-affects-a-lot = Palju
opt-apptlang-finnish = Soome keel
opt-apptlang-swedish = Rootsi keel
opt-apptlang-english = Inglise keel
opt-apptlang-own = Minu oma keel, koos tõlgiga
opt-contact-phone = Telefonikõne
opt-contact-text-message = Tekstisõnum
opt-contact-email = E-post
opt-contact-letter = Kiri
opt-contact-in-person = Tulen ise büroosse
