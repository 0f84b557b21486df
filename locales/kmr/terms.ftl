# Machine-made translation from English (locales/en/terms.ftl); not yet reviewed by a person.
# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -hyvinvointialue(case: "with-finnish") }; a form this file does not
# list gives the default (*) form. Forms used here:
#   capital       a capital first letter, at the start of a sentence or heading
#   with-finnish  followed by the Finnish name in brackets, where the reader
#                 will meet the Finnish name
# Short service names (Kela, Migri, DVV, ...) stay as written and are not
# inflected; the long names are built with the ezafe, so they do not change
# after a preposition. InfoFinland publishes no Kurmanji, so the long names
# are plain translations.

## Authorities
-kela = Kela
-kela-full = Saziya Sîgorteya Civakî ya Fînlendayê
-migri = Migri
-migri-full = { $case ->
   *[nominative] Dezgeha Koçberiyê ya Fînlendayê
    [with-finnish] Dezgeha Koçberiyê ya Fînlendayê (Maahanmuuttovirasto)
}
-dvv = DVV
-dvv-full = { $case ->
   *[nominative] Dezgeha Xizmetên Dîjîtal û Daneyên Nifûsê
    [with-finnish] Dezgeha Xizmetên Dîjîtal û Daneyên Nifûsê (Digi- ja väestötietovirasto)
}
-vero = Vero
-vero-full = { $case ->
   *[nominative] Rêveberiya Bacê ya Fînlendayê
    [with-finnish] Rêveberiya Bacê ya Fînlendayê (Verohallinto)
}
-oph = OPH
-oph-full = { $case ->
   *[nominative] Dezgeha Neteweyî ya Perwerdeyê ya Fînlendayê
    [with-finnish] Dezgeha Neteweyî ya Perwerdeyê ya Fînlendayê (Opetushallitus)
}
# Since 1 January 2026 it grants the right to practise in health and social
# care; it took over the tasks of Valvira, which no longer exists. Its
# Finnish name is Lupa- ja valvontavirasto.
-lvv = { $case ->
   *[nominative] Dezgeha Çavdêriyê ya Fînlendayê
    [with-finnish] Dezgeha Çavdêriyê ya Fînlendayê (Lupa- ja valvontavirasto)
}
-hatakeskuslaitos = { $case ->
   *[nominative] Dezgeha Navendên Bangên Acîl
    [with-finnish] Dezgeha Navendên Bangên Acîl (Hätäkeskuslaitos)
}
-traficom = Traficom
-traficom-full = Dezgeha Veguhastin û Ragihandinê ya Fînlendayê

## Ministries
-sisaministerio = { $case ->
   *[nominative] Wezareta Karên Navxwe ya Fînlendayê
    [with-finnish] Wezareta Karên Navxwe ya Fînlendayê (Sisäministeriö)
}
-tem = { $case ->
   *[nominative] Wezareta Aborî û Kar ya Fînlendayê
    [with-finnish] Wezareta Aborî û Kar ya Fînlendayê (Työ- ja elinkeinoministeriö)
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] herêma xizmetên refahê
    [capital] Herêma xizmetên refahê
    [with-finnish] herêma xizmetên refahê (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] xizmetên kar
    [capital] Xizmetên kar
    [with-finnish] xizmetên kar (työllisyyspalvelut)
}
-paivystysapu = { $case ->
   *[nominative] xeta şêwirdariya tenduristiyê
    [capital] Xeta şêwirdariya tenduristiyê
    [with-finnish] xeta şêwirdariya tenduristiyê (Päivystysapu)
}
-myrkytystietokeskus = { $case ->
   *[nominative] Navenda Agahiyên li ser Jehrê
    [with-finnish] Navenda Agahiyên li ser Jehrê (Myrkytystietokeskus)
}
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
# Finland's jobseekers' online service; no official Kurmanji name, so a
# plain translation of "Job Market Finland".
-tyomarkkinatori = { $case ->
   *[nominative] Bazara Kar ya Fînlendayê
    [with-finnish] Bazara Kar ya Fînlendayê (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
