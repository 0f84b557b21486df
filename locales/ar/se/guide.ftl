# نصوص الدليل في حزمة السويد باللغة العربية: المواضيع، والجهات الرسمية،
# والمصادر الرسمية، وأرقام الهاتف، وقائمة الخطوات الأولى، وخطوات المسار. كل
# مفتاح يبدأ بـ se-. أسماء الجهات الرسمية والخدمات هي المصطلحات الموجودة في
# se/terms.ftl: الاسم العربي في أول مرة في النص، ومعه الاسم السويدي بين قوسين،
# ثم الاسم السويدي وحده.
# Machine translation from English, to be checked by a native speaker.

## first-steps
se-topic-first-steps-title = خطواتك الأولى في السويد
se-topic-first-steps-summary = هذه القائمة تعرض أول الأشياء التي يفعلها أغلب الناس بعد أن يحصلوا على تصريح إقامة في السويد. ضع علامة على كل خطوة عندما تنجزها. قد يكون الترتيب مختلفا بالنسبة لك.
se-topic-first-steps-step-1 = أولا، أخبر { -skatteverket-full } (⁨{ -skatteverket }⁩) أنك انتقلت إلى السويد. بعد ذلك يتم تسجيلك في سجل السكان (⁨folkbokföring⁩) وتحصل على رقم هوية شخصي (⁨personnummer⁩). خطوات كثيرة أخرى تحتاج إلى هذا الرقم.
se-topic-first-steps-step-2 = افتح أي خطوة في القائمة لتقرأ المزيد عنها. كل خطوة تخبرك ماذا تفعل وإلى أين تذهب.
se-topic-first-steps-step-3 = هل هناك شيء غير واضح؟ اطلب المساعدة. بلديتك (⁨kommun⁩) يمكن أن تخبرك أين تجد التوجيه والإرشاد.

## folkbokforing
se-topic-folkbokforing-title = التسجيل في السويد (⁨folkbokföring⁩)
se-topic-folkbokforing-summary = سجل السكان (⁨folkbokföring⁩) هو قائمة بكل الناس الذين يعيشون في السويد. { -skatteverket-full } (⁨{ -skatteverket }⁩) هي التي تحتفظ بهذا السجل. عندما يتم تسجيلك، تحصل على رقم هوية شخصي (⁨personnummer⁩). تحتاج إلى هذا الرقم في كل شيء تقريبا.
se-topic-folkbokforing-step-1 = ابدأ عبر الإنترنت بالخدمة الإلكترونية «الانتقال إلى السويد» (⁨Flytta till Sverige⁩) في موقع ⁨skatteverket.se⁩. تخبرك الخدمة بالوثائق التي يجب أن تحضرها.
se-topic-folkbokforing-step-2 = بعد ذلك، اذهب بنفسك إلى أحد مكاتب خدمة ⁨{ -skatteverket }⁩. أحضر الوثائق المذكورة في الخدمة الإلكترونية. أفراد العائلة الذين انتقلوا معك يأتون أيضا، والأطفال كذلك.
se-topic-folkbokforing-step-3 = عندما يتم تسجيلك، ترسل لك ⁨{ -skatteverket }⁩ رقم هويتك الشخصي (⁨personnummer⁩) في رسالة. احفظه في مكان آمن. تحتاج إليه في البنك، وفي الرعاية الصحية، ولدى الجهات الرسمية الأخرى.
se-topic-folkbokforing-step-4 = بعض الناس لا يتم تسجيلهم كسكان في السويد. يمكنهم أحيانا أن يحصلوا على رقم تنسيق (⁨samordningsnummer⁩) بدلا من ذلك. هذا رقم للناس الذين ليسوا في سجل السكان. اسأل ⁨{ -skatteverket }⁩ إذا كان هذا ينطبق عليك.
se-topic-folkbokforing-step-5 = عندما تنتقل إلى عنوان جديد في السويد، أخبر ⁨{ -skatteverket }⁩.

## id-card
se-topic-id-card-title = بطاقة الهوية
se-topic-id-card-summary = بطاقة الهوية تثبت من أنت. تستخدمها مثلا في البنك وفي الصيدلية. { -skatteverket-full } (⁨{ -skatteverket }⁩) تصدر بطاقات الهوية للناس المسجلين في السويد.
se-topic-id-card-step-1 = أولا، يجب أن تكون مسجلا في سجل السكان (⁨folkbokföring⁩) وأن يكون لديك رقم هوية شخصي (⁨personnummer⁩).
se-topic-id-card-step-2 = قدم طلب بطاقة الهوية بنفسك في أحد مكاتب خدمة ⁨{ -skatteverket }⁩. اقرأ في موقع ⁨skatteverket.se⁩ ماذا تحضر وكيف تقدم الطلب.
se-topic-id-card-step-3 = مع بطاقة الهوية، يكون غالبا من الأسهل أن تفتح حسابا بنكيا وأن تحصل على هوية إلكترونية. اقرأ موضوع «الهوية الإلكترونية: هويتك على الإنترنت».

## e-id
se-topic-e-id-title = الهوية الإلكترونية: هويتك على الإنترنت
se-topic-e-id-summary = الهوية الإلكترونية (⁨e-legitimation⁩) تثبت من أنت على الإنترنت. تستخدمها لتسجيل الدخول إلى الجهات الرسمية والرعاية الصحية وبنكك. خدمات كثيرة في السويد تحتاج إلى هوية إلكترونية.
se-topic-e-id-step-1 = أكثر هوية إلكترونية استخداما هي ⁨{ -bankid }⁩. تحصل عليها من بنكك. لكي تحصل على ⁨{ -bankid }⁩، تحتاج إلى رقم هوية شخصي (⁨personnummer⁩) ويجب أن تكون عميلا في بنك.
se-topic-e-id-step-2 = اختر بنكا واسأل كيف تصبح عميلا فيه. اسأل عن الوثائق التي يجب أن تحضرها. بعد ذلك اطلب من البنك ⁨{ -bankid }⁩.
se-topic-e-id-step-3 = هناك أيضا أنواع أخرى من الهوية الإلكترونية، مثلا ⁨{ -freja }⁩. اسأل أي نوع يناسبك.
se-topic-e-id-step-4 = لا تعط هويتك الإلكترونية أو رموزك لأي شخص آخر أبدا. لا تسجل الدخول أبدا لأن شخصا طلب منك ذلك على الهاتف. المجرمون يجربون هذه الحيلة كثيرا.

## residence-permit
se-topic-residence-permit-title = تصريح الإقامة
se-topic-residence-permit-summary = { -migrationsverket-full } (⁨{ -migrationsverket }⁩) هي التي تتخذ القرارات بشأن تصاريح الإقامة. تصريحك يبين كم من الوقت يحق لك أن تعيش في السويد. تحتاج إليه في خطوات كثيرة أخرى.
se-topic-residence-permit-step-1 = عندما تحصل على تصريح إقامة، تعطيك ⁨{ -migrationsverket }⁩ أيضا بطاقة تصريح الإقامة. احفظها في مكان آمن. تحتاج إليها مثلا لدى ⁨{ -skatteverket }⁩.
se-topic-residence-permit-step-2 = هل تصريحك مؤقت؟ إذن ينتهي في تاريخ محدد. قدم طلبا لتصريح جديد إلى ⁨{ -migrationsverket }⁩ قبل أن ينتهي تصريحك. اقرأ القواعد في موقع ⁨migrationsverket.se⁩.
se-topic-residence-permit-step-3 = بعد بضع سنوات، قد تحصل على تصريح إقامة دائم. كقاعدة عامة، تحتاج إلى 3 سنوات بتصريح مؤقت. ويجب أيضا أن تكون قادرا على أن تعيل نفسك. ويجب أن تكون قد عشت حياة منضبطة، مثلا بدون جرائم.
se-topic-residence-permit-step-4 = قواعد تصريح الإقامة الدائم قد تتغير. اسأل الموظف المسؤول عن حالتك.

## forsakringskassan
se-topic-forsakringskassan-title = ⁨{ -forsakringskassan }⁩ والتأمين الاجتماعي
se-topic-forsakringskassan-summary = { -forsakringskassan-full } (⁨{ -forsakringskassan }⁩) يدفع إعانات كثيرة في السويد. مثلا، يدفع إعانات للآباء والأمهات وللناس المرضى. ويدفع أيضا الإعانة خلال برنامج التأسيس.
se-topic-forsakringskassan-step-1 = تواصل مع ⁨{ -forsakringskassan }⁩ بعد أن يتم تسجيلك في السويد (⁨folkbokföring⁩). اسأل عن الإعانات التي يمكنك أن تطلبها.
se-topic-forsakringskassan-step-2 = يجب أن تقدم طلبا لكل إعانة بنفسك. أغلب الناس يقدمون الطلب عبر الإنترنت بالهوية الإلكترونية. اقرأ موضوع «الهوية الإلكترونية: هويتك على الإنترنت».
se-topic-forsakringskassan-step-3 = أخبر ⁨{ -forsakringskassan }⁩ فورا عندما تتغير حياتك. مثلا، عندما يتغير عنوانك أو دخلك أو عائلتك. إذا لم تفعل، قد تضطر إلى إعادة المال.
se-topic-forsakringskassan-step-4 = لدى ⁨{ -forsakringskassan }⁩ معلومات بالعربية والدرية والإنجليزية والصومالية والتغرينية. القواعد التي تحدد من يشمله التأمين الاجتماعي قد تتغير. اسأل الموظف المسؤول عن حالتك.

## establishment
se-topic-establishment-title = برنامج التأسيس (⁨etableringsprogrammet⁩)
se-topic-establishment-summary = برنامج التأسيس (⁨etableringsprogrammet⁩) يساعدك على تعلم السويدية وإيجاد عمل أو دراسة. { -arbetsformedlingen-full } (⁨{ -arbetsformedlingen }⁩) هي التي تدير البرنامج. البرنامج للناس الذين حصلوا مؤخرا على تصريح إقامة كلاجئين أو كأشخاص بحاجة إلى حماية، أو كأفراد من عائلة شخص من هؤلاء.
se-topic-establishment-step-1 = البرنامج للناس الذين أعمارهم من 20 إلى 65 سنة. تواصل مع ⁨{ -arbetsformedlingen }⁩ بعد وقت قصير من حصولك على تصريح الإقامة. سيخبرونك إذا كان يمكنك أن تشارك.
se-topic-establishment-step-2 = أولا، تراجع ⁨{ -arbetsformedlingen }⁩ وضعك معك. هذا يسمى تقييم الوضع (⁨kartläggning⁩). تتكلمون عن تعليمك وخبرتك في العمل واهتماماتك وأهدافك. يمكنك أيضا أن تخبرهم عن صحتك أو عن أشياء أخرى تصعّب عليك العمل أو الدراسة. أخبرهم إذا كنت تحتاج إلى مترجم.
se-topic-establishment-step-3 = بعد ذلك تضعون معا خطة فردية. الخطة تذكر أنشطتك. يمكن أن تكون هذه الأنشطة: { -sfi-full } (⁨{ -sfi }⁩)، والتعريف بالمجتمع، والدراسة، والتدريب العملي (⁨praktik⁩)، وفحص المهارات التي لديك من قبل (⁨validering⁩)، والبحث عن عمل.
se-topic-establishment-step-4 = البرنامج بدوام كامل. يستمر عادة 24 شهرا. ويجب أن يكون كله خلال 3 سنوات من اليوم الذي حصلت فيه على رقم هويتك الشخصي (⁨personnummer⁩).
se-topic-establishment-step-5 = خلال مشاركتك، يمكنك أن تحصل على مال من { -forsakringskassan-full } (⁨{ -forsakringskassan }⁩). يسمى هذا المال تعويض التأسيس (⁨etableringsersättning⁩). إذا كان لديك أطفال يعيشون معك في البيت، قد تحصل على إعانة إضافية (⁨etableringstillägg⁩). إذا كنت تعيش وحدك، قد تحصل على مال إضافي لمسكنك (⁨bostadsersättning⁩). ⁨{ -forsakringskassan }⁩ هو الذي يقرر.
se-topic-establishment-step-6 = شارك في الأنشطة المذكورة في خطتك. إذا لم تستطع، مثلا لأنك مريض، أخبر ⁨{ -arbetsformedlingen }⁩ فورا.

## sfi
se-topic-sfi-title = { -sfi-full } (⁨{ -sfi }⁩)
se-topic-sfi-summary = { -sfi-full } (⁨{ -sfi }, svenska för invandrare⁩) هي دورة مجانية في اللغة السويدية للكبار. وهي جزء من تعليم الكبار في البلدية (⁨komvux⁩). اللغة السويدية تساعدك على إيجاد عمل وتدبير حياتك اليومية.
se-topic-sfi-step-1 = يمكنك أن تبدأ الدراسة في ⁨{ -sfi }⁩ من عمر 16 سنة. سجّل في بلديتك (⁨kommun⁩). يجب على البلدية أن تعرض عليك مكانا خلال 3 أشهر.
se-topic-sfi-step-2 = هناك 3 مسارات دراسية في ⁨{ -sfi }⁩. المسار المناسب لك يعتمد على عدد السنوات التي ذهبت فيها إلى المدرسة، وعلى مستواك في القراءة والكتابة.
se-topic-sfi-step-3 = المسار الدراسي 1 (الدورات ⁨A⁩ و⁨B⁩ و⁨C⁩ و⁨D⁩) للناس الذين تعليمهم المدرسي قليل أو ليس لديهم تعليم مدرسي. المسار الدراسي 2 (الدورات ⁨B⁩ و⁨C⁩ و⁨D⁩) للناس الذين ذهبوا إلى المدرسة بعض السنوات. المسار الدراسي 3 (الدورتان ⁨C⁩ و⁨D⁩) للناس الذين تعودوا على الدراسة.
se-topic-sfi-step-4 = هل تحصل على مساعدة مالية من الخدمات الاجتماعية (⁨ekonomiskt bistånd⁩)؟ هذا مال للاحتياجات الأساسية عندما لا تكون لديك طريقة أخرى لدفع تكاليفها. قد تُلزمك الخدمات الاجتماعية عندئذ بالمشاركة في ⁨{ -sfi }⁩.
se-topic-sfi-step-5 = قواعد ⁨{ -sfi }⁩ قد تتغير. اسأل الموظف المسؤول عن حالتك.

## civic-orientation
se-topic-civic-orientation-title = التعريف بالمجتمع (⁨samhällsorientering⁩)
se-topic-civic-orientation-summary = التعريف بالمجتمع (⁨samhällsorientering⁩) دورة عن الحياة في السويد. تتعلم فيها عن الحقوق والواجبات، والعمل، والصحة، والسكن، وكيف يعمل المجتمع. بلديتك (⁨kommun⁩) تقدم هذه الدورة، بلغتك إن أمكن.
se-topic-civic-orientation-step-1 = الدورة للكبار الذين أعمارهم 18 سنة أو أكثر والمسجلين في سجل السكان (⁨folkbokföring⁩). يمكنك أن تشارك فيها إذا كنت في برنامج التأسيس (⁨etableringsprogrammet⁩). ويمكنك أيضا أن تشارك فيها إذا حصلت على تصريح الإقامة كفرد من العائلة.
se-topic-civic-orientation-step-2 = مدة الدورة 100 ساعة على الأقل. اسأل بلديتك متى وأين تبدأ.
se-topic-civic-orientation-step-3 = حقك في الدورة يستمر 3 سنوات من اليوم الذي تم فيه تسجيلك في السويد أول مرة. لذلك اطلبها مبكرا.
se-topic-civic-orientation-step-4 = قواعد التعريف بالمجتمع قد تتغير. اسأل الموظف المسؤول عن حالتك.

## health
se-topic-health-title = الرعاية الصحية
se-topic-health-summary = في السويد، المناطق (⁨regionen⁩) هي التي تدير الرعاية الصحية العامة. مركزك الصحي (⁨vårdcentral⁩) هو عادة أول مكان تذهب إليه. الرقم ⁨1177⁩ يعطي نصائح صحية على الهاتف، 24 ساعة في اليوم.
se-topic-health-step-1 = المركز الصحي (⁨vårdcentral⁩) عيادة قريبة من بيتك. هناك يمكنك أن تقابل ممرضا أو طبيبا. ابحث عن مركز صحي واسأل كيف تحجز موعدا.
se-topic-health-step-2 = هل أنت مريض ولست متأكدا إلى أين تذهب؟ اتصل بالرقم ⁨1177⁩. سيعطيك ممرض نصيحة ويخبرك إلى أين تذهب. الخط مفتوح 24 ساعة في اليوم.
se-topic-health-step-3 = في موقع ⁨1177.se⁩ يمكنك أن تقرأ عن الصحة وأن تجد رعاية صحية قريبة منك. بالهوية الإلكترونية يمكنك أيضا أن تسجل الدخول وأن تتواصل مع مركزك الصحي.
se-topic-health-step-4 = في حالة الطوارئ، اتصل بالرقم ⁨112⁩. مثلا: شخص لا يستطيع التنفس، أو فقد وعيه، أو ينزف كثيرا.
se-topic-health-step-5 = هل تحتاج إلى مساعدة بلغتك؟ اطلب مترجما عندما تحجز موعدك. أخبرهم بأي لغة تتكلم.

## emergency
se-topic-emergency-title = رقم الطوارئ ⁨112⁩
se-topic-emergency-summary = ⁨112⁩ هو رقم الطوارئ في السويد. اتصل به عندما تكون حياة شخص أو صحته في خطر، أو عند حدوث حريق. الرقم يوصلك إلى الشرطة، والإسعاف، وخدمات الإطفاء والإنقاذ.
se-topic-emergency-step-1 = اتصل بالرقم ⁨112⁩ وحافظ على هدوئك. قل ماذا حدث وأين أنت. أجب عن الأسئلة. لا تغلق الهاتف حتى يقولوا لك إنك تستطيع ذلك.
se-topic-emergency-step-2 = هل تحتاج إلى الشرطة، لكن الأمر ليس عاجلا؟ اتصل بالرقم ⁨114 14⁩. مثلا، إذا كنت تريد أن تبلغ عن جريمة حدثت بالفعل.
se-topic-emergency-step-3 = هل تحتاج إلى نصيحة صحية، لكن الحالة ليست طارئة؟ اتصل بالرقم ⁨1177⁩.
se-topic-emergency-step-4 = هل يحدث شيء خطير في المجتمع، مثلا حريق كبير أو عاصفة؟ اتصل بالرقم ⁨113 13⁩ لتحصل على معلومات، أو اقرأ موقع ⁨krisinformation.se⁩. اتصل بالرقم ⁨112⁩ فقط إذا كان شخص ما يحتاج إلى مساعدة الآن.

## housing
se-topic-housing-title = إيجاد مسكن
se-topic-housing-summary = المسكن من أول الأشياء التي تحتاج إليها. بعض القادمين الجدد يحصلون على أول مسكن لهم عن طريق بلدية. كثيرون غيرهم يجب أن يبحثوا عن مسكن بأنفسهم. قد يستغرق ذلك وقتا طويلا، لذلك ابدأ مبكرا.
se-topic-housing-step-1 = هل تم توزيعك على بلدية (⁨kommun⁩) حسب قانون التوطين (⁨bosättningslagen⁩)؟ إذن تلك البلدية ترتب لك مسكنا.
se-topic-housing-step-2 = كثير من المؤجرين والبلديات لديهم قائمة انتظار للسكن (⁨bostadskö⁩). هي قائمة بالناس الذين ينتظرون شقة للإيجار. سجّل في قوائم انتظار السكن مبكرا: كلما انتظرت مدة أطول، كانت فرصك أفضل.
se-topic-housing-step-3 = اقرأ عقد الإيجار بعناية قبل أن توقعه. كن حذرا من العروض التي تطلب منك مالا قبل أن ترى المسكن والعقد.
se-topic-housing-step-4 = هل أنت بلا مكان تعيش فيه، أو بلا مال للاحتياجات الأساسية؟ تواصل مع الخدمات الاجتماعية في بلديتك. قد تحصل على مساعدة مالية (⁨ekonomiskt bistånd⁩). هذا مال للاحتياجات الأساسية عندما لا تكون لديك طريقة أخرى لدفع تكاليفها.
se-topic-housing-step-5 = قواعد السكن للقادمين الجدد وقواعد ⁨ekonomiskt bistånd⁩ قد تتغير. اسأل الموظف المسؤول عن حالتك.

## children
se-topic-children-title = الأطفال والروضة والمدرسة
se-topic-children-summary = هذا الموضوع للعائلات التي لديها أطفال. بلديتك (⁨kommun⁩) تدير الروضة (⁨förskola⁩) والمدرسة. الأطفال الذين يعيشون في السويد لهم الحق في الذهاب إلى المدرسة.
se-topic-children-step-1 = الروضة (⁨förskola⁩) للأطفال من عمر سنة واحدة حتى يبدؤوا المدرسة. قدم طلبا إلى بلديتك للحصول على مكان. قدم الطلب مبكرا.
se-topic-children-step-2 = المدرسة إلزامية للأطفال الذين يعيشون في السويد. الطفل الذي وصل حديثا ينبغي أن يحصل على مكان في المدرسة خلال شهرين. تواصل مع بلديتك قريبا.
se-topic-children-step-3 = عندما يبدأ طفلك المدرسة، تتعرف المدرسة على ما يعرفه طفلك من قبل. هذا يسمى تقييم الوضع (⁨kartläggning⁩). يساعد ذلك المدرسة على التخطيط للتعليم والدعم المناسبين.
se-topic-children-step-4 = يمكن للمراهقين أن يكملوا دراستهم في المدرسة الثانوية (⁨gymnasieskolan⁩). الشباب الذين وصلوا حديثا إلى السويد يمكنهم أولا أن يدرسوا السويدية في برنامج لغة (⁨språkintroduktion⁩). اسأل بلديتك.
se-topic-children-step-5 = بعض البلديات لديها دورات وإرشاد للآباء والأمهات. اسأل بلديتك ماذا يوجد في المكان الذي تسكن فيه.

## qualifications
se-topic-qualifications-title = الاستفادة من تعليمك ومهنتك
se-topic-qualifications-summary = تعليمك وخبرتك في العمل من الخارج يمكن أن يساعداك على إيجاد عمل في السويد. لبعض الوظائف، تحتاج أولا إلى قرار رسمي. هذا الموضوع يخبرك أين تسأل.
se-topic-qualifications-step-1 = هل لديك شهادة دراسية من الخارج؟ { -uhr-full } (⁨{ -uhr }⁩) يمكن أن يقيّمها. هذا مجاني. اقرأ في موقع ⁨uhr.se⁩ كيف تقدم الطلب.
se-topic-qualifications-step-2 = هل تريد أن تعمل في الرعاية الصحية، مثلا كطبيب أو ممرض؟ تحتاج إلى ترخيص مزاولة المهنة (⁨legitimation⁩) من { -socialstyrelsen-full } (⁨{ -socialstyrelsen }⁩). اقرأ في موقع ⁨legitimation.socialstyrelsen.se⁩ كيف تقدم الطلب.
se-topic-qualifications-step-3 = ⁨{ -korta-vagen }⁩ («الطريق القصير») هي دورات للناس الذين لديهم تعليم جامعي من الخارج. تساعدك هذه الدورات على الدخول إلى العمل في مجالك. هذه الدورات غير متوفرة في كل مكان. اسأل { -arbetsformedlingen-full } (⁨{ -arbetsformedlingen }⁩).
se-topic-qualifications-step-4 = احفظ شهاداتك الدراسية وشهادات العمل في مكان آمن. أحضرها إلى مواعيدك، مثلا إلى تقييم الوضع (⁨kartläggning⁩) لدى ⁨{ -arbetsformedlingen }⁩.

## rights
se-topic-rights-title = حقوقك وواجباتك
se-topic-rights-summary = في السويد، كل الناس لهم نفس الحقوق الأساسية. ولك أيضا واجبات. مثلا، يجب أن تلتزم بالقانون.
se-topic-rights-step-1 = كل الناس متساوون أمام القانون. التمييز ممنوع، مثلا بسبب الأصل أو الدين أو الجنس أو الإعاقة.
se-topic-rights-step-2 = للنساء والرجال نفس الحقوق، في البيت وفي العمل وفي المجتمع. وللأطفال أيضا حقوقهم الخاصة.
se-topic-rights-step-3 = العنف جريمة، حتى داخل العائلة. إذا كنت في خطر الآن، اتصل بالرقم ⁨112⁩. لكي تبلغ عن جريمة عندما لا يكون الأمر عاجلا، اتصل بالشرطة على الرقم ⁨114 14⁩.
se-topic-rights-step-4 = هل لديك أسئلة عن حقوقك؟ اسأل بلديتك (⁨kommun⁩) أين تجد التوجيه والإرشاد. يمكنك أيضا أن تقرأ عن الحقوق والواجبات في موقع ⁨informationsverige.se⁩.

## everyday
se-topic-everyday-title = الحياة اليومية
se-topic-everyday-summary = هذا الموضوع يعطيك نصائح للحياة اليومية في السويد. يتكلم عن الرسائل، والخدمات الإلكترونية، ووقت فراغك. الانضمام إلى ناد أو جمعية طريقة جيدة للتعرف على الناس.
se-topic-everyday-step-1 = اقرأ رسائل الجهات الرسمية فورا. بعض الرسائل فيها آخر موعد لإجابتك. اطلب المساعدة إذا كان فهم رسالة ما صعبا عليك.
se-topic-everyday-step-2 = خدمات كثيرة موجودة على الإنترنت. تسجل الدخول بالهوية الإلكترونية. اقرأ موضوع «الهوية الإلكترونية: هويتك على الإنترنت». المكتبات العامة مجانية، وفي كثير منها أجهزة كمبيوتر.
se-topic-everyday-step-3 = انضم إلى جمعية (⁨förening⁩)، مثلا ناد رياضي أو مجموعة للقادمين الجدد. ستتعرف على الناس وتتدرب على السويدية. اسأل بلديتك (⁨kommun⁩) ماذا يوجد في المكان الذي تسكن فيه.
se-topic-everyday-step-4 = هل يحدث شيء خطير في المجتمع، مثلا عاصفة؟ اتصل بالرقم ⁨113 13⁩ لتحصل على معلومات، أو اقرأ موقع ⁨krisinformation.se⁩.

## help
se-topic-help-title = أين تجد المساعدة
se-topic-help-summary = لست مضطرا لأن تعرف كل شيء وحدك. بلديتك (⁨kommun⁩) يمكن أن توجهك إلى الخدمة المناسبة. جمعيات كثيرة تساعد أيضا القادمين الجدد.
se-topic-help-step-1 = اسأل بلديتك أين تجد التوجيه والإرشاد. يمكنهم أن يخبروك بأي خدمة تتصل.
se-topic-help-step-2 = في موقع ⁨{ -informationsverige }⁩ معلومات عن الحياة في السويد بلغات كثيرة. استخدمه عندما تحتاج إلى معلومات بلغتك.
se-topic-help-step-3 = هل أنت قلق على صحتك، أو تشعر بسوء شديد؟ اتصل بالرقم ⁨1177⁩ لتحصل على نصيحة، 24 ساعة في اليوم.
se-topic-help-step-4 = في حالة الطوارئ، اتصل بالرقم ⁨112⁩.

## Authorities
se-authority-arbetsformedlingen = { -arbetsformedlingen-full } (⁨{ -arbetsformedlingen }⁩)
se-authority-forsakringskassan = { -forsakringskassan-full } (⁨{ -forsakringskassan }⁩)
se-authority-skatteverket = { -skatteverket-full } (⁨{ -skatteverket }⁩)
se-authority-migrationsverket = { -migrationsverket-full } (⁨{ -migrationsverket }⁩)
se-authority-municipality = بلديتك (⁨kommun⁩)
se-authority-region = منطقتك (الرعاية الصحية)
se-authority-skolverket = { -skolverket-full } (⁨{ -skolverket }⁩)
se-authority-uhr = { -uhr-full } (⁨{ -uhr }⁩)
se-authority-socialstyrelsen = { -socialstyrelsen-full } (⁨{ -socialstyrelsen }⁩)
se-authority-police = { -polisen-full } (⁨{ -polisen }⁩)
se-authority-banks = البنوك والهوية الإلكترونية
se-authority-ngos = الجمعيات والمنظمات
se-authority-guidance = التوجيه والإرشاد في بلديتك

## Phones
se-phone-112 = رقم الطوارئ
se-phone-1177 = نصائح صحية، 24 ساعة (⁨1177⁩)
se-phone-police-non-urgent = الشرطة، عندما لا يكون الأمر عاجلا
se-phone-crisis-information = معلومات عندما يحدث شيء خطير في المجتمع

## Checklist
se-check-folkbokforing = سجّل لدى ⁨{ -skatteverket }⁩ واحصل على رقم هوية شخصي (⁨personnummer⁩)
se-check-id-card = قدم طلبا للحصول على بطاقة هوية
se-check-e-id = احصل على هوية إلكترونية، مثلا ⁨{ -bankid }⁩
se-check-residence-permit = احفظ بطاقة تصريح الإقامة في مكان آمن، واعرف متى ينتهي تصريحك
se-check-forsakringskassan = تواصل مع ⁨{ -forsakringskassan }⁩
se-check-establishment = اسأل ⁨{ -arbetsformedlingen }⁩ عن برنامج التأسيس
se-check-sfi = ابدأ دراسة { -sfi-full } (⁨{ -sfi }⁩)
se-check-health = ابحث عن مركزك الصحي (⁨vårdcentral⁩)
se-check-housing = ابحث عن مسكن وسجّل في قوائم انتظار السكن
se-check-children = ابحث عن روضة أو مدرسة لأطفالك

## Official sources
# Owners of the official pages, shown as "<owner>: <page title>".
se-owner-informationsverige = ⁨{ -informationsverige }⁩
se-owner-arbetsformedlingen = ⁨{ -arbetsformedlingen }⁩
se-owner-forsakringskassan = ⁨{ -forsakringskassan }⁩
se-owner-skatteverket = ⁨{ -skatteverket }⁩
se-owner-migrationsverket = ⁨{ -migrationsverket }⁩
se-owner-1177 = ⁨1177⁩
se-owner-skolverket = ⁨{ -skolverket }⁩
se-owner-uhr = ⁨{ -uhr }⁩
se-owner-socialstyrelsen = ⁨{ -socialstyrelsen }⁩
se-owner-lansstyrelsen = { -lansstyrelserna-full } (⁨{ -lansstyrelserna }⁩)
se-owner-polisen = ⁨{ -polisen }⁩
se-owner-krisinformation = ⁨{ -krisinformation }⁩

# Titles of the official pages: what the page is about, without the owner.
se-source-informationsverige-first-steps = ماذا تفعل أولا بعد أن تحصل على تصريح الإقامة
se-source-informationsverige-health = الرعاية الطبية والصحة
se-source-informationsverige-housing = السكن
se-source-informationsverige-rights = حقوقك وواجباتك
se-source-informationsverige-home = معلومات عن السويد بالإنجليزية
se-source-arbetsformedlingen-establishment = برنامج التأسيس (بالسويدية)
se-source-forsakringskassan-establishment = المال خلال برنامج التأسيس (بالسويدية)
se-source-forsakringskassan-english = معلومات بالإنجليزية
se-source-skatteverket-moving = الانتقال إلى السويد (⁨Flytta till Sverige⁩)
se-source-migrationsverket-home = معلومات بالإنجليزية
se-source-migrationsverket-permanent = تصريح الإقامة الدائم
se-source-1177-english = معلومات عن الرعاية الصحية بالإنجليزية
se-source-skolverket-sfi = { -sfi-full }، ⁨{ -sfi }⁩ (بالسويدية)
se-source-skolverket-english = النظام المدرسي السويدي، بالإنجليزية
se-source-uhr-home = تقييم التعليم الأجنبي
se-source-socialstyrelsen-licence = تراخيص مزاولة مهن الرعاية الصحية
se-source-lansstyrelsen-civic-orientation = التعريف بالمجتمع للقادمين الجدد (بالسويدية)
se-source-polisen-english = الشرطة، بالإنجليزية
se-source-krisinformation-english = معلومات الطوارئ، بالإنجليزية

## Pathway steps
step-se-urgent-housing-title = اطلب المساعدة في السكن اليوم
step-se-urgent-housing-text = تواصل اليوم مع الخدمات الاجتماعية في بلديتك (⁨kommun⁩). أخبرهم أنه ليس لديك مكان آمن تعيش فيه. يمكنهم أن يساعدوك في حالة طارئة.
step-se-urgent-safety-title = إذا كنت في خطر، اتصل بالرقم ⁨112⁩
step-se-urgent-safety-text = اتصل بالرقم ⁨112⁩ إذا كنت أنت أو عائلتك في خطر الآن. إذا لم يكن الأمر عاجلا، يمكنك أن تتصل بالشرطة على الرقم ⁨114 14⁩.
step-se-urgent-health-title = احصل على الرعاية الصحية
step-se-urgent-health-text = تواصل مع مركزك الصحي (⁨vårdcentral⁩). إذا لم تكن متأكدا إلى أين تذهب، اتصل بالرقم ⁨1177⁩ لتحصل على نصيحة، 24 ساعة في اليوم. في حالة الطوارئ، اتصل بالرقم ⁨112⁩.
step-se-folkbokforing-title = سجّل لدى ⁨{ -skatteverket }⁩
step-se-folkbokforing-text = أخبر { -skatteverket-full } (⁨{ -skatteverket }⁩) أنك انتقلت إلى السويد. ابدأ بالخدمة الإلكترونية «الانتقال إلى السويد» (⁨Flytta till Sverige⁩)، ثم اذهب إلى أحد مكاتب الخدمة. يتم تسجيلك في سجل السكان (⁨folkbokföring⁩) وتحصل على رقم هوية شخصي (⁨personnummer⁩).
step-se-e-id-title = احصل على هوية إلكترونية
step-se-e-id-text = الهوية الإلكترونية تثبت من أنت على الإنترنت. أكثر هوية إلكترونية استخداما هي ⁨{ -bankid }⁩ من بنكك. لكي تحصل على ⁨{ -bankid }⁩، تحتاج إلى رقم هوية شخصي (⁨personnummer⁩) وإلى بنك. ⁨{ -freja }⁩ هي هوية إلكترونية أخرى.
step-se-forsakringskassan-title = تواصل مع ⁨{ -forsakringskassan }⁩
step-se-forsakringskassan-text = { -forsakringskassan-full } (⁨{ -forsakringskassan }⁩) يدفع إعانات كثيرة. اسأل عن الإعانات التي يمكنك أن تطلبها. أخبرهم عندما تتغير حياتك.
step-se-establishment-title = اسأل عن برنامج التأسيس
step-se-establishment-text = ربما يمكنك أن تشارك في برنامج التأسيس (⁨etableringsprogrammet⁩) لدى { -arbetsformedlingen-full } (⁨{ -arbetsformedlingen }⁩). يبدأ البرنامج بتقييم الوضع (⁨kartläggning⁩)، وهو يتناول تعليمك وخبرتك في العمل وأهدافك. خلال مشاركتك، يمكن أن يدفع لك { -forsakringskassan-full } (⁨{ -forsakringskassan }⁩) تعويض التأسيس (⁨etableringsersättning⁩).
step-se-establishment-not-eligible-title = طرق أخرى لتعلم السويدية وإيجاد عمل
step-se-establishment-not-eligible-text = برنامج التأسيس للناس الذين أعمارهم من 20 إلى 65 سنة ولديهم تصريح إقامة كلاجئين أو كأشخاص بحاجة إلى حماية، أو كأفراد من عائلة شخص من هؤلاء. إذا لم يكن البرنامج لك، يمكنك مع ذلك أن تدرس { -sfi-full } (⁨{ -sfi }⁩) من عمر 16 سنة. ويمكنك أيضا أن تسجل كباحث عن عمل لدى { -arbetsformedlingen-full } (⁨{ -arbetsformedlingen }⁩). اسأل بلديتك (⁨kommun⁩) عن خدمات أخرى.
step-se-sfi-path-1-title = { -sfi-full }: المسار الدراسي 1
step-se-sfi-path-1-text = المسار الدراسي 1 في { -sfi-full } (⁨{ -sfi }⁩) فيه الدورات ⁨A⁩ و⁨B⁩ و⁨C⁩ و⁨D⁩. هو للناس الذين تعليمهم المدرسي قليل أو ليس لديهم تعليم مدرسي، وللناس الذين ما زالوا يتعلمون القراءة والكتابة. هذا الاقتراح مبني على تعليمك المدرسي وعلى مستواك في القراءة. مدرسة ⁨{ -sfi }⁩ هي التي تقرر أي مسار يناسبك. سجّل في بلديتك (⁨kommun⁩). قواعد ⁨{ -sfi }⁩ قد تتغير: اسأل الموظف المسؤول عن حالتك.
step-se-sfi-path-2-title = { -sfi-full }: المسار الدراسي 2
step-se-sfi-path-2-text = المسار الدراسي 2 في { -sfi-full } (⁨{ -sfi }⁩) فيه الدورات ⁨B⁩ و⁨C⁩ و⁨D⁩. هو للناس الذين ذهبوا إلى المدرسة بعض السنوات. هذا الاقتراح مبني على تعليمك المدرسي وعلى مستواك في القراءة. مدرسة ⁨{ -sfi }⁩ هي التي تقرر أي مسار يناسبك. سجّل في بلديتك (⁨kommun⁩). قواعد ⁨{ -sfi }⁩ قد تتغير: اسأل الموظف المسؤول عن حالتك.
step-se-sfi-path-3-title = { -sfi-full }: المسار الدراسي 3
step-se-sfi-path-3-text = المسار الدراسي 3 في { -sfi-full } (⁨{ -sfi }⁩) فيه الدورتان ⁨C⁩ و⁨D⁩. هو للناس الذين تعودوا على الدراسة. هذا الاقتراح مبني على تعليمك المدرسي وعلى مستواك في القراءة. مدرسة ⁨{ -sfi }⁩ هي التي تقرر أي مسار يناسبك. سجّل في بلديتك (⁨kommun⁩). قواعد ⁨{ -sfi }⁩ قد تتغير: اسأل الموظف المسؤول عن حالتك.
step-se-civic-orientation-title = التعريف بالمجتمع بلغتك
step-se-civic-orientation-text = اسأل بلديتك (⁨kommun⁩) عن التعريف بالمجتمع (⁨samhällsorientering⁩). هو دورة عن الحياة في السويد، مدتها 100 ساعة على الأقل، بلغتك إن أمكن. حقك في هذه الدورة يستمر 3 سنوات من أول تسجيل لك في السويد. القواعد قد تتغير: اسأل الموظف المسؤول عن حالتك.
step-se-uhr-title = اطلب تقييم شهادتك
step-se-uhr-text = { -uhr-full } (⁨{ -uhr }⁩) يقيّم الشهادات الدراسية من الخارج. هذا مجاني. اقرأ في موقع ⁨uhr.se⁩ كيف تقدم الطلب.
step-se-socialstyrelsen-title = ترخيص للعمل في الرعاية الصحية
step-se-socialstyrelsen-text = لكي تعمل في مهنة من مهن الرعاية الصحية، مثلا كطبيب أو ممرض، تحتاج إلى ترخيص مزاولة المهنة (⁨legitimation⁩) من { -socialstyrelsen-full } (⁨{ -socialstyrelsen }⁩).
step-se-forskola-title = قدم طلبا للروضة
step-se-forskola-text = الروضة (⁨förskola⁩) للأطفال من عمر سنة واحدة حتى يبدؤوا المدرسة. قدم الطلب إلى بلديتك (⁨kommun⁩). قدم الطلب مبكرا.
step-se-school-title = المدرسة لأطفالك
step-se-school-text = المدرسة إلزامية للأطفال الذين يعيشون في السويد. الطفل الذي وصل حديثا ينبغي أن يحصل على مكان في المدرسة خلال شهرين. تواصل مع بلديتك (⁨kommun⁩).
step-se-upper-secondary-title = الدراسة لطفلك المراهق
step-se-upper-secondary-text = يمكن للشباب أن يكملوا دراستهم في المدرسة الثانوية (⁨gymnasieskolan⁩). إذا كانوا قد وصلوا حديثا إلى السويد، يمكنهم أولا أن يدرسوا السويدية في برنامج لغة (⁨språkintroduktion⁩). اسأل بلديتك (⁨kommun⁩).
step-se-interpreter-title = اطلب مترجما
step-se-interpreter-text = عندما تحجز موعدا، أخبر المكتب أنك تحتاج إلى مترجم وبأي لغة تتكلم. في { -arbetsformedlingen-full } (⁨{ -arbetsformedlingen }⁩)، يسألونك أيضا في تقييم الوضع (⁨kartläggning⁩) إذا كنت تحتاج إلى مترجم.
step-se-community-title = تعرّف على الناس واحصل على الدعم
step-se-community-text = الجمعيات (⁨föreningar⁩) والمنظمات تساعدك على التعرف على الناس، والتدرب على السويدية، وإيجاد عمل. من الأمثلة عليها الأندية الرياضية ومجموعات القادمين الجدد. اسأل بلديتك (⁨kommun⁩) ماذا يوجد قريبا منك.

## Shared screens, in Sweden
# هذه الرسائل تحل محل الرسائل المشتركة (app.ftl، questions.ftl،
# pathway.ftl) التي تذكر فنلندا.
app-name = جديد في السويد
home-title = مرحبا بك في السويد
home-intro = هذا الدليل يساعدك في أشهرك الأولى في السويد. اقرأ عن خطواتك الأولى، وعن الخدمات التي يمكنك استخدامها، وأين تجد المساعدة.
home-guide-text = التصاريح، ⁨{ -forsakringskassan }⁩، العمل، الصحة، السكن، المدرسة وغير ذلك.
qn-intro = قبل لقائك الأول مع { -arbetsformedlingen-full } (⁨{ -arbetsformedlingen }⁩) أو مع بلديتك (⁨kommun⁩)، يمكنك أن تجيب عن أسئلة عن مهاراتك وخططك وحياتك الآن. هكذا يمكن أن يبدأ اللقاء من إجاباتك.
pw-disclaimer = هذا اقتراح أعددته بنفسك. هو ليس قرارا. ⁨{ -arbetsformedlingen }⁩ أو بلديتك تقرر خدماتك معك.
pw-for-everyone = مقترح لكل من ينتقل إلى السويد ليستقر فيها.
pw-qr-help = يمكن للموظف المسؤول عن حالتك أن يمسح هذا الرمز ليرى إجاباتك بالسويدية أو الإنجليزية. يمكنك أيضا أن تمسحه بهاتفك لتحتفظ بنسخة. إجاباتك موجودة داخل الرمز: لا يتم إرسال أي شيء إلى أي مكان.
qn-title = استعد للقاءاتك الأولى
qn-home-title = استعد للقاءاتك الأولى
hv-title = إجابات لتقييم الوضع (⁨kartläggning⁩) واللقاءات الأولى
print-self-reported = أجاب الشخص عن هذه الأسئلة بنفسه قبل تقييم الوضع (⁨kartläggning⁩) واللقاءات الأولى. المسار اقتراح، وليس قرارا.
hv-self-reported = أجاب الشخص عن هذه الأسئلة وحده، قبل تقييم الوضع (⁨kartläggning⁩) واللقاءات الأولى. الإجابات من الشخص نفسه. المسار اقتراح أعده التطبيق من الإجابات، وليس قرارا.
topic-sources-heading = مصادر رسمية
