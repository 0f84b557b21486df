# Machine-made translation from English (locales/en/guide.ftl); not yet reviewed by a person.
# Guide topics.

## first-steps
topic-first-steps-title = Finlandiya'daki ilk adımlarınız
topic-first-steps-summary = Bu liste, buraya taşınan çoğu kişinin ilk yaptığı işleri gösterir. Her adımı yaptığınızda işaretleyin. Sizin için sıra farklı olabilir.
topic-first-steps-step-1 = Bir adım hakkında daha fazla okumak için onu açın. Ne yapacağınızı ve nereye gideceğinizi görebilirsiniz.
topic-first-steps-step-2 = Anlamadığınız bir şey mi var? Yardım isteyin. Belediyenizin uyum hizmetleri veya rehberlik ve danışmanlık hizmetleri size yardım edebilir.

## residence-permit
topic-residence-permit-title = Oturma izni ve kayıt
topic-residence-permit-summary = Çoğu kişinin { -migri-full(case: "ablative") } ({ -migri }) oturma izni alması gerekir. AB ülkelerinin ve Nordik ülkelerin vatandaşlarının izne ihtiyacı yoktur. Ama kayıt yaptırmaları gerekir. Başka birçok adım için izninize veya kaydınıza ihtiyacınız olur.
topic-residence-permit-step-1 = Oturma iznine ihtiyacınız var mı? { -migri(case: "dative") } başvurun. Taşınma sebebinize hangi iznin uyduğuna migri.fi adresinden bakın.
topic-residence-permit-step-2 = Bir AB ülkesinin vatandaşı mısınız? Geldikten sonra 3 ay içinde Finlandiya'da yaşama hakkınızı { -migri(case: "dative") } kaydettirin. Bir Nordik ülkenin vatandaşı mısınız ve 6 aydan uzun mu kalacaksınız? O zaman bir ay içinde { -dvv(case: "locative") } bizzat kayıt yaptırın. Bunu nasıl yapacağınıza { -infofinland(case: "locative") } bakın.
topic-residence-permit-step-3 = Oturma izni kartınızı güvenli bir yerde saklayın. Birçok dairede bu karta ihtiyacınız olur. Kartı kaybederseniz ne yapmanız gerektiğini { -migri(case: "dative") } sorun.
topic-residence-permit-step-4 = İzniniz yalnızca belirli bir süre geçerlidir. İzniniz bitmeden önce uzatılmış izin için başvurun. Kurallara ve tarihlere migri.fi adresinden bakın.

## right-to-stay
topic-right-to-stay-title = Kalma hakkınızı korumak
topic-right-to-stay-summary = Oturma izniniz yalnızca belirli bir süre geçerlidir. Finlandiya'da kalmak için izninizin geçerli kalmasını sağlayın ve değişiklikleri zamanında { -migri(case: "dative") } bildirin. Birkaç yıl sonra sürekli oturma izni alabilirsiniz.
topic-right-to-stay-step-1 = İzniniz bitmeden önce uzatılmış izin için başvurun. Uzatılmış izin, burada yaşamaya devam etmenizi sağlayan yeni bir izindir. Başvuruyu internetten, { -migri(case: "genitive") } çevrim içi hizmeti { -enter-finland(case: "locative") } yapın.
topic-right-to-stay-step-2 = Durumunuz değiştiğinde { -migri(case: "dative") } bildirin. Örneğin işiniz biter veya aileniz değişir. Yeni adresinizi { -dvv(case: "dative") } bildirin.
topic-right-to-stay-step-3 = Bazen { -migri } size bir mektup gönderir ve daha fazla bilgi ister. Mektuptaki son tarihe kadar cevap verin. Mektubu anlamak zorsa yardım isteyin.
topic-right-to-stay-step-4 = Sürekli oturma izni için yeni kurallar 8 Ocak 2026'dan beri yürürlüktedir. Kural olarak Finlandiya'da 6 yıl yaşamış olmanız gerekir. Ayrıca yeterli düzeyde Fince veya İsveççe bilmeniz gerekir (tatmin edici düzeyde beceri). Ve 2 yıllık iş geçmişiniz olmalıdır. Bu 2 yıl içinde işsizlik ödeneği veya sosyal yardım aldığınız süre en fazla 3 ay olabilir. Geliriniz yüksekse veya Finlandiya'da aldığınız bir diplomanız varsa 4 yıl yeterli olabilir. Ayrıntılara migri.fi adresinden bakın.
topic-right-to-stay-step-5 = İzniniz işe mi dayanıyor? İşiniz biterse yeni bir iş bulmak için 3 veya 6 ayınız vardır. Sizin için hangi sürenin geçerli olduğunu { -migri(case: "dative") } sorun.

## identity-code
topic-identity-code-title = Kişisel kimlik numarası ve adres
topic-identity-code-summary = { -dvv }, Finlandiya'da yaşayan kişilerin kaydını tutar. Kayıt yaptırdığınızda kişisel kimlik numarası alabilirsiniz. { -dvv } ayrıca ikamet ettiğiniz belediyeyi de kaydeder. Birçok hizmetin bu bilgilere ihtiyacı vardır.
topic-identity-code-step-1 = Geldikten sonra { -dvv(case: "locative") } kayıt yaptırın. Nasıl kayıt yaptıracağınıza dvv.fi adresinden bakın. Orada hangi belgeleri götürmeniz gerektiği de yazar.
topic-identity-code-step-2 = Kişisel kimlik numaranız çoğu zaman oturma izni kartınızda zaten yazılıdır. Yazılı değilse, kayıt yaptırdığınızda alırsınız. Adresiniz ve ikamet ettiğiniz belediye için yine de { -dvv(case: "locative") } kayıt yaptırmanız gerekir. Bu numaraya bankada, { -kela(case: "locative") } ve sağlık hizmetlerinde ihtiyacınız olur. Numaranızı güvenli bir yerde saklayın.
topic-identity-code-step-3 = Yeni bir adrese taşındığınızda { -dvv(case: "dative") } bildirin. Bunu nasıl yapacağınıza dvv.fi adresinden bakın.
topic-identity-code-step-4 = Sizinle birlikte yaşayan aile üyeleriniz var mı? Onları da, çocuklarınızı da { -dvv(case: "dative") } kaydettirin. Her kişi kendi kimlik numarasını alır.

## kela
topic-kela-title = { -kela } ve sosyal güvenlik
topic-kela-summary = { -kela }, Finlandiya'da birçok yardım öder. Önce { -kela }, Finlandiya sosyal güvenlik sistemine dahil olup olmadığınıza karar verir. Dahilseniz { -kela(case: "genitive") } yardımları için başvurabilirsiniz.
topic-kela-step-1 = { -kela(case: "genitive") } çevrim içi hizmeti OmaKela'da { -kela } kartı için başvurun. Finlandiya'ya taşınma bildirimini de yapın. Sonra { -kela }, Finlandiya sosyal güvenlik sistemine dahil olup olmadığınıza karar verir. Bunu nasıl yapacağınıza kela.fi adresinden bakın.
topic-kela-step-2 = Dahilseniz bir { -kela } kartı alırsınız. Kartı yanınızda taşıyın. Kartı örneğin eczanede gösterirsiniz. Kamu sağlık hizmetleri hakkınız karttan değil, ikamet ettiğiniz belediyeden gelir.
topic-kela-step-3 = { -kela(case: "genitive") } birçok durum için yardımları vardır, örneğin konut yardımı ve çocuk yardımı. Ne alabileceğiniz durumunuza bağlıdır. Kararı { -kela } verir.
topic-kela-step-4 = Her yardım için ayrı başvurmanız gerekir. Hayatınız değiştiğinde { -kela(case: "dative") } bildirin. Örneğin geliriniz, adresiniz veya aileniz değişir.

## money
topic-money-title = İlk aylarda para
topic-money-summary = İlk aylarda para konusunda yardıma ihtiyacınız olabilir. { -kela } birçok yardım öder. Her yardım için ayrı ayrı başvurmanız gerekir. Bu konu size en yaygın yardımları anlatır.
topic-money-step-1 = İşsiz misiniz ve bir uyum planınız var mı? Plan süresince işsizlik ödeneği alabilirsiniz. Önce işsiz iş arayan olarak kayıt yaptırın. Sonra ödenek için { -kela(case: "dative") } başvurun.
topic-money-step-2 = Yardımlar için { -kela(case: "genitive") } çevrim içi hizmeti OmaKela'da başvurabilirsiniz. İngilizce formlar da vardır.
topic-money-step-3 = Geliriniz düşük mü? { -kela(case: "ablative") } genel konut yardımı alabilirsiniz. Bu yardım, evinizin masraflarını ödemenize yardım eder. { -kela }, durumunuza göre karar verir.
topic-money-step-4 = Sosyal yardım (toimeentulotuki), diğer geliriniz temel ihtiyaçlarınıza yetmediğinde verilen son yardımdır. Bunun için { -kela(case: "dative") } başvurun. Bazı durumlarda, yaşadığınız { -hyvinvointialue(case: "genitive") } sosyal hizmetleri ek yardım verebilir. Onlara sorun.
topic-money-step-5 = Bir yardım durabilir veya azalabilir. Bu, uyum planınıza veya planda kararlaştırılan hizmetlere katılmazsanız olabilir. Değişiklikleri { -kela(case: "dative") } bildirmezseniz de olabilir. Örneğin geliriniz, aileniz veya adresiniz değişir. Değişiklikleri { -kela(case: "dative") } hemen bildirin.
topic-money-step-6 = 3 yaşından küçük bir çocuğa evde mi bakıyorsunuz? { -kela(case: "ablative") } evde çocuk bakım yardımı alabilirsiniz. Kurallar 2027'de değişebilir. Dosyanızla ilgilenen görevliye sorun.

## tax
topic-tax-title = Vergi kartı ve vergiler
topic-tax-summary = Finlandiya'da vergi, maaşınızı almadan önce maaşınızdan kesilir. { -vero-full(case: "ablative") } ({ -vero }) bir vergi kartı almanız gerekir. Vergi kartı, işvereninize ne kadar vergi keseceğini söyler.
topic-tax-step-1 = İşe başlamadan önce bir vergi kartı alın. Vergi kartını nasıl alacağınıza vero.fi adresinden bakın.
topic-tax-step-2 = Vergi kartınızı işvereninize verin. İşvereninizin maaşınızı doğru ödemesi için buna ihtiyacı vardır.
topic-tax-step-3 = Vergi kartı olmazsa işvereniniz maaşınızdan çok daha fazla vergi keser.
topic-tax-step-4 = { -vero } her yıl size kontrol etmeniz için bir vergi beyannamesi verir. Beyannameyi dikkatlice okuyun. Yanlış bir şey varsa, üzerinde yazan tarihten önce düzeltin.

## bank-id
topic-bank-id-title = Banka hesabı ve çevrim içi kimlik
topic-bank-id-summary = Maaşınızı ve yardımlarınızı almak için bir banka hesabına ihtiyacınız vardır. İnternet bankacılığı kodları, internette kim olduğunuzu kanıtlar. Buna güçlü kimlik doğrulama denir. Bunu { -suomi-fi } ve başka birçok e-hizmet için kullanırsınız.
topic-bank-id-step-1 = Bir banka seçin ve nasıl hesap açacağınızı sorun. Hangi belgelere ihtiyacınız olduğunu sorun.
topic-bank-id-step-2 = Kimlik belgelerinizi bankaya götürün. Örneğin pasaportunuzu ve oturma izni kartınızı götürün.
topic-bank-id-step-3 = Bankadan internet bankacılığı kodları isteyin. Bu kodlarla bankanıza ve birçok kamu hizmetine giriş yaparsınız. Kodlarınızı asla başka birine vermeyin.
topic-bank-id-step-4 = Kodlarınızla { -suomi-fi(case: "dative") } giriş yapın. Orada birçok kamu e-hizmetini tek bir yerde kullanabilirsiniz.

## letters
topic-letters-title = Resmi mektuplar ve çevrim içi kimlik
topic-letters-summary = Resmi makamlar size işleriniz hakkında mektup gönderir. Bazı mektuplar karardır. Mektupları hemen okuyun, çünkü son tarihleri olabilir. Mektupları internette okumak ve e-hizmetleri kullanmak için güçlü elektronik kimlik doğrulamaya ihtiyacınız vardır.
topic-letters-step-1 = Kararlar ve diğer mektuplar posta ile veya { -suomi-fi } Mesajlar hizmetine gelir. { -suomi-fi } Mesajlar, resmi makamların mektupları için güvenli bir çevrim içi posta kutusudur. Bunu { -suomi-fi(case: "locative") } açarsınız. Ondan sonra mesajlarınıza orada sık sık bakın.
topic-letters-step-2 = Karar (päätös), bir resmi makamın sizin işinizdeki resmi cevabıdır. Kararda, karara nasıl ve hangi tarihe kadar itiraz edebileceğiniz yazar. İtiraz etmek, kararın değiştirilmesini istemek demektir. Son güne itiraz süresi denir. Zamanınız olsun diye her kararı hemen okuyun.
topic-letters-step-3 = Bir mektubu anlamak zor mu? Yardım isteyin. Rehberlik ve danışmanlık hizmetleri mektubu size açıklayabilir. Tercüman da isteyebilirsiniz.
topic-letters-step-4 = Güçlü elektronik kimlik doğrulama, internette kim olduğunuzu kanıtlar. Bunun için genellikle internet bankacılığı kodlarınızı kullanırsınız. Bu kodları bankanızdan isteyin.
topic-letters-step-5 = Bir banka size internet bankacılığı kodları vermiyor mu? Bankaya hangi belgeleri kabul ettiğini sorun. Polisin yabancılara verdiği kimlik kartı veya mobil sertifika (telefonunuzdaki bir kimlik doğrulama) yardımcı olabilir. Buna her banka kendisi karar verir, bu yüzden kendi bankanıza sorun.

## work
topic-work-title = İş ve { -tyollisyyspalvelut }
topic-work-summary = { -tyollisyyspalvelut(case: "capital") } iş veya eğitim bulmanıza yardım eder. 1 Ocak 2025'ten beri { -tyollisyyspalvelut(case: "accusative") } belediyeler sunar. İş arayan olarak { -tyomarkkinatori(case: "with-finnish") } üzerinden kayıt yaptırırsınız.
topic-work-step-1 = { -tyomarkkinatori } üzerinden iş arayan olarak kayıt yaptırın. Bunu internetten yapamıyorsanız { -tyollisyyspalvelut(case: "ablative") } yardım isteyin.
topic-work-step-2 = İşsiz iş arayan olarak kayıtlı mısınız? O zaman uyum hizmetlerinizden { -tyollisyyspalvelut } sorumludur. Becerilerinizi değerlendirirler ve sizinle birlikte bir plan yaparlar.
topic-work-step-3 = Bir özgeçmiş (CV) yazın. Eğitiminizi, iş deneyiminizi ve becerilerinizi yazın. Bir şey değiştiğinde özgeçmişinizi güncelleyin.
topic-work-step-4 = Okul ve iş belgelerinizi güvenli bir yerde saklayın. Bu belgeleri { -tyollisyyspalvelut(case: "instrumental") } veya bir işverenle görüşürken yanınıza alın.

## integration
topic-integration-title = Uyum hizmetleri
topic-integration-summary = Uyum hizmetleri dili öğrenmenize, iş bulmanıza ve Fin toplumunu anlamanıza yardım eder. Kayıtlı işsiz iş arayan iseniz sizden { -tyollisyyspalvelut } sorumludur. Başka birçok kişiden, örneğin çalışma hayatının dışındaki kişilerden belediye sorumludur. Emin değilseniz sorun.
topic-integration-step-1 = Finlandiya'daki hayat hakkında temel bilgileri okuyun, örneğin bu rehberi. Sorularınız varsa belediyenizin rehberlik ve danışmanlık hizmetlerine sorun.
topic-integration-step-2 = Becerilerinizin ve hizmet ihtiyaçlarınızın değerlendirilmesini (ilk değerlendirme) isteyin. Değerlendirme, anladığınız bir dilde yapılır. Tercüman yardımı da alabilirsiniz.
topic-integration-step-3 = Değerlendirmeden sonra bir uyum planı alabilirsiniz. Planda sizin için uygun eğitimler ve hizmetler yazılıdır. İlk plan, ilk izninizden veya kaydınızdan sonraki 3 yıl içinde yapılır.
topic-integration-step-4 = Uyum eğitimi genellikle yaklaşık bir yıl sürer. Fince veya İsveççe öğrenirsiniz. Toplum ve çalışma hayatı hakkında da bilgi edinirsiniz. Kurallar 2027'de değişebilir: dosyanızla ilgilenen görevliye sorun.
topic-integration-step-5 = Bir toplum bilgisi kursuna da katılabilirsiniz. Kurs birçok dilde verilir ve en az 70 saat sürer. Haklar, hizmetler, iş ve günlük hayat hakkında bilgi edinirsiniz.

## language
topic-language-title = Fince veya İsveççe öğrenmek
topic-language-summary = Fince ve İsveççe, Finlandiya'nın resmi dilleridir. Birçok bölgede insanların çoğu Fince konuşur. Dil, iş bulmanıza ve günlük hayatı idare etmenize yardım eder. Yaşadığınız yerde hangi dilin en iyi olduğunu sorun.
topic-language-step-1 = Uyum eğitiminde Fince veya İsveççe vardır. Bunu değerlendirme görüşmenizde veya uyum hizmetlerinizde sorun.
topic-language-step-2 = Okumak veya yazmak sizin için zor mu? Ya da Fincede kullanılan harfler (Latin alfabesi) sizin için yeni mi? O zaman okuma yazma eğitimi isteyin. Bu eğitimin kuralları 2027'de değişebilir: dosyanızla ilgilenen görevliye sorun.
topic-language-step-3 = Serbest yetişkin eğitiminde de dil kursları vardır. Yetişkin eğitim merkezi buna bir örnektir. Yakınınızdaki kursları belediyenize sorun.
topic-language-step-4 = İşsizlik ödeneği alıyor musunuz ve eğitiminizi kendiniz mi seçmek istiyorsunuz? Başlamadan önce bu eğitimi planınızda kararlaştırın. Yoksa ödeneğinizi kaybedebilirsiniz.

## qualifications
topic-qualifications-title = Diplomanızı ve mesleğinizi kullanmak
topic-qualifications-summary = Yurt dışında aldığınız eğitim, Finlandiya'da iş bulmanıza yardım edebilir. Bazı işler için önce resmi bir karar gerekir. Bu konu size nereye soracağınızı anlatır.
topic-qualifications-step-1 = Yurt dışından bir yükseköğretim diplomanız var mı? { -oph }, diplomanızın Finlandiya'da hangi düzeyde olduğuna karar verebilir. Nasıl başvuracağınıza oph.fi adresinden bakın.
topic-qualifications-step-2 = Bazı meslekler kanunla düzenlenmiştir. Bu mesleklerde çalışmak için resmi bir hakka ihtiyacınız vardır. Bunların çoğu için eğitiminizin size bu hakkı verip vermediğine { -oph } karar verir.
topic-qualifications-step-3 = Sağlık veya sosyal hizmetler alanında mı çalışmak istiyorsunuz? { -lvv(case: "ablative") } (Lupa- ja valvontavirasto, eski adıyla Valvira) meslek icra etme hakkı almanız gerekir. Ayrıca yeterli düzeyde Fince veya İsveççe bilmeniz gerekir.
topic-qualifications-step-4 = Eğitiminizin işe uyup uymadığına özel işverenler kendileri karar verir. Üniversite diplomanız var mı? Bazı üniversitelerdeki { -simhe } hizmetleri size rehberlik edebilir.

## health-care
topic-health-care-title = Sağlık hizmeti almak
topic-health-care-summary = Kamu sağlık hizmetlerini ve sosyal hizmetleri, yaşadığınız { -hyvinvointialue(case: "with-finnish") } yürütür. Helsinki'de bunları Helsinki Belediyesi yürütür. Genellikle ilk başvuracağınız yer sağlık merkezinizdir. Kamu sağlık hizmetlerini kullanmak için genellikle bir ikamet belediyenizin olması gerekir.
topic-health-care-step-1 = Sağlık merkezi (terveysasema), bölgenizdeki kamu sağlık merkezidir. Orada bir hemşireye veya doktora görünebilirsiniz. Sağlık merkezinizi bulun ve ilk randevunuzu nasıl alacağınızı sorun.
topic-health-care-step-2 = Kamu sağlık hizmetleri hakkınız, ikamet ettiğiniz belediyeden gelir. Bu, yaşadığınız yer olarak kayıtlı olduğunuz belediyedir. Bu hak { -kela } kartından gelmez. İkamet belediyesi almak için { -dvv(case: "locative") } kayıt yaptırın.
topic-health-care-step-3 = Hâlâ ikamet belediyesi mi bekliyorsunuz? Acil bir durumda yine de tedavi alırsınız. Masrafları daha sonra ödemeniz gerekebilir. Diğer tedaviler için de kamu sağlık hizmetlerine hakkınız olabilir, örneğin Finlandiya'da çalıştığınız için. Bunun için ayrıca başvurmanız gerekir: { -kela(case: "dative") } sorun. Özel bir kliniğe de gidebilirsiniz.
topic-health-care-step-4 = Kamu diş bakımı da kamu sağlık hizmetlerinin bir parçasıdır. Nasıl randevu alacağınızı sağlık merkezinize veya kamu diş bakımına sorun.
topic-health-care-step-5 = Hamile misiniz? Bir anne sağlığı merkezine (neuvola) gidin. Bu merkez sizin ve bebeğinizin sağlığını takip eder. Okul çağından küçük çocuklar çocuk sağlığı merkezine gider. Orada çocukların sağlığı ve büyümesi kontrol edilir.
topic-health-care-step-6 = Kendi dilinizde yardıma mı ihtiyacınız var? Randevu alırken tercüman isteyin. Hangi dili konuştuğunuzu söyleyin.

## health
topic-health-title = Ani hastalık ve acil tedavi
topic-health-summary = Bu konu, aniden hastalandığınızda veya hızlı tedaviye ihtiyacınız olduğunda ne yapacağınızı anlatır. Günlük sağlık hizmetleri için "Sağlık hizmeti almak" konusunu okuyun. 112'yi yalnızca hayat, sağlık, mülk veya çevre tehlikedeyken arayın.
topic-health-step-1 = Genellikle ilk başvuracağınız yer sağlık merkezinizdir (terveysasema). Size en yakın sağlık merkezini bulun. Nasıl randevu alacağınızı sorun.
topic-health-step-2 = Hızlı tedaviye mi ihtiyacınız var? Acil bir durum değilse 116 117 numaralı { -paivystysapu(case: "accusative-with-finnish") } arayın. Size ne yapacağınızı ve nereye gideceğinizi söylerler. Bu numara çoğu bölgede çalışır ama her yerde çalışmaz. 116117.fi adresinden bakın.
topic-health-step-3 = Acil bir durumda 112'yi arayın. Örneğin biri nefes alamıyorsa, bilinci kapalıysa veya çok kanaması varsa.
topic-health-step-4 = Kendi dilinizde yardıma mı ihtiyacınız var? Randevu alırken tercüman isteyin.

## emergency
topic-emergency-title = Acil durum numarası 112
topic-emergency-summary = 112, Finlandiya'daki acil durum numarasıdır. Hayat, sağlık, mülk veya çevre tehlikedeyken, örneğin yangında bu numarayı arayın. Polise, ambulansa ve itfaiye ve kurtarma hizmetlerine ulaşırsınız.
topic-emergency-step-1 = 112'yi arayın ve sakin olun. Kim olduğunuzu, nerede olduğunuzu ve ne olduğunu söyleyin. Soruları cevaplayın.
topic-emergency-step-2 = Size kapatabileceğiniz söylenene kadar telefonu kapatmayın. Aldığınız talimatlara uyun.
topic-emergency-step-3 = Telefonunuza { -app-112-suomi } uygulamasını yükleyin. Bu uygulama, acil çağrı merkezinin nerede olduğunuzu bulmasına yardım edebilir.
topic-emergency-step-4 = Biri zehir veya çok fazla ilaç aldıysa { -myrkytystietokeskus(case: "accusative") } arayın. Numarası bu sayfadadır. Kişinin bilinci kapalıysa veya iyi nefes alamıyorsa 112'yi arayın.

## housing
topic-housing-title = Ev bulmak
topic-housing-summary = Ev, ihtiyacınız olan ilk şeylerden biridir. Belediyeden, kâr amacı gütmeyen bir ev sahibinden veya özel bir ev sahibinden kiralayabilirsiniz. Geliriniz düşükse { -kela } masraflara yardım edebilir.
topic-housing-step-1 = Kiralık bir ev arayın. Belediyeye ait ve kâr amacı gütmeyen kiralık evleri belediyenize sorun. Erken başvurun, çünkü beklemeniz gerekebilir.
topic-housing-step-2 = Kira sözleşmesini imzalamadan önce dikkatlice okuyun. Ev sahibi çoğu zaman depozito ister. Depozitoyu ne zaman geri alacağınızı sorun.
topic-housing-step-3 = Geliriniz düşük mü? { -kela(case: "ablative") } konut yardımı alabilirsiniz. { -kela }, durumunuza göre karar verir.
topic-housing-step-4 = Taşındığınızda yeni adresinizi { -dvv(case: "dative") } bildirin. Yardım alıyorsanız { -kela(case: "dative") } da bildirin.

## children
topic-children-title = Çocuklar, kreş ve okul
topic-children-summary = Bu konu çocuklu aileler içindir. Size kreş, okul ve çocukların sağlık hizmetleri hakkında bilgi verir. Finlandiya'da çocuklar ve gençler için eğitim zorunludur.
topic-children-step-1 = Erken çocukluk eğitimi (varhaiskasvatus), küçük çocuklar için kreştir. Bunun için belediyenize ayrıca başvurun. Ücret, ailenizin gelirine bağlıdır.
topic-children-step-2 = Okul başlamadan önceki yıl okul öncesi eğitim zorunludur. Bu eğitim ücretsizdir.
topic-children-step-3 = Eğitim 7 yaşından 18 yaşına kadar zorunludur. Genç bir ortaöğretim diploması (lise veya meslek lisesi) alırsa daha erken bitebilir.
topic-children-step-4 = Çocuğunuz hâlâ Fince veya İsveççe mi öğreniyor? Çocuk okula hazırlık eğitimi alabilir. Bu eğitim yaklaşık bir öğretim yılı sürer.
topic-children-step-5 = Çocuk sağlığı merkezleri (neuvola) küçük çocukların sağlığını ve büyümesini kontrol eder. Bu merkezleri yaşadığınız { -hyvinvointialue } yürütür. Nasıl randevu alacağınızı onlara sorun.

## rights
topic-rights-title = Haklarınız ve görevleriniz
topic-rights-summary = Finlandiya'da herkesin temel hakları aynıdır. Sizin görevleriniz de vardır. Örneğin kanunlara uymanız ve vergilerinizi ödemeniz gerekir.
topic-rights-step-1 = Herkes kanun önünde eşittir. Ayrımcılık yasaktır, örneğin köken, din, cinsiyet veya engellilik nedeniyle.
topic-rights-step-2 = Kadınlar ve erkekler eşit haklara sahiptir. Bu evde, işte ve toplumda geçerlidir.
topic-rights-step-3 = Şiddet bir suçtur, aile içinde de. Şu anda tehlikedeyseniz 112'yi arayın. { -nollalinja }, yakın ilişkide şiddetle karşılaşan herkese yardım eder. Numaraları bu sayfadadır.
topic-rights-step-4 = İşte, anlaştığınız ücreti alma hakkınız vardır. Yazılı bir sözleşme isteyin. Maaş bordrolarınızı saklayın.

## everyday
topic-everyday-title = Günlük hayat
topic-everyday-summary = Bu konu, Finlandiya'da günlük hayat için ipuçları verir. Bütçenizi, faturaları, çevrim içi hizmetleri ve çöpleri anlatır. Boş zaman da önemlidir. İnsanlarla tanışmak için bir kulübe, bir spor grubuna veya bir derneğe katılın.
topic-everyday-step-1 = Paranızı planlayın. Her ay gelirinizi ve masraflarınızı yazın.
topic-everyday-step-2 = Faturalarınızı zamanında ödeyin. Ödenmemiş faturalar kredi notunuza zarar verebilir. Ödeyemiyorsanız faturayı gönderenle erkenden iletişime geçin.
topic-everyday-step-3 = Birçok kamu e-hizmeti için { -suomi-fi(case: "accusative") } kullanın. Halk kütüphaneleri ücretsizdir. Birçok kütüphanede bilgisayar vardır ve personel bilgisayarları kullanmanıza yardım edebilir.
topic-everyday-step-4 = Çöplerinizi geri dönüşüm için ayırın. Yaşadığınız yerdeki kuralları ev sahibinize veya belediyenize sorun.

## driving-licence
topic-driving-licence-title = Başka bir ülkeden alınmış sürücü belgesi
topic-driving-licence-summary = Yurt dışından aldığınız sürücü belgesiyle Finlandiya'da araba kullanabilir misiniz? Bu, belgeyi aldığınız ülkeye bağlıdır. Kurallara zamanında bakın.
topic-driving-licence-step-1 = Bir AB veya AEA ülkesinden alınmış sürücü belgesi Finlandiya'da geçerli kalır. AEA, AB ülkeleri ile İzlanda, Lihtenştayn ve Norveç'tir.
topic-driving-licence-step-2 = Başka birçok sürücü belgesi, buraya taşındıktan sonra yalnızca sınırlı bir süre geçerlidir. Bu süreden sonra belgenizi bir Finlandiya sürücü belgesiyle değiştirmeniz gerekir. Bazı belgeler için ayrıca sürüş sınavını geçmeniz gerekir. Belgenizi sürücü belgesi işlemlerini yapan hizmet noktaları olan { -ajovarma(case: "locative") } değiştirirsiniz.
topic-driving-licence-step-3 = Ülkenizin kurallarına { -infofinland(case: "locative") } bakın. Bunu süre dolmadan, erkenden yapın.

## help
topic-help-title = Nereden yardım alabilirsiniz
topic-help-summary = Her şeyi tek başınıza öğrenmek zorunda değilsiniz. Rehberlik ve danışmanlık hizmetleri her göçmen içindir. Oturma izni olmayan kişiler için de vardır. Onlara hizmetler ve günlük hayat hakkında soru sorabilirsiniz.
topic-help-step-1 = Rehberlik ve danışmanlığı nereden alabileceğinizi belediyenize sorun. Hangi hizmetle iletişime geçeceğinizi size söyleyebilirler.
topic-help-step-2 = { -infofinland(case: "locative") } birçok dilde Finlandiya'daki hayat hakkında bilgi vardır. Kendi dilinizde bilgiye ihtiyacınız olduğunda bunu kullanın.
topic-help-step-3 = Bir kriz mi yaşıyorsunuz ve konuşacak birine mi ihtiyacınız var? { -mieli(case: "genitive") } kriz hattını arayın. Fince hat 24 saat açıktır. Diğer dillerin kendi numaraları ve saatleri vardır. Tüm numaralar bu sayfadadır.
topic-help-step-4 = Acil bir durumda 112'yi arayın. Hayat, sağlık, mülk veya çevre tehlikedeyken arayın.

## interpreters
topic-interpreters-title = Tercümanlar
topic-interpreters-summary = Tercüman, sizin söylediklerinizi başka bir dile, görevlinin söylediklerini de sizin dilinize çevirir. Tercüman sayesinde işlerinizi anlayabilir ve iyi açıklayabilirsiniz.
topic-interpreters-step-1 = İşi bir resmi makam mı başlattı? O zaman tercümanı resmi makam ayarlar ve parasını öder.
topic-interpreters-step-2 = İşi kendiniz mi başlattınız? Örneğin bir şey için başvurdunuz. O zaman resmi makama tercüman ayarlayıp ayarlamadığını sorun.
topic-interpreters-step-3 = Randevu alırken dilinizi söyleyin. Sizin lehçenizi konuşan bir tercüman isteyebilirsiniz. Tercümanınızın kadın veya erkek olmasını da isteyebilirsiniz.
topic-interpreters-step-4 = Becerilerinizin ve hizmet ihtiyaçlarınızın değerlendirilmesi anladığınız bir dilde yapılır. İhtiyacınız varsa tercüman yardımı alabilirsiniz.

## Authorities
authority-migri = { -migri-full }
authority-dvv = { -dvv-full }
authority-kela = { -kela } ({ -kela-full })
authority-vero = { -vero-full }
authority-banks = Bankalar ve { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = Belediyenin uyum hizmetleri
authority-wellbeing = { -hyvinvointialue(case: "capital") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = Belediyeniz
authority-oph = { -oph-full }
authority-lvv = { -lvv } (sağlık ve sosyal hizmetler izinleri)
authority-simhe = Üniversitelerdeki { -simhe } hizmetleri
authority-ngos = Kuruluşlar ve dernekler
authority-guidance = Rehberlik ve danışmanlık hizmetleri
authority-traficom = { -traficom-full } ({ -traficom })

## Phones
phone-112 = Acil durum numarası
phone-medical-helpline = { -paivystysapu(case: "capital") }
phone-poison = { -myrkytystietokeskus }
phone-crisis = Fince kriz hattı, 24 saat ({ -mieli })
phone-crisis-en-ar = İngilizce ve Arapça kriz hattı ({ -mieli })
phone-crisis-uk = Ukraynaca kriz hattı ({ -mieli })
phone-crisis-ru = Rusça kriz hattı ({ -mieli })
phone-crisis-sv = İsveççe kriz hattı ({ -mieli })
phone-nollalinja = { -nollalinja }: yakın ilişkide şiddetle karşılaşan herkes için yardım hattı
phone-nollalinja-short = { -nollalinja }: aynı yardım hattı, kısa numara

## Checklist
check-permit = Oturma izni alın veya kalışınızı kaydettirin
check-register = { -dvv(case: "locative") } kayıt yaptırın ve kimlik numarası alın
check-kela = Sosyal güvenliği { -kela(case: "dative") } sorun
check-tax-card = Vergi kartı alın
check-bank = Banka hesabı açın ve bankacılık kodları alın
check-jobseeker = İş arayan olarak kayıt yaptırın
check-health = Sağlık merkezinizi bulun
check-integration = Uyum hizmetleri isteyin
check-language = Fince veya İsveççe öğrenmeye başlayın
check-housing = Ev bulun

## Official sources
topic-sources-heading = Resmi kaynaklar

# Owners of the official pages, shown as "<owner>: <page title>".
owner-infofinland = { -infofinland }
owner-kotoutuminen = { -kotoutuminen-fi }
owner-migri = { -migri }
owner-intermin = { -sisaministerio }
owner-dvv = { -dvv }
owner-kela = { -kela }
owner-vero = { -vero }
owner-suomifi = { -suomi-fi }
owner-tyomarkkinatori = { -tyomarkkinatori }
owner-oph = { -oph }
owner-lvv = { -lvv }
owner-erc = { -hatakeskuslaitos }
owner-116117 = { -paivystysapu(case: "capital") }
owner-mieli = { -mieli }
owner-nollalinja = { -nollalinja }
owner-finlex = { -finlex }
owner-tem = { -tem }
owner-traficom = { -traficom }

# Titles of the official pages: what the page is about, without the owner.
source-infofinland-registering = İkamet eden olarak kayıt yaptırma
source-infofinland-health = Finlandiya'da sağlık hizmetleri
source-infofinland-dental = Diş bakımı
source-infofinland-driving = Sürücü belgesi
source-infofinland-housing = Kiralık konut
source-infofinland-daycare = Erken çocukluk eğitimi
source-infofinland-basic-education = Temel eğitim
source-infofinland-living = Finlandiya'da yaşamak
source-infofinland-business = İş kurmak
source-kotoutuminen-who = Kimler değerlendirmeye alınır
source-kotoutuminen-assessment = Beceri ve hizmet ihtiyacı değerlendirmesi
source-kotoutuminen-guidance = Rehberlik ve danışmanlık
source-kotoutuminen-training = Uyum eğitimi
source-kotoutuminen-independent-study = Kendi isteğinizle eğitim almak
source-kotoutuminen-benefits = Uyum sürecinde işsizlik ve sosyal yardımlar
source-kotoutuminen-interpretation = Anlamak ve tercümanlık
source-kotoutuminen-language-choice = Fince veya İsveççe seçmek
source-kotoutuminen-families = Çocuklar, gençler ve aileler
source-kotoutuminen-plan = Uyum planı
source-migri-enter-finland = { -enter-finland } çevrim içi hizmeti
source-migri-extended-permit = Uzatılmış izin
source-migri-permanent = Sürekli oturma izni
source-intermin-permanent = Sürekli oturma izinleri için yeni kurallar (Fince)
source-dvv-nordic = Nordik ülkeler arasında taşınma
source-kela-card = { -kela } kartı
source-kela-moving = Finlandiya'ya taşınma
source-kela-unemployment = İşgücü piyasası desteği
source-kela-housing = Genel konut yardımı
source-kela-social-assistance = Sosyal yardım
source-kela-child-home-care = Evde çocuk bakım yardımı
source-vero-tax-card = Vergi kartı
source-vero-moving = Finlandiya'ya taşınma ve vergiler
source-suomifi-identification = Kimlik doğrulama
source-suomifi-messages = { -suomi-fi } Mesajlar
source-tyomarkkinatori-jobseeker = İş arayanlar için hizmetler
source-oph-recognition = Diplomaların tanınması
source-lvv-home = Sağlık ve sosyal hizmetlerde meslek icra etme hakkı
source-erc-112 = 112 ne zaman aranır
source-116117 = Bölgenizdeki { -paivystysapu }
source-mieli-emergency = Krizde nereden yardım alınır
source-nollalinja = Yakın ilişkide şiddet için yardım
source-finlex-integration-act = Uyumu Teşvik Kanunu (Fince)
source-finlex-civic-orientation = Toplum bilgisi eğitimi hakkında yönetmelik (Fince)
source-tem-reform = Uyum hizmetlerinde planlanan değişiklikler (Fince)
