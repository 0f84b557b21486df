# نصوص الاستبيان في حزمة السويد باللغة العربية: الأسئلة، ونصوص المساعدة،
# ومجموعات الخيارات الخاصة بالحزمة. نفس المفاتيح الموجودة في
# locales/sv/se/questions.ftl. مجموعات الخيارات المشتركة (نعم/لا، واللغات،
# ومستوى التعليم وغيرها) نصوصها موجودة في locales/ar/questions.ftl.
# المصطلحات السويدية تبقى بين قوسين.
# Machine translation from English, to be checked by a native speaker.

## Questions: about you
se-q-age = كم عمرك؟
se-q-permit = لماذا حصلت على تصريح الإقامة في السويد؟
se-q-permit-help = انظر إلى بطاقة تصريح الإقامة التي أعطتك إياها { -migrationsverket-full } (⁨{ -migrationsverket }⁩). إذا لم تكن متأكدا، اختر «لا أعرف».
se-q-personnummer = هل لديك رقم هوية شخصي (⁨personnummer⁩)؟
se-q-personnummer-help = رقم ⁨personnummer⁩ هو رقم هويتك الشخصي في السويد. تحصل عليه من { -skatteverket-full } (⁨{ -skatteverket }⁩) عندما يتم تسجيلك في سجل السكان (⁨folkbokföring⁩).
se-q-e-id = هل لديك هوية إلكترونية (⁨e-legitimation⁩)، مثلا ⁨{ -bankid }⁩؟
se-q-e-id-help = الهوية الإلكترونية (⁨e-legitimation⁩) تثبت من أنت على الإنترنت. أكثر هوية إلكترونية استخداما هي ⁨{ -bankid }⁩: تحصل عليها من بنكك، وتحتاج إلى ⁨personnummer⁩ لكي تحصل عليها.

## Questions: languages
se-q-mother-tongue = ما هي لغتك الأم؟
se-q-other-languages = ما هي اللغات الأخرى التي تتكلمها؟
se-q-read-own = هل تستطيع القراءة بلغتك الأم؟
se-q-latin-alphabet = هل تستطيع قراءة حروف هذه الأبجدية: ⁨A B C D E⁩؟
se-q-latin-alphabet-help = اللغتان السويدية والإنجليزية تكتبان بهذه الحروف (الحروف اللاتينية). إجابتك تساعد على إيجاد دورة اللغة السويدية المناسبة لك.

## Questions: education and work
se-q-school-years = كم سنة ذهبت إلى المدرسة أو درست، في المجموع؟
se-q-school-years-help = احسب كل السنوات، من المدرسة الابتدائية إلى الجامعة. إذا لم تكن متأكدا، اكتب أفضل تقدير لديك.
se-q-education-level = ما هو أعلى تعليم أنهيته؟
se-q-education-field = ماذا درست؟
se-q-certificates = هل لديك شهاداتك الدراسية أو شهادات التخرج؟
se-q-has-worked = هل عملت من قبل؟
se-q-work-fields = في أي مجالات عملت؟
se-q-goals = ماذا تريد أن تفعل في السويد في السنوات القليلة القادمة؟

## Questions: your life now
se-q-has-children = هل لديك أطفال يعيشون معك؟
se-q-children-ages = ما أعمار أطفالك؟
se-q-housing = أين تسكن الآن؟
se-q-urgent = هل تحتاج إلى مساعدة عاجلة في شيء ما؟

## Questions: health
se-q-health-affects = هل صحتك أو شيء آخر يجعل الدراسة أو العمل صعبا عليك؟

## Questions: your meetings
se-q-interpreter = هل تحتاج إلى مترجم في مواعيدك؟
se-q-interpreter-language = بأي لغة يجب أن يتكلم المترجم؟

## Options: residence permit
opt-sepermit-refugee = لاجئ (⁨flykting⁩)
opt-sepermit-protection = شخص بحاجة إلى حماية (⁨alternativt skyddsbehövande⁩)
opt-sepermit-family-of-protected = فرد من عائلة لاجئ أو من عائلة شخص بحاجة إلى حماية
opt-sepermit-family = صلة عائلية بشخص آخر في السويد
opt-sepermit-work = العمل
opt-sepermit-study = الدراسة
opt-sepermit-eu = مواطن في دولة من الاتحاد الأوروبي، أو من المنطقة الاقتصادية الأوروبية، أو من دول الشمال الأوروبي
opt-sepermit-other = سبب آخر

## Options: children's ages
opt-sechildage-1-5 = من 1 إلى 5 سنوات (الروضة، ⁨förskola⁩)
opt-sechildage-6-15 = من 6 إلى 15 سنة (المدرسة، ⁨förskoleklass⁩ و⁨grundskola⁩)
opt-sechildage-16-19 = من 16 إلى 19 سنة (سن المدرسة الثانوية، ⁨gymnasium⁩)

## Options: housing
opt-sehousing-own-contract = في مسكن أستأجره باسمي (⁨förstahandskontrakt⁩) أو مسكن أملكه
opt-sehousing-second-hand = أستأجر من مستأجر آخر (⁨andrahandskontrakt⁩)
opt-sehousing-assigned = في مسكن رتبته لي البلدية (⁨anvisad bostad⁩)
opt-sehousing-temporary = في مكان مؤقت، مثلا عند أصدقاء أو عند العائلة
opt-sehousing-none = ليس لدي مكان أسكن فيه

## Options: urgent needs
opt-seurgent-housing = مكان أسكن فيه
opt-seurgent-safety = الأمان: أنا أو عائلتي لسنا في أمان
opt-seurgent-health = الصحة
opt-seurgent-none = لا، لا شيء عاجل
