# Needs questionnaire. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = Підготуйтеся до оцінки
qn-intro = Перед першою зустріччю щодо послуг з інтеграції ви можете відповісти на запитання про свої навички, свої плани і своє життя зараз. Тоді зустріч може початися з ваших відповідей.
qn-how-long = Це займає приблизно 15 хвилин. Ви можете зупинитися і продовжити пізніше.
qn-private = Ваші відповіді залишаються на цьому пристрої. Нічого нікуди не надсилається. Ви самі вирішуєте, кому їх показати.
qn-skip-note = Відповідайте лише на ті запитання, на які хочете. У деяких запитаннях є варіанти «Не знаю», «Пропустити» або «Не хочу відповідати».
qn-start = Почати
qn-continue = Продовжити з того місця, де ви зупинилися
qn-start-again = Почати спочатку
qn-check-link = Перевірте свої відповіді
qn-saved-count = { $count ->
    [one] Ви відповіли на { $count } запитання.
    [few] Ви відповіли на { $count } запитання.
    [many] Ви відповіли на { $count } запитань.
   *[other] Ви відповіли на { $count } запитання.
}
qn-progress = Частина { $part } з { $parts }: { $section }
qn-progress-label = Прогрес
qn-back = Назад
qn-continue-button = Далі
qn-dont-know = Не знаю
qn-prefer-not = Не хочу відповідати
qn-skip = Пропустити це запитання
qn-choose-all = Виберіть усі варіанти, які підходять.
qn-month = Місяць
qn-year = Рік
qn-number = Число
qn-your-answer = Ваша відповідь
qn-selected = Вибрано

## Check your answers
qn-check-title = Перевірте свої відповіді
qn-check-intro = Подивіться на свої відповіді. Ви можете змінити будь-яку відповідь.
qn-change = Змінити
qn-answer-now = Відповісти
qn-not-answered = Немає відповіді
qn-answer-dont-know = Не знаю
qn-answer-prefer-not = Не хочу відповідати
qn-answer-skipped = Пропущено
qn-done-title = Що буде далі
qn-done-text = Ваші відповіді збережено на цьому пристрої. Покажіть їх на зустрічі. Людина, з якою ви зустрінетеся, разом з вами вирішить, які послуги вам потрібні.
qn-see-pathway = Подивіться свій запропонований шлях

## Deleting
qn-delete = Видалити мої дані з цього пристрою
qn-delete-confirm-title = Видалити ваші дані?
qn-delete-confirm-text = Це видалить з цього пристрою ваші відповіді, позначки у списку кроків і вибір мови. Скасувати це неможливо.
qn-delete-yes = Так, видалити
qn-delete-cancel = Скасувати

## Notices about stored answers
qn-notice-discarded = Не вдалося прочитати ваші збережені відповіді, тому їх видалено. Будь ласка, дайте відповіді ще раз.
qn-notice-newer = Ваші відповіді збережено в новішій версії цього застосунку. Будь ласка, оновіть застосунок або відкрийте його в оновленому браузері. Ваші збережені відповіді не змінено.

## Errors
error-summary = Виникла проблема
error-required = Будь ласка, дайте відповідь на запитання або виберіть інший варіант нижче.
error-unknown-option = Будь ласка, виберіть один із варіантів.
error-exclusive = Цю відповідь не можна вибрати разом з іншими.
error-not-a-number = Будь ласка, напишіть число цифрами, наприклад 12.
error-out-of-range = Будь ласка, напишіть число від { $min } до { $max }.
error-year-too-early = Будь ласка, напишіть рік { $min } або пізніший.
error-in-future = Дата не може бути в майбутньому.
error-month = Будь ласка, виберіть місяць.
error-too-long = Будь ласка, напишіть не більше ніж { $max } символів.

## Months
month-1 = Січень
month-2 = Лютий
month-3 = Березень
month-4 = Квітень
month-5 = Травень
month-6 = Червень
month-7 = Липень
month-8 = Серпень
month-9 = Вересень
month-10 = Жовтень
month-11 = Листопад
month-12 = Грудень

## Sections
section-about = Про вас
section-languages = Мови
section-education = Освіта
section-work = Робота
section-skills = Навички і сильні сторони
section-goals = Ваші цілі
section-life = Ваше життя зараз
section-wellbeing = Здоров’я і самопочуття
section-wellbeing-intro = Ці запитання необов’язкові. Ми їх ставимо, бо здоров’я може впливати на навчання і роботу, а допомогу можна отримати. Ви можете пропустити їх або вибрати «Не хочу відповідати».
section-appointment = Ваша зустріч

## Questions: about you
q-age-group = Скільки вам років?
q-residence-basis = Чому ви отримали право жити у Фінляндії?
q-residence-basis-help = Подивіться на свою картку дозволу на проживання або довідку про реєстрацію. Якщо ви не впевнені, виберіть «Не знаю».
q-permit-date = Коли ви отримали свій перший дозвіл на проживання або реєстрацію у Фінляндії?
q-permit-date-help = Послуги з інтеграції зазвичай пропонують протягом перших 3 років після цієї дати.
q-municipality-registered = У вас є муніципалітет проживання у Фінляндії?
q-municipality-registered-help = Це означає, що ви зареєстровані як мешканець фінського муніципалітету. Цю реєстрацію робить { -dvv }.
q-first-steps-done = Що з цього у вас уже є?
q-unaccompanied = Ви приїхали до Фінляндії без батьків або опікуна?
q-unaccompanied-help = Опікун — це дорослий, який за законом відповідає за вас.

## Questions: languages
q-mother-tongue = Яка ваша рідна мова?
q-mother-tongue-other = Напишіть назву своєї рідної мови.
q-other-languages = Якими ще мовами ви розмовляєте?
q-finnish = Наскільки добре ви розмовляєте фінською?
q-swedish = Наскільки добре ви розмовляєте шведською?
q-english = Наскільки добре ви розмовляєте англійською?
q-read-own = Ви вмієте читати рідною мовою?
q-write-own = Ви вмієте писати рідною мовою?
q-latin-alphabet = Ви можете прочитати літери цього алфавіту: A B C D E?
q-latin-alphabet-help = Фінською, шведською і англійською пишуть цими літерами (латинський алфавіт).

## Questions: education
q-school-years = Скільки років загалом ви ходили до школи або навчалися?
q-school-years-help = Порахуйте всі роки, від початкової школи до університету. Якщо ви не впевнені, напишіть приблизно.
q-education-level = Яку найвищу освіту ви здобули?
q-education-field = Що ви вивчали?
q-education-country = Де ви здобули цю освіту?
q-certificates = У вас є свідоцтва або дипломи про освіту?
q-certificates-help = Наприклад, шкільні атестати, свідоцтва або дипломи про вищу освіту, на папері або у файлах.
q-unfinished-studies = Ви почали навчання, яке не змогли закінчити?

## Questions: work
q-has-worked = Ви працювали раніше?
q-work-fields = У яких сферах ви працювали?
q-work-other = Напишіть сферу або роботу, яку ви виконували.
q-work-years = Скільки років загалом ви працювали?
q-recent-work = Яка була ваша остання робота?
q-recent-work-help = Напишіть назву посади, наприклад «медсестра» або «водій автобуса».
q-entrepreneur = У вас був власний бізнес?
q-driving-licence = У вас є посвідчення водія?
q-licence-class = Якими транспортними засобами ви можете керувати за своїм посвідченням?

## Questions: skills
q-phone-skills = Ви вмієте користуватися смартфоном, наприклад надсилати повідомлення і користуватися застосунками?
q-computer-skills = Ви вмієте користуватися комп’ютером?
q-online-services = Ви можете самостійно користуватися онлайн-послугами?
q-online-services-help = Наприклад, онлайн-банкінг, запис на прийом або заповнення форми в інтернеті.
q-strengths = Що у вас добре виходить?

## Questions: goals
q-goals = Що ви хочете робити у Фінляндії в найближчі кілька років?
q-main-goal = Що з цього зараз найважливіше для вас?

## Questions: life now
q-jobseeker = Ви зареєстровані як шукач роботи в { -tyollisyyspalvelut(case: "locative") }?
q-jobseeker-help = Ви реєструєтеся через сервіс { -tyomarkkinatori(case: "with-finnish") } або в { -tyollisyyspalvelut(case: "locative") }.
q-social-assistance = Ви отримуєте соціальну допомогу?
q-social-assistance-help = Соціальна допомога — це гроші на основні потреби, коли вашого доходу не вистачає. Базову соціальну допомогу виплачує { -kela }. Якщо ви отримуєте її довго або регулярно, за ваші послуги інтеграції зазвичай відповідає ваш муніципалітет.
q-has-children = У вас є діти, які живуть з вами?
q-children-ages = Скільки років вашим дітям?
q-home-care-allowance = Ви отримуєте від { -kela } допомогу на догляд за дитиною вдома?
q-home-care-allowance-help = Це гроші від { -kela }, коли ви доглядаєте вдома дитину, молодшу за 3 роки.
q-housing = Де ви зараз живете?
q-urgent = Вам терміново потрібна допомога з чимось?

## Questions: wellbeing
q-health-affects = Через здоров’я або щось інше вам важко навчатися або працювати?
q-talk-to-someone = Ви хотіли б поговорити з кимось про своє здоров’я або самопочуття?

## Questions: appointment
q-appointment-language = Якою мовою ви хочете провести зустріч?
q-interpreter = Вам потрібен перекладач на зустрічі?
q-interpreter-language = Якою мовою має говорити перекладач?
q-contact-way = Як ви хочете, щоб установа зв’язалася з вами?
q-contact-way-help = Не пишіть тут свої контактні дані. Ви дасте їх в установі.

## Options
opt-yesno-yes = Так
opt-yesno-no = Ні
opt-firststeps-identity-code = Фінський персональний ідентифікаційний код
opt-firststeps-kela-card = Картка { -kela }
opt-firststeps-tax-card = Податкова картка
opt-firststeps-bank-account = Банківський рахунок
opt-firststeps-none = Поки що нічого з цього
opt-age-under-18 = Менше 18 років
opt-age-18-29 = Від 18 до 29
opt-age-30-44 = Від 30 до 44
opt-age-45-64 = Від 45 до 64
opt-age-65-plus = 65 або більше
opt-residence-protection = Міжнародний захист (притулок, статус біженця)
opt-residence-family = Сімейні зв’язки
opt-residence-work = Робота
opt-residence-study = Навчання
opt-residence-eu = Громадянство ЄС або Північної країни, реєстрація
opt-residence-temporary-protection = Тимчасовий захист
opt-residence-other = Інша причина
opt-residence-protection-family = Член сім’ї людини з міжнародним захистом
opt-residence-trafficking = Жертва торгівлі людьми (хтось змусив вас працювати або робити інше)
opt-socialassist-lasting = Так, довгий час або регулярно
opt-socialassist-short-term = Так, один раз або недовго
opt-socialassist-no = Ні
opt-socialassist-yes = Так (не сказано, як довго)
opt-language-arabic = Арабська
opt-language-dari = Дарі
opt-language-farsi = Перська (фарсі)
opt-language-kurdish = Курдська
opt-language-pashto = Пушту
opt-language-somali = Сомалі
opt-language-tigrinya = Тигринья
opt-language-amharic = Амхарська
opt-language-swahili = Суахілі
opt-language-russian = Російська
opt-language-ukrainian = Українська
opt-language-estonian = Естонська
opt-language-albanian = Албанська
opt-language-turkish = Турецька
opt-language-vietnamese = В’єтнамська
opt-language-thai = Тайська
opt-language-chinese = Китайська
opt-language-english = Англійська
opt-language-french = Французька
opt-language-spanish = Іспанська
opt-language-other = Інша мова
opt-level-none = Я ще не розмовляю цією мовою
opt-level-words = Я знаю кілька слів і фраз
opt-level-everyday = Я можу впоратися в повсякденних ситуаціях, наприклад у магазині
opt-level-work = Я можу впоратися з більшістю ситуацій на роботі
opt-howwell-well = Так, добре
opt-howwell-a-little = Трохи
opt-howwell-no = Ні
opt-edu-none = Я не ходив / не ходила до школи
opt-edu-primary = Початкова школа
opt-edu-lower-secondary = Базова середня школа (приблизно до 15 років)
opt-edu-upper-secondary = Старша середня школа (старші класи)
opt-edu-vocational = Професійне училище (навчання професії)
opt-edu-bachelor = Університет або коледж, перший ступінь (бакалавр)
opt-edu-master = Університет, вищий ступінь (магістр)
opt-edu-doctorate = Докторський ступінь (PhD)
opt-field-office = Офісна робота і адміністрування
opt-field-sales = Продажі і магазини
opt-field-cleaning = Прибирання
opt-field-construction = Будівництво
opt-field-manufacturing = Робота на заводі і виробництві
opt-field-transport = Транспорт і водіння
opt-field-restaurant = Ресторани, кафе і кухні
opt-field-health = Охорона здоров’я
opt-field-social-care = Соціальна сфера і догляд за літніми людьми
opt-field-childcare = Догляд за дітьми
opt-field-teaching = Викладання і освіта
opt-field-ict = Комп’ютери та ІТ
opt-field-engineering = Інженерія і техніка
opt-field-agriculture = Сільське господарство, садівництво і лісове господарство
opt-field-beauty = Перукарська справа і краса
opt-field-security = Охорона і безпека
opt-field-repair = Ремонт і технічне обслуговування
opt-field-arts = Мистецтво, медіа і культура
opt-field-science = Наука і дослідження
opt-field-law = Право, економіка і бізнес
opt-field-other = Інша сфера
opt-country-finland = У Фінляндії
opt-country-eu = В іншій країні ЄС або Північній країні
opt-country-other = В іншій країні
opt-certificates-yes = Так, усі
opt-certificates-some = Деякі
opt-certificates-no = Ні
opt-years-under-1 = Менше 1 року
opt-years-1-2 = Від 1 до 2 років
opt-years-3-5 = Від 3 до 5 років
opt-years-6-10 = Від 6 до 10 років
opt-years-over-10 = Більше 10 років
opt-licence-b = Легковий автомобіль
opt-licence-c = Вантажівка
opt-licence-d = Автобус
opt-licence-a = Мотоцикл
opt-licence-other = Інші транспортні засоби
opt-strength-teamwork = Робота з іншими людьми
opt-strength-customer-service = Обслуговування клієнтів
opt-strength-caring = Догляд за людьми
opt-strength-handcrafts = Робота руками
opt-strength-technical = Машини і техніка
opt-strength-cooking = Приготування їжі
opt-strength-organising = Планування і організація
opt-strength-teaching = Навчання інших і пояснення
opt-strength-languages = Вивчення мов
opt-strength-art = Мистецтво, музика або дизайн
opt-strength-sports = Спорт
opt-goal-work-soon = Швидко знайти роботу
opt-goal-vocational = Навчатися професії (професійне навчання)
opt-goal-university = Навчатися в університеті
opt-goal-business = Відкрити власний бізнес
opt-goal-language-first = Спочатку вивчити мову
opt-goal-family = Поки що доглядати за сім’єю
opt-goal-not-sure = Я ще не знаю
opt-childage-under-3 = Менше 3 років
opt-childage-3-6 = Від 3 до 6 років
opt-childage-7-15 = Від 7 до 15 років
opt-childage-16-17 = Від 16 до 17 років
opt-housing-own-rental = У своєму орендованому або власному житлі
opt-housing-temporary = У тимчасовому місці, наприклад у друзів або в центрі прийому
opt-housing-none = Мені немає де жити
opt-urgent-money = Гроші на їжу або рахунки
opt-urgent-housing = Житло
opt-urgent-health = Здоров’я
opt-urgent-safety = Безпека: я або моя сім’я в небезпеці
opt-urgent-family-reunification = Переїзд моєї сім’ї до Фінляндії
opt-urgent-legal-advice = Юридична консультація
opt-urgent-none = Ні, нічого термінового
opt-affects-no = Ні
opt-affects-a-little = Трохи
opt-affects-a-lot = Сильно
opt-apptlang-finnish = Фінська
opt-apptlang-swedish = Шведська
opt-apptlang-english = Англійська
opt-apptlang-own = Моя рідна мова, з перекладачем
opt-contact-phone = Телефонний дзвінок
opt-contact-text-message = SMS-повідомлення
opt-contact-email = Електронна пошта
opt-contact-letter = Лист
opt-contact-in-person = Я прийду в установу
