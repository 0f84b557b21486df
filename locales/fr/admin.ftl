# Traduction automatique de l'anglais (machine-made translation from English).
# La page de vérification des réglages pour l'administration web (#/admin/config-check).
# Mêmes clés que l'anglais. Elle se charge avec cette page, pas à la première visite.

admin-title = Vérification des réglages
admin-intro = Cette page montre ce que l’application a compris du fichier de réglages de la commune, municipality.toml. Les parties qui ont un problème sont ignorées, et l’application utilise ses valeurs par défaut à leur place.
admin-none = Aucun problème : tous les réglages ont été compris.
admin-no-file = Il n’y a pas de fichier de réglages. L’application utilise ses valeurs par défaut.
admin-count = { $count ->
    [one] { $count } problème trouvé :
    [many] { $count } de problèmes trouvés :
   *[other] { $count } problèmes trouvés :
}
admin-where = Ligne { $line }, colonne { $column }, { $path } :
config-problem-syntax = Le fichier ne peut pas être lu. Rien de ce qu’il contient n’est utilisé. Corrigez l’erreur près de cette ligne :
config-problem-unknown-field = Réglage inconnu, ignoré. Vérifiez l’orthographe.
config-problem-wrong-type = Mauvais type de valeur. Attendu :
config-problem-bad-url = Le lien doit commencer par https://
config-problem-bad-path = Le logo doit être le chemin d’un fichier image de ce site, par exemple local/logo.svg.
config-problem-unknown-step = Étape de parcours ou sujet du guide inconnu, ignoré :
config-problem-unknown-locale = Code de langue inconnu ou non activé, ignoré :
config-problem-bad-colour = La couleur doit être écrite sous la forme #rrggbb, par exemple #0b5394.
config-problem-low-contrast = La couleur est trop claire sur fond blanc pour être lisible (il faut 4,5:1). Contraste :
config-problem-out-of-range = Le nombre est hors des limites. Valeurs permises :
config-problem-missing = Ce réglage obligatoire manque, donc cette partie est ignorée.
config-problem-unknown-country = Pays inconnu, la Finlande est donc utilisée. Écrivez "fi" pour la Finlande ou "se" pour la Suède :
config-problem-bad-id = L’identifiant d’une commune ne peut contenir que des lettres minuscules a–z, des chiffres et des traits d’union, et chaque identifiant n’apparaît qu’une seule fois dans la liste. Ignoré :
config-problem-site-only = Ce réglage concerne tout le site. Écrivez-le dans municipality.toml, pas dans le fichier propre à une commune.
admin-file-unreadable = Ce fichier n’a pas pu être lu. Vérifiez qu’il se trouve dans le dossier municipalities/ et que son nom est l’identifiant indiqué dans municipality.toml.

# La partie de la page de vérification consacrée aux fichiers de textes.
admin-texts-title = Fichiers de texte
admin-texts-intro = Les textes sont dans des fichiers .ftl. Une entrée qui contient une erreur est ignorée, et l’application affiche le texte anglais à sa place.
admin-texts-checking = Vérification des fichiers de texte…
admin-texts-none = Aucun problème dans les fichiers de texte.
admin-texts-where = { $path }, ligne { $line } :
admin-texts-broken = Cette entrée contient une erreur et elle est ignorée. Les textes autour fonctionnent toujours.
admin-texts-unavailable = Ce fichier n’a pas pu être chargé.
