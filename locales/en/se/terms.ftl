# The Sweden pack's names of authorities and services, as Fluent terms:
# each written once here, referenced from the Sweden texts (se/guide.ftl,
# se/questions.ftl) as { -skatteverket } and so on.
#
# This is the reference for the pack: every locale offered for Sweden defines
# exactly these term ids. A name comes in two terms:
#   -name       the Swedish name, as on the authority's signs and letters
#   -name-full  what the name means in the reader's language (English here),
#               for the first time a text names the authority; in Swedish it
#               is the Swedish name again
# A locale may give a term variants (grammatical cases); a message picks one
# with { -name-full(case: "genitive") }, and a missing case gives the default.

## Authorities
-skatteverket = Skatteverket
-skatteverket-full = Swedish Tax Agency
-forsakringskassan = Försäkringskassan
-forsakringskassan-full = Swedish Social Insurance Agency
-arbetsformedlingen = Arbetsförmedlingen
-arbetsformedlingen-full = Swedish Public Employment Service
-migrationsverket = Migrationsverket
-migrationsverket-full = Swedish Migration Agency
-skolverket = Skolverket
-skolverket-full = Swedish National Agency for Education
-uhr = UHR
-uhr-full = Swedish Council for Higher Education
-socialstyrelsen = Socialstyrelsen
-socialstyrelsen-full = National Board of Health and Welfare
-polisen = Polisen
-polisen-full = Swedish Police
-lansstyrelserna = Länsstyrelserna
-lansstyrelserna-full = County Administrative Boards

## Education
-sfi = SFI
-sfi-full = Swedish for immigrants
-korta-vagen = Korta vägen

## Online services and e-ID
-informationsverige = Informationsverige.se
-krisinformation = Krisinformation.se
-bankid = BankID
-freja = Freja+
