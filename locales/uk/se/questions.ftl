# Тексти анкети для пакета «Швеція» українською: запитання, тексти-підказки
# і власні набори варіантів відповідей пакета. Ті самі ключі, що й у
# locales/sv/se/questions.ftl. Спільні набори варіантів (так/ні, мови, рівень
# освіти та інші) мають свої тексти в locales/uk/questions.ftl. Шведські
# терміни залишаються в дужках.
# Machine translation from English, to be checked by a native speaker.

## Questions: about you
se-q-age = Скільки вам років?
se-q-permit = Чому ви отримали дозвіл на проживання у Швеції?
se-q-permit-help = Подивіться на свою картку дозволу на проживання від { -migrationsverket-full(case: "genitive") } ({ -migrationsverket }). Якщо ви не впевнені, виберіть «Не знаю».
se-q-personnummer = У вас є персональний ідентифікаційний код (personnummer)?
se-q-personnummer-help = Personnummer — це ваш шведський персональний ідентифікаційний код. Ви отримуєте його від { -skatteverket-full(case: "genitive") } ({ -skatteverket }), коли вас вносять до реєстру населення (folkbokföring).
se-q-e-id = У вас є електронна ідентифікація (e-legitimation), наприклад { -bankid }?
se-q-e-id-help = Електронна ідентифікація (e-legitimation) підтверджує вашу особу в інтернеті. Найпоширеніша — { -bankid }: ви отримуєте її у своєму банку, і для неї потрібен personnummer.

## Questions: languages
se-q-mother-tongue = Яка ваша рідна мова?
se-q-other-languages = Якими ще мовами ви розмовляєте?
se-q-read-own = Ви вмієте читати рідною мовою?
se-q-latin-alphabet = Ви можете прочитати літери цього алфавіту: A B C D E?
se-q-latin-alphabet-help = Шведською і англійською пишуть цими літерами (латинський алфавіт). Ваша відповідь допомагає знайти для вас відповідний курс шведської мови.

## Questions: education and work
se-q-school-years = Скільки років загалом ви ходили до школи або навчалися?
se-q-school-years-help = Порахуйте всі роки, від початкової школи до університету. Якщо ви не впевнені, вкажіть приблизно.
se-q-education-level = Яку найвищу освіту ви здобули?
se-q-education-field = Що ви вивчали?
se-q-certificates = У вас є свідоцтва або дипломи про освіту?
se-q-has-worked = Ви працювали раніше?
se-q-work-fields = У яких сферах ви працювали?
se-q-goals = Що ви хочете робити у Швеції в найближчі кілька років?

## Questions: your life now
se-q-has-children = У вас є діти, які живуть з вами?
se-q-children-ages = Скільки років вашим дітям?
se-q-housing = Де ви зараз живете?
se-q-urgent = Вам терміново потрібна допомога з чимось?

## Questions: health
se-q-health-affects = Ваше здоров’я або щось інше заважає вам навчатися або працювати?

## Questions: your meetings
se-q-interpreter = Вам потрібен перекладач на зустрічах?
se-q-interpreter-language = Якою мовою має говорити перекладач?

## Options: residence permit
opt-sepermit-refugee = Статус біженця (flykting)
opt-sepermit-protection = Статус особи, яка потребує захисту (alternativt skyddsbehövande)
opt-sepermit-family-of-protected = Член сім’ї біженця або особи, яка потребує захисту
opt-sepermit-family = Сімейні зв’язки з іншою людиною у Швеції
opt-sepermit-work = Робота
opt-sepermit-study = Навчання
opt-sepermit-eu = Громадянство країни ЄС, ЄЕЗ або Північної країни
opt-sepermit-other = Інша причина

## Options: children's ages
opt-sechildage-1-5 = Від 1 до 5 років (дитячий садок, förskola)
opt-sechildage-6-15 = Від 6 до 15 років (школа, förskoleklass і grundskola)
opt-sechildage-16-19 = Від 16 до 19 років (вік старшої середньої школи, gymnasium)

## Options: housing
opt-sehousing-own-contract = У своєму орендованому житлі (förstahandskontrakt) або у власному житлі
opt-sehousing-second-hand = Я орендую житло в іншого орендаря (andrahandskontrakt)
opt-sehousing-assigned = У житлі, яке для мене організував муніципалітет (anvisad bostad)
opt-sehousing-temporary = У тимчасовому місці, наприклад у друзів або родичів
opt-sehousing-none = Мені немає де жити

## Options: urgent needs
opt-seurgent-housing = Житло
opt-seurgent-safety = Безпека: я або моя сім’я в небезпеці
opt-seurgent-health = Здоров’я
opt-seurgent-none = Ні, нічого термінового
