# The settings check page for the web admin (#/admin/config-check).
# Reference locale: every other locale must have exactly these keys. It
# loads with that page, not on a first visit.

admin-title = Перевірка налаштувань
admin-intro = На цій сторінці видно, як застосунок зрозумів файл налаштувань муніципалітету, municipality.toml. Частини з проблемами застосунок пропускає і використовує для них свої стандартні значення.
admin-none = Проблем немає: усі налаштування зрозуміло.
admin-no-file = Файлу налаштувань немає. Застосунок використовує свої стандартні значення.
admin-count = { $count ->
    [one] Знайдено { $count } проблему:
    [few] Знайдено { $count } проблеми:
    [many] Знайдено { $count } проблем:
   *[other] Знайдено { $count } проблеми:
}
admin-where = Рядок { $line }, стовпець { $column }, { $path }:
config-problem-syntax = Файл неможливо прочитати. Нічого з нього не використовується. Виправте помилку біля цього рядка:
config-problem-unknown-field = Невідоме налаштування, пропущено. Перевірте написання.
config-problem-wrong-type = Неправильний тип значення. Очікується:
config-problem-bad-url = Посилання має починатися з https://
config-problem-bad-path = Логотип має бути шляхом до файлу зображення на цьому сайті, наприклад local/logo.svg.
config-problem-unknown-step = Невідомий крок шляху або тема довідника, пропущено:
config-problem-unknown-locale = Невідомий або не ввімкнений код мови, пропущено:
config-problem-bad-colour = Колір треба записати у форматі #rrggbb, наприклад #0b5394.
config-problem-low-contrast = Колір занадто світлий на білому тлі, щоб його було легко читати (потрібно 4.5:1). Контраст:
config-problem-out-of-range = Число поза допустимими межами. Дозволено:
config-problem-missing = Бракує цього обов’язкового налаштування, тому цю частину пропущено.
config-problem-unknown-country = Невідома країна, тому використовується Фінляндія. Напишіть "fi" для Фінляндії або "se" для Швеції:
config-problem-bad-id = Ідентифікатор муніципалітету може містити лише малі літери a–z, цифри та дефіси, і кожен ідентифікатор указується лише один раз. Пропущено:
config-problem-site-only = Це налаштування стосується всього сайту. Запишіть його в municipality.toml, а не у власний файл муніципалітету.
admin-file-unreadable = Не вдалося прочитати цей файл. Перевірте, що він лежить у теці municipalities/ і що його назва — це ідентифікатор, указаний у municipality.toml.

# The text files part of the settings check page.
admin-texts-title = Текстові файли
admin-texts-intro = Тексти зберігаються у файлах .ftl. Запис із помилкою пропускається, і застосунок показує замість нього англійський текст.
admin-texts-checking = Перевірка текстових файлів…
admin-texts-none = У текстових файлах немає проблем.
admin-texts-where = { $path }, рядок { $line }:
admin-texts-broken = У цьому записі є помилка, тому його пропущено. Інші тексти працюють.
admin-texts-unavailable = Не вдалося завантажити цей файл.
