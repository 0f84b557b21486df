# Machine-made translation from English (locales/en/guide.ftl); not yet reviewed by a person.
# Temat e udhëzuesit.

## first-steps
topic-first-steps-title = Hapat tuaj të parë në Finlandë
topic-first-steps-summary = Kjo listë tregon gjërat e para që bëjnë shumica e njerëzve pasi vijnë këtu. Shënoni çdo hap kur ta keni kryer. Për ju rendi mund të jetë ndryshe.
topic-first-steps-step-1 = Hapni një hap për të lexuar më shumë për të. Aty mund të shihni çfarë të bëni dhe ku të shkoni.
topic-first-steps-step-2 = A është diçka e paqartë? Kërkoni ndihmë. Mund t'ju ndihmojnë shërbimet e integrimit ose shërbimet e udhëzimit dhe këshillimit në komunën tuaj.

## residence-permit
topic-residence-permit-title = Leja e qëndrimit dhe regjistrimi
topic-residence-permit-summary = Shumica e njerëzve kanë nevojë për leje qëndrimi nga { -migri-full } ({ -migri }). Shtetasit e BE-së dhe të vendeve nordike nuk kanë nevojë për leje. Por ata duhet të regjistrohen. Leja ose regjistrimi ju duhet për shumë hapa të tjerë.
topic-residence-permit-step-1 = A keni nevojë për leje qëndrimi? Aplikoni te { -migri }. Shikoni në migri.fi cila leje i përshtatet arsyes së ardhjes suaj.
topic-residence-permit-step-2 = A jeni shtetas i një vendi të BE-së? Regjistroni të drejtën tuaj për të jetuar në Finlandë te { -migri } brenda 3 muajve nga ardhja. A jeni shtetas i një vendi nordik dhe do të qëndroni më shumë se 6 muaj? Atëherë regjistrohuni personalisht te { -dvv } brenda një muaji. Shikoni në { -infofinland } si ta bëni këtë.
topic-residence-permit-step-3 = Ruajeni mirë kartën e lejes së qëndrimit. Ju duhet në shumë zyra. Nëse e humbisni, pyesni { -migri(case: "accusative") } çfarë të bëni.
topic-residence-permit-step-4 = Leja juaj është e vlefshme vetëm për një kohë të caktuar. Aplikoni për leje të zgjatur para se t'ju mbarojë. Shikoni rregullat dhe datat në migri.fi.

## right-to-stay
topic-right-to-stay-title = Ruajtja e së drejtës për të qëndruar
topic-right-to-stay-summary = Leja juaj e qëndrimit është e vlefshme vetëm për një kohë të caktuar. Për të qëndruar në Finlandë, mbajeni lejen të vlefshme dhe njoftoni { -migri(case: "accusative") } për çdo ndryshim. Pas disa vitesh mund të merrni leje qëndrimi të përhershme.
topic-right-to-stay-step-1 = Aplikoni për leje të zgjatur para se t'ju mbarojë leja. Leja e zgjatur është një leje e re që ju lejon të vazhdoni të jetoni këtu. Aplikoni në internet në { -enter-finland }, shërbimin në internet të { -migri(case: "genitive") }.
topic-right-to-stay-step-2 = Njoftoni { -migri(case: "accusative") } kur ndryshon situata juaj. Për shembull, ju mbaron puna ose ndryshon familja juaj. Adresën e re ia tregoni { -dvv(case: "genitive") }.
topic-right-to-stay-step-3 = Ndonjëherë { -migri } ju dërgon një letër dhe kërkon më shumë informacion. Përgjigjuni brenda afatit që shkruan në letër. Kërkoni ndihmë nëse letra është e vështirë për t'u kuptuar.
topic-right-to-stay-step-4 = Që nga 8 janari 2026 janë në fuqi rregulla të reja për lejen e qëndrimit të përhershme. Si rregull, duhet të keni jetuar 6 vjet në Finlandë. Ju duhet gjithashtu një nivel mjaft i mirë i finlandishtes ose i suedishtes (njohuri të kënaqshme). Dhe ju duhen 2 vjet përvojë pune. Në këto 2 vjet mund të keni marrë pagesë papunësie ose ndihmë sociale për jo më shumë se 3 muaj. Me të ardhura të larta ose me një diplomë nga Finlanda, mund të mjaftojnë 4 vjet. Shikoni hollësitë në migri.fi.
topic-right-to-stay-step-5 = A bazohet leja juaj te puna? Nëse ju mbaron puna, keni 3 ose 6 muaj për të gjetur punë të re. Pyesni { -migri(case: "accusative") } cila kohë vlen për ju.

## identity-code
topic-identity-code-title = Kodi personal i identitetit dhe adresa
topic-identity-code-summary = { -dvv } mban regjistrin e njerëzve që jetojnë në Finlandë. Kur regjistroheni, mund të merrni një kod personal identiteti. { -dvv } regjistron edhe komunën tuaj të banimit. Shumë shërbime kanë nevojë për këto të dhëna.
topic-identity-code-step-1 = Regjistrohuni te { -dvv } pasi të arrini. Shikoni në dvv.fi si të regjistroheni. Aty shkruhet edhe cilat dokumente të merrni me vete.
topic-identity-code-step-2 = Kodi juaj personal i identitetit shpesh është tashmë në kartën e lejes së qëndrimit. Nëse jo, e merrni kur regjistroheni. Prapë duhet të regjistroheni te { -dvv } për adresën dhe komunën tuaj të banimit. Kodi ju duhet në bankë, te { -kela } dhe në kujdesin shëndetësor. Ruajeni mirë.
topic-identity-code-step-3 = Kur shpërnguleni në një adresë të re, njoftoni { -dvv(case: "accusative") }. Shikoni në dvv.fi si ta bëni këtë.
topic-identity-code-step-4 = A jetojnë me ju anëtarë të familjes? Regjistrojini edhe ata te { -dvv }, edhe fëmijët tuaj. Secili person merr kodin e vet të identitetit.

## kela
topic-kela-title = { -kela } dhe sigurimet shoqërore
topic-kela-summary = { -kela } paguan shumë përfitime në Finlandë. Së pari, { -kela } vendos nëse jeni të mbuluar nga sigurimet shoqërore finlandeze. Nëse jeni të mbuluar, mund të aplikoni për përfitimet e { -kela(case: "genitive") }.
topic-kela-step-1 = Aplikoni për kartën e { -kela(case: "genitive") } në OmaKela, shërbimin në internet të { -kela(case: "genitive") }. Plotësoni edhe njoftimin për shpërnguljen në Finlandë. Pastaj { -kela } vendos nëse jeni të mbuluar nga sigurimet shoqërore finlandeze. Shikoni në kela.fi si ta bëni këtë.
topic-kela-step-2 = Nëse jeni të mbuluar, merrni kartën e { -kela(case: "genitive") }. Mbajeni me vete. E tregoni, për shembull, në farmaci. E drejta juaj për kujdes shëndetësor publik vjen nga komuna juaj e banimit, jo nga karta.
topic-kela-step-3 = { -kela } ka përfitime për shumë situata, për shembull ndihmë për banesën dhe shtesë për fëmijët. Çfarë mund të merrni varet nga situata juaj. Vendos { -kela }.
topic-kela-step-4 = Për çdo përfitim duhet të aplikoni veçmas. Njoftoni { -kela(case: "accusative") } kur ndryshon jeta juaj. Për shembull, kur ndryshojnë të ardhurat, adresa ose familja juaj.

## money
topic-money-title = Paratë në muajt e parë
topic-money-summary = Në muajt e parë mund t'ju duhet ndihmë me paratë. { -kela } paguan shumë përfitime. Për çdo përfitim duhet të aplikoni veçmas. Kjo temë ju tregon për ato më të zakonshmet.
topic-money-step-1 = A jeni të papunë dhe keni një plan integrimi? Mund të merrni pagesë papunësie gjatë planit. Së pari regjistrohuni si punëkërkues i papunë. Pastaj aplikoni për pagesën te { -kela }.
topic-money-step-2 = Mund të aplikoni për përfitime në OmaKela, shërbimin në internet të { -kela(case: "genitive") }. Ka edhe formularë në anglisht.
topic-money-step-3 = A i keni të ardhurat të ulëta? Mund të merrni ndihmë të përgjithshme për banesën nga { -kela }. Ajo ju ndihmon të paguani shpenzimet e shtëpisë. { -kela } vendos sipas situatës suaj.
topic-money-step-4 = Ndihma sociale (toimeentulotuki) është ndihma e fundit kur të ardhurat e tjera nuk mjaftojnë për nevojat bazë. Aplikoni për të te { -kela }. Në disa situata, shërbimet sociale të { -hyvinvointialue(case: "genitive") } ku jetoni mund të japin ndihmë shtesë. Pyesni ata.
topic-money-step-5 = Një përfitim mund të ndalet ose të zvogëlohet. Kjo mund të ndodhë nëse nuk merrni pjesë në planin tuaj të integrimit ose në shërbimet e dakorduara në të. Mund të ndodhë edhe nëse nuk njoftoni { -kela(case: "accusative") } për ndryshimet. Për shembull, kur ndryshojnë të ardhurat, familja ose adresa juaj. Njoftoni { -kela(case: "accusative") } menjëherë për ndryshimet.
topic-money-step-6 = A kujdeseni në shtëpi për një fëmijë nën 3 vjeç? Mund të merrni shtesë për kujdesin e fëmijës në shtëpi nga { -kela }. Rregullat mund të ndryshojnë në vitin 2027. Pyesni punonjësin që ndjek çështjen tuaj.

## tax
topic-tax-title = Karta tatimore dhe tatimet
topic-tax-summary = Në Finlandë, tatimi mbahet nga paga juaj para se t'ju paguhet. Ju duhet një kartë tatimore nga { -vero-full } ({ -vero }). Karta tatimore i tregon punëdhënësit tuaj sa tatim të mbajë.
topic-tax-step-1 = Merrni kartën tatimore para se të filloni punë. Shikoni në vero.fi si ta merrni.
topic-tax-step-2 = Jepjani kartën tatimore punëdhënësit tuaj. Punëdhënësi ka nevojë për të që t'jua paguajë pagën saktë.
topic-tax-step-3 = Pa kartë tatimore, punëdhënësi ju mban shumë më tepër tatim nga paga.
topic-tax-step-4 = Çdo vit { -vero } ju dërgon një deklaratë tatimore për ta kontrolluar. Lexojeni me kujdes. Nëse diçka është gabim, korrigjojeni para datës që shkruhet në të.

## bank-id
topic-bank-id-title = Llogaria bankare dhe identifikimi në internet
topic-bank-id-summary = Ju duhet një llogari bankare për të marrë pagën dhe përfitimet. Kodet e bankës në internet vërtetojnë kush jeni në internet. Kjo quhet identifikim i fortë. E përdorni për { -suomi-fi } dhe për shumë shërbime të tjera elektronike.
topic-bank-id-step-1 = Zgjidhni një bankë dhe pyesni si të hapni llogari. Pyesni cilat dokumente ju duhen.
topic-bank-id-step-2 = Merrni me vete në bankë dokumentet e identifikimit. Për shembull, merrni pasaportën dhe kartën e lejes së qëndrimit.
topic-bank-id-step-3 = Kërkojini bankës kodet e bankës në internet. Me to hyni në bankën tuaj dhe në shumë shërbime publike. Mos ia jepni kurrë kodet tuaja një personi tjetër.
topic-bank-id-step-4 = Hyni në { -suomi-fi } me kodet tuaja. Aty mund të përdorni shumë shërbime publike elektronike në një vend.

## letters
topic-letters-title = Letrat zyrtare dhe identifikimi në internet
topic-letters-summary = Autoritetet ju dërgojnë letra për çështjet tuaja. Disa letra janë vendime. Lexojini menjëherë, sepse mund të kenë afate. Për të lexuar letrat dhe për të përdorur shërbimet elektronike në internet, ju duhet identifikim elektronik i fortë.
topic-letters-step-1 = Vendimet dhe letrat e tjera vijnë me postë ose në Mesazhet e { -suomi-fi }. Mesazhet e { -suomi-fi } janë një kuti postare e sigurt në internet për letrat nga autoritetet. I aktivizoni në { -suomi-fi }. Pas kësaj, kontrolloni shpesh mesazhet tuaja aty.
topic-letters-step-2 = Vendimi (päätös) është një përgjigje zyrtare nga një autoritet për çështjen tuaj. Ai ju tregon si të bëni ankesë dhe deri në cilën datë. Të bësh ankesë do të thotë të kërkosh që vendimi të ndryshohet. Dita e fundit quhet afati i ankesës. Lexojeni çdo vendim menjëherë, që të keni kohë.
topic-letters-step-3 = A është një letër e vështirë për t'u kuptuar? Kërkoni ndihmë. Shërbimet e udhëzimit dhe këshillimit mund t'jua shpjegojnë. Mund të kërkoni edhe një përkthyes gojor.
topic-letters-step-4 = Identifikimi elektronik i fortë vërteton kush jeni në internet. Zakonisht përdorni për këtë kodet e bankës në internet. Kërkojini ato bankës suaj.
topic-letters-step-5 = A ju refuzon një bankë kodet e bankës në internet? Pyesni bankën cilat dokumente pranon. Mund t'ju ndihmojë karta e identitetit e policisë për të huajt ose një certifikatë celulari (identifikim në telefonin tuaj). Çdo bankë e vendos këtë vetë, prandaj pyesni bankën tuaj.

## work
topic-work-title = Puna dhe { -tyollisyyspalvelut }
topic-work-summary = { -tyollisyyspalvelut(case: "capital") } ju ndihmojnë të gjeni punë ose trajnim. Që nga 1 janari 2025, { -tyollisyyspalvelut(case: "accusative") } i ofrojnë komunat. Si punëkërkues regjistroheni në { -tyomarkkinatori(case: "accusative-with-finnish") }.
topic-work-step-1 = Regjistrohuni si punëkërkues në { -tyomarkkinatori(case: "accusative") }. Nëse nuk mundeni ta bëni në internet, kërkoni ndihmë te { -tyollisyyspalvelut }.
topic-work-step-2 = A jeni regjistruar si punëkërkues i papunë? Atëherë { -tyollisyyspalvelut } janë përgjegjëse për shërbimet tuaja të integrimit. Ato vlerësojnë aftësitë tuaja dhe bëjnë një plan bashkë me ju.
topic-work-step-3 = Shkruani një CV. Shënoni arsimin, përvojën e punës dhe aftësitë tuaja. Përditësojeni kur ndryshon diçka.
topic-work-step-4 = Ruajini mirë dëftesat e shkollës dhe vërtetimet e punës. Merrini me vete kur takoni { -tyollisyyspalvelut(case: "accusative") } ose një punëdhënës.

## integration
topic-integration-title = Shërbimet e integrimit
topic-integration-summary = Shërbimet e integrimit ju ndihmojnë të mësoni gjuhën, të gjeni punë dhe të kuptoni shoqërinë finlandeze. Nëse jeni punëkërkues i papunë i regjistruar, për ju janë përgjegjëse { -tyollisyyspalvelut }. Për shumë të tjerë, për shembull për njerëzit jashtë jetës së punës, përgjegjëse është komuna. Pyesni nëse nuk jeni të sigurt.
topic-integration-step-1 = Lexoni informacion bazë për jetën në Finlandë, si ky udhëzues. Nëse keni pyetje, pyesni shërbimet e udhëzimit dhe këshillimit në komunën tuaj.
topic-integration-step-2 = Kërkoni një vlerësim të aftësive dhe të nevojave tuaja për shërbime (vlerësimi fillestar). Ai bëhet në një gjuhë që e kuptoni. Mund të keni një përkthyes gojor.
topic-integration-step-3 = Pas vlerësimit mund të merrni një plan integrimi. Ai shënon studimet dhe shërbimet për ju. Plani i parë bëhet brenda 3 vjetëve nga leja juaj e parë ose nga regjistrimi i parë.
topic-integration-step-4 = Trajnimi i integrimit zakonisht zgjat rreth një vit. Mësoni finlandisht ose suedisht. Mësoni edhe për shoqërinë dhe jetën e punës. Rregullat mund të ndryshojnë në vitin 2027: pyesni punonjësin që ndjek çështjen tuaj.
topic-integration-step-5 = Mund të ndiqni edhe një kurs njohjeje me shoqërinë. Ai jepet në shumë gjuhë dhe zgjat të paktën 70 orë. Mësoni për të drejtat, shërbimet, punën dhe jetën e përditshme.

## language
topic-language-title = Mësimi i finlandishtes ose i suedishtes
topic-language-summary = Finlandishtja dhe suedishtja janë gjuhët zyrtare të Finlandës. Në shumë zona, shumica e njerëzve flasin finlandisht. Gjuha ju ndihmon të gjeni punë dhe të përballoni jetën e përditshme. Pyesni cila gjuhë është më e mira aty ku jetoni.
topic-language-step-1 = Trajnimi i integrimit përfshin finlandishten ose suedishten. Pyesni për të gjatë vlerësimit ose te shërbimet tuaja të integrimit.
topic-language-step-2 = A është e vështirë për ju të lexoni ose të shkruani? Apo shkronjat që përdoren në finlandisht (alfabeti latin) janë të reja për ju? Atëherë kërkoni trajnim për shkrim e lexim. Rregullat për këtë trajnim mund të ndryshojnë në vitin 2027: pyesni punonjësin që ndjek çështjen tuaj.
topic-language-step-3 = Kurse gjuhe ka edhe arsimi joformal për të rriturit. Një shembull është qendra e arsimit për të rriturit. Pyesni komunën tuaj për kurset pranë jush.
topic-language-step-4 = A merrni pagesë papunësie dhe doni të zgjidhni vetë studimet tuaja? Bini dakord për to në planin tuaj para se të filloni. Përndryshe mund ta humbni pagesën.

## qualifications
topic-qualifications-title = Përdorimi i diplomës dhe i profesionit tuaj
topic-qualifications-summary = Arsimi juaj nga jashtë mund t'ju ndihmojë të gjeni punë në Finlandë. Për disa punë ju duhet më parë një vendim zyrtar. Kjo temë ju tregon ku të pyesni.
topic-qualifications-step-1 = A keni një diplomë të arsimit të lartë nga jashtë? { -oph } mund të vendosë cilit nivel i përgjigjet në Finlandë. Shikoni në oph.fi si të aplikoni.
topic-qualifications-step-2 = Disa profesione rregullohen me ligj. Ju duhet një e drejtë zyrtare për të punuar në to. Për shumë prej tyre, { -oph } vendos nëse arsimi juaj ju jep këtë të drejtë.
topic-qualifications-step-3 = Doni të punoni në kujdesin shëndetësor ose social? Ju duhet e drejta e ushtrimit të profesionit nga { -lvv } (Lupa- ja valvontavirasto, më parë Valvira). Duhet gjithashtu ta dini mjaft mirë finlandishten ose suedishten.
topic-qualifications-step-4 = Punëdhënësit privatë vendosin vetë nëse arsimi juaj i përshtatet punës. A keni diplomë universiteti? Shërbimet { -simhe } në disa universitete mund t'ju udhëzojnë.

## health-care
topic-health-care-title = Marrja e kujdesit shëndetësor
topic-health-care-summary = Kujdesin shëndetësor publik dhe shërbimet sociale i drejton { -hyvinvointialue(case: "with-finnish") } ku jetoni. Në Helsinki i drejton Qyteti i Helsinkit. Qendra juaj shëndetësore zakonisht është vendi i parë ku duhet të drejtoheni. Për të përdorur kujdesin shëndetësor publik, zakonisht ju duhet një komunë banimi.
topic-health-care-step-1 = Qendra shëndetësore (terveysasema) është qendra publike e shëndetit për zonën tuaj. Aty mund të takoni një infermier ose një mjek. Gjeni qendrën tuaj shëndetësore dhe pyesni si të rezervoni takimin e parë.
topic-health-care-step-2 = E drejta juaj për kujdes shëndetësor publik vjen nga komuna juaj e banimit. Kjo është komuna ku jeni regjistruar si banor. E drejta nuk vjen nga karta e { -kela(case: "genitive") }. Regjistrohuni te { -dvv } për të pasur një komunë banimi.
topic-health-care-step-3 = A po prisni ende për një komunë banimi? Në rast urgjence, kujdesin e merrni gjithsesi. Shpenzimet mund t'ju duhet t'i paguani më vonë. Për kujdes tjetër, mund të keni prapë të drejtën e kujdesit shëndetësor publik, për shembull sepse punoni në Finlandë. Për këtë duhet të aplikoni veçmas: pyesni { -kela(case: "accusative") }. Mund të shkoni edhe në një klinikë private.
topic-health-care-step-4 = Kujdesi dentar publik është gjithashtu pjesë e kujdesit shëndetësor publik. Pyesni në qendrën tuaj shëndetësore ose në kujdesin dentar publik si të rezervoni një takim.
topic-health-care-step-5 = A jeni shtatzënë? Shkoni në një klinikë për amësinë (neuvola). Ajo ndjek shëndetin tuaj dhe shëndetin e foshnjës. Fëmijët nën moshën e shkollës shkojnë në një klinikë për shëndetin e fëmijëve. Ajo kontrollon shëndetin dhe rritjen e tyre.
topic-health-care-step-6 = A ju duhet ndihmë në gjuhën tuaj? Kërkoni një përkthyes gojor kur rezervoni takimin. Tregojuni cilën gjuhë flisni.

## health
topic-health-title = Sëmundje e papritur dhe kujdes urgjent
topic-health-summary = Kjo temë ju tregon çfarë të bëni kur sëmureni papritur ose ju duhet kujdes shpejt. Për kujdesin shëndetësor të përditshëm, lexoni temën "Marrja e kujdesit shëndetësor". Telefononi 112 vetëm kur në rrezik janë jeta, shëndeti, pasuria ose mjedisi.
topic-health-step-1 = Qendra juaj shëndetësore (terveysasema) zakonisht është vendi i parë ku duhet të drejtoheni. Gjeni qendrën shëndetësore më të afërt. Pyesni si të rezervoni një takim.
topic-health-step-2 = A ju duhet kujdes shpejt? Nëse nuk është urgjencë, telefononi { -paivystysapu(case: "accusative") } 116 117. Aty ju tregojnë çfarë të bëni dhe ku të shkoni. Numri funksionon në shumicën e zonave, por jo kudo. Shikoni në 116117.fi.
topic-health-step-3 = Në rast urgjence, telefononi 112. Për shembull, kur dikush nuk merr frymë, është pa ndjenja ose po humb shumë gjak.
topic-health-step-4 = A ju duhet ndihmë në gjuhën tuaj? Kërkoni një përkthyes gojor kur rezervoni takimin.

## emergency
topic-emergency-title = Numri i urgjencës 112
topic-emergency-summary = 112 është numri i urgjencës në Finlandë. Telefonojeni kur në rrezik janë jeta, shëndeti, pasuria ose mjedisi, për shembull kur ka zjarr. Ju lidheni me policinë, ambulancën dhe shërbimet e zjarrfikjes dhe të shpëtimit.
topic-emergency-step-1 = Telefononi 112 dhe qëndroni të qetë. Thoni kush jeni, ku jeni dhe çfarë ndodhi. Përgjigjuni pyetjeve.
topic-emergency-step-2 = Mos e mbyllni telefonin derisa t'ju thonë se mundeni. Ndiqni udhëzimet që merrni.
topic-emergency-step-3 = Instaloni aplikacionin { -app-112-suomi } në telefonin tuaj. Ai mund ta ndihmojë qendrën e urgjencës të gjejë ku jeni.
topic-emergency-step-4 = Nëse dikush ka marrë helm ose tepër ilaçe, telefononi { -myrkytystietokeskus(case: "accusative") }. Numri i saj është në këtë faqe. Nëse personi është pa ndjenja ose nuk merr frymë mirë, telefononi 112.

## housing
topic-housing-title = Gjetja e një banese
topic-housing-summary = Banesa është një nga gjërat e para që ju duhen. Mund të merrni me qira nga komuna, nga një qiradhënës jofitimprurës ose nga një qiradhënës privat. { -kela } mund t'ju ndihmojë me shpenzimet nëse të ardhurat tuaja janë të ulëta.
topic-housing-step-1 = Kërkoni një banesë me qira. Pyesni komunën tuaj për banesat me qira të komunës dhe ato jofitimprurëse. Aplikoni herët, sepse mund t'ju duhet të prisni.
topic-housing-step-2 = Lexojeni me kujdes kontratën e qirasë para se ta nënshkruani. Qiradhënësi shpesh kërkon një depozitë. Pyesni kur ju kthehet.
topic-housing-step-3 = A i keni të ardhurat të ulëta? Mund të merrni ndihmë për banesën nga { -kela }. { -kela } vendos sipas situatës suaj.
topic-housing-step-4 = Kur shpërnguleni, njoftoni { -dvv(case: "accusative") } për adresën tuaj të re. Nëse merrni përfitime, njoftoni edhe { -kela(case: "accusative") }.

## children
topic-children-title = Fëmijët, kopshti dhe shkolla
topic-children-summary = Kjo temë është për familjet me fëmijë. Ajo ju tregon për kopshtin, shkollën dhe kujdesin shëndetësor për fëmijët. Në Finlandë arsimi është i detyrueshëm për fëmijët dhe të rinjtë.
topic-children-step-1 = Edukimi në fëmijërinë e hershme (varhaiskasvatus) është kujdesi ditor për fëmijët e vegjël. Aplikoni për të veçmas te komuna juaj. Tarifa varet nga të ardhurat e familjes suaj.
topic-children-step-2 = Arsimi parashkollor është i detyrueshëm në vitin para fillimit të shkollës. Është falas.
topic-children-step-3 = Arsimi është i detyrueshëm nga mosha 7 deri në 18 vjeç. Mund të mbarojë më herët nëse i riu përfundon një kualifikim të arsimit të mesëm të lartë.
topic-children-step-4 = A po e mëson ende fëmija juaj finlandishten ose suedishten? Fëmija mund të marrë mësim përgatitor për shkollën. Ai zgjat rreth një vit shkollor.
topic-children-step-5 = Klinikat e shëndetit të fëmijëve (neuvola) kontrollojnë shëndetin dhe rritjen e fëmijëve të vegjël. I drejton { -hyvinvointialue } ku jetoni. Pyesni aty si të rezervoni një vizitë.

## rights
topic-rights-title = Të drejtat dhe detyrimet tuaja
topic-rights-summary = Në Finlandë të gjithë kanë të njëjtat të drejta themelore. Keni edhe detyrime. Për shembull, duhet të zbatoni ligjin dhe të paguani tatimet.
topic-rights-step-1 = Të gjithë janë të barabartë para ligjit. Diskriminimi është i ndaluar, për shembull për shkak të origjinës, fesë, gjinisë ose aftësisë së kufizuar.
topic-rights-step-2 = Gratë dhe burrat kanë të drejta të barabarta. Kjo vlen në shtëpi, në punë dhe në shoqëri.
topic-rights-step-3 = Dhuna është krim, edhe brenda familjes. Nëse jeni në rrezik tani, telefononi 112. { -nollalinja } ndihmon këdo që përballet me dhunë në një marrëdhënie të afërt. Numrat e saj janë në këtë faqe.
topic-rights-step-4 = Në punë keni të drejtë të merrni pagën për të cilën keni rënë dakord. Kërkoni një kontratë me shkrim. Ruajini fletët e pagës.

## everyday
topic-everyday-title = Jeta e përditshme
topic-everyday-summary = Kjo temë jep këshilla për jetën e përditshme në Finlandë. Flet për buxhetin, faturat, shërbimet në internet dhe mbeturinat. Edhe koha e lirë ka rëndësi. Bëhuni pjesë e një klubi, një grupi sportiv ose një shoqate për të njohur njerëz.
topic-everyday-step-1 = Planifikoni paratë tuaja. Shkruani çdo muaj të ardhurat dhe shpenzimet tuaja.
topic-everyday-step-2 = Paguajini faturat në kohë. Faturat e papaguara mund të dëmtojnë vlerësimin tuaj të kredisë. Nëse nuk mund të paguani, kontaktoni herët dërguesin.
topic-everyday-step-3 = Përdorni { -suomi-fi } për shumë shërbime publike elektronike. Bibliotekat publike janë falas. Shumë biblioteka kanë kompjutera, dhe stafi mund t'ju ndihmojë t'i përdorni.
topic-everyday-step-4 = Ndajini mbeturinat për riciklim. Pyesni qiradhënësin ose komunën tuaj për rregullat aty ku jetoni.

## driving-licence
topic-driving-licence-title = Patenta e shoferit nga një vend tjetër
topic-driving-licence-summary = A mund të ngisni makinë në Finlandë me patentën tuaj nga jashtë? Kjo varet nga vendi ku e keni marrë. Shikoni rregullat në kohë.
topic-driving-licence-step-1 = Patenta e shoferit nga një vend i BE-së ose i ZEE-së mbetet e vlefshme në Finlandë. ZEE-ja janë vendet e BE-së, plus Islanda, Lihtenshtajni dhe Norvegjia.
topic-driving-licence-step-2 = Shumë patenta të tjera janë të vlefshme vetëm për një kohë të kufizuar pasi vini këtu. Pas kësaj, duhet ta ndërroni patentën me një finlandeze. Për disa patenta duhet gjithashtu të kaloni një provim drejtimi. Patentën e ndërroni te { -ajovarma }, pikat e shërbimit për patentat e shoferit.
topic-driving-licence-step-3 = Shikoni rregullat për vendin tuaj në { -infofinland }. Bëjeni shpejt, para se të mbarojë koha.

## help
topic-help-title = Ku të gjeni ndihmë
topic-help-summary = Nuk keni pse t'i zbuloni të gjitha vetëm. Shërbimet e udhëzimit dhe këshillimit janë për çdo imigrant. Ato janë edhe për njerëzit pa leje qëndrimi. Mund t'i pyesni për shërbimet dhe për jetën e përditshme.
topic-help-step-1 = Pyesni komunën tuaj ku mund të merrni udhëzim dhe këshillim. Ata mund t'ju tregojnë me cilin shërbim të lidheni.
topic-help-step-2 = { -infofinland } ka informacion për jetën në Finlandë në shumë gjuhë. Përdoreni kur ju duhet informacion në gjuhën tuaj.
topic-help-step-3 = A jeni në krizë dhe ju duhet dikush për të folur? Telefononi linjën e krizës { -mieli }. Linja në finlandisht është e hapur 24 orë. Gjuhët e tjera kanë numrat dhe oraret e tyre. Të gjithë numrat janë në këtë faqe.
topic-help-step-4 = Në rast urgjence, telefononi 112. Telefononi kur në rrezik janë jeta, shëndeti, pasuria ose mjedisi.

## interpreters
topic-interpreters-title = Përkthyesit gojorë
topic-interpreters-summary = Përkthyesi gojor e kthen atë që thoni ju në një gjuhë tjetër, dhe atë që thotë zyrtari në gjuhën tuaj. Me një përkthyes gojor mund t'i kuptoni çështjet tuaja dhe t'i shpjegoni mirë.
topic-interpreters-step-1 = A e filloi çështjen një autoritet? Atëherë autoriteti e siguron përkthyesin gojor dhe e paguan.
topic-interpreters-step-2 = A e filluat çështjen ju vetë? Për shembull, aplikuat për diçka. Atëherë pyesni autoritetin nëse siguron përkthyes gojor.
topic-interpreters-step-3 = Kur rezervoni takimin, u tregoni gjuhën tuaj. Mund të kërkoni një përkthyes gojor që flet dialektin tuaj. Mund të kërkoni edhe një grua ose një burrë si përkthyes.
topic-interpreters-step-4 = Vlerësimi i aftësive dhe i nevojave tuaja për shërbime bëhet në një gjuhë që e kuptoni. Mund të keni përkthyes gojor nëse ju duhet.

## Authorities
authority-migri = { -migri-full }
authority-dvv = { -dvv-full }
authority-kela = { -kela } ({ -kela-full })
authority-vero = { -vero-full }
authority-banks = Bankat dhe { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = Shërbimet e integrimit të komunës
authority-wellbeing = { -hyvinvointialue(case: "capital") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = Komuna juaj
authority-oph = { -oph-full }
authority-lvv = { -lvv } (lejet për kujdesin shëndetësor dhe social)
authority-simhe = Shërbimet { -simhe } në universitete
authority-ngos = Organizatat dhe shoqatat
authority-guidance = Shërbimet e udhëzimit dhe këshillimit
authority-traficom = { -traficom-full } ({ -traficom })

## Phones
phone-112 = Numri i urgjencës
phone-medical-helpline = { -paivystysapu(case: "capital") }
phone-poison = { -myrkytystietokeskus }
phone-crisis = Linja e krizës në finlandisht, 24 orë ({ -mieli })
phone-crisis-en-ar = Linja e krizës në anglisht dhe arabisht ({ -mieli })
phone-crisis-uk = Linja e krizës në ukrainisht ({ -mieli })
phone-crisis-ru = Linja e krizës në rusisht ({ -mieli })
phone-crisis-sv = Linja e krizës në suedisht ({ -mieli })
phone-nollalinja = { -nollalinja }: linjë ndihme për këdo që përballet me dhunë në një marrëdhënie të afërt
phone-nollalinja-short = { -nollalinja }: e njëjta linjë ndihme, numër i shkurtër

## Checklist
check-permit = Merrni leje qëndrimi ose regjistroni qëndrimin tuaj
check-register = Regjistrohuni te { -dvv } dhe merrni kodin e identitetit
check-kela = Pyesni { -kela(case: "accusative") } për sigurimet shoqërore
check-tax-card = Merrni kartën tatimore
check-bank = Hapni një llogari bankare dhe merrni kodet e bankës
check-jobseeker = Regjistrohuni si punëkërkues
check-health = Gjeni qendrën tuaj shëndetësore
check-integration = Kërkoni shërbime integrimi
check-language = Filloni të mësoni finlandisht ose suedisht
check-housing = Gjeni një banesë

## Official sources
topic-sources-heading = Burimet zyrtare

# Pronarët e faqeve zyrtare, të shfaqur si "<pronari>: <titulli i faqes>".
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

# Titujt e faqeve zyrtare: për çfarë flet faqja, pa pronarin.
source-infofinland-registering = Regjistrimi si banor
source-infofinland-health = Shërbimet shëndetësore në Finlandë
source-infofinland-dental = Kujdesi dentar
source-infofinland-driving = Patenta e shoferit
source-infofinland-housing = Banesat me qira
source-infofinland-daycare = Edukimi në fëmijërinë e hershme
source-infofinland-basic-education = Arsimi bazë
source-infofinland-living = Jeta në Finlandë
source-infofinland-business = Hapja e një biznesi
source-kotoutuminen-who = Kush merr vlerësim
source-kotoutuminen-assessment = Vlerësimi i aftësive dhe i nevojave për shërbime
source-kotoutuminen-guidance = Udhëzim dhe këshilla
source-kotoutuminen-training = Trajnimi i integrimit
source-kotoutuminen-independent-study = Studimi me iniciativën tuaj
source-kotoutuminen-benefits = Pagesat e papunësisë dhe përfitimet sociale gjatë integrimit
source-kotoutuminen-interpretation = Të kuptuarit dhe përkthimi gojor
source-kotoutuminen-language-choice = Zgjedhja e finlandishtes ose e suedishtes
source-kotoutuminen-families = Fëmijët, të rinjtë dhe familjet
source-kotoutuminen-plan = Plani i integrimit
source-migri-enter-finland = Shërbimi në internet { -enter-finland }
source-migri-extended-permit = Leja e zgjatur
source-migri-permanent = Leja e qëndrimit e përhershme
source-intermin-permanent = Rregulla të reja për lejet e qëndrimit të përhershme (në finlandisht)
source-dvv-nordic = Shpërngulja ndërmjet vendeve nordike
source-kela-card = Karta e { -kela(case: "genitive") }
source-kela-moving = Shpërngulja në Finlandë
source-kela-unemployment = Subvencioni i tregut të punës
source-kela-housing = Ndihma e përgjithshme për banesën
source-kela-social-assistance = Ndihma sociale
source-kela-child-home-care = Shtesa për kujdesin e fëmijës në shtëpi
source-vero-tax-card = Karta tatimore
source-vero-moving = Shpërngulja në Finlandë dhe tatimet
source-suomifi-identification = Identifikimi
source-suomifi-messages = Mesazhet e { -suomi-fi }
source-tyomarkkinatori-jobseeker = Shërbimet për punëkërkuesit
source-oph-recognition = Njohja e kualifikimeve
source-lvv-home = E drejta e ushtrimit të profesionit në kujdesin shëndetësor dhe social
source-erc-112 = Kur të telefononi 112
source-116117 = { -paivystysapu(case: "capital") } në zonën tuaj
source-mieli-emergency = Ku të gjeni ndihmë në krizë
source-nollalinja = Ndihmë për dhunën në marrëdhëniet e afërta
source-finlex-integration-act = Ligji për nxitjen e integrimit (në finlandisht)
source-finlex-civic-orientation = Dekreti për njohjen me shoqërinë (në finlandisht)
source-tem-reform = Ndryshimet e planifikuara në shërbimet e integrimit (në finlandisht)
