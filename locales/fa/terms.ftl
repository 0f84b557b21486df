# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -tyomarkkinatori(case: "with-finnish") }; a form this file does not
# list gives the default (*) form. The forms used here:
#   with-finnish       followed by the Finnish name in brackets, where the
#                      reader will meet the Finnish name
#   your-with-finnish  the same after «شما» (your)

## Authorities
-kela = Kela
-kela-full = سازمان بیمه اجتماعی فنلاند
-migri = Migri
-migri-full = اداره مهاجرت فنلاند
-dvv = DVV
-dvv-full = اداره خدمات دیجیتال و اطلاعات جمعیت
-vero = Vero
-vero-full = اداره مالیات فنلاند
-oph = OPH
-oph-full = اداره ملی آموزش فنلاند
-lvv = اداره صدور مجوز و نظارت فنلاند
-hatakeskuslaitos = سازمان مراکز اضطراری
-traficom = Traficom
-traficom-full = اداره حمل‌ونقل و ارتباطات فنلاند

## Ministries
-sisaministerio = { $case ->
   *[nominative] وزارت کشور فنلاند
    [with-finnish] وزارت کشور فنلاند (Sisäministeriö)
}
-tem = { $case ->
   *[nominative] وزارت امور اقتصادی و اشتغال فنلاند
    [with-finnish] وزارت امور اقتصادی و اشتغال فنلاند (Työ- ja elinkeinoministeriö)
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] منطقه خدمات رفاهی
    [your-with-finnish] منطقه خدمات رفاهی شما (hyvinvointialue)
}
-tyollisyyspalvelut = خدمات اشتغال
-paivystysapu = خط تلفن مشاوره پزشکی
-myrkytystietokeskus = مرکز اطلاعات مسمومیت
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] بازار کار فنلاند
    [with-finnish] بازار کار فنلاند (Työmarkkinatori)
}
-app-112-suomi = ⁨112 Suomi⁩
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
