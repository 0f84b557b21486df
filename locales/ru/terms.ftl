# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -tyollisyyspalvelut(case: "prepositional") }; a form this file does
# not list gives the default (*) form. Besides the grammatical cases:
#   capital       a capital first letter, at the start of a sentence or heading
#   plural        the plural (службы занятости), also plural-capital
#   with-finnish  followed by the Finnish name in brackets, where the reader
#                 will meet the Finnish name

## Authorities
-kela = Kela
-kela-full = Управление социального страхования Финляндии
-migri = Migri
-migri-full = { $case ->
   *[nominative] Иммиграционная служба Финляндии
    [genitive] Иммиграционной службы Финляндии
}
-dvv = DVV
-dvv-full = Агентство цифровизации и регистрации населения
-vero = Vero
-vero-full = { $case ->
   *[nominative] Налоговая администрация Финляндии
    [genitive] Налоговой администрации Финляндии
}
-oph = OPH
-oph-full = Национальное управление образования Финляндии
-lvv = Управление по лицензированию и надзору Финляндии
-hatakeskuslaitos = { $case ->
   *[nominative] Ведомство центров экстренной связи
    [with-finnish] Ведомство центров экстренной связи (Hätäkeskuslaitos)
}
-traficom = Traficom
-traficom-full = Агентство транспорта и коммуникаций Финляндии

## Ministries
-sisaministerio = { $case ->
   *[nominative] Министерство внутренних дел Финляндии (Sisäministeriö)
    [genitive] Министерства внутренних дел Финляндии (Sisäministeriö)
}
-tem = { $case ->
   *[nominative] Министерство экономики и занятости Финляндии (Työ- ja elinkeinoministeriö)
    [genitive] Министерства экономики и занятости Финляндии (Työ- ja elinkeinoministeriö)
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] регион благосостояния
    [capital] Регион благосостояния
    [genitive] региона благосостояния
    [with-finnish] регион благосостояния (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] служба занятости
    [prepositional] службе занятости
    [instrumental] службой занятости
    [plural] службы занятости
    [plural-capital] Службы занятости
}
-paivystysapu = { $case ->
   *[nominative] медицинская телефонная служба
    [capital] Медицинская телефонная служба
    [accusative] медицинскую телефонную службу
}
-myrkytystietokeskus = Информационный центр по отравлениям
-simhe = SIMHE
# Пункты обслуживания, которые занимаются водительскими правами.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] «Рынок труда Финляндии»
    [with-finnish] «Рынок труда Финляндии» (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# Онлайн-сервис Иммиграционной службы Финляндии.
-enter-finland = Enter Finland
# Онлайн-база законов Финляндии.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
