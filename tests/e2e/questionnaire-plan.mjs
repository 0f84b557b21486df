// How a person answers the questionnaire in the browser tests and the
// benchmark: one full set of answers (PLAN) that opens most follow-up
// questions, and answering the question on screen by keyboard or by taps.

/** The question now on screen (its id), or null on another page. */
export async function currentQuestion(page) {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' || document.querySelector('.check-answers'));
  return page.evaluate(() => document.querySelector('section.question')?.dataset.question ?? null);
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page, matches, arg) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches, arg)) return;
  }
  throw new Error('could not reach the element by Tab: ' + matches.toString() + ' ' + JSON.stringify(arg));
}

const isOption = (code) => document.activeElement?.dataset?.code === code;
const isCheckbox = (code) => document.activeElement?.type === 'checkbox' && document.activeElement.value === code;
const isId = (id) => document.activeElement?.id === id;
const isButtonText = (t) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === t;

/** Answers the question on screen from the plan, by keyboard or by clicks. */
export async function answer(page, q, action, { keyboard, qn }) {
  const before = await page.evaluate(() => location.hash);
  if (action.choice) {
    if (keyboard) {
      await tabTo(page, isOption, action.choice);
      await page.keyboard.press('Enter');
    } else {
      await page.locator(`button.option[data-code="${action.choice}"]`).click();
    }
  } else if (action.choices) {
    for (const c of action.choices) {
      if (keyboard) {
        await tabTo(page, isCheckbox, c);
        await page.keyboard.press('Space');
      } else {
        await page.locator(`label[for="opt-${c}"]`).click();
      }
    }
    if (keyboard) {
      await tabTo(page, isButtonText, qn['qn-continue-button']);
      await page.keyboard.press('Enter');
    } else {
      await page.getByRole('button', { name: qn['qn-continue-button'] }).click();
    }
  } else if (action.ym) {
    const [year, month] = action.ym;
    if (keyboard) {
      await tabTo(page, isId, 'answer-month');
      for (let i = 0; i < month; i++) await page.keyboard.press('ArrowDown');
      await tabTo(page, isId, 'answer-year');
      await page.keyboard.type(String(year));
      await page.keyboard.press('Enter');
    } else {
      await page.locator('#answer-month').selectOption(String(month));
      await page.locator('#answer-year').fill(String(year));
      await page.getByRole('button', { name: qn['qn-continue-button'] }).click();
    }
  } else if (action.typed !== undefined) {
    if (keyboard) {
      await tabTo(page, isId, 'answer-input');
      await page.keyboard.type(String(action.typed));
      await page.keyboard.press('Enter');
    } else {
      await page.locator('#answer-input').fill(String(action.typed));
      await page.getByRole('button', { name: qn['qn-continue-button'] }).click();
    }
  } else if (action.special) {
    if (keyboard) {
      await tabTo(page, isButtonText, qn[action.special]);
      await page.keyboard.press('Enter');
    } else {
      await page.getByRole('button', { name: qn[action.special], exact: true }).click();
    }
  } else {
    throw new Error('no plan for ' + q);
  }
  await page.waitForFunction((h) => location.hash !== h, before);
}

/** A full set of answers that also opens most follow-up questions. */
export const PLAN = {
  'age-group': { choice: '30-44' },
  'residence-basis': { choice: 'family' },
  'permit-date': { ym: [2024, 3] },
  'municipality-registered': { choice: 'yes' },
  'first-steps-done': { choices: ['identity-code', 'bank-account'] },
  'mother-tongue': { choice: 'other' },
  'mother-tongue-other': { typed: 'Wolof' },
  'other-languages': { choices: ['english', 'french'] },
  finnish: { choice: 'words' },
  swedish: { choice: 'none' },
  english: { choice: 'everyday' },
  'read-own': { choice: 'well' },
  'write-own': { choice: 'a-little' },
  'latin-alphabet': { choice: 'well' },
  'school-years': { typed: 14 },
  'education-level': { choice: 'bachelor' },
  'education-field': { choice: 'teaching' },
  'education-country': { choice: 'other' },
  certificates: { choice: 'some' },
  'unfinished-studies': { choice: 'no' },
  'has-worked': { choice: 'yes' },
  'work-fields': { choices: ['teaching', 'other'] },
  'work-other': { typed: 'Tutoring' },
  'work-years': { choice: '3-5' },
  'recent-work': { typed: 'Teacher' },
  entrepreneur: { choice: 'no' },
  'driving-licence': { choice: 'yes' },
  'licence-class': { choices: ['b'] },
  'phone-skills': { choice: 'well' },
  'computer-skills': { choice: 'a-little' },
  'online-services': { choice: 'a-little' },
  strengths: { special: 'qn-skip' },
  goals: { choices: ['work-soon', 'language-first'] },
  'main-goal': { choice: 'language-first' },
  jobseeker: { choice: 'yes' },
  'social-assistance': { special: 'qn-dont-know' },
  'has-children': { choice: 'yes' },
  'children-ages': { choices: ['under-3', '7-15'] },
  'home-care-allowance': { choice: 'no' },
  housing: { choice: 'own-rental' },
  urgent: { choices: ['none'] },
  'health-affects': { special: 'qn-prefer-not' },
  'talk-to-someone': { choice: 'no' },
  'appointment-language': { choice: 'own' },
  interpreter: { choice: 'yes' },
  'interpreter-language': { choice: 'french' },
  'contact-way': { choice: 'text-message' },
};

