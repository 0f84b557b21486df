use leptos::prelude::*;

use crate::domain::languages::screen_order;
use crate::domain::route::{decode_component, Route};
use crate::ui::config::ConfigStore;
use crate::ui::shell::use_page_title;
use crate::ui::text::use_text;
use crate::web::router;

/// Where to go after choosing: back to the page the person came from when
/// that is a real page, otherwise the start page.
pub fn return_to() -> String {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let back = hash
        .split_once("back=")
        .map(|(_, v)| decode_component(v.split('&').next().unwrap_or_default()));
    match back.as_deref().map(Route::parse) {
        Some(
            r @ (Route::Guide { .. }
            | Route::Topic(_)
            | Route::Questions
            | Route::Question { .. }
            | Route::Check
            | Route::Pathway
            | Route::Municipality
            | Route::Print { .. }),
        ) => r.href(),
        _ => Route::Home.href(),
    }
}

/// A button per language with its own name (and its Finnish name, for a
/// clerk who helps): the device's language first and highlighted (once
/// chosen, the current one), then the municipality's first languages, then
/// the rest by writing system and name. Used on the first visit and from the
/// header.
#[component]
pub fn LanguageScreen() -> impl IntoView {
    let text = use_text();
    let config = ConfigStore::expect();
    use_page_title(text.tr("language-title"));
    let buttons = move || {
        let current = text.code();
        let chosen = text.chosen.get();
        let suggested = text.suggested.get();
        let top = if chosen { &current } else { &suggested };
        let first = config.config.with(|c| c.screen_first());
        // The name in the country's language, so a reception clerk can help.
        let country = config.pack().country;
        screen_order(&text.languages.get(), &first, Some(top))
            .into_iter()
            .map(|l| {
                let is_current = chosen && l.code == current;
                let is_suggested = !chosen && l.code == suggested;
                let code = l.code.clone();
                let current = current.clone();
                view! {
                    <li class:language-first=is_current || is_suggested>
                        <button
                            type="button"
                            class="language-button"
                            class:suggested=is_suggested
                            class:current=is_current
                            lang=l.code.clone()
                            dir=l.dir.as_str()
                            aria-current=is_current.then_some("true")
                            on:click=move |_| {
                                text.choose(code.clone());
                                router::navigate(&return_to());
                            }
                        >
                            <span class="endonym">{l.endonym.clone()}</span>
                            {l.clerk_name(country).map(|(n, lang)| view! {
                                <span class=format!("language-name-{lang}") lang=lang dir="ltr">{n.to_string()}</span>
                            })}
                            {is_suggested.then(|| view! {
                                <span class="language-hint" lang=current.clone()>
                                    {text.tr("language-suggested")}
                                </span>
                            })}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="page language-screen">
            <h1 tabindex="-1">{text.tr("language-title")}</h1>
            <p>{text.tr("language-intro")}</p>
            <ul class="language-list" role="list">{buttons}</ul>
        </section>
    }
}
