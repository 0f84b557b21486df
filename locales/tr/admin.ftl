# Machine-made translation from English (locales/en/admin.ftl); not yet reviewed by a person.
# The settings check page for the web admin (#/admin/config-check). It
# loads with that page, not on a first visit.

admin-title = Ayarların kontrolü
admin-intro = Bu sayfa, uygulamanın belediyenin ayar dosyası municipality.toml'dan ne anladığını gösterir. Sorunlu kısımlar yok sayılır ve uygulama bu kısımlar için varsayılan ayarlarını kullanır.
admin-none = Sorun yok: tüm ayarlar anlaşıldı.
admin-no-file = Ayar dosyası yok. Uygulama varsayılan ayarlarını kullanıyor.
admin-count = { $count ->
    [one] 1 sorun bulundu:
   *[other] { $count } sorun bulundu:
}
admin-where = Satır { $line }, sütun { $column }, { $path }:
config-problem-syntax = Dosya okunamıyor. Dosyadaki hiçbir şey kullanılmıyor. Bu satırın yakınındaki hatayı düzeltin:
config-problem-unknown-field = Bilinmeyen ayar, yok sayıldı. Yazımı kontrol edin.
config-problem-wrong-type = Yanlış türde değer. Beklenen:
config-problem-bad-url = Bağlantı https:// ile başlamalıdır
config-problem-bad-path = Logo, bu sitedeki bir resim dosyasının yolu olmalıdır, örneğin local/logo.svg.
config-problem-unknown-step = Bilinmeyen yol haritası adımı veya rehber konusu, yok sayıldı:
config-problem-unknown-locale = Bilinmeyen veya etkin olmayan dil kodu, yok sayıldı:
config-problem-bad-colour = Renk #rrggbb biçiminde yazılmalıdır, örneğin #0b5394.
config-problem-low-contrast = Renk, beyaz üzerinde okumak için çok açık (en az 4.5:1 gerekir). Kontrast:
config-problem-out-of-range = Sayı izin verilen aralığın dışında. İzin verilen:
config-problem-missing = Bu zorunlu ayar eksik. Bu yüzden bu kısım yok sayılıyor.
config-problem-unknown-country = Bilinmeyen ülke, bu yüzden Finlandiya kullanılıyor. Finlandiya için "fi", İsveç için "se" yazın:
config-problem-bad-id = Belediye kimliğinde yalnızca a–z küçük harfleri, rakamlar ve kısa çizgiler olabilir. Her kimlik listede yalnızca bir kez bulunur. Yok sayıldı:
config-problem-site-only = Bu ayar sitenin tamamı içindir. Bu ayarı bir belediyenin kendi dosyasına değil, municipality.toml dosyasına yazın.
admin-file-unreadable = Bu dosya okunamadı. Dosyanın municipalities/ klasöründe olduğunu ve adının municipality.toml dosyasında yazılı olan kimlik olduğunu kontrol edin.

# The text files part of the settings check page.
admin-texts-title = Metin dosyaları
admin-texts-intro = Metinler .ftl dosyalarındadır. Hatalı bir girdi atlanır ve uygulama onun yerine İngilizce metni gösterir.
admin-texts-checking = Metin dosyaları kontrol ediliyor…
admin-texts-none = Metin dosyalarında sorun yok.
admin-texts-where = { $path }, satır { $line }:
admin-texts-broken = Bu girdide bir hata var ve girdi atlanıyor. Çevresindeki metinler yine çalışır.
admin-texts-unavailable = Bu dosya yüklenemedi.
