use leptos::prelude::*;

use crate::ui::text::use_text;

#[component]
pub fn Footer() -> impl IntoView {
    let text = use_text();
    view! {
        <footer class="site-footer">
            <p>{text.tr("footer-privacy")}</p>
            <p>{text.tr("footer-disclaimer")}</p>
        </footer>
    }
}
