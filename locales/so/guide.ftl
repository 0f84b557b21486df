# Guide topics. Reference locale: every other locale must have exactly these keys.

## first-steps
topic-first-steps-title = Tallaabooyinkaaga ugu horreeya ee Finland
topic-first-steps-summary = Liiskan wuxuu muujinayaa waxyaabaha ugu horreeya ee dadka badankiisu sameeyaan marka ay halkan u soo guuraan. Calaamadee tallaabo kasta marka aad dhammayso. Adiga, kala horreyntu way kala duwanaan kartaa.
topic-first-steps-step-1 = Fur tallaabo si aad wax badan uga akhrido. Waxaad arki kartaa waxa aad samaynayso iyo halka aad aadayso.
topic-first-steps-step-2 = Ma rabtaa in wax laguu sharxo? Caawimo weydiiso. Adeegyada is-dhexgalka ama adeegyada hagitaanka iyo talo-bixinta ee degmadaada ayaa ku caawin kara.

## residence-permit
topic-residence-permit-title = Sharciga deganaanshaha iyo diiwaangelinta
topic-residence-permit-summary = Dadka badankiisu waxay u baahan yihiin sharci deganaansho oo ka yimaada { -migri-full } ({ -migri }). Muwaadiniinta waddamada EU iyo waddamada Waqooyiga Yurub uma baahna sharci. Laakiin waa inay is diiwaangeliyaan. Waxaad sharcigaaga ama diiwaangelintaada u baahan doontaa tallaabooyin kale oo badan.
topic-residence-permit-step-1 = Ma u baahan tahay sharci deganaansho? Ka codso { -migri }. Ka hubi migri.fi sharciga ku habboon sababta aad u soo guurtay.
topic-residence-permit-step-2 = Ma tahay muwaadin waddan EU ah? Xaqaaga aad Finland ku noolaan karto ka diiwaangeli { -migri } 3 bilood gudahood marka aad timaaddo. Ma tahay muwaadin waddamada Waqooyiga Yurub (Nordic) oo ma joogaysaa in ka badan 6 bilood? Markaas adigu qudhaadu is diiwaangeli { -dvv } hal bil gudahood. Ka hubi { -infofinland } sida tan loo sameeyo.
topic-residence-permit-step-3 = Kaarka sharciga deganaanshaha si fiican u dhawr. Xafiisyo badan ayaad ugu baahan doontaa. Haddii uu kaa lumo, { -migri } weydii waxa aad samaynayso.
topic-residence-permit-step-4 = Sharcigaagu wuxuu shaqeeyaa muddo go'an oo keliya. Codso in sharcigaaga la kordhiyo ka hor inta uusan dhammaan. Ka hubi xeerarka iyo taariikhaha migri.fi.

## right-to-stay
topic-right-to-stay-title = Sii haynta xaqa aad Finland ku joogi karto
topic-right-to-stay-summary = Sharciga deganaanshahaagu wuxuu shaqeeyaa muddo go'an oo keliya. Si aad Finland ugu sii joogto, ilaali in sharcigaagu shaqeeyo. Sidoo kale { -migri } u sheeg marka xaaladdaadu is beddesho. Dhowr sano kadib, waxaa laga yaabaa inaad hesho sharci deganaansho joogto ah.
topic-right-to-stay-step-1 = Codso sharci la kordhiyay ka hor inta uusan sharcigaagu dhammaan. Sharciga la kordhiyay waa sharci cusub oo kuu oggolaanaya inaad halkan ku sii noolaato. Internetka ka codso, { -enter-finland } gudihiisa. { -enter-finland } waa adeegga internetka ee { -migri }.
topic-right-to-stay-step-2 = U sheeg { -migri } marka xaaladdaadu is beddesho. Tusaale ahaan, marka shaqadaadu dhammaato ama qoyskaagu is beddelo. Cinwaan cusub waxaad u sheegtaa { -dvv }.
topic-right-to-stay-step-3 = Mararka qaarkood { -migri } waxay kuu soo dirtaa warqad, waxayna kaa codsataa macluumaad dheeraad ah. Ka jawaab ka hor taariikhda kama dambaysta ah ee ku qoran warqadda. Caawimo weydiiso haddii warqaddu kugu adag tahay inaad fahanto.
topic-right-to-stay-step-4 = Xeerar cusub oo ku saabsan sharciga deganaanshaha joogtada ah ayaa dhaqan galay 8 Janaayo 2026. Sida caadiga ah, waxaad u baahan tahay inaad Finland ku noolaato 6 sano. Waxaad sidoo kale u baahan tahay af-Finnish ama af-Iswiidhish heer ku filan (xirfad dhexdhexaad ah). Waxaad kaloo u baahan tahay 2 sano oo khibrad shaqo ah. Labadaas sano gudahood, waxaa laga yaabaa inaad qaadatay gunnada shaqo la'aanta ama kaalmada nolol-maalmeedka, laakiin ugu badnaan 3 bilood. Haddii dakhligaagu sarreeyo ama aad haysato shahaado Finland laga helay, 4 sano ayaa ku filnaan kara. Faahfaahinta ka hubi migri.fi.
topic-right-to-stay-step-5 = Sharcigaagu ma wuxuu ku salaysan yahay shaqo? Haddii shaqadaadu dhammaato, waxaad haysataa 3 ama 6 bilood si aad u hesho shaqo cusub. { -migri } weydii muddada adiga kugu khusaysa.

## identity-code
topic-identity-code-title = Lambarka aqoonsiga shakhsiga iyo cinwaanka
topic-identity-code-summary = { -dvv } waxay diiwaan u haysaa dadka ku nool Finland. Marka aad is diiwaangeliso, waxaad heli kartaa lambarka aqoonsiga shakhsiga. { -dvv } waxay sidoo kale diiwaangelisaa degmada aad ku nooshahay. Adeegyo badan ayaa u baahan macluumaadkan.
topic-identity-code-step-1 = Iska diiwaangeli { -dvv } kadib marka aad timaaddo. Ka hubi dvv.fi sida loo diiwaangeliyo. Waxay sidoo kale kuu sheegaysaa dukumentiyada aad keenayso.
topic-identity-code-step-2 = Lambarka aqoonsiga shakhsiga badanaa wuxuu horey ugu qoran yahay kaarka ruqsadda deganaanshaha. Haddii uusan ku qornayn, waxaad helaysaa marka aad is diiwaangeliso. Weli waa inaad is diiwaangeliso { -dvv } si loo qoro cinwaankaaga iyo degmada aad deggan tahay. Waxaad lambarka u baahan tahay bangiga, { -kela } iyo daryeelka caafimaadka. Si fiican u dhawr.
topic-identity-code-step-3 = Marka aad u guurto cinwaan cusub, u sheeg { -dvv }. Ka hubi dvv.fi sida tan loo sameeyo.
topic-identity-code-step-4 = Xubnaha qoyskaaga ma kula nool yihiin? Iyagana ka diiwaangeli { -dvv }, carruurtaada sidoo kale. Qof kastaa wuxuu helayaa lambar aqoonsi oo u gaar ah.

## kela
topic-kela-title = { -kela } iyo caymiska bulshada
topic-kela-summary = { -kela } waxay bixisaa gunnooyin badan oo Finland ah. Marka hore, { -kela } waxay go'aamisaa haddii aad ku jirto caymiska bulshada ee Finland. Haddii aad ku jirto, waxaad codsan kartaa gunnooyinka { -kela }.
topic-kela-step-1 = Kaarka { -kela } ka codso OmaKela, adeegga internetka ee { -kela }. Sidoo kale dir ogeysiiska u guuritaanka Finland. Markaas { -kela } ayaa go'aamisa haddii aad ku jirto caymiska bulshada ee Finland. Ka hubi kela.fi sida loo sameeyo.
topic-kela-step-2 = Haddii aad ku jirto, waxaad helaysaa kaarka { -kela }. Had iyo jeer wato. Tusaale ahaan, waxaad tusaysaa farmashiyaha. Xaqa daryeelka caafimaadka dadweynaha wuxuu ka yimaadaa degmada aad deggan tahay, ma aha kaarka.
topic-kela-step-3 = { -kela } waxay leedahay gunnooyin xaalado badan, tusaale ahaan kaalmada guriga iyo gunnada carruurta. Waxa aad heli karto waxay ku xiran tahay xaaladdaada. { -kela } ayaa go'aamisa.
topic-kela-step-4 = Gunno kasta waa inaad si gaar ah u codsataa. U sheeg { -kela } marka noloshaadu is beddesho. Tusaale ahaan, marka dakhligaaga, cinwaankaaga ama qoyskaagu is beddelo.

## money
topic-money-title = Lacagta bilaha ugu horreeya
topic-money-summary = Bilaha ugu horreeya, waxaa laga yaabaa inaad caawimo lacageed u baahato. { -kela } ayaa bixisa gunnooyin badan. Gunno kasta waa inaad si gaar ah u codsataa. Mawduucan wuxuu kuu sheegayaa kuwa ugu caansan.
topic-money-step-1 = Shaqo ma la'dahay, oo ma haysataa qorshe is-dhexgal? Waxaa laga yaabaa inaad hesho gunnada shaqo la'aanta inta qorshuhu socdo. Marka hore isu diiwaangeli shaqo-doon shaqo la'aan ah. Kadib gunnada ka codso { -kela }.
topic-money-step-2 = Gunnooyinka waxaad ka codsan kartaa OmaKela, adeegga internetka ee { -kela }. Waxaa sidoo kale jira foomam af-Ingiriis ah.
topic-money-step-3 = Dakhligaagu ma hooseeyaa? Waxaa laga yaabaa inaad { -kela } ka hesho kaalmada guriga ee guud. Waxay kaa caawisaa inaad bixiso kharashka gurigaaga. { -kela } waxay go'aamisaa iyadoo eegaysa xaaladdaada.
topic-money-step-4 = Kaalmada nolol-maalmeedka (toimeentulotuki) waa caawimada ugu dambaysa, marka dakhligaaga kale uusan ku filnayn baahiyaha aasaasiga ah. Ka codso { -kela }. Xaaladaha qaarkood, adeegyada bulshada ee { -hyvinvointialue } ee aad ku nooshahay ayaa ku siin kara caawimo dheeraad ah. Weydii iyaga.
topic-money-step-5 = Gunnadu way joogsan kartaa ama way yaraan kartaa. Tani waxay dhici kartaa haddii aadan ka qayb galin qorshahaaga is-dhexgalka ama adeegyada lagu heshiiyay. Waxay sidoo kale dhici kartaa haddii aadan { -kela } u sheegin isbeddelada. Tusaale ahaan, marka dakhligaaga, qoyskaaga ama cinwaankaagu is beddelo. Isbeddelada isla markiiba u sheeg { -kela }.
topic-money-step-6 = Ma guriga ku daryeeshaa ilmo ka yar 3 sano? Waxaa laga yaabaa inaad { -kela } ka hesho gunnada daryeelka ilmaha ee guriga. Xeerarku waxay isbeddeli karaan 2027. Weydii shaqaalaha kiiskaaga.

## tax
topic-tax-title = Kaarka canshuurta iyo canshuuraha
topic-tax-summary = Finland gudaheeda, canshuurta waxaa laga jaraa mushaharkaaga ka hor inta aadan helin. Waxaad u baahan tahay kaarka canshuurta oo ka yimaada { -vero-full } ({ -vero }). Kaarka canshuurtu wuxuu u sheegaa loo-shaqeeyahaaga inta canshuur ah ee uu jarayo.
topic-tax-step-1 = Hel kaarka canshuurta ka hor inta aadan shaqo bilaabin. Ka hubi vero.fi sida loo helo.
topic-tax-step-2 = Kaarka canshuurta sii loo-shaqeeyahaaga. Loo-shaqeeyahaagu wuxuu ugu baahan yahay inuu mushaharkaaga si sax ah u bixiyo.
topic-tax-step-3 = Haddii aadan haysan kaarka canshuurta, loo-shaqeeyahaagu wuxuu mushaharkaaga ka jarayaa canshuur aad uga badan.
topic-tax-step-4 = Sannad kasta, { -vero } waxay ku siisaa warbixinta canshuurta si aad u hubiso. Si taxaddar leh u akhri. Haddii wax khaldan yihiin, sax ka hor taariikhda ku qoran.

## bank-id
topic-bank-id-title = Akoonka bangiga iyo aqoonsiga internetka
topic-bank-id-summary = Waxaad u baahan tahay akoon bangi si aad u hesho mushaharkaaga iyo gunnooyinkaaga. Koodhadhka bangiga ee internetka waxay caddeeyaan cidda aad tahay marka aad internetka joogto. Tan waxaa la yiraahdaa aqoonsi adag. Waxaad u isticmaashaa { -suomi-fi } iyo adeegyo kale oo badan oo internetka ah.
topic-bank-id-step-1 = Dooro bangi oo weydii sida akoon loo furo. Weydii dukumentiyada aad u baahan tahay.
topic-bank-id-step-2 = Dukumentiyada aqoonsigaaga u keen bangiga. Tusaale ahaan, keen baasaboorkaaga iyo kaarka sharciga deganaanshaha.
topic-bank-id-step-3 = Bangiga ka codso koodhadhka bangiga ee internetka. Waxaad ku gashaa bangigaaga iyo adeegyo badan oo dowladeed. Koodhadhkaaga weligaa qof kale ha siin.
topic-bank-id-step-4 = { -suomi-fi } ku gal koodhadhkaaga. Halkaas waxaad hal meel ka isticmaali kartaa adeegyo badan oo dowladeed oo internetka ah.

## letters
topic-letters-title = Warqadaha rasmiga ah iyo aqoonsiga internetka
topic-letters-summary = Hay'adaha dowladdu waxay kuu soo diraan warqado ku saabsan arrimahaaga. Warqadaha qaarkood waa go'aanno. Isla markiiba akhri, sababtoo ah waxay yeelan karaan waqti kama dambays ah. Si aad warqadaha internetka ugu akhrido oo aad u isticmaasho adeegyada internetka, waxaad u baahan tahay aqoonsi adag oo internetka ah.
topic-letters-step-1 = Go'aannada iyo warqadaha kale waxay ku yimaadaan boostada ama { -suomi-fi } Messages. { -suomi-fi } Messages waa sanduuq boosto oo ammaan ah oo internetka ku jira. Waxaa loogu talagalay warqadaha hay'adaha dowladda. Waxaad ka hawlgelisaa { -suomi-fi }. Kadib, fariimahaaga halkaas had iyo jeer ka eeg.
topic-letters-step-2 = Go'aan (päätös) waa jawaab rasmi ah oo hay'ad dowladeed ka bixiso arrintaada. Wuxuu kuu sheegayaa sida rafcaan loo qaato iyo taariikhda ugu dambaysa. Rafcaan waxaa loola jeedaa inaad codsato in go'aanka la beddelo. Maalinta ugu dambaysa waxaa la yiraahdaa waqtiga kama dambaysta ah ee rafcaanka. Go'aan kasta isla markiiba akhri, si aad waqti u haysato.
topic-letters-step-3 = Warqad ma kugu adag tahay inaad fahanto? Caawimo weydiiso. Adeegyada hagitaanka iyo talo-bixinta ayaa kuu sharxi kara. Waxaad sidoo kale codsan kartaa turjumaan.
topic-letters-step-4 = Aqoonsiga adag wuxuu internetka ku caddeeyaa cidda aad tahay. Badanaa waxaad u isticmaashaa koodhadhka bangiga ee internetka. Bangigaaga ka codso.
topic-letters-step-5 = Bangi ma kuu diiday koodhadhka bangiga ee internetka? Bangiga weydii dukumentiyada uu aqbalo. Kaarka aqoonsiga ee booliisku siiyo dadka ajnabiga ah, ama shahaadada taleefanka (aqoonsi ku jira taleefankaaga), ayaa laga yaabaa inay ku caawiyaan. Bangi kastaa isagaa go'aamiya, sidaas darteed bangigaaga weydii.

## work
topic-work-title = Shaqada iyo { -tyollisyyspalvelut }
topic-work-summary = Adeegyada shaqadu waxay kaa caawiyaan inaad hesho shaqo ama tababar. Laga bilaabo 1 Janaayo 2025, degmooyinka ayaa bixiya { -tyollisyyspalvelut }. Waxaad isu diiwaangelisaa shaqo-doon adigoo adeegsanaya { -tyomarkkinatori(case: "with-finnish") }.
topic-work-step-1 = Isu diiwaangeli shaqo-doon ahaan { -tyomarkkinatori(case: "with-finnish") }. Haddii aadan internetka ku samayn karin, caawimo weydiiso { -tyollisyyspalvelut }.
topic-work-step-2 = Ma isu diiwaangelisay shaqo-doon shaqo la'aan ah? Markaas { -tyollisyyspalvelut } ayaa mas'uul ka ah adeegyadaada is-dhexgalka. Waxay qiimeeyaan xirfadahaaga, waxayna kula sameeyaan qorshe.
topic-work-step-3 = Qor CV. Ku qor waxbarashadaada, khibraddaada shaqo iyo xirfadahaaga. Cusboonaysii marka wax is beddelaan.
topic-work-step-4 = Shahaadooyinkaaga dugsiga iyo shaqada si fiican u dhawr. Keen marka aad la kulanto { -tyollisyyspalvelut } ama loo-shaqeeye.

## integration
topic-integration-title = Adeegyada is-dhexgalka
topic-integration-summary = Adeegyada is-dhexgalku waxay kaa caawiyaan inaad barato luqadda, hesho shaqo oo aad fahanto bulshada Finland. Haddii aad tahay shaqo-doon shaqo la'aan ah oo diiwaangashan, { -tyollisyyspalvelut } ayaa mas'uul kaa ah. Dad kale oo badan, tusaale ahaan dadka ka baxsan nolosha shaqada, degmada ayaa mas'uul ka ah. Weydii haddii aadan hubin.
topic-integration-step-1 = Akhri macluumaadka aasaasiga ah ee ku saabsan nolosha Finland, sida hagahan. Haddii aad su'aalo qabto, weydii adeegyada hagitaanka iyo talo-bixinta ee degmadaada.
topic-integration-step-2 = Codso qiimaynta xirfadahaaga iyo baahiyahaaga adeegga (qiimaynta bilowga). Waxaa lagu sameeyaa luqad aad fahanto. Waxaad heli kartaa turjumaan.
topic-integration-step-3 = Qiimaynta kadib, waxaa laga yaabaa inaad hesho qorshe is-dhexgal. Wuxuu taxaa waxbarashada iyo adeegyada adiga kuu qorshaysan. Qorshaha ugu horreeya waxaa la sameeyaa 3 sano gudahood laga bilaabo sharcigaaga ugu horreeya ama diiwaangelintaada.
topic-integration-step-4 = Tababarka is-dhexgalku badanaa wuxuu socdaa qiyaastii hal sano. Waxaad baranaysaa af-Finnish ama af-Iswiidhish. Waxaad sidoo kale wax ka baranaysaa bulshada iyo nolosha shaqada. Xeerarku waxay isbeddeli karaan 2027: weydii shaqaalaha kiiskaaga.
topic-integration-step-5 = Waxaa kale oo laga yaabaa inaad qaadato koorsada barashada bulshada. Waxaa lagu dhigaa luqado badan, waxayna socotaa ugu yaraan 70 saacadood. Waxaad wax ka baranaysaa xuquuqda, adeegyada, shaqada iyo nolosha maalinlaha ah.

## language
topic-language-title = Barashada af-Finnishka ama af-Iswiidhishka
topic-language-summary = Af-Finnishka iyo af-Iswiidhishku waa luqadaha rasmiga ah ee Finland. Meelo badan, dadka badankiisu waxay ku hadlaan af-Finnish. Luqaddu waxay kaa caawisaa inaad shaqo hesho oo aad maareyso nolosha maalinlaha ah. Weydii luqadda ugu fiican meesha aad ku nooshahay.
topic-language-step-1 = Tababarka is-dhexgalka waxaa ku jira af-Finnish ama af-Iswiidhish. Wax ka weydii marka lagu qiimaynayo ama adeegyada is-dhexgalka.
topic-language-step-2 = Akhriska ama qorista ma kugu adag yihiin? Mise xarfaha af-Finnishka lagu qoro (alifbeetada Laatiinka) ma kuu cusub yihiin? Markaas codso tababarka akhriska iyo qoraalka. Xeerarka tababarkan waxay isbeddeli karaan 2027: weydii shaqaalaha kiiskaaga.
topic-language-step-3 = Waxbarashada xorta ah ee dadka waaweyn sidoo kale waxay leedahay koorsooyin luqadeed. Xarunta waxbarashada dadka waaweyn waa hal tusaale. Degmadaada wax ka weydii koorsooyinka kuu dhow.
topic-language-step-4 = Ma heshaa gunnada shaqo la'aanta, oo ma rabtaa inaad adigu doorato waxbarashadaada? Ku heshiiya qorshahaaga ka hor inta aadan bilaabin. Haddii kale waxaa laga yaabaa inaad gunnada waydo.

## qualifications
topic-qualifications-title = Isticmaalka shahaadadaada iyo xirfaddaada
topic-qualifications-summary = Waxbarashadaada dibadda waxay kaa caawin kartaa inaad shaqo ka hesho Finland. Shaqooyinka qaarkood, marka hore waxaad u baahan tahay go'aan rasmi ah. Mawduucan wuxuu kuu sheegayaa halka aad wax ka weydiinayso.
topic-qualifications-step-1 = Ma haysataa shahaado waxbarasho sare oo dibadda laga helay? { -oph } waxay go'aamin kartaa heerka ay ka tahay Finland. Ka hubi oph.fi sida loo codsado.
topic-qualifications-step-2 = Xirfadaha qaarkood waxaa xakameeya sharci. Waxaad u baahan tahay xaq rasmi ah si aad uga shaqeyso. Kuwo badan oo ka mid ah, { -oph } ayaa go'aamisa haddii waxbarashadaadu ku siinayso xaqan.
topic-qualifications-step-3 = Ma rabtaa inaad ka shaqeyso daryeelka caafimaadka ama daryeelka bulshada? Waxaad u baahan tahay ruqsadda xirfadda oo ka timaada { -lvv } (Lupa- ja valvontavirasto, horey Valvira). Waa inaad sidoo kale si ku filan u taqaanno af-Finnish ama af-Iswiidhish.
topic-qualifications-step-4 = Loo-shaqeeyayaasha gaarka ah waxay iyagu go'aamiyaan haddii waxbarashadaadu ku habboon tahay shaqada. Ma haysataa shahaado jaamacadeed? Adeegyada { -simhe } ee jaamacadaha qaarkood ayaa ku hagi kara.

## health-care
topic-health-care-title = Helitaanka daryeelka caafimaadka
topic-health-care-summary = { -hyvinvointialue(case: "capital-with-finnish") } ee aad ku nooshahay ayaa maamula daryeelka caafimaadka dadweynaha iyo adeegyada bulshada. Magaalada Helsinki, magaalada Helsinki ayaa maamusha. Xarunta caafimaadkaaga ayaa badanaa ah meesha ugu horreysa ee aad la xiriirto. Si aad u isticmaasho daryeelka caafimaadka dadweynaha, badanaa waxaad u baahan tahay degmo deganaansho.
topic-health-care-step-1 = Xarunta caafimaadka (terveysasema) waa xarunta caafimaadka dadweynaha ee aaggaaga. Halkaas waxaad ku arki kartaa kalkaaliye caafimaad ama dhakhtar. Raadi xarunta caafimaadkaaga, oo weydii sida aad u qabsato ballantaada ugu horreysa.
topic-health-care-step-2 = Xaqa aad u leedahay daryeelka caafimaadka dadweynaha wuxuu ka yimaadaa degmada aad deggan tahay. Tani waa degmada laguu diiwaangeliyay inaad ku nooshahay. Xaqani kama yimaado kaarka { -kela }. Iska diiwaangeli { -dvv } si aad u hesho degmo deganaansho.
topic-health-care-step-3 = Weli ma sugaysaa degmo deganaansho? Xaalad degdeg ah, daryeel waad helaysaa si kastaba ha ahaatee. Waxaa laga yaabaa inaad goor dambe bixiso kharashka. Daryeelka kale, waxaa laga yaabaa inaad weli xaq u leedahay daryeelka caafimaadka dadweynaha, tusaale ahaan sababtoo ah waxaad ka shaqaysaa Finland. Tan si gaar ah ayaad u codsanaysaa: weydii { -kela }. Waxaad sidoo kale aadi kartaa rug caafimaad oo gaar loo leeyahay.
topic-health-care-step-4 = Daryeelka ilkaha ee dadweynaha sidoo kale waa qayb ka mid ah daryeelka caafimaadka dadweynaha. Xarunta caafimaadkaaga ama daryeelka ilkaha ee dadweynaha weydii sida waqti loo qabsado.
topic-health-care-step-5 = Uur ma leedahay? Tag xarunta caafimaadka hooyada (neuvola). Waxay la socotaa caafimaadkaaga iyo caafimaadka ilmahaaga. Carruurta ka yar da'da dugsiga waxay aadaan xarunta caafimaadka carruurta. Waxay hubisaa caafimaadkooda iyo koritaankooda.
topic-health-care-step-6 = Ma u baahan tahay caawimo luqaddaada ah? Codso turjumaan marka aad ballanta qabsanayso. U sheeg luqadda aad ku hadasho.

## health
topic-health-title = Jirro lama filaan ah iyo daryeel degdeg ah
topic-health-summary = Mawduucan wuxuu kuu sheegayaa waxa aad samaynayso marka aad si lama filaan ah u jiranto ama aad daryeel dhakhso ah u baahato. Daryeelka caafimaadka ee maalinlaha ah, akhri mawduuca “Helitaanka daryeelka caafimaadka”. Wac 112 oo keliya marka nolol, caafimaad, hanti ama deegaanka khatar ku jiro.
topic-health-step-1 = Xarunta caafimaadkaaga (terveysasema) ayaa badanaa ah meesha ugu horreysa ee aad la xiriirto. Raadi xarunta caafimaadka kuugu dhow. Weydii sida ballan loo qabsado.
topic-health-step-2 = Ma u baahan tahay daryeel dhakhso ah? Haddii aysan ahayn xaalad degdeg ah, wac { -paivystysapu } 116 117. Waxay kuu sheegayaan waxa aad samaynayso iyo halka aad aadayso. Lambarkan wuxuu shaqeeyaa meelaha badankood, laakiin meel kasta maaha. Ka hubi 116117.fi.
topic-health-step-3 = Xaalad degdeg ah, wac 112. Tusaale ahaan, qof aan neefsan karin, miyir la' ah ama dhiig badan ka baxayo.
topic-health-step-4 = Ma u baahan tahay caawimo luqaddaada ah? Codso turjumaan marka aad ballanta qabsanayso.

## emergency
topic-emergency-title = Lambarka degdegga 112
topic-emergency-summary = 112 waa lambarka degdegga ee Finland. Wac marka nolol, caafimaad, hanti ama deegaanka khatar ku jiro, tusaale ahaan dab. Waxaad la xiriiraysaa booliiska, gaariga gargaarka degdegga (ambalaas) iyo adeegyada dab-demiska iyo samatabbixinta.
topic-emergency-step-1 = Wac 112 oo is deji. Sheeg cidda aad tahay, meesha aad joogto iyo waxa dhacay. Ka jawaab su'aalaha.
topic-emergency-step-2 = Ha dhigin taleefanka ilaa laguu sheego inaad dhigi karto. Raac tilmaamaha laguu siiyo.
topic-emergency-step-3 = Ku rakib app-ka { -app-112-suomi } taleefankaaga. Wuxuu xarunta gurmadka degdegga ka caawin karaa inay ogaato meesha aad joogto.
topic-emergency-step-4 = Haddii qof sun qaatay ama daawo aad u badan qaatay, wac { -myrkytystietokeskus }. Lambarkeedu wuxuu ku qoran yahay boggan. Haddii qofku miyir la' yahay ama aanu si fiican u neefsan karin, wac 112.

## housing
topic-housing-title = Helitaanka guri
topic-housing-summary = Gurigu waa mid ka mid ah waxyaabaha ugu horreeya ee aad u baahan tahay. Waxaad guri ka kiraysan kartaa degmada, mulkiile aan faa'iido doon ahayn ama mulkiile gaar ah. { -kela } ayaa laga yaabaa inay kaa caawiso kharashka haddii dakhligaagu hooseeyo.
topic-housing-step-1 = Raadi guri kiro ah. Degmadaada wax ka weydii guryaha kirada ee degmada iyo kuwa aan faa'iido doonka ahayn. Goor hore codso, sababtoo ah waxaa laga yaabaa inaad sugto.
topic-housing-step-2 = Heshiiska kirada si taxaddar leh u akhri ka hor inta aadan saxiixin. Mulkiiluhu badanaa wuxuu weydiistaa lacag dammaanad ah. Weydii goorta laguu soo celinayo.
topic-housing-step-3 = Dakhligaagu ma hooseeyaa? Waxaa laga yaabaa inaad { -kela } ka hesho kaalmada guriga. { -kela } waxay go'aamisaa iyadoo eegaysa xaaladdaada.
topic-housing-step-4 = Marka aad guurto, { -dvv } u sheeg cinwaankaaga cusub. Haddii aad gunnooyin hesho, { -kela } sidoo kale u sheeg.

## children
topic-children-title = Carruurta, xanaanada maalinta iyo dugsiga
topic-children-summary = Mawduucan wuxuu u yahay qoysaska carruurta leh. Wuxuu kuu sheegayaa xanaanada maalinta, dugsiga iyo daryeelka caafimaadka carruurta. Finland, waxbarashadu waa qasab carruurta iyo dhallinyarada.
topic-children-step-1 = Waxbarashada carruurnimada hore (varhaiskasvatus) waa xanaanada maalinta ee carruurta yaryar. Si gooni ah uga codso degmadaada. Lacagta la bixiyo waxay ku xiran tahay dakhliga qoyskaaga.
topic-children-step-2 = Waxbarashada dugsiga ka horreysa waa qasab sannadka ka horreeya bilowga dugsiga. Waa bilaash.
topic-children-step-3 = Waxbarashadu waa qasab laga bilaabo da'da 7 ilaa 18. Way dhammaan kartaa goor hore haddii qofka dhallinyarada ahi dhammaysto shahaado heerka dugsiga sare ah.
topic-children-step-4 = Ilmahaagu ma weli baranayaa af-Finnish ama af-Iswiidhish? Ilmuhu wuxuu heli karaa waxbarasho diyaarin ah oo dugsiga loogu diyaar garoobo. Waxay socotaa qiyaastii hal sannad dugsiyeed.
topic-children-step-5 = Xarumaha caafimaadka carruurta (neuvola) waxay hubiyaan caafimaadka iyo koritaanka carruurta yaryar. { -hyvinvointialue(case: "capital") } ee aad ku nooshahay ayaa maamula. Weydii iyaga sida booqasho loo qabsado.

## rights
topic-rights-title = Xuquuqdaada iyo waajibaadkaaga
topic-rights-summary = Finland, qof walba wuxuu leeyahay xuquuq aasaasi ah oo isku mid ah. Waxaad sidoo kale leedahay waajibaad. Tusaale ahaan, waa inaad raacdo sharciga oo aad bixiso canshuurahaaga.
topic-rights-step-1 = Qof walba waa u siman yahay sharciga hortiisa. Takoorku waa mamnuuc, tusaale ahaan sababo la xiriira asalka, diinta, jinsiga ama naafonimada.
topic-rights-step-2 = Haweenka iyo ragga waxay leeyihiin xuquuq siman. Tani waxay khusaysaa guriga, shaqada iyo bulshada.
topic-rights-step-3 = Rabshaddu waa dembi, xitaa gudaha qoyska. Haddii aad hadda khatar ku jirto, wac 112. { -nollalinja } wuxuu caawiyaa qof kasta oo rabshad kala kulma xiriir dhow. Lambaradiisa waxaad ka heli kartaa boggan.
topic-rights-step-4 = Shaqada, waxaad xaq u leedahay inaad hesho mushaharka aad ku heshiiseen. Codso heshiis qoraal ah. Kaydi warqadaha mushaharkaaga.

## everyday
topic-everyday-title = Nolosha maalinlaha ah
topic-everyday-summary = Mawduucan wuxuu ku siinayaa talooyin ku saabsan nolosha maalinlaha ah ee Finland. Wuxuu ka hadlayaa miisaaniyaddaada, biilasha, adeegyada internetka iyo qashinka. Waqtiga firaaqadu sidoo kale waa muhiim. Ku biir naadi, koox ciyaareed ama urur si aad dad ula kulanto.
topic-everyday-step-1 = Qorshee lacagtaada. Bil kasta qor dakhligaaga iyo kharashkaaga.
topic-everyday-step-2 = Biilashaada waqtigooda ku bixi. Biilasha aan la bixin waxay dhaawici karaan taariikhdaada deynta. Haddii aadan bixin karin, goor hore la xiriir cidda biilka soo dirtay.
topic-everyday-step-3 = { -suomi-fi } u isticmaal adeegyo badan oo dowladeed oo internetka ah. Maktabadaha dadweynuhu waa bilaash. Maktabado badan waxay leeyihiin kombiyuutarro, shaqaaluhuna way kaa caawin karaan inaad isticmaasho.
topic-everyday-step-4 = Qashinkaaga u kala sooc si dib loogu warshadeeyo. Mulkiilaha gurigaaga ama degmadaada weydii xeerarka meesha aad ku nooshahay.

## driving-licence
topic-driving-licence-title = Liisanka darawalnimada ee waddan kale
topic-driving-licence-summary = Ma ku wadi kartaa gaari Finland adigoo haysta liisan dibadda laga bixiyay? Waxay ku xiran tahay waddanka aad ka heshay. Xeerarka goor hore hubi.
topic-driving-licence-step-1 = Liisanka darawalnimada ee waddan EU ama EEA ah wuu ka shaqeeyaa Finland. EEA (Aagga Dhaqaalaha Yurub) waa waddamada EU iyo Island, Liechtenstein iyo Noorweey.
topic-driving-licence-step-2 = Liisamo kale oo badan waxay shaqeeyaan muddo xaddidan oo keliya kadib marka aad halkan u soo guurto. Muddadaas kadib, waa inaad liisankaaga ku beddelato liisan Finland ah. Liisamada qaarkood, waxaa sidoo kale lagaa rabaa inaad ka gudubto imtixaanka darawalnimada. Liisankaaga waxaad ku beddelataa { -ajovarma }, xarumaha adeegga ee liisamada darawalnimada.
topic-driving-licence-step-3 = Xeerarka waddankaaga ka hubi { -infofinland }. Dhakhso u samee, ka hor inta uusan waqtigu dhammaan.

## help
topic-help-title = Halka aad caawimo ka heli karto
topic-help-summary = Uma baahnid inaad wax walba keligaa ogaato. Adeegyada hagitaanka iyo talo-bixintu waxay u furan yihiin soogalooti kasta. Waxay sidoo kale u furan yihiin dadka aan haysan sharci deganaansho. Waxaad wax ka weydiin kartaa adeegyada iyo nolosha maalinlaha ah.
topic-help-step-1 = Degmadaada weydii halka laga helo hagitaan iyo talo-bixin. Waxay kuu sheegi karaan adeegga aad la xiriirayso.
topic-help-step-2 = { -infofinland } waxay leedahay macluumaad ku saabsan nolosha Finland oo luqado badan ah. Isticmaal marka aad u baahato macluumaad luqaddaada ah.
topic-help-step-3 = Ma ku jirtaa xaalad adag oo ma u baahan tahay qof aad la hadasho? Wac khadka caawimada xaaladaha adag ({ -mieli }). Khadka af-Finnishka wuxuu furan yahay 24 saac. Luqadaha kale waxay leeyihiin lambaro iyo saacado u gaar ah. Dhammaan lambarada waxay ku qoran yihiin boggan.
topic-help-step-4 = Xaalad degdeg ah, wac 112. Wac marka nolol, caafimaad, hanti ama deegaanka khatar ku jiro.

## interpreters
topic-interpreters-title = Turjumaannada
topic-interpreters-summary = Turjumaanku wuxuu waxa aad sheegto u beddelaa luqad kale. Waxa shaqaalaha hay'addu sheegaan wuxuu u beddelaa luqaddaada. Adigoo turjumaan haysta, waxaad fahmi kartaa arrimahaaga, si fiicanna u sharxi kartaa.
topic-interpreters-step-1 = Arrinta ma hay'ad dowladeed ayaa bilowday? Markaas hay'addu ayaa diyaarisa turjumaanka, oo bixisa kharashkiisa.
topic-interpreters-step-2 = Arrinta ma adigaa bilaabay? Tusaale ahaan, wax baad codsatay. Markaas hay'adda weydii haddii ay turjumaan diyaarinayso.
topic-interpreters-step-3 = Marka aad waqtiga qabsanayso, u sheeg luqaddaada. Waxaad codsan kartaa turjumaan ku hadla lahjaddaada. Waxaad sidoo kale codsan kartaa in turjumaankaagu noqdo haweeney ama nin.
topic-interpreters-step-4 = Qiimaynta xirfadahaaga iyo baahiyahaaga adeegga waxaa lagu sameeyaa luqad aad fahanto. Waxaad heli kartaa turjumaan haddii aad u baahato.

## Authorities
authority-migri = { -migri-full } ({ -migri })
authority-dvv = { -dvv-full } ({ -dvv })
authority-kela = { -kela-full } ({ -kela })
authority-vero = { -vero-full } ({ -vero })
authority-banks = Bangiyada iyo { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = Adeegyada is-dhexgalka ee degmada
authority-wellbeing = { -hyvinvointialue(case: "capital-with-finnish") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = Degmadaada
authority-oph = { -oph-full } ({ -oph })
authority-lvv = { -lvv } (ruqsadaha daryeelka caafimaadka iyo bulshada)
authority-simhe = Adeegyada { -simhe } ee jaamacadaha
authority-ngos = Ururada iyo jamciyadaha
authority-guidance = Adeegyada hagitaanka iyo talo-bixinta
authority-traficom = { -traficom-full } ({ -traficom })

## Phones
phone-112 = Lambarka degdegga
phone-medical-helpline = { -paivystysapu(case: "capital") }
phone-poison = { -myrkytystietokeskus }
phone-crisis = Khadka caawimada xaaladaha adag, af-Finnish, 24 saac ({ -mieli })
phone-crisis-en-ar = Khadka caawimada xaaladaha adag, af-Ingiriisi iyo af-Carabi ({ -mieli })
phone-crisis-uk = Khadka caawimada xaaladaha adag, af-Yukreeni ({ -mieli })
phone-crisis-ru = Khadka caawimada xaaladaha adag, af-Ruush ({ -mieli })
phone-crisis-sv = Khadka caawimada xaaladaha adag, af-Iswiidhish ({ -mieli })
phone-nollalinja = { -nollalinja }: khadka caawimada ee qof kasta oo rabshad kala kulma xiriir dhow
phone-nollalinja-short = { -nollalinja }: isla adeegga, lambar gaaban

## Checklist
check-permit = Hel sharci deganaansho ama diiwaangeli joogitaankaaga
check-register = Iska diiwaangeli { -dvv } oo hel lambar aqoonsi
check-kela = { -kela } wax ka weydii caymiska bulshada
check-tax-card = Hel kaarka canshuurta
check-bank = Fur akoon bangi oo hel koodhadhka bangiga
check-jobseeker = Isu diiwaangeli shaqo-doon
check-health = Raadi xarunta caafimaadkaaga
check-integration = Codso adeegyada is-dhexgalka
check-language = Bilow barashada af-Finnishka ama af-Iswiidhishka
check-housing = Raadi guri

## Official sources
topic-sources-heading = Ilaha rasmiga ah

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
source-infofinland-registering = Is diiwaangelinta qofka halkan deggan
source-infofinland-health = Adeegyada caafimaadka ee Finland
source-infofinland-dental = Daryeelka ilkaha
source-infofinland-driving = Liisanka darawalnimada
source-infofinland-housing = Guryaha kirada
source-infofinland-daycare = Waxbarashada carruurnimada hore
source-infofinland-basic-education = Waxbarashada aasaasiga ah
source-infofinland-living = Ku noolaanshaha Finland
source-infofinland-business = Bilaabidda ganacsi
source-kotoutuminen-who = Cidda loo sameeyo qiimaynta
source-kotoutuminen-assessment = Qiimaynta xirfadaha iyo baahiyaha adeegga
source-kotoutuminen-guidance = Hagitaan iyo talo-bixin
source-kotoutuminen-training = Tababarka is-dhexgalka
source-kotoutuminen-independent-study = Waxbarashada aad adigu doorato
source-kotoutuminen-benefits = Gunnada shaqo la'aanta iyo gunnooyinka bulshada inta lagu jiro is-dhexgalka
source-kotoutuminen-interpretation = Fahamka iyo turjumaadda
source-kotoutuminen-language-choice = Doorashada af-Finnish ama af-Iswiidhish
source-kotoutuminen-families = Carruurta, dhallinyarada iyo qoysaska
source-kotoutuminen-plan = Qorshaha is-dhexgalka
source-migri-enter-finland = Adeegga internetka { -enter-finland }
source-migri-extended-permit = Sharciga la kordhiyay
source-migri-permanent = Sharciga deganaanshaha joogtada ah
source-intermin-permanent = Xeerarka cusub ee sharciga deganaanshaha joogtada ah (af-Finnish)
source-dvv-nordic = U guuritaanka waddamada Waqooyiga Yurub dhexdooda
source-kela-card = Kaarka { -kela }
source-kela-moving = U guuritaanka Finland
source-kela-unemployment = Kaalmada suuqa shaqada (työmarkkinatuki)
source-kela-housing = Kaalmada guriga ee guud
source-kela-social-assistance = Kaalmada nolol-maalmeedka
source-kela-child-home-care = Gunnada daryeelka ilmaha ee guriga
source-vero-tax-card = Kaarka canshuurta
source-vero-moving = U guuritaanka Finland iyo canshuuraha
source-suomifi-identification = Aqoonsiga internetka
source-suomifi-messages = { -suomi-fi } Messages: sanduuqa boostada ee internetka
source-tyomarkkinatori-jobseeker = Adeegyada shaqo-doonka
source-oph-recognition = Aqoonsiga shahaadooyinka
source-lvv-home = Ruqsadda xirfadda ee daryeelka caafimaadka iyo bulshada
source-erc-112 = Goorta la wacayo 112
source-116117 = { -paivystysapu(case: "capital") } ee aaggaaga
source-mieli-emergency = Halka caawimo laga helo xaalad adag
source-nollalinja = Caawimo ku saabsan rabshadda xiriirka dhow
source-finlex-integration-act = Sharciga Horumarinta Is-dhexgalka (af-Finnish)
source-finlex-civic-orientation = Xeerka barashada bulshada (af-Finnish)
source-tem-reform = Isbeddelada la qorsheeyay ee adeegyada is-dhexgalka (af-Finnish)
