# App interface. Reference locale: every other locale must have exactly these keys.
# Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = Ku cusub Finland
skip-to-content = U gudub qoraalka
nav-label = Liiska weyn
nav-guide = Hagaha
nav-language = Luqadda
nav-municipality = Degmada
nav-municipality-none = Lama dooran
breadcrumb-label = Halkan ayaad joogtaa
footer-privacy = Wax kasta oo aad halkan ku samayso waxay ku harayaan qalabkan. Waxba meelna looma diro.
footer-disclaimer = Hagahan wuxuu bixiyaa macluumaad guud. Kiiskaaga waxaa go'aamiya hay'adaha dowladda.
opens-new-tab = wuxuu ku furmaa tab cusub

## Notices
notice-machine = Qoraalkan waxaa turjumay mashiin, waxaana laga yaabaa inuu khaladaad leeyahay. Haddii wax kuu caddayn waayaan, weydii shaqaalaha ama eeg bogga rasmiga ah. Fadlan noo sheeg khaladaadka si aan u saxno.
notice-text-gaps = Qoraallada qaarkood weli kuma jiraan luqaddaada. Waxaa lagu muujiyay af-Ingiriis.
notice-checklist-reset = Liiskaagii hubinta ee la kaydiyay lama akhrin karin, sidaas darteed waa la tirtiray. Fadlan mar kale calaamadee tallaabooyinkaaga.
notice-storage-blocked = Barowsarkan uma oggola hagahan inuu wax kaydiyo. Waxa aad halkan ku samayso waxay jiraan oo keliya ilaa aad xirto boggan.

## Loading (the first screen, while a page the person chose is on its way)
loading = Waa la soo rarayaa…

## Language screen
language-title = Dooro luqaddaada
language-intro = Taabo luqaddaada. Goor dambe waad ka beddeli kartaa liiska sare.
language-suggested = Waxaa lagu taliyay qalabkan

## Municipality screen (a site for several municipalities)
municipality-title = Dooro degmadaada
municipality-intro = Dooro degmada aad ku nooshahay. Markaas hagahu wuxuu muujinayaa xafiisyada degmada iyo macluumaadka deegaanka. Goor dambe waad ka beddeli kartaa liiska sare.

## Start page
home-title = Ku soo dhawoow Finland
home-intro = Hagahan wuxuu kaa caawinayaa bilahaaga ugu horreeya ee Finland. Akhri tallaabooyinkaaga ugu horreeya, adeegyada aad isticmaali karto iyo halka aad caawimo ka heli karto.
home-guide-title = Macluumaadka aasaasiga ah
home-guide-text = Sharciyada, { -kela }, shaqada, caafimaadka, guriga, dugsiga iyo wax kale.
home-checklist-title = Tallaabooyinkaaga ugu horreeya
home-help-title = Halka aad caawimo ka heli karto
home-help-text = Hagitaan iyo talo-bixin, khadadka caawimada iyo lambarrada degdegga.
home-privacy = Uma baahnid inaad akoon ku soo gasho. Waxa aad calaamadeyso waxaa lagu kaydiyaa qalabkan oo keliya.

## Guide
guide-title = Macluumaadka aasaasiga ah
guide-intro = Dooro mawduuc, ama raadi eray.
guide-all-topics = Dhammaan mawduucyada
search-label = Ka raadi hagaha
search-button = Raadi
search-results = { $count ->
    [0] Wax la xiriira “{ $query }” lama helin
    [one] 1 mawduuc oo la xiriira “{ $query }” ayaa la helay
   *[other] { $count } mawduuc oo la xiriira “{ $query }” ayaa la helay
}
search-none = Isku day eray kale, ama eray ka gaaban.
search-none-help = Eeg halka aad caawimo ka heli karto.

## Topic page
topic-back = Dhammaan mawduucyada
topic-steps-heading = Waxa aad samayso
topic-authority-heading = Cidda mas'uulka ka ah
topic-name-fi = Af-Finnish
topic-name-sv = Af-Iswiidhish
topic-phones-heading = Lambarrada taleefanka
topic-last-checked = Markii ugu dambeysay ee la hubiyay: { $date }
read-aloud = Cod ku akhri
read-aloud-stop = Jooji akhriska
read-aloud-no-voice = Qalabkan ma laha cod ku akhriya luqaddan.

## Checklist
checklist-heading = Liiskaaga hubinta
checklist-progress = { $done } ka mid ah { $total } tallaabo ayaa la dhammeeyay
checklist-read-more = Wax badan ka akhri

## Not found
not-found-title = Bogga lama helin
not-found-text = Boggan ma aanan helin. Waxaa laga yaabaa in linkigu duug yahay ama si khaldan loo qoray.
not-found-home = Tag bogga hore
not-found-guide = Eeg dhammaan mawduucyada hagaha

## Local offices (from the municipality's settings)
office-heading = Xafiiska deegaanka
office-address = Cinwaanka
office-phone = Taleefanka
office-hours = Saacadaha furitaanka
office-website = Bogga internetka
office-accessibility = Gelitaanka dadka naafada ah
office-languages = Luqadaha lagu hadlo

## Kiosk (shared device in a service point)
kiosk-finish = Dhammee oo tirtir
kiosk-idle-title = Weli halkan ma joogtaa?
kiosk-idle-text = Si loo ilaaliyo sirtaada, wax kasta oo shaashaddan ku jira waa la tirtiri doonaa { $seconds } ilbiriqsi kadib.
kiosk-still-here = Weli halkan ayaan joogaa
kiosk-qr-help = Koodhkan iskaan garee adigoo isticmaalaya taleefankaaga, si aad jawaabahaaga iyo waddadaada ula tagto. Waxba lagama kaydiyo qalabkan.
mine-title = Jawaabahaaga xarunta adeegga
mine-intro = Kuwani waa jawaabaha iyo waddada aad ka samaysay xarunta adeegga. Weli laguma kaydin taleefankan.
mine-save = Ku kaydi taleefankan

## App updates
update-available = Nooc cusub oo hagahan ah ayaa diyaar ah.
update-reload = Hadda cusboonaysii

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Su'aalaha
qn-home-title = U diyaar garow qiimayntaada
qn-home-text = Ka jawaab su'aalo ku saabsan xirfadahaaga iyo qorshayaashaada ka hor kulankaaga.
qn-deleted = Xogtaada waa laga tirtiray qalabkan.
qn-notice-migrated = Jawaabahaagii la kaydiyay waxaa loo cusboonaysiiyay noocan app-ka.
qn-notice-dropped = Jawaabaha la kaydiyay qaarkood hadda kuma habboona su'aalaha, sidaas darteed waa la tirtiray. Fadlan hubi jawaabahaaga.
pw-nav = Waddadaada
