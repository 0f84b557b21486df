// The benchmark's report: every figure with its DESIGN.md budget (if it has
// one), pass or fail, and its ratio to the static HTML baseline (where the
// baseline has the same figure).

const KB = 1000;

const BUDGETS = {
  firstVisit: 250 * KB,
  score: 95,
  lcp: 1500,
  nextQuestion: 16,
  switchCached: 100,
  pathwayAndQr: 50,
};

function row(group, name, value, unit, { budget, atLeast = false, baseline } = {}) {
  const pass = budget === undefined || value === null || value === undefined ? null : atLeast ? value >= budget : value <= budget;
  const ratio = baseline ? value / baseline : null;
  return { group, name, value, unit, budget: budget ?? null, atLeast, pass, baseline: baseline ?? null, ratio };
}

export function budgetRows(result, o) {
  const rows = [];
  const b = result.bytes;
  if (b) {
    const base = b.baseline.total;
    rows.push(row('bytes', `first visit in '${o.lang}', page (brotli)`, b.page.total, 'B', { budget: BUDGETS.firstVisit, baseline: base }));
    rows.push(row('bytes', 'first visit, page (uncompressed)', b.page.totalRaw, 'B'));
    rows.push(row('bytes', 'wasm (brotli)', b.page.wasm, 'B'));
    rows.push(row('bytes', 'wasm (uncompressed)', b.page.wasmRaw, 'B'));
    rows.push(row('bytes', 'locale and config files (brotli)', b.page.text, 'B'));
    rows.push(row('bytes', 'with the offline copy (service worker)', b.withWorker.total, 'B', { baseline: base }));
    rows.push(row('bytes', 'baseline page (HTML + CSS, brotli)', base, 'B'));
    for (const [lang, v] of Object.entries(b.perLocale ?? {})) {
      rows.push(row('bytes', `first visit in '${lang}', page (brotli; text ${(v.text / KB).toFixed(1)} KB)`, v.total, 'B', { budget: BUDGETS.firstVisit }));
    }
  }
  const lh = result.lighthouse;
  if (lh) {
    const base = Object.entries(lh).find(([name]) => name.startsWith('baseline'))?.[1]?.median;
    for (const [name, { median: m }] of Object.entries(lh)) {
      const isBase = name.startsWith('baseline');
      const ref = isBase ? undefined : base;
      rows.push(row('lighthouse', `${name}: performance score`, m.score, '', { budget: BUDGETS.score, atLeast: true, baseline: ref?.score }));
      rows.push(row('lighthouse', `${name}: largest contentful paint`, m.lcp, 'ms', { budget: BUDGETS.lcp, baseline: ref?.lcp }));
      rows.push(row('lighthouse', `${name}: first contentful paint`, m.fcp, 'ms', { baseline: ref?.fcp }));
      rows.push(row('lighthouse', `${name}: total blocking time`, m.tbt, 'ms', { baseline: ref?.tbt || undefined }));
      rows.push(row('lighthouse', `${name}: transfer size`, m.bytes, 'B', { baseline: ref?.bytes }));
    }
  }
  const it = result.interactions;
  if (it) {
    const both = (key, name, budget, baseline) => {
      rows.push(row('interaction', `${name} (median of ${it[key].n})`, it[key].median, 'ms', { budget, baseline }));
      rows.push(row('interaction', `${name} (worst)`, it[key].worst, 'ms'));
    };
    // Where a tap's time goes (medians of each part, so they need not add
    // up to the median total exactly).
    const parts = (key, taps = 1) => {
      const p = it[key].parts;
      const f = it.tapFloor?.parts;
      if (!p) return;
      rows.push(row('interaction', '  tap until the page changed (input, script)', p.untilChanged, 'ms', { baseline: f && f.untilChanged * taps }));
      rows.push(row('interaction', '  then until the frame starts (rest of the task)', p.frameWait, 'ms', { baseline: f && f.frameWait * taps }));
      rows.push(row('interaction', '  that frame: style, layout, paint', p.frame, 'ms', { baseline: f && f.frame * taps }));
    };
    const floor = it.tapFloor;
    both('nextQuestion', 'tap to next question painted', BUDGETS.nextQuestion, floor?.median);
    parts('nextQuestion');
    if (floor) {
      both('tapFloor', 'static page (the floor): tap to next question painted');
      parts('tapFloor');
    }
    if (it.tapFloorSamePages) {
      both('tapFloorSamePages', "the app's own pages as static HTML: the same tap");
      parts('tapFloorSamePages');
    }
    both('languageSwitchCached', 'language switch, locale cached', BUDGETS.switchCached);
    both('languageSwitchUncached', 'language switch, not cached (slow 4G)');
    both('pathwayAndQr', 'pathway + QR code, full questionnaire (two taps)', BUDGETS.pathwayAndQr, floor && 2 * floor.median);
    parts('pathwayAndQr', 2);
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
  return String(Math.round(value * 100) / 100);
}

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

export function printTable(rows, result) {
  const lines = rows.map((r) => [
    r.group,
    r.name,
    show(r.value, r.unit),
    r.budget === null ? '' : `${r.atLeast ? '≥' : '≤'} ${show(r.budget, r.unit)}`,
    r.pass === null ? '' : r.pass ? 'pass' : 'FAIL',
    r.ratio === null ? '' : `${r.ratio.toFixed(1)}×`,
  ]);
  const head = ['group', 'figure', 'value', 'budget', '', 'vs baseline'];
  const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (l) => l.map((c, i) => (i >= 2 ? c.padStart(width[i]) : c.padEnd(width[i]))).join('  ');
  console.log(`\nBenchmark of ${result.date} (${result.machine.chromium}, Node ${result.machine.node}; KB = 1000 bytes)\n`);
  console.log(fmt(head));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
  const failed = rows.filter((r) => r.pass === false).length;
  console.log(`\n${rows.filter((r) => r.pass !== null).length - failed} budgets met, ${failed} missed.`);
}
