//! Kiosk mode on a shared device: nothing is stored, an idle countdown and
//! "Finish and clear" wipe everything and return to the language screen for
//! the next person.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::ui::config::ConfigStore;
use crate::ui::guide::checklist::ChecklistStore;
use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::text::{use_text, Text};
use crate::web::router;

/// Forgets the person: answers, ticks and language choice, then the
/// language screen. Holds the stores, because timers and event handlers run
/// outside the component tree where contexts could be looked up.
#[derive(Clone, Copy)]
pub struct Reset {
    text: Text,
    answers: AnswerStore,
    checklist: ChecklistStore,
    config: ConfigStore,
}

impl Reset {
    pub fn from_context() -> Reset {
        Reset {
            text: use_text(),
            answers: AnswerStore::expect(),
            checklist: ChecklistStore::expect(),
            config: ConfigStore::expect(),
        }
    }

    pub fn run(self) {
        self.answers.answers.set(Default::default());
        self.answers.notice.set(None);
        self.checklist.clear_in_memory();
        self.text.reset_for_next_person();
        // A regional kiosk: back to its own municipality (`?kommun=`), or
        // to the list.
        let (config, text) = (self.config, self.text);
        if config.site.with_untracked(|s| !s.municipalities.is_empty()) {
            leptos::task::spawn_local(async move {
                config.reset_municipality().await;
                text.municipality_changed();
            });
        }
        router::navigate(&Route::Home.href());
    }
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Seconds of countdown shown before the wipe, out of the idle time.
pub fn countdown_seconds(idle_seconds: u32) -> u32 {
    (idle_seconds / 4).clamp(3, 30)
}

#[component]
pub fn FinishButton() -> impl IntoView {
    let text = use_text();
    let config = ConfigStore::expect();
    let reset = Reset::from_context();
    move || {
        config.kiosk.get().then(|| {
            view! {
                <button type="button" class="button finish" on:click=move |_| reset.run()>
                    {text.t("kiosk-finish")}
                </button>
            }
        })
    }
}

/// Watches for activity while in kiosk mode; after the configured idle time
/// it shows a countdown with "I'm still here", then clears everything.
#[component]
pub fn IdleGuard() -> impl IntoView {
    let text = use_text();
    let config = ConfigStore::expect();
    let reset = Reset::from_context();
    let last = StoredValue::new(now_ms());
    let remaining: RwSignal<Option<u32>> = RwSignal::new(None);
    let still_here: NodeRef<leptos::html::Button> = NodeRef::new();

    let touch = move || {
        last.set_value(now_ms());
        if remaining.get_untracked().is_some() {
            remaining.set(None);
        }
    };
    for ev in ["pointerdown", "keydown", "touchstart", "wheel", "input"] {
        let handle = window_event_listener_untyped(ev, move |_| touch());
        on_cleanup(move || handle.remove());
    }
    if let Ok(handle) = set_interval_with_handle(
        move || {
            if !config.kiosk.get_untracked() {
                return;
            }
            let idle = config.config.with_untracked(|c| c.kiosk.idle_seconds);
            let countdown = countdown_seconds(idle);
            let quiet = ((now_ms() - last.get_value()) / 1000.0) as u32;
            if quiet < idle {
                return;
            }
            let left = countdown.saturating_sub(quiet - idle);
            if left == 0 {
                remaining.set(None);
                last.set_value(now_ms());
                reset.run();
            } else {
                remaining.set(Some(left));
            }
        },
        Duration::from_millis(500),
    ) {
        on_cleanup(move || handle.clear());
    }
    // Focus the way out when the countdown appears.
    Effect::new(move |was_open: Option<bool>| {
        let open = remaining.with(Option::is_some);
        if open && was_open != Some(true) {
            if let Some(b) = still_here.get() {
                let _ = b.focus();
            }
        }
        open
    });
    view! {
        <Show when=move || remaining.with(Option::is_some)>
            <div class="kiosk-overlay">
                <div class="kiosk-dialog" role="alertdialog" aria-modal="true"
                    aria-labelledby="idle-title" aria-describedby="idle-text">
                    <h2 id="idle-title">{text.tr("kiosk-idle-title")}</h2>
                    <p id="idle-text" aria-live="polite">
                        {move || {
                            let mut args = crate::domain::i18n::Args::new();
                            args.set("seconds", remaining.get().unwrap_or(0));
                            text.format("kiosk-idle-text", &args)
                        }}
                    </p>
                    <div class="button-row">
                        <button type="button" class="button" node_ref=still_here on:click=move |_| touch()>
                            {text.tr("kiosk-still-here")}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| reset.run()>
                            {text.tr("kiosk-finish")}
                        </button>
                    </div>
                </div>
            </div>
        </Show>
    }
}
