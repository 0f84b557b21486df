# Machine-made translation from English (Urdu). Not reviewed yet.
# Names of authorities and services, as Fluent terms: each written once
# here, used in the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -hyvinvointialue(case: "oblique") }; a form this file does not
# list gives the default (*) form. Forms used here:
#   oblique       the oblique form, before a postposition (کا، کی، کے، میں، سے)
#   with-finnish  followed by the Finnish name in brackets, where the
#                 reader will meet the Finnish name

## Authorities
-kela = Kela
-kela-full = فن لینڈ کا ادارہ برائے سماجی بیمہ
-migri = Migri
-migri-full = فن لینڈ کا امیگریشن ادارہ
-dvv = DVV
-dvv-full = ڈیجیٹل اور آبادی کی معلومات کی خدمات کا ادارہ
-vero = Vero
-vero-full = فن لینڈ کا ٹیکس ادارہ
-oph = OPH
-oph-full = فن لینڈ کا قومی ادارہ برائے تعلیم
# Since 1 January 2026 it grants the right to practise in health and social
# care; it took over the tasks of Valvira, which no longer exists.
-lvv = { $case ->
   *[nominative] فن لینڈ کا نگران ادارہ
    [with-finnish] فن لینڈ کا نگران ادارہ (⁨Lupa- ja valvontavirasto⁩)
}
-hatakeskuslaitos = { $case ->
   *[nominative] ہنگامی مراکز کا ادارہ
    [with-finnish] ہنگامی مراکز کا ادارہ (⁨Hätäkeskuslaitos⁩)
}
-traficom = Traficom
-traficom-full = فن لینڈ کا ادارہ برائے نقل و حمل اور مواصلات

## Ministries
-sisaministerio = { $case ->
   *[nominative] فن لینڈ کی وزارتِ داخلہ
    [with-finnish] فن لینڈ کی وزارتِ داخلہ (⁨Sisäministeriö⁩)
}
-tem = { $case ->
   *[nominative] فن لینڈ کی وزارتِ معاشی امور و روزگار
    [with-finnish] فن لینڈ کی وزارتِ معاشی امور و روزگار (⁨Työ- ja elinkeinoministeriö⁩)
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] فلاحی خدمات کا علاقہ
    [oblique] فلاحی خدمات کے علاقے
    [with-finnish] فلاحی خدمات کا علاقہ (⁨hyvinvointialue⁩)
    [oblique-with-finnish] فلاحی خدمات کے علاقے (⁨hyvinvointialue⁩)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] روزگار کی خدمات
    [with-finnish] روزگار کی خدمات (⁨työllisyyspalvelut⁩)
}
-paivystysapu = { $case ->
   *[nominative] طبی مشورے کی ٹیلیفون لائن
    [with-finnish] طبی مشورے کی ٹیلیفون لائن (⁨Päivystysapu⁩)
}
-myrkytystietokeskus = { $case ->
   *[nominative] زہر سے متعلق معلومات کا مرکز
    [with-finnish] زہر سے متعلق معلومات کا مرکز (⁨Myrkytystietokeskus⁩)
}
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] فن لینڈ کا روزگار بازار
    [with-finnish] فن لینڈ کا روزگار بازار (⁨Työmarkkinatori⁩)
}
-app-112-suomi = ⁨112 Suomi⁩
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
