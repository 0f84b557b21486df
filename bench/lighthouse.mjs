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
 * Starts Chromium for Lighthouse; returns { run(url, label), close }. Each
 * run is one Lighthouse run, a first visit: its score and figures.
 */
export async function startLighthouse({ lang }) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: [...CHROME_FLAGS, `--lang=${lang}`, `--accept-lang=${lang}`],
  });
  async function run(url, label) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${label}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const out = { score: Math.round(lhr.categories.performance.score * 100) };
    for (const [key, audit] of Object.entries(METRICS)) out[key] = lhr.audits[audit]?.numericValue ?? null;
    out.lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet
      ?? lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.node?.snippet ?? null;
    out.warnings = lhr.runWarnings ?? [];
    // Lighthouse's measure of this machine's speed (a fast desktop is
    // about 1000-2500); its 4x slowdown assumes such a machine.
    out.benchmarkIndex = lhr.environment?.benchmarkIndex ?? null;
    process.stderr.write(`  lighthouse ${label}: score ${out.score}, LCP ${Math.round(out.lcp)} ms\n`);
    return out;
  }
  return { run, close: () => chrome.kill() };
}

/** The median of each figure over `runs` (objects as `run` returns them). */
export function medians(runs) {
  const med = {};
  for (const key of ['score', 'benchmarkIndex', ...Object.keys(METRICS)]) {
    const values = runs.map((r) => r[key]).filter((v) => v !== null && v !== undefined);
    med[key] = values.length ? median(values) : null;
  }
  return med;
}
