# Machine-made translation from English (locales/en/terms.ftl), not yet checked by a person.
# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -tyomarkkinatori(case: "with-finnish") }; a form this file does not
# list gives the default (*) form. The forms used here:
#   with-finnish       followed by the Finnish name in brackets, where the
#                      reader will meet the Finnish name
#   your               with the possessive "your" (…ی خۆت)
#   your-with-finnish  the same, followed by the Finnish name in brackets
# Latin names inside the text are wrapped in U+2068 … U+2069.

## Authorities
-kela = Kela
-kela-full = دامەزراوەی بیمەی کۆمەڵایەتیی فینلاند
-migri = Migri
-migri-full = دەزگای کۆچی فینلاند
-dvv = DVV
-dvv-full = دەزگای خزمەتگوزاریی دیجیتاڵی و زانیاریی دانیشتووان
-vero = Vero
-vero-full = دەزگای باجی فینلاند
-oph = OPH
-oph-full = دەزگای نیشتمانیی پەروەردەی فینلاند
# Since 1 January 2026 it grants the right to practise in health and social
# care; it took over the tasks of Valvira, which no longer exists.
-lvv = دەزگای مۆڵەت و چاودێریی فینلاند
-hatakeskuslaitos = { $case ->
   *[nominative] دەزگای ناوەندەکانی فریاگوزاری
    [with-finnish] دەزگای ناوەندەکانی فریاگوزاری (⁨Hätäkeskuslaitos⁩)
}
-traficom = Traficom
-traficom-full = دەزگای گواستنەوە و پەیوەندییەکانی فینلاند

## Ministries
-sisaministerio = { $case ->
   *[nominative] وەزارەتی ناوخۆی فینلاند
    [with-finnish] وەزارەتی ناوخۆی فینلاند (⁨Sisäministeriö⁩)
}
-tem = { $case ->
   *[nominative] وەزارەتی کاروباری ئابووری و کارکردنی فینلاند
    [with-finnish] وەزارەتی کاروباری ئابووری و کارکردنی فینلاند (⁨Työ- ja elinkeinoministeriö⁩)
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] ناوچەی خزمەتگوزاریی خۆشگوزەرانی
    [with-finnish] ناوچەی خزمەتگوزاریی خۆشگوزەرانی (⁨hyvinvointialue⁩)
    [your] ناوچەی خزمەتگوزاریی خۆشگوزەرانیی خۆت
    [your-with-finnish] ناوچەی خزمەتگوزاریی خۆشگوزەرانیی خۆت (⁨hyvinvointialue⁩)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] خزمەتگوزارییەکانی کار
    [with-finnish] خزمەتگوزارییەکانی کار (⁨työllisyyspalvelut⁩)
}
-paivystysapu = { $case ->
   *[nominative] هێڵی تەلەفۆنی ئامۆژگاریی پزیشکی
    [with-finnish] هێڵی تەلەفۆنی ئامۆژگاریی پزیشکی (⁨Päivystysapu⁩)
}
-myrkytystietokeskus = { $case ->
   *[nominative] ناوەندی زانیاریی ژەهراویبوون
    [with-finnish] ناوەندی زانیاریی ژەهراویبوون (⁨Myrkytystietokeskus⁩)
}
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] بازاڕی کاری فینلاند
    [with-finnish] بازاڕی کاری فینلاند (⁨Työmarkkinatori⁩)
}
-app-112-suomi = ⁨112 Suomi⁩
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
