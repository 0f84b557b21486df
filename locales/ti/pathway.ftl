# Tigrinya (ti): machine-made translation from English (locales/en/pathway.ftl).
# Suggested pathway, print, and the caseworker's view. Every locale has exactly the keys of locales/en/pathway.ftl.
# Variables in braces, like { $date }, are filled in by the app: keep them as they are.

## Pathway page
pw-title = ንዓኹም ዝተመኽረ መንገዲ ስጉምትታት
pw-intro = እዞም ስጉምትታት ካብ መልስታትኩም ተበጊሶም ዝተመኽሩ እዮም። መጀመርታ ሕጂ ክግበሩ ዘለዎም ነገራት፣ ድሕሪኡ ድማ ጸኒሖም ዝመጹ ይቐርቡ።
pw-disclaimer = እዚ ባዕልኹም ዘዳለኹምዎ ምኽሪ እዩ። ውሳነ ኣይኮነን። ኣገልግሎታትኩም ኣብ እዋን ገምጋም ምሳኹም ብሓባር ዝውስን እቲ ሰብ መዚ እዩ።
pw-no-answers = ገና ንሕቶታት ኣይመለስኩምን። መጀመርታ መልስዎም፣ ሽዑ ንዓኹም ዝተዳለወ መንገዲ ስጉምትታት ትረኽቡ።
pw-start-questions = ንሕቶታት መልሱ
pw-because = ከምዚ ስለ ዝመለስኩም:
pw-for-everyone = ንኹሉ ንምንባር ናብ ፊንላንድ ዝግዕዝ ሰብ ዝተመኽረ።
pw-where = ናበይ ትኸዱ:
pw-source = ወግዓዊ ምንጪ:
# After a step's sources: the day they were last checked. { $date } is a formatted date.
source-checked = ዝተረጋገጸሉ { $date }
pw-check-answers = መልስታትኩም ኣረጋግጹ ወይ ቀይሩ
timing-now = ሕጂ ግበርዎ
timing-soon = ኣብ ዝመጽኡ ኣዋርሕ
timing-later = ጸኒሑ

## Taking it with you
pw-take-heading = ነዚ ምሳኹም ውሰድዎ
pw-take-intro = መልስታትኩምን ነዚ መንገዲ ስጉምትታትን ኣብ ቆጸራኹም ኣርእዩ። ሓደ ኣገባብ ምረጹ።
pw-print = ሕተሙ
pw-save = ከም ፋይል ዕቀቡ
pw-share = ኣካፍሉ
pw-show-qr = QR ኮድ ኣርእዩ
pw-hide-qr = QR ኮድ ሕብኡ
pw-qr-help = ሓላፊ ጉዳይኩም መልስታትኩም ብፊንላንድኛ ወይ ብሽወድኛ ንምርኣይ ነዚ ኮድ ከንብቦ ይኽእል። ቅዳሕ ንምሓዝ ብናይ ገዛእ ርእስኹም ተሌፎን እውን ከተንብብዎ ትኽእሉ። መልስታትኩም ኣብ ውሽጢ እቲ ኮድ እዮም ዘለዉ: ናብ ዝኾነ ቦታ ዝለኣኽ ነገር የለን።
pw-qr-label = መልስታትኩም ዝሓዘ QR ኮድ
pw-saved = እቲ ፋይል ተዓቂቡ። ኣብ ዝወረዱ ፋይላትኩም ድለይዎ።
pw-share-failed = ኣብዚ መሳርሒ ምክፋል ኣይሰርሐን። ኣብ ክንድኡ ነቲ ፋይል ክትዕቅብዎ ትኽእሉ።

## Print
print-title = መልስታትን ዝተመኽረ መንገዲ ስጉምትታትን
print-caseworker-language = ካልኣይ ቋንቋ፣ ንሓላፊ ጉዳይ:
print-self-reported = ቅድሚ ገምጋም ብእቲ ሰብ ባዕሉ ዝተሃበ ሓበሬታ። እቲ መንገዲ ስጉምትታት ምኽሪ እዩ፣ ውሳነ ኣይኮነን።
print-prepared = ዝተዳለወሉ ዕለት { $date }
print-answers = መልስታት
print-pathway = ዝተመኽረ መንገዲ ስጉምትታት
print-button = ነዚ ገጽ ሕተሙ
print-back = ናብ መንገዲ ስጉምትታትኩም ተመለሱ

## Caseworker view
hv-title = መልስታት ንገምጋም
hv-self-reported = እቲ ሰብ ነዞም ሕቶታት ቅድሚ ገምጋም በይኑ መሊሱዎም። እቶም መልስታት ብእቲ ሰብ ባዕሉ ዝተሃቡ እዮም። እቲ መንገዲ ስጉምትታት ካብቶም መልስታት ተበጊሱ ብመተግበሪ ዝተዳለወ ምኽሪ እዩ፣ ውሳነ ኣይኮነን።
hv-prepared = ዝተዳለወሉ ዕለት { $date }። ቋንቋ እቲ ሰብ: { $language }።
hv-municipality = ምምሕዳር ከባቢ: { $name }
hv-language = ብኣየናይ ቋንቋ ይርአ:
hv-show-person = ቋንቋ እቲ ሰብ እውን ኣርእዩ
hv-hide-person = ቋንቋ እቲ ሰብ ሕብኡ
hv-print = ሕተሙ
hv-nothing-stored = ካብዚ ገጽ ኣብዚ መሳርሒ ዝዕቀብ ነገር የለን።
hv-dropped = ገለ መልስታት ክንበቡ ኣይከኣሉን። ብኻልእ ስሪት ናይቲ መተግበሪ ተሰሪሖም ክኾኑ ይኽእሉ።
hv-load-title = ዝተዓቀቡ መልስታት ክፈቱ
hv-load-intro = ካብዚ መተግበሪ ዝተዓቀበ ፋይል ምረጹ። መወዳእትኡ .json እዩ።
hv-load-label = መልስታት ዝሓዘ ፋይል
hv-error-title = እዞም መልስታት ክኽፈቱ ኣይክእሉን
hv-try-file = ኣብ ክንድኡ ዝተዓቀበ ፋይል ክፈቱ

## Errors in links and files
handover-error-empty = እቲ መላግቦ ወይ እቲ ፋይል ባዶ እዩ።
handover-error-too-large = እቲ ፋይል ናይ መልስታት ፋይል ንምዃን ኣዝዩ ዓቢ እዩ። ቅኑዕ ፋይል ከም ዝመረጽኩም ኣረጋግጹ።
handover-error-malformed = እቲ መላግቦ ወይ እቲ ፋይል ተበላሽዩ ኣሎ። ነቲ ሰብ QR ኮድ ደጊሙ ከርኢ ወይ ሓድሽ ፋይል ክዕቅብ ሕተትዎ።
handover-error-newer = እዞም መልስታት ብዝሓደሰ ስሪት ናይቲ መተግበሪ እዮም ተሰሪሖም። ነቲ መተግበሪ ኣሐድስዎ (ነቲ ገጽ ደጊምኩም ጽዓንዎ)፣ ድሕሪኡ ደጊምኩም ፈትኑ።
handover-error-checksum = እቲ መላግቦ ወይ እቲ ፋይል ተቐይሩ ወይ ተበላሽዩ ስለ ዘሎ፣ ክእመን ኣይክእልን። ሓድሽ ሕተቱ።
handover-error-truncated = ገለ ክፋል ናይቲ መላግቦ ወይ ናይቲ ፋይል ጎዲሉ ኣሎ። ሓድሽ ሕተቱ።
handover-error-not-json = እዚ ካብዚ መተግበሪ ዝተዓቀበ ፋይል ኣይኮነን።
handover-error-not-handover = እዚ ፋይል ካብዚ መተግበሪ ዝመጹ መልስታት ኣይሓዘን።

## Steps: urgent
step-urgent-safety-title = ኣብ ሓደጋ እንተ ኣለኹም፣ ናብ 112 ደውሉ
step-urgent-safety-text = ንስኹም ወይ ስድራኹም ሕጂ ኣብ ሓደጋ እንተ ኣለኹም ናብ 112 ደውሉ። ካብ ፖሊስ፣ መዕቆቢ ወይ መስመር ሓገዝ እውን ሓገዝ ክትሓቱ ትኽእሉ። ብናጻ እዩ።
step-urgent-housing-title = ሎሚ ብዛዕባ መንበሪ ሓገዝ ሕተቱ
step-urgent-housing-text = ሎሚ ምስ ማሕበራዊ ኣገልግሎታት ናይ ከባቢኹም { -hyvinvointialue } ተራኸቡ፣ ውሑስ መንበሪ ቦታ ከም ዘይብልኩም ድማ ንገርዎም። ንምምሕዳር ከባቢኹም እውን ሓብሩ።
step-urgent-money-title = ብገንዘብ ሓገዝ ሕተቱ
step-urgent-money-text = ንመግቢ ወይ ንሕሳባት ክፍሊት ገንዘብ እንተ ዘይብልኩም፣ ንመሰረታዊ ማሕበራዊ ሓገዝ ናብ { -kela } ኣመልክቱ። ኣብ ህጹጽ ኩነታት ማሕበራዊ ኣገልግሎታት ክሕግዙኹም ይኽእሉ።
step-urgent-health-title = ክንክን ጥዕና ርኸቡ
step-urgent-health-text = ምስ ጣቢያ ጥዕናኹም ተራኸቡ። ህጹጽ እንተ ኾይኑ፣ ናብ { -paivystysapu } 116 117 ደውሉ። ኣብ መብዛሕትኡ ከባቢታት ይሰርሕ: ኣብ 116117.fi ርኣዩ። ኣብ ህጹጽ ኩነታት፣ ናብ 112 ደውሉ።
step-urgent-family-title = ብዛዕባ ምምጻእ ስድራኹም ሕተቱ
step-urgent-family-text = ምጥርናፍ ስድራቤት ናቱ ሕግታትን ገደብ ግዜን ኣለዎ። ኣብ migri.fi ርኣይዎም፣ ቀልጢፍኩም ድማ ምኽሪ ሕተቱ።
step-urgent-legal-title = ሕጋዊ ምኽሪ ሕተቱ
step-urgent-legal-text = ሕጋዊ ምኽሪ ካበይ ክትረኽቡ ከም እትኽእሉ ንኣገልግሎታት ምኽርን መምርሕን ሕተቱ። ገለ ምኽሪ ብናጻ እዩ።

## Steps: first steps
step-register-dvv-title = ኣድራሻኹም ኣብ { -dvv } ኣመዝግቡ
step-register-dvv-text = መንበሪ ምምሕዳር ንኽትረኽቡ ኣብ { -dvv } ተመዝገቡ። ብዙሓት ኣገልግሎታት የድልይዎ።
step-first-identity-code-title = ውልቃዊ መለለዪ ቁጽሪ ውሰዱ
step-first-identity-code-text = ውልቃዊ መለለዪ ቁጽርኹም መብዛሕትኡ ግዜ ኣብ ካርድ ፍቓድ መንበሪኹም ተጻሒፉ ኣሎ። እንተ ዘየሎ፣ ኣብ { -dvv } ምስ ተመዝገብኩም ትረኽብዎ። ኣብ ባንኪ፣ ኣብ { -kela } ከምኡውን ኣብ ክንክን ጥዕና የድልየኩም።
step-first-kela-title = ብዛዕባ ማሕበራዊ ውሕስነት ኣብ { -kela } ሕተቱ
step-first-kela-text = ኣብ OmaKela ንካርድ { -kela } ኣመልክቱ፣ ናብ ፊንላንድ ምግዓዝኩም ዝሕብር መግለጺ ድማ ኣቕርቡ። ሽዑ { -kela } ብናይ ፊንላንድ ማሕበራዊ ውሕስነት ትሽፈኑ እንተ ኾንኩም ይውስን።
step-first-tax-card-title = ካርድ ግብሪ ውሰዱ
step-first-tax-card-text = ቅድሚ ስራሕ ምጅማርኩም ካብ { -vero } ካርድ ግብሪ ውሰዱ። ንወሃቢ ስራሕኩም ሃብዎ።
step-first-bank-title = ሕሳብ ባንኪ ክፈቱ
step-first-bank-text = ንደሞዝኩምን ድጎማታትኩምን ሕሳብ ባንኪ የድልየኩም። ካብ ባንኪ ኮድታት ኢንተርነት ባንኪ እውን ሕተቱ።

## Steps: your assessment
step-assessment-employment-title = ገምጋምኩም ምስ { -tyollisyyspalvelut } እዩ
step-assessment-employment-text = ከም ስራሕ ደላዪ ስለ ዝተመዝገብኩም፣ ገምጋምኩምን መደብ ምውህሃድኩምን ምሳኹም ዝሰርሑ { -tyollisyyspalvelut } እዮም። ተራኸብዎም፣ ቆጸራ ድማ ሓዙ።
step-assessment-municipality-title = ገምጋምኩም ምስ ምምሕዳር ከባቢኹም እዩ
step-assessment-municipality-text = ከም መልስታትኩም፣ ንገምጋምኩምን መደብ ምውህሃድኩምን ሓላፍነት ዘለዎም ኣገልግሎታት ምውህሃድ ናይ ምምሕዳር ከባቢኹም እዮም። ተራኸብዎም፣ ቆጸራ ድማ ሓዙ።
step-assessment-ask-title = ገምጋም ክእለታትኩምን ድሌታትኩምን ሕተቱ
step-assessment-ask-text = ገምጋምኩም መን ከም ዝገብሮ ኣብ ምምሕዳር ከባቢኹም ንዘለዉ ኣገልግሎታት ምኽርን መምርሕን ሕተቱ። ከም ስራሕ ዘይብሉ ስራሕ ደላዪ እንተ ተመዝጊብኩም፣ { -tyollisyyspalvelut } እዮም። እንተ ዘይኮይኑ መብዛሕትኡ ግዜ ምምሕዳር ከባቢ እዩ።
step-window-open-title = መደብ ምውህሃድኩም ብግዜኡ ሕተቱ
step-window-open-text = እቲ ገምጋምን እቲ ቀዳማይ መደብ ምውህሃድን ካብ ቀዳማይ ፍቓድ መንበሪኹም ወይ ምዝገባኹም ኣብ ውሽጢ 3 ዓመት ይስርሑ። ቀልጢፍኩም ሕተትዎም።
step-window-passed-title = ካብ ቀዳማይ ፍቓድኩም ጀሚሩ ልዕሊ 3 ዓመት ሓሊፉ ኣሎ
step-window-passed-text = እቲ ቀዳማይ መደብ ምውህሃድ መብዛሕትኡ ግዜ ኣብ ውሽጢ 3 ዓመት ይስራሕ። ገና ንዓኹም እንታይ ክኸውን ከም ዝኽእል ንሓላፊ ጉዳይኩም ሕተቱ። ኮርሳት ቋንቋን ካልኦት ኣገልግሎታትን ገና ክፉታት ክኾኑልኩም ይኽእሉ።
step-jobseeker-register-title = ከም ስራሕ ደላዪ ተመዝገቡ
step-jobseeker-register-text = ስራሕ ወይ ስልጠና ትደልዩ ኢኹም። ኣብ { -tyomarkkinatori(case: "with-finnish") } ወይ ኣብ { -tyollisyyspalvelut } ከም ስራሕ ደላዪ ተመዝገቡ።
step-interpreter-title = ተርጓሚ ሕተቱ
step-interpreter-text = ቆጸራ ክትሕዙ ከለኹም ተርጓሚ ከም ዘድልየኩም ነቲ ቤት ጽሕፈት ንገርዎ። እቲ ገምጋም ብእትርድእዎ ቋንቋ እዩ ዝካየድ።
step-social-services-title = ገምጋም ማሕበራዊ ኣገልግሎታት
step-social-services-text = ኣህጉራዊ ሓለዋ ዘለዎም ሰባት መብዛሕትኡ ግዜ ናብ ገምጋም ድሌታት ማሕበራዊ ኣገልግሎታት ይምርሑ። እዚ ዘድልየኩም ደገፍ ክትረኽቡ ይሕግዘኩም።
step-unaccompanied-plan-title = ደገፍ ንመንእሰይ ብዘይ ሞግዚት
step-unaccompanied-plan-text = ብዘይ ሞግዚት ዝመጸ መንእሰይ መብዛሕትኡ ግዜ ናብ ገምጋም ድሌታት ማሕበራዊ ኣገልግሎታት ይምራሕ። ምስ ማሕበራዊ ኣገልግሎታት ብሓባር ንዓኹም መደብ ይስራሕ። ነቲ ምሳኹም ዝራኸብ ሰብ ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተቱ።
step-talk-health-title = ብዛዕባ ጥዕናኹም ምስ ሓደ ሰብ ተዘራረቡ
step-talk-health-text = ኣብ ጣቢያ ጥዕናኹም ወይ ምስ ማሕበራዊ ኣገልግሎታት ቆጸራ ሓዙ። ምምሃር ወይ ምስራሕ እንታይ ከም ዘኽብደልኩም ክትነግርዎም ትኽእሉ።

## Steps: language
step-literacy-title = ስልጠና ምንባብን ምጽሓፍን
step-literacy-text = ስልጠና ምንባብን ምጽሓፍን ሕተቱ። ንሰባት ገና ጽቡቕ ጌሮም ከንብቡ ወይ ክጽሕፉ ዘይክእሉ፣ ወይ ላቲናዊ ፊደል ሓድሽ ንዝኾኖም እዩ። እቶም ሕግታት ኣብ 2027 ክቕየሩ ይኽእሉ: ንሓላፊ ጉዳይኩም ሕተቱ።
step-integration-training-title = ስልጠና ምውህሃድ: ፊንላንድኛ ወይ ሽወድኛ
step-integration-training-text = ስልጠና ምውህሃድ ፊንላንድኛ ወይ ሽወድኛ፣ ብዛዕባ ሕብረተሰብን ዓለም ስራሕን ድማ ይምህር። መብዛሕትኡ ግዜ ኣስታት ሓደ ዓመት ይወስድ። ኣየናይ ጉጅለ ንዓኹም ከም ዝሰማማዕ ፈተና የርኢ። እቶም ሕግታት ኣብ 2027 ክቕየሩ ይኽእሉ: ንሓላፊ ጉዳይኩም ሕተቱ።
step-language-with-work-title = ምስ ስራሕ ጎኒ ንጎኒ ቋንቋ ተማሃሩ
step-language-with-work-text = ንስራሕ ድሉዋት ኢኹም። ክትሰርሑ ከለኹም ብኸፊል ግዜ ክትመሃርዎ እትኽእሉ ትምህርቲ ቋንቋ ሕተቱ።
step-language-fluent-title = ክእለት ቋንቋኹም ድሮ ጽቡቕ እዩ
step-language-fluent-text = ስልጠና ቋንቋ ከየድልየኩም ይኽእል። ብዛዕባ ካልኦት ኣገልግሎታት፣ ንኣብነት ትምህርቲ ወይ ስራሕ፣ ሕተቱ።
step-civic-orientation-title = ምልላይ ሕብረተሰብ ብቋንቋኹም
step-civic-orientation-text = ብዛዕባ ብብዙሓት ቋንቋታት ዝወሃብ ኮርስ ምልላይ ሕብረተሰብ ሕተቱ። እንተ ወሓደ 70 ሰዓት ይወስድ፣ ብዛዕባ መሰላት፣ ኣገልግሎታት፣ ስራሕን ዕለታዊ ህይወትን ኣብ ፊንላንድ ድማ ይነግር።
step-digital-skills-title = ኣገልግሎታት ኢንተርነት ምጥቃም ተማሃሩ
step-digital-skills-text = ብዙሓት ኣገልግሎታት ኣብ ኢንተርነት እዮም። ተሌፎን፣ ኮምፒዩተርን ኣገልግሎታት ኢንተርነትን ንምጥቃም ዝሕግዝ ሓገዝን ኮርሳትን ንቤተ-መጻሕፍትኹም ወይ ንምምሕዳር ከባቢኹም ሕተቱ።

## Steps: education and recognition
step-simhe-title = መምርሒ ንልዑል ትምህርቲ ዘለዎም ሰባት
step-simhe-text = ኣብ ገለ ዩኒቨርሲቲታት ዘለዉ ኣገልግሎታት { -simhe } ንናይ ዩኒቨርሲቲ ትምህርቲ ዘለዎም ሰባት ይመርሑ፣ ነቲ ቅድሚ ሕጂ ዝተመሃርዎ ኣፍልጦ ኣብ ምርካብ ድማ ይሕግዙ።
step-recognition-oph-title = ደረጃ ዲግሪኹም ፍለጡ
step-recognition-oph-text = { -oph } ካብ ወጻኢ ዝረኸብኩምዎ ዲግሪ ኣብ ፊንላንድ ኣየናይ ደረጃ ምዃኑ ክውስን ይኽእል። ምስክር ወረቐታትኩም ሒዝኩም ኪዱ። ብኸመይ ከም እተመልክቱ ኣብ oph.fi ርኣዩ።
step-regulated-valvira-title = መሰል ምስራሕ ኣብ ክንክን ጥዕና ወይ ማሕበራዊ ክንክን
step-regulated-valvira-text = ኣብ ክንክን ጥዕና ወይ ማሕበራዊ ክንክን ንምስራሕ፣ ካብ { -lvv } (ቀደም Valvira) ፍቓድ ሞያ የድልየኩም። ብተወሳኺ እኹል ፊንላንድኛ ወይ ሽወድኛ የድልየኩም።
step-regulated-oph-title = መሰል ምስራሕ ከም መምህር ወይ ኣብ ትምህርቲ ንእሽቶ ዕድመ
step-regulated-oph-text = ምምሃርን ትምህርቲ ንእሽቶ ዕድመን ብሕጊ ዝቕጽጸሩ ሞያታት እዮም። ትምህርትኹም ኣብኣቶም ንምስራሕ መሰል ይህበኩም እንተ ኾይኑ ዝውስን { -oph } እዩ።

## Steps: children
step-daycare-title = ንትምህርቲ ንእሽቶ ዕድመ ኣመልክቱ
step-daycare-text = ንትምህርቲ ንእሽቶ ዕድመ (መውዓሊ ህጻናት) ናብ ምምሕዳር ከባቢኹም ኣመልክቱ። እቲ ክፍሊት ኣብ እቶትኩም ይምርኮስ። ኣቐዲምኩም ኣመልክቱ።
step-preprimary-title = ቅድመ-መባእታ ትምህርቲ
step-preprimary-text = ቅድመ-መባእታ ትምህርቲ ኣብታ ቅድሚ ቤት ትምህርቲ ዘላ ዓመት ግዴታ እዩ። ብናጻ እዩ። ብኸመይ ከም እተመዝግቡ ምምሕዳር ከባቢኹም ይነግረኩም።
step-school-title = ቤት ትምህርቲ ንደቅኹም
step-school-text = ትምህርቲ ካብ ዕድመ 7 ግዴታ እዩ። ውላድኩም ገና ፊንላንድኛ ወይ ሽወድኛ እንተ ዘይዛረብ፣ ብዛዕባ ንቤት ትምህርቲ ዘዳሉ ምድላዋዊ ትምህርቲ ሕተቱ።
step-upper-secondary-title = ትምህርቲ ንመንእሰይ ውላድኩም
step-upper-secondary-text = መንእሰያት ክሳብ 18 ዓመት ወይ ናይ ላዕለዋይ ካልኣይ ደረጃ ትምህርቲ ክሳብ ዝውድኡ ክመሃሩ ኣለዎም። ብዛዕባ ናይ ላዕለዋይ ካልኣይ ደረጃ ትምህርቲ ወይ ብዛዕባ TUVA፣ እቲ ንዕኡ ዘዳሉ ትምህርቲ፣ ሕተቱ።

## Steps: studies and work
step-vocational-title = ሞያዊ ስልጠና
step-vocational-text = ብዛዕባ TUVA፣ እቲ ንናይ ላዕለዋይ ካልኣይ ደረጃ ትምህርቲ ዘዳሉ ትምህርቲ፣ ሕተቱ። ብዛዕባ ናይ ላዕለዋይ ካልኣይ ደረጃ ሞያዊ ትምህርቲ እውን ሕተቱ።
step-university-title = ትምህርቲ ዩኒቨርሲቲ
step-university-text = ብዛዕባ ትምህርቲ ላዕለዋይ ደረጃን ናይ ቋንቋ ጠለባቱን ሕተቱ። ኣገልግሎታት { -simhe } ክመርሑኹም ይኽእሉ።
step-self-motivated-title = መጀመርታ ኣብ መደብኩም ብዛዕባ ትምህርቲ ተሰማምዑ
step-self-motivated-text = ክትመሃሩ፣ ድጎማ ስራሕ ኣልቦነትኩም ድማ ክትሕልዉ እንተ ደሊኹም፣ ቅድሚ ምጅማርኩም ኣብ መደብ ምውህሃድኩም ብዛዕባ እቲ ትምህርቲ ተሰማምዑ።
step-business-title = ምኽሪ ንምጅማር ንግዲ
step-business-text = ኣብ ፊንላንድ ንግዲ ንምጅማር ካብ { -tyollisyyspalvelut } ምኽሪ ሕተቱ።
step-work-routes-title = መንገድታት ናብ ስራሕ
step-work-routes-text = ብዛዕባ ስልጠና ንዕዳጋ ስራሕ፣ ፈተነ ስራሕ ወይ ብድጎማ ደሞዝ ዝካየድ ስራሕ ን{ -tyollisyyspalvelut } ሕተቱ።
step-community-title = ምስ ሰባት ተላለዩ፣ ደገፍ ድማ ርኸቡ
step-community-text = ውድባትን ንጥፈታት ናጻ ግዜን ምስ ሰባት ክትላለዩን ስራሕ ክትረኽቡን ይሕግዙኹም። ኣብነታት: ውድባት ናይ ካብ ወጻኢ ዝመጹ ሰባት፣ ውድባት ተማሃሮ፣ ምምራሕ ብዝተመኩሩ ሰባት ከምኡውን ሞያዊ ማሕበራት። ኣብ ጥቓኹም እንታይ ከም ዘሎ ንምምሕዳር ከባቢኹም ሕተቱ።
step-follow-up-plan-title = እቲ ፕሮግራም ብዘይ ስራሕ እንተ ተወዲኡ
step-follow-up-plan-text = ፕሮግራም ምውህሃድኩም ምስ ዝውዳእ ገና ስራሕ እንተ ዘይብልኩም፣ ምሳኹም ቀጻሊ መደብ (jatkosuunnitelma) ይስራሕ: መደብ ንዝቕጽሉ ስጉምትታትኩም። ክኾኑ ዝኽእሉ መንገድታት ንኣብነት እዞም እዮም: ስልጠና ንዕዳጋ ስራሕ፣ ብድጎማ ደሞዝ ዝካየድ ስራሕ፣ ፈተነ ስራሕ፣ TUVA (ንናይ ላዕለዋይ ካልኣይ ደረጃ ትምህርቲ ዘዳሉ ትምህርቲ)፣ ሞያዊ ትምህርቲ፣ ትምህርቲ ላዕለዋይ ደረጃ፣ ብቕዓት ዝህብ ስልጠና፣ ምሕዋያዊ ንጥፈት ስራሕ ከምኡውን ምሕዋይ። ስራሕ ደላዪ እንተ ኾንኩም፣ መደብ ስራሕኩም ኣብቲ ቀጻሊ መደብ ይምርኮስ።
step-social-guidance-title = ሓገዝ ኣብ ዕለታዊ ጉዳያት
step-social-guidance-text = ኣብ ዕለታዊ ህይወት ተወሳኺ ደገፍ የድልየኩም ዶ? ብዛዕባ ንምውህሃድ ዝድግፍ ማሕበራዊ መምርሕን ብዛዕባ ሓገዝ ኣብ ምፍጻም ጉዳያት (asiointiapu) ሕተቱ። ገለ ምምሕዳራት ከባቢ ካብ ማሕበራዊ ኣገልግሎታት ወጻኢ እውን ንዕለታዊ ህይወት መምርሒ ይህቡ። ንምምሕዳር ከባቢኹም ሕተቱ።
