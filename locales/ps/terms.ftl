# Machine-made translation from English (Pashto).
# Names of authorities and services, as Fluent terms: each written once
# here, used in the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -migri-full(case: "oblique") }; a form this file does not list
# gives the default (*) form. Forms used here:
#   nominative    the plain form
#   oblique       the form before a postposition such as ته
#   genitive      the form with its own د, before a noun or له خوا, له لارې
#   with-finnish  followed by the Finnish name in brackets, where the
#                 reader will meet the Finnish name

## Authorities
-kela = Kela
-kela-full = { $case ->
   *[nominative] د ټولنیزې بیمې اداره
    [oblique] د ټولنیزې بیمې ادارې
    [genitive] د ټولنیزې بیمې د ادارې
}
-migri = Migri
-migri-full = { $case ->
   *[nominative] د فنلنډ د مهاجرت اداره
    [oblique] د فنلنډ د مهاجرت ادارې
    [genitive] د فنلنډ د مهاجرت د ادارې
}
-dvv = DVV
-dvv-full = { $case ->
   *[nominative] د ډیجیټل خدمتونو او نفوسو د معلوماتو اداره
    [oblique] د ډیجیټل خدمتونو او نفوسو د معلوماتو ادارې
    [genitive] د ډیجیټل خدمتونو او نفوسو د معلوماتو د ادارې
}
-vero = Vero
-vero-full = { $case ->
   *[nominative] د فنلنډ د مالیاتو اداره
    [oblique] د فنلنډ د مالیاتو ادارې
    [genitive] د فنلنډ د مالیاتو د ادارې
}
-oph = OPH
-oph-full = { $case ->
   *[nominative] د فنلنډ د ښوونې او روزنې ملي اداره
    [oblique] د فنلنډ د ښوونې او روزنې ملي ادارې
    [genitive] د فنلنډ د ښوونې او روزنې د ملي ادارې
}
# Since 1 January 2026 it grants the right to practise in health and social
# care; it took over the tasks of Valvira, which no longer exists.
-lvv = { $case ->
   *[nominative] د فنلنډ د څارنې اداره
    [oblique] د فنلنډ د څارنې ادارې
    [genitive] د فنلنډ د څارنې د ادارې
}
-hatakeskuslaitos = { $case ->
   *[nominative] د بیړنیو مرکزونو اداره
    [oblique] د بیړنیو مرکزونو ادارې
    [genitive] د بیړنیو مرکزونو د ادارې
}
-traficom = Traficom
-traficom-full = { $case ->
   *[nominative] د فنلنډ د ټرانسپورټ او مخابراتو اداره
    [oblique] د فنلنډ د ټرانسپورټ او مخابراتو ادارې
    [genitive] د فنلنډ د ټرانسپورټ او مخابراتو د ادارې
}

## Ministries
-sisaministerio = { $case ->
   *[nominative] د فنلنډ د کورنیو چارو وزارت
    [genitive] د فنلنډ د کورنیو چارو د وزارت
}
-tem = { $case ->
   *[nominative] د فنلنډ د اقتصاد او کار وزارت
    [genitive] د فنلنډ د اقتصاد او کار د وزارت
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] د هوساینې د خدمتونو سیمه
    [oblique] د هوساینې د خدمتونو سیمې
    [genitive] د هوساینې د خدمتونو د سیمې
    [with-finnish] د هوساینې د خدمتونو سیمه (⁨hyvinvointialue⁩)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] د کار موندنې خدمتونه
    [oblique] د کار موندنې خدمتونو
    [genitive] د کار موندنې د خدمتونو
}
-paivystysapu = { $case ->
   *[nominative] د روغتیايي مشورې ټیلیفون
    [genitive] د روغتیايي مشورې د ټیلیفون
    [with-finnish] د روغتیايي مشورې ټیلیفون (⁨Päivystysapu⁩)
}
-myrkytystietokeskus = { $case ->
   *[nominative] د زهرجنېدو د معلوماتو مرکز
    [genitive] د زهرجنېدو د معلوماتو د مرکز
}
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] د فنلنډ د کار بازار
    [genitive] د فنلنډ د کار د بازار
    [with-finnish] د فنلنډ د کار بازار (⁨Työmarkkinatori⁩)
    [genitive-with-finnish] د فنلنډ د کار د بازار (⁨Työmarkkinatori⁩)
}
-app-112-suomi = ⁨112 Suomi⁩
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
