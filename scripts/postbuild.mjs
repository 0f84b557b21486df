// Trunk post_build hook (Trunk.toml): finishes the build in Trunk's staging
// directory, before Trunk moves it to dist/.
//
// 1. A strict Content-Security-Policy allows no inline script. Trunk 0.21
//    writes its start-up code inline into index.html: move it into
//    `init-<hash>.js` (hash of its content) and load that with
//    <script type="module" src integrity>. Then check that nothing inline is
//    left: no <script> without src, no <style>, no style="" or on…="".
// 2. Write sw.js from the template public/sw.js, with the list of files to
//    keep for offline use (every app file in the build: Trunk's hashed
//    js/wasm/css, index.html, every locale, the icons, the manifest and any
//    .toml/.ftl/.json the build copies) and a version: a hash over those
//    files' names and contents, so any change makes a new cache.
//
// 0. With NEWCOMER_SITE set to a folder (such as sites/sju-kommuner, a
//    regional site: docs/regional.md), that folder's files replace the
//    build's own settings first (municipality.toml, municipalities/,
//    local/), so the first screen and the offline copy are that site's.
//
// Trunk sets TRUNK_STAGING_DIR. Run by hand on a finished build with
// `node scripts/postbuild.mjs dist` (it is idempotent).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync, readdirSync, unlinkSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify as cssoMinify } from 'csso';
import { minify } from 'terser';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const STAGE = resolve(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? join(ROOT, 'dist'));
const TEMPLATE = join(ROOT, 'public', 'sw.js');

/** Files worth keeping on the device; anything else (maps, .br/.gz copies) is not. */
const KEEP = /\.(html|js|mjs|wasm|css|ftl|toml|json|webmanifest|svg|png|webp|ico)$/;
const NOT_KEPT = new Set(['sw.js']);

const sha256 = (data) => createHash('sha256').update(data).digest();
const short = (data) => sha256(data).toString('hex').slice(0, 16);
const sri = (data) => 'sha384-' + createHash('sha384').update(data).digest('base64');

function fail(message) {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}

// --- 0. a site's own settings ------------------------------------------------

if (process.env.NEWCOMER_SITE) {
  const site = resolve(ROOT, process.env.NEWCOMER_SITE);
  try {
    if (!statSync(join(site, 'municipality.toml')).isFile()) throw new Error();
  } catch {
    fail(`NEWCOMER_SITE=${process.env.NEWCOMER_SITE} has no municipality.toml`);
  }
  cpSync(site, STAGE, { recursive: true });
  console.log(`postbuild: the site's settings from ${process.env.NEWCOMER_SITE}`);
}

// --- 1. index.html without inline code -------------------------------------

const htmlPath = join(STAGE, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

// Trunk's `trunk serve` adds an inline live-reload script whose address it
// fills in when serving; it exists only in development and is left alone.
const isDevReload = (code) => code.includes('{{__TRUNK_');

let devReload = false;
html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrs, code) => {
  if (isDevReload(code)) devReload = true;
  if (/\bsrc\s*=/i.test(attrs) || isDevReload(code) || code.trim() === '') return whole;
  // Keep the type (module or classic); drop a nonce, which a file does not need.
  const type = attrs.match(/\btype\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i)?.[1]?.replace(/['"]/g, '');
  const body = code.trim() + '\n';
  const name = `${/\bimport\s+init\b/.test(body) ? 'init' : 'inline'}-${short(body)}.js`;
  writeFileSync(join(STAGE, name), body);
  const typeAttr = type ? ` type="${type}"` : '';
  return `<script${typeAttr} src="./${name}" integrity="${sri(body)}"></script>`;
});

// --- 1b. start the text downloads with the wasm, not after it --------------
//
// The app fetches locales/languages.toml and municipality.toml first, then the
// .ftl files of one locale. Without hints those requests wait until the wasm
// has downloaded and started: two more round trips on a slow connection
// before any text shows. The two .toml files are the same for everyone.
// The locale is the person's: a few lines at the start of the init script
// guess it as the app will (the stored choice, else the browser's first
// language that the build has) and preload its files. All after the first
// screen's first paint, as the wasm.
// A wrong guess (a municipality that disabled that language) costs only the
// download; the app never depends on a preload.

const LOCALE_KEY = 'newcomer-guide.v1.locale'; // src/web/storage.rs KEY_LOCALE
const REFERENCE = 'en'; // src/domain/i18n.rs REFERENCE_LOCALE
const localeDir = join(STAGE, 'locales');
// Only the languages locales/languages.toml lists are shipped: a folder a
// translator has started but not yet listed (a draft) stays out of the
// build, the offline copy and the preload.
const listedLocales = [...readFileSync(join(localeDir, 'languages.toml'), 'utf8')
  .matchAll(/^code\s*=\s*"([^"]+)"/gm)].map((m) => m[1]);
for (const e of readdirSync(localeDir, { withFileTypes: true })) {
  if (e.isDirectory() && !listedLocales.includes(e.name)) {
    rmSync(join(localeDir, e.name), { recursive: true, force: true });
    console.log(`postbuild: locales/${e.name} is not in languages.toml: left out of the build`);
  }
}
const builtLocales = readdirSync(localeDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
// The site's country pack and whether it has local texts, read from its
// municipality.toml as the app will (src/domain/config.rs): only for the
// preload's guess, which a wrong guess costs a download, never more.
const siteToml = (() => { try { return readFileSync(join(STAGE, 'municipality.toml'), 'utf8'); } catch { return ''; } })();
const country = siteToml.match(/^country\s*=\s*"([a-z]+)"/m)?.[1] ?? 'fi';
// A regional site's local texts are each municipality's; `local_texts = []`
// says there are none.
const preloadLocal = !/^(municipalities|local_texts)\s*=/m.test(siteToml);
// The files every page needs (each pack's `first_text_files` in
// src/domain/pack.rs); the questionnaire's and the pathway's load with
// their pages.
const ftlFiles = country === 'se' ? ['terms.ftl', 'se/terms.ftl', 'app.ftl', 'se/guide.ftl'] : ['terms.ftl', 'app.ftl', 'guide.ftl'];
// The locales offered for the pack (`packs` in languages.toml; Finland's
// alone when not given).
const packLocales = readFileSync(join(localeDir, 'languages.toml'), 'utf8').split(/^\[\[locale\]\]/m).slice(1)
  .map((block) => ({ code: block.match(/^code\s*=\s*"([^"]+)"/m)?.[1], packs: block.match(/^packs\s*=\s*\[([^\]]*)\]/m)?.[1] ?? '"fi"' }))
  .filter((l) => l.code && l.packs.includes(`"${country}"`))
  .map((l) => l.code);
for (const f of ftlFiles) {
  try { readFileSync(join(localeDir, REFERENCE, f)); } catch { fail(`locales/${REFERENCE}/${f} is not in the build`); }
}
const tomlFiles = ['locales/languages.toml', 'municipality.toml']
  .filter((f) => { try { readFileSync(join(STAGE, f)); return true; } catch { return false; } });
const preloadCode = `// Added by scripts/postbuild.mjs: preload the settings and the text of the likely locale.
// When the build's first screen shows (scripts/first-screen.js), it is
// painted first: on a slow link the wasm and the texts would share the
// bandwidth with the page's own few kilobytes and delay it.
await window.newcomerGuideFirstPaint;
{
  const locales = ${JSON.stringify(builtLocales.filter((c) => packLocales.includes(c)))};
  const files = ${JSON.stringify(ftlFiles)};
  let code = null;
  try { code = localStorage.getItem(${JSON.stringify(LOCALE_KEY)}); } catch (_) {}
  if (!locales.includes(code)) {
    code = null;
    for (const l of navigator.languages || [navigator.language]) {
      const p = String(l).toLowerCase().split(/[-_]/)[0];
      if (locales.includes(p)) { code = p; break; }
    }
  }
  const urls = ${JSON.stringify(tomlFiles)};
  if (code) {
    urls.push(...files.map((f) => 'locales/' + code + '/' + f));
    if (${preloadLocal}) {
      urls.push('local/' + code + '.ftl');
      if (code !== ${JSON.stringify(REFERENCE)}) urls.push('local/${REFERENCE}.ftl');
    }
  }
  for (const href of urls) {
    const link = document.createElement('link');
    link.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous'; link.href = href;
    document.head.appendChild(link);
  }
}
`;
let preloaded = false;
html = html.replace(/<script type="module" src="\.\/(init-[0-9a-f]{8,16}\.js)" integrity="[^"]*"><\/script>/, (whole, name) => {
  const existing = readFileSync(join(STAGE, name), 'utf8');
  const body = existing.startsWith(preloadCode.split('\n')[0]) ? existing : preloadCode + existing;
  const newName = `init-${short(body)}.js`;
  writeFileSync(join(STAGE, newName), body);
  if (newName !== name) unlinkSync(join(STAGE, name));
  preloaded = true;
  return `<script type="module" src="./${newName}" integrity="${sri(body)}"></script>`;
});
if (!preloaded && !devReload) fail('index.html has no init script to add the text preloads to');

// --- 1c. the first screen, in the page itself ---------------------------------
//
// On slow 4G the wasm takes seconds; the language screen needs none of it.
// `cargo run --example first_screen` writes that screen from this build's
// languages.toml, municipality.toml and app.ftl files (with the app's own
// parsers), and scripts/first-screen.js shows it in the device's language
// until the app takes over (src/domain/first_screen.rs). Between the
// <!--first-screen--> markers in index.html, so a second run replaces it.

const FIRST_START = '<!--first-screen-->';
const FIRST_END = '<!--/first-screen-->';
{
  const start = html.indexOf(FIRST_START);
  const end = html.indexOf(FIRST_END);
  if (start < 0 || end < start) fail(`index.html has no ${FIRST_START}${FIRST_END} place for the first screen`);
  let made;
  try {
    made = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--example', 'first_screen', '--', STAGE], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }));
  } catch (e) {
    fail(`the first screen could not be made: ${e.message}`);
  }
  const files = [...ftlFiles.map((f) => `locales/{code}/${f}`), ...(preloadLocal ? ['local/{code}.ftl'] : [])];
  // Trunk's preload of the wasm starts it with the page itself: the first
  // screen's script adds it instead, at once when that screen does not
  // show, after the screen's first paint when it does.
  let wasmPreload = null;
  html = html.replace(/<link\b(?=[^>]*\brel="preload")(?=[^>]*\bhref="\.\/([^"]+_bg\.wasm)")[^>]*>/, (tag, href) => {
    wasmPreload = { href, integrity: tag.match(/\bintegrity="([^"]*)"/)?.[1] ?? null };
    return '';
  });
  if (!wasmPreload) {
    // A second run on a finished build: the preload was moved already.
    const wasm = readdirSync(STAGE).filter((f) => /^newcomer-guide-[0-9a-f]{8,16}_bg\.wasm$/.test(f));
    if (wasm.length !== 1) fail(`index.html has no <link rel="preload"> of the wasm, and the build has ${wasm.length} wasm files`);
    wasmPreload = { href: wasm[0], integrity: sri(readFileSync(join(STAGE, wasm[0]))) };
  }
  const template = readFileSync(join(ROOT, 'scripts', 'first-screen.js'), 'utf8');
  const fill = (marker, value) => {
    if (!template.includes(marker)) fail(`scripts/first-screen.js has no ${marker}`);
    return value;
  };
  // JSON is a JavaScript expression; `</` cannot end a file, but keep it out anyway.
  const asJs = (value) => JSON.stringify(value).replace(/<\//g, '<\\/');
  let body = template
    .replace('/*DATA*/ null', () => fill('/*DATA*/ null', asJs(JSON.parse(made.data))))
    .replace("/*LOCALE_KEY*/ ''", () => fill("/*LOCALE_KEY*/ ''", asJs(LOCALE_KEY)))
    .replace('/*FILES*/ []', () => fill('/*FILES*/ []', asJs(files)))
    .replace('/*WASM*/ null', () => fill('/*WASM*/ null', asJs(wasmPreload)));
  for (const old of readdirSync(STAGE).filter((f) => /^first-screen-[0-9a-f]{8,16}\.js$/.test(f))) unlinkSync(join(STAGE, old));
  // Release builds send it minified: it is part of every first visit.
  if (process.env.TRUNK_PROFILE !== 'debug') {
    const small = await minify(body, { compress: true, mangle: true, format: { comments: false } });
    if (!small.code) fail('terser produced nothing for the first screen\'s script');
    body = small.code;
  }
  const name = `first-screen-${short(body)}.js`;
  writeFileSync(join(STAGE, name), body);
  const block = `${FIRST_START}${made.html}<script src="./${name}" integrity="${sri(body)}"></script>${FIRST_END}`;
  html = html.slice(0, start) + block + html.slice(end + FIRST_END.length);
}

const leftovers = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (!/\bsrc\s*=/i.test(m[1]) && m[2].trim() !== '' && !isDevReload(m[2])) leftovers.push('an inline <script>');
}
if (/<style\b/i.test(html)) leftovers.push('a <style> element');
// Attributes: look only inside tags, not in text.
for (const tag of html.matchAll(/<[a-z][^>]*>/gi)) {
  if (/\sstyle\s*=/i.test(tag[0])) leftovers.push(`a style attribute: ${tag[0]}`);
  if (/\son[a-z]+\s*=/i.test(tag[0])) leftovers.push(`an event handler attribute: ${tag[0]}`);
  if (/=\s*["']?\s*javascript:/i.test(tag[0])) leftovers.push(`a javascript: address: ${tag[0]}`);
}
if (leftovers.length) fail(`index.html would break the Content-Security-Policy:\n  ${leftovers.join('\n  ')}`);

// --- 1d. a minified wasm-bindgen glue in release builds ----------------------
//
// Trunk's own minifier leaves wasm-bindgen's ES module as it is (52 KB). Terser
// halves it, and a slow phone parses less before the app starts. The export
// names and the wasm import names (strings) are kept. Its integrity in
// index.html is updated; the file name keeps Trunk's hash of the original,
// which still changes whenever the glue does.

if (process.env.TRUNK_PROFILE !== 'debug') {
  const glue = readdirSync(STAGE).find((f) => /^newcomer-guide-[0-9a-f]{8,16}\.js$/.test(f));
  if (!glue) fail('no wasm-bindgen glue (newcomer-guide-<hash>.js) in the build');
  const source = readFileSync(join(STAGE, glue), 'utf8');
  const result = await minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
  if (!result.code) fail(`terser produced nothing for ${glue}`);
  writeFileSync(join(STAGE, glue), result.code);
  let updated = false;
  const escaped = glue.replace('.', '\\.');
  html = html.replace(new RegExp(`<link\\b[^>]*?href="?\\./${escaped}"?(?=[\\s>])[^>]*>`), (tag) => {
    updated = /integrity=/.test(tag);
    return tag.replace(/integrity=("[^"]*"|[^\s>]*)/, `integrity="${sri(result.code)}"`);
  });
  if (!updated) fail(`index.html has no <link> to ${glue} whose integrity could be updated`);
}

// --- 1e. a minified stylesheet in release builds ----------------------------
//
// Every first visit loads it; its comments and spaces are for people editing
// style/main.css. csso keeps every rule (no restructuring, so the cascade
// and the order of the logical properties stay as written). The integrity in
// index.html is updated, as for the glue.

if (process.env.TRUNK_PROFILE !== 'debug') {
  const css = readdirSync(STAGE).find((f) => /^main-[0-9a-f]{8,16}\.css$/.test(f));
  if (!css) fail('no stylesheet (main-<hash>.css) in the build');
  const small = cssoMinify(readFileSync(join(STAGE, css), 'utf8'), { restructure: false, comments: false }).css;
  if (!small) fail(`csso produced nothing for ${css}`);
  writeFileSync(join(STAGE, css), small);
  let updated = false;
  html = html.replace(new RegExp(`<link\\b[^>]*?href="?\\./${css.replace('.', '\\.')}"?(?=[\\s>])[^>]*>`), (tag) => {
    updated = /integrity=/.test(tag);
    return tag.replace(/integrity=("[^"]*"|[^\s>]*)/, `integrity="${sri(small)}"`);
  });
  if (!updated) fail(`index.html has no <link> to ${css} whose integrity could be updated`);
}

// Every local file index.html names must exist (the moved script, the
// preloads with their integrity, the icon, the manifest).
for (const m of html.matchAll(/\s(?:src|href)\s*=\s*"(?:\.\/)?([^"#?:/][^"#?:]*)"/g)) {
  const file = join(STAGE, m[1]);
  try {
    readFileSync(file);
  } catch {
    fail(`index.html refers to ${m[1]}, which is not in the build`);
  }
}
writeFileSync(htmlPath, html);

// --- 1f. staff.html: the caseworker, print and settings-check pages --------
//
// Trunk builds the "staff" wasm as a worker (index.html), which it only
// writes out, as staff.js and staff_bg.wasm without a content hash. Here
// they get one, like Trunk's own files (so a host may cache them for ever),
// and staff.html is written from its template with index.html's stylesheet
// and a start script for that wasm.

const staffDone = !readdirSync(STAGE).includes('staff.js') && readdirSync(STAGE).includes('staff.html');
if (!staffDone) {
  const glue = join(STAGE, 'staff.js');
  const wasm = join(STAGE, 'staff_bg.wasm');
  let staffGlue;
  let staffWasm;
  try {
    staffGlue = readFileSync(glue);
    staffWasm = readFileSync(wasm);
  } catch {
    fail('the build has no staff.js and staff_bg.wasm (the "staff" rust link in index.html)');
  }
  const wasmName = `staff-${short(staffWasm)}_bg.wasm`;
  const glueName = `staff-${short(staffGlue)}.js`;
  for (const old of readdirSync(STAGE).filter((f) => /^staff(-start)?-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(f))) unlinkSync(join(STAGE, old));
  writeFileSync(join(STAGE, wasmName), staffWasm);
  writeFileSync(join(STAGE, glueName), staffGlue);
  unlinkSync(glue);
  unlinkSync(wasm);
  const start = `import init from './${glueName}';\nawait init({ module_or_path: './${wasmName}' });\n`;
  const startName = `staff-start-${short(start)}.js`;
  writeFileSync(join(STAGE, startName), start);
  const stylesheet = html.match(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/)?.[0];
  if (!stylesheet) fail('index.html has no stylesheet for staff.html to share');
  const template = readFileSync(join(ROOT, 'staff.html'), 'utf8');
  for (const marker of ['<!--stylesheet-->', '<!--start-->']) {
    if (!template.includes(marker)) fail(`staff.html has no ${marker}`);
  }
  const page = template
    .replace('<!--stylesheet-->', () => stylesheet)
    .replace('<!--start-->', () => `<script type="module" src="./${startName}" integrity="${sri(start)}"></script>`);
  writeFileSync(join(STAGE, 'staff.html'), page);
}

// --- 2. sw.js with the file list and version --------------------------------

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const files = walk(STAGE)
  .map((path) => relative(STAGE, path).split(sep).join('/'))
  .filter((file) => KEEP.test(file) && !NOT_KEPT.has(file))
  .sort();
if (!files.includes('index.html')) fail('no index.html in the build');

const versionHash = createHash('sha256');
for (const file of files) {
  versionHash.update(`${file}\n`).update(sha256(readFileSync(join(STAGE, file))));
}
const version = versionHash.digest('hex').slice(0, 16);

const template = readFileSync(TEMPLATE, 'utf8');
const marked = /\/\* BUILD:START \*\/[\s\S]*?\/\* BUILD:END \*\//;
if (!marked.test(template)) fail(`${TEMPLATE} has no /* BUILD:START */ … /* BUILD:END */ block`);
const build = `/* BUILD:START */\nconst BUILD = ${JSON.stringify({ version, files }, null, 1)};\n/* BUILD:END */`;
writeFileSync(join(STAGE, 'sw.js'), template.replace(marked, () => build));

const profile = process.env.TRUNK_PROFILE ? ` (${process.env.TRUNK_PROFILE})` : '';
const inline = devReload ? 'no inline code but trunk serve\'s live reload' : 'no inline code';
console.log(`postbuild${profile}: index.html has ${inline}; sw.js keeps ${files.length} files, version ${version}`);
