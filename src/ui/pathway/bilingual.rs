//! Answers and pathway side by side in two languages, row by row, each
//! column with its own `lang` and `dir` so right-to-left text stays right in
//! its own column. Used by the print view and the caseworker's view.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::domain::assessment::Step;
use crate::domain::i18n::{Direction, Localizer};
use crate::domain::pack::Pack;
use crate::ui::pathway::report::{answer_pairs, reasons_text, where_text};
use crate::ui::sources::source_label;

#[derive(Clone)]
pub struct Column {
    pub loc: Arc<Localizer>,
    pub dir: Direction,
}

/// A step's sources on paper: names and the address to type, since a
/// printout cannot be clicked.
fn printed_sources(pack: &Pack, loc: &Localizer, step: &str) -> Option<impl IntoView> {
    let sources = pack.step_sources(step)?;
    let items = sources
        .sources
        .iter()
        .map(|src| {
            let address = src.url.trim_start_matches("https://").trim_end_matches('/');
            view! {
                " " {source_label(loc, src)} " "
                <span class="link-host" dir="ltr" lang="en">"(" {address.to_string()} ")"</span>
            }
        })
        .collect_view();
    Some(view! { <p class="small step-source">{loc.text("pw-source")} {items}</p> })
}

#[component]
pub fn Bilingual(
    pack: &'static Pack,
    columns: Vec<Column>,
    answers: Answers,
    steps: Vec<Step>,
) -> impl IntoView {
    let cell = |c: &Column, content: AnyView| {
        view! { <td lang=c.loc.code().to_string() dir=c.dir.as_str()>{content}</td> }
    };
    let heading_row = |key: &str| {
        let cells = columns
            .iter()
            .map(|c| {
                view! { <th scope="col" lang=c.loc.code().to_string() dir=c.dir.as_str()>{c.loc.text(key)}</th> }
            })
            .collect_view();
        view! { <tr class="group-row">{cells}</tr> }
    };
    // Answers, grouped by section.
    let pairs: Vec<Vec<(&str, String, String)>> = columns
        .iter()
        .map(|c| answer_pairs(pack, &c.loc, &answers))
        .collect();
    let mut answer_rows = Vec::new();
    let mut last_section = "";
    for (i, (id, _, _)) in pairs
        .first()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .enumerate()
    {
        let sec = pack.question(id).map(|q| q.section).unwrap_or("");
        if sec != last_section {
            last_section = sec;
            let key = pack.section(sec).unwrap_or(&pack.sections[0]).title_key();
            let cells = columns
                .iter()
                .map(|c| cell(c, view! { <strong>{c.loc.text(&key)}</strong> }.into_any()))
                .collect_view();
            answer_rows.push(view! { <tr class="section-row">{cells}</tr> }.into_any());
        }
        let cells = columns
            .iter()
            .zip(&pairs)
            .map(|(c, p)| {
                let (_, q, a) = p[i].clone();
                cell(
                    c,
                    view! { <span class="q">{q}</span> <span class="a">{a}</span> }.into_any(),
                )
            })
            .collect_view();
        answer_rows.push(view! { <tr data-question=id>{cells}</tr> }.into_any());
    }
    let step_rows = steps
        .iter()
        .map(|s| {
            let cells = columns
                .iter()
                .map(|c| {
                    let reasons = reasons_text(pack, &c.loc, s);
                    cell(
                        c,
                        view! {
                            <strong class="step-title">{c.loc.text(&s.title_key())}</strong>
                            " " <span class="timing">"(" {c.loc.text(s.timing.key())} ")"</span>
                            <p>{c.loc.text(&s.text_key())}</p>
                            {(!reasons.is_empty()).then(|| view! {
                                <p class="small">{c.loc.text("pw-because")} " " {reasons.join("; ")}</p>
                            })}
                            {s.for_everyone.then(|| view! {
                                <p class="small">{c.loc.text("pw-for-everyone")}</p>
                            })}
                            <p class="small">{c.loc.text("pw-where")} " " {where_text(pack, &c.loc, s)}</p>
                            {printed_sources(pack, &c.loc, s.id)}
                        }
                        .into_any(),
                    )
                })
                .collect_view();
            view! { <tr data-step=s.id>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="bilingual" class:two=(columns.len() > 1)>
            <thead>{heading_row("print-answers")}</thead>
            <tbody>{answer_rows}</tbody>
            <tbody>{heading_row("print-pathway")}{step_rows}</tbody>
        </table>
    }
}
