# Machine-made translation from English (locales/en/questions.ftl), not yet checked by a person.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = خۆت بۆ هەڵسەنگاندنەکەت ئامادە بکە
qn-intro = پێش یەکەم دیدارت دەربارەی خزمەتگوزارییەکانی تێکەڵبوون، دەتوانیت وەڵامی پرسیارەکان دەربارەی توانا، پلان و ژیانی ئێستات بدەیتەوە. ئینجا دیدارەکە دەتوانێت لە وەڵامەکانتەوە دەست پێ بکات.
qn-how-long = نزیکەی 15 خولەک دەخایەنێت. دەتوانیت ڕابوەستیت و دواتر بەردەوام بیت.
qn-private = وەڵامەکانت لەسەر ئەم ئامێرە دەمێننەوە. هیچ شتێک بۆ هیچ شوێنێک نانێردرێت. خۆت بڕیار دەدەیت پیشانی کێیان بدەیت.
qn-skip-note = تەنها وەڵامی ئەوە بدەرەوە کە خۆت دەتەوێت. هەندێک پرسیار ئەم بژاردانەیان تێدایە: «نازانم»، «تێپەڕاندن» یان «حەز دەکەم نەیڵێم».
qn-start = دەستپێکردن
qn-continue = لەو شوێنەوە بەردەوام بە کە ڕاوەستایت
qn-start-again = دووبارە دەست پێ بکەرەوە
qn-check-link = وەڵامەکانت بپشکنە
qn-saved-count = { $count ->
    [one] وەڵامی 1 پرسیارت داوەتەوە.
   *[other] وەڵامی { $count } پرسیارت داوەتەوە.
}
qn-progress = بەشی { $part } لە { $parts }: { $section }
qn-progress-label = پێشکەوتن
qn-back = گەڕانەوە
qn-continue-button = بەردەوامبوون
qn-dont-know = نازانم
qn-prefer-not = حەز دەکەم نەیڵێم
qn-skip = ئەم پرسیارە تێپەڕێنە
qn-choose-all = هەموو ئەوانە هەڵبژێرە کە بۆ تۆ ڕاستن.
qn-month = مانگ
qn-year = ساڵ
qn-number = ژمارە
qn-your-answer = وەڵامەکەت
qn-selected = هەڵبژێردراو

## Check your answers
qn-check-title = وەڵامەکانت بپشکنە
qn-check-intro = سەیری وەڵامەکانت بکە. دەتوانیت هەر وەڵامێک بگۆڕیت.
qn-change = گۆڕین
qn-answer-now = وەڵامدانەوە
qn-not-answered = وەڵام نەدراوەتەوە
qn-answer-dont-know = نازانم
qn-answer-prefer-not = حەز دەکەم نەیڵێم
qn-answer-skipped = تێپەڕێنرا
qn-done-title = دواتر چی ڕوو دەدات
qn-done-text = وەڵامەکانت لەسەر ئەم ئامێرە پاشەکەوت کراون. لە چاوپێکەوتنەکەتدا پیشانیان بدە. ئەو کەسەی دەیبینیت لەگەڵ تۆ بڕیار دەدات پێویستت بە چ خزمەتگوزارییەک هەیە.
qn-see-pathway = ڕێڕەوی پێشنیارکراوت ببینە

## Deleting
qn-delete = زانیارییەکانم لەم ئامێرە بسڕەوە
qn-delete-confirm-title = زانیارییەکانت بسڕدرێنەوە؟
qn-delete-confirm-text = ئەمە وەڵامەکانت، نیشانەکانی لیستی هەنگاوەکانت و زمانی هەڵبژێردراوت لەم ئامێرە لادەبات. ناتوانیت بیگەڕێنیتەوە.
qn-delete-yes = بەڵێ، بیسڕەوە
qn-delete-cancel = هەڵوەشاندنەوە

## Notices about stored answers
qn-notice-discarded = وەڵامە پاشەکەوتکراوەکانت نەتوانرا بخوێندرێنەوە، بۆیە لابران. تکایە دووبارە وەڵام بدەرەوە.
qn-notice-newer = وەڵامە پاشەکەوتکراوەکانت بە وەشانێکی نوێتری ئەم بەرنامەیە دروست کراون. تکایە بەرنامەکە نوێ بکەرەوە یان لە وێبگەڕێکی نوێدا بیکەرەوە. وەڵامە پاشەکەوتکراوەکانت نەگۆڕدران.

## Errors
error-summary = کێشەیەک هەیە
error-required = تکایە وەڵامی پرسیارەکە بدەرەوە، یان بژاردەیەکی تر لە خوارەوە هەڵبژێرە.
error-unknown-option = تکایە یەکێک لە بژاردەکان هەڵبژێرە.
error-exclusive = ئەم وەڵامە ناتوانرێت لەگەڵ ئەوانی تر پێکەوە هەڵبژێردرێت.
error-not-a-number = تکایە ژمارەیەک بە ڕەقەم بنووسە، بۆ نموونە 12.
error-out-of-range = تکایە ژمارەیەک لە { $min } تا { $max } بنووسە.
error-year-too-early = تکایە ساڵێک لە { $min } یان دواتر بنووسە.
error-in-future = بەروارەکە نابێت لە داهاتوودا بێت.
error-month = تکایە مانگێک هەڵبژێرە.
error-too-long = تکایە بەلایەنی زۆرەوە { $max } پیت بنووسە.

## Months
month-1 = کانوونی دووەم
month-2 = شوبات
month-3 = ئازار
month-4 = نیسان
month-5 = ئایار
month-6 = حوزەیران
month-7 = تەمووز
month-8 = ئاب
month-9 = ئەیلوول
month-10 = تشرینی یەکەم
month-11 = تشرینی دووەم
month-12 = کانوونی یەکەم

## Sections
section-about = دەربارەی تۆ
section-languages = زمانەکان
section-education = خوێندن
section-work = کار
section-skills = توانا و خاڵە بەهێزەکان
section-goals = ئامانجەکانت
section-life = ژیانی ئێستات
section-wellbeing = تەندروستی و خۆشگوزەرانی
section-wellbeing-intro = ئەم پرسیارانە ئارەزوومەندانەن. دەیانپرسین چونکە تەندروستی دەتوانێت کاریگەری لەسەر خوێندن و کارکردن هەبێت، و یارمەتی بەردەستە. دەتوانیت تێیان بپەڕێنیت یان «حەز دەکەم نەیڵێم» هەڵبژێریت.
section-appointment = چاوپێکەوتنەکەت

## Questions: about you
q-age-group = تەمەنت چەندە؟
q-residence-basis = بۆچی مافی ژیان لە فینلاندت وەرگرت؟
q-residence-basis-help = سەیری کارتی مۆڵەتی مانەوە یان بەڵگەنامەی تۆمارکردنەکەت بکە. ئەگەر دڵنیا نیت، «نازانم» هەڵبژێرە.
q-permit-date = کەی یەکەم مۆڵەتی مانەوە یان تۆمارکردنت لە فینلاند وەرگرت؟
q-permit-date-help = خزمەتگوزارییەکانی تێکەڵبوون بەزۆری لە یەکەم 3 ساڵی دوای ئەم بەروارەدا پێشکەش دەکرێن.
q-municipality-registered = شارەوانیی نیشتەجێبوونت لە فینلاند هەیە؟
q-municipality-registered-help = ئەمە واتە تۆ وەک دانیشتووی شارەوانییەکی فینلاندی تۆمار کراویت. { -dvv } تۆماری دەکات.
q-first-steps-done = کام لەمانەت پێشتر هەیە؟
q-unaccompanied = بەبێ دایک و باوک یان سەرپەرشتیارەکەت هاتوویتە فینلاند؟
q-unaccompanied-help = سەرپەرشتیار کەسێکی گەورەیە کە بە پێی یاسا بەرپرسە لە تۆ.

## Questions: languages
q-mother-tongue = زمانی دایکت چییە؟
q-mother-tongue-other = ناوی زمانی دایکت بنووسە.
q-other-languages = بە کام زمانەکانی تر قسە دەکەیت؟
q-finnish = چەند بە باشی دەتوانیت بە فینلەندی قسە بکەیت؟
q-swedish = چەند بە باشی دەتوانیت بە سویدی قسە بکەیت؟
q-english = چەند بە باشی دەتوانیت بە ئینگلیزی قسە بکەیت؟
q-read-own = دەتوانیت بە زمانی دایکت بخوێنیتەوە؟
q-write-own = دەتوانیت بە زمانی دایکت بنووسیت؟
q-latin-alphabet = دەتوانیت پیتەکانی ئەم ئەلفوبێیە بخوێنیتەوە: ⁨A B C D E⁩؟
q-latin-alphabet-help = فینلەندی، سویدی و ئینگلیزی بەم پیتانە دەنووسرێن (ئەلفوبێی لاتینی).

## Questions: education
q-school-years = بە گشتی چەند ساڵ چوویتە قوتابخانە یان خوێندووتە؟
q-school-years-help = هەموو ساڵەکان بژمێرە، لە قوتابخانەی سەرەتاییەوە تا زانکۆ. ئەگەر دڵنیا نیت، باشترین مەزەندەت بنووسە.
q-education-level = بەرزترین خوێندن کە تەواوت کردووە چییە؟
q-education-field = چیت خوێندووە؟
q-education-country = ئەم خوێندنەت لە کوێ وەرگرتووە؟
q-certificates = بڕوانامە یان دیپلۆمەکانت لایە؟
q-certificates-help = بۆ نموونە بڕوانامەی قوتابخانە، دیپلۆم یان بڕوانامەی زانکۆ، لەسەر کاغەز یان وەک فایل.
q-unfinished-studies = دەستت بە خوێندنێک کردووە کە نەتتوانیوە تەواوی بکەیت؟

## Questions: work
q-has-worked = پێشتر کارت کردووە؟
q-work-fields = لە کام بوارەکاندا کارت کردووە؟
q-work-other = ئەو بوار یان کارەی کردووتە بنووسە.
q-work-years = بە گشتی چەند ساڵ کارت کردووە؟
q-recent-work = دوایین کارت چی بوو؟
q-recent-work-help = ناوی کارێک بنووسە، بۆ نموونە «پەرستار» یان «شۆفێری پاس».
q-entrepreneur = کاری بازرگانیی خۆتت هەبووە؟
q-driving-licence = مۆڵەتی شۆفێریت هەیە؟
q-licence-class = مۆڵەتەکەت ڕێگەت دەدات چ جۆرە ئامرازێکی گواستنەوە لێ بخوڕیت؟

## Questions: skills
q-phone-skills = دەتوانیت مۆبایلی زیرەک بەکار بهێنیت، بۆ نموونە بۆ ناردنی نامە و بەکارهێنانی بەرنامەکان؟
q-computer-skills = دەتوانیت کۆمپیوتەر بەکار بهێنیت؟
q-online-services = دەتوانیت خۆت بە تەنها خزمەتگوزارییە ئۆنلاینەکان بەکار بهێنیت؟
q-online-services-help = بۆ نموونە بانکی ئۆنلاین، دیاریکردنی کات یان پڕکردنەوەی فۆرم بە ئۆنلاین.
q-strengths = لە چیدا باشیت؟

## Questions: goals
q-goals = لە چەند ساڵی داهاتوودا دەتەوێت لە فینلاند چی بکەیت؟
q-main-goal = ئێستا کام لەمانە بۆ تۆ گرنگترینە؟

## Questions: life now
q-jobseeker = لای { -tyollisyyspalvelut } وەک کارگەڕ تۆمار کراویت؟
q-jobseeker-help = لە ڕێگەی { -tyomarkkinatori(case: "with-finnish") } یان لای { -tyollisyyspalvelut } خۆت تۆمار دەکەیت.
q-social-assistance = یارمەتیی بژێوی وەردەگریت؟
q-social-assistance-help = یارمەتیی بژێوی پارەیە بۆ پێداویستییە بنەڕەتییەکان کاتێک داهاتەکەت بەش ناکات. { -kela } یارمەتیی بژێویی بنەڕەتی دەدات. ئەگەر بۆ ماوەیەکی درێژتر یان بە بەردەوامی وەری دەگریت، بەزۆری شارەوانییەکەت بەرپرسە لە خزمەتگوزارییەکانی تێکەڵبوونت.
q-has-children = منداڵت هەیە کە لەگەڵت دەژین؟
q-children-ages = منداڵەکانت تەمەنیان چەندە؟
q-home-care-allowance = یارمەتیی چاودێریی منداڵ لە ماڵەوە لە { -kela } وەردەگریت؟
q-home-care-allowance-help = ئەمە پارەیەکە لە { -kela } کاتێک لە ماڵەوە چاودێریی منداڵێکی خوار 3 ساڵ دەکەیت.
q-housing = ئێستا لە کوێ دەژیت؟
q-urgent = بە پەلە پێویستت بە یارمەتی هەیە لە شتێکدا؟

## Questions: wellbeing
q-health-affects = تەندروستیت یان شتێکی تر خوێندن یان کارکردنت بۆ قورس دەکات؟
q-talk-to-someone = حەز دەکەیت لەگەڵ کەسێک دەربارەی تەندروستی یان خۆشگوزەرانیت قسە بکەیت؟

## Questions: appointment
q-appointment-language = دەتەوێت چاوپێکەوتنەکەت بە چ زمانێک بێت؟
q-interpreter = لە چاوپێکەوتنەکەدا پێویستت بە وەرگێڕ هەیە؟
q-interpreter-language = وەرگێڕەکە دەبێت بە چ زمانێک قسە بکات؟
q-contact-way = دەتەوێت نووسینگەکە چۆن پەیوەندیت پێوە بکات؟
q-contact-way-help = زانیارییەکانی پەیوەندیکردنت لێرە مەنووسە. لە نووسینگەکەدا دەیاندەیت.

## Options
opt-yesno-yes = بەڵێ
opt-yesno-no = نەخێر
opt-firststeps-identity-code = کۆدی ناسنامەی کەسیی فینلاندی
opt-firststeps-kela-card = کارتی { -kela }
opt-firststeps-tax-card = کارتی باج
opt-firststeps-bank-account = هەژماری بانکی
opt-firststeps-none = هێشتا هیچ کام لەمانە
opt-age-under-18 = خوار 18 ساڵ
opt-age-18-29 = 18 تا 29
opt-age-30-44 = 30 تا 44
opt-age-45-64 = 45 تا 64
opt-age-65-plus = 65 یان زیاتر
opt-residence-protection = پاراستنی نێودەوڵەتی (مافی پەنابەری، پێگەی پەنابەر)
opt-residence-family = پەیوەندیی خێزانی
opt-residence-work = کار
opt-residence-study = خوێندن
opt-residence-eu = هاووڵاتیی وڵاتێکی یەکێتیی ئەورووپا یان وڵاتێکی نۆردیک، تۆمارکراو
opt-residence-temporary-protection = پاراستنی کاتی
opt-residence-other = هۆیەکی تر
opt-residence-protection-family = ئەندامی خێزانی کەسێک کە پاراستنی نێودەوڵەتیی هەیە
opt-residence-trafficking = قوربانیی بازرگانی بە مرۆڤەوە (کەسێک ناچاری کردوویت کار یان شتی تر بکەیت)
opt-socialassist-lasting = بەڵێ، بۆ ماوەیەکی درێژتر یان بە بەردەوامی
opt-socialassist-short-term = بەڵێ، جارێک یان بۆ ماوەیەکی کورت
opt-socialassist-no = نەخێر
opt-socialassist-yes = بەڵێ (ماوەکەی نەوتراوە)
opt-language-arabic = عەرەبی
opt-language-dari = دەری
opt-language-farsi = فارسی
opt-language-kurdish = کوردی
opt-language-pashto = پەشتۆ
opt-language-somali = سۆماڵی
opt-language-tigrinya = تیگرینیا
opt-language-amharic = ئەمهەری
opt-language-swahili = سواحیلی
opt-language-russian = ڕووسی
opt-language-ukrainian = ئۆکرانی
opt-language-estonian = ئیستۆنی
opt-language-albanian = ئەلبانی
opt-language-turkish = تورکی
opt-language-vietnamese = ڤیەتنامی
opt-language-thai = تایلەندی
opt-language-chinese = چینی
opt-language-english = ئینگلیزی
opt-language-french = فەڕەنسی
opt-language-spanish = ئیسپانی
opt-language-other = زمانێکی تر
opt-level-none = هێشتا ناتوانم پێی قسە بکەم
opt-level-words = هەندێک وشە و دەستەواژە دەزانم
opt-level-everyday = لە بارودۆخە ڕۆژانەکاندا، وەک بازاڕکردن، کارەکانم ڕادەپەڕێنم
opt-level-work = دەتوانم زۆربەی بارودۆخەکانی کار بەڕێوە ببەم
opt-howwell-well = بەڵێ، بە باشی
opt-howwell-a-little = کەمێک
opt-howwell-no = نەخێر
opt-edu-none = نەچوومەتە قوتابخانە
opt-edu-primary = قوتابخانەی سەرەتایی
opt-edu-lower-secondary = قوتابخانەی ناوەندی (تا نزیکەی تەمەنی 15 ساڵی)
opt-edu-upper-secondary = قوتابخانەی ئامادەیی
opt-edu-vocational = قوتابخانەی پیشەیی (ڕاهێنان بۆ پیشەیەک)
opt-edu-bachelor = زانکۆ یان پەیمانگا، یەکەم بڕوانامە (بەکالۆریۆس)
opt-edu-master = زانکۆ، بڕوانامەی باڵاتر (ماستەر)
opt-edu-doctorate = دکتۆرا
opt-field-office = کاری ئۆفیس و کارگێڕی
opt-field-sales = فرۆشتن و دووکان
opt-field-cleaning = پاککردنەوە
opt-field-construction = بیناسازی
opt-field-manufacturing = کاری کارگە و بەرهەمهێنان
opt-field-transport = گواستنەوە و شۆفێری
opt-field-restaurant = چێشتخانە، کافێ و مەتبەخ
opt-field-health = چاودێریی تەندروستی
opt-field-social-care = چاودێریی کۆمەڵایەتی و چاودێریی بەساڵاچووان
opt-field-childcare = چاودێریی منداڵ
opt-field-teaching = مامۆستایەتی و پەروەردە
opt-field-ict = کۆمپیوتەر و تەکنەلۆجیای زانیاری
opt-field-engineering = ئەندازیاری و تەکنەلۆجیا
opt-field-agriculture = کشتوکاڵ، باخەوانی و دارستان
opt-field-beauty = سەرتاشی و جوانکاری
opt-field-security = پاسەوانی و ئاسایش
opt-field-repair = چاککردنەوە و پاراستنی ئامێر
opt-field-arts = هونەر، میدیا و کولتوور
opt-field-science = زانست و توێژینەوە
opt-field-law = یاسا، ئابووری و بازرگانی
opt-field-other = بوارێکی تر
opt-country-finland = لە فینلاند
opt-country-eu = لە وڵاتێکی تری یەکێتیی ئەورووپا یان وڵاتێکی تری نۆردیک
opt-country-other = لە وڵاتێکی تر
opt-certificates-yes = بەڵێ، هەموویان
opt-certificates-some = هەندێکیان
opt-certificates-no = نەخێر
opt-years-under-1 = کەمتر لە 1 ساڵ
opt-years-1-2 = 1 تا 2 ساڵ
opt-years-3-5 = 3 تا 5 ساڵ
opt-years-6-10 = 6 تا 10 ساڵ
opt-years-over-10 = زیاتر لە 10 ساڵ
opt-licence-b = ئۆتۆمبێل
opt-licence-c = بارهەڵگر
opt-licence-d = پاس
opt-licence-a = ماتۆڕسکیل
opt-licence-other = ئامرازی گواستنەوەی تر
opt-strength-teamwork = کارکردن لەگەڵ خەڵکی تر
opt-strength-customer-service = خزمەتکردنی کڕیاران
opt-strength-caring = چاودێریکردنی خەڵک
opt-strength-handcrafts = کارکردن بە دەست
opt-strength-technical = ئامێر و تەکنەلۆجیا
opt-strength-cooking = چێشتلێنان
opt-strength-organising = پلاندانان و ڕێکخستن
opt-strength-teaching = فێرکردن و ڕوونکردنەوە
opt-strength-languages = فێربوونی زمان
opt-strength-art = هونەر، مۆسیقا یان دیزاین
opt-strength-sports = وەرزش
opt-goal-work-soon = دۆزینەوەی کار بە زوویی
opt-goal-vocational = خوێندن بۆ پیشەیەک (خولی پیشەیی)
opt-goal-university = خوێندن لە زانکۆ
opt-goal-business = دامەزراندنی کاری بازرگانیی خۆم
opt-goal-language-first = سەرەتا فێربوونی زمانەکە
opt-goal-family = چاودێریکردنی خێزانەکەم بۆ ئێستا
opt-goal-not-sure = هێشتا دڵنیا نیم
opt-childage-under-3 = خوار 3 ساڵ
opt-childage-3-6 = 3 تا 6 ساڵ
opt-childage-7-15 = 7 تا 15 ساڵ
opt-childage-16-17 = 16 تا 17 ساڵ
opt-housing-own-rental = لە ماڵی خۆمدا کە بە کرێم گرتووە یان هی خۆمە
opt-housing-temporary = لە شوێنێکی کاتیدا، بۆ نموونە لەگەڵ هاوڕێیان یان لە ناوەندی پێشوازی
opt-housing-none = هیچ شوێنێکم نییە بۆ ژیان
opt-urgent-money = پارە بۆ خواردن یان پسوولەکان
opt-urgent-housing = شوێنێک بۆ ژیان
opt-urgent-health = تەندروستی
opt-urgent-safety = سەلامەتی: من یان خێزانەکەم سەلامەت نین
opt-urgent-family-reunification = هێنانی خێزانەکەم بۆ فینلاند
opt-urgent-legal-advice = ئامۆژگاریی یاسایی
opt-urgent-none = نەخێر، هیچ شتێکی بەپەلە نییە
opt-affects-no = نەخێر
opt-affects-a-little = کەمێک
opt-affects-a-lot = زۆر
opt-apptlang-finnish = فینلەندی
opt-apptlang-swedish = سویدی
opt-apptlang-english = ئینگلیزی
opt-apptlang-own = زمانی خۆم، لەگەڵ وەرگێڕ
opt-contact-phone = پەیوەندیی تەلەفۆنی
opt-contact-text-message = نامەی کورت
opt-contact-email = ئیمەیڵ
opt-contact-letter = نامە
opt-contact-in-person = خۆم سەردانی نووسینگەکە دەکەم
