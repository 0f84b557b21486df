# The Sweden pack's names of authorities and services in Dari, as Fluent
# terms: each written once here, referenced from the Sweden texts
# (se/guide.ftl, se/questions.ftl) as { -skatteverket } and so on.
#
# The term ids are exactly those of locales/en/se/terms.ftl. A name comes in
# two terms:
#   -name       the Swedish name, in Latin letters, as on the authority's
#               signs and letters
#   -name-full  what the name means in Dari, for the first time a text names
#               the authority
# The texts put bidi isolation marks around a Swedish name, as around other
# Latin-script words. A term may have variants (grammatical forms); a message
# picks one with { -name-full(case: "...") }, and a missing one gives the
# default (*). None is needed here so far.

## Authorities
-skatteverket = Skatteverket
-skatteverket-full = اداره مالیات سویدن
-forsakringskassan = Försäkringskassan
-forsakringskassan-full = اداره بیمه اجتماعی سویدن
-arbetsformedlingen = Arbetsförmedlingen
-arbetsformedlingen-full = اداره کاریابی سویدن
-migrationsverket = Migrationsverket
-migrationsverket-full = اداره مهاجرت سویدن
-skolverket = Skolverket
-skolverket-full = اداره ملی تعلیم و تربیه سویدن
-uhr = UHR
-uhr-full = شورای تحصیلات عالی سویدن
-socialstyrelsen = Socialstyrelsen
-socialstyrelsen-full = اداره ملی صحت و رفاه اجتماعی
-polisen = Polisen
-polisen-full = پولیس سویدن
-lansstyrelserna = Länsstyrelserna
-lansstyrelserna-full = ادارات ولایتی

## Education
-sfi = SFI
-sfi-full = زبان سویدنی برای مهاجران
-korta-vagen = Korta vägen

## Online services and e-ID
-informationsverige = Informationsverige.se
-krisinformation = Krisinformation.se
-bankid = BankID
-freja = Freja+
