# Machine-made translation from English (locales/en/app.ftl); not yet reviewed by a person.
# App interface. The keys are those of locales/en/app.ftl.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = Nû li Fînlendayê
skip-to-content = Derbasî naverokê bibe
nav-label = Menûya sereke
nav-guide = Rêber
nav-language = Ziman
nav-municipality = Şaredarî
nav-municipality-none = Nehatiye hilbijartin
breadcrumb-label = Tu li vir î
footer-privacy = Her tiştê ku tu li vir dikî li ser vê cîhazê dimîne. Tu tişt ji vir nayê şandin.
footer-disclaimer = Ev rêber agahiyên giştî dide. Li ser meseleya te dezgehên fermî biryarê didin.
opens-new-tab = di rûpeleke nû de vedibe

## Notices
notice-machine = Ev nivîs bi makîneyê hatiye wergerandin û dibe ku şaşî tê de hebin. Heke tiştek ne zelal be, ji karmendan bipirse an li malpera fermî binêre. Ji kerema xwe şaşiyan ji me re bibêje, da ku em wan rast bikin.
notice-text-gaps = Hin nivîs hîn bi zimanê te tune ne. Ew bi Îngilîzî têne nîşandan.
notice-checklist-reset = Lîsteya te ya tomarkirî nehat xwendin, loma hat paqijkirin. Ji kerema xwe gavên xwe dîsa nîşan bike.
notice-storage-blocked = Ev gerok nahêle ku rêber tiştekî tomar bike. Tiştê ku tu li vir dikî tenê heta ku tu vê rûpelê bigirî dimîne.

## Loading (the first screen, while a page the person chose is on its way)
loading = Tê barkirin…

## Language screen
language-title = Zimanê xwe hilbijêre
language-intro = Li ser zimanê xwe bitikîne. Tu dikarî paşê wî ji menûya li jor biguherînî.
language-suggested = Ji bo vê cîhazê tê pêşniyarkirin

## Municipality screen (a site for several municipalities)
municipality-title = Şaredariya xwe hilbijêre
municipality-intro = Şaredariya ku tu lê dijî hilbijêre. Paşê rêber nivîsgehên wê û agahiyên herêmî nîşan dide. Tu dikarî paşê wê ji menûya li jor biguherînî.

## Start page
home-title = Bi xêr hatî Fînlendayê
home-intro = Ev rêber di mehên te yên pêşîn ên li Fînlendayê de alîkariya te dike. Li ser gavên xwe yên pêşîn, xizmetên ku tu dikarî bi kar bînî û cihên ku tu dikarî alîkariyê bistînî bixwîne.
home-guide-title = Agahiyên bingehîn
home-guide-text = Destûr, { -kela }, kar, tenduristî, xanî, dibistan û hê bêtir.
home-checklist-title = Gavên te yên pêşîn
home-help-title = Alîkarî li ku ye
home-help-text = Rêberî û şêwirdarî, xetên alîkariyê û hejmarên acîl.
home-privacy = Ne hewce ye ku tu têkevî hesabekî. Tiştê ku tu nîşan dikî tenê li ser vê cîhazê tê tomarkirin.

## Guide
guide-title = Agahiyên bingehîn
guide-intro = Mijarekê hilbijêre, an li peyvekê bigere.
guide-all-topics = Hemû mijar
search-label = Di rêberê de bigere
search-button = Bigere
search-results = { $count ->
    [0] Ji bo “{ $query }” tiştek nehat dîtin
    [one] Ji bo “{ $query }” 1 mijar hat dîtin
   *[other] Ji bo “{ $query }” { $count } mijar hatin dîtin
}
search-none = Peyveke din an peyveke kurttir biceribîne.
search-none-help = Binêre ka tu dikarî li ku alîkariyê bistînî.

## Topic page
topic-back = Hemû mijar
topic-steps-heading = Divê tu çi bikî
topic-authority-heading = Kî berpirsiyar e
topic-name-fi = Bi Fînî
topic-name-sv = Bi Swêdî
topic-phones-heading = Hejmarên telefonê
topic-last-checked = Cara dawî hat kontrolkirin: { $date }
read-aloud = Bi deng bixwîne
read-aloud-stop = Xwendinê rawestîne
read-aloud-no-voice = Li ser vê cîhazê dengek tune ye ku vî zimanî bi deng bixwîne.

## Checklist
checklist-heading = Lîsteya te
checklist-progress = { $done } ji { $total } gavan hatin kirin
checklist-read-more = Bêtir bixwîne

## Not found
not-found-title = Rûpel nehat dîtin
not-found-text = Me ev rûpel nedît. Dibe ku girêdan kevn be an şaş hatibe nivîsîn.
not-found-home = Here rûpela destpêkê
not-found-guide = Hemû mijarên rêberê bibîne

## Local offices (from the municipality's settings)
office-heading = Nivîsgeha herêmî
office-address = Navnîşan
office-phone = Telefon
office-hours = Demên vekirinê
office-website = Malper
office-accessibility = Gihîştbarî
office-languages = Zimanên ku tên axaftin

## Kiosk (shared device in a service point)
kiosk-finish = Biqedîne û paqij bike
kiosk-idle-title = Tu hîn li vir î?
kiosk-idle-text = Ji bo parastina nepeniya te, her tiştê li ser vê ekranê dê di nav { $seconds } saniyeyan de were paqijkirin.
kiosk-still-here = Ez hîn li vir im
kiosk-qr-help = Vê kodê bi telefona xwe bixwîne, da ku bersiv û rêya xwe bi xwe re bibî. Tiştek li ser vê cîhazê nayê tomarkirin.
mine-title = Bersivên te ji xala xizmetê
mine-intro = Ev bersivên te û rêya te ne, ku te li xala xizmetê amade kirin. Ew hîn li ser vê telefonê nehatine tomarkirin.
mine-save = Li ser vê telefonê tomar bike

## App updates
update-available = Guhertoyeke nû ya vê rêberê heye.
update-reload = Niha nû bike

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Pirs
qn-home-title = Xwe ji bo nirxandina xwe amade bike
qn-home-text = Berî hevdîtina xwe, bersiva pirsên li ser jêhatîbûn û planên xwe bide.
qn-deleted = Daneyên te ji vê cîhazê hatin jêbirin.
qn-notice-migrated = Bersivên te yên tomarkirî ji bo vê guhertoya sepanê hatin nûkirin.
qn-notice-dropped = Hin bersivên tomarkirî êdî li gorî pirsan nayên û hatin rakirin. Ji kerema xwe bersivên xwe kontrol bike.
pw-nav = Rêya te
