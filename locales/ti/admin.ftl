# Tigrinya (ti): machine-made translation from English (locales/en/admin.ftl).
# The settings check page for the web admin (#/admin/config-check).
# Every locale has exactly the keys of locales/en/admin.ftl. It loads with
# that page, not on a first visit.

admin-title = ምርመራ ቅጥዕታት
admin-intro = እዚ ገጽ እቲ መተግበሪ ካብቲ ፋይል ቅጥዕታት ናይ ምምሕዳር ከባቢ፣ municipality.toml፣ እንታይ ከም ዝተረድኦ የርኢ። ጸገም ዘለዎም ክፋላት ይሕለፉ፣ እቲ መተግበሪ ድማ ኣብ ክንድኦም ናቱ ንቡር ቅጥዕታት ይጥቀም።
admin-none = ጸገም የለን: ኩሉ ቅጥዒ ተረዲኡ።
admin-no-file = ፋይል ቅጥዕታት የለን። እቲ መተግበሪ ናቱ ንቡር ቅጥዕታት ይጥቀም።
admin-count = { $count ->
    [one] { $count } ጸገም ተረኺቡ:
   *[other] { $count } ጸገማት ተረኺቦም:
}
admin-where = መስመር { $line }፣ ዓምዲ { $column }፣ { $path }:
config-problem-syntax = እቲ ፋይል ክንበብ ኣይክእልን። ካብኡ ዝኾነ ነገር ኣይጥቀመሉን። ኣብ ጥቓ እዚ መስመር ዘሎ ጌጋ ኣዐርዩ:
config-problem-unknown-field = ዘይፍለጥ ቅጥዒ፣ ተሓሊፉ። ኣጸሓሕፋኡ ኣረጋግጹ።
config-problem-wrong-type = ጌጋ ዓይነት ዋጋ። ዝድለ ዝነበረ:
config-problem-bad-url = እቲ መላግቦ ብ https:// ክጅምር ኣለዎ
config-problem-bad-path = እቲ ኣርማ ናብ ሓደ ፋይል ስእሊ ኣብዚ መርበብ ዝመርሕ መንገዲ ክኸውን ኣለዎ፣ ከም local/logo.svg።
config-problem-unknown-step = ዘይፍለጥ ስጉምቲ መንገዲ ወይ ኣርእስቲ መምርሒ፣ ተሓሊፉ:
config-problem-unknown-locale = ዘይፍለጥ ወይ ዘይተኸፍተ ኮድ ቋንቋ፣ ተሓሊፉ:
config-problem-bad-colour = እቲ ሕብሪ ከም #rrggbb ክጸሓፍ ኣለዎ፣ ንኣብነት #0b5394።
config-problem-low-contrast = እቲ ሕብሪ ኣብ ጻዕዳ ንምንባብ ኣዝዩ ፈኲሱ እዩ (4.5:1 የድሊ)። ፍልልይ ሕብሪ:
config-problem-out-of-range = እቲ ቁጽሪ ካብቲ ዝተፈቕደ ወጻኢ እዩ። ዝተፈቕደ:
config-problem-missing = እዚ ኣድላዪ ቅጥዒ የለን፣ ስለዚ እዚ ክፋል ተሓሊፉ።
config-problem-unknown-country = ዘይፍለጥ ሃገር፣ ስለዚ እቲ መተግበሪ ፊንላንድ ይጥቀም። ንፊንላንድ "fi"፣ ንሽወደን ድማ "se" ጽሓፉ:
config-problem-bad-id = መለለዪ ምምሕዳር ከባቢ ንኣሽቱ ፊደላት a–z፣ ኣሃዛትን ሰረዝን ጥራይ ክሕዝ ይኽእል፣ ነፍሲ ወከፍ መለለዪ ድማ ሓንሳብ ጥራይ ይጽሓፍ። ተሓሊፉ:
config-problem-site-only = እዚ ቅጥዒ ንብምሉኡ መርበብ እዩ። ኣብ municipality.toml ጽሓፍዎ፣ ኣብ ናይ ሓደ ምምሕዳር ከባቢ ናቱ ፋይል ኣይኮነን።
admin-file-unreadable = እዚ ፋይል ክንበብ ኣይከኣለን። ኣብቲ municipalities/ ዝብል ማህደር ምህላዉን፣ ስሙ እቲ ኣብ municipality.toml ዝተጻሕፈ መለለዪ ምዃኑን ኣረጋግጹ።

# The text files part of the settings check page.
admin-texts-title = ፋይላት ጽሑፍ
admin-texts-intro = እቶም ጽሑፋት ኣብ .ftl ፋይላት እዮም ዘለዉ። ጌጋ ዘለዎ ኣሃዱ ጽሑፍ ይሕለፍ፣ እቲ መተግበሪ ድማ ኣብ ክንድኡ ነቲ ናይ እንግሊዝኛ ጽሑፍ የርኢ።
admin-texts-checking = ፋይላት ጽሑፍ ይምርመሩ ኣለዉ…
admin-texts-none = ኣብ ፋይላት ጽሑፍ ጸገም የለን።
admin-texts-where = { $path }፣ መስመር { $line }:
admin-texts-broken = እዚ ኣሃዱ ጽሑፍ ጌጋ ስለ ዘለዎ ይሕለፍ። እቶም ኣብ ከባቢኡ ዘለዉ ጽሑፋት ግን ይሰርሑ።
admin-texts-unavailable = እዚ ፋይል ክጽዓን ኣይከኣለን።
