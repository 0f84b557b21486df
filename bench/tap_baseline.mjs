// The floor for a tap: a static page with the app's stylesheet that shows
// one question at a time, in the same markup classes, with the real question
// and answer texts of the locale. A tap on an answer replaces the question
// with the next one by plain DOM calls and moves focus to its heading, as the
// app does. It is timed exactly like the app, so the report shows how much of
// "tap to next question painted" any page pays (the browser turning a touch
// into a click, and waiting for its next frame) and how much is the app's.

import { PLAN } from '../tests/e2e/questionnaire-plan.mjs';
import { messages } from '../tests/e2e/harness.mjs';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function tapBaselinePage(lang, dir, cssHref) {
  const qn = messages(lang, 'questions.ftl');
  const options = Object.entries(qn).filter(([k]) => k.startsWith('opt-')).map(([, v]) => v);
  const questions = Object.entries(PLAN)
    .filter(([id, a]) => a.choice && qn['q-' + id])
    .map(([id], i) => ({ id, text: qn['q-' + id], options: options.slice((i * 4) % (options.length - 4), ((i * 4) % (options.length - 4)) + 4) }));
  const data = JSON.stringify(questions).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(questions[0].text)}</title>
${cssHref ? `<link rel="stylesheet" href="${cssHref}">` : ''}
</head>
<body>
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
</body>
</html>
`;
}
