use leptos::prelude::*;

use crate::ui::shell::return_to;
use crate::ui::text::use_text;
use crate::web::{dom, router};

/// Takes over from the first screen that the build put into the page
/// (`domain::first_screen`): drawn with the app's first page, it removes that
/// screen in the same frame, so the page is replaced without moving.
#[component]
pub fn FirstScreenHandoff() -> impl IntoView {
    dom::remove_first_screen();
    // A tap after the app had read the first choice, before its first page.
    let text = use_text();
    Effect::new(move |_| {
        let Some(code) = dom::take_first_choice() else {
            return;
        };
        if text
            .languages
            .with_untracked(|list| list.iter().any(|l| l.code == code))
        {
            text.choose(code);
            router::navigate(&return_to());
        }
    });
}
