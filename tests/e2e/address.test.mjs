// The address bar names the page on screen from the moment it is painted: a
// reload, Back or a copied link right after a tap opens the page the person
// sees, not the one before it. Each tap is a real click; nothing waits for
// the browser to be idle.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, appReady, messages, plain, mainHeading } from './harness.mjs';

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

async function startInEnglish() {
  const session = await openPage(browser, server);
  await session.page.goto(server.url + '#/language');
  await appReady(session.page);
  await session.page.getByRole('button', { name: /^English/ }).click();
  await session.page.waitForFunction(() => document.documentElement.lang === 'en');
  return session;
}

/**
 * Records what the page shows and what the address bar says in the task
 * right after each click's own: the app's work for the click (the new page,
 * its effects) is done by then, and the browser has neither drawn the new
 * page nor had idle time yet.
 */
async function recordFirstFrames(page) {
  await page.evaluate(() => {
    window.__frames = [];
    window.addEventListener('click', () => setTimeout(() => {
      window.__frames.push({
        hash: location.hash,
        heading: document.querySelector('main h1')?.textContent.trim() ?? null,
        title: document.title,
        entries: history.length,
      });
    }, 0));
  });
}

async function firstFrame(page) {
  await page.waitForFunction(() => window.__frames.length > 0);
  return page.evaluate(() => window.__frames.shift());
}

const now = (page) => page.evaluate(() => ({ hash: location.hash, title: document.title, entries: history.length }));

test('a tap on an answer: a reload straight after it opens the next question, whose address the page has before it is drawn', async () => {
  const qn = messages('en', 'questions.ftl');
  const app = messages('en', 'app.ftl');
  const { page, context, errors } = await startInEnglish();
  await page.goto(server.url + '#/questions/age-group');
  await page.getByRole('heading', { name: qn['q-age-group'] }).waitFor();
  const start = await now(page);

  await page.locator('button.option[data-code="30-44"]').click();
  await page.reload();
  await appReady(page);
  assert.equal(plain(await mainHeading(page).textContent()), qn['q-residence-basis']);
  assert.equal(await page.evaluate(() => location.hash), '#/questions/residence-basis');
  // One tap, one history entry.
  assert.equal((await now(page)).entries, start.entries + 1);

  await recordFirstFrames(page);
  await page.locator('button.option[data-code="protection"]').click();
  const after = await now(page);
  assert.match(after.hash, /^#\/questions\/[a-z-]+$/);
  assert.notEqual(after.hash, '#/questions/residence-basis');
  const next = after.hash.slice('#/questions/'.length);
  const title = `${qn['q-' + next]} – ${app['app-name']}`;
  assert.equal(after.title, title);
  assert.equal(after.entries, start.entries + 2);
  assert.deepEqual(await firstFrame(page), { hash: after.hash, heading: qn['q-' + next], title, entries: start.entries + 2 });

  // Back goes to the question before, one tap at a time.
  await page.goBack();
  await page.getByRole('heading', { name: qn['q-residence-basis'] }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/questions/residence-basis');
  await page.goBack();
  await page.getByRole('heading', { name: qn['q-age-group'] }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/questions/age-group');
  await page.goForward();
  await page.getByRole('heading', { name: qn['q-residence-basis'] }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tap on a guide topic: a reload straight after it opens the topic; the address after a tap is there before the page is drawn', async () => {
  const guide = messages('en', 'guide.ftl');
  const app = messages('en', 'app.ftl');
  const { page, context, errors } = await startInEnglish();
  await page.getByRole('navigation').getByRole('link', { name: app['nav-guide'], exact: true }).click();
  const topic = page.getByRole('link', { name: guide['topic-kela-title'], exact: true });
  await topic.waitFor();
  const start = await now(page);

  await topic.click();
  assert.equal(await page.evaluate(() => location.hash), '#/guide/kela');
  await page.reload();
  await appReady(page);
  assert.equal(plain(await mainHeading(page).textContent()), guide['topic-kela-title']);
  assert.equal(await page.evaluate(() => location.hash), '#/guide/kela');
  assert.equal((await now(page)).entries, start.entries + 1);

  await recordFirstFrames(page);
  await page.getByRole('link', { name: app['topic-back'] }).first().click();
  assert.deepEqual(await firstFrame(page), {
    hash: '#/guide',
    heading: app['guide-title'],
    title: `${app['guide-title']} – ${app['app-name']}`,
    entries: start.entries + 2,
  });

  // Back returns to the topic, whose address it names.
  await page.goBack();
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent.trim() === t, guide['topic-kela-title']);
  assert.equal(await page.evaluate(() => location.hash), '#/guide/kela');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to the page on screen adds no history entry', async () => {
  const app = messages('en', 'app.ftl');
  const { page, context, errors } = await startInEnglish();
  const guideLink = page.getByRole('navigation').getByRole('link', { name: app['nav-guide'], exact: true });
  await guideLink.click();
  await page.waitForFunction(() => location.hash === '#/guide');
  const entries = await page.evaluate(() => history.length);
  await guideLink.click();
  // Whatever the browser does when idle is done too.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  assert.equal(await page.evaluate(() => location.hash), '#/guide');
  assert.equal(await page.evaluate(() => history.length), entries);
  assert.deepEqual(errors, []);
  await context.close();
});
