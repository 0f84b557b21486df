// The pathway and the handover as people use them: a person answers in
// Arabic, sees the pathway, prints it beside Finnish, saves a file and shows
// a QR code; a caseworker opens the link or the file in a fresh browser and
// reads the same answers in Finnish or Swedish. Damaged links say so.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { startServer, launchBrowser, openPage, appReady, axeViolations, messages, plain, mainHeading } from './harness.mjs';

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

/** A person's answers, given through the questionnaire by taps. */
const ANSWERS = [
  ['age-group', '30-44'],
  ['residence-basis', 'protection'],
  ['municipality-registered', 'yes'],
  ['finnish', 'none'],
  ['latin-alphabet', 'no'],
  ['education-level', 'bachelor'],
  ['education-field', 'health'],
  ['jobseeker', 'no'],
  ['has-children', 'yes'],
  ['housing', 'none'],
];

async function personWithAnswers(code = 'ar') {
  const session = await openPage(browser, server);
  const { page } = session;
  await page.goto(server.url + '#/language');
  await appReady(page);
  const endonym = { ar: 'العربية', en: 'English' }[code];
  await page.getByRole('button', { name: new RegExp('^' + endonym) }).click();
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
  for (const [q, c] of ANSWERS) {
    await page.goto(server.url + '#/questions/' + q);
    await page.locator(`button.option[data-code="${c}"]`).click();
    await page.waitForFunction((id) => !location.hash.startsWith('#/questions/' + id), q);
  }
  // Children's ages are a multiple choice.
  await page.goto(server.url + '#/questions/children-ages');
  await page.locator('label[for="opt-3-6"]').click();
  await page.locator('.answer-form button[type="submit"]').click();
  await page.waitForFunction(() => !location.hash.startsWith('#/questions/children-ages'));
  return session;
}

/** The option text of an answer, in a language. */
function optionText(code, q, c) {
  const qn = messages(code, 'questions.ftl');
  const set = { 'age-group': 'age', 'residence-basis': 'residence', 'municipality-registered': 'yesno', finnish: 'level',
    'latin-alphabet': 'howwell', 'education-level': 'edu', 'education-field': 'field', jobseeker: 'yesno',
    'has-children': 'yesno', housing: 'housing' }[q];
  return qn[`opt-${set}-${c}`];
}

async function savedFile(page, pw) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: pw['pw-save'] }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^answers-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  return { path, text: await readFile(path, 'utf8') };
}

test('the pathway in Arabic: steps with reasons, the disclaimer, and a QR code that reads back', async () => {
  const pw = messages('ar', 'pathway.ftl');
  const { page, context, errors, foreignRequests } = await personWithAnswers('ar');
  await page.getByRole('navigation').getByRole('link', { name: messages('ar', 'app.ftl')['pw-nav'] }).click();
  await page.waitForFunction(() => location.hash === '#/pathway');
  assert.equal(plain(await mainHeading(page).textContent()), pw['pw-title']);
  assert.ok((await page.locator('.disclaimer').first().textContent()).includes(pw['pw-disclaimer']));
  // The first timing group is drawn at once, the rest in the next task.
  await page.locator('.take-away').waitFor();
  const steps = await page.locator('.step').evaluateAll((s) => s.map((e) => e.dataset.step));
  for (const expected of ['urgent-housing', 'assessment-municipality', 'social-services', 'literacy', 'simhe', 'regulated-valvira', 'daycare', 'preprimary']) {
    assert.ok(steps.includes(expected), `${expected} not in ${steps}`);
  }
  // Urgent first.
  assert.equal(steps[0], 'urgent-housing');
  // A step says why, in the person's language.
  const literacy = page.locator('.step[data-step="literacy"]');
  assert.ok((await literacy.textContent()).includes(optionText('ar', 'latin-alphabet', 'no')));

  // The QR code, decoded from the screen, is the handover link.
  await page.getByRole('button', { name: pw['pw-show-qr'] }).click();
  const qr = page.locator('svg.qr');
  await qr.waitFor();
  assert.ok(Number(await qr.getAttribute('data-modules')) <= 77, 'QR version 15 or lower (77 modules)');
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(decoded, 'QR code could not be read');
  assert.ok(decoded.data.startsWith(server.url + '#/handover/1.'), decoded.data);

  // The same link opened by a caseworker in a fresh browser shows the
  // answers in Finnish; nothing is stored there.
  const fi = messages('fi', 'pathway.ftl');
  const caseworker = await openPage(browser, server, { locale: 'fi-FI' });
  await caseworker.page.goto(decoded.data);
  await caseworker.page.locator('table.bilingual').waitFor();
  assert.equal(plain(await caseworker.page.locator('main h1').textContent()), fi['hv-title']);
  assert.ok((await caseworker.page.locator('main').textContent()).includes(fi['hv-self-reported']));
  for (const [q, c] of ANSWERS) {
    const cell = caseworker.page.locator(`tr[data-question="${q}"] td[lang="fi"] .a`);
    assert.equal(plain(await cell.textContent()), optionText('fi', q, c), q);
  }
  assert.equal(await caseworker.page.evaluate(() => localStorage.length), 0, 'nothing stored on the caseworker device');
  assert.deepEqual(caseworker.foreignRequests(), []);
  await caseworker.context.close();

  assert.deepEqual(foreignRequests(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without idle callbacks (Safari), the steps below the screen, the QR code, the address and the title still come', async () => {
  const pw = messages('en', 'pathway.ftl');
  const { page, context, errors } = await personWithAnswers('en');
  await page.addInitScript(() => { delete window.requestIdleCallback; });
  await page.goto(server.url + '#/pathway');
  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate(() => typeof window.requestIdleCallback), 'undefined');
  // The later timing groups and the take-away part are drawn after the first.
  await page.locator('.take-away').waitFor();
  const groups = await page.locator('.timing-group').evaluateAll((g) => g.map((e) => e.dataset.timing));
  assert.ok(groups.length >= 2, `timing groups: ${groups}`);
  assert.ok(await page.locator('.step[data-step="daycare"]').count() === 1);
  await page.getByRole('button', { name: pw['pw-show-qr'] }).click();
  await page.locator('#qr-panel svg.qr').waitFor();
  // The address and the title follow the next page.
  await page.getByRole('link', { name: pw['pw-print'] }).click();
  await page.locator('table.bilingual').waitFor();
  await page.waitForFunction(() => location.hash.startsWith('#/print'));
  const title = `${pw['print-title']} – ${messages('en', 'app.ftl')['app-name']}`;
  await page.waitForFunction((t) => document.title === t, title);
  assert.deepEqual(errors, []);
  await context.close();
});

test('from the check page the pathway is built ahead, hidden, and the tap only shows it; and back', async () => {
  const pw = messages('ar', 'pathway.ftl');
  const qn = messages('ar', 'questions.ftl');
  const { page, context, errors } = await personWithAnswers('ar');
  await page.goto(server.url + '#/questions/check');
  await page.getByRole('heading', { name: qn['qn-check-title'] }).waitFor();
  // While the person reads their answers, the pathway is built out of sight:
  // not on screen and not in the accessibility tree.
  // Its first screen only: the rest comes once it shows.
  await page.locator('section.pathway .timing-group').waitFor({ state: 'attached' });
  assert.equal(await page.locator('section.pathway .take-away').count(), 0);
  assert.equal(await page.getByRole('heading', { name: pw['pw-title'] }).count(), 0);
  assert.equal(await page.locator('section.pathway').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: pw['pw-show-qr'] }).count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  const title = (key, file) => `${messages('ar', file)[key]} – ${messages('ar', 'app.ftl')['app-name']}`;
  await page.waitForFunction((t) => document.title === t, title('qn-check-title', 'questions.ftl'));
  await page.evaluate(() => {
    document.querySelector('section.pathway').dataset.seen = 'before';
    document.querySelector('section.check-answers').dataset.seen = 'before';
  });

  await page.getByRole('link', { name: qn['qn-see-pathway'] }).click();
  await page.waitForFunction(() => location.hash === '#/pathway');
  // The same page, shown: not built again on the tap.
  assert.equal(await page.locator('section.pathway').getAttribute('data-seen'), 'before');
  assert.equal(plain(await mainHeading(page).textContent()), pw['pw-title']);
  assert.equal(plain(await page.evaluate(() => document.activeElement.textContent)), pw['pw-title']);
  assert.equal(await page.getByRole('heading', { name: qn['qn-check-title'] }).count(), 0);
  await page.waitForFunction((t) => document.title === t, title('pw-title', 'pathway.ftl'));
  // The check page left waits hidden: not on screen, not in the
  // accessibility tree, and nothing in it takes focus.
  assert.equal(await page.locator('section.check-answers').isVisible(), false);
  assert.equal(await page.locator('section.check-answers').evaluate((s) => {
    s.querySelector('a, button').focus();
    return s.contains(document.activeElement);
  }), false, 'focus went into the hidden check page');

  // The QR code is drawn with the rest of the page, hidden: the tap only
  // shows it, and "Hide" hides it again.
  const code = page.locator('#qr-panel svg.qr');
  await code.waitFor({ state: 'attached' });
  assert.ok(await page.locator('.step').count() > 2, 'the steps below the first screen came');
  assert.equal(await code.isVisible(), false);
  assert.equal(await page.getByRole('img', { name: pw['pw-qr-label'] }).count(), 0);
  await code.evaluate((e) => { e.dataset.seen = 'before'; });
  const qrButton = page.getByRole('button', { name: pw['pw-show-qr'] });
  assert.equal(await qrButton.getAttribute('aria-expanded'), 'false');
  await qrButton.click();
  await code.waitFor();
  assert.equal(await code.getAttribute('data-seen'), 'before');
  assert.equal(await page.getByRole('img', { name: pw['pw-qr-label'] }).count(), 1);
  assert.deepEqual(await axeViolations(page), []);
  const hideButton = page.getByRole('button', { name: pw['pw-hide-qr'] });
  assert.equal(await hideButton.getAttribute('aria-expanded'), 'true');
  await hideButton.click();
  await code.waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('img', { name: pw['pw-qr-label'] }).count(), 0);
  assert.equal(await qrButton.getAttribute('aria-expanded'), 'false');

  // And back: the check page as it was, with focus on its heading.
  await page.getByRole('link', { name: pw['pw-check-answers'] }).click();
  await page.waitForFunction(() => location.hash === '#/questions/check');
  assert.equal(await page.locator('section.check-answers').getAttribute('data-seen'), 'before');
  assert.equal(plain(await page.evaluate(() => document.activeElement.textContent)), qn['qn-check-title']);
  assert.equal(await page.getByRole('heading', { name: pw['pw-title'] }).count(), 0);
  await page.waitForFunction((t) => document.title === t, title('qn-check-title', 'questions.ftl'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('print view: the Arabic and Finnish columns hold the same answers', async () => {
  const pw = messages('ar', 'pathway.ftl');
  const { page, context } = await personWithAnswers('ar');
  await page.goto(server.url + '#/pathway');
  await page.getByRole('link', { name: pw['pw-print'] }).click();
  await page.locator('table.bilingual').waitFor();
  await page.emulateMedia({ media: 'print' });
  // The controls are not printed.
  assert.equal(await page.locator('.no-print').first().isVisible(), false);
  assert.equal(await page.locator('.site-header').isVisible(), false);
  for (const [q, c] of ANSWERS) {
    const row = page.locator(`tr[data-question="${q}"]`);
    assert.equal(plain(await row.locator('td[lang="ar"] .a').textContent()), optionText('ar', q, c), `ar ${q}`);
    assert.equal(plain(await row.locator('td[lang="fi"] .a').textContent()), optionText('fi', q, c), `fi ${q}`);
    assert.equal(await row.locator('td[lang="ar"]').getAttribute('dir'), 'rtl');
    assert.equal(await row.locator('td[lang="fi"]').getAttribute('dir'), 'ltr');
  }
  // The same steps on both sides.
  const stepsAr = await page.locator('tr[data-step] td[lang="ar"]').count();
  const stepsFi = await page.locator('tr[data-step] td[lang="fi"]').count();
  assert.ok(stepsAr > 5);
  assert.equal(stepsAr, stepsFi);
  // Swedish instead of Finnish.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Svenska' }).click();
  await page.locator('td[lang="sv"]').first().waitFor();
  const sv = messages('sv', 'questions.ftl');
  assert.equal(plain(await page.locator('tr[data-question="housing"] td[lang="sv"] .a').textContent()), sv['opt-housing-none']);
  await context.close();
});

test('save a file, load it in the caseworker view, and see the same answers', async () => {
  const pw = messages('en', 'pathway.ftl');
  const { page, context } = await personWithAnswers('en');
  await page.goto(server.url + '#/pathway');
  const file = await savedFile(page, pw);
  const json = JSON.parse(file.text);
  assert.equal(json.format, 'newcomer-guide-handover');
  assert.equal(json.schema, 1);
  assert.equal(json.locale, 'en');
  assert.match(json.payload, /^1\.[A-Z2-7]+\.[A-Z2-7]+$/);
  assert.ok(!file.text.includes(messages('en', 'questions.ftl')['opt-housing-none']), 'codes only, no translated text');

  const caseworker = await openPage(browser, server, { locale: 'sv-FI' });
  await caseworker.page.goto(server.url + '#/handover');
  await appReady(caseworker.page);
  await caseworker.page.locator('#handover-file').setInputFiles(file.path);
  await caseworker.page.locator('table.bilingual').waitFor();
  // A Swedish-speaking office gets Swedish.
  for (const [q, c] of ANSWERS) {
    assert.equal(plain(await caseworker.page.locator(`tr[data-question="${q}"] td[lang="sv"] .a`).textContent()), optionText('sv', q, c), q);
  }
  // Compare with the link view: the same rows and steps.
  const rowsFromFile = await caseworker.page.locator('tr[data-question], tr[data-step]').evaluateAll((r) => r.map((e) => e.dataset.question ?? e.dataset.step));
  const link = await openPage(browser, server, { locale: 'sv-FI' });
  await link.page.goto(server.url + '#/handover/' + json.payload);
  await link.page.locator('table.bilingual').waitFor();
  const rowsFromLink = await link.page.locator('tr[data-question], tr[data-step]').evaluateAll((r) => r.map((e) => e.dataset.question ?? e.dataset.step));
  assert.deepEqual(rowsFromFile, rowsFromLink);
  // The person's language alongside, on demand.
  const hv = messages('sv', 'pathway.ftl');
  await link.page.getByRole('button', { name: hv['hv-show-person'] }).click();
  await link.page.locator('td[lang="en"]').first().waitFor();
  await link.context.close();
  await caseworker.context.close();
  await context.close();
});

test('share hands the handover link to the phone\'s share sheet', async () => {
  const pw = messages('en', 'pathway.ftl');
  const { page, context } = await personWithAnswers('en');
  // Headless Chromium has no share sheet: a stand-in records what is shared.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: (data) => { window.__shared = data; return Promise.resolve(); } });
  });
  await page.goto(server.url + '#/pathway');
  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: pw['pw-share'] }).click();
  await page.waitForFunction(() => window.__shared);
  const shared = await page.evaluate(() => window.__shared);
  assert.equal(shared.title, pw['pw-title']);
  assert.ok(shared.url.startsWith(server.url + '#/handover/1.'), shared.url);
  assert.match(shared.url.split('#/handover/')[1], /^1\.[A-Z2-7]+\.[A-Z2-7]+$/);
  await context.close();
});

test('damaged, newer and wrong links and files get a clear message', async () => {
  const fi = messages('fi', 'pathway.ftl');
  const { page, context } = await personWithAnswers('en');
  await page.goto(server.url + '#/pathway');
  const { text } = await savedFile(page, messages('en', 'pathway.ftl'));
  const payload = JSON.parse(text).payload;
  await context.close();

  const cw = await openPage(browser, server, { locale: 'fi-FI' });
  const flip = (s, i) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  const cases = [
    [flip(payload, 10), 'handover-error-checksum'],
    // Cut off: the checksum part is gone, so the link is damaged.
    [payload.slice(0, payload.length - 20), 'handover-error-malformed'],
    ['9' + payload.slice(1), 'handover-error-newer'],
    ['not-a-payload', 'handover-error-malformed'],
  ];
  for (const [p, key] of cases) {
    await cw.page.goto(server.url + '#/handover/' + p);
    await cw.page.reload();
    await appReady(cw.page);
    assert.equal(plain(await cw.page.locator('main h1').textContent()), fi['hv-error-title'], p);
    assert.equal(plain(await cw.page.locator('.error-message').textContent()), fi[key], p);
  }
  // Files: not JSON, not ours, too large.
  await cw.page.goto(server.url + '#/handover');
  await appReady(cw.page);
  for (const [name, body, key] of [
    ['x.json', '{nope', 'handover-error-not-json'],
    ['y.json', '{"hello":1}', 'handover-error-not-handover'],
    ['z.json', ' '.repeat(70 * 1024), 'handover-error-too-large'],
  ]) {
    await cw.page.locator('#handover-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await cw.page.getByText(fi[key]).waitFor();
  }
  await cw.context.close();
});

for (const code of ['en', 'ar']) {
  test(`accessibility audit of the pathway, print and caseworker views in ${code}`, async () => {
    const pw = messages(code, 'pathway.ftl');
    const { page, context } = await personWithAnswers(code);
    await page.goto(server.url + '#/pathway');
    await appReady(page);
    await page.getByRole('button', { name: pw['pw-show-qr'] }).click();
    assert.deepEqual(await axeViolations(page), [], `${code} pathway`);
    const { text } = await savedFile(page, pw);
    await page.goto(server.url + '#/print');
    await page.locator('table.bilingual').waitFor();
    assert.deepEqual(await axeViolations(page), [], `${code} print`);
    await page.goto(server.url + '#/handover/' + JSON.parse(text).payload);
    await page.locator('table.bilingual').waitFor();
    // An Arabic app opens the caseworker view in Finnish; audit it with the
    // person's Arabic column beside it. (An English app shows English, the
    // person's own language, so there is no second column to add.)
    if (code === 'ar') {
      await page.getByRole('button', { name: messages('fi', 'pathway.ftl')['hv-show-person'] }).click();
      await page.locator('td[lang="ar"]').first().waitFor();
    }
    assert.deepEqual(await axeViolations(page), [], `${code} caseworker`);
    await page.goto(server.url + '#/handover/1.AAAA.AAAAAAA');
    await page.reload();
    await appReady(page);
    assert.deepEqual(await axeViolations(page), [], `${code} handover error`);
    await context.close();
  });
}
