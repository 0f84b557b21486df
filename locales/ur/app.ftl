# Machine-made translation from English (Urdu). App interface: the keys are those of locales/en/app.ftl.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = فن لینڈ میں نئے
skip-to-content = اصل مواد پر جائیں
nav-label = مرکزی مینو
nav-guide = رہنما
nav-language = زبان
nav-municipality = بلدیہ
nav-municipality-none = منتخب نہیں
breadcrumb-label = آپ یہاں ہیں
footer-privacy = آپ یہاں جو کچھ کرتے ہیں وہ صرف اسی آلے پر رہتا ہے۔ کچھ بھی کہیں نہیں بھیجا جاتا۔
footer-disclaimer = یہ رہنما عام معلومات دیتا ہے۔ آپ کے معاملے کا فیصلہ سرکاری ادارے کرتے ہیں۔
opens-new-tab = نئے ٹیب میں کھلتا ہے

## Notices
notice-machine = اس متن کا ترجمہ مشین نے کیا ہے اور اس میں غلطیاں ہو سکتی ہیں۔ اگر کوئی بات واضح نہ ہو تو عملے سے پوچھیں یا سرکاری ویب سائٹ دیکھیں۔ براہِ کرم ہمیں غلطیوں کے بارے میں بتائیں تاکہ ہم انہیں درست کر سکیں۔
notice-text-gaps = کچھ متن ابھی آپ کی زبان میں دستیاب نہیں ہیں۔ وہ انگریزی میں دکھائے جاتے ہیں۔
notice-checklist-reset = آپ کی محفوظ کی ہوئی فہرست پڑھی نہیں جا سکی، اس لیے اسے صاف کر دیا گیا۔ براہِ کرم اپنے مراحل پر دوبارہ نشان لگائیں۔
notice-storage-blocked = یہ براؤزر رہنما کو کچھ بھی محفوظ کرنے نہیں دیتا۔ آپ یہاں جو کچھ کرتے ہیں وہ صرف اس وقت تک رہتا ہے جب تک آپ یہ صفحہ بند نہیں کرتے۔

## Loading (the first screen, while a page the person chose is on its way)
loading = لوڈ ہو رہا ہے…

## Language screen
language-title = اپنی زبان چنیں
language-intro = اپنی زبان پر ٹیپ کریں۔ آپ اسے بعد میں اوپر والے مینو سے بدل سکتے ہیں۔
language-suggested = اس آلے کے لیے تجویز کردہ

## Municipality screen (a site for several municipalities)
municipality-title = اپنی بلدیہ چنیں
municipality-intro = وہ بلدیہ چنیں جہاں آپ رہتے ہیں۔ پھر رہنما اس کے دفاتر اور مقامی معلومات دکھاتا ہے۔ آپ اسے بعد میں اوپر والے مینو سے بدل سکتے ہیں۔

## Start page
home-title = فن لینڈ میں خوش آمدید
home-intro = یہ رہنما فن لینڈ میں آپ کے پہلے مہینوں میں آپ کی مدد کرتا ہے۔ اپنے پہلے اقدامات کے بارے میں، ان خدمات کے بارے میں جو آپ استعمال کر سکتے ہیں، اور اس بارے میں پڑھیں کہ مدد کہاں سے ملتی ہے۔
home-guide-title = بنیادی معلومات
home-guide-text = اجازت نامے، { -kela }، کام، صحت، رہائش، اسکول اور بہت کچھ۔
home-checklist-title = آپ کے پہلے اقدامات
home-help-title = مدد کہاں سے ملے
home-help-text = رہنمائی اور مشاورت، ہیلپ لائنیں اور ہنگامی نمبر۔
home-privacy = آپ کو لاگ اِن کرنے کی ضرورت نہیں۔ آپ جن چیزوں پر نشان لگاتے ہیں وہ صرف اسی آلے پر محفوظ ہوتی ہیں۔

## Guide
guide-title = بنیادی معلومات
guide-intro = کوئی موضوع چنیں، یا کوئی لفظ تلاش کریں۔
guide-all-topics = تمام موضوعات
search-label = رہنما میں تلاش کریں
search-button = تلاش کریں
search-results = { $count ->
    [0] “{ $query }” کے لیے کچھ نہیں ملا
    [one] “{ $query }” کے لیے 1 موضوع ملا
   *[other] “{ $query }” کے لیے { $count } موضوعات ملے
}
search-none = کوئی اور لفظ آزمائیں، یا کوئی چھوٹا لفظ۔
search-none-help = دیکھیں کہ مدد کہاں سے ملتی ہے۔

## Topic page
topic-back = تمام موضوعات
topic-steps-heading = کیا کرنا ہے
topic-authority-heading = ذمہ دار کون ہے
topic-name-fi = فننش زبان میں
topic-name-sv = سویڈش زبان میں
topic-phones-heading = ٹیلیفون نمبر
topic-last-checked = آخری بار جانچا گیا: { $date }
read-aloud = بلند آواز سے پڑھیں
read-aloud-stop = پڑھنا بند کریں
read-aloud-no-voice = اس آلے میں یہ زبان بلند آواز سے پڑھنے کے لیے کوئی آواز نہیں ہے۔

## Checklist
checklist-heading = آپ کی فہرست
checklist-progress = { $total } میں سے { $done } مراحل مکمل
checklist-read-more = مزید پڑھیں

## Not found
not-found-title = صفحہ نہیں ملا
not-found-text = ہمیں یہ صفحہ نہیں ملا۔ ہو سکتا ہے لنک پرانا ہو یا غلط لکھا گیا ہو۔
not-found-home = پہلے صفحے پر جائیں
not-found-guide = رہنما کے تمام موضوعات دیکھیں

## Local offices (from the municipality's settings)
office-heading = مقامی دفتر
office-address = پتہ
office-phone = ٹیلیفون
office-hours = کھلنے کے اوقات
office-website = ویب سائٹ
office-accessibility = رسائی کی سہولت
office-languages = بولی جانے والی زبانیں

## Kiosk (shared device in a service point)
kiosk-finish = ختم کریں اور صاف کریں
kiosk-idle-title = کیا آپ ابھی تک یہاں ہیں؟
kiosk-idle-text = آپ کی رازداری کی حفاظت کے لیے، اس اسکرین پر موجود سب کچھ { $seconds } سیکنڈ میں صاف کر دیا جائے گا۔
kiosk-still-here = میں ابھی تک یہاں ہوں
kiosk-qr-help = اپنے جوابات اور اپنا راستہ ساتھ لے جانے کے لیے یہ کوڈ اپنے فون سے اسکین کریں۔ اس آلے پر کچھ بھی محفوظ نہیں ہوتا۔
mine-title = سروس پوائنٹ سے آپ کے جوابات
mine-intro = یہ وہ جوابات اور وہ راستہ ہیں جو آپ نے سروس پوائنٹ پر بنائے۔ یہ ابھی اس فون پر محفوظ نہیں ہیں۔
mine-save = اس فون پر محفوظ کریں

## App updates
update-available = اس رہنما کا نیا ورژن دستیاب ہے۔
update-reload = ابھی اپ ڈیٹ کریں

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = سوالات
qn-home-title = اپنے جائزے کی تیاری کریں
qn-home-text = اپنی ملاقات سے پہلے اپنی مہارتوں اور منصوبوں کے بارے میں سوالات کے جواب دیں۔
qn-deleted = آپ کا ڈیٹا اس آلے سے مٹا دیا گیا۔
qn-notice-migrated = آپ کے محفوظ کیے ہوئے جوابات ایپ کے اس ورژن کے لیے تازہ کر دیے گئے۔
qn-notice-dropped = کچھ محفوظ کیے ہوئے جوابات اب سوالات سے میل نہیں کھاتے تھے، اس لیے انہیں ہٹا دیا گیا۔ براہِ کرم اپنے جوابات جانچ لیں۔
pw-nav = راستہ
