# Masintõlge inglise keelest (machine-made translation from English). Rakenduse liides: võtmed on samad mis inglise failis.
# Muutujad looksulgudes, näiteks { $count }, täidab rakendus: jäta need nii, nagu need on.

## Shell
app-name = Uus Soomes
skip-to-content = Mine sisu juurde
nav-label = Peamenüü
nav-guide = Teejuht
nav-language = Keel
nav-municipality = Omavalitsus
nav-municipality-none = Pole valitud
breadcrumb-label = Sa oled siin
footer-privacy = Kõik, mida sa siin teed, jääb sellesse seadmesse. Midagi ei saadeta kuhugi.
footer-disclaimer = See teejuht annab üldist teavet. Sinu asja otsustavad ametiasutused.
opens-new-tab = avaneb uuel vahelehel

## Notices
notice-machine = Selle teksti tõlkis masin ja selles võib olla vigu. Kui midagi jääb arusaamatuks, küsi töötajatelt või vaata ametlikku veebilehte. Palun anna vigadest teada, et saaksime need parandada.
notice-text-gaps = Mõned tekstid ei ole veel sinu keeles olemas. Need on näidatud inglise keeles.
notice-checklist-reset = Sinu salvestatud kontrollnimekirja ei saanud lugeda, seega see tühjendati. Palun märgi oma sammud uuesti.
notice-storage-blocked = See brauser ei luba teejuhil midagi salvestada. See, mida sa siin teed, säilib ainult seni, kuni sa selle lehe sulged.

## Loading (the first screen, while a page the person chose is on its way)
loading = Laadimine…

## Language screen
language-title = Vali oma keel
language-intro = Puuduta oma keelt. Hiljem saad seda muuta ülal olevast menüüst.
language-suggested = Soovitatud selle seadme jaoks

## Municipality screen (a site for several municipalities)
municipality-title = Vali oma omavalitsus
municipality-intro = Vali omavalitsus, kus sa elad. Siis näitab teejuht selle büroosid ja kohalikku teavet. Hiljem saad omavalitsust muuta ülal olevast menüüst.

## Start page
home-title = Tere tulemast Soome
home-intro = See teejuht aitab sind sinu esimestel kuudel Soomes. Loe oma esimeste sammude kohta, teenuste kohta, mida saad kasutada, ja selle kohta, kust abi saada.
home-guide-title = Põhiteave
home-guide-text = Load, { -kela }, töö, tervis, eluase, kool ja palju muud.
home-checklist-title = Sinu esimesed sammud
home-help-title = Kust abi saada
home-help-text = Juhendamine ja nõustamine, abitelefonid ja hädaabinumbrid.
home-privacy = Sa ei pea sisse logima. See, mille sa märgid, salvestatakse ainult sellesse seadmesse.

## Guide
guide-title = Põhiteave
guide-intro = Vali teema või otsi sõna.
guide-all-topics = Kõik teemad
search-label = Otsi teejuhist
search-button = Otsi
search-results = { $count ->
    [0] Otsingule „{ $query }“ ei leitud midagi
    [one] Otsingule „{ $query }“ leiti 1 teema
   *[other] Otsingule „{ $query }“ leiti { $count } teemat
}
search-none = Proovi teist sõna või lühemat sõna.
search-none-help = Vaata, kust abi saada.

## Topic page
topic-back = Kõik teemad
topic-steps-heading = Mida teha
topic-authority-heading = Kes vastutab
topic-name-fi = Soome keeles
topic-name-sv = Rootsi keeles
topic-phones-heading = Telefoninumbrid
topic-last-checked = Viimati kontrollitud: { $date }
read-aloud = Loe ette
read-aloud-stop = Lõpeta ettelugemine
read-aloud-no-voice = Selles seadmes ei ole häält, mis loeks seda keelt ette.

## Checklist
checklist-heading = Sinu kontrollnimekiri
checklist-progress = { $total } sammust { $done } tehtud
checklist-read-more = Loe edasi

## Not found
not-found-title = Lehte ei leitud
not-found-text = Me ei leidnud seda lehte. Link võib olla vana või valesti kirjutatud.
not-found-home = Mine avalehele
not-found-guide = Vaata kõiki teejuhi teemasid

## Local offices (from the municipality's settings)
office-heading = Kohalik büroo
office-address = Aadress
office-phone = Telefon
office-hours = Lahtiolekuajad
office-website = Veebileht
office-accessibility = Ligipääsetavus
office-languages = Räägitavad keeled

## Kiosk (shared device in a service point)
kiosk-finish = Lõpeta ja kustuta
kiosk-idle-title = Kas sa oled veel siin?
kiosk-idle-text = Sinu privaatsuse kaitseks kustutatakse kõik sellel ekraanil { $seconds } sekundi pärast.
kiosk-still-here = Ma olen veel siin
kiosk-qr-help = Skanni see kood oma telefoniga, et võtta oma vastused ja teekaart kaasa. Sellesse seadmesse ei salvestata midagi.
mine-title = Sinu vastused teeninduspunktist
mine-intro = Need on vastused ja teekaart, mille sa teeninduspunktis tegid. Neid ei ole veel sellesse telefoni salvestatud.
mine-save = Salvesta sellesse telefoni

## App updates
update-available = Sellest teejuhist on olemas uus versioon.
update-reload = Uuenda kohe

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Küsimused
qn-home-title = Valmistu oma hindamiseks
qn-home-text = Vasta enne kohtumist küsimustele oma oskuste ja plaanide kohta.
qn-deleted = Sinu andmed kustutati sellest seadmest.
qn-notice-migrated = Sinu salvestatud vastused uuendati rakenduse selle versiooni jaoks.
qn-notice-dropped = Mõned salvestatud vastused ei sobinud enam küsimustega ja need eemaldati. Palun kontrolli oma vastuseid.
pw-nav = Teekaart
