// Storage the browser blocks (private modes, strict settings): the app runs
// in memory, tells the person that nothing is kept, and never breaks.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, appReady, axeViolations, messages, plain } from './harness.mjs';

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

test('blocked localStorage: a notice, and the guide and the questionnaire still work', async () => {
  const app = messages('en', 'app.ftl');
  const qn = messages('en', 'questions.ftl');
  const { page, context, errors } = await openPage(browser, server, { locale: 'en-GB' });
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.goto(server.url);
  await appReady(page);
  await page.getByRole('button', { name: /^English/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(plain(await page.locator('.notice-storage').textContent()), app['notice-storage-blocked']);

  // The questionnaire answers in memory: one tap moves on to the next question.
  await page.getByRole('link', { name: app['qn-home-title'] }).click();
  await page.getByRole('link', { name: qn['qn-start'] }).click();
  const first = plain(await page.locator('main h1').textContent());
  await page.locator('section.question').getByRole('button').first().click();
  await page.waitForFunction((h) => document.querySelector('main h1')?.textContent.trim() !== h, first);
  assert.ok(await page.locator('.notice-storage').isVisible(), 'the notice stays while nothing is kept');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage that works shows no such notice', async () => {
  const { page, context } = await openPage(browser, server, { locale: 'en-GB' });
  await page.goto(server.url);
  await appReady(page);
  await page.getByRole('button', { name: /^English/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('.notice-storage').count(), 0);
  await context.close();
});
