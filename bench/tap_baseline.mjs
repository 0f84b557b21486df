// The floors for a tap, timed exactly like the app, so the report shows how
// much of "tap to next question painted" any page pays (the browser turning
// a touch into a click, and waiting for its next frame) and how much is the
// app's.
//
// - tapBaselinePage: a static page with the app's stylesheet that shows one
//   question at a time, in the same markup classes, with the real question
//   and answer texts of the locale, and nothing else (no header, progress,
//   hint or read-aloud button).
// - samePagesFloor: the app's own question pages as it drew them (kept by
//   the benchmark while it answers), in the app's own header and footer,
//   with no app: a tap puts the next page's HTML in <main>.
//
// On both a tap on an answer shows the next question and moves focus to its
// heading, as the app does.

import { PLAN } from '../tests/e2e/questionnaire-plan.mjs';
import { messages } from '../tests/e2e/harness.mjs';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A whole static page with the app's stylesheet around `body`. */
function staticPage(lang, dir, cssHref, title, body) {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
${cssHref ? `<link rel="stylesheet" href="${cssHref}">` : ''}
</head>
${body}
</html>
`;
}

export function tapBaselinePage(lang, dir, cssHref) {
  const qn = messages(lang, 'questions.ftl');
  const options = Object.entries(qn).filter(([k]) => k.startsWith('opt-')).map(([, v]) => v);
  const questions = Object.entries(PLAN)
    .filter(([id, a]) => a.choice && qn['q-' + id])
    .map(([id], i) => ({ id, text: qn['q-' + id], options: options.slice((i * 4) % (options.length - 4), ((i * 4) % (options.length - 4)) + 4) }));
  const data = JSON.stringify(questions).replace(/</g, '\\u003c');
  return staticPage(lang, dir, cssHref, questions[0].text, `<body>
<main id="main"></main>
<script>
const questions = ${data};
let at = 0;
function show() {
  const q = questions[at % questions.length];
  const main = document.getElementById('main');
  main.innerHTML = '<section class="page question" data-question="' + q.id + '"><fieldset class="question-fieldset"><legend><h1 tabindex="-1"></h1></legend>'
    + '<ul class="options" role="list">' + q.options.map(() => '<li><button type="button" class="option"><span class="option-label"></span></button></li>').join('') + '</ul></fieldset></section>';
  main.querySelector('h1').textContent = q.text;
  main.querySelectorAll('.option-label').forEach((el, i) => { el.textContent = q.options[i]; });
  document.title = q.text;
  main.querySelector('h1').focus();
}
document.addEventListener('click', (e) => { if (e.target.closest('button.option')) { at += 1; show(); } });
show();
</script>
</body>`);
}

/**
 * `shell`: the app's <body> with an empty <main>; `pages`: { main, title }
 * of each question page, in the order the benchmark answered them.
 */
export function samePagesFloor(lang, dir, cssHref, { shell, pages }) {
  const data = JSON.stringify(pages).replace(/</g, '\\u003c');
  const script = `<script>
const pages = ${data};
let at = 0;
function show() {
  const p = pages[at % pages.length];
  const main = document.querySelector('main');
  main.innerHTML = p.main;
  document.title = p.title;
  main.querySelector('h1').focus();
}
document.addEventListener('click', (e) => { if (e.target.closest('button.option')) { at += 1; show(); } });
show();
</script>`;
  return staticPage(lang, dir, cssHref, pages[0].title, shell.replace(/<\/body>$/, script + '\n</body>'));
}
