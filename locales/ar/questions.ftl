# Needs questionnaire. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = استعد للتقييم
qn-intro = قبل لقائك الأول عن خدمات الاندماج، يمكنك أن تجيب عن أسئلة عن مهاراتك وخططك وحياتك الآن. هكذا يمكن أن يبدأ اللقاء من إجاباتك.
qn-how-long = يستغرق ذلك حوالي 15 دقيقة. يمكنك أن تتوقف وتكمل لاحقا.
qn-private = إجاباتك تبقى على هذا الجهاز. لا يتم إرسال أي شيء إلى أي مكان. أنت تقرر لمن تعرضها.
qn-skip-note = أجب فقط عن الأسئلة التي تريدها. في بعض الأسئلة خيار «لا أعرف» أو «تجاوز» أو «أفضّل عدم الإجابة».
qn-start = ابدأ
qn-continue = أكمل من حيث توقفت
qn-start-again = ابدأ من جديد
qn-check-link = راجع إجاباتك
qn-saved-count = { $count ->
    [zero] لم تجب عن أي سؤال.
    [one] أجبت عن سؤال واحد.
    [two] أجبت عن سؤالين.
    [few] أجبت عن { $count } أسئلة.
    [many] أجبت عن { $count } سؤالا.
   *[other] أجبت عن { $count } سؤال.
}
qn-progress = الجزء { $part } من { $parts }: { $section }
qn-progress-label = التقدم
qn-back = رجوع
qn-continue-button = متابعة
qn-dont-know = لا أعرف
qn-prefer-not = أفضّل عدم الإجابة
qn-skip = تجاوز هذا السؤال
qn-choose-all = اختر كل ما ينطبق عليك.
qn-month = الشهر
qn-year = السنة
qn-number = العدد
qn-your-answer = إجابتك
qn-selected = تم الاختيار

## Check your answers
qn-check-title = راجع إجاباتك
qn-check-intro = انظر إلى إجاباتك. يمكنك أن تغير أي إجابة.
qn-change = تغيير
qn-answer-now = أجب
qn-not-answered = لا توجد إجابة
qn-answer-dont-know = لا أعرف
qn-answer-prefer-not = أفضّل عدم الإجابة
qn-answer-skipped = تم تجاوزه
qn-done-title = ماذا يحدث بعد ذلك
qn-done-text = إجاباتك محفوظة على هذا الجهاز. اعرضها في موعدك. الشخص الذي تقابله يقرر معك ما هي الخدمات التي تحتاج إليها.
qn-see-pathway = انظر مسارك المقترح

## Deleting
qn-delete = احذف بياناتي من هذا الجهاز
qn-delete-confirm-title = هل تريد حذف بياناتك؟
qn-delete-confirm-text = هذا يحذف من هذا الجهاز إجاباتك، والعلامات التي وضعتها في قائمة الخطوات، واختيارك للغة. لا يمكنك التراجع عن ذلك.
qn-delete-yes = نعم، احذف
qn-delete-cancel = إلغاء

## Notices about stored answers
qn-notice-discarded = لم نستطع قراءة إجاباتك المحفوظة، لذلك حذفناها. من فضلك أجب مرة أخرى.
qn-notice-newer = تم حفظ إجاباتك بإصدار أحدث من هذا التطبيق. من فضلك حدّث التطبيق، أو افتحه في متصفح حديث. لم يتم تغيير إجاباتك المحفوظة.

## Errors
error-summary = هناك مشكلة
error-required = من فضلك أجب عن السؤال، أو اختر خيارا آخر في الأسفل.
error-unknown-option = من فضلك اختر أحد الخيارات.
error-exclusive = لا يمكن اختيار هذه الإجابة مع الإجابات الأخرى.
error-not-a-number = من فضلك اكتب عددا بالأرقام، مثلا 12.
error-out-of-range = من فضلك اكتب عددا من { $min } إلى { $max }.
error-year-too-early = من فضلك اكتب سنة { $min } أو بعدها.
error-in-future = لا يمكن أن يكون التاريخ في المستقبل.
error-month = من فضلك اختر شهرا.
error-too-long = من فضلك اجعل عدد الحروف { $max } أو أقل.

## Months
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Sections
section-about = معلومات عنك
section-languages = اللغات
section-education = التعليم
section-work = العمل
section-skills = المهارات ونقاط القوة
section-goals = أهدافك
section-life = حياتك الآن
section-wellbeing = الصحة والرفاه
section-wellbeing-intro = هذه الأسئلة اختيارية. نسألها لأن الصحة يمكن أن تؤثر على الدراسة والعمل، والمساعدة متوفرة. يمكنك أن تتجاوزها أو تختار «أفضّل عدم الإجابة».
section-appointment = موعدك

## Questions: about you
q-age-group = كم عمرك؟
q-residence-basis = لماذا حصلت على حق العيش في فنلندا؟
q-residence-basis-help = انظر إلى بطاقة تصريح الإقامة أو شهادة التسجيل. إذا لم تكن متأكدا، اختر «لا أعرف».
q-permit-date = متى حصلت على أول تصريح إقامة أو أول تسجيل في فنلندا؟
q-permit-date-help = يتم تقديم خدمات الاندماج عادة خلال أول 3 سنوات بعد هذا التاريخ.
q-municipality-registered = هل لديك بلدية سكن في فنلندا؟
q-municipality-registered-help = هذا يعني أنك مسجل كساكن في بلدية فنلندية. { -dvv } هي التي تسجل ذلك.
q-first-steps-done = أي من هذه الأشياء لديك بالفعل؟
q-unaccompanied = هل جئت إلى فنلندا بدون والديك أو ولي أمرك؟
q-unaccompanied-help = ولي الأمر هو شخص بالغ مسؤول عنك حسب القانون.

## Questions: languages
q-mother-tongue = ما هي لغتك الأم؟
q-mother-tongue-other = اكتب اسم لغتك الأم.
q-other-languages = ما هي اللغات الأخرى التي تتكلمها؟
q-finnish = ما مستواك في الكلام باللغة الفنلندية؟
q-swedish = ما مستواك في الكلام باللغة السويدية؟
q-english = ما مستواك في الكلام باللغة الإنجليزية؟
q-read-own = هل تستطيع القراءة بلغتك الأم؟
q-write-own = هل تستطيع الكتابة بلغتك الأم؟
q-latin-alphabet = هل تستطيع قراءة حروف هذه الأبجدية: A B C D E؟
q-latin-alphabet-help = اللغات الفنلندية والسويدية والإنجليزية مكتوبة بهذه الحروف (الحروف اللاتينية).

## Questions: education
q-school-years = كم سنة ذهبت إلى المدرسة أو درست، في المجموع؟
q-school-years-help = احسب كل السنوات، من المدرسة الابتدائية إلى الجامعة. إذا لم تكن متأكدا، اكتب أفضل تقدير لديك.
q-education-level = ما هو أعلى تعليم أنهيته؟
q-education-field = ماذا درست؟
q-education-country = أين حصلت على هذا التعليم؟
q-certificates = هل لديك شهاداتك الدراسية أو شهادات التخرج؟
q-certificates-help = مثلا الشهادات المدرسية أو شهادات التخرج أو الشهادات الجامعية، على الورق أو كملفات.
q-unfinished-studies = هل بدأت دراسة ولم تستطع أن تنهيها؟

## Questions: work
q-has-worked = هل عملت من قبل؟
q-work-fields = في أي مجالات عملت؟
q-work-other = اكتب المجال أو العمل الذي قمت به.
q-work-years = كم سنة عملت في المجموع؟
q-recent-work = ما كان عملك الأخير؟
q-recent-work-help = اكتب اسم المهنة، مثلا «ممرض» أو «سائق حافلة».
q-entrepreneur = هل كان لديك مشروع تجاري خاص بك؟
q-driving-licence = هل لديك رخصة قيادة؟
q-licence-class = ما أنواع المركبات التي تسمح لك رخصتك بقيادتها؟

## Questions: skills
q-phone-skills = هل تستطيع استخدام الهاتف الذكي، مثلا لإرسال الرسائل واستخدام التطبيقات؟
q-computer-skills = هل تستطيع استخدام الكمبيوتر؟
q-online-services = هل تستطيع استخدام الخدمات الإلكترونية بنفسك؟
q-online-services-help = مثلا البنك الإلكتروني، أو حجز موعد، أو ملء استمارة على الإنترنت.
q-strengths = ما الأشياء التي تجيدها؟

## Questions: goals
q-goals = ماذا تريد أن تفعل في فنلندا في السنوات القليلة القادمة؟
q-main-goal = أي من هذه الأشياء هو الأهم لك الآن؟

## Questions: life now
q-jobseeker = هل أنت مسجل كباحث عن عمل في { -tyollisyyspalvelut }؟
q-jobseeker-help = تسجل عبر { -tyomarkkinatori(case: "with-finnish") } أو في { -tyollisyyspalvelut }.
q-social-assistance = هل تحصل على المساعدة الاجتماعية؟
q-social-assistance-help = المساعدة الاجتماعية هي مال للاحتياجات الأساسية عندما لا يكفي دخلك. تدفع { -kela } المساعدة الاجتماعية الأساسية. إذا كنت تحصل عليها لمدة طويلة أو بشكل منتظم، فإن بلديتك تكون عادة مسؤولة عن خدمات الاندماج الخاصة بك.
q-has-children = هل لديك أطفال يعيشون معك؟
q-children-ages = ما أعمار أطفالك؟
q-home-care-allowance = هل تحصل على إعانة رعاية الطفل في البيت من { -kela }؟
q-home-care-allowance-help = هذا مال من { -kela } عندما ترعى في البيت طفلا عمره أقل من 3 سنوات.
q-housing = أين تسكن الآن؟
q-urgent = هل تحتاج إلى مساعدة عاجلة في شيء ما؟

## Questions: wellbeing
q-health-affects = هل صحتك أو شيء آخر يجعل الدراسة أو العمل صعبا عليك؟
q-talk-to-someone = هل تريد أن تتكلم مع شخص عن صحتك أو رفاهك؟

## Questions: appointment
q-appointment-language = بأي لغة تريد أن يكون موعدك؟
q-interpreter = هل تحتاج إلى مترجم في الموعد؟
q-interpreter-language = بأي لغة يجب أن يتكلم المترجم؟
q-contact-way = كيف تريد أن يتواصل معك المكتب؟
q-contact-way-help = لا تكتب معلومات الاتصال بك هنا. تعطيها في المكتب.

## Options
opt-yesno-yes = نعم
opt-yesno-no = لا
opt-firststeps-identity-code = رقم هوية شخصي فنلندي
opt-firststeps-kela-card = بطاقة { -kela }
opt-firststeps-tax-card = بطاقة ضرائب
opt-firststeps-bank-account = حساب بنكي
opt-firststeps-none = ليس لدي أي منها بعد
opt-age-under-18 = أقل من 18
opt-age-18-29 = من 18 إلى 29
opt-age-30-44 = من 30 إلى 44
opt-age-45-64 = من 45 إلى 64
opt-age-65-plus = 65 أو أكثر
opt-residence-protection = الحماية الدولية (اللجوء، صفة اللاجئ)
opt-residence-family = روابط عائلية
opt-residence-work = العمل
opt-residence-study = الدراسة
opt-residence-eu = مواطن من الاتحاد الأوروبي أو دول الشمال الأوروبي، مسجل
opt-residence-temporary-protection = الحماية المؤقتة
opt-residence-other = سبب آخر
opt-residence-protection-family = فرد من عائلة شخص لديه حماية دولية
opt-residence-trafficking = ضحية الاتجار بالبشر (أجبرك شخص على العمل أو على أشياء أخرى)
opt-socialassist-lasting = نعم، لمدة طويلة أو بشكل منتظم
opt-socialassist-short-term = نعم، مرة واحدة أو لمدة قصيرة
opt-socialassist-no = لا
opt-socialassist-yes = نعم (لم تُذكر المدة)
opt-language-arabic = العربية
opt-language-dari = الدرية
opt-language-farsi = الفارسية
opt-language-kurdish = الكردية
opt-language-pashto = البشتو
opt-language-somali = الصومالية
opt-language-tigrinya = التغرينية
opt-language-amharic = الأمهرية
opt-language-swahili = السواحيلية
opt-language-russian = الروسية
opt-language-ukrainian = الأوكرانية
opt-language-estonian = الإستونية
opt-language-albanian = الألبانية
opt-language-turkish = التركية
opt-language-vietnamese = الفيتنامية
opt-language-thai = التايلاندية
opt-language-chinese = الصينية
opt-language-english = الإنجليزية
opt-language-french = الفرنسية
opt-language-spanish = الإسبانية
opt-language-other = لغة أخرى
opt-level-none = لا أتكلمها بعد
opt-level-words = أعرف بعض الكلمات والجمل
opt-level-everyday = أتدبر أموري في المواقف اليومية، مثل التسوق
opt-level-work = أستطيع التعامل مع أغلب المواقف في العمل
opt-howwell-well = نعم، جيدا
opt-howwell-a-little = قليلا
opt-howwell-no = لا
opt-edu-none = لم أذهب إلى المدرسة
opt-edu-primary = المدرسة الابتدائية
opt-edu-lower-secondary = المدرسة الإعدادية أو المتوسطة (حتى عمر 15 تقريبا)
opt-edu-upper-secondary = المدرسة الثانوية
opt-edu-vocational = المدرسة المهنية (تعلم مهنة أو حرفة)
opt-edu-bachelor = جامعة أو كلية، الشهادة الأولى (بكالوريوس)
opt-edu-master = جامعة، شهادة عليا (ماجستير)
opt-edu-doctorate = الدكتوراه
opt-field-office = العمل المكتبي والإدارة
opt-field-sales = المبيعات والمحلات التجارية
opt-field-cleaning = التنظيف
opt-field-construction = البناء والإنشاءات
opt-field-manufacturing = المصانع والإنتاج
opt-field-transport = النقل والقيادة
opt-field-restaurant = المطاعم والمقاهي والمطابخ
opt-field-health = الرعاية الصحية
opt-field-social-care = الرعاية الاجتماعية ورعاية كبار السن
opt-field-childcare = رعاية الأطفال
opt-field-teaching = التدريس والتعليم
opt-field-ict = الكمبيوتر وتكنولوجيا المعلومات
opt-field-engineering = الهندسة والتكنولوجيا
opt-field-agriculture = الزراعة والبستنة والغابات
opt-field-beauty = تصفيف الشعر والتجميل
opt-field-security = الأمن والحراسة
opt-field-repair = التصليح والصيانة
opt-field-arts = الفنون والإعلام والثقافة
opt-field-science = العلوم والبحث العلمي
opt-field-law = القانون والاقتصاد والأعمال
opt-field-other = مجال آخر
opt-country-finland = في فنلندا
opt-country-eu = في دولة أخرى من الاتحاد الأوروبي أو دول الشمال الأوروبي
opt-country-other = في دولة أخرى
opt-certificates-yes = نعم، كلها
opt-certificates-some = بعضها
opt-certificates-no = لا
opt-years-under-1 = أقل من سنة
opt-years-1-2 = من سنة إلى سنتين
opt-years-3-5 = من 3 إلى 5 سنوات
opt-years-6-10 = من 6 إلى 10 سنوات
opt-years-over-10 = أكثر من 10 سنوات
opt-licence-b = سيارة
opt-licence-c = شاحنة
opt-licence-d = حافلة
opt-licence-a = دراجة نارية
opt-licence-other = مركبات أخرى
opt-strength-teamwork = العمل مع أشخاص آخرين
opt-strength-customer-service = خدمة الزبائن
opt-strength-caring = رعاية الناس
opt-strength-handcrafts = العمل بيدي
opt-strength-technical = الآلات والتكنولوجيا
opt-strength-cooking = الطبخ
opt-strength-organising = التخطيط والتنظيم
opt-strength-teaching = التدريس والشرح
opt-strength-languages = تعلم اللغات
opt-strength-art = الفن أو الموسيقى أو التصميم
opt-strength-sports = الرياضة
opt-goal-work-soon = إيجاد عمل قريبا
opt-goal-vocational = دراسة مهنة (تدريب مهني)
opt-goal-university = الدراسة في جامعة
opt-goal-business = بدء مشروعي الخاص
opt-goal-language-first = تعلم اللغة أولا
opt-goal-family = رعاية عائلتي في الوقت الحالي
opt-goal-not-sure = لست متأكدا بعد
opt-childage-under-3 = أقل من 3 سنوات
opt-childage-3-6 = من 3 إلى 6 سنوات
opt-childage-7-15 = من 7 إلى 15 سنة
opt-childage-16-17 = من 16 إلى 17 سنة
opt-housing-own-rental = في مسكني الخاص، بالإيجار أو ملك لي
opt-housing-temporary = في مكان مؤقت، مثلا عند أصدقاء أو في مركز استقبال
opt-housing-none = ليس لدي مكان أسكن فيه
opt-urgent-money = المال للطعام أو الفواتير
opt-urgent-housing = مكان أسكن فيه
opt-urgent-health = الصحة
opt-urgent-safety = الأمان: أنا أو عائلتي لسنا في أمان
opt-urgent-family-reunification = إحضار عائلتي إلى فنلندا
opt-urgent-legal-advice = استشارة قانونية
opt-urgent-none = لا، لا شيء عاجل
opt-affects-no = لا
opt-affects-a-little = قليلا
opt-affects-a-lot = كثيرا
opt-apptlang-finnish = الفنلندية
opt-apptlang-swedish = السويدية
opt-apptlang-english = الإنجليزية
opt-apptlang-own = لغتي، مع مترجم
opt-contact-phone = مكالمة هاتفية
opt-contact-text-message = رسالة نصية
opt-contact-email = بريد إلكتروني
opt-contact-letter = رسالة بالبريد
opt-contact-in-person = سأزور المكتب
