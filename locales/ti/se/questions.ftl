# ጽሑፋት ሕቶታት ናይቲ ጥቕላል ሽወደን ብትግርኛ: ሕቶታቱ፣ ጽሑፋት ሓገዙን ናቱ
# ምርጫታትን። ከምቲ ኣብ locales/sv/se/questions.ftl ዘሎ ሓደ ዓይነት መፍትሓት።
# ሓባራዊ ምርጫታት (እወ/ኣይፋል፣ ቋንቋታት፣ ደረጃ ትምህርትን ካልኦትን) ጽሑፋቶም
# ኣብ locales/ti/questions.ftl እዩ ዘሎ። ናይ ሽወደን ቃላት ኣብ ቅንፍ ይተርፉ።
# Tigrinya (ti), from locales/en/se/questions.ftl.
# Machine translation from English, to be checked by a native speaker.

## Questions: about you
se-q-age = ዕድሜኹም ክንደይ እዩ?
se-q-permit = ኣብ ሽወደን ፍቓድ መንበሪኹም ብምንታይ ምኽንያት ረኺብኩም?
se-q-permit-help = ካብ { -migrationsverket-full } ({ -migrationsverket }) ዝተዋህበኩም ካርድ ፍቓድ መንበሪ ርኣዩ። ርግጸኛታት እንተ ዘይኮንኩም፣ «ኣይፈልጥን» ምረጹ።
se-q-personnummer = ውልቃዊ መለለዪ ቁጽሪ (personnummer) ኣለኩም ዶ?
se-q-personnummer-help = እቲ personnummer ናይ ሽወደን ውልቃዊ መለለዪ ቁጽርኹም እዩ። ኣብ መዝገብ ህዝቢ (folkbokföring) ምስ ተመዝገብኩም ካብ { -skatteverket-full } ({ -skatteverket }) ትረኽብዎ።
se-q-e-id = ኤሌክትሮኒካዊ መለለዪ (e-legitimation) ኣለኩም ዶ፣ ንኣብነት { -bankid }?
se-q-e-id-help = ኤሌክትሮኒካዊ መለለዪ (e-legitimation) ኣብ ኢንተርነት መን ምዃንኩም የርኢ። እቲ ዝበዝሐ ልሙድ ኤሌክትሮኒካዊ መለለዪ { -bankid } እዩ: ካብ ባንክኹም ትረኽብዎ፣ ንዕኡ ድማ personnummer የድልየኩም።

## Questions: languages
se-q-mother-tongue = ቋንቋ ኣዴኹም እንታይ እዩ?
se-q-other-languages = ካልኦት ኣየኖት ቋንቋታት ትዛረቡ?
se-q-read-own = ብቋንቋ ኣዴኹም ከተንብቡ ትኽእሉ ዶ?
se-q-latin-alphabet = ፊደላት ናይዚ ኣልፋቤት ከተንብቡ ትኽእሉ ዶ: A B C D E?
se-q-latin-alphabet-help = ሽወድኛን እንግሊዝኛን በዞም ፊደላት (ላቲናዊ ፊደል) እዮም ዝጽሓፉ። መልስኹም ንዓኹም ዝሰማማዕ ኮርስ ሽወድኛ ንምርካብ ይሕግዝ።

## Questions: education and work
se-q-school-years = ብድምር ክንደይ ዓመት ኣብ ቤት ትምህርቲ ከይድኩም ወይ ተማሂርኩም?
se-q-school-years-help = ካብ መባእታ ቤት ትምህርቲ ክሳብ ዩኒቨርሲቲ ኩሎም ዓመታት ቁጸሩ። ርግጸኛታት እንተ ዘይኮንኩም፣ ዝሓሸ ግምትኩም ሃቡ።
se-q-education-level = እቲ ዝለዓለ ዝወዳእኩምዎ ትምህርቲ እንታይ እዩ?
se-q-education-field = እንታይ ተማሂርኩም?
se-q-certificates = ምስክር ወረቐታትኩም ወይ ዲፕሎማታትኩም ኣለዉኹም ዶ?
se-q-has-worked = ቅድሚ ሕጂ ሰሪሕኩም ትፈልጡ ዶ?
se-q-work-fields = ኣብ ኣየኖት መዳያት ሰሪሕኩም?
se-q-goals = ኣብ ዝመጽኡ ቁሩብ ዓመታት ኣብ ሽወደን እንታይ ክትገብሩ ትደልዩ?

## Questions: your life now
se-q-has-children = ምሳኹም ዝነብሩ ቆልዑ ኣለዉኹም ዶ?
se-q-children-ages = ደቅኹም ዕድሚኦም ክንደይ እዩ?
se-q-housing = ሕጂ ኣበይ ትነብሩ?
se-q-urgent = ህጹጽ ሓገዝ ዘድልየኩም ነገር ኣሎ ዶ?

## Questions: health
se-q-health-affects = ጥዕናኹም ወይ ካልእ ነገር ምምሃር ወይ ምስራሕ የኽብደልኩም ዶ?

## Questions: your meetings
se-q-interpreter = ኣብ ርክባትኩም ተርጓሚ የድልየኩም ዶ?
se-q-interpreter-language = እቲ ተርጓሚ ኣየናይ ቋንቋ ክዛረብ ኣለዎ?

## Options: residence permit
opt-sepermit-refugee = ስደተኛ (flykting)
opt-sepermit-protection = ሓለዋ ዘድልዮ ሰብ (alternativt skyddsbehövande)
opt-sepermit-family-of-protected = ኣባል ስድራ ናይ ስደተኛ ወይ ናይ ሓለዋ ዘድልዮ ሰብ
opt-sepermit-family = ስድራቤታዊ ዝምድና ምስ ካልእ ኣብ ሽወደን ዘሎ ሰብ
opt-sepermit-work = ስራሕ
opt-sepermit-study = ትምህርቲ
opt-sepermit-eu = ዜጋ ናይ ሓንቲ ሃገር ሕብረት ኤውሮጳ፣ ኤውሮጳዊ ቁጠባዊ ከባቢ ወይ ኖርዲክ ሃገር
opt-sepermit-other = ካልእ ምኽንያት

## Options: children's ages
opt-sechildage-1-5 = ካብ 1 ክሳብ 5 ዓመት (ቅድመ-ቤት ትምህርቲ፣ förskola)
opt-sechildage-6-15 = ካብ 6 ክሳብ 15 ዓመት (ቤት ትምህርቲ፣ förskoleklass ከምኡውን grundskola)
opt-sechildage-16-19 = ካብ 16 ክሳብ 19 ዓመት (ዕድመ ላዕለዋይ ካልኣይ ደረጃ ቤት ትምህርቲ፣ gymnasium)

## Options: housing
opt-sehousing-own-contract = ኣብ ብስመይ ዝተካረኽዎ ገዛ (förstahandskontrakt) ወይ ኣብ ዝወነንክዎ ገዛ
opt-sehousing-second-hand = ካብ ካልእ ተኻራዪ እካረ (andrahandskontrakt)
opt-sehousing-assigned = ምምሕዳር ከባቢ ኣብ ዘዳለወለይ ገዛ (anvisad bostad)
opt-sehousing-temporary = ኣብ ግዝያዊ ቦታ፣ ንኣብነት ምስ ኣዕሩኽ ወይ ስድራ
opt-sehousing-none = መንበሪ ቦታ የብለይን

## Options: urgent needs
opt-seurgent-housing = መንበሪ ቦታ
opt-seurgent-safety = ድሕንነት: ኣነ ወይ ስድራይ ውሑሳት ኣይኮንናን
opt-seurgent-health = ጥዕና
opt-seurgent-none = ኣይፋል፣ ህጹጽ ነገር የለን
