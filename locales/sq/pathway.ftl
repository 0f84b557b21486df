# Machine-made translation from English (locales/en/pathway.ftl); not yet reviewed by a person.
# Rruga e sugjeruar, printimi dhe pamja për punonjësin që ndjek çështjen.
# Ndryshoret në kllapa, si { $date }, i plotëson aplikacioni: mos i ndryshoni.

## Pathway page
pw-title = Rruga juaj e sugjeruar
pw-intro = Këta hapa sugjerohen sipas përgjigjeve tuaja. Së pari vijnë gjërat që duhen bërë tani, pastaj ato që vijnë më vonë.
pw-disclaimer = Ky është një sugjerim që e përgatitët vetë. Nuk është vendim. Autoriteti i vendos shërbimet tuaja bashkë me ju gjatë vlerësimit.
pw-no-answers = Ende nuk iu keni përgjigjur pyetjeve. Përgjigjuni së pari, dhe do të merrni një rrugë të bërë për ju.
pw-start-questions = Përgjigjuni pyetjeve
pw-because = Sepse u përgjigjët:
pw-for-everyone = E sugjeruar për këdo që vjen në Finlandë për të qëndruar.
pw-where = Ku të shkoni:
pw-source = Burimi zyrtar:
# Pas burimeve të një hapi: dita kur u kontrolluan së fundi. { $date } është një datë.
source-checked = kontrolluar më { $date }
pw-check-answers = Kontrolloni ose ndryshoni përgjigjet tuaja
timing-now = Bëjeni tani
timing-soon = Në muajt në vijim
timing-later = Më vonë

## Taking it with you
pw-take-heading = Merreni me vete
pw-take-intro = Tregojini përgjigjet tuaja dhe këtë rrugë në takimin tuaj. Zgjidhni një mënyrë.
pw-print = Printo
pw-save = Ruaje si skedar
pw-share = Ndaj
pw-show-qr = Shfaq kodin QR
pw-hide-qr = Fshih kodin QR
pw-qr-help = Punonjësi që ndjek çështjen tuaj mund ta skanojë këtë kod për të parë përgjigjet tuaja në finlandisht ose suedisht. Mund ta skanoni edhe me telefonin tuaj për të mbajtur një kopje. Përgjigjet tuaja janë brenda kodit: asgjë nuk dërgohet askund.
pw-qr-label = Kodi QR me përgjigjet tuaja
pw-saved = Skedari u ruajt. Kërkojeni te shkarkimet tuaja.
pw-share-failed = Ndarja nuk funksionoi në këtë pajisje. Në vend të kësaj mund ta ruani skedarin.

## Print
print-title = Përgjigjet dhe rruga e sugjeruar
print-caseworker-language = Gjuha e dytë, për punonjësin që ndjek çështjen:
print-self-reported = Të dhëna nga vetë personi para vlerësimit. Rruga është një sugjerim, jo një vendim.
print-prepared = Përgatitur më { $date }
print-answers = Përgjigjet
print-pathway = Rruga e sugjeruar
print-button = Printo këtë faqe
print-back = Kthehuni te rruga juaj

## Caseworker view
hv-title = Përgjigjet për vlerësimin
hv-self-reported = Personi iu përgjigj vetë këtyre pyetjeve, para vlerësimit. Përgjigjet janë dhënë nga vetë personi. Rruga është një sugjerim që e bëri aplikacioni nga përgjigjet, jo një vendim.
hv-prepared = Përgatitur më { $date }. Gjuha e personit: { $language }.
hv-municipality = Komuna: { $name }
hv-language = Shfaq në:
hv-show-person = Shfaq edhe gjuhën e personit
hv-hide-person = Fshih gjuhën e personit
hv-print = Printo
hv-nothing-stored = Asgjë nga kjo faqe nuk ruhet në këtë pajisje.
hv-dropped = Disa përgjigje nuk mund të lexoheshin. Ndoshta janë bërë me një version tjetër të aplikacionit.
hv-load-title = Hapni përgjigjet e ruajtura
hv-load-intro = Zgjidhni një skedar që është ruajtur nga ky aplikacion. Ai mbaron me .json.
hv-load-label = Skedari me përgjigjet
hv-error-title = Këto përgjigje nuk mund të hapen
hv-try-file = Në vend të kësaj, hapni një skedar të ruajtur

## Errors in links and files
handover-error-empty = Lidhja ose skedari është bosh.
handover-error-too-large = Skedari është shumë i madh për të qenë skedar përgjigjesh. Kontrolloni që keni zgjedhur skedarin e duhur.
handover-error-malformed = Lidhja ose skedari është i dëmtuar. Kërkojini personit ta shfaqë përsëri kodin QR ose të ruajë një skedar të ri.
handover-error-newer = Këto përgjigje janë bërë me një version më të ri të aplikacionit. Përditësoni aplikacionin (ringarkoni faqen) dhe provoni përsëri.
handover-error-checksum = Lidhja ose skedari është ndryshuar ose dëmtuar, prandaj nuk mund t'i besohet. Kërkoni një të ri.
handover-error-truncated = Një pjesë e lidhjes ose e skedarit mungon. Kërkoni një të re.
handover-error-not-json = Ky nuk është një skedar i ruajtur nga ky aplikacion.
handover-error-not-handover = Ky skedar nuk përmban përgjigje nga ky aplikacion.

## Steps: urgent
step-urgent-safety-title = Nëse jeni në rrezik, telefononi 112
step-urgent-safety-text = Telefononi 112 nëse ju ose familja juaj jeni në rrezik tani. Mund t'i kërkoni ndihmë edhe policisë, një strehe ose një linje ndihme. Është falas.
step-urgent-housing-title = Kërkoni ndihmë për banimin sot
step-urgent-housing-text = Kontaktoni sot shërbimet sociale të { -hyvinvointialue(case: "genitive") } ku jetoni dhe tregojuni se nuk keni një vend të sigurt për të jetuar. Njoftoni edhe komunën tuaj.
step-urgent-money-title = Kërkoni ndihmë me paratë
step-urgent-money-text = Nëse nuk keni para për ushqim ose fatura, aplikoni te { -kela } për ndihmë sociale bazë. Shërbimet sociale mund t'ju ndihmojnë në rast urgjence.
step-urgent-health-title = Merrni kujdes shëndetësor
step-urgent-health-text = Kontaktoni qendrën tuaj shëndetësore. Nëse është urgjente, telefononi { -paivystysapu(case: "accusative") } 116 117. Ajo funksionon në shumicën e zonave: shikoni në 116117.fi. Në rast urgjence, telefononi 112.
step-urgent-family-title = Pyesni për sjelljen e familjes suaj
step-urgent-family-text = Bashkimi familjar ka rregullat dhe afatet e veta. Shikojini në migri.fi dhe kërkoni këshillë shpejt.
step-urgent-legal-title = Kërkoni këshillë ligjore
step-urgent-legal-text = Pyesni shërbimet e udhëzimit dhe këshillimit ku mund të merrni këshillë ligjore. Disa këshilla janë falas.

## Steps: first steps
step-register-dvv-title = Regjistroni adresën tuaj te { -dvv }
step-register-dvv-text = Regjistrohuni te { -dvv }, që të keni një komunë banimi. Shumë shërbime kanë nevojë për të.
step-first-identity-code-title = Merrni një kod personal identiteti
step-first-identity-code-text = Kodi juaj personal i identitetit shpesh është tashmë në kartën e lejes së qëndrimit. Nëse jo, e merrni kur regjistroheni te { -dvv }. Ju duhet në bankë, te { -kela } dhe në kujdesin shëndetësor.
step-first-kela-title = Pyesni { -kela(case: "accusative") } për sigurimet shoqërore
step-first-kela-text = Aplikoni për kartën e { -kela(case: "genitive") } në OmaKela dhe plotësoni njoftimin për shpërnguljen në Finlandë. Pastaj { -kela } vendos nëse jeni të mbuluar nga sigurimet shoqërore finlandeze.
step-first-tax-card-title = Merrni kartën tatimore
step-first-tax-card-text = Merrni kartën tatimore nga { -vero } para se të filloni punë. Jepjani punëdhënësit tuaj.
step-first-bank-title = Hapni një llogari bankare
step-first-bank-text = Ju duhet një llogari bankare për pagën dhe përfitimet tuaja. Kërkojini bankës edhe kodet e bankës në internet.

## Steps: your assessment
step-assessment-employment-title = Vlerësimin tuaj e bëjnë { -tyollisyyspalvelut }
step-assessment-employment-text = Jeni regjistruar si punëkërkues, prandaj { -tyollisyyspalvelut } e bëjnë vlerësimin dhe planin tuaj të integrimit bashkë me ju. Kontaktojini dhe rezervoni një takim.
step-assessment-municipality-title = Vlerësimin tuaj e bën komuna juaj
step-assessment-municipality-text = Sipas përgjigjeve tuaja, shërbimet e integrimit të komunës suaj janë përgjegjëse për vlerësimin dhe planin tuaj të integrimit. Kontaktojini dhe rezervoni një takim.
step-assessment-ask-title = Kërkoni një vlerësim të aftësive dhe të nevojave tuaja
step-assessment-ask-text = Pyesni shërbimet e udhëzimit dhe këshillimit në komunën tuaj kush e bën vlerësimin tuaj. Nëse regjistroheni si punëkërkues i papunë, e bëjnë { -tyollisyyspalvelut }. Përndryshe zakonisht e bën komuna.
step-window-open-title = Kërkoni planin tuaj të integrimit në kohë
step-window-open-text = Vlerësimi dhe plani i parë i integrimit bëhen brenda 3 vjetëve nga leja juaj e parë e qëndrimit ose nga regjistrimi i parë. Kërkojini shpejt.
step-window-passed-title = Kanë kaluar më shumë se 3 vjet nga leja juaj e parë
step-window-passed-text = Plani i parë i integrimit zakonisht bëhet brenda 3 vjetëve. Pyesni punonjësin që ndjek çështjen tuaj çfarë është ende e mundur për ju. Kurset e gjuhës dhe shërbime të tjera mund të jenë ende të hapura për ju.
step-jobseeker-register-title = Regjistrohuni si punëkërkues
step-jobseeker-register-text = Doni punë ose trajnim. Regjistrohuni si punëkërkues në { -tyomarkkinatori(case: "accusative-with-finnish") } ose te { -tyollisyyspalvelut }.
step-interpreter-title = Kërkoni një përkthyes gojor
step-interpreter-text = Kur rezervoni takimin, tregojini zyrës se ju duhet një përkthyes gojor. Vlerësimi bëhet në një gjuhë që e kuptoni.
step-social-services-title = Një vlerësim nga shërbimet sociale
step-social-services-text = Njerëzit me mbrojtje ndërkombëtare zakonisht udhëzohen drejt një vlerësimi të nevojave nga shërbimet sociale. Ai ju ndihmon të merrni mbështetjen që ju duhet.
step-unaccompanied-plan-title = Mbështetje për një të ri pa kujdestar
step-unaccompanied-plan-text = Një i ri që erdhi pa kujdestar zakonisht udhëzohet drejt një vlerësimi të nevojave nga shërbimet sociale. Për ju bëhet një plan bashkë me shërbimet sociale. Pyesni personin tuaj të kontaktit ose punonjësin social.
step-talk-health-title = Flisni me dikë për shëndetin tuaj
step-talk-health-text = Rezervoni një takim në qendrën tuaj shëndetësore ose te shërbimet sociale. Mund t'u tregoni çfarë e bën të vështirë për ju studimin ose punën.

## Steps: language
step-literacy-title = Trajnim për shkrim e lexim
step-literacy-text = Kërkoni trajnim për shkrim e lexim. Ai është për njerëzit që ende nuk lexojnë ose nuk shkruajnë mirë, ose për të cilët alfabeti latin është i ri. Rregullat mund të ndryshojnë në vitin 2027: pyesni punonjësin që ndjek çështjen tuaj.
step-integration-training-title = Trajnimi i integrimit: finlandisht ose suedisht
step-integration-training-text = Në trajnimin e integrimit mësoni finlandisht ose suedisht, si dhe për shoqërinë dhe jetën e punës. Zakonisht zgjat rreth një vit. Një test tregon cili grup është i duhuri për ju. Rregullat mund të ndryshojnë në vitin 2027: pyesni punonjësin që ndjek çështjen tuaj.
step-language-with-work-title = Studioni gjuhën krahas punës
step-language-with-work-text = Jeni gati për punë. Pyesni për studime gjuhe që mund t'i bëni me kohë të pjesshme ndërsa punoni.
step-language-fluent-title = Aftësitë tuaja gjuhësore janë tashmë të mira
step-language-fluent-text = Ndoshta nuk ju duhet trajnim gjuhësor. Pyesni për shërbime të tjera, për shembull studime ose punë.
step-civic-orientation-title = Njohja me shoqërinë në gjuhën tuaj
step-civic-orientation-text = Pyesni për kursin shumëgjuhësh të njohjes me shoqërinë. Ai zgjat të paktën 70 orë dhe flet për të drejtat, shërbimet, punën dhe jetën e përditshme në Finlandë.
step-digital-skills-title = Mësoni të përdorni shërbimet në internet
step-digital-skills-text = Shumë shërbime janë në internet. Pyesni bibliotekën ose komunën tuaj për ndihmë dhe kurse për përdorimin e telefonit, të kompjuterit dhe të shërbimeve në internet.

## Steps: education and recognition
step-simhe-title = Udhëzim për njerëzit me arsim të lartë
step-simhe-text = Shërbimet { -simhe } në disa universitete udhëzojnë njerëzit me arsim universitar dhe ndihmojnë me njohjen e njohurive të mëparshme.
step-recognition-oph-title = Zbuloni nivelin e diplomës suaj
step-recognition-oph-text = { -oph } mund të vendosë cilit nivel i përgjigjet diploma juaj e huaj në Finlandë. Merrni me vete dëftesat tuaja. Shikoni në oph.fi si të aplikoni.
step-regulated-valvira-title = E drejta për të punuar në kujdesin shëndetësor ose social
step-regulated-valvira-text = Për të punuar në kujdesin shëndetësor ose social, ju duhet e drejta e ushtrimit të profesionit nga { -lvv } (më parë Valvira). Ju duhet gjithashtu të dini mjaftueshëm finlandisht ose suedisht.
step-regulated-oph-title = E drejta për të punuar si mësues ose në edukimin e hershëm
step-regulated-oph-text = Mësimdhënia dhe edukimi në fëmijërinë e hershme janë profesione të rregulluara. { -oph } vendos nëse arsimi juaj ju jep të drejtën të punoni në to.

## Steps: children
step-daycare-title = Aplikoni për edukim në fëmijërinë e hershme
step-daycare-text = Aplikoni te komuna juaj për edukim në fëmijërinë e hershme (kopsht). Tarifa varet nga të ardhurat tuaja. Aplikoni herët.
step-preprimary-title = Arsimi parashkollor
step-preprimary-text = Arsimi parashkollor është i detyrueshëm në vitin para shkollës. Është falas. Komuna juaj ju tregon si ta regjistroni fëmijën.
step-school-title = Shkolla për fëmijët tuaj
step-school-text = Arsimi është i detyrueshëm nga mosha 7 vjeç. Nëse fëmija juaj nuk flet ende finlandisht ose suedisht, pyesni për mësimin përgatitor për shkollën.
step-upper-secondary-title = Studimet për fëmijën tuaj adoleshent
step-upper-secondary-text = Të rinjtë duhet të studiojnë deri në moshën 18 vjeç ose derisa të përfundojnë një kualifikim të arsimit të mesëm të lartë. Pyesni për studimet e arsimit të mesëm të lartë ose për TUVA-n, arsimin përgatitor për to.

## Steps: studies and work
step-vocational-title = Arsimi profesional
step-vocational-text = Pyesni për TUVA-n, arsimin përgatitor për një kualifikim të arsimit të mesëm të lartë. Pyesni edhe për studimet e arsimit të mesëm profesional.
step-university-title = Studimet universitare
step-university-text = Pyesni për studimet e arsimit të lartë dhe për kërkesat e tyre gjuhësore. Shërbimet { -simhe } mund t'ju udhëzojnë.
step-self-motivated-title = Bini dakord më parë për studimet në planin tuaj
step-self-motivated-text = Nëse doni të studioni dhe ta mbani pagesën e papunësisë, bini dakord për studimet në planin tuaj të integrimit para se të filloni.
step-business-title = Këshilla për hapjen e një biznesi
step-business-text = Kërkojuni { -tyollisyyspalvelut(case: "genitive") } këshilla për hapjen e një biznesi në Finlandë.
step-work-routes-title = Rrugët drejt punës
step-work-routes-text = Pyesni { -tyollisyyspalvelut } për trajnimin e tregut të punës, provën e punës ose punën me pagë të subvencionuar.
step-community-title = Njihni njerëz dhe gjeni mbështetje
step-community-text = Organizatat dhe aktivitetet e kohës së lirë ju ndihmojnë të njihni njerëz dhe të gjeni punë. Shembuj janë organizatat e vetë imigrantëve, organizatat e studentëve, mentorimi dhe shoqatat profesionale. Pyesni komunën tuaj çfarë ka pranë jush.
step-follow-up-plan-title = Nëse programi mbaron pa punë
step-follow-up-plan-text = Kur mbaron programi juaj i integrimit dhe ende nuk keni punë, bashkë me ju bëhet një plan vazhdimi (jatkosuunnitelma): një plan për hapat tuaj të ardhshëm. Rrugët e mundshme janë, për shembull, trajnimi i tregut të punës, puna me pagë të subvencionuar, prova e punës, TUVA (arsimi përgatitor për një kualifikim të arsimit të mesëm të lartë), studimet profesionale, studimet e arsimit të lartë, trajnimi kualifikues, veprimtaria rehabilituese në punë dhe rehabilitimi. Nëse jeni punëkërkues, plani juaj i punësimit ndërtohet mbi planin e vazhdimit.
step-social-guidance-title = Ndihmë për çështjet e përditshme
step-social-guidance-text = A ju duhet më shumë mbështetje në jetën e përditshme? Pyesni për udhëzimin social që mbështet integrimin dhe për ndihmën në kryerjen e punëve (asiointiapu). Disa komuna japin edhe udhëzime për jetën e përditshme jashtë shërbimeve sociale. Pyesni komunën tuaj.
