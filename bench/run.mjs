// The performance benchmark: bytes, Lighthouse (mobile), interaction timings
// and memory of the release build in dist/, beside a static HTML baseline of
// the same guide topic. Prints a table and writes bench/results/latest.json.
// Run through scripts/bench.sh, which builds first; see README "Performance".
//
//   node bench/run.mjs [--lang ar] [--other fi] [--topic kela] [--runs 3] [--reps 20]
//                      [--only bytes,lighthouse,interactions]

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startBenchServer } from './server.mjs';
import { measureBytes, measureBytesPerLocale, baselineBytes } from './bytes.mjs';
import { measureLighthouse, CHROME_FLAGS } from './lighthouse.mjs';
import { measureInteractions, measureTapFloor } from './interactions.mjs';
import { tapBaselinePage, samePagesFloor } from './tap_baseline.mjs';
import { budgetRows, printFiles, printTable } from './report.mjs';
import { languageField } from './locales.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

function options(argv) {
  const o = { lang: 'ar', other: 'fi', topic: 'kela', runs: 3, reps: 20, only: 'bytes,lighthouse,interactions' };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in o) || argv[i + 1] === undefined) {
      console.error(`unknown or incomplete option ${argv[i]}; options: ${Object.keys(o).map((k) => '--' + k).join(' ')}`);
      process.exit(2);
    }
    o[key] = typeof o[key] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
  }
  if (o.runs < 3 || o.reps < 20) console.error('note: the README figures use at least 3 Lighthouse runs and 20 repetitions');
  o.only = new Set(o.only.split(','));
  return o;
}

function baselinePage(lang, topic, cssHref) {
  return execFileSync('cargo', ['run', '--quiet', '--example', 'baseline_page', '--', lang, topic, cssHref], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const o = options(process.argv.slice(2));
const names = languageField('endonym');
const dirs = languageField('dir');
for (const code of [o.lang, o.other]) {
  if (!names[code]) {
    console.error(`no locale '${code}' in locales/languages.toml`);
    process.exit(2);
  }
}
const cssFile = readdirSync(DIST).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
const baselineName = `${o.topic}.${o.lang}.html`;
process.stderr.write('Generating the baseline page from the .ftl files…\n');
const baselineHtml = baselinePage(o.lang, o.topic, cssFile ? `/app/${cssFile}` : '');
const tapBaselineName = `taps.${o.lang}.html`;
const tapBaselineHtml = tapBaselinePage(o.lang, dirs[o.lang] ?? 'ltr', cssFile ? `/app/${cssFile}` : '');
const baselinePages = new Map([[baselineName, baselineHtml], [tapBaselineName, tapBaselineHtml]]);
const server = await startBenchServer({ dist: DIST, baseline: baselinePages });
const result = {
  date: new Date().toISOString(),
  machine: { chromium: execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim(), node: process.version },
  options: { ...o, only: [...o.only] },
};

try {
  if (o.only.has('bytes') || o.only.has('interactions')) {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROME_FLAGS });
    try {
      if (o.only.has('bytes')) {
        process.stderr.write(`Bytes of a first visit in '${o.lang}'…\n`);
        result.bytes = await measureBytes(browser, server, { lang: o.lang, endonym: names[o.lang], topic: o.topic });
        result.bytes.baseline = baselineBytes(baselineHtml, DIST, cssFile);
        process.stderr.write('Bytes of a first visit in every locale…\n');
        result.bytes.perLocale = await measureBytesPerLocale(browser, server, { endonyms: names, topic: o.topic });
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
        baselinePages.set(samePagesName, samePagesFloor(o.lang, dirs[o.lang] ?? 'ltr', cssFile ? `/app/${cssFile}` : '', result.interactions.questionPages));
        result.interactions.tapFloorSamePages = await measureTapFloor(browser, server.baselineUrl + samePagesName, { lang: o.lang, reps: o.reps });
      }
    } finally {
      await browser.close();
    }
  }
  if (o.only.has('lighthouse')) {
    process.stderr.write(`Lighthouse, mobile profile, ${o.runs} runs per page…\n`);
    result.lighthouse = await measureLighthouse([
      { name: 'language screen', url: server.appUrl },
      { name: `guide topic (${o.topic})`, url: `${server.appUrl}#/guide/${o.topic}` },
      { name: 'baseline (static HTML)', url: server.baselineUrl + baselineName },
    ], { runs: o.runs, lang: o.lang });
  }
} finally {
  await server.close();
}

result.rows = budgetRows(result, o);
printFiles(result.bytes);
printTable(result.rows, result);
const dir = join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`\nWritten: bench/results/latest.json`);
