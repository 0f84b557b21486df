// Lighthouse over every landing page (landing.mjs), three ways each: the app
// on the benchmark's compressing host, the page's static HTML baseline on
// the same host, and the app on a host with no configuration
// (plain_host.mjs).
//
// Lighthouse on every page, several times, would take most of an hour on a
// 2-core machine, so the method is a sweep and then a confirmation:
// 1. the sweep: `sweepRuns` runs (default 1) of each page, each way, page by
//    page (the three ways of a page one after the other, so they share the
//    machine's drift);
// 2. the confirmation, for each budget figure: the worst page is run again
//    until it has `runs` runs (default 3) each way the figure needs, and its
//    figure becomes their median; if another page is now the worst, that
//    one is confirmed in turn, up to `confirm` pages per figure.
// A page's figure is the median of its runs; the median over pages and the
// worst page are taken over those.

import { median, medians } from './lighthouse.mjs';

/** What each figure reads from a page, which ways it needs, which way is worse. */
export const FIGURES = {
  score: { ways: ['app'], of: (p) => p.app.median.score, worse: (a, b) => a < b },
  lcp: { ways: ['app'], of: (p) => p.app.median.lcp, worse: (a, b) => a > b },
  lcpRatio: { ways: ['app', 'baseline'], of: (p) => p.app.median.lcp / p.baseline.median.lcp, worse: (a, b) => a > b },
  plainLcp: { ways: ['plain'], of: (p) => p.plain.median.lcp, worse: (a, b) => a > b },
};

const WAYS = ['app', 'baseline', 'plain'];

/** The worst page for `figure`; of equal ones, the one with the most runs. */
export function worstPage(pages, figure) {
  const f = FIGURES[figure];
  const runsOf = (p) => Math.min(...f.ways.map((w) => p[w].runs.length));
  let worst = null;
  for (const p of pages) {
    if (worst === null) { worst = p; continue; }
    const a = f.of(p);
    const b = f.of(worst);
    if (f.worse(a, b) || (a === b && runsOf(p) > runsOf(worst))) worst = p;
  }
  return { page: worst, runs: runsOf(worst) };
}

/** The median over pages and the worst page of `figure`. */
export function summarise(pages, figure, confirmedRuns) {
  const f = FIGURES[figure];
  const { page, runs } = worstPage(pages, figure);
  return {
    median: median(pages.map(f.of)),
    worst: { page: page.name, hash: page.hash, value: f.of(page), runs, confirmed: runs >= confirmedRuns },
    pages: pages.length,
  };
}

/**
 * `lh`: a Lighthouse runner (lighthouse.mjs startLighthouse); `pages`:
 * { name, hash, urls: { app, baseline, plain } }. Returns { pages, summary,
 * method }; each page holds every run, each way.
 */
export async function measureLandingPages(lh, pages, { sweepRuns, runs, confirm }) {
  const measured = pages.map((p) => ({ name: p.name, hash: p.hash, urls: p.urls, ...Object.fromEntries(WAYS.map((w) => [w, { runs: [] }])) }));
  const more = async (p, way, until) => {
    while (p[way].runs.length < until) {
      p[way].runs.push(await lh.run(p.urls[way], `${p.name}, ${way} (run ${p[way].runs.length + 1})`));
    }
    p[way].median = medians(p[way].runs);
  };
  let done = 0;
  for (const p of measured) {
    done += 1;
    process.stderr.write(`Landing page ${done}/${measured.length}: ${p.name}\n`);
    for (const way of WAYS) await more(p, way, sweepRuns);
  }
  const confirmedRuns = Math.max(runs, sweepRuns);
  for (const figure of Object.keys(FIGURES)) {
    for (let i = 0; i < confirm; i++) {
      const { page, runs: has } = worstPage(measured, figure);
      if (has >= confirmedRuns) break;
      process.stderr.write(`Confirming the worst page for ${figure}: ${page.name}\n`);
      for (const way of FIGURES[figure].ways) await more(page, way, confirmedRuns);
    }
  }
  const summary = Object.fromEntries(Object.keys(FIGURES).map((f) => [f, summarise(measured, f, confirmedRuns)]));
  summary.baselineLcp = { median: median(measured.map((p) => p.baseline.median.lcp)) };
  for (const p of measured) p.lcpRatio = FIGURES.lcpRatio.of(p);
  return {
    method: { sweepRuns, runs: confirmedRuns, confirm, runsTotal: measured.reduce((n, p) => n + WAYS.reduce((m, w) => m + p[w].runs.length, 0), 0) },
    pages: measured,
    summary,
  };
}
