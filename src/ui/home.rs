//! The start page after a language is chosen.

use leptos::prelude::*;

use crate::ui::config::use_pack;
use crate::ui::guide::checklist::ChecklistStore;
use crate::ui::shell::use_page_title;
use crate::ui::text::use_text;

#[component]
pub fn Home() -> impl IntoView {
    let text = use_text();
    let checklist = ChecklistStore::expect();
    use_page_title(text.tr("home-title"));
    let progress = move || {
        let mut args = crate::domain::i18n::Args::new();
        args.set("done", checklist.ticks.with(|t| t.count()));
        args.set("total", use_pack().checklist.len());
        text.format("checklist-progress", &args)
    };
    view! {
        <section class="page home">
            <h1 tabindex="-1">{text.tr("home-title")}</h1>
            <p class="lead">{text.tr("home-intro")}</p>
            <ul class="cards" role="list">
                <li>
                    <a class="card" href="#/guide">
                        <span class="card-title">{text.tr("home-guide-title")}</span>
                        <span class="card-text">{text.tr("home-guide-text")}</span>
                    </a>
                </li>
                <li>
                    <a class="card" href="#/questions">
                        <span class="card-title">{text.tr("qn-home-title")}</span>
                        <span class="card-text">{text.tr("qn-home-text")}</span>
                    </a>
                </li>
                <li>
                    <a class="card" href="#/guide/first-steps">
                        <span class="card-title">{text.tr("home-checklist-title")}</span>
                        <span class="card-text">{progress}</span>
                    </a>
                </li>
                <li>
                    <a class="card" href="#/guide/help">
                        <span class="card-title">{text.tr("home-help-title")}</span>
                        <span class="card-text">{text.tr("home-help-text")}</span>
                    </a>
                </li>
            </ul>
            <p class="privacy-note">{text.tr("home-privacy")}</p>
        </section>
    }
}
