use leptos::prelude::*;

use crate::ui::shell::use_page_title;
use crate::ui::text::use_text;

#[component]
pub fn NotFound() -> impl IntoView {
    let text = use_text();
    use_page_title(text.tr("not-found-title"));
    view! {
        <section class="page not-found">
            <h1 tabindex="-1">{text.tr("not-found-title")}</h1>
            <p>{text.tr("not-found-text")}</p>
            <ul class="link-list">
                <li><a href="#/">{text.tr("not-found-home")}</a></li>
                <li><a href="#/guide">{text.tr("not-found-guide")}</a></li>
            </ul>
        </section>
    }
}
