# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -tyollisyyspalvelut(case: "capital") }; a form this file does not
# list gives the default (*) form. The forms used here:
#   capital       a capital first letter, at the start of a sentence or heading
#   with-finnish  followed by the Finnish name in brackets, where the reader
#                 will meet the Finnish name

## Authorities
-kela = Kela
-kela-full = Hay'adda Caymiska Bulshada
-migri = Migri
-migri-full = Xafiiska Socdaalka Finland
-dvv = DVV
-dvv-full = Hay'adda Adeegyada Dijitaalka iyo Xogta Dadweynaha
-vero = Vero
-vero-full = Maamulka Canshuuraha Finland
-oph = OPH
-oph-full = Hay'adda Qaranka ee Waxbarashada Finland
-lvv = Hay'adda Ruqsadaha iyo Kormeerka Finland
-hatakeskuslaitos = Hay'adda Xarumaha Gurmadka Degdegga
-traficom = Traficom
-traficom-full = Hay'adda Gaadiidka iyo Isgaarsiinta Finland

## Ministries
-sisaministerio = Wasaaradda Arrimaha Gudaha
-tem = Wasaaradda Arrimaha Dhaqaalaha iyo Shaqada

## Public services
-hyvinvointialue = { $case ->
   *[nominative] gobolka adeegyada daryeelka
    [capital] Gobolka adeegyada daryeelka
    [capital-with-finnish] Gobolka adeegyada daryeelka (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] adeegyada shaqada
    [capital] Adeegyada shaqada
}
-paivystysapu = { $case ->
   *[nominative] khadka caawimada caafimaadka
    [capital] Khadka caawimada caafimaadka
}
-myrkytystietokeskus = Xarunta Macluumaadka Sunta
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] Suuqa Shaqada Finland
    [with-finnish] Suuqa Shaqada Finland (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
