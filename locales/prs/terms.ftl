# Machine-made translation from English (Dari, Afghan Persian).
# Names of authorities and services, as Fluent terms: each written once
# here, used in the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -tyomarkkinatori(case: "with-finnish") }; a form this file does not
# list gives the default (*) form. Forms used here:
#   with-finnish       followed by the Finnish name in brackets, where the
#                      reader will meet the Finnish name
#   your-with-finnish  the same with «شما» (your) before the brackets

## Authorities
-kela = Kela
-kela-full = اداره بیمه اجتماعی فنلند
-migri = Migri
-migri-full = اداره مهاجرت فنلند
-dvv = DVV
-dvv-full = اداره خدمات دیجیتال و معلومات نفوس
-vero = Vero
-vero-full = اداره مالیات فنلند
-oph = OPH
-oph-full = اداره ملی تعلیم و تربیه فنلند
# Since 1 January 2026 it grants the right to practise in health and social
# care; it took over the tasks of Valvira, which no longer exists.
-lvv = { $case ->
   *[nominative] اداره نظارت فنلند
    [with-finnish] اداره نظارت فنلند (⁨Lupa- ja valvontavirasto⁩)
}
-hatakeskuslaitos = اداره مراکز عاجل
-traficom = Traficom
-traficom-full = اداره ترانسپورت و مخابرات فنلند

## Ministries
-sisaministerio = { $case ->
   *[nominative] وزارت داخله فنلند
    [with-finnish] وزارت داخله فنلند (⁨Sisäministeriö⁩)
}
-tem = { $case ->
   *[nominative] وزارت اقتصاد و کار فنلند
    [with-finnish] وزارت اقتصاد و کار فنلند (⁨Työ- ja elinkeinoministeriö⁩)
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] منطقه خدمات رفاهی
    [with-finnish] منطقه خدمات رفاهی (⁨hyvinvointialue⁩)
    [your-with-finnish] منطقه خدمات رفاهی شما (⁨hyvinvointialue⁩)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] خدمات کاریابی
    [with-finnish] خدمات کاریابی (⁨työllisyyspalvelut⁩)
}
-paivystysapu = { $case ->
   *[nominative] خط تیلفون مشوره صحی
    [with-finnish] خط تیلفون مشوره صحی (⁨Päivystysapu⁩)
}
-myrkytystietokeskus = مرکز معلومات مسمومیت
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] بازار کار فنلند
    [with-finnish] بازار کار فنلند (⁨Työmarkkinatori⁩)
}
-app-112-suomi = ⁨112 Suomi⁩
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
