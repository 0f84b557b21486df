# The Sweden pack's questionnaire texts in English: its questions, their help
# texts and its own option sets. Same keys as locales/sv/se/questions.ftl.
# Shared option sets (yes/no, languages, education level and others) keep
# their texts in locales/en/questions.ftl. Swedish terms stay in brackets.

## Questions: about you
se-q-age = How old are you?
se-q-permit = Why did you get your residence permit in Sweden?
se-q-permit-help = Look at your residence permit card from the { -migrationsverket-full } ({ -migrationsverket }). If you are not sure, choose “I don't know”.
se-q-personnummer = Do you have a personal identity number (personnummer)?
se-q-personnummer-help = A personnummer is your Swedish personal identity number. You get it from the { -skatteverket-full } ({ -skatteverket }) when you are entered in the population register (folkbokföring).
se-q-e-id = Do you have an e-ID (e-legitimation), for example { -bankid }?
se-q-e-id-help = An e-ID (e-legitimation) shows who you are on the internet. The most common e-ID is { -bankid }: you get it from your bank, and you need a personnummer for it.

## Questions: languages
se-q-mother-tongue = What is your mother tongue?
se-q-other-languages = What other languages do you speak?
se-q-read-own = Can you read in your mother tongue?
se-q-latin-alphabet = Can you read the letters of this alphabet: A B C D E?
se-q-latin-alphabet-help = Swedish and English are written with these letters (the Latin alphabet). Your answer helps to find the right Swedish course for you.

## Questions: education and work
se-q-school-years = How many years did you go to school or study in total?
se-q-school-years-help = Count all years, from primary school to university. If you are not sure, give your best guess.
se-q-education-level = What is the highest education you have finished?
se-q-education-field = What did you study?
se-q-certificates = Do you have your certificates or diplomas?
se-q-has-worked = Have you worked before?
se-q-work-fields = In which fields have you worked?
se-q-goals = What do you want to do in Sweden in the next few years?

## Questions: your life now
se-q-has-children = Do you have children who live with you?
se-q-children-ages = How old are your children?
se-q-housing = Where do you live now?
se-q-urgent = Do you need help with something urgently?

## Questions: health
se-q-health-affects = Does your health or something else make studying or working hard for you?

## Questions: your meetings
se-q-interpreter = Do you need an interpreter at your meetings?
se-q-interpreter-language = Which language should the interpreter speak?

## Options: residence permit
opt-sepermit-refugee = Refugee (flykting)
opt-sepermit-protection = Person in need of protection (alternativt skyddsbehövande)
opt-sepermit-family-of-protected = Family member of a refugee or of a person in need of protection
opt-sepermit-family = Family ties to another person in Sweden
opt-sepermit-work = Work
opt-sepermit-study = Studies
opt-sepermit-eu = Citizen of an EU, EEA or Nordic country
opt-sepermit-other = Another reason

## Options: children's ages
opt-sechildage-1-5 = 1 to 5 years (preschool, förskola)
opt-sechildage-6-15 = 6 to 15 years (school, förskoleklass and grundskola)
opt-sechildage-16-19 = 16 to 19 years (upper secondary school age, gymnasium)

## Options: housing
opt-sehousing-own-contract = In my own rented home (förstahandskontrakt) or a home I own
opt-sehousing-second-hand = I rent from another tenant (andrahandskontrakt)
opt-sehousing-assigned = In a home the municipality arranged for me (anvisad bostad)
opt-sehousing-temporary = In a temporary place, for example with friends or family
opt-sehousing-none = I have no place to live

## Options: urgent needs
opt-seurgent-housing = A place to live
opt-seurgent-safety = Safety: I or my family are not safe
opt-seurgent-health = Health
opt-seurgent-none = No, nothing urgent
