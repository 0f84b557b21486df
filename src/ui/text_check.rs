//! The text files part of the settings check page: every broken entry and
//! every file that could not be loaded, in every offered language, with its
//! path on the site and its line. A web admin who edited a `.ftl` file on
//! the server sees here what the app skipped.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::i18n::{Args, TextProblem};
use crate::ui::text::use_text;

/// One line of the list: where, and what is wrong there.
#[derive(Clone)]
struct Found {
    path: String,
    line: Option<usize>,
    message_key: &'static str,
}

fn found_in(problems: &[TextProblem]) -> Vec<Found> {
    let mut found = Vec::new();
    for problem in problems {
        let Some(path) = problem.path() else { continue };
        match problem {
            TextProblem::Syntax { lines, .. } => found.extend(lines.iter().map(|&line| Found {
                path: path.clone(),
                line: Some(line),
                message_key: "admin-texts-broken",
            })),
            TextProblem::Unavailable { .. } => found.push(Found {
                path,
                line: None,
                message_key: "admin-texts-unavailable",
            }),
            TextProblem::Missing { .. } => {}
        }
    }
    found
}

#[component]
pub fn TextCheck() -> impl IntoView {
    let text = use_text();
    let found: RwSignal<Option<Vec<Found>>> = RwSignal::new(None);
    // Every offered language, not only the one on screen: the admin reads
    // this page in one language and may have edited another's file.
    let codes: Vec<String> = text
        .languages
        .get_untracked()
        .into_iter()
        .map(|l| l.code)
        .collect();
    spawn_local(async move {
        let mut all: Vec<Found> = Vec::new();
        for code in codes {
            let localizer = text.localizer_for(code).await;
            for f in found_in(localizer.problems()) {
                // The English files are part of every language's check.
                if !all.iter().any(|a| a.path == f.path && a.line == f.line) {
                    all.push(f);
                }
            }
        }
        found.try_set(Some(all));
    });
    let list = move || match found.get() {
        None => view! { <p role="status">{text.t("admin-texts-checking")}</p> }.into_any(),
        Some(list) if list.is_empty() => {
            view! { <p class="admin-ok" role="status">{text.t("admin-texts-none")}</p> }.into_any()
        }
        Some(list) => view! {
            <ul class="text-problems">
                {list
                    .into_iter()
                    .map(|f| {
                        let place = match f.line {
                            Some(line) => {
                                let mut args = Args::new();
                                args.set("path", f.path.clone());
                                args.set("line", line);
                                text.format("admin-texts-where", &args)
                            }
                            None => format!("{}:", f.path),
                        };
                        view! {
                            <li
                                class="text-problem"
                                data-path=f.path.clone()
                                data-line=f.line.map(|l| l.to_string())
                            >
                                <strong dir="ltr">{place}</strong>
                                " "
                                {text.t(f.message_key)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! {
        <section aria-labelledby="admin-texts-title">
            <h2 id="admin-texts-title">{text.tr("admin-texts-title")}</h2>
            <p>{text.tr("admin-texts-intro")}</p>
            {list}
        </section>
    }
}
