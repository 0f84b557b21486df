//! The caseworker's view: a handover link or a saved file, shown in the
//! caseworker's language (Finnish, Swedish or English), with the person's
//! language alongside on demand. Labelled self-reported; nothing is stored.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::domain::answers::Today;
use crate::domain::handover::{decode, from_file, Decoded, HandoverError, MAX_FILE_BYTES};
use crate::domain::i18n::Args;
use crate::domain::i18n::{Direction, Localizer};
use crate::domain::route::Route;
use crate::ui::config::ConfigStore;
use crate::ui::pathway::bilingual::{Bilingual, Column};
use crate::ui::pathway::language_picker::{
    caseworker_language_or_default, CaseworkerLanguagePicker,
};
use crate::ui::pathway::report::prepared_text;
use crate::ui::shell::use_page_title;
use crate::ui::text::{use_text, Text};
use crate::web::files;

#[component]
pub fn HandoverPage(payload: Option<String>) -> impl IntoView {
    let text = use_text();
    use_page_title(text.tr("hv-title"));
    // The caseworker's language: the app's language when it is one of the
    // caseworker languages, the municipality's first choice otherwise.
    let initial = caseworker_language_or_default(Some(&text.code()));
    let language = RwSignal::new(initial);
    let decoded: RwSignal<Option<Result<Decoded, HandoverError>>> =
        RwSignal::new(payload.as_deref().map(decode));
    // The texts of the handover's pack: one made on a site of the other
    // country names that country's questions, steps and authorities.
    let pack = move || {
        decoded.with(|d| match d {
            Some(Ok(d)) => d.handover.country.pack(),
            _ => ConfigStore::expect().pack_untracked(),
        })
    };
    let loc = LocalResource::new(move || text.localizer_for_pack(language.get(), pack()));

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        spawn_local(async move {
            let result = match files::read_file(&file, MAX_FILE_BYTES).await {
                Ok(content) => from_file(&content),
                Err(true) => Err(HandoverError::TooLarge),
                Err(false) => Err(HandoverError::NotHandoverFile),
            };
            decoded.set(Some(result));
        });
    };

    let body = move || {
        let loc = loc.get()?;
        let t = |k: &str| loc.text(k);
        let code = loc.code().to_string();
        let content = match decoded.get() {
            None => view! {
                <h1 tabindex="-1">{t("hv-load-title")}</h1>
                <p>{t("hv-load-intro")}</p>
            }
            .into_any(),
            Some(Err(e)) => view! {
                <h1 tabindex="-1">{t("hv-error-title")}</h1>
                <p class="error-message" role="alert">{t(e.message_key())}</p>
                {payload.is_some().then(|| view! {
                    <p><a href=Route::Handover(None).href()>{t("hv-try-file")}</a></p>
                })}
            }
            .into_any(),
            Some(Ok(d)) => view! { <Report text loc=loc.clone() decoded=d language/> }.into_any(),
        };
        let show_loader = !matches!(decoded.get(), Some(Ok(_))) && payload.is_none();
        Some(view! {
            <div lang=code>
                {content}
                {show_loader.then(|| view! {
                    <div class="field no-print">
                        <label for="handover-file">{t("hv-load-label")}</label>
                        <input id="handover-file" type="file" accept=".json,application/json" on:change=on_file/>
                    </div>
                })}
                <p class="small no-print">{t("hv-nothing-stored")}</p>
            </div>
        })
    };
    view! { <section class="page caseworker">{body}</section> }
}

#[component]
fn Report(
    text: Text,
    loc: Arc<Localizer>,
    decoded: Decoded,
    language: RwSignal<String>,
) -> impl IntoView {
    let show_person = RwSignal::new(false);
    let h = decoded.handover;
    let person_code = h.locale.clone();
    let person_info = text.locale_info(&person_code);
    let pack = h.country.pack();
    let person_loc = LocalResource::new({
        let code = person_code.clone();
        move || text.localizer_for_pack(code.clone(), pack)
    });
    let t = |k: &str| loc.text(k);
    let person_name = person_info
        .as_ref()
        .map(|l| l.endonym.clone())
        .unwrap_or(person_code.clone());
    let prepared = prepared_text(&loc, "hv-prepared", &h.created.iso(), Some(&person_name));
    // A regional site's handover names the person's municipality, from its
    // file on this site (its id when the file cannot be read).
    let municipality = h.municipality.clone().map(|id| {
        let config = ConfigStore::expect();
        config.load_all();
        let loc = loc.clone();
        move || {
            let name = config.files.with(|files| {
                files
                    .iter()
                    .flatten()
                    .find(|f| f.id == id)
                    .and_then(|f| f.read.as_ref().ok())
                    .map(|(c, _)| c.name.get(loc.code()).to_string())
            });
            let mut args = Args::new();
            args.set("name", name.filter(|n| !n.is_empty()).unwrap_or(id.clone()));
            loc.format("hv-municipality", Some(&args))
        }
    });
    let today = Today {
        year: h.created.year,
        month: h.created.month,
    };
    let steps = (pack.pathway)(&h.answers, today);
    let choices = view! {
        <CaseworkerLanguagePicker labelled_by="cw-language" current=language
            on_pick=Callback::new(move |code: String| language.set(code))/>
    };
    let same_language = person_code == loc.code();
    let table = {
        let loc = loc.clone();
        let answers = h.answers.clone();
        move || {
            let dir = |code: &str| {
                text.locale_info(code)
                    .map(|l| l.dir)
                    .unwrap_or(Direction::Ltr)
            };
            let mut columns = vec![Column {
                dir: dir(loc.code()),
                loc: loc.clone(),
            }];
            if show_person.get() && !same_language {
                let person = person_loc.get()?;
                columns.push(Column {
                    dir: dir(person.code()),
                    loc: person,
                });
            }
            Some(view! { <Bilingual pack columns answers=answers.clone() steps=steps.clone()/> })
        }
    };
    view! {
        <h1 tabindex="-1">{t("hv-title")}</h1>
        <p class="disclaimer" role="note">{t("hv-self-reported")}</p>
        <p>{prepared}</p>
        {municipality.map(|m| view! { <p class="hv-municipality">{m}</p> })}
        {(decoded.dropped > 0).then(|| view! { <p class="notice" role="status">{t("hv-dropped")}</p> })}
        <div class="no-print">
            <p id="cw-language">{t("hv-language")}</p>
            {choices}
            <div class="button-row">
                {(!same_language).then(|| {
                    let (show, hide) = (t("hv-show-person"), t("hv-hide-person"));
                    view! {
                        <button type="button" class="button secondary" aria-pressed=move || show_person.get().to_string()
                            on:click=move |_| show_person.update(|s| *s = !*s)>
                            {move || if show_person.get() { hide.clone() } else { show.clone() }}
                        </button>
                    }
                })}
                <button type="button" class="button" on:click=|_| files::print()>{t("hv-print")}</button>
            </div>
        </div>
        {table}
    }
}
