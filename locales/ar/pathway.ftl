# Suggested pathway, print, and the caseworker's view. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $date }, are filled in by the app: keep them as they are.

## Pathway page
pw-title = مسارك المقترح
pw-intro = هذه الخطوات مقترحة حسب إجاباتك. في البداية الأشياء التي تفعلها الآن، ثم ما يأتي لاحقا.
pw-disclaimer = هذا اقتراح أعددته بنفسك. هو ليس قرارا. الجهة المسؤولة تقرر خدماتك معك في التقييم.
pw-no-answers = لم تجب عن الأسئلة بعد. أجب عنها أولا، وستحصل على مسار مناسب لك.
pw-start-questions = أجب عن الأسئلة
pw-because = لأنك أجبت:
pw-for-everyone = مقترح لكل من ينتقل إلى فنلندا ليعيش فيها.
pw-where = إلى أين تذهب:
pw-source = بناء على:
pw-check-answers = راجع إجاباتك أو غيّرها
timing-now = افعل هذا الآن
timing-soon = في الأشهر القادمة
timing-later = لاحقا

## Taking it with you
pw-take-heading = خذ هذا معك
pw-take-intro = اعرض إجاباتك وهذا المسار في موعدك. اختر طريقة واحدة.
pw-print = اطبع
pw-save = احفظ كملف
pw-share = شارك
pw-show-qr = اعرض رمز QR
pw-hide-qr = أخفِ رمز QR
pw-qr-help = يمكن للموظف المسؤول عن حالتك أن يمسح هذا الرمز ليرى إجاباتك بالفنلندية أو السويدية. يمكنك أيضا أن تمسحه بهاتفك لتحتفظ بنسخة. إجاباتك موجودة داخل الرمز: لا يتم إرسال أي شيء إلى أي مكان.
pw-qr-label = رمز QR فيه إجاباتك
pw-saved = تم حفظ الملف. ابحث عنه في التنزيلات.
pw-share-failed = المشاركة لم تنجح على هذا الجهاز. يمكنك أن تحفظ الملف بدلا من ذلك.

## Print
print-title = الإجابات والمسار المقترح
print-caseworker-language = لغة ثانية، للموظف المسؤول عن الحالة:
print-self-reported = أجاب الشخص عن هذه الأسئلة بنفسه قبل التقييم. المسار اقتراح، وليس قرارا.
print-prepared = تاريخ الإعداد: { $date }
print-answers = الإجابات
print-pathway = المسار المقترح
print-button = اطبع هذه الصفحة
print-back = رجوع إلى مسارك

## Caseworker view
hv-title = إجابات للتقييم
hv-self-reported = أجاب الشخص عن هذه الأسئلة وحده، قبل التقييم. الإجابات من الشخص نفسه. المسار اقتراح أعده التطبيق من الإجابات، وليس قرارا.
hv-prepared = تاريخ الإعداد: { $date }. لغة الشخص: { $language }.
hv-language = اعرض باللغة:
hv-show-person = اعرض لغة الشخص أيضا
hv-hide-person = أخفِ لغة الشخص
hv-print = اطبع
hv-nothing-stored = لا يتم حفظ أي شيء من هذه الصفحة على هذا الجهاز.
hv-dropped = لم نستطع قراءة بعض الإجابات. ربما تم إعدادها بإصدار آخر من التطبيق.
hv-load-title = افتح إجابات محفوظة
hv-load-intro = اختر ملفا تم حفظه من هذا التطبيق. اسم الملف ينتهي بـ .json
hv-load-label = ملف الإجابات
hv-error-title = لا يمكن فتح هذه الإجابات
hv-try-file = افتح ملفا محفوظا بدلا من ذلك

## Errors in links and files
handover-error-empty = الرابط أو الملف فارغ.
handover-error-too-large = الملف كبير جدا، ولا يمكن أن يكون ملف إجابات. تأكد أنك اخترت الملف الصحيح.
handover-error-malformed = الرابط أو الملف تالف. اطلب من الشخص أن يعرض رمز QR مرة أخرى، أو أن يحفظ ملفا جديدا.
handover-error-newer = تم إعداد هذه الإجابات بإصدار أحدث من التطبيق. حدّث التطبيق (أعد تحميل الصفحة) وحاول مرة أخرى.
handover-error-checksum = الرابط أو الملف تم تغييره أو أصابه تلف، لذلك لا يمكن الوثوق به. اطلب رابطا أو ملفا جديدا.
handover-error-truncated = جزء من الرابط أو الملف ناقص. اطلب رابطا أو ملفا جديدا.
handover-error-not-json = هذا ليس ملفا محفوظا من هذا التطبيق.
handover-error-not-handover = هذا الملف لا يحتوي على إجابات من هذا التطبيق.

## Steps: urgent
step-urgent-safety-title = إذا كنت في خطر، اتصل بالرقم 112
step-urgent-safety-text = اتصل بالرقم 112 إذا كنت أنت أو عائلتك في خطر الآن. يمكنك أيضا أن تطلب المساعدة من الشرطة، أو من مأوى آمن، أو من خط مساعدة. المساعدة مجانية.
step-urgent-housing-title = اطلب المساعدة في السكن اليوم
step-urgent-housing-text = اتصل اليوم بالخدمات الاجتماعية في { -hyvinvointialue } التي تسكن فيها. أخبرهم أنه ليس لديك مكان آمن تعيش فيه. أخبر بلديتك أيضا.
step-urgent-money-title = اطلب المساعدة في المال
step-urgent-money-text = إذا لم يكن لديك مال للطعام أو الفواتير، قدم طلبا إلى { -kela } للحصول على المساعدة الاجتماعية الأساسية. في حالة الطوارئ، يمكن أن تساعدك الخدمات الاجتماعية.
step-urgent-health-title = احصل على الرعاية الصحية
step-urgent-health-text = اتصل بمركزك الصحي. إذا كان الأمر عاجلا، اتصل ب{ -paivystysapu } 116 117. هذا الرقم يعمل في معظم المناطق: تحقق من موقع 116117.fi. في حالة الطوارئ، اتصل بالرقم 112.
step-urgent-family-title = اسأل عن إحضار عائلتك
step-urgent-family-text = لمّ شمل العائلة له قواعد ومواعيد نهائية خاصة به. اعرفها من موقع migri.fi، واطلب النصيحة قريبا.
step-urgent-legal-title = اطلب استشارة قانونية
step-urgent-legal-text = اسأل خدمات التوجيه والإرشاد أين تحصل على استشارة قانونية. بعض الاستشارات مجانية.

## Steps: first steps
step-register-dvv-title = سجّل عنوانك في { -dvv }
step-register-dvv-text = سجّل في { -dvv } لكي تحصل على بلدية سكن. خدمات كثيرة تحتاج إلى ذلك.
step-first-identity-code-title = احصل على رقم هوية شخصي
step-first-identity-code-text = رقم هويتك الشخصي موجود غالبا على بطاقة تصريح الإقامة. إذا لم يكن موجودا، تحصل عليه عندما تسجل لدى { -dvv }. تحتاج إليه في البنك، وفي { -kela }، وفي الرعاية الصحية.
step-first-kela-title = اسأل { -kela } عن الضمان الاجتماعي
step-first-kela-text = قدم طلبا للحصول على بطاقة { -kela } في OmaKela، وقدم إشعار الانتقال إلى فنلندا. بعد ذلك تقرر { -kela } إذا كنت مشمولا بالضمان الاجتماعي الفنلندي.
step-first-tax-card-title = احصل على بطاقة ضرائب
step-first-tax-card-text = احصل على بطاقة ضرائب من { -vero } قبل أن تبدأ العمل. أعطها لصاحب العمل.
step-first-bank-title = افتح حسابا بنكيا
step-first-bank-text = تحتاج إلى حساب بنكي لتحصل على راتبك وإعاناتك. اطلب من البنك أيضا رموز البنك الإلكتروني.

## Steps: your assessment
step-assessment-employment-title = { -tyollisyyspalvelut } هي المسؤولة عن تقييمك
step-assessment-employment-text = أنت مسجل كباحث عن عمل، لذلك { -tyollisyyspalvelut } تقوم بتقييمك وتضع خطة الاندماج معك. اتصل بهم واحجز موعدا.
step-assessment-municipality-title = بلديتك هي المسؤولة عن تقييمك
step-assessment-municipality-text = حسب إجاباتك، خدمات الاندماج في بلديتك هي المسؤولة عن تقييمك وعن خطة الاندماج الخاصة بك. اتصل بهم واحجز موعدا.
step-assessment-ask-title = اطلب تقييما لمهاراتك واحتياجاتك
step-assessment-ask-text = اسأل خدمات التوجيه والإرشاد في بلديتك من يقوم بتقييمك. إذا سجلت كعاطل عن العمل وباحث عن عمل، ف{ -tyollisyyspalvelut } هي المسؤولة. وإذا لم تسجل، فالبلدية هي المسؤولة عادة.
step-window-open-title = اطلب خطة الاندماج في الوقت المناسب
step-window-open-text = يتم التقييم وإعداد أول خطة اندماج خلال 3 سنوات من حصولك على أول تصريح إقامة أو أول تسجيل. اطلبهما قريبا.
step-window-passed-title = مرت أكثر من 3 سنوات منذ أول تصريح لك
step-window-passed-text = يتم إعداد أول خطة اندماج عادة خلال 3 سنوات. اسأل الموظف المسؤول عن حالتك ما الذي ما زال ممكنا لك. قد تبقى دورات اللغة وخدمات أخرى متاحة لك.
step-jobseeker-register-title = سجّل كباحث عن عمل
step-jobseeker-register-text = أنت تريد عملا أو تدريبا. سجّل كباحث عن عمل في { -tyomarkkinatori(case: "with-finnish") } أو في { -tyollisyyspalvelut }.
step-interpreter-title = اطلب مترجما
step-interpreter-text = عندما تحجز الموعد، أخبر المكتب أنك تحتاج إلى مترجم. يتم التقييم بلغة تفهمها.
step-social-services-title = تقييم في الخدمات الاجتماعية
step-social-services-text = الأشخاص الذين لديهم حماية دولية يتم توجيههم عادة إلى تقييم لاحتياجاتهم في الخدمات الاجتماعية. هذا التقييم يساعدك على الحصول على الدعم الذي تحتاج إليه.
step-unaccompanied-plan-title = دعم للشاب الذي جاء بدون ولي أمر
step-unaccompanied-plan-text = الشاب أو الشابة الذي جاء بدون ولي أمر يتم توجيهه عادة إلى تقييم لاحتياجاته في الخدمات الاجتماعية. تُعد لك خطة بالتعاون مع الخدمات الاجتماعية. اسأل الشخص المسؤول عنك أو الأخصائي الاجتماعي.
step-talk-health-title = تكلم مع شخص عن صحتك
step-talk-health-text = احجز موعدا في مركزك الصحي أو في الخدمات الاجتماعية. يمكنك أن تخبرهم ما الذي يجعل الدراسة أو العمل صعبا عليك.

## Steps: language
step-literacy-title = دورة لتعلم القراءة والكتابة
step-literacy-text = اطلب دورة لتعلم القراءة والكتابة. هذه الدورة للناس الذين لا يستطيعون القراءة أو الكتابة جيدا بعد، أو الذين يتعلمون الحروف اللاتينية لأول مرة. قد تتغير القواعد في عام 2027: اسأل الموظف المسؤول عن حالتك.
step-integration-training-title = تدريب الاندماج: الفنلندية أو السويدية
step-integration-training-text = في تدريب الاندماج تدرس اللغة الفنلندية أو السويدية، وتتعلم عن المجتمع والحياة العملية. يستمر عادة حوالي سنة. الاختبار يبين المجموعة المناسبة لك. قد تتغير القواعد في عام 2027: اسأل الموظف المسؤول عن حالتك.
step-language-with-work-title = ادرس اللغة وأنت تعمل
step-language-with-work-text = أنت مستعد للعمل. اسأل عن دراسة اللغة بدوام جزئي، لكي تدرس وأنت تعمل.
step-language-fluent-title = مهاراتك في اللغة جيدة بالفعل
step-language-fluent-text = قد لا تحتاج إلى تدريب في اللغة. اسأل عن خدمات أخرى، مثلا الدراسة أو العمل.
step-civic-orientation-title = دورة التعريف بالمجتمع بلغتك
step-civic-orientation-text = اسأل عن دورة التعريف بالمجتمع. هذه الدورة تقدم بلغات كثيرة، ومدتها 70 ساعة على الأقل. تتعلم فيها عن الحقوق والخدمات والعمل والحياة اليومية في فنلندا.
step-digital-skills-title = تعلم استخدام الخدمات الإلكترونية
step-digital-skills-text = خدمات كثيرة موجودة على الإنترنت. اسأل المكتبة أو البلدية عن المساعدة والدورات لتتعلم استخدام الهاتف والكمبيوتر والخدمات الإلكترونية.

## Steps: education and recognition
step-simhe-title = توجيه لأصحاب التعليم العالي
step-simhe-text = خدمات { -simhe } في بعض الجامعات ترشد الأشخاص الذين لديهم تعليم جامعي. وتساعدهم في الاعتراف بالمعرفة والمهارات التي تعلموها من قبل.
step-recognition-oph-title = اعرف مستوى شهادتك
step-recognition-oph-text = { -oph-full } ({ -oph }) يمكن أن تقرر ما هو مستوى شهادتك الأجنبية في فنلندا. أحضر وثائق شهاداتك. اعرف من موقع oph.fi كيف تقدم الطلب.
step-regulated-valvira-title = حق العمل في الرعاية الصحية أو الاجتماعية
step-regulated-valvira-text = لكي تعمل في الرعاية الصحية أو الاجتماعية، تحتاج إلى حق مزاولة المهنة من { -lvv } (سابقا Valvira). ويجب أيضا أن تعرف الفنلندية أو السويدية بشكل كاف.
step-regulated-oph-title = حق العمل كمعلم أو في التعليم في الطفولة المبكرة
step-regulated-oph-text = التدريس والتعليم في الطفولة المبكرة مهن ينظمها القانون. تقرر { -oph } إذا كان تعليمك يعطيك الحق في العمل فيها.

## Steps: children
step-daycare-title = قدم طلبا للتعليم في الطفولة المبكرة
step-daycare-text = قدم طلبا إلى بلديتك للتعليم في الطفولة المبكرة (الحضانة). الرسوم تعتمد على دخلك. قدم الطلب مبكرا.
step-preprimary-title = التعليم ما قبل المدرسة
step-preprimary-text = التعليم ما قبل المدرسة إلزامي في السنة التي قبل بدء المدرسة. وهو مجاني. بلديتك تخبرك كيف تسجل طفلك.
step-school-title = المدرسة لأطفالك
step-school-text = التعليم إلزامي من عمر 7 سنوات. هل طفلك لا يتكلم الفنلندية أو السويدية بعد؟ اسأل عن التعليم التحضيري للمدرسة.
step-upper-secondary-title = الدراسة لابنك أو ابنتك في سن المراهقة
step-upper-secondary-text = يجب على الشباب أن يدرسوا حتى عمر 18 سنة، أو حتى ينهوا شهادة المرحلة الثانوية. اسأل عن الدراسة في المرحلة الثانوية أو عن TUVA، وهو التعليم التحضيري لها.

## Steps: studies and work
step-vocational-title = التدريب المهني
step-vocational-text = اسأل عن TUVA، وهو التعليم التحضيري لشهادة المرحلة الثانوية. واسأل أيضا عن الدراسة في المدرسة المهنية في المرحلة الثانوية.
step-university-title = الدراسة في الجامعة
step-university-text = اسأل عن الدراسة في التعليم العالي وعن شروط اللغة فيها. خدمات { -simhe } يمكن أن ترشدك.
step-self-motivated-title = اتفق على دراستك في خطتك أولا
step-self-motivated-text = هل تريد أن تدرس وتحتفظ بإعانة البطالة؟ اتفق على الدراسة في خطة الاندماج قبل أن تبدأ.
step-business-title = نصائح لبدء مشروع تجاري
step-business-text = اطلب من { -tyollisyyspalvelut } نصائح لبدء مشروع تجاري في فنلندا.
step-work-routes-title = طرق إلى العمل
step-work-routes-text = اسأل { -tyollisyyspalvelut } عن التدريب لسوق العمل، أو تجربة العمل، أو العمل بدعم الأجر.
step-community-title = تعرّف على الناس واحصل على الدعم
step-community-text = المنظمات والجمعيات، وأنشطة وقت الفراغ، وبرامج الإرشاد الشخصي، والجمعيات المهنية تساعدك على التعرف على الناس وإيجاد عمل. اسأل بلديتك ماذا يوجد قريبا منك.
