// Every topic and every pathway step shows the official pages it rests on,
// with the owner's name and the day its text was checked, in the person's
// language, left to right and right to left. Decorations (the back arrow, the
// tick on a chosen answer) stay out of what a screen reader announces.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, openPage, appReady, axeViolations, messages, plain, mainHeading, contentData,
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

const ENDONYM = { en: 'English', ar: 'العربية' };
const data = contentData();

function onOfficialList(url) {
  const host = new URL(url).hostname;
  return data.official.some((d) => host === d || host.endsWith('.' + d));
}

/** The date as the person's language writes it (what the app must show). */
async function localDate(page, code, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return page.evaluate(({ code, y, m, d }) => new Date(y, m - 1, d, 12)
    .toLocaleDateString(code + '-FI', { year: 'numeric', month: 'long', day: 'numeric' }), { code, y, m, d });
}

async function chooseLanguage(page, code) {
  await page.goto(server.url + '#/language');
  await appReady(page);
  await page.getByRole('button', { name: new RegExp('^' + ENDONYM[code]) }).click();
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

for (const [code, dir] of [['en', 'ltr'], ['ar', 'rtl']]) {
  test(`every topic in ${code} shows its official sources, its own date in ${code}, and passes axe`, async () => {
    const guide = messages(code, 'guide.ftl');
    const { page, context } = await openPage(browser, server);
    await chooseLanguage(page, code);
    assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
    for (const topic of data.topics) {
      // As a person does: from the guide's list to the topic.
      await page.goto(server.url + '#/guide');
      await page.locator('main').getByRole('link', { name: plain(guide[`topic-${topic.id}-title`]), exact: true }).first().click();
      await page.waitForFunction((id) => location.hash === '#/guide/' + id, topic.id);
      assert.equal(plain(await mainHeading(page).textContent()), plain(guide[`topic-${topic.id}-title`]));

      const links = page.locator('.source-list a');
      const shown = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
      assert.equal(shown.length, topic.sources.length, `${topic.id}: one link per source`);
      assert.ok(shown.some((l) => l.href.startsWith('https://') && onOfficialList(l.href)), `${topic.id}: an official source`);
      for (const [i, id] of topic.sources.entries()) {
        const source = data.sources[id];
        assert.equal(shown[i].href, source.url, `${topic.id}: ${id}`);
        const owner = plain(guide[`owner-${source.owner}`]);
        const title = plain(guide[`source-${id}`]);
        assert.ok(owner && title, `${code}: labels for ${id}`);
        assert.ok(plain(shown[i].text).startsWith(`${owner}: ${title}`), `${topic.id}: "${plain(shown[i].text)}"`);
      }

      const checked = plain(await page.locator('.last-checked').textContent());
      const expected = await localDate(page, code, topic.checked);
      assert.ok(checked.includes(expected), `${topic.id}: "${checked}" has "${expected}"`);
      assert.ok(!checked.includes(topic.checked), `${topic.id}: no ISO date`);
      for (const note of ['DOMAIN.md', 'UNCONFIRMED', '§']) {
        assert.ok(!(await page.locator('main').textContent()).includes(note), `${topic.id}: ${note} on screen`);
      }
      assert.deepEqual(await axeViolations(page), [], `${code} ${topic.id}`);
    }
    await context.close();
  });
}

test('every pathway step shows its official sources and when they were checked; steps for everyone say so', async () => {
  const pathway = messages('en', 'pathway.ftl');
  const guide = messages('en', 'guide.ftl');
  const { page, context } = await openPage(browser, server);
  await chooseLanguage(page, 'en');
  // One answer, given by a tap, so the pathway has a person behind it.
  await page.goto(server.url + '#/questions/read-own');
  await page.locator('button.option[data-code="no"]').click();
  await page.waitForFunction(() => !location.hash.startsWith('#/questions/read-own'));
  await page.goto(server.url + '#/pathway');
  // Steps below the screen come in a moment: wait for the last one.
  await page.locator('article.step[data-step="community"]').waitFor();
  const steps = await page.locator('article.step').evaluateAll((els) => els.map((el) => ({
    id: el.dataset.step,
    links: [...el.querySelectorAll('.source-list a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent })),
    checked: el.querySelector('.source-checked')?.textContent ?? '',
    why: el.querySelector('.step-why')?.textContent ?? '',
    text: el.textContent,
  })));
  const ids = steps.map((s) => s.id);
  for (const id of ['social-guidance', 'literacy', 'civic-orientation', 'follow-up-plan', 'community']) {
    assert.ok(ids.includes(id), `${id} in ${ids}`);
  }
  const owners = new Set(Object.keys(guide).filter((k) => k.startsWith('owner-')).map((k) => plain(guide[k])));
  for (const s of steps) {
    assert.ok(s.links.length > 0, `${s.id}: no source`);
    assert.ok(s.links.some((l) => onOfficialList(l.href)), `${s.id}: no official source`);
    for (const l of s.links) {
      const owner = plain(l.text).split(':')[0];
      assert.ok(owners.has(owner), `${s.id}: "${plain(l.text)}" names its owner`);
    }
    assert.match(plain(s.checked), /\d{4}/, `${s.id}: checked date`);
    assert.ok(!s.text.includes('DOMAIN.md') && !s.text.includes('§'), `${s.id}: internal note on screen`);
  }
  for (const id of ['civic-orientation', 'follow-up-plan', 'community']) {
    assert.equal(plain(steps.find((s) => s.id === id).why), plain(pathway['pw-for-everyone']), id);
  }
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

/** Accessible names of the page's nodes, as Chromium gives them to a screen reader. */
async function accessibleNames(page, role) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => n.role?.value === role && !n.ignored).map((n) => n.name?.value ?? '');
}

test('the back arrow and the tick on a chosen answer are not read out', async () => {
  const app = messages('en', 'app.ftl');
  const { page, context } = await openPage(browser, server);
  await chooseLanguage(page, 'en');
  await page.goto(server.url + '#/guide/kela');
  await mainHeading(page).waitFor();
  const links = await accessibleNames(page, 'link');
  const back = plain(app['topic-back']);
  assert.ok(links.includes(back), `"${back}" in ${JSON.stringify(links.slice(0, 8))}`);
  assert.ok(links.every((n) => !n.includes('‹') && !n.includes('›')), JSON.stringify(links));

  await page.goto(server.url + '#/questions/jobseeker');
  await page.locator('button.option[data-code="no"]').click();
  await page.waitForFunction(() => !location.hash.startsWith('#/questions/jobseeker'));
  await page.goto(server.url + '#/questions/jobseeker');
  await page.locator('button.option.selected').waitFor();
  // The tick is drawn ...
  const tick = await page.locator('button.option.selected').evaluate((b) => getComputedStyle(b, '::after').content);
  assert.ok(tick.includes('✓'), tick);
  // ... and not announced.
  const buttons = await accessibleNames(page, 'button');
  assert.ok(buttons.length > 2);
  assert.ok(buttons.every((n) => !n.includes('✓')), JSON.stringify(buttons));
  await context.close();
});
