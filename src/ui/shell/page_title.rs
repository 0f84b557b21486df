use leptos::prelude::*;

use crate::ui::text::use_text;
use crate::web::dom;

/// Keeps the document title as "<page> – <app name>" in the active language,
/// so browser tabs, history and screen readers name the page.
pub fn use_page_title(page: impl Fn() -> String + Send + Sync + 'static) {
    let text = use_text();
    Effect::new(move |_| {
        dom::set_title(&format!("{} – {}", page(), text.t("app-name")));
    });
}
