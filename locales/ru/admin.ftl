# The settings check page for the web admin (#/admin/config-check).
# Reference locale: every other locale must have exactly these keys. It
# loads with that page, not on a first visit.

admin-title = Проверка настроек
admin-intro = На этой странице показано, что приложение поняло из файла настроек муниципалитета municipality.toml. Части с ошибками не учитываются, и для них приложение использует настройки по умолчанию.
admin-none = Ошибок нет: все настройки поняты.
admin-no-file = Файла настроек нет. Приложение использует настройки по умолчанию.
admin-count = { $count ->
    [one] Найдена { $count } ошибка:
    [few] Найдено { $count } ошибки:
    [many] Найдено { $count } ошибок:
   *[other] Найдено { $count } ошибки:
}
admin-where = Строка { $line }, столбец { $column }, { $path }:
config-problem-syntax = Файл не удается прочитать. Ничего из него не используется. Исправьте ошибку рядом с этой строкой:
config-problem-unknown-field = Неизвестная настройка, не учитывается. Проверьте написание.
config-problem-wrong-type = Неправильный тип значения. Нужен:
config-problem-bad-url = Ссылка должна начинаться с https://
config-problem-bad-path = Логотип должен быть путем к файлу изображения на этом сайте, например local/logo.svg.
config-problem-unknown-step = Неизвестный шаг пути или тема справочника, не учитывается:
config-problem-unknown-locale = Неизвестный или не включенный код языка, не учитывается:
config-problem-bad-colour = Цвет нужно записать в виде #rrggbb, например #0b5394.
config-problem-low-contrast = Цвет слишком светлый на белом фоне, его трудно читать (нужно 4.5:1). Контраст:
config-problem-out-of-range = Число вне допустимого диапазона. Допустимо:
config-problem-missing = Нет этой обязательной настройки, поэтому эта часть не учитывается.
config-problem-unknown-country = Неизвестная страна, поэтому используется Финляндия. Напишите "fi" для Финляндии или "se" для Швеции:
config-problem-bad-id = Идентификатор муниципалитета может содержать только строчные буквы a–z, цифры и дефисы, и каждый идентификатор должен быть в списке только один раз. Не учитывается:
config-problem-site-only = Эта настройка относится ко всему сайту. Укажите ее в файле municipality.toml, а не в отдельном файле муниципалитета.
admin-file-unreadable = Не удалось прочитать этот файл. Проверьте, что он находится в папке municipalities/ и что его имя совпадает с идентификатором, указанным в municipality.toml.

# The text files part of the settings check page.
admin-texts-title = Текстовые файлы
admin-texts-intro = Тексты хранятся в файлах .ftl. Запись с ошибкой пропускается, и приложение показывает вместо неё английский текст.
admin-texts-checking = Проверка текстовых файлов…
admin-texts-none = В текстовых файлах нет проблем.
admin-texts-where = { $path }, строка { $line }:
admin-texts-broken = В этой записи есть ошибка, поэтому она пропущена. Остальные тексты работают.
admin-texts-unavailable = Не удалось загрузить этот файл.
