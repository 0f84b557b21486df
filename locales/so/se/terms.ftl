# The Sweden pack's names of authorities and services in Somali, as Fluent
# terms: each written once here, referenced from the Sweden texts
# (se/guide.ftl, se/questions.ftl) as { -skatteverket } and so on.
#
# The term ids are exactly those of locales/en/se/terms.ftl. A name comes in
# two terms:
#   -name       the Swedish name, as on the authority's signs and letters
#   -name-full  what the name means in Somali, for the first time a text
#               names the authority
# A message picks a form with { -sfi-full(case: "capital") }; a form this
# file does not list gives the default (*) form. The forms used here:
#   capital     a capital first letter, at the start of a sentence or heading

## Authorities
-skatteverket = Skatteverket
-skatteverket-full = Hay'adda Canshuuraha Iswiidhan
-forsakringskassan = Försäkringskassan
-forsakringskassan-full = Hay'adda Caymiska Bulshada Iswiidhan
-arbetsformedlingen = Arbetsförmedlingen
-arbetsformedlingen-full = Hay'adda Shaqada Iswiidhan
-migrationsverket = Migrationsverket
-migrationsverket-full = Hay'adda Socdaalka Iswiidhan
-skolverket = Skolverket
-skolverket-full = Hay'adda Qaranka ee Waxbarashada Iswiidhan
-uhr = UHR
-uhr-full = Golaha Waxbarashada Sare ee Iswiidhan
-socialstyrelsen = Socialstyrelsen
-socialstyrelsen-full = Guddiga Qaranka ee Caafimaadka iyo Daryeelka Bulshada
-polisen = Polisen
-polisen-full = Booliiska Iswiidhan
-lansstyrelserna = Länsstyrelserna
-lansstyrelserna-full = Maamullada Gobollada

## Education
-sfi = SFI
-sfi-full = { $case ->
   *[nominative] af-Iswiidhish loogu talagalay soogalootiga
    [capital] Af-Iswiidhish loogu talagalay soogalootiga
}
-korta-vagen = Korta vägen

## Online services and e-ID
-informationsverige = Informationsverige.se
-krisinformation = Krisinformation.se
-bankid = BankID
-freja = Freja+
