# Masintõlge inglise keelest (machine-made translation from English). Soovitatud teekaart, printimine ja juhtumikorraldaja vaade: võtmed on samad mis inglise failis.
# Muutujad looksulgudes, näiteks { $date }, täidab rakendus: jäta need nii, nagu need on.

## Pathway page
pw-title = Sinu soovitatud teekaart
pw-intro = Need sammud on soovitatud sinu vastuste põhjal. Kõigepealt on asjad, mida teha kohe, siis see, mis tuleb hiljem.
pw-disclaimer = See on soovitus, mille sa ise koostasid. See ei ole otsus. Ametiasutus otsustab sinu teenused koos sinuga hindamisel.
pw-no-answers = Sa ei ole veel küsimustele vastanud. Vasta neile kõigepealt, siis saad teekaardi, mis on tehtud sinu jaoks.
pw-start-questions = Vasta küsimustele
pw-because = Sest sa vastasid:
pw-for-everyone = Soovitatud kõigile, kes kolivad Soome elama.
pw-where = Kuhu minna:
pw-source = Ametlik allikas:
# Sammu allikate järel: päev, mil neid viimati kontrolliti. { $date } on vormindatud kuupäev.
source-checked = kontrollitud { $date }
pw-check-answers = Kontrolli või muuda oma vastuseid
timing-now = Tee seda kohe
timing-soon = Lähikuudel
timing-later = Hiljem

## Taking it with you
pw-take-heading = Võta see kaasa
pw-take-intro = Näita oma vastuseid ja seda teekaarti oma vastuvõtul. Vali üks viis.
pw-print = Prindi
pw-save = Salvesta failina
pw-share = Jaga
pw-show-qr = Näita QR-koodi
pw-hide-qr = Peida QR-kood
pw-qr-help = Juhtumikorraldaja saab selle koodi skannida, et näha sinu vastuseid soome või rootsi keeles. Võid selle ka oma telefoniga skannida, et koopia alles hoida. Sinu vastused on koodi sees: midagi ei saadeta kuhugi.
pw-qr-label = QR-kood sinu vastustega
pw-saved = Fail salvestati. Otsi seda oma allalaadimistest.
pw-share-failed = Jagamine ei töötanud selles seadmes. Selle asemel võid faili salvestada.

## Print
print-title = Vastused ja soovitatud teekaart
print-caseworker-language = Teine keel, juhtumikorraldaja jaoks:
print-self-reported = Inimene vastas ise enne hindamist. Teekaart on soovitus, mitte otsus.
print-prepared = Koostatud { $date }
print-answers = Vastused
print-pathway = Soovitatud teekaart
print-button = Prindi see leht
print-back = Tagasi oma teekaardi juurde

## Caseworker view
hv-title = Vastused hindamiseks
hv-self-reported = Inimene vastas nendele küsimustele üksi, enne hindamist. Vastused on tema enda antud. Teekaart on soovitus, mille rakendus tegi vastuste põhjal, mitte otsus.
hv-prepared = Koostatud { $date }. Inimese keel: { $language }.
hv-municipality = Omavalitsus: { $name }
hv-language = Näita keeles:
hv-show-person = Näita ka inimese keelt
hv-hide-person = Peida inimese keel
hv-print = Prindi
hv-nothing-stored = Sellelt lehelt ei salvestata sellesse seadmesse midagi.
hv-dropped = Mõnda vastust ei saanud lugeda. Võib-olla tehti need rakenduse teise versiooniga.
hv-load-title = Ava salvestatud vastused
hv-load-intro = Vali fail, mis salvestati sellest rakendusest. Selle nimi lõpeb laiendiga .json.
hv-load-label = Vastustega fail
hv-error-title = Neid vastuseid ei saa avada
hv-try-file = Ava selle asemel salvestatud fail

## Errors in links and files
handover-error-empty = Link või fail on tühi.
handover-error-too-large = Fail on vastuste faili jaoks liiga suur. Kontrolli, et valisid õige faili.
handover-error-malformed = Link või fail on vigane. Palu inimesel QR-koodi uuesti näidata või uus fail salvestada.
handover-error-newer = Need vastused tehti rakenduse uuema versiooniga. Uuenda rakendust (laadi leht uuesti) ja proovi uuesti.
handover-error-checksum = Linki või faili on muudetud või see on vigane, seega ei saa seda usaldada. Palu uut.
handover-error-truncated = Osa lingist või failist puudub. Palu uut.
handover-error-not-json = See ei ole sellest rakendusest salvestatud fail.
handover-error-not-handover = Selles failis ei ole selle rakenduse vastuseid.

## Steps: urgent
step-urgent-safety-title = Kui oled ohus, helista numbril 112
step-urgent-safety-text = Helista numbril 112, kui sina või sinu pere on praegu ohus. Abi võid küsida ka politseilt, turvakodust või abitelefonilt. See on tasuta.
step-urgent-housing-title = Küsi täna abi eluasemega
step-urgent-housing-text = Võta täna ühendust oma { -hyvinvointialue(case: "genitive") } sotsiaalteenustega ja ütle, et sul ei ole turvalist elukohta. Teata ka oma omavalitsusele.
step-urgent-money-title = Küsi abi rahaga
step-urgent-money-text = Kui sul ei ole raha toidu või arvete jaoks, taotle { -kela(case: "elative") } põhilist toimetulekutoetust. Sotsiaalteenused saavad sind hädaolukorras aidata.
step-urgent-health-title = Otsi arstiabi
step-urgent-health-text = Võta ühendust oma tervisekeskusega. Kui asi on kiire, helista { -paivystysapu(case: "allative") } 116 117. See töötab enamikus piirkondades: vaata lehelt 116117.fi. Hädaolukorras helista numbril 112.
step-urgent-family-title = Küsi pere Soome toomise kohta
step-urgent-family-text = Perekonna taasühinemisel on oma reeglid ja tähtajad. Vaata neid lehelt migri.fi ja küsi varsti nõu.
step-urgent-legal-title = Küsi õigusabi
step-urgent-legal-text = Küsi juhendamis- ja nõustamisteenustest, kust saad õigusabi. Osa nõuandeid on tasuta.

## Steps: first steps
step-register-dvv-title = Registreeri oma aadress { -dvv(case: "inessive") }
step-register-dvv-text = Registreeru { -dvv(case: "inessive") }, et saada koduvald. Paljud teenused vajavad seda.
step-first-identity-code-title = Hangi isikukood
step-first-identity-code-text = Sinu isikukood on sageli juba sinu elamisloa kaardil. Kui ei ole, saad selle, kui registreerud { -dvv(case: "inessive") }. Seda on vaja pangas, { -kela(case: "inessive") } ja tervishoius.
step-first-kela-title = Küsi { -kela(case: "ablative") } sotsiaalkindlustuse kohta
step-first-kela-text = Taotle { -kela } kaarti OmaKelas ja esita teade Soome kolimise kohta. Siis otsustab { -kela }, kas sa kuulud Soome sotsiaalkindlustuse alla.
step-first-tax-card-title = Hangi maksukaart
step-first-tax-card-text = Hangi { -vero(case: "elative") } maksukaart enne, kui alustad tööd. Anna see oma tööandjale.
step-first-bank-title = Ava pangakonto
step-first-bank-text = Pangakontot on sul vaja palga ja toetuste jaoks. Küsi pangast ka internetipanga koode.

## Steps: your assessment
step-assessment-employment-title = Sinu hindamise teevad { -tyollisyyspalvelut }
step-assessment-employment-text = Oled registreeritud tööotsijana, seega teevad { -tyollisyyspalvelut } koos sinuga sinu hindamise ja lõimumiskava. Võta nendega ühendust ja broneeri aeg.
step-assessment-municipality-title = Sinu hindamise teeb sinu omavalitsus
step-assessment-municipality-text = Sinu vastuste põhjal vastutavad sinu hindamise ja lõimumiskava eest sinu omavalitsuse lõimumisteenused. Võta nendega ühendust ja broneeri aeg.
step-assessment-ask-title = Palu oma oskuste ja vajaduste hindamist
step-assessment-ask-text = Küsi oma omavalitsuse juhendamis- ja nõustamisteenustest, kes teeb sinu hindamise. Kui registreerud töötu tööotsijana, teevad seda { -tyollisyyspalvelut }. Muidu teeb seda tavaliselt omavalitsus.
step-window-open-title = Küsi oma lõimumiskava õigel ajal
step-window-open-text = Hindamine ja esimene lõimumiskava tehakse 3 aasta jooksul pärast sinu esimest elamisluba või registreerimist. Küsi neid varsti.
step-window-passed-title = Sinu esimesest loast on möödas üle 3 aasta
step-window-passed-text = Esimene lõimumiskava tehakse tavaliselt 3 aasta jooksul. Küsi oma juhtumikorraldajalt, mis on sinu jaoks veel võimalik. Keelekursused ja muud teenused võivad sulle ikka veel avatud olla.
step-jobseeker-register-title = Registreeru tööotsijaks
step-jobseeker-register-text = Sa tahad tööd või koolitust. Registreeru tööotsijaks portaalis { -tyomarkkinatori(case: "with-finnish") } või { -tyollisyyspalvelut(case: "inessive") }.
step-interpreter-title = Palu tõlki
step-interpreter-text = Kui broneerid aega, ütle büroole, et vajad tõlki. Hindamine tehakse keeles, millest sa aru saad.
step-social-services-title = Sotsiaalteenuste hindamine
step-social-services-text = Rahvusvahelise kaitse saanud inimesed suunatakse tavaliselt sotsiaalteenuste vajaduse hindamisele. See aitab sul saada vajalikku tuge.
step-unaccompanied-plan-title = Tugi noorele, kellel ei ole eestkostjat
step-unaccompanied-plan-text = Noor, kes tuli ilma eestkostjata, suunatakse tavaliselt sotsiaalteenuste vajaduse hindamisele. Sulle tehakse kava koos sotsiaalteenustega. Küsi oma kontaktisikult või sotsiaaltöötajalt.
step-talk-health-title = Räägi kellegagi oma tervisest
step-talk-health-text = Broneeri aeg oma tervisekeskusesse või sotsiaalteenustesse. Võid neile rääkida, mis teeb õppimise või töötamise sinu jaoks raskeks.

## Steps: language
step-literacy-title = Kirjaoskuse koolitus
step-literacy-text = Küsi kirjaoskuse koolitust. See on inimestele, kes ei oska veel hästi lugeda ega kirjutada või kellele on ladina tähestik uus. Reeglid võivad 2027. aastal muutuda: küsi oma juhtumikorraldajalt.
step-integration-training-title = Lõimumiskoolitus: soome või rootsi keel
step-integration-training-text = Lõimumiskoolituses õpetatakse soome või rootsi keelt ning räägitakse ühiskonnast ja tööelust. Tavaliselt kestab see umbes aasta. Test näitab, milline rühm sulle sobib. Reeglid võivad 2027. aastal muutuda: küsi oma juhtumikorraldajalt.
step-language-with-work-title = Õpi keelt töö kõrvalt
step-language-with-work-text = Sa oled tööks valmis. Küsi keeleõppe kohta, mida saad teha osalise koormusega töö kõrvalt.
step-language-fluent-title = Sinu keeleoskus on juba hea
step-language-fluent-text = Võib-olla ei ole sul keelekoolitust vaja. Küsi muude teenuste kohta, näiteks õpingute või töö kohta.
step-civic-orientation-title = Ühiskonnaõpetus sinu keeles
step-civic-orientation-text = Küsi mitmekeelse ühiskonnaõpetuse kursuse kohta. See kestab vähemalt 70 tundi ja räägib õigustest, teenustest, tööst ja igapäevaelust Soomes.
step-digital-skills-title = Õpi kasutama e-teenuseid
step-digital-skills-text = Paljud teenused on internetis. Küsi oma raamatukogult või omavalitsuselt abi ja kursuste kohta, et õppida kasutama telefoni, arvutit ja e-teenuseid.

## Steps: education and recognition
step-simhe-title = Juhendamine kõrgharitud inimestele
step-simhe-text = Mõne ülikooli { -simhe } teenused juhendavad ülikooliharidusega inimesi ja aitavad varasema õppe tunnustamisel.
step-recognition-oph-title = Selgita välja oma kraadi tase
step-recognition-oph-text = { -oph } saab otsustada, mis tasemele sinu välismaine kraad Soomes vastab. Võta kaasa oma tunnistused. Vaata lehelt oph.fi, kuidas taotleda.
step-regulated-valvira-title = Õigus töötada tervishoius või sotsiaalhoolekandes
step-regulated-valvira-text = Et töötada tervishoius või sotsiaalhoolekandes, on sul vaja kutsetegevuse õigust, mille annab { -lvv } (varem Valvira). Sul on vaja ka piisavat soome või rootsi keele oskust.
step-regulated-oph-title = Õigus töötada õpetajana või alushariduses
step-regulated-oph-text = Õpetamine ja alusharidus on reguleeritud kutsealad. { -oph } otsustab, kas sinu haridus annab sulle õiguse neil töötada.

## Steps: children
step-daycare-title = Taotle alusharidust
step-daycare-text = Taotle oma omavalitsuselt alusharidust (lasteaed). Tasu sõltub sinu sissetulekust. Taotle varakult.
step-preprimary-title = Eelkooliõpetus
step-preprimary-text = Eelkooliõpetus on kohustuslik aastal enne kooli. See on tasuta. Sinu omavalitsus ütleb, kuidas last sinna kirja panna.
step-school-title = Kool sinu lastele
step-school-text = Haridus on kohustuslik alates sellest, kui laps saab 7-aastaseks. Kui sinu laps ei räägi veel soome ega rootsi keelt, küsi kooliks ettevalmistava õppe kohta.
step-upper-secondary-title = Õpingud sinu teismelisele
step-upper-secondary-text = Noored peavad õppima 18-aastaseks saamiseni või seni, kuni nad omandavad keskhariduse. Küsi keskhariduse õpingute või TUVA kohta. TUVA on nendeks õpinguteks ettevalmistav koolitus.

## Steps: studies and work
step-vocational-title = Kutseõpe
step-vocational-text = Küsi TUVA kohta. See on keskhariduse omandamiseks ettevalmistav koolitus. Küsi ka kutsekeskhariduse õpingute kohta.
step-university-title = Ülikooliõpingud
step-university-text = Küsi kõrghariduse õpingute ja nende keelenõuete kohta. { -simhe } teenused saavad sind juhendada.
step-self-motivated-title = Lepi õpingud kõigepealt oma kavas kokku
step-self-motivated-text = Kui tahad õppida ja töötu abiraha alles hoida, lepi õpingud oma lõimumiskavas kokku enne, kui alustad.
step-business-title = Nõu ettevõtte asutamiseks
step-business-text = Küsi { -tyollisyyspalvelut(case: "ablative") } nõu ettevõtte asutamiseks Soomes.
step-work-routes-title = Teed tööle
step-work-routes-text = Küsi { -tyollisyyspalvelut(case: "ablative") } tööturukoolituse, tööproovi või palgatoetusega töö kohta.
step-community-title = Kohtu inimestega ja leia tuge
step-community-text = Organisatsioonid ja vaba aja tegevused aitavad sul inimestega kohtuda ja tööd leida. Näiteks sisserändajate oma organisatsioonid, üliõpilasorganisatsioonid, mentorlus ja erialaliidud. Küsi oma omavalitsuselt, mis on sinu lähedal.
step-follow-up-plan-title = Kui programm lõpeb ja sul ei ole tööd
step-follow-up-plan-text = Kui sinu lõimumisprogramm lõpeb ja sul ei ole veel tööd, tehakse koos sinuga jätkukava (jatkosuunnitelma): kava sinu järgmiste sammude jaoks. Võimalikud teed on näiteks tööturukoolitus, palgatoetusega töö, tööproov, TUVA (keskhariduse omandamiseks ettevalmistav koolitus), kutseõpingud, kõrghariduse õpingud, kvalifitseeriv koolitus, rehabiliteeriv töötegevus ja rehabilitatsioon. Kui oled tööotsija, tugineb sinu tööhõivekava jätkukavale.
step-social-guidance-title = Abi igapäevaasjadega
step-social-guidance-text = Kas vajad igapäevaelus rohkem tuge? Küsi lõimumist toetava sotsiaalse juhendamise ja asjaajamisabi (asiointiapu) kohta. Mõned omavalitsused annavad igapäevaelu juhendamist ka väljaspool sotsiaalteenuseid. Küsi oma omavalitsuselt.
