# App interface. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = Ny i Finland
skip-to-content = Gå till innehållet
nav-label = Huvudmeny
nav-guide = Guide
nav-language = Språk
nav-municipality = Kommun
nav-municipality-none = Inte vald
breadcrumb-label = Du är här
footer-privacy = Allt du gör här stannar på den här enheten. Ingenting skickas någonstans.
footer-disclaimer = Den här guiden ger allmän information. Det är myndigheterna som beslutar i ditt ärende.
opens-new-tab = öppnas i en ny flik

## Notices
notice-machine = Den här texten är översatt av en maskin och kan ha fel. Om något är oklart, fråga personalen eller läs på den officiella webbplatsen. Berätta gärna för oss om fel, så att vi kan rätta dem.
notice-text-gaps = Vissa texter finns inte på ditt språk än. De visas på engelska.
notice-checklist-reset = Din sparade checklista kunde inte läsas, så den tömdes. Bocka för dina steg igen.
notice-storage-blocked = Den här webbläsaren låter inte guiden spara något. Det du gör här finns kvar bara tills du stänger sidan.

## Loading (the first screen, while a page the person chose is on its way)
loading = Laddar…

## Language screen
language-title = Välj ditt språk
language-intro = Tryck på ditt språk. Du kan byta språk senare i menyn högst upp.
language-suggested = Förslag för den här enheten

## Municipality screen (a site for several municipalities)
municipality-title = Välj din kommun
municipality-intro = Välj den kommun där du bor. Då visar guiden kommunens kontor och lokal information. Du kan byta kommun senare i menyn högst upp.

## Start page
home-title = Välkommen till Finland
home-intro = Den här guiden hjälper dig under dina första månader i Finland. Läs om dina första steg, om tjänster som du kan använda och om var du kan få hjälp.
home-guide-title = Basinformation
home-guide-text = Tillstånd, { -kela }, arbete, hälsa, boende, skola och mycket mer.
home-checklist-title = Dina första steg
home-help-title = Var du får hjälp
home-help-text = Vägledning och rådgivning, hjälptelefoner och nödnummer.
home-privacy = Du behöver inte logga in. Det du bockar för sparas bara på den här enheten.

## Guide
guide-title = Basinformation
guide-intro = Välj ett ämne eller sök efter ett ord.
guide-all-topics = Alla ämnen
search-label = Sök i guiden
search-button = Sök
search-results = { $count ->
    [0] Inget hittades för ”{ $query }”
    [one] 1 ämne hittades för ”{ $query }”
   *[other] { $count } ämnen hittades för ”{ $query }”
}
search-none = Försök med ett annat ord eller ett kortare ord.
search-none-help = Se var du kan få hjälp.

## Topic page
topic-back = Alla ämnen
topic-steps-heading = Vad du ska göra
topic-authority-heading = Vem som ansvarar
topic-name-fi = På finska
topic-name-sv = På svenska
topic-phones-heading = Telefonnummer
topic-last-checked = Senast kontrollerad: { $date }
read-aloud = Läs upp
read-aloud-stop = Sluta läsa upp
read-aloud-no-voice = Den här enheten har ingen röst som kan läsa upp det här språket.

## Checklist
checklist-heading = Din checklista
checklist-progress = { $done } av { $total } steg klara
checklist-read-more = Läs mer

## Not found
not-found-title = Sidan hittades inte
not-found-text = Vi kunde inte hitta den här sidan. Länken kan vara gammal eller felskriven.
not-found-home = Gå till startsidan
not-found-guide = Se alla ämnen i guiden

## Local offices (from the municipality's settings)
office-heading = Lokalt kontor
office-address = Adress
office-phone = Telefon
office-hours = Öppettider
office-website = Webbplats
office-accessibility = Tillgänglighet
office-languages = Språk som talas

## Kiosk (shared device in a service point)
kiosk-finish = Avsluta och töm
kiosk-idle-title = Är du kvar?
kiosk-idle-text = För att skydda din integritet töms allt på den här skärmen om { $seconds } sekunder.
kiosk-still-here = Jag är kvar
kiosk-qr-help = Skanna den här koden med din egen telefon för att ta med dig dina svar och din väg. Ingenting sparas på den här enheten.
mine-title = Dina svar från servicepunkten
mine-intro = Det här är de svar och den väg som du gjorde vid servicepunkten. De är inte sparade på den här telefonen än.
mine-save = Spara på den här telefonen

## App updates
update-available = Det finns en ny version av den här guiden.
update-reload = Uppdatera nu

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Frågor
qn-home-title = Förbered dig inför bedömningen
qn-home-text = Svara på frågor om dina kunskaper och planer före ditt möte.
qn-deleted = Dina uppgifter har raderats från den här enheten.
qn-notice-migrated = Dina sparade svar har uppdaterats för den här versionen av appen.
qn-notice-dropped = Vissa sparade svar passar inte längre till frågorna och har tagits bort. Kontrollera dina svar.
pw-nav = Din väg
