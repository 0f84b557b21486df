# متن‌های پرسشنامه بسته سویدن به زبان دری: سوال‌ها، متن‌های کمکی و
# گزینه‌های خاص این بسته. همان کلیدهای locales/sv/se/questions.ftl.
# گزینه‌های مشترک (بلی/نخیر، زبان‌ها، سطح تحصیل و غیره) متن‌های خود را در
# locales/prs/questions.ftl دارند. اصطلاحات سویدنی در قوس می‌مانند.
# Machine translation from English, to be checked by a native speaker.

## Questions: about you
se-q-age = شما چند ساله هستید؟
se-q-permit = اجازه اقامت خود را در سویدن به چه دلیل گرفتید؟
se-q-permit-help = به کارت اجازه اقامت خود از { -migrationsverket-full } (⁨{ -migrationsverket }⁩) نگاه کنید. اگر مطمئن نیستید، «نمی‌دانم» را انتخاب کنید.
se-q-personnummer = آیا نمبر هویت شخصی (⁨personnummer⁩) دارید؟
se-q-personnummer-help = ⁨personnummer⁩ نمبر هویت شخصی سویدنی شما است. وقتی نام شما در ثبت نفوس (⁨folkbokföring⁩) درج می‌شود، آن را از { -skatteverket-full } (⁨{ -skatteverket }⁩) می‌گیرید.
se-q-e-id = آیا هویت الکترونیکی (⁨e-legitimation⁩) دارید، مثلاً ⁨{ -bankid }⁩؟
se-q-e-id-help = هویت الکترونیکی (⁨e-legitimation⁩) نشان می‌دهد که شما در انترنت چه کسی هستید. عام‌ترین هویت الکترونیکی ⁨{ -bankid }⁩ است: آن را از بانک خود می‌گیرید و برای آن به ⁨personnummer⁩ ضرورت دارید.

## Questions: languages
se-q-mother-tongue = زبان مادری شما چیست؟
se-q-other-languages = به کدام زبان‌های دیگر صحبت می‌کنید؟
se-q-read-own = آیا به زبان مادری خود خوانده می‌توانید؟
se-q-latin-alphabet = آیا حروف این الفبا را خوانده می‌توانید: ⁨A B C D E⁩؟
se-q-latin-alphabet-help = زبان‌های سویدنی و انگلیسی با این حروف (الفبای لاتین) نوشته می‌شوند. جواب شما کمک می‌کند تا کورس مناسب زبان سویدنی برای شما پیدا شود.

## Questions: education and work
se-q-school-years = در مجموع چند سال به مکتب رفتید یا درس خواندید؟
se-q-school-years-help = همه سال‌ها را حساب کنید، از مکتب ابتدایی تا پوهنتون. اگر مطمئن نیستید، نزدیک‌ترین حدس خود را بنویسید.
se-q-education-level = بالاترین سطح تحصیلی که تمام کرده‌اید، چیست؟
se-q-education-field = چه رشته‌ای خواندید؟
se-q-certificates = آیا شهادت‌نامه‌ها یا دیپلوم‌های خود را دارید؟
se-q-has-worked = آیا پیش از این کار کرده‌اید؟
se-q-work-fields = در کدام رشته‌ها کار کرده‌اید؟
se-q-goals = در چند سال آینده در سویدن چه می‌خواهید بکنید؟

## Questions: your life now
se-q-has-children = آیا اطفالی دارید که با شما زندگی می‌کنند؟
se-q-children-ages = اطفال شما چند ساله هستند؟
se-q-housing = حالا در کجا زندگی می‌کنید؟
se-q-urgent = آیا در کدام کار به کمک عاجل ضرورت دارید؟

## Questions: health
se-q-health-affects = آیا صحت شما یا چیز دیگری درس خواندن یا کار کردن را برای شما سخت می‌سازد؟

## Questions: your meetings
se-q-interpreter = آیا در ملاقات‌های خود به ترجمان ضرورت دارید؟
se-q-interpreter-language = ترجمان به کدام زبان صحبت کند؟

## Options: residence permit
opt-sepermit-refugee = پناهنده (⁨flykting⁩)
opt-sepermit-protection = شخص نیازمند حمایت (⁨alternativt skyddsbehövande⁩)
opt-sepermit-family-of-protected = عضو فامیل یک پناهنده یا یک شخص نیازمند حمایت
opt-sepermit-family = روابط فامیلی با شخص دیگری در سویدن
opt-sepermit-work = کار
opt-sepermit-study = درس
opt-sepermit-eu = تبعه یکی از کشورهای اتحادیه اروپا، منطقه اقتصادی اروپا یا کشورهای نوردیک
opt-sepermit-other = دلیل دیگر

## Options: children's ages
opt-sechildage-1-5 = ۱ تا ۵ سال (کودکستان، ⁨förskola⁩)
opt-sechildage-6-15 = ۶ تا ۱۵ سال (مکتب، ⁨förskoleklass⁩ و ⁨grundskola⁩)
opt-sechildage-16-19 = ۱۶ تا ۱۹ سال (سن لیسه، ⁨gymnasium⁩)

## Options: housing
opt-sehousing-own-contract = در خانه کرایی خودم (⁨förstahandskontrakt⁩) یا خانه‌ای که مالک آن هستم
opt-sehousing-second-hand = از یک کرایه‌نشین دیگر کرایه می‌کنم (⁨andrahandskontrakt⁩)
opt-sehousing-assigned = در خانه‌ای که شاروالی برایم تنظیم کرده است (⁨anvisad bostad⁩)
opt-sehousing-temporary = در یک جای موقت، مثلاً نزد دوستان یا فامیل
opt-sehousing-none = جایی برای زندگی ندارم

## Options: urgent needs
opt-seurgent-housing = جایی برای زندگی
opt-seurgent-safety = امنیت: من یا فامیلم در امان نیستیم
opt-seurgent-health = صحت
opt-seurgent-none = نخیر، هیچ چیز عاجل نیست
