# Guide topics. Reference locale: every other locale must have exactly these keys.

## first-steps
topic-first-steps-title = Dina första steg i Finland
topic-first-steps-summary = Listan visar det första som de flesta gör när de har flyttat hit. Bocka för varje steg när du har gjort det. Ordningen kan vara en annan för dig.
topic-first-steps-step-1 = Öppna ett steg för att läsa mer om det. Där ser du vad du ska göra och vart du ska gå.
topic-first-steps-step-2 = Är något oklart? Be om hjälp. Integrationstjänsterna eller vägledningen och rådgivningen i din kommun kan hjälpa dig.

## residence-permit
topic-residence-permit-title = Uppehållstillstånd och registrering
topic-residence-permit-summary = De flesta behöver ett uppehållstillstånd från { -migri-full } ({ -migri }). Medborgare i EU-länder och nordiska länder behöver inget tillstånd. Men de måste registrera sig. Du behöver ditt tillstånd eller din registrering för många andra steg.
topic-residence-permit-step-1 = Behöver du ett uppehållstillstånd? Ansök hos { -migri }. Kontrollera på migri.fi vilket tillstånd som passar orsaken till att du flyttar.
topic-residence-permit-step-2 = Är du medborgare i ett EU-land? Registrera din rätt att bo i Finland hos { -migri } inom 3 månader från att du kom hit. Är du medborgare i ett nordiskt land och stannar mer än 6 månader? Registrera dig då personligen hos { -dvv } inom en månad. Kontrollera på { -infofinland } hur du gör det.
topic-residence-permit-step-3 = Förvara ditt uppehållstillståndskort väl. Du behöver det på många kontor. Om du tappar bort det, fråga { -migri } vad du ska göra.
topic-residence-permit-step-4 = Ditt tillstånd gäller bara en viss tid. Ansök om fortsatt tillstånd innan det går ut. Kontrollera reglerna och datumen på migri.fi.

## right-to-stay
topic-right-to-stay-title = Behålla din rätt att bo i Finland
topic-right-to-stay-summary = Ditt uppehållstillstånd gäller bara en viss tid. För att få stanna i Finland ska ditt tillstånd vara giltigt, och { -migri } ska ha rätt uppgifter om dig. Efter några år kan du kanske få ett permanent uppehållstillstånd.
topic-right-to-stay-step-1 = Ansök om fortsatt tillstånd innan ditt tillstånd går ut. Ett fortsatt tillstånd är ett nytt tillstånd som gör att du kan fortsätta bo här. Ansök på nätet i { -enter-finland }, { -migri }s e-tjänst.
topic-right-to-stay-step-2 = Meddela { -migri } när din situation förändras. Till exempel om ditt arbete tar slut eller om din familj förändras. En ny adress meddelar du till { -dvv }.
topic-right-to-stay-step-3 = Ibland skickar { -migri } ett brev och ber om mer information. Svara före den tidsgräns som står i brevet. Be om hjälp om brevet är svårt att förstå.
topic-right-to-stay-step-4 = Nya regler för permanent uppehållstillstånd gäller sedan den 8 januari 2026. Som regel måste du ha bott i Finland i 6 år. Du måste också kunna tillräckligt bra finska eller svenska (nöjaktiga kunskaper). Och du behöver 2 års arbetshistoria. Under de 2 åren får du ha fått arbetslöshetsförmån eller utkomststöd i högst 3 månader. Med hög inkomst eller en examen från Finland kan 4 år räcka. Kontrollera detaljerna på migri.fi.
topic-right-to-stay-step-5 = Bygger ditt tillstånd på arbete? Om ditt arbete tar slut har du 3 eller 6 månader på dig att hitta ett nytt arbete. Fråga { -migri } vilken tid som gäller för dig.

## identity-code
topic-identity-code-title = Personbeteckning och adress
topic-identity-code-summary = { -dvv } har uppgifter om de personer som bor i Finland. När du registrerar dig kan du få en personbeteckning. { -dvv } antecknar också din hemkommun. Många tjänster behöver de här uppgifterna.
topic-identity-code-step-1 = Registrera dig hos { -dvv } när du har kommit hit. Kontrollera på dvv.fi hur du registrerar dig. Där står också vilka dokument du ska ta med.
topic-identity-code-step-2 = Din personbeteckning står ofta redan på ditt uppehållstillståndskort. Om inte, får du den när du registrerar dig. Du måste ändå registrera dig hos { -dvv } för din adress och din hemkommun. Du behöver personbeteckningen på banken, hos { -kela } och inom hälsovården. Förvara den på ett säkert ställe.
topic-identity-code-step-3 = När du flyttar till en ny adress ska du meddela { -dvv }. Kontrollera på dvv.fi hur du gör det.
topic-identity-code-step-4 = Bor familjemedlemmar med dig? Registrera dem också hos { -dvv }, även dina barn. Varje person får en egen personbeteckning.

## kela
topic-kela-title = { -kela } och social trygghet
topic-kela-summary = { -kela } betalar ut många förmåner i Finland. Först beslutar { -kela } om du omfattas av den sociala tryggheten i Finland. Om du omfattas kan du ansöka om förmåner från { -kela }.
topic-kela-step-1 = Ansök om { -kela }-kort i MittFPA (OmaKela), { -kela }s e-tjänst. Gör också en anmälan om flytt till Finland. Sedan beslutar { -kela } om du omfattas av den sociala tryggheten i Finland. Kontrollera på kela.fi hur du gör det.
topic-kela-step-2 = Om du omfattas får du ett { -kela }-kort. Ha det med dig. Du visar det till exempel på apoteket. Din rätt till offentlig hälsovård kommer från din hemkommun, inte från kortet.
topic-kela-step-3 = { -kela } har förmåner för många situationer, till exempel bostadsbidrag och barnbidrag. Vad du kan få beror på din situation. { -kela } beslutar.
topic-kela-step-4 = Du måste ansöka om varje förmån för sig. Meddela { -kela } när ditt liv förändras. Till exempel om din inkomst, din adress eller din familj ändras.

## money
topic-money-title = Pengar under de första månaderna
topic-money-summary = Under de första månaderna kan du behöva hjälp med pengar. { -kela } betalar ut många förmåner. Du måste ansöka om varje förmån för sig. Här får du veta mer om de vanligaste förmånerna.
topic-money-step-1 = Är du arbetslös och har du en integrationsplan? Då kan du kanske få arbetslöshetsförmån under planen. Registrera dig först som arbetslös arbetssökande. Ansök sedan om förmånen hos { -kela }.
topic-money-step-2 = Du kan ansöka om förmåner i MittFPA (OmaKela), { -kela }s e-tjänst. Det finns också blanketter på svenska och engelska.
topic-money-step-3 = Har du låg inkomst? Då kan du kanske få allmänt bostadsbidrag från { -kela }. Det hjälper dig att betala kostnaderna för din bostad. { -kela } beslutar utifrån din situation.
topic-money-step-4 = Utkomststöd (toimeentulotuki) är det sista stödet när dina andra inkomster inte räcker till det du behöver för att leva. Ansök om det hos { -kela }. I vissa situationer kan socialtjänsten i ditt { -hyvinvointialue } ge extra hjälp. Fråga där.
topic-money-step-5 = En förmån kan upphöra eller bli mindre. Det kan hända om du inte deltar i din integrationsplan eller i de tjänster som ni har kommit överens om i planen. Det kan också hända om du inte meddelar { -kela } om förändringar. Till exempel om din inkomst, din familj eller din adress ändras. Meddela { -kela } genast om förändringar.
topic-money-step-6 = Tar du hand om ett barn under 3 år hemma? Då kan du kanske få stöd för hemvård av barn från { -kela }. Reglerna kan ändras år 2027. Fråga din handläggare.

## tax
topic-tax-title = Skattekort och skatter
topic-tax-summary = I Finland dras skatten av från din lön innan du får lönen. Du behöver ett skattekort från { -vero-full } ({ -vero }). På skattekortet ser din arbetsgivare hur mycket skatt som ska dras av.
topic-tax-step-1 = Skaffa ett skattekort innan du börjar arbeta. Kontrollera på vero.fi hur du får ett skattekort.
topic-tax-step-2 = Ge ditt skattekort till din arbetsgivare. Din arbetsgivare behöver det för att betala rätt lön.
topic-tax-step-3 = Om du inte har något skattekort drar din arbetsgivare av mycket mer skatt från din lön.
topic-tax-step-4 = Varje år ger { -vero-full } dig en skattedeklaration som du ska kontrollera. Läs den noga. Om något är fel, rätta det före det datum som står i den.

## bank-id
topic-bank-id-title = Bankkonto och identifiering på nätet
topic-bank-id-summary = Du behöver ett bankkonto för att få din lön och dina förmåner. Med nätbankskoder visar du vem du är på internet. Det kallas stark autentisering. Du använder det för { -suomi-fi } och många andra e-tjänster.
topic-bank-id-step-1 = Välj en bank och fråga hur du öppnar ett konto. Fråga vilka dokument du behöver.
topic-bank-id-step-2 = Ta med dina identitetshandlingar till banken. Ta till exempel med ditt pass och ditt uppehållstillståndskort.
topic-bank-id-step-3 = Be banken om nätbankskoder. Du använder dem för att logga in på din bank och i många offentliga tjänster. Ge aldrig dina koder till någon annan.
topic-bank-id-step-4 = Logga in på { -suomi-fi } med dina koder. Där kan du använda många offentliga e-tjänster på ett och samma ställe.

## letters
topic-letters-title = Officiella brev och identifiering på nätet
topic-letters-summary = Myndigheterna skickar brev till dig om dina ärenden. Vissa brev är beslut. Läs dem genast, eftersom de kan ha tidsgränser. För att läsa brev och använda e-tjänster på nätet behöver du stark autentisering.
topic-letters-step-1 = Beslut och andra brev kommer med posten eller i { -suomi-fi }-meddelanden. { -suomi-fi }-meddelanden är en säker brevlåda på nätet för brev från myndigheter. Du tar den i bruk i { -suomi-fi }. Sedan ska du ofta titta efter nya meddelanden där.
topic-letters-step-2 = Ett beslut (päätös) är ett officiellt svar från en myndighet i ditt ärende. I beslutet står hur du kan överklaga och före vilket datum. Att överklaga betyder att du ber om att beslutet ändras. Den tid som du har för att överklaga kallas besvärstid. Läs varje beslut genast, så att du hinner.
topic-letters-step-3 = Är ett brev svårt att förstå? Be om hjälp. Vägledningen och rådgivningen kan förklara brevet för dig. Du kan också be om en tolk.
topic-letters-step-4 = Med stark autentisering visar du vem du är på internet. Oftast använder du dina nätbankskoder för det. Be din bank om dem.
topic-letters-step-5 = Säger en bank nej till nätbankskoder för dig? Fråga banken vilka dokument den godkänner. Polisens identitetskort för utlänningar eller ett mobilcertifikat (en identifiering i din telefon) kan hjälpa. Varje bank bestämmer det själv, så fråga din bank.

## work
topic-work-title = Arbete och { -tyollisyyspalvelut }
topic-work-summary = { -tyollisyyspalvelut(case: "definite-capital") } hjälper dig att hitta ett arbete eller en utbildning. Sedan den 1 januari 2025 är det kommunerna som ordnar { -tyollisyyspalvelut(case: "definite") }. Du registrerar dig som arbetssökande på { -tyomarkkinatori(case: "with-finnish") }.
topic-work-step-1 = Registrera dig som arbetssökande på { -tyomarkkinatori(case: "with-finnish") }. Om du inte kan göra det på nätet, be { -tyollisyyspalvelut(case: "definite") } om hjälp.
topic-work-step-2 = Är du registrerad som arbetslös arbetssökande? Då ansvarar { -tyollisyyspalvelut(case: "definite") } för dina integrationstjänster. De bedömer dina kunskaper och gör upp en plan tillsammans med dig.
topic-work-step-3 = Skriv ett cv. Skriv upp din utbildning, din arbetserfarenhet och det du kan. Uppdatera ditt cv när något ändras.
topic-work-step-4 = Förvara dina skolbetyg och arbetsintyg väl. Ta med dem när du träffar { -tyollisyyspalvelut(case: "definite") } eller en arbetsgivare.

## integration
topic-integration-title = Integrationstjänster
topic-integration-summary = Integrationstjänsterna hjälper dig att lära dig språket, hitta arbete och förstå det finländska samhället. Om du är registrerad som arbetslös arbetssökande ansvarar { -tyollisyyspalvelut(case: "definite") } för dig. För många andra ansvarar kommunen, till exempel för personer som står utanför arbetslivet. Fråga om du inte är säker.
topic-integration-step-1 = Läs basinformation om livet i Finland, till exempel den här guiden. Om du har frågor, fråga vägledningen och rådgivningen i din kommun.
topic-integration-step-2 = Be om en bedömning av kompetens och behovet av integrationstjänster (tidigare kallad inledande kartläggning). Den görs på ett språk som du förstår. Du kan få en tolk.
topic-integration-step-3 = Efter bedömningen kan du få en integrationsplan. I planen står vilka studier och tjänster som är till för dig. Den första planen görs inom 3 år från ditt första tillstånd eller din första registrering.
topic-integration-step-4 = Integrationsutbildningen pågår oftast ungefär ett år. Du studerar finska eller svenska. Du lär dig också om samhället och arbetslivet. Reglerna kan ändras år 2027: fråga din handläggare.
topic-integration-step-5 = Du kan också gå en kurs i flerspråkig samhällsorientering. Den ges på många språk och är minst 70 timmar lång. Du lär dig om rättigheter, tjänster, arbete och vardagsliv.

## language
topic-language-title = Lära sig finska eller svenska
topic-language-summary = Finska och svenska är de officiella språken i Finland. I många områden talar de flesta finska. Språket hjälper dig att hitta arbete och klara vardagen. Fråga vilket språk som är bäst där du bor.
topic-language-step-1 = I integrationsutbildningen ingår finska eller svenska. Fråga om den vid bedömningen eller hos dina integrationstjänster.
topic-language-step-2 = Är det svårt för dig att läsa eller skriva? Eller är bokstäverna som används i finskan (det latinska alfabetet) nya för dig? Be då om läs- och skrivutbildning. Reglerna för den här utbildningen kan ändras år 2027: fråga din handläggare.
topic-language-step-3 = Inom det fria bildningsarbetet finns också språkkurser. Ett medborgarinstitut är ett exempel. Fråga din kommun om kurser nära dig.
topic-language-step-4 = Får du arbetslöshetsförmån och vill välja dina studier själv (frivilliga studier)? Kom överens om studierna i din plan innan du börjar. Annars kan du förlora förmånen.

## qualifications
topic-qualifications-title = Använda din examen och ditt yrke
topic-qualifications-summary = Din utbildning från utlandet kan hjälpa dig att hitta arbete i Finland. För vissa arbeten behöver du först ett officiellt beslut. Här får du veta var du kan fråga.
topic-qualifications-step-1 = Har du en högskoleexamen från utlandet? { -oph-full } ({ -oph }) kan besluta vilken nivå den har i Finland. Kontrollera på oph.fi hur du ansöker.
topic-qualifications-step-2 = Vissa yrken är reglerade i lag. Du behöver en officiell rätt för att arbeta i dem. För många av dem beslutar { -oph-full } om din utbildning ger dig den rätten.
topic-qualifications-step-3 = Vill du arbeta inom hälsovården eller socialvården? Då behöver du rätt att utöva yrket från { -lvv } (Lupa- ja valvontavirasto, tidigare Valvira). Du måste också kunna tillräckligt bra finska eller svenska.
topic-qualifications-step-4 = Privata arbetsgivare bestämmer själva om din utbildning passar för arbetet. Har du en universitetsexamen? { -simhe }-tjänsterna vid vissa universitet kan ge dig vägledning.

## health-care
topic-health-care-title = Få hälsovård
topic-health-care-summary = Ditt { -hyvinvointialue(case: "with-finnish") } ansvarar för den offentliga hälsovården och socialvården. I Helsingfors ansvarar Helsingfors stad för dem. Din hälsostation är oftast det första stället du ska kontakta. För att använda den offentliga hälsovården behöver du oftast en hemkommun.
topic-health-care-step-1 = En hälsostation (terveysasema) är den offentliga hälsovårdscentralen i ditt område. Där kan du träffa en sjukskötare eller en läkare. Ta reda på vilken din hälsostation är och fråga hur du bokar din första tid.
topic-health-care-step-2 = Din rätt till offentlig hälsovård kommer från din hemkommun. Det är den kommun där du är registrerad som invånare. Rätten kommer inte från { -kela }-kortet. Registrera dig hos { -dvv } för att få en hemkommun.
topic-health-care-step-3 = Väntar du fortfarande på en hemkommun? I en nödsituation får du vård ändå. Du kan behöva betala kostnaderna senare. För annan vård kan du ändå ha rätt till offentlig hälsovård, till exempel för att du arbetar i Finland. Du måste ansöka om det separat: fråga { -kela }. Du kan också gå till en privat läkarstation.
topic-health-care-step-4 = Offentlig tandvård är också en del av den offentliga hälsovården. Fråga på din hälsostation eller inom den offentliga tandvården hur du bokar en tid.
topic-health-care-step-5 = Är du gravid? Gå till mödrarådgivningen (neuvola). Där följer man din hälsa och ditt barns hälsa. Barn under skolåldern går till barnrådgivningen. Där kontrollerar man deras hälsa och tillväxt.
topic-health-care-step-6 = Behöver du hjälp på ditt eget språk? Be om en tolk när du bokar din tid. Berätta vilket språk du talar.

## health
topic-health-title = Plötslig sjukdom och brådskande vård
topic-health-summary = Här får du veta vad du ska göra när du plötsligt blir sjuk eller snabbt behöver vård. Om vanlig hälsovård kan du läsa i ämnet ”Få hälsovård”. Ring 112 bara när liv, hälsa, egendom eller miljön är i fara.
topic-health-step-1 = Din hälsostation (terveysasema) är oftast det första stället du ska kontakta. Ta reda på var din närmaste hälsostation finns. Fråga hur du bokar en tid.
topic-health-step-2 = Behöver du vård snabbt? Om det inte är en nödsituation, ring { -paivystysapu } 116 117. Där får du veta vad du ska göra och vart du ska gå. Numret fungerar i de flesta områden, men inte överallt. Kontrollera på 116117.fi.
topic-health-step-3 = Ring 112 i en nödsituation. Till exempel om någon inte kan andas, är medvetslös eller blöder mycket.
topic-health-step-4 = Behöver du hjälp på ditt eget språk? Be om en tolk när du bokar din tid.

## emergency
topic-emergency-title = Nödnumret 112
topic-emergency-summary = 112 är nödnumret i Finland. Ring det när liv, hälsa, egendom eller miljön är i fara, till exempel vid en brand. Du når polisen, ambulansen och räddningsväsendet.
topic-emergency-step-1 = Ring 112 och håll dig lugn. Berätta vem du är, var du är och vad som har hänt. Svara på frågorna.
topic-emergency-step-2 = Lägg inte på förrän du får höra att du kan göra det. Följ de instruktioner som du får.
topic-emergency-step-3 = Installera appen { -app-112-suomi } i din telefon. Den kan hjälpa nödcentralen att hitta var du är.
topic-emergency-step-4 = Om någon har fått i sig gift eller för mycket medicin, ring { -myrkytystietokeskus }. Numret finns på den här sidan. Om personen är medvetslös eller inte kan andas ordentligt, ring 112.

## housing
topic-housing-title = Hitta en bostad
topic-housing-summary = En bostad är en av de första sakerna du behöver. Du kan hyra av kommunen, av en allmännyttig hyresvärd eller av en privat hyresvärd. { -kela } kan hjälpa dig med kostnaderna om du har låg inkomst.
topic-housing-step-1 = Sök en hyresbostad. Fråga din kommun om kommunala och allmännyttiga hyresbostäder. Ansök tidigt, eftersom du kanske måste vänta.
topic-housing-step-2 = Läs hyresavtalet noga innan du skriver under det. Hyresvärden ber ofta om en hyresgaranti. Fråga när du får tillbaka den.
topic-housing-step-3 = Har du låg inkomst? Då kan du kanske få bostadsbidrag från { -kela }. { -kela } beslutar utifrån din situation.
topic-housing-step-4 = När du flyttar ska du meddela din nya adress till { -dvv }. Om du får förmåner, meddela också { -kela }.

## children
topic-children-title = Barn, dagvård och skola
topic-children-summary = Det här ämnet är för familjer med barn. Här får du veta mer om dagvård, skola och hälsovård för barn. I Finland är utbildning obligatorisk för barn och unga.
topic-children-step-1 = Småbarnspedagogik (varhaiskasvatus) är dagvård för små barn. Ansök om den separat hos din kommun. Avgiften beror på familjens inkomster.
topic-children-step-2 = Förskoleundervisningen är obligatorisk året innan skolan börjar. Den är gratis.
topic-children-step-3 = Läroplikten gäller från 7 till 18 års ålder. Den kan ta slut tidigare om den unga tar en examen på andra stadiet.
topic-children-step-4 = Lär sig ditt barn fortfarande finska eller svenska? Då kan barnet få förberedande undervisning för skolan. Den pågår ungefär ett läsår.
topic-children-step-5 = Barnrådgivningen (neuvola) kontrollerar små barns hälsa och tillväxt. Ditt { -hyvinvointialue } ansvarar för rådgivningen. Fråga där hur du bokar en tid.

## rights
topic-rights-title = Dina rättigheter och skyldigheter
topic-rights-summary = I Finland har alla samma grundläggande rättigheter. Du har också skyldigheter. Du måste till exempel följa lagen och betala skatt.
topic-rights-step-1 = Alla är lika inför lagen. Diskriminering är förbjuden, till exempel på grund av ursprung, religion, kön eller funktionsnedsättning.
topic-rights-step-2 = Kvinnor och män har samma rättigheter. Det gäller hemma, på jobbet och i samhället.
topic-rights-step-3 = Våld är ett brott, också inom familjen. Om du är i fara nu, ring 112. { -nollalinja } hjälper alla som utsätts för våld i en nära relation. Numren finns på den här sidan.
topic-rights-step-4 = På jobbet har du rätt att få den lön som ni har kommit överens om. Be om ett skriftligt avtal. Spara dina lönespecifikationer.

## everyday
topic-everyday-title = Vardagsliv
topic-everyday-summary = Här får du tips för vardagen i Finland. Det handlar om din budget, räkningar, e-tjänster och avfall. Fritiden är också viktig. Gå med i en klubb, en idrottsgrupp eller en förening för att träffa människor.
topic-everyday-step-1 = Planera din ekonomi. Skriv upp dina inkomster och dina kostnader varje månad.
topic-everyday-step-2 = Betala dina räkningar i tid. Obetalda räkningar kan skada din kreditvärdighet. Om du inte kan betala, kontakta avsändaren i god tid.
topic-everyday-step-3 = Använd { -suomi-fi } för många offentliga e-tjänster. De allmänna biblioteken är gratis. Många bibliotek har datorer, och personalen kan hjälpa dig att använda dem.
topic-everyday-step-4 = Sortera ditt avfall för återvinning. Fråga din hyresvärd eller din kommun vilka regler som gäller där du bor.

## driving-licence
topic-driving-licence-title = Körkort från ett annat land
topic-driving-licence-summary = Får du köra i Finland med ditt körkort från utlandet? Det beror på i vilket land du fick körkortet. Kontrollera reglerna i tid.
topic-driving-licence-step-1 = Ett körkort från ett EU- eller EES-land fortsätter att gälla i Finland. EES är EU-länderna och dessutom Island, Liechtenstein och Norge.
topic-driving-licence-step-2 = Många andra körkort gäller bara en begränsad tid efter att du har flyttat hit. Efter det måste du byta ut ditt körkort mot ett finländskt. För vissa körkort måste du också klara ett körprov. Du byter ut körkortet hos { -ajovarma }, som har serviceställen för körkort.
topic-driving-licence-step-3 = Kontrollera reglerna för ditt land på { -infofinland }. Gör det snart, innan tiden tar slut.

## help
topic-help-title = Var du får hjälp
topic-help-summary = Du behöver inte ta reda på allt ensam. Vägledning och rådgivning är till för alla invandrare. Tjänsterna är också till för personer utan uppehållstillstånd. Du kan fråga dem om tjänster och vardagsliv.
topic-help-step-1 = Fråga din kommun var du kan få vägledning och rådgivning. Där får du veta vilken tjänst du ska kontakta.
topic-help-step-2 = { -infofinland } har information om livet i Finland på många språk. Använd { -infofinland } när du behöver information på ditt eget språk.
topic-help-step-3 = Är du i kris och behöver någon att prata med? Ring kristelefonen ({ -mieli }). Linjen på finska är öppen dygnet runt. Andra språk har egna nummer och tider. Alla nummer finns på den här sidan.
topic-help-step-4 = Ring 112 i en nödsituation. Ring när liv, hälsa, egendom eller miljön är i fara.

## interpreters
topic-interpreters-title = Tolkar
topic-interpreters-summary = En tolk säger det du säger på ett annat språk, och det tjänstemannen säger på ditt språk. Med en tolk kan du förstå dina ärenden och förklara dem väl.
topic-interpreters-step-1 = Har en myndighet inlett ärendet? Då ordnar myndigheten tolken och betalar för tolkningen.
topic-interpreters-step-2 = Har du själv inlett ärendet? Till exempel om du har ansökt om något. Fråga då myndigheten om den ordnar en tolk.
topic-interpreters-step-3 = Berätta vilket språk du talar när du bokar tiden. Du kan be om en tolk som talar din dialekt. Du kan också be om en kvinnlig eller en manlig tolk.
topic-interpreters-step-4 = Din bedömning av kompetens och behovet av integrationstjänster görs på ett språk som du förstår. Du kan få en tolk om du behöver det.

## Authorities
authority-migri = { -migri-full } ({ -migri })
authority-dvv = { -dvv-full } ({ -dvv })
authority-kela = { -kela(case: "with-finnish") }
authority-vero = { -vero-full }
authority-banks = Banker och { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = Kommunens integrationstjänster
authority-wellbeing = { -hyvinvointialue(case: "capital") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = Din kommun
authority-oph = { -oph-full } ({ -oph })
authority-lvv = { -lvv }
authority-simhe = { -simhe }-tjänster vid högskolor
authority-ngos = Organisationer och föreningar
authority-guidance = Vägledning och rådgivning
authority-traficom = { -traficom-full }

## Phones
phone-112 = Nödnummer
phone-medical-helpline = { -paivystysapu }
phone-poison = { -myrkytystietokeskus }
phone-crisis = Kristelefonen på finska, dygnet runt ({ -mieli })
phone-crisis-en-ar = Kristelefonen på engelska och arabiska ({ -mieli })
phone-crisis-uk = Kristelefonen på ukrainska ({ -mieli })
phone-crisis-ru = Kristelefonen på ryska ({ -mieli })
phone-crisis-sv = Kristelefonen på svenska ({ -mieli })
phone-nollalinja = { -nollalinja }, hjälptelefon för alla som utsätts för våld i en nära relation
phone-nollalinja-short = { -nollalinja }, samma tjänst, kort nummer

## Checklist
check-permit = Skaffa uppehållstillstånd eller registrera din vistelse
check-register = Registrera dig hos { -dvv } och få en personbeteckning
check-kela = Fråga { -kela } om social trygghet
check-tax-card = Skaffa ett skattekort
check-bank = Öppna ett bankkonto och skaffa nätbankskoder
check-jobseeker = Registrera dig som arbetssökande
check-health = Hitta din hälsostation
check-integration = Be om integrationstjänster
check-language = Börja lära dig finska eller svenska
check-housing = Hitta en bostad

## Official sources
topic-sources-heading = Officiella källor

# Owners of the official pages, shown as "<owner>: <page title>".
owner-infofinland = { -infofinland }
owner-kotoutuminen = { -kotoutuminen-fi }
owner-migri = { -migri }
owner-intermin = { -sisaministerio }
owner-dvv = { -dvv }
owner-kela = { -kela }
owner-vero = { -vero }
owner-suomifi = { -suomi-fi }
owner-tyomarkkinatori = { -tyomarkkinatori }
owner-oph = { -oph }
owner-lvv = { -lvv }
owner-erc = { -hatakeskuslaitos }
owner-116117 = { -paivystysapu }
owner-mieli = { -mieli }
owner-nollalinja = { -nollalinja }
owner-finlex = { -finlex }
owner-tem = { -tem }
owner-traficom = { -traficom }

# Titles of the official pages: what the page is about, without the owner.
source-infofinland-registering = Registrera dig som invånare
source-infofinland-health = Hälsovårdstjänster i Finland
source-infofinland-dental = Tandvård
source-infofinland-driving = Körkort
source-infofinland-housing = Hyresbostad
source-infofinland-daycare = Småbarnspedagogik
source-infofinland-basic-education = Grundläggande utbildning
source-infofinland-living = Livet i Finland
source-infofinland-business = Starta ett företag
source-kotoutuminen-who = Vem som får en bedömning
source-kotoutuminen-assessment = Bedömningen av kompetens och behovet av integrationstjänster
source-kotoutuminen-guidance = Vägledning och rådgivning
source-kotoutuminen-training = Integrationsutbildning
source-kotoutuminen-independent-study = Frivilliga studier
source-kotoutuminen-benefits = Arbetslöshetsförmåner och sociala förmåner under integrationen
source-kotoutuminen-interpretation = Förstå och få tolkning
source-kotoutuminen-language-choice = Välja finska eller svenska
source-kotoutuminen-families = Barn, unga och familjer
source-kotoutuminen-plan = Integrationsplanen
source-migri-enter-finland = E-tjänsten { -enter-finland }
source-migri-extended-permit = Fortsatt tillstånd
source-migri-permanent = Permanent uppehållstillstånd
source-intermin-permanent = Nya regler för permanent uppehållstillstånd (på finska)
source-dvv-nordic = Flytta mellan de nordiska länderna
source-kela-card = { -kela }-kortet
source-kela-moving = Flytta till Finland
source-kela-unemployment = Arbetsmarknadsstöd
source-kela-housing = Allmänt bostadsbidrag
source-kela-social-assistance = Utkomststöd
source-kela-child-home-care = Stöd för hemvård av barn
source-vero-tax-card = Skattekort
source-vero-moving = Flytta till Finland och skatter
source-suomifi-identification = Identifiering
source-suomifi-messages = { -suomi-fi }-meddelanden
source-tyomarkkinatori-jobseeker = Tjänster för arbetssökande
source-oph-recognition = Erkännande av examina
source-lvv-home = Rätt att utöva yrke inom hälsovården och socialvården
source-erc-112 = När du ska ringa 112
source-116117 = { -paivystysapu } i ditt område
source-mieli-emergency = Var du får hjälp i en kris
source-nollalinja = Hjälp vid våld i nära relationer
source-finlex-integration-act = Lagen om främjande av integration (på finska)
source-finlex-civic-orientation = Förordningen om samhällsorientering (på finska)
source-tem-reform = Planerade ändringar i integrationstjänsterna (på finska)
