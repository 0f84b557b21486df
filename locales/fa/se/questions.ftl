# متن‌های پرسشنامه بسته سوئد به زبان فارسی: سؤال‌ها، متن‌های راهنمای آن‌ها
# و گزینه‌های خود این بسته. همان کلیدهای locales/sv/se/questions.ftl.
# مجموعه گزینه‌های مشترک (بله/نه، زبان‌ها، سطح تحصیلات و غیره) متن‌های خود
# را در locales/fa/questions.ftl دارند. اصطلاحات سوئدی در پرانتز می‌مانند.
# Machine translation from English, to be checked by a native speaker.

## Questions: about you
se-q-age = چند سال دارید؟
se-q-permit = به چه دلیلی اجازه اقامت خود را در سوئد گرفتید؟
se-q-permit-help = به کارت اجازه اقامت خود از { -migrationsverket-full } (⁨{ -migrationsverket }⁩) نگاه کنید. اگر مطمئن نیستید، «نمی‌دانم» را انتخاب کنید.
se-q-personnummer = آیا شماره شناسایی شخصی (⁨personnummer⁩) دارید؟
se-q-personnummer-help = ⁨personnummer⁩ شماره شناسایی شخصی سوئدی شما است. وقتی نام شما در ثبت جمعیت (⁨folkbokföring⁩) ثبت می‌شود، آن را از { -skatteverket-full } (⁨{ -skatteverket }⁩) می‌گیرید.
se-q-e-id = آیا شناسایی الکترونیکی (⁨e-legitimation⁩) دارید، مثلاً ⁨{ -bankid }⁩؟
se-q-e-id-help = شناسایی الکترونیکی (⁨e-legitimation⁩) در اینترنت نشان می‌دهد شما چه کسی هستید. رایج‌ترین شناسایی الکترونیکی ⁨{ -bankid }⁩ است: آن را از بانک خود می‌گیرید و برای آن به ⁨personnummer⁩ نیاز دارید.

## Questions: languages
se-q-mother-tongue = زبان مادری شما چیست؟
se-q-other-languages = به چه زبان‌های دیگری صحبت می‌کنید؟
se-q-read-own = آیا می‌توانید به زبان مادری خود بخوانید؟
se-q-latin-alphabet = آیا می‌توانید حروف این الفبا را بخوانید: ⁨A B C D E⁩؟
se-q-latin-alphabet-help = سوئدی و انگلیسی با این حروف نوشته می‌شوند (الفبای لاتین). جواب شما کمک می‌کند دوره زبان سوئدی مناسب برای شما پیدا شود.

## Questions: education and work
se-q-school-years = در مجموع چند سال به مدرسه رفتید یا درس خواندید؟
se-q-school-years-help = همه سال‌ها را بشمارید، از دبستان تا دانشگاه. اگر مطمئن نیستید، تا جایی که می‌توانید درست حدس بزنید.
se-q-education-level = بالاترین تحصیلاتی که تمام کرده‌اید کدام است؟
se-q-education-field = چه رشته‌ای خواندید؟
se-q-certificates = آیا مدرک‌ها یا گواهی‌نامه‌های تحصیلی خود را دارید؟
se-q-has-worked = آیا قبلاً کار کرده‌اید؟
se-q-work-fields = در چه زمینه‌هایی کار کرده‌اید؟
se-q-goals = در چند سال آینده می‌خواهید در سوئد چه کار کنید؟

## Questions: your life now
se-q-has-children = آیا فرزندانی دارید که با شما زندگی می‌کنند؟
se-q-children-ages = فرزندان شما چند سال دارند؟
se-q-housing = الان کجا زندگی می‌کنید؟
se-q-urgent = آیا برای چیزی فوری به کمک نیاز دارید؟

## Questions: health
se-q-health-affects = آیا سلامت شما یا چیز دیگری درس خواندن یا کار کردن را برایتان سخت می‌کند؟

## Questions: your meetings
se-q-interpreter = آیا در دیدارهای خود به مترجم نیاز دارید؟
se-q-interpreter-language = مترجم به چه زبانی صحبت کند؟

## Options: residence permit
opt-sepermit-refugee = پناهنده (⁨flykting⁩)
opt-sepermit-protection = فرد نیازمند حمایت (⁨alternativt skyddsbehövande⁩)
opt-sepermit-family-of-protected = عضو خانواده یک پناهنده یا یک فرد نیازمند حمایت
opt-sepermit-family = پیوند خانوادگی با شخص دیگری در سوئد
opt-sepermit-work = کار
opt-sepermit-study = تحصیل
opt-sepermit-eu = شهروند یکی از کشورهای اتحادیه اروپا، منطقه اقتصادی اروپا یا شمال اروپا (نوردیک)
opt-sepermit-other = دلیل دیگر

## Options: children's ages
opt-sechildage-1-5 = 1 تا 5 سال (مهدکودک، ⁨förskola⁩)
opt-sechildage-6-15 = 6 تا 15 سال (مدرسه، ⁨förskoleklass⁩ و ⁨grundskola⁩)
opt-sechildage-16-19 = 16 تا 19 سال (سن دبیرستان، ⁨gymnasium⁩)

## Options: housing
opt-sehousing-own-contract = در خانه‌ای که خودم مستقیماً اجاره کرده‌ام (⁨förstahandskontrakt⁩) یا خانه‌ای که مال خودم است
opt-sehousing-second-hand = از یک مستأجر دیگر اجاره می‌کنم (⁨andrahandskontrakt⁩)
opt-sehousing-assigned = در خانه‌ای که شهرداری برایم فراهم کرده است (⁨anvisad bostad⁩)
opt-sehousing-temporary = در یک جای موقت، مثلاً پیش دوستان یا خانواده
opt-sehousing-none = جایی برای زندگی ندارم

## Options: urgent needs
opt-seurgent-housing = جایی برای زندگی
opt-seurgent-safety = امنیت: من یا خانواده‌ام در امان نیستیم
opt-seurgent-health = سلامت
opt-seurgent-none = نه، هیچ چیز فوری نیست
