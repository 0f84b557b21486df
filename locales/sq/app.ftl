# Machine-made translation from English (locales/en/app.ftl); not yet reviewed by a person.
# Ndërfaqja e aplikacionit. Ndryshoret në kllapa, si { $count }, i plotëson aplikacioni: mos i ndryshoni.

## Shell
app-name = I ri në Finlandë
skip-to-content = Kalo te përmbajtja
nav-label = Menyja kryesore
nav-guide = Udhëzuesi
nav-language = Gjuha
nav-municipality = Komuna
nav-municipality-none = Pa zgjedhur
breadcrumb-label = Ju jeni këtu
footer-privacy = Gjithçka që bëni këtu mbetet në këtë pajisje. Asgjë nuk dërgohet askund.
footer-disclaimer = Ky udhëzues jep informacion të përgjithshëm. Për çështjen tuaj vendosin autoritetet.
opens-new-tab = hapet në një skedë të re

## Notices
notice-machine = Ky tekst është përkthyer automatikisht nga një program kompjuterik dhe mund të ketë gabime. Nëse diçka nuk është e qartë, pyesni stafin ose shikoni faqen zyrtare të internetit. Ju lutemi na tregoni për gabimet, që t'i rregullojmë.
notice-text-gaps = Disa tekste nuk janë ende në gjuhën tuaj. Ato shfaqen në anglisht.
notice-checklist-reset = Lista juaj e ruajtur nuk mund të lexohej, prandaj u fshi. Ju lutemi shënoni përsëri hapat tuaj.
notice-storage-blocked = Ky shfletues nuk e lejon udhëzuesin të ruajë asgjë. Ajo që bëni këtu ruhet vetëm derisa ta mbyllni këtë faqe.

## Loading (the first screen, while a page the person chose is on its way)
loading = Po ngarkohet…

## Language screen
language-title = Zgjidhni gjuhën tuaj
language-intro = Prekni gjuhën tuaj. Mund ta ndryshoni më vonë nga menyja lart.
language-suggested = E sugjeruar për këtë pajisje

## Municipality screen (a site for several municipalities)
municipality-title = Zgjidhni komunën tuaj
municipality-intro = Zgjidhni komunën ku jetoni. Pastaj udhëzuesi tregon zyrat e saj dhe informacionin vendor. Mund ta ndryshoni më vonë nga menyja lart.

## Start page
home-title = Mirë se vini në Finlandë
home-intro = Ky udhëzues ju ndihmon në muajt e parë në Finlandë. Lexoni për hapat tuaj të parë, për shërbimet që mund të përdorni dhe ku të gjeni ndihmë.
home-guide-title = Informacion bazë
home-guide-text = Lejet, { -kela }, puna, shëndeti, banimi, shkolla dhe më shumë.
home-checklist-title = Hapat tuaj të parë
home-help-title = Ku të gjeni ndihmë
home-help-text = Udhëzim dhe këshillim, linja ndihme dhe numra urgjence.
home-privacy = Nuk keni nevojë të hyni me llogari. Ajo që shënoni ruhet vetëm në këtë pajisje.

## Guide
guide-title = Informacion bazë
guide-intro = Zgjidhni një temë ose kërkoni një fjalë.
guide-all-topics = Të gjitha temat
search-label = Kërkoni në udhëzues
search-button = Kërko
search-results = { $count ->
    [0] Nuk u gjet asgjë për “{ $query }”
    [one] U gjet 1 temë për “{ $query }”
   *[other] U gjetën { $count } tema për “{ $query }”
}
search-none = Provoni një fjalë tjetër ose një fjalë më të shkurtër.
search-none-help = Shikoni ku të gjeni ndihmë.

## Topic page
topic-back = Të gjitha temat
topic-steps-heading = Çfarë duhet të bëni
topic-authority-heading = Kush është përgjegjës
topic-name-fi = Në finlandisht
topic-name-sv = Në suedisht
topic-phones-heading = Numrat e telefonit
topic-last-checked = Kontrolluar së fundi: { $date }
read-aloud = Lexo me zë
read-aloud-stop = Ndalo leximin
read-aloud-no-voice = Kjo pajisje nuk ka zë për ta lexuar me zë këtë gjuhë.

## Checklist
checklist-heading = Lista juaj e hapave
checklist-progress = { $done } nga { $total } hapa të kryer
checklist-read-more = Lexoni më shumë

## Not found
not-found-title = Faqja nuk u gjet
not-found-text = Nuk e gjetëm këtë faqe. Lidhja mund të jetë e vjetër ose e shkruar gabim.
not-found-home = Shkoni te faqja e fillimit
not-found-guide = Shikoni të gjitha temat e udhëzuesit

## Local offices (from the municipality's settings)
office-heading = Zyra vendore
office-address = Adresa
office-phone = Telefoni
office-hours = Orari i punës
office-website = Faqja e internetit
office-accessibility = Aksesueshmëria
office-languages = Gjuhët që fliten

## Kiosk (shared device in a service point)
kiosk-finish = Përfundo dhe fshi
kiosk-idle-title = A jeni ende këtu?
kiosk-idle-text = Për të mbrojtur privatësinë tuaj, gjithçka në këtë ekran do të fshihet pas { $seconds } sekondash.
kiosk-still-here = Jam ende këtu
kiosk-qr-help = Skanojeni këtë kod me telefonin tuaj, që t'i merrni me vete përgjigjet dhe rrugën tuaj. Asgjë nuk ruhet në këtë pajisje.
mine-title = Përgjigjet tuaja nga pika e shërbimit
mine-intro = Këto janë përgjigjet dhe rruga që bëtë në pikën e shërbimit. Ato nuk janë ruajtur ende në këtë telefon.
mine-save = Ruaje në këtë telefon

## App updates
update-available = Ka një version të ri të këtij udhëzuesi.
update-reload = Përditëso tani

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Pyetjet
qn-home-title = Përgatituni për vlerësimin tuaj
qn-home-text = Përgjigjuni pyetjeve për aftësitë dhe planet tuaja para takimit.
qn-deleted = Të dhënat tuaja u fshinë nga kjo pajisje.
qn-notice-migrated = Përgjigjet tuaja të ruajtura u përditësuan për këtë version të aplikacionit.
qn-notice-dropped = Disa përgjigje të ruajtura nuk u përshtateshin më pyetjeve dhe u hoqën. Ju lutemi kontrolloni përgjigjet tuaja.
pw-nav = Rruga juaj
