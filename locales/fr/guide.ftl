# Traduction automatique de l'anglais (machine-made translation from English).
# Sujets du guide. Mêmes clés que l'anglais.

## first-steps
topic-first-steps-title = Vos premières étapes en Finlande
topic-first-steps-summary = Cette liste montre les premières choses que la plupart des gens font après leur arrivée. Cochez chaque étape quand vous l’avez faite. L’ordre peut être différent pour vous.
topic-first-steps-step-1 = Ouvrez une étape pour en savoir plus. Vous y verrez ce qu’il faut faire et où aller.
topic-first-steps-step-2 = Quelque chose n’est pas clair ? Demandez de l’aide. Les services d’intégration ou les services d’orientation et de conseil de votre commune peuvent vous aider.

## residence-permit
topic-residence-permit-title = Titre de séjour et enregistrement
topic-residence-permit-summary = La plupart des gens ont besoin d’un titre de séjour délivré par { -migri-full(case: "def") } ({ -migri }). Les citoyens de l’UE et des pays nordiques n’ont pas besoin de titre de séjour. Mais ils doivent s’enregistrer. Vous avez besoin de votre titre de séjour ou de votre enregistrement pour beaucoup d’autres étapes.
topic-residence-permit-step-1 = Avez-vous besoin d’un titre de séjour ? Faites la demande auprès de { -migri }. Vérifiez sur migri.fi quel titre de séjour correspond à la raison de votre venue.
topic-residence-permit-step-2 = Êtes-vous citoyen d’un pays de l’UE ? Enregistrez votre droit de vivre en Finlande auprès de { -migri } dans les 3 mois qui suivent votre arrivée. Êtes-vous citoyen d’un pays nordique et restez-vous plus de 6 mois ? Alors enregistrez-vous en personne auprès de { -dvv } dans un délai d’un mois. Vérifiez sur { -infofinland } comment faire.
topic-residence-permit-step-3 = Gardez bien votre carte de titre de séjour. Vous en avez besoin dans beaucoup de bureaux. Si vous la perdez, demandez à { -migri } ce qu’il faut faire.
topic-residence-permit-step-4 = Votre titre de séjour est valable seulement pendant un certain temps. Demandez un titre de séjour prolongé avant la fin de sa validité. Vérifiez les règles et les dates sur migri.fi.

## right-to-stay
topic-right-to-stay-title = Garder votre droit de séjour
topic-right-to-stay-summary = Votre titre de séjour est valable seulement pendant un certain temps. Pour rester en Finlande, gardez un titre de séjour valable et informez { -migri } des changements. Après quelques années, vous pourrez peut-être obtenir un titre de séjour permanent.
topic-right-to-stay-step-1 = Demandez un titre de séjour prolongé avant la fin de validité de votre titre actuel. Un titre de séjour prolongé est un nouveau titre qui vous permet de continuer à vivre ici. Faites la demande en ligne dans { -enter-finland }, le service en ligne de { -migri }.
topic-right-to-stay-step-2 = Informez { -migri } quand votre situation change. Par exemple, votre travail se termine ou votre famille change. Une nouvelle adresse, signalez-la à { -dvv }.
topic-right-to-stay-step-3 = Parfois, { -migri } vous envoie une lettre et demande plus d’informations. Répondez avant la date limite indiquée dans la lettre. Demandez de l’aide si la lettre est difficile à comprendre.
topic-right-to-stay-step-4 = De nouvelles règles pour le titre de séjour permanent sont en vigueur depuis le 8 janvier 2026. En règle générale, vous devez avoir vécu 6 ans en Finlande. Vous devez aussi avoir un niveau suffisant de finnois ou de suédois (compétences satisfaisantes). Et vous devez avoir 2 ans d’expérience de travail. Pendant ces 2 ans, vous pouvez avoir reçu l’allocation de chômage ou l’aide sociale, mais pendant 3 mois au maximum. Avec un revenu élevé ou un diplôme obtenu en Finlande, 4 ans peuvent suffire. Vérifiez les détails sur migri.fi.
topic-right-to-stay-step-5 = Votre titre de séjour est-il basé sur le travail ? Si votre emploi se termine, vous avez 3 ou 6 mois pour trouver un nouveau travail. Demandez à { -migri } quel délai s’applique dans votre cas.

## identity-code
topic-identity-code-title = Numéro d’identification personnel et adresse
topic-identity-code-summary = { -dvv } tient un registre des personnes qui vivent en Finlande. Quand vous vous enregistrez, vous pouvez obtenir un numéro d’identification personnel. { -dvv } enregistre aussi votre commune de résidence. Beaucoup de services ont besoin de ces informations.
topic-identity-code-step-1 = Enregistrez-vous auprès de { -dvv } après votre arrivée. Vérifiez sur dvv.fi comment vous enregistrer. Le site indique aussi quels documents apporter.
topic-identity-code-step-2 = Votre numéro d’identification personnel est souvent déjà sur votre carte de titre de séjour. Sinon, vous le recevez quand vous vous enregistrez. Vous devez quand même vous enregistrer auprès de { -dvv } pour votre adresse et votre commune de résidence. Vous avez besoin du numéro à la banque, à { -kela } et dans les services de santé. Gardez-le bien.
topic-identity-code-step-3 = Quand vous déménagez à une nouvelle adresse, informez { -dvv }. Vérifiez sur dvv.fi comment faire.
topic-identity-code-step-4 = Des membres de votre famille vivent-ils avec vous ? Enregistrez-les aussi auprès de { -dvv }, y compris vos enfants. Chaque personne reçoit son propre numéro d’identification.

## kela
topic-kela-title = { -kela } et la sécurité sociale
topic-kela-summary = { -kela } verse beaucoup de prestations en Finlande. D’abord, { -kela } décide si vous êtes couvert par la sécurité sociale finlandaise. Si vous êtes couvert, vous pouvez demander des prestations de { -kela }.
topic-kela-step-1 = Demandez une carte { -kela } dans OmaKela, le service en ligne de { -kela }. Faites aussi la déclaration d’installation en Finlande. Ensuite, { -kela } décide si vous êtes couvert par la sécurité sociale finlandaise. Vérifiez sur kela.fi comment faire.
topic-kela-step-2 = Si vous êtes couvert, vous recevez une carte { -kela }. Gardez-la sur vous. Vous la montrez, par exemple, à la pharmacie. Votre droit aux soins de santé publics vient de votre commune de résidence, pas de la carte.
topic-kela-step-3 = { -kela } a des prestations pour beaucoup de situations, par exemple l’allocation de logement et les allocations familiales. Ce que vous pouvez recevoir dépend de votre situation. C’est { -kela } qui décide.
topic-kela-step-4 = Vous devez demander chaque prestation. Informez { -kela } quand votre vie change. Par exemple, vos revenus, votre adresse ou votre famille changent.

## money
topic-money-title = L’argent pendant les premiers mois
topic-money-summary = Pendant les premiers mois, vous aurez peut-être besoin d’une aide financière. { -kela } verse beaucoup de prestations. Vous devez demander chaque prestation séparément. Ce sujet présente les plus courantes.
topic-money-step-1 = Êtes-vous au chômage et avez-vous un plan d’intégration ? Vous pouvez peut-être recevoir l’allocation de chômage pendant le plan. D’abord, inscrivez-vous comme demandeur d’emploi au chômage. Ensuite, demandez l’allocation à { -kela }.
topic-money-step-2 = Vous pouvez demander des prestations dans OmaKela, le service en ligne de { -kela }. Il existe aussi des formulaires en anglais.
topic-money-step-3 = Vos revenus sont-ils faibles ? Vous pouvez peut-être recevoir l’allocation générale de logement de { -kela }. Elle vous aide à payer les frais de votre logement. { -kela } décide selon votre situation.
topic-money-step-4 = L’aide sociale (toimeentulotuki) est l’aide de dernier recours quand vos autres revenus ne suffisent pas pour vos besoins de base. Demandez-la à { -kela }. Dans certaines situations, les services sociaux de votre { -hyvinvointialue } peuvent donner une aide supplémentaire. Demandez-leur.
topic-money-step-5 = Une prestation peut s’arrêter ou diminuer. Cela peut arriver si vous ne participez pas à votre plan d’intégration ou aux services convenus dans ce plan. Cela peut aussi arriver si vous n’informez pas { -kela } des changements. Par exemple, vos revenus, votre famille ou votre adresse changent. Informez { -kela } des changements tout de suite.
topic-money-step-6 = Vous occupez-vous à la maison d’un enfant de moins de 3 ans ? Vous pouvez peut-être recevoir l’allocation de garde d’enfant à domicile de { -kela }. Les règles peuvent changer en 2027. Demandez à votre conseiller.

## tax
topic-tax-title = Carte fiscale et impôts
topic-tax-summary = En Finlande, l’impôt est prélevé sur votre salaire avant que vous le receviez. Vous avez besoin d’une carte fiscale (verokortti) { -vero-full(case: "de") } ({ -vero }). La carte fiscale indique à votre employeur combien d’impôt prélever.
topic-tax-step-1 = Obtenez une carte fiscale avant de commencer à travailler. Vérifiez sur vero.fi comment l’obtenir.
topic-tax-step-2 = Donnez votre carte fiscale à votre employeur. Votre employeur en a besoin pour payer correctement votre salaire.
topic-tax-step-3 = Sans carte fiscale, votre employeur prélève beaucoup plus d’impôt sur votre salaire.
topic-tax-step-4 = Chaque année, { -vero } vous donne une déclaration d’impôts déjà remplie à vérifier. Lisez-la attentivement. Si quelque chose est faux, corrigez-le avant la date indiquée sur la déclaration.

## bank-id
topic-bank-id-title = Compte bancaire et identification en ligne
topic-bank-id-summary = Vous avez besoin d’un compte bancaire pour recevoir votre salaire et vos prestations. Les identifiants bancaires en ligne prouvent qui vous êtes sur internet. On appelle cela l’identification forte. Vous l’utilisez pour { -suomi-fi } et beaucoup d’autres services en ligne.
topic-bank-id-step-1 = Choisissez une banque et demandez comment ouvrir un compte. Demandez quels documents il vous faut.
topic-bank-id-step-2 = Apportez vos documents d’identité à la banque. Par exemple, apportez votre passeport et votre carte de titre de séjour.
topic-bank-id-step-3 = Demandez à la banque des identifiants bancaires en ligne. Vous les utilisez pour vous connecter à votre banque et à beaucoup de services publics. Ne donnez jamais vos identifiants à une autre personne.
topic-bank-id-step-4 = Connectez-vous à { -suomi-fi } avec vos identifiants. Là, vous pouvez utiliser beaucoup de services publics en ligne au même endroit.

## letters
topic-letters-title = Lettres officielles et identification en ligne
topic-letters-summary = Les autorités vous envoient des lettres sur vos dossiers. Certaines lettres sont des décisions. Lisez-les tout de suite, car elles peuvent contenir des délais à respecter. Pour lire vos lettres et utiliser les services en ligne, vous avez besoin d’une identification électronique forte.
topic-letters-step-1 = Les décisions et les autres lettres arrivent par la poste ou dans Messages { -suomi-fi }. Messages { -suomi-fi } est une boîte aux lettres en ligne sûre pour les lettres des autorités. Vous l’activez dans { -suomi-fi }. Ensuite, consultez souvent vos messages là-bas.
topic-letters-step-2 = Une décision (päätös) est une réponse officielle d’une autorité dans votre dossier. Elle vous dit comment faire appel, et avant quelle date. Faire appel veut dire demander que la décision soit changée. Le dernier jour possible s’appelle la date limite d’appel. Lisez chaque décision tout de suite, pour avoir le temps.
topic-letters-step-3 = Une lettre est difficile à comprendre ? Demandez de l’aide. Les services d’orientation et de conseil peuvent vous l’expliquer. Vous pouvez aussi demander un interprète.
topic-letters-step-4 = L’identification électronique forte prouve qui vous êtes sur internet. En général, vous utilisez pour cela vos identifiants bancaires en ligne. Demandez-les à votre banque.
topic-letters-step-5 = Une banque refuse de vous donner des identifiants bancaires en ligne ? Demandez à la banque quels documents elle accepte. La carte d’identité pour étrangers délivrée par la police ou un certificat mobile (une identification sur votre téléphone) peut aider. Chaque banque décide elle-même, alors demandez à votre banque.

## work
topic-work-title = Travail et { -tyollisyyspalvelut }
topic-work-summary = { -tyollisyyspalvelut(case: "def-capital") } vous aident à trouver un emploi ou une formation. Depuis le 1er janvier 2025, ce sont les communes qui organisent { -tyollisyyspalvelut(case: "def") }. Vous vous inscrivez comme demandeur d’emploi via { -tyomarkkinatori(case: "with-finnish") }.
topic-work-step-1 = Inscrivez-vous comme demandeur d’emploi sur { -tyomarkkinatori }. Si vous ne pouvez pas le faire en ligne, demandez de l’aide à vos { -tyollisyyspalvelut }.
topic-work-step-2 = Êtes-vous inscrit comme demandeur d’emploi au chômage ? Alors { -tyollisyyspalvelut(case: "def") } sont responsables de vos services d’intégration. Ils évaluent vos compétences et font un plan avec vous.
topic-work-step-3 = Écrivez un CV. Indiquez vos études, votre expérience de travail et vos compétences. Mettez-le à jour quand quelque chose change.
topic-work-step-4 = Gardez bien vos diplômes et vos certificats de travail. Apportez-les quand vous rencontrez { -tyollisyyspalvelut(case: "def") } ou un employeur.

## integration
topic-integration-title = Services d’intégration
topic-integration-summary = Les services d’intégration vous aident à apprendre la langue, à trouver du travail et à comprendre la société finlandaise. Si vous êtes inscrit comme demandeur d’emploi au chômage, { -tyollisyyspalvelut(case: "def") } sont responsables de vos services d’intégration. Pour beaucoup d’autres personnes, par exemple celles qui ne sont pas dans la vie active, c’est la commune qui est responsable. En cas de doute, demandez.
topic-integration-step-1 = Lisez des informations de base sur la vie en Finlande, comme ce guide. Si vous avez des questions, adressez-vous aux services d’orientation et de conseil de votre commune.
topic-integration-step-2 = Demandez une évaluation de vos compétences et de vos besoins de services (évaluation initiale). Elle se fait dans une langue que vous comprenez. Vous pouvez avoir un interprète.
topic-integration-step-3 = Après l’évaluation, vous pouvez recevoir un plan d’intégration. Il indique les études et les services prévus pour vous. Le premier plan est fait dans les 3 ans qui suivent votre premier titre de séjour ou votre enregistrement.
topic-integration-step-4 = La formation d’intégration dure en général environ un an. Vous étudiez le finnois ou le suédois. Vous apprenez aussi à connaître la société et la vie professionnelle. Les règles peuvent changer en 2027 : demandez à votre conseiller.
topic-integration-step-5 = Vous pouvez aussi suivre un cours d’orientation civique. Il est donné dans beaucoup de langues et dure au moins 70 heures. Vous y apprenez des choses sur les droits, les services, le travail et la vie de tous les jours.

## language
topic-language-title = Apprendre le finnois ou le suédois
topic-language-summary = Le finnois et le suédois sont les langues officielles de la Finlande. Dans beaucoup de régions, la plupart des gens parlent finnois. La langue vous aide à trouver du travail et à gérer la vie de tous les jours. Demandez quelle langue est la meilleure là où vous vivez.
topic-language-step-1 = La formation d’intégration comprend le finnois ou le suédois. Renseignez-vous lors de votre évaluation ou auprès de vos services d’intégration.
topic-language-step-2 = Lire ou écrire est difficile pour vous ? Ou les lettres utilisées en finnois (l’alphabet latin) sont nouvelles pour vous ? Alors demandez une formation en alphabétisation. Les règles de cette formation peuvent changer en 2027 : demandez à votre conseiller.
topic-language-step-3 = L’éducation populaire pour adultes propose aussi des cours de langue. Un centre d’éducation pour adultes en est un exemple. Demandez à votre commune quels cours existent près de chez vous.
topic-language-step-4 = Recevez-vous l’allocation de chômage et voulez-vous choisir vous-même vos études ? Mettez-vous d’accord sur ces études dans votre plan avant de commencer. Sinon, vous risquez de perdre l’allocation.

## qualifications
topic-qualifications-title = Utiliser votre diplôme et votre métier
topic-qualifications-summary = Vos études faites à l’étranger peuvent vous aider à trouver du travail en Finlande. Pour certains emplois, vous avez d’abord besoin d’une décision officielle. Ce sujet vous dit à qui vous adresser.
topic-qualifications-step-1 = Avez-vous un diplôme de l’enseignement supérieur obtenu à l’étranger ? { -oph } peut décider à quel niveau il correspond en Finlande. Vérifiez sur oph.fi comment faire la demande.
topic-qualifications-step-2 = Certains métiers sont réglementés par la loi. Vous avez besoin d’un droit officiel pour les exercer. Pour beaucoup d’entre eux, { -oph } décide si vos études vous donnent ce droit.
topic-qualifications-step-3 = Voulez-vous travailler dans la santé ou le social ? Vous avez besoin du droit d’exercer, accordé par { -lvv(case: "def") } (Lupa- ja valvontavirasto, anciennement Valvira). Vous devez aussi connaître assez bien le finnois ou le suédois.
topic-qualifications-step-4 = Les employeurs privés décident eux-mêmes si vos études conviennent pour le poste. Avez-vous un diplôme universitaire ? Les services { -simhe } de certaines universités peuvent vous conseiller.

## health-care
topic-health-care-title = Accéder aux soins de santé
topic-health-care-summary = Votre { -hyvinvointialue(case: "with-finnish") } gère les soins de santé publics et les services sociaux. À Helsinki, c’est la Ville d’Helsinki qui les gère. Votre centre de santé est en général le premier endroit à contacter. Pour utiliser les soins de santé publics, vous avez en général besoin d’une commune de résidence.
topic-health-care-step-1 = Un centre de santé (terveysasema) est le centre de soins public de votre quartier. Vous pouvez y consulter une infirmière ou un médecin. Trouvez votre centre de santé et demandez comment prendre votre premier rendez-vous.
topic-health-care-step-2 = Votre droit aux soins de santé publics vient de votre commune de résidence. C’est la commune où vous êtes enregistré comme habitant. Le droit ne vient pas de la carte { -kela }. Enregistrez-vous auprès de { -dvv } pour avoir une commune de résidence.
topic-health-care-step-3 = Attendez-vous encore d’avoir une commune de résidence ? En cas d’urgence, vous êtes soigné quand même. Vous devrez peut-être payer les frais plus tard. Pour les autres soins, vous avez peut-être quand même droit aux soins de santé publics, par exemple parce que vous travaillez en Finlande. Vous devez le demander séparément : adressez-vous à { -kela }. Vous pouvez aussi aller dans une clinique privée.
topic-health-care-step-4 = Les soins dentaires publics font aussi partie des soins de santé publics. Demandez à votre centre de santé ou aux services de soins dentaires publics comment prendre rendez-vous.
topic-health-care-step-5 = Êtes-vous enceinte ? Allez dans un centre de consultation maternelle (neuvola). Il suit votre santé et la santé de votre bébé. Les enfants qui ne vont pas encore à l’école vont dans un centre de consultation pour enfants. Il contrôle leur santé et leur croissance.
topic-health-care-step-6 = Avez-vous besoin d’aide dans votre langue ? Demandez un interprète quand vous prenez rendez-vous. Dites quelle langue vous parlez.

## health
topic-health-title = Maladie soudaine et soins urgents
topic-health-summary = Ce sujet vous dit ce qu’il faut faire quand vous tombez malade soudainement ou quand vous avez besoin de soins rapidement. Pour les soins de tous les jours, lisez le sujet « Accéder aux soins de santé ». Appelez le 112 seulement quand une vie, la santé, des biens ou l’environnement sont en danger.
topic-health-step-1 = Votre centre de santé (terveysasema) est en général le premier endroit à contacter. Trouvez le centre de santé le plus proche. Demandez comment prendre rendez-vous.
topic-health-step-2 = Avez-vous besoin de soins rapidement ? Si ce n’est pas une urgence vitale, appelez { -paivystysapu(case: "def-with-finnish") } au 116 117. On vous dira ce qu’il faut faire et où aller. Le numéro fonctionne dans la plupart des régions, mais pas partout. Vérifiez sur 116117.fi.
topic-health-step-3 = En cas d’urgence vitale, appelez le 112. Par exemple, quelqu’un ne peut pas respirer, est inconscient ou saigne beaucoup.
topic-health-step-4 = Avez-vous besoin d’aide dans votre langue ? Demandez un interprète quand vous prenez rendez-vous.

## emergency
topic-emergency-title = Numéro d’urgence 112
topic-emergency-summary = Le 112 est le numéro d’urgence en Finlande. Appelez-le quand une vie, la santé, des biens ou l’environnement sont en danger, par exemple en cas d’incendie. Vous joignez la police, une ambulance, les pompiers et les services de secours.
topic-emergency-step-1 = Appelez le 112 et restez calme. Dites qui vous êtes, où vous êtes et ce qui s’est passé. Répondez aux questions.
topic-emergency-step-2 = Ne raccrochez pas avant qu’on vous dise que vous pouvez raccrocher. Suivez les instructions que vous recevez.
topic-emergency-step-3 = Installez l’application { -app-112-suomi } sur votre téléphone. Elle peut aider le centre d’appels d’urgence à savoir où vous êtes.
topic-emergency-step-4 = Si quelqu’un a pris du poison ou trop de médicaments, appelez { -myrkytystietokeskus(case: "def-with-finnish") }. Son numéro est sur cette page. Si la personne est inconsciente ou respire mal, appelez le 112.

## housing
topic-housing-title = Trouver un logement
topic-housing-summary = Un logement est une des premières choses dont vous avez besoin. Vous pouvez louer auprès de la commune, d’un propriétaire à but non lucratif ou d’un propriétaire privé. Si vos revenus sont faibles, il est possible que { -kela } vous aide à payer les frais.
topic-housing-step-1 = Cherchez un logement à louer. Demandez à votre commune quels logements municipaux et à but non lucratif existent. Faites la demande tôt, car vous devrez peut-être attendre.
topic-housing-step-2 = Lisez attentivement le contrat de location avant de le signer. Le propriétaire demande souvent une caution. Demandez quand vous la récupérerez.
topic-housing-step-3 = Vos revenus sont-ils faibles ? Vous pouvez peut-être recevoir l’allocation de logement de { -kela }. { -kela } décide selon votre situation.
topic-housing-step-4 = Quand vous déménagez, donnez votre nouvelle adresse à { -dvv }. Si vous recevez des prestations, informez aussi { -kela }.

## children
topic-children-title = Enfants, garde d’enfants et école
topic-children-summary = Ce sujet est pour les familles avec enfants. Il parle de la garde d’enfants, de l’école et des soins de santé pour les enfants. En Finlande, l’instruction est obligatoire pour les enfants et les jeunes.
topic-children-step-1 = L’éducation de la petite enfance (varhaiskasvatus) est la garde des jeunes enfants. Faites la demande séparément auprès de votre commune. Le tarif dépend des revenus de votre famille.
topic-children-step-2 = L’éducation préscolaire est obligatoire pendant l’année qui précède le début de l’école. Elle est gratuite.
topic-children-step-3 = L’instruction est obligatoire de 7 à 18 ans. Elle peut se terminer plus tôt si le jeune obtient un diplôme du deuxième cycle du secondaire.
topic-children-step-4 = Votre enfant apprend-il encore le finnois ou le suédois ? L’enfant peut recevoir un enseignement préparatoire à l’école. Il dure environ une année scolaire.
topic-children-step-5 = Les centres de consultation pour enfants (neuvola) contrôlent la santé et la croissance des jeunes enfants. Votre { -hyvinvointialue } les gère. Demandez-lui comment prendre rendez-vous.

## rights
topic-rights-title = Vos droits et vos devoirs
topic-rights-summary = En Finlande, tout le monde a les mêmes droits de base. Vous avez aussi des devoirs. Par exemple, vous devez respecter la loi et payer vos impôts.
topic-rights-step-1 = Tout le monde est égal devant la loi. La discrimination est interdite, par exemple en raison de l’origine, de la religion, du sexe ou d’un handicap.
topic-rights-step-2 = Les femmes et les hommes ont les mêmes droits. C’est vrai à la maison, au travail et dans la société.
topic-rights-step-3 = La violence est un crime, même dans la famille. Si vous êtes en danger maintenant, appelez le 112. { -nollalinja } aide toute personne qui subit des violences dans une relation proche. Ses numéros sont sur cette page.
topic-rights-step-4 = Au travail, vous avez le droit de recevoir le salaire convenu. Demandez un contrat écrit. Gardez vos fiches de paie.

## everyday
topic-everyday-title = La vie de tous les jours
topic-everyday-summary = Ce sujet donne des conseils pour la vie de tous les jours en Finlande. Il parle de votre budget, des factures, des services en ligne et des déchets. Le temps libre compte aussi. Inscrivez-vous dans un club, un groupe de sport ou une association pour rencontrer des gens.
topic-everyday-step-1 = Organisez votre budget. Notez vos revenus et vos dépenses chaque mois.
topic-everyday-step-2 = Payez vos factures à temps. Les factures non payées peuvent nuire à votre historique de crédit. Si vous ne pouvez pas payer, contactez rapidement l’expéditeur de la facture.
topic-everyday-step-3 = Utilisez { -suomi-fi } pour beaucoup de services publics en ligne. Les bibliothèques publiques sont gratuites. Beaucoup de bibliothèques ont des ordinateurs, et le personnel peut vous aider à les utiliser.
topic-everyday-step-4 = Triez vos déchets pour le recyclage. Demandez à votre propriétaire ou à votre commune quelles sont les règles là où vous vivez.

## driving-licence
topic-driving-licence-title = Permis de conduire d’un autre pays
topic-driving-licence-summary = Pouvez-vous conduire en Finlande avec votre permis obtenu à l’étranger ? Cela dépend du pays où vous l’avez obtenu. Vérifiez les règles à temps.
topic-driving-licence-step-1 = Un permis de conduire d’un pays de l’UE ou de l’EEE reste valable en Finlande. L’EEE, ce sont les pays de l’UE, plus l’Islande, le Liechtenstein et la Norvège.
topic-driving-licence-step-2 = Beaucoup d’autres permis sont valables seulement pendant une durée limitée après votre arrivée. Ensuite, vous devez échanger votre permis contre un permis finlandais. Pour certains permis, vous devez aussi passer un examen de conduite. Vous échangez votre permis chez { -ajovarma }, les points de service pour les permis de conduire.
topic-driving-licence-step-3 = Vérifiez les règles pour votre pays sur { -infofinland }. Faites-le rapidement, avant la fin du délai.

## help
topic-help-title = Où trouver de l’aide
topic-help-summary = Vous n’avez pas à tout découvrir seul. Les services d’orientation et de conseil s’adressent à tous les immigrés. Ils s’adressent aussi aux personnes sans titre de séjour. Vous pouvez leur poser des questions sur les services et la vie de tous les jours.
topic-help-step-1 = Demandez à votre commune où trouver de l’orientation et du conseil. Elle peut vous dire quel service contacter.
topic-help-step-2 = { -infofinland } a des informations sur la vie en Finlande dans beaucoup de langues. Utilisez ce site quand vous avez besoin d’informations dans votre langue.
topic-help-step-3 = Êtes-vous en crise et avez-vous besoin de parler à quelqu’un ? Appelez la ligne de crise de { -mieli }. La ligne en finnois est ouverte 24 heures sur 24. Les autres langues ont leurs propres numéros et horaires. Tous les numéros sont sur cette page.
topic-help-step-4 = En cas d’urgence, appelez le 112. Appelez quand une vie, la santé, des biens ou l’environnement sont en danger.

## interpreters
topic-interpreters-title = Interprètes
topic-interpreters-summary = Un interprète traduit ce que vous dites dans une autre langue, et ce que dit l’agent dans votre langue. Avec un interprète, vous pouvez comprendre vos dossiers et bien les expliquer.
topic-interpreters-step-1 = Est-ce une autorité qui a ouvert le dossier ? Alors c’est l’autorité qui organise l’interprétation et qui la paie.
topic-interpreters-step-2 = Avez-vous ouvert le dossier vous-même ? Par exemple, vous avez fait une demande. Alors demandez à l’autorité si elle organise l’interprétation.
topic-interpreters-step-3 = Indiquez votre langue quand vous prenez rendez-vous. Vous pouvez demander un interprète qui parle votre dialecte. Vous pouvez aussi demander une femme ou un homme comme interprète.
topic-interpreters-step-4 = Votre évaluation des compétences et des besoins de services se fait dans une langue que vous comprenez. Vous pouvez avoir un interprète si vous en avez besoin.

## Authorities
authority-migri = { -migri-full }
authority-dvv = { -dvv-full }
authority-kela = { -kela } ({ -kela-full })
authority-vero = { -vero-full }
authority-banks = Banques et { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = Services d’intégration de la commune
authority-wellbeing = { -hyvinvointialue(case: "capital") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = Votre commune
authority-oph = { -oph-full }
authority-lvv = { -lvv } (autorisations dans la santé et le social)
authority-simhe = Services { -simhe } des universités
authority-ngos = Organisations et associations
authority-guidance = Services d’orientation et de conseil
authority-traficom = { -traficom-full } ({ -traficom })

## Phones
phone-112 = Numéro d’urgence
phone-medical-helpline = { -paivystysapu(case: "capital") }
phone-poison = { -myrkytystietokeskus }
phone-crisis = Ligne de crise en finnois, 24 heures sur 24 ({ -mieli })
phone-crisis-en-ar = Ligne de crise en anglais et en arabe ({ -mieli })
phone-crisis-uk = Ligne de crise en ukrainien ({ -mieli })
phone-crisis-ru = Ligne de crise en russe ({ -mieli })
phone-crisis-sv = Ligne de crise en suédois ({ -mieli })
phone-nollalinja = { -nollalinja } : ligne d’aide pour toute personne qui subit des violences dans une relation proche
phone-nollalinja-short = { -nollalinja } : la même ligne d’aide, numéro court

## Checklist
check-permit = Obtenir un titre de séjour ou enregistrer votre séjour
check-register = S’enregistrer auprès de { -dvv } et obtenir un numéro d’identification
check-kela = Poser des questions à { -kela } sur la sécurité sociale
check-tax-card = Obtenir une carte fiscale
check-bank = Ouvrir un compte bancaire et obtenir des identifiants bancaires
check-jobseeker = S’inscrire comme demandeur d’emploi
check-health = Trouver votre centre de santé
check-integration = Demander des services d’intégration
check-language = Commencer à apprendre le finnois ou le suédois
check-housing = Trouver un logement

## Official sources
topic-sources-heading = Sources officielles

# Propriétaires des pages officielles, affichés « <propriétaire> : <titre> ».
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

# Titres des pages officielles : le sujet de la page, sans le propriétaire.
source-infofinland-registering = S’enregistrer comme habitant
source-infofinland-health = Les services de santé en Finlande
source-infofinland-dental = Soins dentaires
source-infofinland-driving = Permis de conduire
source-infofinland-housing = Logement locatif
source-infofinland-daycare = Éducation de la petite enfance
source-infofinland-basic-education = Enseignement de base
source-infofinland-living = Vivre en Finlande
source-infofinland-business = Créer une entreprise
source-kotoutuminen-who = Qui reçoit une évaluation
source-kotoutuminen-assessment = L’évaluation des compétences et des besoins de services
source-kotoutuminen-guidance = Orientation et conseil
source-kotoutuminen-training = Formation d’intégration
source-kotoutuminen-independent-study = Études de votre propre initiative
source-kotoutuminen-benefits = Allocations de chômage et prestations sociales pendant l’intégration
source-kotoutuminen-interpretation = Compréhension et interprétation
source-kotoutuminen-language-choice = Choisir le finnois ou le suédois
source-kotoutuminen-families = Enfants, jeunes et familles
source-kotoutuminen-plan = Le plan d’intégration
source-migri-enter-finland = Service en ligne { -enter-finland }
source-migri-extended-permit = Titre de séjour prolongé
source-migri-permanent = Titre de séjour permanent
source-intermin-permanent = Nouvelles règles pour les titres de séjour permanents (en finnois)
source-dvv-nordic = Déménager entre pays nordiques
source-kela-card = Carte { -kela }
source-kela-moving = S’installer en Finlande
source-kela-unemployment = Allocation du marché du travail
source-kela-housing = Allocation générale de logement
source-kela-social-assistance = Aide sociale
source-kela-child-home-care = Allocation de garde d’enfant à domicile
source-vero-tax-card = Carte fiscale
source-vero-moving = S’installer en Finlande : les impôts
source-suomifi-identification = Identification
source-suomifi-messages = Messages { -suomi-fi }
source-tyomarkkinatori-jobseeker = Services pour les demandeurs d’emploi
source-oph-recognition = Reconnaissance des qualifications
source-lvv-home = Droit d’exercer dans la santé et le social
source-erc-112 = Quand appeler le 112
source-116117 = { -paivystysapu(case: "def-capital") } dans votre région
source-mieli-emergency = Où trouver de l’aide en situation de crise
source-nollalinja = Aide en cas de violence dans les relations proches
source-finlex-integration-act = Loi sur la promotion de l’intégration (en finnois)
source-finlex-civic-orientation = Décret sur l’orientation civique (en finnois)
source-tem-reform = Changements prévus dans les services d’intégration (en finnois)
