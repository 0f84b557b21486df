//! The Sweden pack's pathway rules, profile by profile (DOMAIN.md §7): who
//! runs the introduction, the SFI study path, and the steps by age, permit,
//! schooling, literacy and children.

use newcomer_guide::domain::sweden::{
    establishment_eligible, pathway, responsible, sfi_path, Permit, Person, Responsible, Skill,
    Urgent, RULES,
};
use newcomer_guide::domain::topics::se;

/// A person with a refugee permit, aged 30, ten years of school, reading
/// well, no children, registered, with e-ID: each profile changes this.
fn base() -> Person {
    Person {
        age: 30,
        permit: Permit::Refugee,
        school_years: 10,
        reads_own_language: Skill::Well,
        reads_latin_alphabet: Skill::Well,
        degree: false,
        health_profession: false,
        children: Vec::new(),
        has_personnummer: true,
        has_e_id: true,
        needs_interpreter: false,
        urgent: Vec::new(),
    }
}

struct Case {
    name: &'static str,
    person: fn() -> Person,
    expect: &'static [&'static str],
    absent: &'static [&'static str],
    responsible: Responsible,
}

use Responsible::{Arbetsformedlingen as Af, Municipality as Mun};

const CASES: &[Case] = &[
    Case {
        name: "refugee, 30: the establishment programme and its money",
        person: base,
        expect: &[
            "se-establishment",
            "se-forsakringskassan",
            "se-sfi-path-2",
            "se-civic-orientation",
            "se-community",
        ],
        absent: &[
            "se-establishment-not-eligible",
            "se-folkbokforing",
            "se-e-id",
        ],
        responsible: Af,
    },
    Case {
        name: "aged 19: not yet in the programme, so no civic orientation right either",
        person: || Person { age: 19, ..base() },
        expect: &["se-establishment-not-eligible", "se-sfi-path-2"],
        absent: &[
            "se-establishment",
            "se-forsakringskassan",
            "se-civic-orientation",
        ],
        responsible: Mun,
    },
    Case {
        name: "aged 20: the first year of the programme's ages",
        person: || Person { age: 20, ..base() },
        expect: &["se-establishment"],
        absent: &["se-establishment-not-eligible"],
        responsible: Af,
    },
    Case {
        name: "aged 65: the last year of the programme's ages",
        person: || Person { age: 65, ..base() },
        expect: &["se-establishment"],
        absent: &["se-establishment-not-eligible"],
        responsible: Af,
    },
    Case {
        name: "aged 66: past the programme's ages",
        person: || Person { age: 66, ..base() },
        expect: &["se-establishment-not-eligible", "se-sfi-path-2"],
        absent: &["se-establishment", "se-civic-orientation"],
        responsible: Mun,
    },
    Case {
        name: "alternative protection: the programme",
        person: || Person {
            permit: Permit::Protection,
            ..base()
        },
        expect: &["se-establishment"],
        absent: &[],
        responsible: Af,
    },
    Case {
        name: "family member of a refugee: the programme and civic orientation",
        person: || Person {
            permit: Permit::FamilyOfProtected,
            ..base()
        },
        expect: &["se-establishment", "se-civic-orientation"],
        absent: &[],
        responsible: Af,
    },
    Case {
        name: "other family ties: the municipality, civic orientation",
        person: || Person {
            permit: Permit::Family,
            ..base()
        },
        expect: &["se-establishment-not-eligible", "se-civic-orientation"],
        absent: &["se-establishment"],
        responsible: Mun,
    },
    Case {
        name: "work permit: the municipality, no civic orientation right",
        person: || Person {
            permit: Permit::Work,
            ..base()
        },
        expect: &["se-establishment-not-eligible", "se-sfi-path-2"],
        absent: &["se-establishment", "se-civic-orientation"],
        responsible: Mun,
    },
    Case {
        name: "study permit: the municipality",
        person: || Person {
            permit: Permit::Study,
            ..base()
        },
        expect: &["se-establishment-not-eligible"],
        absent: &["se-establishment", "se-civic-orientation"],
        responsible: Mun,
    },
    Case {
        name: "EU citizen: the municipality",
        person: || Person {
            permit: Permit::Eu,
            ..base()
        },
        expect: &["se-establishment-not-eligible"],
        absent: &["se-establishment", "se-forsakringskassan"],
        responsible: Mun,
    },
    Case {
        name: "other permit: the municipality",
        person: || Person {
            permit: Permit::Other,
            ..base()
        },
        expect: &["se-establishment-not-eligible"],
        absent: &["se-establishment"],
        responsible: Mun,
    },
    Case {
        name: "no schooling: SFI path 1",
        person: || Person {
            school_years: 0,
            ..base()
        },
        expect: &["se-sfi-path-1"],
        absent: &["se-sfi-path-2", "se-sfi-path-3"],
        responsible: Af,
    },
    Case {
        name: "six years of school: SFI path 1",
        person: || Person {
            school_years: 6,
            ..base()
        },
        expect: &["se-sfi-path-1"],
        absent: &["se-sfi-path-2"],
        responsible: Af,
    },
    Case {
        name: "seven years of school, reading well: SFI path 2",
        person: || Person {
            school_years: 7,
            ..base()
        },
        expect: &["se-sfi-path-2"],
        absent: &["se-sfi-path-1", "se-sfi-path-3"],
        responsible: Af,
    },
    Case {
        name: "twelve years of school: SFI path 3",
        person: || Person {
            school_years: 12,
            ..base()
        },
        expect: &["se-sfi-path-3"],
        absent: &["se-sfi-path-2"],
        responsible: Af,
    },
    Case {
        name: "a degree: SFI path 3 and UHR",
        person: || Person {
            school_years: 16,
            degree: true,
            ..base()
        },
        expect: &["se-sfi-path-3", "se-uhr"],
        absent: &["se-sfi-path-1"],
        responsible: Af,
    },
    Case {
        name: "long schooling but not reading well in own language: SFI path 1",
        person: || Person {
            school_years: 12,
            reads_own_language: Skill::ALittle,
            ..base()
        },
        expect: &["se-sfi-path-1"],
        absent: &["se-sfi-path-3"],
        responsible: Af,
    },
    Case {
        name: "reads own language well, Latin alphabet not at all: SFI path 1",
        person: || Person {
            reads_latin_alphabet: Skill::No,
            ..base()
        },
        expect: &["se-sfi-path-1"],
        absent: &["se-sfi-path-2"],
        responsible: Af,
    },
    Case {
        name: "reads own language well, Latin alphabet a little: SFI path 2",
        person: || Person {
            reads_latin_alphabet: Skill::ALittle,
            ..base()
        },
        expect: &["se-sfi-path-2"],
        absent: &["se-sfi-path-1"],
        responsible: Af,
    },
    Case {
        name: "cannot read at all: SFI path 1",
        person: || Person {
            reads_own_language: Skill::No,
            reads_latin_alphabet: Skill::No,
            school_years: 0,
            ..base()
        },
        expect: &["se-sfi-path-1"],
        absent: &["se-sfi-path-2", "se-sfi-path-3"],
        responsible: Af,
    },
    Case {
        name: "aged 15: no SFI yet, no programme",
        person: || Person { age: 15, ..base() },
        expect: &["se-establishment-not-eligible"],
        absent: &[
            "se-sfi-path-1",
            "se-sfi-path-2",
            "se-sfi-path-3",
            "se-civic-orientation",
        ],
        responsible: Mun,
    },
    Case {
        name: "aged 16: SFI, but no civic orientation before 18",
        person: || Person { age: 16, ..base() },
        expect: &["se-sfi-path-2"],
        absent: &["se-civic-orientation"],
        responsible: Mun,
    },
    Case {
        name: "a child of 3: förskola",
        person: || Person {
            children: vec![3],
            ..base()
        },
        expect: &["se-forskola"],
        absent: &["se-school", "se-upper-secondary"],
        responsible: Af,
    },
    Case {
        name: "a child of 6 and one of 15: school",
        person: || Person {
            children: vec![6, 15],
            ..base()
        },
        expect: &["se-school"],
        absent: &["se-forskola", "se-upper-secondary"],
        responsible: Af,
    },
    Case {
        name: "a child of 17: upper secondary school",
        person: || Person {
            children: vec![17],
            ..base()
        },
        expect: &["se-upper-secondary"],
        absent: &["se-school"],
        responsible: Af,
    },
    Case {
        name: "children of 1, 9 and 19: every school step",
        person: || Person {
            children: vec![1, 9, 19],
            ..base()
        },
        expect: &["se-forskola", "se-school", "se-upper-secondary"],
        absent: &[],
        responsible: Af,
    },
    Case {
        name: "no personnummer yet: folkbokföring first, and e-ID waits for it",
        person: || Person {
            has_personnummer: false,
            has_e_id: false,
            ..base()
        },
        expect: &["se-folkbokforing", "se-establishment", "se-e-id"],
        absent: &[],
        responsible: Af,
    },
    Case {
        name: "a nurse: Socialstyrelsen's licence",
        person: || Person {
            health_profession: true,
            degree: true,
            school_years: 15,
            ..base()
        },
        expect: &["se-uhr", "se-socialstyrelsen"],
        absent: &[],
        responsible: Af,
    },
    Case {
        name: "urgent housing, safety and health first",
        person: || Person {
            urgent: vec![Urgent::Health, Urgent::Housing, Urgent::Safety],
            ..base()
        },
        expect: &[
            "se-urgent-housing",
            "se-urgent-safety",
            "se-urgent-health",
            "se-establishment",
        ],
        absent: &[],
        responsible: Af,
    },
    Case {
        name: "needs an interpreter",
        person: || Person {
            needs_interpreter: true,
            ..base()
        },
        expect: &["se-interpreter"],
        absent: &[],
        responsible: Af,
    },
];

#[test]
fn at_least_25_profiles() {
    assert!(CASES.len() >= 25, "{}", CASES.len());
}

#[test]
fn every_profile_gets_its_steps_in_order_and_its_responsible_authority() {
    for case in CASES {
        let p = (case.person)();
        let ids: Vec<&str> = pathway(&p).iter().map(|s| s.id).collect();
        let mut last = None;
        for id in case.expect {
            let at = ids
                .iter()
                .position(|s| s == id)
                .unwrap_or_else(|| panic!("{}: {id} missing in {ids:?}", case.name));
            assert!(
                last.is_none_or(|l| l < at),
                "{}: {id} out of order in {ids:?}",
                case.name
            );
            last = Some(at);
        }
        for id in case.absent {
            assert!(
                !ids.contains(id),
                "{}: {id} should not be in {ids:?}",
                case.name
            );
        }
        assert_eq!(responsible(&p), case.responsible, "{}", case.name);
        // Exactly one of the two programme steps says who is responsible.
        let programme = ids.contains(&"se-establishment");
        assert_eq!(programme, establishment_eligible(&p), "{}", case.name);
        assert_ne!(
            programme,
            ids.contains(&"se-establishment-not-eligible"),
            "{}",
            case.name
        );
        // At most one SFI path.
        assert!(
            ids.iter().filter(|s| s.starts_with("se-sfi-path")).count() <= 1,
            "{}",
            case.name
        );
    }
}

#[test]
fn the_sfi_path_follows_schooling_and_literacy() {
    let with = |school_years, own, latin, degree| {
        sfi_path(&Person {
            school_years,
            reads_own_language: own,
            reads_latin_alphabet: latin,
            degree,
            ..base()
        })
    };
    for (years, own, latin, degree, path) in [
        (0, Skill::No, Skill::No, false, 1),
        (3, Skill::Well, Skill::Well, false, 1),
        (9, Skill::ALittle, Skill::Well, false, 1),
        (9, Skill::Well, Skill::No, false, 1),
        (9, Skill::Well, Skill::ALittle, false, 2),
        (11, Skill::Well, Skill::Well, false, 2),
        (12, Skill::Well, Skill::Well, false, 3),
        (8, Skill::Well, Skill::Well, true, 3),
    ] {
        assert_eq!(
            with(years, own, latin, degree),
            path,
            "{years} years, {own:?}, {latin:?}, degree {degree}"
        );
    }
}

#[test]
fn every_step_says_why_with_the_facts_its_rule_names() {
    for case in CASES {
        for s in pathway(&(case.person)()) {
            let rule = RULES.iter().find(|r| r.step == s.id).unwrap();
            assert!(
                s.id == "se-community" || !s.reasons.is_empty(),
                "{}: {} has no reason",
                case.name,
                s.id
            );
            for f in &s.reasons {
                assert!(
                    rule.quotes.contains(&f.fact),
                    "{}: {} quotes {}",
                    case.name,
                    s.id,
                    f.fact
                );
            }
        }
    }
}

#[test]
fn every_rule_has_its_sources_authority_and_texts_in_the_pack() {
    let mut rule_ids: Vec<&str> = RULES.iter().map(|r| r.step).collect();
    rule_ids.sort_unstable();
    let mut data_ids: Vec<&str> = se::STEP_SOURCES.iter().map(|s| s.step).collect();
    data_ids.sort_unstable();
    assert_eq!(rule_ids, data_ids, "rules and content/se/steps.toml");
    for r in RULES {
        assert!(
            se::AUTHORITIES.iter().any(|a| a.id == r.authority),
            "{}: unknown authority {}",
            r.step,
            r.authority
        );
    }
}

mod questionnaire {
    use newcomer_guide::domain::answers::{Answer, Answers};
    use newcomer_guide::domain::questions::SECTIONS;
    use newcomer_guide::domain::sweden::questions::{person, QUESTIONS};
    use newcomer_guide::domain::sweden::{pathway, Permit, Skill, Urgent};

    fn set(a: &mut Answers, q: &str, v: Answer) {
        a.set_in(QUESTIONS, q, v);
    }
    fn choice(c: &str) -> Answer {
        Answer::Choice(c.into())
    }
    fn visible(a: &Answers) -> Vec<&'static str> {
        a.visible_in(QUESTIONS).map(|q| q.id).collect()
    }

    #[test]
    fn ids_are_unique_and_sections_known() {
        let mut ids: Vec<_> = QUESTIONS.iter().map(|q| q.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS.len());
        for q in QUESTIONS {
            assert!(SECTIONS.iter().any(|s| s.id == q.section), "{}", q.id);
            if let Some(dep) = q.condition.depends_on() {
                let at = |id| QUESTIONS.iter().position(|x| x.id == id).unwrap();
                assert!(at(dep) < at(q.id), "{} depends on a later question", q.id);
            }
        }
        // Health is optional, with "prefer not to say".
        let health = QUESTIONS.iter().find(|q| q.id == "health-affects").unwrap();
        assert!(health.optional && health.prefer_not);
    }

    #[test]
    fn follow_up_questions_appear_and_go_with_their_answer() {
        let mut a = Answers::default();
        let start = visible(&a);
        for hidden in [
            "e-id",
            "children-ages",
            "education-field",
            "interpreter-language",
        ] {
            assert!(
                !start.contains(&hidden),
                "{hidden} shown before its question"
            );
        }
        set(&mut a, "personnummer", choice("yes"));
        set(&mut a, "e-id", choice("no"));
        set(&mut a, "has-children", choice("yes"));
        set(
            &mut a,
            "children-ages",
            Answer::Choices(vec!["6-15".into()]),
        );
        set(&mut a, "education-level", choice("bachelor"));
        set(&mut a, "education-field", choice("health"));
        set(&mut a, "interpreter", choice("yes"));
        let now = visible(&a);
        for shown in [
            "e-id",
            "children-ages",
            "education-field",
            "interpreter-language",
        ] {
            assert!(now.contains(&shown), "{shown} not shown");
        }
        // Changing the root answer drops the follow-up's answer.
        set(&mut a, "personnummer", choice("no"));
        assert_eq!(a.get("e-id"), None);
        set(&mut a, "has-children", choice("no"));
        assert_eq!(a.get("children-ages"), None);
        // An id of the Finland pack is not an answer here.
        set(&mut a, "jobseeker", choice("yes"));
        assert_eq!(a.get("jobseeker"), None);
    }

    #[test]
    fn answers_give_the_person_and_the_pathway() {
        let mut a = Answers::default();
        set(&mut a, "age", Answer::Number(34));
        set(&mut a, "permit", choice("family-of-protected"));
        set(&mut a, "personnummer", choice("yes"));
        set(&mut a, "e-id", choice("no"));
        set(&mut a, "read-own", choice("well"));
        set(&mut a, "latin-alphabet", choice("a-little"));
        set(&mut a, "school-years", Answer::Number(9));
        set(&mut a, "education-level", choice("vocational"));
        set(&mut a, "education-field", choice("health"));
        set(&mut a, "has-children", choice("yes"));
        set(
            &mut a,
            "children-ages",
            Answer::Choices(vec!["1-5".into(), "16-19".into()]),
        );
        set(&mut a, "urgent", Answer::Choices(vec!["housing".into()]));
        let p = person(&a);
        assert_eq!(p.age, 34);
        assert_eq!(p.permit, Permit::FamilyOfProtected);
        assert_eq!(p.reads_latin_alphabet, Skill::ALittle);
        assert!(p.health_profession && !p.degree && p.has_personnummer && !p.has_e_id);
        assert_eq!(p.children, vec![3, 17]);
        assert_eq!(p.urgent, vec![Urgent::Housing]);
        let ids: Vec<_> = pathway(&p).iter().map(|s| s.id).collect();
        for id in [
            "se-urgent-housing",
            "se-establishment",
            "se-e-id",
            "se-sfi-path-2",
            "se-civic-orientation",
            "se-forskola",
            "se-upper-secondary",
            "se-socialstyrelsen",
        ] {
            assert!(ids.contains(&id), "{id} missing in {ids:?}");
        }
        assert!(!ids.contains(&"se-folkbokforing"));
    }

    #[test]
    fn unanswered_reads_as_the_cautious_value() {
        let p = person(&Answers::default());
        assert_eq!(p.permit, Permit::Other);
        assert!(!p.has_personnummer && !p.has_e_id);
        let ids: Vec<_> = pathway(&p).iter().map(|s| s.id).collect();
        assert!(ids.contains(&"se-establishment-not-eligible"));
        assert!(ids.contains(&"se-folkbokforing"));
    }
}

/// The questionnaire's texts are there in English and Swedish: every
/// question, its help where it has one, and the pack's own options.
#[test]
fn every_question_has_its_texts_in_english_and_swedish() {
    use newcomer_guide::domain::sweden::questions::{
        CHILD_AGES, HOUSING, PERMIT, QUESTIONS, URGENT,
    };
    let mut wanted: Vec<String> = Vec::new();
    for q in QUESTIONS {
        wanted.push(format!("se-q-{}", q.id));
        if q.help {
            wanted.push(format!("se-q-{}-help", q.id));
        }
    }
    for set in [PERMIT, CHILD_AGES, HOUSING, URGENT] {
        wanted.extend(set.options.iter().map(|o| set.option_key(o)));
    }
    for code in ["en", "sv"] {
        let path = format!(
            "{}/locales/{code}/se/questions.ftl",
            env!("CARGO_MANIFEST_DIR")
        );
        let src = std::fs::read_to_string(&path).unwrap();
        let res =
            fluent_syntax::parser::parse(src.as_str()).unwrap_or_else(|_| panic!("{path} parses"));
        let ids: Vec<String> = res
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        let missing: Vec<_> = wanted.iter().filter(|k| !ids.contains(k)).collect();
        assert!(
            missing.is_empty(),
            "{code}/se/questions.ftl lacks {missing:?}"
        );
    }
}
