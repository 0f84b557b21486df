# Machine-made translation from English (locales/en/terms.ftl); not yet reviewed by a person.
# Emrat e autoriteteve dhe të shërbimeve, si terma Fluent: secili shkruhet
# një herë këtu; skedarët e tjerë i përdorin kështu: { -kela }.
#
# Id-të e termave janë ato të locales/en/terms.ftl. Një mesazh zgjedh një
# formë kështu: { -kela(case: "genitive") }; një formë që mungon jep formën
# kryesore (*). Format e shqipes:
#   nominative    emërore, e shquar (Kela, shërbimet e punësimit)
#   accusative    kallëzore, e shquar (Kelën, shërbimet e punësimit)
#   genitive      gjinore/dhanore/rrjedhore pa nyjën e përparme
#                 (Kelës, shërbimeve të punësimit); mesazhi shton i/e/të/së
#   capital       me shkronjë të madhe, në fillim të fjalisë ose të titullit
#   with-finnish  emri me emrin finlandisht në kllapa, aty ku lexuesi do ta
#                 shohë emrin finlandisht në tabela dhe letra
# InfoFinland nuk boton në shqip: emrat e plotë janë përkthime të thjeshta.

## Authorities
-kela = { $case ->
   *[nominative] Kela
    [accusative] Kelën
    [genitive] Kelës
}
-kela-full = Instituti i Sigurimeve Shoqërore
-migri = { $case ->
   *[nominative] Migri
    [accusative] Migrin
    [genitive] Migrit
}
-migri-full = { $case ->
   *[nominative] Shërbimi Finlandez i Imigracionit
    [accusative] Shërbimin Finlandez të Imigracionit
    [genitive] Shërbimit Finlandez të Imigracionit
    [with-finnish] Shërbimi Finlandez i Imigracionit (Maahanmuuttovirasto)
}
-dvv = { $case ->
   *[nominative] DVV
    [accusative] DVV-në
    [genitive] DVV-së
}
-dvv-full = { $case ->
   *[nominative] Agjencia për Shërbime Digjitale dhe të Dhëna të Popullsisë
    [with-finnish] Agjencia për Shërbime Digjitale dhe të Dhëna të Popullsisë (Digi- ja väestötietovirasto)
}
-vero = { $case ->
   *[nominative] Vero
    [accusative] Vero-n
    [genitive] Vero-s
}
-vero-full = { $case ->
   *[nominative] Administrata Tatimore e Finlandës
    [accusative] Administratën Tatimore të Finlandës
    [genitive] Administratës Tatimore të Finlandës
    [with-finnish] Administrata Tatimore e Finlandës (Verohallinto)
}
-oph = { $case ->
   *[nominative] OPH
    [accusative] OPH-në
    [genitive] OPH-së
}
-oph-full = { $case ->
   *[nominative] Agjencia Kombëtare Finlandeze për Arsimin
    [with-finnish] Agjencia Kombëtare Finlandeze për Arsimin (Opetushallitus)
}
# Që nga 1 janari 2026 jep të drejtën e ushtrimit të profesionit në kujdesin
# shëndetësor dhe social; mori detyrat e Valvira-s, që nuk ekziston më.
# Emri finlandisht: Lupa- ja valvontavirasto.
-lvv = { $case ->
   *[nominative] Agjencia Finlandeze e Mbikëqyrjes
    [accusative] Agjencinë Finlandeze të Mbikëqyrjes
    [genitive] Agjencisë Finlandeze të Mbikëqyrjes
    [with-finnish] Agjencia Finlandeze e Mbikëqyrjes (Lupa- ja valvontavirasto)
}
-hatakeskuslaitos = { $case ->
   *[nominative] Agjencia e Qendrave të Emergjencës
    [genitive] Agjencisë së Qendrave të Emergjencës
    [with-finnish] Agjencia e Qendrave të Emergjencës (Hätäkeskuslaitos)
}
-traficom = { $case ->
   *[nominative] Traficom
    [accusative] Traficom-in
    [genitive] Traficom-it
}
-traficom-full = Agjencia Finlandeze e Transportit dhe Komunikimeve

## Ministries
-sisaministerio = Ministria e Brendshme e Finlandës
-tem = Ministria e Ekonomisë dhe e Punësimit e Finlandës

## Public services
-hyvinvointialue = { $case ->
   *[nominative] rajoni i shërbimeve të mirëqenies
    [capital] Rajoni i shërbimeve të mirëqenies
    [accusative] rajonin e shërbimeve të mirëqenies
    [genitive] rajonit të shërbimeve të mirëqenies
    [with-finnish] rajoni i shërbimeve të mirëqenies (hyvinvointialue)
}
-tyollisyyspalvelut = { $case ->
   *[nominative] shërbimet e punësimit
    [capital] Shërbimet e punësimit
    [genitive] shërbimeve të punësimit
    [with-finnish] shërbimet e punësimit (työllisyyspalvelut)
}
-paivystysapu = { $case ->
   *[nominative] linja e ndihmës mjekësore
    [capital] Linja e ndihmës mjekësore
    [accusative] linjën e ndihmës mjekësore
    [genitive] linjës së ndihmës mjekësore
    [with-finnish] linja e ndihmës mjekësore (Päivystysapu)
    [accusative-with-finnish] linjën e ndihmës mjekësore (Päivystysapu)
}
-myrkytystietokeskus = { $case ->
   *[nominative] Qendra e Informacionit për Helmimet
    [accusative] Qendrën e Informacionit për Helmimet
    [genitive] Qendrës së Informacionit për Helmimet
    [with-finnish] Qendra e Informacionit për Helmimet (Myrkytystietokeskus)
}
-simhe = SIMHE
# Pikat e shërbimit që merren me patentat e shoferit.
-ajovarma = Ajovarma

## Online services and apps
-suomi-fi = Suomi.fi
-infofinland = InfoFinland
-kotoutuminen-fi = Kotoutuminen.fi
# Shërbimi në internet për punëkërkuesit; pa emër zyrtar në shqip.
-tyomarkkinatori = { $case ->
   *[nominative] Tregu Finlandez i Punës
    [accusative] Tregun Finlandez të Punës
    [genitive] Tregut Finlandez të Punës
    [with-finnish] Tregu Finlandez i Punës (Työmarkkinatori)
    [accusative-with-finnish] Tregun Finlandez të Punës (Työmarkkinatori)
}
-app-112-suomi = 112 Suomi
# Shërbimi në internet i Shërbimit Finlandez të Imigracionit.
-enter-finland = Enter Finland
# Baza e të dhënave në internet e ligjeve të Finlandës.
-finlex = Finlex

## Helplines
-mieli = MIELI
-nollalinja = Nollalinja
