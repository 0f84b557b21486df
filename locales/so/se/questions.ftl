# Qoraallada su'aalaha ee xirmada Iswiidhan, af-Soomaali: su'aalaha, qoraallada
# caawimada iyo doorashooyinka u gaarka ah xirmada. Isla furayaasha
# locales/sv/se/questions.ftl. Doorashooyinka la wadaago (haa/maya, luqadaha,
# heerka waxbarashada iyo kuwo kale) qoraalladooda waxay ku jiraan
# locales/so/questions.ftl. Ereyada af-Iswiidhishka waxay ku jiraan bireeg.
# Machine translation from English, to be checked by a native speaker.

## Questions: about you
se-q-age = Immisa jir ayaad tahay?
se-q-permit = Sababtee ayaad ku heshay sharcigaaga deganaanshaha ee Iswiidhan?
se-q-permit-help = Eeg kaarka sharciga deganaanshaha ee aad ka heshay { -migrationsverket-full } ({ -migrationsverket }). Haddii aadan hubin, dooro “Ma aqaan”.
se-q-personnummer = Ma haysataa lambarka aqoonsiga shakhsiga (personnummer)?
se-q-personnummer-help = Personnummer waa lambarkaaga aqoonsiga shakhsiga ee Iswiidhan. Waxaad ka helaysaa { -skatteverket-full } ({ -skatteverket }) marka lagu qoro diiwaanka dadweynaha (folkbokföring).
se-q-e-id = Ma haysataa aqoonsiga internetka (e-legitimation), tusaale ahaan { -bankid }?
se-q-e-id-help = Aqoonsiga internetka (e-legitimation) wuxuu internetka ku caddeeyaa cidda aad tahay. Kan ugu caansan waa { -bankid }: waxaad ka helaysaa bangigaaga, waxaadna u baahan tahay personnummer.

## Questions: languages
se-q-mother-tongue = Waa maxay afkaaga hooyo?
se-q-other-languages = Luqadahee kale ayaad ku hadashaa?
se-q-read-own = Ma wax ku akhrin kartaa afkaaga hooyo?
se-q-latin-alphabet = Ma akhrin kartaa xarfaha alifbeetadan: A B C D E?
se-q-latin-alphabet-help = Af-Iswiidhishka iyo af-Ingiriiska waxaa lagu qoraa xarfahan (alifbeetada Laatiinka). Jawaabtaadu waxay caawinaysaa in laguu helo koorsada af-Iswiidhish ee kugu habboon.

## Questions: education and work
se-q-school-years = Wadar ahaan, immisa sano ayaad dugsi dhigatay ama wax baratay?
se-q-school-years-help = Tiri dhammaan sannadaha, laga bilaabo dugsiga hoose ilaa jaamacadda. Haddii aadan hubin, ku jawaab qiyaastaada ugu fiican.
se-q-education-level = Waa maxay waxbarashada ugu sarreysa ee aad dhammaysay?
se-q-education-field = Maxaad baratay?
se-q-certificates = Ma haysataa shahaadooyinkaaga ama dibloomayaashaada?
se-q-has-worked = Hore ma u shaqaysay?
se-q-work-fields = Qaybahee shaqo ayaad ka shaqaysay?
se-q-goals = Maxaad rabtaa inaad ka samayso Iswiidhan dhowrka sano ee soo socda?

## Questions: your life now
se-q-has-children = Ma leedahay carruur kula nool?
se-q-children-ages = Immisa jir ayay yihiin carruurtaadu?
se-q-housing = Halkee ayaad hadda ku nooshahay?
se-q-urgent = Ma jiraa wax aad caawimo degdeg ah ugu baahan tahay?

## Questions: health
se-q-health-affects = Caafimaadkaaga ama wax kale ma kugu adkeeyaan waxbarashada ama shaqada?

## Questions: your meetings
se-q-interpreter = Kulamadaada ma ugu baahan tahay turjumaan?
se-q-interpreter-language = Turjumaanku luqaddee ha ku hadlo?

## Options: residence permit
opt-sepermit-refugee = Qaxooti (flykting)
opt-sepermit-protection = Qof u baahan ilaalin (alternativt skyddsbehövande)
opt-sepermit-family-of-protected = Xubin ka mid ah qoyska qaxooti ama qof u baahan ilaalin
opt-sepermit-family = Xiriir qoys oo aad la leedahay qof kale oo Iswiidhan jooga
opt-sepermit-work = Shaqo
opt-sepermit-study = Waxbarasho
opt-sepermit-eu = Muwaadin waddan EU ah, EEA ah ama Waqooyiga Yurub ah
opt-sepermit-other = Sabab kale

## Options: children's ages
opt-sechildage-1-5 = 1 ilaa 5 sano (xanaanada carruurta, förskola)
opt-sechildage-6-15 = 6 ilaa 15 sano (dugsiga, förskoleklass iyo grundskola)
opt-sechildage-16-19 = 16 ilaa 19 sano (da'da dugsiga sare, gymnasium)

## Options: housing
opt-sehousing-own-contract = Guri aan anigu kiraystay (förstahandskontrakt) ama guri aan leeyahay
opt-sehousing-second-hand = Waxaan guri ka kiraystaa qof kale oo isagu kiraysta (andrahandskontrakt)
opt-sehousing-assigned = Guri ay degmadu ii diyaarisay (anvisad bostad)
opt-sehousing-temporary = Meel ku meel gaar ah, tusaale ahaan saaxiibo ama qoys agtooda
opt-sehousing-none = Meel aan ku noolaado ma haysto

## Options: urgent needs
opt-seurgent-housing = Meel aan ku noolaado
opt-seurgent-safety = Amni: ammaan ma ihi, ama qoyskaygu ammaan ma aha
opt-seurgent-health = Caafimaad
opt-seurgent-none = Maya, wax degdeg ah ma jiro
