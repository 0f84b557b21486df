//! The municipality list of a regional site: after the language on a first
//! visit, and from the header on every page. One large button per
//! municipality, with its logo; the choice is stored like the language.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::config::ConfigStore;
use crate::ui::shell::{return_to, use_page_title, Loading};
use crate::ui::text::use_text;
use crate::web::router;

#[component]
pub fn MunicipalityScreen() -> impl IntoView {
    let text = use_text();
    let config = ConfigStore::expect();
    use_page_title(text.tr("municipality-title"));
    // The names and logos are in the municipalities' own files.
    config.load_all();
    let choosing = RwSignal::new(false);
    let buttons = move || {
        let code = text.code();
        let current = config.municipality.get();
        let ids = config.site.with(|s| s.municipalities.clone());
        config.files.with(|files| {
            let files = files.as_ref()?;
            Some(
                ids.into_iter()
                    .map(|id| {
                        let read = files
                            .iter()
                            .find(|f| f.id == id)
                            .and_then(|f| f.read.as_ref().ok());
                        let name = read
                            .map(|(c, _)| c.name.get(&code).to_string())
                            .filter(|n| !n.is_empty())
                            .unwrap_or_else(|| id.clone());
                        let logo = read.and_then(|(c, _)| c.logo.clone());
                        let is_current = current.as_deref() == Some(id.as_str());
                        let pick = id.clone();
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="municipality-button"
                                    class:current=is_current
                                    aria-current=is_current.then_some("true")
                                    data-municipality=id
                                    disabled=move || choosing.get()
                                    on:click=move |_| {
                                        let id = pick.clone();
                                        choosing.set(true);
                                        spawn_local(async move {
                                            config.choose_municipality(id).await;
                                            text.municipality_changed();
                                            choosing.set(false);
                                            router::navigate(&return_to());
                                        });
                                    }
                                >
                                    {logo.map(|src| view! { <img class="municipality-logo" src=src alt=""/> })}
                                    <span class="municipality-name">{name}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view(),
            )
        })
    };
    view! {
        <section class="page municipality-screen">
            <h1 tabindex="-1">{text.tr("municipality-title")}</h1>
            <p>{text.tr("municipality-intro")}</p>
            {move || match buttons() {
                Some(list) => view! { <ul class="municipality-list" role="list">{list}</ul> }.into_any(),
                None => view! { <Loading/> }.into_any(),
            }}
        </section>
    }
}
