// The performance benchmark of a release build (default dist/): bytes of a
// first visit in every locale; Lighthouse (mobile) on every landing page,
// each against its own static HTML baseline and also on a host with no
// configuration; interaction timings and memory. All figures of one run go
// to bench/results/latest.json and are printed as one table (report.mjs).
// Run through scripts/bench.sh, which builds first; see docs/performance.md.
//
//   node bench/run.mjs [--dist DIR] [--lang ar] [--other fi] [--topic kela]
//                      [--sweep-runs 1] [--runs 3] [--confirm 3] [--reps 20]
//                      [--only bytes,lighthouse,interactions]

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startBenchServer } from './server.mjs';
import { startPlainHost } from './plain_host.mjs';
import { measureBytes, measureBytesPerLocale, baselineBytes } from './bytes.mjs';
import { startLighthouse, CHROME_FLAGS } from './lighthouse.mjs';
import { measureInteractions, measureTapFloor } from './interactions.mjs';
import { tapBaselinePage, samePagesFloor } from './tap_baseline.mjs';
import { landingPages, staticSnapshot, baselineName, catalogueFor } from './landing.mjs';
import { measureLandingPages } from './sweep.mjs';
import { budgetRows, printFiles, printPages, printTable } from './report.mjs';
import { languageField } from './locales.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STARTED = Date.now();

const DEFAULTS = {
  dist: join(ROOT, 'dist'),
  lang: 'ar',
  other: 'fi',
  topic: 'kela',
  'sweep-runs': 1,
  runs: 3,
  confirm: 3,
  reps: 20,
  only: 'bytes,lighthouse,interactions',
};

function options(argv) {
  const o = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in o) || argv[i + 1] === undefined) {
      console.error(`unknown or incomplete option ${argv[i]}; options: ${Object.keys(o).map((k) => '--' + k).join(' ')}`);
      process.exit(2);
    }
    if (typeof o[key] === 'number') {
      o[key] = Number(argv[i + 1]);
      if (!(Number.isInteger(o[key]) && o[key] > 0)) {
        console.error(`--${key} needs a whole number above 0, not '${argv[i + 1]}'`);
        process.exit(2);
      }
    } else {
      o[key] = argv[i + 1];
    }
  }
  o.dist = resolve(o.dist);
  if (!existsSync(join(o.dist, 'index.html')) || !readdirSync(o.dist).some((f) => f.endsWith('_bg.wasm'))) {
    console.error(`${o.dist}: no release build there (no index.html or *_bg.wasm); run scripts/bench.sh, which builds one`);
    process.exit(2);
  }
  if (o.runs < 3 || o.reps < 20) console.error('note: docs/performance.md\'s figures use at least 3 Lighthouse runs for the worst page and 20 repetitions');
  o.only = new Set(o.only.split(','));
  return o;
}

const o = options(process.argv.slice(2));
const DIST = o.dist;
const names = languageField('endonym');
const dirs = languageField('dir');
for (const code of [o.lang, o.other]) {
  if (!names[code]) {
    console.error(`no locale '${code}' in locales/languages.toml`);
    process.exit(2);
  }
}
const cssFile = readdirSync(DIST).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
const cssHref = cssFile ? `/app/${cssFile}` : '';
const tapBaselineName = `taps.${o.lang}.html`;
const baselinePages = new Map([[tapBaselineName, tapBaselinePage(o.lang, dirs[o.lang] ?? 'ltr', cssHref)]]);
const server = await startBenchServer({ dist: DIST, baseline: baselinePages });
const result = {
  date: new Date().toISOString(),
  machine: { chromium: execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim(), node: process.version, cpus: cpus().length },
  options: { ...o, only: [...o.only] },
};

try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROME_FLAGS });
  const pages = [];
  try {
    // The landing pages are Lighthouse's; the bytes need only the topic's baseline.
    const topicHash = `#/guide/${o.topic}`;
    const list = o.only.has('lighthouse')
      ? await landingPages(browser, server, { lang: o.lang, endonym: names[o.lang], topics: catalogueFor(DIST, ROOT) })
      : [];
    if (list.length) process.stderr.write(`Static HTML baselines of ${list.length} landing page(s)…\n`);
    for (const p of list) {
      const name = baselineName(p.hash, o.lang);
      baselinePages.set(name, await staticSnapshot(browser, server, { lang: o.lang, hash: p.hash }));
      pages.push({ ...p, baseline: name });
    }
    if (o.only.has('bytes') && !baselinePages.has(baselineName(topicHash, o.lang))) {
      baselinePages.set(baselineName(topicHash, o.lang), await staticSnapshot(browser, server, { lang: o.lang, hash: topicHash }));
    }
    if (o.only.has('lighthouse')) {
      process.stderr.write(`  ${pages.length} pages: ${pages.map((p) => p.name).join('; ')}\n`);
      result.landingPages = pages.map(({ name, hash }) => ({ name, hash }));
    }

    if (o.only.has('bytes')) {
      process.stderr.write(`Bytes of a first visit in '${o.lang}'…\n`);
      result.bytes = await measureBytes(browser, server, { lang: o.lang, endonym: names[o.lang], topic: o.topic });
      result.bytes.baseline = baselineBytes(baselinePages.get(baselineName(topicHash, o.lang)), DIST, cssFile);
      process.stderr.write('Bytes of a first visit in every locale…\n');
      // The locales the build offers (its first screen's buttons): a
      // Swedish site offers only those complete for its pack.
      const offered = [...readFileSync(join(DIST, 'index.html'), 'utf8').matchAll(/data-locale="([^"]+)"/g)].map((m) => m[1]);
      const endonyms = Object.fromEntries(Object.entries(names).filter(([code]) => offered.length === 0 || offered.includes(code)));
      result.bytes.perLocale = await measureBytesPerLocale(browser, server, { endonyms, topic: o.topic });
    }
    if (o.only.has('interactions')) {
      process.stderr.write(`Interactions (4x CPU slowdown, ${o.reps} repetitions)…\n`);
      result.interactions = await measureInteractions(browser, server, {
        lang: o.lang, endonym: names[o.lang], otherLang: o.other, otherEndonym: names[o.other], topic: o.topic, reps: o.reps,
      });
      process.stderr.write('The same taps on a static page (the floor)…\n');
      result.interactions.tapFloor = await measureTapFloor(browser, server.baselineUrl + tapBaselineName, { lang: o.lang, reps: o.reps });
      process.stderr.write("The app's own question pages as static HTML (the same-page floor)…\n");
      const samePagesName = `question-pages.${o.lang}.html`;
      baselinePages.set(samePagesName, samePagesFloor(o.lang, dirs[o.lang] ?? 'ltr', cssHref, result.interactions.questionPages));
      result.interactions.tapFloorSamePages = await measureTapFloor(browser, server.baselineUrl + samePagesName, { lang: o.lang, reps: o.reps });
    }
  } finally {
    await browser.close();
  }
  if (o.only.has('lighthouse')) {
    const plain = await startPlainHost(DIST);
    const lh = await startLighthouse({ lang: o.lang });
    try {
      process.stderr.write(`Lighthouse, mobile profile: ${o['sweep-runs']} run(s) of every landing page three ways, then the worst pages to ${o.runs} runs…\n`);
      result.lighthouse = await measureLandingPages(lh, pages.map((p) => ({
        name: p.name,
        hash: p.hash,
        urls: { app: server.appUrl + p.hash, baseline: server.baselineUrl + p.baseline, plain: plain.appUrl + p.hash },
      })), { sweepRuns: o['sweep-runs'], runs: o.runs, confirm: o.confirm });
    } finally {
      await lh.close();
      await plain.close();
    }
  }
} finally {
  await server.close();
}

result.minutes = Math.round((Date.now() - STARTED) / 6000) / 10;
result.rows = budgetRows(result, o);
printFiles(result.bytes);
printPages(result.lighthouse);
printTable(result.rows, result);
const dir = join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`\nWritten: bench/results/latest.json (the run took ${result.minutes} minutes)`);
