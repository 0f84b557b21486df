# Paikalliset tekstit suomeksi (katso en.ftl: avaimet ja ohjeet).
# Esimerkki kuvitteellisesta Esimerkkilän kunnasta: korvaa tai poista.

local-topic-title = Esimerkkilän palvelut
local-topic-summary = Esimerkkilässä on uusien asukkaiden palvelupiste keskustassa. Voit tulla ilman ajanvarausta tiistaisin ja torstaisin.
local-topic-step-1 = Tule palvelupisteeseen. Ota mukaan oleskelulupakortti tai passi.
local-topic-step-2 = Pyydä tulkkia, kun varaat ajan. Tulkki on maksuton.
local-topic-step-3 = Kirjastossa osoitteessa Torikatu 5 on maksuttomia tietokoneita ja apua verkkopalveluihin.
