// Municipality hosting as an admin, a newcomer and a kiosk user meet it:
// the example config's local offices and local topic, a broken config that
// still starts and lists its problems, and kiosk mode that stores nothing and
// clears itself for the next person.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer, launchBrowser, openPage, appReady, axeViolations, messages, plain } from './harness.mjs';

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

const EXAMPLE = readFileSync(join(ROOT, 'public', 'municipality.toml'), 'utf8');

async function chooseEnglish(page, url) {
  await page.goto(url + '#/language');
  await appReady(page);
  await page.getByRole('button', { name: /^English/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

async function answer(page, url, q, code) {
  await page.goto(url + '#/questions/' + q);
  await page.locator(`button.option[data-code="${code}"]`).click();
  await page.waitForFunction((id) => !location.hash.startsWith('#/questions/' + id), q);
}

async function storageIsEmpty(page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
  }));
}

test('the example config: name, colour, local offices on the pathway and in the guide, a local topic', async () => {
  const { page, context, errors } = await openPage(browser, server);
  await chooseEnglish(page, server.url);
  // The municipality's name and accent colour.
  await page.locator('.brand .municipality').waitFor();
  assert.equal(plain(await page.locator('.brand .municipality').textContent()), 'Esimerkkilä');
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor);
  assert.equal(accent, 'rgb(0, 96, 122)'); // #00607a
  // A person with international protection, not a jobseeker: the pathway
  // names the municipality, and the local office next to it.
  await answer(page, server.url, 'residence-basis', 'protection');
  await answer(page, server.url, 'jobseeker', 'no');
  await page.goto(server.url + '#/pathway');
  const step = page.locator('.step[data-step="assessment-municipality"]');
  await step.waitFor();
  const office = step.locator('xpath=following-sibling::div[contains(@class,"office")][1]');
  assert.equal(plain(await office.locator('.office-name').textContent()), 'Esimerkkilä integration services');
  assert.ok((await office.textContent()).includes('Mon–Thu 9–15, Fri 9–12'));
  assert.equal(await office.locator('a[href^="tel:"]').getAttribute('href'), 'tel:+358400001234');
  // The print view offers the config's caseworker languages only (fi, sv).
  await page.goto(server.url + '#/print');
  await page.locator('table.bilingual').waitFor();
  assert.deepEqual(await page.locator('[role="group"] button').allTextContents(), ['Suomi', 'Svenska']);
  // The guide's integration topic shows it too.
  await page.goto(server.url + '#/guide/integration');
  assert.equal(plain(await page.locator('.office .office-name').first().textContent()), 'Esimerkkilä integration services');
  // The local topic from local/en.ftl is listed and opens.
  await page.goto(server.url + '#/guide');
  await page.getByRole('link', { name: 'Services in Esimerkkilä' }).click();
  await page.waitForFunction(() => location.hash === '#/guide/local');
  assert.equal(plain(await page.locator('main h1').textContent()), 'Services in Esimerkkilä');
  assert.deepEqual(await axeViolations(page), []);
  // The admin page says all is well.
  await page.goto(server.url + '#/admin/config-check');
  await page.locator('.admin-ok').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken config still starts with defaults and lists every problem with its line', async () => {
  const broken = await startServer({
    'municipality.toml': {
      body: [
        'name = "Brokenby"',            // 1 fine
        'accent_colour = "#ffff00"',    // 2 too light
        'colour = "red"',               // 3 unknown field
        '[kiosk]',                      // 4
        'idle_seconds = "soon"',        // 5 wrong type
        '[[office]]',                   // 6
        'name = "Office"',              // 7
        'url = "http://insecure.example"', // 8 bad scheme
        'serves = ["no-such-step"]',    // 9 unknown step
        '[languages]',                  // 10
        'enabled = ["fi", "xx"]',       // 11 unknown locale
      ].join('\n'),
    },
  });
  const app = messages('en', 'app.ftl');
  const { page, context } = await openPage(browser, broken);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(broken.url + '#/admin/config-check');
  await appReady(page);
  // The app runs: the good parts apply, the bad ones fall back.
  await page.locator('.brand .municipality').waitFor();
  assert.equal(plain(await page.locator('.brand .municipality').textContent()), 'Brokenby');
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor);
  assert.equal(accent, 'rgb(11, 83, 148)', 'default colour');
  const problems = await page.locator('.config-problem').evaluateAll((ps) => ps.map((p) => [p.dataset.path, Number(p.dataset.line)]));
  assert.deepEqual(problems, [
    ['accent_colour', 2],
    ['colour', 3],
    ['kiosk.idle_seconds', 5],
    ['office[0].url', 8],
    ['office[0].serves[0]', 9],
    ['languages.enabled[1]', 11],
  ]);
  assert.ok((await page.locator('.config-problems').textContent()).includes(messages('en', 'admin.ftl')['config-problem-bad-url']));
  assert.equal(warnings.filter((w) => w.startsWith('municipality.toml line')).length, 6);
  assert.deepEqual(await axeViolations(page), []);
  // Only the enabled, known language is offered (plus nothing unknown).
  await page.goto(broken.url + '#/language');
  // From the settings check (staff.html) this is a new page load: wait for
  // the app, which reads the served config, to take over from the build's
  // first screen.
  await appReady(page);
  const offered = await page.locator('.language-button .endonym').allTextContents();
  assert.deepEqual(offered, ['Suomi']);
  await context.close();

  // Not TOML at all: defaults everywhere, one problem with its line.
  const garbage = await startServer({ 'municipality.toml': { body: 'name = "X"\n[kiosk\n' } });
  const g = await openPage(browser, garbage);
  await g.page.goto(garbage.url + '#/admin/config-check');
  await appReady(g.page);
  await g.page.locator('.config-problem').waitFor();
  assert.equal(await g.page.locator('.config-problem').getAttribute('data-line'), '2');
  assert.equal(await g.page.locator('.brand .municipality').count(), 0);
  await g.context.close();
  await garbage.close();
  await broken.close();
});

const KIOSK_CONFIG = EXAMPLE.replace('enabled = false', 'enabled = true').replace('idle_seconds = 90', 'idle_seconds = 5');

test('kiosk: idle timeout counts down, then clears everything for the next person', async () => {
  const kiosk = await startServer({ 'municipality.toml': { body: KIOSK_CONFIG } });
  const app = messages('en', 'app.ftl');
  const { page, context } = await openPage(browser, kiosk);
  await chooseEnglish(page, kiosk.url);
  await answer(page, kiosk.url, 'age-group', '18-29');
  await answer(page, kiosk.url, 'housing', 'temporary');
  await page.goto(kiosk.url + '#/guide/first-steps');
  await page.getByText(messages('en', 'guide.ftl')['check-kela'], { exact: true }).click();
  assert.deepEqual(await storageIsEmpty(page), { local: 0, session: 0, idb: 0 }, 'nothing written while in use');
  // Wait without touching: the countdown appears, then the reset.
  await page.getByRole('alertdialog').waitFor({ timeout: 15000 });
  assert.ok((await page.getByRole('alertdialog').textContent()).includes(app['kiosk-idle-title']));
  await page.waitForFunction(() => !document.querySelector('[role="alertdialog"]'), null, { timeout: 15000 });
  await page.waitForFunction(() => location.hash === '#/');
  assert.equal(plain(await page.locator('main h1').textContent()), app['language-title']);
  assert.deepEqual(await storageIsEmpty(page), { local: 0, session: 0, idb: 0 });
  // No answer is left in the interface.
  await chooseEnglish(page, kiosk.url);
  await page.goto(kiosk.url + '#/questions/check');
  await appReady(page);
  assert.equal(await page.locator('.summary-answer:not(.missing)').count(), 0);
  await page.goto(kiosk.url + '#/guide/first-steps');
  assert.equal(await page.getByLabel(messages('en', 'guide.ftl')['check-kela']).isChecked(), false);
  await context.close();
  await kiosk.close();
});

test('kiosk: "I\'m still here" keeps the session; "Finish and clear" wipes it at once', async () => {
  const kiosk = await startServer({ 'municipality.toml': { body: KIOSK_CONFIG } });
  const app = messages('en', 'app.ftl');
  const { page, context } = await openPage(browser, kiosk);
  await chooseEnglish(page, kiosk.url);
  await answer(page, kiosk.url, 'age-group', '45-64');
  await page.getByRole('alertdialog').waitFor({ timeout: 15000 });
  await page.getByRole('button', { name: app['kiosk-still-here'] }).click();
  await page.waitForFunction(() => !document.querySelector('[role="alertdialog"]'));
  await page.goto(kiosk.url + '#/questions/check');
  assert.equal(await page.locator('.summary-answer:not(.missing)').count(), 1, 'answer kept');
  await page.getByRole('button', { name: app['kiosk-finish'] }).click();
  await page.waitForFunction(() => location.hash === '#/');
  assert.equal(plain(await page.locator('main h1').textContent()), app['language-title']);
  await chooseEnglish(page, kiosk.url);
  await page.goto(kiosk.url + '#/questions/check');
  await appReady(page);
  assert.equal(await page.locator('.summary-answer:not(.missing)').count(), 0);
  assert.deepEqual(await storageIsEmpty(page), { local: 0, session: 0, idb: 0 });
  await context.close();
  await kiosk.close();
});

test('kiosk: the print view (staff.html) has the person\'s language and answers, and back on the pathway nothing is lost (ticks neither) or stored', async () => {
  // A kiosk by its config, with the usual idle time.
  const kiosk = await startServer({ 'municipality.toml': { body: EXAMPLE.replace('enabled = false', 'enabled = true') } });
  const pw = messages('ar', 'pathway.ftl');
  const qn = messages('ar', 'questions.ftl');
  const { page, context, errors } = await openPage(browser, kiosk);
  await page.goto(kiosk.url + '#/language');
  await appReady(page);
  await page.getByRole('button', { name: /^العربية/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await answer(page, kiosk.url, 'age-group', '18-29');
  await answer(page, kiosk.url, 'housing', 'temporary');
  const tick = messages('ar', 'guide.ftl')['check-kela'];
  await page.goto(kiosk.url + '#/guide/first-steps');
  await page.getByText(tick, { exact: true }).click();
  await page.goto(kiosk.url + '#/pathway');
  // The whole pathway: its first screen, then the rest when the page is idle.
  await page.locator('#take-heading').waitFor();
  const steps = await page.locator('.step[data-step]').evaluateAll((els) => els.map((e) => e.dataset.step));
  // The print view is the staff page's: a new page load in the same tab.
  await page.getByRole('link', { name: pw['pw-print'] }).click();
  await page.waitForURL(/staff\.html/);
  await page.locator('main h1').waitFor();
  assert.equal(plain(await page.locator('main h1').textContent()), pw['print-title']);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  const rows = page.locator('.print-view tr[data-question]');
  await rows.first().waitFor();
  assert.deepEqual(await rows.evaluateAll((els) => els.map((e) => e.dataset.question)), ['age-group', 'housing']);
  assert.ok(plain(await rows.last().textContent()).includes(qn['q-housing']), 'the question in Arabic');
  assert.deepEqual(await storageIsEmpty(page), { local: 0, session: 0, idb: 0 });
  assert.equal(await page.evaluate(() => window.name), '', 'the hand-over does not stay in the tab');
  // Back to the pathway: the same answers and language, still nothing stored.
  await page.getByRole('link', { name: pw['print-back'] }).click();
  await page.waitForURL((u) => !u.pathname.endsWith('staff.html') && u.hash === '#/pathway');
  await page.locator('#take-heading').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  assert.deepEqual(await page.locator('.step[data-step]').evaluateAll((els) => els.map((e) => e.dataset.step)), steps);
  assert.deepEqual(await storageIsEmpty(page), { local: 0, session: 0, idb: 0 });
  assert.equal(await page.evaluate(() => window.name), '');
  await page.goto(kiosk.url + '#/guide/first-steps');
  assert.equal(await page.getByLabel(tick).isChecked(), true, 'the tick came back too');
  // "Finish and clear", then a reload: the next person starts from nothing.
  await page.getByRole('button', { name: messages('ar', 'app.ftl')['kiosk-finish'] }).click();
  await page.waitForFunction(() => location.hash === '#/');
  await page.reload();
  await appReady(page);
  assert.equal(plain(await page.locator('main h1').textContent()), messages('en', 'app.ftl')['language-title']);
  assert.deepEqual(errors, []);
  await context.close();
  await kiosk.close();
});

test('kiosk via ?kiosk=1: links become QR codes, and the pathway QR opens the person\'s own view', async () => {
  const pw = messages('en', 'pathway.ftl');
  const app = messages('en', 'app.ftl');
  const { page, context } = await openPage(browser, server);
  const url = server.url + '?kiosk=1';
  await chooseEnglish(page, url);
  await page.goto(url + '#/guide/kela');
  await appReady(page);
  assert.equal(await page.locator('main a[target="_blank"]').count(), 0, 'no links out of the kiosk');
  assert.ok(await page.locator('.link-qr svg.qr').count() >= 1);
  await answer(page, url, 'housing', 'none');
  await page.goto(url + '#/pathway');
  assert.equal(await page.getByRole('button', { name: pw['pw-save'] }).count(), 0, 'no file saved on a shared device');
  await page.getByRole('button', { name: pw['pw-show-qr'] }).click();
  assert.ok((await page.locator('.qr-panel').textContent()).includes(app['kiosk-qr-help']));
  assert.deepEqual(await storageIsEmpty(page), { local: 0, session: 0, idb: 0 });
  // What the QR holds: the person's view on their own phone.
  const jsQR = (await import('jsqr')).default;
  const { PNG } = await import('pngjs');
  const png = PNG.sync.read(await page.locator('.qr-panel svg.qr').screenshot());
  const link = jsQR(new Uint8ClampedArray(png.data), png.width, png.height).data;
  assert.match(link, /#\/mine\/1\./);
  await context.close();

  const phone = await openPage(browser, server);
  await phone.page.goto(link.replace('?kiosk=1', ''));
  await appReady(phone.page);
  assert.equal(plain(await phone.page.locator('main h1').textContent()), app['mine-title']);
  assert.equal(await phone.page.evaluate(() => localStorage.getItem('newcomer-guide.v2.answers')), null, 'not stored before asked');
  assert.deepEqual(await axeViolations(phone.page), []);
  await phone.page.getByRole('button', { name: app['mine-save'] }).click();
  await phone.page.waitForFunction(() => location.hash === '#/pathway');
  assert.match(await phone.page.evaluate(() => localStorage.getItem('newcomer-guide.v2.answers')), /"housing":\{"choice":"none"\}/);
  await phone.context.close();
});

test('accessibility of the kiosk countdown and the admin page in Arabic', async () => {
  const kiosk = await startServer({ 'municipality.toml': { body: KIOSK_CONFIG } });
  const { page, context } = await openPage(browser, kiosk);
  await page.goto(kiosk.url + '#/language');
  await appReady(page);
  await page.getByRole('button', { name: /^العربية/ }).click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.getByRole('alertdialog').waitFor({ timeout: 15000 });
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('alertdialog').getByRole('button').first().click();
  await page.goto(kiosk.url + '#/admin/config-check');
  await appReady(page);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
  await kiosk.close();
});
