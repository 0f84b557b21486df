# Traduction automatique de l'anglais (machine-made translation from English).
# Questionnaire sur les besoins. Mêmes clés que l'anglais.
# Les variables entre accolades, comme { $count }, sont remplies par l'application : ne les changez pas.

## Start page and navigation
qn-title = Préparez votre évaluation
qn-intro = Avant votre premier rendez-vous au sujet des services d’intégration, vous pouvez répondre à des questions sur vos compétences, vos projets et votre vie actuelle. Le rendez-vous peut alors commencer à partir de vos réponses.
qn-how-long = Cela prend environ 15 minutes. Vous pouvez vous arrêter et continuer plus tard.
qn-private = Vos réponses restent sur cet appareil. Rien n’est envoyé nulle part. Vous décidez à qui vous les montrez.
qn-skip-note = Répondez seulement à ce que vous voulez. Certaines questions ont « Je ne sais pas », « Passer » ou « Je préfère ne pas répondre ».
qn-start = Commencer
qn-continue = Reprendre là où vous en étiez
qn-start-again = Recommencer
qn-check-link = Vérifier vos réponses
qn-saved-count = { $count ->
    [one] Vous avez répondu à { $count } question.
    [many] Vous avez répondu à { $count } de questions.
   *[other] Vous avez répondu à { $count } questions.
}
qn-progress = Partie { $part } sur { $parts } : { $section }
qn-progress-label = Progression
qn-back = Retour
qn-continue-button = Continuer
qn-dont-know = Je ne sais pas
qn-prefer-not = Je préfère ne pas répondre
qn-skip = Passer cette question
qn-choose-all = Choisissez toutes les réponses qui conviennent.
qn-month = Mois
qn-year = Année
qn-number = Nombre
qn-your-answer = Votre réponse
qn-selected = Choisi

## Check your answers
qn-check-title = Vérifiez vos réponses
qn-check-intro = Regardez vos réponses. Vous pouvez changer n’importe quelle réponse.
qn-change = Changer
qn-answer-now = Répondre
qn-not-answered = Pas de réponse
qn-answer-dont-know = Je ne sais pas
qn-answer-prefer-not = Je préfère ne pas répondre
qn-answer-skipped = Question passée
qn-done-title = Et ensuite ?
qn-done-text = Vos réponses sont enregistrées sur cet appareil. Montrez-les lors de votre rendez-vous. La personne que vous rencontrez décide avec vous des services dont vous avez besoin.
qn-see-pathway = Voir votre parcours suggéré

## Deleting
qn-delete = Supprimer mes données de cet appareil
qn-delete-confirm-title = Supprimer vos données ?
qn-delete-confirm-text = Cela supprime de cet appareil vos réponses, les étapes cochées dans votre liste et votre choix de langue. Vous ne pouvez pas annuler.
qn-delete-yes = Oui, supprimer
qn-delete-cancel = Annuler

## Notices about stored answers
qn-notice-discarded = Vos réponses enregistrées n’ont pas pu être lues, elles ont donc été supprimées. Répondez de nouveau.
qn-notice-newer = Vos réponses enregistrées ont été faites avec une version plus récente de cette application. Mettez à jour l’application ou ouvrez-la dans un navigateur à jour. Vos réponses enregistrées n’ont pas été changées.

## Errors
error-summary = Il y a un problème
error-required = Répondez à la question ou choisissez une autre option ci-dessous.
error-unknown-option = Choisissez une des options.
error-exclusive = Cette réponse ne peut pas être choisie avec les autres.
error-not-a-number = Écrivez un nombre en chiffres, par exemple 12.
error-out-of-range = Écrivez un nombre de { $min } à { $max }.
error-year-too-early = Écrivez une année à partir de { $min }.
error-in-future = La date ne peut pas être dans le futur.
error-month = Choisissez un mois.
error-too-long = Écrivez au maximum { $max } caractères.

## Months
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Sections
section-about = À propos de vous
section-languages = Langues
section-education = Études
section-work = Travail
section-skills = Compétences et points forts
section-goals = Vos objectifs
section-life = Votre vie actuelle
section-wellbeing = Santé et bien-être
section-wellbeing-intro = Ces questions sont facultatives. Nous les posons parce que la santé peut influencer les études et le travail, et qu’il existe de l’aide. Vous pouvez les passer ou choisir « Je préfère ne pas répondre ».
section-appointment = Votre rendez-vous

## Questions: about you
q-age-group = Quel âge avez-vous ?
q-residence-basis = Pour quelle raison avez-vous obtenu le droit de vivre en Finlande ?
q-residence-basis-help = Regardez votre carte de titre de séjour ou votre certificat d’enregistrement. En cas de doute, choisissez « Je ne sais pas ».
q-permit-date = Quand avez-vous obtenu votre premier titre de séjour ou votre enregistrement en Finlande ?
q-permit-date-help = Les services d’intégration sont en général proposés pendant les 3 premières années après cette date.
q-municipality-registered = Avez-vous une commune de résidence en Finlande ?
q-municipality-registered-help = Cela veut dire que vous êtes enregistré comme habitant d’une commune finlandaise. C’est { -dvv } qui l’enregistre.
q-first-steps-done = Parmi ces éléments, lesquels avez-vous déjà ?
q-unaccompanied = Êtes-vous venu en Finlande sans parent ni tuteur ?
q-unaccompanied-help = Un tuteur est un adulte qui est légalement responsable de vous.

## Questions: languages
q-mother-tongue = Quelle est votre langue maternelle ?
q-mother-tongue-other = Écrivez le nom de votre langue maternelle.
q-other-languages = Quelles autres langues parlez-vous ?
q-finnish = Parlez-vous finnois ? À quel niveau ?
q-swedish = Parlez-vous suédois ? À quel niveau ?
q-english = Parlez-vous anglais ? À quel niveau ?
q-read-own = Savez-vous lire dans votre langue maternelle ?
q-write-own = Savez-vous écrire dans votre langue maternelle ?
q-latin-alphabet = Savez-vous lire les lettres de cet alphabet : A B C D E ?
q-latin-alphabet-help = Le finnois, le suédois et l’anglais s’écrivent avec ces lettres (l’alphabet latin).

## Questions: education
q-school-years = Au total, combien d’années avez-vous passées à l’école ou en études ?
q-school-years-help = Comptez toutes les années, de l’école primaire à l’université. En cas de doute, donnez une estimation.
q-education-level = Quel est le plus haut niveau d’études que vous avez terminé ?
q-education-field = Qu’avez-vous étudié ?
q-education-country = Où avez-vous fait ces études ?
q-certificates = Avez-vous vos certificats ou vos diplômes ?
q-certificates-help = Par exemple des bulletins scolaires, des certificats ou des diplômes, sur papier ou en fichiers.
q-unfinished-studies = Avez-vous commencé des études que vous n’avez pas pu terminer ?

## Questions: work
q-has-worked = Avez-vous déjà travaillé ?
q-work-fields = Dans quels domaines avez-vous travaillé ?
q-work-other = Écrivez le domaine ou le travail que vous avez fait.
q-work-years = Combien d’années avez-vous travaillé en tout ?
q-recent-work = Quel a été votre dernier emploi ?
q-recent-work-help = Écrivez le nom d’un métier, par exemple « infirmière » ou « chauffeur de bus ».
q-entrepreneur = Avez-vous eu votre propre entreprise ?
q-driving-licence = Avez-vous un permis de conduire ?
q-licence-class = Quels véhicules votre permis vous permet-il de conduire ?

## Questions: skills
q-phone-skills = Savez-vous utiliser un smartphone, par exemple pour envoyer des messages et utiliser des applications ?
q-computer-skills = Savez-vous utiliser un ordinateur ?
q-online-services = Savez-vous utiliser les services en ligne sans aide ?
q-online-services-help = Par exemple la banque en ligne, prendre un rendez-vous ou remplir un formulaire en ligne.
q-strengths = Quels sont vos points forts ?

## Questions: goals
q-goals = Que voulez-vous faire en Finlande dans les prochaines années ?
q-main-goal = Laquelle de ces choses est la plus importante pour vous maintenant ?

## Questions: life now
q-jobseeker = Êtes-vous inscrit comme demandeur d’emploi auprès { -tyollisyyspalvelut(case: "de") } ?
q-jobseeker-help = Vous vous inscrivez via { -tyomarkkinatori(case: "with-finnish") } ou auprès { -tyollisyyspalvelut(case: "de") }.
q-social-assistance = Recevez-vous l’aide sociale ?
q-social-assistance-help = L’aide sociale est de l’argent pour les besoins de base quand vos revenus ne suffisent pas. { -kela } verse l’aide sociale de base. Si vous la recevez pendant longtemps ou régulièrement, c’est en général votre commune qui est responsable de vos services d’intégration.
q-has-children = Avez-vous des enfants qui vivent avec vous ?
q-children-ages = Quel âge ont vos enfants ?
q-home-care-allowance = Recevez-vous l’allocation de garde d’enfant à domicile de { -kela } ?
q-home-care-allowance-help = C’est de l’argent versé par { -kela } quand vous vous occupez à la maison d’un enfant de moins de 3 ans.
q-housing = Où vivez-vous maintenant ?
q-urgent = Avez-vous besoin d’aide urgente pour quelque chose ?

## Questions: wellbeing
q-health-affects = Votre santé ou autre chose rend-elle les études ou le travail difficiles pour vous ?
q-talk-to-someone = Voulez-vous parler à quelqu’un de votre santé ou de votre bien-être ?

## Questions: appointment
q-appointment-language = Dans quelle langue voulez-vous avoir votre rendez-vous ?
q-interpreter = Avez-vous besoin d’un interprète pendant le rendez-vous ?
q-interpreter-language = Quelle langue l’interprète doit-il parler ?
q-contact-way = Comment voulez-vous que le bureau vous contacte ?
q-contact-way-help = N’écrivez pas vos coordonnées ici. Vous les donnez au bureau.

## Options
opt-yesno-yes = Oui
opt-yesno-no = Non
opt-firststeps-identity-code = Un numéro d’identification personnel finlandais
opt-firststeps-kela-card = Une carte { -kela }
opt-firststeps-tax-card = Une carte fiscale
opt-firststeps-bank-account = Un compte bancaire
opt-firststeps-none = Rien de tout cela pour l’instant
opt-age-under-18 = Moins de 18 ans
opt-age-18-29 = 18 à 29 ans
opt-age-30-44 = 30 à 44 ans
opt-age-45-64 = 45 à 64 ans
opt-age-65-plus = 65 ans ou plus
opt-residence-protection = Protection internationale (asile, statut de réfugié)
opt-residence-family = Liens familiaux
opt-residence-work = Travail
opt-residence-study = Études
opt-residence-eu = Citoyen de l’UE ou d’un pays nordique, enregistré
opt-residence-temporary-protection = Protection temporaire
opt-residence-other = Une autre raison
opt-residence-protection-family = Membre de la famille d’une personne qui bénéficie d’une protection internationale
opt-residence-trafficking = Victime de traite des êtres humains (quelqu’un vous a forcé à travailler ou à faire d’autres choses)
opt-socialassist-lasting = Oui, pendant longtemps ou régulièrement
opt-socialassist-short-term = Oui, une fois ou pendant peu de temps
opt-socialassist-no = Non
opt-socialassist-yes = Oui (sans préciser pendant combien de temps)
opt-language-arabic = Arabe
opt-language-dari = Dari
opt-language-farsi = Persan (farsi)
opt-language-kurdish = Kurde
opt-language-pashto = Pachto
opt-language-somali = Somali
opt-language-tigrinya = Tigrigna
opt-language-amharic = Amharique
opt-language-swahili = Swahili
opt-language-russian = Russe
opt-language-ukrainian = Ukrainien
opt-language-estonian = Estonien
opt-language-albanian = Albanais
opt-language-turkish = Turc
opt-language-vietnamese = Vietnamien
opt-language-thai = Thaï
opt-language-chinese = Chinois
opt-language-english = Anglais
opt-language-french = Français
opt-language-spanish = Espagnol
opt-language-other = Une autre langue
opt-level-none = Je ne le parle pas encore
opt-level-words = Je connais quelques mots et phrases
opt-level-everyday = Je me débrouille dans les situations de tous les jours, comme faire les courses
opt-level-work = Je me débrouille dans la plupart des situations au travail
opt-howwell-well = Oui, bien
opt-howwell-a-little = Un peu
opt-howwell-no = Non
opt-edu-none = Je n’ai pas fréquenté l’école
opt-edu-primary = École primaire
opt-edu-lower-secondary = Premier cycle du secondaire (jusqu’à environ 15 ans)
opt-edu-upper-secondary = Deuxième cycle du secondaire (lycée)
opt-edu-vocational = École professionnelle (formation à un métier)
opt-edu-bachelor = Université ou école supérieure, premier diplôme (licence)
opt-edu-master = Université, diplôme supérieur (master)
opt-edu-doctorate = Doctorat
opt-field-office = Travail de bureau et administration
opt-field-sales = Vente et magasins
opt-field-cleaning = Nettoyage
opt-field-construction = Bâtiment et construction
opt-field-manufacturing = Travail en usine et production
opt-field-transport = Transport et conduite
opt-field-restaurant = Restaurants, cafés et cuisines
opt-field-health = Santé
opt-field-social-care = Action sociale et soins aux personnes âgées
opt-field-childcare = Garde d’enfants
opt-field-teaching = Enseignement et éducation
opt-field-ict = Informatique
opt-field-engineering = Ingénierie et technique
opt-field-agriculture = Agriculture, jardinage et travail en forêt
opt-field-beauty = Coiffure et soins de beauté
opt-field-security = Sécurité et gardiennage
opt-field-repair = Réparation et entretien
opt-field-arts = Arts, médias et culture
opt-field-science = Sciences et recherche
opt-field-law = Droit, économie et commerce
opt-field-other = Un autre domaine
opt-country-finland = En Finlande
opt-country-eu = Dans un autre pays de l’UE ou un autre pays nordique
opt-country-other = Dans un autre pays
opt-certificates-yes = Oui, tous
opt-certificates-some = Une partie
opt-certificates-no = Non
opt-years-under-1 = Moins d’un an
opt-years-1-2 = 1 à 2 ans
opt-years-3-5 = 3 à 5 ans
opt-years-6-10 = 6 à 10 ans
opt-years-over-10 = Plus de 10 ans
opt-licence-b = Voiture
opt-licence-c = Camion
opt-licence-d = Bus
opt-licence-a = Moto
opt-licence-other = Autres véhicules
opt-strength-teamwork = Travailler avec d’autres personnes
opt-strength-customer-service = Servir les clients
opt-strength-caring = Prendre soin des gens
opt-strength-handcrafts = Travailler de mes mains
opt-strength-technical = Machines et technique
opt-strength-cooking = Cuisiner
opt-strength-organising = Planifier et organiser
opt-strength-teaching = Enseigner et expliquer
opt-strength-languages = Apprendre des langues
opt-strength-art = Art, musique ou design
opt-strength-sports = Sport
opt-goal-work-soon = Trouver bientôt un emploi
opt-goal-vocational = Apprendre un métier (formation professionnelle)
opt-goal-university = Étudier à l’université
opt-goal-business = Créer ma propre entreprise
opt-goal-language-first = Apprendre d’abord la langue
opt-goal-family = M’occuper de ma famille pour l’instant
opt-goal-not-sure = Je ne sais pas encore
opt-childage-under-3 = Moins de 3 ans
opt-childage-3-6 = 3 à 6 ans
opt-childage-7-15 = 7 à 15 ans
opt-childage-16-17 = 16 à 17 ans
opt-housing-own-rental = Dans mon propre logement (en location ou en propriété)
opt-housing-temporary = Dans un endroit temporaire, par exemple chez des amis ou dans un centre d’accueil
opt-housing-none = Je n’ai pas d’endroit où vivre
opt-urgent-money = De l’argent pour la nourriture ou les factures
opt-urgent-housing = Un endroit où vivre
opt-urgent-health = La santé
opt-urgent-safety = La sécurité : ma famille ou moi ne sommes pas en sécurité
opt-urgent-family-reunification = Faire venir ma famille en Finlande
opt-urgent-legal-advice = Des conseils juridiques
opt-urgent-none = Non, rien d’urgent
opt-affects-no = Non
opt-affects-a-little = Un peu
opt-affects-a-lot = Beaucoup
opt-apptlang-finnish = Finnois
opt-apptlang-swedish = Suédois
opt-apptlang-english = Anglais
opt-apptlang-own = Ma propre langue, avec un interprète
opt-contact-phone = Appel téléphonique
opt-contact-text-message = SMS
opt-contact-email = Courriel (e-mail)
opt-contact-letter = Lettre
opt-contact-in-person = Je viendrai au bureau
