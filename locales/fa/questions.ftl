# Needs questionnaire. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = برای ارزیابی خود آماده شوید
qn-intro = قبل از اولین دیدار درباره خدمات سازگاری، می‌توانید به سؤال‌هایی درباره مهارت‌ها، برنامه‌ها و زندگی فعلی خود جواب بدهید. بعد، دیدار می‌تواند از جواب‌های شما شروع شود.
qn-how-long = این کار حدود 15 دقیقه طول می‌کشد. می‌توانید دست نگه دارید و بعداً ادامه دهید.
qn-private = جواب‌های شما روی همین دستگاه می‌ماند. هیچ چیزی به جایی فرستاده نمی‌شود. خودتان تصمیم می‌گیرید آن‌ها را به چه کسی نشان دهید.
qn-skip-note = فقط به سؤال‌هایی جواب بدهید که می‌خواهید. بعضی از سؤال‌ها گزینه «نمی‌دانم»، «رد شدن» یا «ترجیح می‌دهم نگویم» دارند.
qn-start = شروع
qn-continue = ادامه از جایی که مانده بودید
qn-start-again = شروع دوباره
qn-check-link = جواب‌های خود را بررسی کنید
qn-saved-count = { $count ->
    [one] شما به 1 سؤال جواب داده‌اید.
   *[other] شما به { $count } سؤال جواب داده‌اید.
}
qn-progress = بخش { $part } از { $parts }: { $section }
qn-progress-label = پیشرفت
qn-back = برگشت
qn-continue-button = ادامه
qn-dont-know = نمی‌دانم
qn-prefer-not = ترجیح می‌دهم نگویم
qn-skip = رد شدن از این سؤال
qn-choose-all = همه گزینه‌هایی را که درست است انتخاب کنید.
qn-month = ماه
qn-year = سال
qn-number = عدد
qn-your-answer = جواب شما
qn-selected = انتخاب‌شده

## Check your answers
qn-check-title = جواب‌های خود را بررسی کنید
qn-check-intro = جواب‌های خود را ببینید. می‌توانید هر جوابی را تغییر دهید.
qn-change = تغییر
qn-answer-now = جواب دادن
qn-not-answered = بدون جواب
qn-answer-dont-know = نمی‌دانم
qn-answer-prefer-not = ترجیح می‌دهم نگویم
qn-answer-skipped = رد شد
qn-done-title = بعد چه اتفاقی می‌افتد
qn-done-text = جواب‌های شما روی همین دستگاه ذخیره شده است. آن‌ها را در وقت ملاقات خود نشان دهید. کسی که با او دیدار می‌کنید، همراه شما تصمیم می‌گیرد به چه خدماتی نیاز دارید.
qn-see-pathway = مسیر پیشنهادی خود را ببینید

## Deleting
qn-delete = پاک کردن اطلاعات من از این دستگاه
qn-delete-confirm-title = اطلاعات شما پاک شود؟
qn-delete-confirm-text = این کار جواب‌های شما، علامت‌های فهرست کارهای شما و زبانی را که انتخاب کرده‌اید از این دستگاه پاک می‌کند. نمی‌توانید این کار را برگردانید.
qn-delete-yes = بله، پاک شود
qn-delete-cancel = لغو

## Notices about stored answers
qn-notice-discarded = جواب‌های ذخیره‌شده شما خوانده نشد، برای همین پاک شد. لطفاً دوباره جواب بدهید.
qn-notice-newer = جواب‌های ذخیره‌شده شما با نسخه جدیدتری از این برنامه ساخته شده است. لطفاً برنامه را به‌روز کنید یا آن را در یک مرورگر به‌روز باز کنید. جواب‌های ذخیره‌شده شما تغییر نکرد.

## Errors
error-summary = مشکلی وجود دارد
error-required = لطفاً به سؤال جواب بدهید، یا گزینه دیگری را در پایین انتخاب کنید.
error-unknown-option = لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-exclusive = این پاسخ را نمی‌توانید همراه با پاسخ‌های دیگر انتخاب کنید.
error-not-a-number = لطفاً یک عدد با رقم بنویسید، مثلاً 12.
error-out-of-range = لطفاً عددی از { $min } تا { $max } بنویسید.
error-year-too-early = لطفاً سالی از { $min } به بعد بنویسید.
error-in-future = تاریخ نمی‌تواند در آینده باشد.
error-month = لطفاً یک ماه را انتخاب کنید.
error-too-long = لطفاً حداکثر { $max } حرف بنویسید.

## Months
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر

## Sections
section-about = درباره شما
section-languages = زبان‌ها
section-education = تحصیلات
section-work = کار
section-skills = مهارت‌ها و نقاط قوت
section-goals = هدف‌های شما
section-life = زندگی فعلی شما
section-wellbeing = سلامت و رفاه
section-wellbeing-intro = جواب دادن به این سؤال‌ها اختیاری است. این سؤال‌ها را می‌پرسیم چون سلامت می‌تواند روی درس خواندن و کار کردن اثر بگذارد، و کمک وجود دارد. می‌توانید آن‌ها را رد کنید یا «ترجیح می‌دهم نگویم» را انتخاب کنید.
section-appointment = وقت ملاقات شما

## Questions: about you
q-age-group = چند سال دارید؟
q-residence-basis = به چه دلیلی حق زندگی در فنلاند را گرفتید؟
q-residence-basis-help = به کارت اجازه اقامت یا گواهی ثبت اقامت خود نگاه کنید. اگر مطمئن نیستید، «نمی‌دانم» را انتخاب کنید.
q-permit-date = اولین اجازه اقامت یا ثبت اقامت خود را در فنلاند چه زمانی گرفتید؟
q-permit-date-help = خدمات سازگاری معمولاً در 3 سال اول بعد از این تاریخ ارائه می‌شود.
q-municipality-registered = آیا در فنلاند شهرداری محل سکونت دارید؟
q-municipality-registered-help = یعنی شما به‌عنوان ساکن یک شهرداری در فنلاند ثبت شده‌اید. { -dvv } آن را ثبت می‌کند.
q-first-steps-done = کدام یک از این‌ها را الان دارید؟
q-unaccompanied = آیا بدون پدر و مادر یا سرپرست خود به فنلاند آمدید؟
q-unaccompanied-help = سرپرست، بزرگسالی است که از نظر قانونی مسئول شما است.

## Questions: languages
q-mother-tongue = زبان مادری شما چیست؟
q-mother-tongue-other = نام زبان مادری خود را بنویسید.
q-other-languages = به چه زبان‌های دیگری صحبت می‌کنید؟
q-finnish = چقدر خوب می‌توانید فنلاندی صحبت کنید؟
q-swedish = چقدر خوب می‌توانید سوئدی صحبت کنید؟
q-english = چقدر خوب می‌توانید انگلیسی صحبت کنید؟
q-read-own = آیا می‌توانید به زبان مادری خود بخوانید؟
q-write-own = آیا می‌توانید به زبان مادری خود بنویسید؟
q-latin-alphabet = آیا می‌توانید حروف این الفبا را بخوانید: A B C D E؟
q-latin-alphabet-help = فنلاندی، سوئدی و انگلیسی با این حروف نوشته می‌شوند (الفبای لاتین).

## Questions: education
q-school-years = در مجموع چند سال به مدرسه رفتید یا درس خواندید؟
q-school-years-help = همه سال‌ها را بشمارید، از دبستان تا دانشگاه. اگر مطمئن نیستید، تا جایی که می‌توانید درست حدس بزنید.
q-education-level = بالاترین تحصیلاتی که تمام کرده‌اید کدام است؟
q-education-field = چه رشته‌ای خواندید؟
q-education-country = این تحصیلات را کجا گذراندید؟
q-certificates = آیا مدرک‌ها یا گواهی‌نامه‌های تحصیلی خود را دارید؟
q-certificates-help = مثلاً کارنامه مدرسه، دیپلم یا مدرک دانشگاهی، روی کاغذ یا به‌صورت فایل.
q-unfinished-studies = آیا درسی را شروع کردید که نتوانستید آن را تمام کنید؟

## Questions: work
q-has-worked = آیا قبلاً کار کرده‌اید؟
q-work-fields = در چه زمینه‌هایی کار کرده‌اید؟
q-work-other = زمینه یا کاری را که انجام می‌دادید بنویسید.
q-work-years = در مجموع چند سال کار کرده‌اید؟
q-recent-work = آخرین کار شما چه بود؟
q-recent-work-help = نام شغل را بنویسید، مثلاً «پرستار» یا «راننده اتوبوس».
q-entrepreneur = آیا کسب‌وکار خودتان را داشته‌اید؟
q-driving-licence = آیا گواهی‌نامه رانندگی دارید؟
q-licence-class = با گواهی‌نامه خود چه نوع وسیله‌های نقلیه‌ای را می‌توانید برانید؟

## Questions: skills
q-phone-skills = آیا می‌توانید از گوشی هوشمند استفاده کنید، مثلاً برای فرستادن پیام و استفاده از برنامه‌ها؟
q-computer-skills = آیا می‌توانید از کامپیوتر استفاده کنید؟
q-online-services = آیا می‌توانید خودتان از خدمات اینترنتی استفاده کنید؟
q-online-services-help = مثلاً بانکداری آنلاین، گرفتن وقت یا پر کردن فرم در اینترنت.
q-strengths = در چه کارهایی خوب هستید؟

## Questions: goals
q-goals = در چند سال آینده می‌خواهید در فنلاند چه کار کنید؟
q-main-goal = الان کدام یک از این‌ها برای شما از همه مهم‌تر است؟

## Questions: life now
q-jobseeker = آیا در { -tyollisyyspalvelut } به‌عنوان جویای کار ثبت‌نام کرده‌اید؟
q-jobseeker-help = از طریق { -tyomarkkinatori(case: "with-finnish") } یا در { -tyollisyyspalvelut } ثبت‌نام می‌کنید.
q-social-assistance = آیا کمک‌هزینه معیشتی می‌گیرید؟
q-social-assistance-help = کمک‌هزینه معیشتی پولی برای نیازهای پایه است، وقتی درآمد شما کافی نیست. { -kela } کمک‌هزینه معیشتی پایه را پرداخت می‌کند. اگر آن را برای مدت طولانی یا به‌طور منظم می‌گیرید، معمولاً شهرداری شما مسئول خدمات سازگاری شما است.
q-has-children = آیا فرزندانی دارید که با شما زندگی می‌کنند؟
q-children-ages = فرزندان شما چند سال دارند؟
q-home-care-allowance = آیا از { -kela } کمک‌هزینه نگهداری از کودک در خانه می‌گیرید؟
q-home-care-allowance-help = این پولی است که { -kela } می‌دهد، وقتی از کودک زیر 3 سال در خانه نگهداری می‌کنید.
q-housing = الان کجا زندگی می‌کنید؟
q-urgent = آیا برای چیزی فوری به کمک نیاز دارید؟

## Questions: wellbeing
q-health-affects = آیا سلامت شما یا چیز دیگری درس خواندن یا کار کردن را برایتان سخت می‌کند؟
q-talk-to-someone = آیا می‌خواهید با کسی درباره سلامت یا رفاه خود صحبت کنید؟

## Questions: appointment
q-appointment-language = می‌خواهید وقت ملاقات شما به چه زبانی باشد؟
q-interpreter = آیا در وقت ملاقات به مترجم نیاز دارید؟
q-interpreter-language = مترجم به چه زبانی صحبت کند؟
q-contact-way = می‌خواهید اداره چطور با شما تماس بگیرد؟
q-contact-way-help = اطلاعات تماس خود را اینجا ننویسید. آن‌ها را در اداره می‌دهید.

## Options
opt-yesno-yes = بله
opt-yesno-no = نه
opt-firststeps-identity-code = کد شناسایی شخصی فنلاندی
opt-firststeps-kela-card = کارت { -kela }
opt-firststeps-tax-card = کارت مالیاتی
opt-firststeps-bank-account = حساب بانکی
opt-firststeps-none = هنوز هیچ‌کدام
opt-age-under-18 = زیر 18 سال
opt-age-18-29 = 18 تا 29 سال
opt-age-30-44 = 30 تا 44 سال
opt-age-45-64 = 45 تا 64 سال
opt-age-65-plus = 65 سال یا بیشتر
opt-residence-protection = حمایت بین‌المللی (پناهندگی، وضعیت پناهنده)
opt-residence-family = پیوند خانوادگی
opt-residence-work = کار
opt-residence-study = تحصیل
opt-residence-eu = شهروند اتحادیه اروپا یا شمال اروپا (نوردیک)، با ثبت اقامت
opt-residence-temporary-protection = حمایت موقت
opt-residence-other = دلیل دیگر
opt-residence-protection-family = عضو خانواده کسی که حمایت بین‌المللی دارد
opt-residence-trafficking = قربانی قاچاق انسان (کسی شما را مجبور به کار یا کارهای دیگر کرد)
opt-socialassist-lasting = بله، برای مدت طولانی یا به‌طور منظم
opt-socialassist-short-term = بله، یک بار یا برای مدت کوتاه
opt-socialassist-no = نه
opt-socialassist-yes = بله (مدت آن گفته نشده)
opt-language-arabic = عربی
opt-language-dari = دری
opt-language-farsi = فارسی
opt-language-kurdish = کردی
opt-language-pashto = پشتو
opt-language-somali = سومالیایی
opt-language-tigrinya = تیگرینیا
opt-language-amharic = امهری
opt-language-swahili = سواحیلی
opt-language-russian = روسی
opt-language-ukrainian = اوکراینی
opt-language-estonian = استونیایی
opt-language-albanian = آلبانیایی
opt-language-turkish = ترکی
opt-language-vietnamese = ویتنامی
opt-language-thai = تایلندی
opt-language-chinese = چینی
opt-language-english = انگلیسی
opt-language-french = فرانسوی
opt-language-spanish = اسپانیایی
opt-language-other = زبان دیگر
opt-level-none = هنوز نمی‌توانم صحبت کنم
opt-level-words = چند کلمه و جمله کوتاه بلدم
opt-level-everyday = در موقعیت‌های روزمره، مثل خرید، از پس کارهایم برمی‌آیم
opt-level-work = در محل کار از پس بیشتر موقعیت‌ها برمی‌آیم
opt-howwell-well = بله، خوب
opt-howwell-a-little = کمی
opt-howwell-no = نه
opt-edu-none = به مدرسه نرفته‌ام
opt-edu-primary = دبستان (ابتدایی)
opt-edu-lower-secondary = دوره اول متوسطه (تا حدود 15 سالگی)
opt-edu-upper-secondary = دوره دوم متوسطه (دبیرستان)
opt-edu-vocational = مدرسه فنی و حرفه‌ای (آموزش یک حرفه)
opt-edu-bachelor = دانشگاه یا آموزش عالی، مدرک اول (کارشناسی یا لیسانس)
opt-edu-master = دانشگاه، مدرک بالاتر (کارشناسی ارشد یا ماستری)
opt-edu-doctorate = دکترا (PhD)
opt-field-office = کار دفتری و اداری
opt-field-sales = فروش و مغازه
opt-field-cleaning = نظافت
opt-field-construction = ساختمان و ساخت‌وساز
opt-field-manufacturing = کار در کارخانه و تولید
opt-field-transport = حمل‌ونقل و رانندگی
opt-field-restaurant = رستوران، کافه و آشپزخانه
opt-field-health = بهداشت و درمان
opt-field-social-care = خدمات اجتماعی و مراقبت از سالمندان
opt-field-childcare = نگهداری از کودک
opt-field-teaching = تدریس و آموزش
opt-field-ict = کامپیوتر و فناوری اطلاعات
opt-field-engineering = مهندسی و فناوری
opt-field-agriculture = کشاورزی، باغبانی و جنگلداری
opt-field-beauty = آرایشگری و زیبایی
opt-field-security = امنیت و نگهبانی
opt-field-repair = تعمیر و نگهداری
opt-field-arts = هنر، رسانه و فرهنگ
opt-field-science = علم و پژوهش
opt-field-law = حقوق، اقتصاد و تجارت
opt-field-other = زمینه دیگر
opt-country-finland = در فنلاند
opt-country-eu = در یک کشور دیگر اتحادیه اروپا یا شمال اروپا (نوردیک)
opt-country-other = در یک کشور دیگر
opt-certificates-yes = بله، همه را
opt-certificates-some = بعضی از آن‌ها را
opt-certificates-no = نه
opt-years-under-1 = کمتر از 1 سال
opt-years-1-2 = 1 تا 2 سال
opt-years-3-5 = 3 تا 5 سال
opt-years-6-10 = 6 تا 10 سال
opt-years-over-10 = بیشتر از 10 سال
opt-licence-b = ماشین سواری
opt-licence-c = کامیون
opt-licence-d = اتوبوس
opt-licence-a = موتورسیکلت
opt-licence-other = وسیله‌های نقلیه دیگر
opt-strength-teamwork = کار کردن با دیگران
opt-strength-customer-service = خدمت به مشتری
opt-strength-caring = مراقبت از دیگران
opt-strength-handcrafts = کار با دست‌هایم
opt-strength-technical = ماشین‌آلات و فناوری
opt-strength-cooking = آشپزی
opt-strength-organising = برنامه‌ریزی و سازماندهی
opt-strength-teaching = آموزش دادن و توضیح دادن
opt-strength-languages = یاد گرفتن زبان
opt-strength-art = هنر، موسیقی یا طراحی
opt-strength-sports = ورزش
opt-goal-work-soon = زود کار پیدا کنم
opt-goal-vocational = یک حرفه یاد بگیرم (آموزش فنی و حرفه‌ای)
opt-goal-university = در دانشگاه درس بخوانم
opt-goal-business = کسب‌وکار خودم را شروع کنم
opt-goal-language-first = اول زبان را یاد بگیرم
opt-goal-family = فعلاً از خانواده‌ام مراقبت کنم
opt-goal-not-sure = هنوز مطمئن نیستم
opt-childage-under-3 = زیر 3 سال
opt-childage-3-6 = 3 تا 6 سال
opt-childage-7-15 = 7 تا 15 سال
opt-childage-16-17 = 16 تا 17 سال
opt-housing-own-rental = در خانه خودم (اجاره‌ای یا ملکی)
opt-housing-temporary = در یک جای موقت، مثلاً پیش دوستان یا در مرکز پذیرش
opt-housing-none = جایی برای زندگی ندارم
opt-urgent-money = پول برای غذا یا قبض‌ها
opt-urgent-housing = جایی برای زندگی
opt-urgent-health = سلامت
opt-urgent-safety = امنیت: من یا خانواده‌ام در امان نیستیم
opt-urgent-family-reunification = آوردن خانواده‌ام به فنلاند
opt-urgent-legal-advice = مشاوره حقوقی
opt-urgent-none = نه، هیچ چیز فوری نیست
opt-affects-no = نه
opt-affects-a-little = کمی
opt-affects-a-lot = زیاد
opt-apptlang-finnish = فنلاندی
opt-apptlang-swedish = سوئدی
opt-apptlang-english = انگلیسی
opt-apptlang-own = زبان خودم، با مترجم
opt-contact-phone = تماس تلفنی
opt-contact-text-message = پیامک
opt-contact-email = ایمیل
opt-contact-letter = نامه
opt-contact-in-person = خودم به اداره می‌آیم
