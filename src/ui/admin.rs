//! `#/admin/config-check`: what the app understood of `municipality.toml`,
//! and on a regional site of every `municipalities/<id>.toml`, for the web
//! admin. The same problems go to the console.

use crate::domain::config::Problem;
use crate::domain::i18n::Args;
use leptos::prelude::*;

use crate::ui::config::ConfigStore;
use crate::ui::shell::use_page_title;
use crate::ui::text::{use_text, Text};

#[component]
pub fn ConfigCheck() -> impl IntoView {
    let text = use_text();
    let config = ConfigStore::expect();
    use_page_title(text.tr("admin-title"));
    let problems = move || {
        let list = config.problems.get();
        if !config.found.get() {
            return view! { <p class="notice">{text.t("admin-no-file")}</p> }.into_any();
        }
        problem_list(text, list)
    };
    // A regional site: each municipality's file, with its own problems.
    let regional = move || config.site.with(|s| !s.municipalities.is_empty());
    let files = move || {
        if !regional() {
            return None;
        }
        config.load_all();
        let files = config.files.get()?;
        Some(
            files
                .into_iter()
                .map(|f| {
                    let path = f.path();
                    let body = match f.read {
                        Ok((_, problems)) => problem_list(text, problems),
                        Err(_) => view! {
                            <p class="notice" role="alert">{text.t("admin-file-unreadable")}</p>
                        }
                        .into_any(),
                    };
                    let heading = path.clone();
                    view! {
                        <section class="admin-file" data-file=path>
                            <h2><code dir="ltr">{heading}</code></h2>
                            {body}
                        </section>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <section class="page admin">
            <h1 tabindex="-1">{text.tr("admin-title")}</h1>
            <p>{text.tr("admin-intro")}</p>
            {move || regional().then(|| view! { <h2><code dir="ltr">"municipality.toml"</code></h2> })}
            {problems}
            {files}
            <crate::ui::text_check::TextCheck/>
        </section>
    }
}

/// One file's problems, each with its place, or "no problems".
fn problem_list(text: Text, list: Vec<Problem>) -> AnyView {
    {
        if list.is_empty() {
            return view! { <p class="admin-ok" role="status">{text.t("admin-none")}</p> }
                .into_any();
        }
        let count = list.len();
        let items = list
            .into_iter()
            .map(|p| {
                let mut args = Args::new();
                args.set("line", p.line);
                // For locales whose text shows it; Fluent ignores an unused one.
                args.set("column", p.column);
                args.set("path", if p.path.is_empty() { "—".to_string() } else { p.path.clone() });
                let place = text.format("admin-where", &args);
                let message = text.t(&format!("config-problem-{}", p.kind.code()));
                let detail = p.kind.detail();
                view! {
                    <li class="config-problem" data-path=p.path.clone() data-line=p.line.to_string() data-column=p.column.to_string()>
                        <strong dir="ltr">{place}</strong> " " {message}
                        {(!detail.is_empty()).then(|| view! { " " <code dir="ltr">{detail}</code> })}
                    </li>
                }
            })
            .collect_view();
        let mut args = Args::new();
        args.set("count", count);
        view! {
            <p class="notice" role="alert">{text.format("admin-count", &args)}</p>
            <ul class="config-problems">{items}</ul>
        }
        .into_any()
    }
}
