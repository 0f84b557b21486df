# Machine-made translation from English (Pashto).
# Needs questionnaire: exactly the keys of locales/en/questions.ftl.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = د خپلې ارزونې لپاره چمتو شئ
qn-intro = د ادغام د خدمتونو په اړه له خپلې لومړۍ ناستې مخکې، تاسو کولای شئ د خپلو مهارتونو، پلانونو او اوسني ژوند په اړه پوښتنو ته ځواب ورکړئ. بیا ناسته ستاسو له ځوابونو پیل کېدای شي.
qn-how-long = دا شاوخوا ۱۵ دقیقې وخت نیسي. تاسو کولای شئ ودرېږئ او وروسته دوام ورکړئ.
qn-private = ستاسو ځوابونه په همدې وسیله کې پاتې کېږي. هېڅ شی بل ځای ته نه لېږل کېږي. تاسو پخپله پرېکړه کوئ چې چا ته یې وښیئ.
qn-skip-note = یوازې هغو پوښتنو ته ځواب ورکړئ چې غواړئ. ځینې پوښتنې «زه نه پوهېږم»، «پرېږدئ» یا «نه غواړم ووایم» لري.
qn-start = پیل
qn-continue = له هغه ځایه دوام ورکړئ چې پاتې شوي وو
qn-start-again = بیا له سره پیل کړئ
qn-check-link = خپل ځوابونه وګورئ
qn-saved-count = { $count ->
    [one] تاسو ۱ پوښتنې ته ځواب ورکړی دی.
   *[other] تاسو { $count } پوښتنو ته ځواب ورکړی دی.
}
qn-progress = برخه { $part } له { $parts }: { $section }
qn-progress-label = پرمختګ
qn-back = شاته
qn-continue-button = دوام
qn-dont-know = زه نه پوهېږم
qn-prefer-not = نه غواړم ووایم
qn-skip = دا پوښتنه پرېږدئ
qn-choose-all = هغه ټول وټاکئ چې پر تاسو صدق کوي.
qn-month = میاشت
qn-year = کال
qn-number = شمېره
qn-your-answer = ستاسو ځواب
qn-selected = ټاکل شوی

## Check your answers
qn-check-title = خپل ځوابونه وګورئ
qn-check-intro = خپلو ځوابونو ته وګورئ. تاسو کولای شئ هر ځواب بدل کړئ.
qn-change = بدلول
qn-answer-now = ځواب ورکړئ
qn-not-answered = ځواب نه دی ورکړل شوی
qn-answer-dont-know = زه نه پوهېږم
qn-answer-prefer-not = نه غواړم ووایم
qn-answer-skipped = پرېښودل شوې
qn-done-title = وروسته څه کېږي
qn-done-text = ستاسو ځوابونه په دې وسیله کې خوندي دي. په خپل ملاقات کې یې وښیئ. هغه کس چې تاسو یې ګورئ، له تاسو سره یوځای پرېکړه کوي چې کومو خدمتونو ته اړتیا لرئ.
qn-see-pathway = خپله وړاندیز شوې لاره وګورئ

## Deleting
qn-delete = زما معلومات له دې وسیلې پاک کړئ
qn-delete-confirm-title = خپل معلومات پاک کړئ؟
qn-delete-confirm-text = دا کار ستاسو ځوابونه، د کارونو په لست کې ستاسو نښې او ستاسو ټاکلې ژبه له دې وسیلې پاکوي. تاسو نشئ کولای دا بېرته راوګرځوئ.
qn-delete-yes = هو، پاک یې کړئ
qn-delete-cancel = لغوه

## Notices about stored answers
qn-notice-discarded = ستاسو خوندي شوي ځوابونه ونه لوستل شول، نو پاک شول. مهرباني وکړئ بیا ځواب ورکړئ.
qn-notice-newer = ستاسو خوندي شوي ځوابونه د دې اپلیکیشن په نوې نسخه جوړ شوي دي. مهرباني وکړئ اپلیکیشن تازه کړئ یا یې په یوه تازه براوزر کې پرانیزئ. ستاسو خوندي شوي ځوابونه بدل نه شول.

## Errors
error-summary = یوه ستونزه شته
error-required = مهرباني وکړئ پوښتنې ته ځواب ورکړئ، یا لاندې بله ټاکنه وټاکئ.
error-unknown-option = مهرباني وکړئ له ټاکنو څخه یوه وټاکئ.
error-exclusive = دا ځواب له نورو سره یوځای نشي ټاکل کېدای.
error-not-a-number = مهرباني وکړئ شمېره په عددونو ولیکئ، د بېلګې په توګه ⁨12⁩.
error-out-of-range = مهرباني وکړئ له { $min } څخه تر { $max } پورې یوه شمېره ولیکئ.
error-year-too-early = مهرباني وکړئ { $min } یا له هغه وروسته کال ولیکئ.
error-in-future = نېټه باید په راتلونکي کې نه وي.
error-month = مهرباني وکړئ یوه میاشت وټاکئ.
error-too-long = مهرباني وکړئ تر ډېره { $max } توري ولیکئ.

## Months
month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپرېل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## Sections
section-about = ستاسو په اړه
section-languages = ژبې
section-education = زده کړه
section-work = کار
section-skills = مهارتونه او ځواکمن اړخونه
section-goals = ستاسو موخې
section-life = ستاسو اوسنی ژوند
section-wellbeing = روغتیا او هوساینه
section-wellbeing-intro = دا پوښتنې اختیاري دي. موږ یې پوښتو ځکه چې روغتیا پر زده کړه او کار اغېز کولای شي، او مرسته شته. تاسو کولای شئ یې پرېږدئ یا «نه غواړم ووایم» وټاکئ.
section-appointment = ستاسو ملاقات

## Questions: about you
q-age-group = تاسو څو کلن یاست؟
q-residence-basis = تاسو په فنلنډ کې د اوسېدو حق په کوم دلیل ترلاسه کړ؟
q-residence-basis-help = خپل د اوسېدو د اجازې کارت یا د ثبت نام سند وګورئ. که ډاډه نه یاست، «زه نه پوهېږم» وټاکئ.
q-permit-date = تاسو په فنلنډ کې خپله لومړۍ د اوسېدو اجازه یا ثبت نام کله ترلاسه کړ؟
q-permit-date-help = د ادغام خدمتونه معمولاً له دې نېټې وروسته په لومړیو ۳ کلونو کې وړاندې کېږي.
q-municipality-registered = ایا تاسو په فنلنډ کې د اوسېدو ښاروالي لرئ؟
q-municipality-registered-help = دا پدې مانا ده چې تاسو د فنلنډ په یوه ښاروالۍ کې د اوسېدونکي په توګه ثبت شوي یاست. { -dvv } دا ثبتوي.
q-first-steps-done = له دې څخه کوم شیان تاسو لا له وړاندې لرئ؟
q-unaccompanied = ایا تاسو فنلنډ ته له خپل مور او پلار یا سرپرست پرته راغلي یاست؟
q-unaccompanied-help = سرپرست هغه لوی کس دی چې د قانون له مخې ستاسو مسؤل دی.

## Questions: languages
q-mother-tongue = ستاسو مورنۍ ژبه کومه ده؟
q-mother-tongue-other = د خپلې مورنۍ ژبې نوم ولیکئ.
q-other-languages = په کومو نورو ژبو خبرې کوئ؟
q-finnish = په فنلنډي ژبه څومره ښه خبرې کولای شئ؟
q-swedish = په سویډني ژبه څومره ښه خبرې کولای شئ؟
q-english = په انګلیسي ژبه څومره ښه خبرې کولای شئ؟
q-read-own = ایا په خپله مورنۍ ژبه لوستلای شئ؟
q-write-own = ایا په خپله مورنۍ ژبه لیکلای شئ؟
q-latin-alphabet = ایا د دې الفبا توري لوستلای شئ: ⁨A B C D E⁩؟
q-latin-alphabet-help = فنلنډي، سویډني او انګلیسي په دې تورو لیکل کېږي (لاتیني الفبا).

## Questions: education
q-school-years = تاسو ټول څو کاله ښوونځي ته تللي یاست یا مو زده کړه کړې ده؟
q-school-years-help = ټول کلونه وشمېرئ، له لومړني ښوونځي تر پوهنتون پورې. که ډاډه نه یاست، خپل تر ټولو ښه اټکل ولیکئ.
q-education-level = تر ټولو لوړه زده کړه چې تاسو بشپړه کړې، کومه ده؟
q-education-field = تاسو څه زده کړي دي؟
q-education-country = دا زده کړه مو چېرته کړې ده؟
q-certificates = ایا تاسو خپل سندونه یا ډیپلومونه لرئ؟
q-certificates-help = د بېلګې په توګه د ښوونځي سندونه، ډیپلومونه یا د پوهنتون سندونه، په کاغذ یا د فایل په توګه.
q-unfinished-studies = ایا تاسو داسې زده کړې پیل کړې چې بشپړې مو نه کړای شوې؟

## Questions: work
q-has-worked = ایا تاسو مخکې کار کړی دی؟
q-work-fields = تاسو په کومو برخو کې کار کړی دی؟
q-work-other = هغه برخه یا کار ولیکئ چې تاسو کړی دی.
q-work-years = تاسو ټول څو کاله کار کړی دی؟
q-recent-work = ستاسو وروستۍ دنده څه وه؟
q-recent-work-help = د دندې نوم ولیکئ، د بېلګې په توګه «نرس» یا «د بس چلوونکی».
q-entrepreneur = ایا تاسو خپله سوداګري (کاروبار) درلوده؟
q-driving-licence = ایا تاسو د موټر چلولو جواز لرئ؟
q-licence-class = ستاسو جواز تاسو ته د کوم ډول نقلیه وسایطو د چلولو اجازه درکوي؟

## Questions: skills
q-phone-skills = ایا تاسو سمارټ فون کارولای شئ، د بېلګې په توګه د پیغامونو لېږلو او اپلیکیشنونو کارولو لپاره؟
q-computer-skills = ایا تاسو کمپیوټر کارولای شئ؟
q-online-services = ایا تاسو پخپله آنلاین خدمتونه کارولای شئ؟
q-online-services-help = د بېلګې په توګه آنلاین بانکداري، د وخت نیول یا په آنلاین ډول د فورمې ډکول.
q-strengths = تاسو په څه کې ښه یاست؟

## Questions: goals
q-goals = تاسو غواړئ په راتلونکو څو کلونو کې په فنلنډ کې څه وکړئ؟
q-main-goal = له دې څخه کوم یو اوس ستاسو لپاره تر ټولو مهم دی؟

## Questions: life now
q-jobseeker = ایا تاسو په { -tyollisyyspalvelut(case: "oblique") } کې د دنده لټوونکي په توګه ثبت شوي یاست؟
q-jobseeker-help = تاسو { -tyomarkkinatori(case: "genitive-with-finnish") } له لارې یا { -tyollisyyspalvelut(case: "genitive") } له لارې ثبت نام کوئ.
q-social-assistance = ایا تاسو ټولنیزه مرسته اخلئ؟
q-social-assistance-help = ټولنیزه مرسته هغه پیسې دي چې د اساسي اړتیاوو لپاره درکول کېږي، کله چې ستاسو عاید بس نه وي. { -kela } بنسټیزه ټولنیزه مرسته ورکوي. که تاسو دا د اوږدې مودې لپاره یا په منظمه توګه اخلئ، معمولاً ستاسو ښاروالي ستاسو د ادغام د خدمتونو مسؤله ده.
q-has-children = ایا تاسو ماشومان لرئ چې درسره اوسېږي؟
q-children-ages = ستاسو ماشومان څو کلن دي؟
q-home-care-allowance = ایا تاسو له { -kela } څخه په کور کې د ماشوم د پالنې مرسته اخلئ؟
q-home-care-allowance-help = دا هغه پیسې دي چې { -kela } یې درکوي، کله چې تاسو په کور کې د داسې ماشوم پالنه کوئ چې عمر یې له ۳ کلونو کم دی.
q-housing = تاسو اوس چېرته اوسېږئ؟
q-urgent = ایا تاسو په یوه کار کې بیړنۍ مرستې ته اړتیا لرئ؟

## Questions: wellbeing
q-health-affects = ایا ستاسو روغتیا یا بل کوم شی ستاسو لپاره زده کړه یا کار ګران کوي؟
q-talk-to-someone = ایا غواړئ د خپلې روغتیا یا هوساینې په اړه له یو چا سره خبرې وکړئ؟

## Questions: appointment
q-appointment-language = تاسو غواړئ خپل ملاقات په کومه ژبه وکړئ؟
q-interpreter = ایا په ملاقات کې ترجمان ته اړتیا لرئ؟
q-interpreter-language = ترجمان باید په کومه ژبه خبرې وکړي؟
q-contact-way = تاسو غواړئ دفتر له تاسو سره څنګه اړیکه ونیسي؟
q-contact-way-help = خپل د اړیکې معلومات دلته مه لیکئ. هغه په دفتر کې ورکوئ.

## Options
opt-yesno-yes = هو
opt-yesno-no = نه
opt-firststeps-identity-code = د فنلنډ د شخصي پېژندنې کوډ
opt-firststeps-kela-card = د { -kela } کارت
opt-firststeps-tax-card = د مالیې کارت
opt-firststeps-bank-account = بانکي حساب
opt-firststeps-none = لا له دې څخه هېڅ نه لرم
opt-age-under-18 = له ۱۸ کلونو کم
opt-age-18-29 = له ۱۸ تر ۲۹ پورې
opt-age-30-44 = له ۳۰ تر ۴۴ پورې
opt-age-45-64 = له ۴۵ تر ۶۴ پورې
opt-age-65-plus = ۶۵ یا زیات
opt-residence-protection = نړیواله ساتنه (پناه، د کډوال حیثیت)
opt-residence-family = کورنۍ اړیکې
opt-residence-work = کار
opt-residence-study = زده کړې
opt-residence-eu = د اروپايي اتحادیې یا نورډیک هېواد تبعه، ثبت شوی
opt-residence-temporary-protection = لنډمهاله ساتنه
opt-residence-other = بل دلیل
opt-residence-protection-family = د هغه کس د کورنۍ غړی چې نړیواله ساتنه لري
opt-residence-trafficking = د انسانانو د قاچاق قرباني (یو چا تاسو کار یا نورو کارونو ته اړ کړي یاست)
opt-socialassist-lasting = هو، د اوږدې مودې لپاره یا په منظمه توګه
opt-socialassist-short-term = هو، یو ځل یا د لنډې مودې لپاره
opt-socialassist-no = نه
opt-socialassist-yes = هو (موده نه ده ویل شوې)
opt-language-arabic = عربي
opt-language-dari = دري
opt-language-farsi = فارسي
opt-language-kurdish = کردي
opt-language-pashto = پښتو
opt-language-somali = سومالي
opt-language-tigrinya = تیګرینیا
opt-language-amharic = امهري
opt-language-swahili = سواحلي
opt-language-russian = روسي
opt-language-ukrainian = اوکرایني
opt-language-estonian = استوني
opt-language-albanian = البانوي
opt-language-turkish = ترکي
opt-language-vietnamese = ویتنامي
opt-language-thai = تایلنډي
opt-language-chinese = چینايي
opt-language-english = انګلیسي
opt-language-french = فرانسوي
opt-language-spanish = هسپانوي
opt-language-other = بله ژبه
opt-level-none = لا پرې خبرې نشم کولای
opt-level-words = ځینې کلمې او جملې پېژنم
opt-level-everyday = په ورځنیو حالتونو کې، لکه د سودا اخیستلو پر مهال، خپل کار چلولای شم
opt-level-work = په کار کې له ډېری حالتونو سره سمبالېدای شم
opt-howwell-well = هو، ښه
opt-howwell-a-little = لږ
opt-howwell-no = نه
opt-edu-none = ما ښوونځی نه دی لوستی
opt-edu-primary = لومړنی ښوونځی
opt-edu-lower-secondary = منځنی ښوونځی (شاوخوا تر ۱۵ کلنۍ پورې)
opt-edu-upper-secondary = لېسه (لوړ ثانوي ښوونځی)
opt-edu-vocational = مسلکي ښوونځی (د یوه مسلک روزنه)
opt-edu-bachelor = پوهنتون یا کالج، لومړۍ درجه (لیسانس)
opt-edu-master = پوهنتون، لوړه درجه (ماستري)
opt-edu-doctorate = دوکتورا
opt-field-office = د دفتر کار او اداره
opt-field-sales = پلور او دوکانونه
opt-field-cleaning = پاکاري
opt-field-construction = ودانۍ او ساختماني کار
opt-field-manufacturing = د فابریکې او تولید کار
opt-field-transport = ټرانسپورټ او موټر چلول
opt-field-restaurant = رستورانتونه، کافې او پخلنځي
opt-field-health = روغتیايي پاملرنه
opt-field-social-care = ټولنیزه پاملرنه او د زړو خلکو پاملرنه
opt-field-childcare = د ماشومانو پالنه
opt-field-teaching = ښوونه او روزنه
opt-field-ict = کمپیوټر او معلوماتي ټکنالوژي
opt-field-engineering = انجینري او ټکنالوژي
opt-field-agriculture = کرنه، باغواني او ځنګلداري
opt-field-beauty = سلماني او ښکلا
opt-field-security = امنیت او پهره داري
opt-field-repair = ترمیم او ساتنه
opt-field-arts = هنر، رسنۍ او کلتور
opt-field-science = ساینس او څېړنه
opt-field-law = حقوق، اقتصاد او سوداګري
opt-field-other = بله برخه
opt-country-finland = په فنلنډ کې
opt-country-eu = د اروپايي اتحادیې په بل هېواد یا په بل نورډیک هېواد کې
opt-country-other = په بل هېواد کې
opt-certificates-yes = هو، ټول یې
opt-certificates-some = ځینې یې
opt-certificates-no = نه
opt-years-under-1 = له ۱ کال کم
opt-years-1-2 = له ۱ تر ۲ کلونو
opt-years-3-5 = له ۳ تر ۵ کلونو
opt-years-6-10 = له ۶ تر ۱۰ کلونو
opt-years-over-10 = له ۱۰ کلونو زیات
opt-licence-b = موټر
opt-licence-c = لارۍ
opt-licence-d = بس
opt-licence-a = موټرسایکل
opt-licence-other = نور نقلیه وسایط
opt-strength-teamwork = له نورو خلکو سره کار
opt-strength-customer-service = د پېرودونکو خدمت
opt-strength-caring = د خلکو پاملرنه
opt-strength-handcrafts = په لاسونو کار
opt-strength-technical = ماشینونه او ټکنالوژي
opt-strength-cooking = پخلی
opt-strength-organising = پلان جوړول او تنظیمول
opt-strength-teaching = ښوونه او تشریح کول
opt-strength-languages = د ژبو زده کړه
opt-strength-art = هنر، موسیقي یا ډیزاین
opt-strength-sports = سپورت
opt-goal-work-soon = ژر دنده پیدا کړم
opt-goal-vocational = یو مسلک زده کړم (مسلکي روزنه)
opt-goal-university = په پوهنتون کې زده کړه وکړم
opt-goal-business = خپله سوداګري پیل کړم
opt-goal-language-first = لومړی ژبه زده کړم
opt-goal-family = اوس مهال د خپلې کورنۍ پالنه وکړم
opt-goal-not-sure = لا ډاډه نه یم
opt-childage-under-3 = له ۳ کلونو کم
opt-childage-3-6 = له ۳ تر ۶ کلونو
opt-childage-7-15 = له ۷ تر ۱۵ کلونو
opt-childage-16-17 = له ۱۶ تر ۱۷ کلونو
opt-housing-own-rental = په خپل کرایي یا شخصي کور کې
opt-housing-temporary = په لنډمهاله ځای کې، د بېلګې په توګه له ملګرو سره یا د پناه غوښتونکو په مرکز کې
opt-housing-none = د اوسېدو ځای نه لرم
opt-urgent-money = د خوړو یا بلونو لپاره پیسې
opt-urgent-housing = د اوسېدو ځای
opt-urgent-health = روغتیا
opt-urgent-safety = خوندیتوب: زه یا زما کورنۍ خوندي نه یو
opt-urgent-family-reunification = د خپلې کورنۍ فنلنډ ته راوستل
opt-urgent-legal-advice = حقوقي مشوره
opt-urgent-none = نه، هېڅ بیړنی کار نشته
opt-affects-no = نه
opt-affects-a-little = لږ
opt-affects-a-lot = ډېر
opt-apptlang-finnish = فنلنډي
opt-apptlang-swedish = سویډني
opt-apptlang-english = انګلیسي
opt-apptlang-own = زما خپله ژبه، د ترجمان په مرسته
opt-contact-phone = ټیلیفوني زنګ
opt-contact-text-message = متني پیغام
opt-contact-email = برېښنالیک
opt-contact-letter = لیک
opt-contact-in-person = زه پخپله دفتر ته ورځم
