# Tigrinya (ti): machine-made translation from English (locales/en/app.ftl).
# App interface. Every locale has exactly the keys of locales/en/app.ftl.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = ሓድሽ ኣብ ፊንላንድ
skip-to-content = ናብቲ ትሕዝቶ ሕለፉ
nav-label = ቀንዲ መምረጺ
nav-guide = መምርሒ
nav-language = ቋንቋ
nav-municipality = ምምሕዳር ከባቢ
nav-municipality-none = ኣይተመርጸን
breadcrumb-label = ሕጂ ዘለኹምዎ ቦታ
footer-privacy = ኣብዚ ትገብርዎ ዘበለ ኣብዚ መሳርሒ ጥራይ ይተርፍ። ናብ ዝኾነ ቦታ ዝለኣኽ ነገር የለን።
footer-disclaimer = እዚ መምርሒ ሓፈሻዊ ሓበሬታ ይህብ። ብዛዕባ ጉዳይኩም ዝውስኑ ሰብ መዚ እዮም።
opens-new-tab = ኣብ ሓድሽ ገጽ ይኽፈት

## Notices
notice-machine = እዚ ጽሑፍ ብማሽን እዩ ተተርጒሙ፣ ጌጋታት ክህልዎ ይኽእል። ዘይንጹር ነገር እንተሎ፣ ንሰራሕተኛታት ሕተቱ ወይ ነቲ ወግዓዊ መርበብ ሓበሬታ ርኣዩ። ክነዐርዮም ምእንቲ፣ በጃኹም ብዛዕባ ጌጋታት ንገሩና።
notice-text-gaps = ገለ ጽሑፋት ገና ብቋንቋኹም የለዉን። ብእንግሊዝኛ እዮም ዝርኣዩ።
notice-checklist-reset = ዝዓቀብኩምዎ ዝርዝር ስጉምትታት ክንበብ ስለ ዘይከኣለ ተደምሲሱ። በጃኹም ኣብ ስጉምትታትኩም ደጊምኩም ምልክት ግበሩ።
notice-storage-blocked = እዚ ብራውዘር ንመምርሒ ዝኾነ ነገር ክዕቅብ ኣይፈቕደሉን። ኣብዚ ትገብርዎ ክሳብ ነዚ ገጽ ትዓጽውዎ ጥራይ እዩ ዝዕቀብ።

## Loading (the first screen, while a page the person chose is on its way)
loading = ይጽዓን ኣሎ…

## Language screen
language-title = ቋንቋኹም ምረጹ
language-intro = ኣብ ቋንቋኹም ጠውቑ። ድሒርኩም ካብቲ ኣብ ላዕሊ ዘሎ መምረጺ ክትቕይርዎ ትኽእሉ ኢኹም።
language-suggested = ነዚ መሳርሒ ዝተመኽረ

## Municipality screen (a site for several municipalities)
municipality-title = ምምሕዳር ከባቢኹም ምረጹ
municipality-intro = እትነብሩሉ ምምሕዳር ከባቢ ምረጹ። ሽዑ እቲ መምርሒ ቤት ጽሕፈታቱን ከባቢያዊ ሓበሬታን የርኢ። ድሒርኩም ካብቲ ኣብ ላዕሊ ዘሎ መምረጺ ክትቕይርዎ ትኽእሉ ኢኹም።

## Start page
home-title = እንቋዕ ናብ ፊንላንድ ብደሓን መጻእኩም
home-intro = እዚ መምርሒ ኣብ ፊንላንድ ኣብቶም ቀዳሞት ኣዋርሕኩም ይሕግዘኩም። ብዛዕባ ቀዳሞት ስጉምትታትኩም፣ ክትጥቀሙሎም እትኽእሉ ኣገልግሎታትን ሓገዝ ካበይ ከም እትረኽቡን ኣንብቡ።
home-guide-title = መሰረታዊ ሓበሬታ
home-guide-text = ፍቓዳት፣ { -kela }፣ ስራሕ፣ ጥዕና፣ መንበሪ ገዛ፣ ቤት ትምህርትን ካልእን።
home-checklist-title = ቀዳሞት ስጉምትታትኩም
home-help-title = ሓገዝ ካበይ ትረኽቡ
home-help-text = ምኽርን መምርሕን፣ መስመራት ሓገዝን ቁጽርታት ህጹጽ ረድኤትን።
home-privacy = ናብ ሕሳብ ምእታው ኣየድልየኩምን። ምልክት ዝገበርኩምሉ ኣብዚ መሳርሒ ጥራይ እዩ ዝዕቀብ።

## Guide
guide-title = መሰረታዊ ሓበሬታ
guide-intro = ኣርእስቲ ምረጹ፣ ወይ ቃል ድለዩ።
guide-all-topics = ኩሎም ኣርእስትታት
search-label = ኣብቲ መምርሒ ድለዩ
search-button = ድለዩ
search-results = { $count ->
    [0] ብዛዕባ «{ $query }» ዝኾነ ነገር ኣይተረኽበን
    [one] ብዛዕባ «{ $query }» { $count } ኣርእስቲ ተረኺቡ
   *[other] ብዛዕባ «{ $query }» { $count } ኣርእስትታት ተረኺቦም
}
search-none = ካልእ ቃል፣ ወይ ዝሓጸረ ቃል ፈትኑ።
search-none-help = ሓገዝ ካበይ ከም እትረኽቡ ርኣዩ።

## Topic page
topic-back = ኩሎም ኣርእስትታት
topic-steps-heading = እንታይ ትገብሩ
topic-authority-heading = ሓላፍነት ዘለዎ መን እዩ
topic-name-fi = ብፊንላንድኛ
topic-name-sv = ብሽወድኛ
topic-phones-heading = ቁጽርታት ተሌፎን
topic-last-checked = ዳሕረዋይ ዝተረጋገጸሉ ዕለት: { $date }
read-aloud = ብድምጺ ኣንብቡ
read-aloud-stop = ምንባብ ኣቋርጹ
read-aloud-no-voice = እዚ መሳርሒ ነዚ ቋንቋ ብድምጺ ዘንብብ ድምጺ የብሉን።

## Checklist
checklist-heading = ዝርዝር ስጉምትታትኩም
checklist-progress = ካብ { $total } ስጉምትታት { $done } ተፈጺሞም
checklist-read-more = ተወሳኺ ኣንብቡ

## Not found
not-found-title = እቲ ገጽ ኣይተረኽበን
not-found-text = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን። እቲ መላግቦ ኣረጊቱ ወይ ብጌጋ ተጻሒፉ ክኸውን ይኽእል።
not-found-home = ናብ መጀመርታ ገጽ ኪዱ
not-found-guide = ኩሎም ኣርእስትታት ናይቲ መምርሒ ርኣዩ

## Local offices (from the municipality's settings)
office-heading = ከባቢያዊ ቤት ጽሕፈት
office-address = ኣድራሻ
office-phone = ተሌፎን
office-hours = ዝኽፈተሉ ሰዓታት
office-website = መርበብ ሓበሬታ
office-accessibility = ተበጻሕነት
office-languages = ዝዝረቡ ቋንቋታት

## Kiosk (shared device in a service point)
kiosk-finish = ወድኡን ደምስሱን
kiosk-idle-title = ገና ኣብዚ ኣለኹም ዶ?
kiosk-idle-text = ውልቃዊ ምስጢርኩም ንምሕላው፣ ኣብዚ ስክሪን ዘሎ ኩሉ ድሕሪ { $seconds } ካልኢት ክድምሰስ እዩ።
kiosk-still-here = ገና ኣብዚ ኣለኹ
kiosk-qr-help = መልስታትኩምን መንገዲ ስጉምትታትኩምን ምሳኹም ንምውሳድ፣ ነዚ ኮድ ብናይ ገዛእ ርእስኹም ተሌፎን ኣንብብዎ። ኣብዚ መሳርሒ ዝዕቀብ ነገር የለን።
mine-title = ካብቲ መደበር ኣገልግሎት ዝመጹ መልስታትኩም
mine-intro = እዚኣቶም ኣብቲ መደበር ኣገልግሎት ዝሃብኩምዎም መልስታትን ዝሰራሕኩምዎ መንገዲ ስጉምትታትን እዮም። ገና ኣብዚ ተሌፎን ኣይተዓቀቡን።
mine-save = ኣብዚ ተሌፎን ዕቀቡ

## App updates
update-available = ሓድሽ ስሪት ናይዚ መምርሒ ኣሎ።
update-reload = ሕጂ ኣሐድሱ

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = ሕቶታት
qn-home-title = ንገምጋምኩም ተዳለዉ
qn-home-text = ቅድሚ ርክብኩም፣ ብዛዕባ ክእለታትኩምን መደባትኩምን ንዘለዉ ሕቶታት መልሱ።
qn-deleted = ሓበሬታኹም ካብዚ መሳርሒ ተደምሲሱ።
qn-notice-migrated = ዝተዓቀቡ መልስታትኩም ነዚ ሓድሽ ስሪት ናይቲ መተግበሪ ተመሓይሾም።
qn-notice-dropped = ገለ ዝተዓቀቡ መልስታት ምስቶም ሕቶታት ስለ ዘይሰማምዑ ተኣልዮም። በጃኹም መልስታትኩም ኣረጋግጹ።
pw-nav = መንገዲ ስጉምትታት
