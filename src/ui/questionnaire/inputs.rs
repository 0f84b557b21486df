//! The answer controls, one per kind of question. Each calls `submit` with
//! the answer the person gave; validation happens in the question page.

use leptos::prelude::*;

use crate::domain::answers::{parse_number, parse_year_month, Answer, InvalidAnswer};
use crate::domain::questions::OptionSet;
use crate::ui::questionnaire::pictogram::pictogram;
use crate::ui::text::use_text;

pub type Submit = Callback<Result<Answer, InvalidAnswer>>;

/// Large buttons; a tap answers and moves on (the next question is one tap
/// away, as on paper).
#[component]
pub fn SingleChoice(
    set: OptionSet,
    options: Vec<&'static str>,
    current: Option<String>,
    submit: Submit,
) -> impl IntoView {
    let text = use_text();
    let buttons = options
        .into_iter()
        .map(|code| {
            let key = set.option_key(code);
            let selected = current.as_deref() == Some(code);
            let picture = if set.pictograms {
                pictogram(set.id, code)
            } else {
                None
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="option"
                        class:selected=selected
                        aria-pressed=selected.to_string()
                        data-code=code
                        on:click=move |_| submit.run(Ok(Answer::Choice(code.to_string())))
                    >
                        {picture}
                        <span class="option-label">{move || text.t(&key)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="options" role="list">{buttons}</ul> }
}

/// Checkboxes shown as large tiles, then Continue. An exclusive option
/// ("none") clears the others and is cleared by them.
#[component]
pub fn MultiChoice(
    set: OptionSet,
    exclusive: &'static [&'static str],
    current: Vec<String>,
    submit: Submit,
    described_by: Signal<Option<String>>,
) -> impl IntoView {
    let text = use_text();
    let chosen = RwSignal::new(current);
    let toggle = move |code: &'static str, on: bool| {
        chosen.update(|c| {
            c.retain(|x| x != code);
            if on {
                if exclusive.contains(&code) {
                    c.clear();
                } else {
                    c.retain(|x| !exclusive.contains(&x.as_str()));
                }
                c.push(code.to_string());
            }
        })
    };
    let boxes = set
        .options
        .iter()
        .map(|&code| {
            let id = format!("opt-{code}");
            let key = set.option_key(code);
            let picture = if set.pictograms {
                pictogram(set.id, code)
            } else {
                None
            };
            view! {
                <li class="check-option">
                    <input
                        type="checkbox"
                        id=id.clone()
                        value=code
                        prop:checked=move || chosen.with(|c| c.iter().any(|x| x == code))
                        on:change=move |ev| toggle(code, event_target_checked(&ev))
                    />
                    <label for=id>
                        {picture}
                        <span class="option-label">{move || text.t(&key)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut codes = chosen.get_untracked();
        // Keep the catalogue's order, whatever order they were ticked in.
        codes.sort_by_key(|c| set.options.iter().position(|o| o == c));
        submit.run(if codes.is_empty() {
            Err(InvalidAnswer::Required)
        } else {
            Ok(Answer::Choices(codes))
        });
    };
    view! {
        <form class="answer-form" on:submit=on_submit novalidate>
            <p class="hint">{text.tr("qn-choose-all")}</p>
            <ul class="options checks" role="list" aria-describedby=move || described_by.get()>{boxes}</ul>
            <button type="submit" class="button">{text.tr("qn-continue-button")}</button>
        </form>
    }
}

#[component]
pub fn YearMonthInput(
    current: Option<(u16, u8)>,
    submit: Submit,
    invalid: Signal<bool>,
    described_by: Signal<Option<String>>,
) -> impl IntoView {
    let text = use_text();
    let year: NodeRef<leptos::html::Input> = NodeRef::new();
    let month: NodeRef<leptos::html::Select> = NodeRef::new();
    let (y0, m0) = current.map(|(y, m)| (y.to_string(), m)).unwrap_or_default();
    let months = (1..=12u8)
        .map(|m| {
            view! { <option value=m.to_string() selected={m == m0}>{move || text.t(&format!("month-{m}"))}</option> }
        })
        .collect_view();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let y = year.get().map(|i| i.value()).unwrap_or_default();
        let m = month.get().map(|s| s.value()).unwrap_or_default();
        submit.run(parse_year_month(&y, &m));
    };
    view! {
        <form class="answer-form" on:submit=on_submit novalidate>
            <div class="date-fields">
                <div class="field">
                    <label for="answer-month">{text.tr("qn-month")}</label>
                    <select id="answer-month" node_ref=month aria-invalid=move || invalid.get().to_string()
                        aria-describedby=move || described_by.get()>
                        <option value="">"—"</option>
                        {months}
                    </select>
                </div>
                <div class="field">
                    <label for="answer-year">{text.tr("qn-year")}</label>
                    <input id="answer-year" type="text" inputmode="numeric" autocomplete="off" size="6"
                        node_ref=year value=y0 aria-invalid=move || invalid.get().to_string()
                        aria-describedby=move || described_by.get()/>
                </div>
            </div>
            <button type="submit" class="button">{text.tr("qn-continue-button")}</button>
        </form>
    }
}

/// A number or a short text, typed.
#[component]
pub fn TypedInput(
    numeric: bool,
    current: Option<String>,
    submit: Submit,
    invalid: Signal<bool>,
    described_by: Signal<Option<String>>,
) -> impl IntoView {
    let text = use_text();
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = input.get().map(|i| i.value()).unwrap_or_default();
        submit.run(if numeric {
            parse_number(&v)
        } else if v.trim().is_empty() {
            Err(InvalidAnswer::Required)
        } else {
            Ok(Answer::Text(v.trim().to_string()))
        });
    };
    let label = if numeric {
        "qn-number"
    } else {
        "qn-your-answer"
    };
    view! {
        <form class="answer-form" on:submit=on_submit novalidate>
            <div class="field">
                <label for="answer-input">{move || text.t(label)}</label>
                <input id="answer-input" type="text" autocomplete="off"
                    inputmode=if numeric { "numeric" } else { "text" }
                    class:short=numeric
                    node_ref=input value=current.unwrap_or_default()
                    aria-invalid=move || invalid.get().to_string()
                    aria-describedby=move || described_by.get()/>
            </div>
            <button type="submit" class="button">{text.tr("qn-continue-button")}</button>
        </form>
    }
}
