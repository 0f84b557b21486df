# Sverigepaketets frågeformulär på svenska, paketets originalspråk: frågorna,
# hjälptexterna och paketets egna svarsalternativ. Samma nycklar som
# locales/en/se/questions.ftl. Gemensamma svarsalternativ (ja/nej, språk,
# utbildningsnivå med flera) har sina texter i locales/sv/questions.ftl.
# Enkel svenska (klarspråk).

## Frågor: om dig
se-q-age = Hur gammal är du?
se-q-permit = Varför fick du ditt uppehållstillstånd i Sverige?
se-q-permit-help = Titta på ditt uppehållstillståndskort från { -migrationsverket }. Om du inte är säker, välj ”Jag vet inte”.
se-q-personnummer = Har du ett personnummer?
se-q-personnummer-help = Personnumret är ditt svenska identitetsnummer. Du får det från { -skatteverket } när du blir folkbokförd.
se-q-e-id = Har du en e-legitimation, till exempel { -bankid }?
se-q-e-id-help = En e-legitimation visar vem du är på internet. Den vanligaste är { -bankid }. Du får den från din bank, och du behöver ett personnummer för att få den.

## Frågor: språk
se-q-mother-tongue = Vilket är ditt modersmål?
se-q-other-languages = Vilka andra språk talar du?
se-q-read-own = Kan du läsa på ditt modersmål?
se-q-latin-alphabet = Kan du läsa bokstäverna i det här alfabetet: A B C D E?
se-q-latin-alphabet-help = Svenska och engelska skrivs med de här bokstäverna (det latinska alfabetet). Ditt svar hjälper till att hitta rätt kurs i svenska för dig.

## Frågor: utbildning och arbete
se-q-school-years = Hur många år har du gått i skolan eller studerat sammanlagt?
se-q-school-years-help = Räkna alla år, från grundskolan till universitetet. Om du inte är säker, gissa så gott du kan.
se-q-education-level = Vilken är den högsta utbildning som du har slutfört?
se-q-education-field = Vad har du studerat?
se-q-certificates = Har du dina betyg eller examensbevis?
se-q-has-worked = Har du arbetat tidigare?
se-q-work-fields = Inom vilka områden har du arbetat?
se-q-goals = Vad vill du göra i Sverige under de närmaste åren?

## Frågor: ditt liv nu
se-q-has-children = Har du barn som bor med dig?
se-q-children-ages = Hur gamla är dina barn?
se-q-housing = Var bor du nu?
se-q-urgent = Behöver du snabbt hjälp med något?

## Frågor: hälsa
se-q-health-affects = Gör din hälsa eller något annat att det är svårt för dig att studera eller arbeta?

## Frågor: dina möten
se-q-interpreter = Behöver du en tolk på dina möten?
se-q-interpreter-language = Vilket språk ska tolken tala?

## Svarsalternativ: uppehållstillstånd
opt-sepermit-refugee = Flykting
opt-sepermit-protection = Alternativt skyddsbehövande
opt-sepermit-family-of-protected = Anhörig till en flykting eller en alternativt skyddsbehövande
opt-sepermit-family = Anknytning till en annan person i Sverige
opt-sepermit-work = Arbete
opt-sepermit-study = Studier
opt-sepermit-eu = Medborgare i ett EU-land, ett EES-land eller ett nordiskt land
opt-sepermit-other = Ett annat skäl

## Svarsalternativ: barnens ålder
opt-sechildage-1-5 = 1 till 5 år (förskola)
opt-sechildage-6-15 = 6 till 15 år (förskoleklass och grundskola)
opt-sechildage-16-19 = 16 till 19 år (gymnasieålder)

## Svarsalternativ: boende
opt-sehousing-own-contract = I ett eget hem som jag hyr (förstahandskontrakt) eller äger
opt-sehousing-second-hand = Jag hyr av någon annan (andrahandskontrakt)
opt-sehousing-assigned = I en bostad som kommunen har ordnat åt mig (anvisad bostad)
opt-sehousing-temporary = På ett tillfälligt ställe, till exempel hos vänner eller släkt
opt-sehousing-none = Jag har ingenstans att bo

## Svarsalternativ: brådskande behov
opt-seurgent-housing = En bostad
opt-seurgent-safety = Säkerhet: jag eller min familj är inte trygga
opt-seurgent-health = Hälsa
opt-seurgent-none = Nej, inget brådskande
