//! One question per screen: the question as the page heading, help, the
//! answer control, "I don't know" / "prefer not to say" / "skip" where
//! offered, progress by section, and Back.

use crate::domain::i18n::Args;
use leptos::prelude::*;

use crate::domain::answers::{validate, Answer, InvalidAnswer, Today};
use crate::domain::pack::Pack;
use crate::domain::questions::{Kind, Question};
use crate::domain::route::Route;
use crate::ui::config::use_pack;
use crate::ui::guide::ReadAloud;
use crate::ui::questionnaire::inputs::{MultiChoice, SingleChoice, TypedInput, YearMonthInput};
use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::shell::{use_page_title, NotFound};
use crate::ui::text::{use_text, Text};
use crate::web::{dom, router};

fn question_href(id: &str, from_check: bool) -> String {
    Route::Question {
        id: id.to_string(),
        from_check,
    }
    .href()
}

/// After an answer: the next question that applies; from the check page,
/// only the unanswered follow-ups of the changed answer, then back there.
fn go_next(pack: &'static Pack, store: AnswerStore, id: &str, from_check: bool) {
    let answers = store.answers.get_untracked();
    let next = if from_check {
        answers.next_follow_up_in(pack.questions, id)
    } else {
        answers.next_after_in(pack.questions, Some(id))
    };
    let href = next
        .map(|q| question_href(q.id, from_check))
        .unwrap_or_else(|| Route::Check.href());
    router::navigate(&href);
}

fn error_text(text: &Text, e: &InvalidAnswer) -> String {
    let mut args = Args::new();
    match e {
        InvalidAnswer::OutOfRange { min, max } => {
            args.set("min", *min);
            args.set("max", *max);
        }
        InvalidAnswer::YearTooEarly { min } => args.set("min", *min),
        InvalidAnswer::TooLong { max } => args.set("max", *max),
        _ => {}
    }
    text.format(e.message_key(), &args)
}

/// Everything the question says, for read-aloud.
fn spoken(text: &Text, q: &Question, options: &[&str]) -> String {
    let mut parts = vec![text.t(&q.text_key())];
    if q.help {
        parts.push(text.t(&q.help_key()));
    }
    if let Some(set) = q.kind.option_set() {
        parts.extend(options.iter().map(|o| text.t(&set.option_key(o))));
    }
    for (offered, key) in [
        (q.dont_know, "qn-dont-know"),
        (q.prefer_not, "qn-prefer-not"),
        (q.optional && !q.prefer_not, "qn-skip"),
    ] {
        if offered {
            parts.push(text.t(key));
        }
    }
    parts.join(". \n")
}

#[component]
pub fn QuestionPage(id: String, from_check: bool) -> impl IntoView {
    let pack = use_pack();
    let Some(q) = pack.question(&id) else {
        return view! { <NotFound/> }.into_any();
    };
    let text = use_text();
    let store = AnswerStore::expect();
    let answers = store.answers.get_untracked();

    // A question that does not apply (an old link, or a changed answer):
    // go where the person should be instead.
    if !answers.applies(q) {
        let href = answers
            .first_unanswered_in(pack.questions)
            .map(|q| question_href(q.id, false))
            .unwrap_or_else(|| Route::Check.href());
        router::replace(&href);
        return ().into_any();
    }

    let section = pack.section(q.section).copied().unwrap_or(pack.sections[0]);
    let options = answers.options_for(q);
    let spoken_options = options.clone();
    let current = answers.get(q.id).cloned();
    let error: RwSignal<Option<InvalidAnswer>> = RwSignal::new(None);
    let key = q.text_key();
    use_page_title({
        let key = key.clone();
        move || text.t(&key)
    });

    let submit = Callback::new(move |result: Result<Answer, InvalidAnswer>| {
        let (year, month) = dom::today();
        let today = Today { year, month };
        let checked = result.and_then(|a| {
            store
                .answers
                .with_untracked(|all| validate(q, &a, all, today))
                .map(|()| a)
        });
        match checked {
            Ok(a) => {
                error.set(None);
                store.set(q.id, a);
                go_next(pack, store, q.id, from_check);
            }
            Err(e) => error.set(Some(e)),
        }
    });

    let described_by = Signal::derive(move || {
        let mut ids = Vec::new();
        if section.intro {
            ids.push("q-intro");
        }
        if q.help {
            ids.push("q-help");
        }
        if error.with(Option::is_some) {
            ids.push("q-error");
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    });
    let invalid = Signal::derive(move || error.with(Option::is_some));

    let control = match q.kind {
        Kind::Single(set) | Kind::OneOfChosen { set, .. } => {
            let current = match &current {
                Some(Answer::Choice(c)) => Some(c.clone()),
                _ => None,
            };
            view! { <SingleChoice set options current submit/> }.into_any()
        }
        Kind::Multi { set, exclusive } => {
            let current = match &current {
                Some(Answer::Choices(c)) => c.clone(),
                _ => Vec::new(),
            };
            view! { <MultiChoice set exclusive current submit described_by/> }.into_any()
        }
        Kind::YearMonth => {
            let current = match current {
                Some(Answer::YearMonth { year, month }) => Some((year, month)),
                _ => None,
            };
            view! { <YearMonthInput current submit invalid described_by/> }.into_any()
        }
        Kind::Number { .. } => {
            let current = match current {
                Some(Answer::Number(n)) => Some(n.to_string()),
                _ => None,
            };
            view! { <TypedInput numeric=true current submit invalid described_by/> }.into_any()
        }
        Kind::Text { .. } => {
            let current = match &current {
                Some(Answer::Text(t)) => Some(t.clone()),
                _ => None,
            };
            view! { <TypedInput numeric=false current submit invalid described_by/> }.into_any()
        }
    };

    let special = |offered: bool, key: &'static str, answer: Answer| {
        offered.then(|| {
            let pressed = current.as_ref() == Some(&answer);
            view! {
                <button type="button" class="button secondary special" aria-pressed=pressed.to_string()
                    on:click=move |_| submit.run(Ok(answer.clone()))>
                    {move || text.t(key)}
                </button>
            }
        })
    };
    let specials = view! {
        <div class="special-answers">
            {special(q.dont_know, "qn-dont-know", Answer::DontKnow)}
            {special(q.prefer_not, "qn-prefer-not", Answer::PreferNot)}
            {special(q.optional && !q.prefer_not, "qn-skip", Answer::Skipped)}
        </div>
    };

    let back_href = if from_check {
        Route::Check.href()
    } else {
        answers
            .previous_before_in(pack.questions, q.id)
            .map(|p| question_href(p.id, false))
            .unwrap_or_else(|| Route::Questions.href())
    };
    let part = pack.section_number(q.section);
    let parts = pack.sections.len();
    let progress = move || {
        let mut args = Args::new();
        args.set("part", part);
        args.set("parts", parts);
        args.set("section", text.t(&section.title_key()));
        text.format("qn-progress", &args)
    };
    let content = Signal::derive(move || spoken(&text, q, &spoken_options));

    view! {
        <section class="page question" data-question=q.id>
            <a class="back-link" href=back_href>{text.tr("qn-back")}</a>
            <div class="progress">
                <p class="progress-text" id="q-progress">{progress}</p>
                <progress max=parts.to_string() value=part.to_string() aria-labelledby="q-progress"></progress>
            </div>
            <fieldset class="question-fieldset" aria-describedby=move || described_by.get()>
                <legend>
                    <h1 tabindex="-1">{move || text.t(&key)}</h1>
                </legend>
                {section.intro.then(|| view! {
                    <p class="section-intro" id="q-intro">{move || text.t(&section.intro_key())}</p>
                })}
                {q.help.then(|| view! { <p class="hint" id="q-help">{move || text.t(&q.help_key())}</p> })}
                <p class="error-message" id="q-error" role="alert">
                    {move || error.get().map(|e| error_text(&text, &e))}
                </p>
                {control}
                {specials}
            </fieldset>
            <ReadAloud content/>
        </section>
    }
    .into_any()
}
