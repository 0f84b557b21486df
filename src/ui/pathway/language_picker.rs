//! The caseworker-language buttons of the print and caseworker views: the
//! languages the municipality's config allows (Finnish, Swedish, English by
//! default), each named in itself.

use leptos::prelude::*;

use crate::ui::config::ConfigStore;
use crate::ui::text::use_text;

/// The caseworker languages, the default (first) one first.
pub fn caseworker_languages() -> Vec<String> {
    ConfigStore::expect()
        .config
        .with_untracked(|c| c.caseworker_languages.clone())
}

/// `wanted` if the config allows it, otherwise the config's first choice.
pub fn caseworker_language_or_default(wanted: Option<&str>) -> String {
    let allowed = caseworker_languages();
    wanted
        .filter(|w| allowed.iter().any(|a| a == w))
        .map(str::to_string)
        .or_else(|| allowed.first().cloned())
        .unwrap_or_else(|| "fi".to_string())
}

#[component]
pub fn CaseworkerLanguagePicker(
    /// The id of the element that labels the group.
    labelled_by: &'static str,
    #[prop(into)] current: Signal<String>,
    on_pick: Callback<String>,
) -> impl IntoView {
    let text = use_text();
    let buttons = caseworker_languages()
        .into_iter()
        .map(|code| {
            let endonym = text
                .locale_info(&code)
                .map(|l| l.endonym)
                .unwrap_or_else(|| code.clone());
            let pressed = {
                let code = code.clone();
                move || (current.get() == code).to_string()
            };
            let pick = code.clone();
            view! {
                <button type="button" class="button secondary" lang=code aria-pressed=pressed
                    on:click=move |_| on_pick.run(pick.clone())>
                    {endonym}
                </button>
            }
        })
        .collect_view();
    view! { <div class="button-row" role="group" aria-labelledby=labelled_by>{buttons}</div> }
}
