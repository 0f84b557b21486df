// The locale list (locales/languages.toml), as the benchmark needs it.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One field of every locale, by code (the endonym is the language screen's button name). */
export function languageField(field) {
  const out = {};
  let code = null;
  const pattern = new RegExp(`^${field}\\s*=\\s*"([^"]+)"`);
  for (const line of readFileSync(join(ROOT, 'locales', 'languages.toml'), 'utf8').split('\n')) {
    const c = line.match(/^code\s*=\s*"([^"]+)"/);
    if (c) code = c[1];
    const e = line.match(pattern);
    if (e && code) out[code] = e[1];
  }
  return out;
}
