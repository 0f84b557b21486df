# Machine-made translation from English (locales/en/pathway.ftl); not yet reviewed by a person.
# Suggested pathway, print, and the caseworker's view. Variables in braces, like { $date }, are filled in by the app: keep them as they are.

## Pathway page
pw-title = Önerilen yol haritanız
pw-intro = Bu adımlar cevaplarınıza göre önerilmiştir. Önce şimdi yapmanız gerekenler, ardından daha sonra yapılacaklar gelir.
pw-disclaimer = Bu, kendi hazırladığınız bir öneridir. Bir karar değildir. Hizmetlerinize değerlendirmede resmi makam sizinle birlikte karar verir.
pw-no-answers = Soruları henüz cevaplamadınız. Önce onları cevaplayın, sonra size özel bir yol haritası alırsınız.
pw-start-questions = Soruları cevaplayın
pw-because = Çünkü şunu cevapladınız:
pw-for-everyone = Finlandiya'ya yaşamak için taşınan herkese önerilir.
pw-where = Nereye gidilir:
pw-source = Resmi kaynak:
# After a step's sources: the day they were last checked. { $date } is a formatted date.
source-checked = kontrol tarihi: { $date }
pw-check-answers = Cevaplarınızı kontrol edin veya değiştirin
timing-now = Bunu şimdi yapın
timing-soon = Önümüzdeki aylarda
timing-later = Daha sonra

## Taking it with you
pw-take-heading = Bunu yanınıza alın
pw-take-intro = Cevaplarınızı ve bu yol haritasını randevunuzda gösterin. Bir yöntem seçin.
pw-print = Yazdır
pw-save = Dosya olarak kaydet
pw-share = Paylaş
pw-show-qr = QR kodunu göster
pw-hide-qr = QR kodunu gizle
pw-qr-help = Görevli, cevaplarınızı Fince veya İsveççe görmek için bu kodu tarayabilir. Bir kopyasını saklamak için kodu kendi telefonunuzla da tarayabilirsiniz. Cevaplarınız kodun içindedir: hiçbir yere bir şey gönderilmez.
pw-qr-label = Cevaplarınızı içeren QR kodu
pw-saved = Dosya kaydedildi. Dosyayı indirilenler klasörünüzde arayın.
pw-share-failed = Paylaşma bu cihazda çalışmadı. Bunun yerine dosyayı kaydedebilirsiniz.

## Print
print-title = Cevaplar ve önerilen yol haritası
print-caseworker-language = Görevli için ikinci dil:
print-self-reported = Kişi bu bilgileri değerlendirmeden önce kendisi verdi. Yol haritası bir öneridir, karar değildir.
print-prepared = Hazırlanma tarihi: { $date }
print-answers = Cevaplar
print-pathway = Önerilen yol haritası
print-button = Bu sayfayı yazdır
print-back = Yol haritanıza geri dönün

## Caseworker view
hv-title = Değerlendirme için cevaplar
hv-self-reported = Kişi bu soruları değerlendirmeden önce tek başına cevapladı. Cevaplar kişinin kendi beyanıdır. Yol haritası, uygulamanın cevaplardan hazırladığı bir öneridir, karar değildir.
hv-prepared = Hazırlanma tarihi: { $date }. Kişinin dili: { $language }.
hv-municipality = Belediye: { $name }
hv-language = Şu dilde göster:
hv-show-person = Kişinin dilini de göster
hv-hide-person = Kişinin dilini gizle
hv-print = Yazdır
hv-nothing-stored = Bu sayfadaki hiçbir şey bu cihaza kaydedilmez.
hv-dropped = Bazı cevaplar okunamadı. Bu cevaplar uygulamanın başka bir sürümüyle verilmiş olabilir.
hv-load-title = Kaydedilmiş cevapları aç
hv-load-intro = Bu uygulamadan kaydedilmiş bir dosya seçin. Dosyanın adı .json ile biter.
hv-load-label = Cevapların olduğu dosya
hv-error-title = Bu cevaplar açılamıyor
hv-try-file = Bunun yerine kaydedilmiş bir dosya açın

## Errors in links and files
handover-error-empty = Bağlantı veya dosya boş.
handover-error-too-large = Dosya, bir cevap dosyası olamayacak kadar büyük. Doğru dosyayı seçtiğinizi kontrol edin.
handover-error-malformed = Bağlantı veya dosya bozuk. Kişiden QR kodunu yeniden göstermesini veya yeni bir dosya kaydetmesini isteyin.
handover-error-newer = Bu cevaplar uygulamanın daha yeni bir sürümüyle verildi. Uygulamayı güncelleyin (sayfayı yeniden yükleyin) ve tekrar deneyin.
handover-error-checksum = Bağlantı veya dosya değiştirilmiş ya da bozulmuş. Bu yüzden ona güvenilemez. Yenisini isteyin.
handover-error-truncated = Bağlantının veya dosyanın bir kısmı eksik. Yenisini isteyin.
handover-error-not-json = Bu, bu uygulamadan kaydedilmiş bir dosya değil.
handover-error-not-handover = Bu dosyada bu uygulamadan cevaplar yok.

## Steps: urgent
step-urgent-safety-title = Tehlikedeyseniz 112'yi arayın
step-urgent-safety-text = Siz veya aileniz şu anda tehlikedeyseniz 112'yi arayın. Polisten, bir sığınma evinden veya bir yardım hattından da yardım isteyebilirsiniz. Bu ücretsizdir.
step-urgent-housing-title = Konut için bugün yardım isteyin
step-urgent-housing-text = Yaşadığınız { -hyvinvointialue(case: "genitive") } sosyal hizmetleriyle bugün iletişime geçin ve yaşayacak güvenli bir yeriniz olmadığını söyleyin. Belediyenize de söyleyin.
step-urgent-money-title = Para için yardım isteyin
step-urgent-money-text = Yiyecek veya faturalar için paranız yoksa temel sosyal yardım için { -kela(case: "dative") } başvurun. Acil bir durumda sosyal hizmetler size yardım edebilir.
step-urgent-health-title = Sağlık hizmeti alın
step-urgent-health-text = Sağlık merkezinizle iletişime geçin. Tedaviye hemen ihtiyacınız varsa 116 117 numaralı { -paivystysapu(case: "accusative") } arayın. Bu hat çoğu bölgede çalışır: 116117.fi adresinden bakın. Acil bir durumda 112'yi arayın.
step-urgent-family-title = Ailenizi yanınıza getirmeyi sorun
step-urgent-family-text = Aile birleşiminin kendi kuralları ve süreleri vardır. Bunlara migri.fi adresinden bakın ve erkenden danışmanlık isteyin.
step-urgent-legal-title = Hukuki danışmanlık isteyin
step-urgent-legal-text = Hukuki danışmanlığı nereden alabileceğinizi rehberlik ve danışmanlık hizmetlerine sorun. Bazı danışmanlıklar ücretsizdir.

## Steps: first steps
step-register-dvv-title = Adresinizi { -dvv(case: "dative") } kaydettirin
step-register-dvv-text = Bir ikamet belediyeniz olması için { -dvv(case: "locative") } kayıt yaptırın. Birçok hizmetin buna ihtiyacı vardır.
step-first-identity-code-title = Kişisel kimlik numarası alın
step-first-identity-code-text = Kişisel kimlik numaranız çoğu zaman oturma izni kartınızda zaten yazılıdır. Yazılı değilse, { -dvv(case: "locative") } kayıt yaptırdığınızda alırsınız. Bu numaraya bankada, { -kela(case: "locative") } ve sağlık hizmetlerinde ihtiyacınız olur.
step-first-kela-title = Sosyal güvenliği { -kela(case: "dative") } sorun
step-first-kela-text = OmaKela'da { -kela } kartı için başvurun ve Finlandiya'ya taşınma bildirimini yapın. Sonra { -kela }, Finlandiya sosyal güvenlik sistemine dahil olup olmadığınıza karar verir.
step-first-tax-card-title = Vergi kartı alın
step-first-tax-card-text = İşe başlamadan önce { -vero(case: "ablative") } bir vergi kartı alın. Kartı işvereninize verin.
step-first-bank-title = Banka hesabı açın
step-first-bank-text = Maaşınız ve yardımlarınız için bir banka hesabına ihtiyacınız vardır. Bankadan internet bankacılığı kodları da isteyin.

## Steps: your assessment
step-assessment-employment-title = Değerlendirmenizi { -tyollisyyspalvelut } yapar
step-assessment-employment-text = İş arayan olarak kayıtlısınız. Bu yüzden değerlendirmenizi ve uyum planınızı sizinle birlikte { -tyollisyyspalvelut } yapar. Onlarla iletişime geçin ve randevu alın.
step-assessment-municipality-title = Değerlendirmenizi belediyeniz yapar
step-assessment-municipality-text = Cevaplarınıza göre değerlendirmenizden ve uyum planınızdan belediyenizin uyum hizmetleri sorumludur. Onlarla iletişime geçin ve randevu alın.
step-assessment-ask-title = Becerilerinizin ve ihtiyaçlarınızın değerlendirilmesini isteyin
step-assessment-ask-text = Değerlendirmenizi kimin yapacağını belediyenizin rehberlik ve danışmanlık hizmetlerine sorun. İşsiz iş arayan olarak kayıt yaptırırsanız değerlendirmeyi { -tyollisyyspalvelut } yapar. Aksi halde genellikle belediye yapar.
step-window-open-title = Uyum planınızı zamanında isteyin
step-window-open-text = Değerlendirme ve ilk uyum planı, ilk oturma izninizden veya kaydınızdan sonraki 3 yıl içinde yapılır. Bunları erkenden isteyin.
step-window-passed-title = İlk izninizden bu yana 3 yıldan fazla geçti
step-window-passed-text = İlk uyum planı genellikle 3 yıl içinde yapılır. Sizin için hâlâ nelerin mümkün olduğunu dosyanızla ilgilenen görevliye sorun. Dil kursları ve başka hizmetler size hâlâ açık olabilir.
step-jobseeker-register-title = İş arayan olarak kayıt yaptırın
step-jobseeker-register-text = İş veya eğitim istiyorsunuz. { -tyomarkkinatori(case: "with-finnish") } üzerinden veya { -tyollisyyspalvelut(case: "locative") } iş arayan olarak kayıt yaptırın.
step-interpreter-title = Tercüman isteyin
step-interpreter-text = Randevu alırken ofise tercümana ihtiyacınız olduğunu söyleyin. Değerlendirme, anladığınız bir dilde yapılır.
step-social-services-title = Sosyal hizmetler değerlendirmesi
step-social-services-text = Uluslararası koruma alan kişiler genellikle sosyal hizmetlerin ihtiyaç değerlendirmesine yönlendirilir. Bu, ihtiyacınız olan desteği almanıza yardım eder.
step-unaccompanied-plan-title = Vasisi olmayan bir genç için destek
step-unaccompanied-plan-text = Vasisi olmadan gelen bir genç genellikle sosyal hizmetlerin ihtiyaç değerlendirmesine yönlendirilir. Sosyal hizmetlerle birlikte sizin için bir plan yapılır. İletişim kişinize veya sosyal hizmet görevlinize sorun.
step-talk-health-title = Sağlığınız hakkında biriyle konuşun
step-talk-health-text = Sağlık merkezinizden veya sosyal hizmetlerden randevu alın. Eğitim almayı veya çalışmayı sizin için neyin zorlaştırdığını onlara anlatabilirsiniz.

## Steps: language
step-literacy-title = Okuma yazma eğitimi
step-literacy-text = Okuma yazma eğitimi isteyin. Bu eğitim, henüz iyi okuyup yazamayan veya Latin alfabesini yeni öğrenen kişiler içindir. Kurallar 2027'de değişebilir: dosyanızla ilgilenen görevliye sorun.
step-integration-training-title = Uyum eğitimi: Fince veya İsveççe
step-integration-training-text = Uyum eğitiminde Fince veya İsveççe öğrenirsiniz. Toplum ve çalışma hayatı hakkında da bilgi edinirsiniz. Eğitim genellikle yaklaşık bir yıl sürer. Bir sınav, hangi grubun size uygun olduğunu gösterir. Kurallar 2027'de değişebilir: dosyanızla ilgilenen görevliye sorun.
step-language-with-work-title = Çalışırken dil öğrenin
step-language-with-work-text = Çalışmaya hazırsınız. Çalışırken yarı zamanlı yapabileceğiniz dil eğitimlerini sorun.
step-language-fluent-title = Dil becerileriniz zaten iyi
step-language-fluent-text = Dil eğitimine ihtiyacınız olmayabilir. Başka hizmetleri sorun, örneğin eğitim veya iş.
step-civic-orientation-title = Kendi dilinizde toplum bilgisi kursu
step-civic-orientation-text = Çok dilli toplum bilgisi kursunu sorun. Kurs en az 70 saat sürer. Finlandiya'daki haklar, hizmetler, iş ve günlük hayat hakkında bilgi verir.
step-digital-skills-title = Çevrim içi hizmetleri kullanmayı öğrenin
step-digital-skills-text = Birçok hizmet internettedir. Telefon, bilgisayar ve çevrim içi hizmetleri kullanmak için yardımı ve kursları kütüphanenize veya belediyenize sorun.

## Steps: education and recognition
step-simhe-title = Yüksek eğitimli kişiler için rehberlik
step-simhe-text = Bazı üniversitelerdeki { -simhe } hizmetleri, üniversite eğitimi almış kişilere rehberlik eder. Bu kişilere daha önce öğrendiklerinin tanınmasında da yardım eder.
step-recognition-oph-title = Diplomanızın düzeyini öğrenin
step-recognition-oph-text = { -oph }, yurt dışından aldığınız diplomanın Finlandiya'da hangi düzeyde olduğuna karar verebilir. Belgelerinizi yanınıza alın. Nasıl başvuracağınıza oph.fi adresinden bakın.
step-regulated-valvira-title = Sağlık veya sosyal hizmetler alanında çalışma hakkı
step-regulated-valvira-text = Sağlık veya sosyal hizmetler alanında çalışmak için { -lvv(case: "ablative") } (eski adıyla Valvira) meslek icra etme hakkı almanız gerekir. Ayrıca yeterli düzeyde Fince veya İsveççe bilmeniz gerekir.
step-regulated-oph-title = Öğretmen olarak veya erken çocukluk eğitiminde çalışma hakkı
step-regulated-oph-text = Öğretmenlik ve erken çocukluk eğitimi, kanunla düzenlenmiş mesleklerdir. Eğitiminizin size bu mesleklerde çalışma hakkı verip vermediğine { -oph } karar verir.

## Steps: children
step-daycare-title = Erken çocukluk eğitimine başvurun
step-daycare-text = Erken çocukluk eğitimi (kreş) için belediyenize başvurun. Ücret gelirinize bağlıdır. Erken başvurun.
step-preprimary-title = Okul öncesi eğitim
step-preprimary-text = Okuldan önceki yıl okul öncesi eğitim zorunludur. Bu eğitim ücretsizdir. Nasıl kayıt yaptıracağınızı belediyeniz size söyler.
step-school-title = Çocuklarınız için okul
step-school-text = Eğitim 7 yaşından itibaren zorunludur. Çocuğunuz henüz Fince veya İsveççe konuşmuyorsa okula hazırlık eğitimini sorun.
step-upper-secondary-title = Genç çocuğunuz için eğitim
step-upper-secondary-text = Gençler 18 yaşına kadar veya bir ortaöğretim diploması alana kadar eğitim almak zorundadır. Ortaöğretim eğitimini veya ona hazırlayan eğitim olan TUVA'yı sorun.

## Steps: studies and work
step-vocational-title = Mesleki eğitim
step-vocational-text = Ortaöğretim diplomasına hazırlayan eğitim olan TUVA'yı sorun. Mesleki ortaöğretim eğitimini de sorun.
step-university-title = Üniversite eğitimi
step-university-text = Yükseköğretim eğitimlerini ve bunların dil koşullarını sorun. { -simhe } hizmetleri size rehberlik edebilir.
step-self-motivated-title = Önce eğitimi planınızda kararlaştırın
step-self-motivated-text = Eğitim almak ve işsizlik ödeneğinizi korumak istiyorsanız, başlamadan önce eğitimi uyum planınızda kararlaştırın.
step-business-title = İş kurmak için danışmanlık
step-business-text = Finlandiya'da iş kurmak hakkında { -tyollisyyspalvelut(case: "ablative") } danışmanlık isteyin.
step-work-routes-title = İşe giden yollar
step-work-routes-text = İşgücü piyasası eğitimini, iş denemesini veya ücret destekli işi { -tyollisyyspalvelut(case: "dative") } sorun.
step-community-title = İnsanlarla tanışın ve destek bulun
step-community-text = Kuruluşlar ve boş zaman etkinlikleri insanlarla tanışmanıza ve iş bulmanıza yardım eder. Örneğin göçmenlerin kendi kuruluşları, öğrenci kuruluşları, mentorluk ve meslek dernekleri vardır. Yakınınızda neler olduğunu belediyenize sorun.
step-follow-up-plan-title = Program bittiğinde işiniz yoksa
step-follow-up-plan-text = Uyum programınız bittiğinde henüz bir işiniz yoksa, sizinle birlikte bir devam planı (jatkosuunnitelma) yapılır: sonraki adımlarınız için bir plan. Olası yollar örneğin şunlardır: işgücü piyasası eğitimi, ücret destekli iş, iş denemesi, TUVA (ortaöğretim diplomasına hazırlayan eğitim), mesleki eğitim, yükseköğretim, yeterlilik kazandıran eğitim, rehabilitasyon amaçlı iş etkinliği ve rehabilitasyon. İş arayan iseniz istihdam planınız devam planına dayanır.
step-social-guidance-title = Günlük işlerde yardım
step-social-guidance-text = Günlük hayatta daha fazla desteğe mi ihtiyacınız var? Uyumu destekleyen sosyal rehberliği ve işlerinizi halletmede yardımı (asiointiapu) sorun. Bazı belediyeler sosyal hizmetlerin dışında da günlük hayat için rehberlik verir. Belediyenize sorun.
