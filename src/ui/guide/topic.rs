//! One guide topic: summary, steps, responsible authority (also in Finnish
//! and Swedish), official links, phone numbers and the last-checked date.

use leptos::prelude::*;

use crate::domain::pack::Country;
use crate::domain::topics::Topic;
use crate::ui::config::{use_pack, ConfigStore};
use crate::ui::guide::checklist::Checklist;
use crate::ui::guide::read_aloud::ReadAloud;
use crate::ui::office::LocalOffices;
use crate::ui::pathway::QrCodeView;
use crate::ui::shell::{use_page_title, NotFound};
use crate::ui::sources::{host, source_label};
use crate::ui::text::{use_text, Text};

/// The whole topic as one text, in reading order, for read-aloud.
fn spoken(text: &Text, t: &Topic) -> String {
    t.text_keys()
        .iter()
        .map(|k| text.t(k))
        .collect::<Vec<_>>()
        .join(". \n")
}

/// The municipality's own topic, from `local/<lang>.ftl`: a title, a
/// summary, up to five steps, and the offices that serve `local`.
#[component]
fn LocalTopic() -> impl IntoView {
    let text = use_text();
    use_page_title(text.tr("local-topic-title"));
    let steps = move || {
        (1..=5)
            .map(|n| format!("local-topic-step-{n}"))
            .filter(|k| text.localizer().has(k))
            .map(|k| view! { <li>{text.t(&k)}</li> })
            .collect_view()
    };
    view! {
        <article class="page topic">
            <nav class="breadcrumb" aria-label=text.tr("breadcrumb-label")>
                <a href="#/guide">{text.tr("topic-back")}</a>
            </nav>
            <h1 tabindex="-1">{text.tr("local-topic-title")}</h1>
            <p class="lead">{text.tr("local-topic-summary")}</p>
            <ol class="steps">{steps}</ol>
            <LocalOffices target="local".to_string()/>
        </article>
    }
}

/// Whether the municipality has a local topic in the active language (or
/// its English fallback).
pub fn has_local_topic(text: &Text) -> bool {
    text.localizer().has("local-topic-title")
}

#[component]
pub fn TopicPage(id: String) -> impl IntoView {
    if id == "local" {
        let text = use_text();
        return if has_local_topic(&text) {
            view! { <LocalTopic/> }.into_any()
        } else {
            view! { <NotFound/> }.into_any()
        };
    }
    let pack = use_pack();
    let Some(t) = pack.topic(&id) else {
        return view! { <NotFound/> }.into_any();
    };
    let text = use_text();
    // In Finland signs and letters are in Finnish or Swedish; in Sweden in
    // Swedish.
    let in_finland = pack.country == Country::Finland;
    let title_key = t.title_key();
    let title = {
        let k = title_key.clone();
        move || text.t(&k)
    };
    use_page_title(title.clone());
    let summary_key = t.summary_key();
    let steps = t
        .step_keys()
        .into_iter()
        .map(|k| view! { <li>{move || text.t(&k)}</li> })
        .collect_view();
    let authorities = t
        .authorities
        .iter()
        .filter_map(|id| pack.authority(id))
        .map(|a| {
            let key = a.name_key();
            view! {
                <li class="authority">
                    <p class="authority-name">{move || text.t(&key)}</p>
                    <dl class="authority-names">
                        {in_finland.then(|| view! {
                            <dt>{text.tr("topic-name-fi")}</dt>
                            <dd lang="fi" dir="ltr">{a.name_fi}</dd>
                        })}
                        <dt>{text.tr("topic-name-sv")}</dt>
                        <dd lang="sv" dir="ltr">{a.name_sv}</dd>
                    </dl>
                </li>
            }
        })
        .collect_view();
    let config = ConfigStore::expect();
    // On a kiosk a link would leave the kiosk's app: show a QR code to scan
    // with one's own phone instead.
    let links = move || {
        let kiosk = config.kiosk.get();
        let loc = text.localizer();
        t.sources
            .iter()
            .map(|src| {
                let label = source_label(&loc, src);
                if kiosk {
                    view! {
                        <li class="link-qr">
                            <span>{label.clone()}</span>
                            <QrCodeView data=src.url.to_string() label=format!("{label}: {}", src.url)/>
                            <span class="link-host" dir="ltr" lang="en">{host(src.url)}</span>
                        </li>
                    }
                    .into_any()
                } else {
                    view! {
                        <li>
                            <a href=src.url target="_blank" rel="noopener noreferrer" class="external">
                                {label}
                                <span class="visually-hidden">" (" {text.tr("opens-new-tab")} ")"</span>
                            </a>
                            " "
                            <span class="link-host" dir="ltr" lang="en">{host(src.url)}</span>
                        </li>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
    let phones = (!t.phones.is_empty()).then(|| {
        let items = t
            .phones
            .iter()
            .map(|p| {
                let key = p.label_key();
                view! {
                    <li>
                        <a href=p.tel_href() class="phone">
                            <span>{move || text.t(&key)}</span>
                            ": "
                            <span class="phone-number" dir="ltr">{p.number}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{text.tr("topic-phones-heading")}</h2>
            <ul class="phone-list" role="list">{items}</ul>
        }
    });
    let last_checked = move || {
        let mut args = crate::domain::i18n::Args::new();
        args.set(
            "date",
            crate::web::intl::long_date(t.last_checked, &text.code()),
        );
        text.format("topic-last-checked", &args)
    };
    let content = Signal::derive(move || spoken(&text, t));
    view! {
        <article class="page topic">
            <nav class="breadcrumb" aria-label=text.tr("breadcrumb-label")>
                <a href="#/guide">{text.tr("topic-back")}</a>
            </nav>
            <h1 tabindex="-1">{title}</h1>
            <ReadAloud content/>
            <p class="lead">{move || text.t(&summary_key)}</p>
            {t.is_checklist().then(|| view! { <Checklist/> })}
            <h2>{text.tr("topic-steps-heading")}</h2>
            <ol class="steps">{steps}</ol>
            <h2>{text.tr("topic-authority-heading")}</h2>
            <ul class="authority-list" role="list">{authorities}</ul>
            <LocalOffices target=t.id.to_string()/>
            {phones}
            <h2>{text.tr("topic-sources-heading")}</h2>
            <ul class="link-list source-list" role="list">{links}</ul>
            <p class="last-checked">{last_checked}</p>
        </article>
    }
    .into_any()
}
