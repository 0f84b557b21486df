// Dates a person reads (a topic's "last checked") are written in their
// language's own way by the browser's Intl: month names, digits, calendar.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, appReady, plain, contentData } from './harness.mjs';

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

/** The kela topic's last-checked date, as content/fi/topics.toml has it (ISO). */
function kelaChecked() {
  const kela = contentData().topics.find((t) => t.id === 'kela');
  const m = kela?.checked?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  assert.ok(m, 'the kela topic has its own check date');
  return { iso: m[0], y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

for (const [code, endonym, digits] of [['en', 'English', /\d/], ['fi', 'Suomi', /\d/], ['ar', 'العربية', /[\d\u0660-\u0669]/], ['fa', 'فارسی', /[\u06f0-\u06f9]/]]) {
  test(`a topic's last-checked date in ${code} is written in that language's way`, async () => {
    const date = kelaChecked();
    const { page, context } = await openPage(browser, server, { locale: 'en-GB' });
    await page.goto(server.url);
    await appReady(page);
    await page.getByRole('button', { name: new RegExp('^' + endonym) }).click();
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    await page.goto(server.url + '#/guide/kela');
    const line = plain(await page.locator('.last-checked').textContent());
    assert.ok(!line.includes(date.iso), `no ISO date: ${line}`);
    const expected = await page.evaluate(({ code, date }) => new Date(date.y, date.m - 1, date.d, 12)
      .toLocaleDateString(code + '-FI', { year: 'numeric', month: 'long', day: 'numeric' }), { code, date });
    assert.ok(line.includes(expected), `${line} has ${expected}`);
    assert.match(line, digits, 'the digits of the language');
    await context.close();
  });
}
