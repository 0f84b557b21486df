// The first screen before the app starts (see src/domain/first_screen.rs).
// scripts/postbuild.mjs writes this file into the build as
// first-screen-<hash>.js, with DATA replaced by the build's texts. It runs at
// the end of <body>, before the wasm has arrived:
// - on a first visit to the start page or the language screen, it shows the
//   language screen that the build put into the page, in the device's
//   language as the app would choose it (src/domain/i18n.rs negotiate_or);
// - a tap on a language is kept in window.newcomerGuideFirstChoice for the
//   app, which applies it as if the tap had been on its own screen, and that
//   language's texts start to download at once.
// Nothing is stored here: kiosk mode, and the app's storage rules, stay the
// app's.
(() => {
  const DATA = /*DATA*/ null;
  const LOCALE_KEY = /*LOCALE_KEY*/ '';
  const WASM = /*WASM*/ null;
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
  const codes = DATA.locales.map((l) => l.code);
  if (codes.includes(stored)) return preloadWasm(); // Chosen before: the app shows their page.
  const FIRST_PATHS = ['', '/', '/language'];
  const path = () => location.hash.replace(/^#/, '').split('?')[0];
  if (!FIRST_PATHS.includes(path())) return preloadWasm();

  // The app's language negotiation: an exact match, then the language, with
  // Dari (prs) read as Persian; the municipality's default when nothing matches.
  const negotiate = () => {
    const prefs = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language])
      .map((p) => String(p || '').trim()).filter(Boolean);
    for (const pref of prefs) {
      const exact = codes.find((c) => c.toLowerCase() === pref.toLowerCase());
      if (exact) return exact;
      let language = pref.split(/[-_]/)[0].toLowerCase();
      if (language === 'prs') language = 'fa';
      if (codes.includes(language)) return language;
    }
    if (DATA.default && codes.includes(DATA.default)) return DATA.default;
    return codes.includes('en') ? 'en' : codes[0];
  };
  const texts = DATA.locales.find((l) => l.code === negotiate()) || DATA.locales[0];
  if (!texts) return preloadWasm();

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

  // The device's language is the suggested one, as on the app's screen.
  if (own) {
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
    const away = !FIRST_PATHS.includes(path());
    screen.querySelector('main').hidden = away;
    screen.querySelector('.loading').hidden = !away;
  });

  screen.hidden = false;
  // The app's start-up script waits for this: the screen is painted before
  // the wasm and the texts take the bandwidth (a frame, then a task).
  // A tab opened in the background paints no frame: then a timer decides.
  window.newcomerGuideFirstPaint = new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 500);
  });
})();
