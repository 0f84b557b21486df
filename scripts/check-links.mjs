#!/usr/bin/env node
// Opens every official address in content/*/topics.toml and lists those that
// do not answer with success or that redirect to another page. Needs a
// network: run it on a content editor's machine before publishing, not in CI
// (the build machine reaches no outside site). Usage: node scripts/check-links.mjs
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const urls = [];
for (const pack of readdirSync(join(root, 'content'))) {
  const file = join(root, 'content', pack, 'topics.toml');
  if (!existsSync(file)) continue;
  for (const m of readFileSync(file, 'utf8').matchAll(/^url = "([^"]+)"$/gm)) urls.push([pack, m[1]]);
}
let bad = 0;
for (const [pack, url] of urls) {
  try {
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(20000) });
    const where = res.headers.get('location');
    if (res.status >= 300 && res.status < 400) {
      console.log(`${pack}: ${url} -> ${res.status} ${where}`);
      bad += 1;
    } else if (!res.ok) {
      console.log(`${pack}: ${url} -> ${res.status}`);
      bad += 1;
    }
  } catch (e) {
    console.log(`${pack}: ${url} -> ${e.cause?.code ?? e.message}`);
    bad += 1;
  }
}
console.log(`${urls.length} addresses, ${bad} to look at`);
process.exit(bad ? 1 : 0);
