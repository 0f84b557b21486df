# Needs questionnaire. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = Förbered dig inför bedömningen
qn-intro = Före ditt första möte om integrationstjänster kan du svara på frågor om dina kunskaper, dina planer och ditt liv nu. Då kan mötet utgå från dina svar.
qn-how-long = Det tar ungefär 15 minuter. Du kan sluta och fortsätta senare.
qn-private = Dina svar stannar på den här enheten. Ingenting skickas någonstans. Du bestämmer själv vem du visar dem för.
qn-skip-note = Svara bara på det du vill. Vissa frågor har ”Jag vet inte”, ”Hoppa över” eller ”Jag vill inte svara”.
qn-start = Börja
qn-continue = Fortsätt där du slutade
qn-start-again = Börja om
qn-check-link = Kontrollera dina svar
qn-saved-count = { $count ->
    [one] Du har svarat på 1 fråga.
   *[other] Du har svarat på { $count } frågor.
}
qn-progress = Del { $part } av { $parts }: { $section }
qn-progress-label = Hur långt du har kommit
qn-back = Tillbaka
qn-continue-button = Fortsätt
qn-dont-know = Jag vet inte
qn-prefer-not = Jag vill inte svara
qn-skip = Hoppa över frågan
qn-choose-all = Välj alla som passar.
qn-month = Månad
qn-year = År
qn-number = Antal
qn-your-answer = Ditt svar
qn-selected = Valt

## Check your answers
qn-check-title = Kontrollera dina svar
qn-check-intro = Titta på dina svar. Du kan ändra alla svar.
qn-change = Ändra
qn-answer-now = Svara
qn-not-answered = Inget svar
qn-answer-dont-know = Jag vet inte
qn-answer-prefer-not = Jag vill inte svara
qn-answer-skipped = Överhoppad
qn-done-title = Vad händer sedan
qn-done-text = Dina svar är sparade på den här enheten. Visa dem på ditt möte. Den person som du träffar bestämmer tillsammans med dig vilka tjänster du behöver.
qn-see-pathway = Se din föreslagna väg

## Deleting
qn-delete = Radera mina uppgifter från den här enheten
qn-delete-confirm-title = Vill du radera dina uppgifter?
qn-delete-confirm-text = Då tas dina svar, dina bockar i checklistan och ditt val av språk bort från den här enheten. Du kan inte ångra det.
qn-delete-yes = Ja, radera
qn-delete-cancel = Avbryt

## Notices about stored answers
qn-notice-discarded = Dina sparade svar kunde inte läsas, så de togs bort. Svara igen.
qn-notice-newer = Dina sparade svar gjordes med en nyare version av den här appen. Uppdatera appen eller öppna den i en uppdaterad webbläsare. Dina sparade svar har inte ändrats.

## Errors
error-summary = Det finns ett problem
error-required = Svara på frågan eller välj ett annat alternativ nedan.
error-unknown-option = Välj ett av alternativen.
error-exclusive = Det här svaret kan inte väljas tillsammans med de andra.
error-not-a-number = Skriv ett tal med siffror, till exempel 12.
error-out-of-range = Skriv ett tal från { $min } till { $max }.
error-year-too-early = Skriv ett år som är { $min } eller senare.
error-in-future = Datumet kan inte vara i framtiden.
error-month = Välj en månad.
error-too-long = Skriv högst { $max } tecken.

## Months
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Sections
section-about = Om dig
section-languages = Språk
section-education = Utbildning
section-work = Arbete
section-skills = Kunskaper och styrkor
section-goals = Dina mål
section-life = Ditt liv nu
section-wellbeing = Hälsa och välmående
section-wellbeing-intro = De här frågorna är frivilliga. Vi frågar dem eftersom hälsan kan påverka studier och arbete, och det finns hjälp att få. Du kan hoppa över dem eller välja ”Jag vill inte svara”.
section-appointment = Ditt möte

## Questions: about you
q-age-group = Hur gammal är du?
q-residence-basis = Varför fick du rätt att bo i Finland?
q-residence-basis-help = Titta på ditt uppehållstillståndskort eller ditt registreringsintyg. Om du inte är säker, välj ”Jag vet inte”.
q-permit-date = När fick du ditt första uppehållstillstånd eller din första registrering i Finland?
q-permit-date-help = Integrationstjänster erbjuds oftast under de första 3 åren efter det här datumet.
q-municipality-registered = Har du en hemkommun i Finland?
q-municipality-registered-help = Det betyder att du är registrerad som invånare i en kommun i Finland. { -dvv } antecknar hemkommunen.
q-first-steps-done = Vilka av de här har du redan?
q-unaccompanied = Kom du till Finland utan din förälder eller vårdnadshavare?
q-unaccompanied-help = En vårdnadshavare är en vuxen som enligt lagen ansvarar för dig.

## Questions: languages
q-mother-tongue = Vilket är ditt modersmål?
q-mother-tongue-other = Skriv namnet på ditt modersmål.
q-other-languages = Vilka andra språk talar du?
q-finnish = Hur bra talar du finska?
q-swedish = Hur bra talar du svenska?
q-english = Hur bra talar du engelska?
q-read-own = Kan du läsa på ditt modersmål?
q-write-own = Kan du skriva på ditt modersmål?
q-latin-alphabet = Kan du läsa bokstäverna i det här alfabetet: A B C D E?
q-latin-alphabet-help = Finska, svenska och engelska skrivs med de här bokstäverna (det latinska alfabetet).

## Questions: education
q-school-years = Hur många år har du totalt gått i skola eller studerat?
q-school-years-help = Räkna alla år, från grundskolan till universitetet. Om du inte är säker, gissa så gott du kan.
q-education-level = Vilken är den högsta utbildning som du har slutfört?
q-education-field = Vad har du studerat?
q-education-country = Var fick du den här utbildningen?
q-certificates = Har du dina betyg eller examensbevis?
q-certificates-help = Till exempel skolbetyg, diplom eller examensbevis, på papper eller som filer.
q-unfinished-studies = Har du börjat studera något som du inte kunde slutföra?

## Questions: work
q-has-worked = Har du arbetat tidigare?
q-work-fields = Inom vilka områden har du arbetat?
q-work-other = Skriv området eller det arbete som du gjorde.
q-work-years = Hur många år har du arbetat totalt?
q-recent-work = Vilket var ditt senaste arbete?
q-recent-work-help = Skriv ett yrke, till exempel ”sjukskötare” eller ”busschaufför”.
q-entrepreneur = Har du haft ett eget företag?
q-driving-licence = Har du körkort?
q-licence-class = Vilka fordon får du köra med ditt körkort?

## Questions: skills
q-phone-skills = Kan du använda en smarttelefon, till exempel för att skicka meddelanden och använda appar?
q-computer-skills = Kan du använda en dator?
q-online-services = Kan du själv använda e-tjänster?
q-online-services-help = Till exempel använda nätbanken, boka en tid eller fylla i en blankett på nätet.
q-strengths = Vad är du bra på?

## Questions: goals
q-goals = Vad vill du göra i Finland under de närmaste åren?
q-main-goal = Vilket av de här är viktigast för dig nu?

## Questions: life now
q-jobseeker = Är du registrerad som arbetssökande hos { -tyollisyyspalvelut(case: "definite") }?
q-jobseeker-help = Du registrerar dig på { -tyomarkkinatori(case: "with-finnish") } eller hos { -tyollisyyspalvelut(case: "definite") }.
q-social-assistance = Får du utkomststöd?
q-social-assistance-help = Utkomststöd är pengar för grundläggande behov när din inkomst inte räcker. { -kela } betalar ut grundläggande utkomststöd. Om du får det en längre tid eller regelbundet har din kommun oftast ansvar för dina integrationstjänster.
q-has-children = Har du barn som bor med dig?
q-children-ages = Hur gamla är dina barn?
q-home-care-allowance = Får du stöd för hemvård av barn från { -kela }?
q-home-care-allowance-help = Det är pengar från { -kela } när du tar hand om ett barn under 3 år hemma.
q-housing = Var bor du nu?
q-urgent = Behöver du snabbt hjälp med något?

## Questions: wellbeing
q-health-affects = Gör din hälsa eller något annat att det är svårt för dig att studera eller arbeta?
q-talk-to-someone = Vill du prata med någon om din hälsa eller ditt välmående?

## Questions: appointment
q-appointment-language = På vilket språk vill du ha ditt möte?
q-interpreter = Behöver du en tolk på mötet?
q-interpreter-language = Vilket språk ska tolken tala?
q-contact-way = Hur vill du att kontoret kontaktar dig?
q-contact-way-help = Skriv inte dina kontaktuppgifter här. Du ger dem på kontoret.

## Options
opt-yesno-yes = Ja
opt-yesno-no = Nej
opt-firststeps-identity-code = En finländsk personbeteckning
opt-firststeps-kela-card = Ett { -kela }-kort
opt-firststeps-tax-card = Ett skattekort
opt-firststeps-bank-account = Ett bankkonto
opt-firststeps-none = Inget av de här än
opt-age-under-18 = Under 18
opt-age-18-29 = 18 till 29
opt-age-30-44 = 30 till 44
opt-age-45-64 = 45 till 64
opt-age-65-plus = 65 eller äldre
opt-residence-protection = Internationellt skydd (asyl, flyktingstatus)
opt-residence-family = Familjeband
opt-residence-work = Arbete
opt-residence-study = Studier
opt-residence-eu = EU- eller nordisk medborgare, registrerad
opt-residence-temporary-protection = Tillfälligt skydd
opt-residence-other = Annan orsak
opt-residence-protection-family = Familjemedlem till en person med internationellt skydd
opt-residence-trafficking = Offer för människohandel (någon tvingade dig att arbeta eller göra annat)
opt-socialassist-lasting = Ja, en längre tid eller regelbundet
opt-socialassist-short-term = Ja, en gång eller en kort tid
opt-socialassist-no = Nej
opt-socialassist-yes = Ja (inte sagt hur länge)
opt-language-arabic = Arabiska
opt-language-dari = Dari
opt-language-farsi = Persiska (farsi)
opt-language-kurdish = Kurdiska
opt-language-pashto = Pashto
opt-language-somali = Somaliska
opt-language-tigrinya = Tigrinja
opt-language-amharic = Amhariska
opt-language-swahili = Swahili
opt-language-russian = Ryska
opt-language-ukrainian = Ukrainska
opt-language-estonian = Estniska
opt-language-albanian = Albanska
opt-language-turkish = Turkiska
opt-language-vietnamese = Vietnamesiska
opt-language-thai = Thai
opt-language-chinese = Kinesiska
opt-language-english = Engelska
opt-language-french = Franska
opt-language-spanish = Spanska
opt-language-other = Annat språk
opt-level-none = Jag kan inte tala det än
opt-level-words = Jag kan några ord och fraser
opt-level-everyday = Jag klarar mig i vardagen, till exempel i butiken
opt-level-work = Jag klarar de flesta situationer på jobbet
opt-howwell-well = Ja, bra
opt-howwell-a-little = Lite
opt-howwell-no = Nej
opt-edu-none = Jag har inte gått i skola
opt-edu-primary = Lågstadium
opt-edu-lower-secondary = Högstadium (till ungefär 15 års ålder)
opt-edu-upper-secondary = Gymnasium
opt-edu-vocational = Yrkesskola (yrkesutbildning)
opt-edu-bachelor = Universitet eller högskola, lägre examen (kandidat)
opt-edu-master = Universitet, högre examen (magister, master)
opt-edu-doctorate = Doktorsexamen (PhD)
opt-field-office = Kontorsarbete och administration
opt-field-sales = Försäljning och butiker
opt-field-cleaning = Städning
opt-field-construction = Byggande
opt-field-manufacturing = Fabriks- och produktionsarbete
opt-field-transport = Transport och körning
opt-field-restaurant = Restauranger, kaféer och kök
opt-field-health = Hälsovård
opt-field-social-care = Socialvård och äldreomsorg
opt-field-childcare = Barnomsorg
opt-field-teaching = Undervisning och utbildning
opt-field-ict = Datorer och IT
opt-field-engineering = Ingenjörsarbete och teknik
opt-field-agriculture = Jordbruk, trädgård och skog
opt-field-beauty = Frisör och skönhetsvård
opt-field-security = Säkerhet och bevakning
opt-field-repair = Reparation och underhåll
opt-field-arts = Konst, media och kultur
opt-field-science = Vetenskap och forskning
opt-field-law = Juridik, ekonomi och affärsliv
opt-field-other = Annat område
opt-country-finland = I Finland
opt-country-eu = I ett annat EU-land eller nordiskt land
opt-country-other = I ett annat land
opt-certificates-yes = Ja, alla
opt-certificates-some = Några av dem
opt-certificates-no = Nej
opt-years-under-1 = Mindre än 1 år
opt-years-1-2 = 1 till 2 år
opt-years-3-5 = 3 till 5 år
opt-years-6-10 = 6 till 10 år
opt-years-over-10 = Mer än 10 år
opt-licence-b = Bil
opt-licence-c = Lastbil
opt-licence-d = Buss
opt-licence-a = Motorcykel
opt-licence-other = Andra fordon
opt-strength-teamwork = Arbeta med andra människor
opt-strength-customer-service = Betjäna kunder
opt-strength-caring = Ta hand om människor
opt-strength-handcrafts = Arbeta med mina händer
opt-strength-technical = Maskiner och teknik
opt-strength-cooking = Laga mat
opt-strength-organising = Planera och organisera
opt-strength-teaching = Undervisa och förklara
opt-strength-languages = Lära mig språk
opt-strength-art = Konst, musik eller design
opt-strength-sports = Idrott
opt-goal-work-soon = Hitta ett jobb snart
opt-goal-vocational = Studera till ett yrke (yrkesutbildning)
opt-goal-university = Studera vid ett universitet
opt-goal-business = Starta ett eget företag
opt-goal-language-first = Lära mig språket först
opt-goal-family = Ta hand om min familj just nu
opt-goal-not-sure = Jag är inte säker än
opt-childage-under-3 = Under 3 år
opt-childage-3-6 = 3 till 6 år
opt-childage-7-15 = 7 till 15 år
opt-childage-16-17 = 16 till 17 år
opt-housing-own-rental = I ett eget hem som jag hyr eller äger
opt-housing-temporary = På ett tillfälligt ställe, till exempel hos vänner eller på en förläggning
opt-housing-none = Jag har ingenstans att bo
opt-urgent-money = Pengar till mat eller räkningar
opt-urgent-housing = En bostad
opt-urgent-health = Hälsa
opt-urgent-safety = Säkerhet: jag eller min familj är inte trygga
opt-urgent-family-reunification = Få min familj till Finland
opt-urgent-legal-advice = Juridisk rådgivning
opt-urgent-none = Nej, inget brådskande
opt-affects-no = Nej
opt-affects-a-little = Lite
opt-affects-a-lot = Mycket
opt-apptlang-finnish = Finska
opt-apptlang-swedish = Svenska
opt-apptlang-english = Engelska
opt-apptlang-own = Mitt eget språk, med tolk
opt-contact-phone = Telefonsamtal
opt-contact-text-message = Textmeddelande
opt-contact-email = E-post
opt-contact-letter = Brev
opt-contact-in-person = Jag kommer till kontoret
