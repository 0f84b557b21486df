# Suggested pathway, print, and the caseworker's view. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $date }, are filled in by the app: keep them as they are.

## Pathway page
pw-title = Din föreslagna väg
pw-intro = De här stegen föreslås utifrån dina svar. Först kommer det som du ska göra nu, sedan det som kommer senare.
pw-disclaimer = Det här är ett förslag som du har gjort själv. Det är inte ett beslut. Myndigheten beslutar om dina tjänster tillsammans med dig vid bedömningen.
pw-no-answers = Du har inte svarat på frågorna än. Svara på dem först, så får du en väg som är gjord för dig.
pw-start-questions = Svara på frågorna
pw-because = Eftersom du svarade:
pw-for-everyone = Föreslås för alla som flyttar till Finland för att bo här.
pw-where = Vart du ska gå:
pw-source = Officiell källa:
# After a step's sources: the day they were last checked. { $date } is a formatted date.
source-checked = kontrollerad den { $date }
pw-check-answers = Kontrollera eller ändra dina svar
timing-now = Gör det här nu
timing-soon = Under de närmaste månaderna
timing-later = Senare

## Taking it with you
pw-take-heading = Ta med dig det här
pw-take-intro = Visa dina svar och den här vägen på ditt möte. Välj ett sätt.
pw-print = Skriv ut
pw-save = Spara som fil
pw-share = Dela
pw-show-qr = Visa QR-kod
pw-hide-qr = Dölj QR-kod
pw-qr-help = Handläggaren kan skanna den här koden för att se dina svar på finska eller svenska. Du kan också skanna den med din egen telefon för att spara en kopia. Dina svar finns i koden. Ingenting skickas någonstans.
pw-qr-label = QR-kod med dina svar
pw-saved = Filen har sparats. Leta efter den bland dina nedladdningar.
pw-share-failed = Det gick inte att dela på den här enheten. Du kan spara filen i stället.

## Print
print-title = Svar och föreslagen väg
print-caseworker-language = Ett andra språk, för handläggaren:
print-self-reported = Personen har själv fyllt i svaren före bedömningen av kompetens och behovet av integrationstjänster. Vägen är ett förslag, inte ett beslut.
print-prepared = Ifyllt den { $date }
print-answers = Svar
print-pathway = Föreslagen väg
print-button = Skriv ut den här sidan
print-back = Tillbaka till din väg

## Caseworker view
hv-title = Svar inför bedömningen av kompetens och behovet av integrationstjänster
hv-self-reported = Personen har svarat på de här frågorna på egen hand, före bedömningen. Svaren bygger på personens egna uppgifter. Vägen är ett förslag som appen har gjort utifrån svaren. Den är inte ett beslut.
hv-prepared = Ifyllt den { $date }. Personens språk: { $language }.
hv-municipality = Kommun: { $name }
hv-language = Visa på:
hv-show-person = Visa också personens språk
hv-hide-person = Dölj personens språk
hv-print = Skriv ut
hv-nothing-stored = Ingenting från den här sidan sparas på den här enheten.
hv-dropped = Vissa svar kunde inte läsas. De kan ha gjorts med en annan version av appen.
hv-load-title = Öppna sparade svar
hv-load-intro = Välj en fil som har sparats från den här appen. Filnamnet slutar på .json.
hv-load-label = Fil med svar
hv-error-title = De här svaren kan inte öppnas
hv-try-file = Öppna en sparad fil i stället

## Errors in links and files
handover-error-empty = Länken eller filen är tom.
handover-error-too-large = Filen är för stor för att vara en fil med svar. Kontrollera att du valde rätt fil.
handover-error-malformed = Länken eller filen är skadad. Be personen att visa QR-koden igen eller att spara en ny fil.
handover-error-newer = De här svaren gjordes med en nyare version av appen. Uppdatera appen (ladda om sidan) och försök igen.
handover-error-checksum = Länken eller filen har ändrats eller skadats. Därför går det inte att lita på den. Be om en ny.
handover-error-truncated = En del av länken eller filen saknas. Be om en ny.
handover-error-not-json = Det här är inte en fil som har sparats från den här appen.
handover-error-not-handover = Den här filen innehåller inte svar från den här appen.

## Steps: urgent
step-urgent-safety-title = Om du är i fara, ring 112
step-urgent-safety-text = Ring 112 om du eller din familj är i fara nu. Du kan också be polisen, ett skyddshem eller en hjälptelefon om hjälp. Det är gratis.
step-urgent-housing-title = Be om hjälp med boendet i dag
step-urgent-housing-text = Kontakta socialvården i ditt { -hyvinvointialue } i dag. Berätta att du inte har något tryggt ställe att bo på. Berätta det också för din kommun.
step-urgent-money-title = Be om hjälp med pengar
step-urgent-money-text = Behöver du pengar till mat eller räkningar? Ansök då om grundläggande utkomststöd hos { -kela(case: "with-finnish") }. Socialvården kan hjälpa dig i en nödsituation.
step-urgent-health-title = Få hälsovård
step-urgent-health-text = Kontakta din hälsostation. Om det är brådskande, ring { -paivystysapu } 116 117. Numret fungerar i de flesta områden: kontrollera på 116117.fi. I en nödsituation, ring 112.
step-urgent-family-title = Fråga om att få din familj hit
step-urgent-family-text = Familjeåterförening har egna regler och tidsgränser. Kontrollera dem på migri.fi och be snart om råd.
step-urgent-legal-title = Be om juridisk rådgivning
step-urgent-legal-text = Fråga vägledningen och rådgivningen var du kan få juridisk rådgivning. En del rådgivning är gratis.

## Steps: first steps
step-register-dvv-title = Registrera din adress hos { -dvv }
step-register-dvv-text = Registrera dig hos { -dvv } så att du får en hemkommun. Många tjänster behöver den.
step-first-identity-code-title = Skaffa en personbeteckning
step-first-identity-code-text = Din personbeteckning står ofta redan på ditt uppehållstillståndskort. Om inte, får du den när du registrerar dig hos { -dvv }. Du behöver den på banken, hos { -kela(case: "with-finnish") } och inom hälsovården.
step-first-kela-title = Fråga { -kela(case: "with-finnish") } om social trygghet
step-first-kela-text = Ansök om { -kela }-kort i MittFPA (OmaKela) och gör en anmälan om flytt till Finland. Sedan beslutar { -kela(case: "with-finnish") } om du omfattas av den sociala tryggheten i Finland.
step-first-tax-card-title = Skaffa ett skattekort
step-first-tax-card-text = Skaffa ett skattekort från { -vero-full } ({ -vero }) innan du börjar arbeta. Ge det till din arbetsgivare.
step-first-bank-title = Öppna ett bankkonto
step-first-bank-text = Du behöver ett bankkonto för din lön och dina förmåner. Be också banken om nätbankskoder.

## Steps: your assessment
step-assessment-employment-title = { -tyollisyyspalvelut(case: "definite-capital") } gör din bedömning
step-assessment-employment-text = Du är registrerad som arbetssökande. Därför gör { -tyollisyyspalvelut(case: "definite") } din bedömning av kompetens och behovet av integrationstjänster och din integrationsplan tillsammans med dig. Kontakta dem och boka en tid.
step-assessment-municipality-title = Din kommun gör din bedömning
step-assessment-municipality-text = Enligt dina svar ansvarar integrationstjänsterna i din kommun för din bedömning av kompetens och behovet av integrationstjänster och för din integrationsplan. Kontakta dem och boka en tid.
step-assessment-ask-title = Be om en bedömning av kompetens och behovet av integrationstjänster
step-assessment-ask-text = Fråga vägledningen och rådgivningen i din kommun vem som gör din bedömning (tidigare kallad inledande kartläggning). Om du registrerar dig som arbetslös arbetssökande är det { -tyollisyyspalvelut(case: "definite") }. Annars är det oftast kommunen.
step-window-open-title = Be om din integrationsplan i tid
step-window-open-text = Bedömningen och den första integrationsplanen görs inom 3 år från ditt första uppehållstillstånd eller din första registrering. Be om dem snart.
step-window-passed-title = Det har gått mer än 3 år sedan ditt första tillstånd
step-window-passed-text = Den första integrationsplanen görs oftast inom 3 år. Fråga din handläggare vad som fortfarande är möjligt för dig. Språkkurser och andra tjänster kan fortfarande vara öppna för dig.
step-jobseeker-register-title = Registrera dig som arbetssökande
step-jobseeker-register-text = Du vill ha arbete eller utbildning. Registrera dig som arbetssökande på { -tyomarkkinatori(case: "with-finnish") } eller hos { -tyollisyyspalvelut(case: "definite") }.
step-interpreter-title = Be om en tolk
step-interpreter-text = Säg att du behöver en tolk när du bokar tiden hos kontoret. Bedömningen görs på ett språk som du förstår.
step-social-services-title = En bedömning inom socialvården
step-social-services-text = Personer som har internationellt skydd blir oftast hänvisade till en bedömning av servicebehovet inom socialvården. Den hjälper dig att få det stöd som du behöver.
step-unaccompanied-plan-title = Stöd för en ung person utan vårdnadshavare
step-unaccompanied-plan-text = En ung person som kom hit utan vårdnadshavare blir oftast hänvisad till en bedömning av servicebehovet inom socialvården. En plan görs för dig tillsammans med socialvården. Fråga din kontaktperson eller socialarbetare.
step-talk-health-title = Prata med någon om din hälsa
step-talk-health-text = Boka en tid på din hälsostation eller hos socialvården. Du kan berätta vad som gör det svårt för dig att studera eller arbeta.

## Steps: language
step-literacy-title = Läs- och skrivutbildning
step-literacy-text = Be om läs- och skrivutbildning. Den är till för personer som ännu inte kan läsa eller skriva bra, eller som inte är vana vid det latinska alfabetet. Reglerna kan ändras år 2027: fråga din handläggare.
step-integration-training-title = Integrationsutbildning: finska eller svenska
step-integration-training-text = I integrationsutbildningen lär du dig finska eller svenska. Du lär dig också om samhället och arbetslivet. Utbildningen pågår oftast ungefär ett år. Ett test visar vilken grupp som passar dig. Reglerna kan ändras år 2027: fråga din handläggare.
step-language-with-work-title = Studera språket vid sidan av arbetet
step-language-with-work-text = Du är redo för arbete. Fråga om språkstudier som du kan göra på deltid medan du arbetar.
step-language-fluent-title = Dina språkkunskaper är redan goda
step-language-fluent-text = Du behöver kanske ingen språkutbildning. Fråga om andra tjänster, till exempel studier eller arbete.
step-civic-orientation-title = Samhällsorientering på ditt språk
step-civic-orientation-text = Fråga om kursen i flerspråkig samhällsorientering. Den är minst 70 timmar lång. Du lär dig om rättigheter, tjänster, arbete och vardagsliv i Finland.
step-digital-skills-title = Lär dig använda e-tjänster
step-digital-skills-text = Många tjänster finns på nätet. Fråga ditt bibliotek eller din kommun om hjälp och kurser. Där kan du lära dig använda telefon, dator och e-tjänster.

## Steps: education and recognition
step-simhe-title = Vägledning för högutbildade
step-simhe-text = { -simhe }-tjänsterna vid vissa högskolor ger vägledning till personer med högskoleutbildning. De hjälper också till med erkännande av tidigare kunnande.
step-recognition-oph-title = Ta reda på vilken nivå din examen har
step-recognition-oph-text = { -oph-full } ({ -oph }) kan besluta vilken nivå din utländska examen har i Finland. Ta med dina betyg. Kontrollera på oph.fi hur du ansöker.
step-regulated-valvira-title = Rätt att arbeta inom hälsovården eller socialvården
step-regulated-valvira-text = För att arbeta inom hälsovården eller socialvården behöver du rätt att utöva yrket från { -lvv } (tidigare Valvira). Du måste också kunna tillräckligt bra finska eller svenska.
step-regulated-oph-title = Rätt att arbeta som lärare eller inom småbarnspedagogiken
step-regulated-oph-text = Undervisning och småbarnspedagogik är reglerade yrken. { -oph-full } ({ -oph }) beslutar om din utbildning ger dig rätt att arbeta inom dem.

## Steps: children
step-daycare-title = Ansök om småbarnspedagogik
step-daycare-text = Ansök om småbarnspedagogik (dagvård) hos din kommun. Avgiften beror på din inkomst. Ansök i god tid.
step-preprimary-title = Förskoleundervisning
step-preprimary-text = Förskoleundervisningen är obligatorisk året innan skolan börjar. Den är gratis. Din kommun berättar hur du anmäler ditt barn.
step-school-title = Skola för dina barn
step-school-text = Läroplikten börjar vid 7 års ålder. Lär sig ditt barn fortfarande finska eller svenska? Fråga då om förberedande undervisning för skolan.
step-upper-secondary-title = Studier för din tonåring
step-upper-secondary-text = Unga måste studera tills de fyller 18 eller tills de har tagit en examen på andra stadiet. Fråga om studier på andra stadiet eller om utbildning som handleder för examensutbildning (Hux, på finska TUVA).

## Steps: studies and work
step-vocational-title = Yrkesutbildning
step-vocational-text = Fråga om utbildning som handleder för examensutbildning (Hux, på finska TUVA) och om yrkesutbildning på andra stadiet.
step-university-title = Högskolestudier
step-university-text = Fråga om högskolestudier och om vilka språkkrav de har. { -simhe }-tjänsterna kan ge dig vägledning.
step-self-motivated-title = Kom först överens om studierna i din plan
step-self-motivated-text = Vill du studera på egen hand (frivilliga studier) och behålla din arbetslöshetsförmån? Kom då överens om studierna i din integrationsplan innan du börjar.
step-business-title = Rådgivning om att starta företag
step-business-text = Be { -tyollisyyspalvelut(case: "definite") } om rådgivning om att starta ett företag i Finland.
step-work-routes-title = Vägar till arbete
step-work-routes-text = Fråga { -tyollisyyspalvelut(case: "definite") } om arbetskraftsutbildning, arbetsprövning eller arbete med lönesubvention.
step-community-title = Träffa människor och få stöd
step-community-text = Organisationer och fritidsaktiviteter hjälper dig att träffa människor och hitta arbete. Exempel är invandrarnas egna organisationer, studentorganisationer, mentorskap och yrkesföreningar. Fråga din kommun vad som finns nära dig.
step-follow-up-plan-title = Om integrationsprogrammet tar slut utan arbete
step-follow-up-plan-text = När ditt integrationsprogram tar slut och du ännu inte har ett arbete, görs en fortsatt plan (jatkosuunnitelma) tillsammans med dig. Det är en plan för dina nästa steg. Möjliga vägar är till exempel arbetskraftsutbildning, arbete med lönesubvention, arbetsprövning, Hux (utbildning som handleder för examensutbildning, på finska TUVA), yrkesstudier, högskolestudier, behörighetsgivande utbildning, arbetsverksamhet i rehabiliteringssyfte och rehabilitering. Om du är arbetssökande bygger din sysselsättningsplan på den fortsatta planen.
step-social-guidance-title = Hjälp med vardagliga ärenden
step-social-guidance-text = Behöver du mer stöd i vardagen? Fråga om social handledning som stöder integrationen och om hjälp med att sköta ärenden (asiointiapu). I vissa kommuner finns också handledning i vardagen utanför socialvården. Fråga din kommun.
