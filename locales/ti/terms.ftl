# Tigrinya (ti): machine-made translation from English (locales/en/terms.ftl).
# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# The term ids are those of locales/en/terms.ftl. Tigrinya has no capital
# letters, so no "capital" forms: a form this file does not list gives the
# default (*) form. A prefix such as ን or ብ goes straight before a term
# written in Ethiopic script: ን{ -tyollisyyspalvelut }. Before a name in
# Latin letters, use a separate word (ናብ, ካብ, ኣብ, ምስ, ናይ). The forms used here:
#   with-finnish  followed by the Finnish name in brackets, where the reader
#                 will meet the Finnish name

## Authorities
-kela = Kela
-kela-full = ትካል ማሕበራዊ ውሕስነት
-migri = Migri
-migri-full = ቤት ጽሕፈት ኢሚግሬሽን ፊንላንድ
-dvv = DVV
-dvv-full = ትካል ዲጂታላዊ ኣገልግሎታትን ሓበሬታ ህዝብን
-vero = Vero
-vero-full = ምምሕዳር ግብሪ ፊንላንድ
-oph = OPH
-oph-full = ሃገራዊ ትካል ትምህርቲ ፊንላንድ
# Since 1 January 2026 it grants the right to practise in health and social
# care; it took over the tasks of Valvira, which no longer exists.
-lvv = ትካል ፍቓድን ቁጽጽርን ፊንላንድ
-hatakeskuslaitos = ትካል ማእከላት ህጹጽ ረድኤት
-traficom = Traficom
-traficom-full = ትካል ፊንላንድ ንመጓዓዝያን ርክባትን

## Ministries
-sisaministerio = ሚኒስትሪ ውሽጣዊ ጉዳያት
-tem = ሚኒስትሪ ቁጠባዊ ጉዳያትን ስራሕን

## Public services
-hyvinvointialue = { $case ->
   *[nominative] ዞባ ኣገልግሎታት ደሓንነት
    [with-finnish] ዞባ ኣገልግሎታት ደሓንነት (hyvinvointialue)
}
-tyollisyyspalvelut = ኣገልግሎታት ስራሕ
-paivystysapu = መስመር ሓገዝ ሕክምና
-myrkytystietokeskus = ማእከል ሓበሬታ መርዚ
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] ዕዳጋ ስራሕ ፊንላንድ
    [with-finnish] ዕዳጋ ስራሕ ፊንላንድ (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
