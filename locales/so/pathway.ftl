# Suggested pathway, print, and the caseworker's view. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $date }, are filled in by the app: keep them as they are.

## Pathway page
pw-title = Waddada lagugu taliyay
pw-intro = Tallaabooyinkan waxaa lagugu taliyay iyadoo laga eegayo jawaabahaaga. Marka hore waxaa yimaada waxa aad hadda samaynayso, kadib waxa goor dambe imaanaya.
pw-disclaimer = Tani waa talo aad adigu diyaarisay. Go'aan ma aha. Hay'adda ayaa qiimaynta kula go'aaminaysa adeegyadaada.
pw-no-answers = Weli kama aadan jawaabin su'aalaha. Marka hore ka jawaab, kadibna waxaad helaysaa waddo adiga laguu sameeyay.
pw-start-questions = Ka jawaab su'aalaha
pw-because = Sababtoo ah waxaad ku jawaabtay:
pw-for-everyone = Waxaa loo soo jeediyay qof kasta oo u soo guuraya Finland si uu halkan ugu noolaado.
pw-where = Halka aad aadayso:
pw-source = Isha rasmiga ah:
# After a step's sources: the day they were last checked. { $date } is a formatted date.
source-checked = la hubiyay { $date }
pw-check-answers = Hubi ama beddel jawaabahaaga
timing-now = Hadda samee
timing-soon = Bilaha soo socda
timing-later = Goor dambe

## Taking it with you
pw-take-heading = Tan qaado
pw-take-intro = Jawaabahaaga iyo waddadan tus marka aad ballantaada timaaddo. Dooro hal qaab.
pw-print = Daabac
pw-save = Fayl ahaan u kaydi
pw-share = La wadaag
pw-show-qr = Tus koodhka QR
pw-hide-qr = Qari koodhka QR
pw-qr-help = Shaqaalaha kiiskaaga wuxuu iskaan garayn karaa koodhkan si uu jawaabahaaga ugu arko af-Finnish ama af-Iswiidhish. Adiguna waad iskaan garayn kartaa adigoo isticmaalaya taleefankaaga, si aad nuqul u haysato. Jawaabahaagu waxay ku jiraan koodhka gudihiisa: waxba meelna looma diro.
pw-qr-label = Koodhka QR oo ay ku jiraan jawaabahaagu
pw-saved = Faylka waa la kaydiyay. Ka raadi faylasha aad soo dejisay.
pw-share-failed = Wadaagistu kuma shaqayn qalabkan. Taa beddelkeeda, waxaad kaydin kartaa faylka.

## Print
print-title = Jawaabaha iyo waddada lagu taliyay
print-caseworker-language = Luqadda labaad, ee shaqaalaha kiiska:
print-self-reported = Qofka laftiisa ayaa ka jawaabay ka hor qiimaynta. Waddadu waa talo, go'aan ma aha.
print-prepared = La diyaariyay { $date }
print-answers = Jawaabaha
print-pathway = Waddada lagu taliyay
print-button = Daabac boggan
print-back = Ku noqo waddadaada

## Caseworker view
hv-title = Jawaabaha qiimaynta
hv-self-reported = Qofku keligiis ayuu uga jawaabay su'aalahan, ka hor qiimaynta. Jawaabaha waxaa bixiyay qofka laftiisa. Waddadu waa talo uu app-ku ka sameeyay jawaabaha, go'aan ma aha.
hv-prepared = La diyaariyay { $date }. Luqadda qofka: { $language }.
hv-municipality = Degmada: { $name }
hv-language = Ku muuji:
hv-show-person = Sidoo kale muuji luqadda qofka
hv-hide-person = Qari luqadda qofka
hv-print = Daabac
hv-nothing-stored = Waxba boggan lagama kaydiyo qalabkan.
hv-dropped = Jawaabaha qaarkood lama akhrin karin. Waxaa laga yaabaa in lagu sameeyay nooc kale oo app-ka ah.
hv-load-title = Fur jawaabaha la kaydiyay
hv-load-intro = Dooro fayl laga kaydiyay app-kan. Wuxuu ku dhammaadaa .json.
hv-load-label = Faylka jawaabaha
hv-error-title = Jawaabahan lama furi karo
hv-try-file = Taa beddelkeeda, fur fayl la kaydiyay

## Errors in links and files
handover-error-empty = Linkiga ama faylku waa madhan yahay.
handover-error-too-large = Faylku aad buu u weyn yahay, sidaas darteed ma noqon karo fayl jawaabo ah. Hubi inaad dooratay faylka saxda ah.
handover-error-malformed = Linkiga ama faylku waa dhaawacan yahay. Qofka ka codso inuu mar kale tuso koodhka QR ama uu kaydiyo fayl cusub.
handover-error-newer = Jawaabahan waxaa lagu sameeyay nooc ka cusub oo app-ka ah. Cusboonaysii app-ka (dib u soo deji bogga), kadibna mar kale isku day.
handover-error-checksum = Linkiga ama faylka waa la beddelay ama waa dhaawacmay, sidaas darteed laguma kalsoonaan karo. Codso mid cusub.
handover-error-truncated = Qayb ka mid ah linkiga ama faylka ayaa maqan. Codso mid cusub.
handover-error-not-json = Tani ma aha fayl laga kaydiyay app-kan.
handover-error-not-handover = Faylkan kuma jiraan jawaabo ka yimid app-kan.

## Steps: urgent
step-urgent-safety-title = Haddii aad khatar ku jirto, wac 112
step-urgent-safety-text = Wac 112 haddii adiga ama qoyskaagu hadda khatar ku jirtaan. Waxaad sidoo kale caawimo weydiin kartaa booliiska, hoy gabbaad ama khad caawimo. Waa bilaash.
step-urgent-housing-title = Maanta caawimo weydiiso xagga guriga
step-urgent-housing-text = Maanta la xiriir adeegyada bulshada ee { -hyvinvointialue } ee aad ku nooshahay. U sheeg inaadan haysan meel ammaan ah oo aad ku noolaato. Sidoo kale u sheeg degmadaada.
step-urgent-money-title = Caawimo weydiiso xagga lacagta
step-urgent-money-text = Haddii aadan haysan lacag cunto ama biilal, { -kela } ka codso kaalmada nolol-maalmeedka aasaasiga ah. Xaalad degdeg ah, adeegyada bulshada ayaa ku caawin kara.
step-urgent-health-title = Hel daryeel caafimaad
step-urgent-health-text = La xiriir xarunta caafimaadkaaga. Haddii aad caawimo dhakhso ah u baahan tahay, wac { -paivystysapu } 116 117. Lambarkan wuxuu shaqeeyaa meelaha badankood: ka hubi 116117.fi. Xaalad degdeg ah, wac 112.
step-urgent-family-title = Wax ka weydii keenidda qoyskaaga
step-urgent-family-text = Isu-keenidda qoysku waxay leedahay xeerar iyo muddooyin go'an oo u gaar ah. Ka hubi migri.fi, goor horena talo weydiiso.
step-urgent-legal-title = Talo sharci weydiiso
step-urgent-legal-text = Adeegyada hagitaanka iyo talo-bixinta weydii halka aad ka heli karto talo sharci. Talooyinka qaarkood waa bilaash.

## Steps: first steps
step-register-dvv-title = Cinwaankaaga ka diiwaangeli { -dvv }
step-register-dvv-text = Iska diiwaangeli { -dvv } si aad u hesho degmo deganaansho. Adeegyo badan ayaa u baahan.
step-first-identity-code-title = Hel lambarka aqoonsiga shakhsiga
step-first-identity-code-text = Lambarka aqoonsiga shakhsiga badanaa wuxuu horey ugu qoran yahay kaarka ruqsadda deganaanshaha. Haddii uusan ku qornayn, waxaad helaysaa marka aad is diiwaangeliso { -dvv }. Waxaad u baahan tahay bangiga, { -kela } iyo daryeelka caafimaadka.
step-first-kela-title = { -kela } wax ka weydii caymiska bulshada
step-first-kela-text = Kaarka { -kela } ka codso OmaKela, oo dir ogeysiiska u guuritaanka Finland. Markaas { -kela } ayaa go'aamisa haddii aad ku jirto caymiska bulshada ee Finland.
step-first-tax-card-title = Hel kaarka canshuurta
step-first-tax-card-text = { -vero } ka hel kaarka canshuurta ka hor inta aadan shaqo bilaabin. Kaarka sii loo-shaqeeyahaaga.
step-first-bank-title = Fur akoon bangi
step-first-bank-text = Waxaad u baahan tahay akoon bangi si aad u hesho mushaharkaaga iyo gunnooyinkaaga. Bangiga sidoo kale ka codso koodhadhka bangiga ee internetka.

## Steps: your assessment
step-assessment-employment-title = Qiimayntaada waxaa sameeya { -tyollisyyspalvelut }
step-assessment-employment-text = Waxaad isu diiwaangelisay shaqo-doon, sidaas darteed { -tyollisyyspalvelut } ayaa kula sameeya qiimayntaada iyo qorshahaaga is-dhexgalka. La xiriir oo ballan qabso.
step-assessment-municipality-title = Qiimayntaada waxaa sameeya degmadaada
step-assessment-municipality-text = Marka loo eego jawaabahaaga, adeegyada is-dhexgalka ee degmadaada ayaa mas'uul ka ah qiimayntaada iyo qorshahaaga is-dhexgalka. La xiriir oo ballan qabso.
step-assessment-ask-title = Codso qiimaynta xirfadahaaga iyo baahiyahaaga
step-assessment-ask-text = Adeegyada hagitaanka iyo talo-bixinta ee degmadaada weydii cidda samaynaysa qiimayntaada. Haddii aad isu diiwaangeliso shaqo-doon shaqo la'aan ah, waa { -tyollisyyspalvelut }. Haddii kale, badanaa waa degmada.
step-window-open-title = Qorshahaaga is-dhexgalka waqtigiisa codso
step-window-open-text = Qiimaynta iyo qorshaha is-dhexgalka ee ugu horreeya waxaa la sameeyaa 3 sano gudahood laga bilaabo sharcigaaga deganaanshaha ee ugu horreeya ama diiwaangelintaada. Goor hore codso.
step-window-passed-title = In ka badan 3 sano ayaa ka soo wareegtay sharcigaagii ugu horreeyay
step-window-passed-text = Qorshaha is-dhexgalka ee ugu horreeya badanaa waxaa la sameeyaa 3 sano gudahood. Shaqaalaha kiiskaaga weydii waxa weli kuu suurtagal ah. Koorsooyinka luqadda iyo adeegyo kale ayaa laga yaabaa inay weli kuu furan yihiin.
step-jobseeker-register-title = Isu diiwaangeli shaqo-doon
step-jobseeker-register-text = Waxaad rabtaa shaqo ama tababar. Isu diiwaangeli shaqo-doon { -tyomarkkinatori(case: "with-finnish") } ama { -tyollisyyspalvelut }.
step-interpreter-title = Codso turjumaan
step-interpreter-text = Marka aad ballanta qabsanayso, xafiiska u sheeg inaad u baahan tahay turjumaan. Qiimaynta waxaa lagu sameeyaa luqad aad fahanto.
step-social-services-title = Qiimaynta adeegyada bulshada
step-social-services-text = Dadka haysta ilaalin caalami ah badanaa waxaa loo hagaa qiimaynta baahiyaha adeegyada bulshada. Waxay kaa caawinaysaa inaad hesho taageerada aad u baahan tahay.
step-unaccompanied-plan-title = Taageero qof dhallinyaro ah oo aan mas'uul sharci la socon
step-unaccompanied-plan-text = Qof dhallinyaro ah oo yimid isagoon mas'uul sharci la socon, badanaa waxaa loo hagaa qiimaynta baahiyaha adeegyada bulshada. Qorshe ayaa laguu sameeyaa, waxaana lala sameeyaa adeegyada bulshada. Weydii qofka aad la xiriirto ama shaqaalaha bulshada.
step-talk-health-title = Qof kala hadal caafimaadkaaga
step-talk-health-text = Ballan ka qabso xarunta caafimaadkaaga ama adeegyada bulshada. Waxaad u sheegi kartaa waxa kugu adkeeya waxbarashada ama shaqada.

## Steps: language
step-literacy-title = Tababarka akhriska iyo qoraalka
step-literacy-text = Codso tababarka akhriska iyo qoraalka. Waxaa loogu talagalay dadka aan weli si fiican wax u akhrin karin ama u qori karin, ama kuwa u cusub alifbeetada Laatiinka. Xeerarku waxay isbeddeli karaan 2027: weydii shaqaalaha kiiskaaga.
step-integration-training-title = Tababarka is-dhexgalka: af-Finnish ama af-Iswiidhish
step-integration-training-text = Tababarka is-dhexgalka waxaad ku baranaysaa af-Finnish ama af-Iswiidhish, iyo wax ku saabsan bulshada iyo nolosha shaqada. Badanaa wuxuu socdaa qiyaastii hal sano. Imtixaan ayaa muujinaya kooxda kugu habboon. Xeerarku waxay isbeddeli karaan 2027: weydii shaqaalaha kiiskaaga.
step-language-with-work-title = Luqadda baro adigoo shaqaynaya
step-language-with-work-text = Waxaad diyaar u tahay shaqo. Wax ka weydii waxbarasho luqadeed oo aad qayb-waqti ku qaadan karto inta aad shaqaynayso.
step-language-fluent-title = Xirfaddaada luqaddu hore ayay u fiican tahay
step-language-fluent-text = Waxaa laga yaabaa inaadan u baahnayn tababar luqadeed. Wax ka weydii adeegyo kale, tusaale ahaan waxbarasho ama shaqo.
step-civic-orientation-title = Barashada bulshada oo luqaddaada ah
step-civic-orientation-text = Wax ka weydii koorsada barashada bulshada ee luqado badan lagu dhigo. Waxay socotaa ugu yaraan 70 saacadood. Waxay kuu sheegaysaa xuquuqda, adeegyada, shaqada iyo nolosha maalinlaha ah ee Finland.
step-digital-skills-title = Baro isticmaalka adeegyada internetka
step-digital-skills-text = Adeegyo badan waxay ku jiraan internetka. Maktabaddaada ama degmadaada wax ka weydii caawimo iyo koorsooyin ku saabsan isticmaalka taleefanka, kombiyuutarka iyo adeegyada internetka.

## Steps: education and recognition
step-simhe-title = Hagitaan loogu talagalay dadka waxbarashada sare leh
step-simhe-text = Adeegyada { -simhe } ee jaamacadaha qaarkood waxay hagaan dadka leh waxbarasho jaamacadeed. Waxay sidoo kale ka caawiyaan aqoonsiga aqoontooda iyo xirfadahooda hore.
step-recognition-oph-title = Ogow heerka shahaadadaada
step-recognition-oph-text = { -oph } waxay go'aamin kartaa heerka ay shahaadadaada dibaddu ka tahay Finland. Keen shahaadooyinkaaga. Ka hubi oph.fi sida loo codsado.
step-regulated-valvira-title = Xaqa aad uga shaqeyso daryeelka caafimaadka ama daryeelka bulshada
step-regulated-valvira-text = Si aad uga shaqeyso daryeelka caafimaadka ama daryeelka bulshada, waxaad u baahan tahay ruqsadda xirfadda oo ka timaada { -lvv } (horey Valvira). Waxaad sidoo kale u baahan tahay af-Finnish ama af-Iswiidhish ku filan.
step-regulated-oph-title = Xaqa aad uga shaqeyso macallinnimada ama waxbarashada carruurnimada hore
step-regulated-oph-text = Macallinnimada iyo waxbarashada carruurnimada hore waa xirfado uu sharci xakameeyo. { -oph } ayaa go'aamisa haddii waxbarashadaadu ku siinayso xaqa aad uga shaqeyso.

## Steps: children
step-daycare-title = Codso waxbarashada carruurnimada hore
step-daycare-text = Degmadaada ka codso waxbarashada carruurnimada hore (xanaanada maalinta). Lacagta la bixiyo waxay ku xiran tahay dakhligaaga. Goor hore codso.
step-preprimary-title = Waxbarashada dugsiga ka horreysa
step-preprimary-text = Waxbarashada dugsiga ka horreysa waa qasab sannadka ka horreeya dugsiga. Waa bilaash. Degmadaada ayaa kuu sheegaysa sida ilmaha loo diiwaangeliyo.
step-school-title = Dugsiga carruurtaada
step-school-text = Waxbarashadu waa qasab laga bilaabo da'da 7. Haddii ilmahaagu weli ku hadli karin af-Finnish ama af-Iswiidhish, wax ka weydii waxbarashada diyaarinta ah ee dugsiga.
step-upper-secondary-title = Waxbarashada ilmahaaga dhallinyarada ah
step-upper-secondary-text = Dhallinyaradu waa inay wax bartaan ilaa da'da 18, ama ilaa ay dhammaystaan shahaado heerka dugsiga sare ah. Wax ka weydii waxbarashada heerka dugsiga sare ama TUVA, waxbarashada diyaarinta ah ee loogu talagalay.

## Steps: studies and work
step-vocational-title = Tababarka xirfadeed
step-vocational-text = Wax ka weydii TUVA, waxbarashada diyaarinta ah ee shahaadada heerka dugsiga sare, iyo waxbarashada xirfadeed ee heerka dugsiga sare.
step-university-title = Waxbarashada jaamacadda
step-university-text = Wax ka weydii waxbarashada sare iyo shuruudaha luqadda ee ay leedahay. Adeegyada { -simhe } ayaa ku hagi kara.
step-self-motivated-title = Marka hore waxbarashada ku heshiiya qorshahaaga
step-self-motivated-text = Ma rabtaa inaad wax barato oo aad sii hesho gunnada shaqo la'aanta? Markaas waxbarashada ku heshiiya qorshahaaga is-dhexgalka ka hor inta aadan bilaabin.
step-business-title = Talo ku saabsan bilaabidda ganacsi
step-business-text = { -tyollisyyspalvelut(case: "capital") } ka codso talo ku saabsan sida ganacsi looga bilaabo Finland.
step-work-routes-title = Waddooyinka shaqada
step-work-routes-text = { -tyollisyyspalvelut(case: "capital") } wax ka weydii tababarka suuqa shaqada, tijaabo shaqo ama shaqo mushahar-kaalmo leh.
step-community-title = La kulan dad oo hel taageero
step-community-text = Ururada iyo hawlaha waqtiga firaaqada waxay kaa caawiyaan inaad dad la kulanto oo aad shaqo hesho. Tusaale ahaan: ururada ay soogalootigu leeyihiin, ururada ardayda, la-talin shakhsi ah (qof khibrad leh ayaa ku hagaya) iyo jamciyadaha xirfadlayaasha. Degmadaada weydii waxa kuu dhow.
step-follow-up-plan-title = Haddii barnaamijku dhammaado oo aadan weli shaqo haysan
step-follow-up-plan-text = Marka barnaamijkaaga is-dhexgalku dhammaado oo aadan weli shaqo haysan, waxaa laguula samaynayaa qorshe xiga (jatkosuunnitelma). Waa qorshe ku saabsan tallaabooyinkaaga xiga. Waddooyinka suurtagalka ah waxaa ka mid ah, tusaale ahaan: tababarka suuqa shaqada, shaqo mushahar-kaalmo leh, tijaabo shaqo, TUVA (waxbarasho diyaarin ah oo loogu talagalay shahaadada heerka dugsiga sare), waxbarasho xirfadeed, waxbarasho sare, tababar xirfadeed oo shahaado leh, hawl shaqo oo baxnaanin ah iyo baxnaanin. Haddii aad tahay shaqo-doon, qorshahaaga shaqo-helidda wuxuu ku salaysan yahay qorshaha xiga.
step-social-guidance-title = Caawimo arrimaha maalinlaha ah
step-social-guidance-text = Ma u baahan tahay taageero dheeraad ah nolosha maalinlaha ah? Wax ka weydii hagitaanka bulshada ee taageera is-dhexgalka, iyo caawimada arrimaha xafiisyada (asiointiapu): qof ayaa kaa caawinaya inaad arrimahaaga ka fuliso xafiisyada. Degmooyinka qaarkood waxay sidoo kale bixiyaan hagitaan ku saabsan nolosha maalinlaha ah, oo ka baxsan adeegyada bulshada. Degmadaada weydii.
