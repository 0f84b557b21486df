// The language screen that the build writes into index.html
// (src/domain/first_screen.rs, scripts/first-screen.js): shown before the
// wasm has arrived, in the device's language, replaced by the app's own
// screen without moving, and a tap on it counts. A link to a guide topic
// shows the top of that topic the same way.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, appReady, axeViolations, messages, plain, slowStart } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const LOCALE_KEY = 'newcomer-guide.v1.locale';


/** Where the heading and each language button are, and what they say. */
function layout(page, root) {
  return page.evaluate((sel) => {
    const box = (el) => { const r = el.getBoundingClientRect(); return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]; };
    const scope = document.querySelector(sel);
    return {
      h1: [scope.querySelector('h1').textContent, box(scope.querySelector('h1'))],
      buttons: [...scope.querySelectorAll('button.language-button')].map((b) => [b.textContent, box(b), b.classList.contains('suggested')]),
    };
  }, root);
}

test('Arabic device: the first screen shows before the app, in Arabic, and the app takes its place without moving it', async () => {
  const { page, context, errors, release, foreignRequests } = await slowStart(browser, server, { locale: 'ar' });
  const app = messages('ar', 'app.ftl');
  await page.goto(server.url);
  await page.waitForSelector('#first-screen:not([hidden])');
  // No wasm yet: what shows is the build's screen, with no spinner.
  assert.equal(await page.locator('.loading').isVisible().catch(() => false), false);
  assert.deepEqual(
    await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ['ar', 'rtl'],
  );
  assert.equal(plain(await page.locator('#first-screen h1').textContent()), app['language-title']);
  assert.equal(plain(await page.locator('#first-screen .notice-machine').textContent()), app['notice-machine']);
  const suggested = page.locator('#first-screen button.suggested');
  assert.equal(await suggested.count(), 1);
  assert.match(plain(await suggested.textContent()), /^العربية/);
  assert.equal(plain(await suggested.locator('.language-hint').textContent()), app['language-suggested']);
  assert.deepEqual(await axeViolations(page), []);
  const before = await layout(page, '#first-screen');

  release();
  await appReady(page);
  assert.equal(await page.locator('#first-screen').count(), 0, 'the build\'s screen is gone');
  const after = await layout(page, '#main');
  // The same heading and buttons, in the same places.
  assert.deepEqual(after, before);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests(), []);
  await context.close();
});

test('a tap on the first screen before the app has started chooses the language', async () => {
  const { page, context, errors, release } = await slowStart(browser, server, { locale: 'fi-FI' });
  await page.goto(server.url + '#/language');
  await page.waitForSelector('#first-screen:not([hidden])');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fi');
  const svenska = page.locator('#first-screen button[data-locale="sv"]');
  await svenska.click();
  assert.equal(await svenska.getAttribute('aria-current'), 'true');
  // The choice waits for the app: nothing is stored by the page itself.
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), LOCALE_KEY), null);

  release();
  await page.waitForFunction(() => document.querySelector('#main h1') && document.documentElement.lang === 'sv');
  const sv = messages('sv', 'app.ftl');
  assert.equal(plain(await page.locator('#main h1').textContent()), sv['home-title']);
  assert.equal(new URL(page.url()).hash, '#/');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), LOCALE_KEY), 'sv');
  // And it is kept: a reload opens the app in Swedish, with no first screen.
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('#first-screen').isVisible(), false);
  assert.equal(plain(await page.locator('#main h1').textContent()), sv['home-title']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a menu link followed before the app has started leaves the first screen for that page', async () => {
  const { page, context, errors, release } = await slowStart(browser, server, { locale: 'en-US' });
  await page.goto(server.url);
  await page.waitForSelector('#first-screen:not([hidden])');
  await page.locator('#first-screen nav a[href="#/guide"]').click();
  // A loading screen stands in for the language screen until the app shows the guide.
  await page.waitForSelector('#first-screen main', { state: 'hidden' });
  assert.equal(await page.locator('#first-screen .loading').isVisible(), true);
  assert.equal(plain(await page.locator('#first-screen .loading').textContent()), messages('en', 'app.ftl').loading);
  assert.equal(await page.locator('#first-screen nav').isVisible(), true);
  await page.goBack();
  await page.waitForSelector('#first-screen main', { state: 'visible' });
  assert.equal(await page.locator('#first-screen .loading').isVisible(), false);
  await page.goForward();
  await page.waitForSelector('#first-screen main', { state: 'hidden' });
  release();
  await appReady(page);
  assert.equal(plain(await page.locator('#main h1').textContent()), messages('en', 'app.ftl')['guide-title']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the first screen is only for a first visit to the start page or language screen (or a topic, below)', async () => {
  const { page, context, release } = await slowStart(browser, server, { locale: 'en-US' });
  release();
  const shown = [];
  await page.exposeFunction('__firstScreenShown', () => shown.push(true));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const el = document.getElementById('first-screen');
      if (el && !el.hidden) window.__firstScreenShown();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  // Another page asked for: the app shows it; the build's screen stays hidden.
  await page.goto(server.url + '#/guide');
  await appReady(page);
  assert.equal(plain(await page.locator('#main h1').textContent()), messages('en', 'app.ftl')['guide-title']);
  assert.deepEqual(shown, []);
  // A language already chosen: the start page comes straight from the app.
  await page.evaluate((k) => localStorage.setItem(k, 'fi'), LOCALE_KEY);
  await page.goto(server.url + '#/');
  await page.reload();
  await appReady(page);
  assert.equal(plain(await page.locator('#main h1').textContent()), messages('fi', 'app.ftl')['home-title']);
  assert.deepEqual(shown, []);
  // The observer works: a first visit to the start page does show it.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await appReady(page);
  assert.ok(shown.length > 0);
  await context.close();
});

test('kiosk: the first screen ignores a stored language and its tap stores nothing', async () => {
  const { page, context, errors, release } = await slowStart(browser, server, { locale: 'en-US' });
  await page.goto(server.url);
  await page.evaluate((k) => localStorage.setItem(k, 'fi'), LOCALE_KEY);
  await page.goto(server.url.replace(/\/$/, '/') + '?kiosk=1#/');
  await page.waitForSelector('#first-screen:not([hidden])');
  await page.locator('#first-screen button[data-locale="ar"]').click();
  release();
  await page.waitForFunction(() => document.querySelector('#main h1') && document.documentElement.lang === 'ar');
  assert.equal(plain(await page.locator('#main h1').textContent()), messages('ar', 'app.ftl')['home-title']);
  // The earlier visitor's stored language is left as it was, nothing added.
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), { [LOCALE_KEY]: 'fi' });
  assert.deepEqual(errors, []);
  await context.close();
});

/** Where the topic's heading, summary, steps and read-aloud button are. */
function topicLayout(page, root) {
  return page.evaluate((sel) => {
    const box = (el) => { const r = el.getBoundingClientRect(); return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]; };
    const scope = document.querySelector(sel);
    const pick = (q) => [...scope.querySelectorAll(q)].map((el) => [el.textContent.trim(), box(el)]);
    return {
      crumb: pick('.breadcrumb a'), h1: pick('h1'), readAloud: pick('.read-aloud button'),
      lead: pick('.lead'), steps: pick('ol.steps li'), nav: pick('.site-nav a[aria-current="page"]'),
    };
  }, root);
}

test('a link to a topic on a first visit shows the top of the topic before the app, which takes its place without moving it', async () => {
  const { page, context, errors, release, foreignRequests } = await slowStart(browser, server, { locale: 'ar' });
  const guide = messages('ar', 'guide.ftl');
  const app = messages('ar', 'app.ftl');
  await page.goto(server.url + '#/guide/kela');
  await page.waitForSelector('#first-screen:not([hidden]) article.topic');
  assert.deepEqual(
    await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title]),
    ['ar', 'rtl', guide['topic-kela-title']],
  );
  assert.equal(plain(await page.locator('#first-screen h1').textContent()), guide['topic-kela-title']);
  assert.equal(plain(await page.locator('#first-screen .lead').textContent()), guide['topic-kela-summary']);
  const steps = Object.keys(guide).filter((k) => /^topic-kela-step-\d+$/.test(k));
  assert.ok(steps.length > 0);
  assert.deepEqual((await page.locator('#first-screen ol.steps li').allTextContents()).map(plain), steps.map((k) => guide[k]));
  assert.equal(plain(await page.locator('#first-screen .read-aloud button').textContent()), app['read-aloud']);
  assert.equal(plain(await page.locator('#first-screen .notice-machine').textContent()), app['notice-machine']);
  assert.deepEqual(await axeViolations(page), []);
  const before = await topicLayout(page, '#first-screen');

  release();
  await page.waitForFunction(() => !document.getElementById('first-screen') && document.querySelector('#main article.topic h1'));
  assert.deepEqual(await topicLayout(page, 'body'), before, 'the same texts in the same places');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests(), []);
  await context.close();
});

test('a topic link: in the language chosen before; the checklist topic and a topic without its texts are left to the app', async () => {
  const { page, context, errors, release } = await slowStart(browser, server, { locale: 'ar' });
  await page.goto(server.url);
  await page.evaluate((k) => localStorage.setItem(k, 'fi'), LOCALE_KEY);
  await page.goto(server.url + '#/guide/kela');
  await page.reload();
  await page.waitForSelector('#first-screen:not([hidden]) article.topic');
  assert.equal(plain(await page.locator('#first-screen h1').textContent()), messages('fi', 'guide.ftl')['topic-kela-title']);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fi');

  // The checklist shows the person's own ticks: only the app draws it.
  await page.goto(server.url + '#/guide/first-steps');
  await page.reload();
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#first-screen').isHidden(), true);
  // An unknown topic: the app's not-found page, nothing before it (once the
  // script has read the texts it looked in).
  await page.goto(server.url + '#/guide/no-such-topic');
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/fi/guide.ftl')));
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#first-screen').isHidden(), true);
  release();
  await appReady(page);
  assert.equal(plain(await page.locator('#main h1').textContent()), messages('fi', 'app.ftl')['not-found-title']);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a topic link: the municipality's own text for the topic (local/<lang>.ftl) shows before the app as in it", async () => {
  const { page, context, errors, release } = await slowStart(browser, server, { locale: 'ar' });
  const own = 'نص البلدية عن كيلا.';
  await context.route(/\/local\/ar\.ftl$/, (route) => route.fulfill({
    status: 200,
    contentType: 'text/plain; charset=utf-8',
    body: `topic-kela-summary = ${own}\n`,
  }));
  await page.goto(server.url + '#/guide/kela');
  await page.waitForSelector('#first-screen:not([hidden]) article.topic');
  assert.equal(plain(await page.locator('#first-screen .lead').textContent()), own);
  const before = await topicLayout(page, '#first-screen');
  release();
  await page.waitForFunction(() => !document.getElementById('first-screen') && document.querySelector('#main article.topic h1'));
  assert.equal(plain(await page.locator('#main .lead').textContent()), own);
  assert.deepEqual(await topicLayout(page, 'body'), before);

  // A local text with a placeable can only be formatted by the app: the
  // script leaves the topic to it.
  await context.unrouteAll();
  await context.route(/_bg\.wasm$/, async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
  await context.route(/\/local\/ar\.ftl$/, (route) => route.fulfill({
    status: 200,
    contentType: 'text/plain; charset=utf-8',
    body: 'topic-kela-summary = { $x }\n',
  }));
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/local/ar.ftl')));
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#first-screen').isHidden(), true);
  await appReady(page);
  assert.deepEqual(errors, []);
  await context.close();
});
