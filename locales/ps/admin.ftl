# Machine-made translation from English (Pashto).
# The settings check page for the web admin (#/admin/config-check):
# exactly the keys of locales/en/admin.ftl. It loads with that page.

admin-title = د تنظیماتو کتنه
admin-intro = دا پاڼه ښيي چې اپلیکیشن د ښاروالۍ د تنظیماتو له فایل، ⁨municipality.toml⁩، څخه څه پوه شوی دی. هغه برخې چې ستونزه لري له پامه غورځول کېږي، او اپلیکیشن د هغو پر ځای خپل اصلي تنظیمات کاروي.
admin-none = هېڅ ستونزه نشته: ټول تنظیمات سم وپېژندل شول.
admin-no-file = د تنظیماتو فایل نشته. اپلیکیشن خپل اصلي تنظیمات کاروي.
admin-count = { $count ->
    [one] ۱ ستونزه وموندل شوه:
   *[other] { $count } ستونزې وموندل شوې:
}
admin-where = کرښه { $line }، ستن { $column }، { $path }:
config-problem-syntax = فایل نشي لوستل کېدای. له هغه څخه هېڅ شی نه کارول کېږي. دې کرښې ته نږدې تېروتنه سمه کړئ:
config-problem-unknown-field = نامعلوم تنظیم، له پامه وغورځول شو. املا یې وګورئ.
config-problem-wrong-type = د ارزښت ډول غلط دی. تمه شوی ډول:
config-problem-bad-url = لینک باید په ⁨https://⁩ پیل شي
config-problem-bad-path = لوګو باید په همدې سایټ کې د یوه انځور فایل ته لار وي، لکه ⁨local/logo.svg⁩.
config-problem-unknown-step = د لارې نامعلوم ګام یا د لارښود نامعلومه موضوع، له پامه وغورځول شو:
config-problem-unknown-locale = د ژبې نامعلوم یا غیر فعال کوډ، له پامه وغورځول شو:
config-problem-bad-colour = رنګ باید د ⁨#rrggbb⁩ په بڼه ولیکل شي، د بېلګې په توګه ⁨#0b5394⁩.
config-problem-low-contrast = دا رنګ په سپینه زمینه د لوستلو لپاره ډېر روښانه دی (لږ تر لږه ⁨4.5:1⁩ پکار دی). د رنګونو توپیر:
config-problem-out-of-range = شمېره له مجاز حد څخه بهر ده. مجاز حد:
config-problem-missing = دا اړین تنظیم نشته، نو دا برخه له پامه غورځول کېږي.
config-problem-unknown-country = نامعلوم هېواد، نو فنلنډ کارول کېږي. د فنلنډ لپاره ⁨"fi"⁩ او د سویډن لپاره ⁨"se"⁩ ولیکئ:
config-problem-bad-id = د ښاروالۍ پېژندونکی یوازې کوچني توري ⁨a–z⁩، شمېرې او لنډې کرښې (-) لرلای شي، او هر پېژندونکی یوازې یو ځل لیکل کېږي. له پامه وغورځول شو:
config-problem-site-only = دا تنظیم د ټول سایټ لپاره دی. هغه په ⁨municipality.toml⁩ کې ولیکئ، نه د یوې ښاروالۍ په خپل فایل کې.
admin-file-unreadable = دا فایل ونه لوستل شو. وګورئ چې دا په ⁨municipalities/⁩ فولډر کې دی او نوم یې هماغه پېژندونکی دی چې په ⁨municipality.toml⁩ کې لیکل شوی دی.

# The text files part of the settings check page.
admin-texts-title = د متن فایلونه
admin-texts-intro = متنونه په ⁨.ftl⁩ فایلونو کې دي. هغه برخه چې تېروتنه ولري پرېښودل کېږي، او اپلیکیشن د هغې پر ځای انګلیسي متن ښيي.
admin-texts-checking = د متن فایلونه کتل کېږي…
admin-texts-none = د متن په فایلونو کې هېڅ ستونزه نشته.
admin-texts-where = { $path }، کرښه { $line }:
admin-texts-broken = په دې برخه کې تېروتنه ده او پرېښودل کېږي. د هغې شاوخوا متنونه لا هم کار کوي.
admin-texts-unavailable = دا فایل بار نه شو.
