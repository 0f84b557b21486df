# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -tyollisyyspalvelut(case: "locative") }; a form this file does
# not list gives the default (*) form. Besides the grammatical cases:
#   capital       a capital first letter, at the start of a sentence or heading
#   ...-singular  a singular form, where the default (служби зайнятості) is plural
#   with-finnish  followed by the Finnish name in brackets, where the reader
#                 will meet the Finnish name

## Authorities
-kela = Kela
-kela-full = Установа соціального страхування Фінляндії
-migri = Migri
-migri-full = { $case ->
   *[nominative] Імміграційна служба Фінляндії
    [genitive] Імміграційної служби Фінляндії
}
-dvv = DVV
-dvv-full = Агентство цифрових послуг і даних про населення
-vero = Vero
-vero-full = { $case ->
   *[nominative] Податкова адміністрація Фінляндії
    [genitive] Податкової адміністрації Фінляндії
}
-oph = OPH
-oph-full = Національне агентство освіти Фінляндії
-lvv = Агентство з ліцензування і нагляду Фінляндії
-hatakeskuslaitos = Агентство центрів екстреної допомоги
-traficom = Traficom
-traficom-full = Агентство транспорту і зв’язку Фінляндії

## Ministries
-sisaministerio = { $case ->
   *[nominative] Міністерство внутрішніх справ Фінляндії
    [with-finnish] Міністерство внутрішніх справ Фінляндії (Sisäministeriö)
}
-tem = { $case ->
   *[nominative] Міністерство економіки і зайнятості Фінляндії
    [with-finnish] Міністерство економіки і зайнятості Фінляндії (Työ- ja elinkeinoministeriö)
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] округ добробуту
    [capital] Округ добробуту
    [genitive] округу добробуту
    [with-finnish] округ добробуту (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] служби зайнятості
    [capital] Служби зайнятості
    [genitive] служб зайнятості
    [locative] службах зайнятості
    [locative-singular] службі зайнятості
    [instrumental-singular] службою зайнятості
}
-paivystysapu = { $case ->
   *[nominative] медична гаряча лінія
    [capital] Медична гаряча лінія
    [accusative] медичну гарячу лінію
}
-myrkytystietokeskus = Інформаційний центр з питань отруєнь
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] «Ринок праці Фінляндії»
    [with-finnish] «Ринок праці Фінляндії» (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
