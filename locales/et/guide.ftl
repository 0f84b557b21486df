# Masintõlge inglise keelest (machine-made translation from English). Teejuhi teemad: võtmed on samad mis inglise failis.

## first-steps
topic-first-steps-title = Sinu esimesed sammud Soomes
topic-first-steps-summary = Selles nimekirjas on esimesed asjad, mida enamik inimesi pärast siia kolimist teeb. Märgi iga samm, kui oled selle teinud. Sinu jaoks võib järjekord olla teistsugune.
topic-first-steps-step-1 = Ava samm, et selle kohta rohkem lugeda. Näed, mida teha ja kuhu minna.
topic-first-steps-step-2 = Kas midagi jääb arusaamatuks? Küsi abi. Sinu omavalitsuse lõimumisteenused või juhendamis- ja nõustamisteenused saavad sind aidata.

## residence-permit
topic-residence-permit-title = Elamisluba ja registreerimine
topic-residence-permit-summary = Enamik inimesi vajab elamisluba, mille annab { -migri-full } ({ -migri }). EL-i ja Põhjamaade kodanikud luba ei vaja. Kuid nad peavad end registreerima. Luba või registreerimist on sul vaja paljude teiste sammude jaoks.
topic-residence-permit-step-1 = Kas sa vajad elamisluba? Taotle seda { -migri(case: "elative") }. Vaata lehelt migri.fi, milline luba sobib sinu kolimise põhjusega.
topic-residence-permit-step-2 = Kas oled mõne EL-i riigi kodanik? Registreeri oma õigus Soomes elada { -migri(case: "inessive") } 3 kuu jooksul pärast saabumist. Kas oled mõne Põhjamaa kodanik ja jääd Soome kauemaks kui 6 kuud? Siis registreeru ühe kuu jooksul isiklikult { -dvv(case: "inessive") }. Vaata { -infofinland(case: "elative") }, kuidas seda teha.
topic-residence-permit-step-3 = Hoia oma elamisloa kaarti hoolikalt. Seda on vaja paljudes asutustes. Kui kaotad selle, küsi { -migri(case: "ablative") }, mida teha.
topic-residence-permit-step-4 = Sinu luba kehtib ainult teatud aja. Taotle jätkuluba enne, kui sinu luba lõpeb. Vaata reegleid ja kuupäevi lehelt migri.fi.

## right-to-stay
topic-right-to-stay-title = Kuidas säilitada õigus Soome jääda
topic-right-to-stay-summary = Sinu elamisluba kehtib ainult teatud aja. Et Soome jääda, hoia oma luba kehtivana ja hoia { -migri(case: "partitive") } oma olukorraga kursis. Mõne aasta pärast võid saada alalise elamisloa.
topic-right-to-stay-step-1 = Taotle jätkuluba enne, kui sinu luba lõpeb. Jätkuluba on uus luba, millega saad siin edasi elada. Taotle seda veebis e-teenuses { -enter-finland }. See on { -migri(case: "genitive") } e-teenus.
topic-right-to-stay-step-2 = Teata { -migri(case: "allative") }, kui sinu olukord muutub. Näiteks sinu töö lõpeb või sinu pere muutub. Uue aadressi teatad { -dvv(case: "allative") }.
topic-right-to-stay-step-3 = Mõnikord saadab { -migri } sulle kirja ja küsib lisateavet. Vasta kirjas antud tähtajaks. Küsi abi, kui kirjast on raske aru saada.
topic-right-to-stay-step-4 = Alalise elamisloa uued reeglid kehtivad alates 8. jaanuarist 2026. Üldjuhul on vaja, et oled elanud Soomes 6 aastat. Sul on vaja ka piisavalt head soome või rootsi keele oskust (rahuldav tase). Ja sul on vaja 2 aastat töökogemust. Nende 2 aasta jooksul võid olla saanud töötu abiraha või toimetulekutoetust kõige rohkem 3 kuud. Suure sissetuleku või Soomes omandatud kraadiga võib piisata 4 aastast. Vaata üksikasju lehelt migri.fi.
topic-right-to-stay-step-5 = Kas sinu luba põhineb tööl? Kui sinu töö lõpeb, on sul uue töö leidmiseks aega 3 või 6 kuud. Küsi { -migri(case: "ablative") }, milline aeg sinu kohta kehtib.

## identity-code
topic-identity-code-title = Isikukood ja aadress
topic-identity-code-summary = { -dvv } peab arvestust Soomes elavate inimeste üle. Kui sa end registreerid, võid saada isikukoodi. { -dvv } märgib üles ka sinu koduvalla. Paljud teenused vajavad neid andmeid.
topic-identity-code-step-1 = Registreeru pärast saabumist { -dvv(case: "inessive") }. Vaata lehelt dvv.fi, kuidas end registreerida. Seal on kirjas ka, milliseid dokumente kaasa võtta.
topic-identity-code-step-2 = Sinu isikukood on sageli juba sinu elamisloa kaardil. Kui ei ole, saad selle registreerimisel. Aadressi ja koduvalla jaoks pead end ikkagi { -dvv(case: "inessive") } registreerima. Koodi on vaja pangas, { -kela(case: "inessive") } ja tervishoius. Hoia seda hoolikalt.
topic-identity-code-step-3 = Kui kolid uuele aadressile, teata sellest { -dvv(case: "allative") }. Vaata lehelt dvv.fi, kuidas seda teha.
topic-identity-code-step-4 = Kas sinuga elavad koos pereliikmed? Registreeri ka nemad { -dvv(case: "inessive") }, ka sinu lapsed. Iga inimene saab oma isikukoodi.

## kela
topic-kela-title = { -kela } ja sotsiaalkindlustus
topic-kela-summary = { -kela } maksab Soomes paljusid toetusi. Kõigepealt otsustab { -kela }, kas sa kuulud Soome sotsiaalkindlustuse alla. Kui kuulud, saad taotleda { -kela } toetusi.
topic-kela-step-1 = Taotle { -kela } kaarti OmaKelas, mis on { -kela } e-teenus. Esita ka teade Soome kolimise kohta. Siis otsustab { -kela }, kas sa kuulud Soome sotsiaalkindlustuse alla. Vaata lehelt kela.fi, kuidas seda teha.
topic-kela-step-2 = Kui kuulud sotsiaalkindlustuse alla, saad { -kela } kaardi. Hoia seda endaga kaasas. Seda näitad näiteks apteegis. Sinu õigus avalikule tervishoiule tuleb sinu koduvallast, mitte kaardist.
topic-kela-step-3 = { -kela(case: "adessive") } on toetusi paljudeks olukordadeks, näiteks eluasemetoetus ja lapsetoetus. See, mida saad, sõltub sinu olukorrast. Otsustab { -kela }.
topic-kela-step-4 = Iga toetust pead eraldi taotlema. Teata { -kela(case: "allative") }, kui sinu elu muutub. Näiteks muutub sinu sissetulek, aadress või pere.

## money
topic-money-title = Raha esimestel kuudel
topic-money-summary = Esimestel kuudel võid vajada abi rahaga. { -kela } maksab paljusid toetusi. Iga toetust pead eraldi taotlema. See teema räägib kõige tavalisematest toetustest.
topic-money-step-1 = Kas oled töötu ja sul on lõimumiskava? Võid kava ajal saada töötu abiraha. Kõigepealt registreeru töötu tööotsijana. Siis taotle toetust { -kela(case: "elative") }.
topic-money-step-2 = Toetusi saad taotleda OmaKelas, mis on { -kela } e-teenus. Olemas on ka ingliskeelsed vormid.
topic-money-step-3 = Kas sinu sissetulek on väike? Võid saada { -kela(case: "elative") } üldist eluasemetoetust. See aitab maksta sinu kodu kulusid. { -kela } otsustab sinu olukorra põhjal.
topic-money-step-4 = Toimetulekutoetus (toimeentulotuki) on viimase astme abi, kui sinu muust sissetulekust ei piisa põhivajadusteks. Taotle seda { -kela(case: "elative") }. Mõnes olukorras võivad sinu { -hyvinvointialue(case: "genitive") } sotsiaalteenused anda lisaabi. Küsi neilt.
topic-money-step-5 = Toetus võib lõppeda või väheneda. See võib juhtuda, kui sa ei osale oma lõimumiskavas või selles kokku lepitud teenustes. See võib juhtuda ka siis, kui sa ei teata { -kela(case: "allative") } muutustest. Näiteks muutub sinu sissetulek, pere või aadress. Teata { -kela(case: "allative") } muutustest kohe.
topic-money-step-6 = Kas hoolitsed kodus alla 3-aastase lapse eest? Võid saada { -kela(case: "elative") } lapse koduhooldustoetust. Reeglid võivad 2027. aastal muutuda. Küsi oma juhtumikorraldajalt.

## tax
topic-tax-title = Maksukaart ja maksud
topic-tax-summary = Soomes võetakse maks sinu palgast enne, kui sa selle kätte saad. Sul on vaja maksukaarti, mille annab { -vero-full } ({ -vero }). Maksukaardilt näeb sinu tööandja, kui palju maksu kinni pidada.
topic-tax-step-1 = Hangi maksukaart enne, kui alustad tööd. Vaata lehelt vero.fi, kuidas seda saada.
topic-tax-step-2 = Anna oma maksukaart tööandjale. Tööandja vajab seda, et maksta sinu palka õigesti.
topic-tax-step-3 = Ilma maksukaardita võtab tööandja sinu palgast palju rohkem maksu.
topic-tax-step-4 = Igal aastal saadab { -vero } sulle eeltäidetud maksudeklaratsiooni, mida pead kontrollima. Loe seda hoolikalt. Kui midagi on valesti, paranda see enne kuupäeva, mis on sellel kirjas.

## bank-id
topic-bank-id-title = Pangakonto ja e-tuvastamine
topic-bank-id-summary = Pangakontot on sul vaja, et saada palka ja toetusi. Internetipanga koodidega tõendad internetis, kes sa oled. Seda nimetatakse tugevaks tuvastamiseks. Seda kasutad teenuses { -suomi-fi } ja paljudes teistes e-teenustes.
topic-bank-id-step-1 = Vali pank ja küsi, kuidas kontot avada. Küsi, milliseid dokumente on vaja.
topic-bank-id-step-2 = Võta panka kaasa oma isikut tõendavad dokumendid. Näiteks võta kaasa pass ja elamisloa kaart.
topic-bank-id-step-3 = Küsi pangast internetipanga koode. Nendega logid sisse oma panka ja paljudesse avalikesse teenustesse. Ära anna oma koode kunagi teisele inimesele.
topic-bank-id-step-4 = Logi oma koodidega sisse teenusesse { -suomi-fi }. Seal saad ühes kohas kasutada paljusid avalikke e-teenuseid.

## letters
topic-letters-title = Ametlikud kirjad ja e-tuvastamine
topic-letters-summary = Ametiasutused saadavad sulle kirju sinu asjade kohta. Mõned kirjad on otsused. Loe neid kohe, sest neil võivad olla tähtajad. Et lugeda kirju ja kasutada e-teenuseid internetis, on sul vaja tugevat elektroonilist tuvastamist.
topic-letters-step-1 = Otsused ja muud kirjad tulevad posti teel või { -suomi-fi }-sõnumitena. { -suomi-fi }-sõnumid on turvaline veebipostkast ametiasutuste kirjade jaoks. Selle lülitad sisse teenuses { -suomi-fi }. Pärast seda vaata oma sõnumeid seal sageli.
topic-letters-step-2 = Otsus (päätös) on ametiasutuse ametlik vastus sinu asjas. Selles on kirjas, kuidas ja mis kuupäevaks saad selle vaidlustada. Vaidlustada tähendab paluda, et otsust muudetaks. Viimast päeva nimetatakse vaidlustamise tähtajaks. Loe iga otsust kohe, et sul oleks aega.
topic-letters-step-3 = Kas kirjast on raske aru saada? Küsi abi. Juhendamis- ja nõustamisteenused saavad selle sulle selgeks teha. Võid paluda ka tõlki.
topic-letters-step-4 = Tugeva elektroonilise tuvastamisega tõendad internetis, kes sa oled. Tavaliselt kasutad selleks oma internetipanga koode. Küsi neid oma pangast.
topic-letters-step-5 = Kas pank keeldub sulle internetipanga koode andmast? Küsi pangast, milliseid dokumente see aktsepteerib. Aidata võib välismaalase isikutunnistus, mille annab politsei, või mobiilisertifikaat (tuvastamine sinu telefoniga). Iga pank otsustab selle ise, seega küsi oma pangast.

## work
topic-work-title = Töö ja { -tyollisyyspalvelut }
topic-work-summary = { -tyollisyyspalvelut(case: "capital") } aitavad sul leida tööd või koolitust. Alates 1. jaanuarist 2025 pakuvad { -tyollisyyspalvelut(case: "partitive") } omavalitsused. Tööotsijaks registreerud portaalis { -tyomarkkinatori(case: "with-finnish") }.
topic-work-step-1 = Registreeru tööotsijaks portaalis { -tyomarkkinatori }. Kui sa ei saa seda internetis teha, küsi abi oma { -tyollisyyspalvelut(case: "elative") }.
topic-work-step-2 = Kas oled registreeritud töötu tööotsijana? Siis vastutavad sinu lõimumisteenuste eest { -tyollisyyspalvelut }. Nad hindavad sinu oskusi ja teevad koos sinuga kava.
topic-work-step-3 = Kirjuta CV. Loetle oma haridus, töökogemus ja oskused. Uuenda seda, kui midagi muutub.
topic-work-step-4 = Hoia oma kooli- ja töötõendeid hoolikalt. Võta need kaasa, kui kohtud { -tyollisyyspalvelut(case: "genitive") } töötajaga või tööandjaga.

## integration
topic-integration-title = Lõimumisteenused
topic-integration-summary = Lõimumisteenused aitavad sul õppida keelt, leida tööd ja mõista Soome ühiskonda. Kui oled registreeritud töötu tööotsija, vastutavad sinu eest { -tyollisyyspalvelut }. Paljude teiste eest, näiteks tööelust väljas olevate inimeste eest, vastutab omavalitsus. Küsi, kui sa ei ole kindel.
topic-integration-step-1 = Loe põhiteavet Soomes elamise kohta, näiteks seda teejuhti. Kui sul on küsimusi, küsi oma omavalitsuse juhendamis- ja nõustamisteenustest.
topic-integration-step-2 = Palu oma oskuste ja teenusevajaduste hindamist (alghindamine). See tehakse keeles, millest sa aru saad. Võid kasutada tõlki.
topic-integration-step-3 = Pärast hindamist võid saada lõimumiskava. Selles on kirjas õpingud ja teenused sinu jaoks. Esimene kava tehakse 3 aasta jooksul pärast sinu esimest luba või registreerimist.
topic-integration-step-4 = Lõimumiskoolitus kestab tavaliselt umbes aasta. Sa õpid soome või rootsi keelt. Sa õpid ka ühiskonna ja tööelu kohta. Reeglid võivad 2027. aastal muutuda: küsi oma juhtumikorraldajalt.
topic-integration-step-5 = Võid osaleda ka ühiskonnaõpetuse kursusel. Seda õpetatakse paljudes keeltes ja see kestab vähemalt 70 tundi. Sa õpid õiguste, teenuste, töö ja igapäevaelu kohta.

## language
topic-language-title = Soome või rootsi keele õppimine
topic-language-summary = Soome ja rootsi keel on Soome ametlikud keeled. Paljudes piirkondades räägib enamik inimesi soome keelt. Keel aitab sul leida tööd ja igapäevaeluga toime tulla. Küsi, milline keel on sinu elukohas kõige parem.
topic-language-step-1 = Lõimumiskoolitusse kuulub soome või rootsi keel. Küsi selle kohta hindamisel või oma lõimumisteenustest.
topic-language-step-2 = Kas lugemine või kirjutamine on sinu jaoks raske? Või on soome keeles kasutatavad tähed (ladina tähestik) sinu jaoks uued? Siis küsi kirjaoskuse koolitust. Selle koolituse reeglid võivad 2027. aastal muutuda: küsi oma juhtumikorraldajalt.
topic-language-step-3 = Keelekursusi on ka vabahariduslikus koolituses. Üks näide on rahvaülikool. Küsi oma omavalitsuselt kursuste kohta sinu lähedal.
topic-language-step-4 = Kas saad töötu abiraha ja tahad ise oma õpingud valida? Lepi need oma kavas kokku enne, kui alustad. Muidu võid toetuse kaotada.

## qualifications
topic-qualifications-title = Oma kraadi ja elukutse kasutamine
topic-qualifications-summary = Välismaal omandatud haridus võib aidata sul Soomes tööd leida. Mõne töö jaoks on sul kõigepealt vaja ametlikku otsust. See teema räägib, kust küsida.
topic-qualifications-step-1 = Kas sul on välismaal omandatud kõrghariduse kraad? { -oph } saab otsustada, mis tasemele see Soomes vastab. Vaata lehelt oph.fi, kuidas taotleda.
topic-qualifications-step-2 = Mõned kutsealad on seadusega reguleeritud. Neil töötamiseks on sul vaja ametlikku õigust. Paljude puhul otsustab { -oph }, kas sinu haridus annab sulle selle õiguse.
topic-qualifications-step-3 = Kas tahad töötada tervishoius või sotsiaalhoolekandes? Sul on vaja kutsetegevuse õigust, mille annab { -lvv } (Lupa- ja valvontavirasto, varem Valvira). Sa pead ka piisavalt hästi oskama soome või rootsi keelt.
topic-qualifications-step-4 = Eratööandjad otsustavad ise, kas sinu haridus sobib tööga. Kas sul on ülikoolikraad? Mõnes ülikoolis saavad { -simhe } teenused sind juhendada.

## health-care
topic-health-care-title = Tervishoiuteenuste saamine
topic-health-care-summary = Sinu { -hyvinvointialue(case: "with-finnish") } korraldab avalikku tervishoidu ja sotsiaalteenuseid. Helsingis korraldab neid Helsingi linn. Tavaliselt on esimene koht, kuhu pöörduda, sinu tervisekeskus. Avaliku tervishoiu kasutamiseks on sul tavaliselt vaja koduvalda.
topic-health-care-step-1 = Tervisekeskus (terveysasema) on sinu piirkonna avalik tervishoiuasutus. Seal saad kohtuda õe või arstiga. Leia oma tervisekeskus ja küsi, kuidas broneerida esimene vastuvõtuaeg.
topic-health-care-step-2 = Sinu õigus avalikule tervishoiule tuleb sinu koduvallast. See on omavalitsus, kus oled registreeritud elanikuna. Õigus ei tule { -kela } kaardist. Koduvalla saamiseks registreeru { -dvv(case: "inessive") }.
topic-health-care-step-3 = Kas ootad veel koduvalda? Hädaolukorras saad abi igal juhul. Võib juhtuda, et pead kulud hiljem maksma. Muu ravi puhul võib sul siiski olla õigus avalikule tervishoiule, näiteks sellepärast, et töötad Soomes. Seda pead eraldi taotlema: küsi { -kela(case: "ablative") }. Võid minna ka erakliinikusse.
topic-health-care-step-4 = Avalik hambaravi on samuti osa avalikust tervishoiust. Küsi oma tervisekeskusest või avalikust hambaravist, kuidas aega broneerida.
topic-health-care-step-5 = Kas oled rase? Mine naistenõuandlasse (neuvola). Seal jälgitakse sinu ja sinu lapse tervist. Alla kooliealised lapsed käivad lastenõuandlas. Seal kontrollitakse nende tervist ja kasvu.
topic-health-care-step-6 = Kas vajad abi oma emakeeles? Palu tõlki, kui broneerid vastuvõtuaega. Ütle neile, mis keelt sa räägid.

## health
topic-health-title = Äkiline haigus ja kiire abi
topic-health-summary = See teema räägib, mida teha, kui jääd äkki haigeks või vajad kiiresti abi. Igapäevase tervishoiu kohta loe teemat „Tervishoiuteenuste saamine“. Helista numbril 112 ainult siis, kui elu, tervis, vara või keskkond on ohus.
topic-health-step-1 = Tavaliselt on esimene koht, kuhu pöörduda, sinu tervisekeskus (terveysasema). Leia endale lähim tervisekeskus. Küsi, kuidas vastuvõtuaega broneerida.
topic-health-step-2 = Kas vajad kiiresti abi? Kui see ei ole hädaolukord, helista { -paivystysapu(case: "allative") } 116 117. Seal öeldakse, mida teha ja kuhu minna. Number töötab enamikus piirkondades, kuid mitte kõikjal. Vaata lehelt 116117.fi.
topic-health-step-3 = Hädaolukorras helista numbril 112. Näiteks kui keegi ei saa hingata, on teadvuseta või veritseb palju.
topic-health-step-4 = Kas vajad abi oma emakeeles? Palu tõlki, kui broneerid vastuvõtuaega.

## emergency
topic-emergency-title = Hädaabinumber 112
topic-emergency-summary = 112 on Soome hädaabinumber. Helista sellele, kui elu, tervis, vara või keskkond on ohus, näiteks tulekahju korral. Nii saad ühenduse politsei, kiirabi ning tuletõrje- ja päästeteenistusega.
topic-emergency-step-1 = Helista numbril 112 ja püsi rahulik. Ütle, kes sa oled, kus sa oled ja mis juhtus. Vasta küsimustele.
topic-emergency-step-2 = Ära katkesta kõnet enne, kui sulle öeldakse, et võid. Järgi juhiseid, mida saad.
topic-emergency-step-3 = Paigalda oma telefoni rakendus { -app-112-suomi }. See võib aidata häirekeskusel leida, kus sa oled.
topic-emergency-step-4 = Kui keegi on võtnud mürki või liiga palju ravimeid, helista { -myrkytystietokeskus(case: "allative") }. Selle number on sellel lehel. Kui inimene on teadvuseta või ei saa hästi hingata, helista numbril 112.

## housing
topic-housing-title = Kodu leidmine
topic-housing-summary = Kodu on üks esimesi asju, mida vajad. Võid üürida omavalitsuselt, mittetulunduslikult üürileandjalt või eraüürileandjalt. Kui sinu sissetulek on väike, võib { -kela } aidata kuludega.
topic-housing-step-1 = Otsi üürikodu. Küsi oma omavalitsuselt omavalitsuse ja mittetulunduslike üürikodude kohta. Esita taotlus varakult, sest võib-olla pead ootama.
topic-housing-step-2 = Loe üürilepingut hoolikalt, enne kui sellele alla kirjutad. Üürileandja küsib sageli tagatisraha. Küsi, millal saad selle tagasi.
topic-housing-step-3 = Kas sinu sissetulek on väike? Võid saada { -kela(case: "elative") } eluasemetoetust. { -kela } otsustab sinu olukorra põhjal.
topic-housing-step-4 = Kui kolid, teata { -dvv(case: "allative") } oma uus aadress. Kui saad toetusi, teata ka { -kela(case: "allative") }.

## children
topic-children-title = Lapsed, lasteaed ja kool
topic-children-summary = See teema on lastega peredele. See räägib lasteaiast, koolist ja laste tervishoiust. Soomes on haridus lastele ja noortele kohustuslik.
topic-children-step-1 = Alusharidus (varhaiskasvatus) on lastehoid väikestele lastele. Taotle seda eraldi oma omavalitsuselt. Tasu sõltub sinu pere sissetulekust.
topic-children-step-2 = Eelkooliõpetus on kohustuslik aastal enne kooli algust. See on tasuta.
topic-children-step-3 = Haridus on kohustuslik 7-aastasest kuni 18-aastaseks saamiseni. See võib lõppeda varem, kui noor omandab keskhariduse.
topic-children-step-4 = Kas sinu laps alles õpib soome või rootsi keelt? Laps võib saada kooliks ettevalmistavat õpet. See kestab umbes ühe õppeaasta.
topic-children-step-5 = Lastenõuandlates (neuvola) kontrollitakse väikeste laste tervist ja kasvu. Neid korraldab sinu { -hyvinvointialue }. Küsi sealt, kuidas aega broneerida.

## rights
topic-rights-title = Sinu õigused ja kohustused
topic-rights-summary = Soomes on kõigil samad põhiõigused. Sul on ka kohustused. Näiteks pead järgima seadust ja maksma makse.
topic-rights-step-1 = Kõik on seaduse ees võrdsed. Diskrimineerimine on keelatud, näiteks päritolu, usu, soo või puude tõttu.
topic-rights-step-2 = Naistel ja meestel on võrdsed õigused. See kehtib kodus, tööl ja ühiskonnas.
topic-rights-step-3 = Vägivald on kuritegu, ka perekonnas. Kui oled praegu ohus, helista numbril 112. { -nollalinja } aitab kõiki, kes kogevad lähisuhtevägivalda. Selle numbrid on sellel lehel.
topic-rights-step-4 = Tööl on sul õigus saada kokkulepitud palka. Küsi kirjalikku lepingut. Hoia alles oma palgalehed.

## everyday
topic-everyday-title = Igapäevaelu
topic-everyday-summary = See teema annab nõuandeid igapäevaeluks Soomes. See räägib eelarvest, arvetest, e-teenustest ja jäätmetest. Tähtis on ka vaba aeg. Liitu klubi, spordirühma või ühinguga, et inimestega kohtuda.
topic-everyday-step-1 = Planeeri oma raha. Kirjuta iga kuu üles oma sissetulekud ja kulud.
topic-everyday-step-2 = Maksa oma arved õigel ajal. Maksmata arved võivad kahjustada sinu krediidiinfot. Kui sa ei saa maksta, võta saatjaga varakult ühendust.
topic-everyday-step-3 = Kasuta paljude avalike e-teenuste jaoks teenust { -suomi-fi }. Avalikud raamatukogud on tasuta. Paljudes raamatukogudes on arvutid ja töötajad saavad aidata sul neid kasutada.
topic-everyday-step-4 = Sorteeri oma jäätmed taaskasutuseks. Küsi oma üürileandjalt või omavalitsuselt, millised reeglid sinu elukohas kehtivad.

## driving-licence
topic-driving-licence-title = Teise riigi juhiluba
topic-driving-licence-summary = Kas saad Soomes sõita välismaal saadud juhiloaga? See sõltub riigist, kus selle said. Vaata reeglid aegsasti üle.
topic-driving-licence-step-1 = EL-i või EMP riigi juhiluba kehtib Soomes edasi. EMP on EL-i riigid ning Island, Liechtenstein ja Norra.
topic-driving-licence-step-2 = Paljud teised juhiload kehtivad pärast siia kolimist ainult piiratud aja. Pärast seda pead vahetama oma juhiloa Soome juhiloa vastu. Mõne juhiloa puhul pead tegema ka sõidueksami. Juhiloa vahetad teeninduspunktis { -ajovarma }. Need on juhilubade teeninduspunktid.
topic-driving-licence-step-3 = Vaata oma riigi reegleid { -infofinland(case: "elative") }. Tee seda varsti, enne kui aeg läbi saab.

## help
topic-help-title = Kust abi saada
topic-help-summary = Sa ei pea kõike üksi välja uurima. Juhendamis- ja nõustamisteenused on kõigile sisserändajatele. Need on ka inimestele, kellel ei ole elamisluba. Võid neilt küsida teenuste ja igapäevaelu kohta.
topic-help-step-1 = Küsi oma omavalitsuselt, kust saada juhendamist ja nõustamist. Seal öeldakse, millise teenuse poole pöörduda.
topic-help-step-2 = { -infofinland(case: "inessive") } on teavet Soomes elamise kohta paljudes keeltes. Kasuta seda, kui vajad teavet oma emakeeles.
topic-help-step-3 = Kas oled kriisis ja vajad kedagi, kellega rääkida? Helista { -mieli } kriisitelefonile. Soomekeelne liin on avatud ööpäev läbi. Teistel keeltel on oma numbrid ja ajad. Kõik numbrid on sellel lehel.
topic-help-step-4 = Hädaolukorras helista numbril 112. Helista, kui elu, tervis, vara või keskkond on ohus.

## interpreters
topic-interpreters-title = Tõlgid
topic-interpreters-summary = Tõlk tõlgib sinu jutu teise keelde ja ametniku jutu sinu keelde. Tõlgi abil saad oma asjadest aru ja saad neid hästi selgitada.
topic-interpreters-step-1 = Kas asja algatas ametiasutus? Siis korraldab tõlgi ametiasutus ja maksab selle eest.
topic-interpreters-step-2 = Kas algatasid asja ise? Näiteks taotlesid midagi. Siis küsi ametiasutuselt, kas nad korraldavad tõlgi.
topic-interpreters-step-3 = Ütle oma keel, kui broneerid aega. Võid paluda tõlki, kes räägib sinu murret. Võid paluda ka, et sinu tõlk oleks naine või mees.
topic-interpreters-step-4 = Sinu oskuste ja teenusevajaduste hindamine tehakse keeles, millest sa aru saad. Kui vajad tõlki, võid tõlki kasutada.

## Authorities
authority-migri = { -migri-full }
authority-dvv = { -dvv-full }
authority-kela = { -kela } ({ -kela-full })
authority-vero = { -vero-full }
authority-banks = Pangad ja { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = Omavalitsuse lõimumisteenused
authority-wellbeing = { -hyvinvointialue(case: "capital") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = Sinu omavalitsus
authority-oph = { -oph-full }
authority-lvv = { -lvv } (tervishoiu ja sotsiaalhoolekande load)
authority-simhe = { -simhe } teenused ülikoolides
authority-ngos = Organisatsioonid ja ühingud
authority-guidance = Juhendamis- ja nõustamisteenused
authority-traficom = { -traficom-full } ({ -traficom })

## Phones
phone-112 = Hädaabinumber
phone-medical-helpline = { -paivystysapu(case: "capital") }
phone-poison = { -myrkytystietokeskus(case: "with-finnish") }
phone-crisis = Soomekeelne kriisitelefon, ööpäev läbi ({ -mieli })
phone-crisis-en-ar = Inglise- ja araabiakeelne kriisitelefon ({ -mieli })
phone-crisis-uk = Ukrainakeelne kriisitelefon ({ -mieli })
phone-crisis-ru = Venekeelne kriisitelefon ({ -mieli })
phone-crisis-sv = Rootsikeelne kriisitelefon ({ -mieli })
phone-nollalinja = { -nollalinja }: abitelefon kõigile, kes kogevad lähisuhtevägivalda
phone-nollalinja-short = { -nollalinja }: sama abitelefon, lühinumber

## Checklist
check-permit = Hangi elamisluba või registreeri oma viibimine
check-register = Registreeru { -dvv(case: "inessive") } ja saa isikukood
check-kela = Küsi { -kela(case: "ablative") } sotsiaalkindlustuse kohta
check-tax-card = Hangi maksukaart
check-bank = Ava pangakonto ja hangi pangakoodid
check-jobseeker = Registreeru tööotsijaks
check-health = Leia oma tervisekeskus
check-integration = Küsi lõimumisteenuseid
check-language = Hakka õppima soome või rootsi keelt
check-housing = Leia kodu

## Official sources
topic-sources-heading = Ametlikud allikad

# Ametlike lehtede omanikud, kujul „<omanik>: <lehe pealkiri>“.
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

# Ametlike lehtede pealkirjad: millest leht räägib, ilma omanikuta.
source-infofinland-registering = Elanikuna registreerimine
source-infofinland-health = Tervishoiuteenused Soomes
source-infofinland-dental = Hambaravi
source-infofinland-driving = Juhiluba
source-infofinland-housing = Üürieluase
source-infofinland-daycare = Alusharidus
source-infofinland-basic-education = Põhiharidus
source-infofinland-living = Elu Soomes
source-infofinland-business = Ettevõtte asutamine
source-kotoutuminen-who = Kes saab hindamise
source-kotoutuminen-assessment = Oskuste ja teenusevajaduste hindamine
source-kotoutuminen-guidance = Juhendamine ja nõustamine
source-kotoutuminen-training = Lõimumiskoolitus
source-kotoutuminen-independent-study = Omal algatusel õppimine
source-kotoutuminen-benefits = Töötu abiraha ja sotsiaaltoetused lõimumise ajal
source-kotoutuminen-interpretation = Arusaamine ja tõlkimine
source-kotoutuminen-language-choice = Soome või rootsi keele valimine
source-kotoutuminen-families = Lapsed, noored ja pered
source-kotoutuminen-plan = Lõimumiskava
source-migri-enter-finland = E-teenus { -enter-finland }
source-migri-extended-permit = Jätkuluba
source-migri-permanent = Alaline elamisluba
source-intermin-permanent = Alalise elamisloa uued reeglid (soome keeles)
source-dvv-nordic = Kolimine Põhjamaade vahel
source-kela-card = { -kela } kaart
source-kela-moving = Kolimine Soome
source-kela-unemployment = Tööturutoetus
source-kela-housing = Üldine eluasemetoetus
source-kela-social-assistance = Toimetulekutoetus
source-kela-child-home-care = Lapse koduhooldustoetus
source-vero-tax-card = Maksukaart
source-vero-moving = Soome kolimine ja maksud
source-suomifi-identification = Tuvastamine
source-suomifi-messages = { -suomi-fi }-sõnumid
source-tyomarkkinatori-jobseeker = Teenused tööotsijatele
source-oph-recognition = Kvalifikatsioonide tunnustamine
source-lvv-home = Kutsetegevuse õigus tervishoius ja sotsiaalhoolekandes
source-erc-112 = Millal helistada numbril 112
source-116117 = { -paivystysapu(case: "capital") } sinu piirkonnas
source-mieli-emergency = Kust saada abi kriisis
source-nollalinja = Abi lähisuhtevägivalla korral
source-finlex-integration-act = Lõimumise edendamise seadus (soome keeles)
source-finlex-civic-orientation = Määrus ühiskonnaõpetuse kohta (soome keeles)
source-tem-reform = Lõimumisteenuste kavandatud muudatused (soome keeles)
