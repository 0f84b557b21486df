# Machine-made translation from English (locales/en/app.ftl); not yet reviewed by a person.
# App interface. Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = Finlandiya'da Yeni
skip-to-content = İçeriğe geç
nav-label = Ana menü
nav-guide = Rehber
nav-language = Dil
nav-municipality = Belediye
nav-municipality-none = Seçilmedi
breadcrumb-label = Şu an buradasınız
footer-privacy = Burada yaptığınız her şey bu cihazda kalır. Hiçbir yere bir şey gönderilmez.
footer-disclaimer = Bu rehber genel bilgi verir. Sizin durumunuz hakkında kararı resmi makamlar verir.
opens-new-tab = yeni sekmede açılır

## Notices
notice-machine = Bu metni bir makine çevirdi. Metinde hatalar olabilir. Anlamadığınız bir şey varsa personele sorun veya resmi web sitesine bakın. Lütfen hataları bize bildirin, böylece onları düzeltebiliriz.
notice-text-gaps = Bazı metinler henüz sizin dilinizde yok. Bu metinler İngilizce gösteriliyor.
notice-checklist-reset = Kaydedilen kontrol listeniz okunamadı. Bu yüzden liste silindi. Lütfen adımlarınızı yeniden işaretleyin.
notice-storage-blocked = Bu tarayıcı, rehberin bir şey kaydetmesine izin vermiyor. Burada yaptıklarınız yalnızca bu sayfayı kapatana kadar saklanır.

## Loading (the first screen, while a page the person chose is on its way)
loading = Yükleniyor…

## Language screen
language-title = Dilinizi seçin
language-intro = Dilinize dokunun. Dili daha sonra üstteki menüden değiştirebilirsiniz.
language-suggested = Bu cihaz için önerilen

## Municipality screen (a site for several municipalities)
municipality-title = Belediyenizi seçin
municipality-intro = Yaşadığınız belediyeyi seçin. Sonra rehber bu belediyenin ofislerini ve yerel bilgileri gösterir. Belediyeyi daha sonra üstteki menüden değiştirebilirsiniz.

## Start page
home-title = Finlandiya'ya hoş geldiniz
home-intro = Bu rehber, Finlandiya'daki ilk aylarınızda size yardım eder. İlk adımlarınızı, kullanabileceğiniz hizmetleri ve nereden yardım alabileceğinizi okuyun.
home-guide-title = Temel bilgiler
home-guide-text = İzinler, { -kela }, iş, sağlık, konut, okul ve daha fazlası.
home-checklist-title = İlk adımlarınız
home-help-title = Nereden yardım alabilirsiniz
home-help-text = Rehberlik ve danışmanlık, yardım hatları ve acil numaralar.
home-privacy = Giriş yapmanız gerekmez. İşaretledikleriniz yalnızca bu cihaza kaydedilir.

## Guide
guide-title = Temel bilgiler
guide-intro = Bir konu seçin veya bir kelime arayın.
guide-all-topics = Tüm konular
search-label = Rehberde ara
search-button = Ara
search-results = { $count ->
    [0] “{ $query }” için hiçbir şey bulunamadı
    [one] “{ $query }” için 1 konu bulundu
   *[other] “{ $query }” için { $count } konu bulundu
}
search-none = Başka bir kelime veya daha kısa bir kelime deneyin.
search-none-help = Nereden yardım alabileceğinize bakın.

## Topic page
topic-back = Tüm konular
topic-steps-heading = Ne yapmalısınız
topic-authority-heading = Kim sorumlu
topic-name-fi = Fincesi
topic-name-sv = İsveççesi
topic-phones-heading = Telefon numaraları
topic-last-checked = Son kontrol: { $date }
read-aloud = Sesli oku
read-aloud-stop = Okumayı durdur
read-aloud-no-voice = Bu cihazda bu dili sesli okuyacak bir ses yok.

## Checklist
checklist-heading = Kontrol listeniz
checklist-progress = { $total } adımdan { $done } tanesi tamamlandı
checklist-read-more = Devamını okuyun

## Not found
not-found-title = Sayfa bulunamadı
not-found-text = Bu sayfayı bulamadık. Bağlantı eski veya yanlış yazılmış olabilir.
not-found-home = Başlangıç sayfasına git
not-found-guide = Rehberin tüm konularına bak

## Local offices (from the municipality's settings)
office-heading = Yerel ofis
office-address = Adres
office-phone = Telefon
office-hours = Çalışma saatleri
office-website = Web sitesi
office-accessibility = Erişilebilirlik
office-languages = Konuşulan diller

## Kiosk (shared device in a service point)
kiosk-finish = Bitir ve sil
kiosk-idle-title = Hâlâ burada mısınız?
kiosk-idle-text = Gizliliğinizi korumak için bu ekrandaki her şey { $seconds } saniye sonra silinecek.
kiosk-still-here = Hâlâ buradayım
kiosk-qr-help = Cevaplarınızı ve yol haritanızı yanınıza almak için bu kodu kendi telefonunuzla tarayın. Bu cihaza hiçbir şey kaydedilmez.
mine-title = Hizmet noktasındaki cevaplarınız
mine-intro = Bunlar, hizmet noktasında verdiğiniz cevaplar ve orada hazırladığınız yol haritası. Henüz bu telefona kaydedilmediler.
mine-save = Bu telefona kaydet

## App updates
update-available = Bu rehberin yeni bir sürümü var.
update-reload = Şimdi güncelle

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Sorular
qn-home-title = Değerlendirmenize hazırlanın
qn-home-text = Görüşmenizden önce becerileriniz ve planlarınız hakkındaki soruları cevaplayın.
qn-deleted = Verileriniz bu cihazdan silindi.
qn-notice-migrated = Kaydedilen cevaplarınız, uygulamanın bu sürümü için güncellendi.
qn-notice-dropped = Kaydedilen bazı cevaplar artık sorulara uymuyordu ve silindi. Lütfen cevaplarınızı kontrol edin.
pw-nav = Yol haritası
