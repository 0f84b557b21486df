# Names of authorities and services, as Fluent terms: each written once
# here, referenced from the other files as { -kela } and so on.
#
# This is the reference: every locale defines exactly these term ids. The
# variants of a term may differ per locale; a message picks one with
# { -name(case: "genitive") }, and an unknown or missing case gives the
# default (*) variant. Besides grammatical cases, English uses:
#   capital       the name at the start of a sentence or heading
#   with-finnish  the name followed by its Finnish name in brackets, for the
#                 places where the reader will meet the Finnish name

## Authorities
-kela = Kela
-kela-full = Social Insurance Institution
-migri = Migri
-migri-full = Finnish Immigration Service
-dvv = DVV
-dvv-full = Digital and Population Data Services Agency
-vero = Vero
-vero-full = Finnish Tax Administration
-oph = OPH
-oph-full = Finnish National Agency for Education
# Since 1 January 2026 it grants the right to practise in health and social
# care; it took over the tasks of Valvira, which no longer exists.
-lvv = Finnish Supervisory Agency
-hatakeskuslaitos = Emergency Response Centre Agency
-traficom = Traficom
-traficom-full = Finnish Transport and Communications Agency

## Ministries
-sisaministerio = Ministry of the Interior
-tem = Ministry of Economic Affairs and Employment

## Public services
-hyvinvointialue = { $case ->
   *[nominative] wellbeing services county
    [capital] Wellbeing services county
    [with-finnish] wellbeing services county (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] employment services
    [capital] Employment services
}
-paivystysapu = { $case ->
   *[nominative] medical helpline
    [capital] Medical helpline
}
-myrkytystietokeskus = Poison Information Centre
-simhe = SIMHE
# The service points that handle driving licences.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
-tyomarkkinatori = { $case ->
   *[nominative] Job Market Finland
    [with-finnish] Job Market Finland (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# The online service of the Finnish Immigration Service.
-enter-finland = Enter Finland
# The online database of Finnish laws.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
