# The settings check page for the web admin (#/admin/config-check).
# Reference locale: every other locale must have exactly these keys. It
# loads with that page, not on a first visit.

admin-title = بررسی تنظیمات
admin-intro = این صفحه نشان می‌دهد که برنامه از فایل تنظیمات شهرداری، ⁨municipality.toml⁩، چه چیزی را فهمیده است. بخش‌هایی که مشکل دارند نادیده گرفته می‌شوند و برنامه به جای آن‌ها از تنظیمات پیش‌فرض خود استفاده می‌کند.
admin-none = هیچ مشکلی نیست: همه تنظیمات فهمیده شد.
admin-no-file = فایل تنظیمات وجود ندارد. برنامه از تنظیمات پیش‌فرض خود استفاده می‌کند.
admin-count = { $count ->
    [one] 1 مشکل پیدا شد:
   *[other] { $count } مشکل پیدا شد:
}
admin-where = خط { $line }، ستون { $column }، { $path }:
config-problem-syntax = فایل خوانده نمی‌شود. هیچ چیزی از آن استفاده نمی‌شود. اشتباه نزدیک این خط را درست کنید:
config-problem-unknown-field = تنظیم ناشناخته است و نادیده گرفته شد. املای آن را بررسی کنید.
config-problem-wrong-type = نوع مقدار اشتباه است. مقدار مورد انتظار:
config-problem-bad-url = پیوند باید با ⁨https://⁩ شروع شود
config-problem-bad-path = لوگو باید مسیر یک فایل تصویری در همین سایت باشد، مثلاً ⁨local/logo.svg⁩.
config-problem-unknown-step = مرحله مسیر یا موضوع راهنما ناشناخته است و نادیده گرفته شد:
config-problem-unknown-locale = کد زبان ناشناخته است یا فعال نشده است و نادیده گرفته شد:
config-problem-bad-colour = رنگ باید به شکل ⁨#rrggbb⁩ نوشته شود، مثلاً ⁨#0b5394⁩.
config-problem-low-contrast = این رنگ روی زمینه سفید برای خواندن خیلی روشن است (دست‌کم 4.5:1 لازم است). کنتراست:
config-problem-out-of-range = عدد خارج از محدوده مجاز است. محدوده مجاز:
config-problem-missing = این تنظیم لازم وجود ندارد، برای همین این بخش نادیده گرفته شد.
config-problem-unknown-country = کشور ناشناخته است، برای همین از فنلاند استفاده می‌شود. برای فنلاند ⁨"fi"⁩ و برای سوئد ⁨"se"⁩ بنویسید:
config-problem-bad-id = شناسه شهرداری فقط می‌تواند حروف کوچک لاتین ⁨a–z⁩، رقم و خط تیره داشته باشد و هر شناسه فقط یک بار در فهرست می‌آید. نادیده گرفته شد:
config-problem-site-only = این تنظیم برای کل سایت است. آن را در ⁨municipality.toml⁩ بنویسید، نه در فایل جداگانه یک شهرداری.
admin-file-unreadable = این فایل خوانده نشد. بررسی کنید که این فایل در پوشه ⁨municipalities/⁩ باشد و نام آن همان شناسه‌ای باشد که در ⁨municipality.toml⁩ آمده است.

# The text files part of the settings check page.
admin-texts-title = فایل‌های متن
admin-texts-intro = متن‌ها در فایل‌های ⁨.ftl⁩ هستند. اگر یک مورد اشتباه داشته باشد، نادیده گرفته می‌شود و برنامه به جای آن متن انگلیسی را نشان می‌دهد.
admin-texts-checking = در حال بررسی فایل‌های متن…
admin-texts-none = در فایل‌های متن مشکلی نیست.
admin-texts-where = { $path }، خط { $line }:
admin-texts-broken = این مورد اشتباه دارد و نادیده گرفته می‌شود. متن‌های دیگر کار می‌کنند.
admin-texts-unavailable = این فایل بارگیری نشد.
