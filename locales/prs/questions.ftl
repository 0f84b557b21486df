# Machine-made translation from English (Dari, Afghan Persian).
# Needs questionnaire: exactly the keys of locales/en/questions.ftl.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = برای ارزیابی خود آماده شوید
qn-intro = پیش از اولین ملاقات خود در مورد خدمات ادغام، می‌توانید به سوال‌هایی در مورد مهارت‌ها، پلان‌ها و زندگی فعلی خود جواب بدهید. بعد ملاقات می‌تواند از جواب‌های شما شروع شود.
qn-how-long = این کار حدود ۱۵ دقیقه وقت می‌گیرد. می‌توانید توقف کنید و بعداً ادامه بدهید.
qn-private = جواب‌های شما روی همین دستگاه می‌ماند. هیچ چیزی به جایی فرستاده نمی‌شود. خودتان فیصله می‌کنید که آن‌ها را به چه کسی نشان بدهید.
qn-skip-note = تنها به سوال‌هایی جواب بدهید که می‌خواهید. بعضی سوال‌ها گزینه «نمی‌دانم»، «از این سوال صرف نظر کنید» یا «ترجیح می‌دهم نگویم» دارند.
qn-start = شروع
qn-continue = از جایی که ماندید، ادامه بدهید
qn-start-again = از نو شروع کنید
qn-check-link = جواب‌های خود را بررسی کنید
qn-saved-count = { $count ->
    [one] شما به ۱ سوال جواب داده‌اید.
   *[other] شما به { $count } سوال جواب داده‌اید.
}
qn-progress = بخش { $part } از { $parts }: { $section }
qn-progress-label = پیشرفت
qn-back = برگشت
qn-continue-button = ادامه
qn-dont-know = نمی‌دانم
qn-prefer-not = ترجیح می‌دهم نگویم
qn-skip = از این سوال صرف نظر کنید
qn-choose-all = همه گزینه‌هایی را که درست است، انتخاب کنید.
qn-month = ماه
qn-year = سال
qn-number = عدد
qn-your-answer = جواب شما
qn-selected = انتخاب‌شده

## Check your answers
qn-check-title = جواب‌های خود را بررسی کنید
qn-check-intro = به جواب‌های خود نگاه کنید. می‌توانید هر جواب را تغییر بدهید.
qn-change = تغییر
qn-answer-now = جواب بدهید
qn-not-answered = جواب داده نشده
qn-answer-dont-know = نمی‌دانم
qn-answer-prefer-not = ترجیح می‌دهم نگویم
qn-answer-skipped = صرف نظر شده
qn-done-title = بعد چه می‌شود
qn-done-text = جواب‌های شما روی همین دستگاه ذخیره شده است. آن‌ها را در وقت ملاقات خود نشان بدهید. شخصی که با او ملاقات می‌کنید، همراه با شما فیصله می‌کند که به کدام خدمات ضرورت دارید.
qn-see-pathway = مسیر پیشنهادی خود را ببینید

## Deleting
qn-delete = پاک کردن معلومات من از این دستگاه
qn-delete-confirm-title = معلومات شما پاک شود؟
qn-delete-confirm-text = این کار جواب‌ها، علامت‌های لست کارها و زبان انتخاب‌شده شما را از این دستگاه پاک می‌کند. این کار را پس گرفته نمی‌توانید.
qn-delete-yes = بلی، پاک شود
qn-delete-cancel = لغو

## Notices about stored answers
qn-notice-discarded = جواب‌های ذخیره‌شده شما خوانده نشد، به همین خاطر پاک شد. لطفاً دوباره جواب بدهید.
qn-notice-newer = جواب‌های ذخیره‌شده شما با یک نسخه نوتر این برنامه ساخته شده است. لطفاً برنامه را تازه کنید یا آن را در نسخه نو یک براوزر باز کنید. جواب‌های ذخیره‌شده شما تغییر داده نشد.

## Errors
error-summary = یک مشکل وجود دارد
error-required = لطفاً به سوال جواب بدهید، یا یک گزینه دیگر را در پایین انتخاب کنید.
error-unknown-option = لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-exclusive = این جواب را با جواب‌های دیگر یکجا انتخاب کرده نمی‌توانید.
error-not-a-number = لطفاً یک عدد را با رقم بنویسید، مثلاً ۱۲.
error-out-of-range = لطفاً یک عدد از { $min } تا { $max } بنویسید.
error-year-too-early = لطفاً سال { $min } یا پس از آن را بنویسید.
error-in-future = تاریخ نمی‌تواند در آینده باشد.
error-month = لطفاً یک ماه را انتخاب کنید.
error-too-long = لطفاً حد اکثر { $max } حرف بنویسید.

## Months
month-1 = جنوری
month-2 = فبروری
month-3 = مارچ
month-4 = اپریل
month-5 = می
month-6 = جون
month-7 = جولای
month-8 = اگست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## Sections
section-about = در مورد شما
section-languages = زبان‌ها
section-education = تحصیلات
section-work = کار
section-skills = مهارت‌ها و توانایی‌ها
section-goals = هدف‌های شما
section-life = زندگی فعلی شما
section-wellbeing = صحت و آرامش
section-wellbeing-intro = جواب دادن به این سوال‌ها اختیاری است. این سوال‌ها را می‌پرسیم، چون صحت می‌تواند بالای درس و کار اثر کند، و کمک موجود است. می‌توانید از آن‌ها صرف نظر کنید یا «ترجیح می‌دهم نگویم» را انتخاب کنید.
section-appointment = ملاقات شما

## Questions: about you
q-age-group = شما چند ساله هستید؟
q-residence-basis = حق زندگی در فنلند را به چه دلیل گرفتید؟
q-residence-basis-help = به کارت اجازه اقامت یا تصدیق‌نامه ثبت نام خود نگاه کنید. اگر مطمئن نیستید، «نمی‌دانم» را انتخاب کنید.
q-permit-date = اولین اجازه اقامت یا ثبت نام خود را در فنلند چه وقت گرفتید؟
q-permit-date-help = خدمات ادغام به طور معمول در ۳ سال اول پس از این تاریخ ارائه می‌شوند.
q-municipality-registered = آیا در فنلند شاروالی محل سکونت دارید؟
q-municipality-registered-help = یعنی شما به حیث باشنده یک شاروالی فنلند ثبت شده‌اید. { -dvv } آن را ثبت می‌کند.
q-first-steps-done = کدام یک از این‌ها را از قبل دارید؟
q-unaccompanied = آیا بدون پدر و مادر یا سرپرست خود به فنلند آمدید؟
q-unaccompanied-help = سرپرست یک شخص بزرگسال است که از نظر قانون مسئول شما است.

## Questions: languages
q-mother-tongue = زبان مادری شما چیست؟
q-mother-tongue-other = نام زبان مادری خود را بنویسید.
q-other-languages = به کدام زبان‌های دیگر صحبت می‌کنید؟
q-finnish = زبان فنلندی را چقدر خوب صحبت کرده می‌توانید؟
q-swedish = زبان سویدنی را چقدر خوب صحبت کرده می‌توانید؟
q-english = زبان انگلیسی را چقدر خوب صحبت کرده می‌توانید؟
q-read-own = آیا به زبان مادری خود خوانده می‌توانید؟
q-write-own = آیا به زبان مادری خود نوشته می‌توانید؟
q-latin-alphabet = آیا حروف این الفبا را خوانده می‌توانید: ⁨A B C D E⁩؟
q-latin-alphabet-help = زبان‌های فنلندی، سویدنی و انگلیسی با این حروف (الفبای لاتین) نوشته می‌شوند.

## Questions: education
q-school-years = در مجموع چند سال به مکتب رفتید یا درس خواندید؟
q-school-years-help = همه سال‌ها را حساب کنید، از مکتب ابتدایی تا پوهنتون. اگر مطمئن نیستید، نزدیک‌ترین حدس خود را بنویسید.
q-education-level = بالاترین سطح تحصیلی که تمام کرده‌اید، چیست؟
q-education-field = چه رشته‌ای خواندید؟
q-education-country = این تحصیلات را در کجا انجام دادید؟
q-certificates = آیا شهادت‌نامه‌ها یا دیپلوم‌های خود را دارید؟
q-certificates-help = مثلاً شهادت‌نامه‌های مکتب، دیپلوم‌ها یا اسناد تحصیلی، روی کاغذ یا به شکل فایل.
q-unfinished-studies = آیا درسی را شروع کردید که تمام کرده نتوانستید؟

## Questions: work
q-has-worked = آیا پیش از این کار کرده‌اید؟
q-work-fields = در کدام رشته‌ها کار کرده‌اید؟
q-work-other = رشته یا کاری را که کرده‌اید، بنویسید.
q-work-years = در مجموع چند سال کار کرده‌اید؟
q-recent-work = آخرین کار شما چه بود؟
q-recent-work-help = نام وظیفه را بنویسید، مثلاً «نرس» یا «دریور بس».
q-entrepreneur = آیا کسب و کار خود را داشته‌اید؟
q-driving-licence = آیا جواز رانندگی دارید؟
q-licence-class = جواز شما اجازه راندن کدام نوع وسایط را می‌دهد؟

## Questions: skills
q-phone-skills = آیا از تیلفون هوشمند استفاده کرده می‌توانید، مثلاً برای فرستادن پیام و استفاده از اپلیکیشن‌ها؟
q-computer-skills = آیا از کمپیوتر استفاده کرده می‌توانید؟
q-online-services = آیا به تنهایی از خدمات آنلاین استفاده کرده می‌توانید؟
q-online-services-help = مثلاً بانکداری انترنتی، گرفتن وقت یا پر کردن یک فورم به شکل آنلاین.
q-strengths = در چه کارهایی خوب هستید؟

## Questions: goals
q-goals = در چند سال آینده در فنلند چه می‌خواهید بکنید؟
q-main-goal = کدام یک از این‌ها حالا برای شما از همه مهم‌تر است؟

## Questions: life now
q-jobseeker = آیا نزد { -tyollisyyspalvelut } به حیث کارجو ثبت نام شده‌اید؟
q-jobseeker-help = شما از طریق { -tyomarkkinatori(case: "with-finnish") } یا نزد { -tyollisyyspalvelut } ثبت نام می‌کنید.
q-social-assistance = آیا کمک معیشتی می‌گیرید؟
q-social-assistance-help = کمک معیشتی پولی برای ضرورت‌های اساسی است، وقتی عاید شما کافی نیست. { -kela } کمک معیشتی اساسی را می‌پردازد. اگر آن را برای مدت طولانی یا به طور منظم می‌گیرید، به طور معمول شاروالی شما مسئول خدمات ادغام شما است.
q-has-children = آیا اطفالی دارید که با شما زندگی می‌کنند؟
q-children-ages = اطفال شما چند ساله هستند؟
q-home-care-allowance = آیا از { -kela } کمک مالی نگهداری طفل در خانه می‌گیرید؟
q-home-care-allowance-help = این پولی از { -kela } است، وقتی از یک طفل کمتر از ۳ سال در خانه نگهداری می‌کنید.
q-housing = حالا در کجا زندگی می‌کنید؟
q-urgent = آیا در کدام کار به کمک عاجل ضرورت دارید؟

## Questions: wellbeing
q-health-affects = آیا صحت شما یا چیز دیگری درس خواندن یا کار کردن را برای شما سخت می‌سازد؟
q-talk-to-someone = آیا می‌خواهید با کسی در مورد صحت یا آرامش خود صحبت کنید؟

## Questions: appointment
q-appointment-language = ملاقات خود را به کدام زبان می‌خواهید؟
q-interpreter = آیا در ملاقات به ترجمان ضرورت دارید؟
q-interpreter-language = ترجمان به کدام زبان صحبت کند؟
q-contact-way = می‌خواهید دفتر چطور با شما تماس بگیرد؟
q-contact-way-help = معلومات تماس خود را اینجا ننویسید. آن‌ها را در دفتر می‌دهید.

## Options
opt-yesno-yes = بلی
opt-yesno-no = نخیر
opt-firststeps-identity-code = کود هویت شخصی فنلند
opt-firststeps-kela-card = کارت { -kela }
opt-firststeps-tax-card = کارت مالیات
opt-firststeps-bank-account = حساب بانکی
opt-firststeps-none = هنوز هیچ کدام
opt-age-under-18 = کمتر از ۱۸
opt-age-18-29 = ۱۸ تا ۲۹
opt-age-30-44 = ۳۰ تا ۴۴
opt-age-45-64 = ۴۵ تا ۶۴
opt-age-65-plus = ۶۵ یا بیشتر
opt-residence-protection = حمایت بین‌المللی (پناهندگی، وضعیت پناهنده)
opt-residence-family = روابط فامیلی
opt-residence-work = کار
opt-residence-study = درس
opt-residence-eu = تبعه اتحادیه اروپا یا کشورهای نوردیک، ثبت نام شده
opt-residence-temporary-protection = حمایت موقت
opt-residence-other = دلیل دیگر
opt-residence-protection-family = عضو فامیل شخصی که حمایت بین‌المللی دارد
opt-residence-trafficking = قربانی قاچاق انسان (کسی شما را مجبور به کار یا کارهای دیگر کرده است)
opt-socialassist-lasting = بلی، برای مدت طولانی یا به طور منظم
opt-socialassist-short-term = بلی، یک بار یا برای مدت کوتاه
opt-socialassist-no = نخیر
opt-socialassist-yes = بلی (گفته نشده برای چه مدت)
opt-language-arabic = عربی
opt-language-dari = دری
opt-language-farsi = فارسی
opt-language-kurdish = کردی
opt-language-pashto = پشتو
opt-language-somali = سومالی
opt-language-tigrinya = تیگرینیا
opt-language-amharic = امهری
opt-language-swahili = سواحیلی
opt-language-russian = روسی
opt-language-ukrainian = اوکراینی
opt-language-estonian = استونیایی
opt-language-albanian = البانیایی
opt-language-turkish = ترکی
opt-language-vietnamese = ویتنامی
opt-language-thai = تایلندی
opt-language-chinese = چینایی
opt-language-english = انگلیسی
opt-language-french = فرانسوی
opt-language-spanish = هسپانوی
opt-language-other = زبان دیگر
opt-level-none = هنوز صحبت کرده نمی‌توانم
opt-level-words = بعضی کلمات و عبارت‌ها را می‌دانم
opt-level-everyday = در وضعیت‌های روزمره، مثل خریداری، کار خود را پیش برده می‌توانم
opt-level-work = بیشتر وضعیت‌ها را در کار پیش برده می‌توانم
opt-howwell-well = بلی، خوب
opt-howwell-a-little = کمی
opt-howwell-no = نخیر
opt-edu-none = به مکتب نرفته‌ام
opt-edu-primary = مکتب ابتدایی
opt-edu-lower-secondary = دوره اول متوسطه (تا حدود ۱۵ سالگی)
opt-edu-upper-secondary = دوره دوم متوسطه (لیسه)
opt-edu-vocational = مکتب مسلکی (آموزش یک مسلک)
opt-edu-bachelor = پوهنتون یا انستیتوت، سند اول (لیسانس)
opt-edu-master = پوهنتون، سند بالاتر (ماستری)
opt-edu-doctorate = دوکتورا
opt-field-office = کار دفتری و اداری
opt-field-sales = فروش و دکان‌ها
opt-field-cleaning = پاک‌کاری
opt-field-construction = ساختمان و اعمار
opt-field-manufacturing = کار فابریکه و تولید
opt-field-transport = ترانسپورت و رانندگی
opt-field-restaurant = رستورانت‌ها، کافه‌ها و آشپزخانه‌ها
opt-field-health = خدمات صحی
opt-field-social-care = خدمات اجتماعی و نگهداری از سالمندان
opt-field-childcare = نگهداری از اطفال
opt-field-teaching = تدریس و تعلیم و تربیه
opt-field-ict = کمپیوتر و تکنالوژی معلوماتی
opt-field-engineering = انجنیری و تکنالوژی
opt-field-agriculture = زراعت، باغداری و جنگلداری
opt-field-beauty = سلمانی و آرایش
opt-field-security = امنیت و نگهبانی
opt-field-repair = ترمیم و نگهداری
opt-field-arts = هنر، رسانه و فرهنگ
opt-field-science = ساینس و تحقیق
opt-field-law = حقوق، اقتصاد و تجارت
opt-field-other = رشته دیگر
opt-country-finland = در فنلند
opt-country-eu = در یک کشور دیگر اتحادیه اروپا یا کشورهای نوردیک
opt-country-other = در یک کشور دیگر
opt-certificates-yes = بلی، همه آن‌ها را
opt-certificates-some = بعضی آن‌ها را
opt-certificates-no = نخیر
opt-years-under-1 = کمتر از ۱ سال
opt-years-1-2 = ۱ تا ۲ سال
opt-years-3-5 = ۳ تا ۵ سال
opt-years-6-10 = ۶ تا ۱۰ سال
opt-years-over-10 = بیشتر از ۱۰ سال
opt-licence-b = موتر
opt-licence-c = لاری
opt-licence-d = بس
opt-licence-a = موترسایکل
opt-licence-other = وسایط دیگر
opt-strength-teamwork = کار کردن با مردم دیگر
opt-strength-customer-service = خدمت به مشتریان
opt-strength-caring = مراقبت از مردم
opt-strength-handcrafts = کار کردن با دست‌های خود
opt-strength-technical = ماشین‌ها و تکنالوژی
opt-strength-cooking = آشپزی
opt-strength-organising = پلان‌گذاری و تنظیم
opt-strength-teaching = درس دادن و توضیح دادن
opt-strength-languages = یاد گرفتن زبان‌ها
opt-strength-art = هنر، موسیقی یا دیزاین
opt-strength-sports = ورزش
opt-goal-work-soon = زود کار پیدا کنم
opt-goal-vocational = یک مسلک را بیاموزم (آموزش مسلکی)
opt-goal-university = در پوهنتون درس بخوانم
opt-goal-business = کسب و کار خود را شروع کنم
opt-goal-language-first = اول زبان را یاد بگیرم
opt-goal-family = فعلاً از فامیل خود نگهداری کنم
opt-goal-not-sure = هنوز مطمئن نیستم
opt-childage-under-3 = کمتر از ۳ سال
opt-childage-3-6 = ۳ تا ۶ سال
opt-childage-7-15 = ۷ تا ۱۵ سال
opt-childage-16-17 = ۱۶ تا ۱۷ سال
opt-housing-own-rental = در خانه کرایی یا شخصی خودم
opt-housing-temporary = در یک جای موقت، مثلاً نزد دوستان یا در مرکز پذیرش
opt-housing-none = جایی برای زندگی ندارم
opt-urgent-money = پول برای غذا یا بل‌ها
opt-urgent-housing = جایی برای زندگی
opt-urgent-health = صحت
opt-urgent-safety = امنیت: من یا فامیلم در امان نیستیم
opt-urgent-family-reunification = آوردن فامیلم به فنلند
opt-urgent-legal-advice = مشوره حقوقی
opt-urgent-none = نخیر، هیچ چیز عاجل نیست
opt-affects-no = نخیر
opt-affects-a-little = کمی
opt-affects-a-lot = زیاد
opt-apptlang-finnish = فنلندی
opt-apptlang-swedish = سویدنی
opt-apptlang-english = انگلیسی
opt-apptlang-own = زبان خودم، با ترجمان
opt-contact-phone = زنگ تیلفونی
opt-contact-text-message = پیام کوتاه
opt-contact-email = ایمیل
opt-contact-letter = مکتوب
opt-contact-in-person = خودم به دفتر می‌آیم
