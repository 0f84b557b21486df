# The settings check page for the web admin (#/admin/config-check).
# Reference locale: every other locale must have exactly these keys. It
# loads with that page, not on a first visit.

admin-title = Kontroll av inställningarna
admin-intro = Den här sidan visar hur appen har förstått kommunens inställningsfil, municipality.toml. Delar som har ett problem används inte, och appen använder sina standardinställningar för dem.
admin-none = Inga problem: alla inställningar förstods.
admin-no-file = Det finns ingen inställningsfil. Appen använder sina standardinställningar.
admin-count = { $count ->
    [one] 1 problem hittades:
   *[other] { $count } problem hittades:
}
admin-where = Rad { $line }, kolumn { $column }, { $path }:
config-problem-syntax = Filen kan inte läsas. Ingenting i den används. Rätta felet nära den här raden:
config-problem-unknown-field = Okänd inställning, används inte. Kontrollera stavningen.
config-problem-wrong-type = Fel typ av värde. Förväntat:
config-problem-bad-url = Länken måste börja med https://
config-problem-bad-path = Logotypen måste vara en sökväg till en bildfil på den här webbplatsen, till exempel local/logo.svg.
config-problem-unknown-step = Okänt steg i vägen eller okänt ämne i guiden, används inte:
config-problem-unknown-locale = Okänd språkkod eller språkkod som inte är aktiverad, används inte:
config-problem-bad-colour = Färgen måste skrivas som #rrggbb, till exempel #0b5394.
config-problem-low-contrast = Färgen är för ljus mot vitt för att vara lätt att läsa (kräver 4.5:1). Kontrast:
config-problem-out-of-range = Talet ligger utanför det tillåtna området. Tillåtet:
config-problem-missing = Den här obligatoriska inställningen saknas, så den här delen används inte.
config-problem-unknown-country = Okänt land, så Finland används. Skriv "fi" för Finland eller "se" för Sverige:
config-problem-bad-id = En kommuns id får bara innehålla små bokstäver a–z, siffror och bindestreck, och varje id får finnas med bara en gång. Används inte:
config-problem-site-only = Den här inställningen gäller hela webbplatsen. Skriv den i municipality.toml, inte i en kommuns egen fil.
admin-file-unreadable = Den här filen kunde inte läsas. Kontrollera att den finns i mappen municipalities/ och att filens namn är det id som anges i municipality.toml.

# The text files part of the settings check page.
admin-texts-title = Textfiler
admin-texts-intro = Texterna finns i .ftl-filer. En post med ett fel hoppas över, och appen visar den engelska texten i stället.
admin-texts-checking = Textfilerna kontrolleras…
admin-texts-none = Inga problem i textfilerna.
admin-texts-where = { $path }, rad { $line }:
admin-texts-broken = Den här posten har ett fel och hoppas över. Texterna runt den fungerar fortfarande.
admin-texts-unavailable = Filen kunde inte laddas.
