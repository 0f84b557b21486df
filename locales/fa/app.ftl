# App interface. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = تازه‌وارد در فنلاند
skip-to-content = رفتن به محتوای اصلی
nav-label = منوی اصلی
nav-guide = راهنما
nav-language = زبان
nav-municipality = شهرداری
nav-municipality-none = انتخاب نشده
breadcrumb-label = شما اینجا هستید
footer-privacy = هر کاری که اینجا انجام می‌دهید، فقط روی همین دستگاه می‌ماند. هیچ چیزی به جایی فرستاده نمی‌شود.
footer-disclaimer = این راهنما اطلاعات کلی می‌دهد. ادارات دولتی درباره پرونده شما تصمیم می‌گیرند.
opens-new-tab = در یک برگه جدید باز می‌شود

## Notices
notice-machine = این متن با ترجمه ماشینی ترجمه شده است و ممکن است اشتباه داشته باشد. اگر چیزی روشن نیست، از کارکنان بپرسید یا وب‌سایت رسمی را ببینید. لطفاً اشتباه‌ها را به ما بگویید تا آن‌ها را درست کنیم.
notice-text-gaps = بعضی از متن‌ها هنوز به زبان شما آماده نیستند. این متن‌ها به زبان انگلیسی نشان داده می‌شوند.
notice-checklist-reset = فهرست کارهای ذخیره‌شده شما خوانده نشد، برای همین پاک شد. لطفاً مرحله‌های خود را دوباره علامت بزنید.
notice-storage-blocked = این مرورگر اجازه نمی‌دهد راهنما چیزی را ذخیره کند. کارهایی که اینجا انجام می‌دهید فقط تا وقتی این صفحه را ببندید باقی می‌ماند.

## Loading (the first screen, while a page the person chose is on its way)
loading = در حال بارگذاری…

## Language screen
language-title = زبان خود را انتخاب کنید
language-intro = روی زبان خود بزنید. بعداً می‌توانید آن را از منوی بالای صفحه تغییر دهید.
language-suggested = پیشنهاد برای این دستگاه

## Municipality screen (a site for several municipalities)
municipality-title = شهرداری خود را انتخاب کنید
municipality-intro = شهرداری محل زندگی خود را انتخاب کنید. بعد از آن، راهنما دفترهای آن شهرداری و اطلاعات محلی را نشان می‌دهد. بعداً می‌توانید آن را از منوی بالای صفحه تغییر دهید.

## Start page
home-title = به فنلاند خوش آمدید
home-intro = این راهنما در ماه‌های اول زندگی در فنلاند به شما کمک می‌کند. درباره اولین قدم‌های خود، خدماتی که می‌توانید از آن‌ها استفاده کنید و جاهایی که می‌توانید کمک بگیرید، بخوانید.
home-guide-title = اطلاعات پایه
home-guide-text = اجازه اقامت، { -kela }، کار، سلامت، مسکن، مدرسه و موضوع‌های دیگر.
home-checklist-title = اولین قدم‌های شما
home-help-title = از کجا کمک بگیرید
home-help-text = راهنمایی و مشاوره، خط‌های تلفن کمک و شماره‌های اضطراری.
home-privacy = لازم نیست وارد حساب کاربری شوید. چیزهایی که علامت می‌زنید فقط روی همین دستگاه ذخیره می‌شوند.

## Guide
guide-title = اطلاعات پایه
guide-intro = یک موضوع را انتخاب کنید یا یک کلمه را جستجو کنید.
guide-all-topics = همه موضوع‌ها
search-label = جستجو در راهنما
search-button = جستجو
search-results = { $count ->
    [0] برای «{ $query }» چیزی پیدا نشد
    [one] 1 موضوع برای «{ $query }» پیدا شد
   *[other] { $count } موضوع برای «{ $query }» پیدا شد
}
search-none = کلمه دیگری را امتحان کنید، یا یک کلمه کوتاه‌تر.
search-none-help = ببینید از کجا می‌توانید کمک بگیرید.

## Topic page
topic-back = همه موضوع‌ها
topic-steps-heading = چه کار باید بکنید
topic-authority-heading = چه کسی مسئول است
topic-name-fi = به زبان فنلاندی
topic-name-sv = به زبان سوئدی
topic-phones-heading = شماره‌های تلفن
topic-last-checked = آخرین بررسی: { $date }
read-aloud = خواندن با صدای بلند
read-aloud-stop = توقف خواندن
read-aloud-no-voice = این دستگاه صدایی برای خواندن این زبان با صدای بلند ندارد.

## Checklist
checklist-heading = فهرست کارهای شما
checklist-progress = { $done } از { $total } مرحله انجام شده است
checklist-read-more = بیشتر بخوانید

## Not found
not-found-title = صفحه پیدا نشد
not-found-text = این صفحه را پیدا نکردیم. شاید پیوند قدیمی باشد یا اشتباه نوشته شده باشد.
not-found-home = رفتن به صفحه اول
not-found-guide = دیدن همه موضوع‌های راهنما

## Local offices (from the municipality's settings)
office-heading = دفتر محلی
office-address = نشانی
office-phone = تلفن
office-hours = ساعت‌های کاری
office-website = وب‌سایت
office-accessibility = دسترسی‌پذیری
office-languages = زبان‌هایی که در دفتر صحبت می‌شود

## Kiosk (shared device in a service point)
kiosk-finish = پایان و پاک کردن
kiosk-idle-title = هنوز اینجا هستید؟
kiosk-idle-text = برای حفظ حریم خصوصی شما، همه چیز روی این صفحه تا { $seconds } ثانیه دیگر پاک می‌شود.
kiosk-still-here = هنوز اینجا هستم
kiosk-qr-help = این کد را با گوشی خودتان اسکن کنید تا جواب‌ها و مسیر خود را همراه ببرید. هیچ چیزی روی این دستگاه ذخیره نمی‌شود.
mine-title = جواب‌های شما از مرکز خدمات
mine-intro = این‌ها جواب‌ها و مسیری هستند که در مرکز خدمات آماده کردید. این‌ها هنوز روی این گوشی ذخیره نشده‌اند.
mine-save = ذخیره روی این گوشی

## App updates
update-available = نسخه جدیدی از این راهنما آماده است.
update-reload = الان به‌روز کنید

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = سؤال‌ها
qn-home-title = برای ارزیابی خود آماده شوید
qn-home-text = قبل از دیدار خود، به سؤال‌هایی درباره مهارت‌ها و برنامه‌هایتان جواب بدهید.
qn-deleted = اطلاعات شما از این دستگاه پاک شد.
qn-notice-migrated = جواب‌های ذخیره‌شده شما برای این نسخه از برنامه به‌روز شد.
qn-notice-dropped = بعضی از جواب‌های ذخیره‌شده دیگر با سؤال‌ها جور نبود، برای همین پاک شد. لطفاً جواب‌های خود را بررسی کنید.
pw-nav = مسیر پیشنهادی
