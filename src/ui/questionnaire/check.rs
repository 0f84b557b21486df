//! Check your answers: every question that applies, grouped by section, each
//! with a Change link that returns here.

use leptos::prelude::*;

use crate::domain::questions::Question;
use crate::domain::route::Route;
use crate::ui::config::use_pack;
use crate::ui::questionnaire::answer_text;
use crate::ui::questionnaire::confirm::DeleteData;
use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::text::use_text;

#[component]
pub fn CheckAnswers() -> impl IntoView {
    let text = use_text();
    let store = AnswerStore::expect();
    let pack = use_pack();
    let sections = move || {
        let answers = store.answers.get();
        pack.sections
            .iter()
            .filter_map(|s| {
                let questions: Vec<&'static Question> =
                    answers
                    .visible_in(pack.questions)
                    .filter(|q| q.section == s.id)
                    .collect();
                if questions.is_empty() {
                    return None;
                }
                let rows = questions
                    .into_iter()
                    .map(|q| {
                        let answer = answers
                            .get(q.id)
                            .map(|a| answer_text(&|k: &str| text.t(k), q, a));
                        let answered = answer.is_some();
                        let href = Route::Question {
                            id: q.id.to_string(),
                            from_check: true,
                        }
                        .href();
                        let qkey = q.text_key();
                        let qkey2 = qkey.clone();
                        view! {
                            <div class="summary-row" data-question=q.id>
                                <dt>{move || text.t(&qkey)}</dt>
                                <dd class="summary-answer" class:missing=!answered>
                                    {answer.unwrap_or_else(|| text.t("qn-not-answered"))}
                                </dd>
                                <dd class="summary-action">
                                    <a href=href>
                                        {move || text.t(if answered { "qn-change" } else { "qn-answer-now" })}
                                        <span class="visually-hidden">": " {move || text.t(&qkey2)}</span>
                                    </a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view();
                let title = s.title_key();
                Some(view! {
                    <h2>{move || text.t(&title)}</h2>
                    <dl class="summary">{rows}</dl>
                })
            })
            .collect_view()
    };
    view! {
        <section class="page check-answers">
            <a class="back-link" href=Route::Questions.href()>{text.tr("qn-back")}</a>
            <h1 tabindex="-1">{text.tr("qn-check-title")}</h1>
            <p class="lead">{text.tr("qn-check-intro")}</p>
            {sections}
            <h2>{text.tr("qn-done-title")}</h2>
            <p>{text.tr("qn-done-text")}</p>
            <p><a class="button" href=Route::Pathway.href()>{text.tr("qn-see-pathway")}</a></p>
            <DeleteData/>
        </section>
    }
}
