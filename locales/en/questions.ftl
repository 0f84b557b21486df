# Needs questionnaire. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = Prepare for your assessment
qn-intro = Before your first meeting about integration services, you can answer questions about your skills, your plans and your life now. Then the meeting can start from your answers.
qn-how-long = It takes about 15 minutes. You can stop and continue later.
qn-private = Your answers stay on this device. Nothing is sent anywhere. You decide whom you show them to.
qn-skip-note = Answer only what you want to. Some questions have “I don't know”, “Skip” or “I prefer not to say”.
qn-start = Start
qn-continue = Continue where you left off
qn-start-again = Start again
qn-check-link = Check your answers
qn-saved-count = { $count ->
    [one] You have answered 1 question.
   *[other] You have answered { $count } questions.
}
qn-progress = Part { $part } of { $parts }: { $section }
qn-progress-label = Progress
qn-back = Back
qn-continue-button = Continue
qn-dont-know = I don't know
qn-prefer-not = I prefer not to say
qn-skip = Skip this question
qn-choose-all = Choose all that apply.
qn-month = Month
qn-year = Year
qn-number = Number
qn-your-answer = Your answer
qn-selected = Selected

## Check your answers
qn-check-title = Check your answers
qn-check-intro = Look at your answers. You can change any answer.
qn-change = Change
qn-answer-now = Answer
qn-not-answered = Not answered
qn-answer-dont-know = I don't know
qn-answer-prefer-not = I prefer not to say
qn-answer-skipped = Skipped
qn-done-title = What happens next
qn-done-text = Your answers are saved on this device. Show them at your appointment. The person you meet decides with you what services you need.
qn-see-pathway = See your suggested pathway

## Deleting
qn-delete = Delete my data from this device
qn-delete-confirm-title = Delete your data?
qn-delete-confirm-text = This removes your answers, your checklist ticks and your language choice from this device. You cannot undo this.
qn-delete-yes = Yes, delete
qn-delete-cancel = Cancel

## Notices about stored answers
qn-notice-discarded = Your saved answers could not be read, so they were removed. Please answer again.
qn-notice-newer = Your saved answers were made with a newer version of this app. Please update the app or open it in an up-to-date browser. Your saved answers were not changed.

## Errors
error-summary = There is a problem
error-required = Please answer the question, or choose another option below.
error-unknown-option = Please choose one of the options.
error-exclusive = This answer cannot be chosen together with the others.
error-not-a-number = Please write a number using digits, for example 12.
error-out-of-range = Please write a number from { $min } to { $max }.
error-year-too-early = Please write a year from { $min } or later.
error-in-future = The date cannot be in the future.
error-month = Please choose a month.
error-too-long = Please write at most { $max } characters.

## Months
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Sections
section-about = About you
section-languages = Languages
section-education = Education
section-work = Work
section-skills = Skills and strengths
section-goals = Your goals
section-life = Your life now
section-wellbeing = Health and wellbeing
section-wellbeing-intro = These questions are optional. We ask them because health can affect studying and working, and help is available. You can skip them or choose “I prefer not to say”.
section-appointment = Your appointment

## Questions: about you
q-age-group = How old are you?
q-residence-basis = Why did you get your right to live in Finland?
q-residence-basis-help = Look at your residence permit card or registration certificate. If you are not sure, choose “I don't know”.
q-permit-date = When did you get your first residence permit or registration in Finland?
q-permit-date-help = Integration services are usually offered in the first 3 years after this date.
q-municipality-registered = Do you have a municipality of residence in Finland?
q-municipality-registered-help = This means you are registered as living in a Finnish municipality. { -dvv } registers it.
q-first-steps-done = Which of these do you already have?
q-unaccompanied = Did you come to Finland without your parent or guardian?
q-unaccompanied-help = A guardian is an adult who is legally responsible for you.

## Questions: languages
q-mother-tongue = What is your mother tongue?
q-mother-tongue-other = Write the name of your mother tongue.
q-other-languages = What other languages do you speak?
q-finnish = How well can you speak Finnish?
q-swedish = How well can you speak Swedish?
q-english = How well can you speak English?
q-read-own = Can you read in your mother tongue?
q-write-own = Can you write in your mother tongue?
q-latin-alphabet = Can you read the letters of this alphabet: A B C D E?
q-latin-alphabet-help = Finnish, Swedish and English are written with these letters (the Latin alphabet).

## Questions: education
q-school-years = How many years did you go to school or study in total?
q-school-years-help = Count all years, from primary school to university. If you are not sure, give your best guess.
q-education-level = What is the highest education you have finished?
q-education-field = What did you study?
q-education-country = Where did you get this education?
q-certificates = Do you have your certificates or diplomas?
q-certificates-help = For example school certificates, diplomas or degree certificates, on paper or as files.
q-unfinished-studies = Did you start studies that you could not finish?

## Questions: work
q-has-worked = Have you worked before?
q-work-fields = In which fields have you worked?
q-work-other = Write the field or work you did.
q-work-years = How many years have you worked in total?
q-recent-work = What was your last job?
q-recent-work-help = Write a job title, for example “nurse” or “bus driver”.
q-entrepreneur = Have you had your own business?
q-driving-licence = Do you have a driving licence?
q-licence-class = What kind of vehicles does your licence allow you to drive?

## Questions: skills
q-phone-skills = Can you use a smartphone, for example to send messages and use apps?
q-computer-skills = Can you use a computer?
q-online-services = Can you use online services on your own?
q-online-services-help = For example online banking, booking a time or filling in a form online.
q-strengths = What are you good at?

## Questions: goals
q-goals = What do you want to do in Finland in the next few years?
q-main-goal = Which of these is most important to you now?

## Questions: life now
q-jobseeker = Are you registered as a jobseeker with the { -tyollisyyspalvelut }?
q-jobseeker-help = You register through { -tyomarkkinatori(case: "with-finnish") } or at the { -tyollisyyspalvelut }.
q-social-assistance = Do you get social assistance?
q-social-assistance-help = Social assistance is money for basic needs when your income is not enough. { -kela } pays basic social assistance. If you get it for a longer time or regularly, your municipality is usually responsible for your integration services.
q-has-children = Do you have children who live with you?
q-children-ages = How old are your children?
q-home-care-allowance = Do you get child home care allowance from { -kela }?
q-home-care-allowance-help = This is money from { -kela } when you care for a child under 3 at home.
q-housing = Where do you live now?
q-urgent = Do you need help with something urgently?

## Questions: wellbeing
q-health-affects = Does your health or something else make studying or working hard for you?
q-talk-to-someone = Would you like to talk to someone about your health or wellbeing?

## Questions: appointment
q-appointment-language = In which language do you want to have your appointment?
q-interpreter = Do you need an interpreter at the appointment?
q-interpreter-language = Which language should the interpreter speak?
q-contact-way = How do you want the office to contact you?
q-contact-way-help = Do not write your contact details here. You give them at the office.

## Options
opt-yesno-yes = Yes
opt-yesno-no = No
opt-firststeps-identity-code = A Finnish personal identity code
opt-firststeps-kela-card = A { -kela } card
opt-firststeps-tax-card = A tax card
opt-firststeps-bank-account = A bank account
opt-firststeps-none = None of these yet
opt-age-under-18 = Under 18
opt-age-18-29 = 18 to 29
opt-age-30-44 = 30 to 44
opt-age-45-64 = 45 to 64
opt-age-65-plus = 65 or older
opt-residence-protection = International protection (asylum, refugee status)
opt-residence-family = Family ties
opt-residence-work = Work
opt-residence-study = Studies
opt-residence-eu = EU or Nordic citizen, registered
opt-residence-temporary-protection = Temporary protection
opt-residence-other = Another reason
opt-residence-protection-family = Family member of a person with international protection
opt-residence-trafficking = Victim of human trafficking (someone forced you to work or to do other things)
opt-socialassist-lasting = Yes, for a longer time or regularly
opt-socialassist-short-term = Yes, once or for a short time
opt-socialassist-no = No
opt-socialassist-yes = Yes (not said for how long)
opt-language-arabic = Arabic
opt-language-dari = Dari
opt-language-farsi = Persian (Farsi)
opt-language-kurdish = Kurdish
opt-language-pashto = Pashto
opt-language-somali = Somali
opt-language-tigrinya = Tigrinya
opt-language-amharic = Amharic
opt-language-swahili = Swahili
opt-language-russian = Russian
opt-language-ukrainian = Ukrainian
opt-language-estonian = Estonian
opt-language-albanian = Albanian
opt-language-turkish = Turkish
opt-language-vietnamese = Vietnamese
opt-language-thai = Thai
opt-language-chinese = Chinese
opt-language-english = English
opt-language-french = French
opt-language-spanish = Spanish
opt-language-other = Another language
opt-level-none = I can't speak it yet
opt-level-words = I know some words and phrases
opt-level-everyday = I can manage in everyday situations, like shopping
opt-level-work = I can handle most situations at work
opt-howwell-well = Yes, well
opt-howwell-a-little = A little
opt-howwell-no = No
opt-edu-none = I did not go to school
opt-edu-primary = Primary school
opt-edu-lower-secondary = Lower secondary school (up to about age 15)
opt-edu-upper-secondary = Upper secondary school (high school)
opt-edu-vocational = Vocational school (training for a trade)
opt-edu-bachelor = University or college, first degree (bachelor)
opt-edu-master = University, higher degree (master)
opt-edu-doctorate = Doctorate (PhD)
opt-field-office = Office work and administration
opt-field-sales = Sales and shops
opt-field-cleaning = Cleaning
opt-field-construction = Building and construction
opt-field-manufacturing = Factory and production work
opt-field-transport = Transport and driving
opt-field-restaurant = Restaurants, cafes and kitchens
opt-field-health = Health care
opt-field-social-care = Social care and elderly care
opt-field-childcare = Childcare
opt-field-teaching = Teaching and education
opt-field-ict = Computers and IT
opt-field-engineering = Engineering and technology
opt-field-agriculture = Farming, gardening and forestry
opt-field-beauty = Hairdressing and beauty
opt-field-security = Security and guarding
opt-field-repair = Repair and maintenance
opt-field-arts = Arts, media and culture
opt-field-science = Science and research
opt-field-law = Law, economics and business
opt-field-other = Another field
opt-country-finland = In Finland
opt-country-eu = In another EU or Nordic country
opt-country-other = In another country
opt-certificates-yes = Yes, all of them
opt-certificates-some = Some of them
opt-certificates-no = No
opt-years-under-1 = Less than 1 year
opt-years-1-2 = 1 to 2 years
opt-years-3-5 = 3 to 5 years
opt-years-6-10 = 6 to 10 years
opt-years-over-10 = More than 10 years
opt-licence-b = Car
opt-licence-c = Truck
opt-licence-d = Bus
opt-licence-a = Motorcycle
opt-licence-other = Other vehicles
opt-strength-teamwork = Working with other people
opt-strength-customer-service = Serving customers
opt-strength-caring = Caring for people
opt-strength-handcrafts = Working with my hands
opt-strength-technical = Machines and technology
opt-strength-cooking = Cooking
opt-strength-organising = Planning and organising
opt-strength-teaching = Teaching and explaining
opt-strength-languages = Learning languages
opt-strength-art = Art, music or design
opt-strength-sports = Sports
opt-goal-work-soon = Find a job soon
opt-goal-vocational = Study for a trade (vocational training)
opt-goal-university = Study at a university
opt-goal-business = Start my own business
opt-goal-language-first = Learn the language first
opt-goal-family = Care for my family for now
opt-goal-not-sure = I am not sure yet
opt-childage-under-3 = Under 3 years
opt-childage-3-6 = 3 to 6 years
opt-childage-7-15 = 7 to 15 years
opt-childage-16-17 = 16 to 17 years
opt-housing-own-rental = In my own rented or owned home
opt-housing-temporary = In a temporary place, for example with friends or at a reception centre
opt-housing-none = I have no place to live
opt-urgent-money = Money for food or bills
opt-urgent-housing = A place to live
opt-urgent-health = Health
opt-urgent-safety = Safety: I or my family are not safe
opt-urgent-family-reunification = Bringing my family to Finland
opt-urgent-legal-advice = Legal advice
opt-urgent-none = No, nothing urgent
opt-affects-no = No
opt-affects-a-little = A little
opt-affects-a-lot = A lot
opt-apptlang-finnish = Finnish
opt-apptlang-swedish = Swedish
opt-apptlang-english = English
opt-apptlang-own = My own language, with an interpreter
opt-contact-phone = Phone call
opt-contact-text-message = Text message
opt-contact-email = Email
opt-contact-letter = Letter
opt-contact-in-person = I will visit the office
