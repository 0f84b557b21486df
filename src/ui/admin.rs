//! `#/admin/config-check`: what the app understood of `municipality.toml`,
//! for the municipality's web admin. The same problems go to the console.

use crate::domain::i18n::Args;
use leptos::prelude::*;

use crate::ui::config::ConfigStore;
use crate::ui::shell::use_page_title;
use crate::ui::text::use_text;

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
        if list.is_empty() {
            return view! { <p class="admin-ok" role="status">{text.t("admin-none")}</p> }
                .into_any();
        }
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
        args.set("count", config.problems.with(Vec::len));
        view! {
            <p class="notice" role="alert">{text.format("admin-count", &args)}</p>
            <ul class="config-problems">{items}</ul>
        }
        .into_any()
    };
    view! {
        <section class="page admin">
            <h1 tabindex="-1">{text.tr("admin-title")}</h1>
            <p>{text.tr("admin-intro")}</p>
            {problems}
            <crate::ui::text_check::TextCheck/>
        </section>
    }
}
