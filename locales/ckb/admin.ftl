# Machine-made translation from English (locales/en/admin.ftl), not yet checked by a person.
# The settings check page for the web admin (#/admin/config-check).
# It loads with that page, not on a first visit.

admin-title = پشکنینی ڕێکخستنەکان
admin-intro = ئەم لاپەڕەیە پیشان دەدات بەرنامەکە چی لە فایلی ڕێکخستنەکانی شارەوانی، ⁨municipality.toml⁩، تێگەیشتووە. ئەو بەشانەی کێشەیان هەیە پشتگوێ دەخرێن، و بەرنامەکە ڕێکخستنە بنەڕەتییەکانی خۆی لە جیاتییان بەکار دەهێنێت.
admin-none = هیچ کێشەیەک نییە: بەرنامەکە لە هەموو ڕێکخستنەکان تێگەیشت.
admin-no-file = هیچ فایلێکی ڕێکخستن نییە. بەرنامەکە ڕێکخستنە بنەڕەتییەکانی خۆی بەکار دەهێنێت.
admin-count = { $count ->
    [one] 1 کێشە دۆزرایەوە:
   *[other] { $count } کێشە دۆزرانەوە:
}
admin-where = دێڕی { $line }، ستوونی { $column }، { $path }:
config-problem-syntax = فایلەکە ناتوانرێت بخوێندرێتەوە. هیچ شتێکی تێیدا بەکار نایەت. هەڵەکە لە نزیک ئەم دێڕە چاک بکە:
config-problem-unknown-field = ڕێکخستنێکی نەناسراوە، پشتگوێ خرا. ڕێنووسەکەی بپشکنە.
config-problem-wrong-type = جۆری بەهاکە هەڵەیە. چاوەڕوانکراو:
config-problem-bad-url = بەستەرەکە دەبێت بە ⁨https://⁩ دەست پێ بکات
config-problem-bad-path = لۆگۆکە دەبێت ڕێڕەوی فایلێکی وێنە بێت لەم ماڵپەڕەدا، بۆ نموونە ⁨local/logo.svg⁩.
config-problem-unknown-step = هەنگاوی ڕێڕەو یان بابەتی ڕێنمایی نەناسراوە، پشتگوێ خرا:
config-problem-unknown-locale = کۆدی زمانی نەناسراو یان چالاکنەکراو، پشتگوێ خرا:
config-problem-bad-colour = ڕەنگەکە دەبێت بەم شێوەیە بنووسرێت: ⁨#rrggbb⁩، بۆ نموونە ⁨#0b5394⁩.
config-problem-low-contrast = ڕەنگەکە لەسەر سپی زۆر کاڵە بۆ خوێندنەوە (پێویستی بە ⁨4.5:1⁩ هەیە). جیاوازیی ڕووناکی:
config-problem-out-of-range = ژمارەکە لە دەرەوەی سنوورە. ڕێگەپێدراو:
config-problem-missing = ئەم ڕێکخستنە پێویستە بەڵام نییە، بۆیە ئەم بەشە پشتگوێ دەخرێت.
config-problem-unknown-country = وڵاتێکی نەناسراوە، بۆیە فینلاند بەکار دەهێنرێت. بۆ فینلاند ⁨"fi"⁩ و بۆ سوید ⁨"se"⁩ بنووسە:
config-problem-bad-id = ناسێنەری شارەوانی تەنها دەتوانێت پیتی بچووکی ⁨a–z⁩، ژمارە و هێڵی کورت (-) لەخۆ بگرێت، و هەر ناسێنەرێک تەنها یەک جار دەنووسرێت. پشتگوێ خرا:
config-problem-site-only = ئەم ڕێکخستنە بۆ هەموو ماڵپەڕەکەیە. لە ⁨municipality.toml⁩دا بینووسە، نەک لە فایلی تایبەتی شارەوانییەکدا.
admin-file-unreadable = ئەم فایلە نەتوانرا بخوێندرێتەوە. بپشکنە کە لە بوخچەی ⁨municipalities/⁩دایە و ناوەکەی ئەو ناسێنەرەیە کە لە ⁨municipality.toml⁩دا نووسراوە.

# The text files part of the settings check page.
admin-texts-title = فایلەکانی دەق
admin-texts-intro = دەقەکان لە فایلەکانی ⁨.ftl⁩دان. بڕگەیەک کە هەڵەی تێدا بێت تێدەپەڕێنرێت، و بەرنامەکە دەقە ئینگلیزییەکە لە شوێنیدا پیشان دەدات.
admin-texts-checking = پشکنینی فایلەکانی دەق…
admin-texts-none = هیچ کێشەیەک لە فایلەکانی دەقدا نییە.
admin-texts-where = { $path }، دێڕی { $line }:
admin-texts-broken = ئەم بڕگەیە هەڵەی تێدایە و تێدەپەڕێنرێت. دەقەکانی دەوروبەری هێشتا کار دەکەن.
admin-texts-unavailable = نەتوانرا ئەم فایلە بار بکرێت.
