// Twenty-two languages: each new one chosen on the first screen (before the
// app has started) gives the page its language and direction, a guide and a
// topic in it, and no accessibility violation. Right-to-left ones also get a
// question page and a print view with columns in the right directions. The
// first screen lists every language within reach on a 320 px phone.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  startServer, launchBrowser, openPage, appReady, axeViolations, messages, plain, mainHeading, ROOT,
  slowStart,
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

/** languages.toml's entries, in file order. */
function listed() {
  const src = readFileSync(join(ROOT, 'locales', 'languages.toml'), 'utf8');
  return src.split('[[locale]]').slice(1).map((block) => Object.fromEntries(
    [...block.matchAll(/^([a-z-]+) = "([^"]*)"$/gm)].map((m) => [m[1], m[2]])));
}

const ALL = listed();

const NEW = ['et', 'ckb', 'kmr', 'ti', 'prs', 'ps', 'ur', 'tr', 'zh-Hans', 'es', 'fr', 'vi', 'th', 'sq'];
const RTL = ALL.filter((l) => l.dir === 'rtl').map((l) => l.code);

test('the first screen offers all 22 languages by their own names, each a 44 px target within reach at 320 px', async () => {
  assert.equal(ALL.length, 22);
  const { page, context, release } = await slowStart(browser, server, { locale: 'ti-ER', viewport: { width: 320, height: 640 }, touch: true });
  await page.goto(server.url);
  await page.waitForSelector('#first-screen:not([hidden])');
  const buttons = page.locator('#first-screen button[data-locale]');
  assert.equal(await buttons.count(), 22);
  // The device's language first, highlighted, across the row.
  const first = buttons.first();
  assert.equal(await first.getAttribute('data-locale'), 'ti');
  assert.ok((await first.getAttribute('class')).includes('suggested'));
  // Then the municipality's first ones.
  const order = await buttons.evaluateAll((bs) => bs.map((b) => b.dataset.locale));
  assert.deepEqual(order.slice(1, 4), ['fi', 'sv', 'en']);
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  for (const l of ALL) {
    const b = page.locator(`#first-screen button[data-locale="${l.code}"]`);
    assert.equal(plain(await b.locator('.endonym').textContent()), l.endonym, l.code);
    if (l['name-fi']) assert.equal(plain(await b.locator('.language-name-fi').textContent()), l['name-fi'], l.code);
    await b.scrollIntoViewIfNeeded();
    const box = await b.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, `${l.code}: ${box.width}×${box.height}`);
    assert.ok(box.x >= 0 && box.x + box.width <= width + 0.5, `${l.code} within the screen's width`);
  }
  // No sideways scrolling, and the grid keeps two languages a row.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  const rows = await buttons.evaluateAll((bs) => new Set(bs.slice(1).map((b) => Math.round(b.getBoundingClientRect().top))).size);
  assert.ok(rows <= 11, `${rows} rows for 21 languages`);
  assert.deepEqual(await axeViolations(page), []);
  release();
  await context.close();
});

for (const code of NEW) {
  test(`${code}: chosen on the first screen, the guide and a topic in ${code}, axe clean`, async () => {
    const info = ALL.find((l) => l.code === code);
    const app = messages(code, 'app.ftl');
    const guide = messages(code, 'guide.ftl');
    const { page, context, release } = await slowStart(browser, server, { locale: 'de-DE' });
    await page.goto(server.url);
    await page.waitForSelector('#first-screen:not([hidden])');
    await page.locator(`#first-screen button[data-locale="${code}"]`).click();
    // The tap is kept for the app, which then starts in that language.
    release();
    await appReady(page);
    await page.waitForFunction((c) => document.documentElement.lang === c && !document.getElementById('first-screen'), code);
    assert.equal(await page.evaluate(() => document.documentElement.dir), info.dir);
    // The machine-made notice says so, in the language.
    assert.equal(plain(await page.locator('.notice-machine').first().textContent()), plain(app['notice-machine']));
    // The guide from the menu, then a topic from its list.
    await page.locator('nav a[href="#/guide"]').first().click();
    await page.waitForFunction(() => location.hash === '#/guide');
    assert.equal(plain(await mainHeading(page).textContent()), plain(app['guide-title']));
    await page.locator('main').getByRole('link', { name: plain(guide['topic-health-care-title']), exact: true }).first().click();
    await page.waitForFunction(() => location.hash === '#/guide/health-care');
    assert.equal(plain(await mainHeading(page).textContent()), plain(guide['topic-health-care-title']));
    assert.equal(plain(await page.locator('main .lead').textContent()), plain(guide['topic-health-care-summary']));
    assert.deepEqual(await axeViolations(page), [], code);
    await context.close();
  });
}

for (const code of RTL) {
  test(`${code}: a question page and the print view read right to left`, async () => {
    const questions = messages(code, 'questions.ftl');
    const { page, context } = await openPage(browser, server);
    await page.goto(server.url + '#/language');
    await appReady(page);
    await page.locator(`button.language-button[lang="${code}"]`).click();
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    await page.goto(server.url + '#/questions/jobseeker');
    await mainHeading(page).waitFor();
    assert.equal(plain(await mainHeading(page).textContent()), plain(questions['q-jobseeker']));
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('main')).direction), 'rtl');
    // Options run right to left: the first option's text starts at the right.
    const option = page.locator('button.option').first();
    assert.equal(await option.evaluate((b) => getComputedStyle(b).direction), 'rtl');
    assert.deepEqual(await axeViolations(page), [], `${code} question`);
    await option.click();
    await page.waitForFunction(() => !location.hash.startsWith('#/questions/jobseeker'));
    // The print view: the person's language right to left, Finnish left to right.
    const pw = messages(code, 'pathway.ftl');
    await page.goto(server.url + '#/pathway');
    await page.getByRole('link', { name: plain(pw['pw-print']) }).click();
    await page.locator('table.bilingual').waitFor();
    const row = page.locator('tr[data-question="jobseeker"]');
    assert.equal(await row.locator(`td[lang="${code}"]`).getAttribute('dir'), 'rtl');
    assert.equal(await row.locator('td[lang="fi"]').getAttribute('dir'), 'ltr');
    assert.equal(await row.locator(`td[lang="${code}"]`).evaluate((td) => getComputedStyle(td).direction), 'rtl');
    assert.equal(await row.locator('td[lang="fi"]').evaluate((td) => getComputedStyle(td).direction), 'ltr');
    assert.ok(plain(await row.locator(`td[lang="${code}"] .a`).textContent()).length > 0);
    await context.close();
  });
}
