# Tigrinya (ti): machine-made translation from English (locales/en/guide.ftl).
# Guide topics. Every locale has exactly the keys of locales/en/guide.ftl.

## first-steps
topic-first-steps-title = ኣብ ፊንላንድ ቀዳሞት ስጉምትታትኩም
topic-first-steps-summary = እዚ ዝርዝር መብዛሕትኦም ሰባት ናብዚ ድሕሪ ምግዓዞም ቀዲሞም ዝገብርዎም ነገራት የርኢ። ነፍሲ ወከፍ ስጉምቲ ምስ ፈጸምኩምዎ ምልክት ግበሩሉ። ንዓኹም ቅደም ሰዓብ እቶም ስጉምትታት ዝተፈልየ ክኸውን ይኽእል።
topic-first-steps-step-1 = ብዛዕባ ሓደ ስጉምቲ ተወሳኺ ንምንባብ ክፈትዎ። እንታይ ከም እትገብሩን ናበይ ከም እትኸዱን ክትርእዩ ትኽእሉ ኢኹም።
topic-first-steps-step-2 = ዘይንጹር ነገር ኣሎ ዶ? ሓገዝ ሕተቱ። ኣብ ምምሕዳር ከባቢኹም ዘለዉ ኣገልግሎታት ምውህሃድ ወይ ኣገልግሎታት ምኽርን መምርሕን ክሕግዙኹም ይኽእሉ።

## residence-permit
topic-residence-permit-title = ፍቓድ መንበሪን ምዝገባን
topic-residence-permit-summary = መብዛሕትኦም ሰባት ካብ { -migri-full } ({ -migri }) ፍቓድ መንበሪ የድልዮም። ዜጋታት ሃገራት ሕብረት ኤውሮጳን ኖርዲክ ሃገራትን ፍቓድ ኣየድልዮምን። ግን ክምዝገቡ ኣለዎም። ንብዙሓት ካልኦት ስጉምትታት ፍቓድኩም ወይ ምዝገባኹም የድልየኩም።
topic-residence-permit-step-1 = ፍቓድ መንበሪ የድልየኩም ዶ? ናብ { -migri } ኣመልክቱ። ኣየናይ ፍቓድ ንምኽንያት ምግዓዝኩም ከም ዝሰማማዕ ኣብ migri.fi ርኣዩ።
topic-residence-permit-step-2 = ዜጋ ናይ ሓንቲ ሃገር ሕብረት ኤውሮጳ ዲኹም? ኣብ ፊንላንድ ናይ ምንባር መሰልኩም፣ ካብ ዝመጻእኩምሉ ኣብ ውሽጢ 3 ኣዋርሕ ኣብ { -migri } ኣመዝግቡ። ዜጋ ናይ ሓንቲ ኖርዲክ ሃገር ዲኹም፣ ካብ 6 ኣዋርሕ ንላዕሊ ድማ ክትጸንሑ ኢኹም? ሽዑ ኣብ ውሽጢ ሓደ ወርሒ ብኣካል ኣብ { -dvv } ተመዝገቡ። እዚ ብኸመይ ከም ዝግበር ኣብ { -infofinland } ርኣዩ።
topic-residence-permit-step-3 = ካርድ ፍቓድ መንበሪኹም ብጥንቃቐ ሓልውዎ። ኣብ ብዙሓት ቤት ጽሕፈታት የድልየኩም። እንተ ኣጥፊእኩምዎ፣ እንታይ ክትገብሩ ከም ዘለኩም ኣብ { -migri } ሕተቱ።
topic-residence-permit-step-4 = ፍቓድኩም ንውሱን ግዜ ጥራይ እዩ ዝጸንሕ። ቅድሚ ምውዳኡ ንዝቕጽል ፍቓድ ኣመልክቱ። ነቶም ሕግታትን ዕለታትን ኣብ migri.fi ርኣዩ።

## right-to-stay
topic-right-to-stay-title = መሰል ምጽናሕኩም ምሕላው
topic-right-to-stay-summary = ፍቓድ መንበሪኹም ንውሱን ግዜ ጥራይ እዩ ዝጸንሕ። ኣብ ፊንላንድ ንምጽናሕ፣ ፍቓድኩም ከይወድአ ሓልዉ፣ ናብ { -migri } ድማ ወትሩ ሓድሽ ሓበሬታ ሃቡ። ድሕሪ ገለ ዓመታት፣ ቀዋሚ ፍቓድ መንበሪ ክትረኽቡ ትኽእሉ ኢኹም።
topic-right-to-stay-step-1 = ፍቓድኩም ቅድሚ ምውዳኡ ንዝቕጽል ፍቓድ ኣመልክቱ። ዝቕጽል ፍቓድ ኣብዚ ምንባር ክትቕጽሉ ዘኽእለኩም ሓድሽ ፍቓድ እዩ። ብኢንተርነት ኣብ { -enter-finland }፣ ናይ { -migri } ናይ ኢንተርነት ኣገልግሎት፣ ኣመልክቱ።
topic-right-to-stay-step-2 = ኩነታትኩም ምስ ዝቕየር ናብ { -migri } ሓብሩ። ንኣብነት፣ ስራሕኩም ምስ ዝውዳእ ወይ ስድራኹም ምስ ዝቕየር። ሓድሽ ኣድራሻ ግን ናብ { -dvv } ኢኹም እትሕብሩ።
topic-right-to-stay-step-3 = ሓደ ሓደ ግዜ { -migri } ደብዳበ ልኢኹ ተወሳኺ ሓበሬታ ይሓተኩም። ቅድሚ እቲ ኣብቲ ደብዳበ ተጻሒፉ ዘሎ መወዳእታ ዕለት መልሱ። እቲ ደብዳበ ንምርዳእ እንተ ኸቢዱኩም ሓገዝ ሕተቱ።
topic-right-to-stay-step-4 = ካብ 8 ጥሪ 2026 ጀሚሮም ሓደስቲ ሕግታት ንቀዋሚ ፍቓድ መንበሪ ይሰርሑ ኣለዉ። ከም ልሙድ፣ ኣብ ፊንላንድ 6 ዓመት ምንባር የድልየኩም። ብተወሳኺ ኣኻሊ ደረጃ ፊንላንድኛ ወይ ሽወድኛ (ዓጋቢ ክእለት) የድልየኩም። ከምኡ ድማ ናይ 2 ዓመት ታሪኽ ስራሕ የድልየኩም። ኣብተን 2 ዓመታት፣ ድጎማ ስራሕ ኣልቦነት ወይ ማሕበራዊ ሓገዝ ዝወሰድኩምሉ ግዜ ካብ 3 ኣዋርሕ ክበዝሕ የብሉን። ልዑል እቶት ወይ ካብ ፊንላንድ ዲግሪ እንተ ኣለኩም፣ 4 ዓመት ክኣክል ይኽእል። ዝርዝር ኣብ migri.fi ርኣዩ።
topic-right-to-stay-step-5 = ፍቓድኩም ኣብ ስራሕ ዝተመርኮሰ ድዩ? ስራሕኩም እንተ ተወዲኡ፣ ሓድሽ ስራሕ ንምርካብ 3 ወይ 6 ኣዋርሕ ኣለኩም። ኣየናይ ግዜ ንዓኹም ከም ዝምልከት ኣብ { -migri } ሕተቱ።

## identity-code
topic-identity-code-title = ውልቃዊ መለለዪ ቁጽርን ኣድራሻን
topic-identity-code-summary = { -dvv } ናይቶም ኣብ ፊንላንድ ዝነብሩ ሰባት መዝገብ ይሕዝ። ምስ ተመዝገብኩም፣ ውልቃዊ መለለዪ ቁጽሪ ክትረኽቡ ትኽእሉ። { -dvv } መንበሪ ምምሕዳርኩም እውን ይምዝግብ። ብዙሓት ኣገልግሎታት እዚ ሓበሬታ የድልዮም።
topic-identity-code-step-1 = ምስ መጻእኩም ኣብ { -dvv } ተመዝገቡ። ብኸመይ ከም እትምዝገቡ ኣብ dvv.fi ርኣዩ። ኣየኖት ሰነዳት ሒዝኩም ክትመጹ ከም ዘለኩም እውን ይነግረኩም።
topic-identity-code-step-2 = ውልቃዊ መለለዪ ቁጽርኹም መብዛሕትኡ ግዜ ኣብ ካርድ ፍቓድ መንበሪኹም ተጻሒፉ ኣሎ። እንተ ዘየሎ፣ ምስ ተመዝገብኩም ትረኽብዎ። ንኣድራሻኹምን መንበሪ ምምሕዳርኩምን ግን ኣብ { -dvv } ክትምዝገቡ ኣለኩም። እቲ ቁጽሪ ኣብ ባንኪ፣ ኣብ { -kela } ከምኡውን ኣብ ክንክን ጥዕና የድልየኩም። ብጥንቃቐ ሓልውዎ።
topic-identity-code-step-3 = ናብ ሓድሽ ኣድራሻ ምስ ትግዓዙ፣ ናብ { -dvv } ሓብሩ። እዚ ብኸመይ ከም ዝግበር ኣብ dvv.fi ርኣዩ።
topic-identity-code-step-4 = ኣባላት ስድራኹም ምሳኹም ይነብሩ ዶ? ንዓኣቶም እውን ኣብ { -dvv } ኣመዝግብዎም፣ ንደቅኹም እውን። ነፍሲ ወከፍ ሰብ ናቱ መለለዪ ቁጽሪ ይረክብ።

## kela
topic-kela-title = { -kela } ከምኡውን ማሕበራዊ ውሕስነት
topic-kela-summary = { -kela } ኣብ ፊንላንድ ብዙሓት ድጎማታት ይኸፍል። መጀመርታ፣ { -kela } ብናይ ፊንላንድ ማሕበራዊ ውሕስነት ትሽፈኑ እንተ ኾንኩም ይውስን። እንተ ተሸፊንኩም፣ ንናይ { -kela } ድጎማታት ክተመልክቱ ትኽእሉ።
topic-kela-step-1 = ኣብ OmaKela፣ ናይ { -kela } ናይ ኢንተርነት ኣገልግሎት፣ ንካርድ { -kela } ኣመልክቱ። ብተወሳኺ ናብ ፊንላንድ ምግዓዝኩም ዝሕብር መግለጺ ኣቕርቡ። ሽዑ { -kela } ብናይ ፊንላንድ ማሕበራዊ ውሕስነት ትሽፈኑ እንተ ኾንኩም ይውስን። እዚ ብኸመይ ከም ዝግበር ኣብ kela.fi ርኣዩ።
topic-kela-step-2 = እንተ ተሸፊንኩም፣ ካርድ { -kela } ትረኽቡ። ምሳኹም ሓዝዎ። ንኣብነት ኣብ ፋርማሲ ተርእይዎ። መሰልኩም ናብ ህዝባዊ ክንክን ጥዕና ካብ መንበሪ ምምሕዳርኩም እዩ ዝመጽእ፣ ካብቲ ካርድ ኣይኮነን።
topic-kela-step-3 = { -kela } ንብዙሓት ኩነታት ዝኸውን ድጎማታት ኣለዎ፣ ንኣብነት ድጎማ ገዛን ድጎማ ቆልዑን። እንታይ ክትረኽቡ ከም እትኽእሉ ኣብ ኩነታትኩም ይምርኮስ። ዝውስን { -kela } እዩ።
topic-kela-step-4 = ንነፍሲ ወከፍ ድጎማ ክተመልክቱ ኣለኩም። ህይወትኩም ምስ ዝቕየር ናብ { -kela } ሓብሩ። ንኣብነት፣ እቶትኩም፣ ኣድራሻኹም ወይ ስድራኹም ምስ ዝቕየር።

## money
topic-money-title = ገንዘብ ኣብቶም ቀዳሞት ኣዋርሕ
topic-money-summary = ኣብቶም ቀዳሞት ኣዋርሕ፣ ብገንዘብ ሓገዝ ከድልየኩም ይኽእል። { -kela } ብዙሓት ድጎማታት ይኸፍል። ንነፍሲ ወከፍ ድጎማ በበይኑ ክተመልክቱ ኣለኩም። እዚ ኣርእስቲ ብዛዕባቶም ዝበዝሑ ልሙዳት ድጎማታት ይነግረኩም።
topic-money-step-1 = ስራሕ የብልኩምን፣ መደብ ምውህሃድ ድማ ኣለኩም ዶ? ኣብ እዋን እቲ መደብ ድጎማ ስራሕ ኣልቦነት ክትረኽቡ ትኽእሉ። መጀመርታ ከም ስራሕ ዘይብሉ ስራሕ ደላዪ ተመዝገቡ። ድሕሪኡ ነቲ ድጎማ ናብ { -kela } ኣመልክቱ።
topic-money-step-2 = ኣብ OmaKela፣ ናይ { -kela } ናይ ኢንተርነት ኣገልግሎት፣ ንድጎማታት ክተመልክቱ ትኽእሉ። ብእንግሊዝኛ ዝተዳለዉ ቅጥዕታት እውን ኣለዉ።
topic-money-step-3 = እቶትኩም ትሑት ድዩ? ካብ { -kela } ሓፈሻዊ ድጎማ ገዛ ክትረኽቡ ትኽእሉ። ወጻኢታት ገዛኹም ንምኽፋል ይሕግዘኩም። { -kela } ኣብ ኩነታትኩም ተመርኲሱ ይውስን።
topic-money-step-4 = ማሕበራዊ ሓገዝ (toimeentulotuki) ካልእ እቶትኩም ንመሰረታዊ ድሌታት ምስ ዘይኣክል ዝወሃብ ናይ መወዳእታ ሓገዝ እዩ። ናብ { -kela } ኣመልክትሉ። ኣብ ገለ ኩነታት፣ ማሕበራዊ ኣገልግሎታት ናይ ከባቢኹም { -hyvinvointialue } ተወሳኺ ሓገዝ ክህቡ ይኽእሉ። ሕተትዎም።
topic-money-step-5 = ድጎማ ክቋረጽ ወይ ክንኪ ይኽእል። እዚ ኣብ መደብ ምውህሃድኩም ወይ ኣብቶም ኣብኡ ዝተሰማማዕኩምሎም ኣገልግሎታት እንተ ዘይተሳቲፍኩም ክኸውን ይኽእል። ብዛዕባ ለውጥታት ናብ { -kela } እንተ ዘይሓቢርኩም እውን ክኸውን ይኽእል። ንኣብነት፣ እቶትኩም፣ ስድራኹም ወይ ኣድራሻኹም ምስ ዝቕየር። ለውጥታት ብቕልጡፍ ናብ { -kela } ሓብሩ።
topic-money-step-6 = ትሕቲ 3 ዓመት ዝዕድሜኡ ቆልዓ ኣብ ገዛ ትኣልዩ ዶ? ካብ { -kela } ድጎማ ክንክን ቆልዑ ኣብ ገዛ ክትረኽቡ ትኽእሉ። እቶም ሕግታት ኣብ 2027 ክቕየሩ ይኽእሉ። ንሓላፊ ጉዳይኩም ሕተቱ።

## tax
topic-tax-title = ካርድ ግብርን ግብርታትን
topic-tax-summary = ኣብ ፊንላንድ፣ ግብሪ ቅድሚ ደሞዝኩም ምቕባልኩም ካብኡ ይቑረጽ። ካብ { -vero-full } ({ -vero }) ካርድ ግብሪ የድልየኩም። እቲ ካርድ ግብሪ ንወሃቢ ስራሕኩም ክንደይ ግብሪ ክቖርጽ ከም ዘለዎ ይነግሮ።
topic-tax-step-1 = ቅድሚ ስራሕ ምጅማርኩም ካርድ ግብሪ ውሰዱ። ብኸመይ ከም እትረኽብዎ ኣብ vero.fi ርኣዩ።
topic-tax-step-2 = ካርድ ግብሪኹም ንወሃቢ ስራሕኩም ሃብዎ። ወሃቢ ስራሕኩም ደሞዝኩም ብቕኑዕ ንምኽፋል የድልዮ።
topic-tax-step-3 = ካርድ ግብሪ እንተ ዘይብልኩም፣ ወሃቢ ስራሕኩም ካብ ደሞዝኩም ኣዝዩ ዝበዝሐ ግብሪ ይቖርጽ።
topic-tax-step-4 = ነፍሲ ወከፍ ዓመት፣ { -vero } ከተረጋግጽዎ ዓመታዊ ጸብጻብ ግብሪ ይሰደልኩም። ብጥንቃቐ ኣንብብዎ። ጌጋ እንተሎ፣ ቅድሚ እቲ ኣብኡ ተጻሒፉ ዘሎ ዕለት ኣዐርይዎ።

## bank-id
topic-bank-id-title = ሕሳብ ባንክን ናይ ኢንተርነት መለለዪን
topic-bank-id-summary = ደሞዝኩምን ድጎማታትኩምን ንምቕባል ሕሳብ ባንኪ የድልየኩም። ኮድታት ኢንተርነት ባንኪ ኣብ ኢንተርነት መን ምዃንኩም የረጋግጹ። እዚ ሓያል መለለዪ ይበሃል። ንኣገልግሎት { -suomi-fi } ከምኡውን ንብዙሓት ካልኦት ኤሌክትሮኒካዊ ኣገልግሎታት ትጥቀሙሉ።
topic-bank-id-step-1 = ባንኪ ምረጹ፣ ሕሳብ ብኸመይ ከም እትኸፍቱ ድማ ሕተቱ። ኣየኖት ሰነዳት ከም ዘድልየኩም ሕተቱ።
topic-bank-id-step-2 = ሰነዳት መለለዪኹም ናብ ባንኪ ሒዝኩም ኪዱ። ንኣብነት፣ ፓስፖርትኩምን ካርድ ፍቓድ መንበሪኹምን ሒዝኩም ኪዱ።
topic-bank-id-step-3 = ካብ ባንኪ ኮድታት ኢንተርነት ባንኪ ሕተቱ። ናብ ባንክኹምን ናብ ብዙሓት ህዝባዊ ኣገልግሎታትን ንምእታው ትጥቀሙሎም። ኮድታትኩም ንካልእ ሰብ ፈጺምኩም ኣይትሃቡ።
topic-bank-id-step-4 = ብኮድታትኩም ናብ { -suomi-fi } እተዉ። ኣብኡ ብዙሓት ህዝባዊ ኤሌክትሮኒካዊ ኣገልግሎታት ኣብ ሓደ ቦታ ክትጥቀሙ ትኽእሉ።

## letters
topic-letters-title = ወግዓዊ ደብዳቤታትን ናይ ኢንተርነት መለለዪን
topic-letters-summary = ሰብ መዚ ብዛዕባ ጉዳያትኩም ደብዳቤታት ይሰዱልኩም። ገለ ደብዳቤታት ውሳነታት እዮም። ናይ ግዜ ገደብ ክህልዎም ስለ ዝኽእል፣ ብቕልጡፍ ኣንብብዎም። ደብዳቤታት ብኢንተርነት ንምንባብን ኤሌክትሮኒካዊ ኣገልግሎታት ንምጥቃምን፣ ሓያል ኤሌክትሮኒካዊ መለለዪ የድልየኩም።
topic-letters-step-1 = ውሳነታትን ካልኦት ደብዳቤታትን ብፖስታ ወይ ብመልእኽትታት { -suomi-fi } ({ -suomi-fi }-viestit) ይመጹ። መልእኽትታት { -suomi-fi } ንደብዳቤታት ሰብ መዚ ዝኸውን ውሑስ ናይ ኢንተርነት ሳንዱቕ ፖስታ እዩ። ኣብ { -suomi-fi } ትኸፍትዎ። ድሕሪኡ፣ ኣብኡ ዘለዉ መልእኽትታትኩም ብተደጋጋሚ ርኣዩ።
topic-letters-step-2 = ውሳነ (päätös) ብዛዕባ ጉዳይኩም ካብ ሰብ መዚ ዝወሃብ ወግዓዊ መልሲ እዩ። ብኸመይን ክሳብ መዓስን ይግባይ ክትብሉ ከም እትኽእሉ ይነግረኩም። ይግባይ ማለት እቲ ውሳነ ክቕየር ምሕታት እዩ። እታ ናይ መወዳእታ መዓልቲ ናይ ይግባይ መወዳእታ ዕለት ትበሃል። ግዜ ክህልወኩም ምእንቲ፣ ነፍሲ ወከፍ ውሳነ ብቕልጡፍ ኣንብቡ።
topic-letters-step-3 = ደብዳበ ንምርዳእ ከቢዱኩም ዶ? ሓገዝ ሕተቱ። ኣገልግሎታት ምኽርን መምርሕን ክገልጹልኩም ይኽእሉ። ተርጓሚ እውን ክትሓቱ ትኽእሉ።
topic-letters-step-4 = ሓያል ኤሌክትሮኒካዊ መለለዪ ኣብ ኢንተርነት መን ምዃንኩም የረጋግጽ። መብዛሕትኡ ግዜ ነዚ ኮድታት ኢንተርነት ባንክኹም ትጥቀሙ። ካብ ባንክኹም ሕተትዎም።
topic-letters-step-5 = ባንኪ ኮድታት ኢንተርነት ባንኪ ክህበኩም ኣብዩ ዶ? ኣየኖት ሰነዳት ከም ዝቕበል ነቲ ባንኪ ሕተትዎ። ንወጻእተኛታት ዝወሃብ ናይ ፖሊስ መንነት ካርድ ወይ ናይ ሞባይል ምስክር (ኣብ ተሌፎንኩም ዘሎ መለለዪ) ክሕግዝ ይኽእል። ነፍሲ ወከፍ ባንኪ ባዕሉ ስለ ዝውስን፣ ንባንክኹም ሕተቱ።

## work
topic-work-title = ስራሕን { -tyollisyyspalvelut }ን
topic-work-summary = { -tyollisyyspalvelut } ስራሕ ወይ ስልጠና ክትረኽቡ ይሕግዙኹም። ካብ 1 ጥሪ 2025 ጀሚሮም፣ { -tyollisyyspalvelut } ዝህቡ ምምሕዳራት ከባቢ እዮም። ብመገዲ { -tyomarkkinatori(case: "with-finnish") } ከም ስራሕ ደላዪ ትምዝገቡ።
topic-work-step-1 = ኣብ { -tyomarkkinatori } ከም ስራሕ ደላዪ ተመዝገቡ። ብኢንተርነት ክትገብርዎ እንተ ዘይክኢልኩም፣ ካብ ናይ ከባቢኹም { -tyollisyyspalvelut } ሓገዝ ሕተቱ።
topic-work-step-2 = ከም ስራሕ ዘይብሉ ስራሕ ደላዪ ተመዝጊብኩም ዶ? ሽዑ ንኣገልግሎታት ምውህሃድኩም ሓላፍነት ዘለዎም { -tyollisyyspalvelut } እዮም። ክእለታትኩም ይግምግሙ፣ ምሳኹም ድማ መደብ ይሰርሑ።
topic-work-step-3 = ሲቪ (ጽሑፍ ናይ ትምህርትን ስራሕን ታሪኽ) ጽሓፉ። ትምህርትኹም፣ ተመኩሮ ስራሕኩምን ክእለታትኩምን ዘርዝሩ። ገለ ነገር ምስ ዝቕየር ኣሐድስዎ።
topic-work-step-4 = ናይ ትምህርትን ስራሕን ምስክር ወረቐታትኩም ብጥንቃቐ ሓልውዎም። ምስ { -tyollisyyspalvelut } ወይ ምስ ወሃቢ ስራሕ ክትራኸቡ ከለኹም ሒዝኩምዎም ኪዱ።

## integration
topic-integration-title = ኣገልግሎታት ምውህሃድ
topic-integration-summary = ኣገልግሎታት ምውህሃድ ቋንቋ ክትመሃሩ፣ ስራሕ ክትረኽቡን ሕብረተሰብ ፊንላንድ ክትርድኡን ይሕግዙኹም። ተመዝጊብኩም ስራሕ ዘይብልኩም ስራሕ ደለይቲ እንተ ኾንኩም፣ ሓላፍነትኩም ናይ { -tyollisyyspalvelut } እዩ። ንብዙሓት ካልኦት፣ ንኣብነት ካብ ዓለም ስራሕ ወጻኢ ንዘለዉ ሰባት፣ ሓላፍነት ዘለዎ ምምሕዳር ከባቢ እዩ። ርግጸኛታት እንተ ዘይኮንኩም ሕተቱ።
topic-integration-step-1 = ብዛዕባ ህይወት ኣብ ፊንላንድ መሰረታዊ ሓበሬታ ኣንብቡ፣ ከም እዚ መምርሒ። ሕቶታት እንተ ኣለዉኹም፣ ኣብ ምምሕዳር ከባቢኹም ንዘለዉ ኣገልግሎታት ምኽርን መምርሕን ሕተቱ።
topic-integration-step-2 = ገምጋም ክእለታትኩምን ድሌታት ኣገልግሎትኩምን (ቀዳማይ ገምጋም) ሕተቱ። እዚ ብእትርድእዎ ቋንቋ እዩ ዝካየድ። ተርጓሚ ክህልወኩም ይኽእል።
topic-integration-step-3 = ድሕሪ እቲ ገምጋም፣ መደብ ምውህሃድ ክትረኽቡ ትኽእሉ። ንዓኹም ዝኾኑ ትምህርትታትን ኣገልግሎታትን ይዝርዝር። እቲ ቀዳማይ መደብ ካብ ቀዳማይ ፍቓድኩም ወይ ምዝገባኹም ኣብ ውሽጢ 3 ዓመት ይስራሕ።
topic-integration-step-4 = ስልጠና ምውህሃድ መብዛሕትኡ ግዜ ኣስታት ሓደ ዓመት ይወስድ። ፊንላንድኛ ወይ ሽወድኛ ትመሃሩ። ብዛዕባ ሕብረተሰብን ዓለም ስራሕን እውን ትመሃሩ። እቶም ሕግታት ኣብ 2027 ክቕየሩ ይኽእሉ: ንሓላፊ ጉዳይኩም ሕተቱ።
topic-integration-step-5 = ብተወሳኺ ኮርስ ምልላይ ሕብረተሰብ ክትወስዱ ትኽእሉ። ብብዙሓት ቋንቋታት ይወሃብ፣ እንተ ወሓደ ድማ 70 ሰዓት ይወስድ። ብዛዕባ መሰላት፣ ኣገልግሎታት፣ ስራሕን ዕለታዊ ህይወትን ትመሃሩ።

## language
topic-language-title = ፊንላንድኛ ወይ ሽወድኛ ምምሃር
topic-language-summary = ፊንላንድኛን ሽወድኛን ወግዓውያን ቋንቋታት ፊንላንድ እዮም። ኣብ ብዙሓት ከባቢታት፣ መብዛሕትኦም ሰባት ፊንላንድኛ ይዛረቡ። እቲ ቋንቋ ስራሕ ንምርካብን ዕለታዊ ህይወትኩም ንምምራሕን ይሕግዘኩም። ኣብቲ እትነብሩሉ ቦታ ኣየናይ ቋንቋ ዝበለጸ ከም ዝኾነ ሕተቱ።
topic-language-step-1 = ስልጠና ምውህሃድ ፊንላንድኛ ወይ ሽወድኛ የጠቓልል። ኣብ ገምጋምኩም ወይ ኣብ ኣገልግሎታት ምውህሃድኩም ብዛዕባኡ ሕተቱ።
topic-language-step-2 = ምንባብ ወይ ምጽሓፍ ይኸብደኩም ዶ? ወይስ እቶም ኣብ ፊንላንድኛ ዝጥቀሙሎም ፊደላት (ላቲናዊ ፊደል) ንዓኹም ሓደስቲ እዮም? ሽዑ ስልጠና ምንባብን ምጽሓፍን ሕተቱ። ሕግታት ናይዚ ስልጠና ኣብ 2027 ክቕየሩ ይኽእሉ: ንሓላፊ ጉዳይኩም ሕተቱ።
topic-language-step-3 = ናይ ዓበይቲ ሓፈሻዊ ትምህርቲ (vapaa sivistystyö) እውን ናይ ቋንቋ ኮርሳት ኣለዎ። ማእከል ትምህርቲ ዓበይቲ ሓደ ኣብነት እዩ። ብዛዕባ ኣብ ጥቓኹም ዘለዉ ኮርሳት ንምምሕዳር ከባቢኹም ሕተቱ።
topic-language-step-4 = ድጎማ ስራሕ ኣልቦነት ትረኽቡ፣ ናይ ገዛእ ርእስኹም ትምህርቲ ክትመርጹ ድማ ትደልዩ ዶ? ቅድሚ ምጅማርኩም ኣብ መደብኩም ተሰማምዑሉ። እንተ ዘይኮይኑ እቲ ድጎማ ክጠፍኣኩም ይኽእል።

## qualifications
topic-qualifications-title = ዲግሪኹምን ሞያኹምን ምጥቃም
topic-qualifications-summary = ካብ ወጻኢ ዝረኸብኩምዎ ትምህርቲ ኣብ ፊንላንድ ስራሕ ንምርካብ ክሕግዘኩም ይኽእል። ንገለ ስራሓት፣ መጀመርታ ወግዓዊ ውሳነ የድልየኩም። እዚ ኣርእስቲ ኣበይ ክትሓቱ ከም ዘለኩም ይነግረኩም።
topic-qualifications-step-1 = ካብ ወጻኢ ዲግሪ ላዕለዋይ ትምህርቲ ኣለኩም ዶ? { -oph } ኣብ ፊንላንድ ኣየናይ ደረጃ ምዃኑ ክውስን ይኽእል። ብኸመይ ከም እተመልክቱ ኣብ oph.fi ርኣዩ።
topic-qualifications-step-2 = ገለ ሞያታት ብሕጊ ዝቕጽጸሩ እዮም። ኣብኣቶም ንምስራሕ ወግዓዊ መሰል የድልየኩም። ንብዙሓቶም፣ ትምህርትኹም እዚ መሰል ይህበኩም እንተ ኾይኑ ዝውስን { -oph } እዩ።
topic-qualifications-step-3 = ኣብ ክንክን ጥዕና ወይ ማሕበራዊ ክንክን ክትሰርሑ ትደልዩ ዶ? ካብ { -lvv } (Lupa- ja valvontavirasto፣ ቀደም Valvira) ፍቓድ ሞያ የድልየኩም። ብተወሳኺ ፊንላንድኛ ወይ ሽወድኛ ብእኹል ክትፈልጡ ኣለኩም።
topic-qualifications-step-4 = ብሕታውያን ወሃብቲ ስራሕ ትምህርትኹም ምስቲ ስራሕ ይሰማማዕ እንተ ኾይኑ ባዕሎም ይውስኑ። ዲግሪ ዩኒቨርሲቲ ኣለኩም ዶ? ኣብ ገለ ዩኒቨርሲቲታት ዘለዉ ኣገልግሎታት { -simhe } ክመርሑኹም ይኽእሉ።

## health-care
topic-health-care-title = ክንክን ጥዕና ምርካብ
topic-health-care-summary = ህዝባዊ ክንክን ጥዕናን ማሕበራዊ ኣገልግሎታትን ዘካይድ ናይ ከባቢኹም { -hyvinvointialue(case: "with-finnish") } እዩ። ኣብ ሄልሲንኪ፣ ከተማ ሄልሲንኪ እያ ተካይዶም። ጣቢያ ጥዕናኹም መብዛሕትኡ ግዜ እቲ ቀዳማይ እትራኸብዎ ቦታ እዩ። ህዝባዊ ክንክን ጥዕና ንምጥቃም፣ መብዛሕትኡ ግዜ መንበሪ ምምሕዳር የድልየኩም።
topic-health-care-step-1 = ጣቢያ ጥዕና (terveysasema) ናይ ከባቢኹም ህዝባዊ ማእከል ጥዕና እዩ። ኣብኡ ነርስ ወይ ዶክተር ክትርእዩ ትኽእሉ። ጣቢያ ጥዕናኹም ድለዩ፣ ቀዳማይ ቆጸራኹም ብኸመይ ከም እትሕዙ ድማ ሕተቱ።
topic-health-care-step-2 = መሰልኩም ናብ ህዝባዊ ክንክን ጥዕና ካብ መንበሪ ምምሕዳርኩም እዩ ዝመጽእ። እዚ እቲ ከም ነባሪ ዝተመዝገብኩምሉ ምምሕዳር ከባቢ እዩ። እቲ መሰል ካብ ካርድ { -kela } ኣይመጽእን። መንበሪ ምምሕዳር ንምርካብ ኣብ { -dvv } ተመዝገቡ።
topic-health-care-step-3 = ገና መንበሪ ምምሕዳር ትጽበዩ ኣለኹም ዶ? ኣብ ህጹጽ ኩነታት፣ ብዝኾነ ክንክን ትረኽቡ። ድሒርኩም ነቲ ወጻኢታት ክትከፍሉ ክግደዱ ትኽእሉ። ንካልእ ክንክን፣ ገና መሰል ህዝባዊ ክንክን ጥዕና ክህልወኩም ይኽእል፣ ንኣብነት ኣብ ፊንላንድ ስለ እትሰርሑ። ነዚ በበይኑ ክተመልክቱ ኣለኩም: ኣብ { -kela } ሕተቱ። ናብ ብሕታዊ ክሊኒክ እውን ክትከዱ ትኽእሉ።
topic-health-care-step-4 = ህዝባዊ ክንክን ስኒ እውን ክፋል ህዝባዊ ክንክን ጥዕና እዩ። ቆጸራ ብኸመይ ከም እትሕዙ ኣብ ጣቢያ ጥዕናኹም ወይ ኣብ ህዝባዊ ክንክን ስኒ ሕተቱ።
topic-health-care-step-5 = ነፍሰ ጾር ዲኹም? ናብ ክሊኒክ ኣዴታት (neuvola) ኪዱ። ጥዕናኹምን ጥዕና ህጻንኩምን ይከታተል። ትሕቲ ዕድመ ቤት ትምህርቲ ዘለዉ ቆልዑ ናብ ክሊኒክ ጥዕና ቆልዑ ይኸዱ። ጥዕናኦምን ዕብየቶምን ይምርምር።
topic-health-care-step-6 = ብቋንቋኹም ሓገዝ የድልየኩም ዶ? ቆጸራ ክትሕዙ ከለኹም ተርጓሚ ሕተቱ። ኣየናይ ቋንቋ ከም እትዛረቡ ንገርዎም።

## health
topic-health-title = ሃንደበታዊ ሕማምን ህጹጽ ክንክንን
topic-health-summary = እዚ ኣርእስቲ ሃንደበት ምስ ሓመምኩም ወይ ቀልጢፍኩም ክንክን ምስ ዘድልየኩም እንታይ ክትገብሩ ከም ዘለኩም ይነግረኩም። ንዕለታዊ ክንክን ጥዕና፣ ነቲ «ክንክን ጥዕና ምርካብ» ዝብል ኣርእስቲ ኣንብቡ። ህይወት፣ ጥዕና፣ ንብረት ወይ ከባቢ ኣብ ሓደጋ ምስ ዝህሉ ጥራይ ናብ 112 ደውሉ።
topic-health-step-1 = ጣቢያ ጥዕናኹም (terveysasema) መብዛሕትኡ ግዜ እቲ ቀዳማይ እትራኸብዎ ቦታ እዩ። ኣብ ጥቓኹም ዘሎ ጣቢያ ጥዕና ድለዩ። ቆጸራ ብኸመይ ከም እትሕዙ ሕተቱ።
topic-health-step-2 = ቀልጢፍኩም ክንክን የድልየኩም ዶ? ህጹጽ ኩነታት እንተ ዘይኮይኑ፣ ናብ { -paivystysapu } 116 117 ደውሉ። እንታይ ክትገብሩን ናበይ ክትከዱን ከም ዘለኩም ይነግሩኹም። እቲ ቁጽሪ ኣብ መብዛሕትኡ ከባቢታት ይሰርሕ፣ ኣብ ኩሉ ቦታ ግን ኣይኮነን። ኣብ 116117.fi ርኣዩ።
topic-health-step-3 = ኣብ ህጹጽ ኩነታት፣ ናብ 112 ደውሉ። ንኣብነት፣ ሓደ ሰብ ክተንፍስ ምስ ዘይክእል፣ ንቕሓቱ ምስ ዝስሕት ወይ ብዙሕ ደም ምስ ዝፈሶ።
topic-health-step-4 = ብቋንቋኹም ሓገዝ የድልየኩም ዶ? ቆጸራ ክትሕዙ ከለኹም ተርጓሚ ሕተቱ።

## emergency
topic-emergency-title = ቁጽሪ ህጹጽ ረድኤት 112
topic-emergency-summary = 112 ኣብ ፊንላንድ ቁጽሪ ህጹጽ ረድኤት እዩ። ህይወት፣ ጥዕና፣ ንብረት ወይ ከባቢ ኣብ ሓደጋ ምስ ዝህሉ፣ ንኣብነት ኣብ ሓዊ፣ ደውሉሉ። ናብ ፖሊስ፣ ኣምቡላንስን ኣገልግሎታት ምጥፋእ ሓውን ምድሓንን ትበጽሑ።
topic-emergency-step-1 = ናብ 112 ደውሉ፣ ህድኣት ድማ ሓልዉ። መን ምዃንኩም፣ ኣበይ ከም ዘለኹምን እንታይ ከም ዘጋጠመን ንገሩ። ንሕቶታት መልሱ።
topic-emergency-step-2 = ክትዓጽዉ ከም እትኽእሉ ክሳብ ዝንገረኩም ተሌፎን ኣይትዕጸዉ። ነቲ ዝወሃበኩም መምርሒ ተኸተሉ።
topic-emergency-step-3 = መተግበሪ { -app-112-suomi } ኣብ ተሌፎንኩም ኣውርዱ። ማእከል ህጹጽ ረድኤት ኣበይ ከም ዘለኹም ንኽፈልጥ ክሕግዝ ይኽእል።
topic-emergency-step-4 = ሓደ ሰብ መርዚ ወይ ብዙሕ መድሃኒት እንተ ወሲዱ፣ ናብ { -myrkytystietokeskus } ደውሉ። ቁጽሩ ኣብዚ ገጽ ኣሎ። እቲ ሰብ ንቕሓቱ እንተ ሰሓተ ወይ ጽቡቕ ጌሩ ክተንፍስ እንተ ዘይክኢሉ፣ ናብ 112 ደውሉ።

## housing
topic-housing-title = ገዛ ምርካብ
topic-housing-summary = ገዛ ካብቶም ቀዳሞት ዘድልዩኹም ነገራት ሓደ እዩ። ካብ ምምሕዳር ከባቢ፣ ካብ ንረብሓ ዘይሰርሕ ወናኒ ገዛ ወይ ካብ ብሕታዊ ወናኒ ገዛ ክትካረዩ ትኽእሉ። እቶትኩም ትሑት እንተ ኾይኑ፣ { -kela } ብወጻኢታት ክሕግዘኩም ይኽእል።
topic-housing-step-1 = ናይ ክራይ ገዛ ድለዩ። ብዛዕባ ናይ ምምሕዳር ከባቢን ንረብሓ ዘይሰርሑን ናይ ክራይ ገዛውቲ ንምምሕዳር ከባቢኹም ሕተቱ። ክትጽበዩ ክግበኣኩም ስለ ዝኽእል፣ ኣቐዲምኩም ኣመልክቱ።
topic-housing-step-2 = ውዕል ክራይ ቅድሚ ምፍራምኩም ብጥንቃቐ ኣንብብዎ። ወናኒ ገዛ መብዛሕትኡ ግዜ ዋሕስ ገንዘብ ይሓትት። መዓስ ከም ዝምለሰልኩም ሕተቱ።
topic-housing-step-3 = እቶትኩም ትሑት ድዩ? ካብ { -kela } ድጎማ ገዛ ክትረኽቡ ትኽእሉ። { -kela } ኣብ ኩነታትኩም ተመርኲሱ ይውስን።
topic-housing-step-4 = ምስ ትግዓዙ፣ ሓድሽ ኣድራሻኹም ናብ { -dvv } ሓብሩ። ድጎማታት እንተ ትረኽቡ፣ ናብ { -kela } እውን ሓብሩ።

## children
topic-children-title = ቆልዑ፣ መውዓሊ ህጻናትን ቤት ትምህርትን
topic-children-summary = እዚ ኣርእስቲ ንስድራቤታት ምስ ቆልዑ እዩ። ብዛዕባ መውዓሊ ህጻናት፣ ቤት ትምህርትን ክንክን ጥዕና ቆልዑን ይነግረኩም። ኣብ ፊንላንድ ትምህርቲ ንቆልዑን መንእሰያትን ግዴታ እዩ።
topic-children-step-1 = ትምህርቲ ንእሽቶ ዕድመ (varhaiskasvatus) ንንኣሽቱ ቆልዑ ዝኸውን መውዓሊ እዩ። በበይኑ ናብ ምምሕዳር ከባቢኹም ኣመልክቱ። እቲ ክፍሊት ኣብ እቶት ስድራኹም ይምርኮስ።
topic-children-step-2 = ቅድመ-መባእታ ትምህርቲ ኣብታ ቅድሚ ምጅማር ቤት ትምህርቲ ዘላ ዓመት ግዴታ እዩ። ብናጻ እዩ።
topic-children-step-3 = ትምህርቲ ካብ ዕድመ 7 ክሳብ 18 ግዴታ እዩ። እቲ መንእሰይ ናይ ላዕለዋይ ካልኣይ ደረጃ ትምህርቲ እንተ ወዲኡ፣ ቀልጢፉ ክውዳእ ይኽእል።
topic-children-step-4 = ውላድኩም ገና ፊንላንድኛ ወይ ሽወድኛ ይመሃር ኣሎ ዶ? እቲ ቆልዓ ንቤት ትምህርቲ ዘዳሉ ምድላዋዊ ትምህርቲ ክረክብ ይኽእል። ኣስታት ሓደ ዓመት ትምህርቲ ይወስድ።
topic-children-step-5 = ክሊኒካት ጥዕና ቆልዑ (neuvola) ጥዕናን ዕብየትን ናይ ንኣሽቱ ቆልዑ ይምርምሩ። ዘካይዶም ናይ ከባቢኹም { -hyvinvointialue } እዩ። ምብጻሕ ብኸመይ ከም እትሕዙ ሕተትዎም።

## rights
topic-rights-title = መሰላትኩምን ግዴታታትኩምን
topic-rights-summary = ኣብ ፊንላንድ፣ ኩሉ ሰብ ሓደ ዓይነት መሰረታዊ መሰላት ኣለዎ። ግዴታታት እውን ኣለኩም። ንኣብነት፣ ሕጊ ክትኽተሉን ግብሪ ክትከፍሉን ኣለኩም።
topic-rights-step-1 = ኩሉ ሰብ ኣብ ቅድሚ ሕጊ ማዕረ እዩ። ኣድልዎ ክልኩል እዩ፣ ንኣብነት ብሰንኪ መበቆል፣ ሃይማኖት፣ ጾታ ወይ ስንክልና።
topic-rights-step-2 = ደቀንስትዮን ደቂ ተባዕትዮን ማዕረ መሰላት ኣለዎም። እዚ ኣብ ገዛ፣ ኣብ ስራሕን ኣብ ሕብረተሰብን ይሰርሕ።
topic-rights-step-3 = ዓመጽ ገበን እዩ፣ ኣብ ውሽጢ ስድራቤት እውን። ሕጂ ኣብ ሓደጋ እንተ ኣለኹም፣ ናብ 112 ደውሉ። { -nollalinja } ንዝኾነ ኣብ ቀረባ ዝምድና ዓመጽ ዘጋጥሞ ሰብ ይሕግዝ። ቁጽርታቱ ኣብዚ ገጽ ኣለዉ።
topic-rights-step-4 = ኣብ ስራሕ፣ ዝተሰማማዕኩምሉ ደሞዝ ናይ ምርካብ መሰል ኣለኩም። ብጽሑፍ ዝተገብረ ውዕል ሕተቱ። ወረቐታት ደሞዝኩም ሓልዉ።

## everyday
topic-everyday-title = ዕለታዊ ህይወት
topic-everyday-summary = እዚ ኣርእስቲ ኣብ ፊንላንድ ንዕለታዊ ህይወት ምኽርታት ይህብ። ብዛዕባ ባጀትኩም፣ ሕሳባት ክፍሊት፣ ኣገልግሎታት ኢንተርነትን ጓሓፍን ይዛረብ። ናጻ ግዜ እውን ኣገዳሲ እዩ። ምስ ሰባት ንምልላይ፣ ኣብ ክለብ፣ ጉጅለ ስፖርት ወይ ማሕበር ተጸንበሩ።
topic-everyday-step-1 = ገንዘብኩም መድቡ። ነፍሲ ወከፍ ወርሒ እቶትኩምን ወጻኢታትኩምን ጽሓፉ።
topic-everyday-step-2 = ሕሳባት ክፍሊትኩም ብግዜኡ ክፈሉ። ዘይተኸፍሉ ሕሳባት ንናይ ልቓሕ ተኣማንነትኩም ክጎድኡ ይኽእሉ። ክትከፍሉ እንተ ዘይክኢልኩም፣ ምስቲ ሕሳብ ዝሰደደልኩም ኣቐዲምኩም ተራኸቡ።
topic-everyday-step-3 = ንብዙሓት ህዝባዊ ኤሌክትሮኒካዊ ኣገልግሎታት { -suomi-fi } ተጠቐሙ። ህዝባዊ ቤተ-መጻሕፍቲ ብናጻ እዮም። ብዙሓት ቤተ-መጻሕፍቲ ኮምፒዩተራት ኣለዉዎም፣ ሰራሕተኛታት ድማ ክትጥቀሙሎም ክሕግዙኹም ይኽእሉ።
topic-everyday-step-4 = ጓሓፍኩም ንዳግመ-ኣጠቓቕማ ፈላልይዎ። ብዛዕባ ሕግታት ናይቲ እትነብሩሉ ቦታ ንወናኒ ገዛኹም ወይ ንምምሕዳር ከባቢኹም ሕተቱ።

## driving-licence
topic-driving-licence-title = መንጃ ፍቓድ ካብ ካልእ ሃገር
topic-driving-licence-summary = ብናይ ወጻኢ መንጃ ፍቓድኩም ኣብ ፊንላንድ መኪና ክትዝውሩ ትኽእሉ ዶ? ኣብቲ መንጃ ፍቓድ ዝረኸብኩምሉ ሃገር ይምርኮስ። ሕግታት ብግዜኡ ርኣዩ።
topic-driving-licence-step-1 = ካብ ሃገር ሕብረት ኤውሮጳ ወይ ኤውሮጳዊ ቁጠባዊ ከባቢ ዝተረኽበ መንጃ ፍቓድ ኣብ ፊንላንድ ዝሰርሕ ኮይኑ ይቕጽል። ኤውሮጳዊ ቁጠባዊ ከባቢ ማለት ሃገራት ሕብረት ኤውሮጳ ምስ ኣይስላንድ፣ ሊኽተንሽታይንን ኖርወይን እዩ።
topic-driving-licence-step-2 = ብዙሓት ካልኦት መንጃ ፍቓዳት ናብዚ ምስ መጻእኩም ንውሱን ግዜ ጥራይ እዮም ዝሰርሑ። ድሕሪኡ፣ መንጃ ፍቓድኩም ብናይ ፊንላንድ ክትቕይርዎ ኣለኩም። ንገለ መንጃ ፍቓዳት፣ ፈተና ምዝዋር እውን ክትሓልፉ ኣለኩም። መንጃ ፍቓድኩም ኣብ { -ajovarma }፣ ናይ መንጃ ፍቓድ መደበራት ኣገልግሎት፣ ትቕይርዎ።
topic-driving-licence-step-3 = ሕግታት ናይ ሃገርኩም ኣብ { -infofinland } ርኣዩ። እቲ ግዜ ከይወደአ፣ ቀልጢፍኩም ግበርዎ።

## help
topic-help-title = ሓገዝ ካበይ ትረኽቡ
topic-help-summary = ኩሉ ነገር በይንኹም ክትፈልጥዎ ኣየድልየኩምን። ኣገልግሎታት ምኽርን መምርሕን ንኹሎም ካብ ወጻኢ ዝመጹ ሰባት እዮም። ፍቓድ መንበሪ ንዘይብሎም ሰባት እውን እዮም። ብዛዕባ ኣገልግሎታትን ዕለታዊ ህይወትን ክትሓትዎም ትኽእሉ።
topic-help-step-1 = ምኽርን መምርሕን ካበይ ከም እትረኽቡ ንምምሕዳር ከባቢኹም ሕተቱ። ምስ ኣየናይ ኣገልግሎት ክትራኸቡ ከም ዘለኩም ክነግሩኹም ይኽእሉ።
topic-help-step-2 = { -infofinland } ብዛዕባ ህይወት ኣብ ፊንላንድ ብብዙሓት ቋንቋታት ሓበሬታ ኣለዎ። ብቋንቋኹም ሓበሬታ ምስ ዘድልየኩም ተጠቐምሉ።
topic-help-step-3 = ኣብ ቅልውላው ኣለኹም፣ ዘዛርበኩም ሰብ ድማ የድልየኩም ዶ? ናብ መስመር ሓገዝ ቅልውላው { -mieli } ደውሉ። እቲ ብፊንላንድኛ ዘሎ መስመር 24 ሰዓት ክፉት እዩ። ካልኦት ቋንቋታት ናቶም ቁጽርታትን ሰዓታትን ኣለዎም። ኩሎም ቁጽርታት ኣብዚ ገጽ ኣለዉ።
topic-help-step-4 = ኣብ ህጹጽ ኩነታት፣ ናብ 112 ደውሉ። ህይወት፣ ጥዕና፣ ንብረት ወይ ከባቢ ኣብ ሓደጋ ምስ ዝህሉ ደውሉ።

## interpreters
topic-interpreters-title = ተርጓሚታት
topic-interpreters-summary = ተርጓሚ ዝበልኩምዎ ናብ ካልእ ቋንቋ፣ ዝበሎ ሰራሕተኛ ድማ ናብ ቋንቋኹም ይቕይር። ምስ ተርጓሚ፣ ጉዳያትኩም ክትርድኡን ብጽቡቕ ክትገልጽዎምን ትኽእሉ።
topic-interpreters-step-1 = ነቲ ጉዳይ ዝጀመሮ ሰብ መዚ ድዩ? ሽዑ እቲ ሰብ መዚ ተርጓሚ የዳሉን ይኸፍለሉን።
topic-interpreters-step-2 = ነቲ ጉዳይ ባዕልኹም ዲኹም ጀሚርኩምዎ? ንኣብነት፣ ንገለ ነገር ኣመልኪትኩም። ሽዑ እቲ ሰብ መዚ ተርጓሚ የዳሉ እንተ ኾይኑ ሕተትዎ።
topic-interpreters-step-3 = ቆጸራ ክትሕዙ ከለኹም ቋንቋኹም ንገርዎም። ላህጃኹም ዝዛረብ ተርጓሚ ክትሓቱ ትኽእሉ። ሰበይቲ ወይ ሰብኣይ ተርጓሚ እውን ክትሓቱ ትኽእሉ።
topic-interpreters-step-4 = ገምጋም ክእለታትኩምን ድሌታት ኣገልግሎትኩምን ብእትርድእዎ ቋንቋ እዩ ዝካየድ። እንተ ኣድልዩኩም ተርጓሚ ክህልወኩም ይኽእል።

## Authorities
authority-migri = { -migri-full }
authority-dvv = { -dvv-full }
authority-kela = { -kela } ({ -kela-full })
authority-vero = { -vero-full }
authority-banks = ባንክታት ከምኡውን { -suomi-fi }
authority-employment = { -tyollisyyspalvelut }
authority-integration = ኣገልግሎታት ምውህሃድ ናይ ምምሕዳር ከባቢ
authority-wellbeing = { -hyvinvointialue }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = ምምሕዳር ከባቢኹም
authority-oph = { -oph-full }
authority-lvv = { -lvv } (ፍቓዳት ክንክን ጥዕናን ማሕበራዊ ክንክንን)
authority-simhe = ኣገልግሎታት { -simhe } ኣብ ዩኒቨርሲቲታት
authority-ngos = ውድባትን ማሕበራትን
authority-guidance = ኣገልግሎታት ምኽርን መምርሕን
authority-traficom = { -traficom-full } ({ -traficom })

## Phones
phone-112 = ቁጽሪ ህጹጽ ረድኤት
phone-medical-helpline = { -paivystysapu }
phone-poison = { -myrkytystietokeskus }
phone-crisis = መስመር ሓገዝ ቅልውላው ብፊንላንድኛ፣ 24 ሰዓት ({ -mieli })
phone-crisis-en-ar = መስመር ሓገዝ ቅልውላው ብእንግሊዝኛን ዓረብኛን ({ -mieli })
phone-crisis-uk = መስመር ሓገዝ ቅልውላው ብዩክሬንኛ ({ -mieli })
phone-crisis-ru = መስመር ሓገዝ ቅልውላው ብሩስኛ ({ -mieli })
phone-crisis-sv = መስመር ሓገዝ ቅልውላው ብሽወድኛ ({ -mieli })
phone-nollalinja = { -nollalinja }: ኣብ ቀረባ ዝምድና ዓመጽ ንዘጋጥሞ ዝኾነ ሰብ ዝሕግዝ መስመር
phone-nollalinja-short = { -nollalinja }: እቲ ተመሳሳሊ መስመር ሓገዝ፣ ሓጺር ቁጽሪ

## Checklist
check-permit = ፍቓድ መንበሪ ውሰዱ ወይ ምጽናሕኩም ኣመዝግቡ
check-register = ኣብ { -dvv } ተመዝገቡ፣ መለለዪ ቁጽሪ ድማ ውሰዱ
check-kela = ብዛዕባ ማሕበራዊ ውሕስነት ኣብ { -kela } ሕተቱ
check-tax-card = ካርድ ግብሪ ውሰዱ
check-bank = ሕሳብ ባንኪ ክፈቱ፣ ኮድታት ባንኪ ድማ ውሰዱ
check-jobseeker = ከም ስራሕ ደላዪ ተመዝገቡ
check-health = ጣቢያ ጥዕናኹም ድለዩ
check-integration = ኣገልግሎታት ምውህሃድ ሕተቱ
check-language = ፊንላንድኛ ወይ ሽወድኛ ምምሃር ጀምሩ
check-housing = ገዛ ድለዩ

## Official sources
topic-sources-heading = ወግዓዊ ምንጭታት

# Owners of the official pages, shown as "<owner>: <page title>".
owner-infofinland = { -infofinland }
owner-kotoutuminen = { -kotoutuminen-fi }
owner-migri = { -migri }
owner-intermin = { -sisaministerio }
owner-dvv = { -dvv }
owner-kela = { -kela }
owner-vero = { -vero }
owner-suomifi = { -suomi-fi }
owner-tyomarkkinatori = { -tyomarkkinatori }
owner-oph = { -oph }
owner-lvv = { -lvv }
owner-erc = { -hatakeskuslaitos }
owner-116117 = { -paivystysapu }
owner-mieli = { -mieli }
owner-nollalinja = { -nollalinja }
owner-finlex = { -finlex }
owner-tem = { -tem }
owner-traficom = { -traficom }

# Titles of the official pages: what the page is about, without the owner.
source-infofinland-registering = ከም ነባሪ ምምዝጋብ
source-infofinland-health = ኣገልግሎታት ጥዕና ኣብ ፊንላንድ
source-infofinland-dental = ክንክን ስኒ
source-infofinland-driving = መንጃ ፍቓድ
source-infofinland-housing = ናይ ክራይ ገዛ
source-infofinland-daycare = ትምህርቲ ንእሽቶ ዕድመ
source-infofinland-basic-education = መሰረታዊ ትምህርቲ
source-infofinland-living = ምንባር ኣብ ፊንላንድ
source-infofinland-business = ንግዲ ምጅማር
source-kotoutuminen-who = መን እዩ ገምጋም ዝረክብ
source-kotoutuminen-assessment = ገምጋም ክእለታትን ድሌታት ኣገልግሎትን
source-kotoutuminen-guidance = መምርሕን ምኽርን
source-kotoutuminen-training = ስልጠና ምውህሃድ
source-kotoutuminen-independent-study = ብናይ ገዛእ ርእስኹም ተበግሶ ምምሃር
source-kotoutuminen-benefits = ድጎማ ስራሕ ኣልቦነትን ማሕበራዊ ድጎማታትን ኣብ እዋን ምውህሃድ
source-kotoutuminen-interpretation = ምርዳእን ትርጉምን
source-kotoutuminen-language-choice = ፊንላንድኛ ወይ ሽወድኛ ምምራጽ
source-kotoutuminen-families = ቆልዑ፣ መንእሰያትን ስድራቤታትን
source-kotoutuminen-plan = መደብ ምውህሃድ
source-migri-enter-finland = ናይ ኢንተርነት ኣገልግሎት { -enter-finland }
source-migri-extended-permit = ዝቕጽል ፍቓድ
source-migri-permanent = ቀዋሚ ፍቓድ መንበሪ
source-intermin-permanent = ሓደስቲ ሕግታት ንቀዋሚ ፍቓድ መንበሪ (ብፊንላንድኛ)
source-dvv-nordic = ኣብ መንጎ ኖርዲክ ሃገራት ምግዓዝ
source-kela-card = ካርድ { -kela }
source-kela-moving = ናብ ፊንላንድ ምግዓዝ
source-kela-unemployment = ድጎማ ዕዳጋ ስራሕ
source-kela-housing = ሓፈሻዊ ድጎማ ገዛ
source-kela-social-assistance = ማሕበራዊ ሓገዝ
source-kela-child-home-care = ድጎማ ክንክን ቆልዑ ኣብ ገዛ
source-vero-tax-card = ካርድ ግብሪ
source-vero-moving = ናብ ፊንላንድ ምግዓዝን ግብርታትን
source-suomifi-identification = ምልላይ መንነት
source-suomifi-messages = መልእኽትታት { -suomi-fi }
source-tyomarkkinatori-jobseeker = ኣገልግሎታት ንስራሕ ደለይቲ
source-oph-recognition = ኣፍልጦ ምስክር ወረቐታት ትምህርቲ
source-lvv-home = ፍቓድ ሞያ ኣብ ክንክን ጥዕናን ማሕበራዊ ክንክንን
source-erc-112 = መዓስ ናብ 112 ክድወል ኣለዎ
source-116117 = { -paivystysapu } ኣብ ከባቢኹም
source-mieli-emergency = ኣብ ቅልውላው ሓገዝ ካበይ ትረኽቡ
source-nollalinja = ሓገዝ ንዓመጽ ኣብ ቀረባ ዝምድናታት
source-finlex-integration-act = ሕጊ ምትብባዕ ምውህሃድ (ብፊንላንድኛ)
source-finlex-civic-orientation = ድንጋጌ ብዛዕባ ምልላይ ሕብረተሰብ (ብፊንላንድኛ)
source-tem-reform = ዝተመደቡ ለውጥታት ኣብ ኣገልግሎታት ምውህሃድ (ብፊንላንድኛ)
