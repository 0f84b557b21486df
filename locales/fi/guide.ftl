# Guide topics. Reference locale: every other locale must have exactly these keys.

## first-steps
topic-first-steps-title = Ensimmäiset askeleesi Suomessa
topic-first-steps-summary = Tässä listassa ovat asiat, jotka useimmat ihmiset tekevät ensin, kun he muuttavat tänne. Merkitse jokainen vaihe, kun olet tehnyt sen. Sinun kohdallasi järjestys voi olla erilainen.
topic-first-steps-step-1 = Avaa vaihe, niin voit lukea siitä lisää. Näet, mitä sinun pitää tehdä ja minne mennä.
topic-first-steps-step-2 = Onko jokin epäselvää? Pyydä apua. Kuntasi kotoutumispalvelut tai ohjaus- ja neuvontapalvelut voivat auttaa sinua.

## residence-permit
topic-residence-permit-title = Oleskelulupa ja rekisteröinti
topic-residence-permit-summary = Useimmat ihmiset tarvitsevat oleskeluluvan { -migri-full(case: "elative") } ({ -migri }). EU-maiden ja Pohjoismaiden kansalaiset eivät tarvitse lupaa. Heidän pitää kuitenkin rekisteröityä. Tarvitset luvan tai rekisteröinnin moneen muuhun asiaan.
topic-residence-permit-step-1 = Tarvitsetko oleskeluluvan? Hae lupaa { -migri(case: "elative") }. Katso migri.fi-sivustolta, mikä lupa sopii sinun muuttosyyhysi.
topic-residence-permit-step-2 = Oletko EU-maan kansalainen? Rekisteröi oikeutesi asua Suomessa 3 kuukauden sisällä siitä, kun tulit Suomeen. Rekisteröinnin tekee { -migri }. Oletko Pohjoismaan kansalainen ja asut Suomessa yli 6 kuukautta? Rekisteröidy silloin henkilökohtaisesti { -dvv(case: "inessive") } kuukauden sisällä. Katso { -infofinland(case: "elative") }, miten teet sen.
topic-residence-permit-step-3 = Säilytä oleskelulupakorttisi hyvin. Tarvitset sitä monessa virastossa. Jos kadotat kortin, kysy { -migri(case: "elative") }, mitä sinun pitää tehdä.
topic-residence-permit-step-4 = Lupasi on voimassa vain tietyn ajan. Hae jatkolupaa ennen kuin lupa päättyy. Katso säännöt ja päivämäärät migri.fi-sivustolta.

## right-to-stay
topic-right-to-stay-title = Oikeus asua Suomessa jatkossakin
topic-right-to-stay-summary = Oleskelulupasi on voimassa vain tietyn ajan. Jotta voit jäädä Suomeen, pidä lupasi voimassa ja kerro muutoksista { -migri(case: "allative") }. Muutaman vuoden jälkeen voit ehkä saada pysyvän oleskeluluvan.
topic-right-to-stay-step-1 = Hae jatkolupaa ennen kuin lupasi päättyy. Jatkolupa on uusi lupa, jonka avulla voit asua täällä edelleen. Hae sitä verkossa { -enter-finland } -palvelussa. Se on { -migri(case: "genitive") } verkkopalvelu.
topic-right-to-stay-step-2 = Kerro { -migri(case: "allative") }, kun tilanteesi muuttuu. Esimerkiksi työsi päättyy tai perheesi muuttuu. Uuden osoitteen ilmoitat { -dvv(case: "allative") }.
topic-right-to-stay-step-3 = Joskus { -migri } lähettää sinulle kirjeen ja pyytää lisää tietoja. Vastaa viimeistään sinä päivänä, joka kirjeessä lukee (määräaika). Pyydä apua, jos kirjettä on vaikea ymmärtää.
topic-right-to-stay-step-4 = Pysyvää oleskelulupaa koskevat uudet säännöt ovat olleet voimassa 8.1.2026 alkaen. Yleensä sinun on pitänyt asua Suomessa 6 vuotta. Sinun pitää myös osata suomea tai ruotsia riittävän hyvin (tyydyttävä kielitaito). Lisäksi tarvitset 2 vuotta työhistoriaa. Näiden 2 vuoden aikana olet voinut saada työttömyysetuutta tai toimeentulotukea enintään 3 kuukautta. Jos tulosi ovat suuret tai sinulla on suomalainen tutkinto, 4 vuotta voi riittää. Katso tarkat tiedot migri.fi-sivustolta.
topic-right-to-stay-step-5 = Perustuuko lupasi työhön? Jos työsi päättyy, sinulla on 3 tai 6 kuukautta aikaa löytää uusi työ. Kysy { -migri(case: "elative") }, kumpi aika koskee sinua.

## identity-code
topic-identity-code-title = Henkilötunnus ja osoite
topic-identity-code-summary = { -dvv } pitää rekisteriä ihmisistä, jotka asuvat Suomessa. Kun rekisteröidyt, voit saada henkilötunnuksen. { -dvv } merkitsee rekisteriin myös kotikuntasi. Monet palvelut tarvitsevat näitä tietoja.
topic-identity-code-step-1 = Rekisteröidy { -dvv(case: "inessive") }, kun olet tullut Suomeen. Katso dvv.fi-sivustolta, miten rekisteröidyt. Sieltä näet myös, mitkä asiakirjat sinun pitää ottaa mukaan.
topic-identity-code-step-2 = Henkilötunnuksesi on usein jo oleskelulupakortissasi. Jos ei ole, saat sen, kun rekisteröidyt. Sinun pitää silti rekisteröityä { -dvv(case: "inessive") }, jotta osoitteesi ja kotikuntasi merkitään rekisteriin. Tarvitset tunnusta pankissa, { -kela(case: "inessive") } ja terveydenhuollossa. Pidä se tallessa.
topic-identity-code-step-3 = Kun muutat uuteen osoitteeseen, kerro siitä { -dvv(case: "allative") }. Katso dvv.fi-sivustolta, miten teet sen.
topic-identity-code-step-4 = Asuuko kanssasi perheenjäseniä? Rekisteröi myös heidät { -dvv(case: "inessive") }, myös lapsesi. Jokainen saa oman henkilötunnuksen.

## kela
topic-kela-title = { -kela } ja sosiaaliturva
topic-kela-summary = { -kela } maksaa Suomessa monia etuuksia. Ensin { -kela } päättää, kuulutko Suomen sosiaaliturvaan. Jos kuulut, voit hakea { -kela(case: "genitive") } etuuksia.
topic-kela-step-1 = Hae { -kela }-korttia OmaKelassa. Se on { -kela(case: "genitive") } verkkopalvelu. Tee myös ilmoitus Suomeen muutosta. Sen jälkeen { -kela } päättää, kuulutko Suomen sosiaaliturvaan. Katso kela.fi-sivustolta, miten teet sen.
topic-kela-step-2 = Jos kuulut sosiaaliturvaan, saat { -kela }-kortin. Pidä kortti mukanasi. Näytät sen esimerkiksi apteekissa. Oikeus julkiseen terveydenhuoltoon tulee kotikunnastasi, ei kortista.
topic-kela-step-3 = { -kela(case: "adessive") } on etuuksia moneen tilanteeseen, esimerkiksi asumistuki ja lapsilisä. Se, mitä voit saada, riippuu tilanteestasi. { -kela } päättää.
topic-kela-step-4 = Sinun pitää hakea jokaista etuutta. Kerro { -kela(case: "allative") }, kun elämässäsi muuttuu jotain. Esimerkiksi tulosi, osoitteesi tai perheesi muuttuu.

## money
topic-money-title = Raha ensimmäisinä kuukausina
topic-money-summary = Ensimmäisinä kuukausina voit tarvita apua raha-asioissa. { -kela } maksaa monia etuuksia. Sinun pitää hakea jokaista etuutta erikseen. Tässä aiheessa kerrotaan yleisimmistä etuuksista.
topic-money-step-1 = Oletko työtön, ja onko sinulla kotoutumissuunnitelma? Voit ehkä saada työttömyysetuutta suunnitelman aikana. Ilmoittaudu ensin työttömäksi työnhakijaksi. Hae sitten etuutta { -kela(case: "ablative") }.
topic-money-step-2 = Voit hakea etuuksia OmaKelassa. Se on { -kela(case: "genitive") } verkkopalvelu. Lomakkeita on myös englanniksi.
topic-money-step-3 = Ovatko tulosi pienet? Voit ehkä saada { -kela(case: "ablative") } yleistä asumistukea. Se auttaa sinua maksamaan asumisen kulut. { -kela } päättää tilanteesi perusteella.
topic-money-step-4 = Toimeentulotuki on viimeinen apu, kun muut tulosi eivät riitä perustarpeisiin. Hae sitä { -kela(case: "ablative") }. Joissakin tilanteissa { -hyvinvointialue(case: "your") } sosiaalipalvelut voivat antaa lisää apua. Kysy sieltä.
topic-money-step-5 = Etuus voi loppua tai pienentyä. Näin voi käydä, jos et osallistu kotoutumissuunnitelmaasi tai palveluihin, joista siinä on sovittu. Näin voi käydä myös, jos et kerro muutoksista { -kela(case: "allative") }. Esimerkiksi tulosi, perheesi tai osoitteesi muuttuu. Kerro muutoksista { -kela(case: "allative") } heti.
topic-money-step-6 = Hoidatko kotona alle 3-vuotiasta lasta? Voit ehkä saada { -kela(case: "ablative") } lasten kotihoidon tukea. Säännöt voivat muuttua vuonna 2027. Kysy omalta työntekijältäsi.

## tax
topic-tax-title = Verokortti ja verot
topic-tax-summary = Suomessa vero otetaan palkastasi ennen kuin saat palkan. Tarvitset verokortin { -vero-full(case: "elative") } ({ -vero }). Verokortista työnantaja näkee, kuinka paljon veroa hänen pitää ottaa.
topic-tax-step-1 = Hanki verokortti ennen kuin aloitat työn. Katso vero.fi-sivustolta, miten saat sen.
topic-tax-step-2 = Anna verokortti työnantajallesi. Työnantaja tarvitsee sen, jotta hän voi maksaa palkkasi oikein.
topic-tax-step-3 = Jos sinulla ei ole verokorttia, työnantaja ottaa palkastasi paljon enemmän veroa.
topic-tax-step-4 = Joka vuosi { -vero } antaa sinulle esitäytetyn veroilmoituksen, jonka sinun pitää tarkistaa. Lue se huolellisesti. Jos jokin on väärin, korjaa se ennen päivää, joka siinä lukee.

## bank-id
topic-bank-id-title = Pankkitili ja tunnistautuminen verkossa
topic-bank-id-summary = Tarvitset pankkitilin, jotta saat palkan ja etuudet. Verkkopankkitunnuksilla todistat internetissä, kuka olet. Tätä sanotaan vahvaksi tunnistautumiseksi. Käytät sitä { -suomi-fi }-palvelussa ja monissa muissa sähköisissä palveluissa.
topic-bank-id-step-1 = Valitse pankki ja kysy, miten avaat tilin. Kysy, mitä asiakirjoja tarvitset.
topic-bank-id-step-2 = Vie pankkiin henkilöllisyysasiakirjasi. Vie esimerkiksi passi ja oleskelulupakortti.
topic-bank-id-step-3 = Pyydä pankista verkkopankkitunnukset. Niillä kirjaudut pankkiisi ja moniin julkisiin palveluihin. Älä koskaan anna tunnuksiasi toiselle ihmiselle.
topic-bank-id-step-4 = Kirjaudu tunnuksillasi { -suomi-fi }-palveluun. Siellä voit käyttää monia julkisia sähköisiä palveluja samassa paikassa.

## letters
topic-letters-title = Viralliset kirjeet ja tunnistautuminen verkossa
topic-letters-summary = Viranomaiset lähettävät sinulle kirjeitä asioistasi. Osa kirjeistä on päätöksiä. Lue ne heti, koska niissä voi olla määräaikoja. Jotta voit lukea kirjeitä ja käyttää sähköisiä palveluja verkossa, tarvitset vahvan sähköisen tunnistautumisen.
topic-letters-step-1 = Päätökset ja muut kirjeet tulevat postissa tai { -suomi-fi }-viesteihin. { -suomi-fi }-viestit on turvallinen postilaatikko verkossa. Sinne viranomaiset lähettävät kirjeitä. Otat sen käyttöön { -suomi-fi }-palvelussa. Sen jälkeen lue viestejäsi siellä usein.
topic-letters-step-2 = Päätös on viranomaisen virallinen vastaus sinun asiassasi. Päätöksessä kerrotaan, miten voit hakea siihen muutosta ja mihin päivään mennessä. Muutoksenhaku tarkoittaa, että pyydät muuttamaan päätöksen. Viimeistä päivää sanotaan muutoksenhaun määräajaksi. Lue jokainen päätös heti, jotta sinulla on aikaa.
topic-letters-step-3 = Onko kirjettä vaikea ymmärtää? Pyydä apua. Ohjaus- ja neuvontapalvelut voivat selittää sen sinulle. Voit myös pyytää tulkkia.
topic-letters-step-4 = Vahvalla sähköisellä tunnistautumisella todistat internetissä, kuka olet. Yleensä käytät siihen verkkopankkitunnuksiasi. Pyydä niitä pankistasi.
topic-letters-step-5 = Kieltäytyykö pankki antamasta sinulle verkkopankkitunnuksia? Kysy pankilta, mitkä asiakirjat se hyväksyy. Poliisin myöntämä ulkomaalaisen henkilökortti tai mobiilivarmenne (tunnistautuminen puhelimella) voi auttaa. Jokainen pankki päättää tästä itse, joten kysy omasta pankistasi.

## work
topic-work-title = Työ ja { -tyollisyyspalvelut }
topic-work-summary = { -tyollisyyspalvelut(case: "capital") } auttavat sinua löytämään työpaikan tai koulutuksen. Kunnat ovat järjestäneet { -tyollisyyspalvelut } 1.1.2025 alkaen. Ilmoittaudut työnhakijaksi { -tyomarkkinatori(case: "adessive") }.
topic-work-step-1 = Ilmoittaudu työnhakijaksi { -tyomarkkinatori(case: "adessive") }. Jos et voi tehdä sitä verkossa, pyydä apua { -tyollisyyspalvelut(case: "elative") }.
topic-work-step-2 = Oletko ilmoittautunut työttömäksi työnhakijaksi? Silloin { -tyollisyyspalvelut } vastaavat sinun kotoutumispalveluistasi. Ne arvioivat osaamisesi ja tekevät kanssasi suunnitelman.
topic-work-step-3 = Kirjoita CV eli ansioluettelo. Kerro siinä koulutuksesi, työkokemuksesi ja taitosi. Päivitä CV, kun jokin muuttuu.
topic-work-step-4 = Säilytä koulu- ja työtodistuksesi hyvin. Ota ne mukaan, kun menet { -tyollisyyspalvelut(case: "illative") } tai tapaat työnantajan.

## integration
topic-integration-title = Kotoutumispalvelut
topic-integration-summary = Kotoutumispalvelut auttavat sinua oppimaan kieltä, löytämään työtä ja ymmärtämään suomalaista yhteiskuntaa. Jos olet ilmoittautunut työttömäksi työnhakijaksi, { -tyollisyyspalvelut } vastaavat sinusta. Monista muista vastaa kunta, esimerkiksi ihmisistä, jotka eivät ole työelämässä. Kysy, jos et ole varma.
topic-integration-step-1 = Lue perustietoa elämästä Suomessa, esimerkiksi tätä opasta. Jos sinulla on kysyttävää, kysy kuntasi ohjaus- ja neuvontapalveluista.
topic-integration-step-2 = Pyydä osaamisen ja kotoutumisen palvelutarpeen arviointia (aiemmin alkukartoitus). Se tehdään kielellä, jota ymmärrät. Voit saada tulkin.
topic-integration-step-3 = Arvioinnin jälkeen voit saada kotoutumissuunnitelman. Siihen kirjataan opinnot ja palvelut, jotka ovat sinua varten. Ensimmäinen suunnitelma tehdään 3 vuoden sisällä siitä, kun sait ensimmäisen lupasi tai rekisteröintisi.
topic-integration-step-4 = Kotoutumiskoulutus kestää yleensä noin vuoden. Opiskelet suomea tai ruotsia. Opit myös yhteiskunnasta ja työelämästä. Säännöt voivat muuttua vuonna 2027: kysy omalta työntekijältäsi.
topic-integration-step-5 = Voit myös osallistua kurssille, jonka nimi on monikielinen yhteiskuntaorientaatio. Sitä opetetaan monella kielellä, ja se kestää vähintään 70 tuntia. Opit oikeuksista, palveluista, työstä ja arjesta.

## language
topic-language-title = Suomen tai ruotsin opiskelu
topic-language-summary = Suomi ja ruotsi ovat Suomen viralliset kielet. Monilla alueilla useimmat ihmiset puhuvat suomea. Kieli auttaa sinua löytämään työtä ja pärjäämään arjessa. Kysy, mikä kieli on paras siellä, missä asut.
topic-language-step-1 = Kotoutumiskoulutuksessa opiskellaan suomea tai ruotsia. Kysy siitä arvioinnissa tai kotoutumispalveluista.
topic-language-step-2 = Onko lukeminen tai kirjoittaminen sinulle vaikeaa? Tai ovatko kirjaimet, joita suomen kielessä käytetään (latinalaiset aakkoset), sinulle uusia? Pyydä silloin lukutaitokoulutusta. Tämän koulutuksen säännöt voivat muuttua vuonna 2027: kysy omalta työntekijältäsi.
topic-language-step-3 = Myös vapaassa sivistystyössä on kielikursseja. Kansalaisopisto on yksi esimerkki. Kysy kunnastasi, mitä kursseja on lähelläsi.
topic-language-step-4 = Saatko työttömyysetuutta ja haluatko valita opintosi itse (omaehtoinen opiskelu)? Sovi opinnoista suunnitelmassasi ennen kuin aloitat. Muuten voit menettää etuuden.

## qualifications
topic-qualifications-title = Tutkintosi ja ammattisi käyttäminen
topic-qualifications-summary = Ulkomailla saamasi koulutus voi auttaa sinua löytämään työtä Suomessa. Joihinkin töihin tarvitset ensin virallisen päätöksen. Tästä aiheesta näet, mistä voit kysyä.
topic-qualifications-step-1 = Onko sinulla korkeakoulututkinto ulkomailta? { -oph } voi päättää, minkä tasoinen tutkinto on Suomessa. Katso oph.fi-sivustolta, miten haet.
topic-qualifications-step-2 = Joistakin ammateista on säädetty laissa. Tarvitset virallisen oikeuden, jotta voit tehdä näitä töitä. Monissa näistä ammateista { -oph } päättää, antaako koulutuksesi tämän oikeuden.
topic-qualifications-step-3 = Haluatko työskennellä terveys- tai sosiaalialalla? Tarvitset { -lvv(case: "ablative") } (aiemmin Valvira) oikeuden harjoittaa ammattia. Sinun pitää myös osata suomea tai ruotsia tarpeeksi hyvin.
topic-qualifications-step-4 = Yksityiset työnantajat päättävät itse, sopiiko koulutuksesi työhön. Onko sinulla korkeakoulututkinto? Joidenkin korkeakoulujen { -simhe }-palvelut voivat ohjata sinua.

## health-care
topic-health-care-title = Terveydenhuollon palvelut
topic-health-care-summary = { -hyvinvointialue(case: "your-capital") } järjestää julkisen terveydenhuollon ja sosiaalipalvelut. Helsingissä ne järjestää Helsingin kaupunki. Terveysasema on yleensä ensimmäinen paikka, johon otat yhteyttä. Jotta voit käyttää julkista terveydenhuoltoa, tarvitset yleensä kotikunnan.
topic-health-care-step-1 = Terveysasema on oman asuinalueesi julkinen terveyskeskus. Siellä voit tavata hoitajan tai lääkärin. Etsi oma terveysasemasi ja kysy, miten varaat ensimmäisen ajan.
topic-health-care-step-2 = Oikeus julkiseen terveydenhuoltoon tulee kotikunnastasi. Kotikunta on kunta, jonka asukkaaksi sinut on merkitty rekisteriin. Oikeus ei tule { -kela }-kortista. Rekisteröidy { -dvv(case: "inessive") }, niin saat kotikunnan.
topic-health-care-step-3 = Odotatko vielä kotikuntaa? Hätätilanteessa saat hoitoa silti. Voit joutua maksamaan kulut myöhemmin. Muuhun hoitoon sinulla voi silti olla oikeus julkiseen terveydenhuoltoon, esimerkiksi koska teet työtä Suomessa. Sitä pitää hakea erikseen: kysy { -kela(case: "elative") }. Voit myös mennä yksityiselle lääkäriasemalle.
topic-health-care-step-4 = Julkinen hammashoito kuuluu myös julkiseen terveydenhuoltoon. Kysy terveysasemalta tai julkisesta hammashoidosta, miten varaat ajan.
topic-health-care-step-5 = Oletko raskaana? Mene äitiysneuvolaan. Siellä seurataan sinun ja vauvasi terveyttä. Alle kouluikäiset lapset käyvät lastenneuvolassa. Siellä tarkistetaan heidän terveytensä ja kasvunsa.
topic-health-care-step-6 = Tarvitsetko apua omalla kielelläsi? Pyydä tulkkia, kun varaat ajan. Kerro, mitä kieltä puhut.

## health
topic-health-title = Äkillinen sairastuminen ja kiireellinen hoito
topic-health-summary = Tässä aiheessa kerrotaan, mitä teet, kun sairastut äkillisesti tai tarvitset hoitoa nopeasti. Tavallisesta terveydenhuollosta kerrotaan aiheessa ”Terveydenhuollon palvelut”. Soita 112 vain, kun henki, terveys, omaisuus tai ympäristö on vaarassa.
topic-health-step-1 = Terveysasema on yleensä ensimmäinen paikka, johon otat yhteyttä. Etsi lähin terveysasemasi. Kysy, miten varaat ajan.
topic-health-step-2 = Tarvitsetko hoitoa nopeasti? Jos tilanne ei ole hätätilanne, soita { -paivystysapu(case: "illative") } numeroon 116 117. Sieltä kerrotaan, mitä sinun pitää tehdä ja minne mennä. Numero toimii useimmilla alueilla, mutta ei kaikkialla. Katso 116117.fi.
topic-health-step-3 = Hätätilanteessa soita 112. Esimerkiksi joku ei pysty hengittämään, on tajuton tai vuotaa paljon verta.
topic-health-step-4 = Tarvitsetko apua omalla kielelläsi? Pyydä tulkkia, kun varaat ajan.

## emergency
topic-emergency-title = Hätänumero 112
topic-emergency-summary = 112 on Suomen hätänumero. Soita siihen, kun henki, terveys, omaisuus tai ympäristö on vaarassa, esimerkiksi tulipalossa. Sen kautta saat yhteyden poliisiin, ambulanssiin ja pelastuslaitokseen.
topic-emergency-step-1 = Soita 112 ja pysy rauhallisena. Kerro, kuka olet, missä olet ja mitä on tapahtunut. Vastaa kysymyksiin.
topic-emergency-step-2 = Älä lopeta puhelua ennen kuin sinulle sanotaan, että voit lopettaa. Toimi ohjeiden mukaan, jotka saat.
topic-emergency-step-3 = Lataa puhelimeesi { -app-112-suomi } -sovellus. Se voi auttaa hätäkeskusta selvittämään, missä olet.
topic-emergency-step-4 = Jos joku on ottanut myrkkyä tai liikaa lääkettä, soita { -myrkytystietokeskus(case: "illative") }. Sen numero on tällä sivulla. Jos ihminen on tajuton tai ei pysty hengittämään hyvin, soita 112.

## housing
topic-housing-title = Asunnon löytäminen
topic-housing-summary = Koti on yksi ensimmäisistä asioista, joita tarvitset. Voit vuokrata asunnon kunnalta, yleishyödylliseltä vuokranantajalta tai yksityiseltä vuokranantajalta. { -kela } voi auttaa asumisen kuluissa, jos tulosi ovat pienet.
topic-housing-step-1 = Etsi vuokra-asunto. Kysy kunnastasi kunnan vuokra-asunnoista ja yleishyödyllisistä vuokra-asunnoista. Hae ajoissa, koska voit joutua odottamaan.
topic-housing-step-2 = Lue vuokrasopimus huolellisesti ennen kuin allekirjoitat sen. Vuokranantaja pyytää usein vuokravakuuden. Kysy, milloin saat sen takaisin.
topic-housing-step-3 = Ovatko tulosi pienet? Voit ehkä saada { -kela(case: "ablative") } asumistukea. { -kela } päättää tilanteesi perusteella.
topic-housing-step-4 = Kun muutat, ilmoita uusi osoitteesi { -dvv(case: "allative") }. Jos saat etuuksia, ilmoita myös { -kela(case: "allative") }.

## children
topic-children-title = Lapset, päivähoito ja koulu
topic-children-summary = Tämä aihe on lapsiperheille. Se kertoo lasten päivähoidosta, koulusta ja terveydenhuollosta. Suomessa lapsilla ja nuorilla on oppivelvollisuus. Se tarkoittaa, että heidän pitää opiskella.
topic-children-step-1 = Varhaiskasvatus on pienten lasten päivähoitoa. Hae sitä erikseen kunnastasi. Maksu riippuu perheesi tuloista.
topic-children-step-2 = Esiopetus on pakollista vuotta ennen kuin koulu alkaa. Se on maksutonta.
topic-children-step-3 = Oppivelvollisuus kestää 7-vuotiaasta 18-vuotiaaksi. Se voi päättyä aiemmin, jos nuori suorittaa toisen asteen tutkinnon.
topic-children-step-4 = Opetteleeko lapsesi vielä suomea tai ruotsia? Lapsi voi saada perusopetukseen valmistavaa opetusta. Se kestää noin yhden lukuvuoden.
topic-children-step-5 = Neuvolassa tarkistetaan pienten lasten terveys ja kasvu. { -hyvinvointialue(case: "your-capital") } järjestää neuvolat. Kysy neuvolasta, miten varaat käynnin.

## rights
topic-rights-title = Oikeutesi ja velvollisuutesi
topic-rights-summary = Suomessa kaikilla on samat perusoikeudet. Sinulla on myös velvollisuuksia. Sinun pitää esimerkiksi noudattaa lakia ja maksaa verosi.
topic-rights-step-1 = Kaikki ovat lain edessä yhdenvertaisia. Syrjintä on kielletty, esimerkiksi alkuperän, uskonnon, sukupuolen tai vamman takia.
topic-rights-step-2 = Naisilla ja miehillä on samat oikeudet. Näin on kotona, työssä ja yhteiskunnassa.
topic-rights-step-3 = Väkivalta on rikos, myös perheen sisällä. Jos olet nyt vaarassa, soita 112. { -nollalinja } auttaa kaikkia, jotka kokevat väkivaltaa lähisuhteessa. Sen numerot ovat tällä sivulla.
topic-rights-step-4 = Työssä sinulla on oikeus saada palkka, josta olette sopineet. Pyydä kirjallinen työsopimus. Säilytä palkkalaskelmasi.

## everyday
topic-everyday-title = Arki
topic-everyday-summary = Tässä aiheessa on vinkkejä arkeen Suomessa. Se kertoo rahankäytön suunnittelusta, laskuista, verkkopalveluista ja jätteistä. Myös vapaa-aika on tärkeää. Liity kerhoon, urheiluryhmään tai yhdistykseen, niin tapaat ihmisiä.
topic-everyday-step-1 = Suunnittele rahankäyttösi. Kirjoita joka kuukausi ylös tulosi ja menosi.
topic-everyday-step-2 = Maksa laskusi ajoissa. Maksamattomat laskut voivat heikentää luottotietojasi. Jos et pysty maksamaan, ota ajoissa yhteyttä laskun lähettäjään.
topic-everyday-step-3 = { -suomi-fi }-palvelussa voit käyttää monia julkisia sähköisiä palveluja. Yleiset kirjastot ovat maksuttomia. Monissa kirjastoissa on tietokoneita, ja henkilökunta voi auttaa sinua käyttämään niitä.
topic-everyday-step-4 = Lajittele jätteet kierrätystä varten. Kysy vuokranantajaltasi tai kunnastasi, mitkä säännöt ovat siellä, missä asut.

## driving-licence
topic-driving-licence-title = Ulkomainen ajokortti
topic-driving-licence-summary = Voitko ajaa Suomessa ajokortilla, jonka sait ulkomailla? Se riippuu maasta, jossa sait ajokortin. Tarkista säännöt ajoissa.
topic-driving-licence-step-1 = EU- tai ETA-maassa saatu ajokortti on voimassa myös Suomessa. ETA-maat ovat EU-maat sekä Islanti, Liechtenstein ja Norja.
topic-driving-licence-step-2 = Monet muut ajokortit ovat voimassa vain rajoitetun ajan sen jälkeen, kun olet muuttanut tänne. Sen jälkeen sinun pitää vaihtaa ajokorttisi suomalaiseen. Joissakin tapauksissa sinun pitää myös suorittaa ajokoe. Ajokortin voit vaihtaa { -ajovarma(case: "inessive") }. { -ajovarma(case: "genitive") } palvelupisteissä hoidetaan ajokorttiasioita.
topic-driving-licence-step-3 = Tarkista oman maasi säännöt { -infofinland(case: "elative") }. Tee se pian, ennen kuin aika loppuu.

## help
topic-help-title = Mistä saat apua
topic-help-summary = Sinun ei tarvitse selvittää kaikkea yksin. Ohjaus- ja neuvontapalvelut ovat kaikille maahanmuuttajille. Ne ovat myös ihmisille, joilla ei ole oleskelulupaa. Voit kysyä sieltä palveluista ja arjesta.
topic-help-step-1 = Kysy kunnastasi, mistä saat ohjausta ja neuvontaa. Siellä kerrotaan, mihin palveluun voit ottaa yhteyttä.
topic-help-step-2 = { -infofinland(case: "inessive") } on tietoa elämästä Suomessa monella kielellä. Käytä sitä, kun tarvitset tietoa omalla kielelläsi.
topic-help-step-3 = Oletko kriisissä ja tarvitsetko jonkun, jolle puhua? Soita kriisipuhelimeen ({ -mieli }). Suomenkielinen linja päivystää ympäri vuorokauden. Muilla kielillä on omat numerot ja ajat. Kaikki numerot ovat tällä sivulla.
topic-help-step-4 = Hätätilanteessa soita 112. Soita, kun henki, terveys, omaisuus tai ympäristö on vaarassa.

## interpreters
topic-interpreters-title = Tulkit
topic-interpreters-summary = Tulkki kääntää sen, mitä sinä sanot, toiselle kielelle. Hän kääntää myös sen, mitä virkailija sanoo, sinun kielellesi. Tulkin avulla ymmärrät asiasi ja voit selittää ne hyvin.
topic-interpreters-step-1 = Aloittiko viranomainen asian? Silloin viranomainen järjestää tulkin ja maksaa sen.
topic-interpreters-step-2 = Aloititko asian itse? Esimerkiksi hait jotakin. Kysy silloin viranomaiselta, järjestääkö se tulkin.
topic-interpreters-step-3 = Kerro kielesi, kun varaat ajan. Voit pyytää tulkkia, joka puhuu sinun murrettasi. Voit myös pyytää, että tulkkisi on nainen tai mies.
topic-interpreters-step-4 = Osaamisen ja kotoutumisen palvelutarpeen arviointi tehdään kielellä, jota ymmärrät. Voit saada tulkin, jos tarvitset sitä.

## Authorities
authority-migri = { -migri-full } ({ -migri })
authority-dvv = { -dvv-full } ({ -dvv })
authority-kela = { -kela }
authority-vero = { -vero-full }
authority-banks = Pankit ja { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = Kunnan kotoutumispalvelut
authority-wellbeing = { -hyvinvointialue(case: "capital") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = Kotikuntasi
authority-oph = { -oph-full } ({ -oph })
authority-lvv = { -lvv }
authority-simhe = { -simhe }-palvelut korkeakouluissa
authority-ngos = Järjestöt ja yhdistykset
authority-guidance = Ohjaus- ja neuvontapalvelut
authority-traficom = { -traficom-full }

## Phones
phone-112 = Hätänumero
phone-medical-helpline = { -paivystysapu }
phone-poison = { -myrkytystietokeskus }
phone-crisis = Kriisipuhelin suomeksi, ympäri vuorokauden ({ -mieli })
phone-crisis-en-ar = Kriisipuhelin englanniksi ja arabiaksi ({ -mieli })
phone-crisis-uk = Kriisipuhelin ukrainaksi ({ -mieli })
phone-crisis-ru = Kriisipuhelin venäjäksi ({ -mieli })
phone-crisis-sv = Kriisipuhelin ruotsiksi ({ -mieli })
phone-nollalinja = { -nollalinja }: auttava puhelin kaikille, jotka kokevat väkivaltaa lähisuhteessa
phone-nollalinja-short = { -nollalinja }: sama palvelu, lyhyt numero

## Checklist
check-permit = Hae oleskelulupa tai rekisteröi oleskelusi
check-register = Rekisteröidy { -dvv(case: "inessive") } ja hanki henkilötunnus
check-kela = Kysy { -kela(case: "elative") } sosiaaliturvasta
check-tax-card = Hanki verokortti
check-bank = Avaa pankkitili ja hanki verkkopankkitunnukset
check-jobseeker = Ilmoittaudu työnhakijaksi
check-health = Etsi oma terveysasemasi
check-integration = Pyydä kotoutumispalveluja
check-language = Aloita suomen tai ruotsin opiskelu
check-housing = Etsi asunto

## Official sources
topic-sources-heading = Viralliset lähteet

# Owners of the official pages, shown as "<owner>: <page title>".
owner-infofinland = { -infofinland }
owner-kotoutuminen = { -kotoutuminen-fi }
owner-migri = { -migri }
owner-intermin = { -sisaministerio }
owner-dvv = { -dvv }
owner-kela = { -kela }
owner-vero = { -vero }
owner-suomifi = { -suomi-fi }
owner-tyomarkkinatori = { -tyomarkkinatori }
owner-oph = { -oph }
owner-lvv = { -lvv }
owner-erc = { -hatakeskuslaitos }
owner-116117 = { -paivystysapu }
owner-mieli = { -mieli }
owner-nollalinja = { -nollalinja }
owner-finlex = { -finlex }
owner-tem = { -tem }
owner-traficom = { -traficom }

# Titles of the official pages: what the page is about, without the owner.
source-infofinland-registering = Rekisteröityminen asukkaaksi
source-infofinland-health = Terveyspalvelut Suomessa
source-infofinland-dental = Hammashoito
source-infofinland-driving = Ajokortti
source-infofinland-housing = Vuokra-asunto
source-infofinland-daycare = Varhaiskasvatus
source-infofinland-basic-education = Perusopetus
source-infofinland-living = Elämä Suomessa
source-infofinland-business = Yrityksen perustaminen
source-kotoutuminen-who = Kenelle arviointi tehdään
source-kotoutuminen-assessment = Osaamisen ja kotoutumisen palvelutarpeen arviointi
source-kotoutuminen-guidance = Ohjaus ja neuvonta
source-kotoutuminen-training = Kotoutumiskoulutus
source-kotoutuminen-independent-study = Omaehtoinen opiskelu
source-kotoutuminen-benefits = Työttömyysetuudet ja sosiaaliturva kotoutumisen aikana
source-kotoutuminen-interpretation = Ymmärtäminen ja tulkkaus
source-kotoutuminen-language-choice = Suomen tai ruotsin kielen valinta
source-kotoutuminen-families = Lapset, nuoret ja perheet
source-kotoutuminen-plan = Kotoutumissuunnitelma
source-migri-enter-finland = { -enter-finland } -verkkopalvelu
source-migri-extended-permit = Jatkolupa
source-migri-permanent = Pysyvä oleskelulupa
source-intermin-permanent = Pysyvän oleskeluluvan uudet säännöt
source-dvv-nordic = Muutto Pohjoismaiden välillä
source-kela-card = { -kela }-kortti
source-kela-moving = Muutto Suomeen
source-kela-unemployment = Työmarkkinatuki
source-kela-housing = Yleinen asumistuki
source-kela-social-assistance = Toimeentulotuki
source-kela-child-home-care = Lasten kotihoidon tuki
source-vero-tax-card = Verokortti
source-vero-moving = Muutto Suomeen ja verotus
source-suomifi-identification = Tunnistautuminen
source-suomifi-messages = { -suomi-fi }-viestit
source-tyomarkkinatori-jobseeker = Palvelut työnhakijoille
source-oph-recognition = Tutkintojen tunnustaminen
source-lvv-home = Oikeus harjoittaa ammattia terveys- ja sosiaalialalla
source-erc-112 = Milloin soitat hätänumeroon 112
source-116117 = { -paivystysapu } omalla alueellasi
source-mieli-emergency = Mistä saat apua kriisissä
source-nollalinja = Apua lähisuhdeväkivaltaan
source-finlex-integration-act = Laki kotoutumisen edistämisestä
source-finlex-civic-orientation = Asetus monikielisestä yhteiskuntaorientaatiosta
source-tem-reform = Kotoutumispalvelujen suunniteltu uudistus
