//! Answers -> a profile -> an ordered list of suggested steps.
//!
//! Every step names the responsible authority, a timing, the answers that
//! triggered it (reason codes) and the source it rests on. This is a
//! suggestion the person prepares, never a decision: the authority decides
//! in the assessment (Act 681/2023).
//!
//! Texts: `step-<id>-title`, `step-<id>-text`; timing `timing-<now|soon|later>`.

use super::answers::{Answer, Answers, Today};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Timing {
    Now,
    Soon,
    Later,
}

impl Timing {
    pub fn key(self) -> &'static str {
        match self {
            Timing::Now => "timing-now",
            Timing::Soon => "timing-soon",
            Timing::Later => "timing-later",
        }
    }
}

/// Who is responsible for the person's assessment and integration plan
/// (DOMAIN.md §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Responsible {
    /// Registered unemployed jobseekers.
    Employment,
    /// People outside the labour force with international protection or
    /// family members of such a person, on social assistance other than
    /// temporarily or on child home care allowance, unaccompanied minors,
    /// victims of human trafficking.
    Municipality,
    /// Not clear from the answers: ask both.
    Ask,
}

/// The answer that triggered a step: a question id and the answer code
/// (`"dont_know"` etc. for special answers, the month count for dates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub question: &'static str,
    pub answer: Answer,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub id: &'static str,
    pub authority: &'static str,
    pub timing: Timing,
    pub reasons: Vec<Reason>,
    /// Suggested to everyone who moves to Finland to stay, whatever the
    /// answers: what the step shows as its reason when no answer led to it.
    pub for_everyone: bool,
}

impl Step {
    pub fn title_key(&self) -> String {
        format!("step-{}-title", self.id)
    }
    pub fn text_key(&self) -> String {
        format!("step-{}-text", self.id)
    }
}

/// Every step id the rules can produce, for the locale tests.
pub const STEP_IDS: &[&str] = &[
    "urgent-safety",
    "urgent-housing",
    "urgent-money",
    "urgent-health",
    "urgent-family",
    "urgent-legal",
    "register-dvv",
    "first-identity-code",
    "first-kela",
    "first-tax-card",
    "first-bank",
    "assessment-employment",
    "assessment-municipality",
    "assessment-ask",
    "window-open",
    "window-passed",
    "jobseeker-register",
    "interpreter",
    "social-services",
    "unaccompanied-plan",
    "talk-health",
    "social-guidance",
    "literacy",
    "integration-training",
    "language-with-work",
    "language-fluent",
    "civic-orientation",
    "digital-skills",
    "simhe",
    "recognition-oph",
    "regulated-valvira",
    "regulated-oph",
    "daycare",
    "preprimary",
    "school",
    "upper-secondary",
    "vocational",
    "university",
    "self-motivated",
    "business",
    "work-routes",
    "follow-up-plan",
    "community",
];

/// What the rules need to know, derived once from the answers.
#[derive(Debug, Clone)]
pub struct Profile<'a> {
    answers: &'a Answers,
    pub responsible: Responsible,
    /// Months since the first permit, when known.
    pub months_since_permit: Option<i32>,
    pub literacy_low: bool,
    pub fluent: bool,
    pub degree: bool,
}

fn choice<'a>(a: &'a Answers, q: &str) -> Option<&'a str> {
    match a.get(q) {
        Some(Answer::Choice(c)) => Some(c),
        _ => None,
    }
}

fn chose(a: &Answers, q: &str, codes: &[&str]) -> bool {
    choice(a, q).is_some_and(|c| codes.contains(&c))
}

fn includes(a: &Answers, q: &str, code: &str) -> bool {
    matches!(a.get(q), Some(Answer::Choices(cs)) if cs.iter().any(|c| c == code))
}

/// Bases of residence that make the municipality responsible (DOMAIN.md §2).
const MUNICIPALITY_BASES: &[&str] = &["protection", "protection-family", "trafficking"];

/// Steps offered to everyone who moves to Finland to stay: the services the
/// law promises (DOMAIN.md §1: the assessment, civic orientation) and the
/// community around them (§4, seed 11.5.4). Such a step says so when no
/// answer led to it.
const FOR_EVERYONE: &[&str] = &[
    "assessment-ask",
    "civic-orientation",
    "follow-up-plan",
    "community",
];

fn reason(a: &Answers, q: &'static str) -> Option<Reason> {
    a.get(q).map(|answer| Reason {
        question: q,
        answer: answer.clone(),
    })
}

/// Fields whose professions are regulated and whose right to practise
/// Valvira grants (DOMAIN.md §4).
const VALVIRA_FIELDS: &[&str] = &["health", "social-care"];
/// Fields whose qualification OPH decides on (teachers, early childhood
/// education; DOMAIN.md §4).
const OPH_FIELDS: &[&str] = &["teaching", "childcare"];

impl<'a> Profile<'a> {
    pub fn new(answers: &'a Answers, today: Today) -> Self {
        let responsible = if chose(answers, "jobseeker", &["yes"]) {
            Responsible::Employment
        } else if chose(answers, "residence-basis", MUNICIPALITY_BASES)
            // A single or short-term payment does not count, nor the old
            // "yes" that did not say how long (DOMAIN.md §2).
            || chose(answers, "social-assistance", &["lasting"])
            || chose(answers, "home-care-allowance", &["yes"])
            || chose(answers, "unaccompanied", &["yes"])
        {
            Responsible::Municipality
        } else {
            Responsible::Ask
        };
        let months_since_permit = match answers.get("permit-date") {
            Some(Answer::YearMonth { year, month }) => {
                Some((today.year as i32 - *year as i32) * 12 + (today.month as i32 - *month as i32))
            }
            _ => None,
        };
        let weak = ["a-little", "no"];
        let literacy_low = chose(answers, "read-own", &weak)
            || chose(answers, "write-own", &weak)
            || chose(answers, "latin-alphabet", &weak);
        let fluent = chose(answers, "finnish", &["work"]) || chose(answers, "swedish", &["work"]);
        let degree = chose(
            answers,
            "education-level",
            &["bachelor", "master", "doctorate"],
        );
        Profile {
            answers,
            responsible,
            months_since_permit,
            literacy_low,
            fluent,
            degree,
        }
    }

    /// The fields (of study or work) that fall in `fields`, with the answer
    /// that names them.
    fn field_reasons(&self, fields: &[&str]) -> Vec<Reason> {
        let a = self.answers;
        let mut out = Vec::new();
        if chose(a, "education-field", fields) {
            out.extend(reason(a, "education-field"));
        }
        if fields.iter().any(|f| includes(a, "work-fields", f)) {
            out.extend(reason(a, "work-fields"));
        }
        out
    }

    fn responsible_authority(&self) -> &'static str {
        match self.responsible {
            Responsible::Employment => "employment",
            _ => "integration",
        }
    }
}

/// The suggested pathway: steps ordered by timing (now, soon, later), and
/// within a timing in the order of the rules below.
pub fn pathway(answers: &Answers, today: Today) -> Vec<Step> {
    let p = Profile::new(answers, today);
    let a = answers;
    let mut steps: Vec<Step> = Vec::new();
    let mut add =
        |id: &'static str, authority: &'static str, timing: Timing, reasons: Vec<Reason>| {
            steps.push(Step {
                id,
                authority,
                timing,
                for_everyone: reasons.is_empty() && FOR_EVERYONE.contains(&id),
                reasons,
            })
        };
    let r = |q: &'static str| reason(a, q).into_iter().collect::<Vec<_>>();

    // Urgent needs first, with where to go today (DOMAIN.md §2, §6).
    if includes(a, "urgent", "safety") {
        add("urgent-safety", "emergency", Timing::Now, r("urgent"));
    }
    if includes(a, "urgent", "housing") || chose(a, "housing", &["none"]) {
        let mut rs = Vec::new();
        if includes(a, "urgent", "housing") {
            rs.extend(reason(a, "urgent"));
        }
        if chose(a, "housing", &["none"]) {
            rs.extend(reason(a, "housing"));
        }
        add("urgent-housing", "wellbeing", Timing::Now, rs);
    }
    if includes(a, "urgent", "money") {
        add("urgent-money", "kela", Timing::Now, r("urgent"));
    }
    if includes(a, "urgent", "health") {
        add("urgent-health", "wellbeing", Timing::Now, r("urgent"));
    }
    if includes(a, "urgent", "family-reunification") {
        add("urgent-family", "migri", Timing::Now, r("urgent"));
    }
    if includes(a, "urgent", "legal-advice") {
        add("urgent-legal", "guidance", Timing::Now, r("urgent"));
    }

    // Missing first steps (DOMAIN.md §6).
    if chose(a, "municipality-registered", &["no"])
        || matches!(a.get("municipality-registered"), Some(Answer::DontKnow))
    {
        add(
            "register-dvv",
            "dvv",
            Timing::Now,
            r("municipality-registered"),
        );
    }
    if let Some(Answer::Choices(done)) = a.get("first-steps-done") {
        let missing = |code: &str| !done.iter().any(|d| d == code);
        for (code, id, authority) in [
            ("identity-code", "first-identity-code", "dvv"),
            ("kela-card", "first-kela", "kela"),
            ("tax-card", "first-tax-card", "vero"),
            ("bank-account", "first-bank", "banks"),
        ] {
            if missing(code) {
                add(id, authority, Timing::Now, r("first-steps-done"));
            }
        }
    }

    // Who is responsible for the assessment and plan (DOMAIN.md §2).
    match p.responsible {
        Responsible::Employment => add(
            "assessment-employment",
            "employment",
            Timing::Now,
            r("jobseeker"),
        ),
        Responsible::Municipality => {
            let rs = [
                "residence-basis",
                "social-assistance",
                "home-care-allowance",
                "unaccompanied",
            ]
            .into_iter()
            .filter(|q| match *q {
                "residence-basis" => chose(a, q, MUNICIPALITY_BASES),
                "social-assistance" => chose(a, q, &["lasting"]),
                _ => chose(a, q, &["yes"]),
            })
            .filter_map(|q| reason(a, q))
            .collect();
            add("assessment-municipality", "integration", Timing::Now, rs)
        }
        Responsible::Ask => {
            // Social assistance for a short time, or for a time not said, is
            // not enough to place the person: shown so the caseworker sees it.
            let mut rs = r("jobseeker");
            if chose(a, "social-assistance", &["short-term", "yes"]) {
                rs.extend(reason(a, "social-assistance"));
            }
            add("assessment-ask", "guidance", Timing::Now, rs)
        }
    }

    // The 3-year window for the assessment and first plan (DOMAIN.md §3, §4).
    match p.months_since_permit {
        Some(m) if m > 36 => add(
            "window-passed",
            p.responsible_authority(),
            Timing::Now,
            r("permit-date"),
        ),
        Some(_) => add(
            "window-open",
            p.responsible_authority(),
            Timing::Soon,
            r("permit-date"),
        ),
        None => {}
    }

    // Registering as a jobseeker when work or training is the goal.
    let wants_work_or_training =
        includes(a, "goals", "work-soon") || includes(a, "goals", "vocational");
    if !chose(a, "jobseeker", &["yes"]) && wants_work_or_training {
        let mut rs = r("goals");
        rs.extend(reason(a, "jobseeker"));
        add("jobseeker-register", "employment", Timing::Now, rs);
    }

    // The assessment is done in a language the person understands (§3).
    if chose(a, "interpreter", &["yes"]) || chose(a, "appointment-language", &["own"]) {
        let mut rs = r("interpreter");
        if chose(a, "appointment-language", &["own"]) {
            rs.extend(reason(a, "appointment-language"));
        }
        add("interpreter", p.responsible_authority(), Timing::Now, rs);
    }

    // Social services needs assessment (DOMAIN.md §2; wording "usually").
    if chose(a, "unaccompanied", &["yes"]) {
        add(
            "unaccompanied-plan",
            "wellbeing",
            Timing::Now,
            r("unaccompanied"),
        );
    } else if chose(a, "residence-basis", &["protection"]) {
        add(
            "social-services",
            "wellbeing",
            Timing::Soon,
            r("residence-basis"),
        );
    }
    if chose(a, "talk-to-someone", &["yes"]) || chose(a, "health-affects", &["a-little", "a-lot"]) {
        let mut rs = Vec::new();
        if chose(a, "health-affects", &["a-little", "a-lot"]) {
            rs.extend(reason(a, "health-affects"));
        }
        if chose(a, "talk-to-someone", &["yes"]) {
            rs.extend(reason(a, "talk-to-someone"));
        }
        add("talk-health", "wellbeing", Timing::Soon, rs);
    }

    // Integration-promoting social guidance and help with errands for people
    // in a vulnerable position (DOMAIN.md §4, seed 11.5.4): here, someone who
    // cannot yet read well, use online services or cope because of health.
    {
        let rs: Vec<Reason> = [
            ("read-own", &["no"][..]),
            ("write-own", &["no"]),
            ("online-services", &["no"]),
            ("health-affects", &["a-lot"]),
        ]
        .into_iter()
        .filter(|(q, codes)| chose(a, q, codes))
        .filter_map(|(q, _)| reason(a, q))
        .collect();
        if !rs.is_empty() {
            add("social-guidance", "wellbeing", Timing::Soon, rs);
        }
    }

    // Language (DOMAIN.md §4).
    if p.literacy_low {
        let rs = ["read-own", "write-own", "latin-alphabet"]
            .into_iter()
            .filter(|q| chose(a, q, &["a-little", "no"]))
            .filter_map(|q| reason(a, q))
            .collect();
        add("literacy", p.responsible_authority(), Timing::Soon, rs);
    } else if p.fluent {
        let rs = ["finnish", "swedish"]
            .into_iter()
            .filter(|q| chose(a, q, &["work"]))
            .filter_map(|q| reason(a, q))
            .collect();
        add(
            "language-fluent",
            p.responsible_authority(),
            Timing::Soon,
            rs,
        );
    } else if a.get("finnish").is_some() || a.get("swedish").is_some() {
        let rs = ["finnish", "swedish"]
            .into_iter()
            .filter_map(|q| reason(a, q))
            .collect();
        add(
            "integration-training",
            p.responsible_authority(),
            Timing::Soon,
            rs,
        );
    }
    if !p.fluent
        && includes(a, "goals", "work-soon")
        && chose(a, "has-worked", &["yes"])
        && !p.literacy_low
    {
        let mut rs = r("goals");
        rs.extend(reason(a, "has-worked"));
        add("language-with-work", "employment", Timing::Soon, rs);
    }
    add(
        "civic-orientation",
        p.responsible_authority(),
        Timing::Soon,
        Vec::new(),
    );

    // Digital skills are not statutory but matter for every service (§3).
    if ["phone-skills", "computer-skills", "online-services"]
        .iter()
        .any(|q| chose(a, q, &["no"]))
    {
        let rs = ["phone-skills", "computer-skills", "online-services"]
            .into_iter()
            .filter(|q| chose(a, q, &["no", "a-little"]))
            .filter_map(|q| reason(a, q))
            .collect();
        add("digital-skills", "municipality", Timing::Soon, rs);
    }

    // Education and recognition (DOMAIN.md §4).
    if p.degree {
        add("simhe", "simhe", Timing::Soon, r("education-level"));
        add("recognition-oph", "oph", Timing::Soon, r("education-level"));
    }
    let valvira = p.field_reasons(VALVIRA_FIELDS);
    if !valvira.is_empty() {
        add("regulated-valvira", "lvv", Timing::Soon, valvira);
    }
    let oph = p.field_reasons(OPH_FIELDS);
    if !oph.is_empty() {
        add("regulated-oph", "oph", Timing::Soon, oph);
    }

    // Children (DOMAIN.md §5).
    let young = includes(a, "children-ages", "under-3") || includes(a, "children-ages", "3-6");
    for (shown, id) in [
        (young, "daycare"),
        (includes(a, "children-ages", "3-6"), "preprimary"),
        (includes(a, "children-ages", "7-15"), "school"),
        (includes(a, "children-ages", "16-17"), "upper-secondary"),
    ] {
        if shown {
            add(id, "municipality", Timing::Soon, r("children-ages"));
        }
    }

    // Routes to studies and work (DOMAIN.md §4).
    if includes(a, "goals", "vocational") {
        add(
            "vocational",
            p.responsible_authority(),
            Timing::Later,
            r("goals"),
        );
    }
    if includes(a, "goals", "university") {
        add("university", "simhe", Timing::Later, r("goals"));
    }
    if chose(a, "jobseeker", &["yes"])
        && (includes(a, "goals", "vocational") || includes(a, "goals", "university"))
    {
        let mut rs = r("jobseeker");
        rs.extend(reason(a, "goals"));
        add("self-motivated", "employment", Timing::Later, rs);
    }
    if includes(a, "goals", "business") || chose(a, "entrepreneur", &["yes"]) {
        let mut rs = Vec::new();
        if includes(a, "goals", "business") {
            rs.extend(reason(a, "goals"));
        }
        if chose(a, "entrepreneur", &["yes"]) {
            rs.extend(reason(a, "entrepreneur"));
        }
        add("business", "employment", Timing::Later, rs);
    }
    if includes(a, "goals", "work-soon") {
        add("work-routes", "employment", Timing::Later, r("goals"));
    }
    // When the programme ends without a job, a follow-up plan names the next
    // route (DOMAIN.md §4, seed 11.5.4): worth knowing for everyone.
    add(
        "follow-up-plan",
        p.responsible_authority(),
        Timing::Later,
        Vec::new(),
    );
    add("community", "ngos", Timing::Later, Vec::new());

    // Stable sort: timing first, rule order within a timing.
    steps.sort_by_key(|s| s.timing);
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Today = Today {
        year: 2026,
        month: 11,
    };

    #[test]
    fn every_produced_step_id_is_listed() {
        let mut a = Answers::default();
        for (q, v) in [
            ("urgent", Answer::Choices(vec!["safety".into()])),
            ("goals", Answer::Choices(vec!["work-soon".into()])),
        ] {
            a.set(q, v);
        }
        for s in pathway(&a, NOW) {
            assert!(STEP_IDS.contains(&s.id), "{}", s.id);
        }
    }
}
