# Suggested pathway, print, and the caseworker's view. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $date }, are filled in by the app: keep them as they are.

## Pathway page
pw-title = Ehdotettu polkusi
pw-intro = Nämä vaiheet on ehdotettu vastaustesi perusteella. Ensin ovat asiat, jotka teet nyt. Sitten tulevat asiat, jotka teet myöhemmin.
pw-disclaimer = Tämä on ehdotus, jonka teit itse. Se ei ole päätös. Viranomainen päättää palveluistasi yhdessä kanssasi alkukartoituksessa.
pw-no-answers = Et ole vielä vastannut kysymyksiin. Vastaa niihin ensin, niin saat polun, joka on tehty sinua varten.
pw-start-questions = Vastaa kysymyksiin
pw-because = Koska vastasit:
pw-for-everyone = Ehdotetaan kaikille, jotka muuttavat Suomeen asumaan.
pw-where = Minne mennä:
pw-source = Virallinen lähde:
# After a step's sources: the day they were last checked. { $date } is a formatted date.
source-checked = tarkistettu { $date }
pw-check-answers = Tarkista tai muuta vastauksiasi
timing-now = Tee tämä nyt
timing-soon = Seuraavien kuukausien aikana
timing-later = Myöhemmin

## Taking it with you
pw-take-heading = Ota tämä mukaan
pw-take-intro = Näytä vastauksesi ja tämä polku tapaamisessa. Valitse yksi tapa.
pw-print = Tulosta
pw-save = Tallenna tiedostoksi
pw-share = Jaa
pw-show-qr = Näytä QR-koodi
pw-hide-qr = Piilota QR-koodi
pw-qr-help = Työntekijä voi skannata tämän koodin. Silloin hän näkee vastauksesi suomeksi tai ruotsiksi. Voit myös skannata koodin omalla puhelimellasi, niin saat vastauksista kopion. Vastauksesi ovat koodin sisällä. Mitään ei lähetetä minnekään.
pw-qr-label = QR-koodi, jossa ovat vastauksesi
pw-saved = Tiedosto tallennettiin. Etsi se ladatuista tiedostoistasi.
pw-share-failed = Jakaminen ei onnistunut tällä laitteella. Voit sen sijaan tallentaa tiedoston.

## Print
print-title = Vastaukset ja ehdotettu polku
print-caseworker-language = Toinen kieli työntekijää varten:
print-self-reported = Henkilö antoi nämä tiedot itse ennen osaamisen ja kotoutumisen palvelutarpeen arviointia. Polku on ehdotus, ei päätös.
print-prepared = Tehty { $date }
print-answers = Vastaukset
print-pathway = Ehdotettu polku
print-button = Tulosta tämä sivu
print-back = Takaisin polkuusi

## Caseworker view
hv-title = Vastaukset osaamisen ja kotoutumisen palvelutarpeen arviointia varten
hv-self-reported = Henkilö vastasi näihin kysymyksiin yksin ennen arviointia. Hän on antanut tiedot itse. Sovellus teki polun vastausten perusteella. Polku on ehdotus, ei päätös.
hv-prepared = Tehty { $date }. Henkilön kieli: { $language }.
hv-municipality = Kunta: { $name }
hv-language = Näytä kielellä:
hv-show-person = Näytä myös henkilön kieli
hv-hide-person = Piilota henkilön kieli
hv-print = Tulosta
hv-nothing-stored = Mitään tämän sivun tiedoista ei tallenneta tähän laitteeseen.
hv-dropped = Joitakin vastauksia ei voitu lukea. Ne on ehkä tehty sovelluksen toisella versiolla.
hv-load-title = Avaa tallennetut vastaukset
hv-load-intro = Valitse tiedosto, joka on tallennettu tästä sovelluksesta. Tiedoston nimen lopussa on .json.
hv-load-label = Tiedosto, jossa ovat vastaukset
hv-error-title = Näitä vastauksia ei voi avata
hv-try-file = Avaa sen sijaan tallennettu tiedosto

## Errors in links and files
handover-error-empty = Linkki tai tiedosto on tyhjä.
handover-error-too-large = Tiedosto on liian suuri. Se ei voi olla vastaustiedosto. Tarkista, että valitsit oikean tiedoston.
handover-error-malformed = Linkki tai tiedosto on vahingoittunut. Pyydä henkilöä näyttämään QR-koodi uudelleen tai tallentamaan uusi tiedosto.
handover-error-newer = Nämä vastaukset on tehty sovelluksen uudemmalla versiolla. Päivitä sovellus (lataa sivu uudelleen) ja yritä uudelleen.
handover-error-checksum = Linkkiä tai tiedostoa on muutettu, tai se on vahingoittunut. Siksi siihen ei voi luottaa. Pyydä uusi.
handover-error-truncated = Osa linkistä tai tiedostosta puuttuu. Pyydä uusi.
handover-error-not-json = Tätä tiedostoa ei ole tallennettu tästä sovelluksesta.
handover-error-not-handover = Tässä tiedostossa ei ole vastauksia tästä sovelluksesta.

## Steps: urgent
step-urgent-safety-title = Jos olet vaarassa, soita 112
step-urgent-safety-text = Soita 112, jos sinä tai perheesi olette vaarassa nyt. Voit myös pyytää apua poliisilta, turvakodista tai auttavasta puhelimesta. Apu on maksutonta.
step-urgent-housing-title = Pyydä tänään apua asumiseen
step-urgent-housing-text = Ota tänään yhteyttä { -hyvinvointialue(case: "your") } sosiaalipalveluihin. Kerro, että sinulla ei ole turvallista paikkaa, jossa asua. Kerro asiasta myös kunnallesi.
step-urgent-money-title = Pyydä apua, kun rahasi eivät riitä
step-urgent-money-text = Jos sinulla ei ole rahaa ruokaan tai laskuihin, hae { -kela(case: "ablative") } perustoimeentulotukea. Hätätilanteessa sosiaalipalvelut voivat auttaa sinua.
step-urgent-health-title = Hae hoitoa
step-urgent-health-text = Ota yhteyttä terveysasemaasi. Jos asia on kiireellinen, soita { -paivystysapu(case: "illative") } numeroon 116 117. Numero toimii useimmilla alueilla: katso 116117.fi. Hätätilanteessa soita 112.
step-urgent-family-title = Kysy perheesi tuomisesta Suomeen
step-urgent-family-text = Perheenyhdistämisellä on omat sääntönsä ja määräaikansa. Katso ne migri.fi-sivustolta ja kysy neuvoa pian.
step-urgent-legal-title = Pyydä neuvoja lakiasioissa
step-urgent-legal-text = Kysy ohjaus- ja neuvontapalveluista, mistä saat neuvoja lakiasioissa. Osa neuvoista on maksuttomia.

## Steps: first steps
step-register-dvv-title = Rekisteröi osoitteesi { -dvv(case: "inessive") }
step-register-dvv-text = Rekisteröidy { -dvv(case: "inessive") }, jotta saat kotikunnan. Monet palvelut tarvitsevat sitä.
step-first-identity-code-title = Hanki henkilötunnus
step-first-identity-code-text = Henkilötunnuksesi on usein jo oleskelulupakortissasi. Jos ei ole, saat sen, kun rekisteröidyt { -dvv(case: "inessive") }. Tarvitset sitä pankissa, { -kela(case: "inessive") } ja terveydenhuollossa.
step-first-kela-title = Kysy { -kela(case: "elative") } sosiaaliturvasta
step-first-kela-text = Hae { -kela }-korttia OmaKelassa ja tee ilmoitus Suomeen muutosta. Sen jälkeen { -kela } päättää, kuulutko Suomen sosiaaliturvaan.
step-first-tax-card-title = Hanki verokortti
step-first-tax-card-text = Hanki verokortti { -vero-full(case: "elative") } ({ -vero }) ennen kuin aloitat työn. Anna se työnantajallesi.
step-first-bank-title = Avaa pankkitili
step-first-bank-text = Tarvitset pankkitilin, jotta saat palkan ja etuudet. Pyydä pankista myös verkkopankkitunnukset.

## Steps: your assessment
step-assessment-employment-title = Arviointisi tehdään { -tyollisyyspalvelut(case: "inessive") }
step-assessment-employment-text = Olet ilmoittautunut työnhakijaksi. Siksi { -tyollisyyspalvelut } tekevät osaamisen ja kotoutumisen palvelutarpeen arvioinnin ja kotoutumissuunnitelman yhdessä kanssasi. Ota yhteyttä { -tyollisyyspalvelut(case: "illative") } ja varaa aika.
step-assessment-municipality-title = Arviointisi tehdään kunnassasi
step-assessment-municipality-text = Vastaustesi perusteella kuntasi kotoutumispalvelut vastaavat osaamisen ja kotoutumisen palvelutarpeen arvioinnista ja kotoutumissuunnitelmastasi. Ota yhteyttä kotoutumispalveluihin ja varaa aika.
step-assessment-ask-title = Pyydä osaamisen ja kotoutumisen palvelutarpeen arviointia
step-assessment-ask-text = Kysy kuntasi ohjaus- ja neuvontapalveluista, kuka tekee arviointisi (aiemmin alkukartoitus). Jos ilmoittaudut työttömäksi työnhakijaksi, sen tekevät { -tyollisyyspalvelut }. Muuten sen tekee yleensä kunta.
step-window-open-title = Pyydä kotoutumissuunnitelmaa ajoissa
step-window-open-text = Osaamisen ja kotoutumisen palvelutarpeen arviointi ja ensimmäinen kotoutumissuunnitelma tehdään 3 vuoden sisällä siitä, kun sait ensimmäisen oleskelulupasi tai rekisteröintisi. Pyydä niitä pian.
step-window-passed-title = Ensimmäisestä luvastasi on kulunut yli 3 vuotta
step-window-passed-text = Ensimmäinen kotoutumissuunnitelma tehdään yleensä 3 vuoden sisällä. Kysy omalta työntekijältäsi, mikä on sinulle vielä mahdollista. Voit ehkä vielä päästä kielikursseille ja muihin palveluihin.
step-jobseeker-register-title = Ilmoittaudu työnhakijaksi
step-jobseeker-register-text = Haluat työtä tai koulutusta. Ilmoittaudu työnhakijaksi { -tyomarkkinatori(case: "adessive") } tai { -tyollisyyspalvelut(case: "inessive") }.
step-interpreter-title = Pyydä tulkkia
step-interpreter-text = Kun varaat ajan, kerro toimistolle, että tarvitset tulkin. Arviointi tehdään kielellä, jota ymmärrät.
step-social-services-title = Sosiaalihuollon palvelutarpeen arviointi
step-social-services-text = Ihmiset, jotka ovat saaneet kansainvälistä suojelua, ohjataan yleensä sosiaalihuollon palvelutarpeen arviointiin. Se auttaa sinua saamaan tukea, jota tarvitset.
step-unaccompanied-plan-title = Tukea nuorelle, joka tuli ilman huoltajaa
step-unaccompanied-plan-text = Nuori, joka tuli Suomeen ilman huoltajaa, ohjataan yleensä sosiaalihuollon palvelutarpeen arviointiin. Sinulle tehdään suunnitelma yhdessä sosiaalipalvelujen kanssa. Kysy yhteyshenkilöltäsi tai sosiaalityöntekijältäsi.
step-talk-health-title = Puhu jonkun kanssa terveydestäsi
step-talk-health-text = Varaa aika terveysasemalta tai sosiaalipalveluista. Voit kertoa heille, mikä tekee opiskelusta tai työstä sinulle vaikeaa.

## Steps: language
step-literacy-title = Lukutaitokoulutus
step-literacy-text = Pyydä lukutaitokoulutusta. Se on ihmisille, jotka eivät vielä osaa lukea tai kirjoittaa hyvin. Se on myös ihmisille, joille latinalaiset aakkoset ovat uusia. Säännöt voivat muuttua vuonna 2027: kysy omalta työntekijältäsi.
step-integration-training-title = Kotoutumiskoulutus: suomi tai ruotsi
step-integration-training-text = Kotoutumiskoulutuksessa opiskellaan suomea tai ruotsia. Opit myös yhteiskunnasta ja työelämästä. Koulutus kestää yleensä noin vuoden. Testi näyttää, mikä ryhmä sopii sinulle. Säännöt voivat muuttua vuonna 2027: kysy omalta työntekijältäsi.
step-language-with-work-title = Opiskele kieltä työn ohessa
step-language-with-work-text = Olet valmis työhön. Kysy kieliopinnoista, joita voit tehdä osa-aikaisesti työn ohessa.
step-language-fluent-title = Kielitaitosi on jo hyvä
step-language-fluent-text = Et ehkä tarvitse kielikoulutusta. Kysy muista palveluista, esimerkiksi opinnoista tai työstä.
step-civic-orientation-title = Yhteiskuntaorientaatio omalla kielelläsi
step-civic-orientation-text = Kysy kurssista, jonka nimi on monikielinen yhteiskuntaorientaatio. Se kestää vähintään 70 tuntia. Opit oikeuksista, palveluista, työstä ja arjesta Suomessa.
step-digital-skills-title = Opettele käyttämään verkkopalveluja
step-digital-skills-text = Monet palvelut ovat verkossa. Kysy kirjastosta tai kunnastasi apua ja kursseja. Niissä opit käyttämään puhelinta, tietokonetta ja verkkopalveluja.

## Steps: education and recognition
step-simhe-title = Ohjausta korkeasti koulutetuille
step-simhe-text = Joidenkin korkeakoulujen { -simhe }-palvelut ohjaavat ihmisiä, joilla on korkeakoulutus. Ne auttavat myös aiemmin hankitun osaamisen tunnustamisessa.
step-recognition-oph-title = Selvitä tutkintosi taso
step-recognition-oph-text = { -oph } voi päättää, minkä tasoinen ulkomainen tutkintosi on Suomessa. Ota todistuksesi mukaan. Katso oph.fi-sivustolta, miten haet.
step-regulated-valvira-title = Oikeus tehdä työtä terveys- tai sosiaalialalla
step-regulated-valvira-text = Jos haluat tehdä työtä terveys- tai sosiaalialalla, tarvitset { -lvv(case: "ablative") } (aiemmin Valvira) oikeuden harjoittaa ammattia. Sinun pitää myös osata suomea tai ruotsia tarpeeksi hyvin.
step-regulated-oph-title = Oikeus tehdä työtä opettajana tai varhaiskasvatuksessa
step-regulated-oph-text = Opetuksen ja varhaiskasvatuksen ammatit ovat säänneltyjä ammatteja. { -oph } päättää, antaako koulutuksesi oikeuden tehdä näitä töitä.

## Steps: children
step-daycare-title = Hae varhaiskasvatusta
step-daycare-text = Hae kunnastasi varhaiskasvatusta (päivähoitoa). Maksu riippuu tuloistasi. Hae ajoissa.
step-preprimary-title = Esiopetus
step-preprimary-text = Esiopetus on pakollista vuotta ennen kuin koulu alkaa. Se on maksutonta. Kuntasi kertoo, miten lapsi ilmoitetaan esiopetukseen.
step-school-title = Koulu lapsillesi
step-school-text = Oppivelvollisuus alkaa 7-vuotiaana. Jos lapsesi ei vielä puhu suomea tai ruotsia, kysy perusopetukseen valmistavasta opetuksesta.
step-upper-secondary-title = Teini-ikäisen lapsesi opinnot
step-upper-secondary-text = Nuorten pitää opiskella 18-vuotiaaksi asti tai siihen asti, kun he suorittavat toisen asteen tutkinnon. Kysy toisen asteen opinnoista tai tutkintokoulutukseen valmentavasta koulutuksesta (TUVA).

## Steps: studies and work
step-vocational-title = Ammatillinen koulutus
step-vocational-text = Kysy tutkintokoulutukseen valmentavasta koulutuksesta (TUVA). Kysy myös ammatillisista toisen asteen opinnoista.
step-university-title = Korkeakouluopinnot
step-university-text = Kysy korkeakouluopinnoista ja niiden kielitaitovaatimuksista. { -simhe }-palvelut voivat ohjata sinua.
step-self-motivated-title = Sovi opinnoista ensin suunnitelmassasi
step-self-motivated-text = Haluatko opiskella ja saada edelleen työttömyysetuutta (omaehtoinen opiskelu)? Sovi opinnoista kotoutumissuunnitelmassasi ennen kuin aloitat.
step-business-title = Neuvoja yrityksen perustamiseen
step-business-text = Pyydä { -tyollisyyspalvelut(case: "elative") } neuvoja, jos haluat perustaa yrityksen Suomeen.
step-work-routes-title = Tapoja päästä töihin
step-work-routes-text = Kysy { -tyollisyyspalvelut(case: "elative") } työvoimakoulutuksesta, työkokeilusta tai palkkatuetusta työstä.
step-community-title = Tapaa ihmisiä ja löydä tukea
step-community-text = Järjestöt ja harrastukset auttavat sinua tapaamaan ihmisiä ja löytämään työtä. Esimerkkejä ovat maahanmuuttajien omat järjestöt, opiskelijajärjestöt, mentorointi ja ammatilliset yhdistykset. Kysy kunnastasi, mitä lähelläsi on.
step-follow-up-plan-title = Jos kotoutumisohjelma päättyy ennen kuin sinulla on työtä
step-follow-up-plan-text = Kun kotoutumisohjelmasi päättyy eikä sinulla ole vielä työtä, sinun kanssasi tehdään jatkosuunnitelma. Se on suunnitelma seuraavista askeleistasi. Mahdollisia reittejä ovat esimerkiksi työvoimakoulutus, palkkatuettu työ, työkokeilu, tutkintokoulutukseen valmentava koulutus (TUVA), ammatilliset opinnot, korkeakouluopinnot, pätevöittävä koulutus, kuntouttava työtoiminta ja kuntoutus. Jos olet työnhakija, työllistymissuunnitelmasi perustuu jatkosuunnitelmaan.
step-social-guidance-title = Apua arjen asioihin
step-social-guidance-text = Tarvitsetko lisää tukea arjessa? Kysy kotoutumista tukevasta sosiaaliohjauksesta ja avusta asioiden hoitamiseen (asiointiapu). Joissakin kunnissa saa arjen ohjausta myös sosiaalipalvelujen ulkopuolella. Kysy kunnastasi.
