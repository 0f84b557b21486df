# The Sweden pack's guide texts in Swedish, the pack's original language:
# topics, authorities, official sources, phones, the first-steps checklist and
# the pathway steps. Same keys as locales/en/se/guide.ftl; every key starts
# with se-. Plain Swedish (klarspråk) with the official Swedish names.

## first-steps
se-topic-first-steps-title = Dina första steg i Sverige
se-topic-first-steps-summary = Listan visar det första som de flesta gör när de har fått uppehållstillstånd i Sverige. Bocka för varje steg när du har gjort det. Ordningen kan vara en annan för dig.
se-topic-first-steps-step-1 = Berätta först för { -skatteverket } att du har flyttat till Sverige. Då blir du folkbokförd och får ett personnummer. Du behöver numret för många andra steg.
se-topic-first-steps-step-2 = Öppna ett steg i listan för att läsa mer om det. Varje steg berättar vad du ska göra och vart du ska gå.
se-topic-first-steps-step-3 = Är något oklart? Be om hjälp. Din kommun kan berätta var du kan få vägledning.

## folkbokforing
se-topic-folkbokforing-title = Folkbokföring i Sverige
se-topic-folkbokforing-summary = Folkbokföringen är listan över alla som bor i Sverige. { -skatteverket } har hand om den. När du är folkbokförd får du ett personnummer. Du behöver numret till nästan allt.
se-topic-folkbokforing-step-1 = Börja på nätet med e-tjänsten ”Flytta till Sverige” på skatteverket.se. Där står vilka dokument du ska ta med.
se-topic-folkbokforing-step-2 = Besök sedan ett av { -skatteverket-full(case: "genitive") } servicekontor personligen. Ta med de dokument som e-tjänsten räknar upp. Familjemedlemmar som har flyttat med dig följer också med, även barn.
se-topic-folkbokforing-step-3 = När du är folkbokförd skickar { -skatteverket } ditt personnummer i ett brev. Spara det på ett säkert ställe. Du behöver det på banken, i vården och hos andra myndigheter.
se-topic-folkbokforing-step-4 = Vissa personer blir inte folkbokförda i Sverige. De kan ibland få ett samordningsnummer i stället. Det är ett nummer för personer som inte finns i folkbokföringen. Fråga { -skatteverket } om det gäller dig.
se-topic-folkbokforing-step-5 = Meddela { -skatteverket } när du flyttar till en ny adress i Sverige.

## id-card
se-topic-id-card-title = Id-kort
se-topic-id-card-summary = Ett id-kort visar vem du är. Du använder det till exempel på banken och på apoteket. { -skatteverket } ger id-kort till personer som är folkbokförda i Sverige.
se-topic-id-card-step-1 = Först måste du vara folkbokförd och ha ett personnummer.
se-topic-id-card-step-2 = Ansök om id-kortet personligen på ett av { -skatteverket-full(case: "genitive") } servicekontor. Kontrollera på skatteverket.se vad du ska ta med och hur du ansöker.
se-topic-id-card-step-3 = Med ett id-kort är det ofta lättare att öppna ett bankkonto och att skaffa en e-legitimation. Läs ämnet ”E-legitimation: din identitet på nätet”.

## e-id
se-topic-e-id-title = E-legitimation: din identitet på nätet
se-topic-e-id-summary = En e-legitimation (e-id) visar vem du är på internet. Du använder den när du loggar in hos myndigheter, i vården och på din bank. Många tjänster i Sverige kräver e-legitimation.
se-topic-e-id-step-1 = Den vanligaste e-legitimationen är { -bankid }. Du får den från din bank. För att få { -bankid } behöver du ett personnummer, och du måste vara kund hos en bank.
se-topic-e-id-step-2 = Välj en bank och fråga hur du blir kund. Fråga vilka dokument du måste ta med. Be sedan banken om { -bankid }.
se-topic-e-id-step-3 = Det finns också andra e-legitimationer, till exempel { -freja }. Fråga vilken som fungerar för dig.
se-topic-e-id-step-4 = Ge aldrig din e-legitimation eller dina koder till någon annan. Logga aldrig in för att någon ber dig om det i telefon. Kriminella försöker ofta med det här tricket.

## residence-permit
se-topic-residence-permit-title = Uppehållstillstånd
se-topic-residence-permit-summary = { -migrationsverket } beslutar om uppehållstillstånd. Ditt tillstånd visar hur länge du får bo i Sverige. Du behöver det för många andra steg.
se-topic-residence-permit-step-1 = När du får uppehållstillstånd får du också ett uppehållstillståndskort från { -migrationsverket }. Spara det på ett säkert ställe. Du behöver det till exempel hos { -skatteverket }.
se-topic-residence-permit-step-2 = Är ditt tillstånd tidsbegränsat? Då slutar det att gälla ett visst datum. Ansök om ett nytt tillstånd hos { -migrationsverket } innan det går ut. Kontrollera reglerna på migrationsverket.se.
se-topic-residence-permit-step-3 = Efter några år kan du få ett permanent uppehållstillstånd. Som regel behöver du ha haft ett tidsbegränsat tillstånd i 3 år. Du måste också kunna försörja dig själv. Och du måste ha levt ett skötsamt liv, till exempel utan brott.
se-topic-residence-permit-step-4 = Reglerna för permanent uppehållstillstånd kan ändras. Fråga din handläggare.

## forsakringskassan
se-topic-forsakringskassan-title = { -forsakringskassan } och socialförsäkringen
se-topic-forsakringskassan-summary = { -forsakringskassan } betalar ut många ersättningar i Sverige. Den betalar till exempel ersättningar till föräldrar och till personer som är sjuka. Den betalar också ut ersättningen under etableringsprogrammet.
se-topic-forsakringskassan-step-1 = Kontakta { -forsakringskassan } när du har blivit folkbokförd. Fråga vilka ersättningar du kan ansöka om.
se-topic-forsakringskassan-step-2 = Du måste själv ansöka om varje ersättning. De flesta ansöker på nätet med e-legitimation. Läs ämnet ”E-legitimation: din identitet på nätet”.
se-topic-forsakringskassan-step-3 = Berätta direkt för { -forsakringskassan } när ditt liv förändras. Till exempel om din adress, din inkomst eller din familj ändras. Annars kan du behöva betala tillbaka pengar.
se-topic-forsakringskassan-step-4 = { -forsakringskassan } har information på arabiska, dari, engelska, somaliska och tigrinja. Reglerna för vem som omfattas av socialförsäkringen kan ändras. Fråga din handläggare.

## establishment
se-topic-establishment-title = Etableringsprogrammet
se-topic-establishment-summary = Etableringsprogrammet hjälper dig att lära dig svenska och att hitta arbete eller studier. { -arbetsformedlingen } har hand om programmet. Det är för personer som nyligen har fått uppehållstillstånd som flykting eller som skyddsbehövande, eller som anhörig till en sådan person.
se-topic-establishment-step-1 = Programmet är för personer som är 20 till 65 år. Kontakta { -arbetsformedlingen } snart efter att du har fått ditt uppehållstillstånd. De berättar om du kan delta.
se-topic-establishment-step-2 = Först går { -arbetsformedlingen } igenom din situation tillsammans med dig. Det kallas kartläggning. Ni pratar om din utbildning, din arbetslivserfarenhet, dina intressen och dina mål. Du kan också berätta om din hälsa eller om annat som gör arbete eller studier svårt. Säg till om du behöver tolk.
se-topic-establishment-step-3 = Sedan gör ni en individuell plan tillsammans. I planen står dina aktiviteter. Det kan vara { -sfi-full } ({ -sfi }), samhällsorientering, studier, praktik, validering (en kontroll av de kunskaper du redan har) och att söka arbete.
se-topic-establishment-step-4 = Programmet är på heltid. Det pågår oftast i 24 månader. Det måste rymmas inom 3 år från den dag du fick ditt personnummer.
se-topic-establishment-step-5 = Medan du deltar kan du få pengar från { -forsakringskassan }. Det kallas etableringsersättning. Om du har barn som bor hemma kan du få en extra ersättning (etableringstillägg). Om du bor ensam kan du få extra pengar till din bostad (bostadsersättning). { -forsakringskassan } beslutar.
se-topic-establishment-step-6 = Delta i aktiviteterna i din plan. Kan du inte delta, till exempel för att du är sjuk? Berätta det direkt för { -arbetsformedlingen }.

## sfi
se-topic-sfi-title = { -sfi-full(case: "capital") } ({ -sfi })
se-topic-sfi-summary = { -sfi-full(case: "capital") } ({ -sfi }) är en gratis kurs i svenska för vuxna. Den är en del av kommunens vuxenutbildning (komvux). Svenska hjälper dig att hitta arbete och att klara vardagen.
se-topic-sfi-step-1 = Du kan börja på { -sfi } från 16 års ålder. Anmäl dig till din kommun. Kommunen måste erbjuda dig en plats inom 3 månader.
se-topic-sfi-step-2 = { -sfi } har 3 studievägar. Vilken studieväg som passar dig beror på hur länge du har gått i skolan och på hur bra du läser och skriver.
se-topic-sfi-step-3 = Studieväg 1 (kurs A, B, C och D) är för personer som har gått lite eller inte alls i skolan. Studieväg 2 (kurs B, C och D) är för personer som har gått några år i skolan. Studieväg 3 (kurs C och D) är för personer som är vana att studera.
se-topic-sfi-step-4 = Får du ekonomiskt bistånd från socialtjänsten? Det är pengar till grundläggande behov när du inte har något annat sätt att betala för dem. Socialtjänsten kan då kräva att du deltar i { -sfi }.
se-topic-sfi-step-5 = Reglerna för { -sfi } kan ändras. Fråga din handläggare.

## civic-orientation
se-topic-civic-orientation-title = Samhällsorientering
se-topic-civic-orientation-summary = Samhällsorientering är en kurs om livet i Sverige. Du lär dig om rättigheter och skyldigheter, arbete, hälsa, boende och hur samhället fungerar. Din kommun erbjuder kursen, på ditt eget språk om det går.
se-topic-civic-orientation-step-1 = Kursen är för vuxna som är 18 år eller äldre och som är folkbokförda. Du kan gå kursen om du deltar i etableringsprogrammet. Du kan också gå den om du har fått ditt uppehållstillstånd som anhörig.
se-topic-civic-orientation-step-2 = Kursen är minst 100 timmar. Fråga din kommun när och var den börjar.
se-topic-civic-orientation-step-3 = Din rätt till kursen gäller i 3 år från den dag du blev folkbokförd i Sverige första gången. Fråga därför om kursen tidigt.
se-topic-civic-orientation-step-4 = Reglerna för samhällsorientering kan ändras. Fråga din handläggare.

## health
se-topic-health-title = Hälso- och sjukvård
se-topic-health-summary = I Sverige är det regionerna som har hand om den offentliga vården. Din vårdcentral är oftast det första stället att vända dig till. 1177 ger råd om hälsa i telefon, dygnet runt.
se-topic-health-step-1 = En vårdcentral är en mottagning nära ditt hem. Där kan du träffa en sjuksköterska eller en läkare. Hitta en vårdcentral och fråga hur du bokar en tid.
se-topic-health-step-2 = Är du sjuk och vet inte vart du ska gå? Ring 1177. En sjuksköterska ger dig råd och berättar vart du ska gå. Telefonlinjen är öppen dygnet runt.
se-topic-health-step-3 = På 1177.se kan du läsa om hälsa och hitta vård nära dig. Med e-legitimation kan du också logga in och kontakta din vårdcentral.
se-topic-health-step-4 = Ring 112 vid en nödsituation. Till exempel om någon inte kan andas, är medvetslös eller blöder mycket.
se-topic-health-step-5 = Behöver du hjälp på ditt eget språk? Be om tolk när du bokar din tid. Berätta vilket språk du talar.

## emergency
se-topic-emergency-title = Nödnumret 112
se-topic-emergency-summary = 112 är nödnumret i Sverige. Ring det när någons liv eller hälsa är i fara, eller när det brinner. Du når polis, ambulans och räddningstjänst.
se-topic-emergency-step-1 = Ring 112 och håll dig lugn. Berätta vad som har hänt och var du är. Svara på frågorna. Lägg inte på förrän du får veta att du kan göra det.
se-topic-emergency-step-2 = Behöver du polisen, men det är inte bråttom? Ring 114 14. Till exempel om du vill anmäla ett brott som redan har hänt.
se-topic-emergency-step-3 = Behöver du råd om hälsa, men det är ingen nödsituation? Ring 1177.
se-topic-emergency-step-4 = Händer det något allvarligt i samhället, till exempel en stor brand eller en storm? Ring 113 13 för information, eller läs krisinformation.se. Ring 112 bara om någon behöver hjälp nu.

## housing
se-topic-housing-title = Hitta en bostad
se-topic-housing-summary = En bostad är en av de första saker du behöver. En del nyanlända får sin första bostad genom en kommun. Många andra måste själva leta efter en bostad. Det kan ta lång tid, så börja tidigt.
se-topic-housing-step-1 = Har du blivit anvisad till en kommun enligt bosättningslagen? Då ordnar den kommunen en bostad åt dig.
se-topic-housing-step-2 = Många hyresvärdar och kommuner har en bostadskö. Det är en lista över personer som väntar på en hyreslägenhet. Ställ dig i bostadsköer tidigt: ju längre du har väntat, desto bättre är dina chanser.
se-topic-housing-step-3 = Läs hyreskontraktet noga innan du skriver under det. Var försiktig med erbjudanden där du ska betala pengar innan du har sett bostaden och kontraktet.
se-topic-housing-step-4 = Har du ingenstans att bo, eller inga pengar till grundläggande behov? Kontakta socialtjänsten i din kommun. Du kan få ekonomiskt bistånd. Det är pengar till grundläggande behov när du inte har något annat sätt att betala för dem.
se-topic-housing-step-5 = Reglerna för nyanländas boende och för ekonomiskt bistånd kan ändras. Fråga din handläggare.

## children
se-topic-children-title = Barn, förskola och skola
se-topic-children-summary = Det här ämnet är för familjer med barn. Din kommun har hand om förskola och skola. Barn som bor i Sverige har rätt att gå i skolan.
se-topic-children-step-1 = Förskola är för barn från 1 års ålder tills de börjar skolan. Ansök om en plats hos din kommun. Ansök tidigt.
se-topic-children-step-2 = Barn som bor i Sverige har skolplikt. Ett barn som nyss har kommit hit bör få en plats i skolan inom 2 månader. Kontakta din kommun snart.
se-topic-children-step-3 = När ditt barn börjar tar skolan reda på vad barnet redan kan. Det kallas kartläggning. Den hjälper skolan att planera rätt undervisning och stöd.
se-topic-children-step-4 = Tonåringar kan fortsätta i gymnasieskolan. Unga som är nya i Sverige kan först läsa svenska på ett språkprogram (språkintroduktion). Fråga din kommun.
se-topic-children-step-5 = En del kommuner har kurser och vägledning för föräldrar. Fråga din kommun vad som finns där du bor.

## qualifications
se-topic-qualifications-title = Använd din utbildning och ditt yrke
se-topic-qualifications-summary = Din utbildning och din arbetslivserfarenhet från utlandet kan hjälpa dig att hitta arbete i Sverige. För vissa arbeten behöver du först ett beslut från en myndighet. Det här ämnet berättar var du kan fråga.
se-topic-qualifications-step-1 = Har du en examen från utlandet? { -uhr-full } ({ -uhr }) kan bedöma den. Det kostar ingenting. Kontrollera på uhr.se hur du ansöker.
se-topic-qualifications-step-2 = Vill du arbeta i vården, till exempel som läkare eller sjuksköterska? Då behöver du en legitimation från { -socialstyrelsen }. Kontrollera på legitimation.socialstyrelsen.se hur du ansöker.
se-topic-qualifications-step-3 = { -korta-vagen } är kurser för personer med universitetsutbildning från utlandet. De hjälper dig att komma in i arbete inom ditt område. Kurserna finns inte överallt. Fråga { -arbetsformedlingen }.
se-topic-qualifications-step-4 = Spara dina examensbevis och arbetsintyg på ett säkert ställe. Ta med dem till dina möten, till exempel till kartläggningen hos { -arbetsformedlingen }.

## rights
se-topic-rights-title = Dina rättigheter och skyldigheter
se-topic-rights-summary = I Sverige har alla samma grundläggande rättigheter. Du har också skyldigheter. Du måste till exempel följa lagen.
se-topic-rights-step-1 = Alla är lika inför lagen. Diskriminering är förbjuden, till exempel på grund av ursprung, religion, kön eller funktionsnedsättning.
se-topic-rights-step-2 = Kvinnor och män har samma rättigheter, hemma, på arbetet och i samhället. Barn har också egna rättigheter.
se-topic-rights-step-3 = Våld är ett brott, också inom familjen. Om du är i fara nu, ring 112. Vill du anmäla ett brott och det inte är bråttom? Ring polisen på 114 14.
se-topic-rights-step-4 = Har du frågor om dina rättigheter? Fråga din kommun var du kan få vägledning. Du kan också läsa om rättigheter och skyldigheter på informationsverige.se.

## everyday
se-topic-everyday-title = Vardagen
se-topic-everyday-summary = Det här ämnet ger tips för vardagen i Sverige. Det handlar om brev, tjänster på nätet och din fritid. Att gå med i en klubb eller en förening är ett bra sätt att träffa människor.
se-topic-everyday-step-1 = Läs brev från myndigheter direkt. Vissa brev har ett sista datum för ditt svar. Be om hjälp om ett brev är svårt att förstå.
se-topic-everyday-step-2 = Många tjänster finns på nätet. Du loggar in med e-legitimation. Läs ämnet ”E-legitimation: din identitet på nätet”. Folkbiblioteken är gratis, och många har datorer.
se-topic-everyday-step-3 = Gå med i en förening, till exempel en idrottsklubb eller en grupp för nyanlända. Du träffar människor och övar på svenska. Fråga din kommun vad som finns där du bor.
se-topic-everyday-step-4 = Händer det något allvarligt i samhället, till exempel en storm? Ring 113 13 för information, eller läs krisinformation.se.

## help
se-topic-help-title = Var du kan få hjälp
se-topic-help-summary = Du behöver inte ta reda på allt själv. Din kommun kan visa dig till rätt tjänst. Många föreningar hjälper också nyanlända.
se-topic-help-step-1 = Fråga din kommun var du kan få vägledning. De kan berätta vilken tjänst du ska kontakta.
se-topic-help-step-2 = { -informationsverige } har information om livet i Sverige på många språk. Använd den när du behöver information på ditt eget språk.
se-topic-help-step-3 = Är du orolig för din hälsa, eller mår du mycket dåligt? Ring 1177 för att få råd, dygnet runt.
se-topic-help-step-4 = Ring 112 vid en nödsituation.

## Authorities
se-authority-arbetsformedlingen = { -arbetsformedlingen }
se-authority-forsakringskassan = { -forsakringskassan }
se-authority-skatteverket = { -skatteverket }
se-authority-migrationsverket = { -migrationsverket }
se-authority-municipality = Din kommun
se-authority-region = Din region (hälso- och sjukvård)
se-authority-skolverket = { -skolverket }
se-authority-uhr = { -uhr-full } ({ -uhr })
se-authority-socialstyrelsen = { -socialstyrelsen }
se-authority-police = { -polisen }
se-authority-banks = Banker och e-legitimation
se-authority-ngos = Föreningar och organisationer
se-authority-guidance = Vägledning i din kommun

## Phones
se-phone-112 = Nödnummer
se-phone-1177 = Råd om hälsa, dygnet runt (1177)
se-phone-police-non-urgent = { -polisen }, när det inte är akut
se-phone-crisis-information = Information när något allvarligt händer i samhället

## Checklist
se-check-folkbokforing = Bli folkbokförd hos { -skatteverket } och få ett personnummer
se-check-id-card = Ansök om id-kort
se-check-e-id = Skaffa en e-legitimation, till exempel { -bankid }
se-check-residence-permit = Spara ditt uppehållstillståndskort på ett säkert ställe och håll koll på när ditt tillstånd går ut
se-check-forsakringskassan = Kontakta { -forsakringskassan }
se-check-establishment = Fråga { -arbetsformedlingen } om etableringsprogrammet
se-check-sfi = Börja på { -sfi-full } ({ -sfi })
se-check-health = Hitta din vårdcentral
se-check-housing = Hitta en bostad och ställ dig i bostadsköer
se-check-children = Hitta förskola eller skola för dina barn

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
se-owner-lansstyrelsen = { -lansstyrelserna }
se-owner-polisen = { -polisen }
se-owner-krisinformation = { -krisinformation }

# Titles of the official pages: what the page is about, without the owner.
se-source-informationsverige-first-steps = Det här gör du först när du har fått uppehållstillstånd
se-source-informationsverige-health = Vård och hälsa
se-source-informationsverige-housing = Boende
se-source-informationsverige-rights = Dina rättigheter och skyldigheter
se-source-informationsverige-home = Information om Sverige på engelska
se-source-arbetsformedlingen-establishment = Etableringsprogrammet (på svenska)
se-source-forsakringskassan-establishment = Pengar under etableringsprogrammet (på svenska)
se-source-forsakringskassan-english = Information på engelska
se-source-skatteverket-moving = Flytta till Sverige
se-source-migrationsverket-home = Information på engelska
se-source-migrationsverket-permanent = Permanent uppehållstillstånd
se-source-1177-english = Information om vård på engelska
se-source-skolverket-sfi = { -sfi-full(case: "capital") }, { -sfi } (på svenska)
se-source-skolverket-english = Det svenska skolsystemet, på engelska
se-source-uhr-home = Bedömning av utländsk utbildning
se-source-socialstyrelsen-licence = Legitimation för yrken inom hälso- och sjukvården
se-source-lansstyrelsen-civic-orientation = Samhällsorientering för nyanlända (på svenska)
se-source-polisen-english = { -polisen }, på engelska
se-source-krisinformation-english = Information vid kriser, på engelska

## Pathway steps
step-se-urgent-housing-title = Be om hjälp med boende i dag
step-se-urgent-housing-text = Kontakta socialtjänsten i din kommun i dag. Berätta att du inte har någon trygg plats att bo på. De kan hjälpa dig i en nödsituation.
step-se-urgent-safety-title = Ring 112 om du är i fara
step-se-urgent-safety-text = Ring 112 om du eller din familj är i fara nu. Om det inte är bråttom kan du ringa polisen på 114 14.
step-se-urgent-health-title = Få vård
step-se-urgent-health-text = Kontakta din vårdcentral. Om du inte vet vart du ska gå, ring 1177 för att få råd, dygnet runt. Ring 112 vid en nödsituation.
step-se-folkbokforing-title = Bli folkbokförd hos { -skatteverket }
step-se-folkbokforing-text = Berätta för { -skatteverket } att du har flyttat till Sverige. Börja med e-tjänsten ”Flytta till Sverige” och besök sedan ett servicekontor. Då blir du folkbokförd och får ett personnummer.
step-se-e-id-title = Skaffa en e-legitimation
step-se-e-id-text = En e-legitimation visar vem du är på nätet. Den vanligaste är { -bankid } från din bank. För { -bankid } behöver du ett personnummer och en bank. { -freja } är en annan e-legitimation.
step-se-forsakringskassan-title = Kontakta { -forsakringskassan }
step-se-forsakringskassan-text = { -forsakringskassan } betalar ut många ersättningar. Fråga vilka du kan ansöka om. Berätta för dem när ditt liv förändras.
step-se-establishment-title = Fråga om etableringsprogrammet
step-se-establishment-text = Du kan kanske delta i { -arbetsformedlingen-full(case: "genitive") } etableringsprogram. Det börjar med en kartläggning av din utbildning, din arbetslivserfarenhet och dina mål. Medan du deltar kan { -forsakringskassan } betala ut etableringsersättning till dig.
step-se-establishment-not-eligible-title = Andra sätt att lära dig svenska och hitta arbete
step-se-establishment-not-eligible-text = Etableringsprogrammet är för personer som är 20 till 65 år och har uppehållstillstånd som flykting eller skyddsbehövande, eller som anhörig till en sådan person. Om programmet inte är för dig kan du ändå läsa { -sfi-full } ({ -sfi }) från 16 års ålder. Du kan också skriva in dig som arbetssökande hos { -arbetsformedlingen }. Fråga din kommun om andra tjänster.
step-se-sfi-path-1-title = { -sfi-full(case: "capital") }: studieväg 1
step-se-sfi-path-1-text = Studieväg 1 inom { -sfi-full } ({ -sfi }) har kurserna A, B, C och D. Den är för personer som har gått lite eller inte alls i skolan, och för personer som fortfarande lär sig att läsa och skriva. Förslaget bygger på din skolgång och din läsning. { -sfi }-skolan bestämmer vilken studieväg som passar dig. Anmäl dig till din kommun. Reglerna för { -sfi } kan ändras: fråga din handläggare.
step-se-sfi-path-2-title = { -sfi-full(case: "capital") }: studieväg 2
step-se-sfi-path-2-text = Studieväg 2 inom { -sfi-full } ({ -sfi }) har kurserna B, C och D. Den är för personer som har gått några år i skolan. Förslaget bygger på din skolgång och din läsning. { -sfi }-skolan bestämmer vilken studieväg som passar dig. Anmäl dig till din kommun. Reglerna för { -sfi } kan ändras: fråga din handläggare.
step-se-sfi-path-3-title = { -sfi-full(case: "capital") }: studieväg 3
step-se-sfi-path-3-text = Studieväg 3 inom { -sfi-full } ({ -sfi }) har kurserna C och D. Den är för personer som är vana att studera. Förslaget bygger på din skolgång och din läsning. { -sfi }-skolan bestämmer vilken studieväg som passar dig. Anmäl dig till din kommun. Reglerna för { -sfi } kan ändras: fråga din handläggare.
step-se-civic-orientation-title = Samhällsorientering på ditt språk
step-se-civic-orientation-text = Fråga din kommun om samhällsorientering. Det är en kurs på minst 100 timmar om livet i Sverige, på ditt eget språk om det går. Din rätt till kursen gäller i 3 år från den dag du blev folkbokförd i Sverige första gången. Reglerna kan ändras: fråga din handläggare.
step-se-uhr-title = Få din examen bedömd
step-se-uhr-text = { -uhr-full } ({ -uhr }) bedömer examina från utlandet. Det kostar ingenting. Kontrollera på uhr.se hur du ansöker.
step-se-socialstyrelsen-title = Legitimation för att arbeta i vården
step-se-socialstyrelsen-text = För att arbeta i ett yrke inom hälso- och sjukvården, till exempel som läkare eller sjuksköterska, behöver du en legitimation från { -socialstyrelsen }.
step-se-forskola-title = Ansök om förskola
step-se-forskola-text = Förskola är för barn från 1 års ålder tills de börjar skolan. Ansök hos din kommun. Ansök tidigt.
step-se-school-title = Skola för dina barn
step-se-school-text = Barn som bor i Sverige har skolplikt. Ett barn som nyss har kommit hit bör få en plats i skolan inom 2 månader. Kontakta din kommun.
step-se-upper-secondary-title = Studier för din tonåring
step-se-upper-secondary-text = Unga kan fortsätta i gymnasieskolan. Om de är nya i Sverige kan de först läsa svenska på ett språkprogram (språkintroduktion). Fråga din kommun.
step-se-interpreter-title = Be om tolk
step-se-interpreter-text = När du bokar en tid, berätta för kontoret att du behöver tolk och vilket språk du talar. Hos { -arbetsformedlingen } frågar de också vid kartläggningen om du behöver tolk.
step-se-community-title = Träffa människor och få stöd
step-se-community-text = Föreningar och organisationer hjälper dig att träffa människor, öva på svenska och hitta arbete. Exempel är idrottsklubbar och grupper för nyanlända. Fråga din kommun vad som finns nära dig.

## Gemensamma sidor, i Sverige
# De här texterna ersätter de gemensamma (app.ftl, questions.ftl,
# pathway.ftl) som nämner Finland.
app-name = Ny i Sverige
home-title = Välkommen till Sverige
home-intro = Den här guiden hjälper dig under dina första månader i Sverige. Läs om dina första steg, om tjänster som du kan använda och om var du kan få hjälp.
home-guide-text = Tillstånd, { -forsakringskassan }, arbete, hälsa, boende, skola och mycket mer.
qn-intro = Innan ditt första möte med { -arbetsformedlingen } eller kommunen kan du svara på frågor om vad du kan, dina planer och ditt liv nu. Då kan mötet börja med dina svar.
pw-disclaimer = Det här är ett förslag som du har gjort själv. Det är inte ett beslut. { -arbetsformedlingen } eller kommunen beslutar om dina insatser tillsammans med dig.
pw-for-everyone = Föreslås för alla som flyttar till Sverige för att stanna.
pw-qr-help = Handläggaren kan skanna koden och läsa dina svar på svenska eller engelska. Du kan också skanna den med din egen telefon och spara en kopia. Dina svar finns i koden: ingenting skickas någonstans.
qn-title = Förbered dig inför dina första möten
qn-home-title = Förbered dig inför dina första möten
hv-title = Svar inför kartläggningen och de första mötena
print-self-reported = Personen har själv svarat före kartläggningen och de första mötena. Vägen är ett förslag, inte ett beslut.
hv-self-reported = Personen har svarat på frågorna själv, före kartläggningen och de första mötena. Svaren är personens egna uppgifter. Vägen är ett förslag som appen har gjort utifrån svaren, inte ett beslut.
topic-sources-heading = Officiella källor
