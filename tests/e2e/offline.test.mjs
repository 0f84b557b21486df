// Offline use, installability, a strict Content-Security-Policy and updates:
// after one visit the guide and the questionnaire work with no network; the
// app runs under the recommended CSP (sent as an HTTP header) without a
// single violation; and a new build's service worker is found and waits.
//
// The server is harness.mjs's startServer with the recommended security
// headers; its overrides can change between visits (a "new build").

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROOT, startServer, launchBrowser, openPage, appReady, messages, plain } from './harness.mjs';

const DIST = join(ROOT, 'dist');

/** The policy docs/hosting.md recommends, exactly. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The recommended headers of docs/hosting.md's "Deployment", on every answer. */
const SECURE_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

function startSecureServer() {
  return startServer({}, { headers: SECURE_HEADERS });
}

let server;
let browser;
before(async () => {
  server = await startSecureServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every file of dist/ the service worker should keep (as scripts/postbuild.mjs chooses). */
function distFiles() {
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : [relative(DIST, p).split(sep).join('/')];
  });
  return walk(DIST).filter((f) => /\.(html|js|wasm|css|ftl|toml|json|webmanifest|svg|png)$/.test(f) && f !== 'sw.js').sort();
}

/**
 * Console and page errors, except a failed load of a file the build does
 * not have: the app looks for optional files (a municipality's
 * `local/<lang>.ftl`), and a missing one is no fault. Everything the build
 * has must load, online and offline.
 */
function watchErrors(page) {
  const built = new Set(distFiles().map((f) => server.url + f));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location()?.url ?? '';
    const optional = m.text().startsWith('Failed to load resource') && url.startsWith(server.url) && !built.has(url);
    if (!optional) errors.push(`${m.text()} ${url}`);
  });
  return errors;
}

/** Records CSP violations in the page, from the first script on. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return () => page.evaluate(() => window.__cspViolations);
}

async function chooseLanguage(page, endonym, code) {
  await page.getByRole('button', { name: new RegExp('^' + endonym) }).click();
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

/**
 * Waits until the service worker is active, then reloads so that it
 * controls the page. The app registers sw.js itself; if this build does not
 * (yet), the test registers it the same way (relative URL, scope ./) and says
 * so, so the worker's behaviour is still tested.
 */
async function serviceWorkerInControl(t, page) {
  const registered = await page.evaluate(async () => {
    for (let i = 0; i < 50; i++) {
      if (await navigator.serviceWorker.getRegistration()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  });
  if (!registered) {
    t.diagnostic('the app did not register sw.js (service_worker::register is not called yet): registered by the test');
    await page.evaluate(() => navigator.serviceWorker.register('sw.js', { scope: './' }));
  }
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, server.url, 'the scope is the app folder');
  await page.reload();
  await appReady(page);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker controls the page');
  return registered;
}

/** Opens the Kela topic from the guide's list and checks its text. */
async function openTopic(page, app, guide) {
  await page.getByRole('navigation').getByRole('link', { name: app['nav-guide'], exact: true }).click();
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, app['guide-title']);
  await page.getByRole('link', { name: guide['topic-kela-title'], exact: true }).click();
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, guide['topic-kela-title']);
  assert.ok((await page.locator('main').textContent()).includes(guide['topic-kela-step-1']));
}

/** Starts the questionnaire and answers its first question. */
async function answerFirstQuestion(page, qn) {
  await page.getByRole('navigation').getByRole('link', { name: messages('en', 'app.ftl')['qn-nav'] }).click();
  await page.getByRole('link', { name: qn['qn-start'] }).click();
  await page.waitForFunction(() => location.hash === '#/questions/age-group');
  assert.equal(plain(await page.locator('main h1').textContent()), qn['q-age-group']);
  await page.locator('button.option[data-code="18-29"]').click();
  await page.waitForFunction(() => location.hash.startsWith('#/questions/') && location.hash !== '#/questions/age-group');
  assert.match(await page.evaluate(() => localStorage.getItem('newcomer-guide.v2.answers')), /"age-group":\{"choice":"18-29"\}/);
}

test('after one visit, the guide and the questionnaire work offline, in every language', async (t) => {
  const app = messages('en', 'app.ftl');
  const guide = messages('en', 'guide.ftl');
  const qn = messages('en', 'questions.ftl');
  const { page, context, foreignRequests } = await openPage(browser, server);
  const errors = watchErrors(page);
  await page.goto(server.url);
  await appReady(page);
  await chooseLanguage(page, 'English', 'en');
  await serviceWorkerInControl(t, page);

  // Every app file is kept: shell, all locales, languages.toml, icons,
  // manifest, schema, and whatever else the build copied.
  const cached = await page.evaluate(async (scope) => {
    const names = await caches.keys();
    const mine = names.filter((n) => n.includes(scope));
    const cache = await caches.open(mine[0]);
    return { names: mine, files: (await cache.keys()).map((r) => r.url.slice(scope.length)).sort() };
  }, server.url);
  assert.equal(cached.names.length, 1, `one cache of this app: ${cached.names}`);
  assert.deepEqual(cached.files, distFiles());
  for (const f of ['locales/languages.toml', 'locales/ar/guide.ftl', 'locales/uk/questions.ftl', 'manifest.webmanifest', 'icon-512.png', 'handover.schema.json']) {
    assert.ok(cached.files.includes(f), `${f} is kept`);
  }

  await context.setOffline(true);
  const before = server.served.length;
  await page.reload();
  await appReady(page);
  assert.equal(plain(await page.locator('main h1').textContent()), app['home-title']);
  await openTopic(page, app, guide);
  await answerFirstQuestion(page, qn);

  // A language never loaded before comes from the cache too.
  const arApp = messages('ar', 'app.ftl');
  const arGuide = messages('ar', 'guide.ftl');
  await page.goto(server.url + '#/language');
  await chooseLanguage(page, 'العربية', 'ar');
  await page.goto(server.url + '#/guide/kela');
  await page.waitForFunction((tt) => document.querySelector('main h1')?.textContent === tt, arGuide['topic-kela-title']);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.ok(arApp['home-title']);

  // A fresh start of the app offline, at an address with a query (a kiosk's).
  await page.goto(server.url + '?kiosk=0#/guide/tax');
  await appReady(page);
  assert.equal(plain(await page.locator('main h1').textContent()), arGuide['topic-tax-title']);

  assert.equal(server.served.length, before, `nothing reached the server offline: ${server.served.slice(before)}`);
  assert.deepEqual(foreignRequests(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the app runs under the strict Content-Security-Policy with no violation', async (t) => {
  const app = messages('en', 'app.ftl');
  const guide = messages('en', 'guide.ftl');
  const qn = messages('en', 'questions.ftl');
  const { page, context, foreignRequests } = await openPage(browser, server);
  const errors = watchErrors(page);
  const violations = await watchCsp(page);
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await appReady(page);

  // No inline script or style in the built page.
  const inline = await page.evaluate(() => ({
    scripts: [...document.scripts].filter((s) => !s.src).length,
    styles: document.querySelectorAll('style').length,
  }));
  assert.deepEqual(inline, { scripts: 0, styles: 0 });

  await chooseLanguage(page, 'English', 'en');
  await openTopic(page, app, guide);
  await answerFirstQuestion(page, qn);

  // The installable parts: the manifest and its icons are there and load.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    const m = await (await fetch(link.href)).json();
    const icons = await Promise.all(m.icons.map(async (i) => (await fetch(new URL(i.src, link.href))).status));
    return { ...m, iconStatus: icons };
  });
  assert.equal(manifest.name, 'New in Finland');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.theme_color, '#0b5394');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512' && i.type === 'image/png'));
  assert.ok(manifest.iconStatus.every((s) => s === 200));

  // The service worker registers under worker-src, and a start from its
  // cache keeps the policy (the cached index.html keeps its headers).
  await serviceWorkerInControl(t, page);
  const again = await page.reload();
  await appReady(page);
  assert.ok(again.fromServiceWorker(), 'index.html came from the service worker');
  assert.equal(again.headers()['content-security-policy'], CSP);
  await page.goto(server.url + '#/guide/kela');
  await page.waitForFunction((tt) => document.querySelector('main h1')?.textContent === tt, guide['topic-kela-title']);

  // Chromium's own installability check.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // The test browser's contexts are private windows, where nothing installs.
  const blocking = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  assert.deepEqual(blocking, []);

  assert.deepEqual(await violations(), []);
  assert.deepEqual(foreignRequests(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new build is found, waits, and takes over when the person chooses', async (t) => {
  const app = messages('en', 'app.ftl');
  const { page, context } = await openPage(browser, server);
  const errors = watchErrors(page);
  await page.goto(server.url);
  await appReady(page);
  await chooseLanguage(page, 'English', 'en');
  const byApp = await serviceWorkerInControl(t, page);
  const registration = () => page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { waiting: r.waiting?.state ?? null, active: r.active?.state ?? null, controlled: !!navigator.serviceWorker.controller };
  });
  const waitingWorker = () => page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    for (let i = 0; i < 100 && !r.waiting; i++) await new Promise((done) => setTimeout(done, 100));
    return r.waiting?.state ?? null;
  });
  // The app's "new version" notice (src/ui/shell/notices.rs), shown by the
  // on_update callback of web::service_worker::register.
  const notice = byApp ? app['update-available'] : undefined;
  if (!notice) t.diagnostic('the app registers no worker or has no update-available text: the notice is not checked');
  const noticeShown = () => page.getByText(notice).waitFor({ timeout: 10000 });
  if (notice) assert.equal(await page.getByText(notice).count(), 0, 'no notice on a first visit');

  // A new build: sw.js changes (here by a comment). The next visit finds it.
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  server.overrides['sw.js'] = { body: sw + '\n// a new build\n' };
  try {
    await page.reload();
    await appReady(page);
    // It installs and waits, so the page is not switched under the person.
    assert.equal(await waitingWorker(), 'installed');
    assert.deepEqual(await registration(), { waiting: 'installed', active: 'activated', controlled: true });
    if (notice) {
      await noticeShown();
      // Still waiting at the next start: the notice again.
      await page.reload();
      await appReady(page);
      await noticeShown();
      // "Update now" (activate_update): the new version takes over and the
      // page reloads by itself.
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: app['update-reload'] }).click();
      await reloaded;
      await appReady(page);
      assert.equal(await page.getByText(notice).count(), 0, 'the notice is gone after the update');
    } else {
      // What activate_update asks of the waiting worker: take over at once.
      await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        const changed = new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
        r.waiting.postMessage('skip-waiting');
        await changed;
      });
    }
    const now = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      const active = r.active;
      if (active.state !== 'activated') {
        await new Promise((done) => active.addEventListener('statechange', () => active.state === 'activated' && done()));
      }
      return { waiting: r.waiting, active: active.state, controlled: !!navigator.serviceWorker.controller };
    });
    assert.deepEqual(now, { waiting: null, active: 'activated', controlled: true });
    assert.deepEqual(errors, []);
  } finally {
    delete server.overrides['sw.js'];
    await context.close();
  }
});

test("a municipality's edit of a text file on the server reaches a returning visitor", async (t) => {
  const app = messages('en', 'app.ftl');
  const { page, context } = await openPage(browser, server);
  const errors = watchErrors(page);
  await page.goto(server.url);
  await appReady(page);
  await chooseLanguage(page, 'English', 'en');
  await serviceWorkerInControl(t, page);
  assert.equal(plain(await page.locator('main h1').textContent()), app['home-title']);

  const original = readFileSync(join(DIST, 'locales', 'en', 'app.ftl'), 'utf8');
  const edited = 'Welcome to our town';
  server.overrides['locales/en/app.ftl'] = { body: original.replace(/^home-title = .*$/m, `home-title = ${edited}`) };
  try {
    // This start is served from the device at once, and the copy there is
    // refreshed in the background ...
    await page.reload();
    await appReady(page);
    assert.equal(plain(await page.locator('main h1').textContent()), app['home-title']);
    await page.waitForFunction(async (text) => {
      const response = await caches.match(new URL('locales/en/app.ftl', location.href).href);
      return response && (await response.text()).includes(text);
    }, edited, { polling: 100, timeout: 10000 });
    // ... so the next start shows the edit, offline too.
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    assert.equal(plain(await page.locator('main h1').textContent()), edited);
    assert.deepEqual(errors, []);
  } finally {
    delete server.overrides['locales/en/app.ftl'];
    await context.close();
  }
});

test('with fewer languages offered, only their texts are kept for offline use', async () => {
  const config = readFileSync(join(ROOT, 'public', 'municipality.toml'), 'utf8')
    .replace(/^#? ?enabled = \[.*\]$/m, 'enabled = ["fi", "sv"]');
  assert.match(config, /enabled = \["fi", "sv"\]/);
  const fewer = await startServer({ 'municipality.toml': { body: config } }, { headers: SECURE_HEADERS });
  const { page, context } = await openPage(browser, fewer, { locale: 'fi-FI' });
  try {
    await page.goto(fewer.url);
    await appReady(page);
    await chooseLanguage(page, 'Suomi', 'fi');
    const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active.scriptURL);
    assert.equal(worker, fewer.url + 'sw.js?locales=fi,sv,en', 'the offered languages and the English fallback');
    const cached = await page.evaluate(async (scope) => {
      const name = (await caches.keys()).find((n) => n.includes(scope));
      return (await (await caches.open(name)).keys()).map((r) => r.url.slice(scope.length));
    }, fewer.url);
    for (const f of ['index.html', 'locales/languages.toml', 'locales/fi/app.ftl', 'locales/sv/guide.ftl',
      'locales/en/questions.ftl', 'local/fi.ftl']) {
      assert.ok(cached.includes(f), `${f} is kept`);
    }
    assert.ok(cached.some((f) => f.endsWith('_bg.wasm')), 'the app itself is kept');
    const others = cached.filter((f) => /^(locales\/(?!(fi|sv|en)\/)[^/]+\/|local\/(?!(fi|sv|en)\.)[^/]+\.ftl)/.test(f));
    assert.deepEqual(others, [], 'languages not offered are not downloaded');
  } finally {
    await context.close();
    await fewer.close();
  }
});
