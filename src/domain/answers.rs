//! The person's answers: values as codes, which questions apply, moving
//! through them, validating input, and the versioned stored form.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::questions::{Condition, Kind, Question, QUESTIONS};

/// One answer, as codes and numbers only: never translated text, so the
/// caseworker can read it in another language. Free text (`Text`) is the one
/// exception, kept short and shown as written.
///
/// Its serde form is the stored one, externally tagged in snake case:
/// `{"choice":"x"}`, `{"year_month":{"year":2024,"month":3}}`, `"dont_know"`.
/// Renaming a variant or a field changes what is on people's phones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Choice(String),
    Choices(Vec<String>),
    YearMonth { year: u16, month: u8 },
    Number(u32),
    Text(String),
    DontKnow,
    PreferNot,
    Skipped,
}

impl Answer {
    /// An answer that was given as a value (not "I don't know", not skipped).
    fn choice(&self) -> Option<&str> {
        match self {
            Answer::Choice(c) => Some(c),
            _ => None,
        }
    }
    fn choices(&self) -> &[String] {
        match self {
            Answer::Choices(c) => c,
            _ => &[],
        }
    }
}

/// Serialised as a map from question id to answer. Not `Deserialize`: stored
/// answers are read one by one and pruned (`Answers::from_stored`), so an
/// answer that no longer fits never gets in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, Answer>);

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.0.get(id)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Answer)> {
        self.0.iter()
    }

    /// Whether a question applies, given the answers so far.
    pub fn applies(&self, q: &Question) -> bool {
        match q.condition {
            Condition::Always => true,
            Condition::Is(id, codes) => self
                .get(id)
                .and_then(Answer::choice)
                .is_some_and(|c| codes.contains(&c)),
            Condition::AnsweredNot(id, codes) => self
                .get(id)
                .and_then(Answer::choice)
                .is_some_and(|c| !codes.contains(&c)),
            Condition::Includes(id, code) => self
                .get(id)
                .is_some_and(|a| a.choices().iter().any(|c| c == code)),
            Condition::CountAtLeast(id, n) => self.get(id).is_some_and(|a| a.choices().len() >= n),
        }
    }

    /// Sets an answer (already validated) and drops every answer to a question
    /// that no longer applies. Unknown question ids are ignored.
    pub fn set(&mut self, id: &str, answer: Answer) {
        self.set_in(QUESTIONS, id, answer);
    }

    /// `set` for the questionnaire of a country pack (`catalogue`).
    pub fn set_in(&mut self, catalogue: &'static [Question], id: &str, answer: Answer) {
        if !catalogue.iter().any(|q| q.id == id) {
            return;
        }
        self.0.insert(id.to_string(), answer);
        self.prune_in(catalogue);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Removes answers to questions that do not apply, to unknown questions,
    /// and answers no longer valid for their question (a removed option).
    /// One pass in catalogue order suffices, because conditions only look at
    /// earlier questions.
    pub fn prune(&mut self) {
        self.prune_in(QUESTIONS);
    }

    /// `prune` for the questionnaire of a country pack (`catalogue`).
    pub fn prune_in(&mut self, catalogue: &'static [Question]) {
        let mut kept = Answers::default();
        for q in catalogue {
            let Some(answer) = self.0.remove(q.id) else {
                continue;
            };
            if kept.applies(q) && fits(q, &answer, &kept) {
                kept.0.insert(q.id.to_string(), answer);
            }
        }
        *self = kept;
    }

    /// The questions that apply now, in order.
    pub fn visible(&self) -> impl Iterator<Item = &'static Question> + '_ {
        self.visible_in(QUESTIONS)
    }

    /// `visible` for the questionnaire of a country pack (`catalogue`).
    pub fn visible_in(
        &self,
        catalogue: &'static [Question],
    ) -> impl Iterator<Item = &'static Question> + '_ {
        catalogue.iter().filter(|q| self.applies(q))
    }

    /// The next applying question after `id` (the first one for `None`).
    pub fn next_after(&self, id: Option<&str>) -> Option<&'static Question> {
        self.next_after_in(QUESTIONS, id)
    }

    /// `next_after` in a country pack's questionnaire (`catalogue`).
    pub fn next_after_in(
        &self,
        catalogue: &'static [Question],
        id: Option<&str>,
    ) -> Option<&'static Question> {
        let start = match id {
            None => 0,
            Some(id) => catalogue.iter().position(|q| q.id == id)? + 1,
        };
        catalogue[start..].iter().find(|q| self.applies(q))
    }

    /// The applying question before `id`.
    pub fn previous_before(&self, id: &str) -> Option<&'static Question> {
        self.previous_before_in(QUESTIONS, id)
    }

    /// `previous_before` in a country pack's questionnaire (`catalogue`).
    pub fn previous_before_in(
        &self,
        catalogue: &'static [Question],
        id: &str,
    ) -> Option<&'static Question> {
        let end = catalogue.iter().position(|q| q.id == id)?;
        catalogue[..end].iter().rev().find(|q| self.applies(q))
    }

    /// The first applying question without an answer: where to continue.
    pub fn first_unanswered(&self) -> Option<&'static Question> {
        self.first_unanswered_in(QUESTIONS)
    }

    /// `first_unanswered` in a country pack's questionnaire (`catalogue`).
    pub fn first_unanswered_in(&self, catalogue: &'static [Question]) -> Option<&'static Question> {
        self.visible_in(catalogue)
            .find(|q| self.get(q.id).is_none())
    }

    /// After a change from the check page: the first unanswered follow-up
    /// question of the same root question (one whose condition leads back to
    /// it), so newly relevant questions are asked before returning there.
    pub fn next_follow_up(&self, id: &str) -> Option<&'static Question> {
        self.next_follow_up_in(QUESTIONS, id)
    }

    /// `next_follow_up` in a country pack's questionnaire (`catalogue`).
    pub fn next_follow_up_in(
        &self,
        catalogue: &'static [Question],
        id: &str,
    ) -> Option<&'static Question> {
        let root = root_of(catalogue, id);
        catalogue.iter().find(|q| {
            q.id != root
                && root_of(catalogue, q.id) == root
                && self.applies(q)
                && self.get(q.id).is_none()
        })
    }

    /// The options offered for a question, in the order shown (for
    /// `OneOfChosen`, only those chosen earlier; never a retired one).
    pub fn options_for(&self, q: &Question) -> Vec<&'static str> {
        match q.kind {
            Kind::OneOfChosen { set, from } => {
                let chosen = self.get(from).map(Answer::choices).unwrap_or(&[]);
                set.options
                    .iter()
                    .copied()
                    .filter(|o| chosen.iter().any(|c| c == o))
                    .collect()
            }
            _ => q
                .kind
                .option_set()
                .map(|s| s.offered.to_vec())
                .unwrap_or_default(),
        }
    }
}

/// The unconditional question that a question's condition leads back to
/// (itself, for an unconditional question).
fn root_of<'a>(catalogue: &'static [Question], id: &'a str) -> &'a str {
    let mut current = id;
    while let Some(dep) = catalogue
        .iter()
        .find(|q| q.id == current)
        .and_then(|q| q.condition.depends_on())
    {
        current = dep;
    }
    current
}

/// Whether a stored answer is still a possible answer to the question.
fn fits(q: &Question, answer: &Answer, earlier: &Answers) -> bool {
    match answer {
        Answer::DontKnow => q.dont_know,
        Answer::PreferNot => q.prefer_not,
        Answer::Skipped => q.optional,
        other => validate(q, other, earlier, Today::MAX).is_ok(),
    }
}

/// The current year and month, passed in so validation stays pure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Today {
    pub year: u16,
    pub month: u8,
}

impl Today {
    /// Used when re-checking stored answers, where "in the future" cannot be
    /// judged without a clock and is not a reason to drop an answer.
    pub const MAX: Today = Today {
        year: u16::MAX,
        month: 12,
    };
}

pub const EARLIEST_YEAR: u16 = 1950;

/// Why an input was not accepted; each has a message in every locale
/// (`error-<code>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvalidAnswer {
    /// Nothing chosen or typed.
    Required,
    /// An option code that this question does not offer.
    UnknownOption,
    /// "None" combined with other options.
    ExclusiveCombined,
    NotANumber,
    OutOfRange {
        min: u32,
        max: u32,
    },
    YearTooEarly {
        min: u16,
    },
    InFuture,
    BadMonth,
    TooLong {
        max: usize,
    },
}

impl InvalidAnswer {
    /// The Fluent message id.
    pub fn message_key(&self) -> &'static str {
        match self {
            InvalidAnswer::Required => "error-required",
            InvalidAnswer::UnknownOption => "error-unknown-option",
            InvalidAnswer::ExclusiveCombined => "error-exclusive",
            InvalidAnswer::NotANumber => "error-not-a-number",
            InvalidAnswer::OutOfRange { .. } => "error-out-of-range",
            InvalidAnswer::YearTooEarly { .. } => "error-year-too-early",
            InvalidAnswer::InFuture => "error-in-future",
            InvalidAnswer::BadMonth => "error-month",
            InvalidAnswer::TooLong { .. } => "error-too-long",
        }
    }
}

/// Checks an answer against its question. Special answers (don't know,
/// prefer not, skipped) are checked against what the question offers.
pub fn validate(
    q: &Question,
    answer: &Answer,
    earlier: &Answers,
    today: Today,
) -> Result<(), InvalidAnswer> {
    match (&q.kind, answer) {
        (_, Answer::DontKnow) if q.dont_know => Ok(()),
        (_, Answer::PreferNot) if q.prefer_not => Ok(()),
        (_, Answer::Skipped) if q.optional => Ok(()),
        // Any code of the set, a retired one too: answers given before it
        // was retired must keep loading (the questionnaire no longer offers it).
        (Kind::Single(set), Answer::Choice(code)) => {
            if set.contains(code) {
                Ok(())
            } else {
                Err(InvalidAnswer::UnknownOption)
            }
        }
        (Kind::OneOfChosen { .. }, Answer::Choice(code)) => {
            if earlier.options_for(q).contains(&code.as_str()) {
                Ok(())
            } else {
                Err(InvalidAnswer::UnknownOption)
            }
        }
        (Kind::Multi { set, exclusive }, Answer::Choices(codes)) => {
            if codes.is_empty() {
                return Err(InvalidAnswer::Required);
            }
            if codes.iter().any(|c| !set.contains(c)) {
                return Err(InvalidAnswer::UnknownOption);
            }
            let mut sorted = codes.clone();
            sorted.sort_unstable();
            sorted.dedup();
            if sorted.len() != codes.len() {
                return Err(InvalidAnswer::UnknownOption);
            }
            if codes.len() > 1 && codes.iter().any(|c| exclusive.contains(&c.as_str())) {
                return Err(InvalidAnswer::ExclusiveCombined);
            }
            Ok(())
        }
        (Kind::YearMonth, Answer::YearMonth { year, month }) => {
            if !(1..=12).contains(month) {
                return Err(InvalidAnswer::BadMonth);
            }
            if *year < EARLIEST_YEAR {
                return Err(InvalidAnswer::YearTooEarly { min: EARLIEST_YEAR });
            }
            if (Today {
                year: *year,
                month: *month,
            }) > today
            {
                return Err(InvalidAnswer::InFuture);
            }
            Ok(())
        }
        (Kind::Number { min, max }, Answer::Number(n)) => {
            if (min..=max).contains(&n) {
                Ok(())
            } else {
                Err(InvalidAnswer::OutOfRange {
                    min: *min,
                    max: *max,
                })
            }
        }
        (Kind::Text { max_chars }, Answer::Text(t)) => {
            let t = t.trim();
            if t.is_empty() {
                Err(InvalidAnswer::Required)
            } else if t.chars().count() > *max_chars {
                Err(InvalidAnswer::TooLong { max: *max_chars })
            } else {
                Ok(())
            }
        }
        _ => Err(InvalidAnswer::Required),
    }
}

/// Turns typed input into an answer: a year and a month from two fields, a
/// number from one. Returns the error to show next to the field.
pub fn parse_year_month(year: &str, month: &str) -> Result<Answer, InvalidAnswer> {
    let year = year.trim();
    let month = month.trim();
    if year.is_empty() {
        return Err(InvalidAnswer::Required);
    }
    let year: u16 = ascii_digits(year)
        .and_then(|y| y.parse().ok())
        .ok_or(InvalidAnswer::NotANumber)?;
    let month: u8 = ascii_digits(month)
        .and_then(|m| m.parse().ok())
        .ok_or(InvalidAnswer::BadMonth)?;
    Ok(Answer::YearMonth { year, month })
}

pub fn parse_number(input: &str) -> Result<Answer, InvalidAnswer> {
    let input = input.trim();
    if input.is_empty() {
        return Err(InvalidAnswer::Required);
    }
    ascii_digits(input)
        .and_then(|d| d.parse().ok())
        .map(Answer::Number)
        .ok_or(InvalidAnswer::NotANumber)
}

/// Accepts Western, Arabic-Indic and Persian digits: a phone keyboard in
/// Arabic or Persian types the latter.
fn ascii_digits(s: &str) -> Option<String> {
    s.chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
            _ => None,
        })
        .collect()
}

// ---- Stored form ----

/// Version of the stored answers. Version 1 (the first development format)
/// kept every answer as one string; version 2 keeps typed values.
pub const STORED_VERSION: u32 = 2;

/// What happened when reading stored answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// Read as they were (some unknown or invalid answers may have been
    /// dropped: `dropped` counts them).
    Current { answers: Answers, dropped: usize },
    /// Read from an older version and converted.
    Migrated { answers: Answers, dropped: usize },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Unreadable: discard, and tell the person.
    Corrupt,
    /// Written by a newer app version: keep it untouched, and tell the person.
    Newer(u32),
}

/// The stored form as written: `{"v":2,"answers":{…}}`.
#[derive(Serialize)]
struct StoredOut<'a> {
    v: u32,
    answers: &'a Answers,
}

/// The stored form as read: the version first, the answers still unread,
/// because their shape depends on the version (and a newer version's shape
/// is unknown here, which must not make its data look corrupt).
#[derive(Deserialize)]
struct StoredIn {
    v: u32,
    #[serde(default)]
    answers: serde_json::Value,
}

impl Answers {
    pub fn to_stored(&self) -> String {
        let stored = StoredOut {
            v: STORED_VERSION,
            answers: self,
        };
        // Strings, integers and maps with string keys: nothing here can fail.
        serde_json::to_string(&stored).expect("answers always serialise")
    }

    pub fn from_stored(text: &str) -> Result<Loaded, LoadError> {
        Self::from_stored_in(QUESTIONS, text)
    }

    /// `from_stored` for a country pack's questionnaire (`catalogue`).
    pub fn from_stored_in(catalogue: &'static [Question], text: &str) -> Result<Loaded, LoadError> {
        let root: StoredIn = serde_json::from_str(text).map_err(|_| LoadError::Corrupt)?;
        match root.v {
            1 => {
                // Version 1 held only strings: anything else is not ours.
                let v1: BTreeMap<String, String> =
                    serde_json::from_value(root.answers).map_err(|_| LoadError::Corrupt)?;
                let total = v1.len();
                let mut raw = Answers::default();
                for (id, value) in v1 {
                    let q = catalogue.iter().find(|q| q.id == id);
                    if let Some(a) = q.and_then(|q| migrate_v1(q, &value)) {
                        raw.0.insert(id, a);
                    }
                }
                raw.prune_in(catalogue);
                let dropped = total - raw.len();
                Ok(Loaded::Migrated {
                    answers: raw,
                    dropped,
                })
            }
            2 => {
                // Answer by answer, so one unknown variant does not lose the rest.
                let v2: BTreeMap<String, serde_json::Value> =
                    serde_json::from_value(root.answers).map_err(|_| LoadError::Corrupt)?;
                let total = v2.len();
                let mut raw = Answers::default();
                for (id, value) in v2 {
                    if let Ok(a) = Answer::deserialize(value) {
                        raw.0.insert(id, a);
                    }
                }
                raw.prune_in(catalogue);
                let dropped = total - raw.len();
                Ok(Loaded::Current {
                    answers: raw,
                    dropped,
                })
            }
            n if n > STORED_VERSION => Err(LoadError::Newer(n)),
            _ => Err(LoadError::Corrupt),
        }
    }
}

/// Version 1 kept each answer as a string: "?" don't know, "-" prefer not,
/// "" skipped, "a,b" for several choices, "2021-05" for a year and month, and
/// otherwise the code, number or text as written.
fn migrate_v1(q: &Question, value: &str) -> Option<Answer> {
    Some(match value {
        "?" => Answer::DontKnow,
        "-" => Answer::PreferNot,
        "" => Answer::Skipped,
        v => match q.kind {
            Kind::Single(_) | Kind::OneOfChosen { .. } => Answer::Choice(v.to_string()),
            Kind::Multi { .. } => Answer::Choices(v.split(',').map(str::to_string).collect()),
            Kind::YearMonth => {
                let (y, m) = v.split_once('-')?;
                parse_year_month(y, m).ok()?
            }
            Kind::Number { .. } => parse_number(v).ok()?,
            Kind::Text { .. } => Answer::Text(v.to_string()),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questions::question;

    const NOW: Today = Today {
        year: 2026,
        month: 11,
    };

    fn choice(c: &str) -> Answer {
        Answer::Choice(c.into())
    }
    fn choices(cs: &[&str]) -> Answer {
        Answer::Choices(cs.iter().map(|s| s.to_string()).collect())
    }
    fn q(id: &str) -> &'static Question {
        question(id).unwrap()
    }

    /// Every conditional question, with an answer that shows it and one that
    /// hides it.
    #[test]
    fn branching_table() {
        let table: &[(&str, &str, Answer, Answer)] = &[
            (
                "unaccompanied",
                "age-group",
                choice("under-18"),
                choice("30-44"),
            ),
            (
                "mother-tongue-other",
                "mother-tongue",
                choice("other"),
                choice("somali"),
            ),
            (
                "education-field",
                "education-level",
                choice("bachelor"),
                choice("primary"),
            ),
            (
                "education-field",
                "education-level",
                choice("vocational"),
                choice("upper-secondary"),
            ),
            (
                "education-country",
                "education-level",
                choice("primary"),
                choice("none"),
            ),
            (
                "certificates",
                "education-level",
                choice("master"),
                choice("none"),
            ),
            ("work-fields", "has-worked", choice("yes"), choice("no")),
            ("work-years", "has-worked", choice("yes"), choice("no")),
            ("recent-work", "has-worked", choice("yes"), choice("no")),
            (
                "licence-class",
                "driving-licence",
                choice("yes"),
                choice("no"),
            ),
            (
                "main-goal",
                "goals",
                choices(&["work-soon", "business"]),
                choices(&["business"]),
            ),
            ("children-ages", "has-children", choice("yes"), choice("no")),
            (
                "home-care-allowance",
                "children-ages",
                choices(&["under-3", "7-15"]),
                choices(&["3-6"]),
            ),
            (
                "interpreter-language",
                "interpreter",
                choice("yes"),
                choice("no"),
            ),
        ];
        for (target, dep, shows, hides) in table {
            let mut a = Answers::default();
            // Satisfy the chain above the dependency where there is one.
            if *dep == "children-ages" {
                a.set("has-children", choice("yes"));
            }
            if *dep == "work-fields" {
                a.set("has-worked", choice("yes"));
            }
            assert!(
                !a.applies(q(target)),
                "{target} shown before {dep} is answered"
            );
            a.set(dep, shows.clone());
            assert!(
                a.applies(q(target)),
                "{target} not shown by {dep}={shows:?}"
            );
            a.set(dep, hides.clone());
            assert!(
                !a.applies(q(target)),
                "{target} still shown by {dep}={hides:?}"
            );
        }
        // work-other depends on a multi answer two levels down.
        let mut a = Answers::default();
        a.set("has-worked", choice("yes"));
        a.set("work-fields", choices(&["sales", "other"]));
        assert!(a.applies(q("work-other")));
        a.set("work-fields", choices(&["sales"]));
        assert!(!a.applies(q("work-other")));
        // Every conditional question is in the table or checked above.
        for question in QUESTIONS
            .iter()
            .filter(|q| q.condition != Condition::Always)
        {
            assert!(
                question.id == "work-other" || table.iter().any(|(t, ..)| *t == question.id),
                "{} has no branching test",
                question.id
            );
        }
        // "I don't know" answers do not open follow-up questions.
        let mut a = Answers::default();
        a.set("has-worked", Answer::DontKnow);
        assert!(!a.applies(q("work-fields")));
    }

    #[test]
    fn hiding_a_question_drops_its_answer_and_those_that_depend_on_it() {
        let mut a = Answers::default();
        a.set("has-worked", choice("yes"));
        a.set("work-fields", choices(&["other"]));
        a.set("work-other", Answer::Text("fishing".into()));
        a.set("work-years", choice("3-5"));
        a.set("has-worked", choice("no"));
        assert_eq!(a.get("work-fields"), None);
        assert_eq!(a.get("work-other"), None);
        assert_eq!(a.get("work-years"), None);
        assert_eq!(a.get("has-worked"), Some(&choice("no")));
    }

    #[test]
    fn main_goal_offers_only_the_chosen_goals_and_drops_a_goal_no_longer_chosen() {
        let mut a = Answers::default();
        a.set("goals", choices(&["work-soon", "business", "vocational"]));
        assert_eq!(
            a.options_for(q("main-goal")),
            vec!["work-soon", "vocational", "business"]
        );
        a.set("main-goal", choice("business"));
        a.set("goals", choices(&["work-soon", "vocational"]));
        assert_eq!(a.get("main-goal"), None, "business is no longer a goal");
        assert_eq!(
            validate(q("main-goal"), &choice("university"), &a, NOW),
            Err(InvalidAnswer::UnknownOption)
        );
    }

    #[test]
    fn navigation_skips_questions_that_do_not_apply() {
        let mut a = Answers::default();
        assert_eq!(a.next_after(None).unwrap().id, "age-group");
        a.set("age-group", choice("30-44"));
        assert_eq!(
            a.next_after(Some("first-steps-done")).unwrap().id,
            "mother-tongue"
        );
        assert_eq!(
            a.previous_before("mother-tongue").unwrap().id,
            "first-steps-done"
        );
        a.set("age-group", choice("under-18"));
        assert_eq!(
            a.next_after(Some("first-steps-done")).unwrap().id,
            "unaccompanied"
        );
        assert_eq!(a.next_after(Some("contact-way")), None);
        assert_eq!(a.previous_before("age-group"), None);
        assert_eq!(a.first_unanswered().unwrap().id, "residence-basis");
    }

    #[test]
    fn follow_ups_after_a_change_lead_back_to_the_root_question() {
        let mut a = Answers::default();
        a.set("has-worked", choice("yes"));
        assert_eq!(a.next_follow_up("has-worked").unwrap().id, "work-fields");
        a.set("work-fields", choices(&["other"]));
        assert_eq!(a.next_follow_up("work-fields").unwrap().id, "work-other");
        a.set("work-other", Answer::Skipped);
        assert_eq!(a.next_follow_up("work-other").unwrap().id, "work-years");
        a.set("work-years", choice("1-2"));
        a.set("recent-work", Answer::Skipped);
        assert_eq!(a.next_follow_up("recent-work"), None);
        // A follow-up that is not right after its root.
        a.set("age-group", choice("under-18"));
        assert_eq!(a.next_follow_up("age-group").unwrap().id, "unaccompanied");
        // Two levels: children's ages, then home care allowance.
        a.set("has-children", choice("yes"));
        a.set("children-ages", choices(&["under-3"]));
        assert_eq!(
            a.next_follow_up("children-ages").unwrap().id,
            "home-care-allowance"
        );
        // Unconditional questions elsewhere are not follow-ups.
        let mut b = Answers::default();
        b.set("housing", choice("none"));
        assert_eq!(b.next_follow_up("housing"), None);
    }

    #[test]
    fn validation_rules() {
        let none = Answers::default();
        let v = |id: &str, ans: Answer| validate(q(id), &ans, &none, NOW);
        assert_eq!(v("age-group", choice("18-29")), Ok(()));
        assert_eq!(
            v("age-group", choice("99")),
            Err(InvalidAnswer::UnknownOption)
        );
        assert_eq!(
            v("age-group", Answer::DontKnow),
            Err(InvalidAnswer::Required)
        );
        assert_eq!(
            v("age-group", Answer::Skipped),
            Err(InvalidAnswer::Required)
        );
        assert_eq!(v("residence-basis", Answer::DontKnow), Ok(()));
        assert_eq!(v("health-affects", Answer::PreferNot), Ok(()));
        assert_eq!(v("health-affects", Answer::Skipped), Ok(()));
        // Year and month: from 1950, not in the future.
        let ym = |y, m| Answer::YearMonth { year: y, month: m };
        assert_eq!(v("permit-date", ym(2026, 11)), Ok(()));
        assert_eq!(v("permit-date", ym(2026, 12)), Err(InvalidAnswer::InFuture));
        assert_eq!(v("permit-date", ym(2027, 1)), Err(InvalidAnswer::InFuture));
        assert_eq!(v("permit-date", ym(1950, 1)), Ok(()));
        assert_eq!(
            v("permit-date", ym(1949, 12)),
            Err(InvalidAnswer::YearTooEarly { min: 1950 })
        );
        assert_eq!(v("permit-date", ym(2020, 13)), Err(InvalidAnswer::BadMonth));
        assert_eq!(v("permit-date", ym(2020, 0)), Err(InvalidAnswer::BadMonth));
        // Numbers in range.
        assert_eq!(v("school-years", Answer::Number(12)), Ok(()));
        assert_eq!(
            v("school-years", Answer::Number(31)),
            Err(InvalidAnswer::OutOfRange { min: 0, max: 30 })
        );
        // Text length.
        assert_eq!(
            v("mother-tongue-other", Answer::Text("Wolof".into())),
            Ok(())
        );
        assert_eq!(
            v("mother-tongue-other", Answer::Text("   ".into())),
            Err(InvalidAnswer::Required)
        );
        assert_eq!(
            v("mother-tongue-other", Answer::Text("x".repeat(41))),
            Err(InvalidAnswer::TooLong { max: 40 })
        );
        assert_eq!(
            v("mother-tongue-other", Answer::Text("ä".repeat(40))),
            Ok(())
        );
        // Multi: at least one, known, no duplicates, "none" alone.
        assert_eq!(v("urgent", choices(&["money", "housing"])), Ok(()));
        assert_eq!(v("urgent", choices(&["none"])), Ok(()));
        assert_eq!(
            v("urgent", choices(&["none", "money"])),
            Err(InvalidAnswer::ExclusiveCombined)
        );
        assert_eq!(v("urgent", choices(&[])), Err(InvalidAnswer::Required));
        assert_eq!(
            v("urgent", choices(&["money", "money"])),
            Err(InvalidAnswer::UnknownOption)
        );
        assert_eq!(
            v("urgent", choices(&["lottery"])),
            Err(InvalidAnswer::UnknownOption)
        );
        // Wrong shape for the question.
        assert_eq!(
            v("age-group", Answer::Number(3)),
            Err(InvalidAnswer::Required)
        );
    }

    #[test]
    fn typed_input_parsing() {
        assert_eq!(parse_number(" 12 "), Ok(Answer::Number(12)));
        assert_eq!(parse_number("١٢"), Ok(Answer::Number(12)));
        assert_eq!(parse_number("۱۲"), Ok(Answer::Number(12)));
        assert_eq!(parse_number("twelve"), Err(InvalidAnswer::NotANumber));
        assert_eq!(parse_number("-3"), Err(InvalidAnswer::NotANumber));
        assert_eq!(parse_number(""), Err(InvalidAnswer::Required));
        assert_eq!(
            parse_number("99999999999999"),
            Err(InvalidAnswer::NotANumber)
        );
        assert_eq!(
            parse_year_month("2021", "5"),
            Ok(Answer::YearMonth {
                year: 2021,
                month: 5
            })
        );
        assert_eq!(parse_year_month("", "5"), Err(InvalidAnswer::Required));
        assert_eq!(
            parse_year_month("20x1", "5"),
            Err(InvalidAnswer::NotANumber)
        );
        assert_eq!(parse_year_month("2021", ""), Err(InvalidAnswer::BadMonth));
    }

    #[test]
    fn stored_round_trip() {
        let mut a = Answers::default();
        a.set("age-group", choice("18-29"));
        a.set(
            "permit-date",
            Answer::YearMonth {
                year: 2024,
                month: 3,
            },
        );
        a.set("school-years", Answer::Number(9));
        a.set("mother-tongue", choice("other"));
        a.set(
            "mother-tongue-other",
            Answer::Text("Wolof, \"Dakar\"".into()),
        );
        a.set("urgent", choices(&["money", "safety"]));
        a.set("health-affects", Answer::PreferNot);
        a.set("residence-basis", Answer::DontKnow);
        a.set("strengths", Answer::Skipped);
        let back = Answers::from_stored(&a.to_stored()).unwrap();
        assert_eq!(
            back,
            Loaded::Current {
                answers: a,
                dropped: 0
            }
        );
    }

    /// Written by the build before serde (its own JSON writer), captured
    /// from that build: what people have on their phones under
    /// `newcomer-guide.v2.answers`. It must load unchanged and be written
    /// back byte for byte.
    const OLD_V2_STORED: &str = concat!(
        r#"{"v":2,"answers":{"age-group":{"choice":"18-29"},"health-affects":"prefer_not","#,
        r#""mother-tongue":{"choice":"other"},"mother-tongue-other":{"text":"Wolof, \"Dakar\" \\ / ä ع\n\t\u0001"#,
        "\u{7f}\u{2028}",
        r#""},"permit-date":{"year_month":{"year":2024,"month":3}},"residence-basis":"dont_know","#,
        r#""school-years":{"number":9},"strengths":"skipped","urgent":{"choices":["money","safety"]}}}"#,
    );

    #[test]
    fn old_stored_strings_load() {
        let mut expected = Answers::default();
        expected.set("age-group", choice("18-29"));
        expected.set(
            "permit-date",
            Answer::YearMonth {
                year: 2024,
                month: 3,
            },
        );
        expected.set("school-years", Answer::Number(9));
        expected.set("mother-tongue", choice("other"));
        expected.set(
            "mother-tongue-other",
            Answer::Text("Wolof, \"Dakar\" \\ / ä ع\n\t\u{1}\u{7f}\u{2028}".into()),
        );
        expected.set("urgent", choices(&["money", "safety"]));
        expected.set("health-affects", Answer::PreferNot);
        expected.set("residence-basis", Answer::DontKnow);
        expected.set("strengths", Answer::Skipped);
        assert_eq!(expected.len(), 9, "every answer fits its question");
        assert_eq!(
            Answers::from_stored(OLD_V2_STORED),
            Ok(Loaded::Current {
                answers: expected.clone(),
                dropped: 0
            })
        );
        assert_eq!(expected.to_stored(), OLD_V2_STORED);
    }

    /// Version 1, as kept under `newcomer-guide.v1.answers` (compact, as it
    /// was written): migrated, never discarded.
    #[test]
    fn old_version_1_string_under_the_v1_key_is_migrated() {
        let v1 = r#"{"v":1,"answers":{"age-group":"30-44","permit-date":"2021-05","urgent":"money,housing","strengths":""}}"#;
        let Ok(Loaded::Migrated { answers, dropped }) = Answers::from_stored(v1) else {
            panic!("not migrated")
        };
        assert_eq!(dropped, 0);
        assert_eq!(
            answers.to_stored(),
            r#"{"v":2,"answers":{"age-group":{"choice":"30-44"},"permit-date":{"year_month":{"year":2021,"month":5}},"strengths":"skipped","urgent":{"choices":["money","housing"]}}}"#
        );
    }

    #[test]
    fn version_1_is_migrated() {
        let v1 = r#"{"v":1,"answers":{
            "age-group":"18-29","residence-basis":"?","permit-date":"2023-07",
            "school-years":"11","urgent":"money,housing","health-affects":"-",
            "strengths":"","mother-tongue":"somali","no-such-question":"x",
            "finnish":"fluent-ish"}}"#;
        let Ok(Loaded::Migrated { answers, dropped }) = Answers::from_stored(v1) else {
            panic!("not migrated")
        };
        assert_eq!(answers.get("age-group"), Some(&choice("18-29")));
        assert_eq!(answers.get("residence-basis"), Some(&Answer::DontKnow));
        assert_eq!(
            answers.get("permit-date"),
            Some(&Answer::YearMonth {
                year: 2023,
                month: 7
            })
        );
        assert_eq!(answers.get("school-years"), Some(&Answer::Number(11)));
        assert_eq!(answers.get("urgent"), Some(&choices(&["money", "housing"])));
        assert_eq!(answers.get("health-affects"), Some(&Answer::PreferNot));
        assert_eq!(answers.get("strengths"), Some(&Answer::Skipped));
        // An unknown question and an unknown option code are dropped, not fatal.
        assert_eq!(answers.get("finnish"), None);
        assert_eq!(dropped, 2);
    }

    #[test]
    fn bad_stored_data_is_reported_not_fatal() {
        for bad in [
            "",
            "{",
            "null",
            "[]",
            "{\"v\":\"2\"}",
            "{\"v\":0}",
            "{\"v\":2,\"answers\":7}",
        ] {
            assert_eq!(Answers::from_stored(bad), Err(LoadError::Corrupt), "{bad}");
        }
        assert_eq!(
            Answers::from_stored("{\"v\":3,\"answers\":{}}"),
            Err(LoadError::Newer(3))
        );
        // A newer version's answers may have any shape: still kept, not
        // taken for corrupt data (which would be deleted).
        assert_eq!(
            Answers::from_stored("{\"v\":4,\"answers\":[7]}"),
            Err(LoadError::Newer(4))
        );
        assert_eq!(
            Answers::from_stored("{\"v\":5000000000,\"answers\":{}}"),
            Err(LoadError::Corrupt)
        );
        // One broken answer does not lose the others.
        let partly = r#"{"v":2,"answers":{"age-group":{"choice":"18-29"},"finnish":{"weird":1},"housing":{"choice":"castle"}}}"#;
        let Ok(Loaded::Current { answers, dropped }) = Answers::from_stored(partly) else {
            panic!()
        };
        assert_eq!(answers.get("age-group"), Some(&choice("18-29")));
        assert_eq!(answers.len(), 1);
        assert_eq!(dropped, 2);
    }
}
