# The settings check page for the web admin (#/admin/config-check).
# Reference locale: every other locale must have exactly these keys. It
# loads with that page, not on a first visit.

admin-title = فحص الإعدادات
admin-intro = تعرض هذه الصفحة ما فهمه التطبيق من ملف إعدادات البلدية، ⁨municipality.toml⁩. يتم تجاهل الأجزاء التي فيها مشكلة، ويستخدم التطبيق الإعدادات الافتراضية بدلا منها.
admin-none = لا توجد مشاكل: تم فهم كل الإعدادات.
admin-no-file = لا يوجد ملف إعدادات. يستخدم التطبيق الإعدادات الافتراضية.
admin-count = { $count ->
    [zero] لم نجد أي مشكلة:
    [one] وجدنا مشكلة واحدة:
    [two] وجدنا مشكلتين:
    [few] وجدنا { $count } مشاكل:
    [many] وجدنا { $count } مشكلة:
   *[other] وجدنا { $count } مشكلة:
}
admin-where = السطر { $line }، العمود { $column }، { $path }:
config-problem-syntax = لا يمكن قراءة الملف. لن يتم استخدام أي شيء فيه. صحح الخطأ الموجود قرب هذا السطر:
config-problem-unknown-field = إعداد غير معروف، تم تجاهله. تأكد من أن الاسم مكتوب بشكل صحيح.
config-problem-wrong-type = نوع القيمة غير صحيح. المتوقع:
config-problem-bad-url = يجب أن يبدأ الرابط بـ ⁨https://⁩
config-problem-bad-path = يجب أن يكون الشعار مسار ملف صورة في هذا الموقع، مثلا ⁨local/logo.svg⁩.
config-problem-unknown-step = خطوة غير معروفة في المسار أو موضوع غير معروف في الدليل، تم تجاهله:
config-problem-unknown-locale = رمز لغة غير معروف أو غير مفعّل، تم تجاهله:
config-problem-bad-colour = يجب كتابة اللون بالشكل ⁨#rrggbb⁩، مثلا ⁨#0b5394⁩.
config-problem-low-contrast = اللون فاتح جدا على الخلفية البيضاء، ولا تسهل قراءته (المطلوب 4.5:1). التباين:
config-problem-out-of-range = العدد خارج الحدود المسموح بها. المسموح:
config-problem-missing = هذا الإعداد مطلوب لكنه غير موجود، لذلك يتم تجاهل هذا الجزء.
config-problem-unknown-country = دولة غير معروفة، لذلك يتم استخدام فنلندا. اكتب ⁨"fi"⁩ لفنلندا أو ⁨"se"⁩ للسويد:
config-problem-bad-id = يمكن أن يحتوي معرّف البلدية على أحرف لاتينية صغيرة ⁨a–z⁩ وأرقام وشرطات فقط، ويجب أن يظهر كل معرّف في القائمة مرة واحدة فقط. تم تجاهله:
config-problem-site-only = هذا الإعداد خاص بالموقع كله. اكتبه في ⁨municipality.toml⁩، وليس في الملف الخاص بإحدى البلديات.
admin-file-unreadable = تعذّر قراءة هذا الملف. تأكد من أنه موجود في المجلد ⁨municipalities/⁩ وأن اسمه هو المعرّف المذكور في ⁨municipality.toml⁩.

# The text files part of the settings check page.
admin-texts-title = ملفات النصوص
admin-texts-intro = النصوص موجودة في ملفات ⁨.ftl⁩. إذا كان في مدخل خطأ، يتم تخطيه، ويعرض التطبيق النص الإنجليزي مكانه.
admin-texts-checking = جارٍ فحص ملفات النصوص…
admin-texts-none = لا توجد مشاكل في ملفات النصوص.
admin-texts-where = { $path }، السطر { $line }:
admin-texts-broken = في هذا المدخل خطأ، لذلك يتم تخطيه. النصوص الأخرى ما زالت تعمل.
admin-texts-unavailable = تعذّر تحميل هذا الملف.
