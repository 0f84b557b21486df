# Machine-made translation from English (locales/en/terms.ftl); not yet reviewed by a person.
# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. A message picks a form
# with { -kela(case: "dative") }; a form this file does not list gives the
# default (*) form. Turkish adds case endings to names (Kela'ya, Kela'dan),
# so the names have these forms:
#   accusative    belirtme hâli   (Kela'yı, istihdam hizmetlerini)
#   dative        yönelme hâli    (Kela'ya, istihdam hizmetlerine)
#   locative      bulunma hâli    (Kela'da, istihdam hizmetlerinde)
#   ablative      ayrılma hâli    (Kela'dan, istihdam hizmetlerinden)
#   genitive      tamlayan hâli   (Kela'nın, istihdam hizmetlerinin)
#   instrumental  ile             (istihdam hizmetleriyle)
#   capital       a capital first letter, at the start of a sentence or heading
#   with-finnish  followed by the Finnish name in brackets, where the reader
#                 will meet the Finnish name
# Turkish names of authorities as InfoFinland writes them in Turkish where
# it does (Göçmenlik Dairesi, Vergi İdaresi, Dijital ve Nüfus Veri Hizmetleri
# Dairesi, Sosyal Sigortalar Kurumu); the others are plain translations.

## Authorities
-kela = { $case ->
   *[nominative] Kela
    [accusative] Kela'yı
    [dative] Kela'ya
    [locative] Kela'da
    [ablative] Kela'dan
    [genitive] Kela'nın
}
-kela-full = Finlandiya Sosyal Sigortalar Kurumu
-migri = { $case ->
   *[nominative] Migri
    [accusative] Migri'yi
    [dative] Migri'ye
    [locative] Migri'de
    [ablative] Migri'den
    [genitive] Migri'nin
}
-migri-full = { $case ->
   *[nominative] Finlandiya Göçmenlik Dairesi
    [dative] Finlandiya Göçmenlik Dairesine
    [locative] Finlandiya Göçmenlik Dairesinde
    [ablative] Finlandiya Göçmenlik Dairesinden
    [genitive] Finlandiya Göçmenlik Dairesinin
}
-dvv = { $case ->
   *[nominative] DVV
    [accusative] DVV'yi
    [dative] DVV'ye
    [locative] DVV'de
    [ablative] DVV'den
    [genitive] DVV'nin
}
-dvv-full = Dijital ve Nüfus Veri Hizmetleri Dairesi
-vero = { $case ->
   *[nominative] Vero
    [accusative] Vero'yu
    [dative] Vero'ya
    [locative] Vero'da
    [ablative] Vero'dan
    [genitive] Vero'nun
}
-vero-full = { $case ->
   *[nominative] Finlandiya Vergi İdaresi
    [dative] Finlandiya Vergi İdaresine
    [locative] Finlandiya Vergi İdaresinde
    [ablative] Finlandiya Vergi İdaresinden
    [genitive] Finlandiya Vergi İdaresinin
}
-oph = { $case ->
   *[nominative] OPH
    [accusative] OPH'yi
    [dative] OPH'ye
    [locative] OPH'de
    [ablative] OPH'den
    [genitive] OPH'nin
}
-oph-full = Finlandiya Ulusal Eğitim Kurulu
# Since 1 January 2026 it grants the right to practise in health and social
# care; it took over the tasks of Valvira, which no longer exists. Its
# Finnish name is Lupa- ja valvontavirasto.
-lvv = { $case ->
   *[nominative] Finlandiya Denetim Kurumu
    [accusative] Finlandiya Denetim Kurumunu
    [dative] Finlandiya Denetim Kurumuna
    [locative] Finlandiya Denetim Kurumunda
    [ablative] Finlandiya Denetim Kurumundan
    [genitive] Finlandiya Denetim Kurumunun
    [with-finnish] Finlandiya Denetim Kurumu (Lupa- ja valvontavirasto)
}
-hatakeskuslaitos = { $case ->
   *[nominative] Acil Çağrı Merkezi Kurumu
    [with-finnish] Acil Çağrı Merkezi Kurumu (Hätäkeskuslaitos)
}
-traficom = { $case ->
   *[nominative] Traficom
    [accusative] Traficom'u
    [dative] Traficom'a
    [locative] Traficom'da
    [ablative] Traficom'dan
    [genitive] Traficom'un
}
-traficom-full = Finlandiya Ulaştırma ve İletişim Ajansı

## Ministries
-sisaministerio = Finlandiya İçişleri Bakanlığı
-tem = Finlandiya Çalışma ve Ekonomi Bakanlığı

## Public services
-hyvinvointialue = { $case ->
   *[nominative] refah hizmetleri bölgesi
    [capital] Refah hizmetleri bölgesi
    [accusative] refah hizmetleri bölgesini
    [dative] refah hizmetleri bölgesine
    [locative] refah hizmetleri bölgesinde
    [ablative] refah hizmetleri bölgesinden
    [genitive] refah hizmetleri bölgesinin
    [with-finnish] refah hizmetleri bölgesi (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] istihdam hizmetleri
    [capital] İstihdam hizmetleri
    [accusative] istihdam hizmetlerini
    [dative] istihdam hizmetlerine
    [locative] istihdam hizmetlerinde
    [ablative] istihdam hizmetlerinden
    [genitive] istihdam hizmetlerinin
    [instrumental] istihdam hizmetleriyle
}
-paivystysapu = { $case ->
   *[nominative] sağlık danışma hattı
    [capital] Sağlık danışma hattı
    [accusative] sağlık danışma hattını
    [with-finnish] sağlık danışma hattı (Päivystysapu)
    [accusative-with-finnish] sağlık danışma hattını (Päivystysapu)
}
-myrkytystietokeskus = { $case ->
   *[nominative] Zehir Danışma Merkezi
    [accusative] Zehir Danışma Merkezini
    [with-finnish] Zehir Danışma Merkezi (Myrkytystietokeskus)
}
-simhe = { $case ->
   *[nominative] SIMHE
    [dative] SIMHE'ye
    [locative] SIMHE'de
    [ablative] SIMHE'den
    [genitive] SIMHE'nin
}
# The service points that handle driving licences.
-ajovarma = { $case ->
   *[nominative] Ajovarma
    [dative] Ajovarma'ya
    [locative] Ajovarma'da
    [ablative] Ajovarma'dan
    [genitive] Ajovarma'nın
}

## Online services and apps
-suomi-fi = { $case ->
   *[nominative] Suomi.fi
    [accusative] Suomi.fi'yi
    [dative] Suomi.fi'ye
    [locative] Suomi.fi'de
    [ablative] Suomi.fi'den
    [genitive] Suomi.fi'nin
}
-infofinland = { $case ->
   *[nominative] InfoFinland
    [accusative] InfoFinland'ı
    [dative] InfoFinland'a
    [locative] InfoFinland'da
    [ablative] InfoFinland'dan
    [genitive] InfoFinland'ın
}
-kotoutuminen-fi = { $case ->
   *[nominative] Kotoutuminen.fi
    [locative] Kotoutuminen.fi'de
}
# Finland's jobseekers' online service; no official Turkish name, so a
# plain translation of "Job Market Finland".
-tyomarkkinatori = { $case ->
   *[nominative] Finlandiya İş Pazarı
    [locative] Finlandiya İş Pazarında
    [with-finnish] Finlandiya İş Pazarı (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# The online service of the Finnish Immigration Service.
-enter-finland = { $case ->
   *[nominative] Enter Finland
    [locative] Enter Finland'da
    [ablative] Enter Finland'dan
}
# The online database of Finnish laws.
-finlex = { $case ->
   *[nominative] Finlex
    [locative] Finlex'te
}

## Helplines
-mieli = { $case ->
   *[nominative] MIELI
    [genitive] MIELI'nin
}
-nollalinja = { $case ->
   *[nominative] Nollalinja
    [accusative] Nollalinja'yı
    [genitive] Nollalinja'nın
}
