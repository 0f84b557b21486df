//! The check page and the pathway as one pair. While the person reads their
//! answers, the pathway's first screen is built out of sight, so the tap on
//! "see my pathway" only has to show it; the way back shows the check page
//! as it was, without building it again.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::ui::app::use_route;
use crate::ui::pathway::PathwayPage;
use crate::ui::questionnaire::CheckAnswers;
use crate::ui::shell::use_page_title;
use crate::ui::text::use_text;
use crate::web::dom;

fn check() -> AnyView {
    view! { <CheckAnswers/> }.into_any()
}

fn pathway() -> AnyView {
    view! { <PathwayPage/> }.into_any()
}

#[component]
pub fn CheckAndPathway() -> impl IntoView {
    let route = use_route();
    let text = use_text();
    let on_pathway = move || route.with(|r| *r == Route::Pathway);
    use_page_title(move || {
        text.t(if on_pathway() {
            "pw-title"
        } else {
            "qn-check-title"
        })
    });
    // The page asked for is built at once, the other one once it has been
    // drawn and the browser has time.
    let idle = RwSignal::new(false);
    dom::when_idle(Box::new(move || {
        idle.try_set(true);
    }));
    let start_on_pathway = route.with_untracked(|r| *r == Route::Pathway);
    let slot = move |page: fn() -> AnyView, now: bool| {
        if now {
            page()
        } else {
            (move || idle.get().then(page)).into_any()
        }
    };
    let hidden_unless = move |pathway: bool| move || on_pathway() != pathway;
    // The check page, left, keeps its layout but is skipped; the pathway
    // waits laid out but unseen (style/main.css).
    view! {
        <div class="check-slot" hidden=hidden_unless(false)>{slot(check, !start_on_pathway)}</div>
        <div class="pathway-slot" hidden=hidden_unless(true)>{slot(pathway, start_on_pathway)}</div>
    }
}
