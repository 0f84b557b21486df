# Local texts for this language (ckb), loaded after the national texts.
# Empty for now: see en.ftl in this folder for the keys and an example.
# Without a local topic here, the English one (if any) is shown.
