# The settings check page for the web admin (#/admin/config-check).
# Reference locale: every other locale must have exactly these keys. It
# loads with that page, not on a first visit.

admin-title = Settings check
admin-intro = This page shows what the app understood of the municipality's settings file, municipality.toml. Parts with a problem are ignored, and the app uses its defaults for them.
admin-none = No problems: every setting was understood.
admin-no-file = There is no settings file. The app uses its defaults.
admin-count = { $count ->
    [one] 1 problem found:
   *[other] { $count } problems found:
}
admin-where = Line { $line }, column { $column }, { $path }:
config-problem-syntax = The file cannot be read. Nothing in it is used. Fix the mistake near this line:
config-problem-unknown-field = Unknown setting, ignored. Check the spelling.
config-problem-wrong-type = Wrong kind of value. Expected:
config-problem-bad-url = The link must start with https://
config-problem-bad-path = The logo must be a path to an image file in this site, such as local/logo.svg.
config-problem-unknown-step = Unknown pathway step or guide topic, ignored:
config-problem-unknown-locale = Unknown or not enabled language code, ignored:
config-problem-bad-colour = The colour must be written as #rrggbb, for example #0b5394.
config-problem-low-contrast = The colour is too light on white for reading (needs 4.5:1). Contrast:
config-problem-out-of-range = The number is out of range. Allowed:
config-problem-missing = This required setting is missing, so this part is ignored.
config-problem-unknown-country = Unknown country, so Finland is used. Write "fi" for Finland or "se" for Sweden:
config-problem-bad-id = A municipality id may have only small letters a–z, digits and hyphens, and each id is listed once. Ignored:
config-problem-site-only = This setting is for the whole site. Write it in municipality.toml, not in a municipality's own file.
admin-file-unreadable = This file could not be read. Check that it is in the folder municipalities/ and that its name is the id listed in municipality.toml.

# The text files part of the settings check page.
admin-texts-title = Text files
admin-texts-intro = The texts are in .ftl files. An entry with a mistake is skipped, and the app shows the English text in its place.
admin-texts-checking = Checking the text files…
admin-texts-none = No problems in the text files.
admin-texts-where = { $path }, line { $line }:
admin-texts-broken = This entry has a mistake and is skipped. The texts around it still work.
admin-texts-unavailable = This file could not be loaded.
