// Shared browser-test harness: serves dist/ from a subfolder of a local
// server (proving relative paths work), drives Debian's Chromium through
// playwright-core, records every request, and runs axe-core.

import { FluentBundle, FluentResource } from '@fluent/bundle';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
/** The app is served from a subfolder, as many municipalities host it. */
export const BASE_PATH = '/sub/guide/';

/** Content types of the app's files (also used by the benchmark's server). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Starts a static server for dist/ under BASE_PATH. `overrides` maps a path
 * below BASE_PATH (e.g. 'locales/fi/guide.ftl') to { status, body } to
 * simulate a missing, broken or changed file; it is read on every request,
 * so a test may change it between visits. `headers` are added to every
 * answer (such as a Content-Security-Policy). `served` lists every path
 * asked for.
 */
export async function startServer(overrides = {}, { headers = {} } = {}) {
  const served = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    served.push(url.pathname);
    if (!url.pathname.startsWith(BASE_PATH)) {
      res.writeHead(404).end('not here');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(BASE_PATH.length)) || 'index.html';
    if (overrides[rel]) {
      const o = overrides[rel];
      res.writeHead(o.status ?? 200, { 'content-type': TYPES[extname(rel)] ?? 'text/plain', ...headers });
      res.end(o.body ?? '');
      return;
    }
    const file = normalize(join(DIST, rel));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const s = await stat(file);
      const path = s.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return { origin, url: origin + BASE_PATH, overrides, served, close: () => new Promise((r) => server.close(r)) };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh browser context (empty storage) whose every request is recorded,
 * with page errors collected. `locale` sets navigator.languages;
 * `serviceWorkers: 'block'` keeps the offline copy out of a byte count.
 */
export async function openPage(browser, server, { locale = 'en-US', viewport, serviceWorkers = 'allow', touch = false } = {}) {
  const context = await browser.newContext({
    locale,
    serviceWorkers,
    viewport: viewport ?? { width: 412, height: 915 },
    // A phone: a touch screen and no mouse (CSS `hover: none`).
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    context,
    page,
    requests,
    errors,
    /** Requests that left the app's own origin. */
    foreignRequests: () => requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:')),
  };
}

/**
 * Waits for the app to have rendered its first page (text loaded): a
 * heading on screen, not one of a page waiting hidden beside it.
 */
/**
 * A page whose app (the wasm) waits until `release()` is called, so the
 * build's first screen stays for the test to look at.
 */
export async function slowStart(browser, server, options) {
  const opened = await openPage(browser, server, options);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await opened.context.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return { ...opened, release };
}

export async function appReady(page) {
  await page.waitForSelector('#main h1 >> visible=true', { timeout: 20000 });
}

/**
 * The main heading of the page showing. A page built ahead of time (the
 * pathway, while the answers are checked) waits hidden beside it.
 */
export function mainHeading(page) {
  return page.locator('main').getByRole('heading', { level: 1 });
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core for WCAG 2.1 A and AA; returns the violations. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/**
 * The messages of a locale's .ftl file that need no variables, formatted as
 * the app formats them (Fluent, with the locale's terms from terms.ftl and
 * se/terms.ftl), as the tests' source of truth for what the page must show. Isolation marks
 * are left out; `plain()` strips them from the page's text.
 */
export function messages(code, file) {
  const read = (f) => readFileSync(join(ROOT, 'locales', code, f), 'utf8');
  const bundle = new FluentBundle(code, { useIsolating: false });
  bundle.addResource(new FluentResource(read('terms.ftl')));
  // The Sweden pack's terms, for a locale offered for it.
  if (existsSync(join(ROOT, 'locales', code, 'se', 'terms.ftl'))) bundle.addResource(new FluentResource(read('se/terms.ftl')));
  const resource = new FluentResource(read(file));
  bundle.addResource(resource);
  const out = {};
  for (const { id } of resource.body) {
    if (id.startsWith('-')) continue;
    const message = bundle.getMessage(id);
    if (!message?.value) continue;
    const errors = [];
    const text = bundle.formatPattern(message.value, null, errors);
    if (errors.length === 0) out[id] = text.trim();
  }
  return out;
}

/**
 * The Finland pack's topics and sources as content/fi/topics.toml has them,
 * read with a small pattern (the file's own layout: one `[[topic]]` or
 * `[[source]]` table after another, one key per line).
 */
export function contentData(pack = 'fi') {
  const src = readFileSync(join(ROOT, 'content', pack, 'topics.toml'), 'utf8');
  const tables = src.split(/^\[\[/m).slice(1).map((block) => {
    const kind = block.slice(0, block.indexOf(']]'));
    const fields = {};
    for (const m of block.matchAll(/^([a-z-]+) = (.+)$/gm)) {
      fields[m[1]] = m[2].startsWith('[')
        ? [...m[2].matchAll(/"([^"]*)"/g)].map((x) => x[1])
        : m[2].replace(/^"|"$/g, '');
    }
    return { kind, ...fields };
  });
  const official = [...src.match(/^official-domains = \[([\s\S]*?)\]/m)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  return {
    topics: tables.filter((t) => t.kind === 'topic'),
    sources: Object.fromEntries(tables.filter((t) => t.kind === 'source').map((s) => [s.id, s])),
    official,
  };
}

/** The topic ids, in the guide's order. */
export function topicIds() {
  return contentData().topics.map((t) => t.id);
}

/** Strips Unicode bidi isolation marks that Fluent puts around variables. */
export function plain(s) {
  return (s ?? '').replace(/[\u2066-\u2069]/g, '').trim();
}

/**
 * Gives the page a stand-in speech voice for `lang` (headless Chromium has
 * none) that records what would be spoken in `window.__spoken`.
 */
export async function stubSpeech(page, lang = 'en-GB') {
  await page.addInitScript((voiceLang) => {
    window.__spoken = [];
    const voice = Object.create(SpeechSynthesisVoice.prototype);
    Object.defineProperty(voice, 'lang', { get: () => voiceLang });
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [voice] });
    Object.defineProperty(window.speechSynthesis, 'speak', { value: (u) => window.__spoken.push(u.text) });
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', { set() {}, get() { return voice; } });
  }, lang);
}
