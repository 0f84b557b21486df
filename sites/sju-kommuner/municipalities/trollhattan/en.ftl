# Trollhättan's local texts in English (municipalities/trollhattan.toml,
# local_texts); the fallback for every language without its own file. Same
# keys as public/local/en.ftl. EXAMPLE: the facts are those the City of
# Trollhättan publishes about its contact centre (Kontaktcenter); check them
# and replace the text with your own before publishing.

local-topic-title = The contact centre in Trollhättan
local-topic-summary = The contact centre (Kontaktcenter) is the City of Trollhättan's one way in. You can ask there about the municipality's services and where to go.
local-topic-step-1 = Visit the contact centre at Gärdhemsvägen 9 in Trollhättan, Monday to Friday 8:00–16:30.
local-topic-step-2 = Tell them if you need an interpreter when you book a time.
local-topic-step-3 = Read more on trollhattan.se.
