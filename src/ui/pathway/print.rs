//! The A4 print view: the person's answers and pathway in their language,
//! side by side with a caseworker language (Finnish unless chosen).

use leptos::prelude::*;

use crate::domain::answers::Today;
use crate::domain::i18n::Direction;
use crate::domain::route::Route;
use crate::ui::config::use_pack;
use crate::ui::pathway::bilingual::{Bilingual, Column};
use crate::ui::pathway::language_picker::{
    caseworker_language_or_default, CaseworkerLanguagePicker,
};
use crate::ui::pathway::report::prepared_text;
use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::shell::use_page_title;
use crate::ui::text::use_text;
use crate::web::{dom, files, router};

#[component]
pub fn PrintPage(lang: Option<String>) -> impl IntoView {
    let text = use_text();
    let store = AnswerStore::expect();
    let pack = use_pack();
    use_page_title(text.tr("print-title"));
    let second = caseworker_language_or_default(lang.as_deref());
    let second_loc = LocalResource::new({
        let second = second.clone();
        move || text.localizer_for(second.clone())
    });
    let (y, m, d) = dom::today_date();
    let date = format!("{y:04}-{m:02}-{d:02}");

    let choices = view! {
        <CaseworkerLanguagePicker labelled_by="second-language" current=second.clone()
            on_pick=Callback::new(|code: String| {
                router::replace(&Route::Print { lang: Some(code) }.href())
            })/>
    };

    let table = move || {
        let second_loc = second_loc.get()?;
        let first = text.localizer();
        let answers = store.answers.get();
        let steps = (pack.pathway)(&answers, Today { year: y, month: m });
        let dir = |code: &str| {
            text.locale_info(code)
                .map(|l| l.dir)
                .unwrap_or(Direction::Ltr)
        };
        let mut columns = vec![Column {
            dir: dir(first.code()),
            loc: first.clone(),
        }];
        if first.code() != second_loc.code() {
            columns.push(Column {
                dir: dir(second_loc.code()),
                loc: second_loc.clone(),
            });
        }
        let notes = columns
            .iter()
            .map(|c| {
                view! {
                    <p lang=c.loc.code().to_string() dir=c.dir.as_str()>
                        {c.loc.text("print-self-reported")} " "
                        {prepared_text(&c.loc, "print-prepared", &date, None)}
                    </p>
                }
            })
            .collect_view();
        Some(view! {
            <div class="print-notes">{notes}</div>
            <Bilingual pack columns answers steps/>
        })
    };

    view! {
        <section class="page print-view">
            <div class="no-print">
                <a class="back-link" href=Route::Pathway.href()>{text.tr("print-back")}</a>
            </div>
            <h1 tabindex="-1">{text.tr("print-title")}</h1>
            <div class="no-print">
                <p id="second-language">{text.tr("print-caseworker-language")}</p>
                {choices}
                <p><button type="button" class="button" on:click=|_| files::print()>{text.tr("print-button")}</button></p>
            </div>
            {table}
        </section>
    }
}
