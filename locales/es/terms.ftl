# Machine-made translation from English (locales/en/terms.ftl); not yet reviewed by a person.
# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -hyvinvointialue(case: "capital") }; a form this file does not list
# gives the default (*) form. The names carry no article: the messages add
# it (el, la, los, del, al). The forms used here:
#   capital       a capital first letter, at the start of a sentence or heading
#   with-finnish  followed by the Finnish name in brackets, where the reader
#                 will meet the Finnish name
# Spanish names as InfoFinland writes them in Spanish where it does (Agencia
# para la Digitalización y el Registro Civil); the others are plain
# translations.

## Authorities
-kela = Kela
-kela-full = Instituto del Seguro Social de Finlandia
-migri = Migri
-migri-full = Servicio de Inmigración de Finlandia
-dvv = DVV
-dvv-full = Agencia para la Digitalización y el Registro Civil
-vero = Vero
-vero-full = Administración Tributaria de Finlandia
-oph = OPH
-oph-full = Agencia Nacional de Educación de Finlandia
# Since 1 January 2026 it grants the right to practise in health and social
# care; it took over the tasks of Valvira, which no longer exists. In
# Finnish: Lupa- ja valvontavirasto.
-lvv = Agencia Finlandesa de Supervisión
-hatakeskuslaitos = Agencia de Centros de Respuesta a Emergencias
-traficom = Traficom
-traficom-full = Agencia Finlandesa de Transportes y Comunicaciones

## Ministries
-sisaministerio = Ministerio del Interior
-tem = Ministerio de Asuntos Económicos y Empleo

## Public services
-hyvinvointialue = { $case ->
   *[nominative] área de bienestar
    [capital] Área de bienestar
    [with-finnish] área de bienestar (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] servicios de empleo
    [capital] Servicios de empleo
}
-paivystysapu = { $case ->
   *[nominative] línea de asistencia médica
    [capital] Línea de asistencia médica
}
-myrkytystietokeskus = Centro de Información Toxicológica
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] Mercado de Trabajo de Finlandia
    [with-finnish] Mercado de Trabajo de Finlandia (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
