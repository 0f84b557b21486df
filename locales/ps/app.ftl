# Machine-made translation from English (Pashto).
# App interface: exactly the keys of locales/en/app.ftl.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = فنلنډ ته نوي راغلي
skip-to-content = اصلي منځپانګې ته لاړ شئ
nav-label = اصلي مینو
nav-guide = لارښود
nav-language = ژبه
nav-municipality = ښاروالي
nav-municipality-none = نه دی ټاکل شوی
breadcrumb-label = تاسو دلته یاست
footer-privacy = هر څه چې تاسو دلته کوئ، یوازې په همدې وسیله کې پاتې کېږي. هېڅ شی بل ځای ته نه لېږل کېږي.
footer-disclaimer = دا لارښود عمومي معلومات ورکوي. ستاسو د قضیې پرېکړه ادارې کوي.
opens-new-tab = په نوي ټب کې پرانیستل کېږي

## Notices
notice-machine = دا متن د ماشین له خوا ژباړل شوی دی او ښايي تېروتنې ولري. که څه شی روښانه نه وي، له کارکوونکو وپوښتئ یا رسمي ویب پاڼه وګورئ. مهرباني وکړئ تېروتنې موږ ته ووایاست، چې سمې یې کړو.
notice-text-gaps = ځینې متنونه لا ستاسو په ژبه نشته. هغه په انګلیسي ژبه ښودل کېږي.
notice-checklist-reset = ستاسو د کارونو خوندي شوی لست ونه لوستل شو، نو پاک شو. مهرباني وکړئ خپل ګامونه بیا نښه کړئ.
notice-storage-blocked = دا براوزر لارښود ته اجازه نه ورکوي چې څه شی خوندي کړي. هغه څه چې تاسو دلته کوئ، یوازې تر هغه وخته ساتل کېږي چې دا پاڼه وتړئ.

## Loading (the first screen, while a page the person chose is on its way)
loading = بارېږي…

## Language screen
language-title = خپله ژبه وټاکئ
language-intro = په خپله ژبه ټک وکړئ. تاسو کولای شئ وروسته یې د پاڼې د سر له مینو څخه بدله کړئ.
language-suggested = د دې وسیلې لپاره وړاندیز

## Municipality screen (a site for several municipalities)
municipality-title = خپله ښاروالي وټاکئ
municipality-intro = هغه ښاروالي وټاکئ چې تاسو پکې اوسېږئ. بیا لارښود د هغې دفترونه او سیمه ییز معلومات ښيي. تاسو کولای شئ وروسته یې د پاڼې د سر له مینو څخه بدله کړئ.

## Start page
home-title = فنلنډ ته ښه راغلاست
home-intro = دا لارښود په فنلنډ کې په لومړیو میاشتو کې له تاسو سره مرسته کوي. د خپلو لومړیو ګامونو، د هغو خدمتونو چې کارولی یې شئ، او د مرستې د ځایونو په اړه ولولئ.
home-guide-title = بنسټیز معلومات
home-guide-text = اجازه لیکونه، { -kela }، کار، روغتیا، کور، ښوونځی او نور.
home-checklist-title = ستاسو لومړني ګامونه
home-help-title = له کومه ځایه مرسته واخلئ
home-help-text = لارښوونه او مشوره، د مرستې ټیلیفوني کرښې او بیړنۍ شمېرې.
home-privacy = ننوتلو ته اړتیا نشته. هغه څه چې تاسو یې نښه کوئ، یوازې په همدې وسیله کې خوندي کېږي.

## Guide
guide-title = بنسټیز معلومات
guide-intro = یوه موضوع وټاکئ، یا یوه کلمه ولټوئ.
guide-all-topics = ټولې موضوعګانې
search-label = په لارښود کې لټون
search-button = لټون
search-results = { $count ->
    [0] د «{ $query }» لپاره هېڅ شی ونه موندل شو
    [one] د «{ $query }» لپاره ۱ موضوع وموندل شوه
   *[other] د «{ $query }» لپاره { $count } موضوعګانې وموندل شوې
}
search-none = بله کلمه، یا یوه لنډه کلمه وازمویئ.
search-none-help = وګورئ چې له کومه ځایه مرسته اخیستلای شئ.

## Topic page
topic-back = ټولې موضوعګانې
topic-steps-heading = څه وکړئ
topic-authority-heading = مسؤل څوک دی
topic-name-fi = په فنلنډي ژبه
topic-name-sv = په سویډني ژبه
topic-phones-heading = د ټیلیفون شمېرې
topic-last-checked = وروستی ځل وکتل شو: { $date }
read-aloud = په لوړ غږ لوستل
read-aloud-stop = لوستل ودروئ
read-aloud-no-voice = په دې وسیله کې د دې ژبې د لوړ غږ لوستلو لپاره غږ نشته.

## Checklist
checklist-heading = ستاسو د کارونو لست
checklist-progress = له { $total } ګامونو څخه { $done } ګامونه بشپړ شوي دي
checklist-read-more = نور ولولئ

## Not found
not-found-title = پاڼه ونه موندل شوه
not-found-text = موږ دا پاڼه ونه موندله. ښايي لینک زوړ وي یا غلط لیکل شوی وي.
not-found-home = لومړۍ پاڼې ته لاړ شئ
not-found-guide = د لارښود ټولې موضوعګانې وګورئ

## Local offices (from the municipality's settings)
office-heading = سیمه ییز دفتر
office-address = پته
office-phone = ټیلیفون
office-hours = د کار ساعتونه
office-website = ویب پاڼه
office-accessibility = د معلولینو لپاره لاسرسی
office-languages = هغه ژبې چې خبرې پرې کېږي

## Kiosk (shared device in a service point)
kiosk-finish = پای ته یې ورسوئ او پاک یې کړئ
kiosk-idle-title = ایا تاسو لا دلته یاست؟
kiosk-idle-text = ستاسو د محرمیت د ساتلو لپاره، په دې پرده هر څه په { $seconds } ثانیو کې پاکېږي.
kiosk-still-here = زه لا دلته یم
kiosk-qr-help = دا کوډ په خپل ټیلیفون سکن کړئ، چې خپل ځوابونه او خپله لاره له ځان سره یوسئ. په دې وسیله کې هېڅ شی نه خوندي کېږي.
mine-title = د خدمت له مرکز څخه ستاسو ځوابونه
mine-intro = دا هغه ځوابونه او هغه لاره ده چې تاسو د خدمت په مرکز کې جوړه کړه. دا لا په دې ټیلیفون کې نه دي خوندي شوي.
mine-save = په دې ټیلیفون کې یې خوندي کړئ

## App updates
update-available = د دې لارښود نوې نسخه شته.
update-reload = همدا اوس یې تازه کړئ

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = پوښتنې
qn-home-title = د خپلې ارزونې لپاره چمتو شئ
qn-home-text = له خپلې ناستې مخکې، د خپلو مهارتونو او پلانونو په اړه پوښتنو ته ځواب ورکړئ.
qn-deleted = ستاسو معلومات له دې وسیلې پاک شول.
qn-notice-migrated = ستاسو خوندي شوي ځوابونه د اپلیکیشن د دې نسخې لپاره تازه شول.
qn-notice-dropped = ځینې خوندي شوي ځوابونه نور له پوښتنو سره سمون نه لري او لرې شول. مهرباني وکړئ خپل ځوابونه وګورئ.
pw-nav = لاره
