use crate::domain::answers::Answer;
use crate::domain::questions::Question;
use crate::ui::text::Text;

/// An answer in words, in the active language.
pub fn answer_text(text: &Text, q: &Question, answer: &Answer) -> String {
    let option = |code: &str| {
        q.kind
            .option_set()
            .map(|s| text.t(&s.option_key(code)))
            .unwrap_or_else(|| code.to_string())
    };
    match answer {
        Answer::Choice(c) => option(c),
        Answer::Choices(cs) => cs.iter().map(|c| option(c)).collect::<Vec<_>>().join(", "),
        Answer::YearMonth { year, month } => {
            format!("{} {year}", text.t(&format!("month-{month}")))
        }
        Answer::Number(n) => n.to_string(),
        Answer::Text(t) => t.clone(),
        Answer::DontKnow => text.t("qn-answer-dont-know"),
        Answer::PreferNot => text.t("qn-answer-prefer-not"),
        Answer::Skipped => text.t("qn-answer-skipped"),
    }
}
