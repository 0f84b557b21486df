// Interaction timings and memory, in Chromium driven by Playwright with the
// CPU slowed down 4x through the DevTools protocol (as Lighthouse's mobile
// profile does). Each timing runs from the moment the page receives the end
// of a tap (`pointerup`) to the first frame after the page shows the result:
// the DOM change is caught by a MutationObserver, then a
// requestAnimationFrame callback and a message posted from it mark the end
// of that frame. This is what "interaction to next paint" measures.
//
// Each timing is also split in three: from the tap until the page has
// changed (the browser turning the touch into a click, then the script up
// to the first change that matches), from there until the next frame
// starts, and that frame. The middle part is not idle time: it holds the
// rest of the tap's task (for the app, the focus move to the new heading
// and the style and layout it forces: a trace shows the frame starting
// about 1.5 ms after that task ends, on static pages as on the app). The
// same is measured on static pages (tap_baseline.mjs) as the floors.

import { PLAN, answer, currentQuestion } from '../tests/e2e/questionnaire-plan.mjs';
import { messages } from '../tests/e2e/harness.mjs';
import { median } from './lighthouse.mjs';

const CPU_SLOWDOWN = 4;
// Lighthouse's slow 4G, for loading a locale that is not cached.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

export function stats(samples) {
  return { median: median(samples), worst: Math.max(...samples), n: samples.length, samples };
}

/** Stats of timed taps: the total, and the median of each part. */
export function tapStats(taps) {
  return {
    ...stats(taps.map((t) => t.total)),
    parts: {
      untilChanged: median(taps.map((t) => t.untilChanged)),
      frameWait: median(taps.map((t) => t.frameWait)),
      frame: median(taps.map((t) => t.frame)),
    },
  };
}

export async function throttledPage(browser, { lang, serviceWorkers = 'block' }) {
  const context = await browser.newContext({
    locale: lang,
    serviceWorkers,
    viewport: { width: 412, height: 915 },
    hasTouch: true,
    isMobile: true,
  });
  await context.addInitScript(() => {
    window.__lastInput = 0;
    // A tap ends when the finger lifts: `pointerup`. Time starts when the page
    // gets that event (this listener is the first to run). Its timeStamp is
    // not used: for a tap Chromium stamps every event of the gesture with the
    // touch's start, and Playwright delivers the lift a CDP round trip later.
    addEventListener('pointerup', () => { window.__lastInput = performance.now(); }, { capture: true });
    // Trunk announces the started wasm module: keep its memory for the report.
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail?.wasm?.memory; });
    // Headless Chromium has no share sheet: keep what the app would share.
    Object.defineProperty(navigator, 'share', { value: (data) => { window.__shared = data; return Promise.resolve(); } });
    // A handover link: note when the caseworker's table first shows.
    if (location.hash.startsWith('#/handover/')) {
      window.__tableShown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('section.caseworker table')) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document, { subtree: true, childList: true });
      });
    }
    // When `source` (an expression over `document`) becomes true: the time
    // from the last input to the end of the next frame.
    window.__painted = (source) => new Promise((resolve) => {
      const condition = new Function('return (' + source + ')');
      const observer = new MutationObserver(() => {
        if (!condition()) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - window.__lastInput);
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    // Arms a wait for `condition` (a function body over `document`), resolved
    // with the time from the last input to the frame after it became true.
    // `complete`, if given, is timed on its own: when the whole page is there.
    window.__arm = (conditionSource, completeSource) => {
      window.__complete = completeSource ? window.__painted(completeSource) : Promise.resolve(null);
      const condition = new Function('return (' + conditionSource + ')');
      window.__result = new Promise((resolve) => {
        const done = () => {
          observer.disconnect();
          const changed = performance.now();
          requestAnimationFrame(() => {
            const frameStart = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const end = performance.now();
              resolve({
                total: end - window.__lastInput,
                untilChanged: changed - window.__lastInput,
                frameWait: frameStart - changed,
                frame: end - frameStart,
              });
            };
            channel.port2.postMessage(null);
          });
        };
        const observer = new MutationObserver(() => { if (condition()) done(); });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    };
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp };
}

// A person scrolls to a control and looks at it before tapping it; the
// benchmark lets the page settle as long before every timed tap. Without it
// Playwright scrolls and taps in the same few milliseconds, and the tap pays
// for drawing what the scroll brought on screen (the pathway draws its steps
// only as they come near the screen).
const SETTLE_MS = 200;

/**
 * Taps `locator` and returns the time until `condition` shows on screen:
 * { total, untilChanged, frameWait, frame } in ms; with `complete`, also
 * the time until that shows (`complete`).
 */
async function timedTap(page, locator, condition, complete) {
  await locator.scrollIntoViewIfNeeded();
  await page.waitForTimeout(SETTLE_MS);
  await page.evaluate(([c, w]) => window.__arm(c, w), [condition, complete]);
  await locator.tap();
  const result = await page.evaluate(() => window.__result);
  const completed = await page.evaluate(() => window.__complete);
  return completed === null ? result : { ...result, complete: completed };
}

export async function chooseLanguage(page, endonym, code) {
  await page.locator('button.language-button').filter({ hasText: endonym }).first().tap();
  await page.waitForFunction((c) => document.documentElement.lang === c && document.querySelector('main h1'), code);
}

/**
 * Keeps the question page on screen as static HTML, for the floor that
 * shows the app's own pages without the app (tap_baseline.mjs): the page's
 * <main> and title, and once the <body> around it (without scripts).
 */
async function snapshot(page, into) {
  const taken = await page.evaluate((withShell) => {
    const clean = (html) => html.replace(/<!---->/g, '');
    let shell = null;
    if (withShell) {
      const body = document.body.cloneNode(true);
      body.querySelectorAll('script').forEach((s) => s.remove());
      body.querySelector('main').replaceChildren();
      shell = clean(body.outerHTML);
    }
    return { shell, main: clean(document.querySelector('main').innerHTML), title: document.title };
  }, into.shell === null);
  if (taken.shell) into.shell = taken.shell;
  into.pages.push({ main: taken.main, title: taken.title });
}

/**
 * Answers the whole questionnaire (PLAN) by taps, from its first question;
 * every one-tap answer is timed to the next question (or the check page)
 * painted. Returns the times. A second pass over answered questions works
 * the same way, so the caller repeats it until it has enough.
 */
export async function questionnaire(page, lang, snapshots = null) {
  const qn = messages(lang, 'questions.ftl');
  const taps = [];
  await page.goto(page.url().split('#')[0] + '#/questions/' + Object.keys(PLAN)[0]);
  await page.waitForSelector('section.question');
  for (;;) {
    const q = await currentQuestion(page);
    if (!q) break;
    const action = PLAN[q];
    if (action.choice) {
      const option = page.locator(`button.option[data-code="${action.choice}"]`);
      if (snapshots) await snapshot(page, snapshots);
      taps.push(await timedTap(page, option,
        `(document.querySelector('section.question')?.dataset.question ?? 'check') !== ${JSON.stringify(q)} && document.querySelector('main h1')`));
      await page.waitForFunction((prev) => (document.querySelector('section.question')?.dataset.question ?? '') !== prev, q);
    } else {
      await answer(page, q, action, { keyboard: false, qn });
    }
  }
  await page.waitForSelector('.check-answers');
  return taps;
}

/**
 * The pathway, then its QR code, for a fully answered questionnaire (the
 * page is on its check page or after it), as the person comes to them:
 * from the last question to the check page, which builds the pathway
 * hidden while they read, then the tap that shows it. Also the pathway
 * opened from the menu elsewhere, which builds it on the tap.
 */
export async function measurePathway(page, server, { lang, reps }) {
  const pw = messages(lang, 'pathway.ftl');
  const pathway = [];
  const qr = [];
  const both = [];
  const complete = [];
  const ready = [];
  const shown = (selector) => `document.querySelector(${JSON.stringify(selector)})?.checkVisibility()`;
  for (let i = 0; i < reps; i++) {
    await page.goto(server.appUrl + '#/questions');
    await page.waitForSelector('section.questionnaire-start');
    ready.push(await page.evaluate(() => new Promise((resolve) => {
      // From the check page's first change in the page to the pathway's first
      // screen built, hidden: the work done while the person reads.
      let start = null;
      const observer = new MutationObserver(() => {
        if (start === null && document.querySelector('section.check-answers')) start = performance.now();
        if (start !== null && document.querySelector('section.pathway .timing-group')) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(document, { subtree: true, childList: true });
      location.hash = '#/questions/check';
    })));
    // The first timing group is the budget's; `complete`, the whole page.
    const a = await timedTap(page, page.locator('a.button[href="#/pathway"]'), shown('section.pathway .timing-group'),
      shown('section.pathway .take-away'));
    complete.push(a.complete);
    const b = await timedTap(page, page.getByRole('button', { name: pw['pw-show-qr'] }), "document.querySelector('#qr-panel svg.qr') && !document.querySelector('#qr-panel').hidden");
    pathway.push(a);
    qr.push(b);
    both.push({
      total: a.total + b.total,
      untilChanged: a.untilChanged + b.untilChanged,
      frameWait: a.frameWait + b.frameWait,
      frame: a.frame + b.frame,
    });
  }
  // The pathway from the menu, elsewhere than the check page: built on the tap.
  const fromMenu = [];
  const nav = messages(lang, 'app.ftl')['pw-nav'];
  for (let i = 0; i < reps; i++) {
    await page.goto(server.appUrl + '#/questions');
    await page.waitForSelector('section.questionnaire-start');
    fromMenu.push(await timedTap(page, page.getByRole('navigation').getByRole('link', { name: nav }), shown('section.pathway .timing-group')));
    // The address follows when the browser is idle; the next round starts from it.
    await page.waitForFunction(() => location.hash === '#/pathway');
  }
  return {
    pathwayReady: stats(ready),
    pathwayFromMenu: tapStats(fromMenu),
    pathway: tapStats(pathway),
    pathwayComplete: stats(complete),
    qr: tapStats(qr),
    pathwayAndQr: tapStats(both),
  };
}

export async function measureInteractions(browser, server, { lang, endonym, otherLang, otherEndonym, topic, reps }) {
  const out = {};
  const pw = messages(lang, 'pathway.ftl');
  const { context, page, cdp } = await throttledPage(browser, { lang });
  await page.goto(server.appUrl + '#/language');
  await page.waitForSelector('#main h1', { timeout: 60000 });
  await chooseLanguage(page, endonym, lang);

  // Next question after a tap: one or more passes through the questionnaire.
  // The first pass also keeps each question page as static HTML.
  const taps = [];
  const samePages = { shell: null, pages: [] };
  while (taps.length < reps) taps.push(...(await questionnaire(page, lang, taps.length ? null : samePages)));
  out.nextQuestion = tapStats(taps);
  // Not part of the results: run.mjs makes a floor page of them.
  Object.defineProperty(out, 'questionPages', { value: samePages, enumerable: false });

  // Memory after a full questionnaire.
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  out.memory = {
    wasmBytes: await page.evaluate(() => window.__wasmMemory?.buffer?.byteLength ?? null),
    jsHeapUsedBytes: heap.usedSize,
    jsHeapTotalBytes: heap.totalSize,
  };

  Object.assign(out, await measurePathway(page, server, { lang, reps }));

  // The handover link the person would share.
  await page.getByRole('button', { name: pw['pw-share'] }).tap();
  await page.waitForFunction(() => window.__shared);
  const handoverUrl = await page.evaluate(() => window.__shared.url);
  await context.close();

  // Language switch, from a guide topic: the header's language link, then a
  // language. Not cached: the first switch after a fresh start, over slow 4G
  // with the browser cache off. Cached: switching back and forth again.
  const uncached = [];
  const cached = [];
  const sw = await throttledPage(browser, { lang });
  await sw.page.goto(server.appUrl + '#/language');
  await sw.page.waitForSelector('#main h1', { timeout: 60000 });
  await chooseLanguage(sw.page, endonym, lang);
  await sw.cdp.send('Network.enable');
  await sw.cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const topicUrl = server.appUrl + '#/guide/' + topic;
  const switchTo = async (toEndonym, toCode) => {
    await sw.page.locator('.language-link').tap();
    await sw.page.waitForSelector('button.language-button');
    const button = sw.page.locator('button.language-button').filter({ hasText: toEndonym }).first();
    const ms = await timedTap(sw.page, button,
      `document.documentElement.lang === ${JSON.stringify(toCode)} && document.querySelector('article.topic h1')`);
    await sw.page.waitForFunction((c) => document.documentElement.lang === c && document.querySelector('article.topic h1'), toCode);
    return ms;
  };
  for (let i = 0; i < reps; i++) {
    await sw.cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await sw.page.goto(topicUrl);
    await sw.page.reload();
    await sw.page.waitForSelector('article.topic h1', { timeout: 60000 });
    await sw.cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    uncached.push((await switchTo(otherEndonym, otherLang)).total);
    cached.push((await switchTo(endonym, lang)).total);
    cached.push((await switchTo(otherEndonym, otherLang)).total);
    // Back to the person's language for the next round (not timed).
    await switchTo(endonym, lang);
  }
  await sw.context.close();
  out.languageSwitchUncached = stats(uncached);
  out.languageSwitchCached = stats(cached);

  // Opening a handover link on the caseworker's computer: from navigation to
  // the answers table painted. The browser has the app's files cached (a
  // caseworker opens links often); the app itself starts from nothing.
  const opening = [];
  const cw = await throttledPage(browser, { lang: 'fi-FI' });
  for (let i = 0; i < reps; i++) {
    const p = await cw.context.newPage();
    const cdp = await cw.context.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await p.goto('about:blank');
    await p.goto(handoverUrl);
    await p.waitForSelector('section.caseworker table', { timeout: 60000 });
    opening.push(await p.evaluate(() => window.__tableShown));
    await p.close();
  }
  await cw.context.close();
  out.handoverOpen = stats(opening);
  return out;
}

/**
 * The floor: taps on a static question page (tap_baseline.mjs), timed as
 * the app's answers are.
 */
export async function measureTapFloor(browser, url, { lang, reps }) {
  const { context, page } = await throttledPage(browser, { lang });
  await page.goto(url);
  await page.waitForSelector('button.option');
  const taps = [];
  for (let i = 0; i < reps; i++) {
    const before = await page.evaluate(() => document.querySelector('section.question').dataset.question);
    taps.push(await timedTap(page, page.locator('button.option').first(),
      `document.querySelector('section.question')?.dataset.question !== ${JSON.stringify(before)}`));
  }
  await context.close();
  return tapStats(taps);
}
