// Every page a person can land on from a link (DESIGN.md "Performance
// budgets"), and each one's static HTML baseline.
//
// The pages: the start page (the language screen on a first visit), the
// guide index, every guide topic (the catalogue in src/domain/topics.rs,
// plus any topic the built guide index links to, such as the
// municipality's local topic), the checklist (the first-steps topic), the
// questionnaire's start page and a handover link of a fully answered
// questionnaire.
//
// The baseline of a page is the app's own page as it ends up on screen on a
// first visit, kept as static HTML: the same markup, text and stylesheet,
// with every script and preload taken out. Same text, no app: the figure no
// app can beat on that page.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { throttledPage, questionnaire } from './interactions.mjs';
import { messages } from '../tests/e2e/harness.mjs';

const CHECKLIST_TOPIC = 'first-steps';

/** Topic ids of the TOPICS catalogue in `topicsRs` (src/domain/topics.rs). */
export function catalogueTopics(topicsRs) {
  const src = readFileSync(topicsRs, 'utf8');
  const start = src.indexOf('pub const TOPICS');
  if (start < 0) throw new Error(`${topicsRs}: no TOPICS catalogue`);
  const block = src.slice(start, src.indexOf('\n];', start));
  return [...block.matchAll(/^\s*id:\s*"([a-z0-9-]+)"/gm)].map((m) => m[1]);
}

/**
 * The catalogue of the tree that `dist` was built from (its parent folder,
 * when that holds the sources), else that of `root`.
 */
export function catalogueFor(dist, root) {
  const own = join(dirname(dist), 'src', 'domain', 'topics.rs');
  return catalogueTopics(existsSync(own) ? own : join(root, 'src', 'domain', 'topics.rs'));
}

/** Waits until the app has drawn its own page (not the first screen) and the network is quiet. */
export async function appSettled(page, server) {
  await page.waitForFunction(
    () => !document.getElementById('first-screen') && document.querySelector('main#main h1'),
    null,
    { timeout: 60000 },
  );
  let last = -1;
  while (last !== server.log.length) {
    last = server.log.length;
    await page.waitForTimeout(700);
  }
}

/**
 * Topic links on the built guide index, opened in `lang` on a first visit
 * (ids, in the order shown).
 */
async function indexTopics(browser, server, lang) {
  const context = await browser.newContext({ locale: lang, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(server.appUrl + '#/guide');
    await appSettled(page, server);
    return await page.evaluate(() => [...document.querySelectorAll('main#main a[href^="#/guide/"]')]
      .map((a) => a.getAttribute('href').slice('#/guide/'.length))
      .filter((id) => /^[a-z0-9-]+$/.test(id)));
  } finally {
    await context.close();
  }
}

/**
 * A handover link's hash (`#/handover/<payload>`) for the full
 * questionnaire of tests/e2e/questionnaire-plan.mjs, as the pathway's
 * share button gives it. Answered at full speed: nothing here is timed.
 */
export async function handoverHash(browser, server, { lang, endonym }) {
  const { context, page, cdp } = await throttledPage(browser, { lang });
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.goto(server.appUrl + '#/language');
    await page.locator('button.language-button').filter({ hasText: endonym }).first().click();
    await page.waitForFunction((c) => document.documentElement.lang === c, lang);
    await questionnaire(page, lang);
    await page.evaluate(() => { location.hash = '#/pathway'; });
    await page.getByRole('button', { name: messages(lang, 'pathway.ftl')['pw-share'] }).click();
    await page.waitForFunction(() => window.__shared);
    const url = await page.evaluate(() => window.__shared.url);
    const hash = url.slice(url.indexOf('#'));
    if (!hash.startsWith('#/handover/')) throw new Error(`the share button gave ${url}, not a handover link`);
    return hash;
  } finally {
    await context.close();
  }
}

/**
 * Every landing page: { name, hash }. `topics`: the catalogue's ids;
 * topics linked from the built guide index but not in the catalogue (the
 * local topic) are added after them.
 */
export async function landingPages(browser, server, { lang, endonym, topics }) {
  const linked = await indexTopics(browser, server, lang);
  const all = [...topics, ...linked.filter((id) => !topics.includes(id))];
  const missing = topics.filter((id) => !linked.includes(id));
  if (missing.length) process.stderr.write(`  note: the guide index links no topic ${missing.join(', ')}; measured all the same\n`);
  const pages = [
    { name: 'start page (language screen)', hash: '' },
    { name: 'guide index', hash: '#/guide' },
    ...all.map((id) => ({ name: id === CHECKLIST_TOPIC ? `checklist (topic ${id})` : `topic ${id}`, hash: `#/guide/${id}` })),
    { name: 'questionnaire start', hash: '#/questions' },
    { name: 'handover link', hash: await handoverHash(browser, server, { lang, endonym }) },
  ];
  return pages;
}

/**
 * The app's page at `hash`, as a first visit in `lang` ends up showing it,
 * as a static HTML page: scripts, preloads and the first screen removed, a
 * <base> so that its stylesheet and images come from the app's folder.
 */
export async function staticSnapshot(browser, server, { lang, hash }) {
  const context = await browser.newContext({ locale: lang, serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
  try {
    const page = await context.newPage();
    await page.goto(server.appUrl + hash);
    await appSettled(page, server);
    const html = await page.evaluate((base) => {
      const root = document.documentElement.cloneNode(true);
      root.querySelectorAll('script, noscript, #first-screen, link[rel="preload"], link[rel="modulepreload"]').forEach((el) => el.remove());
      const b = document.createElement('base');
      b.href = base;
      root.querySelector('head').prepend(b);
      return '<!DOCTYPE html>\n' + root.outerHTML.replace(/<!---->/g, '');
    }, server.appUrl);
    if (/<script/i.test(html)) throw new Error(`the snapshot of '${hash}' still holds a script`);
    return html;
  } finally {
    await context.close();
  }
}

/** A file name for a page's baseline, from its hash. */
export function baselineName(hash, lang) {
  const slug = hash.replace(/^#\/?/, '').replace(/^handover\/.*/, 'handover').replace(/[^a-z0-9]+/g, '-') || 'start';
  return `${slug}.${lang}.html`;
}
