# App interface. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = New in Finland
skip-to-content = Skip to content
nav-label = Main menu
nav-guide = Guide
nav-language = Language
nav-municipality = Municipality
nav-municipality-none = Not chosen
breadcrumb-label = You are here
footer-privacy = Everything you do here stays on this device. Nothing is sent anywhere.
footer-disclaimer = This guide gives general information. The authorities decide your case.
opens-new-tab = opens in a new tab

## Notices
notice-machine = This text was translated by a machine and may have mistakes. If something is unclear, ask the staff or check the official website. Please tell us about mistakes so we can fix them.
notice-text-gaps = Some texts are not available in your language yet. They are shown in English.
notice-checklist-reset = Your saved checklist could not be read, so it was cleared. Please tick your steps again.
notice-storage-blocked = This browser does not let the guide save anything. What you do here is kept only until you close this page.

## Loading (the first screen, while a page the person chose is on its way)
loading = Loading…

## Language screen
language-title = Choose your language
language-intro = Tap your language. You can change it later from the menu at the top.
language-suggested = Suggested for this device

## Municipality screen (a site for several municipalities)
municipality-title = Choose your municipality
municipality-intro = Choose the municipality where you live. Then the guide shows its offices and local information. You can change it later from the menu at the top.

## Start page
home-title = Welcome to Finland
home-intro = This guide helps you with your first months in Finland. Read about your first steps, the services you can use and where to get help.
home-guide-title = Basic information
home-guide-text = Permits, { -kela }, work, health, housing, school and more.
home-checklist-title = Your first steps
home-help-title = Where to get help
home-help-text = Guidance and counselling, helplines and emergency numbers.
home-privacy = You do not need to log in. What you tick is saved only on this device.

## Guide
guide-title = Basic information
guide-intro = Choose a topic, or search for a word.
guide-all-topics = All topics
search-label = Search the guide
search-button = Search
search-results = { $count ->
    [0] Nothing found for “{ $query }”
    [one] 1 topic found for “{ $query }”
   *[other] { $count } topics found for “{ $query }”
}
search-none = Try another word, or a shorter word.
search-none-help = See where to get help.

## Topic page
topic-back = All topics
topic-steps-heading = What to do
topic-authority-heading = Who is responsible
topic-name-fi = In Finnish
topic-name-sv = In Swedish
topic-phones-heading = Phone numbers
topic-last-checked = Last checked: { $date }
read-aloud = Read aloud
read-aloud-stop = Stop reading
read-aloud-no-voice = This device has no voice for reading this language aloud.

## Checklist
checklist-heading = Your checklist
checklist-progress = { $done } of { $total } steps done
checklist-read-more = Read more

## Not found
not-found-title = Page not found
not-found-text = We could not find this page. The link may be old or mistyped.
not-found-home = Go to the start page
not-found-guide = See all guide topics

## Local offices (from the municipality's settings)
office-heading = Local office
office-address = Address
office-phone = Phone
office-hours = Opening hours
office-website = Website
office-accessibility = Accessibility
office-languages = Languages spoken

## Kiosk (shared device in a service point)
kiosk-finish = Finish and clear
kiosk-idle-title = Are you still here?
kiosk-idle-text = To protect your privacy, everything on this screen will be cleared in { $seconds } seconds.
kiosk-still-here = I'm still here
kiosk-qr-help = Scan this code with your own phone to take your answers and pathway with you. Nothing is saved on this device.
mine-title = Your answers from the service point
mine-intro = These are the answers and the pathway you made at the service point. They are not saved on this phone yet.
mine-save = Save on this phone

## App updates
update-available = A new version of this guide is available.
update-reload = Update now

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Questions
qn-home-title = Prepare for your assessment
qn-home-text = Answer questions about your skills and plans before your meeting.
qn-deleted = Your data was deleted from this device.
qn-notice-migrated = Your saved answers were updated for this version of the app.
qn-notice-dropped = Some saved answers no longer fit the questions and were removed. Please check your answers.
pw-nav = Pathway
