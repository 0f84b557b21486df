# Machine-made translation from English (Dari, Afghan Persian).
# The settings check page for the web admin (#/admin/config-check).
# Exactly the keys of locales/en/admin.ftl. It loads with that page, not on
# a first visit.

admin-title = بررسی تنظیمات
admin-intro = این صفحه نشان می‌دهد که برنامه از فایل تنظیمات شاروالی، ⁨municipality.toml⁩، چه چیزی را فهمیده است. بخش‌هایی که مشکل دارند، نادیده گرفته می‌شوند و برنامه به جای آن‌ها از تنظیمات پیش‌فرض خود استفاده می‌کند.
admin-none = هیچ مشکلی نیست: همه تنظیمات فهمیده شد.
admin-no-file = فایل تنظیمات وجود ندارد. برنامه از تنظیمات پیش‌فرض خود استفاده می‌کند.
admin-count = { $count ->
    [one] ۱ مشکل پیدا شد:
   *[other] { $count } مشکل پیدا شد:
}
admin-where = سطر { $line }، ستون { $column }، { $path }:
config-problem-syntax = فایل خوانده نمی‌شود. هیچ چیزی از آن استفاده نمی‌شود. اشتباه نزدیک این سطر را درست کنید:
config-problem-unknown-field = تنظیم ناشناخته، نادیده گرفته شد. املای آن را بررسی کنید.
config-problem-wrong-type = نوع مقدار اشتباه است. نوع مورد انتظار:
config-problem-bad-url = لینک باید با ⁨https://⁩ شروع شود
config-problem-bad-path = لوگو باید مسیر یک فایل عکس در همین سایت باشد، مثلاً ⁨local/logo.svg⁩.
config-problem-unknown-step = قدم مسیر یا موضوع رهنمای ناشناخته، نادیده گرفته شد:
config-problem-unknown-locale = کود زبان ناشناخته یا غیرفعال، نادیده گرفته شد:
config-problem-bad-colour = رنگ باید به شکل ⁨#rrggbb⁩ نوشته شود، مثلاً ⁨#0b5394⁩.
config-problem-low-contrast = این رنگ روی زمینه سفید برای خواندن بسیار روشن است (به ⁨4.5:1⁩ ضرورت دارد). تضاد:
config-problem-out-of-range = عدد بیرون از حد مجاز است. حد مجاز:
config-problem-missing = این تنظیم ضروری موجود نیست، به همین خاطر این بخش نادیده گرفته می‌شود.
config-problem-unknown-country = کشور ناشناخته، به همین خاطر فنلند استفاده می‌شود. برای فنلند ⁨"fi"⁩ و برای سویدن ⁨"se"⁩ بنویسید:
config-problem-bad-id = شناسه شاروالی تنها می‌تواند حروف کوچک ⁨a–z⁩، عددها و خط تیره داشته باشد، و هر شناسه تنها یک بار در لست می‌آید. نادیده گرفته شد:
config-problem-site-only = این تنظیم برای تمام سایت است. آن را در ⁨municipality.toml⁩ بنویسید، نه در فایل خود یک شاروالی.
admin-file-unreadable = این فایل خوانده نشد. بررسی کنید که در فولدر ⁨municipalities/⁩ باشد و نامش همان شناسه‌ای باشد که در ⁨municipality.toml⁩ آمده است.

# The text files part of the settings check page.
admin-texts-title = فایل‌های متن
admin-texts-intro = متن‌ها در فایل‌های ⁨.ftl⁩ هستند. اگر یک مورد اشتباه داشته باشد، از آن گذشته می‌شود و برنامه به جای آن متن انگلیسی را نشان می‌دهد.
admin-texts-checking = فایل‌های متن بررسی می‌شوند…
admin-texts-none = در فایل‌های متن هیچ مشکلی نیست.
admin-texts-where = { $path }، سطر { $line }:
admin-texts-broken = این مورد اشتباه دارد و از آن گذشته می‌شود. متن‌های اطراف آن هنوز کار می‌کنند.
admin-texts-unavailable = این فایل بارگیری نشد.
