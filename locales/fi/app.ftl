# App interface. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = Uutena Suomessa
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-guide = Opas
nav-language = Kieli
nav-municipality = Kunta
nav-municipality-none = Ei valittu
breadcrumb-label = Olet tässä
footer-privacy = Kaikki, mitä teet täällä, jää tähän laitteeseen. Mitään ei lähetetä minnekään.
footer-disclaimer = Tämä opas antaa yleistä tietoa. Viranomaiset päättävät sinun asiastasi.
opens-new-tab = avautuu uuteen välilehteen

## Notices
notice-machine = Tämä teksti on käännetty koneella, ja siinä voi olla virheitä. Jos jokin on epäselvää, kysy henkilökunnalta tai katso virallinen verkkosivu. Kerro meille virheistä, niin voimme korjata ne.
notice-text-gaps = Kaikkia tekstejä ei ole vielä sinun kielelläsi. Ne näytetään englanniksi.
notice-checklist-reset = Tallennettua muistilistaasi ei voitu lukea, joten se tyhjennettiin. Merkitse tekemäsi vaiheet uudelleen.
notice-storage-blocked = Tämä selain ei anna oppaan tallentaa mitään. Tekemäsi asiat säilyvät vain, kunnes suljet tämän sivun.

## Loading (the first screen, while a page the person chose is on its way)
loading = Ladataan…

## Language screen
language-title = Valitse kieli
language-intro = Napauta omaa kieltäsi. Voit vaihtaa kielen myöhemmin ylhäällä olevasta valikosta.
language-suggested = Ehdotus tälle laitteelle

## Municipality screen (a site for several municipalities)
municipality-title = Valitse kuntasi
municipality-intro = Valitse kunta, jossa asut. Sen jälkeen opas näyttää kunnan toimipisteet ja paikallista tietoa. Voit vaihtaa kunnan myöhemmin ylhäällä olevasta valikosta.

## Start page
home-title = Tervetuloa Suomeen
home-intro = Tämä opas auttaa sinua ensimmäisinä kuukausina Suomessa. Lue, mitkä ovat ensimmäiset askeleet, mitä palveluja voit käyttää ja mistä saat apua.
home-guide-title = Perustietoa
home-guide-text = Luvat, { -kela }, työ, terveys, asuminen, koulu ja paljon muuta.
home-checklist-title = Ensimmäiset askeleesi
home-help-title = Mistä saat apua
home-help-text = Ohjaus ja neuvonta, auttavat puhelimet ja hätänumerot.
home-privacy = Sinun ei tarvitse kirjautua. Merkintäsi tallentuvat vain tähän laitteeseen.

## Guide
guide-title = Perustietoa
guide-intro = Valitse aihe tai hae sanalla.
guide-all-topics = Kaikki aiheet
search-label = Hae oppaasta
search-button = Hae
search-results = { $count ->
    [0] Haulla ”{ $query }” ei löytynyt mitään
    [one] Haulla ”{ $query }” löytyi 1 aihe
   *[other] Haulla ”{ $query }” löytyi { $count } aihetta
}
search-none = Kokeile toista sanaa tai lyhyempää sanaa.
search-none-help = Katso, mistä saat apua.

## Topic page
topic-back = Kaikki aiheet
topic-steps-heading = Näin toimit
topic-authority-heading = Kuka vastaa
topic-name-fi = Suomeksi
topic-name-sv = Ruotsiksi
topic-phones-heading = Puhelinnumerot
topic-last-checked = Tarkistettu viimeksi: { $date }
read-aloud = Lue ääneen
read-aloud-stop = Lopeta lukeminen
read-aloud-no-voice = Tässä laitteessa ei ole ääntä, joka voi lukea tätä kieltä ääneen.

## Checklist
checklist-heading = Muistilistasi
checklist-progress = { $done } / { $total } vaihetta tehty
checklist-read-more = Lue lisää

## Not found
not-found-title = Sivua ei löytynyt
not-found-text = Emme löytäneet tätä sivua. Linkki voi olla vanha, tai siinä voi olla kirjoitusvirhe.
not-found-home = Siirry etusivulle
not-found-guide = Katso kaikki oppaan aiheet

## Local offices (from the municipality's settings)
office-heading = Paikallinen toimipiste
office-address = Osoite
office-phone = Puhelin
office-hours = Aukioloajat
office-website = Verkkosivu
office-accessibility = Esteettömyys
office-languages = Palvelukielet

## Kiosk (shared device in a service point)
kiosk-finish = Lopeta ja tyhjennä
kiosk-idle-title = Oletko vielä täällä?
kiosk-idle-text = Kaikki tiedot tyhjennetään tältä näytöltä { $seconds } sekunnin kuluttua. Näin suojaamme yksityisyyttäsi.
kiosk-still-here = Olen vielä täällä
kiosk-qr-help = Skannaa tämä koodi omalla puhelimellasi, niin saat vastauksesi ja polkusi mukaasi. Mitään ei tallenneta tähän laitteeseen.
mine-title = Vastauksesi palvelupisteestä
mine-intro = Nämä ovat vastaukset ja polku, jotka teit palvelupisteessä. Niitä ei ole vielä tallennettu tähän puhelimeen.
mine-save = Tallenna tähän puhelimeen

## App updates
update-available = Tästä oppaasta on uusi versio.
update-reload = Päivitä nyt

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Kysymykset
qn-home-title = Valmistaudu alkukartoitukseen
qn-home-text = Vastaa ennen tapaamista kysymyksiin taidoistasi ja suunnitelmistasi.
qn-deleted = Tietosi poistettiin tästä laitteesta.
qn-notice-migrated = Tallennetut vastauksesi päivitettiin sopimaan tähän sovelluksen versioon.
qn-notice-dropped = Jotkin tallennetut vastaukset eivät enää sopineet kysymyksiin, joten ne poistettiin. Tarkista vastauksesi.
pw-nav = Polkusi
