# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks an
# inflected form with { -kela(case: "elative") }; a case this file does not
# list gives the default (*) form. Besides the grammatical cases:
#   capital       a capital first letter, at the start of a sentence or heading
#   your          with the possessive suffix -si, "your ..." (hyvinvointialueesi)

## Authorities
-kela = { $case ->
   *[nominative] Kela
    [genitive] Kelan
    [inessive] Kelassa
    [elative] Kelasta
    [illative] Kelaan
    [adessive] Kelalla
    [ablative] Kelalta
    [allative] Kelalle
}
-kela-full = Kansaneläkelaitos
-migri = { $case ->
   *[nominative] Migri
    [genitive] Migrin
    [elative] Migristä
    [allative] Migrille
}
-migri-full = { $case ->
   *[nominative] Maahanmuuttovirasto
    [elative] Maahanmuuttovirastosta
}
-dvv = { $case ->
   *[nominative] DVV
    [inessive] DVV:ssä
    [allative] DVV:lle
}
-dvv-full = Digi- ja väestötietovirasto
-vero = Vero
-vero-full = { $case ->
   *[nominative] Verohallinto
    [elative] Verohallinnosta
}
-oph = OPH
-oph-full = Opetushallitus
-lvv = { $case ->
   *[nominative] Lupa- ja valvontavirasto
    [ablative] Lupa- ja valvontavirastolta
}
-hatakeskuslaitos = Hätäkeskuslaitos
-traficom = Traficom
-traficom-full = Liikenne- ja viestintävirasto Traficom

## Ministries
-sisaministerio = Sisäministeriö
-tem = Työ- ja elinkeinoministeriö

## Public services
-hyvinvointialue = { $case ->
   *[nominative] hyvinvointialue
    [capital] Hyvinvointialue
    [your] hyvinvointialueesi
    [your-capital] Hyvinvointialueesi
}
-tyollisyyspalvelut = { $case ->
   *[nominative] työllisyyspalvelut
    [capital] Työllisyyspalvelut
    [inessive] työllisyyspalveluissa
    [elative] työllisyyspalveluista
    [illative] työllisyyspalveluihin
}
-paivystysapu = { $case ->
   *[nominative] Päivystysapu
    [illative] Päivystysapuun
}
-myrkytystietokeskus = { $case ->
   *[nominative] Myrkytystietokeskus
    [illative] Myrkytystietokeskukseen
}
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = { $case ->
   *[nominative] Ajovarma
    [genitive] Ajovarman
    [inessive] Ajovarmassa
}

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = { $case ->
   *[nominative] InfoFinland
    [inessive] InfoFinlandissa
    [elative] InfoFinlandista
}
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] Työmarkkinatori
    [adessive] Työmarkkinatorilla
}
-app-112-suomi = 112 Suomi
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
