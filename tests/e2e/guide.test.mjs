// The shell and the guide as a person uses them: choose a language, browse,
// search, tick the checklist, reload — in a left-to-right and a right-to-left
// language — with an accessibility audit and no request leaving the origin.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, openPage, appReady, axeViolations, messages, topicIds, plain, stubSpeech, BASE_PATH,
} from './harness.mjs';

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

const ENDONYMS = { ar: 'العربية', fi: 'Suomi', en: 'English' };

/** A word of the topic's body that no other topic contains. */
function distinctiveWord(code, topic) {
  const guide = messages(code, 'guide.ftl');
  const words = (s) => (s.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
  const textOf = (id) => Object.entries(guide)
    .filter(([k]) => k.startsWith(`topic-${id}-`))
    .map(([, v]) => v).join(' ').toLowerCase();
  const others = topicIds().filter((id) => id !== topic).map(textOf).join(' ');
  const body = Object.entries(guide)
    .filter(([k]) => k.startsWith(`topic-${topic}-step-`))
    .map(([, v]) => v).join(' ');
  const candidates = words(body).filter((w) => !others.includes(w)).sort((a, b) => b.length - a.length);
  assert.ok(candidates.length > 0, `no distinctive word for ${topic} in ${code}`);
  return candidates[0];
}

async function chooseLanguage(page, code) {
  // The suggested language's button also carries a hint, so match the start.
  await page.getByRole('button', { name: new RegExp('^' + ENDONYMS[code]) }).click();
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

for (const [code, dir] of [['ar', 'rtl'], ['fi', 'ltr']]) {
  describe(`guide in ${code}`, () => {
    test('first visit: choose the language, browse, open a topic, search, reload', async () => {
      const app = messages(code, 'app.ftl');
      const guide = messages(code, 'guide.ftl');
      const { page, context, foreignRequests, errors } = await openPage(browser, server, { locale: 'en-GB' });
      await page.goto(server.url);
      await appReady(page);

      // The first-visit screen, in the browser's language (English here).
      assert.equal(plain(await page.locator('main h1').textContent()), messages('en', 'app.ftl')['language-title']);
      await chooseLanguage(page, code);
      assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
      assert.equal(plain(await page.locator('main h1').textContent()), app['home-title']);

      // The guide lists every topic, in the chosen language.
      await page.getByRole('navigation').getByRole('link', { name: app['nav-guide'], exact: true }).click();
      await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, app['guide-title']);
      const listed = await page.locator('main .topic-list').last().locator('li:not(.local-topic) a').allTextContents();
      assert.deepEqual(listed.map(plain), topicIds().map((id) => guide[`topic-${id}-title`]));

      // Open a topic: its title is the page heading, and focus is on it.
      await page.getByRole('link', { name: guide['topic-kela-title'], exact: true }).click();
      await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, guide['topic-kela-title']);
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.ok((await page.locator('main').textContent()).includes(guide['topic-kela-step-1']));
      assert.ok(await page.locator('main').getByText('Kela', { exact: true }).count() >= 1, 'Finnish name shown');

      // Search by a word that only the Kela topic's body contains.
      await page.getByRole('link', { name: app['topic-back'] }).click();
      const word = distinctiveWord(code, 'kela');
      await page.getByLabel(app['search-label']).fill(word.toUpperCase());
      await page.keyboard.press('Enter');
      const results = page.locator('.search-results');
      await results.waitFor();
      const hits = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(hits.includes('#/guide/kela'), `searching "${word}" found ${hits}`);

      // Reload: the language and the page stay.
      await page.reload();
      await appReady(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), code);
      assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
      assert.equal(plain(await page.locator('main h1').textContent()), app['guide-title']);

      assert.deepEqual(foreignRequests(), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

test('a first visit downloads its own language\'s text once, and no English text', async () => {
  const guide = messages('ar', 'guide.ftl');
  // Without the service worker: its offline copy is another matter (issue 5).
  const { page, context, errors } = await openPage(browser, server, { locale: 'ar', serviceWorkers: 'block' });
  const start = server.served.length;
  await page.goto(server.url);
  await appReady(page);
  await chooseLanguage(page, 'ar');
  await page.goto(server.url + '#/guide/kela');
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, guide['topic-kela-title']);
  const asked = server.served.slice(start).map((p) => p.slice(BASE_PATH.length));
  const count = (f) => asked.filter((p) => p === f).length;
  // Preloaded by index.html and the start-up script, then read by the app:
  // one request each means the app used the preloads.
  for (const f of ['locales/languages.toml', 'municipality.toml', 'local/ar.ftl', 'local/en.ftl',
    'locales/ar/app.ftl', 'locales/ar/guide.ftl']) {
    assert.equal(count(f), 1, `${f} asked for ${count(f)} times: ${asked.join(' ')}`);
  }
  // The questionnaire's and the pathway's texts wait for their pages.
  for (const f of ['locales/ar/questions.ftl', 'locales/ar/pathway.ftl']) assert.equal(count(f), 0, `${f} not needed yet`);
  await page.getByRole('navigation').getByRole('link', { name: messages('ar', 'app.ftl')['qn-nav'] }).click();
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, messages('ar', 'questions.ftl')['qn-title']);
  const later = server.served.slice(start).map((p) => p.slice(BASE_PATH.length));
  for (const f of ['locales/ar/questions.ftl', 'locales/ar/pathway.ftl']) {
    assert.equal(later.filter((p) => p === f).length, 1, `${f} once the questionnaire opens`);
  }
  assert.deepEqual(later.filter((p) => p.startsWith('locales/en/')), [], 'still no English file');
  assert.deepEqual(asked.filter((p) => p.startsWith('locales/en/')), [], 'every Arabic text exists, so no English file is needed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a search with no match says so and points to help', async () => {
  const app = messages('en', 'app.ftl');
  const { page, context } = await openPage(browser, server);
  await page.goto(server.url + '#/language');
  await appReady(page);
  await chooseLanguage(page, 'en');
  await page.goto(server.url + '#/guide');
  await page.getByLabel(app['search-label']).fill('xylophonequartz');
  await page.getByRole('button', { name: app['search-button'] }).click();
  await page.locator('.no-results').waitFor();
  assert.ok((await page.locator('.search-results h2').textContent()).includes('xylophonequartz'));
  await page.getByRole('link', { name: app['search-none-help'] }).click();
  await page.waitForFunction(() => location.hash === '#/guide/help');
  await context.close();
});

test('a tick on the first-steps checklist survives a reload', async () => {
  const guide = messages('en', 'guide.ftl');
  const app = messages('en', 'app.ftl');
  const { page, context } = await openPage(browser, server);
  await page.goto(server.url);
  await appReady(page);
  await chooseLanguage(page, 'en');
  await page.getByRole('link', { name: app['home-checklist-title'] }).click();
  await page.waitForFunction(() => location.hash === '#/guide/first-steps');
  const kela = page.getByLabel(guide['check-kela']);
  assert.equal(await kela.isChecked(), false);
  await page.getByText(guide['check-kela'], { exact: true }).click();
  assert.equal(await kela.isChecked(), true);
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel(guide['check-kela']).isChecked(), true);
  assert.equal(await page.getByLabel(guide['check-bank']).isChecked(), false);
  // The start page counts it too.
  await page.getByRole('link', { name: app['app-name'] }).click();
  assert.ok(plain(await page.locator('.cards').textContent()).includes('1'));
  await context.close();
});

test('an unknown route shows the not-found page with a way home', async () => {
  const app = messages('en', 'app.ftl');
  const { page, context } = await openPage(browser, server);
  await page.goto(server.url + '#/no/such/page');
  await appReady(page);
  assert.equal(plain(await page.locator('main h1').textContent()), app['not-found-title']);
  await page.getByRole('link', { name: app['not-found-home'] }).click();
  await page.waitForFunction(() => location.hash === '#/');
  // First visit: home is the language screen.
  assert.equal(plain(await page.locator('main h1').textContent()), app['language-title']);
  await context.close();
});

test('the language can be changed from any page in one tap, returning there', async () => {
  const guideFi = messages('fi', 'guide.ftl');
  const { page, context } = await openPage(browser, server, { locale: 'fi-FI' });
  await page.goto(server.url);
  await appReady(page);
  // A Finnish browser gets Finnish suggested (highlighted) on the first visit.
  const suggested = page.locator('.language-button.suggested');
  assert.equal(plain(await suggested.locator('.endonym').textContent()), 'Suomi');
  await chooseLanguage(page, 'en');
  await page.goto(server.url + '#/guide/tax');
  await appReady(page);
  await page.locator('.language-link').click();
  await chooseLanguage(page, 'fi');
  await page.waitForFunction(() => location.hash === '#/guide/tax');
  assert.equal(plain(await page.locator('main h1').textContent()), guideFi['topic-tax-title']);
  await context.close();
});

test('read-aloud says so when the device has no voice for the language', async () => {
  const app = messages('en', 'app.ftl');
  const { page, context } = await openPage(browser, server);
  // Headless Chromium has no speech voices: the honest answer is the message.
  await page.addInitScript(() => {
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] });
  });
  await page.goto(server.url + '#/language');
  await appReady(page);
  await chooseLanguage(page, 'en');
  await page.goto(server.url + '#/guide/health');
  await page.getByRole('button', { name: app['read-aloud'] }).click();
  await page.getByText(app['read-aloud-no-voice']).waitFor();
  await context.close();
});

test('read-aloud speaks the topic with a voice for the language', async () => {
  const app = messages('en', 'app.ftl');
  const guide = messages('en', 'guide.ftl');
  const { page, context } = await openPage(browser, server);
  // A stand-in voice and synthesiser record what would be spoken.
  await stubSpeech(page);
  await page.goto(server.url + '#/language');
  await appReady(page);
  await chooseLanguage(page, 'en');
  await page.goto(server.url + '#/guide/health');
  await page.getByRole('button', { name: app['read-aloud'] }).click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.ok(spoken[0].includes(guide['topic-health-title']));
  assert.ok(spoken[0].includes(guide['topic-health-step-2']));
  await page.getByRole('button', { name: app['read-aloud-stop'] }).waitFor();
  await context.close();
});

test('a missing text file falls back to English with a notice, never a blank page', async () => {
  const broken = await startServer({
    'locales/fi/guide.ftl': { status: 404, body: 'gone' },
    'locales/fi/app.ftl': { status: 200, body: 'home-title = Tervetuloa\nnotice-text-gaps = Osa teksteistä näkyy englanniksi.\nbroken = { \n' },
  });
  const { page, context } = await openPage(browser, broken, { locale: 'fi-FI' });
  await page.goto(broken.url + '#/language');
  await appReady(page);
  await chooseLanguage(page, 'fi');
  await page.goto(broken.url + '#/');
  await appReady(page);
  assert.equal(plain(await page.locator('main h1').textContent()), 'Tervetuloa');
  await page.getByText('Osa teksteistä näkyy englanniksi.').waitFor();
  await page.goto(broken.url + '#/guide/kela');
  assert.equal(plain(await page.locator('main h1').textContent()), messages('en', 'guide.ftl')['topic-kela-title']);
  await context.close();
  await broken.close();
});

test('machine-made translations are marked as such', async () => {
  const fi = messages('fi', 'app.ftl');
  const { page, context } = await openPage(browser, server);
  await page.goto(server.url + '#/language');
  await appReady(page);
  await chooseLanguage(page, 'fi');
  await page.getByText(fi['notice-machine']).waitFor();
  await chooseLanguageFromHeader(page, 'en');
  assert.equal(await page.locator('.notice-machine').count(), 0);
  await context.close();
});

async function chooseLanguageFromHeader(page, code) {
  await page.locator('.language-link').click();
  await chooseLanguage(page, code);
}

test('readable at 320 px: no sideways scrolling on guide and questionnaire pages', async () => {
  const { page, context } = await openPage(browser, server, { viewport: { width: 320, height: 640 } });
  await page.goto(server.url + '#/language');
  await appReady(page);
  for (const code of ['en', 'ar']) {
    await chooseLanguageFromHeader(page, code);
    for (const route of ['#/language', '#/', '#/guide', '#/guide/first-steps', '#/guide/integration',
      '#/questions', '#/questions/finnish', '#/questions/permit-date', '#/questions/other-languages', '#/questions/check']) {
      await page.goto(server.url + route);
      await appReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${code} ${route} overflows by ${overflow}px`);
    }
  }
  await context.close();
});

for (const code of ['en', 'ar']) {
  test(`accessibility audit (axe-core, WCAG 2.1 AA) in ${code}`, async () => {
    const { page, context } = await openPage(browser, server);
    await page.goto(server.url + '#/language');
    await appReady(page);
    await chooseLanguage(page, code);
    for (const route of ['#/language', '#/', '#/guide', '#/guide?q=kela', '#/guide/first-steps', '#/guide/emergency', '#/missing']) {
      await page.goto(server.url + route);
      await appReady(page);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${code} ${route}: ${JSON.stringify(violations, null, 1)}`);
    }
    await context.close();
  });
}
