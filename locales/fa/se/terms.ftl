# The Sweden pack's names of authorities and services in Persian, as Fluent
# terms: each written once here, referenced from the Sweden texts
# (se/guide.ftl, se/questions.ftl) as { -skatteverket } and so on.
#
# The term ids are exactly those of locales/en/se/terms.ftl. A name comes in
# two terms:
#   -name       the Swedish name, in Latin letters as on the authority's signs
#               and letters
#   -name-full  what the name means in Persian, for the first time a text
#               names the authority
# Persian does not inflect these names, so no term has variants. The texts
# keep the isolation marks around a Swedish name in Persian text:
# ⁨{ -skatteverket }⁩.

## Authorities
-skatteverket = Skatteverket
-skatteverket-full = اداره مالیات سوئد
-forsakringskassan = Försäkringskassan
-forsakringskassan-full = سازمان بیمه اجتماعی سوئد
-arbetsformedlingen = Arbetsförmedlingen
-arbetsformedlingen-full = اداره کار سوئد
-migrationsverket = Migrationsverket
-migrationsverket-full = اداره مهاجرت سوئد
-skolverket = Skolverket
-skolverket-full = اداره ملی آموزش سوئد
-uhr = UHR
-uhr-full = شورای آموزش عالی سوئد
-socialstyrelsen = Socialstyrelsen
-socialstyrelsen-full = اداره ملی بهداشت و رفاه سوئد
-polisen = Polisen
-polisen-full = پلیس سوئد
-lansstyrelserna = Länsstyrelserna
-lansstyrelserna-full = استانداری‌ها

## Education
-sfi = SFI
-sfi-full = سوئدی برای مهاجران
-korta-vagen = Korta vägen

## Online services and e-ID
-informationsverige = Informationsverige.se
-krisinformation = Krisinformation.se
-bankid = BankID
-freja = Freja+
