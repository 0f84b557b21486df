//! The Sweden pack's pathway rules (DOMAIN.md §7), as a table of small
//! named rules over what the Swedish questionnaire asks (`Person` is what
//! its answers give, `steps` turns the result into the shared step form).
//! Every step id has its official sources in `content/se/steps.toml` and its
//! texts in `locales/<code>/se/guide.ftl`. Who is responsible
//! (Arbetsförmedlingen or the municipality) is computed per person, with
//! the facts that decided it.

use crate::domain::assessment::Timing;

/// The basis of the person's residence permit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permit {
    /// Refugee status.
    Refugee,
    /// Alternative protection (alternativt skyddsbehövande).
    Protection,
    /// A family member of a refugee or protected person.
    FamilyOfProtected,
    /// Other family ties.
    Family,
    Work,
    Study,
    /// EU citizen's right of residence.
    Eu,
    Other,
}

impl Permit {
    pub fn code(self) -> &'static str {
        match self {
            Permit::Refugee => "refugee",
            Permit::Protection => "protection",
            Permit::FamilyOfProtected => "family-of-protected",
            Permit::Family => "family",
            Permit::Work => "work",
            Permit::Study => "study",
            Permit::Eu => "eu",
            Permit::Other => "other",
        }
    }
}

/// How well the person reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Skill {
    No,
    ALittle,
    Well,
}

/// An urgent need the person names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgent {
    Housing,
    Safety,
    Health,
}

/// What the rules need to know about one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub age: u8,
    pub permit: Permit,
    /// Years in school (any country).
    pub school_years: u8,
    pub reads_own_language: Skill,
    pub reads_latin_alphabet: Skill,
    pub degree: bool,
    /// Works or studied in health care (a licensed profession in Sweden).
    pub health_profession: bool,
    /// Ages of the children living with the person.
    pub children: Vec<u8>,
    pub has_personnummer: bool,
    pub has_e_id: bool,
    pub needs_interpreter: bool,
    pub urgent: Vec<Urgent>,
}

/// A fact that led to a step, as its text will quote it
/// (`se-fact-<fact>` with `$value`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub fact: &'static str,
    pub value: String,
}

fn fact(fact: &'static str, value: impl ToString) -> Fact {
    Fact {
        fact,
        value: value.to_string(),
    }
}

/// Who runs the person's introduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Responsible {
    /// The establishment programme (etableringsprogrammet).
    Arbetsformedlingen,
    Municipality,
}

/// Ages 20–65 with a permit as a refugee or a person in need of protection,
/// or as a family member of one (DOMAIN.md §7).
pub fn establishment_eligible(p: &Person) -> bool {
    (20..=65).contains(&p.age)
        && matches!(
            p.permit,
            Permit::Refugee | Permit::Protection | Permit::FamilyOfProtected
        )
}

pub fn responsible(p: &Person) -> Responsible {
    if establishment_eligible(p) {
        Responsible::Arbetsformedlingen
    } else {
        Responsible::Municipality
    }
}

/// The facts that decide who is responsible: age and permit.
fn who_facts(p: &Person) -> Vec<Fact> {
    vec![fact("age", p.age), fact("permit", p.permit.code())]
}

/// The SFI study path the schooling and literacy suggest (the SFI school
/// decides): 1 for little or no schooling or for reading not yet well in
/// one's own language or the Latin alphabet, 3 for long schooling, 2
/// between. The year limits are the usual placement, not a rule of law.
pub fn sfi_path(p: &Person) -> u8 {
    let reads = p.reads_own_language >= Skill::Well && p.reads_latin_alphabet >= Skill::ALittle;
    if !reads || p.school_years <= 6 {
        1
    } else if p.degree || p.school_years >= 12 {
        3
    } else {
        2
    }
}

/// One rule: the step, where to go, when, the facts its reasons may quote,
/// and when it applies (with the facts that led to it; none for a step
/// suggested to everyone).
pub struct Rule {
    pub step: &'static str,
    pub authority: &'static str,
    pub timing: Timing,
    pub quotes: &'static [&'static str],
    pub when: fn(&Person) -> Option<Vec<Fact>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub id: &'static str,
    pub authority: &'static str,
    pub timing: Timing,
    pub reasons: Vec<Fact>,
}

fn given(applies: bool, facts: impl FnOnce() -> Vec<Fact>) -> Option<Vec<Fact>> {
    applies.then(facts)
}

fn urgent(p: &Person, need: Urgent, code: &str) -> Option<Vec<Fact>> {
    given(p.urgent.contains(&need), || vec![fact("urgent", code)])
}
fn urgent_housing(p: &Person) -> Option<Vec<Fact>> {
    urgent(p, Urgent::Housing, "housing")
}
fn urgent_safety(p: &Person) -> Option<Vec<Fact>> {
    urgent(p, Urgent::Safety, "safety")
}
fn urgent_health(p: &Person) -> Option<Vec<Fact>> {
    urgent(p, Urgent::Health, "health")
}
// Folkbokföring gives the personnummer, which most other steps need.
fn folkbokforing(p: &Person) -> Option<Vec<Fact>> {
    given(!p.has_personnummer, || vec![fact("personnummer", "no")])
}
// BankID needs a personnummer and a bank; the step says so.
fn e_id(p: &Person) -> Option<Vec<Fact>> {
    given(!p.has_e_id, || {
        let mut f = vec![fact("e-id", "no")];
        if !p.has_personnummer {
            f.push(fact("personnummer", "no"));
        }
        f
    })
}
fn establishment(p: &Person) -> Option<Vec<Fact>> {
    given(establishment_eligible(p), || who_facts(p))
}
fn not_eligible(p: &Person) -> Option<Vec<Fact>> {
    given(!establishment_eligible(p), || who_facts(p))
}
fn forsakringskassan(p: &Person) -> Option<Vec<Fact>> {
    given(establishment_eligible(p), || who_facts(p))
}
fn sfi(p: &Person, path: u8) -> Option<Vec<Fact>> {
    // SFI is from age 16.
    given(p.age >= 16 && sfi_path(p) == path, || {
        vec![
            fact("school-years", p.school_years),
            fact("reads-own", skill_code(p.reads_own_language)),
            fact("reads-latin", skill_code(p.reads_latin_alphabet)),
        ]
    })
}
fn sfi_path_1(p: &Person) -> Option<Vec<Fact>> {
    sfi(p, 1)
}
fn sfi_path_2(p: &Person) -> Option<Vec<Fact>> {
    sfi(p, 2)
}
fn sfi_path_3(p: &Person) -> Option<Vec<Fact>> {
    sfi(p, 3)
}
// Samhällsorientering: 18 and over, in the programme or with a family-based
// permit (DOMAIN.md §7).
fn civic_orientation(p: &Person) -> Option<Vec<Fact>> {
    let family = matches!(p.permit, Permit::Family | Permit::FamilyOfProtected);
    given(p.age >= 18 && (establishment_eligible(p) || family), || {
        vec![fact("age", p.age), fact("permit", p.permit.code())]
    })
}
fn uhr(p: &Person) -> Option<Vec<Fact>> {
    given(p.degree, || vec![fact("degree", "yes")])
}
fn socialstyrelsen(p: &Person) -> Option<Vec<Fact>> {
    given(p.health_profession, || {
        vec![fact("health-profession", "yes")]
    })
}
fn children(p: &Person, ages: std::ops::RangeInclusive<u8>) -> Option<Vec<Fact>> {
    let matching: Vec<Fact> = p
        .children
        .iter()
        .filter(|a| ages.contains(a))
        .map(|a| fact("child-age", a))
        .collect();
    (!matching.is_empty()).then_some(matching)
}
fn forskola(p: &Person) -> Option<Vec<Fact>> {
    children(p, 1..=5)
}
fn school(p: &Person) -> Option<Vec<Fact>> {
    children(p, 6..=15)
}
fn upper_secondary(p: &Person) -> Option<Vec<Fact>> {
    children(p, 16..=19)
}
fn interpreter(p: &Person) -> Option<Vec<Fact>> {
    given(p.needs_interpreter, || vec![fact("interpreter", "yes")])
}
fn everyone(_: &Person) -> Option<Vec<Fact>> {
    Some(Vec::new())
}

fn skill_code(s: Skill) -> &'static str {
    match s {
        Skill::No => "no",
        Skill::ALittle => "a-little",
        Skill::Well => "well",
    }
}

use Timing::{Later, Now, Soon};

const fn rule(
    step: &'static str,
    authority: &'static str,
    timing: Timing,
    quotes: &'static [&'static str],
    when: fn(&Person) -> Option<Vec<Fact>>,
) -> Rule {
    Rule {
        step,
        authority,
        timing,
        quotes,
        when,
    }
}

const READING: &[&str] = &["school-years", "reads-own", "reads-latin"];

/// Sweden's rules, urgent needs first; within a timing in this order.
pub const RULES: &[Rule] = &[
    rule(
        "se-urgent-housing",
        "municipality",
        Now,
        &["urgent"],
        urgent_housing,
    ),
    rule(
        "se-urgent-safety",
        "police",
        Now,
        &["urgent"],
        urgent_safety,
    ),
    rule(
        "se-urgent-health",
        "region",
        Now,
        &["urgent"],
        urgent_health,
    ),
    rule(
        "se-folkbokforing",
        "skatteverket",
        Now,
        &["personnummer"],
        folkbokforing,
    ),
    rule(
        "se-establishment",
        "arbetsformedlingen",
        Now,
        &["age", "permit"],
        establishment,
    ),
    rule(
        "se-establishment-not-eligible",
        "municipality",
        Now,
        &["age", "permit"],
        not_eligible,
    ),
    rule(
        "se-forsakringskassan",
        "forsakringskassan",
        Now,
        &["age", "permit"],
        forsakringskassan,
    ),
    rule(
        "se-interpreter",
        "municipality",
        Now,
        &["interpreter"],
        interpreter,
    ),
    rule("se-e-id", "banks", Soon, &["e-id", "personnummer"], e_id),
    rule("se-sfi-path-1", "municipality", Soon, READING, sfi_path_1),
    rule("se-sfi-path-2", "municipality", Soon, READING, sfi_path_2),
    rule("se-sfi-path-3", "municipality", Soon, READING, sfi_path_3),
    rule(
        "se-civic-orientation",
        "municipality",
        Soon,
        &["age", "permit"],
        civic_orientation,
    ),
    rule(
        "se-forskola",
        "municipality",
        Soon,
        &["child-age"],
        forskola,
    ),
    rule("se-school", "municipality", Soon, &["child-age"], school),
    rule(
        "se-upper-secondary",
        "municipality",
        Soon,
        &["child-age"],
        upper_secondary,
    ),
    rule("se-uhr", "uhr", Later, &["degree"], uhr),
    rule(
        "se-socialstyrelsen",
        "socialstyrelsen",
        Later,
        &["health-profession"],
        socialstyrelsen,
    ),
    rule("se-community", "ngos", Later, &[], everyone),
];

/// The suggested pathway for a person in Sweden: the rules that apply, by
/// timing, then in table order.
pub fn pathway(p: &Person) -> Vec<Step> {
    let mut steps: Vec<Step> = RULES
        .iter()
        .filter_map(|r| {
            Some(Step {
                id: r.step,
                authority: r.authority,
                timing: r.timing,
                reasons: (r.when)(p)?,
            })
        })
        .collect();
    steps.sort_by_key(|s| s.timing);
    steps
}
