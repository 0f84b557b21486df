# Trollhättans lokala texter på svenska (municipalities/trollhattan.toml,
# local_texts). Samma nycklar som public/local/sv.ftl. EXEMPEL: uppgifterna
# är de som Trollhättans Stad publicerar om Kontaktcenter; kontrollera dem
# och ersätt texten med er egen innan ni publicerar.

local-topic-title = Kontaktcenter i Trollhättan
local-topic-summary = Kontaktcenter är Trollhättans Stads väg in. Där kan du fråga om kommunens tjänster och få veta vart du ska vända dig.
local-topic-step-1 = Besök Kontaktcenter på Gärdhemsvägen 9 i Trollhättan, måndag–fredag 8.00–16.30.
local-topic-step-2 = Säg till om du behöver tolk när du bokar en tid.
local-topic-step-3 = Läs mer på trollhattan.se.
