// The needs questionnaire as a person uses it: by keyboard only in English,
// by taps in Arabic with a reload half-way, changing answers from the check
// page, deleting everything, and an accessibility audit of every kind of
// question in a left-to-right and a right-to-left language.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, appReady, axeViolations, messages, plain, stubSpeech, mainHeading } from './harness.mjs';
import { PLAN, answer, currentQuestion, tabTo } from './questionnaire-plan.mjs';

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

const ENDONYMS = { ar: 'العربية', en: 'English' };

async function startIn(code, options = {}) {
  const session = await openPage(browser, server, options);
  await session.page.goto(server.url + '#/language');
  await appReady(session.page);
  await session.page.getByRole('button', { name: new RegExp('^' + ENDONYMS[code]) }).click();
  await session.page.waitForFunction((c) => document.documentElement.lang === c, code);
  return session;
}

/** Answers from the current question to the check page; returns the ids seen. */
async function answerAll(page, opts, stopAfter = Infinity) {
  const seen = [];
  for (let q = await currentQuestion(page); q; q = await currentQuestion(page)) {
    assert.ok(!seen.includes(q), `question ${q} asked twice`);
    seen.push(q);
    await answer(page, q, PLAN[q], opts);
    if (seen.length >= stopAfter) break;
  }
  return seen;
}

async function storedKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('newcomer-guide.')));
}

test('the whole questionnaire in English by keyboard only', async () => {
  const qn = messages('en', 'questions.ftl');
  const { page, context, errors, foreignRequests } = await startIn('en');
  await page.goto(server.url + '#/questions');
  await appReady(page);
  await tabTo(page, (t) => document.activeElement?.textContent.trim() === t, qn['qn-start']);
  await page.keyboard.press('Enter');
  const seen = await answerAll(page, { keyboard: true, qn });
  // Every question in the plan applies to this person, in this order.
  assert.deepEqual(seen, Object.keys(PLAN));
  assert.equal(plain(await mainHeading(page).textContent()), qn['qn-check-title']);
  const row = (id) => page.locator(`.summary-row[data-question="${id}"] .summary-answer`);
  assert.equal(plain(await row('mother-tongue-other').textContent()), 'Wolof');
  assert.equal(plain(await row('permit-date').textContent()), `${qn['month-3']} 2024`);
  assert.equal(plain(await row('school-years').textContent()), '14');
  assert.equal(plain(await row('health-affects').textContent()), qn['qn-answer-prefer-not']);
  assert.equal(plain(await row('strengths').textContent()), qn['qn-answer-skipped']);
  assert.equal(plain(await row('social-assistance').textContent()), qn['qn-answer-dont-know']);
  assert.equal(plain(await row('goals').textContent()), `${qn['opt-goal-work-soon']}, ${qn['opt-goal-language-first']}`);
  assert.equal(await page.locator('.summary-row').count(), seen.length);
  assert.deepEqual(foreignRequests(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in Arabic by taps, reloading half-way and continuing', async () => {
  const qn = messages('ar', 'questions.ftl');
  const { page, context, errors } = await startIn('ar');
  await page.getByRole('link', { name: messages('ar', 'app.ftl')['qn-home-title'] }).click();
  await page.getByRole('link', { name: qn['qn-start'] }).click();
  const first = await answerAll(page, { keyboard: false, qn }, 15);
  const stoppedAt = await currentQuestion(page);

  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  await page.getByRole('navigation').getByRole('link', { name: messages('ar', 'app.ftl')['qn-nav'] }).click();
  await page.getByText(qn['qn-continue']).click();
  assert.equal(await currentQuestion(page), stoppedAt, 'continues where it stopped');
  const rest = await answerAll(page, { keyboard: false, qn });
  assert.deepEqual([...first, ...rest], Object.keys(PLAN));
  assert.equal(plain(await mainHeading(page).textContent()), qn['qn-check-title']);
  const row = (id) => page.locator(`.summary-row[data-question="${id}"] .summary-answer`);
  assert.equal(plain(await row('housing').textContent()), qn['opt-housing-own-rental']);
  assert.equal(plain(await row('age-group').textContent()), qn['opt-age-30-44']);
  assert.deepEqual(errors, []);
  await context.close();
});

/** How a hovered option and one that is not hovered look. */
async function optionLooks(page) {
  return page.evaluate(() => {
    const hovered = document.querySelector('.option:hover');
    const other = [...document.querySelectorAll('.option')].find((o) => !o.matches(':hover'));
    const look = (e) => e && `${getComputedStyle(e).backgroundColor} ${getComputedStyle(e).borderColor}`;
    return { hovered: look(hovered), other: look(other) };
  });
}

test('on a touch screen the last tapped answer does not stay highlighted on the next question, with no tap flash; a mouse still highlights', async () => {
  const { page, context } = await startIn('en', { touch: true });
  await page.goto(server.url + '#/questions/' + Object.keys(PLAN)[0]);
  await page.waitForSelector('section.question');
  const first = await currentQuestion(page);
  await page.locator('button.option').first().tap();
  await page.waitForFunction((q) => document.querySelector('section.question')?.dataset.question !== q, first);
  // A touch browser may go on counting the element last touched as hovered
  // (Chromium does, when Leptos reuses that button for the next question,
  // unless something moves the hover on). Put the pointer over an option of
  // the next question, so one is hovered whatever the browser did...
  const next = await page.locator('button.option').first().boundingBox();
  await page.mouse.move(next.x + next.width / 2, next.y + next.height / 2);
  const touched = await optionLooks(page);
  assert.ok(touched.hovered, 'an option of the next question is hovered');
  // ...but on a screen without a mouse it must not look like a choice.
  assert.equal(touched.hovered, touched.other);
  // Nor does the browser paint its own flash over a tapped control.
  assert.equal(await page.locator('button.option').first().evaluate((e) => getComputedStyle(e).webkitTapHighlightColor), 'rgba(0, 0, 0, 0)');
  await context.close();

  const mouse = await startIn('en');
  await mouse.page.goto(server.url + '#/questions/' + Object.keys(PLAN)[0]);
  await mouse.page.waitForSelector('section.question');
  await mouse.page.locator('button.option').first().hover();
  const pointed = await optionLooks(mouse.page);
  assert.ok(pointed.hovered);
  assert.notEqual(pointed.hovered, pointed.other, 'a mouse pointer highlights the option under it');
  await mouse.context.close();
});

test('changing an answer on the check page adds or removes the questions that depend on it', async () => {
  const qn = messages('en', 'questions.ftl');
  const { page, context } = await startIn('en');
  await page.goto(server.url + '#/questions/has-worked');
  await page.locator('button.option[data-code="no"]').click();
  await page.goto(server.url + '#/questions/check');
  await appReady(page);
  const rows = page.locator('.summary-row');
  const ids = async () => rows.evaluateAll((rs) => rs.map((r) => r.dataset.question));
  assert.ok(!(await ids()).includes('work-fields'));

  // Change "have you worked" to yes: the new follow-up questions are asked,
  // then the check page returns with them.
  await page.locator('.summary-row[data-question="has-worked"] a').click();
  await page.locator('button.option[data-code="yes"]').click();
  assert.equal(await currentQuestion(page), 'work-fields');
  await answer(page, 'work-fields', { choices: ['sales'] }, { keyboard: false, qn });
  assert.equal(await currentQuestion(page), 'work-years');
  await answer(page, 'work-years', { choice: '1-2' }, { keyboard: false, qn });
  assert.equal(await currentQuestion(page), 'recent-work');
  await answer(page, 'recent-work', { special: 'qn-skip' }, { keyboard: false, qn });
  // No more follow-ups: back on the check page.
  await page.waitForFunction(() => location.hash === '#/questions/check');
  await appReady(page);
  assert.ok((await ids()).includes('work-fields'));
  assert.equal(plain(await page.locator('.summary-row[data-question="work-fields"] .summary-answer').textContent()), qn['opt-field-sales']);

  // Back to no: the follow-ups and their answers vanish.
  await page.locator('.summary-row[data-question="has-worked"] a').click();
  await page.locator('button.option[data-code="no"]').click();
  await page.waitForFunction(() => location.hash === '#/questions/check');
  await appReady(page);
  const after = await ids();
  for (const gone of ['work-fields', 'work-years', 'recent-work']) assert.ok(!after.includes(gone), `${gone} still listed`);
  const stored = await page.evaluate(() => localStorage.getItem('newcomer-guide.v2.answers'));
  assert.ok(!stored.includes('sales'), 'the hidden answer is not kept in storage');
  await context.close();
});

test('after a change with nothing new to ask, the check page returns', async () => {
  const { page, context } = await startIn('en');
  await page.goto(server.url + '#/questions/housing');
  await page.locator('button.option[data-code="temporary"]').click();
  await page.goto(server.url + '#/questions/check');
  await page.locator('.summary-row[data-question="housing"] a').click();
  await page.locator('button.option[data-code="own-rental"]').click();
  await page.waitForFunction(() => location.hash === '#/questions/check');
  await context.close();
});

test("the browser's Back and Forward step through the answered questions, each announced by its heading", async () => {
  const { page, context, errors } = await startIn('en');
  const qn = messages('en', 'questions.ftl');
  await page.goto(server.url + '#/questions/age-group');
  const first = await currentQuestion(page);
  await page.locator(`button.option[data-code="${PLAN[first].choice}"]`).click();
  const second = await currentQuestion(page);
  assert.notEqual(second, first);
  // The address and the title follow the page.
  await page.waitForFunction((id) => location.hash === '#/questions/' + id, second);
  await page.waitForFunction((t) => document.title === t, `${qn['q-' + second]} – ${messages('en', 'app.ftl')['app-name']}`);
  await page.locator(`button.option[data-code="${PLAN[second].choice}"]`).click();
  const third = await currentQuestion(page);
  await page.waitForFunction((id) => location.hash === '#/questions/' + id, third);

  await page.goBack();
  await page.waitForFunction((id) => document.querySelector('section.question')?.dataset.question === id, second);
  assert.equal(await currentQuestion(page), second);
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), qn['q-' + second]);
  await page.goBack();
  await page.waitForFunction((id) => document.querySelector('section.question')?.dataset.question === id, first);
  await page.goForward();
  await page.waitForFunction((id) => document.querySelector('section.question')?.dataset.question === id, second);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  // The answers given stay chosen when stepping back.
  assert.equal(await page.locator('button.option[aria-pressed="true"]').getAttribute('data-code'), PLAN[second].choice);
  assert.deepEqual(errors, []);
  await context.close();
});

/** What the question page shows now: only what is visible counts. */
async function shownParts(page) {
  return page.evaluate(() => {
    const page = document.querySelector('section.question');
    const seen = (el) => Boolean(el?.checkVisibility());
    return {
      options: [...page.querySelectorAll('button.option')].filter(seen).map((b) => ({
        label: b.textContent.trim(),
        pressed: b.getAttribute('aria-pressed'),
        picture: Boolean(b.querySelector('svg')),
      })),
      intro: seen(page.querySelector('#q-intro')),
      help: seen(page.querySelector('#q-help')) ? page.querySelector('#q-help').textContent.trim() : null,
      specials: [...page.querySelectorAll('button.special')].filter(seen).map((b) => b.textContent.trim()),
      describedBy: page.querySelector('fieldset').getAttribute('aria-describedby'),
      heading: page.querySelector('h1').textContent.trim(),
    };
  });
}

test('from one question to the next the page shows exactly that question: its options, help, intro and special answers', async () => {
  const qn = messages('en', 'questions.ftl');
  const labels = (set) => Object.keys(qn).filter((k) => k.startsWith(`opt-${set}-`)).map((k) => qn[k]);
  const { page, context } = await startIn('en', { touch: true });
  await page.goto(server.url + '#/questions/health-affects');
  await appReady(page);
  // What each question should show, in the order the taps reach them.
  const expected = [
    ['health-affects', 'affects', { intro: true, specials: ['qn-prefer-not'] }, 'a-little'],
    ['talk-to-someone', 'yesno', { intro: true, specials: ['qn-prefer-not'], pictures: true }, 'no'],
    ['appointment-language', 'apptlang', { specials: [] }, 'own'],
    ['interpreter', 'yesno', { specials: ['qn-dont-know'], pictures: true }, 'yes'],
    ['interpreter-language', 'language', { specials: [] }, 'somali'],
    ['contact-way', 'contact', { help: true, specials: [], pictures: true }, null],
  ];
  for (const [id, set, want, tap] of expected) {
    await page.waitForFunction((id) => document.querySelector('section.question')?.dataset.question === id
      && document.activeElement?.tagName === 'H1', id);
    const shown = await shownParts(page);
    assert.equal(shown.heading, qn[`q-${id}`], id);
    assert.deepEqual(shown.options.map((o) => o.label), labels(set), `${id}: options`);
    assert.ok(shown.options.every((o) => o.pressed === 'false'), `${id}: nothing chosen yet`);
    assert.ok(shown.options.every((o) => o.picture === Boolean(want.pictures)), `${id}: pictograms`);
    assert.equal(shown.intro, Boolean(want.intro), `${id}: section intro`);
    assert.equal(shown.help, want.help ? qn[`q-${id}-help`] : null, `${id}: help`);
    assert.deepEqual(shown.specials, want.specials.map((k) => qn[k]), `${id}: special answers`);
    const describedBy = (shown.describedBy ?? '').split(' ').filter(Boolean);
    assert.deepEqual(describedBy, [...(want.intro ? ['q-intro'] : []), ...(want.help ? ['q-help'] : [])], `${id}: described by`);
    // Screen readers meet the same buttons: the options, the special
    // answers and read-aloud, nothing hidden.
    const buttons = await page.locator('section.question').getByRole('button').count();
    assert.equal(buttons, shown.options.length + shown.specials.length + 1, `${id}: buttons in the accessibility tree`);
    if (tap) await page.locator(`button.option[data-code="${tap}"]`).tap();
  }
  // Back shows each earlier answer as chosen, and only that one.
  for (const [id, set, tapped] of [['interpreter-language', 'language', 'somali'], ['interpreter', 'yesno', 'yes']]) {
    await page.locator('section.question').getByRole('link', { name: qn['qn-back'] }).tap();
    await page.waitForFunction((id) => document.querySelector('section.question')?.dataset.question === id, id);
    const shown = await shownParts(page);
    assert.deepEqual(shown.options.filter((o) => o.pressed === 'true').map((o) => o.label), [qn[`opt-${set}-${tapped}`]], id);
    assert.equal(shown.options.length, labels(set).length, id);
  }
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('in a background tab, which draws no frames, the address and title follow an answer at once', async () => {
  const { page, context, errors } = await startIn('en');
  const qn = messages('en', 'questions.ftl');
  const app = messages('en', 'app.ftl');
  await page.goto(server.url + '#/questions/age-group');
  await currentQuestion(page);
  // Right after the answer (its effects have run) both are written, in a
  // hidden tab as in a visible one (tests/e2e/address.test.mjs).
  const answerNow = () => page.evaluate(async () => {
    document.querySelector('button.option').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return [location.hash, document.title];
  });
  await answerNow();
  await page.waitForFunction(() => location.hash === '#/questions/residence-basis');
  await page.evaluate(() => Object.defineProperty(document, 'hidden', { configurable: true, get: () => true }));
  assert.deepEqual(await answerNow(), ['#/questions/permit-date', `${qn['q-permit-date']} – ${app['app-name']}`]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('wrong input gets a message next to the field, and nothing invalid is stored', async () => {
  const qn = messages('en', 'questions.ftl');
  const { page, context } = await startIn('en');
  await page.goto(server.url + '#/questions/permit-date');
  await page.locator('#answer-month').selectOption('5');
  await page.locator('#answer-year').fill('2999');
  await page.getByRole('button', { name: qn['qn-continue-button'] }).click();
  await page.getByText(qn['error-in-future']).waitFor();
  assert.match(await page.locator('#answer-year').getAttribute('aria-describedby'), /q-error/);
  assert.equal(await page.locator('#answer-year').getAttribute('aria-invalid'), 'true');
  await page.locator('#answer-year').fill('1901');
  await page.getByRole('button', { name: qn['qn-continue-button'] }).click();
  await page.waitForFunction(() => document.querySelector('#q-error')?.textContent.includes('1950'));
  assert.equal(await page.evaluate(() => localStorage.getItem('newcomer-guide.v2.answers')), null);

  await page.goto(server.url + '#/questions/school-years');
  await page.locator('#answer-input').fill('45');
  await page.getByRole('button', { name: qn['qn-continue-button'] }).click();
  await page.waitForFunction(() => /0.*30/.test(document.querySelector('#q-error')?.textContent ?? ''));
  await page.locator('#answer-input').fill('١٢');
  await page.getByRole('button', { name: qn['qn-continue-button'] }).click();
  await page.waitForFunction(() => location.hash !== '#/questions/school-years');
  assert.match(await page.evaluate(() => localStorage.getItem('newcomer-guide.v2.answers')), /"school-years":\{"number":12\}/);
  await context.close();
});

test('delete my data removes every stored trace', async () => {
  const qn = messages('en', 'questions.ftl');
  const guide = messages('en', 'guide.ftl');
  const { page, context } = await startIn('en');
  await page.goto(server.url + '#/guide/first-steps');
  await page.getByText(guide['check-bank'], { exact: true }).click();
  await page.goto(server.url + '#/questions/age-group');
  await page.locator('button.option[data-code="18-29"]').click();
  assert.deepEqual((await storedKeys(page)).sort(), [
    'newcomer-guide.v1.checklist', 'newcomer-guide.v1.locale', 'newcomer-guide.v2.answers',
  ]);
  await page.goto(server.url + '#/questions');
  await page.getByRole('button', { name: qn['qn-delete'] }).click();
  // Nothing happens before the confirmation.
  assert.equal((await storedKeys(page)).length, 3);
  await page.getByRole('button', { name: qn['qn-delete-yes'] }).click();
  await page.getByText(messages('en', 'app.ftl')['qn-deleted']).waitFor();
  assert.deepEqual(await storedKeys(page), []);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  // Nothing is left in the interface either.
  await page.getByRole('link', { name: qn['qn-start'] }).waitFor();
  await page.goto(server.url + '#/guide/first-steps');
  assert.equal(await page.getByLabel(guide['check-bank']).isChecked(), false);
  await context.close();
});

test('corrupt stored answers are removed with a notice, an older version is migrated', async () => {
  const qn = messages('en', 'questions.ftl');
  const { page, context } = await startIn('en');
  await page.evaluate(() => localStorage.setItem('newcomer-guide.v2.answers', '{"v":2,"answers":'));
  await page.reload();
  await page.getByText(qn['qn-notice-discarded']).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('newcomer-guide.v2.answers')), null);

  await page.evaluate(() => localStorage.setItem('newcomer-guide.v1.answers', '{"v":1,"answers":{"age-group":"18-29","housing":"castle"}}'));
  await page.reload();
  await page.getByText(messages('en', 'app.ftl')['qn-notice-dropped']).waitFor();
  await page.goto(server.url + '#/questions/check');
  assert.equal(plain(await page.locator('.summary-row[data-question="age-group"] .summary-answer').textContent()), qn['opt-age-18-29']);
  assert.equal(await page.evaluate(() => localStorage.getItem('newcomer-guide.v1.answers')), null);

  await page.evaluate(() => localStorage.setItem('newcomer-guide.v2.answers', '{"v":7,"answers":{}}'));
  await page.reload();
  await page.getByText(qn['qn-notice-newer']).waitFor();
  await page.goto(server.url + '#/questions/housing');
  await page.locator('button.option[data-code="none"]').click();
  assert.equal(await page.evaluate(() => localStorage.getItem('newcomer-guide.v2.answers')), '{"v":7,"answers":{}}', 'newer data left untouched');
  await context.close();
});

for (const code of ['en', 'ar']) {
  test(`accessibility audit of every kind of question in ${code}`, async () => {
    const qn = messages(code, 'questions.ftl');
    const { page, context } = await startIn(code);
    await page.goto(server.url + '#/questions/mother-tongue');
    await page.locator('button.option[data-code="other"]').click();
    const screens = [
      ['#/questions', null],
      ['#/questions/age-group', null], // single choice
      ['#/questions/finnish', null], // single with pictograms
      ['#/questions/other-languages', null], // multiple choice
      ['#/questions/permit-date', null], // year and month
      ['#/questions/permit-date', 'submit-empty'], // with an error
      ['#/questions/school-years', null], // number
      ['#/questions/mother-tongue-other', null], // text
      ['#/questions/health-affects', null], // sensitive, with intro
      ['#/questions/check', null],
    ];
    for (const [route, action] of screens) {
      await page.goto(server.url + route);
      await appReady(page);
      if (action === 'submit-empty') {
        await page.getByRole('button', { name: qn['qn-continue-button'] }).click();
        await page.locator('#q-error:not(:empty)').waitFor();
      }
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${code} ${route} ${action ?? ''}: ${JSON.stringify(violations, null, 1)}`);
    }
    // The delete confirmation too.
    await page.goto(server.url + '#/questions');
    await page.getByRole('button', { name: qn['qn-delete'] }).click();
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

test('questions read aloud with their options', async () => {
  const qn = messages('en', 'questions.ftl');
  const app = messages('en', 'app.ftl');
  const session = await openPage(browser, server);
  const { page, context } = session;
  await stubSpeech(page);
  await page.goto(server.url + '#/language');
  await appReady(page);
  await page.getByRole('button', { name: /^English/ }).click();
  await page.goto(server.url + '#/questions/housing');
  await page.getByRole('button', { name: app['read-aloud'] }).click();
  const [spoken] = await page.evaluate(() => window.__spoken);
  for (const key of ['q-housing', 'opt-housing-own-rental', 'opt-housing-temporary', 'opt-housing-none']) {
    assert.ok(spoken.includes(qn[key]), `${key} not read`);
  }
  await context.close();
});
