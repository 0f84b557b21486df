# App interface. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = Новачкам у Фінляндії
skip-to-content = Перейти до основного змісту
nav-label = Головне меню
nav-guide = Довідник
nav-language = Мова
nav-municipality = Муніципалітет
nav-municipality-none = Не вибрано
breadcrumb-label = Ви тут
footer-privacy = Усе, що ви робите тут, залишається на цьому пристрої. Нічого нікуди не надсилається.
footer-disclaimer = Цей довідник дає загальну інформацію. Рішення у вашій справі ухвалюють органи влади.
opens-new-tab = відкривається в новій вкладці

## Notices
notice-machine = Цей текст переклала машина, тому в ньому можуть бути помилки. Якщо щось незрозуміло, запитайте працівників або перевірте офіційний вебсайт. Будь ласка, повідомте нам про помилки, щоб ми могли їх виправити.
notice-text-gaps = Деяких текстів вашою мовою ще немає. Їх показано англійською.
notice-checklist-reset = Не вдалося прочитати ваш збережений список, тому його очищено. Будь ласка, позначте свої кроки ще раз.
notice-storage-blocked = Цей браузер не дозволяє довіднику нічого зберігати. Те, що ви тут робите, зберігається лише до закриття цієї сторінки.

## Loading (the first screen, while a page the person chose is on its way)
loading = Завантаження…

## Language screen
language-title = Виберіть мову
language-intro = Торкніться своєї мови. Пізніше ви можете змінити її в меню вгорі.
language-suggested = Рекомендовано для цього пристрою

## Municipality screen (a site for several municipalities)
municipality-title = Виберіть свій муніципалітет
municipality-intro = Виберіть муніципалітет, у якому ви живете. Тоді довідник покаже його офіси та місцеву інформацію. Пізніше ви можете змінити його в меню вгорі.

## Start page
home-title = Ласкаво просимо до Фінляндії
home-intro = Цей довідник допоможе вам у перші місяці у Фінляндії. Прочитайте про свої перші кроки, про послуги, якими ви можете користуватися, і про те, де отримати допомогу.
home-guide-title = Основна інформація
home-guide-text = Дозволи, { -kela }, робота, здоров’я, житло, школа та інше.
home-checklist-title = Ваші перші кроки
home-help-title = Де отримати допомогу
home-help-text = Консультації та поради, гарячі лінії і номери екстреної допомоги.
home-privacy = Вам не потрібно входити в систему. Те, що ви позначаєте, зберігається лише на цьому пристрої.

## Guide
guide-title = Основна інформація
guide-intro = Виберіть тему або знайдіть слово через пошук.
guide-all-topics = Усі теми
search-label = Пошук у довіднику
search-button = Шукати
search-results = { $count ->
    [0] За запитом «{ $query }» нічого не знайдено
    [one] За запитом «{ $query }» знайдено { $count } тему
    [few] За запитом «{ $query }» знайдено { $count } теми
    [many] За запитом «{ $query }» знайдено { $count } тем
   *[other] За запитом «{ $query }» знайдено { $count } теми
}
search-none = Спробуйте інше слово або коротше слово.
search-none-help = Подивіться, де отримати допомогу.

## Topic page
topic-back = Усі теми
topic-steps-heading = Що робити
topic-authority-heading = Хто відповідає
topic-name-fi = Фінською
topic-name-sv = Шведською
topic-phones-heading = Номери телефонів
topic-last-checked = Востаннє перевірено: { $date }
read-aloud = Читати вголос
read-aloud-stop = Зупинити читання
read-aloud-no-voice = На цьому пристрої немає голосу, щоб читати вголос цією мовою.

## Checklist
checklist-heading = Ваш список кроків
checklist-progress = Виконано кроків: { $done } з { $total }
checklist-read-more = Докладніше

## Not found
not-found-title = Сторінку не знайдено
not-found-text = Ми не змогли знайти цю сторінку. Можливо, посилання застаріле або в ньому є помилка.
not-found-home = Перейти на головну сторінку
not-found-guide = Переглянути всі теми довідника

## Local offices (from the municipality's settings)
office-heading = Місцевий офіс
office-address = Адреса
office-phone = Телефон
office-hours = Години роботи
office-website = Вебсайт
office-accessibility = Доступність
office-languages = Мови обслуговування

## Kiosk (shared device in a service point)
kiosk-finish = Завершити й очистити
kiosk-idle-title = Ви ще тут?
kiosk-idle-text = Щоб захистити вашу приватність, усе на цьому екрані буде очищено. Залишилося секунд: { $seconds }.
kiosk-still-here = Я ще тут
kiosk-qr-help = Відскануйте цей код своїм телефоном, щоб узяти з собою свої відповіді і свій шлях. На цьому пристрої нічого не зберігається.
mine-title = Ваші відповіді з пункту обслуговування
mine-intro = Це ваші відповіді і шлях, які ви підготували в пункті обслуговування. Їх ще не збережено на цьому телефоні.
mine-save = Зберегти на цьому телефоні

## App updates
update-available = Доступна нова версія цього довідника.
update-reload = Оновити зараз

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Запитання
qn-home-title = Підготуйтеся до оцінки
qn-home-text = Дайте відповіді на запитання про свої навички і плани до зустрічі.
qn-deleted = Ваші дані видалено з цього пристрою.
qn-notice-migrated = Ваші збережені відповіді оновлено для цієї версії застосунку.
qn-notice-dropped = Деякі збережені відповіді більше не підходять до запитань, тому їх видалено. Будь ласка, перевірте свої відповіді.
pw-nav = Ваш шлях
