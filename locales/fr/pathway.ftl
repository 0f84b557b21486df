# Traduction automatique de l'anglais (machine-made translation from English).
# Parcours suggéré, impression et vue du conseiller. Mêmes clés que l'anglais.
# Les variables entre accolades, comme { $date }, sont remplies par l'application : ne les changez pas.

## Pathway page
pw-title = Votre parcours suggéré
pw-intro = Ces étapes sont suggérées à partir de vos réponses. D’abord ce qu’il faut faire maintenant, ensuite ce qui vient plus tard.
pw-disclaimer = Ceci est une suggestion que vous avez préparée vous-même. Ce n’est pas une décision. L’autorité décide de vos services avec vous lors de l’évaluation.
pw-no-answers = Vous n’avez pas encore répondu aux questions. Répondez d’abord, et vous recevrez un parcours fait pour vous.
pw-start-questions = Répondre aux questions
pw-because = Parce que vous avez répondu :
pw-for-everyone = Suggéré pour toute personne qui vient s’installer en Finlande.
pw-where = Où aller :
pw-source = Source officielle :
# Après les sources d'une étape : le jour de la dernière vérification. { $date } est une date formatée.
source-checked = vérifié le { $date }
pw-check-answers = Vérifier ou changer vos réponses
timing-now = À faire maintenant
timing-soon = Dans les prochains mois
timing-later = Plus tard

## Taking it with you
pw-take-heading = Emportez ceci avec vous
pw-take-intro = Montrez vos réponses et ce parcours lors de votre rendez-vous. Choisissez une façon de le faire.
pw-print = Imprimer
pw-save = Enregistrer comme fichier
pw-share = Partager
pw-show-qr = Afficher le code QR
pw-hide-qr = Masquer le code QR
pw-qr-help = Le conseiller peut scanner ce code pour voir vos réponses en finnois ou en suédois. Vous pouvez aussi le scanner avec votre propre téléphone pour garder une copie. Vos réponses sont dans le code : rien n’est envoyé nulle part.
pw-qr-label = Code QR avec vos réponses
pw-saved = Le fichier a été enregistré. Cherchez-le dans vos téléchargements.
pw-share-failed = Le partage n’a pas fonctionné sur cet appareil. Vous pouvez enregistrer le fichier à la place.

## Print
print-title = Réponses et parcours suggéré
print-caseworker-language = Deuxième langue, pour le conseiller :
print-self-reported = Déclaré par la personne elle-même avant l’évaluation. Le parcours est une suggestion, pas une décision.
print-prepared = Préparé le { $date }
print-answers = Réponses
print-pathway = Parcours suggéré
print-button = Imprimer cette page
print-back = Retour à votre parcours

## Caseworker view
hv-title = Réponses pour l’évaluation
hv-self-reported = La personne a répondu seule à ces questions, avant l’évaluation. Les réponses sont déclarées par la personne elle-même. Le parcours est une suggestion faite par l’application à partir des réponses, pas une décision.
hv-prepared = Préparé le { $date }. Langue de la personne : { $language }.
hv-municipality = Commune : { $name }
hv-language = Afficher en :
hv-show-person = Afficher aussi la langue de la personne
hv-hide-person = Masquer la langue de la personne
hv-print = Imprimer
hv-nothing-stored = Rien de cette page n’est enregistré sur cet appareil.
hv-dropped = Certaines réponses n’ont pas pu être lues. Elles ont peut-être été faites avec une autre version de l’application.
hv-load-title = Ouvrir des réponses enregistrées
hv-load-intro = Choisissez un fichier enregistré depuis cette application. Son nom se termine par .json.
hv-load-label = Fichier avec les réponses
hv-error-title = Ces réponses ne peuvent pas être ouvertes
hv-try-file = Ouvrir plutôt un fichier enregistré

## Errors in links and files
handover-error-empty = Le lien ou le fichier est vide.
handover-error-too-large = Le fichier est trop grand pour être un fichier de réponses. Vérifiez que vous avez choisi le bon fichier.
handover-error-malformed = Le lien ou le fichier est abîmé. Demandez à la personne de montrer de nouveau le code QR ou d’enregistrer un nouveau fichier.
handover-error-newer = Ces réponses ont été faites avec une version plus récente de l’application. Mettez à jour l’application (rechargez la page) et réessayez.
handover-error-checksum = Le lien ou le fichier a été modifié ou abîmé : on ne peut donc pas s’y fier. Demandez-en un nouveau.
handover-error-truncated = Une partie du lien ou du fichier manque. Demandez-en un nouveau.
handover-error-not-json = Ce n’est pas un fichier enregistré depuis cette application.
handover-error-not-handover = Ce fichier ne contient pas de réponses de cette application.

## Steps: urgent
step-urgent-safety-title = Si vous êtes en danger, appelez le 112
step-urgent-safety-text = Appelez le 112 si vous ou votre famille êtes en danger maintenant. Vous pouvez aussi demander de l’aide à la police, à un foyer d’hébergement d’urgence ou à une ligne d’aide. C’est gratuit.
step-urgent-housing-title = Demandez de l’aide pour le logement aujourd’hui
step-urgent-housing-text = Contactez aujourd’hui les services sociaux de votre { -hyvinvointialue } et dites-leur que vous n’avez pas d’endroit sûr où vivre. Informez aussi votre commune.
step-urgent-money-title = Demandez de l’aide pour l’argent
step-urgent-money-text = Si vous n’avez pas d’argent pour la nourriture ou les factures, demandez l’aide sociale de base à { -kela }. Les services sociaux peuvent vous aider en cas d’urgence.
step-urgent-health-title = Obtenez des soins de santé
step-urgent-health-text = Contactez votre centre de santé. Si c’est urgent, appelez { -paivystysapu(case: "def-with-finnish") } au 116 117. Elle fonctionne dans la plupart des régions : vérifiez sur 116117.fi. En cas d’urgence vitale, appelez le 112.
step-urgent-family-title = Renseignez-vous pour faire venir votre famille
step-urgent-family-text = Le regroupement familial a ses propres règles et délais. Vérifiez-les sur migri.fi et demandez conseil rapidement.
step-urgent-legal-title = Demandez des conseils juridiques
step-urgent-legal-text = Demandez aux services d’orientation et de conseil où vous pouvez obtenir des conseils juridiques. Certains conseils sont gratuits.

## Steps: first steps
step-register-dvv-title = Enregistrez votre adresse auprès de { -dvv }
step-register-dvv-text = Enregistrez-vous auprès de { -dvv } pour avoir une commune de résidence. Beaucoup de services en ont besoin.
step-first-identity-code-title = Obtenez un numéro d’identification personnel
step-first-identity-code-text = Votre numéro d’identification personnel est souvent déjà sur votre carte de titre de séjour. Sinon, vous le recevez quand vous vous enregistrez auprès de { -dvv }. Vous en avez besoin à la banque, à { -kela } et dans les services de santé.
step-first-kela-title = Posez des questions à { -kela } sur la sécurité sociale
step-first-kela-text = Demandez une carte { -kela } dans OmaKela et faites la déclaration d’installation en Finlande. Ensuite, { -kela } décide si vous êtes couvert par la sécurité sociale finlandaise.
step-first-tax-card-title = Obtenez une carte fiscale
step-first-tax-card-text = Obtenez une carte fiscale auprès de { -vero } avant de commencer à travailler. Donnez-la à votre employeur.
step-first-bank-title = Ouvrez un compte bancaire
step-first-bank-text = Vous avez besoin d’un compte bancaire pour votre salaire et vos prestations. Demandez aussi à la banque des identifiants bancaires en ligne.

## Steps: your assessment
step-assessment-employment-title = Votre évaluation se fait avec { -tyollisyyspalvelut(case: "def") }
step-assessment-employment-text = Vous êtes inscrit comme demandeur d’emploi, donc { -tyollisyyspalvelut(case: "def") } font votre évaluation et votre plan d’intégration avec vous. Contactez-les et prenez rendez-vous.
step-assessment-municipality-title = Votre évaluation se fait avec votre commune
step-assessment-municipality-text = D’après vos réponses, les services d’intégration de votre commune sont responsables de votre évaluation et de votre plan d’intégration. Contactez-les et prenez rendez-vous.
step-assessment-ask-title = Demandez une évaluation de vos compétences et de vos besoins
step-assessment-ask-text = Demandez aux services d’orientation et de conseil de votre commune qui fait votre évaluation. Si vous vous inscrivez comme demandeur d’emploi au chômage, ce sont { -tyollisyyspalvelut(case: "def") }. Sinon, c’est en général la commune.
step-window-open-title = Demandez votre plan d’intégration à temps
step-window-open-text = L’évaluation et le premier plan d’intégration sont faits dans les 3 ans qui suivent votre premier titre de séjour ou votre enregistrement. Demandez-les bientôt.
step-window-passed-title = Plus de 3 ans se sont écoulés depuis votre premier titre de séjour
step-window-passed-text = Le premier plan d’intégration est en général fait dans les 3 ans. Demandez à votre conseiller ce qui est encore possible pour vous. Des cours de langue et d’autres services vous sont peut-être encore ouverts.
step-jobseeker-register-title = Inscrivez-vous comme demandeur d’emploi
step-jobseeker-register-text = Vous voulez un travail ou une formation. Inscrivez-vous comme demandeur d’emploi sur { -tyomarkkinatori(case: "with-finnish") } ou auprès { -tyollisyyspalvelut(case: "de") }.
step-interpreter-title = Demandez un interprète
step-interpreter-text = Quand vous prenez rendez-vous, dites au bureau que vous avez besoin d’un interprète. L’évaluation se fait dans une langue que vous comprenez.
step-social-services-title = Une évaluation par les services sociaux
step-social-services-text = Les personnes qui bénéficient d’une protection internationale sont en général orientées vers une évaluation des besoins par les services sociaux. Elle vous aide à obtenir le soutien dont vous avez besoin.
step-unaccompanied-plan-title = Soutien pour un jeune sans tuteur
step-unaccompanied-plan-text = Un jeune arrivé sans tuteur est en général orienté vers une évaluation des besoins par les services sociaux. Un plan est fait pour vous avec les services sociaux. Demandez à votre personne de contact ou à votre travailleur social.
step-talk-health-title = Parlez de votre santé à quelqu’un
step-talk-health-text = Prenez rendez-vous à votre centre de santé ou aux services sociaux. Vous pouvez leur dire ce qui rend les études ou le travail difficiles pour vous.

## Steps: language
step-literacy-title = Formation en alphabétisation
step-literacy-text = Demandez une formation en alphabétisation. Elle s’adresse aux personnes qui ne savent pas encore bien lire ou écrire, ou pour qui l’alphabet latin est nouveau. Les règles peuvent changer en 2027 : demandez à votre conseiller.
step-integration-training-title = Formation d’intégration : finnois ou suédois
step-integration-training-text = La formation d’intégration enseigne le finnois ou le suédois, et fait connaître la société et la vie professionnelle. Elle dure en général environ un an. Un test montre quel groupe vous convient. Les règles peuvent changer en 2027 : demandez à votre conseiller.
step-language-with-work-title = Étudiez la langue en travaillant
step-language-with-work-text = Vous êtes prêt à travailler. Renseignez-vous sur des études de langue à temps partiel, que vous pouvez faire pendant que vous travaillez.
step-language-fluent-title = Vos compétences en langue sont déjà bonnes
step-language-fluent-text = Vous n’avez peut-être pas besoin de formation en langue. Renseignez-vous sur d’autres services, par exemple des études ou du travail.
step-civic-orientation-title = Orientation civique dans votre langue
step-civic-orientation-text = Renseignez-vous sur le cours d’orientation civique en plusieurs langues. Il dure au moins 70 heures et parle des droits, des services, du travail et de la vie de tous les jours en Finlande.
step-digital-skills-title = Apprenez à utiliser les services en ligne
step-digital-skills-text = Beaucoup de services sont en ligne. Demandez à votre bibliothèque ou à votre commune s’il existe de l’aide et des cours pour utiliser un téléphone, un ordinateur et les services en ligne.

## Steps: education and recognition
step-simhe-title = Orientation pour les personnes très diplômées
step-simhe-text = Les services { -simhe } de certaines universités orientent les personnes qui ont fait des études universitaires et aident à faire reconnaître les acquis.
step-recognition-oph-title = Renseignez-vous sur le niveau de votre diplôme
step-recognition-oph-text = { -oph } peut décider à quel niveau votre diplôme étranger correspond en Finlande. Apportez vos certificats. Vérifiez sur oph.fi comment faire la demande.
step-regulated-valvira-title = Droit de travailler dans la santé ou le social
step-regulated-valvira-text = Pour travailler dans la santé ou le social, vous avez besoin du droit d’exercer, accordé par { -lvv(case: "def") } (anciennement Valvira). Vous devez aussi connaître assez bien le finnois ou le suédois.
step-regulated-oph-title = Droit de travailler comme enseignant ou dans l’éducation de la petite enfance
step-regulated-oph-text = L’enseignement et l’éducation de la petite enfance sont des métiers réglementés. { -oph } décide si vos études vous donnent le droit de les exercer.

## Steps: children
step-daycare-title = Demandez une place en éducation de la petite enfance
step-daycare-text = Faites la demande d’éducation de la petite enfance (garde d’enfants) auprès de votre commune. Le tarif dépend de vos revenus. Faites la demande tôt.
step-preprimary-title = Éducation préscolaire
step-preprimary-text = L’éducation préscolaire est obligatoire pendant l’année qui précède l’école. Elle est gratuite. Votre commune vous dit comment inscrire votre enfant.
step-school-title = L’école pour vos enfants
step-school-text = L’instruction est obligatoire à partir de 7 ans. Si votre enfant ne parle pas encore finnois ou suédois, renseignez-vous sur l’enseignement préparatoire à l’école.
step-upper-secondary-title = Des études pour votre adolescent
step-upper-secondary-text = Les jeunes doivent étudier jusqu’à 18 ans ou jusqu’à l’obtention d’un diplôme du deuxième cycle du secondaire. Renseignez-vous sur les études du deuxième cycle du secondaire ou sur TUVA, la formation qui prépare à ces études.

## Steps: studies and work
step-vocational-title = Formation professionnelle
step-vocational-text = Renseignez-vous sur TUVA, la formation qui prépare à un diplôme du deuxième cycle du secondaire. Renseignez-vous aussi sur les études professionnelles du deuxième cycle du secondaire.
step-university-title = Études universitaires
step-university-text = Renseignez-vous sur les études supérieures et leurs exigences de langue. Les services { -simhe } peuvent vous orienter.
step-self-motivated-title = Mettez-vous d’abord d’accord sur vos études dans votre plan
step-self-motivated-text = Si vous voulez étudier et garder votre allocation de chômage, mettez-vous d’accord sur les études dans votre plan d’intégration avant de commencer.
step-business-title = Conseils pour créer une entreprise
step-business-text = Demandez { -tyollisyyspalvelut(case: "a") } des conseils pour créer une entreprise en Finlande.
step-work-routes-title = Des chemins vers le travail
step-work-routes-text = Renseignez-vous auprès { -tyollisyyspalvelut(case: "de") } sur la formation pour le marché du travail, un essai de travail ou un emploi avec aide salariale.
step-community-title = Rencontrez des gens et trouvez du soutien
step-community-text = Les organisations et les loisirs vous aident à rencontrer des gens et à trouver du travail. Par exemple, les organisations d’immigrés, les organisations d’étudiants, le mentorat et les associations professionnelles. Demandez à votre commune ce qui existe près de chez vous.
step-follow-up-plan-title = Si le programme se termine sans emploi
step-follow-up-plan-text = Quand votre programme d’intégration se termine et que vous n’avez pas encore d’emploi, un plan de suite (jatkosuunnitelma) est fait avec vous : un plan pour vos prochaines étapes. Les chemins possibles sont, par exemple, la formation pour le marché du travail, un emploi avec aide salariale, un essai de travail, TUVA (formation qui prépare à un diplôme du deuxième cycle du secondaire), des études professionnelles, des études supérieures, une formation qualifiante, des activités de travail en réadaptation et la réadaptation. Si vous êtes demandeur d’emploi, votre plan pour l’emploi se base sur le plan de suite.
step-social-guidance-title = De l’aide pour les démarches de tous les jours
step-social-guidance-text = Avez-vous besoin de plus de soutien dans la vie de tous les jours ? Renseignez-vous sur l’accompagnement social qui soutient l’intégration, et sur l’aide pour les démarches (asiointiapu). Certaines communes donnent aussi des conseils pour la vie de tous les jours en dehors des services sociaux. Demandez à votre commune.
