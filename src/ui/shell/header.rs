use leptos::prelude::*;

use crate::domain::route::{encode_component, Route};
use crate::ui::app::use_route;
use crate::ui::config::ConfigStore;
use crate::ui::kiosk::FinishButton;
use crate::ui::text::use_text;

#[component]
pub fn SkipLink() -> impl IntoView {
    let text = use_text();
    view! { <a class="skip-link" href="#main" on:click=|ev| {
        // The hash is our router's; move focus without changing it.
        ev.prevent_default();
        crate::web::dom::focus_main_heading();
    }>{text.tr("skip-to-content")}</a> }
}

#[component]
pub fn Header() -> impl IntoView {
    let text = use_text();
    let route = use_route();
    let config = ConfigStore::expect();
    // The language link remembers where the person was, to return there.
    let language_href = move || match route.get() {
        Route::Language | Route::Home => "#/language".to_string(),
        other => format!("#/language?back={}", encode_component(&other.href())),
    };
    let municipality_href = move || match route.get() {
        Route::Municipality | Route::Home => "#/municipality".to_string(),
        other => format!("#/municipality?back={}", encode_component(&other.href())),
    };
    let regional = move || config.site.with(|s| !s.municipalities.is_empty());
    let current = move |r: Route| {
        move || {
            let now = route.get();
            let same = match (&now, &r) {
                (Route::Guide { .. } | Route::Topic(_), Route::Guide { .. }) => true,
                (Route::Questions | Route::Question { .. } | Route::Check, Route::Questions) => {
                    true
                }
                (a, b) => a == b,
            };
            same.then_some("page")
        }
    };
    view! {
        <header class="site-header">
            <a class="brand" href="#/" aria-current=current(Route::Home)>
                <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 2 3 7v2h18V7zM5 10v7h2v-7zm4 0v7h2v-7zm4 0v7h2v-7zm4 0v7h2v-7zM3 18v3h18v-3z"/>
                </svg>
                <span>{text.tr("app-name")}</span>
                {move || {
                    let code = text.code();
                    config.config.with(|c| (!c.name.is_empty()).then(|| {
                        view! { <span class="municipality">{c.name.get(&code).to_string()}</span> }
                    }))
                }}
            </a>
            {move || config.config.with(|c| c.logo.clone()).map(|src| {
                let alt = text.code();
                let alt = config.config.with(|c| c.name.get(&alt).to_string());
                view! { <img class="logo" src=src alt=alt/> }
            })}
            <nav class="site-nav" aria-label=text.tr("nav-label")>
                <a href="#/guide" aria-current=current(Route::Guide { query: String::new() })>
                    {text.tr("nav-guide")}
                </a>
                <a href="#/questions" aria-current=current(Route::Questions)>
                    {text.tr("qn-nav")}
                </a>
                <a href="#/pathway" aria-current=current(Route::Pathway)>
                    {text.tr("pw-nav")}
                </a>
                <FinishButton/>
                {move || regional().then(|| view! {
                    <a class="municipality-link" href=municipality_href
                        aria-current=current(Route::Municipality)>
                        <span>{text.tr("nav-municipality")}</span>
                        <span class="current-municipality">{move || {
                            let code = text.code();
                            config.config.with(|c| {
                                if config.municipality.get().is_some() {
                                    c.name.get(&code).to_string()
                                } else {
                                    text.t("nav-municipality-none")
                                }
                            })
                        }}</span>
                    </a>
                })}
                <a class="language-link" href=language_href>
                    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-3a15.7 15.7 0 0 0-1.3-3.9A8 8 0 0 1 18.9 8zM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4zM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4zm.8 2h3a15.7 15.7 0 0 0 1.3 3.9A8 8 0 0 1 5.1 16zm3-8h-3a8 8 0 0 1 4.3-3.9C7.8 5.3 7.4 6.6 7.1 8zM12 20c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4zm.3 5.9c.6-1.2 1-2.5 1.3-3.9h3a8 8 0 0 1-4.3 3.9zm1.7-5.9a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4z"/>
                    </svg>
                    <span>{text.tr("nav-language")}</span>
                    <span class="current-language">{move || text.info().endonym}</span>
                </a>
            </nav>
        </header>
    }
}
