# Интерфейс приложения. Эталонная локаль: в каждой другой локали должны быть точно такие же ключи.
# Переменные в фигурных скобках, например { $count }, заполняет приложение: оставляйте их без изменений.

## Shell
app-name = Недавно в Финляндии
skip-to-content = Перейти к содержанию
nav-label = Главное меню
nav-guide = Справочник
nav-language = Язык
nav-municipality = Муниципалитет
nav-municipality-none = Не выбран
breadcrumb-label = Вы здесь
footer-privacy = Все, что вы делаете здесь, остается на этом устройстве. Ничего никуда не отправляется.
footer-disclaimer = В этом справочнике есть общая информация. Решение по вашему делу принимают органы власти.
opens-new-tab = откроется в новой вкладке

## Notices
notice-machine = Этот текст переведен машиной, и в нем могут быть ошибки. Если что-то непонятно, спросите у сотрудников или посмотрите на официальном сайте. Пожалуйста, сообщите нам об ошибках, чтобы мы могли их исправить.
notice-text-gaps = Некоторых текстов на вашем языке пока нет. Они показаны на английском языке.
notice-checklist-reset = Не удалось прочитать ваш сохраненный список шагов, поэтому он был очищен. Пожалуйста, отметьте ваши шаги снова.
notice-storage-blocked = Этот браузер не разрешает справочнику ничего сохранять. То, что вы здесь делаете, сохраняется только до закрытия этой страницы.

## Loading (the first screen, while a page the person chose is on its way)
loading = Загрузка…

## Language screen
language-title = Выберите язык
language-intro = Нажмите на свой язык. Потом его можно изменить в меню вверху.
language-suggested = Рекомендуется для этого устройства

## Municipality screen (a site for several municipalities)
municipality-title = Выберите свой муниципалитет
municipality-intro = Выберите муниципалитет, в котором вы живете. Тогда справочник покажет его офисы и местную информацию. Потом муниципалитет можно изменить в меню вверху.

## Start page
home-title = Добро пожаловать в Финляндию
home-intro = Этот справочник поможет вам в первые месяцы в Финляндии. Прочитайте о первых шагах, об услугах, которыми вы можете пользоваться, и о том, где получить помощь.
home-guide-title = Основная информация
home-guide-text = Разрешения, { -kela }, работа, здоровье, жилье, школа и другое.
home-checklist-title = Ваши первые шаги
home-help-title = Где получить помощь
home-help-text = Консультации и помощь, телефоны помощи и номера экстренных служб.
home-privacy = Вам не нужно входить в систему. Ваши отметки сохраняются только на этом устройстве.

## Guide
guide-title = Основная информация
guide-intro = Выберите тему или найдите слово.
guide-all-topics = Все темы
search-label = Поиск по справочнику
search-button = Найти
search-results = { $count ->
    [0] По запросу «{ $query }» ничего не найдено
    [one] По запросу «{ $query }» найдена { $count } тема
    [few] По запросу «{ $query }» найдено { $count } темы
    [many] По запросу «{ $query }» найдено { $count } тем
   *[other] По запросу «{ $query }» найдено { $count } темы
}
search-none = Попробуйте другое слово или более короткое слово.
search-none-help = Посмотрите, где получить помощь.

## Topic page
topic-back = Все темы
topic-steps-heading = Что делать
topic-authority-heading = Кто за это отвечает
topic-name-fi = По-фински
topic-name-sv = По-шведски
topic-phones-heading = Номера телефонов
topic-last-checked = Последняя проверка: { $date }
read-aloud = Прочитать вслух
read-aloud-stop = Остановить чтение
read-aloud-no-voice = На этом устройстве нет голоса, который может читать вслух на этом языке.

## Checklist
checklist-heading = Ваш список шагов
checklist-progress = Сделано шагов: { $done } из { $total }
checklist-read-more = Подробнее

## Not found
not-found-title = Страница не найдена
not-found-text = Мы не нашли эту страницу. Возможно, ссылка устарела или в ней есть ошибка.
not-found-home = Перейти на главную страницу
not-found-guide = Посмотреть все темы справочника

## Local offices (from the municipality's settings)
office-heading = Местный офис
office-address = Адрес
office-phone = Телефон
office-hours = Часы работы
office-website = Сайт
office-accessibility = Доступность
office-languages = Языки обслуживания

## Kiosk (shared device in a service point)
kiosk-finish = Закончить и очистить
kiosk-idle-title = Вы еще здесь?
kiosk-idle-text = Чтобы защитить ваши личные данные, все на этом экране будет удалено. Осталось секунд: { $seconds }.
kiosk-still-here = Я еще здесь
kiosk-qr-help = Отсканируйте этот код своим телефоном, чтобы взять ваши ответы и путь с собой. На этом устройстве ничего не сохраняется.
mine-title = Ваши ответы из пункта обслуживания
mine-intro = Это ответы и путь, которые вы составили в пункте обслуживания. На этом телефоне они еще не сохранены.
mine-save = Сохранить на этом телефоне

## App updates
update-available = Доступна новая версия этого справочника.
update-reload = Обновить сейчас

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Вопросы
qn-home-title = Подготовьтесь к оценке
qn-home-text = Ответьте на вопросы о своих навыках и планах до встречи.
qn-deleted = Ваши данные удалены с этого устройства.
qn-notice-migrated = Ваши сохраненные ответы обновлены для этой версии приложения.
qn-notice-dropped = Некоторые сохраненные ответы больше не подходят к вопросам и были удалены. Пожалуйста, проверьте свои ответы.
pw-nav = Ваш путь
