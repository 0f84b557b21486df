# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -tyollisyyspalvelut(case: "definite") }; a form this file does not
# list gives the default (*) form. The forms used here:
#   capital       a capital first letter, at the start of a sentence or heading
#   definite      the definite form (sysselsättningstjänsterna)
#   with-finnish  followed by the Finnish name in brackets, where the reader
#                 will meet the Finnish name

## Authorities
-kela = { $case ->
   *[nominative] FPA
    [with-finnish] FPA (Kela)
}
-kela-full = Folkpensionsanstalten
-migri = Migri
-migri-full = Migrationsverket
-dvv = DVV
-dvv-full = Myndigheten för digitalisering och befolkningsdata
-vero = Vero
-vero-full = Skatteförvaltningen
-oph = OPH
-oph-full = Utbildningsstyrelsen
# The agency's official Swedish name is not confirmed yet: the Finnish name,
# with what it is in Swedish words (not as a name).
-lvv = Lupa- ja valvontavirasto (tillstånds- och tillsynsmyndigheten)
-hatakeskuslaitos = Nödcentralsverket
-traficom = Traficom
-traficom-full = Transport- och kommunikationsverket Traficom

## Ministries
-sisaministerio = Inrikesministeriet
-tem = Arbets- och näringsministeriet

## Public services
-hyvinvointialue = { $case ->
   *[nominative] välfärdsområde
    [capital] Välfärdsområde
    [with-finnish] välfärdsområde (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] sysselsättningstjänster
    [capital] Sysselsättningstjänster
    [definite] sysselsättningstjänsterna
    [definite-capital] Sysselsättningstjänsterna
}
-paivystysapu = Jourhjälpen
-myrkytystietokeskus = Giftinformationscentralen
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] Jobbmarknaden
    [with-finnish] Jobbmarknaden (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
