# Needs questionnaire. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = U diyaar garow qiimayntaada
qn-intro = Ka hor kulankaaga ugu horreeya ee ku saabsan adeegyada is-dhexgalka, waxaad ka jawaabi kartaa su'aalo ku saabsan xirfadahaaga, qorshayaashaada iyo noloshaada hadda. Markaas kulanku wuxuu ka bilaaban karaa jawaabahaaga.
qn-how-long = Waxay qaadanaysaa qiyaastii 15 daqiiqo. Waad joojin kartaa, goor dambena waad sii wadi kartaa.
qn-private = Jawaabahaagu waxay ku harayaan qalabkan. Waxba meelna looma diro. Adiga ayaa go'aamiya cidda aad tusayso.
qn-skip-note = Ka jawaab oo keliya waxa aad rabto. Su'aalaha qaarkood waxay leeyihiin “Ma aqaan”, “Ka bood” ama “Ma rabo inaan sheego”.
qn-start = Bilow
qn-continue = Ka sii wad meeshii aad ka joogsatay
qn-start-again = Mar kale bilow
qn-check-link = Hubi jawaabahaaga
qn-saved-count = { $count ->
    [one] Waxaad ka jawaabtay 1 su'aal.
   *[other] Waxaad ka jawaabtay { $count } su'aalood.
}
qn-progress = Qaybta { $part } ka mid ah { $parts }: { $section }
qn-progress-label = Horumarka
qn-back = Dib u noqo
qn-continue-button = Sii wad
qn-dont-know = Ma aqaan
qn-prefer-not = Ma rabo inaan sheego
qn-skip = Ka bood su'aashan
qn-choose-all = Dooro dhammaan kuwa adiga ku khuseeya.
qn-month = Bisha
qn-year = Sannadka
qn-number = Lambarka
qn-your-answer = Jawaabtaada
qn-selected = La doortay

## Check your answers
qn-check-title = Hubi jawaabahaaga
qn-check-intro = Eeg jawaabahaaga. Jawaab kasta waad beddeli kartaa.
qn-change = Beddel
qn-answer-now = Ka jawaab
qn-not-answered = Lagama jawaabin
qn-answer-dont-know = Ma aqaan
qn-answer-prefer-not = Ma rabo inaan sheego
qn-answer-skipped = Waa laga booday
qn-done-title = Waxa xiga
qn-done-text = Jawaabahaaga waxaa lagu kaydiyay qalabkan. Tus marka aad ballantaada timaaddo. Qofka aad la kulanto ayaa kula go'aaminaya adeegyada aad u baahan tahay.
qn-see-pathway = Eeg waddada lagugu taliyay

## Deleting
qn-delete = Xogtayda ka tirtir qalabkan
qn-delete-confirm-title = Ma tirtiraysaa xogtaada?
qn-delete-confirm-text = Tani waxay qalabkan ka tirtiraysaa jawaabahaaga, calaamadaha liiskaaga hubinta iyo luqadda aad dooratay. Tan dib looma soo celin karo.
qn-delete-yes = Haa, tirtir
qn-delete-cancel = Ka noqo

## Notices about stored answers
qn-notice-discarded = Jawaabahaagii la kaydiyay lama akhrin karin, sidaas darteed waa la tirtiray. Fadlan mar kale ka jawaab.
qn-notice-newer = Jawaabahaagii la kaydiyay waxaa lagu sameeyay nooc ka cusub oo app-kan ah. Fadlan cusboonaysii app-ka, ama ku fur biraawsar cusub. Jawaabahaagii la kaydiyay lama beddelin.

## Errors
error-summary = Dhibaato ayaa jirta
error-required = Fadlan ka jawaab su'aasha, ama hoos ka dooro doorasho kale.
error-unknown-option = Fadlan dooro mid ka mid ah doorashooyinka.
error-exclusive = Jawaabtan lama dooran karo iyadoo ay la socdaan jawaabaha kale.
error-not-a-number = Fadlan ku qor lambar tirooyin ah, tusaale ahaan 12.
error-out-of-range = Fadlan qor lambar u dhexeeya { $min } ilaa { $max }.
error-year-too-early = Fadlan qor sannadka { $min } ama mid ka dambeeya.
error-in-future = Taariikhdu ma noqon karto mustaqbalka.
error-month = Fadlan dooro bil.
error-too-long = Fadlan qor ugu badnaan { $max } xaraf.

## Months
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luulyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Diseembar

## Sections
section-about = Adiga ku saabsan
section-languages = Luqadaha
section-education = Waxbarashada
section-work = Shaqada
section-skills = Xirfadaha iyo awoodaha
section-goals = Hadafyadaada
section-life = Noloshaada hadda
section-wellbeing = Caafimaadka iyo ladnaanta
section-wellbeing-intro = Su'aalahan waa ikhtiyaari. Waxaan weydiinnaa sababtoo ah caafimaadku wuxuu saameyn karaa waxbarashada iyo shaqada, caawimona waa la heli karaa. Waad ka boodi kartaa, ama dooro “Ma rabo inaan sheego”.
section-appointment = Ballantaada

## Questions: about you
q-age-group = Immisa jir ayaad tahay?
q-residence-basis = Sababtee ayaad ku heshay xaqa aad Finland ku noolaan karto?
q-residence-basis-help = Eeg kaarka sharciga deganaanshaha ama shahaadada diiwaangelinta. Haddii aadan hubin, dooro “Ma aqaan”.
q-permit-date = Goorma ayaad heshay sharcigaagii deganaanshaha ee ugu horreeyay ama diiwaangelintaadii ugu horreysay ee Finland?
q-permit-date-help = Adeegyada is-dhexgalka waxaa badanaa la bixiyaa 3 sano gudahood laga bilaabo taariikhdan.
q-municipality-registered = Ma leedahay degmo deganaansho oo Finland ah?
q-municipality-registered-help = Tani waxay ka dhigan tahay in laguu diiwaangeliyay inaad ku nooshahay degmo Finland ah. { -dvv } ayaa diiwaangelisa.
q-first-steps-done = Waxyaabahan kuwee ayaad hore u haysataa?
q-unaccompanied = Ma keligaa ayaad Finland u timid, waalidkaa ama mas'uulkaaga sharciga la'aantiis?
q-unaccompanied-help = Mas'uulka sharcigu waa qof weyn oo sharci ahaan mas'uul kaa ah.

## Questions: languages
q-mother-tongue = Waa maxay afkaaga hooyo?
q-mother-tongue-other = Qor magaca afkaaga hooyo.
q-other-languages = Luqadahee kale ayaad ku hadashaa?
q-finnish = Intee in le'eg ayaad ku hadli kartaa af-Finnish?
q-swedish = Intee in le'eg ayaad ku hadli kartaa af-Iswiidhish?
q-english = Intee in le'eg ayaad ku hadli kartaa af-Ingiriis?
q-read-own = Ma wax ku akhrin kartaa afkaaga hooyo?
q-write-own = Ma wax ku qori kartaa afkaaga hooyo?
q-latin-alphabet = Ma akhrin kartaa xarfaha alifbeetadan: A B C D E?
q-latin-alphabet-help = Af-Finnishka, af-Iswiidhishka iyo af-Ingiriiska waxaa lagu qoraa xarfahan (alifbeetada Laatiinka).

## Questions: education
q-school-years = Wadar ahaan, immisa sano ayaad dugsi dhigatay ama wax baratay?
q-school-years-help = Tiri dhammaan sannadaha, laga bilaabo dugsiga hoose ilaa jaamacadda. Haddii aadan hubin, qiyaas sida ugu fiican.
q-education-level = Waa maxay waxbarashada ugu sarreysa ee aad dhammaysay?
q-education-field = Maxaad baratay?
q-education-country = Halkee ayaad ku heshay waxbarashadan?
q-certificates = Ma haysataa shahaadooyinkaaga ama dibloomayaashaada?
q-certificates-help = Tusaale ahaan shahaadooyinka dugsiga, dibloomayaasha ama shahaadooyinka jaamacadda, warqad ahaan ama fayl ahaan.
q-unfinished-studies = Ma bilowday waxbarasho aadan dhammayn karin?

## Questions: work
q-has-worked = Hore ma u shaqaysay?
q-work-fields = Qaybahee shaqo ayaad ka shaqaysay?
q-work-other = Qor qaybta ama shaqada aad qabatay.
q-work-years = Wadar ahaan, immisa sano ayaad shaqaysay?
q-recent-work = Maxay ahayd shaqadaadii ugu dambeysay?
q-recent-work-help = Qor magaca shaqada, tusaale ahaan “kalkaaliye caafimaad” ama “darawal bas”.
q-entrepreneur = Weligaa ma lahayd ganacsi adiga kuu gaar ah?
q-driving-licence = Ma haysataa liisanka darawalnimada?
q-licence-class = Liisankaagu gaadiidkee ayuu kuu oggol yahay inaad waddo?

## Questions: skills
q-phone-skills = Ma isticmaali kartaa taleefan casri ah, tusaale ahaan inaad fariimo dirto oo aad app-yo isticmaasho?
q-computer-skills = Ma isticmaali kartaa kombiyuutar?
q-online-services = Keligaa ma isticmaali kartaa adeegyada internetka?
q-online-services-help = Tusaale ahaan bangiga internetka, ballan qabsashada ama buuxinta foom internetka ah.
q-strengths = Maxaad ku fiican tahay?

## Questions: goals
q-goals = Maxaad rabtaa inaad ka samayso Finland dhowrka sano ee soo socda?
q-main-goal = Kuwan midkee ayaa hadda kuu ugu muhiimsan?

## Questions: life now
q-jobseeker = Ma isu diiwaangelisay shaqo-doon { -tyollisyyspalvelut }?
q-jobseeker-help = Waxaad isu diiwaangelisaa { -tyomarkkinatori(case: "with-finnish") } ama { -tyollisyyspalvelut }.
q-social-assistance = Ma heshaa kaalmada nolol-maalmeedka?
q-social-assistance-help = Kaalmada nolol-maalmeedku waa lacag loogu talagalay baahiyaha aasaasiga ah marka dakhligaagu aanu ku filnayn. { -kela } ayaa bixisa kaalmada nolol-maalmeedka aasaasiga ah. Haddii aad heshid muddo dheer ama si joogto ah, degmadaada ayaa badanaa mas'uul ka ah adeegyadaada is-dhexgalka.
q-has-children = Ma leedahay carruur kula nool?
q-children-ages = Immisa jir ayay yihiin carruurtaadu?
q-home-care-allowance = Ma ka heshaa { -kela } gunnada daryeelka ilmaha ee guriga?
q-home-care-allowance-help = Tani waa lacag { -kela } ka timaadda marka aad guriga ku daryeesho ilmo ka yar 3 sano.
q-housing = Halkee ayaad hadda ku nooshahay?
q-urgent = Ma jiraa wax aad caawimo degdeg ah ugu baahan tahay?

## Questions: wellbeing
q-health-affects = Caafimaadkaaga ama wax kale ma kugu adkeeyaan waxbarashada ama shaqada?
q-talk-to-someone = Ma jeclaan lahayd inaad qof kala hadasho caafimaadkaaga ama ladnaantaada?

## Questions: appointment
q-appointment-language = Luqaddee ayaad rabtaa in ballantaada lagu qabto?
q-interpreter = Ma u baahan tahay turjumaan ballanta?
q-interpreter-language = Turjumaanku luqaddee ha ku hadlo?
q-contact-way = Sidee ayaad rabtaa in xafiisku kula soo xiriiro?
q-contact-way-help = Halkan ha ku qorin macluumaadkaaga xiriirka. Xafiiska ayaad ku bixinaysaa.

## Options
opt-yesno-yes = Haa
opt-yesno-no = Maya
opt-firststeps-identity-code = Lambarka aqoonsiga shakhsiga ee Finland
opt-firststeps-kela-card = Kaarka { -kela }
opt-firststeps-tax-card = Kaarka canshuurta
opt-firststeps-bank-account = Akoon bangi
opt-firststeps-none = Weli midna ma haysto
opt-age-under-18 = Ka yar 18
opt-age-18-29 = 18 ilaa 29
opt-age-30-44 = 30 ilaa 44
opt-age-45-64 = 45 ilaa 64
opt-age-65-plus = 65 ama ka weyn
opt-residence-protection = Ilaalin caalami ah (magangelyo, qaxootinimo)
opt-residence-family = Xiriir qoys
opt-residence-work = Shaqo
opt-residence-study = Waxbarasho
opt-residence-eu = Muwaadin EU ah ama waddamada Waqooyiga Yurub ah, diiwaangashan
opt-residence-temporary-protection = Ilaalin ku meel gaar ah
opt-residence-other = Sabab kale
opt-residence-protection-family = Xubin ka mid ah qoyska qof haysta ilaalin caalami ah
opt-residence-trafficking = Dhibbanaha ka ganacsiga dadka (qof ayaa kugu qasbay shaqo ama wax kale)
opt-socialassist-lasting = Haa, muddo dheer ama si joogto ah
opt-socialassist-short-term = Haa, hal mar ama muddo gaaban
opt-socialassist-no = Maya
opt-socialassist-yes = Haa (muddada lama sheegin)
opt-language-arabic = Af-Carabi
opt-language-dari = Af-Daari
opt-language-farsi = Af-Faarisi
opt-language-kurdish = Af-Kurdi
opt-language-pashto = Af-Bashtuu
opt-language-somali = Af-Soomaali
opt-language-tigrinya = Af-Tigrinya
opt-language-amharic = Af-Amxaari
opt-language-swahili = Af-Sawaaxili
opt-language-russian = Af-Ruush
opt-language-ukrainian = Af-Yukreeni
opt-language-estonian = Af-Estooniyaan
opt-language-albanian = Af-Albaaniyaan
opt-language-turkish = Af-Turki
opt-language-vietnamese = Af-Fiyetnaam
opt-language-thai = Af-Taay
opt-language-chinese = Af-Shiinees
opt-language-english = Af-Ingiriis
opt-language-french = Af-Faransiis
opt-language-spanish = Af-Isbaanish
opt-language-other = Luqad kale
opt-level-none = Weli kuma hadli karo
opt-level-words = Waxaan aqaan erayo iyo weedho qaar
opt-level-everyday = Waan maareyn karaa xaaladaha maalinlaha ah, sida wax iibsiga
opt-level-work = Waan maareyn karaa xaaladaha badankood ee shaqada
opt-howwell-well = Haa, si fiican
opt-howwell-a-little = Wax yar
opt-howwell-no = Maya
opt-edu-none = Dugsi ma aanan dhigan
opt-edu-primary = Dugsiga hoose
opt-edu-lower-secondary = Dugsiga dhexe (ilaa qiyaastii da'da 15)
opt-edu-upper-secondary = Dugsiga sare
opt-edu-vocational = Dugsi xirfadeed (barashada xirfad shaqo)
opt-edu-bachelor = Jaamacad ama kulliyad, shahaadada koowaad
opt-edu-master = Jaamacad, shahaadada labaad (shahaado sare)
opt-edu-doctorate = Shahaadada dhakhtarnimada cilmiga (heerka ugu sarreeya ee jaamacadda)
opt-field-office = Shaqada xafiiska iyo maamulka
opt-field-sales = Iibinta iyo dukaamada
opt-field-cleaning = Nadaafadda
opt-field-construction = Dhismaha
opt-field-manufacturing = Warshadaha iyo wax-soo-saarka
opt-field-transport = Gaadiidka iyo darawalnimada
opt-field-restaurant = Makhaayadaha, kafeyaasha iyo jikooyinka
opt-field-health = Daryeelka caafimaadka
opt-field-social-care = Daryeelka bulshada iyo daryeelka waayeelka
opt-field-childcare = Daryeelka carruurta
opt-field-teaching = Macallinnimada iyo waxbarashada
opt-field-ict = Kombiyuutarrada iyo IT
opt-field-engineering = Injineernimada iyo tignoolajiyada
opt-field-agriculture = Beeraha, jardiinooyinka iyo kaymaha
opt-field-beauty = Timo-samaynta iyo qurxinta
opt-field-security = Amniga iyo ilaalada
opt-field-repair = Dayactirka iyo hagaajinta
opt-field-arts = Farshaxanka, warbaahinta iyo dhaqanka
opt-field-science = Sayniska iyo cilmi-baarista
opt-field-law = Sharciga, dhaqaalaha iyo ganacsiga
opt-field-other = Qayb kale
opt-country-finland = Finland
opt-country-eu = Waddan kale oo EU ah ama Waqooyiga Yurub ah
opt-country-other = Waddan kale
opt-certificates-yes = Haa, dhammaantood
opt-certificates-some = Qaarkood
opt-certificates-no = Maya
opt-years-under-1 = Ka yar 1 sano
opt-years-1-2 = 1 ilaa 2 sano
opt-years-3-5 = 3 ilaa 5 sano
opt-years-6-10 = 6 ilaa 10 sano
opt-years-over-10 = Ka badan 10 sano
opt-licence-b = Gaari
opt-licence-c = Baabuur xamuul
opt-licence-d = Bas
opt-licence-a = Mooto
opt-licence-other = Gaadiid kale
opt-strength-teamwork = La shaqaynta dad kale
opt-strength-customer-service = U adeegidda macaamiisha
opt-strength-caring = Daryeelidda dadka
opt-strength-handcrafts = Ku shaqaynta gacmahayga
opt-strength-technical = Mashiinnada iyo tignoolajiyada
opt-strength-cooking = Karinta cuntada
opt-strength-organising = Qorshaynta iyo abaabulka
opt-strength-teaching = Wax-barista iyo sharraxaadda
opt-strength-languages = Barashada luqadaha
opt-strength-art = Farshaxan, muusig ama naqshad
opt-strength-sports = Isboortiga
opt-goal-work-soon = Inaan dhakhso shaqo u helo
opt-goal-vocational = Inaan xirfad barto (tababar xirfadeed)
opt-goal-university = Inaan jaamacad wax ka barto
opt-goal-business = Inaan bilaabo ganacsi aan leeyahay
opt-goal-language-first = Inaan marka hore luqadda barto
opt-goal-family = Inaan hadda qoyskayga daryeelo
opt-goal-not-sure = Weli ma hubo
opt-childage-under-3 = Ka yar 3 sano
opt-childage-3-6 = 3 ilaa 6 sano
opt-childage-7-15 = 7 ilaa 15 sano
opt-childage-16-17 = 16 ilaa 17 sano
opt-housing-own-rental = Guri aan kiraystay ama aan leeyahay
opt-housing-temporary = Meel ku meel gaar ah, tusaale ahaan saaxiibo agtooda ama xarunta soo dhaweynta
opt-housing-none = Meel aan ku noolaado ma haysto
opt-urgent-money = Lacag cunto ama biilal
opt-urgent-housing = Meel aan ku noolaado
opt-urgent-health = Caafimaad
opt-urgent-safety = Amni: ammaan ma ihi, ama qoyskaygu ammaan ma aha
opt-urgent-family-reunification = Keenidda qoyskayga Finland
opt-urgent-legal-advice = Talo sharci
opt-urgent-none = Maya, wax degdeg ah ma jiro
opt-affects-no = Maya
opt-affects-a-little = Wax yar
opt-affects-a-lot = Si weyn
opt-apptlang-finnish = Af-Finnish
opt-apptlang-swedish = Af-Iswiidhish
opt-apptlang-english = Af-Ingiriis
opt-apptlang-own = Luqaddayda, oo turjumaan leh
opt-contact-phone = Wicitaan taleefan
opt-contact-text-message = Fariin qoraal ah
opt-contact-email = Iimayl
opt-contact-letter = Warqad
opt-contact-in-person = Xafiiska ayaan iman doonaa
