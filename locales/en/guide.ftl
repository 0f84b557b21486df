# Guide topics. Reference locale: every other locale must have exactly these keys.

## first-steps
topic-first-steps-title = Your first steps in Finland
topic-first-steps-summary = This list shows the first things most people do after moving here. Tick each step when you have done it. The order can be different for you.
topic-first-steps-step-1 = Open a step to read more about it. You can see what to do and where to go.
topic-first-steps-step-2 = Is something unclear? Ask for help. Integration services or guidance and counselling services in your municipality can help you.

## residence-permit
topic-residence-permit-title = Residence permit and registration
topic-residence-permit-summary = Most people need a residence permit from the { -migri-full } ({ -migri }). EU and Nordic citizens do not need a permit. But they must register. You need your permit or registration for many other steps.
topic-residence-permit-step-1 = Do you need a residence permit? Apply to { -migri }. Check on migri.fi which permit fits your reason for moving.
topic-residence-permit-step-2 = Are you a citizen of an EU country? Register your right to live in Finland with { -migri } within 3 months of arriving. Are you a citizen of a Nordic country and staying more than 6 months? Then register in person at { -dvv } within one month. Check on { -infofinland } how to do this.
topic-residence-permit-step-3 = Keep your residence permit card safe. You need it at many offices. If you lose it, ask { -migri } what to do.
topic-residence-permit-step-4 = Your permit is valid only for a certain time. Apply for an extended permit before it ends. Check the rules and dates on migri.fi.

## right-to-stay
topic-right-to-stay-title = Keeping your right to stay
topic-right-to-stay-summary = Your residence permit is valid only for a certain time. To stay in Finland, keep your permit valid and keep { -migri } up to date. After some years, you may get a permanent residence permit.
topic-right-to-stay-step-1 = Apply for an extended permit before your permit ends. An extended permit is a new permit that lets you keep living here. Apply online in { -enter-finland }, the online service of { -migri }.
topic-right-to-stay-step-2 = Tell { -migri } when your situation changes. For example, your work ends or your family changes. A new address you tell { -dvv }.
topic-right-to-stay-step-3 = Sometimes { -migri } sends you a letter and asks for more information. Answer by the deadline in the letter. Ask for help if the letter is hard to understand.
topic-right-to-stay-step-4 = New rules for a permanent residence permit have been in force since 8 January 2026. As a rule, you need 6 years of living in Finland. You also need a good enough level of Finnish or Swedish (satisfactory skills). And you need 2 years of work history. In those 2 years, you can have had unemployment benefit or social assistance for at most 3 months. With a high income or a degree from Finland, 4 years can be enough. Check the details on migri.fi.
topic-right-to-stay-step-5 = Is your permit based on work? If your job ends, you have 3 or 6 months to find new work. Ask { -migri } which time applies to you.

## identity-code
topic-identity-code-title = Personal identity code and address
topic-identity-code-summary = { -dvv } keeps a record of the people who live in Finland. When you register, you can get a personal identity code. { -dvv } also records your municipality of residence. Many services need this information.
topic-identity-code-step-1 = Register at { -dvv } after you arrive. Check on dvv.fi how to register. It also tells you which documents to bring.
topic-identity-code-step-2 = Your personal identity code is often already on your residence permit card. If not, you get it when you register. You still need to register at { -dvv } for your address and municipality of residence. You need the code at the bank, at { -kela } and in health care. Keep it safe.
topic-identity-code-step-3 = When you move to a new address, tell { -dvv }. Check on dvv.fi how to do this.
topic-identity-code-step-4 = Do family members live with you? Register them at { -dvv } too, also your children. Each person gets their own identity code.

## kela
topic-kela-title = { -kela } and social security
topic-kela-summary = { -kela } pays many benefits in Finland. First, { -kela } decides if you are covered by Finnish social security. If you are covered, you can apply for { -kela } benefits.
topic-kela-step-1 = Apply for a { -kela } card in OmaKela, the online service of { -kela }. Also file the notification of move to Finland. Then { -kela } decides if you are covered by Finnish social security. Check on kela.fi how to do this.
topic-kela-step-2 = If you are covered, you get a { -kela } card. Keep it with you. You show it, for example, at the pharmacy. Your right to public health care comes from your municipality of residence, not from the card.
topic-kela-step-3 = { -kela } has benefits for many situations, for example housing allowance and child benefit. What you can get depends on your situation. { -kela } decides.
topic-kela-step-4 = You must apply for each benefit. Tell { -kela } when your life changes. For example, your income, address or family changes.

## money
topic-money-title = Money in the first months
topic-money-summary = In the first months, you may need help with money. { -kela } pays many benefits. You must apply for each benefit separately. This topic tells you about the most common ones.
topic-money-step-1 = Are you unemployed and do you have an integration plan? You may get unemployment benefit during the plan. First register as an unemployed jobseeker. Then apply for the benefit from { -kela }.
topic-money-step-2 = You can apply for benefits in OmaKela, the online service of { -kela }. There are also forms in English.
topic-money-step-3 = Is your income low? You may get general housing allowance from { -kela }. It helps you pay the costs of your home. { -kela } decides based on your situation.
topic-money-step-4 = Social assistance (toimeentulotuki) is the last help when your other income is not enough for basic needs. Apply for it from { -kela }. In some situations, the social services of your { -hyvinvointialue } can give extra help. Ask them.
topic-money-step-5 = A benefit can stop or become smaller. This can happen if you do not take part in your integration plan or in the services agreed in it. It can also happen if you do not tell { -kela } about changes. For example, your income, your family or your address changes. Tell { -kela } about changes at once.
topic-money-step-6 = Do you care for a child under 3 at home? You may get child home care allowance from { -kela }. The rules may change in 2027. Ask your caseworker.

## tax
topic-tax-title = Tax card and taxes
topic-tax-summary = In Finland, tax is taken from your pay before you get it. You need a tax card from the { -vero-full } ({ -vero }). The tax card tells your employer how much tax to take.
topic-tax-step-1 = Get a tax card before you start work. Check on vero.fi how to get one.
topic-tax-step-2 = Give your tax card to your employer. Your employer needs it to pay your salary correctly.
topic-tax-step-3 = Without a tax card, your employer takes much more tax from your pay.
topic-tax-step-4 = Each year, { -vero } gives you a tax return to check. Read it carefully. If something is wrong, correct it before the date given on it.

## bank-id
topic-bank-id-title = Bank account and online ID
topic-bank-id-summary = You need a bank account to get your pay and benefits. Online banking codes prove who you are on the internet. This is called strong identification. You use it for { -suomi-fi } and many other e-services.
topic-bank-id-step-1 = Choose a bank and ask how to open an account. Ask which documents you need.
topic-bank-id-step-2 = Bring your identification documents to the bank. For example, bring your passport and residence permit card.
topic-bank-id-step-3 = Ask the bank for online banking codes. You use them to log in to your bank and to many public services. Never give your codes to another person.
topic-bank-id-step-4 = Log in to { -suomi-fi } with your codes. There you can use many public e-services in one place.

## letters
topic-letters-title = Official letters and online ID
topic-letters-summary = Authorities send you letters about your matters. Some letters are decisions. Read them at once, because they can have deadlines. To read letters and use e-services online, you need strong electronic identification.
topic-letters-step-1 = Decisions and other letters come by post or in { -suomi-fi } Messages. { -suomi-fi } Messages is a safe online mailbox for letters from authorities. You turn it on in { -suomi-fi }. After that, check your messages there often.
topic-letters-step-2 = A decision (päätös) is an official answer from an authority in your matter. It tells you how to appeal, and by which date. To appeal means to ask for the decision to be changed. The last day is called the appeal deadline. Read each decision at once, so that you have time.
topic-letters-step-3 = Is a letter hard to understand? Ask for help. Guidance and counselling services can explain it to you. You can also ask for an interpreter.
topic-letters-step-4 = Strong electronic identification proves who you are on the internet. Usually you use your online banking codes for it. Ask your bank for them.
topic-letters-step-5 = Does a bank say no to online banking codes for you? Ask the bank which documents it accepts. The police identity card for foreigners or a mobile certificate (an identification on your phone) may help. Each bank decides this itself, so ask your bank.

## work
topic-work-title = Work and { -tyollisyyspalvelut }
topic-work-summary = { -tyollisyyspalvelut(case: "capital") } help you find a job or training. Since 1 January 2025, municipalities provide { -tyollisyyspalvelut }. You register as a jobseeker through { -tyomarkkinatori(case: "with-finnish") }.
topic-work-step-1 = Register as a jobseeker in { -tyomarkkinatori }. If you cannot do it online, ask your { -tyollisyyspalvelut } for help.
topic-work-step-2 = Are you registered as an unemployed jobseeker? Then { -tyollisyyspalvelut } are responsible for your integration services. They assess your skills and make a plan with you.
topic-work-step-3 = Write a CV. List your education, work experience and skills. Update it when something changes.
topic-work-step-4 = Keep your school and work certificates safe. Bring them when you meet { -tyollisyyspalvelut } or an employer.

## integration
topic-integration-title = Integration services
topic-integration-summary = Integration services help you learn the language, find work and understand Finnish society. If you are a registered unemployed jobseeker, { -tyollisyyspalvelut } are responsible for you. For many others, for example people outside working life, the municipality is responsible. Ask if you are not sure.
topic-integration-step-1 = Read basic information about life in Finland, like this guide. If you have questions, ask guidance and counselling services in your municipality.
topic-integration-step-2 = Ask for an assessment of your skills and service needs (initial assessment). It is done in a language you understand. You can have an interpreter.
topic-integration-step-3 = After the assessment, you may get an integration plan. It lists the studies and services for you. The first plan is made within 3 years of your first permit or registration.
topic-integration-step-4 = Integration training usually lasts about a year. You study Finnish or Swedish. You also learn about society and working life. The rules may change in 2027: ask your caseworker.
topic-integration-step-5 = You may also take a civic orientation course. It is taught in many languages and lasts at least 70 hours. You learn about rights, services, work and everyday life.

## language
topic-language-title = Learning Finnish or Swedish
topic-language-summary = Finnish and Swedish are the official languages of Finland. In many areas, most people speak Finnish. The language helps you find work and manage daily life. Ask which language is best where you live.
topic-language-step-1 = Integration training includes Finnish or Swedish. Ask about it at your assessment or at your integration services.
topic-language-step-2 = Is reading or writing hard for you? Or are the letters used in Finnish (the Latin alphabet) new to you? Then ask for literacy training. The rules for this training may change in 2027: ask your caseworker.
topic-language-step-3 = Liberal adult education also has language courses. An adult education centre is one example. Ask your municipality about courses near you.
topic-language-step-4 = Do you get unemployment benefit and want to choose your own studies? Agree on them in your plan before you start. Otherwise you may lose the benefit.

## qualifications
topic-qualifications-title = Using your degree and profession
topic-qualifications-summary = Your education from abroad can help you find work in Finland. For some jobs, you need an official decision first. This topic tells you where to ask.
topic-qualifications-step-1 = Do you have a higher education degree from abroad? { -oph } can decide what level it is in Finland. Check on oph.fi how to apply.
topic-qualifications-step-2 = Some professions are regulated by law. You need an official right to work in them. For many of them, { -oph } decides if your education gives you this right.
topic-qualifications-step-3 = Do you want to work in health or social care? You need the right to practise from the { -lvv } (Lupa- ja valvontavirasto, formerly Valvira). You must also know Finnish or Swedish well enough.
topic-qualifications-step-4 = Private employers decide themselves if your education fits the job. Do you have a university degree? { -simhe } services at some universities can guide you.

## health-care
topic-health-care-title = Getting health care
topic-health-care-summary = Your { -hyvinvointialue(case: "with-finnish") } runs public health care and social services. In Helsinki, the City of Helsinki runs them. Your health station is usually the first place to contact. To use public health care, you usually need a municipality of residence.
topic-health-care-step-1 = A health station (terveysasema) is the public health centre for your area. There you can see a nurse or a doctor. Find your health station and ask how to book your first appointment.
topic-health-care-step-2 = Your right to public health care comes from your municipality of residence. This is the municipality where you are registered as living. The right does not come from the { -kela } card. Register at { -dvv } to get a municipality of residence.
topic-health-care-step-3 = Are you still waiting for a municipality of residence? In an emergency, you get care anyway. You may have to pay the costs later. For other care, you may still have the right to public health care, for example because you work in Finland. You must apply for this separately: ask { -kela }. You can also go to a private clinic.
topic-health-care-step-4 = Public dental care is also part of public health care. Ask at your health station or at public dental care how to book a time.
topic-health-care-step-5 = Are you pregnant? Go to a maternity clinic (neuvola). It follows your health and your baby's health. Children under school age go to a child health clinic. It checks their health and growth.
topic-health-care-step-6 = Do you need help in your own language? Ask for an interpreter when you book your appointment. Tell them which language you speak.

## health
topic-health-title = Sudden illness and urgent care
topic-health-summary = This topic tells you what to do when you fall ill suddenly or need care quickly. For everyday health care, read the topic "Getting health care". Call 112 only when life, health, property or the environment is in danger.
topic-health-step-1 = Your health station (terveysasema) is usually the first place to contact. Find your nearest health station. Ask how to book an appointment.
topic-health-step-2 = Do you need care quickly? If it is not an emergency, call the { -paivystysapu } 116 117. They tell you what to do and where to go. The number works in most areas, but not everywhere. Check on 116117.fi.
topic-health-step-3 = In an emergency, call 112. For example, someone cannot breathe, is unconscious or is bleeding a lot.
topic-health-step-4 = Do you need help in your own language? Ask for an interpreter when you book your appointment.

## emergency
topic-emergency-title = Emergency number 112
topic-emergency-summary = 112 is the emergency number in Finland. Call it when life, health, property or the environment is in danger, for example in a fire. You reach the police, an ambulance and the fire and rescue services.
topic-emergency-step-1 = Call 112 and stay calm. Tell who you are, where you are and what happened. Answer the questions.
topic-emergency-step-2 = Do not hang up until you are told you can. Follow the instructions you get.
topic-emergency-step-3 = Put the { -app-112-suomi } app on your phone. It can help the emergency centre find where you are.
topic-emergency-step-4 = If someone has taken poison or too much medicine, call the { -myrkytystietokeskus }. Its number is on this page. If the person is unconscious or cannot breathe well, call 112.

## housing
topic-housing-title = Finding a home
topic-housing-summary = A home is one of the first things you need. You can rent from the municipality, a non-profit landlord or a private landlord. { -kela } may help with the cost if your income is low.
topic-housing-step-1 = Look for a rental home. Ask your municipality about municipal and non-profit rental homes. Apply early, because you may have to wait.
topic-housing-step-2 = Read the rental contract carefully before you sign it. The landlord often asks for a deposit. Ask when you get it back.
topic-housing-step-3 = Is your income low? You may get housing allowance from { -kela }. { -kela } decides based on your situation.
topic-housing-step-4 = When you move, tell { -dvv } your new address. If you get benefits, tell { -kela } too.

## children
topic-children-title = Children, day care and school
topic-children-summary = This topic is for families with children. It tells you about day care, school and health care for children. Education in Finland is compulsory for children and young people.
topic-children-step-1 = Early childhood education (varhaiskasvatus) is day care for young children. Apply for it separately from your municipality. The fee depends on your family's income.
topic-children-step-2 = Pre-primary education is compulsory in the year before school starts. It is free.
topic-children-step-3 = Education is compulsory from age 7 to 18. It can end earlier if the young person finishes an upper-secondary qualification.
topic-children-step-4 = Is your child still learning Finnish or Swedish? The child can get preparatory instruction for school. It lasts about one school year.
topic-children-step-5 = Child health clinics (neuvola) check the health and growth of young children. Your { -hyvinvointialue } runs them. Ask them how to book a visit.

## rights
topic-rights-title = Your rights and duties
topic-rights-summary = In Finland, everyone has the same basic rights. You also have duties. For example, you must follow the law and pay your taxes.
topic-rights-step-1 = Everyone is equal before the law. Discrimination is forbidden, for example because of origin, religion, gender or disability.
topic-rights-step-2 = Women and men have equal rights. This is true at home, at work and in society.
topic-rights-step-3 = Violence is a crime, also inside the family. If you are in danger now, call 112. { -nollalinja } helps anyone who faces violence in a close relationship. Its numbers are on this page.
topic-rights-step-4 = At work, you have the right to get the pay you agreed on. Ask for a written contract. Keep your pay slips.

## everyday
topic-everyday-title = Everyday life
topic-everyday-summary = This topic gives tips for daily life in Finland. It covers your budget, bills, online services and waste. Free time matters too. Join a club, a sports group or an association to meet people.
topic-everyday-step-1 = Plan your money. Write down your income and your costs each month.
topic-everyday-step-2 = Pay your bills on time. Unpaid bills can harm your credit rating. If you cannot pay, contact the sender early.
topic-everyday-step-3 = Use { -suomi-fi } for many public e-services. Public libraries are free. Many libraries have computers, and staff can help you use them.
topic-everyday-step-4 = Sort your waste for recycling. Ask your landlord or municipality about the rules where you live.

## driving-licence
topic-driving-licence-title = Driving licence from another country
topic-driving-licence-summary = Can you drive in Finland with your licence from abroad? It depends on the country where you got it. Check the rules in time.
topic-driving-licence-step-1 = A driving licence from an EU or EEA country stays valid in Finland. The EEA is the EU countries plus Iceland, Liechtenstein and Norway.
topic-driving-licence-step-2 = Many other licences are valid only for a limited time after you move here. After that, you must exchange your licence for a Finnish one. For some licences, you must also pass a driving test. You exchange your licence at { -ajovarma }, the service points for driving licences.
topic-driving-licence-step-3 = Check the rules for your country on { -infofinland }. Do it soon, before the time runs out.

## help
topic-help-title = Where to get help
topic-help-summary = You do not have to find everything out alone. Guidance and counselling services are for every immigrant. They are also for people without a residence permit. You can ask them about services and daily life.
topic-help-step-1 = Ask your municipality where to get guidance and counselling. They can tell you which service to contact.
topic-help-step-2 = { -infofinland } has information about life in Finland in many languages. Use it when you need information in your own language.
topic-help-step-3 = Are you in a crisis and need someone to talk to? Call the { -mieli } crisis helpline. The line in Finnish is open 24 hours. Other languages have their own numbers and hours. All the numbers are on this page.
topic-help-step-4 = In an emergency, call 112. Call when life, health, property or the environment is in danger.

## interpreters
topic-interpreters-title = Interpreters
topic-interpreters-summary = An interpreter puts what you say into another language, and what the official says into your language. With an interpreter, you can understand your matters and explain them well.
topic-interpreters-step-1 = Did an authority start the matter? Then the authority arranges the interpreter and pays for it.
topic-interpreters-step-2 = Did you start the matter yourself? For example, you applied for something. Then ask the authority if they arrange an interpreter.
topic-interpreters-step-3 = Tell them your language when you book the time. You can ask for an interpreter who speaks your dialect. You can also ask for a woman or a man as your interpreter.
topic-interpreters-step-4 = Your assessment of skills and service needs is done in a language you understand. You can have an interpreter if you need one.

## Authorities
authority-migri = { -migri-full }
authority-dvv = { -dvv-full }
authority-kela = { -kela } ({ -kela-full })
authority-vero = { -vero-full }
authority-banks = Banks and { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = Municipal integration services
authority-wellbeing = { -hyvinvointialue(case: "capital") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = Your municipality
authority-oph = { -oph-full }
authority-lvv = { -lvv } (health and social care licences)
authority-simhe = { -simhe } services at universities
authority-ngos = Organisations and associations
authority-guidance = Guidance and counselling services
authority-traficom = { -traficom-full } ({ -traficom })

## Phones
phone-112 = Emergency number
phone-medical-helpline = { -paivystysapu(case: "capital") }
phone-poison = { -myrkytystietokeskus }
phone-crisis = Crisis helpline in Finnish, 24 hours ({ -mieli })
phone-crisis-en-ar = Crisis helpline in English and Arabic ({ -mieli })
phone-crisis-uk = Crisis helpline in Ukrainian ({ -mieli })
phone-crisis-ru = Crisis helpline in Russian ({ -mieli })
phone-crisis-sv = Crisis helpline in Swedish ({ -mieli })
phone-nollalinja = { -nollalinja }: helpline for anyone facing violence in a close relationship
phone-nollalinja-short = { -nollalinja }: the same helpline, short number

## Checklist
check-permit = Get a residence permit or register your stay
check-register = Register at { -dvv } and get an identity code
check-kela = Ask { -kela } about social security
check-tax-card = Get a tax card
check-bank = Open a bank account and get banking codes
check-jobseeker = Register as a jobseeker
check-health = Find your health station
check-integration = Ask for integration services
check-language = Start learning Finnish or Swedish
check-housing = Find a home

## Official sources
topic-sources-heading = Official sources

# Owners of the official pages, shown as "<owner>: <page title>".
owner-infofinland = { -infofinland }
owner-kotoutuminen = { -kotoutuminen-fi }
owner-migri = { -migri }
owner-intermin = { -sisaministerio }
owner-dvv = { -dvv }
owner-kela = { -kela }
owner-vero = { -vero }
owner-suomifi = { -suomi-fi }
owner-tyomarkkinatori = { -tyomarkkinatori }
owner-oph = { -oph }
owner-lvv = { -lvv }
owner-erc = { -hatakeskuslaitos }
owner-116117 = { -paivystysapu(case: "capital") }
owner-mieli = { -mieli }
owner-nollalinja = { -nollalinja }
owner-finlex = { -finlex }
owner-tem = { -tem }
owner-traficom = { -traficom }

# Titles of the official pages: what the page is about, without the owner.
source-infofinland-registering = Registering as a resident
source-infofinland-health = Health services in Finland
source-infofinland-dental = Dental care
source-infofinland-driving = Driving licence
source-infofinland-housing = Rental housing
source-infofinland-daycare = Early childhood education
source-infofinland-basic-education = Basic education
source-infofinland-living = Living in Finland
source-infofinland-business = Starting a business
source-kotoutuminen-who = Who gets an assessment
source-kotoutuminen-assessment = The assessment of skills and service needs
source-kotoutuminen-guidance = Guidance and advice
source-kotoutuminen-training = Integration training
source-kotoutuminen-independent-study = Studying on your own initiative
source-kotoutuminen-benefits = Unemployment and social benefits during integration
source-kotoutuminen-interpretation = Understanding and interpretation
source-kotoutuminen-language-choice = Choosing Finnish or Swedish
source-kotoutuminen-families = Children, young people and families
source-kotoutuminen-plan = The integration plan
source-migri-enter-finland = { -enter-finland } online service
source-migri-extended-permit = Extended permit
source-migri-permanent = Permanent residence permit
source-intermin-permanent = New rules for permanent residence permits (in Finnish)
source-dvv-nordic = Moving between the Nordic countries
source-kela-card = { -kela } card
source-kela-moving = Moving to Finland
source-kela-unemployment = Labour market subsidy
source-kela-housing = General housing allowance
source-kela-social-assistance = Social assistance
source-kela-child-home-care = Child home care allowance
source-vero-tax-card = Tax card
source-vero-moving = Moving to Finland and taxes
source-suomifi-identification = Identification
source-suomifi-messages = { -suomi-fi } Messages
source-tyomarkkinatori-jobseeker = Services for jobseekers
source-oph-recognition = Recognition of qualifications
source-lvv-home = Right to practise in health and social care
source-erc-112 = When to call 112
source-116117 = The { -paivystysapu } in your area
source-mieli-emergency = Where to get help in a crisis
source-nollalinja = Help with violence in close relationships
source-finlex-integration-act = Act on the Promotion of Integration (in Finnish)
source-finlex-civic-orientation = Decree on civic orientation (in Finnish)
source-tem-reform = Planned changes to integration services (in Finnish)
