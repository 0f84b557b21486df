# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A prefix such as و or ب
# goes straight before the term: و{ -tyollisyyspalvelut }. A message picks a
# form with { -tyomarkkinatori(case: "with-finnish") }; a form this file does
# not list gives the default (*) form. The forms used here:
#   with-finnish  followed by the Finnish name in brackets, where the reader
#                 will meet the Finnish name

## Authorities
-kela = Kela
-kela-full = مؤسسة التأمين الاجتماعي
-migri = Migri
-migri-full = دائرة الهجرة الفنلندية
-dvv = DVV
-dvv-full = هيئة الخدمات الرقمية وبيانات السكان
-vero = Vero
-vero-full = مصلحة الضرائب الفنلندية
-oph = OPH
-oph-full = الوكالة الوطنية الفنلندية للتعليم
-lvv = هيئة الترخيص والرقابة الفنلندية
-hatakeskuslaitos = هيئة مراكز الطوارئ
-traficom = Traficom
-traficom-full = الوكالة الفنلندية للنقل والاتصالات

## Ministries
-sisaministerio = وزارة الداخلية
-tem = وزارة الشؤون الاقتصادية والتوظيف

## Public services
-hyvinvointialue = { $case ->
   *[nominative] منطقة خدمات الرفاه
    [with-finnish] منطقة خدمات الرفاه (hyvinvointialue)
}
-tyollisyyspalvelut = خدمات التوظيف
-paivystysapu = خط المساعدة الطبية
-myrkytystietokeskus = مركز معلومات السموم
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] منصة سوق العمل الفنلندية
    [with-finnish] منصة سوق العمل الفنلندية (Työmarkkinatori)
}
-app-112-suomi = ⁨112 Suomi⁩
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
