# Masintõlge inglise keelest (machine-made translation from English).
# Veebihalduse seadete kontrolli leht (#/admin/config-check): võtmed on samad
# mis inglise failis. See laaditakse koos selle lehega, mitte esimesel külastusel.

admin-title = Seadete kontroll
admin-intro = See leht näitab, mida rakendus omavalitsuse seadete failist municipality.toml aru sai. Probleemiga osad jäetakse kõrvale ja nende asemel kasutab rakendus oma vaikeväärtusi.
admin-none = Probleeme ei ole: kõigist seadetest saadi aru.
admin-no-file = Seadete faili ei ole. Rakendus kasutab oma vaikeväärtusi.
admin-count = { $count ->
    [one] Leiti 1 probleem:
   *[other] Leiti { $count } probleemi:
}
admin-where = Rida { $line }, veerg { $column }, { $path }:
config-problem-syntax = Faili ei saa lugeda. Sellest ei kasutata midagi. Paranda viga selle rea lähedal:
config-problem-unknown-field = Tundmatu seade, jäetakse kõrvale. Kontrolli kirjaviisi.
config-problem-wrong-type = Vale tüüpi väärtus. Oodatud:
config-problem-bad-url = Link peab algama nii: https://
config-problem-bad-path = Logo peab olema tee pildifailini sellel saidil, näiteks local/logo.svg.
config-problem-unknown-step = Tundmatu teekaardi samm või teejuhi teema, jäetakse kõrvale:
config-problem-unknown-locale = Tundmatu või sisse lülitamata keelekood, jäetakse kõrvale:
config-problem-bad-colour = Värv peab olema kirjutatud kujul #rrggbb, näiteks #0b5394.
config-problem-low-contrast = Värv on valgel taustal lugemiseks liiga hele (vaja on 4,5 : 1). Kontrastsus:
config-problem-out-of-range = Arv on lubatud vahemikust väljas. Lubatud:
config-problem-missing = See kohustuslik seade puudub, seega jäetakse see osa kõrvale.
config-problem-unknown-country = Tundmatu riik, seega kasutatakse Soomet. Kirjuta Soome jaoks "fi" või Rootsi jaoks "se":
config-problem-bad-id = Omavalitsuse tunnuses võivad olla ainult väikesed tähed a–z, numbrid ja sidekriipsud ning iga tunnus võib loendis olla ainult üks kord. Jäetakse kõrvale:
config-problem-site-only = See seade kehtib kogu saidi kohta. Kirjuta see faili municipality.toml, mitte omavalitsuse enda faili.
admin-file-unreadable = Seda faili ei saanud lugeda. Kontrolli, et fail on kaustas municipalities/ ja et selle nimi on failis municipality.toml loetletud tunnus.

# Seadete kontrolli lehe tekstifailide osa.
admin-texts-title = Tekstifailid
admin-texts-intro = Tekstid on .ftl-failides. Veaga kirje jäetakse vahele ja rakendus näitab selle asemel ingliskeelset teksti.
admin-texts-checking = Tekstifailide kontrollimine…
admin-texts-none = Tekstifailides ei ole probleeme.
admin-texts-where = { $path }, rida { $line }:
admin-texts-broken = Selles kirjes on viga ja see jäetakse vahele. Selle ümber olevad tekstid töötavad edasi.
admin-texts-unavailable = Seda faili ei saanud laadida.
