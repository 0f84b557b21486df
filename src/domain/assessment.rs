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

/// Fields whose professions are regulated and whose right to practise the
/// Finnish Supervisory Agency grants (formerly Valvira; DOMAIN.md §4).
const LVV_FIELDS: &[&str] = &["health", "social-care"];
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

    fn chose(&self, q: &str, codes: &[&str]) -> bool {
        chose(self.answers, q, codes)
    }

    fn includes(&self, q: &str, code: &str) -> bool {
        includes(self.answers, q, code)
    }

    fn answered(&self, q: &str) -> bool {
        self.answers.get(q).is_some()
    }

    /// The answer to `q` as a reason, if answered.
    fn reason(&self, q: &'static str) -> Option<Reason> {
        self.answers.get(q).map(|answer| Reason {
            question: q,
            answer: answer.clone(),
        })
    }

    /// The answers to those of `qs` that `keep` accepts, as reasons.
    fn reasons_where(
        &self,
        qs: &[&'static str],
        keep: impl Fn(&'static str) -> bool,
    ) -> Vec<Reason> {
        qs.iter()
            .copied()
            .filter(|q| keep(q))
            .filter_map(|q| self.reason(q))
            .collect()
    }

    /// The answers to `qs`, as reasons.
    fn reasons(&self, qs: &[&'static str]) -> Vec<Reason> {
        self.reasons_where(qs, |_| true)
    }

    /// The fields (of study or work) that fall in `fields`, with the answer
    /// that names them.
    fn field_reasons(&self, fields: &[&str]) -> Vec<Reason> {
        let mut out = Vec::new();
        if self.chose("education-field", fields) {
            out.extend(self.reason("education-field"));
        }
        if fields.iter().any(|f| self.includes("work-fields", f)) {
            out.extend(self.reason("work-fields"));
        }
        out
    }

    fn responsible_authority(&self) -> &'static str {
        match self.responsible {
            Responsible::Employment => "employment",
            _ => "integration",
        }
    }

    fn wants_work_or_training(&self) -> bool {
        self.includes("goals", "work-soon") || self.includes("goals", "vocational")
    }
}

/// Who a step sends the person to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Authority(&'static str),
    /// The authority responsible for the person's integration plan.
    Responsible,
}

/// One rule of the pathway: the step it suggests, where and when, the
/// questions its reasons may quote, and when it applies. The step's official
/// sources are data (`content/fi/steps.toml`), under the same id.
pub struct Rule {
    pub step: &'static str,
    pub who: Who,
    pub timing: Timing,
    /// The questions whose answers the step's reasons may quote.
    pub quotes: &'static [&'static str],
    /// Suggested to everyone who moves to Finland to stay, whatever the
    /// answers (the services the law promises, and the community around
    /// them): such a step says so when no answer led to it.
    pub everyone: bool,
    /// `Some(reasons)` when the rule applies.
    pub when: fn(&Profile) -> Option<Vec<Reason>>,
}

/// `Some(reasons)` when `applies`.
fn given(applies: bool, reasons: impl FnOnce() -> Vec<Reason>) -> Option<Vec<Reason>> {
    applies.then(reasons)
}

// Urgent needs first, with where to go today (DOMAIN.md §2, §6).
fn urgent(p: &Profile, need: &str) -> Option<Vec<Reason>> {
    given(p.includes("urgent", need), || p.reasons(&["urgent"]))
}
fn urgent_safety(p: &Profile) -> Option<Vec<Reason>> {
    urgent(p, "safety")
}
fn urgent_housing(p: &Profile) -> Option<Vec<Reason>> {
    let asked = p.includes("urgent", "housing");
    let none = p.chose("housing", &["none"]);
    given(asked || none, || {
        p.reasons_where(&["urgent", "housing"], |q| match q {
            "urgent" => asked,
            _ => none,
        })
    })
}
fn urgent_money(p: &Profile) -> Option<Vec<Reason>> {
    urgent(p, "money")
}
fn urgent_health(p: &Profile) -> Option<Vec<Reason>> {
    urgent(p, "health")
}
fn urgent_family(p: &Profile) -> Option<Vec<Reason>> {
    urgent(p, "family-reunification")
}
fn urgent_legal(p: &Profile) -> Option<Vec<Reason>> {
    urgent(p, "legal-advice")
}

// Missing first steps (DOMAIN.md §6).
fn register_dvv(p: &Profile) -> Option<Vec<Reason>> {
    let unsure = matches!(
        p.answers.get("municipality-registered"),
        Some(Answer::DontKnow)
    );
    given(
        p.chose("municipality-registered", &["no"]) || unsure,
        || p.reasons(&["municipality-registered"]),
    )
}
/// A first step not ticked among those done, once the question is answered.
fn first_step_missing(p: &Profile, code: &str) -> Option<Vec<Reason>> {
    match p.answers.get("first-steps-done") {
        Some(Answer::Choices(done)) if !done.iter().any(|d| d == code) => {
            Some(p.reasons(&["first-steps-done"]))
        }
        _ => None,
    }
}
fn first_identity_code(p: &Profile) -> Option<Vec<Reason>> {
    first_step_missing(p, "identity-code")
}
fn first_kela(p: &Profile) -> Option<Vec<Reason>> {
    first_step_missing(p, "kela-card")
}
fn first_tax_card(p: &Profile) -> Option<Vec<Reason>> {
    first_step_missing(p, "tax-card")
}
fn first_bank(p: &Profile) -> Option<Vec<Reason>> {
    first_step_missing(p, "bank-account")
}

// Who is responsible for the assessment and plan (DOMAIN.md §2).
fn assessment_employment(p: &Profile) -> Option<Vec<Reason>> {
    given(p.responsible == Responsible::Employment, || {
        p.reasons(&["jobseeker"])
    })
}
fn assessment_municipality(p: &Profile) -> Option<Vec<Reason>> {
    given(p.responsible == Responsible::Municipality, || {
        p.reasons_where(
            &[
                "residence-basis",
                "social-assistance",
                "home-care-allowance",
                "unaccompanied",
            ],
            |q| match q {
                "residence-basis" => p.chose(q, MUNICIPALITY_BASES),
                "social-assistance" => p.chose(q, &["lasting"]),
                _ => p.chose(q, &["yes"]),
            },
        )
    })
}
fn assessment_ask(p: &Profile) -> Option<Vec<Reason>> {
    // Social assistance for a short time, or for a time not said, is not
    // enough to place the person: shown so the caseworker sees it.
    given(p.responsible == Responsible::Ask, || {
        p.reasons_where(&["jobseeker", "social-assistance"], |q| match q {
            "social-assistance" => p.chose(q, &["short-term", "yes"]),
            _ => true,
        })
    })
}

// The 3-year window for the assessment and first plan (DOMAIN.md §3, §4).
fn window_passed(p: &Profile) -> Option<Vec<Reason>> {
    given(p.months_since_permit.is_some_and(|m| m > 36), || {
        p.reasons(&["permit-date"])
    })
}
fn window_open(p: &Profile) -> Option<Vec<Reason>> {
    given(p.months_since_permit.is_some_and(|m| m <= 36), || {
        p.reasons(&["permit-date"])
    })
}

// Registering as a jobseeker when work or training is the goal.
fn jobseeker_register(p: &Profile) -> Option<Vec<Reason>> {
    given(
        !p.chose("jobseeker", &["yes"]) && p.wants_work_or_training(),
        || p.reasons(&["goals", "jobseeker"]),
    )
}

// The assessment is done in a language the person understands (§3).
fn interpreter(p: &Profile) -> Option<Vec<Reason>> {
    let own = p.chose("appointment-language", &["own"]);
    given(p.chose("interpreter", &["yes"]) || own, || {
        p.reasons_where(&["interpreter", "appointment-language"], |q| {
            q == "interpreter" || own
        })
    })
}

// Social services needs assessment (DOMAIN.md §2; wording "usually").
fn unaccompanied_plan(p: &Profile) -> Option<Vec<Reason>> {
    given(p.chose("unaccompanied", &["yes"]), || {
        p.reasons(&["unaccompanied"])
    })
}
fn social_services(p: &Profile) -> Option<Vec<Reason>> {
    given(
        !p.chose("unaccompanied", &["yes"]) && p.chose("residence-basis", &["protection"]),
        || p.reasons(&["residence-basis"]),
    )
}
fn talk_health(p: &Profile) -> Option<Vec<Reason>> {
    let affects = p.chose("health-affects", &["a-little", "a-lot"]);
    let talk = p.chose("talk-to-someone", &["yes"]);
    given(affects || talk, || {
        p.reasons_where(&["health-affects", "talk-to-someone"], |q| match q {
            "health-affects" => affects,
            _ => talk,
        })
    })
}
// Integration-promoting social guidance and help with errands for people
// in a vulnerable position (DOMAIN.md §4, seed 11.5.4): here, someone who
// cannot yet read well, use online services or cope because of health.
fn social_guidance(p: &Profile) -> Option<Vec<Reason>> {
    let rs = p.reasons_where(
        &["read-own", "write-own", "online-services", "health-affects"],
        |q| match q {
            "health-affects" => p.chose(q, &["a-lot"]),
            _ => p.chose(q, &["no"]),
        },
    );
    (!rs.is_empty()).then_some(rs)
}

// Language (DOMAIN.md §4): literacy first, else the fast route, else
// integration training.
fn literacy(p: &Profile) -> Option<Vec<Reason>> {
    given(p.literacy_low, || {
        p.reasons_where(&["read-own", "write-own", "latin-alphabet"], |q| {
            p.chose(q, &["a-little", "no"])
        })
    })
}
fn language_fluent(p: &Profile) -> Option<Vec<Reason>> {
    given(!p.literacy_low && p.fluent, || {
        p.reasons_where(&["finnish", "swedish"], |q| p.chose(q, &["work"]))
    })
}
fn integration_training(p: &Profile) -> Option<Vec<Reason>> {
    given(
        !p.literacy_low && !p.fluent && (p.answered("finnish") || p.answered("swedish")),
        || p.reasons(&["finnish", "swedish"]),
    )
}
fn language_with_work(p: &Profile) -> Option<Vec<Reason>> {
    given(
        !p.fluent
            && p.includes("goals", "work-soon")
            && p.chose("has-worked", &["yes"])
            && !p.literacy_low,
        || p.reasons(&["goals", "has-worked"]),
    )
}
fn everyone(_: &Profile) -> Option<Vec<Reason>> {
    Some(Vec::new())
}

// Digital skills are not statutory but matter for every service (§3).
fn digital_skills(p: &Profile) -> Option<Vec<Reason>> {
    const SKILLS: &[&str] = &["phone-skills", "computer-skills", "online-services"];
    given(SKILLS.iter().any(|q| p.chose(q, &["no"])), || {
        p.reasons_where(SKILLS, |q| p.chose(q, &["no", "a-little"]))
    })
}

// Education and recognition (DOMAIN.md §4).
fn with_degree(p: &Profile) -> Option<Vec<Reason>> {
    given(p.degree, || p.reasons(&["education-level"]))
}
fn regulated_lvv(p: &Profile) -> Option<Vec<Reason>> {
    let rs = p.field_reasons(LVV_FIELDS);
    (!rs.is_empty()).then_some(rs)
}
fn regulated_oph(p: &Profile) -> Option<Vec<Reason>> {
    let rs = p.field_reasons(OPH_FIELDS);
    (!rs.is_empty()).then_some(rs)
}

// Children (DOMAIN.md §5).
fn children(p: &Profile, ages: &[&str]) -> Option<Vec<Reason>> {
    given(ages.iter().any(|a| p.includes("children-ages", a)), || {
        p.reasons(&["children-ages"])
    })
}
fn daycare(p: &Profile) -> Option<Vec<Reason>> {
    children(p, &["under-3", "3-6"])
}
fn preprimary(p: &Profile) -> Option<Vec<Reason>> {
    children(p, &["3-6"])
}
fn school(p: &Profile) -> Option<Vec<Reason>> {
    children(p, &["7-15"])
}
fn upper_secondary(p: &Profile) -> Option<Vec<Reason>> {
    children(p, &["16-17"])
}

// Routes to studies and work (DOMAIN.md §4).
fn goal(p: &Profile, code: &str) -> Option<Vec<Reason>> {
    given(p.includes("goals", code), || p.reasons(&["goals"]))
}
fn vocational(p: &Profile) -> Option<Vec<Reason>> {
    goal(p, "vocational")
}
fn university(p: &Profile) -> Option<Vec<Reason>> {
    goal(p, "university")
}
fn self_motivated(p: &Profile) -> Option<Vec<Reason>> {
    given(
        p.chose("jobseeker", &["yes"])
            && (p.includes("goals", "vocational") || p.includes("goals", "university")),
        || p.reasons(&["jobseeker", "goals"]),
    )
}
fn business(p: &Profile) -> Option<Vec<Reason>> {
    let wants = p.includes("goals", "business");
    let was = p.chose("entrepreneur", &["yes"]);
    given(wants || was, || {
        p.reasons_where(&["goals", "entrepreneur"], |q| match q {
            "goals" => wants,
            _ => was,
        })
    })
}
fn work_routes(p: &Profile) -> Option<Vec<Reason>> {
    goal(p, "work-soon")
}

const fn rule(
    step: &'static str,
    who: Who,
    timing: Timing,
    quotes: &'static [&'static str],
    when: fn(&Profile) -> Option<Vec<Reason>>,
) -> Rule {
    Rule {
        step,
        who,
        timing,
        quotes,
        everyone: false,
        when,
    }
}

/// A rule whose step is suggested to everyone (`Rule::everyone`).
const fn for_everyone(
    step: &'static str,
    who: Who,
    timing: Timing,
    quotes: &'static [&'static str],
    when: fn(&Profile) -> Option<Vec<Reason>>,
) -> Rule {
    Rule {
        everyone: true,
        ..rule(step, who, timing, quotes, when)
    }
}

use Timing::{Later, Now, Soon};
use Who::{Authority as At, Responsible as Plan};

/// Finland's pathway rules, in the order their steps are listed within a
/// timing.
pub const RULES: &[Rule] = &[
    rule(
        "urgent-safety",
        At("emergency"),
        Now,
        &["urgent"],
        urgent_safety,
    ),
    rule(
        "urgent-housing",
        At("wellbeing"),
        Now,
        &["urgent", "housing"],
        urgent_housing,
    ),
    rule("urgent-money", At("kela"), Now, &["urgent"], urgent_money),
    rule(
        "urgent-health",
        At("wellbeing"),
        Now,
        &["urgent"],
        urgent_health,
    ),
    rule(
        "urgent-family",
        At("migri"),
        Now,
        &["urgent"],
        urgent_family,
    ),
    rule(
        "urgent-legal",
        At("guidance"),
        Now,
        &["urgent"],
        urgent_legal,
    ),
    rule(
        "register-dvv",
        At("dvv"),
        Now,
        &["municipality-registered"],
        register_dvv,
    ),
    rule(
        "first-identity-code",
        At("dvv"),
        Now,
        &["first-steps-done"],
        first_identity_code,
    ),
    rule(
        "first-kela",
        At("kela"),
        Now,
        &["first-steps-done"],
        first_kela,
    ),
    rule(
        "first-tax-card",
        At("vero"),
        Now,
        &["first-steps-done"],
        first_tax_card,
    ),
    rule(
        "first-bank",
        At("banks"),
        Now,
        &["first-steps-done"],
        first_bank,
    ),
    rule(
        "assessment-employment",
        At("employment"),
        Now,
        &["jobseeker"],
        assessment_employment,
    ),
    rule(
        "assessment-municipality",
        At("integration"),
        Now,
        &[
            "residence-basis",
            "social-assistance",
            "home-care-allowance",
            "unaccompanied",
        ],
        assessment_municipality,
    ),
    for_everyone(
        "assessment-ask",
        At("guidance"),
        Now,
        &["jobseeker", "social-assistance"],
        assessment_ask,
    ),
    rule("window-passed", Plan, Now, &["permit-date"], window_passed),
    rule("window-open", Plan, Soon, &["permit-date"], window_open),
    rule(
        "jobseeker-register",
        At("employment"),
        Now,
        &["goals", "jobseeker"],
        jobseeker_register,
    ),
    rule(
        "interpreter",
        Plan,
        Now,
        &["interpreter", "appointment-language"],
        interpreter,
    ),
    rule(
        "unaccompanied-plan",
        At("wellbeing"),
        Now,
        &["unaccompanied"],
        unaccompanied_plan,
    ),
    rule(
        "social-services",
        At("wellbeing"),
        Soon,
        &["residence-basis"],
        social_services,
    ),
    rule(
        "talk-health",
        At("wellbeing"),
        Soon,
        &["health-affects", "talk-to-someone"],
        talk_health,
    ),
    rule(
        "social-guidance",
        At("wellbeing"),
        Soon,
        &["read-own", "write-own", "online-services", "health-affects"],
        social_guidance,
    ),
    rule(
        "literacy",
        Plan,
        Soon,
        &["read-own", "write-own", "latin-alphabet"],
        literacy,
    ),
    rule(
        "language-fluent",
        Plan,
        Soon,
        &["finnish", "swedish"],
        language_fluent,
    ),
    rule(
        "integration-training",
        Plan,
        Soon,
        &["finnish", "swedish"],
        integration_training,
    ),
    rule(
        "language-with-work",
        At("employment"),
        Soon,
        &["goals", "has-worked"],
        language_with_work,
    ),
    for_everyone("civic-orientation", Plan, Soon, &[], everyone),
    rule(
        "digital-skills",
        At("municipality"),
        Soon,
        &["phone-skills", "computer-skills", "online-services"],
        digital_skills,
    ),
    rule(
        "simhe",
        At("simhe"),
        Soon,
        &["education-level"],
        with_degree,
    ),
    rule(
        "recognition-oph",
        At("oph"),
        Soon,
        &["education-level"],
        with_degree,
    ),
    rule(
        "regulated-valvira",
        At("lvv"),
        Soon,
        &["education-field", "work-fields"],
        regulated_lvv,
    ),
    rule(
        "regulated-oph",
        At("oph"),
        Soon,
        &["education-field", "work-fields"],
        regulated_oph,
    ),
    rule(
        "daycare",
        At("municipality"),
        Soon,
        &["children-ages"],
        daycare,
    ),
    rule(
        "preprimary",
        At("municipality"),
        Soon,
        &["children-ages"],
        preprimary,
    ),
    rule(
        "school",
        At("municipality"),
        Soon,
        &["children-ages"],
        school,
    ),
    rule(
        "upper-secondary",
        At("municipality"),
        Soon,
        &["children-ages"],
        upper_secondary,
    ),
    rule("vocational", Plan, Later, &["goals"], vocational),
    rule("university", At("simhe"), Later, &["goals"], university),
    rule(
        "self-motivated",
        At("employment"),
        Later,
        &["jobseeker", "goals"],
        self_motivated,
    ),
    rule(
        "business",
        At("employment"),
        Later,
        &["goals", "entrepreneur"],
        business,
    ),
    rule(
        "work-routes",
        At("employment"),
        Later,
        &["goals"],
        work_routes,
    ),
    // When the programme ends without a job, a follow-up plan names the
    // next route (DOMAIN.md §4, seed 11.5.4): worth knowing for everyone.
    for_everyone("follow-up-plan", Plan, Later, &[], everyone),
    for_everyone("community", At("ngos"), Later, &[], everyone),
];

/// The suggested pathway: the steps of the rules that apply, ordered by
/// timing (now, soon, later), and within a timing in the order of `RULES`.
pub fn pathway(answers: &Answers, today: Today) -> Vec<Step> {
    let p = Profile::new(answers, today);
    let mut steps: Vec<Step> = RULES
        .iter()
        .filter_map(|r| {
            let reasons = (r.when)(&p)?;
            Some(Step {
                id: r.step,
                authority: match r.who {
                    Who::Authority(a) => a,
                    Who::Responsible => p.responsible_authority(),
                },
                timing: r.timing,
                for_everyone: r.everyone && reasons.is_empty(),
                reasons,
            })
        })
        .collect();
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
    fn the_rules_are_the_listed_steps_each_once() {
        let ids: Vec<&str> = RULES.iter().map(|r| r.step).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "a step has two rules");
        let mut listed = STEP_IDS.to_vec();
        listed.sort_unstable();
        assert_eq!(sorted, listed);
    }

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
