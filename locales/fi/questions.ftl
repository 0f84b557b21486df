# Needs questionnaire. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = Valmistaudu alkukartoitukseen
qn-intro = Ennen ensimmäistä tapaamista, jossa puhutaan kotoutumispalveluista, voit vastata kysymyksiin. Kysymykset koskevat taitojasi, suunnitelmiasi ja elämääsi nyt. Silloin tapaamisessa voidaan aloittaa sinun vastauksistasi.
qn-how-long = Vastaamiseen menee noin 15 minuuttia. Voit lopettaa välillä ja jatkaa myöhemmin.
qn-private = Vastauksesi jäävät tähän laitteeseen. Mitään ei lähetetä minnekään. Sinä päätät, kenelle näytät ne.
qn-skip-note = Vastaa vain niihin kysymyksiin, joihin haluat. Joissakin kysymyksissä voit valita ”En tiedä”, ”Ohita” tai ”En halua sanoa”.
qn-start = Aloita
qn-continue = Jatka siitä, mihin jäit
qn-start-again = Aloita alusta
qn-check-link = Tarkista vastauksesi
qn-saved-count = { $count ->
    [one] Olet vastannut 1 kysymykseen.
   *[other] Olet vastannut { $count } kysymykseen.
}
qn-progress = Osa { $part } / { $parts }: { $section }
qn-progress-label = Edistyminen
qn-back = Takaisin
qn-continue-button = Jatka
qn-dont-know = En tiedä
qn-prefer-not = En halua sanoa
qn-skip = Ohita tämä kysymys
qn-choose-all = Valitse kaikki sopivat vaihtoehdot.
qn-month = Kuukausi
qn-year = Vuosi
qn-number = Numero
qn-your-answer = Vastauksesi
qn-selected = Valittu

## Check your answers
qn-check-title = Tarkista vastauksesi
qn-check-intro = Katso vastauksesi. Voit muuttaa mitä tahansa vastausta.
qn-change = Muuta
qn-answer-now = Vastaa
qn-not-answered = Ei vastattu
qn-answer-dont-know = En tiedä
qn-answer-prefer-not = En halua sanoa
qn-answer-skipped = Ohitettu
qn-done-title = Mitä tapahtuu seuraavaksi
qn-done-text = Vastauksesi on tallennettu tähän laitteeseen. Näytä ne tapaamisessa. Henkilö, jonka tapaat, päättää yhdessä kanssasi, mitä palveluja tarvitset.
qn-see-pathway = Katso ehdotettu polkusi

## Deleting
qn-delete = Poista tietoni tästä laitteesta
qn-delete-confirm-title = Poistetaanko tietosi?
qn-delete-confirm-text = Tämä poistaa tästä laitteesta vastauksesi, muistilistasi merkinnät ja kielivalintasi. Et voi perua tätä.
qn-delete-yes = Kyllä, poista
qn-delete-cancel = Peruuta

## Notices about stored answers
qn-notice-discarded = Tallennettuja vastauksiasi ei voitu lukea, joten ne poistettiin. Vastaa kysymyksiin uudelleen.
qn-notice-newer = Tallennetut vastauksesi on tehty tämän sovelluksen uudemmalla versiolla. Päivitä sovellus tai avaa se selaimessa, joka on päivitetty. Tallennettuja vastauksiasi ei muutettu.

## Errors
error-summary = Vastauksessa on ongelma
error-required = Vastaa kysymykseen tai valitse alta toinen vaihtoehto.
error-unknown-option = Valitse yksi vaihtoehdoista.
error-exclusive = Tätä vastausta ei voi valita yhdessä muiden kanssa.
error-not-a-number = Kirjoita vastaus numeroilla, esimerkiksi 12.
error-out-of-range = Kirjoita numero, joka on vähintään { $min } ja enintään { $max }.
error-year-too-early = Kirjoita vuosi, joka on { $min } tai myöhemmin.
error-in-future = Päivämäärä ei voi olla tulevaisuudessa.
error-month = Valitse kuukausi.
error-too-long = Kirjoita enintään { $max } merkkiä.

## Months
month-1 = Tammikuu
month-2 = Helmikuu
month-3 = Maaliskuu
month-4 = Huhtikuu
month-5 = Toukokuu
month-6 = Kesäkuu
month-7 = Heinäkuu
month-8 = Elokuu
month-9 = Syyskuu
month-10 = Lokakuu
month-11 = Marraskuu
month-12 = Joulukuu

## Sections
section-about = Tietoja sinusta
section-languages = Kielet
section-education = Koulutus
section-work = Työ
section-skills = Taidot ja vahvuudet
section-goals = Tavoitteesi
section-life = Elämäsi nyt
section-wellbeing = Terveys ja hyvinvointi
section-wellbeing-intro = Näihin kysymyksiin ei ole pakko vastata. Kysymme niitä, koska terveys voi vaikuttaa opiskeluun ja työhön, ja voit saada apua. Voit ohittaa kysymykset tai valita ”En halua sanoa”.
section-appointment = Tapaamisesi

## Questions: about you
q-age-group = Kuinka vanha olet?
q-residence-basis = Miksi sait oikeuden asua Suomessa?
q-residence-basis-help = Katso oleskelulupakorttiasi tai rekisteröintitodistustasi. Jos et ole varma, valitse ”En tiedä”.
q-permit-date = Milloin sait Suomessa ensimmäisen oleskelulupasi tai rekisteröintisi?
q-permit-date-help = Kotoutumispalveluja tarjotaan yleensä 3 vuoden sisällä tästä päivästä.
q-municipality-registered = Onko sinulla kotikunta Suomessa?
q-municipality-registered-help = Se tarkoittaa, että sinut on merkitty rekisteriin jonkin Suomen kunnan asukkaaksi. { -dvv } tekee tämän merkinnän.
q-first-steps-done = Mitkä näistä sinulla jo on?
q-unaccompanied = Tulitko Suomeen ilman vanhempaasi tai huoltajaasi?
q-unaccompanied-help = Huoltaja on aikuinen, joka on lain mukaan vastuussa sinusta.

## Questions: languages
q-mother-tongue = Mikä on äidinkielesi?
q-mother-tongue-other = Kirjoita äidinkielesi nimi.
q-other-languages = Mitä muita kieliä puhut?
q-finnish = Kuinka hyvin puhut suomea?
q-swedish = Kuinka hyvin puhut ruotsia?
q-english = Kuinka hyvin puhut englantia?
q-read-own = Osaatko lukea äidinkielelläsi?
q-write-own = Osaatko kirjoittaa äidinkielelläsi?
q-latin-alphabet = Osaatko lukea näitä kirjaimia: A B C D E?
q-latin-alphabet-help = Suomi, ruotsi ja englanti kirjoitetaan näillä kirjaimilla (latinalaiset aakkoset).

## Questions: education
q-school-years = Kuinka monta vuotta kävit koulua tai opiskelit yhteensä?
q-school-years-help = Laske mukaan kaikki vuodet peruskoulusta yliopistoon asti. Jos et ole varma, kirjoita paras arviosi.
q-education-level = Mikä on korkein koulutus, jonka olet käynyt loppuun?
q-education-field = Mitä opiskelit?
q-education-country = Missä sait tämän koulutuksen?
q-certificates = Onko sinulla todistuksesi tai tutkintotodistuksesi?
q-certificates-help = Esimerkiksi koulutodistukset, diplomit tai tutkintotodistukset paperilla tai tiedostoina.
q-unfinished-studies = Aloititko opintoja, joita et voinut käydä loppuun?

## Questions: work
q-has-worked = Oletko tehnyt töitä aiemmin?
q-work-fields = Millä aloilla olet tehnyt töitä?
q-work-other = Kirjoita ala tai työ, jota teit.
q-work-years = Kuinka monta vuotta olet tehnyt töitä yhteensä?
q-recent-work = Mikä oli viimeisin työsi?
q-recent-work-help = Kirjoita ammattisi nimi, esimerkiksi ”sairaanhoitaja” tai ”bussinkuljettaja”.
q-entrepreneur = Onko sinulla ollut oma yritys?
q-driving-licence = Onko sinulla ajokortti?
q-licence-class = Millaisia ajoneuvoja saat ajaa ajokortillasi?

## Questions: skills
q-phone-skills = Osaatko käyttää älypuhelinta, esimerkiksi lähettää viestejä ja käyttää sovelluksia?
q-computer-skills = Osaatko käyttää tietokonetta?
q-online-services = Osaatko käyttää verkkopalveluja itse, ilman apua?
q-online-services-help = Esimerkiksi verkkopankki, ajan varaaminen tai lomakkeen täyttäminen verkossa.
q-strengths = Missä olet hyvä?

## Questions: goals
q-goals = Mitä haluat tehdä Suomessa muutaman seuraavan vuoden aikana?
q-main-goal = Mikä näistä on sinulle nyt tärkein?

## Questions: life now
q-jobseeker = Oletko ilmoittautunut { -tyollisyyspalvelut(case: "illative") } työnhakijaksi?
q-jobseeker-help = Voit ilmoittautua { -tyomarkkinatori(case: "adessive") } tai { -tyollisyyspalvelut(case: "inessive") }.
q-social-assistance = Saatko toimeentulotukea?
q-social-assistance-help = Toimeentulotuki on rahaa perustarpeisiin, kun tulosi eivät riitä. { -kela } maksaa perustoimeentulotukea. Jos saat sitä pidemmän aikaa tai säännöllisesti, kotoutumispalveluistasi vastaa yleensä kuntasi.
q-has-children = Onko sinulla lapsia, jotka asuvat kanssasi?
q-children-ages = Kuinka vanhoja lapsesi ovat?
q-home-care-allowance = Saatko { -kela(case: "ablative") } kotihoidon tukea?
q-home-care-allowance-help = Kotihoidon tuki on rahaa, jota { -kela } maksaa, kun hoidat kotona alle 3-vuotiasta lasta.
q-housing = Missä asut nyt?
q-urgent = Tarvitsetko kiireesti apua johonkin asiaan?

## Questions: wellbeing
q-health-affects = Onko opiskelu tai työ sinulle vaikeaa terveytesi tai jonkin muun asian takia?
q-talk-to-someone = Haluaisitko puhua jonkun kanssa terveydestäsi tai hyvinvoinnistasi?

## Questions: appointment
q-appointment-language = Millä kielellä haluat puhua tapaamisessa?
q-interpreter = Tarvitsetko tulkin tapaamiseen?
q-interpreter-language = Mitä kieltä tulkin pitää puhua?
q-contact-way = Miten haluat, että toimisto ottaa sinuun yhteyttä?
q-contact-way-help = Älä kirjoita yhteystietojasi tähän. Annat ne toimistossa.

## Options
opt-yesno-yes = Kyllä
opt-yesno-no = Ei
opt-firststeps-identity-code = Suomalainen henkilötunnus
opt-firststeps-kela-card = { -kela }-kortti
opt-firststeps-tax-card = Verokortti
opt-firststeps-bank-account = Pankkitili
opt-firststeps-none = Ei vielä mitään näistä
opt-age-under-18 = Alle 18
opt-age-18-29 = 18–29
opt-age-30-44 = 30–44
opt-age-45-64 = 45–64
opt-age-65-plus = 65 tai vanhempi
opt-residence-protection = Kansainvälinen suojelu (turvapaikka, pakolaisasema)
opt-residence-family = Perhesiteet
opt-residence-work = Työ
opt-residence-study = Opiskelu
opt-residence-eu = EU-maan tai Pohjoismaan kansalainen, rekisteröity
opt-residence-temporary-protection = Tilapäinen suojelu
opt-residence-other = Muu syy
opt-residence-protection-family = Kansainvälistä suojelua saaneen henkilön perheenjäsen
opt-residence-trafficking = Ihmiskaupan uhri (joku pakotti sinut työhön tai muuhun)
opt-socialassist-lasting = Kyllä, pidemmän aikaa tai säännöllisesti
opt-socialassist-short-term = Kyllä, kerran tai lyhyen aikaa
opt-socialassist-no = Ei
opt-socialassist-yes = Kyllä (kestoa ei kerrottu)
opt-language-arabic = Arabia
opt-language-dari = Dari
opt-language-farsi = Persia (farsi)
opt-language-kurdish = Kurdi
opt-language-pashto = Paštu
opt-language-somali = Somali
opt-language-tigrinya = Tigrinja
opt-language-amharic = Amhara
opt-language-swahili = Swahili
opt-language-russian = Venäjä
opt-language-ukrainian = Ukraina
opt-language-estonian = Viro
opt-language-albanian = Albania
opt-language-turkish = Turkki
opt-language-vietnamese = Vietnam
opt-language-thai = Thai
opt-language-chinese = Kiina
opt-language-english = Englanti
opt-language-french = Ranska
opt-language-spanish = Espanja
opt-language-other = Muu kieli
opt-level-none = En osaa sitä vielä
opt-level-words = Osaan joitakin sanoja ja lauseita
opt-level-everyday = Pärjään arjessa, esimerkiksi kaupassa
opt-level-work = Pärjään useimmissa tilanteissa työssä
opt-howwell-well = Kyllä, hyvin
opt-howwell-a-little = Vähän
opt-howwell-no = En
opt-edu-none = En käynyt koulua
opt-edu-primary = Alakoulu
opt-edu-lower-secondary = Yläkoulu (noin 15-vuotiaaksi asti)
opt-edu-upper-secondary = Lukio
opt-edu-vocational = Ammattikoulu (koulutus ammattiin)
opt-edu-bachelor = Yliopisto tai ammattikorkeakoulu, ensimmäinen tutkinto (kandidaatti)
opt-edu-master = Yliopisto, ylempi tutkinto (maisteri)
opt-edu-doctorate = Tohtorin tutkinto (PhD)
opt-field-office = Toimistotyö ja hallinto
opt-field-sales = Myynti ja kaupat
opt-field-cleaning = Siivous
opt-field-construction = Rakentaminen
opt-field-manufacturing = Tehdas- ja tuotantotyö
opt-field-transport = Kuljetus ja ajaminen
opt-field-restaurant = Ravintolat, kahvilat ja keittiöt
opt-field-health = Terveydenhuolto
opt-field-social-care = Sosiaaliala ja vanhustenhoito
opt-field-childcare = Lastenhoito
opt-field-teaching = Opetus ja kasvatus
opt-field-ict = Tietokoneet ja IT
opt-field-engineering = Tekniikka ja insinöörityö
opt-field-agriculture = Maatalous, puutarhatyö ja metsätyö
opt-field-beauty = Kampaamo- ja kauneusala
opt-field-security = Vartiointi ja turvallisuus
opt-field-repair = Korjaus ja huolto
opt-field-arts = Taide, media ja kulttuuri
opt-field-science = Tiede ja tutkimus
opt-field-law = Lakiasiat, talous ja liiketoiminta
opt-field-other = Muu ala
opt-country-finland = Suomessa
opt-country-eu = Toisessa EU-maassa tai Pohjoismaassa
opt-country-other = Jossakin muussa maassa
opt-certificates-yes = Kyllä, kaikki
opt-certificates-some = Osa niistä
opt-certificates-no = Ei
opt-years-under-1 = Alle 1 vuosi
opt-years-1-2 = 1–2 vuotta
opt-years-3-5 = 3–5 vuotta
opt-years-6-10 = 6–10 vuotta
opt-years-over-10 = Yli 10 vuotta
opt-licence-b = Henkilöauto
opt-licence-c = Kuorma-auto
opt-licence-d = Bussi
opt-licence-a = Moottoripyörä
opt-licence-other = Muut ajoneuvot
opt-strength-teamwork = Työ yhdessä muiden kanssa
opt-strength-customer-service = Asiakaspalvelu
opt-strength-caring = Ihmisistä huolehtiminen
opt-strength-handcrafts = Käsillä tekeminen
opt-strength-technical = Koneet ja tekniikka
opt-strength-cooking = Ruoanlaitto
opt-strength-organising = Suunnittelu ja järjestäminen
opt-strength-teaching = Opettaminen ja selittäminen
opt-strength-languages = Kielten oppiminen
opt-strength-art = Taide, musiikki tai muotoilu
opt-strength-sports = Urheilu
opt-goal-work-soon = Löytää työpaikka pian
opt-goal-vocational = Opiskella ammattiin (ammatillinen koulutus)
opt-goal-university = Opiskella yliopistossa
opt-goal-business = Perustaa oma yritys
opt-goal-language-first = Oppia ensin kieli
opt-goal-family = Hoitaa perhettäni toistaiseksi
opt-goal-not-sure = En ole vielä varma
opt-childage-under-3 = Alle 3 vuotta
opt-childage-3-6 = 3–6 vuotta
opt-childage-7-15 = 7–15 vuotta
opt-childage-16-17 = 16–17 vuotta
opt-housing-own-rental = Omassa vuokra- tai omistusasunnossa
opt-housing-temporary = Tilapäisessä paikassa, esimerkiksi ystävien luona tai vastaanottokeskuksessa
opt-housing-none = Minulla ei ole paikkaa, jossa asua
opt-urgent-money = Rahaa ruokaan tai laskuihin
opt-urgent-housing = Paikka, jossa asua
opt-urgent-health = Terveys
opt-urgent-safety = Turvallisuus: minä tai perheeni olemme vaarassa
opt-urgent-family-reunification = Perheeni tuominen Suomeen
opt-urgent-legal-advice = Neuvoja lakiasioissa
opt-urgent-none = Ei mitään kiireellistä
opt-affects-no = Ei
opt-affects-a-little = Vähän
opt-affects-a-lot = Paljon
opt-apptlang-finnish = Suomeksi
opt-apptlang-swedish = Ruotsiksi
opt-apptlang-english = Englanniksi
opt-apptlang-own = Omalla kielelläni tulkin avulla
opt-contact-phone = Puhelu
opt-contact-text-message = Tekstiviesti
opt-contact-email = Sähköposti
opt-contact-letter = Kirje
opt-contact-in-person = Käyn toimistossa
