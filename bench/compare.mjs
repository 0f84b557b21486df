// Compares release builds side by side on this machine: the tap timings of
// the benchmark (interactions.mjs), in interleaved rounds, so that a change
// is measured against the build before it at the same moment. A shared
// machine's speed drifts by several milliseconds a tap between full runs
// (docs/performance.md); rounds that alternate between the builds share
// that drift. Run through scripts/bench-compare.sh, which builds a git ref
// and the working tree; or give build folders yourself:
//
//   node bench/compare.mjs [--lang ar] [--rounds 3] [--reps 20] LABEL=DIST LABEL=DIST ...

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startBenchServer, brotli } from './server.mjs';
import { CHROME_FLAGS, median } from './lighthouse.mjs';
import { throttledPage, chooseLanguage, questionnaire, measurePathway } from './interactions.mjs';
import { languageField } from './locales.mjs';

function options(argv) {
  const o = { lang: 'ar', rounds: 3, reps: 20, builds: [] };
  for (let i = 0; i < argv.length; i++) {
    const build = argv[i].match(/^([^-=][^=]*)=(.+)$/);
    if (build) {
      o.builds.push({ label: build[1], dist: build[2] });
      continue;
    }
    const key = argv[i].replace(/^--/, '');
    if (!['lang', 'rounds', 'reps'].includes(key) || argv[i + 1] === undefined) {
      console.error(`unknown or incomplete option ${argv[i]}; usage: compare.mjs [--lang ar] [--rounds 3] [--reps 20] LABEL=DIST LABEL=DIST ...`);
      process.exit(2);
    }
    o[key] = key === 'lang' ? argv[i + 1] : Number(argv[i + 1]);
    if (key !== 'lang' && !(Number.isInteger(o[key]) && o[key] > 0)) {
      console.error(`--${key} needs a whole number above 0, not '${argv[i + 1]}'`);
      process.exit(2);
    }
    i += 1;
  }
  if (o.builds.length < 2) {
    console.error('give at least two builds to compare, as LABEL=DIST');
    process.exit(2);
  }
  for (const { dist } of o.builds) {
    if (!readdirSync(dist).some((f) => f.endsWith('_bg.wasm'))) {
      console.error(`${dist}: no release build there (no *_bg.wasm)`);
      process.exit(2);
    }
  }
  return o;
}

/** The compressed size of a build's wasm, in bytes. */
function wasmBrotli(dist) {
  const file = readdirSync(dist).find((f) => f.endsWith('_bg.wasm'));
  return brotli(readFileSync(join(dist, file))).length;
}

// The figures compared: each is a list of samples (ms) per build.
const FIGURES = [
  ['tap to next question painted', 'nextQuestion'],
  ['pathway (its first screen)', 'pathway'],
  ['QR code', 'qr'],
  ['pathway + QR code (budget)', 'pathwayAndQr'],
  ['the whole pathway (no budget)', 'pathwayComplete'],
  ['the pathway from the menu (no budget)', 'pathwayFromMenu'],
];

const o = options(process.argv.slice(2));
const endonym = languageField('endonym')[o.lang];
if (!endonym) {
  console.error(`no locale '${o.lang}' in locales/languages.toml`);
  process.exit(2);
}
const samples = o.builds.map(() => Object.fromEntries(FIGURES.map(([, key]) => [key, []])));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROME_FLAGS });
try {
  for (let round = 0; round < o.rounds; round++) {
    for (const [b, { label, dist }] of o.builds.entries()) {
      process.stderr.write(`round ${round + 1}/${o.rounds}: ${label}…\n`);
      const server = await startBenchServer({ dist });
      const { context, page } = await throttledPage(browser, { lang: o.lang });
      try {
        await page.goto(server.appUrl + '#/language');
        await page.waitForSelector('#main h1', { timeout: 60000 });
        await chooseLanguage(page, endonym, o.lang);
        const taps = [];
        while (taps.length < o.reps) taps.push(...(await questionnaire(page, o.lang)));
        samples[b].nextQuestion.push(...taps.map((t) => t.total));
        // Half as many per round as a full run: the rounds make up the rest.
        const p = await measurePathway(page, server, { lang: o.lang, reps: Math.ceil(o.reps / 2) });
        for (const [, key] of FIGURES.slice(1)) samples[b][key].push(...p[key].samples);
      } finally {
        await context.close();
        await server.close();
      }
    }
  }
} finally {
  await browser.close();
}

const pad = (s, n) => String(s).padStart(n);
const width = Math.max(...FIGURES.map(([name]) => name.length), 'wasm (brotli)'.length);
const cols = o.builds.map(({ label }) => Math.max(label.length, 9));
console.log(`\nMedians over ${o.rounds} interleaved rounds (4x CPU slowdown, '${o.lang}'); the last columns are each build against the first.\n`);
console.log(['figure'.padEnd(width), ...o.builds.map(({ label }, i) => pad(label, cols[i])), ...o.builds.slice(1).map(({ label }) => pad('Δ ' + label, 10))].join('  '));
const row = (name, values, unit, digits) => {
  const diffs = values.slice(1).map((v) => pad(`${v - values[0] >= 0 ? '+' : ''}${(v - values[0]).toFixed(digits)} ${unit}`, 10));
  console.log([name.padEnd(width), ...values.map((v, i) => pad(`${v.toFixed(digits)} ${unit}`, cols[i])), ...diffs].join('  '));
};
for (const [name, key] of FIGURES) row(name, samples.map((s) => median(s[key])), 'ms', 1);
row('wasm (brotli)', o.builds.map(({ dist }) => wasmBrotli(dist) / 1000), 'KB', 2);
