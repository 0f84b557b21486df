use leptos::prelude::*;

/// Shown only until the first text file arrives; no text is loaded yet, so it
/// is a language-neutral spinner with a label in the page's default language.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            <span class="visually-hidden">"Loading…"</span>
        </div>
    }
}
