# App interface. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = جديد في فنلندا
skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-guide = الدليل
nav-language = اللغة
nav-municipality = البلدية
nav-municipality-none = لم يتم الاختيار
breadcrumb-label = أنت هنا
footer-privacy = كل ما تفعله هنا يبقى على هذا الجهاز. لا يتم إرسال أي شيء إلى أي مكان.
footer-disclaimer = هذا الدليل يعطي معلومات عامة. الجهات الرسمية هي التي تقرر في حالتك.
opens-new-tab = يفتح في علامة تبويب جديدة

## Notices
notice-machine = هذا النص ترجمة آلية، وقد يكون فيه أخطاء. إذا كان شيء غير واضح، اسأل الموظفين أو راجع الموقع الرسمي. من فضلك أخبرنا عن الأخطاء لكي نصححها.
notice-text-gaps = بعض النصوص غير متوفرة بلغتك حتى الآن. نعرضها باللغة الإنجليزية.
notice-checklist-reset = لم نستطع قراءة قائمة الخطوات المحفوظة، لذلك حذفناها. من فضلك ضع علامة على خطواتك مرة أخرى.
notice-storage-blocked = هذا المتصفح لا يسمح للدليل بحفظ أي شيء. ما تفعله هنا يبقى فقط حتى تغلق هذه الصفحة.

## Loading (the first screen, while a page the person chose is on its way)
loading = جارٍ التحميل…

## Language screen
language-title = اختر لغتك
language-intro = اضغط على لغتك. يمكنك تغييرها لاحقا من القائمة في الأعلى.
language-suggested = مقترحة لهذا الجهاز

## Municipality screen (a site for several municipalities)
municipality-title = اختر بلديتك
municipality-intro = اختر البلدية التي تسكن فيها. بعد ذلك يعرض الدليل مكاتبها ومعلومات محلية. يمكنك تغييرها لاحقا من القائمة في الأعلى.

## Start page
home-title = مرحبا بك في فنلندا
home-intro = هذا الدليل يساعدك في أشهرك الأولى في فنلندا. اقرأ عن خطواتك الأولى، وعن الخدمات التي يمكنك استخدامها، وأين تجد المساعدة.
home-guide-title = معلومات أساسية
home-guide-text = التصاريح، { -kela }، العمل، الصحة، السكن، المدرسة وغير ذلك.
home-checklist-title = خطواتك الأولى
home-help-title = أين تجد المساعدة
home-help-text = التوجيه والإرشاد، خطوط المساعدة الهاتفية وأرقام الطوارئ.
home-privacy = لا تحتاج إلى تسجيل الدخول. العلامات التي تضعها تبقى محفوظة على هذا الجهاز فقط.

## Guide
guide-title = معلومات أساسية
guide-intro = اختر موضوعا، أو ابحث عن كلمة.
guide-all-topics = كل المواضيع
search-label = ابحث في الدليل
search-button = بحث
search-results = { $count ->
    [0] لم نجد شيئا عن «{ $query }»
    [zero] لم نجد شيئا عن «{ $query }»
    [one] وجدنا موضوعا واحدا عن «{ $query }»
    [two] وجدنا موضوعين عن «{ $query }»
    [few] وجدنا { $count } مواضيع عن «{ $query }»
    [many] وجدنا { $count } موضوعا عن «{ $query }»
   *[other] وجدنا { $count } موضوع عن «{ $query }»
}
search-none = جرب كلمة أخرى، أو كلمة أقصر.
search-none-help = انظر أين تجد المساعدة.

## Topic page
topic-back = كل المواضيع
topic-steps-heading = ماذا تفعل
topic-authority-heading = الجهة المسؤولة
topic-name-fi = بالفنلندية
topic-name-sv = بالسويدية
topic-phones-heading = أرقام الهاتف
topic-last-checked = آخر مراجعة: { $date }
read-aloud = القراءة بصوت عال
read-aloud-stop = إيقاف القراءة
read-aloud-no-voice = لا يوجد في هذا الجهاز صوت يقرأ هذه اللغة بصوت عال.

## Checklist
checklist-heading = قائمة خطواتك
checklist-progress = الخطوات المنجزة: { $done } من { $total }
checklist-read-more = اقرأ المزيد

## Not found
not-found-title = الصفحة غير موجودة
not-found-text = لم نجد هذه الصفحة. ربما الرابط قديم أو فيه خطأ في الكتابة.
not-found-home = اذهب إلى صفحة البداية
not-found-guide = انظر كل مواضيع الدليل

## Local offices (from the municipality's settings)
office-heading = المكتب المحلي
office-address = العنوان
office-phone = الهاتف
office-hours = ساعات العمل
office-website = الموقع الإلكتروني
office-accessibility = إمكانية الوصول
office-languages = اللغات التي يتكلمها الموظفون

## Kiosk (shared device in a service point)
kiosk-finish = أنهِ وامسح كل شيء
kiosk-idle-title = هل ما زلت هنا؟
kiosk-idle-text = لحماية خصوصيتك، سيُمسح كل ما على هذه الشاشة قريبًا. الثواني المتبقية: { $seconds }
kiosk-still-here = ما زلت هنا
kiosk-qr-help = امسح هذا الرمز بهاتفك لتأخذ إجاباتك ومسارك معك. لا يتم حفظ أي شيء على هذا الجهاز.
mine-title = إجاباتك من نقطة الخدمة
mine-intro = هذه هي الإجابات والمسار الذي أعددته في نقطة الخدمة. لم يتم حفظها على هذا الهاتف بعد.
mine-save = احفظ على هذا الهاتف

## App updates
update-available = يتوفر إصدار جديد من هذا الدليل.
update-reload = حدّث الآن

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = الأسئلة
qn-home-title = استعد للتقييم
qn-home-text = أجب عن أسئلة عن مهاراتك وخططك قبل لقائك.
qn-deleted = تم حذف بياناتك من هذا الجهاز.
qn-notice-migrated = تم تحديث إجاباتك المحفوظة لتناسب هذا الإصدار من التطبيق.
qn-notice-dropped = بعض الإجابات المحفوظة لم تعد تناسب الأسئلة، وتم حذفها. من فضلك راجع إجاباتك.
pw-nav = المسار
