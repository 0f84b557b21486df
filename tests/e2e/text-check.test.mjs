// A broken entry in a text file edited on the server: the app skips it and
// keeps the texts around it, and the settings check page (and the console)
// name the file and the line, for the web admin who edited it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, openPage, appReady, axeViolations, messages, plain, ROOT } from './harness.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('a broken .ftl entry is skipped, and the settings check names its file and line', async () => {
  const guide = readFileSync(join(ROOT, 'locales', 'fi', 'guide.ftl'), 'utf8').split('\n');
  // Line 3 of the Finnish guide breaks (an unclosed placeable); the
  // municipality's local file breaks on its line 2.
  const brokenLine = 3;
  guide.splice(brokenLine - 1, 0, 'broken-entry = { $unclosed');
  const server = await startServer({
    'locales/fi/guide.ftl': { body: guide.join('\n') },
    'local/fi.ftl': { body: 'local-fine = Hyvä\nlocal-bad = }\n' },
  });
  try {
    const fi = messages('fi', 'app.ftl');
    const admin = messages('fi', 'admin.ftl');
    const { page, context, errors } = await openPage(browser, server, { locale: 'fi-FI' });
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(server.url);
    await appReady(page);
    await page.getByRole('button', { name: /^Suomi/ }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fi');
    // The texts around the broken entry still show in Finnish.
    await page.getByRole('navigation').getByRole('link', { name: fi['nav-guide'] }).click();
    await page.locator('main h1').waitFor();
    const topics = plain(await page.locator('main').textContent());
    assert.ok(topics.includes(messages('fi', 'guide.ftl')['topic-kela-title']), topics);

    await page.goto(server.url + '#/admin/config-check');
    await page.locator('.text-problem').first().waitFor();
    const found = await page.locator('.text-problem').evaluateAll((ps) => ps.map((p) => [p.dataset.path, Number(p.dataset.line)]));
    assert.deepEqual(found, [['locales/fi/guide.ftl', brokenLine], ['local/fi.ftl', 2]]);
    const first = plain(await page.locator('.text-problem').first().textContent());
    assert.ok(first.includes(admin['admin-texts-broken']), first);
    assert.ok(warnings.some((w) => w.startsWith(`locales/fi/guide.ftl line ${brokenLine}:`)), warnings.join('\n'));
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('with every text file in order, the settings check says so', async () => {
  const server = await startServer();
  try {
    const { page, context } = await openPage(browser, server, { locale: 'en-GB' });
    await page.goto(server.url + '#/admin/config-check');
    await appReady(page);
    const ok = page.locator('section[aria-labelledby="admin-texts-title"] .admin-ok');
    await ok.waitFor();
    assert.equal(plain(await ok.textContent()), messages('en', 'admin.ftl')['admin-texts-none']);
    await context.close();
  } finally {
    await server.close();
  }
});
