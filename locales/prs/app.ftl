# Machine-made translation from English (Dari, Afghan Persian).
# App interface: exactly the keys of locales/en/app.ftl.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = تازه‌وارد در فنلند
skip-to-content = رفتن به محتوای اصلی
nav-label = مینوی اصلی
nav-guide = رهنما
nav-language = زبان
nav-municipality = شاروالی
nav-municipality-none = انتخاب نشده
breadcrumb-label = شما اینجا هستید
footer-privacy = هر کاری که اینجا می‌کنید، تنها روی همین دستگاه می‌ماند. هیچ چیزی به جایی فرستاده نمی‌شود.
footer-disclaimer = این رهنما معلومات عمومی می‌دهد. ادارات دولتی در مورد دوسیه شما تصمیم می‌گیرند.
opens-new-tab = در یک صفحه نو باز می‌شود

## Notices
notice-machine = این متن توسط ماشین ترجمه شده است و شاید اشتباه داشته باشد. اگر چیزی واضح نیست، از کارمندان بپرسید یا ویب‌سایت رسمی را ببینید. لطفاً اشتباه‌ها را به ما بگویید تا آن‌ها را درست کنیم.
notice-text-gaps = بعضی متن‌ها هنوز به زبان شما آماده نیستند. این متن‌ها به زبان انگلیسی نشان داده می‌شوند.
notice-checklist-reset = لست کارهای ذخیره‌شده شما خوانده نشد، به همین خاطر پاک شد. لطفاً قدم‌های خود را دوباره علامت بزنید.
notice-storage-blocked = این براوزر اجازه نمی‌دهد که رهنما چیزی را ذخیره کند. کارهایی که اینجا می‌کنید، تنها تا وقتی می‌ماند که این صفحه را ببندید.

## Loading (the first screen, while a page the person chose is on its way)
loading = در حال بارگیری…

## Language screen
language-title = زبان خود را انتخاب کنید
language-intro = روی زبان خود بزنید. بعداً می‌توانید آن را از مینوی بالای صفحه تغییر بدهید.
language-suggested = پیشنهاد برای این دستگاه

## Municipality screen (a site for several municipalities)
municipality-title = شاروالی خود را انتخاب کنید
municipality-intro = شاروالی‌ای را که در آن زندگی می‌کنید، انتخاب کنید. بعد رهنما دفترهای آن و معلومات محلی را نشان می‌دهد. بعداً می‌توانید آن را از مینوی بالای صفحه تغییر بدهید.

## Start page
home-title = به فنلند خوش آمدید
home-intro = این رهنما در ماه‌های اول زندگی در فنلند به شما کمک می‌کند. در مورد قدم‌های اول خود، خدماتی که می‌توانید استفاده کنید و جاهایی که می‌توانید کمک بگیرید، بخوانید.
home-guide-title = معلومات اساسی
home-guide-text = اجازه‌نامه‌ها، { -kela }، کار، صحت، مسکن، مکتب و موضوعات دیگر.
home-checklist-title = قدم‌های اول شما
home-help-title = از کجا کمک بگیرید
home-help-text = رهنمایی و مشوره، خط‌های تیلفون کمک و شماره‌های عاجل.
home-privacy = لازم نیست وارد حساب شوید. چیزهایی که علامت می‌زنید، تنها روی همین دستگاه ذخیره می‌شوند.

## Guide
guide-title = معلومات اساسی
guide-intro = یک موضوع را انتخاب کنید یا یک کلمه را جستجو کنید.
guide-all-topics = همه موضوعات
search-label = جستجو در رهنما
search-button = جستجو
search-results = { $count ->
    [0] برای «{ $query }» چیزی پیدا نشد
    [one] ۱ موضوع برای «{ $query }» پیدا شد
   *[other] { $count } موضوع برای «{ $query }» پیدا شد
}
search-none = کلمه دیگری را امتحان کنید، یا یک کلمه کوتاه‌تر.
search-none-help = ببینید از کجا می‌توانید کمک بگیرید.

## Topic page
topic-back = همه موضوعات
topic-steps-heading = چه کار کنید
topic-authority-heading = چه کسی مسئول است
topic-name-fi = به زبان فنلندی
topic-name-sv = به زبان سویدنی
topic-phones-heading = شماره‌های تیلفون
topic-last-checked = آخرین بار بررسی شد: { $date }
read-aloud = خواندن با آواز بلند
read-aloud-stop = توقف خواندن
read-aloud-no-voice = این دستگاه آوازی برای خواندن این زبان با آواز بلند ندارد.

## Checklist
checklist-heading = لست کارهای شما
checklist-progress = { $done } از { $total } قدم انجام شده است
checklist-read-more = بیشتر بخوانید

## Not found
not-found-title = صفحه پیدا نشد
not-found-text = این صفحه را پیدا کرده نتوانستیم. شاید لینک کهنه باشد یا اشتباه نوشته شده باشد.
not-found-home = رفتن به صفحه اول
not-found-guide = دیدن همه موضوعات رهنما

## Local offices (from the municipality's settings)
office-heading = دفتر محلی
office-address = آدرس
office-phone = تیلفون
office-hours = ساعات کاری
office-website = ویب‌سایت
office-accessibility = دسترسی برای معلولین
office-languages = زبان‌هایی که در دفتر صحبت می‌شود

## Kiosk (shared device in a service point)
kiosk-finish = ختم و پاک کردن
kiosk-idle-title = آیا هنوز اینجا هستید؟
kiosk-idle-text = برای حفظ حریم شخصی شما، همه چیز روی این صفحه پس از { $seconds } ثانیه پاک می‌شود.
kiosk-still-here = هنوز اینجا هستم
kiosk-qr-help = این کود را با تیلفون مبایل خود سکن کنید تا جواب‌ها و مسیر خود را با خود ببرید. هیچ چیزی روی این دستگاه ذخیره نمی‌شود.
mine-title = جواب‌های شما از مرکز خدمات
mine-intro = این‌ها جواب‌ها و مسیری هستند که در مرکز خدمات ساختید. این‌ها هنوز روی این تیلفون ذخیره نشده‌اند.
mine-save = ذخیره روی این تیلفون

## App updates
update-available = نسخه نو این رهنما آماده است.
update-reload = همین حالا تازه کنید

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = سوال‌ها
qn-home-title = برای ارزیابی خود آماده شوید
qn-home-text = پیش از ملاقات خود، به سوال‌هایی در مورد مهارت‌ها و پلان‌های خود جواب بدهید.
qn-deleted = معلومات شما از این دستگاه پاک شد.
qn-notice-migrated = جواب‌های ذخیره‌شده شما برای این نسخه برنامه تازه شد.
qn-notice-dropped = بعضی جواب‌های ذخیره‌شده دیگر با سوال‌ها جور نمی‌آمد و پاک شد. لطفاً جواب‌های خود را بررسی کنید.
pw-nav = مسیر
