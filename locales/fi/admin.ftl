# The settings check page for the web admin (#/admin/config-check).
# Reference locale: every other locale must have exactly these keys. It
# loads with that page, not on a first visit.

admin-title = Asetusten tarkistus
admin-intro = Tällä sivulla näet, mitä sovellus ymmärsi kunnan asetustiedostosta municipality.toml. Osat, joissa on ongelma, jätetään huomiotta. Niiden sijaan sovellus käyttää oletusasetuksiaan.
admin-none = Ei ongelmia: sovellus ymmärsi kaikki asetukset.
admin-no-file = Asetustiedostoa ei ole. Sovellus käyttää oletusasetuksiaan.
admin-count = { $count ->
    [one] Löytyi 1 ongelma:
   *[other] Löytyi { $count } ongelmaa:
}
admin-where = Rivi { $line }, sarake { $column }, { $path }:
config-problem-syntax = Tiedostoa ei voi lukea. Mitään sen asetuksista ei käytetä. Korjaa virhe tämän rivin läheltä:
config-problem-unknown-field = Tuntematon asetus, jätetään huomiotta. Tarkista kirjoitusasu.
config-problem-wrong-type = Arvo on väärää tyyppiä. Odotettiin:
config-problem-bad-url = Linkin pitää alkaa https://
config-problem-bad-path = Logo pitää antaa polkuna tämän sivuston kuvatiedostoon, esimerkiksi local/logo.svg.
config-problem-unknown-step = Tuntematon polun vaihe tai oppaan aihe, jätetään huomiotta:
config-problem-unknown-locale = Kielikoodi on tuntematon tai kieli ei ole käytössä, jätetään huomiotta:
config-problem-bad-colour = Väri pitää kirjoittaa muodossa #rrggbb, esimerkiksi #0b5394.
config-problem-low-contrast = Väri on liian vaalea luettavaksi valkoisella taustalla (vaatimus 4.5:1). Kontrasti:
config-problem-out-of-range = Luku ei ole sallitulla välillä. Sallittu:
config-problem-missing = Tämä pakollinen asetus puuttuu, joten tämä osa jätetään huomiotta.
config-problem-unknown-country = Tuntematon maa, joten käytetään Suomea. Kirjoita "fi", jos maa on Suomi, tai "se", jos maa on Ruotsi:
config-problem-bad-id = Kunnan tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä, ja kukin tunnus saa olla luettelossa vain kerran. Jätetään huomiotta:
config-problem-site-only = Tämä asetus koskee koko sivustoa. Kirjoita se tiedostoon municipality.toml, älä kunnan omaan tiedostoon.
admin-file-unreadable = Tätä tiedostoa ei voitu lukea. Tarkista, että tiedosto on kansiossa municipalities/ ja että sen nimi on tiedostossa municipality.toml mainittu kunnan tunnus.

# The text files part of the settings check page.
admin-texts-title = Tekstitiedostot
admin-texts-intro = Tekstit ovat .ftl-tiedostoissa. Jos kohdassa on virhe, se ohitetaan, ja sovellus näyttää sen tilalla englanninkielisen tekstin.
admin-texts-checking = Tarkistetaan tekstitiedostoja…
admin-texts-none = Tekstitiedostoissa ei ole ongelmia.
admin-texts-where = { $path }, rivi { $line }:
admin-texts-broken = Tässä kohdassa on virhe, ja se ohitetaan. Muut tekstit toimivat.
admin-texts-unavailable = Tätä tiedostoa ei voitu ladata.
