# Qoraallada hagaha ee xirmada Iswiidhan, af-Soomaali: mawduucyada, hay'adaha,
# ilaha rasmiga ah, taleefannada, liiska tallaabooyinka ugu horreeya iyo
# tallaabooyinka waddada. Fure kasta wuxuu ku bilaabmaa se-. Magacyada
# hay'adaha iyo adeegyadu waa ereyada (terms) ee se/terms.ftl: magaca
# af-Soomaaliga marka ugu horreysa ee qoraalka, magaca af-Iswiidhishka oo
# bireeg ku jira, kadibna magaca af-Iswiidhishka oo keliya.
# Machine translation from English, to be checked by a native speaker.

## first-steps
se-topic-first-steps-title = Tallaabooyinkaaga ugu horreeya ee Iswiidhan
se-topic-first-steps-summary = Liiskan wuxuu muujinayaa waxyaabaha ugu horreeya ee dadka badankiisu sameeyaan kadib marka ay helaan sharci deganaansho oo Iswiidhan ah. Calaamadee tallaabo kasta marka aad dhammayso. Adiga, kala horreyntu way kala duwanaan kartaa.
se-topic-first-steps-step-1 = Marka hore, u sheeg { -skatteverket-full } ({ -skatteverket }) inaad u soo guurtay Iswiidhan. Markaas waxaa lagu qorayaa diiwaanka dadweynaha (folkbokföring), waxaadna helaysaa lambarka aqoonsiga shakhsiga (personnummer). Tallaabooyin kale oo badan ayaa u baahan lambarkan.
se-topic-first-steps-step-2 = Fur tallaabo ka mid ah liiska si aad wax badan uga akhrido. Tallaabo kasta waxay kuu sheegaysaa waxa aad samaynayso iyo halka aad aadayso.
se-topic-first-steps-step-3 = Ma jiraa wax aan kuu caddayn? Caawimo weydiiso. Degmadaada (kommun) ayaa kuu sheegi karta halka aad hagitaan ka heli karto.

## folkbokforing
se-topic-folkbokforing-title = Diiwaangelinta Iswiidhan (folkbokföring)
se-topic-folkbokforing-summary = Diiwaanka dadweynaha (folkbokföring) waa liiska qof kasta oo ku nool Iswiidhan. { -skatteverket-full } ({ -skatteverket }) ayaa haysa. Marka lagu diiwaangeliyo, waxaad helaysaa lambarka aqoonsiga shakhsiga (personnummer). Lambarkan waxaad u baahan tahay ku dhowaad wax walba.
se-topic-folkbokforing-step-1 = Ku bilow internetka adeegga “U guuritaanka Iswiidhan” (Flytta till Sverige) ee ku jira skatteverket.se. Wuxuu kuu sheegayaa dukumentiyada aad keenayso.
se-topic-folkbokforing-step-2 = Kadib adigu qudhaadu tag xafiis adeeg oo { -skatteverket } ah. Keen dukumentiyada uu adeeggu liiska ku qoray. Xubnaha qoyska ee kula soo guuray iyaguna way kula imanayaan, carruurtu sidoo kale.
se-topic-folkbokforing-step-3 = Marka lagu diiwaangeliyo, { -skatteverket } waxay warqad kuugu soo dirtaa lambarkaaga personnummer. Si fiican u dhawr. Waxaad ugu baahan doontaa bangiga, daryeelka caafimaadka iyo hay'adaha kale.
se-topic-folkbokforing-step-4 = Dadka qaarkood looma diiwaangeliyo inay ku nool yihiin Iswiidhan. Mararka qaarkood waxay taa beddelkeeda heli karaan lambarka isku-duwidda (samordningsnummer). Waa lambar loogu talagalay dadka aan ku jirin diiwaanka dadweynaha. { -skatteverket } weydii haddii tani adiga ku khusayso.
se-topic-folkbokforing-step-5 = Marka aad u guurto cinwaan cusub oo Iswiidhan gudaheeda ah, u sheeg { -skatteverket }.

## id-card
se-topic-id-card-title = Kaarka aqoonsiga
se-topic-id-card-summary = Kaarka aqoonsigu wuxuu muujiyaa cidda aad tahay. Waxaad u isticmaashaa, tusaale ahaan, bangiga iyo farmashiyaha. { -skatteverket-full } ({ -skatteverket }) waxay kaarka aqoonsiga siisaa dadka lagu diiwaangeliyay Iswiidhan.
se-topic-id-card-step-1 = Marka hore waxaad u baahan tahay inaad ku jirto diiwaanka dadweynaha (folkbokföring) oo aad haysato lambarka aqoonsiga shakhsiga (personnummer).
se-topic-id-card-step-2 = Kaarka aqoonsiga adigu qudhaadu ka codso xafiis adeeg oo { -skatteverket } ah. Ka hubi skatteverket.se waxa aad keenayso iyo sida loo codsado.
se-topic-id-card-step-3 = Haddii aad haysato kaarka aqoonsiga, badanaa way kuu fududahay inaad furto akoon bangi oo aad hesho aqoonsiga internetka. Akhri mawduuca “Aqoonsiga internetka: sida aad u caddayso cidda aad tahay”.

## e-id
se-topic-e-id-title = Aqoonsiga internetka: sida aad u caddayso cidda aad tahay
se-topic-e-id-summary = Aqoonsiga internetka (e-legitimation) wuxuu internetka ku caddeeyaa cidda aad tahay. Waxaad u isticmaashaa inaad ku gasho adeegyada hay'adaha, daryeelka caafimaadka iyo bangigaaga. Adeegyo badan oo Iswiidhan ah ayaa u baahan aqoonsiga internetka.
se-topic-e-id-step-1 = Aqoonsiga internetka ee ugu caansan waa { -bankid }. Waxaad ka helaysaa bangigaaga. Si aad u hesho { -bankid }, waxaad u baahan tahay lambarka aqoonsiga shakhsiga (personnummer), waana inaad macmiil u tahay bangi.
se-topic-e-id-step-2 = Dooro bangi oo weydii sida aad macmiil ugu noqonayso. Weydii dukumentiyada ay tahay inaad keento. Kadib bangiga ka codso { -bankid }.
se-topic-e-id-step-3 = Waxaa jira aqoonsiyo kale oo internetka ah, tusaale ahaan { -freja }. Weydii midka adiga kuu shaqaynaya.
se-topic-e-id-step-4 = Weligaa qof kale ha siin aqoonsigaaga internetka ama koodhadhkaaga. Weligaa ha gelin adeeg internet sababtoo ah qof ayaa taleefanka kaaga codsaday inaad sidaas samayso. Dembiilayaashu badanaa way isku dayaan khiyaamadan.

## residence-permit
se-topic-residence-permit-title = Sharciga deganaanshaha
se-topic-residence-permit-summary = { -migrationsverket-full } ({ -migrationsverket }) ayaa go'aamisa sharciyada deganaanshaha. Sharcigaagu wuxuu sheegayaa inta lagu oggol yahay inaad Iswiidhan ku noolaato. Waxaad ugu baahan doontaa tallaabooyin kale oo badan.
se-topic-residence-permit-step-1 = Marka aad hesho sharci deganaansho, { -migrationsverket } waxay sidoo kale ku siisaa kaarka sharciga deganaanshaha. Si fiican u dhawr. Waxaad ugu baahan doontaa, tusaale ahaan, { -skatteverket }.
se-topic-residence-permit-step-2 = Sharcigaagu ma ku meel gaar baa? Markaas wuxuu dhammaanayaa taariikh go'an. Ka hor inta uusan dhammaan, { -migrationsverket } ka codso sharci cusub. Xeerarka ka hubi migrationsverket.se.
se-topic-residence-permit-step-3 = Dhowr sano kadib, waxaa laga yaabaa inaad hesho sharci deganaansho joogto ah. Sida caadiga ah, waxaad u baahan tahay 3 sano oo aad haysatay sharci ku meel gaar ah. Waa inaad sidoo kale awood u leedahay inaad naftaada masruufto. Waana inaad ku noolaatay nolol hagaagsan, tusaale ahaan adigoon dembi gelin.
se-topic-residence-permit-step-4 = Xeerarka sharciga deganaanshaha joogtada ah way isbeddeli karaan. Weydii shaqaalaha kiiskaaga.

## forsakringskassan
se-topic-forsakringskassan-title = { -forsakringskassan } iyo caymiska bulshada
se-topic-forsakringskassan-summary = { -forsakringskassan-full } ({ -forsakringskassan }) waxay bixisaa gunnooyin badan oo Iswiidhan ah. Tusaale ahaan, waxay gunnooyin siisaa waalidiinta iyo dadka jiran. Waxay sidoo kale bixisaa gunnada inta lagu jiro barnaamijka is-dhexgalka.
se-topic-forsakringskassan-step-1 = La xiriir { -forsakringskassan } kadib marka lagu diiwaangeliyo Iswiidhan (folkbokföring). Weydii gunnooyinka aad codsan karto.
se-topic-forsakringskassan-step-2 = Gunno kasta waa inaad adigu codsataa. Dadka badankiisu waxay internetka ka codsadaan iyagoo isticmaalaya aqoonsiga internetka. Akhri mawduuca “Aqoonsiga internetka: sida aad u caddayso cidda aad tahay”.
se-topic-forsakringskassan-step-3 = Isla markiiba u sheeg { -forsakringskassan } marka noloshaadu is beddesho. Tusaale ahaan, marka cinwaankaaga, dakhligaaga ama qoyskaagu is beddelo. Haddii kale waxaa laga yaabaa inay kugu waajibto inaad lacag dib u celiso.
se-topic-forsakringskassan-step-4 = { -forsakringskassan } waxay leedahay macluumaad af-Carabi, af-Daari, af-Ingiriis, af-Soomaali iyo af-Tigrinya ah. Xeerarka ku saabsan cidda ku jirta caymiska bulshada way isbeddeli karaan. Weydii shaqaalaha kiiskaaga.

## establishment
se-topic-establishment-title = Barnaamijka is-dhexgalka (etableringsprogrammet)
se-topic-establishment-summary = Barnaamijka is-dhexgalka (etableringsprogrammet) wuxuu kaa caawiyaa inaad barato af-Iswiidhish oo aad hesho shaqo ama waxbarasho. { -arbetsformedlingen-full } ({ -arbetsformedlingen }) ayaa maamusha. Waxaa loogu talagalay dadka dhowaan helay sharci deganaansho iyagoo qaxooti ah ama qof u baahan ilaalin, ama xubin ka mid ah qoyska qof noocaas ah.
se-topic-establishment-step-1 = Barnaamijka waxaa loogu talagalay dadka da'doodu tahay 20 ilaa 65. La xiriir { -arbetsformedlingen } dhakhso kadib marka aad hesho sharcigaaga deganaanshaha. Waxay kuu sheegayaan haddii aad ka qayb geli karto.
se-topic-establishment-step-2 = Marka hore, { -arbetsformedlingen } ayaa kula eegaysa xaaladdaada. Tan waxaa la yiraahdaa sahaminta (kartläggning). Waxaad ka hadlaysaan waxbarashadaada, khibraddaada shaqo, xiisahaaga iyo hadafyadaada. Waxaad sidoo kale u sheegi kartaa caafimaadkaaga ama waxyaabo kale oo kugu adkeeya shaqada ama waxbarashada. U sheeg haddii aad u baahan tahay turjumaan.
se-topic-establishment-step-3 = Kadib waxaad wada samaynaysaan qorshe adiga kuu gaar ah. Qorshuhu wuxuu liis gareeyaa hawlahaaga. Waxay noqon karaan { -sfi-full } ({ -sfi }), barashada bulshada, waxbarasho, tababar goob shaqo (praktik), hubinta xirfadaha aad hore u leedahay (validering) iyo shaqo raadin.
se-topic-establishment-step-4 = Barnaamijku waa waqti buuxa. Badanaa wuxuu socdaa 24 bilood. Waa inuu dhacaa 3 sano gudahood laga bilaabo maalinta aad heshay lambarka aqoonsiga shakhsiga (personnummer).
se-topic-establishment-step-5 = Inta aad ka qayb qaadanayso, waxaad lacag ka heli kartaa { -forsakringskassan-full } ({ -forsakringskassan }). Waxaa la yiraahdaa gunnada is-dhexgalka (etableringsersättning). Haddii carruur guriga kula nool yihiin, waxaa laga yaabaa inaad hesho gunno dheeraad ah (etableringstillägg). Haddii aad keligaa nooshahay, waxaa laga yaabaa inaad hesho lacag dheeraad ah oo gurigaaga loogu talagalay (bostadsersättning). { -forsakringskassan } ayaa go'aamisa.
se-topic-establishment-step-6 = Ka qayb gal hawlaha qorshahaaga ku jira. Haddii aadan awoodin, tusaale ahaan sababtoo ah aad jiran tahay, isla markiiba u sheeg { -arbetsformedlingen }.

## sfi
se-topic-sfi-title = { -sfi-full(case: "capital") } ({ -sfi })
se-topic-sfi-summary = { -sfi-full(case: "capital") } ({ -sfi }, svenska för invandrare) waa koorso af-Iswiidhish ah oo bilaash ah, oo loogu talagalay dadka waaweyn. Waa qayb ka mid ah waxbarashada dadka waaweyn ee degmada (komvux). Af-Iswiidhishku wuxuu kaa caawiyaa inaad shaqo hesho oo aad nolol maalmeedka maareyso.
se-topic-sfi-step-1 = { -sfi } waxaad bilaabi kartaa laga bilaabo da'da 16. Isku qor degmadaada (kommun). Degmadu waa inay ku siisaa boos 3 bilood gudahood.
se-topic-sfi-step-2 = { -sfi } waxay leedahay 3 waddo oo waxbarasho. Waddada kugu habboon waxay ku xiran tahay inta sano ee aad dugsi dhigatay, iyo sida aad u akhrin karto oo aad u qori karto.
se-topic-sfi-step-3 = Waddada waxbarashada 1 (koorsooyinka A, B, C iyo D) waxaa loogu talagalay dadka dugsi yar dhigtay ama aan dugsi dhigan. Waddada waxbarashada 2 (koorsooyinka B, C iyo D) waxaa loogu talagalay dadka dhowr sano dugsi dhigtay. Waddada waxbarashada 3 (koorsooyinka C iyo D) waxaa loogu talagalay dadka caadaystay waxbarashada.
se-topic-sfi-step-4 = Ma ka heshaa kaalmo lacageed adeegyada bulshada (ekonomiskt bistånd)? Tani waa lacag loogu talagalay baahiyaha aasaasiga ah marka aadan haysan si kale oo aad u bixiso. Markaas waxaa laga yaabaa in adeegyada bulshadu kaa dalbadaan inaad ka qayb gasho { -sfi }.
se-topic-sfi-step-5 = Xeerarka { -sfi } way isbeddeli karaan. Weydii shaqaalaha kiiskaaga.

## civic-orientation
se-topic-civic-orientation-title = Barashada bulshada (samhällsorientering)
se-topic-civic-orientation-summary = Barashada bulshada (samhällsorientering) waa koorso ku saabsan nolosha Iswiidhan. Waxaad wax ka baranaysaa xuquuqda iyo waajibaadka, shaqada, caafimaadka, guryaha iyo sida bulshadu u shaqayso. Degmadaada (kommun) ayaa bixisa, luqaddaada haddii ay suurtagal tahay.
se-topic-civic-orientation-step-1 = Koorsada waxaa loogu talagalay dadka waaweyn ee da'doodu tahay 18 ama ka weyn oo ku jira diiwaanka dadweynaha (folkbokföring). Waad qaadan kartaa haddii aad ku jirto barnaamijka is-dhexgalka (etableringsprogrammet). Waxaad sidoo kale qaadan kartaa haddii aad sharcigaaga deganaanshaha u heshay xubin qoys ahaan.
se-topic-civic-orientation-step-2 = Koorsadu waa ugu yaraan 100 saacadood. Degmadaada weydii goorta iyo halka ay ka bilaabanayso.
se-topic-civic-orientation-step-3 = Xaqaaga koorsada wuxuu socdaa 3 sano laga bilaabo maalinta markii ugu horreysay laguu diiwaangeliyay Iswiidhan. Sidaas darteed goor hore codso.
se-topic-civic-orientation-step-4 = Xeerarka barashada bulshada way isbeddeli karaan. Weydii shaqaalaha kiiskaaga.

## health
se-topic-health-title = Daryeelka caafimaadka
se-topic-health-summary = Iswiidhan, gobollada (regionen) ayaa maamula daryeelka caafimaadka dadweynaha. Xarunta caafimaadkaaga (vårdcentral) badanaa waa meesha ugu horreysa ee aad aadayso. 1177 waxay taleefanka kaga bixisaa talo caafimaad, 24 saac maalintii.
se-topic-health-step-1 = Xarunta caafimaadka (vårdcentral) waa rug caafimaad oo gurigaaga u dhow. Halkaas waxaad kula kulmi kartaa kalkaaliye caafimaad ama dhakhtar. Raadi xarun caafimaad oo weydii sida waqti loo qabsado.
se-topic-health-step-2 = Ma jiran tahay oo ma hubtid halka aad aadayso? Wac 1177. Kalkaaliye caafimaad ayaa ku siinaya talo oo kuu sheegaya halka aad aadayso. Khadku wuxuu furan yahay 24 saac maalintii.
se-topic-health-step-3 = 1177.se waxaad ka akhrin kartaa macluumaad caafimaad, waxaadna ka heli kartaa daryeel kuu dhow. Adigoo isticmaalaya aqoonsiga internetka, waxaad sidoo kale geli kartaa oo la xiriiri kartaa xarunta caafimaadkaaga.
se-topic-health-step-4 = Haddii ay jirto xaalad degdeg ah, wac 112. Tusaale ahaan, qof aan neefsan karin, miyir la' ah ama dhiig badan ka baxayo.
se-topic-health-step-5 = Ma u baahan tahay caawimo luqaddaada ah? Codso turjumaan marka aad waqtiga qabsanayso. U sheeg luqadda aad ku hadasho.

## emergency
se-topic-emergency-title = Lambarka degdegga 112
se-topic-emergency-summary = 112 waa lambarka degdegga ee Iswiidhan. Wac marka nolosha ama caafimaadka qof khatar ku jiro, ama marka dab jiro. Waxaad la xiriiraysaa booliiska, gaariga gargaarka degdegga (ambalaas) iyo adeegyada dab-demiska iyo samatabbixinta.
se-topic-emergency-step-1 = Wac 112 oo is deji. Sheeg waxa dhacay iyo meesha aad joogto. Ka jawaab su'aalaha. Ha dhigin taleefanka ilaa laguu sheego inaad dhigi karto.
se-topic-emergency-step-2 = Ma u baahan tahay booliiska, laakiin ma aha wax degdeg ah? Wac 114 14. Tusaale ahaan, waxaad rabtaa inaad soo sheegto dembi horey u dhacay.
se-topic-emergency-step-3 = Ma u baahan tahay talo caafimaad, laakiin ma aha xaalad degdeg ah? Wac 1177.
se-topic-emergency-step-4 = Ma jiraa wax culus oo bulshada ka dhacaya, tusaale ahaan dab weyn ama duufaan? Wac 113 13 si aad macluumaad u hesho, ama akhri krisinformation.se. Wac 112 oo keliya haddii qof hadda caawimo u baahan yahay.

## housing
se-topic-housing-title = Helitaanka guri
se-topic-housing-summary = Gurigu waa mid ka mid ah waxyaabaha ugu horreeya ee aad u baahan tahay. Dadka dhowaan yimid qaarkood waxay gurigooda ugu horreeya ka helaan degmo. Kuwo kale oo badan waa inay iyagu guri raadsadaan. Waxay qaadan kartaa waqti dheer, sidaas darteed goor hore bilow.
se-topic-housing-step-1 = Ma laguu qoondeeyay degmo (kommun) sida uu dhigayo sharciga dejinta (bosättningslagen)? Markaas degmadaas ayaa kuu diyaarinaysa guri.
se-topic-housing-step-2 = Mulkiilayaal badan iyo degmooyin badan waxay leeyihiin saf guryeed (bostadskö). Waa liiska dadka sugaya guri kiro ah. Goor hore ku biir safafka guryaha: inta ay dheeraato muddada aad sugaysay, ayay fursadahaagu u sii fiicnaanayaan.
se-topic-housing-step-3 = Heshiiska kirada si taxaddar leh u akhri ka hor inta aadan saxiixin. Ka digtoonow dalabyada kaa codsada lacag ka hor inta aadan arkin guriga iyo heshiiska.
se-topic-housing-step-4 = Meel aad ku noolaato ma la'dahay, ama lacag baahiyaha aasaasiga ah? La xiriir adeegyada bulshada ee degmadaada. Waxaa laga yaabaa inaad hesho kaalmo lacageed (ekonomiskt bistånd). Tani waa lacag loogu talagalay baahiyaha aasaasiga ah marka aadan haysan si kale oo aad u bixiso.
se-topic-housing-step-5 = Xeerarka guryaha dadka dhowaan yimid iyo xeerarka ekonomiskt bistånd way isbeddeli karaan. Weydii shaqaalaha kiiskaaga.

## children
se-topic-children-title = Carruurta, xanaanada carruurta iyo dugsiga
se-topic-children-summary = Mawduucan wuxuu u yahay qoysaska carruurta leh. Degmadaada (kommun) ayaa maamusha xanaanada carruurta (förskola) iyo dugsiga. Carruurta ku nool Iswiidhan waxay xaq u leeyihiin inay dugsi dhigtaan.
se-topic-children-step-1 = Xanaanada carruurta (förskola) waxaa loogu talagalay carruurta laga bilaabo da'da 1 ilaa ay dugsiga bilaabaan. Degmadaada ka codso boos. Goor hore codso.
se-topic-children-step-2 = Dugsigu waa qasab carruurta ku nool Iswiidhan. Ilmo dhowaan yimid waxaa habboon in la siiyo boos dugsi 2 bilood gudahood. Dhakhso la xiriir degmadaada.
se-topic-children-step-3 = Marka ilmahaagu bilaabo, dugsigu wuxuu ogaadaa waxa ilmahaagu horey u yaqaan. Tan waxaa la yiraahdaa sahaminta (kartläggning). Waxay dugsiga ka caawisaa inuu qorsheeyo waxbarasho iyo taageero ku habboon.
se-topic-children-step-4 = Dhallinyaradu waxay wax ku sii baran karaan dugsiga sare (gymnasieskolan). Dhallinyarada Iswiidhan ku cusub waxay marka hore af-Iswiidhish ku baran karaan barnaamij luqadeed (språkintroduktion). Weydii degmadaada.
se-topic-children-step-5 = Degmooyinka qaarkood waxay leeyihiin koorsooyin iyo hagitaan loogu talagalay waalidiinta. Degmadaada weydii waxa ka jira meesha aad ku nooshahay.

## qualifications
se-topic-qualifications-title = Isticmaalka waxbarashadaada iyo xirfaddaada
se-topic-qualifications-summary = Waxbarashadaada iyo khibraddaada shaqo ee dibadda waxay kaa caawin karaan inaad shaqo ka hesho Iswiidhan. Shaqooyinka qaarkood, marka hore waxaad u baahan tahay go'aan rasmi ah. Mawduucan wuxuu kuu sheegayaa halka aad wax ka weydiinayso.
se-topic-qualifications-step-1 = Ma haysataa shahaado waxbarasho oo dibadda laga siiyay? { -uhr-full } ({ -uhr }) ayaa qiimayn kara. Tani waa bilaash. Ka hubi uhr.se sida loo codsado.
se-topic-qualifications-step-2 = Ma rabtaa inaad ka shaqayso daryeelka caafimaadka, tusaale ahaan dhakhtar ama kalkaaliye caafimaad ahaan? Waxaad u baahan tahay ruqsadda xirfadda (legitimation) oo ka timaadda { -socialstyrelsen-full } ({ -socialstyrelsen }). Ka hubi legitimation.socialstyrelsen.se sida loo codsado.
se-topic-qualifications-step-3 = { -korta-vagen } (“waddada gaaban”) waa koorsooyin loogu talagalay dadka leh waxbarasho jaamacadeed oo dibadda laga helay. Waxay kaa caawiyaan inaad shaqo ka hesho qaybtaada. Meel kasta lagama bixiyo. Weydii { -arbetsformedlingen-full } ({ -arbetsformedlingen }).
se-topic-qualifications-step-4 = Dibloomayaashaada iyo shahaadooyinka shaqada si fiican u dhawr. Kula imow kulamadaada, tusaale ahaan sahaminta (kartläggning) ee { -arbetsformedlingen }.

## rights
se-topic-rights-title = Xuquuqdaada iyo waajibaadkaaga
se-topic-rights-summary = Iswiidhan, qof walba wuxuu leeyahay xuquuq aasaasi ah oo isku mid ah. Waxaad sidoo kale leedahay waajibaad. Tusaale ahaan, waa inaad raacdo sharciga.
se-topic-rights-step-1 = Qof walba waa u siman yahay sharciga hortiisa. Takoorku waa mamnuuc, tusaale ahaan sababo la xiriira asalka, diinta, jinsiga ama naafonimada.
se-topic-rights-step-2 = Haweenka iyo ragga waxay leeyihiin xuquuq siman, guriga, shaqada iyo bulshada. Carruurtu sidoo kale waxay leeyihiin xuquuq u gaar ah.
se-topic-rights-step-3 = Rabshaddu waa dembi, xitaa gudaha qoyska. Haddii aad hadda khatar ku jirto, wac 112. Si aad u soo sheegto dembi marka aysan degdeg ahayn, booliiska ka wac 114 14.
se-topic-rights-step-4 = Ma qabtaa su'aalo ku saabsan xuquuqdaada? Degmadaada (kommun) weydii halka aad hagitaan ka heli karto. Waxaad sidoo kale xuquuqda iyo waajibaadka ka akhrin kartaa informationsverige.se.

## everyday
se-topic-everyday-title = Nolosha maalinlaha ah
se-topic-everyday-summary = Mawduucan wuxuu ku siinayaa talooyin ku saabsan nolosha maalinlaha ah ee Iswiidhan. Wuxuu ka hadlayaa warqadaha, adeegyada internetka iyo waqtiga firaaqadaada. Ku biirista naadi ama urur waa hab wanaagsan oo aad dad ula kulanto.
se-topic-everyday-step-1 = Warqadaha hay'adaha isla markiiba akhri. Warqadaha qaarkood waxay sheegaan taariikhda ugu dambaysa ee jawaabtaada. Caawimo weydiiso haddii warqad kugu adag tahay inaad fahanto.
se-topic-everyday-step-2 = Adeegyo badan ayaa internetka ku jira. Waxaad ku gashaa aqoonsiga internetka. Akhri mawduuca “Aqoonsiga internetka: sida aad u caddayso cidda aad tahay”. Maktabadaha dadweynuhu waa bilaash, kuwo badanna waxay leeyihiin kombiyuutarro.
se-topic-everyday-step-3 = Ku biir urur (förening), tusaale ahaan naadi isboorti ama koox loogu talagalay dadka dhowaan yimid. Waxaad la kulmaysaa dad, waxaadna ku celcelinaysaa af-Iswiidhish. Degmadaada (kommun) weydii waxa ka jira meesha aad ku nooshahay.
se-topic-everyday-step-4 = Ma jiraa wax culus oo bulshada ka dhacaya, tusaale ahaan duufaan? Wac 113 13 si aad macluumaad u hesho, ama akhri krisinformation.se.

## help
se-topic-help-title = Halka aad caawimo ka heli karto
se-topic-help-summary = Uma baahnid inaad wax walba keligaa ogaato. Degmadaada (kommun) ayaa kugu hagi karta adeegga saxda ah. Ururo badan ayaa sidoo kale caawiya dadka dhowaan yimid.
se-topic-help-step-1 = Degmadaada weydii halka aad hagitaan ka heli karto. Waxay kuu sheegi karaan adeegga aad la xiriirayso.
se-topic-help-step-2 = { -informationsverige } waxay leedahay macluumaad ku saabsan nolosha Iswiidhan oo luqado badan ah. Isticmaal marka aad u baahato macluumaad luqaddaada ah.
se-topic-help-step-3 = Ma ka walwalsan tahay caafimaadkaaga, ama ma dareemaysaa inaad aad u liidato? Wac 1177 si aad talo u hesho, 24 saac maalintii.
se-topic-help-step-4 = Haddii ay jirto xaalad degdeg ah, wac 112.

## Authorities
se-authority-arbetsformedlingen = { -arbetsformedlingen-full } ({ -arbetsformedlingen })
se-authority-forsakringskassan = { -forsakringskassan-full } ({ -forsakringskassan })
se-authority-skatteverket = { -skatteverket-full } ({ -skatteverket })
se-authority-migrationsverket = { -migrationsverket-full } ({ -migrationsverket })
se-authority-municipality = Degmadaada (kommun)
se-authority-region = Gobolkaaga (daryeelka caafimaadka)
se-authority-skolverket = { -skolverket-full } ({ -skolverket })
se-authority-uhr = { -uhr-full } ({ -uhr })
se-authority-socialstyrelsen = { -socialstyrelsen-full } ({ -socialstyrelsen })
se-authority-police = { -polisen-full } ({ -polisen })
se-authority-banks = Bangiyada iyo aqoonsiga internetka
se-authority-ngos = Ururada iyo jamciyadaha
se-authority-guidance = Hagitaanka degmadaada

## Phones
se-phone-112 = Lambarka degdegga
se-phone-1177 = Talo caafimaad, 24 saac (1177)
se-phone-police-non-urgent = Booliiska, marka aysan degdeg ahayn
se-phone-crisis-information = Macluumaad marka wax culus ka dhacaan bulshada

## Checklist
se-check-folkbokforing = Iska diiwaangeli { -skatteverket } oo hel personnummer
se-check-id-card = Codso kaarka aqoonsiga
se-check-e-id = Hel aqoonsiga internetka, tusaale ahaan { -bankid }
se-check-residence-permit = Kaarka sharciga deganaanshaha si fiican u dhawr oo ogow goorta sharcigaagu dhammaanayo
se-check-forsakringskassan = La xiriir { -forsakringskassan }
se-check-establishment = { -arbetsformedlingen } wax ka weydii barnaamijka is-dhexgalka
se-check-sfi = Bilow { -sfi-full } ({ -sfi })
se-check-health = Raadi xarunta caafimaadkaaga (vårdcentral)
se-check-housing = Raadi guri oo ku biir safafka guryaha
se-check-children = Carruurtaada u raadi xanaanada carruurta ama dugsi

## Official sources
# Owners of the official pages, shown as "<owner>: <page title>".
se-owner-informationsverige = { -informationsverige }
se-owner-arbetsformedlingen = { -arbetsformedlingen }
se-owner-forsakringskassan = { -forsakringskassan }
se-owner-skatteverket = { -skatteverket }
se-owner-migrationsverket = { -migrationsverket }
se-owner-1177 = 1177
se-owner-skolverket = { -skolverket }
se-owner-uhr = { -uhr }
se-owner-socialstyrelsen = { -socialstyrelsen }
se-owner-lansstyrelsen = { -lansstyrelserna-full } ({ -lansstyrelserna })
se-owner-polisen = { -polisen }
se-owner-krisinformation = { -krisinformation }

# Titles of the official pages: what the page is about, without the owner.
se-source-informationsverige-first-steps = Waxa aad marka hore samaynayso kadib marka aad hesho sharci deganaansho
se-source-informationsverige-health = Daaweynta iyo caafimaadka
se-source-informationsverige-housing = Guryaha
se-source-informationsverige-rights = Xuquuqdaada iyo waajibaadkaaga
se-source-informationsverige-home = Macluumaad ku saabsan Iswiidhan oo af-Ingiriis ah
se-source-arbetsformedlingen-establishment = Barnaamijka is-dhexgalka (af-Iswiidhish)
se-source-forsakringskassan-establishment = Lacagta inta lagu jiro barnaamijka is-dhexgalka (af-Iswiidhish)
se-source-forsakringskassan-english = Macluumaad af-Ingiriis ah
se-source-skatteverket-moving = U guuritaanka Iswiidhan (Flytta till Sverige)
se-source-migrationsverket-home = Macluumaad af-Ingiriis ah
se-source-migrationsverket-permanent = Sharciga deganaanshaha joogtada ah
se-source-1177-english = Macluumaad ku saabsan daryeelka caafimaadka oo af-Ingiriis ah
se-source-skolverket-sfi = { -sfi-full(case: "capital") }, { -sfi } (af-Iswiidhish)
se-source-skolverket-english = Nidaamka dugsiyada Iswiidhan, af-Ingiriis
se-source-uhr-home = Qiimaynta waxbarashada dibadda laga helay
se-source-socialstyrelsen-licence = Ruqsadaha xirfadaha daryeelka caafimaadka
se-source-lansstyrelsen-civic-orientation = Barashada bulshada ee dadka dhowaan yimid (af-Iswiidhish)
se-source-polisen-english = Booliiska, af-Ingiriis
se-source-krisinformation-english = Macluumaadka xaaladaha degdegga, af-Ingiriis

## Pathway steps
step-se-urgent-housing-title = Maanta caawimo weydiiso xagga guriga
step-se-urgent-housing-text = Maanta la xiriir adeegyada bulshada ee degmadaada (kommun). U sheeg inaadan haysan meel ammaan ah oo aad ku noolaato. Waxay kaa caawin karaan marka ay xaaladdu degdeg tahay.
step-se-urgent-safety-title = Haddii aad khatar ku jirto, wac 112
step-se-urgent-safety-text = Wac 112 haddii adiga ama qoyskaagu hadda khatar ku jirtaan. Haddii aysan degdeg ahayn, waxaad booliiska ka wici kartaa 114 14.
step-se-urgent-health-title = Hel daryeel caafimaad
step-se-urgent-health-text = La xiriir xarunta caafimaadkaaga (vårdcentral). Haddii aadan hubin halka aad aadayso, wac 1177 si aad talo u hesho, 24 saac maalintii. Haddii ay jirto xaalad degdeg ah, wac 112.
step-se-folkbokforing-title = Iska diiwaangeli { -skatteverket }
step-se-folkbokforing-text = U sheeg { -skatteverket-full } ({ -skatteverket }) inaad u soo guurtay Iswiidhan. Ku bilow adeegga internetka “U guuritaanka Iswiidhan” (Flytta till Sverige), kadib tag xafiis adeeg. Waxaa lagu qorayaa diiwaanka dadweynaha (folkbokföring), waxaadna helaysaa lambarka aqoonsiga shakhsiga (personnummer).
step-se-e-id-title = Hel aqoonsiga internetka
step-se-e-id-text = Aqoonsiga internetku wuxuu internetka ku caddeeyaa cidda aad tahay. Kan ugu caansan waa { -bankid } oo aad ka helayso bangigaaga. Si aad u hesho { -bankid }, waxaad u baahan tahay lambarka aqoonsiga shakhsiga (personnummer) iyo bangi. { -freja } waa aqoonsi kale oo internetka ah.
step-se-forsakringskassan-title = La xiriir { -forsakringskassan }
step-se-forsakringskassan-text = { -forsakringskassan-full } ({ -forsakringskassan }) waxay bixisaa gunnooyin badan. Weydii kuwa aad codsan karto. U sheeg marka noloshaadu is beddesho.
step-se-establishment-title = Wax ka weydii barnaamijka is-dhexgalka
step-se-establishment-text = Waxaa laga yaabaa inaad ka qayb gali karto barnaamijka is-dhexgalka (etableringsprogrammet) ee { -arbetsformedlingen-full } ({ -arbetsformedlingen }). Wuxuu ku bilaabmaa sahaminta (kartläggning) waxbarashadaada, khibraddaada shaqo iyo hadafyadaada. Inta aad ka qayb qaadanayso, { -forsakringskassan-full } ({ -forsakringskassan }) waxay ku siin kartaa gunnada is-dhexgalka (etableringsersättning).
step-se-establishment-not-eligible-title = Waddooyin kale oo aad af-Iswiidhish ku barato oo aad shaqo ku hesho
step-se-establishment-not-eligible-text = Barnaamijka is-dhexgalka waxaa loogu talagalay dadka da'doodu tahay 20 ilaa 65 oo haysta sharci deganaansho iyagoo qaxooti ah ama qof u baahan ilaalin, ama xubin ka mid ah qoyska qof noocaas ah. Haddii uusan adiga kuu ahayn, weli waxaad baran kartaa { -sfi-full } ({ -sfi }) laga bilaabo da'da 16. Waxaad sidoo kale isu diiwaangelin kartaa shaqo-doon ahaan { -arbetsformedlingen-full } ({ -arbetsformedlingen }). Degmadaada (kommun) wax ka weydii adeegyo kale.
step-se-sfi-path-1-title = { -sfi-full(case: "capital") }: waddada waxbarashada 1
step-se-sfi-path-1-text = Waddada waxbarashada 1 ee { -sfi-full } ({ -sfi }) waxay leedahay koorsooyinka A, B, C iyo D. Waxaa loogu talagalay dadka dugsi yar dhigtay ama aan dugsi dhigan, iyo dadka weli baranaya akhriska iyo qoraalka. Taladan waxay ku salaysan tahay dugsigii aad dhigatay iyo akhriskaaga. Dugsiga { -sfi } ayaa go'aamiya waddada kugu habboon. Isku qor degmadaada (kommun). Xeerarka { -sfi } way isbeddeli karaan: weydii shaqaalaha kiiskaaga.
step-se-sfi-path-2-title = { -sfi-full(case: "capital") }: waddada waxbarashada 2
step-se-sfi-path-2-text = Waddada waxbarashada 2 ee { -sfi-full } ({ -sfi }) waxay leedahay koorsooyinka B, C iyo D. Waxaa loogu talagalay dadka dhowr sano dugsi dhigtay. Taladan waxay ku salaysan tahay dugsigii aad dhigatay iyo akhriskaaga. Dugsiga { -sfi } ayaa go'aamiya waddada kugu habboon. Isku qor degmadaada (kommun). Xeerarka { -sfi } way isbeddeli karaan: weydii shaqaalaha kiiskaaga.
step-se-sfi-path-3-title = { -sfi-full(case: "capital") }: waddada waxbarashada 3
step-se-sfi-path-3-text = Waddada waxbarashada 3 ee { -sfi-full } ({ -sfi }) waxay leedahay koorsooyinka C iyo D. Waxaa loogu talagalay dadka caadaystay waxbarashada. Taladan waxay ku salaysan tahay dugsigii aad dhigatay iyo akhriskaaga. Dugsiga { -sfi } ayaa go'aamiya waddada kugu habboon. Isku qor degmadaada (kommun). Xeerarka { -sfi } way isbeddeli karaan: weydii shaqaalaha kiiskaaga.
step-se-civic-orientation-title = Barashada bulshada oo luqaddaada ah
step-se-civic-orientation-text = Degmadaada (kommun) wax ka weydii barashada bulshada (samhällsorientering). Waa koorso ugu yaraan 100 saacadood ah oo ku saabsan nolosha Iswiidhan, luqaddaada haddii ay suurtagal tahay. Xaqaaga koorsada wuxuu socdaa 3 sano laga bilaabo diiwaangelintaadii ugu horreysay ee Iswiidhan. Xeerarku way isbeddeli karaan: weydii shaqaalaha kiiskaaga.
step-se-uhr-title = Codso in shahaadadaada la qiimeeyo
step-se-uhr-text = { -uhr-full } ({ -uhr }) ayaa qiimeeya shahaadooyinka dibadda laga helay. Waa bilaash. Ka hubi uhr.se sida loo codsado.
step-se-socialstyrelsen-title = Ruqsad aad ku shaqayso daryeelka caafimaadka
step-se-socialstyrelsen-text = Si aad uga shaqayso xirfad daryeel caafimaad, tusaale ahaan dhakhtar ama kalkaaliye caafimaad ahaan, waxaad u baahan tahay ruqsadda xirfadda (legitimation) oo ka timaadda { -socialstyrelsen-full } ({ -socialstyrelsen }).
step-se-forskola-title = Codso xanaanada carruurta
step-se-forskola-text = Xanaanada carruurta (förskola) waxaa loogu talagalay carruurta laga bilaabo da'da 1 ilaa ay dugsiga bilaabaan. Ka codso degmadaada (kommun). Goor hore codso.
step-se-school-title = Dugsiga carruurtaada
step-se-school-text = Dugsigu waa qasab carruurta ku nool Iswiidhan. Ilmo dhowaan yimid waxaa habboon in la siiyo boos dugsi 2 bilood gudahood. La xiriir degmadaada (kommun).
step-se-upper-secondary-title = Waxbarashada ilmahaaga dhallinyarada ah
step-se-upper-secondary-text = Dhallinyaradu waxay wax ku sii baran karaan dugsiga sare (gymnasieskolan). Haddii ay Iswiidhan ku cusub yihiin, marka hore waxay af-Iswiidhish ku baran karaan barnaamij luqadeed (språkintroduktion). Weydii degmadaada (kommun).
step-se-interpreter-title = Codso turjumaan
step-se-interpreter-text = Marka aad waqti qabsanayso, xafiiska u sheeg inaad u baahan tahay turjumaan iyo luqadda aad ku hadasho. Marka aad joogto { -arbetsformedlingen-full } ({ -arbetsformedlingen }), inta lagu jiro sahaminta (kartläggning) waxaa sidoo kale lagu weydiinayaa haddii aad turjumaan u baahan tahay.
step-se-community-title = La kulan dad oo hel taageero
step-se-community-text = Ururada (föreningar) iyo jamciyaduhu waxay kaa caawiyaan inaad dad la kulanto, aad ku celceliso af-Iswiidhish oo aad shaqo hesho. Tusaale ahaan naadiyada isboortiga iyo kooxaha loogu talagalay dadka dhowaan yimid. Degmadaada (kommun) weydii waxa kuu dhow.

## Shared screens, in Sweden
# Fariimahan waxay beddelaan kuwa guud (app.ftl, questions.ftl,
# pathway.ftl) ee magacaaba Finland.
app-name = Ku cusub Iswiidhan
home-title = Ku soo dhawoow Iswiidhan
home-intro = Hagahan wuxuu kaa caawinayaa bilahaaga ugu horreeya ee Iswiidhan. Akhri tallaabooyinkaaga ugu horreeya, adeegyada aad isticmaali karto iyo halka aad caawimo ka heli karto.
home-guide-text = Sharciyada, { -forsakringskassan }, shaqada, caafimaadka, guriga, dugsiga iyo wax kale.
qn-intro = Ka hor kulankaaga ugu horreeya ee aad la yeelanayso { -arbetsformedlingen-full } ({ -arbetsformedlingen }) ama degmadaada (kommun), waxaad ka jawaabi kartaa su'aalo ku saabsan xirfadahaaga, qorshayaashaada iyo noloshaada hadda. Markaas kulanku wuxuu ka bilaaban karaa jawaabahaaga.
pw-disclaimer = Tani waa talo aad adigu diyaarisay. Go'aan ma aha. { -arbetsformedlingen } ama degmadaada ayaa kula go'aaminaysa adeegyadaada.
pw-for-everyone = Waxaa loo soo jeediyay qof kasta oo u soo guuraya Iswiidhan si uu halkan ugu noolaado.
pw-qr-help = Shaqaalaha kiiskaaga wuxuu iskaan garayn karaa koodhkan si uu jawaabahaaga ugu arko af-Iswiidhish ama af-Ingiriis. Adiguna waad iskaan garayn kartaa adigoo isticmaalaya taleefankaaga, si aad nuqul u haysato. Jawaabahaagu waxay ku jiraan koodhka gudihiisa: waxba meelna looma diro.
qn-title = U diyaar garow kulamadaada ugu horreeya
qn-home-title = U diyaar garow kulamadaada ugu horreeya
hv-title = Jawaabaha sahaminta (kartläggning) iyo kulamada ugu horreeya
print-self-reported = Qofka laftiisa ayaa ka jawaabay ka hor sahaminta (kartläggning) iyo kulamada ugu horreeya. Waddadu waa talo, go'aan ma aha.
hv-self-reported = Qofku keligiis ayuu uga jawaabay su'aalahan, ka hor sahaminta (kartläggning) iyo kulamada ugu horreeya. Jawaabaha waxaa bixiyay qofka laftiisa. Waddadu waa talo uu app-ku ka sameeyay jawaabaha, go'aan ma aha.
topic-sources-heading = Ilaha rasmiga ah
