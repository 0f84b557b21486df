use crate::domain::answers::Answer;
use crate::domain::questions::Question;

/// An answer in words, with `t` looking up a Fluent message in the wanted
/// language.
pub fn answer_text(t: &dyn Fn(&str) -> String, q: &Question, answer: &Answer) -> String {
    let option = |code: &str| {
        q.kind
            .option_set()
            .map(|s| t(&s.option_key(code)))
            .unwrap_or_else(|| code.to_string())
    };
    match answer {
        Answer::Choice(c) => option(c),
        Answer::Choices(cs) => cs.iter().map(|c| option(c)).collect::<Vec<_>>().join(", "),
        Answer::YearMonth { year, month } => format!("{} {year}", t(&format!("month-{month}"))),
        Answer::Number(n) => n.to_string(),
        Answer::Text(text) => text.clone(),
        Answer::DontKnow => t("qn-answer-dont-know"),
        Answer::PreferNot => t("qn-answer-prefer-not"),
        Answer::Skipped => t("qn-answer-skipped"),
    }
}
