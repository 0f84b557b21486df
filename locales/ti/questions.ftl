# Tigrinya (ti): machine-made translation from English (locales/en/questions.ftl).
# Needs questionnaire. Every locale has exactly the keys of locales/en/questions.ftl.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = ንገምጋምኩም ተዳለዉ
qn-intro = ቅድሚ እቲ ብዛዕባ ኣገልግሎታት ምውህሃድ ዝግበር ቀዳማይ ርክብኩም፣ ብዛዕባ ክእለታትኩም፣ መደባትኩምን ናይ ሕጂ ህይወትኩምን ንዘለዉ ሕቶታት ክትምልሱ ትኽእሉ። ሽዑ እቲ ርክብ ካብ መልስታትኩም ክጅምር ይኽእል።
qn-how-long = ኣስታት 15 ደቒቕ ይወስድ። ደው ኢልኩም ድሒርኩም ክትቕጽሉ ትኽእሉ።
qn-private = መልስታትኩም ኣብዚ መሳርሒ ይተርፉ። ናብ ዝኾነ ቦታ ዝለኣኽ ነገር የለን። ንመን ከም እተርእይዎም ባዕልኹም ትውስኑ።
qn-skip-note = ዝደለኹምዎ ጥራይ መልሱ። ገለ ሕቶታት «ኣይፈልጥን»፣ «ሕለፉ» ወይ «ክብሎ ኣይደልን» ኣለዎም።
qn-start = ጀምሩ
qn-continue = ካብ ዝበጻሕኩምሉ ቀጽሉ
qn-start-again = ካብ መጀመርታ ጀምሩ
qn-check-link = መልስታትኩም ኣረጋግጹ
qn-saved-count = { $count ->
    [one] { $count } ሕቶ መሊስኩም ኣለኹም።
   *[other] { $count } ሕቶታት መሊስኩም ኣለኹም።
}
qn-progress = ክፋል { $part } ካብ { $parts }: { $section }
qn-progress-label = ምዕባለ
qn-back = ንድሕሪት
qn-continue-button = ቀጽሉ
qn-dont-know = ኣይፈልጥን
qn-prefer-not = ክብሎ ኣይደልን
qn-skip = ነዚ ሕቶ ሕለፉ
qn-choose-all = ዝምልከቱኹም ኩሎም ምረጹ።
qn-month = ወርሒ
qn-year = ዓመት
qn-number = ቁጽሪ
qn-your-answer = መልስኹም
qn-selected = ተመሪጹ

## Check your answers
qn-check-title = መልስታትኩም ኣረጋግጹ
qn-check-intro = መልስታትኩም ርኣዩ። ዝኾነ መልሲ ክትቕይሩ ትኽእሉ።
qn-change = ቀይሩ
qn-answer-now = መልሱ
qn-not-answered = ኣይተመለሰን
qn-answer-dont-know = ኣይፈልጥን
qn-answer-prefer-not = ክብሎ ኣይደልን
qn-answer-skipped = ተሓሊፉ
qn-done-title = ቀጺሉ እንታይ ይኸውን
qn-done-text = መልስታትኩም ኣብዚ መሳርሒ ተዓቂቦም ኣለዉ። ኣብ ቆጸራኹም ኣርእይዎም። እቲ እትራኸብዎ ሰብ እንታይ ኣገልግሎታት ከም ዘድልየኩም ምሳኹም ይውስን።
qn-see-pathway = ንዓኹም ዝተመኽረ መንገዲ ስጉምትታት ርኣዩ

## Deleting
qn-delete = ሓበሬታይ ካብዚ መሳርሒ ደምስሱ
qn-delete-confirm-title = ሓበሬታኹም ክድምሰስ ዶ?
qn-delete-confirm-text = እዚ መልስታትኩም፣ ምልክታት ዝርዝር ስጉምትታትኩምን ምርጫ ቋንቋኹምን ካብዚ መሳርሒ የጥፍእ። ክትመልስዎ ኣይትኽእሉን።
qn-delete-yes = እወ፣ ደምስሱ
qn-delete-cancel = ሰርዙ

## Notices about stored answers
qn-notice-discarded = ዝተዓቀቡ መልስታትኩም ክንበቡ ስለ ዘይከኣሉ ተኣልዮም። በጃኹም ደጊምኩም መልሱ።
qn-notice-newer = ዝተዓቀቡ መልስታትኩም ብዝሓደሰ ስሪት ናይዚ መተግበሪ እዮም ተሰሪሖም። በጃኹም ነቲ መተግበሪ ኣሐድስዎ ወይ ብዝተሓደሰ ብራውዘር ክፈትዎ። ዝተዓቀቡ መልስታትኩም ኣይተቐየሩን።

## Errors
error-summary = ጸገም ኣሎ
error-required = በጃኹም ነቲ ሕቶ መልስዎ፣ ወይ ኣብ ታሕቲ ካልእ ምርጫ ምረጹ።
error-unknown-option = በጃኹም ካብቶም ምርጫታት ሓደ ምረጹ።
error-exclusive = እዚ መልሲ ምስቶም ካልኦት ብሓባር ክምረጽ ኣይክእልን።
error-not-a-number = በጃኹም ብኣሃዛት ቁጽሪ ጽሓፉ፣ ንኣብነት 12።
error-out-of-range = በጃኹም ካብ { $min } ክሳብ { $max } ዘሎ ቁጽሪ ጽሓፉ።
error-year-too-early = በጃኹም ካብ { $min } ወይ ድሕሪኡ ዘሎ ዓመት ጽሓፉ።
error-in-future = እቲ ዕለት ኣብ መጻኢ ክኸውን ኣይክእልን።
error-month = በጃኹም ወርሒ ምረጹ።
error-too-long = በጃኹም እንተ በዝሐ { $max } ፊደላት ጽሓፉ።

## Months
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ

## Sections
section-about = ብዛዕባኹም
section-languages = ቋንቋታት
section-education = ትምህርቲ
section-work = ስራሕ
section-skills = ክእለታትን ጥንካረታትን
section-goals = ዕላማታትኩም
section-life = ናይ ሕጂ ህይወትኩም
section-wellbeing = ጥዕናን ደሓንነትን
section-wellbeing-intro = እዞም ሕቶታት ግዴታ ኣይኮኑን። ጥዕና ንምምሃርን ንምስራሕን ክጸልዎ ስለ ዝኽእል፣ ሓገዝ ድማ ስለ ዘሎ ኢና ንሓቶም። ክትሓልፍዎም ወይ «ክብሎ ኣይደልን» ክትመርጹ ትኽእሉ።
section-appointment = ቆጸራኹም

## Questions: about you
q-age-group = ዕድሜኹም ክንደይ እዩ?
q-residence-basis = ኣብ ፊንላንድ ናይ ምንባር መሰል ብምንታይ ምኽንያት ረኺብኩም?
q-residence-basis-help = ካርድ ፍቓድ መንበሪኹም ወይ ምስክር ወረቐት ምዝገባኹም ርኣዩ። ርግጸኛታት እንተ ዘይኮንኩም፣ «ኣይፈልጥን» ምረጹ።
q-permit-date = ቀዳማይ ፍቓድ መንበሪኹም ወይ ምዝገባኹም ኣብ ፊንላንድ መዓስ ረኺብኩም?
q-permit-date-help = ኣገልግሎታት ምውህሃድ መብዛሕትኡ ግዜ ድሕሪ እዚ ዕለት ኣብተን ቀዳሞት 3 ዓመታት ይወሃቡ።
q-municipality-registered = ኣብ ፊንላንድ መንበሪ ምምሕዳር ኣለኩም ዶ?
q-municipality-registered-help = እዚ ማለት ኣብ ሓደ ምምሕዳር ከባቢ ፊንላንድ ከም ነባሪ ተመዝጊብኩም ኣለኹም ማለት እዩ። ዝምዝግቦ { -dvv } እዩ።
q-first-steps-done = ካብዞም ኣየኖት ድሮ ኣለዉኹም?
q-unaccompanied = ብዘይ ወለድኹም ወይ ሞግዚትኩም ዲኹም ናብ ፊንላንድ መጺእኩም?
q-unaccompanied-help = ሞግዚት ማለት ብሕጊ ሓላፍነትኩም ዝወሰደ ዓቢ ሰብ እዩ።

## Questions: languages
q-mother-tongue = ቋንቋ ኣዴኹም እንታይ እዩ?
q-mother-tongue-other = ስም ቋንቋ ኣዴኹም ጽሓፉ።
q-other-languages = ካልኦት ኣየኖት ቋንቋታት ትዛረቡ?
q-finnish = ፊንላንድኛ ክንደይ ጽቡቕ ጌርኩም ትዛረቡ?
q-swedish = ሽወድኛ ክንደይ ጽቡቕ ጌርኩም ትዛረቡ?
q-english = እንግሊዝኛ ክንደይ ጽቡቕ ጌርኩም ትዛረቡ?
q-read-own = ብቋንቋ ኣዴኹም ከተንብቡ ትኽእሉ ዶ?
q-write-own = ብቋንቋ ኣዴኹም ክትጽሕፉ ትኽእሉ ዶ?
q-latin-alphabet = ፊደላት ናይዚ ኣልፋቤት ከተንብቡ ትኽእሉ ዶ: A B C D E?
q-latin-alphabet-help = ፊንላንድኛ፣ ሽወድኛን እንግሊዝኛን በዞም ፊደላት (ላቲናዊ ፊደል) እዮም ዝጽሓፉ።

## Questions: education
q-school-years = ብድምር ክንደይ ዓመት ኣብ ቤት ትምህርቲ ከይድኩም ወይ ተማሂርኩም?
q-school-years-help = ካብ መባእታ ቤት ትምህርቲ ክሳብ ዩኒቨርሲቲ ኩሎም ዓመታት ቁጸሩ። ርግጸኛታት እንተ ዘይኮንኩም፣ ዝሓሸ ግምትኩም ሃቡ።
q-education-level = እቲ ዝለዓለ ዝወዳእኩምዎ ትምህርቲ እንታይ እዩ?
q-education-field = እንታይ ተማሂርኩም?
q-education-country = እዚ ትምህርቲ ኣበይ ረኺብኩምዎ?
q-certificates = ምስክር ወረቐታትኩም ወይ ዲፕሎማታትኩም ኣለዉኹም ዶ?
q-certificates-help = ንኣብነት ምስክር ወረቐታት ቤት ትምህርቲ፣ ዲፕሎማታት ወይ ምስክር ወረቐታት ዲግሪ፣ ብወረቐት ወይ ከም ፋይል።
q-unfinished-studies = ጀሚርኩም ክትውድእዎ ዘይከኣልኩም ትምህርቲ ኣሎ ዶ?

## Questions: work
q-has-worked = ቅድሚ ሕጂ ሰሪሕኩም ትፈልጡ ዶ?
q-work-fields = ኣብ ኣየኖት መዳያት ሰሪሕኩም?
q-work-other = ዝሰራሕኩምሉ መዳይ ወይ ስራሕ ጽሓፉ።
q-work-years = ብድምር ክንደይ ዓመት ሰሪሕኩም?
q-recent-work = ናይ መወዳእታ ስራሕኩም እንታይ ነይሩ?
q-recent-work-help = ስም ስራሕ ጽሓፉ፣ ንኣብነት «ነርስ» ወይ «መራሕ ኣውቶቡስ»።
q-entrepreneur = ናይ ገዛእ ርእስኹም ንግዲ ነይሩኩም ዶ?
q-driving-licence = መንጃ ፍቓድ ኣለኩም ዶ?
q-licence-class = መንጃ ፍቓድኩም ኣየኖት ዓይነት ተሽከርከርቲ ክትዝውሩ ይፈቕደልኩም?

## Questions: skills
q-phone-skills = ስማርት ፎን ክትጥቀሙ ትኽእሉ ዶ፣ ንኣብነት መልእኽቲ ንምልኣኽን መተግበሪታት ንምጥቃምን?
q-computer-skills = ኮምፒዩተር ክትጥቀሙ ትኽእሉ ዶ?
q-online-services = ኣገልግሎታት ኢንተርነት በይንኹም ክትጥቀሙ ትኽእሉ ዶ?
q-online-services-help = ንኣብነት ኢንተርነት ባንኪ፣ ቆጸራ ምሓዝ ወይ ቅጥዒ ብኢንተርነት ምምላእ።
q-strengths = ኣብ እንታይ ኢኹም ጽቡቓት?

## Questions: goals
q-goals = ኣብ ዝመጽኡ ቁሩብ ዓመታት ኣብ ፊንላንድ እንታይ ክትገብሩ ትደልዩ?
q-main-goal = ካብዞም፣ ሕጂ ንዓኹም ኣዝዩ ኣገዳሲ ዝኾነ ኣየናይ እዩ?

## Questions: life now
q-jobseeker = ኣብ { -tyollisyyspalvelut } ከም ስራሕ ደላዪ ተመዝጊብኩም ዶ?
q-jobseeker-help = ብመገዲ { -tyomarkkinatori(case: "with-finnish") } ወይ ኣብ { -tyollisyyspalvelut } ትምዝገቡ።
q-social-assistance = ማሕበራዊ ሓገዝ ትረኽቡ ዶ?
q-social-assistance-help = ማሕበራዊ ሓገዝ እቶትኩም ምስ ዘይኣክል ንመሰረታዊ ድሌታት ዝወሃብ ገንዘብ እዩ። መሰረታዊ ማሕበራዊ ሓገዝ ዝኸፍል { -kela } እዩ። ንነዊሕ ግዜ ወይ ብቐጻሊ እንተ ትረኽብዎ፣ ንኣገልግሎታት ምውህሃድኩም መብዛሕትኡ ግዜ ሓላፍነት ዘለዎ ምምሕዳር ከባቢኹም እዩ።
q-has-children = ምሳኹም ዝነብሩ ቆልዑ ኣለዉኹም ዶ?
q-children-ages = ደቅኹም ዕድሚኦም ክንደይ እዩ?
q-home-care-allowance = ካብ { -kela } ድጎማ ክንክን ቆልዑ ኣብ ገዛ ትረኽቡ ዶ?
q-home-care-allowance-help = እዚ ትሕቲ 3 ዓመት ዝዕድሜኡ ቆልዓ ኣብ ገዛ ምስ ትኣልዩ ካብ { -kela } ዝወሃብ ገንዘብ እዩ።
q-housing = ሕጂ ኣበይ ትነብሩ?
q-urgent = ህጹጽ ሓገዝ ዘድልየኩም ነገር ኣሎ ዶ?

## Questions: wellbeing
q-health-affects = ጥዕናኹም ወይ ካልእ ነገር ምምሃር ወይ ምስራሕ የኽብደልኩም ዶ?
q-talk-to-someone = ብዛዕባ ጥዕናኹም ወይ ደሓንነትኩም ምስ ሓደ ሰብ ክትዘራረቡ ትደልዩ ዶ?

## Questions: appointment
q-appointment-language = ቆጸራኹም ብኣየናይ ቋንቋ ክኸውን ትደልዩ?
q-interpreter = ኣብ ቆጸራ ተርጓሚ የድልየኩም ዶ?
q-interpreter-language = እቲ ተርጓሚ ኣየናይ ቋንቋ ክዛረብ ኣለዎ?
q-contact-way = እቲ ቤት ጽሕፈት ብኸመይ ክራኸበኩም ትደልዩ?
q-contact-way-help = ኣድራሻ ርክብኩም ኣብዚ ኣይትጽሓፉ። ኣብቲ ቤት ጽሕፈት ኢኹም እትህብዎ።

## Options
opt-yesno-yes = እወ
opt-yesno-no = ኣይፋል
opt-firststeps-identity-code = ናይ ፊንላንድ ውልቃዊ መለለዪ ቁጽሪ
opt-firststeps-kela-card = ካርድ { -kela }
opt-firststeps-tax-card = ካርድ ግብሪ
opt-firststeps-bank-account = ሕሳብ ባንኪ
opt-firststeps-none = ገና ካብዞም ሓደ እኳ የብለይን
opt-age-under-18 = ትሕቲ 18
opt-age-18-29 = ካብ 18 ክሳብ 29
opt-age-30-44 = ካብ 30 ክሳብ 44
opt-age-45-64 = ካብ 45 ክሳብ 64
opt-age-65-plus = 65 ወይ ልዕሊኡ
opt-residence-protection = ኣህጉራዊ ሓለዋ (ዑቕባ፣ ናይ ስደተኛ ደረጃ)
opt-residence-family = ስድራቤታዊ ዝምድና
opt-residence-work = ስራሕ
opt-residence-study = ትምህርቲ
opt-residence-eu = ዜጋ ሕብረት ኤውሮጳ ወይ ኖርዲክ ሃገር፣ ዝተመዝገበ
opt-residence-temporary-protection = ግዝያዊ ሓለዋ
opt-residence-other = ካልእ ምኽንያት
opt-residence-protection-family = ኣባል ስድራ ኣህጉራዊ ሓለዋ ዘለዎ ሰብ
opt-residence-trafficking = ግዳይ ምስግጋር ደቂ ሰባት (ሓደ ሰብ ክትሰርሑ ወይ ካልእ ነገራት ክትገብሩ ኣገዲዱኩም)
opt-socialassist-lasting = እወ፣ ንነዊሕ ግዜ ወይ ብቐጻሊ
opt-socialassist-short-term = እወ፣ ሓንሳእ ወይ ንሓጺር ግዜ
opt-socialassist-no = ኣይፋል
opt-socialassist-yes = እወ (ንክንደይ ግዜ ከም ዝኾነ ኣይተገልጸን)
opt-language-arabic = ዓረብኛ
opt-language-dari = ዳሪ
opt-language-farsi = ፋርስኛ (ፋርሲ)
opt-language-kurdish = ኩርድኛ
opt-language-pashto = ፓሽቶ
opt-language-somali = ሶማልኛ
opt-language-tigrinya = ትግርኛ
opt-language-amharic = ኣምሓርኛ
opt-language-swahili = ስዋሂሊ
opt-language-russian = ሩስኛ
opt-language-ukrainian = ዩክሬንኛ
opt-language-estonian = ኢስቶንኛ
opt-language-albanian = ኣልባንኛ
opt-language-turkish = ቱርክኛ
opt-language-vietnamese = ቬትናምኛ
opt-language-thai = ታይኛ
opt-language-chinese = ቻይንኛ
opt-language-english = እንግሊዝኛ
opt-language-french = ፈረንሳይኛ
opt-language-spanish = ስጳንኛ
opt-language-other = ካልእ ቋንቋ
opt-level-none = ገና ክዛረቦ ኣይክእልን
opt-level-words = ገለ ቃላትን ሓጸርቲ ሓረጋትን እፈልጥ
opt-level-everyday = ኣብ ዕለታዊ ኩነታት፣ ከም ዕድጊ፣ ክመሓደር እኽእል
opt-level-work = ኣብ ስራሕ ኣብ መብዛሕትኡ ኩነታት ክመሓደር እኽእል
opt-howwell-well = እወ፣ ጽቡቕ ጌረ
opt-howwell-a-little = ቁሩብ
opt-howwell-no = ኣይፋል
opt-edu-none = ቤት ትምህርቲ ኣይከድኩን
opt-edu-primary = መባእታ ቤት ትምህርቲ
opt-edu-lower-secondary = ማእከላይ ቤት ትምህርቲ (ክሳብ ኣስታት ዕድመ 15)
opt-edu-upper-secondary = ካልኣይ ደረጃ ቤት ትምህርቲ
opt-edu-vocational = ሞያዊ ቤት ትምህርቲ (ስልጠና ሞያ)
opt-edu-bachelor = ዩኒቨርሲቲ ወይ ኮሌጅ፣ ቀዳማይ ዲግሪ (ባቸለር)
opt-edu-master = ዩኒቨርሲቲ፣ ካልኣይ ዲግሪ (ማስተር)
opt-edu-doctorate = ዶክትሬት (ፒኤችዲ)
opt-field-office = ስራሕ ቤት ጽሕፈትን ምምሕዳርን
opt-field-sales = መሸጣን ድኳናትን
opt-field-cleaning = ጽሬት
opt-field-construction = ህንጻን ስራሕ ህንጻን
opt-field-manufacturing = ስራሕ ፋብሪካን ምፍራይን
opt-field-transport = መጓዓዝያን ምዝዋርን
opt-field-restaurant = ቤት መግብታት፣ ካፈታትን ክሽናታትን
opt-field-health = ክንክን ጥዕና
opt-field-social-care = ማሕበራዊ ክንክንን ክንክን ኣረጋውያንን
opt-field-childcare = ክንክን ህጻናት
opt-field-teaching = ምምሃርን ትምህርትን
opt-field-ict = ኮምፒዩተርን ቴክኖሎጂ ሓበሬታን
opt-field-engineering = ምህንድስናን ቴክኖሎጂን
opt-field-agriculture = ሕርሻ፣ ኣታኽልቲ ምንባይን ስራሕ ጫካን
opt-field-beauty = ምስራሕ ጸጉርን ጽባቐን
opt-field-security = ጸጥታን ሓለዋን
opt-field-repair = ምጽጋንን ምዕቃብን
opt-field-arts = ስነ-ጥበብ፣ ማዕከናት ሓበሬታን ባህልን
opt-field-science = ሳይንስን ምርምርን
opt-field-law = ሕጊ፣ ቁጠባን ንግድን
opt-field-other = ካልእ መዳይ
opt-country-finland = ኣብ ፊንላንድ
opt-country-eu = ኣብ ካልእ ሃገር ሕብረት ኤውሮጳ ወይ ኖርዲክ ሃገር
opt-country-other = ኣብ ካልእ ሃገር
opt-certificates-yes = እወ፣ ኩሎም
opt-certificates-some = ገሊኦም
opt-certificates-no = ኣይፋል
opt-years-under-1 = ካብ 1 ዓመት ዝውሕድ
opt-years-1-2 = ካብ 1 ክሳብ 2 ዓመት
opt-years-3-5 = ካብ 3 ክሳብ 5 ዓመት
opt-years-6-10 = ካብ 6 ክሳብ 10 ዓመት
opt-years-over-10 = ልዕሊ 10 ዓመት
opt-licence-b = መኪና
opt-licence-c = ናይ ጽዕነት መኪና
opt-licence-d = ኣውቶቡስ
opt-licence-a = ሞተር ብሽክለታ
opt-licence-other = ካልኦት ተሽከርከርቲ
opt-strength-teamwork = ምስ ካልኦት ሰባት ምስራሕ
opt-strength-customer-service = ዓማዊል ምግልጋል
opt-strength-caring = ንሰባት ምክንኻን
opt-strength-handcrafts = ብኢደይ ምስራሕ
opt-strength-technical = ማሽናትን ቴክኖሎጂን
opt-strength-cooking = ምኽሻን
opt-strength-organising = ምውጣንን ምውዳብን
opt-strength-teaching = ምምሃርን ምግላጽን
opt-strength-languages = ቋንቋታት ምምሃር
opt-strength-art = ስነ-ጥበብ፣ ሙዚቃ ወይ ዲዛይን
opt-strength-sports = ስፖርት
opt-goal-work-soon = ቀልጢፈ ስራሕ ምርካብ
opt-goal-vocational = ሞያ ምምሃር (ሞያዊ ስልጠና)
opt-goal-university = ኣብ ዩኒቨርሲቲ ምምሃር
opt-goal-business = ናይ ገዛእ ርእሰይ ንግዲ ምጅማር
opt-goal-language-first = መጀመርታ ቋንቋ ምምሃር
opt-goal-family = ሕጂ ንግዚኡ ንስድራይ ምእላይ
opt-goal-not-sure = ገና ርግጸኛ ኣይኮንኩን
opt-childage-under-3 = ትሕቲ 3 ዓመት
opt-childage-3-6 = ካብ 3 ክሳብ 6 ዓመት
opt-childage-7-15 = ካብ 7 ክሳብ 15 ዓመት
opt-childage-16-17 = ካብ 16 ክሳብ 17 ዓመት
opt-housing-own-rental = ኣብ ናተይ ዝተካረኽዎ ወይ ዝወነንክዎ ገዛ
opt-housing-temporary = ኣብ ግዝያዊ ቦታ፣ ንኣብነት ምስ ኣዕሩኽ ወይ ኣብ መቐበሊ ማእከል
opt-housing-none = መንበሪ ቦታ የብለይን
opt-urgent-money = ገንዘብ ንመግቢ ወይ ንሕሳባት ክፍሊት
opt-urgent-housing = መንበሪ ቦታ
opt-urgent-health = ጥዕና
opt-urgent-safety = ድሕንነት: ኣነ ወይ ስድራይ ውሑሳት ኣይኮንናን
opt-urgent-family-reunification = ስድራይ ናብ ፊንላንድ ምምጻእ
opt-urgent-legal-advice = ሕጋዊ ምኽሪ
opt-urgent-none = ኣይፋል፣ ህጹጽ ነገር የለን
opt-affects-no = ኣይፋል
opt-affects-a-little = ቁሩብ
opt-affects-a-lot = ብዙሕ
opt-apptlang-finnish = ፊንላንድኛ
opt-apptlang-swedish = ሽወድኛ
opt-apptlang-english = እንግሊዝኛ
opt-apptlang-own = ቋንቋይ፣ ምስ ተርጓሚ
opt-contact-phone = ብተሌፎን ምድዋል
opt-contact-text-message = ጽሑፍ መልእኽቲ
opt-contact-email = ኢመይል
opt-contact-letter = ደብዳበ
opt-contact-in-person = ባዕለይ ናብቲ ቤት ጽሕፈት ክመጽእ እየ
