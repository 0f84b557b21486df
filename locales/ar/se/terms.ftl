# The Sweden pack's names of authorities and services in Arabic, as Fluent
# terms: each written once here, referenced from the Sweden texts
# (se/guide.ftl, se/questions.ftl) as { -skatteverket } and so on.
#
# The term ids are those of locales/en/se/terms.ftl. A name comes in two terms:
#   -name       the Swedish name, in Latin letters as on the authority's signs
#               and letters
#   -name-full  what the name means in Arabic, for the first time a text names
#               the authority
# In the Sweden texts a Latin-script name keeps its bidi isolation marks
# (U+2068 ... U+2069) around the reference: (⁨{ -skatteverket }⁩). A prefix
# such as و or ب goes straight before the term. A locale may give a term
# variants; a message picks one with { -name-full(case: "...") }, and a missing
# case gives the default. The Arabic texts need no variants so far.

## Authorities
-skatteverket = Skatteverket
-skatteverket-full = مصلحة الضرائب السويدية
-forsakringskassan = Försäkringskassan
-forsakringskassan-full = صندوق التأمينات الاجتماعية السويدي
-arbetsformedlingen = Arbetsförmedlingen
-arbetsformedlingen-full = مصلحة التوظيف السويدية
-migrationsverket = Migrationsverket
-migrationsverket-full = مصلحة الهجرة السويدية
-skolverket = Skolverket
-skolverket-full = الوكالة الوطنية السويدية للتعليم
-uhr = UHR
-uhr-full = مجلس التعليم العالي السويدي
-socialstyrelsen = Socialstyrelsen
-socialstyrelsen-full = المجلس الوطني للصحة والرعاية الاجتماعية
-polisen = Polisen
-polisen-full = الشرطة السويدية
-lansstyrelserna = Länsstyrelserna
-lansstyrelserna-full = المجالس الإدارية للمقاطعات

## Education
-sfi = SFI
-sfi-full = اللغة السويدية للمهاجرين
-korta-vagen = Korta vägen

## Online services and e-ID
-informationsverige = Informationsverige.se
-krisinformation = Krisinformation.se
-bankid = BankID
-freja = Freja+
