# Needs questionnaire. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = Подготовьтесь к оценке
qn-intro = Перед первой встречей об услугах интеграции вы можете ответить на вопросы о своих навыках, своих планах и своей жизни сейчас. Тогда встреча может начаться с ваших ответов.
qn-how-long = Это займет около 15 минут. Вы можете остановиться и продолжить позже.
qn-private = Ваши ответы остаются на этом устройстве. Ничего никуда не отправляется. Вы сами решаете, кому их показать.
qn-skip-note = Отвечайте только на то, на что хотите. В некоторых вопросах есть варианты «Не знаю», «Пропустить» или «Не хочу отвечать».
qn-start = Начать
qn-continue = Продолжить с того места, где вы остановились
qn-start-again = Начать заново
qn-check-link = Проверить ответы
qn-saved-count = { $count ->
    [one] Вы ответили на { $count } вопрос.
    [few] Вы ответили на { $count } вопроса.
    [many] Вы ответили на { $count } вопросов.
   *[other] Вы ответили на { $count } вопроса.
}
qn-progress = Часть { $part } из { $parts }: { $section }
qn-progress-label = Прогресс
qn-back = Назад
qn-continue-button = Продолжить
qn-dont-know = Не знаю
qn-prefer-not = Не хочу отвечать
qn-skip = Пропустить этот вопрос
qn-choose-all = Выберите все подходящие ответы.
qn-month = Месяц
qn-year = Год
qn-number = Число
qn-your-answer = Ваш ответ
qn-selected = Выбрано

## Check your answers
qn-check-title = Проверьте свои ответы
qn-check-intro = Посмотрите на свои ответы. Вы можете изменить любой ответ.
qn-change = Изменить
qn-answer-now = Ответить
qn-not-answered = Нет ответа
qn-answer-dont-know = Не знаю
qn-answer-prefer-not = Не хочу отвечать
qn-answer-skipped = Пропущено
qn-done-title = Что будет дальше
qn-done-text = Ваши ответы сохранены на этом устройстве. Покажите их на встрече. Сотрудник, с которым вы встретитесь, вместе с вами решит, какие услуги вам нужны.
qn-see-pathway = Посмотреть предлагаемый путь

## Deleting
qn-delete = Удалить мои данные с этого устройства
qn-delete-confirm-title = Удалить ваши данные?
qn-delete-confirm-text = С этого устройства будут удалены ваши ответы, отметки в списке шагов и выбранный язык. Это нельзя отменить.
qn-delete-yes = Да, удалить
qn-delete-cancel = Отмена

## Notices about stored answers
qn-notice-discarded = Не удалось прочитать ваши сохраненные ответы, поэтому они были удалены. Пожалуйста, ответьте снова.
qn-notice-newer = Ваши сохраненные ответы сделаны в более новой версии этого приложения. Пожалуйста, обновите приложение или откройте его в новой версии браузера. Ваши сохраненные ответы не изменились.

## Errors
error-summary = Есть проблема
error-required = Пожалуйста, ответьте на вопрос или выберите другой вариант ниже.
error-unknown-option = Пожалуйста, выберите один из вариантов.
error-exclusive = Этот ответ нельзя выбрать вместе с другими.
error-not-a-number = Пожалуйста, напишите число цифрами, например 12.
error-out-of-range = Пожалуйста, напишите число от { $min } до { $max }.
error-year-too-early = Пожалуйста, напишите год не раньше { $min }.
error-in-future = Дата не может быть в будущем.
error-month = Пожалуйста, выберите месяц.
error-too-long = Пожалуйста, напишите не больше { $max } знаков.

## Months
month-1 = Январь
month-2 = Февраль
month-3 = Март
month-4 = Апрель
month-5 = Май
month-6 = Июнь
month-7 = Июль
month-8 = Август
month-9 = Сентябрь
month-10 = Октябрь
month-11 = Ноябрь
month-12 = Декабрь

## Sections
section-about = О вас
section-languages = Языки
section-education = Образование
section-work = Работа
section-skills = Навыки и сильные стороны
section-goals = Ваши цели
section-life = Ваша жизнь сейчас
section-wellbeing = Здоровье и благополучие
section-wellbeing-intro = На эти вопросы можно не отвечать. Мы задаем их, потому что здоровье может влиять на учебу и работу, а помощь можно получить. Вы можете пропустить их или выбрать «Не хочу отвечать».
section-appointment = Ваша встреча

## Questions: about you
q-age-group = Сколько вам лет?
q-residence-basis = По какой причине вы получили право жить в Финляндии?
q-residence-basis-help = Посмотрите на карту вида на жительство или на справку о регистрации. Если вы не уверены, выберите «Не знаю».
q-permit-date = Когда вы получили первый вид на жительство или регистрацию в Финляндии?
q-permit-date-help = Услуги интеграции обычно предлагают в первые 3 года после этой даты.
q-municipality-registered = У вас есть муниципалитет проживания в Финляндии?
q-municipality-registered-help = Это значит, что вы зарегистрированы как житель финского муниципалитета. Эту регистрацию делает { -dvv }.
q-first-steps-done = Что из этого у вас уже есть?
q-unaccompanied = Вы приехали в Финляндию без родителей или опекуна?
q-unaccompanied-help = Опекун — это взрослый человек, который по закону отвечает за вас.

## Questions: languages
q-mother-tongue = Какой ваш родной язык?
q-mother-tongue-other = Напишите название вашего родного языка.
q-other-languages = На каких еще языках вы говорите?
q-finnish = Насколько хорошо вы говорите по-фински?
q-swedish = Насколько хорошо вы говорите по-шведски?
q-english = Насколько хорошо вы говорите по-английски?
q-read-own = Вы умеете читать на родном языке?
q-write-own = Вы умеете писать на родном языке?
q-latin-alphabet = Вы можете прочитать буквы этого алфавита: A B C D E?
q-latin-alphabet-help = Финский, шведский и английский языки пишут этими буквами (латинский алфавит).

## Questions: education
q-school-years = Сколько всего лет вы ходили в школу или учились?
q-school-years-help = Считайте все годы, от начальной школы до университета. Если вы не уверены, напишите примерно.
q-education-level = Какое у вас самое высокое законченное образование?
q-education-field = Что вы изучали?
q-education-country = Где вы получили это образование?
q-certificates = У вас есть ваши аттестаты или дипломы?
q-certificates-help = Например, школьные аттестаты, дипломы или документы об окончании университета, на бумаге или в виде файлов.
q-unfinished-studies = Вы начинали учебу, которую не смогли закончить?

## Questions: work
q-has-worked = Вы работали раньше?
q-work-fields = В каких сферах вы работали?
q-work-other = Напишите, в какой сфере или кем вы работали.
q-work-years = Сколько всего лет вы работали?
q-recent-work = Кем вы работали в последний раз?
q-recent-work-help = Напишите название должности, например «медсестра» или «водитель автобуса».
q-entrepreneur = У вас был свой бизнес?
q-driving-licence = У вас есть водительские права?
q-licence-class = Какие транспортные средства вы можете водить по своим правам?

## Questions: skills
q-phone-skills = Вы умеете пользоваться смартфоном, например отправлять сообщения и пользоваться приложениями?
q-computer-skills = Вы умеете пользоваться компьютером?
q-online-services = Вы можете сами пользоваться электронными услугами?
q-online-services-help = Например, пользоваться интернет-банком, записаться на прием или заполнить форму в интернете.
q-strengths = Что у вас хорошо получается?

## Questions: goals
q-goals = Что вы хотите делать в Финляндии в ближайшие несколько лет?
q-main-goal = Что из этого сейчас для вас самое важное?

## Questions: life now
q-jobseeker = Вы зарегистрированы как ищущий работу в { -tyollisyyspalvelut(case: "prepositional") }?
q-jobseeker-help = Зарегистрироваться можно через сервис { -tyomarkkinatori(case: "with-finnish") } или в { -tyollisyyspalvelut(case: "prepositional") }.
q-social-assistance = Вы получаете социальную помощь?
q-social-assistance-help = Социальная помощь — это деньги на основные потребности, когда вашего дохода не хватает. Основную социальную помощь выплачивает { -kela }. Если вы получаете ее долго или регулярно, за ваши услуги по интеграции обычно отвечает ваш муниципалитет.
q-has-children = У вас есть дети, которые живут с вами?
q-children-ages = Сколько лет вашим детям?
q-home-care-allowance = Вы получаете от { -kela } пособие по уходу за ребенком на дому?
q-home-care-allowance-help = Это деньги от { -kela }, когда вы дома ухаживаете за ребенком младше 3 лет.
q-housing = Где вы сейчас живете?
q-urgent = Вам срочно нужна помощь в чем-нибудь?

## Questions: wellbeing
q-health-affects = Ваше здоровье или что-то другое мешает вам учиться или работать?
q-talk-to-someone = Вы хотели бы поговорить с кем-нибудь о своем здоровье или благополучии?

## Questions: appointment
q-appointment-language = На каком языке вы хотите провести встречу?
q-interpreter = Вам нужен переводчик на встрече?
q-interpreter-language = На каком языке должен говорить переводчик?
q-contact-way = Как вы хотите, чтобы с вами связались из офиса?
q-contact-way-help = Не пишите здесь свои контактные данные. Вы дадите их в офисе.

## Options
opt-yesno-yes = Да
opt-yesno-no = Нет
opt-firststeps-identity-code = Финский личный идентификационный код
opt-firststeps-kela-card = Карта { -kela }
opt-firststeps-tax-card = Налоговая карточка
opt-firststeps-bank-account = Банковский счет
opt-firststeps-none = Пока ничего из этого
opt-age-under-18 = Младше 18
opt-age-18-29 = От 18 до 29
opt-age-30-44 = От 30 до 44
opt-age-45-64 = От 45 до 64
opt-age-65-plus = 65 или старше
opt-residence-protection = Международная защита (убежище, статус беженца)
opt-residence-family = Семейные связи
opt-residence-work = Работа
opt-residence-study = Учеба
opt-residence-eu = Гражданство ЕС или Северной страны, регистрация
opt-residence-temporary-protection = Временная защита
opt-residence-other = Другая причина
opt-residence-protection-family = Член семьи человека с международной защитой
opt-residence-trafficking = Жертва торговли людьми (кто-то заставил вас работать или делать другое)
opt-socialassist-lasting = Да, долгое время или регулярно
opt-socialassist-short-term = Да, один раз или недолго
opt-socialassist-no = Нет
opt-socialassist-yes = Да (не сказано, как долго)
opt-language-arabic = Арабский
opt-language-dari = Дари
opt-language-farsi = Персидский (фарси)
opt-language-kurdish = Курдский
opt-language-pashto = Пушту
opt-language-somali = Сомалийский
opt-language-tigrinya = Тигринья
opt-language-amharic = Амхарский
opt-language-swahili = Суахили
opt-language-russian = Русский
opt-language-ukrainian = Украинский
opt-language-estonian = Эстонский
opt-language-albanian = Албанский
opt-language-turkish = Турецкий
opt-language-vietnamese = Вьетнамский
opt-language-thai = Тайский
opt-language-chinese = Китайский
opt-language-english = Английский
opt-language-french = Французский
opt-language-spanish = Испанский
opt-language-other = Другой язык
opt-level-none = Я пока не говорю на нем
opt-level-words = Я знаю несколько слов и фраз
opt-level-everyday = Я справляюсь в обычных ситуациях, например в магазине
opt-level-work = Я справляюсь с большинством ситуаций на работе
opt-howwell-well = Да, хорошо
opt-howwell-a-little = Немного
opt-howwell-no = Нет
opt-edu-none = Я не ходил(а) в школу
opt-edu-primary = Начальная школа
opt-edu-lower-secondary = Неполная средняя школа (примерно до 15 лет)
opt-edu-upper-secondary = Полная средняя школа (старшие классы)
opt-edu-vocational = Профессиональное училище (обучение профессии)
opt-edu-bachelor = Университет или институт, первая степень (бакалавр)
opt-edu-master = Университет, более высокая степень (магистр)
opt-edu-doctorate = Докторская степень (PhD)
opt-field-office = Офисная работа и администрирование
opt-field-sales = Продажи и магазины
opt-field-cleaning = Уборка
opt-field-construction = Строительство
opt-field-manufacturing = Работа на заводе и производство
opt-field-transport = Транспорт и работа водителем
opt-field-restaurant = Рестораны, кафе и кухни
opt-field-health = Здравоохранение
opt-field-social-care = Социальная сфера и уход за пожилыми
opt-field-childcare = Уход за детьми
opt-field-teaching = Преподавание и образование
opt-field-ict = Компьютеры и IT
opt-field-engineering = Инженерное дело и технологии
opt-field-agriculture = Сельское хозяйство, садоводство и лесное хозяйство
opt-field-beauty = Парикмахерское дело и красота
opt-field-security = Охрана и безопасность
opt-field-repair = Ремонт и техническое обслуживание
opt-field-arts = Искусство, СМИ и культура
opt-field-science = Наука и исследования
opt-field-law = Право, экономика и бизнес
opt-field-other = Другая сфера
opt-country-finland = В Финляндии
opt-country-eu = В другой стране ЕС или Северной стране
opt-country-other = В другой стране
opt-certificates-yes = Да, все
opt-certificates-some = Некоторые
opt-certificates-no = Нет
opt-years-under-1 = Меньше 1 года
opt-years-1-2 = От 1 до 2 лет
opt-years-3-5 = От 3 до 5 лет
opt-years-6-10 = От 6 до 10 лет
opt-years-over-10 = Больше 10 лет
opt-licence-b = Легковой автомобиль
opt-licence-c = Грузовик
opt-licence-d = Автобус
opt-licence-a = Мотоцикл
opt-licence-other = Другие транспортные средства
opt-strength-teamwork = Работа с другими людьми
opt-strength-customer-service = Обслуживание клиентов
opt-strength-caring = Уход за людьми
opt-strength-handcrafts = Работа руками
opt-strength-technical = Машины и техника
opt-strength-cooking = Приготовление еды
opt-strength-organising = Планирование и организация
opt-strength-teaching = Обучение и объяснение
opt-strength-languages = Изучение языков
opt-strength-art = Искусство, музыка или дизайн
opt-strength-sports = Спорт
opt-goal-work-soon = Скоро найти работу
opt-goal-vocational = Учиться профессии (профессиональное обучение)
opt-goal-university = Учиться в университете
opt-goal-business = Открыть свой бизнес
opt-goal-language-first = Сначала выучить язык
opt-goal-family = Пока заботиться о семье
opt-goal-not-sure = Я пока не уверен(а)
opt-childage-under-3 = Младше 3 лет
opt-childage-3-6 = От 3 до 6 лет
opt-childage-7-15 = От 7 до 15 лет
opt-childage-16-17 = От 16 до 17 лет
opt-housing-own-rental = В своем съемном или собственном жилье
opt-housing-temporary = Во временном месте, например у друзей или в приемном центре
opt-housing-none = У меня нет жилья
opt-urgent-money = Деньги на еду или счета
opt-urgent-housing = Жилье
opt-urgent-health = Здоровье
opt-urgent-safety = Безопасность: я или моя семья в опасности
opt-urgent-family-reunification = Привезти мою семью в Финляндию
opt-urgent-legal-advice = Юридическая консультация
opt-urgent-none = Нет, ничего срочного
opt-affects-no = Нет
opt-affects-a-little = Немного
opt-affects-a-lot = Сильно
opt-apptlang-finnish = Финский
opt-apptlang-swedish = Шведский
opt-apptlang-english = Английский
opt-apptlang-own = Мой язык, с переводчиком
opt-contact-phone = Телефонный звонок
opt-contact-text-message = СМС
opt-contact-email = Электронная почта
opt-contact-letter = Письмо
opt-contact-in-person = Я приду в офис
