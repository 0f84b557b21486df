//! Official sources as the person sees them: "<owner>: <page title>", the
//! host the link goes to, and the day the text was compared with them.

use leptos::prelude::*;

use crate::domain::i18n::{Args, Localizer};
use crate::domain::topics::Source;

/// Host name of a link, shown so the person knows where it goes.
pub fn host(url: &str) -> &str {
    url.split("//")
        .nth(1)
        .unwrap_or(url)
        .split('/')
        .next()
        .unwrap_or(url)
}

/// "Kela: Kela card", in the localizer's language.
pub fn source_label(loc: &Localizer, s: &Source) -> String {
    format!("{}: {}", loc.text(&s.owner_key()), loc.text(&s.label_key()))
}

/// A pathway step's sources as links, and when they were last checked.
pub fn step_sources_view(loc: &Localizer, sources: &[Source], checked: &str) -> impl IntoView {
    let items = sources
        .iter()
        .map(|s| {
            view! {
                <li>
                    <a href=s.url target="_blank" rel="noopener noreferrer" class="external">
                        {source_label(loc, s)}
                        <span class="visually-hidden">" (" {loc.text("opens-new-tab")} ")"</span>
                    </a>
                    " "
                    <span class="link-host" dir="ltr" lang="en">{host(s.url)}</span>
                </li>
            }
        })
        .collect_view();
    let mut args = Args::new();
    args.set("date", crate::web::intl::long_date(checked, loc.code()));
    view! {
        <div class="step-source">
            <p class="step-label">{loc.text("pw-source")}</p>
            <ul class="source-list" role="list">{items}</ul>
            <p class="source-checked">{loc.format("source-checked", Some(&args))}</p>
        </div>
    }
}
