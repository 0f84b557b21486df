// The app's service worker: offline use after the first visit, and updates.
//
// This file is a template. scripts/postbuild.mjs (a Trunk post_build hook)
// writes dist/sw.js from it, with BUILD below replaced by the build's version
// and the list of every file to keep on the device. It is plain JavaScript
// of our own: no Workbox, no imports, no request to another origin.
//
// - install:  fetch every listed file into a cache named after the version
//             (of the texts, only the offered languages', when the page
//             registered sw.js?locales=…);
// - activate: delete this app's caches of other versions, take control;
// - fetch:    answer the listed files from the cache (cache first), and
//             every page navigation with the cached index.html. Text and
//             configuration (.ftl, .toml) are answered from the cache too,
//             then refreshed in the background, so a municipality's edit on
//             the server reaches the device on the next start. Text,
//             configuration and pictures put on the server after the build
//             come from the network, and are kept for offline use too;
// - message 'skip-waiting': a new version waiting to take over does so
//             (the page asked, after the person chose to reload).

/* BUILD:START */
const BUILD = { version: 'dev', files: ['index.html'] };
/* BUILD:END */

// The registration's scope, e.g. https://example.fi/uusi-suomessa/. The file
// list is relative to it, as sw.js sits next to index.html.
const SCOPE = self.registration.scope;
const PREFIX = 'newcomer-guide|' + SCOPE + '|';
const CACHE = PREFIX + BUILD.version;
const INDEX = new URL('index.html', SCOPE).href;

// The languages the municipality offers, when the page registered
// `sw.js?locales=fi,sv,en`: only their texts are kept at install. Without
// the list, every language in the build is. A language opened later is
// kept when it is first fetched (see cacheFirst).
const OFFERED = new URL(self.location.href).searchParams.get('locales')?.split(',').filter(Boolean) ?? null;

/** The locale a text file belongs to (`locales/ar/app.ftl`, `local/ar.ftl`), or null. */
function localeOf(file) {
  return file.match(/^locales\/([^/]+)\//)?.[1] ?? file.match(/^local\/([^/.]+)\.ftl$/)?.[1] ?? null;
}

function keptAtInstall(file) {
  const code = localeOf(file);
  return OFFERED === null || code === null || OFFERED.includes(code);
}

// Full URL -> file path relative to the scope.
const LISTED = new Map(BUILD.files.map((f) => [new URL(f, SCOPE).href, f]));

// Names carrying Trunk's content hash never change content: the browser's
// HTTP cache may serve them. Everything else is fetched fresh.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;
// Files a municipality may edit on the server without a rebuild.
const EDITABLE = /\.(ftl|toml)$/;
// Files the build did not have but the server may (added later).
const ADDED = /\.(ftl|toml|json|svg|png|webp)$/;
// Without these the app cannot start: a failed download fails the install,
// and the previous version stays in use.
const SHELL = /(^index\.html$|\.(js|wasm|css)$)/;

function fresh(file) {
  return new Request(new URL(file, SCOPE).href, { cache: HASHED.test(file) ? 'default' : 'no-cache' });
}

/**
 * A response fit to keep: some hosts redirect index.html to the folder, and
 * a browser refuses a redirected response as the answer to a navigation.
 */
async function keepable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status, statusText: response.statusText, headers: response.headers,
  });
}

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(BUILD.files.filter(keptAtInstall).map(async (file) => {
    try {
      const response = await fetch(fresh(file));
      if (!response.ok) throw new Error('HTTP ' + response.status);
      await cache.put(new URL(file, SCOPE).href, await keepable(response));
    } catch (error) {
      // A text or picture a host removed is no reason to give up offline use.
      if (SHELL.test(file)) throw new Error(file + ': ' + error.message);
      console.warn('not kept for offline use:', file, error.message);
    }
  }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

/** The cached answer, else the network's (kept for next time). */
async function cacheFirst(url, event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(url);
  const file = LISTED.get(url);
  if (cached) {
    if (EDITABLE.test(file)) event.waitUntil(refresh(cache, file));
    return cached;
  }
  const response = await keepable(await fetch(fresh(file)));
  if (response.ok) await cache.put(url, response.clone());
  return response;
}

/**
 * A text or picture put on the server after the build (a municipality's own
 * file): from the network, kept for offline use; offline, the kept copy.
 */
async function networkFirst(url, request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await keepable(await fetch(request));
    if (response.ok) await cache.put(url, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(url);
    if (cached) return cached;
    throw error;
  }
}

/** Updates a cached text file from the server, quietly (offline: no change). */
async function refresh(cache, file) {
  try {
    const response = await fetch(fresh(file));
    if (response.ok) await cache.put(new URL(file, SCOPE).href, await keepable(response));
  } catch {
    // Offline or unreachable: keep the cached copy.
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    // A listed file opened directly (e.g. handover.schema.json) is itself;
    // every other address in scope is the app (routes live in the #).
    url.search = '';
    const target = LISTED.has(url.href) ? url.href : INDEX;
    event.respondWith(cacheFirst(target, event).catch(() => fetch(request)));
    return;
  }
  if (url.search !== '') return;
  if (LISTED.has(url.href)) {
    event.respondWith(cacheFirst(url.href, event).catch(() => fetch(request)));
  } else if (ADDED.test(url.pathname)) {
    event.respondWith(networkFirst(url.href, request));
  }
  // Anything else goes to the network as if there were no service worker.
});
