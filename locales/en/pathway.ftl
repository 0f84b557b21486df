# Suggested pathway, print, and the caseworker's view. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $date }, are filled in by the app: keep them as they are.

## Pathway page
pw-title = Your suggested pathway
pw-intro = These steps are suggested from your answers. First come the things to do now, then what comes later.
pw-disclaimer = This is a suggestion that you prepared yourself. It is not a decision. The authority decides your services together with you in the assessment.
pw-no-answers = You have not answered the questions yet. Answer them first, and you get a pathway made for you.
pw-start-questions = Answer the questions
pw-because = Because you answered:
pw-for-everyone = Suggested for everyone who moves to Finland to stay.
pw-where = Where to go:
pw-source = Official source:
# After a step's sources: the day they were last checked. { $date } is a formatted date.
source-checked = checked { $date }
pw-check-answers = Check or change your answers
timing-now = Do this now
timing-soon = In the coming months
timing-later = Later

## Taking it with you
pw-take-heading = Take this with you
pw-take-intro = Show your answers and this pathway at your appointment. Choose one way.
pw-print = Print
pw-save = Save as a file
pw-share = Share
pw-show-qr = Show QR code
pw-hide-qr = Hide QR code
pw-qr-help = The caseworker can scan this code to see your answers in Finnish or Swedish. You can also scan it with your own phone to keep a copy. Your answers are inside the code: nothing is sent anywhere.
pw-qr-label = QR code with your answers
pw-saved = The file was saved. Look for it in your downloads.
pw-share-failed = Sharing did not work on this device. You can save the file instead.

## Print
print-title = Answers and suggested pathway
print-caseworker-language = Second language, for the caseworker:
print-self-reported = Self-reported by the person before the assessment. The pathway is a suggestion, not a decision.
print-prepared = Prepared on { $date }
print-answers = Answers
print-pathway = Suggested pathway
print-button = Print this page
print-back = Back to your pathway

## Caseworker view
hv-title = Answers for the assessment
hv-self-reported = The person answered these questions alone, before the assessment. The answers are self-reported. The pathway is a suggestion made by the app from the answers, not a decision.
hv-prepared = Prepared on { $date }. The person's language: { $language }.
hv-municipality = Municipality: { $name }
hv-language = Show in:
hv-show-person = Also show the person's language
hv-hide-person = Hide the person's language
hv-print = Print
hv-nothing-stored = Nothing from this page is saved on this device.
hv-dropped = Some answers could not be read. They may have been made with a different version of the app.
hv-load-title = Open saved answers
hv-load-intro = Choose a file that was saved from this app. It ends in .json.
hv-load-label = File with answers
hv-error-title = These answers cannot be opened
hv-try-file = Open a saved file instead

## Errors in links and files
handover-error-empty = The link or the file is empty.
handover-error-too-large = The file is too large to be a file of answers. Check that you chose the right file.
handover-error-malformed = The link or the file is damaged. Ask the person to show the QR code again or to save a new file.
handover-error-newer = These answers were made with a newer version of the app. Update the app (reload the page) and try again.
handover-error-checksum = The link or the file has been changed or damaged, so it cannot be trusted. Ask for a new one.
handover-error-truncated = Part of the link or the file is missing. Ask for a new one.
handover-error-not-json = This is not a file saved from this app.
handover-error-not-handover = This file does not contain answers from this app.

## Steps: urgent
step-urgent-safety-title = If you are in danger, call 112
step-urgent-safety-text = Call 112 if you or your family are in danger now. You can also ask the police, a shelter or a helpline for help. It is free.
step-urgent-housing-title = Ask for help with housing today
step-urgent-housing-text = Contact social services in your { -hyvinvointialue } today and tell them you have no safe place to live. Also tell your municipality.
step-urgent-money-title = Ask for help with money
step-urgent-money-text = If you do not have money for food or bills, apply to { -kela } for basic social assistance. Social services can help you in an emergency.
step-urgent-health-title = Get health care
step-urgent-health-text = Contact your health station. If it is urgent, call the { -paivystysapu } 116 117. It works in most areas: check on 116117.fi. In an emergency, call 112.
step-urgent-family-title = Ask about bringing your family
step-urgent-family-text = Family reunification has its own rules and time limits. Check them on migri.fi and ask for advice soon.
step-urgent-legal-title = Ask for legal advice
step-urgent-legal-text = Ask guidance and counselling services where you can get legal advice. Some advice is free.

## Steps: first steps
step-register-dvv-title = Register your address with { -dvv }
step-register-dvv-text = Register at { -dvv } so that you get a municipality of residence. Many services need it.
step-first-identity-code-title = Get a personal identity code
step-first-identity-code-text = Your personal identity code is often already on your residence permit card. If not, you get it when you register at { -dvv }. You need it at the bank, at { -kela } and in health care.
step-first-kela-title = Ask { -kela } about social security
step-first-kela-text = Apply for a { -kela } card in OmaKela and file the notification of move to Finland. Then { -kela } decides if you are covered by Finnish social security.
step-first-tax-card-title = Get a tax card
step-first-tax-card-text = Get a tax card from { -vero } before you start work. Give it to your employer.
step-first-bank-title = Open a bank account
step-first-bank-text = You need a bank account for your pay and benefits. Ask the bank also for online banking codes.

## Steps: your assessment
step-assessment-employment-title = Your assessment is with the { -tyollisyyspalvelut }
step-assessment-employment-text = You are registered as a jobseeker, so the { -tyollisyyspalvelut } make your assessment and your integration plan with you. Contact them and book a time.
step-assessment-municipality-title = Your assessment is with your municipality
step-assessment-municipality-text = From your answers, your municipality's integration services are responsible for your assessment and your integration plan. Contact them and book a time.
step-assessment-ask-title = Ask for an assessment of your skills and needs
step-assessment-ask-text = Ask guidance and counselling in your municipality who makes your assessment. If you register as an unemployed jobseeker, it is the { -tyollisyyspalvelut }. Otherwise it is usually the municipality.
step-window-open-title = Ask for your integration plan in time
step-window-open-text = The assessment and the first integration plan are made within 3 years of your first residence permit or registration. Ask for them soon.
step-window-passed-title = More than 3 years have passed since your first permit
step-window-passed-text = The first integration plan is usually made within 3 years. Ask your caseworker what is still possible for you. Language courses and other services may still be open to you.
step-jobseeker-register-title = Register as a jobseeker
step-jobseeker-register-text = You want work or training. Register as a jobseeker in { -tyomarkkinatori(case: "with-finnish") } or at the { -tyollisyyspalvelut }.
step-interpreter-title = Ask for an interpreter
step-interpreter-text = Tell the office when you book the time that you need an interpreter. The assessment is done in a language you understand.
step-social-services-title = A social services assessment
step-social-services-text = People with international protection are usually guided to a social services needs assessment. It helps you get the support you need.
step-unaccompanied-plan-title = Support for a young person without a guardian
step-unaccompanied-plan-text = A young person who came without a guardian will usually be guided to a social services needs assessment. A plan is made for you together with social services. Ask your contact person or social worker.
step-talk-health-title = Talk to someone about your health
step-talk-health-text = Book a time at your health station or with social services. You can tell them what makes studying or working hard for you.

## Steps: language
step-literacy-title = Literacy training
step-literacy-text = Ask for literacy training. It is for people who cannot yet read or write well, or who are new to the Latin alphabet. The rules may change in 2027: ask your caseworker.
step-integration-training-title = Integration training: Finnish or Swedish
step-integration-training-text = Integration training teaches Finnish or Swedish, and about society and working life. It usually takes about a year. A test shows which group is right for you. The rules may change in 2027: ask your caseworker.
step-language-with-work-title = Study the language alongside work
step-language-with-work-text = You are ready for work. Ask about language studies that you can do part-time while you work.
step-language-fluent-title = Your language skills are already good
step-language-fluent-text = You may not need language training. Ask about other services, for example studies or work.
step-civic-orientation-title = Civic orientation in your language
step-civic-orientation-text = Ask about the multilingual civic orientation course. It lasts at least 70 hours and tells about rights, services, work and everyday life in Finland.
step-digital-skills-title = Learn to use online services
step-digital-skills-text = Many services are online. Ask your library or municipality about help and courses for using a phone, a computer and online services.

## Steps: education and recognition
step-simhe-title = Guidance for highly educated people
step-simhe-text = { -simhe } services at some universities guide people with a university education and help with the recognition of prior learning.
step-recognition-oph-title = Find out the level of your degree
step-recognition-oph-text = { -oph } can decide what level your foreign degree is in Finland. Bring your certificates. Check on oph.fi how to apply.
step-regulated-valvira-title = Right to work in health or social care
step-regulated-valvira-text = To work in health or social care, you need the right to practise from the { -lvv } (formerly Valvira). You also need enough Finnish or Swedish.
step-regulated-oph-title = Right to work as a teacher or in early education
step-regulated-oph-text = Teaching and early childhood education are regulated professions. { -oph } decides if your education gives you the right to work in them.

## Steps: children
step-daycare-title = Apply for early childhood education
step-daycare-text = Apply to your municipality for early childhood education (day care). The fee depends on your income. Apply early.
step-preprimary-title = Pre-primary education
step-preprimary-text = Pre-primary education is compulsory in the year before school. It is free. Your municipality tells you how to enrol.
step-school-title = School for your children
step-school-text = Education is compulsory from age 7. If your child does not yet speak Finnish or Swedish, ask about preparatory instruction for school.
step-upper-secondary-title = Studies for your teenager
step-upper-secondary-text = Young people must study until 18 or until they finish an upper-secondary qualification. Ask about upper-secondary studies or about TUVA, the preparatory education for them.

## Steps: studies and work
step-vocational-title = Vocational training
step-vocational-text = Ask about TUVA, the preparatory education for an upper secondary qualification. Ask also about vocational upper-secondary studies.
step-university-title = University studies
step-university-text = Ask about higher education studies and their language requirements. { -simhe } services can guide you.
step-self-motivated-title = Agree on studies in your plan first
step-self-motivated-text = If you want to study and keep your unemployment benefit, agree on the studies in your integration plan before you start.
step-business-title = Advice for starting a business
step-business-text = Ask the { -tyollisyyspalvelut } for advice on starting a business in Finland.
step-work-routes-title = Ways into work
step-work-routes-text = Ask the { -tyollisyyspalvelut } about labour market training, a work trial or pay subsidy work.
step-community-title = Meet people and find support
step-community-text = Organisations and leisure activities help you meet people and find work. Examples are immigrants' own organisations, student organisations, mentoring and professional associations. Ask your municipality what is near you.
step-follow-up-plan-title = If the programme ends without a job
step-follow-up-plan-text = When your integration programme ends and you do not have a job yet, a follow-up plan (jatkosuunnitelma) is made with you: a plan for your next steps. Possible routes are, for example, labour market training, pay subsidy work, a work trial, TUVA (preparatory education for an upper secondary qualification), vocational studies, higher education studies, qualifying training, rehabilitative work activity and rehabilitation. If you are a jobseeker, your employment plan builds on the follow-up plan.
step-social-guidance-title = Help with everyday matters
step-social-guidance-text = Do you need more support in daily life? Ask about social guidance that supports integration, and about help with errands (asiointiapu). Some municipalities also give guidance for everyday life outside social services. Ask your municipality.
