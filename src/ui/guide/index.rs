//! The guide's index: search in the active language and the list of topics.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::search::{search, Document};
use crate::ui::config::use_pack;
use crate::ui::shell::use_page_title;
use crate::ui::text::use_text;
use crate::web::router;

#[component]
pub fn GuideIndex(query: String) -> impl IntoView {
    let text = use_text();
    let pack = use_pack();
    use_page_title(text.tr("guide-title"));
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = input.get().map(|i| i.value()).unwrap_or_default();
        router::navigate(
            &Route::Guide {
                query: q.trim().to_string(),
            }
            .href(),
        );
    };
    let topic_link = move |id: &'static str| {
        let key = pack.topic(id).map(|t| t.title_key()).unwrap_or_default();
        view! { <li><a href=format!("#/guide/{id}")>{move || text.t(&key)}</a></li> }
    };
    let results = {
        let query = query.clone();
        (!query.is_empty()).then(move || {
            let hits = Memo::new({
                let query = query.clone();
                move |_| {
                    let docs: Vec<Document> = pack
                        .topics
                        .iter()
                        .map(|t| Document {
                            id: t.id,
                            title: text.t(&t.title_key()),
                            body: t.text_keys()[1..]
                                .iter()
                                .map(|k| text.t(k))
                                .collect::<Vec<_>>()
                                .join(" "),
                        })
                        .collect();
                    search(&query, &docs)
                }
            });
            let heading = {
                let query = query.clone();
                move || {
                    let mut args = crate::domain::i18n::Args::new();
                    args.set("count", hits.with(Vec::len));
                    args.set("query", query.clone());
                    text.format("search-results", &args)
                }
            };
            view! {
                <section class="search-results" aria-labelledby="results-heading">
                    <h2 id="results-heading" tabindex="-1" data-focus-target="">{heading}</h2>
                    {move || {
                        let list = hits.get();
                        if list.is_empty() {
                            view! {
                                <p class="no-results">
                                    {text.tr("search-none")} " "
                                    <a href="#/guide/help">{text.tr("search-none-help")}</a>
                                </p>
                            }
                            .into_any()
                        } else {
                            view! {
                                <ul class="topic-list" role="list">
                                    {list.into_iter().map(topic_link).collect_view()}
                                </ul>
                            }
                            .into_any()
                        }
                    }}
                </section>
            }
        })
    };
    view! {
        <section class="page guide">
            <h1 tabindex="-1">{text.tr("guide-title")}</h1>
            <p class="lead">{text.tr("guide-intro")}</p>
            <form class="search" role="search" on:submit=on_submit>
                <label for="guide-search">{text.tr("search-label")}</label>
                <div class="search-row">
                    <input id="guide-search" type="search" name="q" node_ref=input
                        value=query.clone() autocomplete="off" enterkeyhint="search"/>
                    <button type="submit" class="button">{text.tr("search-button")}</button>
                </div>
            </form>
            {results}
            <h2>{text.tr("guide-all-topics")}</h2>
            <ul class="topic-list" role="list">
                {move || crate::ui::guide::topic::has_local_topic(&text).then(|| view! {
                    <li class="local-topic"><a href="#/guide/local">{text.t("local-topic-title")}</a></li>
                })}
                {pack.topics.iter().map(|t| topic_link(t.id)).collect_view()}
            </ul>
        </section>
    }
}
