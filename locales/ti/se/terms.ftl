# Tigrinya (ti): the Sweden pack's names of authorities and services, as
# Fluent terms: each written once here, referenced from the Sweden texts
# (se/guide.ftl, se/questions.ftl) as { -skatteverket } and so on.
#
# The term ids are exactly those of locales/en/se/terms.ftl, in the same
# order. A name comes in two terms:
#   -name       the Swedish name, in Latin letters as on the authority's
#               signs and letters
#   -name-full  what the name means in Tigrinya, as the ti texts say it the
#               first time they name the authority
# Tigrinya needs no variants here. A prefix such as ን or ብ goes straight
# before a term written in Ethiopic script: ን{ -skatteverket-full }. Before a
# name in Latin letters, use a separate word (ናብ, ካብ, ኣብ, ምስ, ናይ).

## Authorities
-skatteverket = Skatteverket
-skatteverket-full = ምምሕዳር ግብሪ ሽወደን
-forsakringskassan = Försäkringskassan
-forsakringskassan-full = ትካል ማሕበራዊ ውሕስነት ሽወደን
-arbetsformedlingen = Arbetsförmedlingen
-arbetsformedlingen-full = ህዝባዊ ኣገልግሎት ስራሕ ሽወደን
-migrationsverket = Migrationsverket
-migrationsverket-full = ቤት ጽሕፈት ኢሚግሬሽን ሽወደን
-skolverket = Skolverket
-skolverket-full = ሃገራዊ ትካል ትምህርቲ ሽወደን
-uhr = UHR
-uhr-full = ቤት ምኽሪ ላዕለዋይ ትምህርቲ ሽወደን
-socialstyrelsen = Socialstyrelsen
-socialstyrelsen-full = ሃገራዊ ቦርድ ጥዕናን ደሓንነትን
-polisen = Polisen
-polisen-full = ፖሊስ ሽወደን
-lansstyrelserna = Länsstyrelserna
-lansstyrelserna-full = ቦርድታት ምምሕዳር ኣውራጃ

## Education
-sfi = SFI
-sfi-full = ሽወድኛ ንኢሚግራንት
-korta-vagen = Korta vägen

## Online services and e-ID
-informationsverige = Informationsverige.se
-krisinformation = Krisinformation.se
-bankid = BankID
-freja = Freja+
