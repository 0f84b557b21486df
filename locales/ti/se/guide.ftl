# ጽሑፋት መምርሒ ናይቲ ጥቕላል ሽወደን ብትግርኛ: ኣርእስትታት፣ ሰብ መዚ፣ ወግዓውያን
# ምንጭታት፣ ቁጽርታት ተሌፎን፣ ዝርዝር ቀዳሞት ስጉምትታትን ስጉምትታት መንገድን።
# ነፍሲ ወከፍ መፍትሕ ብ se- ይጅምር። ኣስማት ሰብ መዚን ኣገልግሎታትን ናይ se/terms.ftl
# terms እዮም: ኣብ ሓደ ጽሑፍ ንመጀመርታ ግዜ ብትግርኛ ስም፣ ናይ ሽወደን ስም ኣብ ቅንፍ፣
# ድሕሪኡ ናይ ሽወደን ስም ጥራይ።
# Tigrinya (ti), from locales/en/se/guide.ftl.
# Machine translation from English, to be checked by a native speaker.

## first-steps
se-topic-first-steps-title = ኣብ ሽወደን ቀዳሞት ስጉምትታትኩም
se-topic-first-steps-summary = እዚ ዝርዝር መብዛሕትኦም ሰባት ኣብ ሽወደን ፍቓድ መንበሪ ምስ ረኸቡ ቀዲሞም ዝገብርዎም ነገራት የርኢ። ነፍሲ ወከፍ ስጉምቲ ምስ ፈጸምኩምዎ ምልክት ግበሩሉ። ንዓኹም ቅደም ሰዓብ እቶም ስጉምትታት ዝተፈልየ ክኸውን ይኽእል።
se-topic-first-steps-step-1 = መጀመርታ፣ ናብ ሽወደን ከም ዝተጓዕዝኩም ን{ -skatteverket-full } ({ -skatteverket }) ሓብሩ። ሽዑ ኣብ መዝገብ ህዝቢ (folkbokföring) ትምዝገቡ፣ ውልቃዊ መለለዪ ቁጽሪ (personnummer) ድማ ትረኽቡ። ብዙሓት ካልኦት ስጉምትታት እዚ ቁጽሪ የድልዮም።
se-topic-first-steps-step-2 = ብዛዕባ ሓደ ስጉምቲ ተወሳኺ ንምንባብ፣ ኣብቲ ዝርዝር ክፈትዎ። ነፍሲ ወከፍ ስጉምቲ እንታይ ከም እትገብሩን ናበይ ከም እትኸዱን ይነግረኩም።
se-topic-first-steps-step-3 = ዘይንጹር ነገር ኣሎ ዶ? ሓገዝ ሕተቱ። ምምሕዳር ከባቢኹም (kommun) መምርሒ ካበይ ከም እትረኽቡ ክነግረኩም ይኽእል።

## folkbokforing
se-topic-folkbokforing-title = ኣብ ሽወደን ምምዝጋብ (folkbokföring)
se-topic-folkbokforing-summary = መዝገብ ህዝቢ (folkbokföring) ዝርዝር ናይ ኩሎም ኣብ ሽወደን ዝነብሩ ሰባት እዩ። ዝሕዞ { -skatteverket-full } ({ -skatteverket }) እዩ። ምስ ተመዝገብኩም፣ ውልቃዊ መለለዪ ቁጽሪ (personnummer) ትረኽቡ። እዚ ቁጽሪ ንዳርጋ ኩሉ ነገር የድልየኩም።
se-topic-folkbokforing-step-1 = ብኢንተርነት ብኤሌክትሮኒካዊ ኣገልግሎት «ናብ ሽወደን ምግዓዝ» (Flytta till Sverige) ኣብ skatteverket.se ጀምሩ። ኣየኖት ሰነዳት ሒዝኩም ክትመጹ ከም ዘለኩም ይነግረኩም።
se-topic-folkbokforing-step-2 = ድሕሪኡ ብኣካል ናብ ሓደ ቤት ጽሕፈት ኣገልግሎት ናይ { -skatteverket } ኪዱ። እቲ ኤሌክትሮኒካዊ ኣገልግሎት ዝዘርዘሮም ሰነዳት ሒዝኩም ኪዱ። ምሳኹም ዝተጓዕዙ ኣባላት ስድራ እውን ምሳኹም ይኸዱ፣ ቆልዑ እውን።
se-topic-folkbokforing-step-3 = ምስ ተመዝገብኩም፣ { -skatteverket } ነቲ personnummer ብደብዳበ ይሰደልኩም። ብጥንቃቐ ሓልውዎ። ኣብ ባንኪ፣ ኣብ ክንክን ጥዕናን ኣብ ካልኦት ሰብ መዚን የድልየኩም።
se-topic-folkbokforing-step-4 = ገለ ሰባት ከም ነበርቲ ሽወደን ኣይምዝገቡን። ገለ ግዜ ኣብ ክንድኡ ቁጽሪ ምትሕብባር (samordningsnummer) ክረኽቡ ይኽእሉ። እዚ ኣብ መዝገብ ህዝቢ ንዘየለዉ ሰባት ዝወሃብ ቁጽሪ እዩ። እዚ ንዓኹም ዝምልከት እንተ ኾይኑ ኣብ { -skatteverket } ሕተቱ።
se-topic-folkbokforing-step-5 = ኣብ ውሽጢ ሽወደን ናብ ሓድሽ ኣድራሻ ምስ ትግዓዙ፣ ናብ { -skatteverket } ሓብሩ።

## id-card
se-topic-id-card-title = መንነት ካርድ
se-topic-id-card-summary = መንነት ካርድ መን ምዃንኩም የርኢ። ንኣብነት ኣብ ባንክን ኣብ ፋርማሲን ትጥቀሙሉ። { -skatteverket-full } ({ -skatteverket }) ኣብ ሽወደን ንዝተመዝገቡ ሰባት መንነት ካርድ ይህብ።
se-topic-id-card-step-1 = መጀመርታ ኣብ መዝገብ ህዝቢ (folkbokföring) ክትህልዉ፣ ውልቃዊ መለለዪ ቁጽሪ (personnummer) ድማ ክህልወኩም ኣለዎ።
se-topic-id-card-step-2 = ነቲ መንነት ካርድ ብኣካል ኣብ ሓደ ቤት ጽሕፈት ኣገልግሎት ናይ { -skatteverket } ኣመልክቱሉ። እንታይ ሒዝኩም ክትመጹን ብኸመይ ከም እተመልክቱን ኣብ skatteverket.se ርኣዩ።
se-topic-id-card-step-3 = መንነት ካርድ እንተ ኣለኩም፣ ሕሳብ ባንኪ ምኽፋትን ኤሌክትሮኒካዊ መለለዪ ምርካብን መብዛሕትኡ ግዜ ይቐልል። ነቲ «ኤሌክትሮኒካዊ መለለዪ: መንነትኩም ኣብ ኢንተርነት» ዝብል ኣርእስቲ ኣንብቡ።

## e-id
se-topic-e-id-title = ኤሌክትሮኒካዊ መለለዪ: መንነትኩም ኣብ ኢንተርነት
se-topic-e-id-summary = ኤሌክትሮኒካዊ መለለዪ (e-legitimation) ኣብ ኢንተርነት መን ምዃንኩም የርኢ። ናብ ሰብ መዚ፣ ክንክን ጥዕናን ባንክኹምን ንምእታው ትጥቀሙሉ። ኣብ ሽወደን ብዙሓት ኣገልግሎታት ኤሌክትሮኒካዊ መለለዪ የድልዮም።
se-topic-e-id-step-1 = እቲ ዝበዝሐ ልሙድ ኤሌክትሮኒካዊ መለለዪ { -bankid } እዩ። ካብ ባንክኹም ትረኽብዎ። { -bankid } ንምርካብ፣ ውልቃዊ መለለዪ ቁጽሪ (personnummer) የድልየኩም፣ ዓሚል ናይ ሓደ ባንኪ ድማ ክትኮኑ ኣለኩም።
se-topic-e-id-step-2 = ባንኪ ምረጹ፣ ብኸመይ ዓሚል ከም እትኾኑ ድማ ሕተቱ። ኣየኖት ሰነዳት ሒዝኩም ክትመጹ ከም ዘለኩም ሕተቱ። ድሕሪኡ ካብቲ ባንኪ { -bankid } ሕተቱ።
se-topic-e-id-step-3 = ካልኦት ኤሌክትሮኒካዊ መለለዪታት እውን ኣለዉ፣ ንኣብነት { -freja }። ኣየናይ ንዓኹም ከም ዝሰርሕ ሕተቱ።
se-topic-e-id-step-4 = ኤሌክትሮኒካዊ መለለዪኹም ወይ ኮድታትኩም ንካልእ ሰብ ፈጺምኩም ኣይትሃቡ። ሓደ ሰብ ብተሌፎን ስለ ዝሓተኩም ጥራይ፣ ብኤሌክትሮኒካዊ መለለዪኹም ፈጺምኩም ኣይትእተዉ። ገበነኛታት ነዚ ጥበብ ምትላል ብዙሕ ግዜ ይፍትንዎ።

## residence-permit
se-topic-residence-permit-title = ፍቓድ መንበሪ
se-topic-residence-permit-summary = ብዛዕባ ፍቓድ መንበሪ ዝውስን { -migrationsverket-full } ({ -migrationsverket }) እዩ። ፍቓድኩም ክንደይ ግዜ ኣብ ሽወደን ክትነብሩ ከም እተፍቐደልኩም ይሕብር። ንብዙሓት ካልኦት ስጉምትታት የድልየኩም።
se-topic-residence-permit-step-1 = ፍቓድ መንበሪ ምስ ትረኽቡ፣ { -migrationsverket } ካርድ ፍቓድ መንበሪ እውን ይህበኩም። ብጥንቃቐ ሓልውዎ። ንኣብነት ኣብ { -skatteverket } የድልየኩም።
se-topic-residence-permit-step-2 = ፍቓድኩም ግዝያዊ ድዩ? ሽዑ ኣብ ሓደ ፍሉጥ ዕለት ይውዳእ። ቅድሚ ምውዳኡ ናብ { -migrationsverket } ንሓድሽ ፍቓድ ኣመልክቱ። ነቶም ሕግታት ኣብ migrationsverket.se ርኣዩ።
se-topic-residence-permit-step-3 = ድሕሪ ገለ ዓመታት፣ ቀዋሚ ፍቓድ መንበሪ ክትረኽቡ ትኽእሉ ኢኹም። ከም ልሙድ፣ ምስ ግዝያዊ ፍቓድ 3 ዓመት የድልየኩም። ብተወሳኺ ንርእስኹም ክትናበዩ ክትክእሉ ኣለኩም። ከምኡ ድማ ብስርዓት ክትነብሩ ጸኒሕኩም ክትኮኑ ኣለኩም፣ ንኣብነት ብዘይ ገበን።
se-topic-residence-permit-step-4 = ሕግታት ቀዋሚ ፍቓድ መንበሪ ክቕየሩ ይኽእሉ። ንሓላፊ ጉዳይኩም ሕተቱ።

## forsakringskassan
se-topic-forsakringskassan-title = { -forsakringskassan } ከምኡውን ማሕበራዊ ውሕስነት
se-topic-forsakringskassan-summary = { -forsakringskassan-full } ({ -forsakringskassan }) ኣብ ሽወደን ብዙሓት ድጎማታት ይኸፍል። ንኣብነት፣ ንወለድን ንሕሙማትን ድጎማታት ይኸፍል። ኣብ እዋን መእተዊ ፕሮግራም ዝወሃብ ድጎማ እውን ይኸፍል።
se-topic-forsakringskassan-step-1 = ኣብ ሽወደን ምስ ተመዝገብኩም (folkbokföring)፣ ምስ { -forsakringskassan } ተራኸቡ። ኣየኖት ድጎማታት ክተመልክቱሎም ከም እትኽእሉ ሕተቱ።
se-topic-forsakringskassan-step-2 = ንነፍሲ ወከፍ ድጎማ ባዕልኹም ክተመልክቱ ኣለኩም። መብዛሕትኦም ሰባት ብኤሌክትሮኒካዊ መለለዪ ብኢንተርነት የመልክቱ። ነቲ «ኤሌክትሮኒካዊ መለለዪ: መንነትኩም ኣብ ኢንተርነት» ዝብል ኣርእስቲ ኣንብቡ።
se-topic-forsakringskassan-step-3 = ህይወትኩም ምስ ዝቕየር ብኡንብኡ ናብ { -forsakringskassan } ሓብሩ። ንኣብነት፣ ኣድራሻኹም፣ እቶትኩም ወይ ስድራኹም ምስ ዝቕየር። እንተ ዘይኮይኑ ገንዘብ ክትመልሱ ክግደዱ ትኽእሉ።
se-topic-forsakringskassan-step-4 = { -forsakringskassan } ብዓረብኛ፣ ዳሪ፣ እንግሊዝኛ፣ ሶማልኛን ትግርኛን ሓበሬታ ኣለዎ። እቶም መን ብማሕበራዊ ውሕስነት ከም ዝሽፈን ዝውስኑ ሕግታት ክቕየሩ ይኽእሉ። ንሓላፊ ጉዳይኩም ሕተቱ።

## establishment
se-topic-establishment-title = መእተዊ ፕሮግራም (etableringsprogrammet)
se-topic-establishment-summary = መእተዊ ፕሮግራም (etableringsprogrammet) ሽወድኛ ክትመሃሩን ስራሕ ወይ ትምህርቲ ክትረኽቡን ይሕግዘኩም። ዘካይዶ { -arbetsformedlingen-full } ({ -arbetsformedlingen }) እዩ። እዚ ፕሮግራም ኣብዚ ቀረባ ግዜ ከም ስደተኛ ወይ ከም ሓለዋ ዘድልዮ ሰብ፣ ወይ ከም ኣባል ስድራ ናይ ከምዚ ዝበለ ሰብ፣ ፍቓድ መንበሪ ንዝረኸቡ ሰባት እዩ።
se-topic-establishment-step-1 = እቲ ፕሮግራም ካብ 20 ክሳብ 65 ዓመት ዕድሜ ንዘለዎም ሰባት እዩ። ፍቓድ መንበሪ ምስ ረኸብኩም ቀልጢፍኩም ምስ { -arbetsformedlingen } ተራኸቡ። ክትሳተፉ ትኽእሉ እንተ ኾንኩም ይነግሩኹም።
se-topic-establishment-step-2 = መጀመርታ፣ { -arbetsformedlingen } ኩነታትኩም ምሳኹም ብሓባር ይርእዮ። እዚ ምጽናዕ ኩነታት (kartläggning) ይበሃል። ብዛዕባ ትምህርትኹም፣ ተመኩሮ ስራሕኩም፣ ተገዳስነታትኩምን ዕላማታትኩምን ትዘራረቡ። ብዛዕባ ጥዕናኹም ወይ ብዛዕባ ስራሕ ወይ ትምህርቲ ዘኽብድ ካልእ ነገር እውን ክትነግርዎም ትኽእሉ። ተርጓሚ እንተ ኣድልዩኩም ንገርዎም።
se-topic-establishment-step-3 = ድሕሪኡ ብሓባር ውልቃዊ መደብ ትሰርሑ። እቲ መደብ ንጥፈታትኩም ይዝርዝር። እዚኣቶም { -sfi-full } ({ -sfi })፣ ምልላይ ሕብረተሰብ፣ ትምህርቲ፣ ልምምድ ስራሕ (praktik)፣ ምርግጋጽ ናይቲ ድሮ ዘለኩም ክእለታት (validering) ከምኡውን ስራሕ ምድላይ ክኾኑ ይኽእሉ።
se-topic-establishment-step-4 = እቲ ፕሮግራም ምሉእ ግዜ እዩ። መብዛሕትኡ ግዜ 24 ኣዋርሕ ይወስድ። ካብታ ውልቃዊ መለለዪ ቁጽሪ (personnummer) ዝረኸብኩምላ መዓልቲ ኣብ ውሽጢ 3 ዓመት ክፍጸም ኣለዎ።
se-topic-establishment-step-5 = ክትሳተፉ ከለኹም፣ ካብ { -forsakringskassan-full } ({ -forsakringskassan }) ገንዘብ ክትረኽቡ ትኽእሉ። እዚ ድጎማ መእተዊ (etableringsersättning) ይበሃል። ኣብ ገዛ ምሳኹም ዝነብሩ ቆልዑ እንተ ኣለዉኹም፣ ተወሳኺ ድጎማ (etableringstillägg) ክትረኽቡ ትኽእሉ። በይንኹም እንተ ትነብሩ፣ ንገዛኹም ተወሳኺ ገንዘብ (bostadsersättning) ክትረኽቡ ትኽእሉ። ዝውስን { -forsakringskassan } እዩ።
se-topic-establishment-step-6 = ኣብቶም ኣብ መደብኩም ዘለዉ ንጥፈታት ተሳተፉ። ክትሳተፉ እንተ ዘይክኢልኩም፣ ንኣብነት ስለ ዝሓመምኩም፣ ብኡንብኡ ናብ { -arbetsformedlingen } ሓብሩ።

## sfi
se-topic-sfi-title = { -sfi-full } ({ -sfi })
se-topic-sfi-summary = { -sfi-full } ({ -sfi }, svenska för invandrare) ንዓበይቲ ዝወሃብ ናጻ ኮርስ ሽወድኛ እዩ። ክፋል ናይ ትምህርቲ ዓበይቲ ናይ ምምሕዳር ከባቢ (komvux) እዩ። ሽወድኛ ስራሕ ንምርካብን ዕለታዊ ህይወትኩም ንምምራሕን ይሕግዘኩም።
se-topic-sfi-step-1 = ካብ ዕድመ 16 ዓመት ኣትሒዝኩም ኣብ { -sfi } ክትጅምሩ ትኽእሉ። ኣብ ምምሕዳር ከባቢኹም (kommun) ተመዝገቡ። ምምሕዳር ከባቢ ኣብ ውሽጢ 3 ኣዋርሕ ቦታ ክህበኩም ኣለዎ።
se-topic-sfi-step-2 = { -sfi } 3 መስመራት ትምህርቲ ኣለዎ። ንዓኹም ቅኑዕ ዝኾነ መስመር ኣብቲ ክንደይ ግዜ ቤት ትምህርቲ ዝኸድኩምን ክንደይ ጽቡቕ ጌርኩም ከተንብቡን ክትጽሕፉን ከም እትኽእሉን ይምርኮስ።
se-topic-sfi-step-3 = መስመር ትምህርቲ 1 (ኮርሳት A, B, C ከምኡውን D) ንውሑድ ትምህርቲ ዘለዎም ወይ ፈጺሞም ቤት ትምህርቲ ዘይከዱ ሰባት እዩ። መስመር ትምህርቲ 2 (ኮርሳት B, C ከምኡውን D) ንገለ ዓመታት ቤት ትምህርቲ ዝኸዱ ሰባት እዩ። መስመር ትምህርቲ 3 (ኮርሳት C ከምኡውን D) ንምምሃር ዝለመዱ ሰባት እዩ።
se-topic-sfi-step-4 = ካብ ማሕበራዊ ኣገልግሎታት ገንዘባዊ ሓገዝ (ekonomiskt bistånd) ትረኽቡ ዶ? እዚ ካልእ መገዲ ምኽፋል ምስ ዘይብልኩም ንመሰረታዊ ድሌታት ዝወሃብ ገንዘብ እዩ። ሽዑ ማሕበራዊ ኣገልግሎታት ኣብ { -sfi } ክትሳተፉ ክጠልቡኹም ይኽእሉ።
se-topic-sfi-step-5 = ሕግታት { -sfi } ክቕየሩ ይኽእሉ። ንሓላፊ ጉዳይኩም ሕተቱ።

## civic-orientation
se-topic-civic-orientation-title = ምልላይ ሕብረተሰብ (samhällsorientering)
se-topic-civic-orientation-summary = ምልላይ ሕብረተሰብ (samhällsorientering) ብዛዕባ ህይወት ኣብ ሽወደን ዝምህር ኮርስ እዩ። ብዛዕባ መሰላትን ግዴታታትን፣ ስራሕ፣ ጥዕና፣ መንበሪ ገዛን ሕብረተሰብ ብኸመይ ከም ዝሰርሕን ትመሃሩ። ምምሕዳር ከባቢኹም (kommun) ይህቦ፣ ዝከኣል እንተ ኾይኑ ብቋንቋኹም።
se-topic-civic-orientation-step-1 = እቲ ኮርስ ዕድሚኦም 18 ዓመት ወይ ልዕሊኡ ንዝኾኑ፣ ኣብ መዝገብ ህዝቢ (folkbokföring) ዘለዉ ዓበይቲ እዩ። ኣብ መእተዊ ፕሮግራም (etableringsprogrammet) እንተ ኣለኹም ክትወስድዎ ትኽእሉ። ፍቓድ መንበሪኹም ከም ኣባል ስድራ እንተ ረኺብኩምዎ እውን ክትወስድዎ ትኽእሉ።
se-topic-civic-orientation-step-2 = እቲ ኮርስ እንተ ወሓደ 100 ሰዓት እዩ። መዓስን ኣበይን ከም ዝጅምር ንምምሕዳር ከባቢኹም ሕተቱ።
se-topic-civic-orientation-step-3 = ነቲ ኮርስ ናይ ምውሳድ መሰልኩም ካብታ ንመጀመርታ ግዜ ኣብ ሽወደን ዝተመዝገብኩምላ መዓልቲ ን 3 ዓመት ይጸንሕ። ስለዚ ኣቐዲምኩም ሕተትዎ።
se-topic-civic-orientation-step-4 = ሕግታት ምልላይ ሕብረተሰብ ክቕየሩ ይኽእሉ። ንሓላፊ ጉዳይኩም ሕተቱ።

## health
se-topic-health-title = ክንክን ጥዕና
se-topic-health-summary = ኣብ ሽወደን፣ ህዝባዊ ክንክን ጥዕና ዘካይዳ ዞባታት (regionen) እየን። ጣቢያ ጥዕናኹም (vårdcentral) መብዛሕትኡ ግዜ እቲ ቀዳማይ እትኸድዎ ቦታ እዩ። 1177 ብተሌፎን 24 ሰዓት ምኽሪ ጥዕና ይህብ።
se-topic-health-step-1 = ጣቢያ ጥዕና (vårdcentral) ኣብ ጥቓ ገዛኹም ዘሎ ክሊኒክ እዩ። ኣብኡ ነርስ ወይ ዶክተር ክትርእዩ ትኽእሉ። ጣቢያ ጥዕና ድለዩ፣ ቆጸራ ብኸመይ ከም እትሕዙ ድማ ሕተቱ።
se-topic-health-step-2 = ሓሚምኩም ናበይ ከም እትኸዱ ርግጸኛታት ኣይኮንኩምን ዶ? ናብ 1177 ደውሉ። ነርስ ምኽሪ ትህበኩም፣ ናበይ ክትከዱ ከም ዘለኩም ድማ ትነግረኩም። እቲ መስመር 24 ሰዓት ክፉት እዩ።
se-topic-health-step-3 = ኣብ 1177.se ብዛዕባ ጥዕና ከተንብቡን ኣብ ጥቓኹም ዘሎ ክንክን ጥዕና ክትደልዩን ትኽእሉ። ብኤሌክትሮኒካዊ መለለዪ፣ ክትኣትዉን ምስ ጣቢያ ጥዕናኹም ክትራኸቡን እውን ትኽእሉ።
se-topic-health-step-4 = ኣብ ህጹጽ ኩነታት፣ ናብ 112 ደውሉ። ንኣብነት፣ ሓደ ሰብ ክተንፍስ ምስ ዘይክእል፣ ንቕሓቱ ምስ ዝስሕት ወይ ብዙሕ ደም ምስ ዝፈሶ።
se-topic-health-step-5 = ብቋንቋኹም ሓገዝ የድልየኩም ዶ? ቆጸራ ክትሕዙ ከለኹም ተርጓሚ ሕተቱ። ኣየናይ ቋንቋ ከም እትዛረቡ ንገርዎም።

## emergency
se-topic-emergency-title = ቁጽሪ ህጹጽ ረድኤት 112
se-topic-emergency-summary = 112 ኣብ ሽወደን ቁጽሪ ህጹጽ ረድኤት እዩ። ህይወት ወይ ጥዕና ሓደ ሰብ ኣብ ሓደጋ ምስ ዝህሉ፣ ወይ ሓዊ ምስ ዝህሉ፣ ደውሉሉ። ናብ ፖሊስ፣ ኣምቡላንስን ኣገልግሎታት ምጥፋእ ሓውን ምድሓንን ትበጽሑ።
se-topic-emergency-step-1 = ናብ 112 ደውሉ፣ ህድኣት ድማ ሓልዉ። እንታይ ከም ዘጋጠመን ኣበይ ከም ዘለኹምን ንገሩ። ንሕቶታት መልሱ። ክትዓጽዉ ከም እትኽእሉ ክሳብ ዝንገረኩም ተሌፎን ኣይትዕጸዉ።
se-topic-emergency-step-2 = ፖሊስ የድልየኩም ግን ህጹጽ ኣይኮነን ዶ? ናብ 114 14 ደውሉ። ንኣብነት፣ ድሮ ዝተፈጸመ ገበን ክትሕብሩ ትደልዩ።
se-topic-emergency-step-3 = ምኽሪ ጥዕና የድልየኩም ግን ህጹጽ ኩነታት ኣይኮነን ዶ? ናብ 1177 ደውሉ።
se-topic-emergency-step-4 = ኣብ ሕብረተሰብ ከቢድ ነገር ይኸውን ኣሎ ዶ፣ ንኣብነት ዓቢ ሓዊ ወይ ህቦብላ? ንሓበሬታ ናብ 113 13 ደውሉ፣ ወይ krisinformation.se ኣንብቡ። ሕጂ ሓገዝ ዘድልዮ ሰብ እንተሎ ጥራይ ናብ 112 ደውሉ።

## housing
se-topic-housing-title = ገዛ ምርካብ
se-topic-housing-summary = ገዛ ካብቶም ቀዳሞት ዘድልዩኹም ነገራት ሓደ እዩ። ገለ ሓደስቲ መጻእቲ ቀዳማይ ገዛኦም ብመገዲ ምምሕዳር ከባቢ ይረኽቡ። ብዙሓት ካልኦት ግን ባዕሎም ገዛ ክደልዩ ኣለዎም። ነዊሕ ግዜ ክወስድ ስለ ዝኽእል፣ ኣቐዲምኩም ጀምሩ።
se-topic-housing-step-1 = ብመሰረት ሕጊ ምስፋር (bosättningslagen) ናብ ሓደ ምምሕዳር ከባቢ (kommun) ተመዲብኩም ዶ? ሽዑ እቲ ምምሕዳር ከባቢ ገዛ የዳልወልኩም።
se-topic-housing-step-2 = ብዙሓት ወነንቲ ገዛን ምምሕዳራት ከባቢን መስርዕ ገዛ (bostadskö) ኣለዎም። እዚ ናይ ክራይ ገዛ ዝጽበዩ ሰባት ዝርዝር እዩ። ኣቐዲምኩም ናብ መስርዕታት ገዛ ተጸንበሩ: ነዊሕ ግዜ ብዝተጸበኹም መጠን፣ ዕድልኩም ይዛይድ።
se-topic-housing-step-3 = ውዕል ክራይ ቅድሚ ምፍራምኩም ብጥንቃቐ ኣንብብዎ። ነቲ ገዛን ነቲ ውዕልን ቅድሚ ምርኣይኩም ገንዘብ ዝሓቱ ቅናያት ተጠንቀቕዎም።
se-topic-housing-step-4 = መንበሪ ቦታ የብልኩምን ድዩ፣ ወይስ ንመሰረታዊ ድሌታት ገንዘብ የብልኩምን? ምስ ማሕበራዊ ኣገልግሎታት ናይ ምምሕዳር ከባቢኹም ተራኸቡ። ገንዘባዊ ሓገዝ (ekonomiskt bistånd) ክትረኽቡ ትኽእሉ። እዚ ካልእ መገዲ ምኽፋል ምስ ዘይብልኩም ንመሰረታዊ ድሌታት ዝወሃብ ገንዘብ እዩ።
se-topic-housing-step-5 = ሕግታት ብዛዕባ መንበሪ ሓደስቲ መጻእቲን ብዛዕባ ekonomiskt bistånd ክቕየሩ ይኽእሉ። ንሓላፊ ጉዳይኩም ሕተቱ።

## children
se-topic-children-title = ቆልዑ፣ ቅድመ-ቤት ትምህርትን ቤት ትምህርትን
se-topic-children-summary = እዚ ኣርእስቲ ንስድራቤታት ምስ ቆልዑ እዩ። ምምሕዳር ከባቢኹም (kommun) ቅድመ-ቤት ትምህርቲ (förskola) ከምኡውን ቤት ትምህርቲ የካይድ። ኣብ ሽወደን ዝነብሩ ቆልዑ ናብ ቤት ትምህርቲ ናይ ምኻድ መሰል ኣለዎም።
se-topic-children-step-1 = ቅድመ-ቤት ትምህርቲ (förskola) ካብ ዕድመ 1 ክሳብ ቤት ትምህርቲ ዝጅምሩ ንዘለዉ ቆልዑ እዩ። ናብ ምምሕዳር ከባቢኹም ንቦታ ኣመልክቱ። ኣቐዲምኩም ኣመልክቱ።
se-topic-children-step-2 = ኣብ ሽወደን ንዝነብሩ ቆልዑ ቤት ትምህርቲ ግዴታ እዩ። ሓድሽ ዝመጸ ቆልዓ ኣብ ውሽጢ 2 ኣዋርሕ ኣብ ቤት ትምህርቲ ቦታ ክረክብ ይግባእ። ቀልጢፍኩም ምስ ምምሕዳር ከባቢኹም ተራኸቡ።
se-topic-children-step-3 = ውላድኩም ክጅምር ከሎ፣ ቤት ትምህርቲ ውላድኩም ድሮ እንታይ ከም ዝፈልጥ የጽንዕ። እዚ ምጽናዕ ኩነታት (kartläggning) ይበሃል። ቤት ትምህርቲ ቅኑዕ ምምሃርን ደገፍን ክውጥን ይሕግዞ።
se-topic-children-step-4 = መንእሰያት ኣብ ላዕለዋይ ካልኣይ ደረጃ ቤት ትምህርቲ (gymnasieskolan) ክቕጽሉ ይኽእሉ። ኣብ ሽወደን ሓደስቲ ዝኾኑ መንእሰያት መጀመርታ ኣብ ፕሮግራም ቋንቋ (språkintroduktion) ሽወድኛ ክመሃሩ ይኽእሉ። ንምምሕዳር ከባቢኹም ሕተቱ።
se-topic-children-step-5 = ገለ ምምሕዳራት ከባቢ ንወለዲ ኮርሳትን መምርሕን ኣለዎም። ኣብቲ እትነብሩሉ ቦታ እንታይ ከም ዘሎ ንምምሕዳር ከባቢኹም ሕተቱ።

## qualifications
se-topic-qualifications-title = ትምህርትኹምን ሞያኹምን ምጥቃም
se-topic-qualifications-summary = ካብ ወጻኢ ዘለኩም ትምህርትን ተመኩሮ ስራሕን ኣብ ሽወደን ስራሕ ንምርካብ ክሕግዘኩም ይኽእል። ንገለ ስራሓት፣ መጀመርታ ወግዓዊ ውሳነ የድልየኩም። እዚ ኣርእስቲ ኣበይ ክትሓቱ ከም ዘለኩም ይነግረኩም።
se-topic-qualifications-step-1 = ካብ ወጻኢ ዲግሪ ኣለኩም ዶ? { -uhr-full } ({ -uhr }) ክግምግሞ ይኽእል። እዚ ብናጻ እዩ። ብኸመይ ከም እተመልክቱ ኣብ uhr.se ርኣዩ።
se-topic-qualifications-step-2 = ኣብ ክንክን ጥዕና ክትሰርሑ ትደልዩ ዶ፣ ንኣብነት ከም ዶክተር ወይ ነርስ? ካብ { -socialstyrelsen-full } ({ -socialstyrelsen }) ፍቓድ ሞያ (legitimation) የድልየኩም። ብኸመይ ከም እተመልክቱ ኣብ legitimation.socialstyrelsen.se ርኣዩ።
se-topic-qualifications-step-3 = { -korta-vagen } («እቲ ሓጺር መንገዲ») ካብ ወጻኢ ናይ ዩኒቨርሲቲ ትምህርቲ ንዘለዎም ሰባት ዝወሃቡ ኮርሳት እዮም። ኣብ መዳይኩም ስራሕ ክትረኽቡ ይሕግዙኹም። ኣብ ኩሉ ቦታ ኣይወሃቡን። ን{ -arbetsformedlingen-full } ({ -arbetsformedlingen }) ሕተቱ።
se-topic-qualifications-step-4 = ዲፕሎማታትኩምን ምስክር ወረቐታት ስራሕኩምን ብጥንቃቐ ሓልውዎም። ናብ ርክባትኩም ሒዝኩምዎም ኪዱ፣ ንኣብነት ናብቲ ኣብ { -arbetsformedlingen } ዝግበር ምጽናዕ ኩነታት (kartläggning)።

## rights
se-topic-rights-title = መሰላትኩምን ግዴታታትኩምን
se-topic-rights-summary = ኣብ ሽወደን፣ ኩሉ ሰብ ሓደ ዓይነት መሰረታዊ መሰላት ኣለዎ። ግዴታታት እውን ኣለኩም። ንኣብነት፣ ሕጊ ክትኽተሉ ኣለኩም።
se-topic-rights-step-1 = ኩሉ ሰብ ኣብ ቅድሚ ሕጊ ማዕረ እዩ። ኣድልዎ ክልኩል እዩ፣ ንኣብነት ብሰንኪ መበቆል፣ ሃይማኖት፣ ጾታ ወይ ስንክልና።
se-topic-rights-step-2 = ደቀንስትዮን ደቂ ተባዕትዮን ኣብ ገዛ፣ ኣብ ስራሕን ኣብ ሕብረተሰብን ማዕረ መሰላት ኣለዎም። ቆልዑ እውን ናይ ባዕሎም መሰላት ኣለዉዎም።
se-topic-rights-step-3 = ዓመጽ ገበን እዩ፣ ኣብ ውሽጢ ስድራቤት እውን። ሕጂ ኣብ ሓደጋ እንተ ኣለኹም፣ ናብ 112 ደውሉ። ህጹጽ ኣብ ዘይኮነሉ ገበን ክትሕብሩ እንተ ደሊኹም፣ ናብ ፖሊስ ብቁጽሪ 114 14 ደውሉ።
se-topic-rights-step-4 = ብዛዕባ መሰላትኩም ሕቶታት ኣለዉኹም ዶ? መምርሒ ካበይ ከም እትረኽቡ ንምምሕዳር ከባቢኹም (kommun) ሕተቱ። ብዛዕባ መሰላትን ግዴታታትን ኣብ informationsverige.se እውን ከተንብቡ ትኽእሉ።

## everyday
se-topic-everyday-title = ዕለታዊ ህይወት
se-topic-everyday-summary = እዚ ኣርእስቲ ኣብ ሽወደን ንዕለታዊ ህይወት ምኽርታት ይህብ። ብዛዕባ ደብዳቤታት፣ ኣገልግሎታት ኢንተርነትን ናጻ ግዜኹምን ይዛረብ። ናብ ክለብ ወይ ማሕበር ምጽንባር ምስ ሰባት ንምልላይ ጽቡቕ መንገዲ እዩ።
se-topic-everyday-step-1 = ካብ ሰብ መዚ ዝመጹ ደብዳቤታት ብኡንብኡ ኣንብቡ። ገለ ደብዳቤታት ንመልስኹም ናይ መወዳእታ ዕለት ይህቡ። ደብዳበ ንምርዳእ እንተ ኸቢዱኩም ሓገዝ ሕተቱ።
se-topic-everyday-step-2 = ብዙሓት ኣገልግሎታት ኣብ ኢንተርነት እዮም። ብኤሌክትሮኒካዊ መለለዪ ትኣትዉ። ነቲ «ኤሌክትሮኒካዊ መለለዪ: መንነትኩም ኣብ ኢንተርነት» ዝብል ኣርእስቲ ኣንብቡ። ህዝባዊ ቤተ-መጻሕፍቲ ብናጻ እዮም፣ ብዙሓት ድማ ኮምፒዩተራት ኣለዉዎም።
se-topic-everyday-step-3 = ናብ ማሕበር (förening) ተጸንበሩ፣ ንኣብነት ክለብ ስፖርት ወይ ጉጅለ ንሓደስቲ መጻእቲ። ምስ ሰባት ትላለዩ፣ ሽወድኛ ድማ ትለማመዱ። ኣብቲ እትነብሩሉ ቦታ እንታይ ከም ዘሎ ንምምሕዳር ከባቢኹም (kommun) ሕተቱ።
se-topic-everyday-step-4 = ኣብ ሕብረተሰብ ከቢድ ነገር ይኸውን ኣሎ ዶ፣ ንኣብነት ህቦብላ? ንሓበሬታ ናብ 113 13 ደውሉ፣ ወይ krisinformation.se ኣንብቡ።

## help
se-topic-help-title = ሓገዝ ካበይ ትረኽቡ
se-topic-help-summary = ኩሉ ነገር በይንኹም ክትፈልጥዎ ኣየድልየኩምን። ምምሕዳር ከባቢኹም (kommun) ናብቲ ቅኑዕ ኣገልግሎት ክመርሓኩም ይኽእል። ብዙሓት ማሕበራት እውን ንሓደስቲ መጻእቲ ይሕግዙ።
se-topic-help-step-1 = መምርሒ ካበይ ከም እትረኽቡ ንምምሕዳር ከባቢኹም ሕተቱ። ምስ ኣየናይ ኣገልግሎት ክትራኸቡ ከም ዘለኩም ክነግሩኹም ይኽእሉ።
se-topic-help-step-2 = { -informationsverige } ብዛዕባ ህይወት ኣብ ሽወደን ብብዙሓት ቋንቋታት ሓበሬታ ኣለዎ። ብቋንቋኹም ሓበሬታ ምስ ዘድልየኩም ተጠቐምሉ።
se-topic-help-step-3 = ብዛዕባ ጥዕናኹም ትሻቐሉ ዶ፣ ወይ ኣዝዩ ሕማቕ ይስምዓኩም ዶ? ንምኽሪ ናብ 1177 ደውሉ። እቲ መስመር 24 ሰዓት ክፉት እዩ።
se-topic-help-step-4 = ኣብ ህጹጽ ኩነታት፣ ናብ 112 ደውሉ።

## Authorities
se-authority-arbetsformedlingen = { -arbetsformedlingen-full } ({ -arbetsformedlingen })
se-authority-forsakringskassan = { -forsakringskassan-full } ({ -forsakringskassan })
se-authority-skatteverket = { -skatteverket-full } ({ -skatteverket })
se-authority-migrationsverket = { -migrationsverket-full } ({ -migrationsverket })
se-authority-municipality = ምምሕዳር ከባቢኹም (kommun)
se-authority-region = ዞባኹም (ክንክን ጥዕና)
se-authority-skolverket = { -skolverket-full } ({ -skolverket })
se-authority-uhr = { -uhr-full } ({ -uhr })
se-authority-socialstyrelsen = { -socialstyrelsen-full } ({ -socialstyrelsen })
se-authority-police = { -polisen-full } ({ -polisen })
se-authority-banks = ባንክታትን ኤሌክትሮኒካዊ መለለዪን
se-authority-ngos = ማሕበራትን ውድባትን
se-authority-guidance = መምርሒ ኣብ ምምሕዳር ከባቢኹም

## Phones
se-phone-112 = ቁጽሪ ህጹጽ ረድኤት
se-phone-1177 = ምኽሪ ጥዕና፣ 24 ሰዓት (1177)
se-phone-police-non-urgent = ፖሊስ፣ ህጹጽ ኣብ ዘይኮነሉ
se-phone-crisis-information = ኣብ ሕብረተሰብ ከቢድ ነገር ምስ ዘጋጥም ሓበሬታ

## Checklist
se-check-folkbokforing = ኣብ { -skatteverket } ተመዝገቡ፣ personnummer ድማ ውሰዱ
se-check-id-card = ንመንነት ካርድ ኣመልክቱ
se-check-e-id = ኤሌክትሮኒካዊ መለለዪ ውሰዱ፣ ንኣብነት { -bankid }
se-check-residence-permit = ካርድ ፍቓድ መንበሪኹም ብጥንቃቐ ሓልውዎ፣ ፍቓድኩም መዓስ ከም ዝውዳእ ድማ ፍለጡ
se-check-forsakringskassan = ምስ { -forsakringskassan } ተራኸቡ
se-check-establishment = ኣብ { -arbetsformedlingen } ብዛዕባ መእተዊ ፕሮግራም ሕተቱ
se-check-sfi = { -sfi-full } ({ -sfi }) ጀምሩ
se-check-health = ጣቢያ ጥዕናኹም (vårdcentral) ድለዩ
se-check-housing = ገዛ ድለዩ፣ ናብ መስርዕታት ገዛ ድማ ተጸንበሩ
se-check-children = ንደቅኹም ቅድመ-ቤት ትምህርቲ ወይ ቤት ትምህርቲ ድለዩ

## Official sources
# Owners of the official pages, shown as "<owner>: <page title>".
se-owner-informationsverige = { -informationsverige }
se-owner-arbetsformedlingen = { -arbetsformedlingen }
se-owner-forsakringskassan = { -forsakringskassan }
se-owner-skatteverket = { -skatteverket }
se-owner-migrationsverket = { -migrationsverket }
se-owner-1177 = 1177
se-owner-skolverket = { -skolverket }
se-owner-uhr = { -uhr }
se-owner-socialstyrelsen = { -socialstyrelsen }
se-owner-lansstyrelsen = { -lansstyrelserna-full } ({ -lansstyrelserna })
se-owner-polisen = { -polisen }
se-owner-krisinformation = { -krisinformation }

# Titles of the official pages: what the page is about, without the owner.
se-source-informationsverige-first-steps = ፍቓድ መንበሪ ምስ ረኸብኩም ቀዲምኩም እትገብርዎ
se-source-informationsverige-health = ክንክን ሕክምናን ጥዕናን
se-source-informationsverige-housing = መንበሪ ገዛ
se-source-informationsverige-rights = መሰላትኩምን ግዴታታትኩምን
se-source-informationsverige-home = ብዛዕባ ሽወደን ሓበሬታ ብእንግሊዝኛ
se-source-arbetsformedlingen-establishment = መእተዊ ፕሮግራም (ብሽወድኛ)
se-source-forsakringskassan-establishment = ገንዘብ ኣብ እዋን መእተዊ ፕሮግራም (ብሽወድኛ)
se-source-forsakringskassan-english = ሓበሬታ ብእንግሊዝኛ
se-source-skatteverket-moving = ናብ ሽወደን ምግዓዝ (Flytta till Sverige)
se-source-migrationsverket-home = ሓበሬታ ብእንግሊዝኛ
se-source-migrationsverket-permanent = ቀዋሚ ፍቓድ መንበሪ
se-source-1177-english = ሓበሬታ ክንክን ጥዕና ብእንግሊዝኛ
se-source-skolverket-sfi = { -sfi-full }፣ { -sfi } (ብሽወድኛ)
se-source-skolverket-english = ስርዓት ትምህርቲ ሽወደን፣ ብእንግሊዝኛ
se-source-uhr-home = ገምጋም ናይ ወጻኢ ትምህርቲ
se-source-socialstyrelsen-licence = ፍቓድ ሞያ ንሞያታት ክንክን ጥዕና
se-source-lansstyrelsen-civic-orientation = ምልላይ ሕብረተሰብ ንሓደስቲ መጻእቲ (ብሽወድኛ)
se-source-polisen-english = ፖሊስ፣ ብእንግሊዝኛ
se-source-krisinformation-english = ሓበሬታ ህጹጽ ኩነታት፣ ብእንግሊዝኛ

## Pathway steps
step-se-urgent-housing-title = ሎሚ ብዛዕባ መንበሪ ሓገዝ ሕተቱ
step-se-urgent-housing-text = ሎሚ ምስ ማሕበራዊ ኣገልግሎታት ናይ ምምሕዳር ከባቢኹም (kommun) ተራኸቡ። ውሑስ መንበሪ ቦታ ከም ዘይብልኩም ንገርዎም። ኣብ ህጹጽ ኩነታት ክሕግዙኹም ይኽእሉ።
step-se-urgent-safety-title = ኣብ ሓደጋ እንተ ኣለኹም፣ ናብ 112 ደውሉ
step-se-urgent-safety-text = ንስኹም ወይ ስድራኹም ሕጂ ኣብ ሓደጋ እንተ ኣለኹም ናብ 112 ደውሉ። ህጹጽ እንተ ዘይኮይኑ፣ ናብ ፖሊስ ብቁጽሪ 114 14 ክትድውሉ ትኽእሉ።
step-se-urgent-health-title = ክንክን ጥዕና ርኸቡ
step-se-urgent-health-text = ምስ ጣቢያ ጥዕናኹም (vårdcentral) ተራኸቡ። ናበይ ከም እትኸዱ ርግጸኛታት እንተ ዘይኮንኩም፣ ንምኽሪ ናብ 1177 ደውሉ። እቲ መስመር 24 ሰዓት ክፉት እዩ። ኣብ ህጹጽ ኩነታት፣ ናብ 112 ደውሉ።
step-se-folkbokforing-title = ኣብ { -skatteverket } ተመዝገቡ
step-se-folkbokforing-text = ናብ ሽወደን ከም ዝተጓዕዝኩም ን{ -skatteverket-full } ({ -skatteverket }) ሓብሩ። ብኤሌክትሮኒካዊ ኣገልግሎት «ናብ ሽወደን ምግዓዝ» (Flytta till Sverige) ጀምሩ፣ ድሕሪኡ ናብ ቤት ጽሕፈት ኣገልግሎት ኪዱ። ኣብ መዝገብ ህዝቢ (folkbokföring) ትምዝገቡ፣ ውልቃዊ መለለዪ ቁጽሪ (personnummer) ድማ ትረኽቡ።
step-se-e-id-title = ኤሌክትሮኒካዊ መለለዪ ውሰዱ
step-se-e-id-text = ኤሌክትሮኒካዊ መለለዪ ኣብ ኢንተርነት መን ምዃንኩም የርኢ። እቲ ዝበዝሐ ልሙድ ካብ ባንክኹም ዝወሃብ { -bankid } እዩ። { -bankid } ንምርካብ፣ ውልቃዊ መለለዪ ቁጽሪ (personnummer) ከምኡውን ባንኪ የድልየኩም። { -freja } ካልእ ኤሌክትሮኒካዊ መለለዪ እዩ።
step-se-forsakringskassan-title = ምስ { -forsakringskassan } ተራኸቡ
step-se-forsakringskassan-text = { -forsakringskassan-full } ({ -forsakringskassan }) ብዙሓት ድጎማታት ይኸፍል። ኣየኖት ክተመልክቱሎም ከም እትኽእሉ ሕተቱ። ህይወትኩም ምስ ዝቕየር ሓብርዎም።
step-se-establishment-title = ብዛዕባ መእተዊ ፕሮግራም ሕተቱ
step-se-establishment-text = ምናልባት ኣብ መእተዊ ፕሮግራም (etableringsprogrammet) ናይ { -arbetsformedlingen-full } ({ -arbetsformedlingen }) ክትሳተፉ ትኽእሉ ኢኹም። እቲ ፕሮግራም ብምጽናዕ ኩነታት (kartläggning) ናይ ትምህርትኹም፣ ተመኩሮ ስራሕኩምን ዕላማታትኩምን ይጅምር። ክትሳተፉ ከለኹም፣ { -forsakringskassan-full } ({ -forsakringskassan }) ድጎማ መእተዊ (etableringsersättning) ክኸፍለኩም ይኽእል።
step-se-establishment-not-eligible-title = ሽወድኛ ንምምሃርን ስራሕ ንምርካብን ካልኦት መንገድታት
step-se-establishment-not-eligible-text = መእተዊ ፕሮግራም ካብ 20 ክሳብ 65 ዓመት ዕድሜ ንዘለዎም፣ ከም ስደተኛ ወይ ከም ሓለዋ ዘድልዮ ሰብ፣ ወይ ከም ኣባል ስድራ ናይ ከምዚ ዝበለ ሰብ፣ ፍቓድ መንበሪ ዘለዎም ሰባት እዩ። ንዓኹም እንተ ዘይኮይኑ፣ ዋላ ከምኡ ካብ ዕድመ 16 ጀሚርኩም { -sfi-full } ({ -sfi }) ክትመሃሩ ትኽእሉ ኢኹም። ኣብ { -arbetsformedlingen-full } ({ -arbetsformedlingen }) ከም ስራሕ ደላዪ እውን ክትምዝገቡ ትኽእሉ። ብዛዕባ ካልኦት ኣገልግሎታት ንምምሕዳር ከባቢኹም (kommun) ሕተቱ።
step-se-sfi-path-1-title = { -sfi-full }: መስመር ትምህርቲ 1
step-se-sfi-path-1-text = መስመር ትምህርቲ 1 ናይ { -sfi-full } ({ -sfi }) ኮርሳት A, B, C ከምኡውን D ኣለዎ። ንውሑድ ትምህርቲ ዘለዎም ወይ ፈጺሞም ቤት ትምህርቲ ዘይከዱ ሰባት፣ ከምኡውን ገና ምንባብን ምጽሓፍን ዝመሃሩ ዘለዉ ሰባት እዩ። እዚ ምኽሪ ኣብ ትምህርትኹምን ንባብኩምን ዝተመርኮሰ እዩ። ኣየናይ መስመር ንዓኹም ከም ዝሰማማዕ ዝውስን ቤት ትምህርቲ { -sfi } እዩ። ኣብ ምምሕዳር ከባቢኹም (kommun) ተመዝገቡ። ሕግታት { -sfi } ክቕየሩ ይኽእሉ: ንሓላፊ ጉዳይኩም ሕተቱ።
step-se-sfi-path-2-title = { -sfi-full }: መስመር ትምህርቲ 2
step-se-sfi-path-2-text = መስመር ትምህርቲ 2 ናይ { -sfi-full } ({ -sfi }) ኮርሳት B, C ከምኡውን D ኣለዎ። ንገለ ዓመታት ቤት ትምህርቲ ዝኸዱ ሰባት እዩ። እዚ ምኽሪ ኣብ ትምህርትኹምን ንባብኩምን ዝተመርኮሰ እዩ። ኣየናይ መስመር ንዓኹም ከም ዝሰማማዕ ዝውስን ቤት ትምህርቲ { -sfi } እዩ። ኣብ ምምሕዳር ከባቢኹም (kommun) ተመዝገቡ። ሕግታት { -sfi } ክቕየሩ ይኽእሉ: ንሓላፊ ጉዳይኩም ሕተቱ።
step-se-sfi-path-3-title = { -sfi-full }: መስመር ትምህርቲ 3
step-se-sfi-path-3-text = መስመር ትምህርቲ 3 ናይ { -sfi-full } ({ -sfi }) ኮርሳት C ከምኡውን D ኣለዎ። ንምምሃር ዝለመዱ ሰባት እዩ። እዚ ምኽሪ ኣብ ትምህርትኹምን ንባብኩምን ዝተመርኮሰ እዩ። ኣየናይ መስመር ንዓኹም ከም ዝሰማማዕ ዝውስን ቤት ትምህርቲ { -sfi } እዩ። ኣብ ምምሕዳር ከባቢኹም (kommun) ተመዝገቡ። ሕግታት { -sfi } ክቕየሩ ይኽእሉ: ንሓላፊ ጉዳይኩም ሕተቱ።
step-se-civic-orientation-title = ምልላይ ሕብረተሰብ ብቋንቋኹም
step-se-civic-orientation-text = ብዛዕባ ምልላይ ሕብረተሰብ (samhällsorientering) ንምምሕዳር ከባቢኹም (kommun) ሕተቱ። እዚ ብዛዕባ ህይወት ኣብ ሽወደን፣ ዝከኣል እንተ ኾይኑ ብቋንቋኹም፣ እንተ ወሓደ 100 ሰዓት ዝወስድ ኮርስ እዩ። ነዚ ኮርስ ናይ ምውሳድ መሰልኩም ካብ ቀዳማይ ምዝገባኹም ኣብ ሽወደን ን 3 ዓመት ይጸንሕ። እቶም ሕግታት ክቕየሩ ይኽእሉ: ንሓላፊ ጉዳይኩም ሕተቱ።
step-se-uhr-title = ዲግሪኹም ኣገምግሙ
step-se-uhr-text = { -uhr-full } ({ -uhr }) ካብ ወጻኢ ዝመጹ ዲግሪታት ይግምግም። ብናጻ እዩ። ብኸመይ ከም እተመልክቱ ኣብ uhr.se ርኣዩ።
step-se-socialstyrelsen-title = ኣብ ክንክን ጥዕና ንምስራሕ ፍቓድ ሞያ
step-se-socialstyrelsen-text = ኣብ ሞያ ክንክን ጥዕና ንምስራሕ፣ ንኣብነት ከም ዶክተር ወይ ነርስ፣ ካብ { -socialstyrelsen-full } ({ -socialstyrelsen }) ፍቓድ ሞያ (legitimation) የድልየኩም።
step-se-forskola-title = ንቅድመ-ቤት ትምህርቲ ኣመልክቱ
step-se-forskola-text = ቅድመ-ቤት ትምህርቲ (förskola) ካብ ዕድመ 1 ክሳብ ቤት ትምህርቲ ዝጅምሩ ንዘለዉ ቆልዑ እዩ። ናብ ምምሕዳር ከባቢኹም (kommun) ኣመልክቱ። ኣቐዲምኩም ኣመልክቱ።
step-se-school-title = ቤት ትምህርቲ ንደቅኹም
step-se-school-text = ኣብ ሽወደን ንዝነብሩ ቆልዑ ቤት ትምህርቲ ግዴታ እዩ። ሓድሽ ዝመጸ ቆልዓ ኣብ ውሽጢ 2 ኣዋርሕ ኣብ ቤት ትምህርቲ ቦታ ክረክብ ይግባእ። ምስ ምምሕዳር ከባቢኹም (kommun) ተራኸቡ።
step-se-upper-secondary-title = ትምህርቲ ንመንእሰይ ውላድኩም
step-se-upper-secondary-text = መንእሰያት ኣብ ላዕለዋይ ካልኣይ ደረጃ ቤት ትምህርቲ (gymnasieskolan) ክቕጽሉ ይኽእሉ። ኣብ ሽወደን ሓደስቲ እንተ ኾይኖም፣ መጀመርታ ኣብ ፕሮግራም ቋንቋ (språkintroduktion) ሽወድኛ ክመሃሩ ይኽእሉ። ንምምሕዳር ከባቢኹም (kommun) ሕተቱ።
step-se-interpreter-title = ተርጓሚ ሕተቱ
step-se-interpreter-text = ቆጸራ ክትሕዙ ከለኹም፣ ተርጓሚ ከም ዘድልየኩምን ኣየናይ ቋንቋ ከም እትዛረቡን ነቲ ቤት ጽሕፈት ንገርዎ። ኣብ { -arbetsformedlingen-full } ({ -arbetsformedlingen })፣ ኣብቲ ምጽናዕ ኩነታት (kartläggning) ተርጓሚ እንተ ኣድልዩኩም እውን ይሓቱኹም።
step-se-community-title = ምስ ሰባት ተላለዩ፣ ደገፍ ድማ ርኸቡ
step-se-community-text = ማሕበራት (föreningar) ከምኡውን ውድባት ምስ ሰባት ክትላለዩ፣ ሽወድኛ ክትለማመዱን ስራሕ ክትረኽቡን ይሕግዙኹም። ኣብነታት ክለባት ስፖርትን ጉጅለታት ንሓደስቲ መጻእቲን እዮም። ኣብ ጥቓኹም እንታይ ከም ዘሎ ንምምሕዳር ከባቢኹም (kommun) ሕተቱ።

## Shared screens, in Sweden
# እዞም መልእኽትታት ነቶም ፊንላንድ ዝጠቕሱ ሓባራውያን መልእኽትታት (app.ftl፣ questions.ftl፣
# pathway.ftl) ይትክኡ።
app-name = ሓድሽ ኣብ ሽወደን
home-title = እንቋዕ ናብ ሽወደን ብደሓን መጻእኩም
home-intro = እዚ መምርሒ ኣብ ሽወደን ኣብቶም ቀዳሞት ኣዋርሕኩም ይሕግዘኩም። ብዛዕባ ቀዳሞት ስጉምትታትኩም፣ ክትጥቀሙሎም እትኽእሉ ኣገልግሎታትን ሓገዝ ካበይ ከም እትረኽቡን ኣንብቡ።
home-guide-text = ፍቓዳት፣ { -forsakringskassan }፣ ስራሕ፣ ጥዕና፣ መንበሪ ገዛ፣ ቤት ትምህርትን ካልእን።
qn-intro = ቅድሚ እቲ ምስ { -arbetsformedlingen-full } ({ -arbetsformedlingen }) ወይ ምምሕዳር ከባቢኹም (kommun) ዝግበር ቀዳማይ ርክብኩም፣ ብዛዕባ ክእለታትኩም፣ መደባትኩምን ናይ ሕጂ ህይወትኩምን ንዘለዉ ሕቶታት ክትምልሱ ትኽእሉ። ሽዑ እቲ ርክብ ካብ መልስታትኩም ክጅምር ይኽእል።
pw-disclaimer = እዚ ባዕልኹም ዘዳለኹምዎ ምኽሪ እዩ። ውሳነ ኣይኮነን። ኣገልግሎታትኩም ምሳኹም ብሓባር ዝውስን { -arbetsformedlingen } ወይ ምምሕዳር ከባቢኹም እዩ።
pw-for-everyone = ንኹሉ ንምንባር ናብ ሽወደን ዝግዕዝ ሰብ ዝተመኽረ።
pw-qr-help = ሓላፊ ጉዳይኩም መልስታትኩም ብሽወድኛ ወይ ብእንግሊዝኛ ንምርኣይ ነዚ ኮድ ከንብቦ ይኽእል። ቅዳሕ ንምሓዝ ብናይ ገዛእ ርእስኹም ተሌፎን እውን ከተንብብዎ ትኽእሉ። መልስታትኩም ኣብ ውሽጢ እቲ ኮድ እዮም ዘለዉ: ናብ ዝኾነ ቦታ ዝለኣኽ ነገር የለን።
qn-title = ንቀዳሞት ርክባትኩም ተዳለዉ
qn-home-title = ንቀዳሞት ርክባትኩም ተዳለዉ
hv-title = መልስታት ንምጽናዕ ኩነታት (kartläggning) ከምኡውን ንቀዳሞት ርክባት
print-self-reported = ቅድሚ ምጽናዕ ኩነታት (kartläggning) ከምኡውን ቀዳሞት ርክባት ብእቲ ሰብ ባዕሉ ዝተሃበ ሓበሬታ። እቲ መንገዲ ስጉምትታት ምኽሪ እዩ፣ ውሳነ ኣይኮነን።
hv-self-reported = እቲ ሰብ ነዞም ሕቶታት ቅድሚ ምጽናዕ ኩነታት (kartläggning) ከምኡውን ቀዳሞት ርክባት በይኑ መሊሱዎም። እቶም መልስታት ብእቲ ሰብ ባዕሉ ዝተሃቡ እዮም። እቲ መንገዲ ስጉምትታት ካብቶም መልስታት ተበጊሱ ብመተግበሪ ዝተዳለወ ምኽሪ እዩ፣ ውሳነ ኣይኮነን።
topic-sources-heading = ወግዓዊ ምንጭታት
