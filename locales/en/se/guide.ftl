# The Sweden pack's guide texts in English: topics, authorities, official
# sources, phones, the first-steps checklist and the pathway steps. Every key
# starts with se-. Names of authorities and services are the terms of
# se/terms.ftl: the English name the first time in a text, with the Swedish
# name in brackets, then the Swedish name.

## first-steps
se-topic-first-steps-title = Your first steps in Sweden
se-topic-first-steps-summary = This list shows the first things most people do after they get a residence permit in Sweden. Tick each step when you have done it. The order can be different for you.
se-topic-first-steps-step-1 = First, tell the { -skatteverket-full } ({ -skatteverket }) that you have moved to Sweden. Then you are entered in the population register (folkbokföring) and get a personal identity number (personnummer). Many other steps need this number.
se-topic-first-steps-step-2 = Open a step in the list to read more about it. Each step tells you what to do and where to go.
se-topic-first-steps-step-3 = Is something unclear? Ask for help. Your municipality (kommun) can tell you where to get guidance.

## folkbokforing
se-topic-folkbokforing-title = Registering in Sweden (folkbokföring)
se-topic-folkbokforing-summary = The population register (folkbokföring) is the list of everyone who lives in Sweden. The { -skatteverket-full } ({ -skatteverket }) keeps it. When you are registered, you get a personal identity number (personnummer). You need this number for almost everything.
se-topic-folkbokforing-step-1 = Start online with the e-service "Moving to Sweden" (Flytta till Sverige) on skatteverket.se. It tells you which documents to bring.
se-topic-folkbokforing-step-2 = Then visit a { -skatteverket } service office in person. Bring the documents that the e-service lists. Family members who moved with you come too, also children.
se-topic-folkbokforing-step-3 = When you are registered, { -skatteverket } sends you your personnummer in a letter. Keep it safe. You need it at the bank, in health care and at other authorities.
se-topic-folkbokforing-step-4 = Some people are not registered as living in Sweden. They can sometimes get a coordination number (samordningsnummer) instead. It is a number for people who are not in the population register. Ask { -skatteverket } if this is for you.
se-topic-folkbokforing-step-5 = When you move to a new address in Sweden, tell { -skatteverket }.

## id-card
se-topic-id-card-title = ID card
se-topic-id-card-summary = An ID card shows who you are. You use it, for example, at the bank and at the pharmacy. The { -skatteverket-full } ({ -skatteverket }) gives ID cards to people who are registered in Sweden.
se-topic-id-card-step-1 = First you need to be in the population register (folkbokföring) and have a personal identity number (personnummer).
se-topic-id-card-step-2 = Apply for the ID card in person at a { -skatteverket } service office. Check on skatteverket.se what to bring and how to apply.
se-topic-id-card-step-3 = With an ID card, it is often easier to open a bank account and get an e-ID. Read the topic "E-ID: your identity online".

## e-id
se-topic-e-id-title = E-ID: your identity online
se-topic-e-id-summary = An e-ID (e-legitimation) shows who you are on the internet. You use it to log in to authorities, health care and your bank. Many services in Sweden need an e-ID.
se-topic-e-id-step-1 = The most common e-ID is { -bankid }. You get it from your bank. To get { -bankid }, you need a personal identity number (personnummer) and you must be a customer of a bank.
se-topic-e-id-step-2 = Choose a bank and ask how to become a customer. Ask which documents you must bring. Then ask the bank for { -bankid }.
se-topic-e-id-step-3 = There are other e-IDs too, for example { -freja }. Ask which one works for you.
se-topic-e-id-step-4 = Never give your e-ID or your codes to another person. Never log in because someone asks you to on the phone. Criminals often try this trick.

## residence-permit
se-topic-residence-permit-title = Residence permit
se-topic-residence-permit-summary = The { -migrationsverket-full } ({ -migrationsverket }) decides on residence permits. Your permit says how long you may live in Sweden. You need it for many other steps.
se-topic-residence-permit-step-1 = When you get a residence permit, { -migrationsverket } also gives you a residence permit card. Keep it safe. You need it, for example, at { -skatteverket }.
se-topic-residence-permit-step-2 = Is your permit temporary? Then it ends on a certain date. Apply to { -migrationsverket } for a new permit before it ends. Check the rules on migrationsverket.se.
se-topic-residence-permit-step-3 = After some years, you may get a permanent residence permit. As a rule, you need 3 years with a temporary permit. You must also be able to support yourself. And you must have lived an orderly life, for example without crimes.
se-topic-residence-permit-step-4 = The rules for a permanent residence permit may change. Ask your caseworker.

## forsakringskassan
se-topic-forsakringskassan-title = { -forsakringskassan } and social insurance
se-topic-forsakringskassan-summary = The { -forsakringskassan-full } ({ -forsakringskassan }) pays many benefits in Sweden. For example, it pays benefits to parents and to people who are ill. It also pays the benefit during the introduction programme.
se-topic-forsakringskassan-step-1 = Contact { -forsakringskassan } after you are registered in Sweden (folkbokföring). Ask which benefits you can apply for.
se-topic-forsakringskassan-step-2 = You must apply for each benefit yourself. Most people apply online with an e-ID. Read the topic "E-ID: your identity online".
se-topic-forsakringskassan-step-3 = Tell { -forsakringskassan } at once when your life changes. For example, your address, your income or your family changes. Otherwise you may have to pay money back.
se-topic-forsakringskassan-step-4 = { -forsakringskassan } has information in Arabic, Dari, English, Somali and Tigrinya. The rules for who is covered by social insurance may change. Ask your caseworker.

## establishment
se-topic-establishment-title = The introduction programme (etableringsprogrammet)
se-topic-establishment-summary = The introduction programme (etableringsprogrammet) helps you learn Swedish and find work or studies. The { -arbetsformedlingen-full } ({ -arbetsformedlingen }) runs it. It is for people who recently got a residence permit as a refugee or as a person in need of protection, or as a family member of such a person.
se-topic-establishment-step-1 = The programme is for people aged 20 to 65. Contact { -arbetsformedlingen } soon after you get your residence permit. They tell you if you can take part.
se-topic-establishment-step-2 = First, { -arbetsformedlingen } goes through your situation with you. This is called a mapping (kartläggning). You talk about your education, your work experience, your interests and your goals. You can also tell them about your health or other things that make work or studies hard. Tell them if you need an interpreter.
se-topic-establishment-step-3 = Then you make an individual plan together. The plan lists your activities. These can be { -sfi-full } ({ -sfi }), civic orientation, studies, a work placement (praktik), a check of the skills you already have (validering) and looking for a job.
se-topic-establishment-step-4 = The programme is full time. It usually lasts 24 months. It must fit within 3 years from the day you got your personal identity number (personnummer).
se-topic-establishment-step-5 = While you take part, you can get money from the { -forsakringskassan-full } ({ -forsakringskassan }). It is called the introduction benefit (etableringsersättning). With children living at home, you may get an extra benefit (etableringstillägg). If you live alone, you may get extra money for your home (bostadsersättning). { -forsakringskassan } decides.
se-topic-establishment-step-6 = Take part in the activities in your plan. If you cannot, for example because you are ill, tell { -arbetsformedlingen } at once.

## sfi
se-topic-sfi-title = { -sfi-full } ({ -sfi })
se-topic-sfi-summary = { -sfi-full } ({ -sfi }, svenska för invandrare) is a free Swedish course for adults. It is part of the municipality's adult education (komvux). Swedish helps you find work and manage daily life.
se-topic-sfi-step-1 = You can start { -sfi } from the age of 16. Sign up with your municipality (kommun). The municipality must offer you a place within 3 months.
se-topic-sfi-step-2 = { -sfi } has 3 study paths. The right path for you depends on how long you went to school, and on how well you read and write.
se-topic-sfi-step-3 = Study path 1 (courses A, B, C and D) is for people with little or no schooling. Study path 2 (courses B, C and D) is for people with some years of school. Study path 3 (courses C and D) is for people who are used to studying.
se-topic-sfi-step-4 = Do you get financial support from social services (ekonomiskt bistånd)? This is money for basic needs when you have no other way to pay for them. Social services may then require you to take part in { -sfi }.
se-topic-sfi-step-5 = The rules for { -sfi } may change. Ask your caseworker.

## civic-orientation
se-topic-civic-orientation-title = Civic orientation (samhällsorientering)
se-topic-civic-orientation-summary = Civic orientation (samhällsorientering) is a course about life in Sweden. You learn about rights and duties, work, health, housing and how society works. Your municipality (kommun) offers it, in your own language where possible.
se-topic-civic-orientation-step-1 = The course is for adults aged 18 or older who are in the population register (folkbokföring). You can take it if you are in the introduction programme (etableringsprogrammet). You can also take it if you got your residence permit as a family member.
se-topic-civic-orientation-step-2 = The course is at least 100 hours. Ask your municipality when and where it starts.
se-topic-civic-orientation-step-3 = Your right to the course lasts 3 years from the day you were first registered in Sweden. So ask for it early.
se-topic-civic-orientation-step-4 = The rules for civic orientation may change. Ask your caseworker.

## health
se-topic-health-title = Health care
se-topic-health-summary = In Sweden, the regions (regionen) run public health care. Your health centre (vårdcentral) is usually the first place to go. 1177 gives health advice by phone, 24 hours a day.
se-topic-health-step-1 = A health centre (vårdcentral) is a clinic near your home. There you can see a nurse or a doctor. Find a health centre and ask how to book a time.
se-topic-health-step-2 = Are you ill and not sure where to go? Call 1177. A nurse gives you advice and tells you where to go. The line is open 24 hours a day.
se-topic-health-step-3 = On 1177.se you can read about health and find care near you. With an e-ID, you can also log in and contact your health centre.
se-topic-health-step-4 = In an emergency, call 112. For example, someone cannot breathe, is unconscious or is bleeding a lot.
se-topic-health-step-5 = Do you need help in your own language? Ask for an interpreter when you book your time. Tell them which language you speak.

## emergency
se-topic-emergency-title = Emergency number 112
se-topic-emergency-summary = 112 is the emergency number in Sweden. Call it when someone's life or health is in danger, or when there is a fire. You reach the police, an ambulance and the fire and rescue services.
se-topic-emergency-step-1 = Call 112 and stay calm. Say what happened and where you are. Answer the questions. Do not hang up until you are told you can.
se-topic-emergency-step-2 = Do you need the police, but it is not urgent? Call 114 14. For example, you want to report a crime that has already happened.
se-topic-emergency-step-3 = Do you need health advice, but it is not an emergency? Call 1177.
se-topic-emergency-step-4 = Is something serious happening in society, for example a big fire or a storm? Call 113 13 for information, or read krisinformation.se. Call 112 only if someone needs help now.

## housing
se-topic-housing-title = Finding a home
se-topic-housing-summary = A home is one of the first things you need. Some newcomers get a first home through a municipality. Many others must look for a home themselves. It can take a long time, so start early.
se-topic-housing-step-1 = Were you assigned to a municipality (kommun) under the settlement act (bosättningslagen)? Then that municipality arranges a home for you.
se-topic-housing-step-2 = Many landlords and municipalities have a housing queue (bostadskö). It is a list of people who are waiting for a rental flat. Join housing queues early: the longer you have waited, the better your chances.
se-topic-housing-step-3 = Read the rental contract carefully before you sign it. Be careful with offers that ask for money before you have seen the home and the contract.
se-topic-housing-step-4 = Do you have no place to live, or no money for basic needs? Contact social services in your municipality. You may get financial support (ekonomiskt bistånd). This is money for basic needs when you have no other way to pay for them.
se-topic-housing-step-5 = The rules for newcomers' housing and for ekonomiskt bistånd may change. Ask your caseworker.

## children
se-topic-children-title = Children, preschool and school
se-topic-children-summary = This topic is for families with children. Your municipality (kommun) runs preschool (förskola) and school. Children who live in Sweden have the right to go to school.
se-topic-children-step-1 = Preschool (förskola) is for children from the age of 1 until they start school. Apply to your municipality for a place. Apply early.
se-topic-children-step-2 = School is compulsory for children who live in Sweden. A child who has just arrived should get a place in school within 2 months. Contact your municipality soon.
se-topic-children-step-3 = When your child starts, the school finds out what your child already knows. This is called a mapping (kartläggning). It helps the school plan the right teaching and support.
se-topic-children-step-4 = Teenagers can continue in upper secondary school (gymnasieskolan). Young people who are new in Sweden can first study Swedish in a language programme (språkintroduktion). Ask your municipality.
se-topic-children-step-5 = Some municipalities have courses and guidance for parents. Ask your municipality what there is where you live.

## qualifications
se-topic-qualifications-title = Using your education and profession
se-topic-qualifications-summary = Your education and work experience from abroad can help you find work in Sweden. For some jobs, you need an official decision first. This topic tells you where to ask.
se-topic-qualifications-step-1 = Do you have a degree from abroad? The { -uhr-full } ({ -uhr }) can assess it. This is free of charge. Check on uhr.se how to apply.
se-topic-qualifications-step-2 = Do you want to work in health care, for example as a doctor or a nurse? You need a licence (legitimation) from the { -socialstyrelsen-full } ({ -socialstyrelsen }). Check on legitimation.socialstyrelsen.se how to apply.
se-topic-qualifications-step-3 = { -korta-vagen } ("the short way") are courses for people with a university education from abroad. They help you into work in your field. They are not offered everywhere. Ask the { -arbetsformedlingen-full } ({ -arbetsformedlingen }).
se-topic-qualifications-step-4 = Keep your diplomas and work certificates safe. Bring them to your meetings, for example the mapping (kartläggning) at { -arbetsformedlingen }.

## rights
se-topic-rights-title = Your rights and duties
se-topic-rights-summary = In Sweden, everyone has the same basic rights. You also have duties. For example, you must follow the law.
se-topic-rights-step-1 = Everyone is equal before the law. Discrimination is forbidden, for example because of origin, religion, gender or disability.
se-topic-rights-step-2 = Women and men have the same rights, at home, at work and in society. Children have their own rights too.
se-topic-rights-step-3 = Violence is a crime, also inside the family. If you are in danger now, call 112. To report a crime when it is not urgent, call the police on 114 14.
se-topic-rights-step-4 = Do you have questions about your rights? Ask your municipality (kommun) where to get guidance. You can also read about rights and duties on informationsverige.se.

## everyday
se-topic-everyday-title = Everyday life
se-topic-everyday-summary = This topic gives tips for daily life in Sweden. It covers letters, online services and your free time. Joining a club or an association is a good way to meet people.
se-topic-everyday-step-1 = Read letters from authorities at once. Some letters give a last date for your answer. Ask for help if a letter is hard to understand.
se-topic-everyday-step-2 = Many services are online. You log in with an e-ID. Read the topic "E-ID: your identity online". Public libraries are free, and many have computers.
se-topic-everyday-step-3 = Join an association (förening), for example a sports club or a group for newcomers. You meet people and practise Swedish. Ask your municipality (kommun) what there is where you live.
se-topic-everyday-step-4 = Is something serious happening in society, for example a storm? Call 113 13 for information, or read krisinformation.se.

## help
se-topic-help-title = Where to get help
se-topic-help-summary = You do not have to find everything out alone. Your municipality (kommun) can guide you to the right service. Many associations also help newcomers.
se-topic-help-step-1 = Ask your municipality where to get guidance. They can tell you which service to contact.
se-topic-help-step-2 = { -informationsverige } has information about life in Sweden in many languages. Use it when you need information in your own language.
se-topic-help-step-3 = Are you worried about your health, or do you feel very bad? Call 1177 for advice, 24 hours a day.
se-topic-help-step-4 = In an emergency, call 112.

## Authorities
se-authority-arbetsformedlingen = { -arbetsformedlingen-full } ({ -arbetsformedlingen })
se-authority-forsakringskassan = { -forsakringskassan-full } ({ -forsakringskassan })
se-authority-skatteverket = { -skatteverket-full } ({ -skatteverket })
se-authority-migrationsverket = { -migrationsverket-full } ({ -migrationsverket })
se-authority-municipality = Your municipality (kommun)
se-authority-region = Your region (health care)
se-authority-skolverket = { -skolverket-full } ({ -skolverket })
se-authority-uhr = { -uhr-full } ({ -uhr })
se-authority-socialstyrelsen = { -socialstyrelsen-full } ({ -socialstyrelsen })
se-authority-police = { -polisen-full } ({ -polisen })
se-authority-banks = Banks and e-ID
se-authority-ngos = Associations and organisations
se-authority-guidance = Guidance in your municipality

## Phones
se-phone-112 = Emergency number
se-phone-1177 = Health advice, 24 hours (1177)
se-phone-police-non-urgent = Police, when it is not urgent
se-phone-crisis-information = Information when something serious happens in society

## Checklist
se-check-folkbokforing = Register at { -skatteverket } and get a personnummer
se-check-id-card = Apply for an ID card
se-check-e-id = Get an e-ID, for example { -bankid }
se-check-residence-permit = Keep your residence permit card safe and know when your permit ends
se-check-forsakringskassan = Contact { -forsakringskassan }
se-check-establishment = Ask { -arbetsformedlingen } about the introduction programme
se-check-sfi = Start { -sfi-full } ({ -sfi })
se-check-health = Find your health centre (vårdcentral)
se-check-housing = Find a home and join housing queues
se-check-children = Find preschool or school for your children

## Official sources
# Owners of the official pages, shown as "<owner>: <page title>".
se-owner-informationsverige = { -informationsverige }
se-owner-arbetsformedlingen = { -arbetsformedlingen }
se-owner-forsakringskassan = { -forsakringskassan }
se-owner-skatteverket = { -skatteverket }
se-owner-migrationsverket = { -migrationsverket }
se-owner-1177 = 1177
se-owner-skolverket = { -skolverket }
se-owner-uhr = { -uhr }
se-owner-socialstyrelsen = { -socialstyrelsen }
se-owner-lansstyrelsen = { -lansstyrelserna-full } ({ -lansstyrelserna })
se-owner-polisen = { -polisen }
se-owner-krisinformation = { -krisinformation }

# Titles of the official pages: what the page is about, without the owner.
se-source-informationsverige-first-steps = What to do first after you get a residence permit
se-source-informationsverige-health = Medical care and health
se-source-informationsverige-housing = Housing
se-source-informationsverige-rights = Your rights and obligations
se-source-informationsverige-home = Information about Sweden in English
se-source-arbetsformedlingen-establishment = The introduction programme (in Swedish)
se-source-forsakringskassan-establishment = Money during the introduction programme (in Swedish)
se-source-forsakringskassan-english = Information in English
se-source-skatteverket-moving = Moving to Sweden (Flytta till Sverige)
se-source-migrationsverket-home = Information in English
se-source-migrationsverket-permanent = Permanent residence permit
se-source-1177-english = Health care information in English
se-source-skolverket-sfi = { -sfi-full }, { -sfi } (in Swedish)
se-source-skolverket-english = The Swedish school system, in English
se-source-uhr-home = Assessment of foreign education
se-source-socialstyrelsen-licence = Licences for health care professions
se-source-lansstyrelsen-civic-orientation = Civic orientation for newcomers (in Swedish)
se-source-polisen-english = The police, in English
se-source-krisinformation-english = Emergency information, in English

## Pathway steps
step-se-urgent-housing-title = Ask for help with housing today
step-se-urgent-housing-text = Contact social services in your municipality (kommun) today. Tell them that you have no safe place to live. They can help you in an emergency.
step-se-urgent-safety-title = If you are in danger, call 112
step-se-urgent-safety-text = Call 112 if you or your family are in danger now. If it is not urgent, you can call the police on 114 14.
step-se-urgent-health-title = Get health care
step-se-urgent-health-text = Contact your health centre (vårdcentral). If you are not sure where to go, call 1177 for advice, 24 hours a day. In an emergency, call 112.
step-se-folkbokforing-title = Register at { -skatteverket }
step-se-folkbokforing-text = Tell the { -skatteverket-full } ({ -skatteverket }) that you have moved to Sweden. Start with the e-service "Moving to Sweden" (Flytta till Sverige), then visit a service office. You are entered in the population register (folkbokföring) and get a personal identity number (personnummer).
step-se-e-id-title = Get an e-ID
step-se-e-id-text = An e-ID shows who you are online. The most common one is { -bankid } from your bank. For { -bankid }, you need a personal identity number (personnummer) and a bank. { -freja } is another e-ID.
step-se-forsakringskassan-title = Contact { -forsakringskassan }
step-se-forsakringskassan-text = The { -forsakringskassan-full } ({ -forsakringskassan }) pays many benefits. Ask which ones you can apply for. Tell them when your life changes.
step-se-establishment-title = Ask about the introduction programme
step-se-establishment-text = You may be able to take part in the introduction programme (etableringsprogrammet) of the { -arbetsformedlingen-full } ({ -arbetsformedlingen }). It starts with a mapping (kartläggning) of your education, work experience and goals. While you take part, the { -forsakringskassan-full } ({ -forsakringskassan }) can pay you the introduction benefit (etableringsersättning).
step-se-establishment-not-eligible-title = Other ways to learn Swedish and find work
step-se-establishment-not-eligible-text = The introduction programme is for people aged 20 to 65 with a residence permit as a refugee or person in need of protection, or as a family member of one. If it is not for you, you can still study { -sfi-full } ({ -sfi }) from the age of 16. You can also register as a jobseeker at the { -arbetsformedlingen-full } ({ -arbetsformedlingen }). Ask your municipality (kommun) about other services.
step-se-sfi-path-1-title = { -sfi-full }: study path 1
step-se-sfi-path-1-text = Study path 1 of { -sfi-full } ({ -sfi }) has the courses A, B, C and D. It is for people with little or no schooling, and for people who are still learning to read and write. The suggestion comes from your schooling and reading. The { -sfi } school decides which path fits you. Sign up with your municipality (kommun). The rules for { -sfi } may change: ask your caseworker.
step-se-sfi-path-2-title = { -sfi-full }: study path 2
step-se-sfi-path-2-text = Study path 2 of { -sfi-full } ({ -sfi }) has the courses B, C and D. It is for people with some years of school. The suggestion comes from your schooling and reading. The { -sfi } school decides which path fits you. Sign up with your municipality (kommun). The rules for { -sfi } may change: ask your caseworker.
step-se-sfi-path-3-title = { -sfi-full }: study path 3
step-se-sfi-path-3-text = Study path 3 of { -sfi-full } ({ -sfi }) has the courses C and D. It is for people who are used to studying. The suggestion comes from your schooling and reading. The { -sfi } school decides which path fits you. Sign up with your municipality (kommun). The rules for { -sfi } may change: ask your caseworker.
step-se-civic-orientation-title = Civic orientation in your language
step-se-civic-orientation-text = Ask your municipality (kommun) about civic orientation (samhällsorientering). It is a course of at least 100 hours about life in Sweden, in your own language where possible. Your right to it lasts 3 years from your first registration in Sweden. The rules may change: ask your caseworker.
step-se-uhr-title = Have your degree assessed
step-se-uhr-text = The { -uhr-full } ({ -uhr }) assesses degrees from abroad. It is free of charge. Check on uhr.se how to apply.
step-se-socialstyrelsen-title = Licence to work in health care
step-se-socialstyrelsen-text = To work in a health care profession, for example as a doctor or a nurse, you need a licence (legitimation) from the { -socialstyrelsen-full } ({ -socialstyrelsen }).
step-se-forskola-title = Apply for preschool
step-se-forskola-text = Preschool (förskola) is for children from the age of 1 until they start school. Apply to your municipality (kommun). Apply early.
step-se-school-title = School for your children
step-se-school-text = School is compulsory for children who live in Sweden. A child who has just arrived should get a place in school within 2 months. Contact your municipality (kommun).
step-se-upper-secondary-title = Studies for your teenager
step-se-upper-secondary-text = Young people can continue in upper secondary school (gymnasieskolan). If they are new in Sweden, they can first study Swedish in a language programme (språkintroduktion). Ask your municipality (kommun).
step-se-interpreter-title = Ask for an interpreter
step-se-interpreter-text = When you book a time, tell the office that you need an interpreter and which language you speak. At the { -arbetsformedlingen-full } ({ -arbetsformedlingen }), the mapping (kartläggning) also asks if you need one.
step-se-community-title = Meet people and find support
step-se-community-text = Associations (föreningar) and organisations help you meet people, practise Swedish and find work. Examples are sports clubs and groups for newcomers. Ask your municipality (kommun) what there is near you.

## Shared screens, in Sweden
# These messages replace the shared ones (app.ftl, questions.ftl,
# pathway.ftl) that name Finland.
app-name = New in Sweden
home-title = Welcome to Sweden
home-intro = This guide helps you with your first months in Sweden. Read about your first steps, the services you can use and where to get help.
home-guide-text = Permits, { -forsakringskassan }, work, health, housing, school and more.
qn-intro = Before your first meeting with the { -arbetsformedlingen-full } ({ -arbetsformedlingen }) or your municipality (kommun), you can answer questions about your skills, your plans and your life now. Then the meeting can start from your answers.
pw-disclaimer = This is a suggestion that you prepared yourself. It is not a decision. { -arbetsformedlingen } or your municipality decides your services together with you.
pw-for-everyone = Suggested for everyone who moves to Sweden to stay.
pw-qr-help = The caseworker can scan this code to see your answers in Swedish or English. You can also scan it with your own phone to keep a copy. Your answers are inside the code: nothing is sent anywhere.
qn-title = Prepare for your first meetings
qn-home-title = Prepare for your first meetings
hv-title = Answers for the mapping (kartläggning) and the first meetings
print-self-reported = Self-reported by the person before the mapping (kartläggning) and the first meetings. The pathway is a suggestion, not a decision.
hv-self-reported = The person answered these questions alone, before the mapping (kartläggning) and the first meetings. The answers are self-reported. The pathway is a suggestion made by the app from the answers, not a decision.
topic-sources-heading = Official sources
