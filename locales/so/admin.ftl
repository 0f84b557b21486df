# The settings check page for the web admin (#/admin/config-check).
# Reference locale: every other locale must have exactly these keys. It
# loads with that page, not on a first visit.

admin-title = Hubinta dejinta
admin-intro = Boggan wuxuu muujinayaa waxa app-ku ka fahmay faylka dejinta ee degmada, municipality.toml. Qaybaha dhibaatada leh waa la iska indha-tiraa, app-kuna wuxuu iyaga u isticmaalaa dejintiisa caadiga ah.
admin-none = Dhibaato ma jirto: dejin kasta waa la fahmay.
admin-no-file = Ma jiro fayl dejin. App-ku wuxuu isticmaalaa dejintiisa caadiga ah.
admin-count = { $count ->
    [one] 1 dhibaato ayaa la helay:
   *[other] { $count } dhibaato ayaa la helay:
}
admin-where = Sadarka { $line }, tiirka { $column }, { $path }:
config-problem-syntax = Faylka lama akhrin karo. Waxa ku jira midna lama isticmaalo. Sax khaladka ku dhow sadarkan:
config-problem-unknown-field = Dejin aan la aqoon, waa la iska indha-tiray. Hubi higaadda.
config-problem-wrong-type = Nooca qiimaha waa khalad. Waxaa la filayay:
config-problem-bad-url = Linkigu waa inuu ku bilaabmaa https://
config-problem-bad-path = Astaanta waa inay noqotaa jidka fayl sawir ah oo ku jira websaydhkan, sida local/logo.svg.
config-problem-unknown-step = Tallaabo waddada ah ama mawduuc hagaha ah oo aan la aqoon, waa la iska indha-tiray:
config-problem-unknown-locale = Koodh luqadeed oo aan la aqoon ama aan la hawlgelin, waa la iska indha-tiray:
config-problem-bad-colour = Midabka waa in loo qoraa sida #rrggbb, tusaale ahaan #0b5394.
config-problem-low-contrast = Midabku aad buu u khafiif yahay si looga akhriyo asal cad (waxaa loo baahan yahay 4.5:1). Farqiga u dhexeeya labada midab:
config-problem-out-of-range = Lambarku wuu ka baxsan yahay xadka. Waxaa la oggol yahay:
config-problem-missing = Dejintan loo baahan yahay ayaa maqan, sidaas darteed qaybtan waa la iska indha-tiray.
config-problem-unknown-country = Waddan aan la aqoon, sidaas darteed Finland ayaa la isticmaalayaa. Qor "fi" haddii ay tahay Finland ama "se" haddii ay tahay Iswiidhan:
config-problem-bad-id = Aqoonsiga degmadu wuxuu ka koobnaan karaa oo keliya xarfaha yaryar a–z, lambarro iyo xarriiqyo (-), aqoonsi kastana liiska hal mar oo keliya ayuu ku jiri karaa. Waa la iska indha-tiray:
config-problem-site-only = Dejintan waxay khusaysaa websaydhka oo dhan. Ku qor municipality.toml, ha ku qorin faylka gaarka ah ee degmo.
admin-file-unreadable = Faylkan lama akhrin karin. Hubi inuu ku jiro galka municipalities/ iyo in magaciisu yahay aqoonsiga ku qoran municipality.toml.

# The text files part of the settings check page.
admin-texts-title = Faylasha qoraalka
admin-texts-intro = Qoraallada waxay ku jiraan faylasha .ftl. Qoraal khalad leh waa la dhaafaa, appkuna meeshiisa wuxuu ku muujiyaa qoraalka Ingiriisiga.
admin-texts-checking = Faylasha qoraalka waa la hubinayaa…
admin-texts-none = Faylasha qoraalka dhib kuma jiro.
admin-texts-where = { $path }, sadarka { $line }:
admin-texts-broken = Qoraalkan khalad ayaa ku jira, waana la dhaafay. Qoraallada kale way shaqeynayaan.
admin-texts-unavailable = Faylkan lama soo dejin karin.
