//! The pathway rules, profile by profile: which steps are suggested, in what
//! order, by which authority, and which are not.

use newcomer_guide::domain::answers::{parse_year_month, Answer, Answers, Today};
use newcomer_guide::domain::assessment::{pathway, Profile, Responsible, Timing, RULES, STEP_IDS};
use newcomer_guide::domain::questions::{question, Kind};
use newcomer_guide::domain::topics::authority;

const NOW: Today = Today {
    year: 2026,
    month: 11,
};

/// Answers from `question = value` pairs, given in questionnaire order:
/// `a,b` for several choices, `2024-03` for a date, `?` for "I don't know",
/// `-` for "I prefer not to say".
fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut a = Answers::default();
    for (q, v) in pairs {
        let kind = question(q)
            .unwrap_or_else(|| panic!("no question {q}"))
            .kind;
        let answer = match (*v, kind) {
            ("?", _) => Answer::DontKnow,
            ("-", _) => Answer::PreferNot,
            (v, Kind::Multi { .. }) => Answer::Choices(v.split(',').map(String::from).collect()),
            (v, Kind::YearMonth) => {
                let (y, m) = v.split_once('-').unwrap();
                parse_year_month(y, m).unwrap()
            }
            (v, Kind::Number { .. }) => Answer::Number(v.parse().unwrap()),
            (v, _) => Answer::Choice(v.to_string()),
        };
        a.set(q, answer.clone());
        assert_eq!(
            a.get(q),
            Some(&answer),
            "{q}={v} was not kept: check the profile's order"
        );
    }
    a
}

struct Case {
    name: &'static str,
    given: &'static [(&'static str, &'static str)],
    /// Steps that must be there, in this relative order.
    expect: &'static [&'static str],
    absent: &'static [&'static str],
    responsible: Responsible,
}

const CASES: &[Case] = &[
    Case {
        name: "refugee outside the labour force: municipality, social services",
        given: &[
            ("residence-basis", "protection"),
            ("permit-date", "2025-06"),
            ("jobseeker", "no"),
        ],
        expect: &[
            "assessment-municipality",
            "window-open",
            "social-services",
            "civic-orientation",
        ],
        absent: &["assessment-employment", "window-passed"],
        responsible: Responsible::Municipality,
    },
    Case {
        name: "refugee registered as jobseeker: the employment authority",
        given: &[("residence-basis", "protection"), ("jobseeker", "yes")],
        expect: &["assessment-employment", "social-services"],
        absent: &["assessment-municipality", "jobseeker-register"],
        responsible: Responsible::Employment,
    },
    Case {
        name: "family member, no benefits: ask both",
        given: &[
            ("residence-basis", "family"),
            ("jobseeker", "no"),
            ("social-assistance", "no"),
        ],
        expect: &["assessment-ask", "civic-orientation", "community"],
        absent: &[
            "assessment-municipality",
            "assessment-employment",
            "social-services",
        ],
        responsible: Responsible::Ask,
    },
    Case {
        name: "work permit holder registered as jobseeker",
        given: &[("residence-basis", "work"), ("jobseeker", "yes")],
        expect: &["assessment-employment"],
        absent: &["assessment-ask"],
        responsible: Responsible::Employment,
    },
    Case {
        name: "student, wants university",
        given: &[("residence-basis", "study"), ("goals", "university")],
        expect: &["assessment-ask", "university"],
        absent: &["self-motivated", "jobseeker-register"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "EU citizen wanting work soon, not registered as jobseeker",
        given: &[
            ("residence-basis", "eu"),
            ("goals", "work-soon"),
            ("jobseeker", "no"),
        ],
        expect: &["assessment-ask", "jobseeker-register", "work-routes"],
        absent: &["assessment-employment"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "temporary protection, lasting social assistance: municipality",
        given: &[
            ("residence-basis", "temporary-protection"),
            ("jobseeker", "no"),
            ("social-assistance", "lasting"),
        ],
        expect: &["assessment-municipality"],
        absent: &["social-services"],
        responsible: Responsible::Municipality,
    },
    Case {
        name: "social assistance for a longer time or regularly: municipality",
        given: &[
            ("residence-basis", "work"),
            ("jobseeker", "no"),
            ("social-assistance", "lasting"),
        ],
        expect: &["assessment-municipality"],
        absent: &["assessment-ask", "social-services"],
        responsible: Responsible::Municipality,
    },
    Case {
        name: "social assistance once or for a short time does not move the responsibility",
        given: &[
            ("residence-basis", "work"),
            ("jobseeker", "no"),
            ("social-assistance", "short-term"),
        ],
        expect: &["assessment-ask"],
        absent: &["assessment-municipality"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "social assistance, how long not said (an answer from before): ask",
        given: &[
            ("residence-basis", "family"),
            ("jobseeker", "no"),
            ("social-assistance", "yes"),
        ],
        expect: &["assessment-ask"],
        absent: &["assessment-municipality"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "short-term social assistance, but registered as a jobseeker: employment",
        given: &[("jobseeker", "yes"), ("social-assistance", "short-term")],
        expect: &["assessment-employment"],
        absent: &["assessment-ask", "assessment-municipality"],
        responsible: Responsible::Employment,
    },
    Case {
        name: "family member of a person with international protection: municipality",
        given: &[
            ("residence-basis", "protection-family"),
            ("jobseeker", "no"),
        ],
        expect: &["assessment-municipality", "civic-orientation"],
        absent: &["assessment-ask", "social-services"],
        responsible: Responsible::Municipality,
    },
    Case {
        name: "victim of human trafficking: municipality",
        given: &[("residence-basis", "trafficking")],
        expect: &["assessment-municipality"],
        absent: &["assessment-ask", "assessment-employment"],
        responsible: Responsible::Municipality,
    },
    Case {
        name: "victim of human trafficking registered as a jobseeker: employment",
        given: &[("residence-basis", "trafficking"), ("jobseeker", "yes")],
        expect: &["assessment-employment"],
        absent: &["assessment-municipality"],
        responsible: Responsible::Employment,
    },
    Case {
        name: "another basis of residence, not a jobseeker: ask",
        given: &[("residence-basis", "other"), ("jobseeker", "no")],
        expect: &["assessment-ask"],
        absent: &["social-services", "assessment-municipality"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "basis unknown: ask",
        given: &[("residence-basis", "?")],
        expect: &["assessment-ask"],
        absent: &["social-services"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "home care allowance for a baby: municipality, day care",
        given: &[
            ("jobseeker", "no"),
            ("has-children", "yes"),
            ("children-ages", "under-3"),
            ("home-care-allowance", "yes"),
        ],
        expect: &["assessment-municipality", "daycare"],
        absent: &["preprimary", "school"],
        responsible: Responsible::Municipality,
    },
    Case {
        name: "unaccompanied minor: municipality and a plan with the wellbeing county",
        given: &[
            ("age-group", "under-18"),
            ("residence-basis", "protection"),
            ("unaccompanied", "yes"),
        ],
        expect: &["assessment-municipality", "unaccompanied-plan"],
        absent: &["social-services"],
        responsible: Responsible::Municipality,
    },
    Case {
        name: "minor with family is not treated as unaccompanied",
        given: &[
            ("age-group", "under-18"),
            ("residence-basis", "family"),
            ("unaccompanied", "no"),
        ],
        expect: &["assessment-ask"],
        absent: &["unaccompanied-plan"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "outside the 3-year window",
        given: &[("permit-date", "2021-02"), ("jobseeker", "yes")],
        expect: &["assessment-employment", "window-passed"],
        absent: &["window-open"],
        responsible: Responsible::Employment,
    },
    Case {
        name: "exactly 3 years is still inside the window",
        given: &[("permit-date", "2023-11")],
        expect: &["window-open"],
        absent: &["window-passed"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "permit date unknown: no window step",
        given: &[("permit-date", "?")],
        expect: &["assessment-ask"],
        absent: &["window-open", "window-passed"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "low literacy: literacy training, not ordinary integration training",
        given: &[
            ("finnish", "none"),
            ("swedish", "none"),
            ("read-own", "a-little"),
            ("write-own", "no"),
            ("latin-alphabet", "no"),
        ],
        expect: &["literacy", "civic-orientation"],
        absent: &["integration-training", "language-fluent"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "new to the Latin alphabet only: literacy training",
        given: &[
            ("finnish", "none"),
            ("read-own", "well"),
            ("write-own", "well"),
            ("latin-alphabet", "no"),
        ],
        expect: &["literacy"],
        absent: &["integration-training"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "literate, little Finnish: integration training",
        given: &[
            ("finnish", "words"),
            ("swedish", "none"),
            ("read-own", "well"),
            ("write-own", "well"),
            ("latin-alphabet", "well"),
        ],
        expect: &["integration-training"],
        absent: &["literacy", "language-fluent"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "fluent in Finnish: no language training",
        given: &[
            ("finnish", "work"),
            ("read-own", "well"),
            ("write-own", "well"),
            ("latin-alphabet", "well"),
        ],
        expect: &["language-fluent"],
        absent: &["integration-training", "literacy", "language-with-work"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "experienced worker wanting work soon: language alongside work",
        given: &[
            ("finnish", "words"),
            ("latin-alphabet", "well"),
            ("has-worked", "yes"),
            ("goals", "work-soon,language-first"),
            ("main-goal", "work-soon"),
            ("jobseeker", "yes"),
        ],
        expect: &[
            "assessment-employment",
            "integration-training",
            "language-with-work",
            "work-routes",
        ],
        absent: &["jobseeker-register"],
        responsible: Responsible::Employment,
    },
    Case {
        name: "master's degree: SIMHE and OPH recognition",
        given: &[
            ("education-level", "master"),
            ("education-field", "engineering"),
        ],
        expect: &["simhe", "recognition-oph"],
        absent: &["regulated-valvira", "regulated-oph"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "nurse by degree: Valvira and the language requirement",
        given: &[
            ("education-level", "bachelor"),
            ("education-field", "health"),
        ],
        expect: &["simhe", "recognition-oph", "regulated-valvira"],
        absent: &["regulated-oph"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "care worker by experience, no degree: Valvira",
        given: &[
            ("education-level", "primary"),
            ("has-worked", "yes"),
            ("work-fields", "social-care,cleaning"),
        ],
        expect: &["regulated-valvira"],
        absent: &["simhe", "recognition-oph"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "teacher: OPH decides eligibility",
        given: &[
            ("education-level", "master"),
            ("education-field", "teaching"),
        ],
        expect: &["simhe", "recognition-oph", "regulated-oph"],
        absent: &["regulated-valvira"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "children of every age group",
        given: &[
            ("has-children", "yes"),
            ("children-ages", "under-3,3-6,7-15,16-17"),
            ("home-care-allowance", "no"),
        ],
        expect: &["daycare", "preprimary", "school", "upper-secondary"],
        absent: &[],
        responsible: Responsible::Ask,
    },
    Case {
        name: "school-age children only",
        given: &[("has-children", "yes"), ("children-ages", "7-15")],
        expect: &["school"],
        absent: &["daycare", "preprimary", "upper-secondary"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "teenager aged 16-17: upper secondary or preparatory education",
        given: &[("has-children", "yes"), ("children-ages", "16-17")],
        expect: &["upper-secondary"],
        absent: &["school", "daycare"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "no place to live and unsafe: urgent steps come first",
        given: &[
            ("jobseeker", "yes"),
            ("housing", "none"),
            ("urgent", "safety,money"),
        ],
        expect: &[
            "urgent-safety",
            "urgent-housing",
            "urgent-money",
            "assessment-employment",
        ],
        absent: &["urgent-health"],
        responsible: Responsible::Employment,
    },
    Case {
        name: "nothing urgent: no urgent steps",
        given: &[("housing", "own-rental"), ("urgent", "none")],
        expect: &["civic-orientation"],
        absent: &[
            "urgent-safety",
            "urgent-housing",
            "urgent-money",
            "urgent-health",
            "urgent-family",
            "urgent-legal",
        ],
        responsible: Responsible::Ask,
    },
    Case {
        name: "family reunification and legal advice",
        given: &[("urgent", "family-reunification,legal-advice")],
        expect: &["urgent-family", "urgent-legal"],
        absent: &["urgent-safety"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "not registered in a municipality, first steps missing",
        given: &[
            ("municipality-registered", "no"),
            ("first-steps-done", "identity-code"),
        ],
        expect: &["register-dvv", "first-kela", "first-tax-card", "first-bank"],
        absent: &["first-identity-code"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "all first steps done",
        given: &[
            ("municipality-registered", "yes"),
            (
                "first-steps-done",
                "identity-code,kela-card,tax-card,bank-account",
            ),
        ],
        expect: &["civic-orientation"],
        absent: &[
            "register-dvv",
            "first-identity-code",
            "first-kela",
            "first-tax-card",
            "first-bank",
        ],
        responsible: Responsible::Ask,
    },
    Case {
        name: "wellbeing: wants to talk",
        given: &[("health-affects", "a-lot"), ("talk-to-someone", "yes")],
        expect: &["talk-health"],
        absent: &[],
        responsible: Responsible::Ask,
    },
    Case {
        name: "wellbeing: prefers not to say, nothing suggested",
        given: &[("health-affects", "-"), ("talk-to-someone", "-")],
        expect: &["civic-orientation"],
        absent: &["talk-health"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "jobseeker wanting vocational studies: self-motivated studies via the plan",
        given: &[("goals", "vocational"), ("jobseeker", "yes")],
        expect: &["vocational", "self-motivated"],
        absent: &["jobseeker-register"],
        responsible: Responsible::Employment,
    },
    Case {
        name: "former entrepreneur wanting a business",
        given: &[("entrepreneur", "yes"), ("goals", "business")],
        expect: &["business"],
        absent: &["work-routes"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "interpreter and no digital skills",
        given: &[
            ("phone-skills", "a-little"),
            ("computer-skills", "no"),
            ("online-services", "no"),
            ("appointment-language", "own"),
            ("interpreter", "yes"),
        ],
        expect: &["interpreter", "social-guidance", "digital-skills"],
        absent: &[],
        responsible: Responsible::Ask,
    },
    Case {
        name: "cannot read in own language: literacy and social guidance with errands",
        given: &[("read-own", "no"), ("write-own", "no")],
        expect: &["social-guidance", "literacy", "follow-up-plan", "community"],
        absent: &["integration-training"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "reads a little and uses online services: no social guidance",
        given: &[("read-own", "a-little"), ("online-services", "well")],
        expect: &["literacy"],
        absent: &["social-guidance"],
        responsible: Responsible::Ask,
    },
    Case {
        name: "health affects daily life a lot: talk about health, social guidance",
        given: &[("health-affects", "a-lot")],
        expect: &["talk-health", "social-guidance"],
        absent: &[],
        responsible: Responsible::Ask,
    },
];

#[test]
fn at_least_25_profiles() {
    assert!(CASES.len() >= 25);
}

#[test]
fn every_profile_gets_the_expected_steps() {
    for case in CASES {
        let a = answers(case.given);
        let steps = pathway(&a, NOW);
        let ids: Vec<&str> = steps.iter().map(|s| s.id).collect();
        let mut last = None;
        for want in case.expect {
            let pos = ids.iter().position(|id| id == want);
            assert!(pos.is_some(), "{}: {want} missing from {ids:?}", case.name);
            assert!(pos >= last, "{}: {want} out of order in {ids:?}", case.name);
            last = pos;
        }
        for not in case.absent {
            assert!(
                !ids.contains(not),
                "{}: {not} should not be in {ids:?}",
                case.name
            );
        }
        assert_eq!(
            Profile::new(&a, NOW).responsible,
            case.responsible,
            "{}",
            case.name
        );
    }
}

#[test]
fn the_assessment_step_names_the_responsible_authority() {
    for (given, step, authority_id) in [
        (
            &[("jobseeker", "yes")][..],
            "assessment-employment",
            "employment",
        ),
        (
            &[("residence-basis", "protection")][..],
            "assessment-municipality",
            "integration",
        ),
        (&[][..], "assessment-ask", "guidance"),
    ] {
        let steps = pathway(&answers(given), NOW);
        let s = steps.iter().find(|s| s.id == step).expect(step);
        assert_eq!(s.authority, authority_id);
    }
}

#[test]
fn every_step_has_a_known_authority_a_source_and_reasons_from_real_answers() {
    let full = answers(&[
        ("age-group", "18-29"),
        ("residence-basis", "protection"),
        ("permit-date", "2025-01"),
        ("municipality-registered", "no"),
        ("first-steps-done", "none"),
        ("finnish", "none"),
        ("latin-alphabet", "no"),
        ("education-level", "bachelor"),
        ("education-field", "health"),
        ("has-worked", "yes"),
        ("work-fields", "teaching"),
        ("entrepreneur", "yes"),
        ("phone-skills", "no"),
        ("goals", "work-soon,vocational,university,business"),
        ("main-goal", "work-soon"),
        ("jobseeker", "yes"),
        ("has-children", "yes"),
        ("children-ages", "under-3,3-6,7-15,16-17"),
        ("home-care-allowance", "no"),
        ("housing", "none"),
        (
            "urgent",
            "money,housing,health,safety,family-reunification,legal-advice",
        ),
        ("health-affects", "a-lot"),
        ("talk-to-someone", "yes"),
        ("appointment-language", "own"),
        ("interpreter", "yes"),
    ]);
    let steps = pathway(&full, NOW);
    assert!(steps.len() >= 25, "{}", steps.len());
    for s in &steps {
        assert!(STEP_IDS.contains(&s.id), "{}", s.id);
        assert!(
            authority(s.authority).is_some(),
            "{}: {}",
            s.id,
            s.authority
        );
        assert!(
            newcomer_guide::domain::topics::step_sources(s.id).is_some(),
            "{} has no sources",
            s.id
        );
        for r in &s.reasons {
            assert_eq!(
                full.get(r.question),
                Some(&r.answer),
                "{}: reason {}",
                s.id,
                r.question
            );
        }
    }
    // Timings are in order: now, then soon, then later.
    assert!(steps.windows(2).all(|w| w[0].timing <= w[1].timing));
    assert_eq!(steps[0].timing, Timing::Now);
    // No step twice.
    let mut ids: Vec<_> = steps.iter().map(|s| s.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), steps.len());
}

#[test]
fn empty_answers_still_give_a_useful_pathway() {
    let ids: Vec<&str> = pathway(&Answers::default(), NOW)
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(
        ids,
        vec![
            "assessment-ask",
            "civic-orientation",
            "follow-up-plan",
            "community"
        ]
    );
}

/// Every step says why it is suggested: the answers that led to it, or, for
/// a step suggested to everyone, that it is.
#[test]
fn every_step_says_why() {
    let mut profiles: Vec<Answers> = CASES.iter().map(|c| answers(c.given)).collect();
    profiles.push(Answers::default());
    for a in &profiles {
        for s in pathway(a, NOW) {
            assert!(
                s.reasons.is_empty() == s.for_everyone,
                "{}: reasons {:?}, for everyone {}",
                s.id,
                s.reasons,
                s.for_everyone
            );
        }
    }
    let steps = pathway(&Answers::default(), NOW);
    for id in [
        "civic-orientation",
        "follow-up-plan",
        "community",
        "assessment-ask",
    ] {
        let s = steps.iter().find(|s| s.id == id).expect(id);
        assert!(s.for_everyone, "{id}");
    }
    // Once an answer explains the step, the answer is shown instead.
    let steps = pathway(&answers(&[("jobseeker", "no")]), NOW);
    let ask = steps.iter().find(|s| s.id == "assessment-ask").unwrap();
    assert!(!ask.for_everyone);
    assert_eq!(ask.reasons[0].question, "jobseeker");
}

/// The municipality step names the answers that placed the person there,
/// and only those: a short-term payment is not one of them.
#[test]
fn the_municipality_step_names_the_answers_that_placed_the_person_there() {
    let reasons = |given: &[(&str, &str)], step: &str| -> Vec<(&'static str, Answer)> {
        pathway(&answers(given), NOW)
            .into_iter()
            .find(|s| s.id == step)
            .unwrap_or_else(|| panic!("{step} missing for {given:?}"))
            .reasons
            .into_iter()
            .map(|r| (r.question, r.answer))
            .collect()
    };
    let choice = |c: &str| Answer::Choice(c.into());
    assert_eq!(
        reasons(
            &[
                ("residence-basis", "protection-family"),
                ("social-assistance", "lasting")
            ],
            "assessment-municipality"
        ),
        vec![
            ("residence-basis", choice("protection-family")),
            ("social-assistance", choice("lasting")),
        ]
    );
    assert_eq!(
        reasons(
            &[
                ("residence-basis", "trafficking"),
                ("social-assistance", "short-term")
            ],
            "assessment-municipality"
        ),
        vec![("residence-basis", choice("trafficking"))]
    );
    // Asked to ask both, the person sees the payment that did not decide it.
    assert_eq!(
        reasons(
            &[("jobseeker", "no"), ("social-assistance", "short-term")],
            "assessment-ask"
        ),
        vec![
            ("jobseeker", choice("no")),
            ("social-assistance", choice("short-term")),
        ]
    );
}

/// Each step's reasons quote only the questions its rule names, so the
/// table says what each rule reads.
#[test]
fn every_reason_quotes_a_question_its_rule_names() {
    let mut seen = 0;
    for case in CASES {
        for s in pathway(&answers(case.given), NOW) {
            let rule = RULES.iter().find(|r| r.step == s.id).unwrap();
            for r in &s.reasons {
                seen += 1;
                assert!(
                    rule.quotes.contains(&r.question),
                    "{}: {} quotes {}, not in {:?}",
                    case.name,
                    s.id,
                    r.question,
                    rule.quotes
                );
            }
        }
    }
    assert!(seen > 40, "{seen} reasons checked");
}
