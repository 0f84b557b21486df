// The Sweden pack on a regional site, as people meet it: the seven
// municipalities' example (sites/sju-kommuner) served as a site. A newcomer
// chooses Arabic, then Trollhättan, reads a topic with Trollhättan's office,
// answers the whole Swedish questionnaire and takes the QR code to a
// caseworker, whose fresh browser shows the answers in Swedish and names
// Trollhättan. A municipality's own link (?kommun=vanersborg) opens on it.
// The settings check covers every municipality's file. axe on every page
// kind, in Swedish and in Arabic.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { ROOT, startServer, launchBrowser, openPage, appReady, axeViolations, messages, mainHeading, plain } from './harness.mjs';
import { answer, currentQuestion } from './questionnaire-plan.mjs';

const SITE = join(ROOT, 'sites', 'sju-kommuner');

/** The regional example as the files a web admin puts on the server. */
function regionalFiles() {
  const files = {};
  for (const f of readdirSync(SITE, { recursive: true })) {
    const path = join(SITE, f);
    if (statSync(path).isFile()) files[f.split(sep).join('/')] = { body: readFileSync(path, 'utf8') };
  }
  return files;
}

let server;
let browser;
before(async () => {
  server = await startServer(regionalFiles());
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const ENDONYMS = { ar: 'العربية', sv: 'Svenska' };

/** Every text a page of the Sweden pack shows, for a locale. */
function sweden(code) {
  const all = {
    ...messages(code, 'app.ftl'),
    ...messages(code, 'questions.ftl'),
    ...messages(code, 'pathway.ftl'),
    ...messages(code, 'guide.ftl'),
    ...messages(code, 'se/guide.ftl'),
    ...messages(code, 'se/questions.ftl'),
  };
  // As `plain()` reads the page: without the isolation marks.
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, plain(v)]));
}

async function chooseLanguage(page, url, code) {
  await page.goto(url + '#/language');
  await appReady(page);
  await page.getByRole('button', { name: new RegExp('^' + ENDONYMS[code]) }).click();
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

/** How this person answers the Swedish questionnaire: a refugee of 34, a
 * nurse with a degree, two children, who needs an interpreter. */
const PLAN = {
  age: { typed: 34 },
  permit: { choice: 'refugee' },
  personnummer: { choice: 'no' },
  'mother-tongue': { choice: 'arabic' },
  'other-languages': { choices: ['english'] },
  'read-own': { choice: 'well' },
  'latin-alphabet': { choice: 'a-little' },
  'school-years': { typed: 15 },
  'education-level': { choice: 'bachelor' },
  'education-field': { choice: 'health' },
  certificates: { choice: 'some' },
  'has-worked': { choice: 'yes' },
  'work-fields': { choices: ['health'] },
  goals: { choices: ['work-soon', 'language-first'] },
  'has-children': { choice: 'yes' },
  'children-ages': { choices: ['1-5', '6-15'] },
  housing: { choice: 'second-hand' },
  urgent: { choices: ['none'] },
  'health-affects': { special: 'qn-prefer-not' },
  interpreter: { choice: 'yes' },
  'interpreter-language': { choice: 'arabic' },
};

test('Arabic, Trollhättan, the whole Swedish questionnaire, the pathway, and the QR code in a caseworker\'s fresh browser', async () => {
  const ar = sweden('ar');
  const sv = sweden('sv');
  const { page, context, errors, foreignRequests } = await openPage(browser, server, { locale: 'ar' });
  await chooseLanguage(page, server.url, 'ar');
  // After the language, the municipality: one large list.
  await page.waitForFunction(() => location.hash === '#/' || location.hash === '');
  assert.equal(plain(await mainHeading(page).textContent()), ar['municipality-title']);
  const buttons = page.locator('button.municipality-button');
  await buttons.first().waitFor();
  assert.deepEqual(
    (await buttons.allTextContents()).map(plain),
    ['Bengtsfors', 'Dals-Ed', 'Lysekil', 'Munkedal', 'Sotenäs', 'Trollhättan', 'Vänersborg'],
  );
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Trollhättan' }).click();
  // The start page of the Sweden pack, in Arabic, naming Trollhättan.
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent.includes(t), ar['home-title'].slice(0, 8));
  assert.equal(plain(await mainHeading(page).textContent()), ar['home-title']);
  assert.equal(plain(await page.locator('.current-municipality').textContent()), 'Trollhättan');
  assert.equal(plain(await page.locator('.brand .municipality').textContent()), 'Trollhättan');
  assert.equal(await page.evaluate(() => localStorage.getItem('newcomer-guide.v1.municipality')), 'trollhattan');

  // A topic with Trollhättan's office.
  await page.goto(server.url + '#/guide/sfi');
  await page.locator('.office .office-name').first().waitFor();
  assert.equal(plain(await mainHeading(page).textContent()), ar['se-topic-sfi-title']);
  assert.equal(plain(await page.locator('.office .office-name').first().textContent()), 'Trollhättans Stad, Kontaktcenter');
  assert.ok((await page.locator('.office').first().textContent()).includes('Gärdhemsvägen 9'));
  // Trollhättan's own topic (its local texts; English, as it has none in
  // Arabic), in the guide's list.
  await page.goto(server.url + '#/guide');
  await page.getByRole('link', { name: 'The contact centre in Trollhättan' }).click();
  await page.waitForFunction(() => location.hash === '#/guide/local');
  assert.equal(plain(await mainHeading(page).textContent()), 'The contact centre in Trollhättan');

  // The whole Swedish questionnaire, by taps.
  await page.goto(server.url + '#/questions');
  await page.getByRole('link', { name: ar['qn-start'] }).click();
  const seen = [];
  for (let q = await currentQuestion(page); q; q = await currentQuestion(page)) {
    assert.ok(!seen.includes(q), `question ${q} asked twice`);
    assert.ok(PLAN[q], `no plan for ${q}`);
    assert.equal(plain(await mainHeading(page).textContent()), ar[`se-q-${q}`], q);
    seen.push(q);
    await answer(page, q, PLAN[q], { keyboard: false, qn: ar });
  }
  // Every planned question was asked, in order; e-ID only follows a yes to
  // the personnummer.
  assert.deepEqual(seen, Object.keys(PLAN));
  assert.equal(plain(await mainHeading(page).textContent()), ar['qn-check-title']);

  // The pathway: who runs the introduction, and why.
  await page.goto(server.url + '#/pathway');
  await page.locator('.take-away').waitFor();
  const steps = await page.locator('.step').evaluateAll((s) => s.map((e) => e.dataset.step));
  for (const expected of ['se-folkbokforing', 'se-establishment', 'se-forsakringskassan', 'se-e-id', 'se-sfi-path-3',
    'se-civic-orientation', 'se-forskola', 'se-school', 'se-uhr', 'se-socialstyrelsen', 'se-interpreter', 'se-community']) {
    assert.ok(steps.includes(expected), `${expected} not in ${steps}`);
  }
  assert.ok(!steps.includes('se-establishment-not-eligible'));
  const programme = page.locator('.step[data-step="se-establishment"]');
  assert.equal(plain(await programme.locator('.step-title').textContent()), ar['step-se-establishment-title']);
  // Its reasons quote the answers: the permit and the age.
  const reasons = plain(await programme.locator('.reasons').textContent());
  assert.ok(reasons.includes(ar['opt-sepermit-refugee']), reasons);
  assert.ok(reasons.includes(ar['se-q-age']), reasons);
  // Its official source.
  assert.ok(await programme.locator('a[href^="https://arbetsformedlingen.se"], a[href^="https://www.arbetsformedlingen.se"]').count() > 0);
  // Trollhättan's office beside the SFI step.
  const sfiOffice = page.locator('.step[data-step="se-sfi-path-3"]')
    .locator('xpath=following-sibling::div[contains(@class,"office")][1]').locator('.office-name');
  assert.equal(plain(await sfiOffice.textContent()), 'Trollhättans Stad, Kontaktcenter');
  assert.deepEqual(await axeViolations(page), []);

  // The QR code, decoded from the screen, is a handover link that names the
  // pack and the municipality (payload version 2).
  await page.getByRole('button', { name: ar['pw-show-qr'] }).click();
  const qr = page.locator('svg.qr');
  await qr.waitFor();
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(decoded, 'QR code could not be read');
  assert.ok(decoded.data.startsWith(server.url + '#/handover/2.'), decoded.data);

  // A caseworker opens it in a fresh browser: Swedish, the same answers,
  // Trollhättan named; nothing stored there.
  const caseworker = await openPage(browser, server, { locale: 'sv-SE' });
  await caseworker.page.goto(decoded.data);
  await caseworker.page.locator('table.bilingual').waitFor();
  const cw = caseworker.page;
  assert.equal(plain(await cw.locator('main h1').textContent()), sv['hv-title']);
  // Named from Trollhättan's own file on the site (its id until that loads).
  await cw.waitForFunction(() => document.querySelector('.hv-municipality')?.textContent.includes('Trollhättan'));
  const cell = (q) => cw.locator(`tr[data-question="${q}"] td[lang="sv"] .a`);
  assert.equal(plain(await cell('permit').textContent()), sv['opt-sepermit-refugee']);
  assert.equal(plain(await cell('mother-tongue').textContent()), sv['opt-language-arabic']);
  assert.equal(plain(await cell('housing').textContent()), sv['opt-sehousing-second-hand']);
  assert.equal(plain(await cell('health-affects').textContent()), sv['qn-prefer-not']);
  assert.equal(plain(await cell('age').textContent()), '34');
  // The questions are Sweden's, in Swedish.
  assert.equal(plain(await cw.locator('tr[data-question="permit"] td[lang="sv"] .q').textContent()), sv['se-q-permit']);
  // The pathway in Swedish, with the caseworker's languages of Sweden.
  assert.equal(plain(await cw.locator('tr[data-step="se-establishment"] .step-title').textContent()), sv['step-se-establishment-title']);
  assert.deepEqual(await cw.locator('[role="group"] button').allTextContents(), ['Svenska', 'English']);
  assert.deepEqual(await axeViolations(cw), []);
  assert.equal(await cw.evaluate(() => localStorage.length), 0, 'nothing stored on the caseworker device');
  assert.deepEqual(caseworker.foreignRequests(), []);
  await caseworker.context.close();

  // The same link opened on a Finnish site (a person who moved on): the
  // answers and steps still in the Sweden pack's words, never their keys.
  const finnish = await startServer();
  const elsewhere = await openPage(browser, finnish, { locale: 'sv-SE' });
  const fw = elsewhere.page;
  await fw.goto(decoded.data.replace(server.url, finnish.url));
  await fw.locator('table.bilingual').waitFor();
  assert.equal(plain(await fw.locator('main h1').textContent()), sv['hv-title']);
  const there = (q) => fw.locator(`tr[data-question="${q}"] td[lang="sv"] .a`);
  assert.equal(plain(await there('permit').textContent()), sv['opt-sepermit-refugee']);
  assert.equal(plain(await fw.locator('tr[data-question="permit"] td[lang="sv"] .q').textContent()), sv['se-q-permit']);
  assert.equal(plain(await fw.locator('tr[data-step="se-establishment"] .step-title').textContent()), sv['step-se-establishment-title']);
  const shown = plain(await fw.locator('main').innerText());
  assert.doesNotMatch(shown, /\b(se-[a-z]|step-se-|opt-se)/, 'a message key on screen');
  assert.deepEqual(elsewhere.errors, []);
  await elsewhere.context.close();
  await finnish.close();

  assert.deepEqual(foreignRequests(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('?kommun=vanersborg opens on Vänersborg, and the municipality can be changed from every page', async () => {
  const sv = sweden('sv');
  const { page, context, errors } = await openPage(browser, server, { locale: 'sv-SE' });
  await page.goto(server.url + '?kommun=vanersborg#/language');
  await appReady(page);
  // Only the languages complete for the Sweden pack, Swedish and English
  // first, each with its Swedish name under it for a clerk, none Finnish.
  await page.waitForFunction(() => document.querySelectorAll('main button.language-button').length === 8);
  const offered = await page.locator('main button.language-button').evaluateAll((bs) => bs.map((b) => b.lang));
  assert.deepEqual(offered.slice(0, 2), ['sv', 'en']);
  assert.deepEqual([...offered].sort(), ['ar', 'en', 'fa', 'prs', 'so', 'sv', 'ti', 'uk']);
  assert.equal(await page.locator('main .language-name-fi').count(), 0);
  const swedishNames = Object.fromEntries(
    readFileSync(join(ROOT, 'locales', 'languages.toml'), 'utf8').split('[[locale]]').slice(1)
      .map((b) => [b.match(/^code = "([^"]+)"/m)[1], b.match(/^name-sv = "([^"]+)"/m)?.[1]]),
  );
  for (const code of offered) {
    const shown = await page.locator(`main button.language-button[lang="${code}"] .language-name-sv`).allTextContents();
    assert.deepEqual(shown.map(plain), swedishNames[code] ? [swedishNames[code]] : [], code);
  }
  assert.equal(swedishNames.ar, 'arabiska');
  await page.getByRole('button', { name: /^Svenska/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  // No list: straight to the start page, Vänersborg's.
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent.trim() === t, sv['home-title']);
  assert.equal(plain(await page.locator('.current-municipality').textContent()), 'Vänersborg');
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor);
  assert.equal(accent, 'rgb(11, 83, 148)'); // #0b5394, Vänersborg's example colour
  // The print view's second column: Sweden's caseworker languages.
  await page.goto(server.url + '?kommun=vanersborg#/questions/permit');
  await page.locator('button.option[data-code="work"]').click();
  await page.waitForFunction(() => !location.hash.startsWith('#/questions/permit'));
  await page.goto(server.url + '?kommun=vanersborg#/print');
  await page.locator('table.bilingual').waitFor();
  assert.deepEqual(await page.locator('[role="group"] button').allTextContents(), ['Svenska', 'English']);
  await page.goto(server.url + '?kommun=vanersborg#/guide/children');
  await page.locator('.office .office-name').first().waitFor();
  assert.equal(plain(await page.locator('.office .office-name').first().textContent()), 'Vänersborgs kommun');
  // The header's link changes it, and returns to the page.
  await page.locator('a.municipality-link').click();
  await page.waitForFunction(() => location.hash.startsWith('#/municipality'));
  assert.equal(plain(await mainHeading(page).textContent()), sv['municipality-title']);
  assert.equal(await page.locator('button.municipality-button[aria-current="true"]').getAttribute('data-municipality'), 'vanersborg');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Lysekil' }).click();
  await page.waitForFunction(() => location.hash === '#/guide/children');
  await page.waitForFunction(() => document.querySelector('.office .office-name')?.textContent.trim() === 'Lysekils kommun');
  assert.equal(plain(await page.locator('.current-municipality').textContent()), 'Lysekil');
  // The choice is kept like the language: a new visit without ?kommun
  // opens on Lysekil, in Swedish.
  await page.goto(server.url + '#/');
  await page.reload();
  await appReady(page);
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent.trim() === t, sv['home-title']);
  assert.equal(plain(await page.locator('.current-municipality').textContent()), 'Lysekil');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the settings check covers every municipality\'s file, with its field, line and an unreadable file', async () => {
  const files = regionalFiles();
  files['municipalities/lysekil.toml'] = {
    body: [
      'name = "Lysekil"',              // 1
      'country = "fi"',                // 2 a setting of the whole site
      '[[office]]',                    // 3
      'name = "SFI"',                  // 4
      'url = "http://insecure.example"', // 5 bad scheme
      'serves = ["sfi", "literacy"]',  // 6 literacy is Finland's step
    ].join('\n'),
  };
  files['municipalities/munkedal.toml'] = { status: 404, body: 'not found' };
  const site = await startServer(files);
  const admin = messages('sv', 'admin.ftl');
  const { page, context } = await openPage(browser, site, { locale: 'sv-SE' });
  await page.goto(site.url + '#/admin/config-check');
  await appReady(page);
  const lysekil = page.locator('.admin-file[data-file="municipalities/lysekil.toml"]');
  await lysekil.locator('.config-problem').first().waitFor();
  const found = await lysekil.locator('.config-problem').evaluateAll((items) =>
    items.map((li) => [li.dataset.path, Number(li.dataset.line)]));
  assert.deepEqual(found, [['country', 2], ['office[0].url', 5], ['office[0].serves[1]', 6]]);
  const munkedal = page.locator('.admin-file[data-file="municipalities/munkedal.toml"]');
  assert.equal(plain(await munkedal.locator('.notice').textContent()), admin['admin-file-unreadable']);
  // The others are fine.
  assert.equal(await page.locator('.admin-file[data-file="municipalities/trollhattan.toml"] .admin-ok').count(), 1);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
  await site.close();
});

/** Every kind of page of the Sweden pack, for axe. */
const PAGES = ['#/municipality', '#/', '#/guide', '#/guide/sfi', '#/guide/first-steps', '#/guide/emergency', '#/guide?q=SFI',
  '#/questions', '#/questions/age', '#/questions/permit', '#/questions/other-languages', '#/questions/check', '#/pathway', '#/print'];

for (const code of ['sv', 'ar']) {
  test(`axe: every Swedish page kind in ${code}`, async () => {
    const { page, context, errors } = await openPage(browser, server, { locale: code === 'sv' ? 'sv-SE' : 'ar' });
    await page.goto(server.url + '?kommun=trollhattan#/language');
    await appReady(page);
    await page.getByRole('button', { name: new RegExp('^' + ENDONYMS[code]) }).click();
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    // Some answers, so the check page and the pathway have content.
    for (const [q, c] of [['permit', 'protection'], ['personnummer', 'yes'], ['has-children', 'yes']]) {
      await page.goto(server.url + '#/questions/' + q);
      await page.locator(`button.option[data-code="${c}"]`).click();
      await page.waitForFunction((id) => !location.hash.startsWith('#/questions/' + id), q);
    }
    for (const hash of PAGES) {
      await page.goto(server.url + hash);
      await mainHeading(page).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dir), code === 'ar' ? 'rtl' : 'ltr');
      assert.deepEqual(await axeViolations(page), [], `${code} ${hash}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
