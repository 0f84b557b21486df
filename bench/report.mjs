// The benchmark's report: every figure with its DESIGN.md budget (if it has
// one), pass or fail, and its ratio to its static HTML baseline (where the
// baseline has the same figure). Printed by bench/run.mjs; also on its own,
// from a results file:
//
//   node bench/report.mjs [--markdown] [bench/results/latest.json]
//
// --markdown prints the tables for docs/performance.md "Latest figures".

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const KB = 1000;

// DESIGN.md "Performance budgets" (re-based 2026-12-03).
export const BUDGETS = {
  firstVisit: 320 * KB,
  score: 95,
  lcpRatio: 1.3,
  plainLcp: 2500,
  nextQuestionRatio: 1.5,
  switchCached: 100,
  pathwayAndQr: 50,
};

/**
 * One figure. `budget`: a limit on the value (`atLeast` for a floor);
 * `ratioBudget`: a limit on the value's ratio to `baseline`.
 */
function row(group, name, value, unit, { budget, atLeast = false, baseline, ratioBudget } = {}) {
  const ratio = baseline ? value / baseline : null;
  let pass = null;
  if (value !== null && value !== undefined) {
    if (budget !== undefined) pass = atLeast ? value >= budget : value <= budget;
    else if (ratioBudget !== undefined && ratio !== null) pass = ratio <= ratioBudget;
  }
  return { group, name, value, unit, budget: budget ?? null, ratioBudget: ratioBudget ?? null, atLeast, pass, baseline: baseline ?? null, ratio };
}

const runsNote = (w) => `${w.runs} run${w.runs === 1 ? '' : 's'}${w.confirmed ? '' : ', not confirmed'}`;

export function budgetRows(result, o) {
  const rows = [];
  const b = result.bytes;
  if (b) {
    const base = b.baseline.total;
    const locales = Object.entries(b.perLocale ?? {});
    if (locales.length) {
      const [lang, largest] = locales.reduce((m, e) => (e[1].total > m[1].total ? e : m));
      const smallest = locales.reduce((m, e) => (e[1].total < m[1].total ? e : m));
      rows.push(row('bytes', `first visit, largest of ${locales.length} locales ('${lang}'), page (brotli)`, largest.total, 'B', { budget: BUDGETS.firstVisit, baseline: base }));
      rows.push(row('bytes', `first visit, smallest locale ('${smallest[0]}')`, smallest[1].total, 'B'));
    }
    rows.push(row('bytes', `first visit in '${o.lang}', page (brotli)`, b.page.total, 'B', locales.length ? { baseline: base } : { budget: BUDGETS.firstVisit, baseline: base }));
    rows.push(row('bytes', `first visit in '${o.lang}', page (uncompressed)`, b.page.totalRaw, 'B'));
    rows.push(row('bytes', '  wasm (brotli)', b.page.wasm, 'B'));
    rows.push(row('bytes', '  wasm (uncompressed)', b.page.wasmRaw, 'B'));
    rows.push(row('bytes', '  locale and config files (brotli)', b.page.text, 'B'));
    rows.push(row('bytes', 'with the offline copy (service worker)', b.withWorker.total, 'B', { baseline: base }));
    rows.push(row('bytes', `baseline: topic ${o.topic} as static HTML (HTML + CSS, brotli)`, base, 'B'));
    for (const [lang, v] of locales) {
      rows.push(row('bytes', `  first visit in '${lang}' (text ${(v.text / KB).toFixed(1)} KB)`, v.total, 'B'));
    }
  }
  const lh = result.lighthouse;
  if (lh?.summary) {
    const s = lh.summary;
    const n = s.score.pages;
    const pageOf = (w) => lh.pages.find((p) => p.hash === w.hash);
    const worstLcpRatio = pageOf(s.lcpRatio.worst);
    rows.push(row('lighthouse', `performance score, worst landing page: ${s.score.worst.page} (${runsNote(s.score.worst)})`, s.score.worst.value, '', { budget: BUDGETS.score, atLeast: true }));
    rows.push(row('lighthouse', `performance score, median of ${n} landing pages`, s.score.median, ''));
    rows.push(row('lighthouse', `LCP vs the page as static HTML, worst: ${s.lcpRatio.worst.page} (${runsNote(s.lcpRatio.worst)})`, worstLcpRatio.app.median.lcp, 'ms', { baseline: worstLcpRatio.baseline.median.lcp, ratioBudget: BUDGETS.lcpRatio }));
    rows.push(row('lighthouse', `LCP vs the page as static HTML, median of ${n} pages`, s.lcpRatio.median, '×'));
    const worstLcp = pageOf(s.lcp.worst);
    rows.push(row('lighthouse', `largest contentful paint, worst: ${s.lcp.worst.page} (${runsNote(s.lcp.worst)})`, s.lcp.worst.value, 'ms', { baseline: worstLcp.baseline.median.lcp }));
    rows.push(row('lighthouse', `largest contentful paint, median of ${n} pages`, s.lcp.median, 'ms', { baseline: s.baselineLcp.median }));
    rows.push(row('lighthouse', `  the pages as static HTML: LCP, median of ${n}`, s.baselineLcp.median, 'ms'));
    rows.push(row('lighthouse', `LCP, host with no configuration, worst: ${s.plainLcp.worst.page} (${runsNote(s.plainLcp.worst)})`, s.plainLcp.worst.value, 'ms', { budget: BUDGETS.plainLcp }));
    rows.push(row('lighthouse', `LCP, host with no configuration, median of ${n} pages`, s.plainLcp.median, 'ms'));
    const tbt = lh.pages.reduce((m, p) => (p.app.median.tbt > m.app.median.tbt ? p : m));
    rows.push(row('lighthouse', `total blocking time, worst: ${tbt.name}`, tbt.app.median.tbt, 'ms'));
    const bytes = lh.pages.reduce((m, p) => (p.app.median.bytes > m.app.median.bytes ? p : m));
    rows.push(row('lighthouse', `transfer size, largest: ${bytes.name}`, bytes.app.median.bytes, 'B', { baseline: bytes.baseline.median.bytes }));
  }
  const it = result.interactions;
  if (it) {
    const both = (key, name, budget, baseline, ratioBudget) => {
      rows.push(row('interaction', `${name} (median of ${it[key].n})`, it[key].median, 'ms', { budget, baseline, ratioBudget }));
      rows.push(row('interaction', `${name} (worst)`, it[key].worst, 'ms'));
    };
    // Where a tap's time goes (medians of each part, so they need not add
    // up to the median total exactly), beside the same parts of `floor`
    // (`taps` of its taps).
    const parts = (key, floor, taps = 1) => {
      const p = it[key].parts;
      const f = floor?.parts;
      if (!p) return;
      rows.push(row('interaction', '  tap until the page changed (input, script)', p.untilChanged, 'ms', { baseline: f && f.untilChanged * taps }));
      rows.push(row('interaction', '  then until the frame starts (rest of the task)', p.frameWait, 'ms', { baseline: f && f.frameWait * taps }));
      rows.push(row('interaction', '  that frame: style, layout, paint', p.frame, 'ms', { baseline: f && f.frame * taps }));
    };
    const floor = it.tapFloor;
    // The budget is against the app's own question pages as static HTML,
    // timed in the same run (the machine's speed drifts between runs).
    both('nextQuestion', "tap to next question painted, vs the app's own pages as static HTML", undefined,
      it.tapFloorSamePages?.median, BUDGETS.nextQuestionRatio);
    parts('nextQuestion', it.tapFloorSamePages);
    if (it.tapFloorSamePages) {
      both('tapFloorSamePages', "the app's own pages as static HTML: the same tap", undefined, floor?.median);
      parts('tapFloorSamePages', floor);
    }
    if (floor) {
      both('tapFloor', 'a bare static question page (the floor): the same tap');
      parts('tapFloor');
    }
    both('languageSwitchCached', 'language switch, locale cached', BUDGETS.switchCached);
    both('languageSwitchUncached', 'language switch, not cached (slow 4G)');
    both('pathwayAndQr', 'pathway + QR code, full questionnaire (two taps)', BUDGETS.pathwayAndQr, floor && 2 * floor.median);
    parts('pathwayAndQr', floor, 2);
    both('pathway', '  of which the pathway');
    both('pathwayComplete', '    the whole pathway in the page (no budget)');
    both('qr', '  of which the QR code');
    if (it.pathwayReady) both('pathwayReady', '  the pathway built hidden, while the check page shows (no budget)');
    if (it.pathwayFromMenu) both('pathwayFromMenu', 'the pathway from the menu, built on the tap (no budget)');
    both('handoverOpen', 'opening a handover link (app start to table)');
    rows.push(row('memory', 'wasm linear memory after a full questionnaire', it.memory.wasmBytes, 'B'));
    rows.push(row('memory', 'JS heap used after a full questionnaire', it.memory.jsHeapUsedBytes, 'B'));
  }
  return rows;
}

function show(value, unit) {
  if (value === null || value === undefined) return '–';
  if (unit === 'B') return `${(value / KB).toFixed(1)} KB`;
  if (unit === 'ms') return `${value.toFixed(value < 100 ? 1 : 0)} ms`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  return String(Math.round(value * 100) / 100);
}

function budgetText(r) {
  if (r.budget !== null) return `${r.atLeast ? '≥' : '≤'} ${show(r.budget, r.unit)}`;
  if (r.ratioBudget !== null) return `≤ ${r.ratioBudget}× baseline`;
  return '';
}

const ratioText = (r) => (r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`);

/** Every file of the first visit (page alone), raw and as sent. */
export function printFiles(bytes) {
  if (!bytes) return;
  console.log('\nFiles of the first visit (page alone, largest first):\n');
  const width = Math.max(...bytes.page.files.map((f) => f.file.length));
  console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'sent'.padStart(10)}`);
  for (const f of bytes.page.files) {
    console.log(`${f.file.padEnd(width)}  ${show(f.raw, 'B').padStart(10)}  ${show(f.sent, 'B').padStart(10)}${f.status === 200 ? '' : `  (HTTP ${f.status})`}`);
  }
  console.log(`${'total'.padEnd(width)}  ${show(bytes.page.totalRaw, 'B').padStart(10)}  ${show(bytes.page.total, 'B').padStart(10)}`);
}

/** Each landing page's Lighthouse figures: [head, ...lines] of strings. */
function pageLines(lh) {
  const head = ['landing page', 'score', 'LCP', 'static HTML LCP', 'ratio', 'no-config LCP', 'TBT', 'runs'];
  const lines = lh.pages.map((p) => [
    p.name,
    show(p.app.median.score, ''),
    show(p.app.median.lcp, 'ms'),
    show(p.baseline.median.lcp, 'ms'),
    show(p.lcpRatio, '×'),
    show(p.plain.median.lcp, 'ms'),
    show(p.app.median.tbt, 'ms'),
    `${p.app.runs.length}/${p.baseline.runs.length}/${p.plain.runs.length}`,
  ]);
  return [head, ...lines];
}

function printColumns([head, ...lines], textColumns) {
  const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (l) => l.map((c, i) => (i >= textColumns ? c.padStart(width[i]) : c.padEnd(width[i]))).join('  ');
  console.log(fmt(head));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
}

/** Lighthouse per landing page (medians of its runs: app / static HTML / no-config host). */
export function printPages(lh) {
  if (!lh?.pages) return;
  const m = lh.method;
  console.log(`\nLighthouse per landing page (${m.sweepRuns} run(s) each way, the worst pages to ${m.runs}; runs: app/static HTML/no-config host; ${m.runsTotal} runs):\n`);
  printColumns(pageLines(lh), 1);
}

function tableLines(rows) {
  const head = ['group', 'figure', 'value', 'budget', '', 'vs baseline'];
  const lines = rows.map((r) => [r.group, r.name, show(r.value, r.unit), budgetText(r), r.pass === null ? '' : r.pass ? 'pass' : 'FAIL', ratioText(r)]);
  return [head, ...lines];
}

function tally(rows) {
  const failed = rows.filter((r) => r.pass === false).length;
  return `${rows.filter((r) => r.pass !== null).length - failed} budgets met, ${failed} missed.`;
}

function heading(result) {
  const m = result.machine;
  return `Benchmark of ${result.date} (${m.chromium}, Node ${m.node}${m.cpus ? `, ${m.cpus} CPUs` : ''}; locale '${result.options.lang}'${result.minutes ? `; ${result.minutes} minutes` : ''}; KB = 1000 bytes)`;
}

export function printTable(rows, result) {
  console.log(`\n${heading(result)}\n`);
  printColumns(tableLines(rows), 2);
  console.log(`\n${tally(rows)}`);
}

/** The tables of docs/performance.md "Latest figures", in Markdown. */
export function markdown(result) {
  const rows = budgetRows(result, result.options);
  const cell = (s) => String(s).replace(/\|/g, '\\|');
  const table = ([head, ...lines], right) => [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map((_, i) => (i >= right ? '---:' : '---')).join('|')}|`,
    ...lines.map((l) => `| ${l.map(cell).join(' | ')} |`),
  ].join('\n');
  const out = [`${heading(result)}.`, ''];
  const budgeted = rows.filter((r) => r.pass !== null);
  out.push('Budgets:', '');
  out.push(table([['figure', 'budget', 'measured', '', 'vs baseline'],
    ...budgeted.map((r) => [r.name, budgetText(r), show(r.value, r.unit), r.pass ? '✓' : '✗ missed', ratioText(r)])], 2));
  out.push('', tally(rows), '');
  if (result.lighthouse?.pages) {
    const m = result.lighthouse.method;
    out.push(`Lighthouse per landing page (medians; ${m.sweepRuns} run(s) of each page each way, the worst pages to ${m.runs}; runs: app / static HTML / no-config host):`, '');
    out.push(table(pageLines(result.lighthouse), 1), '');
  }
  out.push('Every figure:', '');
  out.push(table([['group', 'figure', 'value', 'budget', '', 'vs baseline'],
    ...rows.map((r) => [r.group, r.name.trim() === r.name ? r.name : '– ' + r.name.trim(), show(r.value, r.unit), budgetText(r), r.pass === null ? '' : r.pass ? '✓' : '✗', ratioText(r)])], 2));
  return out.join('\n');
}

// Run on its own: reprint a results file.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const asMarkdown = args.includes('--markdown');
  const file = args.find((a) => !a.startsWith('--')) ?? 'bench/results/latest.json';
  const result = JSON.parse(readFileSync(file, 'utf8'));
  if (asMarkdown) {
    console.log(markdown(result));
  } else {
    const rows = budgetRows(result, result.options);
    printFiles(result.bytes);
    printPages(result.lighthouse);
    printTable(rows, result);
  }
}
