# Machine-made translation from English (Urdu). The settings check page for the web admin (#/admin/config-check).
# The keys are those of locales/en/admin.ftl. It loads with that page, not on a first visit.

admin-title = ترتیبات کی جانچ
admin-intro = یہ صفحہ دکھاتا ہے کہ ایپ نے بلدیہ کی ترتیبات کی فائل ⁨municipality.toml⁩ سے کیا سمجھا۔ جن حصوں میں کوئی مسئلہ ہو انہیں نظر انداز کیا جاتا ہے، اور ایپ ان کی جگہ اپنی پہلے سے طے شدہ ترتیبات استعمال کرتی ہے۔
admin-none = کوئی مسئلہ نہیں: ہر ترتیب سمجھ لی گئی۔
admin-no-file = ترتیبات کی کوئی فائل نہیں ہے۔ ایپ اپنی پہلے سے طے شدہ ترتیبات استعمال کرتی ہے۔
admin-count = { $count ->
    [one] 1 مسئلہ ملا:
   *[other] { $count } مسائل ملے:
}
admin-where = سطر { $line }، کالم { $column }، { $path }:
config-problem-syntax = فائل پڑھی نہیں جا سکتی۔ اس میں سے کچھ بھی استعمال نہیں ہوتا۔ اس سطر کے قریب غلطی درست کریں:
config-problem-unknown-field = نامعلوم ترتیب، نظر انداز کی گئی۔ ہجے جانچیں۔
config-problem-wrong-type = قدر کی قسم غلط ہے۔ متوقع قسم:
config-problem-bad-url = لنک ⁨https://⁩ سے شروع ہونا چاہیے
config-problem-bad-path = لوگو اس سائٹ میں کسی تصویری فائل کا راستہ ہونا چاہیے، جیسے ⁨local/logo.svg⁩۔
config-problem-unknown-step = راستے کا نامعلوم مرحلہ یا رہنما کا نامعلوم موضوع، نظر انداز کیا گیا:
config-problem-unknown-locale = نامعلوم یا غیر فعال زبان کا کوڈ، نظر انداز کیا گیا:
config-problem-bad-colour = رنگ ⁨#rrggbb⁩ کی صورت میں لکھا جانا چاہیے، مثلاً ⁨#0b5394⁩۔
config-problem-low-contrast = سفید پر پڑھنے کے لیے رنگ بہت ہلکا ہے (⁨4.5:1⁩ چاہیے)۔ تضاد:
config-problem-out-of-range = نمبر اجازت شدہ حد سے باہر ہے۔ اجازت ہے:
config-problem-missing = یہ لازمی ترتیب موجود نہیں، اس لیے یہ حصہ نظر انداز کیا جاتا ہے۔
config-problem-unknown-country = نامعلوم ملک، اس لیے فن لینڈ استعمال کیا جاتا ہے۔ فن لینڈ کے لیے ⁨"fi"⁩ یا سویڈن کے لیے ⁨"se"⁩ لکھیں:
config-problem-bad-id = بلدیہ کے شناختی کوڈ میں صرف چھوٹے حروف ⁨a–z⁩، ہندسے اور ہائفن ہو سکتے ہیں، اور ہر شناختی کوڈ صرف ایک بار درج ہوتا ہے۔ نظر انداز کیا گیا:
config-problem-site-only = یہ ترتیب پوری سائٹ کے لیے ہے۔ اسے ⁨municipality.toml⁩ میں لکھیں، کسی بلدیہ کی اپنی فائل میں نہیں۔
admin-file-unreadable = یہ فائل پڑھی نہیں جا سکی۔ جانچیں کہ یہ ⁨municipalities/⁩ فولڈر میں ہے اور اس کا نام وہی شناختی کوڈ ہے جو ⁨municipality.toml⁩ میں درج ہے۔

# The text files part of the settings check page.
admin-texts-title = متن کی فائلیں
admin-texts-intro = متن ⁨.ftl⁩ فائلوں میں ہیں۔ جس اندراج میں غلطی ہو اسے چھوڑ دیا جاتا ہے، اور ایپ اس کی جگہ انگریزی متن دکھاتی ہے۔
admin-texts-checking = متن کی فائلیں جانچی جا رہی ہیں…
admin-texts-none = متن کی فائلوں میں کوئی مسئلہ نہیں۔
admin-texts-where = { $path }، سطر { $line }:
admin-texts-broken = اس اندراج میں غلطی ہے اور اسے چھوڑ دیا گیا ہے۔ اس کے آس پاس کے متن پھر بھی کام کرتے ہیں۔
admin-texts-unavailable = یہ فائل لوڈ نہیں کی جا سکی۔
