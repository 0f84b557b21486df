use leptos::prelude::*;

use crate::ui::app::UpdateAvailable;
use crate::ui::guide::checklist::ChecklistStore;
use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::text::use_text;
use crate::web::{service_worker, storage};

/// Small notices about the text itself and about stored data: a machine-made
/// translation, texts shown in English, a stored checklist that was reset,
/// storage the browser blocks.
#[component]
pub fn Notices() -> impl IntoView {
    let text = use_text();
    let checklist = ChecklistStore::expect();
    let answers = AnswerStore::expect();
    let update = expect_context::<UpdateAvailable>().0;
    // Blocked storage (private modes, strict settings) leaves the app in
    // memory: the person should know a reload loses their answers. Kiosk
    // mode keeps nothing on purpose and says so in its own way.
    let storage_blocked = storage::is_persistent() && !storage::available();
    view! {
        <div class="notices">
            <Show when=move || update.get()>
                <p class="notice notice-update" role="status">
                    {text.tr("update-available")} " "
                    <button type="button" class="button secondary" on:click=|_| service_worker::activate_update()>
                        {text.tr("update-reload")}
                    </button>
                </p>
            </Show>
            <Show when=move || text.is_machine_made()>
                <p class="notice notice-machine" role="note">{text.tr("notice-machine")}</p>
            </Show>
            <Show when=move || text.has_gaps()>
                <p class="notice notice-gaps" role="status">{text.tr("notice-text-gaps")}</p>
            </Show>
            {move || answers.notice.get().map(|key| view! {
                <p class="notice notice-answers" role="status">{move || text.t(key)}</p>
            })}
            {storage_blocked.then(|| view! {
                <p class="notice notice-storage" role="status">{text.tr("notice-storage-blocked")}</p>
            })}
            <Show when=move || checklist.was_reset.get()>
                <p class="notice notice-reset" role="status">{text.tr("notice-checklist-reset")}</p>
            </Show>
        </div>
    }
}
