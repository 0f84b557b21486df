# Machine-made translation from English (locales/en/questions.ftl); not yet reviewed by a person.
# Needs questionnaire. Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = Değerlendirmenize hazırlanın
qn-intro = Uyum hizmetleri hakkındaki ilk görüşmenizden önce becerileriniz, planlarınız ve şu anki hayatınız hakkındaki soruları cevaplayabilirsiniz. Böylece görüşme cevaplarınızdan başlayabilir.
qn-how-long = Yaklaşık 15 dakika sürer. Durabilir ve daha sonra devam edebilirsiniz.
qn-private = Cevaplarınız bu cihazda kalır. Hiçbir yere bir şey gönderilmez. Cevaplarınızı kime göstereceğinize siz karar verirsiniz.
qn-skip-note = Yalnızca istediğiniz soruları cevaplayın. Bazı sorularda “Bilmiyorum”, “Geç” veya “Söylememeyi tercih ederim” seçenekleri vardır.
qn-start = Başla
qn-continue = Kaldığınız yerden devam edin
qn-start-again = Baştan başla
qn-check-link = Cevaplarınızı kontrol edin
qn-saved-count = { $count ->
    [one] 1 soruyu cevapladınız.
   *[other] { $count } soruyu cevapladınız.
}
qn-progress = Bölüm { $part } / { $parts }: { $section }
qn-progress-label = İlerleme
qn-back = Geri
qn-continue-button = Devam
qn-dont-know = Bilmiyorum
qn-prefer-not = Söylememeyi tercih ederim
qn-skip = Bu soruyu geç
qn-choose-all = Uyan tüm seçenekleri seçin.
qn-month = Ay
qn-year = Yıl
qn-number = Sayı
qn-your-answer = Cevabınız
qn-selected = Seçildi

## Check your answers
qn-check-title = Cevaplarınızı kontrol edin
qn-check-intro = Cevaplarınıza bakın. Herhangi bir cevabı değiştirebilirsiniz.
qn-change = Değiştir
qn-answer-now = Cevapla
qn-not-answered = Cevaplanmadı
qn-answer-dont-know = Bilmiyorum
qn-answer-prefer-not = Söylememeyi tercih ederim
qn-answer-skipped = Geçildi
qn-done-title = Sonra ne olacak
qn-done-text = Cevaplarınız bu cihaza kaydedildi. Onları randevunuzda gösterin. Hangi hizmetlere ihtiyacınız olduğuna, görüştüğünüz kişi sizinle birlikte karar verir.
qn-see-pathway = Önerilen yol haritanızı görün

## Deleting
qn-delete = Verilerimi bu cihazdan sil
qn-delete-confirm-title = Verileriniz silinsin mi?
qn-delete-confirm-text = Bu işlem cevaplarınızı, kontrol listenizdeki işaretleri ve dil seçiminizi bu cihazdan siler. Bunu geri alamazsınız.
qn-delete-yes = Evet, sil
qn-delete-cancel = İptal

## Notices about stored answers
qn-notice-discarded = Kaydedilen cevaplarınız okunamadı. Bu yüzden silindiler. Lütfen yeniden cevaplayın.
qn-notice-newer = Kaydedilen cevaplarınız bu uygulamanın daha yeni bir sürümüyle verilmiş. Lütfen uygulamayı güncelleyin veya uygulamayı güncel bir tarayıcıda açın. Kaydedilen cevaplarınız değiştirilmedi.

## Errors
error-summary = Bir sorun var
error-required = Lütfen soruyu cevaplayın veya aşağıdan başka bir seçenek seçin.
error-unknown-option = Lütfen seçeneklerden birini seçin.
error-exclusive = Bu cevap diğerleriyle birlikte seçilemez.
error-not-a-number = Lütfen rakamlarla bir sayı yazın, örneğin 12.
error-out-of-range = Lütfen { $min } ile { $max } arasında bir sayı yazın.
error-year-too-early = Lütfen { $min } veya daha sonraki bir yıl yazın.
error-in-future = Tarih gelecekte olamaz.
error-month = Lütfen bir ay seçin.
error-too-long = Lütfen en fazla { $max } karakter yazın.

## Months
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

## Sections
section-about = Sizin hakkınızda
section-languages = Diller
section-education = Eğitim
section-work = İş
section-skills = Beceriler ve güçlü yönler
section-goals = Hedefleriniz
section-life = Şu anki hayatınız
section-wellbeing = Sağlık ve iyi olma hâli
section-wellbeing-intro = Bu soruları cevaplamak zorunlu değildir. Bu soruları soruyoruz, çünkü sağlık, eğitim almayı ve çalışmayı etkileyebilir. Bunun için yardım da vardır. Bu soruları geçebilir veya “Söylememeyi tercih ederim” seçeneğini seçebilirsiniz.
section-appointment = Randevunuz

## Questions: about you
q-age-group = Kaç yaşındasınız?
q-residence-basis = Finlandiya'da yaşama hakkınızı hangi sebeple aldınız?
q-residence-basis-help = Oturma izni kartınıza veya kayıt belgenize bakın. Emin değilseniz “Bilmiyorum” seçeneğini seçin.
q-permit-date = Finlandiya'daki ilk oturma izninizi veya kaydınızı ne zaman aldınız?
q-permit-date-help = Uyum hizmetleri genellikle bu tarihten sonraki ilk 3 yıl içinde sunulur.
q-municipality-registered = Finlandiya'da bir ikamet belediyeniz var mı?
q-municipality-registered-help = Bu, bir Finlandiya belediyesinde yaşayan olarak kayıtlı olduğunuz anlamına gelir. Bunu { -dvv } kaydeder.
q-first-steps-done = Bunlardan hangileri sizde zaten var?
q-unaccompanied = Finlandiya'ya anneniz, babanız veya vasiniz olmadan mı geldiniz?
q-unaccompanied-help = Vasi, sizden hukuken sorumlu olan bir yetişkindir.

## Questions: languages
q-mother-tongue = Ana diliniz nedir?
q-mother-tongue-other = Ana dilinizin adını yazın.
q-other-languages = Başka hangi dilleri konuşuyorsunuz?
q-finnish = Fince ne kadar iyi konuşabiliyorsunuz?
q-swedish = İsveççe ne kadar iyi konuşabiliyorsunuz?
q-english = İngilizce ne kadar iyi konuşabiliyorsunuz?
q-read-own = Ana dilinizde okuyabiliyor musunuz?
q-write-own = Ana dilinizde yazabiliyor musunuz?
q-latin-alphabet = Bu alfabenin harflerini okuyabiliyor musunuz: A B C D E?
q-latin-alphabet-help = Fince, İsveççe ve İngilizce bu harflerle (Latin alfabesiyle) yazılır.

## Questions: education
q-school-years = Toplam kaç yıl okula gittiniz veya eğitim aldınız?
q-school-years-help = İlkokuldan üniversiteye kadar tüm yılları sayın. Emin değilseniz tahmininizi yazın.
q-education-level = Bitirdiğiniz en yüksek eğitim nedir?
q-education-field = Ne okudunuz?
q-education-country = Bu eğitimi nerede aldınız?
q-certificates = Belgeleriniz veya diplomalarınız var mı?
q-certificates-help = Örneğin okul belgeleri, diplomalar veya mezuniyet belgeleri, kâğıt üzerinde veya dosya olarak.
q-unfinished-studies = Başlayıp bitiremediğiniz bir eğitim var mı?

## Questions: work
q-has-worked = Daha önce çalıştınız mı?
q-work-fields = Hangi alanlarda çalıştınız?
q-work-other = Çalıştığınız alanı veya yaptığınız işi yazın.
q-work-years = Toplam kaç yıl çalıştınız?
q-recent-work = Son işiniz neydi?
q-recent-work-help = Bir meslek adı yazın, örneğin “hemşire” veya “otobüs şoförü”.
q-entrepreneur = Kendi işletmeniz (şirketiniz) oldu mu?
q-driving-licence = Sürücü belgeniz var mı?
q-licence-class = Sürücü belgeniz hangi araçları kullanmanıza izin veriyor?

## Questions: skills
q-phone-skills = Akıllı telefon kullanabiliyor musunuz, örneğin mesaj göndermek ve uygulama kullanmak için?
q-computer-skills = Bilgisayar kullanabiliyor musunuz?
q-online-services = Çevrim içi hizmetleri kendi başınıza kullanabiliyor musunuz?
q-online-services-help = Örneğin internet bankacılığı, randevu almak veya internetten bir form doldurmak.
q-strengths = Neleri iyi yaparsınız?

## Questions: goals
q-goals = Önümüzdeki birkaç yıl içinde Finlandiya'da ne yapmak istiyorsunuz?
q-main-goal = Şu anda bunlardan hangisi sizin için en önemli?

## Questions: life now
q-jobseeker = İş arayan olarak { -tyollisyyspalvelut(case: "dative") } kayıtlı mısınız?
q-jobseeker-help = Kaydı { -tyomarkkinatori(case: "with-finnish") } üzerinden veya { -tyollisyyspalvelut(case: "locative") } yaptırırsınız.
q-social-assistance = Sosyal yardım alıyor musunuz?
q-social-assistance-help = Sosyal yardım, geliriniz yetmediğinde temel ihtiyaçlar için verilen paradır. Temel sosyal yardımı { -kela } öder. Bu yardımı uzun süre veya düzenli olarak alıyorsanız, uyum hizmetlerinizden genellikle belediyeniz sorumludur.
q-has-children = Sizinle birlikte yaşayan çocuklarınız var mı?
q-children-ages = Çocuklarınız kaç yaşında?
q-home-care-allowance = { -kela(case: "ablative") } evde çocuk bakım yardımı alıyor musunuz?
q-home-care-allowance-help = Bu, 3 yaşından küçük bir çocuğa evde baktığınızda { -kela(case: "genitive") } ödediği paradır.
q-housing = Şu anda nerede yaşıyorsunuz?
q-urgent = Acil olarak bir konuda yardıma ihtiyacınız var mı?

## Questions: wellbeing
q-health-affects = Sağlığınız veya başka bir şey, eğitim almayı veya çalışmayı sizin için zorlaştırıyor mu?
q-talk-to-someone = Sağlığınız veya iyi olma hâliniz hakkında biriyle konuşmak ister misiniz?

## Questions: appointment
q-appointment-language = Randevunuzun hangi dilde olmasını istersiniz?
q-interpreter = Randevuda tercümana ihtiyacınız var mı?
q-interpreter-language = Tercüman hangi dili konuşmalı?
q-contact-way = Ofisin sizinle nasıl iletişime geçmesini istersiniz?
q-contact-way-help = İletişim bilgilerinizi buraya yazmayın. Onları ofiste verirsiniz.

## Options
opt-yesno-yes = Evet
opt-yesno-no = Hayır
opt-firststeps-identity-code = Finlandiya kişisel kimlik numarası
opt-firststeps-kela-card = { -kela } kartı
opt-firststeps-tax-card = Vergi kartı
opt-firststeps-bank-account = Banka hesabı
opt-firststeps-none = Henüz bunların hiçbiri yok
opt-age-under-18 = 18 yaşından küçük
opt-age-18-29 = 18–29
opt-age-30-44 = 30–44
opt-age-45-64 = 45–64
opt-age-65-plus = 65 yaş ve üzeri
opt-residence-protection = Uluslararası koruma (sığınma, mülteci statüsü)
opt-residence-family = Aile bağları
opt-residence-work = İş
opt-residence-study = Eğitim
opt-residence-eu = AB ülkesi veya Nordik ülke vatandaşı, kayıtlı
opt-residence-temporary-protection = Geçici koruma
opt-residence-other = Başka bir sebep
opt-residence-protection-family = Uluslararası koruma alan bir kişinin aile üyesi
opt-residence-trafficking = İnsan ticareti mağduru (biri sizi çalışmaya veya başka şeyler yapmaya zorladı)
opt-socialassist-lasting = Evet, uzun süre veya düzenli olarak
opt-socialassist-short-term = Evet, bir kez veya kısa bir süre
opt-socialassist-no = Hayır
opt-socialassist-yes = Evet (ne kadar süre olduğu söylenmedi)
opt-language-arabic = Arapça
opt-language-dari = Darice
opt-language-farsi = Farsça
opt-language-kurdish = Kürtçe
opt-language-pashto = Peştuca
opt-language-somali = Somalice
opt-language-tigrinya = Tigrinya dili
opt-language-amharic = Amharca
opt-language-swahili = Svahili dili
opt-language-russian = Rusça
opt-language-ukrainian = Ukraynaca
opt-language-estonian = Estonca
opt-language-albanian = Arnavutça
opt-language-turkish = Türkçe
opt-language-vietnamese = Vietnamca
opt-language-thai = Tayca
opt-language-chinese = Çince
opt-language-english = İngilizce
opt-language-french = Fransızca
opt-language-spanish = İspanyolca
opt-language-other = Başka bir dil
opt-level-none = Henüz konuşamıyorum
opt-level-words = Bazı kelimeleri ve ifadeleri biliyorum
opt-level-everyday = Alışveriş gibi günlük durumlarda idare edebiliyorum
opt-level-work = İşteki çoğu durumu idare edebiliyorum
opt-howwell-well = Evet, iyi
opt-howwell-a-little = Biraz
opt-howwell-no = Hayır
opt-edu-none = Okula gitmedim
opt-edu-primary = İlkokul
opt-edu-lower-secondary = Ortaokul (yaklaşık 15 yaşına kadar)
opt-edu-upper-secondary = Lise
opt-edu-vocational = Meslek okulu (bir meslek için eğitim)
opt-edu-bachelor = Üniversite veya yüksekokul, lisans diploması
opt-edu-master = Üniversite, yüksek lisans diploması
opt-edu-doctorate = Doktora
opt-field-office = Büro işleri ve yönetim
opt-field-sales = Satış ve mağazalar
opt-field-cleaning = Temizlik
opt-field-construction = İnşaat
opt-field-manufacturing = Fabrika ve üretim işleri
opt-field-transport = Taşımacılık ve şoförlük
opt-field-restaurant = Restoranlar, kafeler ve mutfaklar
opt-field-health = Sağlık hizmetleri
opt-field-social-care = Sosyal bakım ve yaşlı bakımı
opt-field-childcare = Çocuk bakımı
opt-field-teaching = Öğretmenlik ve eğitim
opt-field-ict = Bilgisayar ve bilişim
opt-field-engineering = Mühendislik ve teknoloji
opt-field-agriculture = Tarım, bahçecilik ve ormancılık
opt-field-beauty = Kuaförlük ve güzellik
opt-field-security = Güvenlik ve bekçilik
opt-field-repair = Onarım ve bakım
opt-field-arts = Sanat, medya ve kültür
opt-field-science = Bilim ve araştırma
opt-field-law = Hukuk, ekonomi ve ticaret
opt-field-other = Başka bir alan
opt-country-finland = Finlandiya'da
opt-country-eu = Başka bir AB ülkesinde veya Nordik ülkede
opt-country-other = Başka bir ülkede
opt-certificates-yes = Evet, hepsi
opt-certificates-some = Bazıları
opt-certificates-no = Hayır
opt-years-under-1 = 1 yıldan az
opt-years-1-2 = 1–2 yıl
opt-years-3-5 = 3–5 yıl
opt-years-6-10 = 6–10 yıl
opt-years-over-10 = 10 yıldan fazla
opt-licence-b = Otomobil
opt-licence-c = Kamyon
opt-licence-d = Otobüs
opt-licence-a = Motosiklet
opt-licence-other = Başka araçlar
opt-strength-teamwork = Başka insanlarla birlikte çalışmak
opt-strength-customer-service = Müşterilere hizmet etmek
opt-strength-caring = İnsanlara bakmak
opt-strength-handcrafts = Ellerimle çalışmak
opt-strength-technical = Makineler ve teknoloji
opt-strength-cooking = Yemek yapmak
opt-strength-organising = Planlamak ve düzenlemek
opt-strength-teaching = Öğretmek ve açıklamak
opt-strength-languages = Dil öğrenmek
opt-strength-art = Sanat, müzik veya tasarım
opt-strength-sports = Spor
opt-goal-work-soon = Kısa sürede iş bulmak
opt-goal-vocational = Bir meslek için eğitim almak (mesleki eğitim)
opt-goal-university = Üniversitede okumak
opt-goal-business = Kendi işimi kurmak
opt-goal-language-first = Önce dili öğrenmek
opt-goal-family = Şimdilik aileme bakmak
opt-goal-not-sure = Henüz emin değilim
opt-childage-under-3 = 3 yaşından küçük
opt-childage-3-6 = 3–6 yaş
opt-childage-7-15 = 7–15 yaş
opt-childage-16-17 = 16–17 yaş
opt-housing-own-rental = Kiraladığım veya bana ait olan kendi evimde
opt-housing-temporary = Geçici bir yerde, örneğin arkadaşlarımın yanında veya bir kabul merkezinde
opt-housing-none = Yaşayacak bir yerim yok
opt-urgent-money = Yiyecek veya faturalar için para
opt-urgent-housing = Yaşayacak bir yer
opt-urgent-health = Sağlık
opt-urgent-safety = Güvenlik: Ben veya ailem güvende değiliz
opt-urgent-family-reunification = Ailemi Finlandiya'ya getirmek
opt-urgent-legal-advice = Hukuki danışmanlık
opt-urgent-none = Hayır, acil bir şey yok
opt-affects-no = Hayır
opt-affects-a-little = Biraz
opt-affects-a-lot = Çok
opt-apptlang-finnish = Fince
opt-apptlang-swedish = İsveççe
opt-apptlang-english = İngilizce
opt-apptlang-own = Kendi dilim, tercümanla
opt-contact-phone = Telefon araması
opt-contact-text-message = Kısa mesaj (SMS)
opt-contact-email = E-posta
opt-contact-letter = Mektup
opt-contact-in-person = Ofise kendim geleceğim
