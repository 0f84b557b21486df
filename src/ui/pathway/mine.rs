//! `#/mine/<payload>`: answers a person brought home from a kiosk by
//! scanning its QR code. Shown in their own language as their pathway, with
//! "Save on this phone"; nothing is stored until they choose to.

use leptos::prelude::*;

use crate::domain::answers::Today;
use crate::domain::handover::decode;
use crate::domain::route::Route;
use crate::ui::config::ConfigStore;
use crate::ui::pathway::report::step_view;
use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::shell::use_page_title;
use crate::ui::text::use_text;
use crate::web::router;
use leptos::task::spawn_local;

#[component]
pub fn MinePage(payload: String) -> impl IntoView {
    let text = use_text();
    let store = AnswerStore::expect();
    use_page_title(text.tr("mine-title"));
    let decoded = decode(&payload);
    // Show it in the language the person used at the kiosk.
    if let Ok(d) = &decoded {
        if text.code() != d.handover.locale && text.locale_info(&d.handover.locale).is_some() {
            text.show_in(d.handover.locale.clone());
        }
    }
    match decoded {
        Err(e) => view! {
            <section class="page mine">
                <h1 tabindex="-1">{text.tr("hv-error-title")}</h1>
                <p class="error-message" role="alert">{move || text.t(e.message_key())}</p>
            </section>
        }
        .into_any(),
        Ok(d) => {
            let h = d.handover;
            let answers = h.answers.clone();
            let locale = h.locale.clone();
            let steps = move || {
                let loc = text.localizer();
                let today = Today {
                    year: h.created.year,
                    month: h.created.month,
                };
                let pack = h.country.pack();
                (pack.pathway)(&h.answers, today)
                    .iter()
                    .map(|s| step_view(pack, &loc, s, 2))
                    .collect_view()
            };
            let municipality = h.municipality.clone();
            let save = move |_| {
                for (id, a) in answers.iter() {
                    store.set(id, a.clone());
                }
                text.choose(locale.clone());
                // The kiosk's municipality, on the person's own phone too.
                let config = ConfigStore::expect();
                let listed = municipality.clone().filter(|id| {
                    config
                        .site
                        .with_untracked(|s| s.municipalities.contains(id))
                });
                if let Some(id) = listed {
                    spawn_local(async move {
                        config.choose_municipality(id).await;
                        text.municipality_changed();
                    });
                }
                router::navigate(&Route::Pathway.href());
            };
            view! {
                <section class="page mine">
                    <h1 tabindex="-1">{text.tr("mine-title")}</h1>
                    <p class="lead">{text.tr("mine-intro")}</p>
                    <p><button type="button" class="button" on:click=save>{text.tr("mine-save")}</button></p>
                    <p class="disclaimer" role="note">{text.tr("pw-disclaimer")}</p>
                    {steps}
                </section>
            }
            .into_any()
        }
    }
}
