//! The first-steps checklist: ticks kept in memory and, on a personal device,
//! in storage.

use leptos::prelude::*;

use crate::domain::checklist::Ticks;
use crate::ui::config::use_pack;
use crate::ui::text::use_text;
use crate::web::storage;

#[derive(Clone, Copy)]
pub struct ChecklistStore {
    pub ticks: RwSignal<Ticks>,
    /// Stored ticks could not be read and were reset; the person is told.
    pub was_reset: RwSignal<bool>,
    /// The ticks came from the tab's other page (`web::handoff`).
    handed_over: StoredValue<bool>,
}

impl ChecklistStore {
    pub fn provide() -> ChecklistStore {
        let (ticks, was_reset) = match storage::get(storage::KEY_CHECKLIST) {
            None => (Ticks::default(), false),
            Some(stored) => match Ticks::from_stored(&stored) {
                Ok(t) => (t, false),
                Err(_) => {
                    // Keep the unreadable value out of the way of new ticks,
                    // but do not pretend nothing happened.
                    storage::remove(storage::KEY_CHECKLIST);
                    (Ticks::default(), true)
                }
            },
        };
        let store = ChecklistStore {
            ticks: RwSignal::new(ticks),
            was_reset: RwSignal::new(was_reset),
            handed_over: StoredValue::new(false),
        };
        provide_context(store);
        store
    }

    pub fn expect() -> ChecklistStore {
        expect_context::<ChecklistStore>()
    }

    /// Takes the ticks the tab's other page handed over, in memory only.
    pub fn receive(&self, ticks: Ticks) {
        self.handed_over.set_value(true);
        self.ticks.set(ticks);
    }

    /// Whether the ticks in memory are the ones [`ChecklistStore::receive`]
    /// took, so not a previous person's from storage.
    pub fn was_handed_over(&self) -> bool {
        self.handed_over.get_value()
    }

    /// Forgets the ticks in memory (storage is cleared by the caller).
    pub fn clear_in_memory(&self) {
        self.ticks.set(Ticks::default());
        self.was_reset.set(false);
    }

    fn set(&self, id: &str, ticked: bool) {
        self.ticks.update(|t| t.set(id, ticked));
        storage::set(
            storage::KEY_CHECKLIST,
            &self.ticks.with_untracked(Ticks::to_stored),
        );
    }
}

#[component]
pub fn Checklist() -> impl IntoView {
    let text = use_text();
    let store = ChecklistStore::expect();
    let pack = use_pack();
    let progress = move || {
        let mut args = crate::domain::i18n::Args::new();
        args.set("done", store.ticks.with(|t| t.count()));
        args.set("total", pack.checklist.len());
        text.format("checklist-progress", &args)
    };
    let items = pack
        .checklist
        .iter()
        .map(|item| {
            let input_id = format!("check-{}", item.id);
            let key = item.text_key();
            let topic_title_key = pack
                .topic(item.topic)
                .map(|t| t.title_key())
                .unwrap_or_default();
            let href = format!("#/guide/{}", item.topic);
            let id = item.id;
            view! {
                <li class="check-item">
                    <input
                        type="checkbox"
                        id=input_id.clone()
                        prop:checked=move || store.ticks.with(|t| t.is_ticked(id))
                        on:change=move |ev| store.set(id, event_target_checked(&ev))
                    />
                    <label for=input_id>{move || text.t(&key)}</label>
                    <a class="check-more" href=href>
                        {text.tr("checklist-read-more")}
                        <span class="visually-hidden">": " {move || text.t(&topic_title_key)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="checklist" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{text.tr("checklist-heading")}</h2>
            <p class="checklist-progress" role="status">{progress}</p>
            <ul class="check-list" role="list">{items}</ul>
        </section>
    }
}
