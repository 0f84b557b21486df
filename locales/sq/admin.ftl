# Machine-made translation from English (locales/en/admin.ftl); not yet reviewed by a person.
# Faqja e kontrollit të cilësimeve për administratorin (#/admin/config-check).
# Ngarkohet me atë faqe, jo në vizitën e parë.

admin-title = Kontrolli i cilësimeve
admin-intro = Kjo faqe tregon çfarë kuptoi aplikacioni nga skedari i cilësimeve të komunës, municipality.toml. Pjesët me problem shpërfillen, dhe për to aplikacioni përdor vlerat e veta të paracaktuara.
admin-none = Asnjë problem: çdo cilësim u kuptua.
admin-no-file = Nuk ka skedar cilësimesh. Aplikacioni përdor vlerat e veta të paracaktuara.
admin-count = { $count ->
    [one] U gjet 1 problem:
   *[other] U gjetën { $count } probleme:
}
admin-where = Rreshti { $line }, kolona { $column }, { $path }:
config-problem-syntax = Skedari nuk mund të lexohet. Asgjë prej tij nuk përdoret. Rregulloni gabimin pranë këtij rreshti:
config-problem-unknown-field = Cilësim i panjohur, u shpërfill. Kontrolloni drejtshkrimin.
config-problem-wrong-type = Lloj i gabuar vlere. Pritej:
config-problem-bad-url = Lidhja duhet të fillojë me https://
config-problem-bad-path = Logoja duhet të jetë shtegu i një skedari imazhi në këtë faqe, si local/logo.svg.
config-problem-unknown-step = Hap i panjohur i rrugës ose temë e panjohur e udhëzuesit, u shpërfill:
config-problem-unknown-locale = Kod gjuhe i panjohur ose jo i aktivizuar, u shpërfill:
config-problem-bad-colour = Ngjyra duhet të shkruhet si #rrggbb, për shembull #0b5394.
config-problem-low-contrast = Ngjyra është shumë e çelët mbi të bardhë për lexim (duhet 4,5:1). Kontrasti:
config-problem-out-of-range = Numri është jashtë kufijve. Lejohet:
config-problem-missing = Mungon ky cilësim i detyrueshëm, prandaj kjo pjesë shpërfillet.
config-problem-unknown-country = Vend i panjohur, prandaj përdoret Finlanda. Shkruani "fi" për Finlandën ose "se" për Suedinë:
config-problem-bad-id = Identifikuesi i një komune mund të ketë vetëm shkronja të vogla a–z, shifra dhe viza lidhëse, dhe çdo identifikues shënohet vetëm një herë në listë. U shpërfill:
config-problem-site-only = Ky cilësim është për gjithë faqen. Shkruajeni në municipality.toml, jo në skedarin e vetë një komune.
admin-file-unreadable = Ky skedar nuk mund të lexohej. Kontrolloni që ai të jetë në dosjen municipalities/ dhe që emri i tij të jetë identifikuesi i shënuar në municipality.toml.

# Pjesa e skedarëve të teksteve në faqen e kontrollit të cilësimeve.
admin-texts-title = Skedarët e teksteve
admin-texts-intro = Tekstet janë në skedarë .ftl. Një hyrje me gabim kapërcehet, dhe aplikacioni tregon në vend të saj tekstin në anglisht.
admin-texts-checking = Po kontrollohen skedarët e teksteve…
admin-texts-none = Asnjë problem në skedarët e teksteve.
admin-texts-where = { $path }, rreshti { $line }:
admin-texts-broken = Kjo hyrje ka një gabim dhe kapërcehet. Tekstet përreth saj funksionojnë ende.
admin-texts-unavailable = Ky skedar nuk mund të ngarkohej.
