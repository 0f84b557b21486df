// The first screen before the app starts (see src/domain/first_screen.rs).
// scripts/postbuild.mjs writes this file into the build as
// first-screen-<hash>.js, with DATA replaced by the build's texts. It runs at
// the end of <body>, before the wasm has arrived:
// - on a first visit to the start page or the language screen, it shows the
//   language screen that the build put into the page, in the device's
//   language as the app would choose it (src/domain/i18n.rs negotiate_or);
// - a tap on a language is kept in window.newcomerGuideFirstChoice for the
//   app, which applies it as if the tap had been on its own screen, and that
//   language's texts start to download at once;
// - on a link to a guide topic (a first visit, or a language chosen before),
//   it shows the top of that topic as the app draws it: the heading, the
//   read-aloud button, the summary and the steps, from the same guide.ftl
//   the app downloads (plain messages only; anything else is the app's).
// Nothing is stored here: kiosk mode, and the app's storage rules, stay the
// app's.
(() => {
  // The caseworker view, the print view and the settings check are the
  // staff page's (staff.html, src/ui/app.rs): a handover link or QR code
  // made for this page goes there before this page downloads anything more.
  if (/^#\/(handover|print|admin)(\/|\?|$)/.test(location.hash)) {
    location.replace('staff.html' + location.search + location.hash);
    return;
  }
  const DATA = /*DATA*/ null;
  const LOCALE_KEY = /*LOCALE_KEY*/ '';
  const WASM = /*WASM*/ null;
  // src/ui/guide/read_aloud.rs
  const READ_ALOUD_ICON = 'M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z';
  const screen = document.getElementById('first-screen');
  // Not the first screen: start the wasm now (Trunk's preload, moved here).
  const preloadWasm = () => {
    if (!WASM) return;
    const link = document.createElement('link');
    link.rel = 'preload'; link.as = 'fetch'; link.type = 'application/wasm'; link.crossOrigin = 'anonymous';
    if (WASM.integrity) link.integrity = WASM.integrity;
    link.href = './' + WASM.href;
    document.head.appendChild(link);
  };
  if (!screen || !DATA) return preloadWasm();

  const kiosk = /(?:^|[?&])kiosk=(?:1|true)(?:&|$)/.test(location.search.slice(1));
  let stored = null;
  if (!kiosk) {
    try { stored = localStorage.getItem(LOCALE_KEY); } catch (_) { /* storage blocked */ }
  }
  const codes = [...screen.querySelectorAll('button[data-locale]')].map((b) => b.dataset.locale);
  const chosen = codes.includes(stored) ? stored : null;
  const FIRST_PATHS = ['', '/', '/language'];
  const path = () => location.hash.replace(/^#/, '').split('?')[0];
  const topic = path().match(/^\/guide\/([a-z0-9-]+)$/)?.[1];
  // The app's topics and their numbers of steps, but the checklist, which
  // starts with the person's own ticks.
  const stepCount = topic && DATA.topics && Object.prototype.hasOwnProperty.call(DATA.topics, topic) ? DATA.topics[topic] : 0;
  const showTopic = stepCount > 0;
  if (!showTopic && (chosen || !FIRST_PATHS.includes(path()))) return preloadWasm();

  // The app's language negotiation (src/domain/languages.rs candidates):
  // for each preference, its exact code, then the written standards the
  // build's table gives it (Dari for fa-AF, Sorani for Kurdish of Iraq, …),
  // then its language; the municipality's default when nothing matches.
  const MATCHES = DATA.matches || [];
  const candidates = (pref) => {
    const tag = pref.replace(/_/g, '-');
    const [language, ...rest] = tag.split('-');
    const lang = language.toLowerCase();
    const keys = [...rest.filter((s) => s.length === 2 || s.length === 4).map((s) => `${lang}-${s}`), lang];
    const out = [tag];
    for (const key of keys) {
      for (const m of MATCHES) if (m.when.toLowerCase() === key.toLowerCase()) out.push(...m.then);
    }
    out.push(lang);
    return out;
  };
  const negotiate = () => {
    const prefs = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language])
      .map((p) => String(p || '').trim()).filter(Boolean);
    for (const pref of prefs) {
      for (const c of candidates(pref)) {
        const found = codes.find((code) => code.toLowerCase() === c.toLowerCase());
        if (found) return found;
      }
    }
    if (DATA.default && codes.includes(DATA.default)) return DATA.default;
    return codes.includes('en') ? 'en' : codes[0];
  };
  const code = chosen || negotiate();
  if (!code) return preloadWasm();
  // Only this language's texts (and terms) are fetched: a first visit does
  // not grow with the number of languages. Without them the app shows its
  // own screen.
  const localeFile = fetch(`./locales/${code}/first-screen.json`)
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null);
  window.newcomerGuideFirstPaint = localeFile.then((texts) => (texts ? start(texts) : preloadWasm()));
  return;

  function start(texts) {
  // The language's own name and direction are on its button.
  const own = screen.querySelector(`button[data-locale="${texts.code}"]`);
  const dir = own?.dir || 'ltr';
  const endonym = own?.querySelector('.endonym')?.textContent || '';
  screen.lang = texts.code;
  screen.dir = dir;
  document.documentElement.lang = texts.code;
  document.documentElement.dir = dir;
  for (const el of screen.querySelectorAll('[data-text]')) {
    const value = el.dataset.text === 'endonym' ? endonym : texts[el.dataset.text] || '';
    el.textContent = value;
    if (el.dataset.text === 'municipality') el.hidden = !value;
    if (el.dataset.text === 'machine_notice') el.hidden = !texts.machine;
  }
  for (const el of screen.querySelectorAll('[data-text-alt]')) el.alt = texts[el.dataset.textAlt] || '';
  for (const el of screen.querySelectorAll('[data-text-label]')) el.setAttribute('aria-label', texts[el.dataset.textLabel] || '');
  document.title = texts.title;
  if (DATA.accent) document.documentElement.style.setProperty('--accent', DATA.accent);

  // Shows the screen; the app's start-up script waits for its first paint,
  // so the wasm and the texts do not take the bandwidth before it (a frame,
  // then a task). A tab opened in the background paints no frame: then a
  // timer decides.
  const show = () => {
    screen.hidden = false;
    return new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      setTimeout(resolve, 500);
    });
  };

  // The device's language is the suggested one, as on the app's screen.
  if (own) {
    // First in the list, across the row, as on the app's screen.
    own.closest('ul')?.prepend(own.closest('li'));
    own.closest('li')?.classList.add('language-first');
    own.classList.add('suggested');
    const hint = document.createElement('span');
    hint.className = 'language-hint';
    hint.lang = texts.code;
    hint.textContent = texts.suggested;
    own.appendChild(hint);
  }

  screen.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-locale]');
    if (!button) return;
    const code = button.dataset.locale;
    window.newcomerGuideFirstChoice = code;
    for (const b of screen.querySelectorAll('button[data-locale]')) {
      b.classList.toggle('current', b === button);
      if (b === button) b.setAttribute('aria-current', 'true'); else b.removeAttribute('aria-current');
    }
    screen.setAttribute('aria-busy', 'true');
    // Start the chosen language's texts now; the app asks for the same files.
    for (const href of /*FILES*/ []) {
      const link = document.createElement('link');
      link.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous';
      link.href = href.replace('{code}', code);
      document.head.appendChild(link);
    }
  });

  // A link followed before the app has started (the menu): that page is the
  // app's to show; a loading screen stands in for the language screen until
  // then (and Back brings the language screen back).
  addEventListener('hashchange', () => {
    const away = showTopic ? path() !== `/guide/${topic}` : !FIRST_PATHS.includes(path());
    screen.querySelector('main').hidden = away;
    screen.querySelector('.loading').hidden = !away;
  });

  // A topic waits for its texts (requested at once, in parallel); the wasm
  // starts once it shows, when its texts cannot make it, or after two
  // seconds of a very slow connection.
  return showTopic
    ? Promise.race([
      prerenderTopic(topic, texts)
        .then((shown) => (shown && screen.isConnected ? show() : undefined), () => undefined),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ])
    : show();
  }

  // The plain messages of a .ftl file (`key = text`, with indented lines
  // continuing it), with the locale's terms put in from the build's
  // first-screen.json (fluent-bundle formatted them, see examples/first_screen.rs).
  // A message with any other placeable is there as undefined: only the app
  // can format it.
  function plainMessages(source, terms) {
    const out = {};
    let key = null;
    for (const line of source.split('\n')) {
      const m = line.match(/^([a-z][a-z0-9-]*) *= *(.*)$/);
      if (m) {
        key = m[1];
        out[key] = m[2].trim();
      } else if (key && /^[ \t]+[^ \t.\[*]/.test(line)) {
        out[key] += (out[key] ? '\n' : '') + line.trim();
      } else if (!/^[ \t]*$/.test(line)) {
        key = null;
      }
    }
    const term = /\{ *(-[a-z][a-z0-9-]*) *(?:\( *case: *"([a-z0-9-]+)" *\))? *\}/g;
    for (const k of Object.keys(out)) {
      out[k] = out[k].replace(term, (whole, id, form) => terms?.[id]?.[form ?? ''] ?? whole);
      if (/[{}]/.test(out[k])) out[k] = undefined;
    }
    return out;
  }

  // The top of the topic page as src/ui/guide/topic.rs draws it, from the
  // language's guide.ftl (which the app then takes from the browser's
  // cache). Resolves to false (and changes nothing) when a text is missing
  // in this language: the app then shows its fallback, which this script
  // does not know.
  async function prerenderTopic(id, texts) {
    const code = texts.code;
    // The municipality's own texts override the national ones, as in the
    // app; the file is optional.
    const [national, local] = await Promise.all(
      [`./locales/${code}/guide.ftl`, `./local/${code}.ftl`].map(
        (url) => fetch(url).then((r) => (r.ok ? r.text() : null), () => null)));
    if (national === null) return false;
    const terms = texts.terms ?? null;
    const m = Object.assign(plainMessages(national, terms), local === null ? {} : plainMessages(local, terms));
    m['breadcrumb-label'] = texts.breadcrumb_label;
    m['topic-back'] = texts.topic_back;
    m['read-aloud'] = texts.read_aloud;
    m['topic-steps-heading'] = texts.steps_heading;
    const steps = [];
    for (let n = 1; n <= stepCount; n++) steps.push(m[`topic-${id}-step-${n}`]);
    const keys = ['breadcrumb-label', 'topic-back', 'read-aloud', 'topic-steps-heading', `topic-${id}-title`, `topic-${id}-summary`];
    if (keys.some((k) => !m[k]) || steps.some((t) => !t) || !screen.isConnected) return false;
    const el = (tag, attrs = {}, ...children) => {
      const e = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      e.append(...children);
      return e;
    };
    const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('aria-hidden', 'true');
    icon.setAttribute('focusable', 'false');
    const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    shape.setAttribute('d', READ_ALOUD_ICON);
    icon.append(shape);
    const article = el('article', { class: 'page topic' },
      el('nav', { class: 'breadcrumb', 'aria-label': m['breadcrumb-label'] }, el('a', { href: '#/guide' }, m['topic-back'])),
      el('h1', { tabindex: '-1' }, m[`topic-${id}-title`]),
      el('div', { class: 'read-aloud' },
        el('button', { type: 'button', class: 'button secondary', 'aria-pressed': 'false' }, icon, el('span', {}, m['read-aloud'])),
        el('p', { class: 'read-aloud-status', role: 'status' })),
      el('p', { class: 'lead' }, m[`topic-${id}-summary`]),
      el('h2', {}, m['topic-steps-heading']),
      el('ol', { class: 'steps' }, ...steps.map((s) => el('li', {}, s))));
    screen.querySelector('main').replaceChildren(article);
    screen.querySelector('a[href="#/guide"]')?.setAttribute('aria-current', 'page');
    document.title = m[`topic-${id}-title`];
    return true;
  }
})();
