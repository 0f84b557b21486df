# Machine-made translation from English (locales/en/app.ftl), not yet checked by a person.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = تازە لە فینلاند
skip-to-content = بڕۆ بۆ ناوەڕۆک
nav-label = لیستی سەرەکی
nav-guide = ڕێنمایی
nav-language = زمان
nav-municipality = شارەوانی
nav-municipality-none = هەڵنەبژێردراوە
breadcrumb-label = تۆ لێرەیت
footer-privacy = هەرچی لێرە دەیکەیت تەنها لەسەر ئەم ئامێرە دەمێنێتەوە. هیچ شتێک بۆ هیچ شوێنێک نانێردرێت.
footer-disclaimer = ئەم ڕێنماییە زانیاریی گشتی دەدات. دەزگا فەرمییەکان بڕیار لەسەر دۆسیەکەت دەدەن.
opens-new-tab = لە تابێکی نوێدا دەکرێتەوە

## Notices
notice-machine = ئەم دەقە بە ئامێر وەرگێڕدراوە و لەوانەیە هەڵەی تێدا بێت. ئەگەر شتێک ڕوون نییە، پرسیار لە کارمەندان بکە یان سەیری ماڵپەڕە فەرمییەکە بکە. تکایە هەڵەکانمان پێ بڵێ بۆ ئەوەی چاکیان بکەین.
notice-text-gaps = هەندێک دەق هێشتا بە زمانی تۆ ئامادە نین. ئەو دەقانە بە ئینگلیزی پیشان دەدرێن.
notice-checklist-reset = لیستی هەنگاوە پاشەکەوتکراوەکانت نەتوانرا بخوێندرێتەوە، بۆیە سڕایەوە. تکایە دووبارە نیشانە لە هەنگاوەکانت بدە.
notice-storage-blocked = ئەم وێبگەڕە ڕێگە نادات ڕێنماییەکە هیچ شتێک پاشەکەوت بکات. ئەوەی لێرە دەیکەیت تەنها تا داخستنی ئەم لاپەڕەیە دەمێنێتەوە.

## Loading (the first screen, while a page the person chose is on its way)
loading = بار دەکرێت…

## Language screen
language-title = زمانەکەت هەڵبژێرە
language-intro = دەست لە زمانەکەت بدە. دواتر دەتوانیت لە لیستی سەرەوەی لاپەڕەکە بیگۆڕیت.
language-suggested = پێشنیارکراو بۆ ئەم ئامێرە

## Municipality screen (a site for several municipalities)
municipality-title = شارەوانییەکەت هەڵبژێرە
municipality-intro = ئەو شارەوانییە هەڵبژێرە کە تێیدا دەژیت. پاشان ڕێنماییەکە نووسینگەکانی و زانیاریی ناوچەیی پیشان دەدات. دواتر دەتوانیت لە لیستی سەرەوەی لاپەڕەکە بیگۆڕیت.

## Start page
home-title = بەخێربێیت بۆ فینلاند
home-intro = ئەم ڕێنماییە لە یەکەم مانگەکانی ژیانت لە فینلاند یارمەتیت دەدات. دەربارەی یەکەم هەنگاوەکانت، ئەو خزمەتگوزارییانەی دەتوانیت بەکاریان بهێنیت و ئەو شوێنانەی یارمەتییان لێ وەردەگریت بخوێنەوە.
home-guide-title = زانیاریی بنەڕەتی
home-guide-text = مۆڵەتەکان، { -kela }، کار، تەندروستی، نیشتەجێبوون، قوتابخانە و زیاتر.
home-checklist-title = یەکەم هەنگاوەکانت
home-help-title = لە کوێ یارمەتی وەربگریت
home-help-text = ڕێنمایی و ڕاوێژ، هێڵە تەلەفۆنییەکانی یارمەتی و ژمارەکانی فریاگوزاری.
home-privacy = پێویست ناکات بچیتە ناو هەژمارێک. ئەوەی نیشانەی لێ دەدەیت تەنها لەسەر ئەم ئامێرە پاشەکەوت دەکرێت.

## Guide
guide-title = زانیاریی بنەڕەتی
guide-intro = بابەتێک هەڵبژێرە، یان بە دوای وشەیەکدا بگەڕێ.
guide-all-topics = هەموو بابەتەکان
search-label = گەڕان لە ڕێنماییەکەدا
search-button = گەڕان
search-results = { $count ->
    [0] هیچ شتێک بۆ «{ $query }» نەدۆزرایەوە
    [one] 1 بابەت بۆ «{ $query }» دۆزرایەوە
   *[other] { $count } بابەت بۆ «{ $query }» دۆزرانەوە
}
search-none = وشەیەکی تر تاقی بکەرەوە، یان وشەیەکی کورتتر.
search-none-help = ببینە لە کوێ یارمەتی وەردەگریت.

## Topic page
topic-back = هەموو بابەتەکان
topic-steps-heading = چی بکەیت
topic-authority-heading = کێ بەرپرسە
topic-name-fi = بە فینلەندی
topic-name-sv = بە سویدی
topic-phones-heading = ژمارە تەلەفۆنەکان
topic-last-checked = دوایین پشکنین: { $date }
read-aloud = بە دەنگی بەرز بیخوێنەوە
read-aloud-stop = خوێندنەوە ڕاگرە
read-aloud-no-voice = ئەم ئامێرە دەنگێکی نییە بۆ خوێندنەوەی ئەم زمانە بە دەنگی بەرز.

## Checklist
checklist-heading = لیستی هەنگاوەکانت
checklist-progress = { $done } لە { $total } هەنگاو کراون
checklist-read-more = زیاتر بخوێنەوە

## Not found
not-found-title = لاپەڕەکە نەدۆزرایەوە
not-found-text = ئەم لاپەڕەیەمان نەدۆزییەوە. لەوانەیە بەستەرەکە کۆن بێت یان بە هەڵە نووسرابێت.
not-found-home = بڕۆ بۆ لاپەڕەی سەرەتا
not-found-guide = هەموو بابەتەکانی ڕێنمایی ببینە

## Local offices (from the municipality's settings)
office-heading = نووسینگەی ناوچەیی
office-address = ناونیشان
office-phone = تەلەفۆن
office-hours = کاتەکانی کارکردن
office-website = ماڵپەڕ
office-accessibility = دەستڕاگەیشتن
office-languages = ئەو زمانانەی قسەیان پێ دەکرێت

## Kiosk (shared device in a service point)
kiosk-finish = تەواوکردن و سڕینەوە
kiosk-idle-title = هێشتا لێرەیت؟
kiosk-idle-text = بۆ پاراستنی تایبەتمەندیت، هەموو شتێک لەسەر ئەم شاشەیە لە ماوەی { $seconds } چرکەدا دەسڕێتەوە.
kiosk-still-here = هێشتا لێرەم
kiosk-qr-help = ئەم کۆدە بە مۆبایلەکەی خۆت سکان بکە بۆ ئەوەی وەڵامەکان و ڕێڕەوەکەت لەگەڵ خۆت ببەیت. هیچ شتێک لەسەر ئەم ئامێرە پاشەکەوت ناکرێت.
mine-title = وەڵامەکانت لە بنکەی خزمەتگوزارییەوە
mine-intro = ئەمانە ئەو وەڵام و ڕێڕەوەن کە لە بنکەی خزمەتگوزاری دروستت کردن. هێشتا لەسەر ئەم مۆبایلە پاشەکەوت نەکراون.
mine-save = لەسەر ئەم مۆبایلە پاشەکەوتی بکە

## App updates
update-available = وەشانێکی نوێی ئەم ڕێنماییە ئامادەیە.
update-reload = ئێستا نوێی بکەرەوە

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = پرسیارەکان
qn-home-title = خۆت بۆ هەڵسەنگاندنەکەت ئامادە بکە
qn-home-text = پێش دیدارەکەت، وەڵامی پرسیارەکان دەربارەی توانا و پلانەکانت بدەرەوە.
qn-deleted = زانیارییەکانت لەم ئامێرە سڕانەوە.
qn-notice-migrated = وەڵامە پاشەکەوتکراوەکانت بۆ ئەم وەشانەی بەرنامەکە نوێ کرانەوە.
qn-notice-dropped = هەندێک لە وەڵامە پاشەکەوتکراوەکانت چیتر لەگەڵ پرسیارەکان ناگونجێن و لابران. تکایە سەیری وەڵامەکانت بکە.
pw-nav = ڕێڕەو
