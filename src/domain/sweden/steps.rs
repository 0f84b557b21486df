//! The Sweden pack's pathway in the shared step form, so the pathway, print
//! and caseworker pages show it as they show Finland's: each step's reasons
//! quote the person's own answers to the questions behind its facts.

use crate::domain::answers::{Answers, Today};
use crate::domain::assessment::{Reason, Step};

use super::questions::person;
use super::rules;

/// The questions whose answers stand for a fact of the rules (a fact with
/// several questions quotes each one answered).
const FACT_QUESTIONS: &[(&str, &[&str])] = &[
    ("age", &["age"]),
    ("permit", &["permit"]),
    ("personnummer", &["personnummer"]),
    ("e-id", &["e-id"]),
    ("school-years", &["school-years"]),
    ("reads-own", &["read-own"]),
    ("reads-latin", &["latin-alphabet"]),
    ("degree", &["education-level"]),
    ("health-profession", &["education-field", "work-fields"]),
    ("child-age", &["children-ages"]),
    ("urgent", &["urgent"]),
    ("interpreter", &["interpreter"]),
];

/// The pathway for the answers. `today` is not needed in Sweden (ages are
/// asked as numbers), but the packs share one signature.
pub fn pathway(answers: &Answers, _today: Today) -> Vec<Step> {
    rules::pathway(&person(answers))
        .into_iter()
        .map(|s| {
            let mut reasons: Vec<Reason> = Vec::new();
            for fact in &s.reasons {
                let questions = FACT_QUESTIONS
                    .iter()
                    .find(|(f, _)| *f == fact.fact)
                    .map_or(&[][..], |(_, qs)| qs);
                for q in questions {
                    let Some(answer) = answers.get(q) else {
                        continue;
                    };
                    if !reasons.iter().any(|r| r.question == *q) {
                        reasons.push(Reason {
                            question: q,
                            answer: answer.clone(),
                        });
                    }
                }
            }
            Step {
                id: s.id,
                authority: s.authority,
                timing: s.timing,
                for_everyone: s.reasons.is_empty(),
                reasons,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::Answer;

    #[test]
    fn every_fact_of_the_rules_has_its_questions() {
        for rule in rules::RULES {
            for fact in rule.quotes {
                assert!(
                    FACT_QUESTIONS.iter().any(|(f, _)| f == fact),
                    "{}: fact {fact} quotes no question",
                    rule.step
                );
            }
        }
    }

    #[test]
    fn reasons_quote_the_answers() {
        let mut a = Answers::default();
        let qs = super::super::questions::QUESTIONS;
        a.set_in(qs, "age", Answer::Number(30));
        a.set_in(qs, "permit", Answer::Choice("refugee".into()));
        let steps = pathway(&a, Today::MAX);
        let programme = steps.iter().find(|s| s.id == "se-establishment").unwrap();
        let quoted: Vec<&str> = programme.reasons.iter().map(|r| r.question).collect();
        assert_eq!(quoted, ["age", "permit"]);
        let community = steps.iter().find(|s| s.id == "se-community").unwrap();
        assert!(community.for_everyone);
    }
}
