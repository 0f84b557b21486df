# Machine-made translation from English (locales/en/questions.ftl); not yet reviewed by a person.
# Pyetësori i nevojave. Ndryshoret në kllapa, si { $count }, i plotëson aplikacioni: mos i ndryshoni.

## Start page and navigation
qn-title = Përgatituni për vlerësimin tuaj
qn-intro = Para takimit tuaj të parë për shërbimet e integrimit, mund t'u përgjigjeni pyetjeve për aftësitë, planet dhe jetën tuaj tani. Pastaj takimi mund të fillojë nga përgjigjet tuaja.
qn-how-long = Zgjat rreth 15 minuta. Mund të ndaleni dhe të vazhdoni më vonë.
qn-private = Përgjigjet tuaja mbeten në këtë pajisje. Asgjë nuk dërgohet askund. Ju vendosni kujt t'ia tregoni.
qn-skip-note = Përgjigjuni vetëm asaj që doni. Disa pyetje kanë “Nuk e di”, “Kapërceje” ose “Preferoj të mos e them”.
qn-start = Fillo
qn-continue = Vazhdoni nga aty ku ndaluat
qn-start-again = Fillo nga e para
qn-check-link = Kontrolloni përgjigjet tuaja
qn-saved-count = { $count ->
    [one] Keni dhënë përgjigje për 1 pyetje.
   *[other] Keni dhënë përgjigje për { $count } pyetje.
}
qn-progress = Pjesa { $part } nga { $parts }: { $section }
qn-progress-label = Përparimi
qn-back = Prapa
qn-continue-button = Vazhdo
qn-dont-know = Nuk e di
qn-prefer-not = Preferoj të mos e them
qn-skip = Kapërceje këtë pyetje
qn-choose-all = Zgjidhni të gjitha që vlejnë për ju.
qn-month = Muaji
qn-year = Viti
qn-number = Numri
qn-your-answer = Përgjigjja juaj
qn-selected = E zgjedhur

## Check your answers
qn-check-title = Kontrolloni përgjigjet tuaja
qn-check-intro = Shikoni përgjigjet tuaja. Mund ta ndryshoni çdo përgjigje.
qn-change = Ndrysho
qn-answer-now = Përgjigju
qn-not-answered = Pa përgjigje
qn-answer-dont-know = Nuk e di
qn-answer-prefer-not = Preferoj të mos e them
qn-answer-skipped = E kapërcyer
qn-done-title = Çfarë ndodh më pas
qn-done-text = Përgjigjet tuaja janë ruajtur në këtë pajisje. Tregojini në takimin tuaj. Personi që takoni vendos bashkë me ju cilat shërbime ju duhen.
qn-see-pathway = Shikoni rrugën tuaj të sugjeruar

## Deleting
qn-delete = Fshi të dhënat e mia nga kjo pajisje
qn-delete-confirm-title = Të fshihen të dhënat tuaja?
qn-delete-confirm-text = Kjo fshin nga kjo pajisje përgjigjet tuaja, hapat e shënuar në listë dhe zgjedhjen e gjuhës. Këtë nuk mund ta zhbëni.
qn-delete-yes = Po, fshiji
qn-delete-cancel = Anulo

## Notices about stored answers
qn-notice-discarded = Përgjigjet tuaja të ruajtura nuk mund të lexoheshin, prandaj u fshinë. Ju lutemi përgjigjuni përsëri.
qn-notice-newer = Përgjigjet tuaja të ruajtura janë bërë me një version më të ri të këtij aplikacioni. Ju lutemi përditësoni aplikacionin ose hapeni në një shfletues të përditësuar. Përgjigjet tuaja të ruajtura nuk u ndryshuan.

## Errors
error-summary = Ka një problem
error-required = Ju lutemi përgjigjuni pyetjes ose zgjidhni një mundësi tjetër më poshtë.
error-unknown-option = Ju lutemi zgjidhni një nga mundësitë.
error-exclusive = Kjo përgjigje nuk mund të zgjidhet bashkë me të tjerat.
error-not-a-number = Ju lutemi shkruani një numër me shifra, për shembull 12.
error-out-of-range = Ju lutemi shkruani një numër nga { $min } deri në { $max }.
error-year-too-early = Ju lutemi shkruani një vit nga { $min } e më pas.
error-in-future = Data nuk mund të jetë në të ardhmen.
error-month = Ju lutemi zgjidhni një muaj.
error-too-long = Ju lutemi shkruani jo më shumë se { $max } shenja.

## Months
month-1 = janar
month-2 = shkurt
month-3 = mars
month-4 = prill
month-5 = maj
month-6 = qershor
month-7 = korrik
month-8 = gusht
month-9 = shtator
month-10 = tetor
month-11 = nëntor
month-12 = dhjetor

## Sections
section-about = Për ju
section-languages = Gjuhët
section-education = Arsimi
section-work = Puna
section-skills = Aftësitë dhe pikat e forta
section-goals = Qëllimet tuaja
section-life = Jeta juaj tani
section-wellbeing = Shëndeti dhe mirëqenia
section-wellbeing-intro = Këto pyetje nuk janë të detyrueshme. I bëjmë sepse shëndeti mund të ndikojë te studimi dhe puna, dhe ka ndihmë. Mund t'i kapërceni ose të zgjidhni “Preferoj të mos e them”.
section-appointment = Takimi juaj

## Questions: about you
q-age-group = Sa vjeç jeni?
q-residence-basis = Pse e morët të drejtën për të jetuar në Finlandë?
q-residence-basis-help = Shikoni kartën e lejes së qëndrimit ose vërtetimin e regjistrimit. Nëse nuk jeni të sigurt, zgjidhni “Nuk e di”.
q-permit-date = Kur e morët lejen tuaj të parë të qëndrimit ose regjistrimin e parë në Finlandë?
q-permit-date-help = Shërbimet e integrimit zakonisht ofrohen në 3 vitet e para pas kësaj date.
q-municipality-registered = A keni një komunë banimi në Finlandë?
q-municipality-registered-help = Kjo do të thotë që jeni regjistruar si banor në një komunë finlandeze. Këtë e regjistron { -dvv }.
q-first-steps-done = Cilat nga këto i keni tashmë?
q-unaccompanied = A erdhët në Finlandë pa prindin ose kujdestarin tuaj?
q-unaccompanied-help = Kujdestari është një i rritur që është ligjërisht përgjegjës për ju.

## Questions: languages
q-mother-tongue = Cila është gjuha juaj amtare?
q-mother-tongue-other = Shkruani emrin e gjuhës suaj amtare.
q-other-languages = Cilat gjuhë të tjera flisni?
q-finnish = Sa mirë flisni finlandisht?
q-swedish = Sa mirë flisni suedisht?
q-english = Sa mirë flisni anglisht?
q-read-own = A mund të lexoni në gjuhën tuaj amtare?
q-write-own = A mund të shkruani në gjuhën tuaj amtare?
q-latin-alphabet = A mund t'i lexoni shkronjat e këtij alfabeti: A B C D E?
q-latin-alphabet-help = Finlandishtja, suedishtja dhe anglishtja shkruhen me këto shkronja (alfabeti latin).

## Questions: education
q-school-years = Sa vite keni shkuar në shkollë ose keni studiuar gjithsej?
q-school-years-help = Numëroni të gjitha vitet, nga shkolla fillore deri në universitet. Nëse nuk jeni të sigurt, jepni vlerësimin tuaj më të mirë.
q-education-level = Cili është arsimi më i lartë që keni përfunduar?
q-education-field = Çfarë keni studiuar?
q-education-country = Ku e keni marrë këtë arsim?
q-certificates = A i keni dëftesat ose diplomat tuaja?
q-certificates-help = Për shembull dëftesa shkolle, diploma ose vërtetime diplomimi nga universiteti, në letër ose si skedarë.
q-unfinished-studies = A keni filluar studime që nuk mundët t'i përfundonit?

## Questions: work
q-has-worked = A keni punuar më parë?
q-work-fields = Në cilat fusha keni punuar?
q-work-other = Shkruani fushën ose punën që keni bërë.
q-work-years = Sa vite keni punuar gjithsej?
q-recent-work = Cila ishte puna juaj e fundit?
q-recent-work-help = Shkruani emrin e punës, për shembull “infermier” ose “shofer autobusi”.
q-entrepreneur = A keni pasur biznesin tuaj?
q-driving-licence = A keni patentë shoferi?
q-licence-class = Çfarë lloj mjetesh ju lejon patenta të ngisni?

## Questions: skills
q-phone-skills = A mund të përdorni një telefon të mençur, për shembull për të dërguar mesazhe dhe për të përdorur aplikacione?
q-computer-skills = A mund të përdorni kompjuterin?
q-online-services = A mund t'i përdorni vetë shërbimet në internet?
q-online-services-help = Për shembull bankën në internet, rezervimin e një takimi ose plotësimin e një formulari në internet.
q-strengths = Në çfarë jeni të mirë?

## Questions: goals
q-goals = Çfarë doni të bëni në Finlandë në vitet e ardhshme?
q-main-goal = Cila nga këto është më e rëndësishmja për ju tani?

## Questions: life now
q-jobseeker = A jeni regjistruar si punëkërkues te { -tyollisyyspalvelut }?
q-jobseeker-help = Regjistroheni në { -tyomarkkinatori(case: "accusative-with-finnish") } ose te { -tyollisyyspalvelut }.
q-social-assistance = A merrni ndihmë sociale?
q-social-assistance-help = Ndihma sociale është një pagesë për nevojat bazë kur të ardhurat tuaja nuk mjaftojnë. { -kela } paguan ndihmën sociale bazë. Nëse e merrni për një kohë më të gjatë ose rregullisht, zakonisht komuna juaj është përgjegjëse për shërbimet tuaja të integrimit.
q-has-children = A keni fëmijë që jetojnë me ju?
q-children-ages = Sa vjeç janë fëmijët tuaj?
q-home-care-allowance = A merrni shtesë për kujdesin e fëmijës në shtëpi nga { -kela }?
q-home-care-allowance-help = Kjo është një pagesë nga { -kela } kur kujdeseni në shtëpi për një fëmijë nën 3 vjeç.
q-housing = Ku jetoni tani?
q-urgent = A ju duhet ndihmë urgjente për diçka?

## Questions: wellbeing
q-health-affects = A e bën shëndeti juaj ose diçka tjetër të vështirë për ju studimin ose punën?
q-talk-to-someone = A do të donit të flisnit me dikë për shëndetin ose mirëqenien tuaj?

## Questions: appointment
q-appointment-language = Në cilën gjuhë doni ta keni takimin?
q-interpreter = A ju duhet një përkthyes gojor në takim?
q-interpreter-language = Cilën gjuhë duhet të flasë përkthyesi gojor?
q-contact-way = Si doni t'ju kontaktojë zyra?
q-contact-way-help = Mos shkruani këtu të dhënat tuaja të kontaktit. Ato i jepni në zyrë.

## Options
opt-yesno-yes = Po
opt-yesno-no = Jo
opt-firststeps-identity-code = Një kod personal identiteti finlandez
opt-firststeps-kela-card = Një kartë e { -kela(case: "genitive") }
opt-firststeps-tax-card = Një kartë tatimore
opt-firststeps-bank-account = Një llogari bankare
opt-firststeps-none = Asnjë nga këto ende
opt-age-under-18 = Nën 18 vjeç
opt-age-18-29 = 18 deri në 29 vjeç
opt-age-30-44 = 30 deri në 44 vjeç
opt-age-45-64 = 45 deri në 64 vjeç
opt-age-65-plus = 65 vjeç ose më shumë
opt-residence-protection = Mbrojtje ndërkombëtare (azil, status refugjati)
opt-residence-family = Lidhje familjare
opt-residence-work = Puna
opt-residence-study = Studimet
opt-residence-eu = Shtetas i BE-së ose i një vendi nordik, i regjistruar
opt-residence-temporary-protection = Mbrojtje e përkohshme
opt-residence-other = Një arsye tjetër
opt-residence-protection-family = Anëtar i familjes së një personi me mbrojtje ndërkombëtare
opt-residence-trafficking = Viktimë e trafikimit të qenieve njerëzore (dikush ju detyroi të punoni ose të bëni gjëra të tjera)
opt-socialassist-lasting = Po, për një kohë më të gjatë ose rregullisht
opt-socialassist-short-term = Po, një herë ose për një kohë të shkurtër
opt-socialassist-no = Jo
opt-socialassist-yes = Po (pa thënë për sa kohë)
opt-language-arabic = Arabisht
opt-language-dari = Darisht
opt-language-farsi = Persisht (farsi)
opt-language-kurdish = Kurdisht
opt-language-pashto = Pashtunisht
opt-language-somali = Somalisht
opt-language-tigrinya = Tigrinja
opt-language-amharic = Amharisht
opt-language-swahili = Suahili
opt-language-russian = Rusisht
opt-language-ukrainian = Ukrainisht
opt-language-estonian = Estonisht
opt-language-albanian = Shqip
opt-language-turkish = Turqisht
opt-language-vietnamese = Vietnamisht
opt-language-thai = Tajlandisht
opt-language-chinese = Kinezisht
opt-language-english = Anglisht
opt-language-french = Frëngjisht
opt-language-spanish = Spanjisht
opt-language-other = Një gjuhë tjetër
opt-level-none = Ende nuk e flas
opt-level-words = Di disa fjalë dhe shprehje
opt-level-everyday = Ia dal në situatat e përditshme, si kur bëj pazar
opt-level-work = Ia dal në shumicën e situatave në punë
opt-howwell-well = Po, mirë
opt-howwell-a-little = Pak
opt-howwell-no = Jo
opt-edu-none = Nuk kam shkuar në shkollë
opt-edu-primary = Shkolla fillore
opt-edu-lower-secondary = Shkolla e mesme e ulët (deri rreth moshës 15 vjeç)
opt-edu-upper-secondary = Shkolla e mesme e lartë (gjimnazi)
opt-edu-vocational = Shkolla profesionale (përgatitje për një zanat)
opt-edu-bachelor = Universitet ose kolegj, grada e parë (bachelor)
opt-edu-master = Universitet, grada më e lartë (master)
opt-edu-doctorate = Doktoraturë (PhD)
opt-field-office = Punë zyre dhe administratë
opt-field-sales = Shitje dhe dyqane
opt-field-cleaning = Pastrim
opt-field-construction = Ndërtim
opt-field-manufacturing = Punë në fabrikë dhe prodhim
opt-field-transport = Transport dhe drejtim mjetesh
opt-field-restaurant = Restorante, kafene dhe kuzhina
opt-field-health = Kujdes shëndetësor
opt-field-social-care = Kujdes social dhe kujdes për të moshuarit
opt-field-childcare = Kujdes për fëmijët
opt-field-teaching = Mësimdhënie dhe arsim
opt-field-ict = Kompjutera dhe TI
opt-field-engineering = Inxhinieri dhe teknologji
opt-field-agriculture = Bujqësi, kopshtari dhe pylltari
opt-field-beauty = Parukeri dhe bukuri
opt-field-security = Siguri dhe ruajtje
opt-field-repair = Riparim dhe mirëmbajtje
opt-field-arts = Art, media dhe kulturë
opt-field-science = Shkencë dhe kërkim
opt-field-law = Drejtësi, ekonomi dhe biznes
opt-field-other = Një fushë tjetër
opt-country-finland = Në Finlandë
opt-country-eu = Në një vend tjetër të BE-së ose nordik
opt-country-other = Në një vend tjetër
opt-certificates-yes = Po, të gjitha
opt-certificates-some = Disa prej tyre
opt-certificates-no = Jo
opt-years-under-1 = Më pak se 1 vit
opt-years-1-2 = 1 deri në 2 vjet
opt-years-3-5 = 3 deri në 5 vjet
opt-years-6-10 = 6 deri në 10 vjet
opt-years-over-10 = Më shumë se 10 vjet
opt-licence-b = Makinë
opt-licence-c = Kamion
opt-licence-d = Autobus
opt-licence-a = Motoçikletë
opt-licence-other = Mjete të tjera
opt-strength-teamwork = Puna me njerëz të tjerë
opt-strength-customer-service = Shërbimi ndaj klientëve
opt-strength-caring = Kujdesi për njerëzit
opt-strength-handcrafts = Puna me duar
opt-strength-technical = Makineritë dhe teknologjia
opt-strength-cooking = Gatimi
opt-strength-organising = Planifikimi dhe organizimi
opt-strength-teaching = Mësimdhënia dhe shpjegimi
opt-strength-languages = Mësimi i gjuhëve
opt-strength-art = Arti, muzika ose dizajni
opt-strength-sports = Sporti
opt-goal-work-soon = Të gjej punë shpejt
opt-goal-vocational = Të studioj për një zanat (arsim profesional)
opt-goal-university = Të studioj në universitet
opt-goal-business = Të hap biznesin tim
opt-goal-language-first = Të mësoj së pari gjuhën
opt-goal-family = Të kujdesem për familjen time tani për tani
opt-goal-not-sure = Nuk e di ende
opt-childage-under-3 = Nën 3 vjeç
opt-childage-3-6 = 3 deri në 6 vjeç
opt-childage-7-15 = 7 deri në 15 vjeç
opt-childage-16-17 = 16 deri në 17 vjeç
opt-housing-own-rental = Në shtëpinë time, me qira ose në pronësi
opt-housing-temporary = Në një vend të përkohshëm, për shembull te miqtë ose në një qendër pritjeje
opt-housing-none = Nuk kam vend ku të jetoj
opt-urgent-money = Para për ushqim ose fatura
opt-urgent-housing = Një vend për të jetuar
opt-urgent-health = Shëndeti
opt-urgent-safety = Siguria: unë ose familja ime nuk jemi në siguri
opt-urgent-family-reunification = Sjellja e familjes sime në Finlandë
opt-urgent-legal-advice = Këshillë ligjore
opt-urgent-none = Jo, asgjë urgjente
opt-affects-no = Jo
opt-affects-a-little = Pak
opt-affects-a-lot = Shumë
opt-apptlang-finnish = Finlandisht
opt-apptlang-swedish = Suedisht
opt-apptlang-english = Anglisht
opt-apptlang-own = Në gjuhën time, me përkthyes gojor
opt-contact-phone = Telefonatë
opt-contact-text-message = Mesazh me tekst (SMS)
opt-contact-email = Postë elektronike
opt-contact-letter = Letër
opt-contact-in-person = Do të vij në zyrë
