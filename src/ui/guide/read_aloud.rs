//! A "Read aloud" button. When the device has no voice for the language it
//! says so, instead of staying silent or reading with a wrong voice.

use leptos::prelude::*;

use crate::ui::text::use_text;
use crate::web::speech;

#[component]
pub fn ReadAloud(
    /// The text to read, in the active language.
    #[prop(into)]
    content: Signal<String>,
) -> impl IntoView {
    let text = use_text();
    let speaking = RwSignal::new(false);
    let no_voice = RwSignal::new(false);
    on_cleanup(speech::stop);
    // A new language needs its own voice: forget the previous answer.
    Effect::new(move |_| {
        text.code();
        no_voice.set(false);
    });
    let toggle = move |_| {
        if speaking.get_untracked() {
            speech::stop();
            speaking.set(false);
            return;
        }
        let started = speech::speak(&content.get_untracked(), &text.code(), move || {
            speaking.set(false)
        });
        speaking.set(started);
        no_voice.set(!started);
    };
    view! {
        <div class="read-aloud">
            <button type="button" class="button secondary" on:click=toggle aria-pressed=move || speaking.get().to_string()>
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"/>
                </svg>
                <span>{move || if speaking.get() { text.t("read-aloud-stop") } else { text.t("read-aloud") }}</span>
            </button>
            <p class="read-aloud-status" role="status">
                {move || no_voice.get().then(|| text.t("read-aloud-no-voice"))}
            </p>
        </div>
    }
}
