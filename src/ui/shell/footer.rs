use leptos::prelude::*;

use crate::ui::text::use_text;

#[component]
pub fn Footer() -> impl IntoView {
    let text = use_text();
    view! {
        <footer class="site-footer">
            <p>{move || text.t("footer-privacy")}</p>
            <p>{move || text.t("footer-disclaimer")}</p>
        </footer>
    }
}
