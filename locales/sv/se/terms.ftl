# The Sweden pack's names of authorities and services in Swedish, as Fluent
# terms: each written once here, referenced from the Sweden texts
# (se/guide.ftl, se/questions.ftl) as { -skatteverket } and so on.
#
# The term ids are those of locales/en/se/terms.ftl. Swedish is the pack's
# original language, so a -name-full term is the Swedish name again (for UHR
# the name written out). A message picks a form with
# { -skatteverket-full(case: "genitive") }; a form this file does not list
# gives the default (*) form. The forms used here:
#   genitive  the genitive (Skatteverkets servicekontor)
#   capital   a capital first letter, at the start of a sentence or heading

## Authorities
-skatteverket = Skatteverket
-skatteverket-full = { $case ->
   *[nominative] Skatteverket
    [genitive] Skatteverkets
}
-forsakringskassan = Försäkringskassan
-forsakringskassan-full = Försäkringskassan
-arbetsformedlingen = Arbetsförmedlingen
-arbetsformedlingen-full = { $case ->
   *[nominative] Arbetsförmedlingen
    [genitive] Arbetsförmedlingens
}
-migrationsverket = Migrationsverket
-migrationsverket-full = Migrationsverket
-skolverket = Skolverket
-skolverket-full = Skolverket
-uhr = UHR
-uhr-full = Universitets- och högskolerådet
-socialstyrelsen = Socialstyrelsen
-socialstyrelsen-full = Socialstyrelsen
-polisen = Polisen
-polisen-full = Polisen
-lansstyrelserna = Länsstyrelserna
-lansstyrelserna-full = Länsstyrelserna

## Education
-sfi = SFI
-sfi-full = { $case ->
   *[nominative] svenska för invandrare
    [capital] Svenska för invandrare
}
-korta-vagen = Korta vägen

## Online services and e-ID
-informationsverige = Informationsverige.se
-krisinformation = Krisinformation.se
-bankid = BankID
-freja = Freja+
