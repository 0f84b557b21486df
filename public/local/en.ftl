# Local texts for English. They override the national texts with the same
# key, and can add a local guide topic:
#   local-topic-title   the topic's title (the topic shows only if this exists)
#   local-topic-summary one paragraph
#   local-topic-step-1 … local-topic-step-5   optional steps, shown in order
# The offices in municipality.toml with "local" in `serves` are listed with it.
# Example for the fictional municipality of Esimerkkilä: replace or delete.

local-topic-title = Services in Esimerkkilä
local-topic-summary = Esimerkkilä has a service point for new residents in the town centre. You can come without an appointment on Tuesdays and Thursdays.
local-topic-step-1 = Come to the service point with your residence permit card or passport.
local-topic-step-2 = Ask for an interpreter when you book a time. It is free.
local-topic-step-3 = The library at Torikatu 5 has free computers and help with online services.
