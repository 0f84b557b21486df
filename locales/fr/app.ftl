# Traduction automatique de l'anglais (machine-made translation from English).
# Interface de l'application. Mêmes clés que l'anglais.
# Les variables entre accolades, comme { $count }, sont remplies par l'application : ne les changez pas.

## Shell
app-name = Nouveau en Finlande
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-guide = Guide
nav-language = Langue
nav-municipality = Commune
nav-municipality-none = Non choisie
breadcrumb-label = Vous êtes ici
footer-privacy = Tout ce que vous faites ici reste sur cet appareil. Rien n’est envoyé nulle part.
footer-disclaimer = Ce guide donne des informations générales. Ce sont les autorités qui décident de votre dossier.
opens-new-tab = s’ouvre dans un nouvel onglet

## Notices
notice-machine = Ce texte a été traduit par une machine et peut contenir des erreurs. Si quelque chose n’est pas clair, demandez au personnel ou consultez le site officiel. Signalez-nous les erreurs pour que nous puissions les corriger.
notice-text-gaps = Certains textes ne sont pas encore disponibles dans votre langue. Ils sont affichés en anglais.
notice-checklist-reset = Votre liste d’étapes enregistrée n’a pas pu être lue, elle a donc été effacée. Cochez de nouveau vos étapes.
notice-storage-blocked = Ce navigateur ne permet pas au guide d’enregistrer quoi que ce soit. Ce que vous faites ici est gardé seulement jusqu’à la fermeture de cette page.

## Loading
loading = Chargement…

## Language screen
language-title = Choisissez votre langue
language-intro = Touchez votre langue. Vous pourrez la changer plus tard dans le menu en haut.
language-suggested = Suggérée pour cet appareil

## Municipality screen (a site for several municipalities)
municipality-title = Choisissez votre commune
municipality-intro = Choisissez la commune où vous habitez. Le guide montre ensuite ses bureaux et les informations locales. Vous pourrez la changer plus tard dans le menu en haut.

## Start page
home-title = Bienvenue en Finlande
home-intro = Ce guide vous aide pendant vos premiers mois en Finlande. Découvrez vos premières étapes, les services que vous pouvez utiliser et où trouver de l’aide.
home-guide-title = Informations de base
home-guide-text = Titres de séjour, { -kela }, travail, santé, logement, école et plus encore.
home-checklist-title = Vos premières étapes
home-help-title = Où trouver de l’aide
home-help-text = Orientation et conseil, lignes d’aide téléphonique et numéros d’urgence.
home-privacy = Vous n’avez pas besoin de vous connecter. Ce que vous cochez est enregistré seulement sur cet appareil.

## Guide
guide-title = Informations de base
guide-intro = Choisissez un sujet ou cherchez un mot.
guide-all-topics = Tous les sujets
search-label = Chercher dans le guide
search-button = Chercher
search-results = { $count ->
    [0] Aucun résultat pour « { $query } »
    [one] { $count } sujet trouvé pour « { $query } »
    [many] { $count } de sujets trouvés pour « { $query } »
   *[other] { $count } sujets trouvés pour « { $query } »
}
search-none = Essayez un autre mot ou un mot plus court.
search-none-help = Voir où trouver de l’aide.

## Topic page
topic-back = Tous les sujets
topic-steps-heading = Que faire
topic-authority-heading = Qui est responsable
topic-name-fi = En finnois
topic-name-sv = En suédois
topic-phones-heading = Numéros de téléphone
topic-last-checked = Dernière vérification : { $date }
read-aloud = Lire à voix haute
read-aloud-stop = Arrêter la lecture
read-aloud-no-voice = Cet appareil n’a pas de voix pour lire cette langue à voix haute.

## Checklist
checklist-heading = Votre liste d’étapes
checklist-progress = Étapes faites : { $done } sur { $total }
checklist-read-more = En savoir plus

## Not found
not-found-title = Page introuvable
not-found-text = Nous n’avons pas trouvé cette page. Le lien est peut-être ancien ou mal écrit.
not-found-home = Aller à la page d’accueil
not-found-guide = Voir tous les sujets du guide

## Local offices (from the municipality's settings)
office-heading = Bureau local
office-address = Adresse
office-phone = Téléphone
office-hours = Heures d’ouverture
office-website = Site web
office-accessibility = Accessibilité
office-languages = Langues parlées

## Kiosk (shared device in a service point)
kiosk-finish = Terminer et effacer
kiosk-idle-title = Êtes-vous toujours là ?
kiosk-idle-text = Pour protéger votre vie privée, tout ce qui est sur cet écran sera effacé dans { $seconds } secondes.
kiosk-still-here = Je suis toujours là
kiosk-qr-help = Scannez ce code avec votre propre téléphone pour emporter vos réponses et votre parcours. Rien n’est enregistré sur cet appareil.
mine-title = Vos réponses du point de service
mine-intro = Voici les réponses et le parcours que vous avez faits au point de service. Ils ne sont pas encore enregistrés sur ce téléphone.
mine-save = Enregistrer sur ce téléphone

## App updates
update-available = Une nouvelle version de ce guide est disponible.
update-reload = Mettre à jour

## Questionnaire and pathway texts that every page can show
qn-nav = Questions
qn-home-title = Préparez votre évaluation
qn-home-text = Répondez à des questions sur vos compétences et vos projets avant votre rendez-vous.
qn-deleted = Vos données ont été supprimées de cet appareil.
qn-notice-migrated = Vos réponses enregistrées ont été mises à jour pour cette version de l’application.
qn-notice-dropped = Certaines réponses enregistrées ne correspondent plus aux questions et ont été supprimées. Vérifiez vos réponses.
pw-nav = Parcours
