//! The Sweden pack's questionnaire: what Arbetsförmedlingen's kartläggning
//! and the municipality's intake need (DOMAIN.md §7), in the shared question
//! kinds, and the `Person` its answers give the rules. Answers stay codes.
//! Texts: `se-q-<id>`, `se-q-<id>-help`, `opt-<set>-<code>` (shared sets
//! keep their Finland-pack texts).

use crate::domain::answers::{Answer, Answers};
use crate::domain::questions::{
    multi, single, Condition, Kind, OptionSet, Question, Section, AFFECTS, CERTIFICATES,
    EDUCATION_LEVEL, FIELDS, GOALS, HAS_FIELD, HOW_WELL, LANGUAGES, SECTIONS as FI_SECTIONS,
    YES_NO,
};

use super::rules::{Permit, Person, Skill, Urgent};

/// The basis of the residence permit, as far as it decides the
/// establishment programme and civic orientation.
pub const PERMIT: OptionSet = OptionSet::new(
    "sepermit",
    &[
        "refugee",
        "protection",
        "family-of-protected",
        "family",
        "work",
        "study",
        "eu",
        "other",
    ],
);
/// Children's ages as the Swedish school system groups them.
pub const CHILD_AGES: OptionSet = OptionSet::new("sechildage", &["1-5", "6-15", "16-19"]);
pub const HOUSING: OptionSet = OptionSet::new(
    "sehousing",
    &[
        "own-contract",
        "second-hand",
        "assigned",
        "temporary",
        "none",
    ],
);
pub const URGENT: OptionSet = OptionSet::new("seurgent", &["housing", "safety", "health", "none"]);

/// The questionnaire's parts: Finland's, without its separate skills part
/// (`SECTIONS[4]`; Sweden asks about skills under education and work).
pub const SECTIONS: &[Section] = &[
    FI_SECTIONS[0],
    FI_SECTIONS[1],
    FI_SECTIONS[2],
    FI_SECTIONS[3],
    FI_SECTIONS[5],
    FI_SECTIONS[6],
    FI_SECTIONS[7],
    FI_SECTIONS[8],
];

/// The questions in handover wire order. Append only: a question's
/// position is its code in every Swedish payload ever made.
pub const WIRE: &[&str] = &[
    "age",
    "permit",
    "personnummer",
    "e-id",
    "mother-tongue",
    "other-languages",
    "read-own",
    "latin-alphabet",
    "school-years",
    "education-level",
    "education-field",
    "certificates",
    "has-worked",
    "work-fields",
    "goals",
    "has-children",
    "children-ages",
    "housing",
    "urgent",
    "health-affects",
    "interpreter",
    "interpreter-language",
];

/// A question of this pack: its texts are `se-q-<id>`.
const fn q(id: &'static str, section: &'static str, kind: Kind) -> Question {
    crate::domain::questions::q(id, section, kind).keys("se-")
}

pub const QUESTIONS: &[Question] = &[
    // About you
    q("age", "about", Kind::Number { min: 0, max: 120 }),
    q("permit", "about", single(PERMIT)).dont_know().help(),
    q("personnummer", "about", single(YES_NO))
        .dont_know()
        .help(),
    q("e-id", "about", single(YES_NO))
        .when(Condition::Is("personnummer", &["yes"]))
        .help(),
    // Languages and reading: the SFI study path
    q("mother-tongue", "languages", single(LANGUAGES)),
    q("other-languages", "languages", multi(LANGUAGES, &[])).optional(),
    q("read-own", "languages", single(HOW_WELL)),
    q("latin-alphabet", "languages", single(HOW_WELL)).help(),
    // Education and work
    q(
        "school-years",
        "education",
        Kind::Number { min: 0, max: 30 },
    )
    .dont_know()
    .help(),
    q("education-level", "education", single(EDUCATION_LEVEL)),
    q("education-field", "education", single(FIELDS))
        .when(Condition::Is("education-level", HAS_FIELD)),
    q("certificates", "education", single(CERTIFICATES))
        .when(Condition::AnsweredNot("education-level", &["none"]))
        .dont_know(),
    q("has-worked", "work", single(YES_NO)),
    q("work-fields", "work", multi(FIELDS, &[])).when(Condition::Is("has-worked", &["yes"])),
    q("goals", "goals", multi(GOALS, &[])),
    // Life situation
    q("has-children", "life", single(YES_NO)),
    q("children-ages", "life", multi(CHILD_AGES, &[]))
        .when(Condition::Is("has-children", &["yes"])),
    q("housing", "life", single(HOUSING)),
    q("urgent", "life", multi(URGENT, &["none"])),
    // Health and functional limits: optional, "prefer not to say"
    q("health-affects", "wellbeing", single(AFFECTS)).sensitive(),
    // For the meetings
    q("interpreter", "appointment", single(YES_NO)).dont_know(),
    q("interpreter-language", "appointment", single(LANGUAGES))
        .when(Condition::Is("interpreter", &["yes"])),
];

fn choice<'a>(a: &'a Answers, q: &str) -> Option<&'a str> {
    match a.get(q) {
        Some(Answer::Choice(c)) => Some(c),
        _ => None,
    }
}

fn includes(a: &Answers, q: &str, code: &str) -> bool {
    matches!(a.get(q), Some(Answer::Choices(cs)) if cs.iter().any(|c| c == code))
}

fn number(a: &Answers, q: &str) -> Option<u32> {
    match a.get(q) {
        Some(Answer::Number(n)) => Some(*n),
        _ => None,
    }
}

fn skill(a: &Answers, q: &str) -> Skill {
    match choice(a, q) {
        Some("well") => Skill::Well,
        Some("a-little") => Skill::ALittle,
        _ => Skill::No,
    }
}

/// What the rules need, from the answers. An answer not given reads as the
/// cautious value: no personnummer, no e-ID, reading not yet well; a permit
/// not known as "other", so nobody is told the programme is theirs on a guess.
pub fn person(a: &Answers) -> Person {
    let permit = match choice(a, "permit") {
        Some("refugee") => Permit::Refugee,
        Some("protection") => Permit::Protection,
        Some("family-of-protected") => Permit::FamilyOfProtected,
        Some("family") => Permit::Family,
        Some("work") => Permit::Work,
        Some("study") => Permit::Study,
        Some("eu") => Permit::Eu,
        _ => Permit::Other,
    };
    // One age per group stands for the children in it.
    let children = [("1-5", 3), ("6-15", 10), ("16-19", 17)]
        .into_iter()
        .filter(|(code, _)| includes(a, "children-ages", code))
        .map(|(_, age)| age)
        .collect();
    let urgent = [
        ("housing", Urgent::Housing),
        ("safety", Urgent::Safety),
        ("health", Urgent::Health),
    ]
    .into_iter()
    .filter(|(code, _)| includes(a, "urgent", code))
    .map(|(_, u)| u)
    .collect();
    let health_field =
        choice(a, "education-field") == Some("health") || includes(a, "work-fields", "health");
    Person {
        age: number(a, "age").map_or(0, |n| n.min(120) as u8),
        permit,
        school_years: number(a, "school-years").map_or(0, |n| n.min(30) as u8),
        reads_own_language: skill(a, "read-own"),
        reads_latin_alphabet: skill(a, "latin-alphabet"),
        degree: matches!(
            choice(a, "education-level"),
            Some("bachelor" | "master" | "doctorate")
        ),
        health_profession: health_field,
        children,
        has_personnummer: choice(a, "personnummer") == Some("yes"),
        has_e_id: choice(a, "e-id") == Some("yes"),
        needs_interpreter: choice(a, "interpreter") == Some("yes"),
        urgent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_is_in_a_part_and_on_the_wire_once() {
        for q in QUESTIONS {
            assert!(SECTIONS.iter().any(|s| s.id == q.section), "{}", q.id);
            assert_eq!(WIRE.iter().filter(|w| **w == q.id).count(), 1, "{}", q.id);
        }
        assert!(SECTIONS.iter().all(|s| s.id != "skills"));
    }
}
