//! The needs questionnaire as data: sections, questions, option sets and the
//! conditions that decide which questions apply.
//!
//! It prepares the initial assessment (DOMAIN.md §3: what the assessment
//! covers; §2: what is needed to route the person). Every id is a language-
//! neutral code; texts are Fluent keys:
//! `section-<id>`, `q-<id>`, `q-<id>-help` (when `help`), `opt-<set>-<code>`.

/// The questionnaire's parts, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    pub id: &'static str,
    /// Shows `section-<id>-intro` above each question of the section (used
    /// where the person should know why something is asked).
    pub intro: bool,
}

impl Section {
    pub fn title_key(&self) -> String {
        format!("section-{}", self.id)
    }
    pub fn intro_key(&self) -> String {
        format!("section-{}-intro", self.id)
    }
}

pub const SECTIONS: &[Section] = &[
    Section {
        id: "about",
        intro: false,
    },
    Section {
        id: "languages",
        intro: false,
    },
    Section {
        id: "education",
        intro: false,
    },
    Section {
        id: "work",
        intro: false,
    },
    Section {
        id: "skills",
        intro: false,
    },
    Section {
        id: "goals",
        intro: false,
    },
    Section {
        id: "life",
        intro: false,
    },
    Section {
        id: "wellbeing",
        intro: true,
    },
    Section {
        id: "appointment",
        intro: false,
    },
];

/// A list of answer codes shared by several questions; `pictograms` marks the
/// sets whose options are shown with a picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionSet {
    pub id: &'static str,
    /// Every code an answer may hold. Append only: a handover payload stores
    /// a code as its position here, and stored answers keep the code itself.
    pub options: &'static [&'static str],
    /// The codes the questionnaire offers, in the order shown. A code of
    /// `options` left out here is retired: answers given before still load
    /// and read as they did, but nobody can choose it again.
    pub offered: &'static [&'static str],
    pub pictograms: bool,
}

impl OptionSet {
    /// A set that offers all its codes, in their order, without pictures.
    pub(crate) const fn new(id: &'static str, options: &'static [&'static str]) -> Self {
        OptionSet {
            id,
            options,
            offered: options,
            pictograms: false,
        }
    }
    const fn with_pictograms(mut self) -> Self {
        self.pictograms = true;
        self
    }
    const fn offering(mut self, offered: &'static [&'static str]) -> Self {
        self.offered = offered;
        self
    }
    pub fn option_key(&self, code: &str) -> String {
        format!("opt-{}-{code}", self.id)
    }
    pub fn contains(&self, code: &str) -> bool {
        self.options.contains(&code)
    }
}

pub const YES_NO: OptionSet = OptionSet::new("yesno", &["yes", "no"]).with_pictograms();
pub const FIRST_STEPS: OptionSet = OptionSet::new(
    "firststeps",
    &[
        "identity-code",
        "kela-card",
        "tax-card",
        "bank-account",
        "none",
    ],
);
pub const AGE: OptionSet =
    OptionSet::new("age", &["under-18", "18-29", "30-44", "45-64", "65-plus"]);
/// The basis of residence, as far as it decides who is responsible for the
/// person (DOMAIN.md §2): a family member of a person with international
/// protection and a victim of human trafficking belong to the municipality,
/// so they have their own options, shown beside the nearest older one.
pub const RESIDENCE: OptionSet = OptionSet::new(
    "residence",
    &[
        "protection",
        "family",
        "work",
        "study",
        "eu",
        "temporary-protection",
        "other",
        "protection-family",
        "trafficking",
    ],
)
.offering(&[
    "protection",
    "protection-family",
    "family",
    "work",
    "study",
    "eu",
    "temporary-protection",
    "trafficking",
    "other",
]);
/// Social assistance moves the responsibility to the municipality only when
/// it is received other than temporarily (DOMAIN.md §2), so the answer says
/// how long. `yes` is the answer of the question before it asked that: it
/// still reads as "yes, for how long not said", and is no longer offered.
pub const SOCIAL_ASSISTANCE: OptionSet =
    OptionSet::new("socialassist", &["yes", "no", "lasting", "short-term"]).offering(&[
        "lasting",
        "short-term",
        "no",
    ]);
pub const LANGUAGES: OptionSet = OptionSet::new(
    "language",
    &[
        "arabic",
        "dari",
        "farsi",
        "kurdish",
        "pashto",
        "somali",
        "tigrinya",
        "amharic",
        "swahili",
        "russian",
        "ukrainian",
        "estonian",
        "albanian",
        "turkish",
        "vietnamese",
        "thai",
        "chinese",
        "english",
        "french",
        "spanish",
        "other",
    ],
);
/// Self-assessed skill in Finnish, Swedish or English, as can-do statements.
pub const LANGUAGE_LEVEL: OptionSet =
    OptionSet::new("level", &["none", "words", "everyday", "work"]).with_pictograms();
pub const HOW_WELL: OptionSet =
    OptionSet::new("howwell", &["well", "a-little", "no"]).with_pictograms();
pub const EDUCATION_LEVEL: OptionSet = OptionSet::new(
    "edu",
    &[
        "none",
        "primary",
        "lower-secondary",
        "upper-secondary",
        "vocational",
        "bachelor",
        "master",
        "doctorate",
    ],
);
/// Broad fields of study and work (about 20), plain words, not ISCO codes.
pub const FIELDS: OptionSet = OptionSet::new(
    "field",
    &[
        "office",
        "sales",
        "cleaning",
        "construction",
        "manufacturing",
        "transport",
        "restaurant",
        "health",
        "social-care",
        "childcare",
        "teaching",
        "ict",
        "engineering",
        "agriculture",
        "beauty",
        "security",
        "repair",
        "arts",
        "science",
        "law",
        "other",
    ],
);
pub const COUNTRY: OptionSet = OptionSet::new("country", &["finland", "eu", "other"]);
pub const CERTIFICATES: OptionSet = OptionSet::new("certificates", &["yes", "some", "no"]);
pub const WORK_YEARS: OptionSet =
    OptionSet::new("years", &["under-1", "1-2", "3-5", "6-10", "over-10"]);
pub const LICENCE_CLASS: OptionSet = OptionSet::new("licence", &["b", "c", "d", "a", "other"]);
pub const STRENGTHS: OptionSet = OptionSet::new(
    "strength",
    &[
        "teamwork",
        "customer-service",
        "caring",
        "handcrafts",
        "technical",
        "cooking",
        "organising",
        "teaching",
        "languages",
        "art",
        "sports",
    ],
);
pub const GOALS: OptionSet = OptionSet::new(
    "goal",
    &[
        "work-soon",
        "vocational",
        "university",
        "business",
        "language-first",
        "family",
        "not-sure",
    ],
)
.with_pictograms();
pub const CHILD_AGES: OptionSet = OptionSet::new("childage", &["under-3", "3-6", "7-15", "16-17"]);
pub const HOUSING: OptionSet =
    OptionSet::new("housing", &["own-rental", "temporary", "none"]).with_pictograms();
pub const URGENT: OptionSet = OptionSet::new(
    "urgent",
    &[
        "money",
        "housing",
        "health",
        "safety",
        "family-reunification",
        "legal-advice",
        "none",
    ],
);
pub const AFFECTS: OptionSet = OptionSet::new("affects", &["no", "a-little", "a-lot"]);
pub const APPOINTMENT_LANGUAGE: OptionSet =
    OptionSet::new("apptlang", &["finnish", "swedish", "english", "own"]);
pub const CONTACT: OptionSet = OptionSet::new(
    "contact",
    &["phone", "text-message", "email", "letter", "in-person"],
)
.with_pictograms();

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One option; a tap answers and moves on.
    Single(OptionSet),
    /// Any number of options. `exclusive` options ("none") cannot be combined
    /// with others.
    Multi {
        set: OptionSet,
        exclusive: &'static [&'static str],
    },
    /// One of the options the person chose in an earlier multi-choice
    /// question (their most important goal, say).
    OneOfChosen { set: OptionSet, from: &'static str },
    /// A year and month in the past, from 1950 on.
    YearMonth,
    /// A whole number within the range.
    Number { min: u32, max: u32 },
    /// A short free text.
    Text { max_chars: usize },
}

impl Kind {
    pub fn option_set(&self) -> Option<&OptionSet> {
        match self {
            Kind::Single(set) | Kind::Multi { set, .. } | Kind::OneOfChosen { set, .. } => {
                Some(set)
            }
            _ => None,
        }
    }
}

/// When a question applies, judged on earlier answers only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    Always,
    /// The single-choice answer to the question is one of these codes.
    Is(&'static str, &'static [&'static str]),
    /// The multi-choice answer includes this code.
    Includes(&'static str, &'static str),
    /// The multi-choice answer has at least this many codes.
    CountAtLeast(&'static str, usize),
    /// The single-choice answer is given and is none of these codes.
    AnsweredNot(&'static str, &'static [&'static str]),
}

impl Condition {
    /// The question this condition looks at, if any.
    pub fn depends_on(&self) -> Option<&'static str> {
        match *self {
            Condition::Always => None,
            Condition::Is(q, _)
            | Condition::Includes(q, _)
            | Condition::CountAtLeast(q, _)
            | Condition::AnsweredNot(q, _) => Some(q),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub section: &'static str,
    pub kind: Kind,
    pub condition: Condition,
    /// May be skipped without an answer.
    pub optional: bool,
    /// Offers "I don't know".
    pub dont_know: bool,
    /// Offers "I prefer not to say" (sensitive questions).
    pub prefer_not: bool,
    /// Has a help text `q-<id>-help`.
    pub help: bool,
    /// Prefix of the text keys: "" for Finland, "se-" for Sweden.
    pub keys: &'static str,
}

impl Question {
    pub fn text_key(&self) -> String {
        format!("{}q-{}", self.keys, self.id)
    }
    pub fn help_key(&self) -> String {
        format!("{}q-{}-help", self.keys, self.id)
    }
    /// Every Fluent key this question needs (question, help, options).
    pub fn text_keys(&self) -> Vec<String> {
        let mut keys = vec![self.text_key()];
        if self.help {
            keys.push(self.help_key());
        }
        if let Some(set) = self.kind.option_set() {
            keys.extend(set.options.iter().map(|o| set.option_key(o)));
        }
        keys
    }
}

pub(crate) const fn q(id: &'static str, section: &'static str, kind: Kind) -> Question {
    Question {
        id,
        section,
        kind,
        condition: Condition::Always,
        optional: false,
        dont_know: false,
        prefer_not: false,
        help: false,
        keys: "",
    }
}

impl Question {
    pub(crate) const fn when(mut self, c: Condition) -> Self {
        self.condition = c;
        self
    }
    pub(crate) const fn optional(mut self) -> Self {
        self.optional = true;
        self
    }
    pub(crate) const fn dont_know(mut self) -> Self {
        self.dont_know = true;
        self
    }
    pub(crate) const fn sensitive(mut self) -> Self {
        self.prefer_not = true;
        self.optional = true;
        self
    }
    pub(crate) const fn help(mut self) -> Self {
        self.help = true;
        self
    }
    pub(crate) const fn keys(mut self, prefix: &'static str) -> Self {
        self.keys = prefix;
        self
    }
}

pub(crate) const fn single(set: OptionSet) -> Kind {
    Kind::Single(set)
}
pub(crate) const fn multi(set: OptionSet, exclusive: &'static [&'static str]) -> Kind {
    Kind::Multi { set, exclusive }
}

/// Education levels that have a field of study.
pub(crate) const HAS_FIELD: &[&str] = &["vocational", "bachelor", "master", "doctorate"];

pub const QUESTIONS: &[Question] = &[
    // 1. About you
    q("age-group", "about", single(AGE)),
    q("residence-basis", "about", single(RESIDENCE))
        .dont_know()
        .help(),
    q("permit-date", "about", Kind::YearMonth)
        .dont_know()
        .help(),
    q("municipality-registered", "about", single(YES_NO))
        .dont_know()
        .help(),
    q("first-steps-done", "about", multi(FIRST_STEPS, &["none"])).dont_know(),
    q("unaccompanied", "about", single(YES_NO))
        .when(Condition::Is("age-group", &["under-18"]))
        .help(),
    // 2. Languages
    q("mother-tongue", "languages", single(LANGUAGES)),
    q(
        "mother-tongue-other",
        "languages",
        Kind::Text { max_chars: 40 },
    )
    .when(Condition::Is("mother-tongue", &["other"])),
    q("other-languages", "languages", multi(LANGUAGES, &[])).optional(),
    q("finnish", "languages", single(LANGUAGE_LEVEL)),
    q("swedish", "languages", single(LANGUAGE_LEVEL)),
    q("english", "languages", single(LANGUAGE_LEVEL)),
    q("read-own", "languages", single(HOW_WELL)),
    q("write-own", "languages", single(HOW_WELL)),
    q("latin-alphabet", "languages", single(HOW_WELL)).help(),
    // 3. Education
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
    q("education-country", "education", single(COUNTRY))
        .when(Condition::AnsweredNot("education-level", &["none"])),
    q("certificates", "education", single(CERTIFICATES))
        .when(Condition::AnsweredNot("education-level", &["none"]))
        .dont_know()
        .help(),
    q("unfinished-studies", "education", single(YES_NO)),
    // 4. Work
    q("has-worked", "work", single(YES_NO)),
    q("work-fields", "work", multi(FIELDS, &[])).when(Condition::Is("has-worked", &["yes"])),
    q("work-other", "work", Kind::Text { max_chars: 40 })
        .when(Condition::Includes("work-fields", "other"))
        .optional(),
    q("work-years", "work", single(WORK_YEARS)).when(Condition::Is("has-worked", &["yes"])),
    q("recent-work", "work", Kind::Text { max_chars: 40 })
        .when(Condition::Is("has-worked", &["yes"]))
        .optional()
        .help(),
    q("entrepreneur", "work", single(YES_NO)),
    q("driving-licence", "work", single(YES_NO)),
    q("licence-class", "work", multi(LICENCE_CLASS, &[]))
        .when(Condition::Is("driving-licence", &["yes"]))
        .dont_know(),
    // 5. Skills and strengths
    q("phone-skills", "skills", single(HOW_WELL)),
    q("computer-skills", "skills", single(HOW_WELL)),
    q("online-services", "skills", single(HOW_WELL)).help(),
    q("strengths", "skills", multi(STRENGTHS, &[])).optional(),
    // 6. Goals
    q("goals", "goals", multi(GOALS, &[])),
    q(
        "main-goal",
        "goals",
        Kind::OneOfChosen {
            set: GOALS,
            from: "goals",
        },
    )
    .when(Condition::CountAtLeast("goals", 2)),
    // 7. Life situation
    q("jobseeker", "life", single(YES_NO)).dont_know().help(),
    q("social-assistance", "life", single(SOCIAL_ASSISTANCE))
        .dont_know()
        .help(),
    q("has-children", "life", single(YES_NO)),
    q("children-ages", "life", multi(CHILD_AGES, &[]))
        .when(Condition::Is("has-children", &["yes"])),
    q("home-care-allowance", "life", single(YES_NO))
        .when(Condition::Includes("children-ages", "under-3"))
        .dont_know()
        .help(),
    q("housing", "life", single(HOUSING)),
    q("urgent", "life", multi(URGENT, &["none"])),
    // 8. Wellbeing (optional, sensitive)
    q("health-affects", "wellbeing", single(AFFECTS)).sensitive(),
    q("talk-to-someone", "wellbeing", single(YES_NO)).sensitive(),
    // 9. For the appointment
    q(
        "appointment-language",
        "appointment",
        single(APPOINTMENT_LANGUAGE),
    ),
    q("interpreter", "appointment", single(YES_NO)).dont_know(),
    q("interpreter-language", "appointment", single(LANGUAGES))
        .when(Condition::Is("interpreter", &["yes"])),
    q("contact-way", "appointment", single(CONTACT)).help(),
];

pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

pub fn section(id: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.id == id)
}

/// Position of a section (0-based) in `SECTIONS`.
pub fn section_index(id: &str) -> usize {
    SECTIONS.iter().position(|s| s.id == id).unwrap_or(0)
}

/// Every option set used by some question, once each.
pub fn option_sets() -> Vec<&'static OptionSet> {
    let mut out: Vec<&'static OptionSet> = Vec::new();
    for q in QUESTIONS {
        if let Some(set) = q.kind.option_set() {
            if !out.iter().any(|s| s.id == set.id) {
                out.push(set);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn ids_are_unique_and_sections_known() {
        let ids: BTreeSet<_> = QUESTIONS.iter().map(|q| q.id).collect();
        assert_eq!(ids.len(), QUESTIONS.len());
        for q in QUESTIONS {
            assert!(
                section(q.section).is_some(),
                "{}: section {}",
                q.id,
                q.section
            );
        }
        assert!(
            (35..=50).contains(&QUESTIONS.len()),
            "{} questions",
            QUESTIONS.len()
        );
    }

    #[test]
    fn sections_are_contiguous_and_in_order() {
        let order: Vec<usize> = QUESTIONS.iter().map(|q| section_index(q.section)).collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]));
        for s in SECTIONS {
            assert!(
                QUESTIONS.iter().any(|q| q.section == s.id),
                "{} empty",
                s.id
            );
        }
    }

    /// Conditions may only look back: that is what lets one pass in order
    /// decide visibility and drop answers that no longer apply.
    #[test]
    fn conditions_refer_to_earlier_questions_of_a_fitting_kind() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            let Some(dep) = q.condition.depends_on() else {
                continue;
            };
            let j = QUESTIONS.iter().position(|p| p.id == dep).expect(dep);
            assert!(j < i, "{} depends on later {dep}", q.id);
            let target = &QUESTIONS[j];
            match q.condition {
                Condition::Is(_, codes) | Condition::AnsweredNot(_, codes) => {
                    let Kind::Single(set) = target.kind else {
                        panic!("{}: {dep} not single", q.id)
                    };
                    assert!(codes.iter().all(|c| set.contains(c)), "{}", q.id);
                }
                Condition::Includes(_, code) => {
                    let Kind::Multi { set, .. } = target.kind else {
                        panic!("{}", q.id)
                    };
                    assert!(set.contains(code), "{}", q.id);
                }
                Condition::CountAtLeast(_, _) => {
                    assert!(matches!(target.kind, Kind::Multi { .. }), "{}", q.id)
                }
                Condition::Always => {}
            }
        }
        for q in QUESTIONS {
            if let Kind::OneOfChosen { set, from } = q.kind {
                let src = question(from).expect(from);
                assert_eq!(src.kind.option_set().map(|s| s.id), Some(set.id));
            }
            if let Kind::Multi { set, exclusive } = q.kind {
                assert!(exclusive.iter().all(|e| set.contains(e)));
            }
        }
    }

    #[test]
    fn offered_options_are_codes_of_their_set_each_once() {
        for set in option_sets() {
            let offered: BTreeSet<_> = set.offered.iter().collect();
            assert_eq!(offered.len(), set.offered.len(), "{}: twice", set.id);
            assert!(set.offered.iter().all(|o| set.contains(o)), "{}", set.id);
            let all: BTreeSet<_> = set.options.iter().collect();
            assert_eq!(all.len(), set.options.len(), "{}: twice", set.id);
        }
        // The multi-choice control shows `options` as they are: a set asked
        // that way may not retire or reorder codes.
        for q in QUESTIONS {
            if let Kind::Multi { set, .. } = q.kind {
                assert_eq!(set.offered, set.options, "{}", q.id);
            }
        }
    }

    #[test]
    fn sensitive_questions_offer_prefer_not_to_say() {
        for q in QUESTIONS.iter().filter(|q| q.section == "wellbeing") {
            assert!(q.prefer_not && q.optional, "{}", q.id);
        }
    }
}
