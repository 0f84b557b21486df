# The Sweden pack's names of authorities and services in Ukrainian, as Fluent
# terms: each written once here, referenced from the Sweden texts
# (se/guide.ftl, se/questions.ftl) as { -skatteverket } and so on.
#
# The term ids are those of locales/en/se/terms.ftl. A name comes in two terms:
#   -name       the Swedish name, as on the authority's signs and letters
#   -name-full  what the name means in Ukrainian, for the first time a text
#               names the authority
# A message picks a form with { -skatteverket-full(case: "genitive") }; a
# form this file does not list gives the default (*) form. Besides the
# grammatical cases:
#   capital     a capital first letter, at the start of a sentence or heading

## Authorities
-skatteverket = Skatteverket
-skatteverket-full = { $case ->
   *[nominative] Податкова адміністрація Швеції
    [genitive] Податкової адміністрації Швеції
    [accusative] Податкову адміністрацію Швеції
}
-forsakringskassan = Försäkringskassan
-forsakringskassan-full = { $case ->
   *[nominative] Установа соціального страхування Швеції
    [genitive] Установи соціального страхування Швеції
}
-arbetsformedlingen = Arbetsförmedlingen
-arbetsformedlingen-full = { $case ->
   *[nominative] Державна служба зайнятості Швеції
    [genitive] Державної служби зайнятості Швеції
    [locative] Державній службі зайнятості Швеції
    [instrumental] Державною службою зайнятості Швеції
}
-migrationsverket = Migrationsverket
-migrationsverket-full = { $case ->
   *[nominative] Міграційна служба Швеції
    [genitive] Міграційної служби Швеції
}
-skolverket = Skolverket
-skolverket-full = Національне агентство освіти Швеції
-uhr = UHR
-uhr-full = Рада Швеції з питань вищої освіти
-socialstyrelsen = Socialstyrelsen
-socialstyrelsen-full = { $case ->
   *[nominative] Національне управління охорони здоров’я і соціального забезпечення
    [genitive] Національного управління охорони здоров’я і соціального забезпечення
}
-polisen = Polisen
-polisen-full = Поліція Швеції
-lansstyrelserna = Länsstyrelserna
-lansstyrelserna-full = Адміністрації ленів

## Education
-sfi = SFI
-sfi-full = { $case ->
   *[nominative] шведська мова для іммігрантів
    [capital] Шведська мова для іммігрантів
    [genitive] шведської мови для іммігрантів
    [locative] шведській мові для іммігрантів
}
-korta-vagen = Korta vägen

## Online services and e-ID
-informationsverige = Informationsverige.se
-krisinformation = Krisinformation.se
-bankid = BankID
-freja = Freja+
