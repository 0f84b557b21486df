# Masintõlge inglise keelest (machine-made translation from English).
# Ametiasutuste ja teenuste nimed Fluenti terminitena: iga nimi on siin
# kirjas üks kord, teistes failides viidatakse neile nii: { -kela }.
#
# Terminite id-d on samad mis failis locales/en/terms.ftl. Sõnum valib vormi
# nii: { -kela(case: "elative") }; puuduv vorm annab vaikevormi (*).
# Käänded: genitive (omastav), partitive (osastav), illative (sisseütlev),
# inessive (seesütlev), elative (seestütlev), allative (alaleütlev),
# adessive (alalütlev), ablative (alaltütlev), comitative (kaasaütlev).
# Lisaks:
#   capital       suure algustähega, lause või pealkirja alguses
#   with-finnish  nimi ja selle järel sulgudes soomekeelne nimi, kohtades,
#                 kus lugeja näeb soomekeelset nime siltidel ja kirjades

## Authorities
-kela = { $case ->
   *[nominative] Kela
    [genitive] Kela
    [partitive] Kelat
    [illative] Kelasse
    [inessive] Kelas
    [elative] Kelast
    [allative] Kelale
    [adessive] Kelal
    [ablative] Kelalt
    [comitative] Kelaga
}
-kela-full = Soome Sotsiaalkindlustusamet
-migri = { $case ->
   *[nominative] Migri
    [genitive] Migri
    [partitive] Migrit
    [illative] Migrisse
    [inessive] Migris
    [elative] Migrist
    [allative] Migrile
    [adessive] Migril
    [ablative] Migrilt
    [comitative] Migriga
}
-migri-full = { $case ->
   *[nominative] Soome Immigratsiooniamet
    [genitive] Soome Immigratsiooniameti
    [with-finnish] Soome Immigratsiooniamet (Maahanmuuttovirasto)
}
-dvv = { $case ->
   *[nominative] DVV
    [genitive] DVV
    [partitive] DVV-d
    [illative] DVV-sse
    [inessive] DVV-s
    [elative] DVV-st
    [allative] DVV-le
    [adessive] DVV-l
    [ablative] DVV-lt
    [comitative] DVV-ga
}
-dvv-full = { $case ->
   *[nominative] Soome Digi- ja Rahvastikuandmete Amet
    [with-finnish] Soome Digi- ja Rahvastikuandmete Amet (Digi- ja väestötietovirasto)
}
-vero = { $case ->
   *[nominative] Vero
    [genitive] Vero
    [elative] Verost
    [allative] Verole
    [ablative] Verolt
}
-vero-full = { $case ->
   *[nominative] Soome Maksuamet
    [genitive] Soome Maksuameti
    [elative] Soome Maksuametist
    [ablative] Soome Maksuametilt
    [with-finnish] Soome Maksuamet (Verohallinto)
}
-oph = { $case ->
   *[nominative] OPH
    [genitive] OPH
    [elative] OPH-st
    [allative] OPH-le
}
-oph-full = { $case ->
   *[nominative] Soome Haridusamet
    [with-finnish] Soome Haridusamet (Opetushallitus)
}
# Alates 1. jaanuarist 2026 annab see õiguse töötada tervishoius ja
# sotsiaalhoolekandes; see võttis üle Valvira ülesanded (Valvirat enam ei ole).
-lvv = { $case ->
   *[nominative] Soome Järelevalveamet
    [genitive] Soome Järelevalveameti
    [elative] Soome Järelevalveametist
    [ablative] Soome Järelevalveametilt
}
-hatakeskuslaitos = { $case ->
   *[nominative] Soome Häirekeskus
    [genitive] Soome Häirekeskuse
    [with-finnish] Soome Häirekeskus (Hätäkeskuslaitos)
}
-traficom = Traficom
-traficom-full = { $case ->
   *[nominative] Soome Transpordi- ja Sideamet
    [with-finnish] Soome Transpordi- ja Sideamet (Liikenne- ja viestintävirasto)
}

## Ministries
-sisaministerio = { $case ->
   *[nominative] Soome Siseministeerium (Sisäministeriö)
    [genitive] Soome Siseministeeriumi (Sisäministeriö)
}
-tem = { $case ->
   *[nominative] Soome Majandus- ja Tööhõiveministeerium (Työ- ja elinkeinoministeriö)
    [genitive] Soome Majandus- ja Tööhõiveministeeriumi (Työ- ja elinkeinoministeriö)
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] heaolupiirkond
    [capital] Heaolupiirkond
    [genitive] heaolupiirkonna
    [illative] heaolupiirkonda
    [inessive] heaolupiirkonnas
    [elative] heaolupiirkonnast
    [allative] heaolupiirkonnale
    [with-finnish] heaolupiirkond (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] tööhõiveteenused
    [capital] Tööhõiveteenused
    [genitive] tööhõiveteenuste
    [partitive] tööhõiveteenuseid
    [illative] tööhõiveteenustesse
    [inessive] tööhõiveteenustes
    [elative] tööhõiveteenustest
    [allative] tööhõiveteenustele
    [adessive] tööhõiveteenustel
    [ablative] tööhõiveteenustelt
    [comitative] tööhõiveteenustega
}
-paivystysapu = { $case ->
   *[nominative] meditsiiniline nõuandetelefon
    [capital] Meditsiiniline nõuandetelefon
    [genitive] meditsiinilise nõuandetelefoni
    [allative] meditsiinilisele nõuandetelefonile
    [with-finnish] meditsiiniline nõuandetelefon (Päivystysapu)
}
-myrkytystietokeskus = { $case ->
   *[nominative] Mürgistusteabekeskus
    [genitive] Mürgistusteabekeskuse
    [allative] Mürgistusteabekeskusele
    [with-finnish] Mürgistusteabekeskus (Myrkytystietokeskus)
}
-simhe = SIMHE
# Teeninduspunktid, kus tegeletakse juhilubadega.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = { $case ->
   *[nominative] InfoFinland
    [genitive] InfoFinlandi
    [inessive] InfoFinlandis
    [elative] InfoFinlandist
}
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] Soome Tööturg
    [with-finnish] Soome Tööturg (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# Soome Immigratsiooniameti e-teenus.
-enter-finland = Enter Finland
# Soome seaduste veebiandmebaas.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
