//! Rendering answers and steps with a given localizer: the active one on
//! the person's pages, any one in the bilingual print and caseworker views.

use crate::domain::i18n::Args;
use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::domain::assessment::Step;
use crate::domain::i18n::Localizer;
use crate::domain::pack::Pack;
use crate::ui::questionnaire::answer_text;
use crate::ui::sources::step_sources_view;

/// "Because you answered: <question> – <answer>" lines of a step.
pub fn reasons_text(pack: &Pack, loc: &Localizer, step: &Step) -> Vec<String> {
    step.reasons
        .iter()
        .filter_map(|r| {
            let q = pack.question(r.question)?;
            let answer = answer_text(&|k: &str| loc.text(k), q, &r.answer);
            Some(format!("{} – {answer}", loc.text(&q.text_key())))
        })
        .collect()
}

/// The authority's name in this language, with its name as on signs
/// (Finnish in Finland, Swedish in Sweden) unless the text already has it.
pub fn where_text(pack: &Pack, loc: &Localizer, step: &Step) -> String {
    match pack.authority(step.authority) {
        Some(a) => {
            let name = loc.text(&a.name_key());
            let sign = pack.sign_name(a);
            if loc.code() == pack.sign_language() || name.contains(sign) {
                name
            } else {
                format!("{name} ({sign})")
            }
        }
        None => step.authority.to_string(),
    }
}

/// One step, complete: title, what to do, why, where, and its official
/// sources.
pub fn step_view(pack: &Pack, loc: &Localizer, step: &Step, heading_level: u8) -> impl IntoView {
    let title = loc.text(&step.title_key());
    let reasons = reasons_text(pack, loc, step);
    let heading = match heading_level {
        2 => view! { <h2 class="step-title">{title}</h2> }.into_any(),
        _ => view! { <h3 class="step-title">{title}</h3> }.into_any(),
    };
    view! {
        <article class="step" data-step=step.id>
            {heading}
            <p>{loc.text(&step.text_key())}</p>
            {(!reasons.is_empty()).then(|| view! {
                <p class="step-label">{loc.text("pw-because")}</p>
                <ul class="reasons">
                    {reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                </ul>
            })}
            {step.for_everyone.then(|| view! { <p class="step-why">{loc.text("pw-for-everyone")}</p> })}
            <p><span class="step-label">{loc.text("pw-where")}</span> " " {where_text(pack, loc, step)}</p>
            {pack.step_sources(step.id).map(|s| step_sources_view(loc, s.sources, s.last_checked))}
        </article>
    }
}

/// Every answered question, as "question: answer" pairs, in questionnaire
/// order.
pub fn answer_pairs(
    pack: &Pack,
    loc: &Localizer,
    answers: &Answers,
) -> Vec<(&'static str, String, String)> {
    answers
        .visible_in(pack.questions)
        .filter_map(|q| {
            let a = answers.get(q.id)?;
            Some((
                q.id,
                loc.text(&q.text_key()),
                answer_text(&|k: &str| loc.text(k), q, a),
            ))
        })
        .collect()
}

pub fn prepared_text(loc: &Localizer, key: &str, date: &str, language: Option<&str>) -> String {
    let mut args = Args::new();
    args.set("date", crate::web::intl::long_date(date, loc.code()));
    if let Some(l) = language {
        args.set("language", l.to_string());
    }
    loc.format(key, Some(&args))
}
