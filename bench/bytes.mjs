// Bytes of a first visit in one locale, as the static host sends them.
//
// A person opens the app, chooses their language on the first screen, and
// opens a guide topic. Measured twice, from the server's log:
// 1. the page alone (service workers blocked): what the person waits for;
//    the DESIGN.md budget applies to this;
// 2. with the service worker: the same plus the offline copy it keeps in
//    the background after the first page has shown (issue 5: the shell and
//    every enabled locale).

import { brotli } from './server.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

async function visit(browser, server, { lang, endonym, topic, serviceWorkers }) {
  const context = await browser.newContext({ locale: lang, serviceWorkers, viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const start = server.log.length;
  await page.goto(server.appUrl);
  await page.waitForSelector('#main h1', { timeout: 60000 });
  await page.getByRole('button', { name: new RegExp('^' + endonym) }).click();
  await page.waitForFunction((c) => document.documentElement.lang === c, lang);
  await page.goto(server.appUrl + '#/guide/' + topic);
  await page.waitForSelector('article.topic h1');
  if (serviceWorkers === 'allow') {
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active?.state;
    });
  }
  await quiet(server);
  const entries = server.log.slice(start);
  await context.close();
  return entries;
}

/** Waits until the server has had no request for a second. */
async function quiet(server) {
  let last = -1;
  while (last !== server.log.length) {
    last = server.log.length;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function summarise(entries, prefix) {
  const files = new Map();
  for (const e of entries) {
    const name = e.path.startsWith(prefix) ? e.path.slice(prefix.length) || 'index.html' : e.path;
    const f = files.get(name) ?? { file: name, requests: 0, raw: 0, sent: 0, status: e.status };
    f.requests += 1;
    f.raw += e.status === 200 ? e.raw : 0;
    f.sent += e.sent;
    f.status = e.status;
    files.set(name, f);
  }
  const list = [...files.values()].sort((a, b) => b.sent - a.sent);
  const sum = (pred) => list.filter(pred).reduce((n, f) => n + f.sent, 0);
  return {
    files: list,
    total: sum(() => true),
    totalRaw: list.reduce((n, f) => n + f.raw, 0),
    wasm: sum((f) => f.file.endsWith('.wasm')),
    wasmRaw: list.filter((f) => f.file.endsWith('.wasm')).reduce((n, f) => n + f.raw, 0),
    text: sum((f) => /\.(ftl|toml)$/.test(f.file)),
  };
}

export async function measureBytes(browser, server, options) {
  const page = summarise(await visit(browser, server, { ...options, serviceWorkers: 'block' }), '/app/');
  const withWorker = summarise(await visit(browser, server, { ...options, serviceWorkers: 'allow' }), '/app/');
  return { page, withWorker };
}

/** The page's bytes of a first visit in each locale (`endonyms`: code -> name). */
export async function measureBytesPerLocale(browser, server, { endonyms, topic }) {
  const out = {};
  for (const [lang, endonym] of Object.entries(endonyms)) {
    const entries = await visit(browser, server, { lang, endonym, topic, serviceWorkers: 'block' });
    const { total, wasm, text } = summarise(entries, '/app/');
    out[lang] = { total, wasm, text };
  }
  return out;
}

/** The baseline page's bytes: its HTML and the stylesheet it links. */
export function baselineBytes(html, dist, cssFile) {
  const htmlBr = brotli(Buffer.from(html)).length;
  const cssBr = cssFile ? brotli(readFileSync(join(dist, cssFile))).length : 0;
  return { total: htmlBr + cssBr, html: htmlBr, css: cssBr };
}
