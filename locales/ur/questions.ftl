# Machine-made translation from English (Urdu). Needs questionnaire: the keys are those of locales/en/questions.ftl.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = اپنے جائزے کی تیاری کریں
qn-intro = انضمام کی خدمات کے بارے میں اپنی پہلی ملاقات سے پہلے آپ اپنی مہارتوں، اپنے منصوبوں اور اپنی موجودہ زندگی کے بارے میں سوالات کے جواب دے سکتے ہیں۔ پھر ملاقات آپ کے جوابات سے شروع ہو سکتی ہے۔
qn-how-long = اس میں تقریباً 15 منٹ لگتے ہیں۔ آپ رک سکتے ہیں اور بعد میں جاری رکھ سکتے ہیں۔
qn-private = آپ کے جوابات اسی آلے پر رہتے ہیں۔ کچھ بھی کہیں نہیں بھیجا جاتا۔ آپ خود فیصلہ کرتے ہیں کہ انہیں کس کو دکھانا ہے۔
qn-skip-note = صرف انہی سوالوں کے جواب دیں جن کے جواب آپ دینا چاہتے ہیں۔ کچھ سوالوں میں “مجھے نہیں معلوم”، “چھوڑ دیں” یا “میں نہیں بتانا چاہتا/چاہتی” کا انتخاب بھی موجود ہے۔
qn-start = شروع کریں
qn-continue = جہاں چھوڑا تھا وہیں سے جاری رکھیں
qn-start-again = دوبارہ شروع کریں
qn-check-link = اپنے جوابات جانچیں
qn-saved-count = { $count ->
    [one] آپ نے 1 سوال کا جواب دیا ہے۔
   *[other] آپ نے { $count } سوالوں کے جواب دیے ہیں۔
}
qn-progress = حصہ { $part } از { $parts }: { $section }
qn-progress-label = پیش رفت
qn-back = واپس
qn-continue-button = جاری رکھیں
qn-dont-know = مجھے نہیں معلوم
qn-prefer-not = میں نہیں بتانا چاہتا/چاہتی
qn-skip = یہ سوال چھوڑ دیں
qn-choose-all = جتنے بھی درست ہوں، سب چنیں۔
qn-month = مہینہ
qn-year = سال
qn-number = نمبر
qn-your-answer = آپ کا جواب
qn-selected = چنا گیا

## Check your answers
qn-check-title = اپنے جوابات جانچیں
qn-check-intro = اپنے جوابات دیکھیں۔ آپ کوئی بھی جواب بدل سکتے ہیں۔
qn-change = بدلیں
qn-answer-now = جواب دیں
qn-not-answered = جواب نہیں دیا
qn-answer-dont-know = مجھے نہیں معلوم
qn-answer-prefer-not = میں نہیں بتانا چاہتا/چاہتی
qn-answer-skipped = چھوڑ دیا
qn-done-title = آگے کیا ہوگا
qn-done-text = آپ کے جوابات اس آلے پر محفوظ ہیں۔ اپنی ملاقات پر انہیں دکھائیں۔ جس شخص سے آپ ملیں گے وہ آپ کے ساتھ مل کر فیصلہ کرے گا کہ آپ کو کن خدمات کی ضرورت ہے۔
qn-see-pathway = اپنا تجویز کردہ راستہ دیکھیں

## Deleting
qn-delete = میرا ڈیٹا اس آلے سے مٹا دیں
qn-delete-confirm-title = کیا اپنا ڈیٹا مٹا دیں؟
qn-delete-confirm-text = اس سے آپ کے جوابات، آپ کی فہرست کے نشانات اور آپ کی چنی ہوئی زبان اس آلے سے مٹ جائیں گے۔ آپ اسے واپس نہیں لا سکتے۔
qn-delete-yes = ہاں، مٹا دیں
qn-delete-cancel = منسوخ کریں

## Notices about stored answers
qn-notice-discarded = آپ کے محفوظ کیے ہوئے جوابات پڑھے نہیں جا سکے، اس لیے انہیں ہٹا دیا گیا۔ براہِ کرم دوبارہ جواب دیں۔
qn-notice-newer = آپ کے محفوظ کیے ہوئے جوابات اس ایپ کے نئے ورژن سے بنائے گئے تھے۔ براہِ کرم ایپ کو اپ ڈیٹ کریں یا اسے کسی تازہ براؤزر میں کھولیں۔ آپ کے محفوظ کیے ہوئے جوابات نہیں بدلے گئے۔

## Errors
error-summary = ایک مسئلہ ہے
error-required = براہِ کرم سوال کا جواب دیں، یا نیچے کوئی اور انتخاب چنیں۔
error-unknown-option = براہِ کرم انتخابات میں سے کوئی ایک چنیں۔
error-exclusive = یہ جواب دوسرے جوابات کے ساتھ نہیں چنا جا سکتا۔
error-not-a-number = براہِ کرم ہندسوں میں نمبر لکھیں، مثلاً 12۔
error-out-of-range = براہِ کرم { $min } سے { $max } تک کا نمبر لکھیں۔
error-year-too-early = براہِ کرم { $min } یا اس کے بعد کا سال لکھیں۔
error-in-future = تاریخ مستقبل کی نہیں ہو سکتی۔
error-month = براہِ کرم مہینہ چنیں۔
error-too-long = براہِ کرم زیادہ سے زیادہ { $max } حروف لکھیں۔

## Months
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## Sections
section-about = آپ کے بارے میں
section-languages = زبانیں
section-education = تعلیم
section-work = کام
section-skills = مہارتیں اور خوبیاں
section-goals = آپ کے مقاصد
section-life = آپ کی موجودہ زندگی
section-wellbeing = صحت اور خیریت
section-wellbeing-intro = یہ سوالات اختیاری ہیں۔ ہم یہ اس لیے پوچھتے ہیں کہ صحت پڑھائی اور کام پر اثر ڈال سکتی ہے، اور مدد دستیاب ہے۔ آپ انہیں چھوڑ سکتے ہیں یا “میں نہیں بتانا چاہتا/چاہتی” چن سکتے ہیں۔
section-appointment = آپ کی ملاقات

## Questions: about you
q-age-group = آپ کی عمر کیا ہے؟
q-residence-basis = آپ کو فن لینڈ میں رہنے کا حق کس وجہ سے ملا؟
q-residence-basis-help = اپنے رہائشی اجازت نامے کا کارڈ یا اندراج کا سرٹیفکیٹ دیکھیں۔ اگر آپ کو یقین نہیں تو “مجھے نہیں معلوم” چنیں۔
q-permit-date = آپ کو فن لینڈ میں اپنا پہلا رہائشی اجازت نامہ یا اندراج کب ملا؟
q-permit-date-help = انضمام کی خدمات عام طور پر اس تاریخ کے بعد پہلے 3 سالوں میں پیش کی جاتی ہیں۔
q-municipality-registered = کیا فن لینڈ میں آپ کی رہائشی بلدیہ ہے؟
q-municipality-registered-help = اس کا مطلب ہے کہ آپ فن لینڈ کی کسی بلدیہ میں رہائشی کے طور پر درج ہیں۔ { -dvv } اس کا اندراج کرتا ہے۔
q-first-steps-done = ان میں سے کون سی چیزیں آپ کے پاس پہلے سے ہیں؟
q-unaccompanied = کیا آپ اپنے والدین یا سرپرست کے بغیر فن لینڈ آئے؟
q-unaccompanied-help = سرپرست وہ بالغ شخص ہے جو قانونی طور پر آپ کا ذمہ دار ہے۔

## Questions: languages
q-mother-tongue = آپ کی مادری زبان کیا ہے؟
q-mother-tongue-other = اپنی مادری زبان کا نام لکھیں۔
q-other-languages = آپ اور کون سی زبانیں بولتے ہیں؟
q-finnish = آپ فننش کتنی اچھی بول سکتے ہیں؟
q-swedish = آپ سویڈش کتنی اچھی بول سکتے ہیں؟
q-english = آپ انگریزی کتنی اچھی بول سکتے ہیں؟
q-read-own = کیا آپ اپنی مادری زبان میں پڑھ سکتے ہیں؟
q-write-own = کیا آپ اپنی مادری زبان میں لکھ سکتے ہیں؟
q-latin-alphabet = کیا آپ ان حروفِ تہجی کے حروف پڑھ سکتے ہیں: ⁨A B C D E⁩؟
q-latin-alphabet-help = فننش، سویڈش اور انگریزی ان حروف سے لکھی جاتی ہیں (لاطینی حروفِ تہجی)۔

## Questions: education
q-school-years = آپ نے کل کتنے سال اسکول میں پڑھا یا تعلیم حاصل کی؟
q-school-years-help = پرائمری اسکول سے یونیورسٹی تک، سب سال گنیں۔ اگر آپ کو یقین نہیں تو اپنا بہترین اندازہ بتائیں۔
q-education-level = آپ نے سب سے اونچی کون سی تعلیم مکمل کی ہے؟
q-education-field = آپ نے کیا پڑھا؟
q-education-country = آپ نے یہ تعلیم کہاں حاصل کی؟
q-certificates = کیا آپ کے پاس اپنے سرٹیفکیٹ یا اسناد ہیں؟
q-certificates-help = مثلاً اسکول کے سرٹیفکیٹ، اسناد یا ڈگری کے سرٹیفکیٹ، کاغذ پر یا فائلوں کی صورت میں۔
q-unfinished-studies = کیا آپ نے کوئی تعلیم شروع کی جو آپ مکمل نہیں کر سکے؟

## Questions: work
q-has-worked = کیا آپ نے پہلے کام کیا ہے؟
q-work-fields = آپ نے کن شعبوں میں کام کیا ہے؟
q-work-other = وہ شعبہ یا کام لکھیں جو آپ نے کیا۔
q-work-years = آپ نے کل کتنے سال کام کیا ہے؟
q-recent-work = آپ کی آخری ملازمت کیا تھی؟
q-recent-work-help = ملازمت کا نام لکھیں، مثلاً “نرس” یا “بس ڈرائیور”۔
q-entrepreneur = کیا آپ کا اپنا کاروبار رہا ہے؟
q-driving-licence = کیا آپ کے پاس ڈرائیونگ لائسنس ہے؟
q-licence-class = آپ کا لائسنس آپ کو کس قسم کی گاڑیاں چلانے کی اجازت دیتا ہے؟

## Questions: skills
q-phone-skills = کیا آپ اسمارٹ فون استعمال کر سکتے ہیں، مثلاً پیغام بھیجنے اور ایپس استعمال کرنے کے لیے؟
q-computer-skills = کیا آپ کمپیوٹر استعمال کر سکتے ہیں؟
q-online-services = کیا آپ خود آن لائن خدمات استعمال کر سکتے ہیں؟
q-online-services-help = مثلاً آن لائن بینکنگ، وقت لینا یا آن لائن فارم بھرنا۔
q-strengths = آپ کس کام میں اچھے ہیں؟

## Questions: goals
q-goals = آپ اگلے چند سالوں میں فن لینڈ میں کیا کرنا چاہتے ہیں؟
q-main-goal = ان میں سے ابھی آپ کے لیے سب سے اہم کیا ہے؟

## Questions: life now
q-jobseeker = کیا آپ { -tyollisyyspalvelut } میں ملازمت کے متلاشی کے طور پر درج ہیں؟
q-jobseeker-help = آپ { -tyomarkkinatori(case: "with-finnish") } کے ذریعے یا { -tyollisyyspalvelut } میں اندراج کرواتے ہیں۔
q-social-assistance = کیا آپ کو سماجی امداد ملتی ہے؟
q-social-assistance-help = سماجی امداد وہ پیسے ہیں جو بنیادی ضرورتوں کے لیے ملتے ہیں جب آپ کی آمدنی کافی نہ ہو۔ بنیادی سماجی امداد { -kela } دیتا ہے۔ اگر آپ کو یہ لمبے عرصے تک یا باقاعدگی سے ملتی ہے تو عام طور پر آپ کی انضمام کی خدمات کی ذمہ دار آپ کی بلدیہ ہوتی ہے۔
q-has-children = کیا آپ کے بچے ہیں جو آپ کے ساتھ رہتے ہیں؟
q-children-ages = آپ کے بچوں کی عمریں کیا ہیں؟
q-home-care-allowance = کیا آپ کو { -kela } سے بچے کی گھریلو دیکھ بھال کا الاؤنس ملتا ہے؟
q-home-care-allowance-help = یہ وہ پیسے ہیں جو { -kela } اس وقت دیتا ہے جب آپ گھر پر 3 سال سے کم عمر بچے کی دیکھ بھال کرتے ہیں۔
q-housing = آپ ابھی کہاں رہتے ہیں؟
q-urgent = کیا آپ کو کسی چیز میں فوری مدد چاہیے؟

## Questions: wellbeing
q-health-affects = کیا آپ کی صحت یا کوئی اور چیز آپ کے لیے پڑھائی یا کام کو مشکل بناتی ہے؟
q-talk-to-someone = کیا آپ اپنی صحت یا خیریت کے بارے میں کسی سے بات کرنا چاہیں گے؟

## Questions: appointment
q-appointment-language = آپ اپنی ملاقات کس زبان میں کرنا چاہتے ہیں؟
q-interpreter = کیا آپ کو ملاقات میں ترجمان چاہیے؟
q-interpreter-language = ترجمان کو کون سی زبان بولنی چاہیے؟
q-contact-way = آپ چاہتے ہیں کہ دفتر آپ سے کس طرح رابطہ کرے؟
q-contact-way-help = اپنی رابطے کی تفصیلات یہاں نہ لکھیں۔ آپ یہ دفتر میں دیتے ہیں۔

## Options
opt-yesno-yes = ہاں
opt-yesno-no = نہیں
opt-firststeps-identity-code = فن لینڈ کا ذاتی شناختی کوڈ
opt-firststeps-kela-card = { -kela } کارڈ
opt-firststeps-tax-card = ٹیکس کارڈ
opt-firststeps-bank-account = بینک اکاؤنٹ
opt-firststeps-none = ابھی ان میں سے کوئی نہیں
opt-age-under-18 = 18 سال سے کم
opt-age-18-29 = 18 سے 29
opt-age-30-44 = 30 سے 44
opt-age-45-64 = 45 سے 64
opt-age-65-plus = 65 یا اس سے زیادہ
opt-residence-protection = بین الاقوامی تحفظ (پناہ، پناہ گزین کی حیثیت)
opt-residence-family = خاندانی تعلق
opt-residence-work = کام
opt-residence-study = تعلیم
opt-residence-eu = یورپی یونین یا نورڈک ملک کا شہری، اندراج شدہ
opt-residence-temporary-protection = عارضی تحفظ
opt-residence-other = کوئی اور وجہ
opt-residence-protection-family = بین الاقوامی تحفظ رکھنے والے شخص کے خاندان کا فرد
opt-residence-trafficking = انسانی اسمگلنگ کا شکار (کسی نے آپ کو کام یا دوسری چیزیں کرنے پر مجبور کیا)
opt-socialassist-lasting = ہاں، لمبے عرصے تک یا باقاعدگی سے
opt-socialassist-short-term = ہاں، ایک بار یا تھوڑے عرصے کے لیے
opt-socialassist-no = نہیں
opt-socialassist-yes = ہاں (یہ نہیں بتایا کہ کتنے عرصے کے لیے)
opt-language-arabic = عربی
opt-language-dari = دری
opt-language-farsi = فارسی
opt-language-kurdish = کردی
opt-language-pashto = پشتو
opt-language-somali = صومالی
opt-language-tigrinya = تگرینیا
opt-language-amharic = امہاری
opt-language-swahili = سواحلی
opt-language-russian = روسی
opt-language-ukrainian = یوکرینی
opt-language-estonian = اسٹونین
opt-language-albanian = البانوی
opt-language-turkish = ترکی
opt-language-vietnamese = ویتنامی
opt-language-thai = تھائی
opt-language-chinese = چینی
opt-language-english = انگریزی
opt-language-french = فرانسیسی
opt-language-spanish = ہسپانوی
opt-language-other = کوئی اور زبان
opt-level-none = میں ابھی یہ نہیں بول سکتا/سکتی
opt-level-words = میں کچھ الفاظ اور جملے جانتا/جانتی ہوں
opt-level-everyday = میں روزمرہ کے حالات میں کام چلا سکتا/سکتی ہوں، جیسے خریداری
opt-level-work = میں کام پر زیادہ تر حالات سنبھال سکتا/سکتی ہوں
opt-howwell-well = ہاں، اچھی طرح
opt-howwell-a-little = تھوڑا سا
opt-howwell-no = نہیں
opt-edu-none = میں اسکول نہیں گیا/گئی
opt-edu-primary = پرائمری اسکول
opt-edu-lower-secondary = لوئر سیکنڈری اسکول (تقریباً 15 سال کی عمر تک)
opt-edu-upper-secondary = ہائر سیکنڈری اسکول (انٹرمیڈیٹ)
opt-edu-vocational = پیشہ ورانہ اسکول (کسی ہنر کی تربیت)
opt-edu-bachelor = یونیورسٹی یا کالج، پہلی ڈگری (بیچلر)
opt-edu-master = یونیورسٹی، اعلیٰ ڈگری (ماسٹر)
opt-edu-doctorate = ڈاکٹریٹ (پی ایچ ڈی)
opt-field-office = دفتری کام اور انتظامیہ
opt-field-sales = فروخت اور دکانیں
opt-field-cleaning = صفائی
opt-field-construction = تعمیرات
opt-field-manufacturing = فیکٹری اور پیداوار کا کام
opt-field-transport = نقل و حمل اور ڈرائیونگ
opt-field-restaurant = ریستوران، کیفے اور باورچی خانے
opt-field-health = صحت کی دیکھ بھال
opt-field-social-care = سماجی دیکھ بھال اور بزرگوں کی دیکھ بھال
opt-field-childcare = بچوں کی دیکھ بھال
opt-field-teaching = تدریس اور تعلیم
opt-field-ict = کمپیوٹر اور آئی ٹی
opt-field-engineering = انجینئرنگ اور ٹیکنالوجی
opt-field-agriculture = کھیتی باڑی، باغبانی اور جنگلات
opt-field-beauty = بال کاٹنا اور بناؤ سنگھار
opt-field-security = سیکیورٹی اور نگہبانی
opt-field-repair = مرمت اور دیکھ بھال
opt-field-arts = فنون، میڈیا اور ثقافت
opt-field-science = سائنس اور تحقیق
opt-field-law = قانون، معاشیات اور کاروبار
opt-field-other = کوئی اور شعبہ
opt-country-finland = فن لینڈ میں
opt-country-eu = یورپی یونین یا کسی نورڈک ملک میں
opt-country-other = کسی اور ملک میں
opt-certificates-yes = ہاں، سب
opt-certificates-some = ان میں سے کچھ
opt-certificates-no = نہیں
opt-years-under-1 = 1 سال سے کم
opt-years-1-2 = 1 سے 2 سال
opt-years-3-5 = 3 سے 5 سال
opt-years-6-10 = 6 سے 10 سال
opt-years-over-10 = 10 سال سے زیادہ
opt-licence-b = کار
opt-licence-c = ٹرک
opt-licence-d = بس
opt-licence-a = موٹر سائیکل
opt-licence-other = دوسری گاڑیاں
opt-strength-teamwork = دوسرے لوگوں کے ساتھ مل کر کام کرنا
opt-strength-customer-service = گاہکوں کی خدمت
opt-strength-caring = لوگوں کی دیکھ بھال
opt-strength-handcrafts = ہاتھوں سے کام کرنا
opt-strength-technical = مشینیں اور ٹیکنالوجی
opt-strength-cooking = کھانا پکانا
opt-strength-organising = منصوبہ بندی اور انتظام
opt-strength-teaching = سکھانا اور سمجھانا
opt-strength-languages = زبانیں سیکھنا
opt-strength-art = فن، موسیقی یا ڈیزائن
opt-strength-sports = کھیل
opt-goal-work-soon = جلد ملازمت ڈھونڈنا
opt-goal-vocational = کسی ہنر کی تعلیم (پیشہ ورانہ تربیت)
opt-goal-university = یونیورسٹی میں تعلیم
opt-goal-business = اپنا کاروبار شروع کرنا
opt-goal-language-first = پہلے زبان سیکھنا
opt-goal-family = فی الحال اپنے خاندان کی دیکھ بھال
opt-goal-not-sure = مجھے ابھی یقین نہیں
opt-childage-under-3 = 3 سال سے کم
opt-childage-3-6 = 3 سے 6 سال
opt-childage-7-15 = 7 سے 15 سال
opt-childage-16-17 = 16 سے 17 سال
opt-housing-own-rental = اپنے کرائے کے یا ذاتی گھر میں
opt-housing-temporary = کسی عارضی جگہ پر، مثلاً دوستوں کے ساتھ یا کسی رہائشی مرکز (⁨vastaanottokeskus⁩) میں
opt-housing-none = میرے پاس رہنے کی کوئی جگہ نہیں
opt-urgent-money = کھانے یا بلوں کے لیے پیسے
opt-urgent-housing = رہنے کی جگہ
opt-urgent-health = صحت
opt-urgent-safety = حفاظت: میں یا میرا خاندان محفوظ نہیں
opt-urgent-family-reunification = اپنے خاندان کو فن لینڈ بلانا
opt-urgent-legal-advice = قانونی مشورہ
opt-urgent-none = نہیں، کوئی فوری بات نہیں
opt-affects-no = نہیں
opt-affects-a-little = تھوڑا سا
opt-affects-a-lot = بہت زیادہ
opt-apptlang-finnish = فننش
opt-apptlang-swedish = سویڈش
opt-apptlang-english = انگریزی
opt-apptlang-own = میری اپنی زبان، ترجمان کے ساتھ
opt-contact-phone = فون کال
opt-contact-text-message = ٹیکسٹ پیغام
opt-contact-email = ای میل
opt-contact-letter = خط
opt-contact-in-person = میں خود دفتر آؤں گا/گی
