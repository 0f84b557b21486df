// Lighthouse's mobile profile (its default: simulated slow 4G, 150 ms round
// trip, 1.6 Mbit/s, 4x CPU slowdown, a phone-sized screen), performance
// category only, on Debian's Chromium. Lighthouse clears the site's storage
// and cache before each run, so every run is a first visit.

import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const METRICS = {
  lcp: 'largest-contentful-paint',
  fcp: 'first-contentful-paint',
  tbt: 'total-blocking-time',
  si: 'speed-index',
  cls: 'cumulative-layout-shift',
  bytes: 'total-byte-weight',
};

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * Runs Lighthouse `runs` times on each of `pages` ({ name, url }) and returns
 * per page the median of each figure, with every run's figures.
 */
export async function measureLighthouse(pages, { runs, lang }) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: [...CHROME_FLAGS, `--lang=${lang}`, `--accept-lang=${lang}`],
  });
  const out = {};
  try {
    for (const { name, url } of pages) {
      const all = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const run = { score: Math.round(lhr.categories.performance.score * 100) };
        for (const [key, audit] of Object.entries(METRICS)) run[key] = lhr.audits[audit]?.numericValue ?? null;
        run.lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet
          ?? lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.node?.snippet ?? null;
        run.warnings = lhr.runWarnings ?? [];
        // Lighthouse's measure of this machine's speed (a fast desktop is
        // about 1000-2500); its 4x slowdown assumes such a machine.
        run.benchmarkIndex = lhr.environment?.benchmarkIndex ?? null;
        all.push(run);
        process.stderr.write(`  lighthouse ${name} run ${i + 1}/${runs}: score ${run.score}, LCP ${Math.round(run.lcp)} ms\n`);
      }
      const med = {};
      for (const key of ['score', 'benchmarkIndex', ...Object.keys(METRICS)]) med[key] = median(all.map((r) => r[key]));
      out[name] = { median: med, runs: all };
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
