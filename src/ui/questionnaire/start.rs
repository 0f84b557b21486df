//! The questionnaire's start page: what it is for, and start, continue or
//! start again.

use crate::domain::i18n::Args;
use leptos::prelude::*;

use crate::domain::pack::Pack;
use crate::domain::route::Route;
use crate::ui::config::use_pack;
use crate::ui::questionnaire::confirm::{Confirm, DeleteData};
use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::shell::use_page_title;
use crate::ui::text::use_text;
use crate::web::router;

fn first_question_href(pack: &Pack) -> String {
    let first = pack.questions[0].id;
    Route::Question {
        id: first.to_string(),
        from_check: false,
    }
    .href()
}

#[component]
pub fn QuestionnaireStart() -> impl IntoView {
    let text = use_text();
    let store = AnswerStore::expect();
    let pack = use_pack();
    use_page_title(text.tr("qn-title"));
    let has_answers = move || store.answers.with(|a| !a.is_empty());
    let continue_href = move || {
        store.answers.with(|a| {
            a.first_unanswered_in(pack.questions)
                .map(|q| {
                    Route::Question {
                        id: q.id.to_string(),
                        from_check: false,
                    }
                    .href()
                })
                .unwrap_or_else(|| Route::Check.href())
        })
    };
    let saved = move || {
        let mut args = Args::new();
        args.set("count", store.answers.with(|a| a.len()));
        text.format("qn-saved-count", &args)
    };
    let start_again = Callback::new(move |()| {
        store.clear();
        router::navigate(&first_question_href(pack));
    });
    view! {
        <section class="page questionnaire-start">
            <h1 tabindex="-1">{text.tr("qn-title")}</h1>
            <p class="lead">{text.tr("qn-intro")}</p>
            <p>{text.tr("qn-how-long")}</p>
            <p>{text.tr("qn-private")}</p>
            <p>{text.tr("qn-skip-note")}</p>
            <Show
                when=has_answers
                fallback=move || view! {
                    <p><a class="button" href=first_question_href(pack)>{text.tr("qn-start")}</a></p>
                }
            >
                <p class="saved-count">{saved}</p>
                <div class="button-row">
                    <a class="button" href=continue_href>{text.tr("qn-continue")}</a>
                    <a class="button secondary" href=Route::Check.href()>{text.tr("qn-check-link")}</a>
                </div>
                <Confirm button="qn-start-again" title="qn-delete-confirm-title" body="qn-delete-confirm-text"
                    yes="qn-start-again" on_yes=start_again/>
            </Show>
            <DeleteData/>
        </section>
    }
}
