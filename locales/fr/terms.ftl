# Traduction automatique de l'anglais (machine-made translation from English).
# Noms des autorités et des services, comme termes Fluent : chaque nom est
# écrit une seule fois ici ; les autres fichiers y renvoient par { -kela }.
#
# Les identifiants sont ceux de locales/en/terms.ftl. Un message choisit une
# forme avec { -migri-full(case: "de") } ; une forme absente donne la forme
# par défaut (*). Formes utilisées ici :
#   capital           majuscule au début d'une phrase ou d'un titre
#   def               avec l'article défini (le, la, l', les)
#   def-capital       la même chose, en début de phrase
#   de                avec « de » + article (du, de la, de l', des)
#   a                 avec « à » + article (au, à la, à l', aux)
#   with-finnish      suivi du nom finnois entre parenthèses, là où le
#                     lecteur verra le nom finnois sur les panneaux et les lettres
#   def-with-finnish  la même chose, avec l'article défini

## Authorities
-kela = Kela
-kela-full = Institution d’assurance sociale de Finlande
-migri = Migri
-migri-full = { $case ->
   *[nominative] Service finlandais de l’immigration
    [def] le Service finlandais de l’immigration
    [de] du Service finlandais de l’immigration
    [with-finnish] Service finlandais de l’immigration (Maahanmuuttovirasto)
}
-dvv = DVV
-dvv-full = { $case ->
   *[nominative] Agence des services numériques et des données de population
    [with-finnish] Agence des services numériques et des données de population (Digi- ja väestötietovirasto)
}
-vero = Vero
-vero-full = { $case ->
   *[nominative] Administration fiscale finlandaise
    [def] l’Administration fiscale finlandaise
    [de] de l’Administration fiscale finlandaise
    [with-finnish] Administration fiscale finlandaise (Verohallinto)
}
-oph = OPH
-oph-full = { $case ->
   *[nominative] Agence nationale finlandaise pour l’éducation
    [with-finnish] Agence nationale finlandaise pour l’éducation (Opetushallitus)
}
# Depuis le 1er janvier 2026, elle accorde le droit d'exercer dans la santé et
# le social ; elle a repris les tâches de Valvira, qui n'existe plus.
-lvv = { $case ->
   *[nominative] Agence finlandaise de surveillance
    [def] l’Agence finlandaise de surveillance
    [de] de l’Agence finlandaise de surveillance
}
-hatakeskuslaitos = { $case ->
   *[nominative] Agence des centres d’appels d’urgence
    [with-finnish] Agence des centres d’appels d’urgence (Hätäkeskuslaitos)
}
-traficom = Traficom
-traficom-full = Agence finlandaise des transports et des communications

## Ministries
-sisaministerio = { $case ->
   *[nominative] Ministère de l’Intérieur
    [with-finnish] Ministère de l’Intérieur (Sisäministeriö)
}
-tem = { $case ->
   *[nominative] Ministère des Affaires économiques et de l’Emploi
    [with-finnish] Ministère des Affaires économiques et de l’Emploi (Työ- ja elinkeinoministeriö)
}

## Public services
-hyvinvointialue = { $case ->
   *[nominative] région de bien-être
    [capital] Région de bien-être
    [with-finnish] région de bien-être (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] services de l’emploi
    [capital] Services de l’emploi
    [def] les services de l’emploi
    [def-capital] Les services de l’emploi
    [de] des services de l’emploi
    [a] aux services de l’emploi
}
-paivystysapu = { $case ->
   *[nominative] ligne de conseil médical
    [capital] Ligne de conseil médical
    [def] la ligne de conseil médical
    [def-capital] La ligne de conseil médical
    [with-finnish] ligne de conseil médical (Päivystysapu)
    [def-with-finnish] la ligne de conseil médical (Päivystysapu)
}
-myrkytystietokeskus = { $case ->
   *[nominative] Centre antipoison
    [def] le Centre antipoison
    [with-finnish] Centre antipoison (Myrkytystietokeskus)
    [def-with-finnish] le Centre antipoison (Myrkytystietokeskus)
}
-simhe = SIMHE
# Les points de service qui s'occupent des permis de conduire.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
# Nom officiel du service en anglais ; le site n'existe pas en français.
-tyomarkkinatori = { $case ->
   *[nominative] Job Market Finland
    [with-finnish] Job Market Finland (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# Le service en ligne du Service finlandais de l'immigration.
-enter-finland = Enter Finland
# La base de données en ligne des lois finlandaises.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
