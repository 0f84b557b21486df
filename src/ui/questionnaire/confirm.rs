//! Destructive actions ask once more before they happen.

use leptos::prelude::*;

use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::text::use_text;

/// A button that opens an inline confirmation: title, what will happen, and
/// Yes / Cancel. Focus moves into the confirmation and back.
#[component]
pub fn Confirm(
    /// Fluent keys: the button, the confirmation title, its text, the Yes.
    button: &'static str,
    title: &'static str,
    body: &'static str,
    yes: &'static str,
    on_yes: Callback<()>,
    #[prop(optional)] danger: bool,
) -> impl IntoView {
    let text = use_text();
    let open = RwSignal::new(false);
    let yes_ref: NodeRef<leptos::html::Button> = NodeRef::new();
    let opener: NodeRef<leptos::html::Button> = NodeRef::new();
    Effect::new(move |_| {
        if open.get() {
            if let Some(b) = yes_ref.get() {
                let _ = b.focus();
            }
        }
    });
    view! {
        <div class="confirm">
            <button type="button" class="button secondary" class:danger=danger node_ref=opener
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.set(true)>
                {move || text.t(button)}
            </button>
            <Show when=move || open.get()>
                <div class="confirm-panel" role="group" aria-labelledby="confirm-title">
                    <h2 id="confirm-title">{move || text.t(title)}</h2>
                    <p>{move || text.t(body)}</p>
                    <div class="button-row">
                        <button type="button" class="button" class:danger=danger node_ref=yes_ref
                            on:click=move |_| { open.set(false); on_yes.run(()); }>
                            {move || text.t(yes)}
                        </button>
                        <button type="button" class="button secondary"
                            on:click=move |_| {
                                open.set(false);
                                if let Some(b) = opener.get() { let _ = b.focus(); }
                            }>
                            {text.tr("qn-delete-cancel")}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}

/// "Delete my data from this device", with confirmation.
#[component]
pub fn DeleteData() -> impl IntoView {
    let store = AnswerStore::expect();
    view! {
        <Confirm button="qn-delete" title="qn-delete-confirm-title" body="qn-delete-confirm-text"
            yes="qn-delete-yes" danger=true
            on_yes=Callback::new(move |()| store.delete_everything())/>
    }
}
