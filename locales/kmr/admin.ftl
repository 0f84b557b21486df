# Machine-made translation from English (locales/en/admin.ftl); not yet reviewed by a person.
# The settings check page for the web admin (#/admin/config-check).
# The keys are those of locales/en/admin.ftl. It loads with that page, not on a first visit.

admin-title = Kontrola mîhengan
admin-intro = Ev rûpel nîşan dide ka sepanê çi ji pelê mîhengan ê şaredariyê, municipality.toml, fêm kiriye. Beşên bi pirsgirêk nayên hesibandin, û sepan ji bo wan mîhengên xwe yên standard bi kar tîne.
admin-none = Pirsgirêk tune: her mîheng hat fêmkirin.
admin-no-file = Pelê mîhengan tune ye. Sepan mîhengên xwe yên standard bi kar tîne.
admin-count = { $count ->
    [one] 1 pirsgirêk hat dîtin:
   *[other] { $count } pirsgirêk hatin dîtin:
}
admin-where = Rêz { $line }, stûn { $column }, { $path }:
config-problem-syntax = Pel nayê xwendin. Tiştek ji wî nayê bikaranîn. Şaşiya nêzîkî vê rêzê rast bike:
config-problem-unknown-field = Mîhengeke nenas, nayê hesibandin. Rastnivîsê kontrol bike.
config-problem-wrong-type = Cureyê nirxê şaş e. Tê hêvîkirin:
config-problem-bad-url = Divê girêdan bi https:// dest pê bike
config-problem-bad-path = Divê logo rêyek be ber bi pelekî wêneyê li ser vê malperê, wek local/logo.svg.
config-problem-unknown-step = Gaveke rêyê an mijareke rêberê ya nenas, nayê hesibandin:
config-problem-unknown-locale = Koda zimanî ya nenas an neçalak, nayê hesibandin:
config-problem-bad-colour = Divê reng wek #rrggbb were nivîsîn, mînak #0b5394.
config-problem-low-contrast = Reng li ser spî ji bo xwendinê pir vekirî ye (4,5:1 pêwîst e). Kontrast:
config-problem-out-of-range = Hejmar ji sînor derketiye. Destûrdayî:
config-problem-missing = Ev mîhenga pêwîst tune ye, loma ev beş nayê hesibandin.
config-problem-unknown-country = Welatekî nenas, loma Fînlenda tê bikaranîn. Ji bo Fînlendayê "fi" an ji bo Swêdê "se" binivîse:
config-problem-bad-id = Di nasnameya şaredariyê de tenê tîpên biçûk a–z, hejmar û xêzik dikarin hebin, û her nasname tenê carekê tê nivîsîn. Nayê hesibandin:
config-problem-site-only = Ev mîheng ji bo tevahiya malperê ye. Wê di municipality.toml de binivîse, ne di pelê taybet ê şaredariyekê de.
admin-file-unreadable = Ev pel nehat xwendin. Kontrol bike ku ew di peldanka municipalities/ de ye û navê wî ew nasname ye ku di municipality.toml de hatiye nivîsîn.

# The text files part of the settings check page.
admin-texts-title = Pelên nivîsê
admin-texts-intro = Nivîs di pelên .ftl de ne. Têketineke ku şaşiyek tê de hebe tê derbaskirin, û sepan li şûna wê nivîsa Îngilîzî nîşan dide.
admin-texts-checking = Pelên nivîsê tên kontrolkirin…
admin-texts-none = Di pelên nivîsê de pirsgirêk tune.
admin-texts-where = { $path }, rêz { $line }:
admin-texts-broken = Di vê têketinê de şaşiyek heye û ew tê derbaskirin. Nivîsên li dora wê hîn dixebitin.
admin-texts-unavailable = Ev pel nehat barkirin.
