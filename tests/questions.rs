//! The questionnaire's texts exist in every locale, and random use never
//! leaves an answer to a question that does not apply.

mod common;

use common::{languages, parse_locale};
use newcomer_guide::domain::answers::{validate, Answer, Answers, Loaded, Today};
use newcomer_guide::domain::assessment::{Profile, Responsible};
use newcomer_guide::domain::handover::{decode, encode};
use newcomer_guide::domain::questions::{question, Kind, QUESTIONS, SECTIONS};
use proptest::prelude::*;

#[test]
fn every_question_text_is_in_every_locale() {
    for l in languages() {
        let messages = parse_locale(&l.code).messages;
        let mut need: Vec<String> = Vec::new();
        for q in QUESTIONS {
            need.extend(q.text_keys());
        }
        for s in SECTIONS {
            need.push(s.title_key());
            if s.intro {
                need.push(s.intro_key());
            }
        }
        need.extend((1..=12).map(|m| format!("month-{m}")));
        for key in need {
            assert!(messages.contains_key(&key), "{}: {key}", l.code);
        }
    }
}

#[test]
fn no_orphan_question_texts_in_the_reference() {
    let messages = parse_locale("en").messages;
    for key in messages.keys().filter(|k| k.starts_with("q-")) {
        let id = key.trim_start_matches("q-").trim_end_matches("-help");
        assert!(
            QUESTIONS.iter().any(|q| q.id == id),
            "{key} belongs to no question"
        );
    }
}

/// Made by the build before social assistance asked how long (residence
/// basis "family", jobseeker "no", social assistance "yes"; then one with
/// social assistance "no"), captured from that build.
const OLD_PAYLOAD_YES: &str = "1.AJSW5YATAMEADAACAEAAA.CPC24JI";
const OLD_PAYLOAD_NO: &str = "1.AJSW5YATAGMAEAI.WT2I7JQ";
const OLD_STORED_YES: &str = r#"{"v":2,"answers":{"jobseeker":{"choice":"no"},"residence-basis":{"choice":"family"},"social-assistance":{"choice":"yes"}}}"#;

fn choice(c: &str) -> Answer {
    Answer::Choice(c.into())
}

/// The old "yes" keeps its code and its meaning: social assistance, for how
/// long not said. It is not taken for a lasting one, and it is no longer
/// offered; the old codes keep their places, so old payloads read the same.
#[test]
fn old_social_assistance_answers_still_read_as_they_meant() {
    let old = decode(OLD_PAYLOAD_YES).expect("old payload decodes");
    assert_eq!(old.dropped, 0);
    let a = &old.handover.answers;
    assert_eq!(a.get("social-assistance"), Some(&choice("yes")));
    assert_eq!(a.get("residence-basis"), Some(&choice("family")));
    assert_eq!(a.get("jobseeker"), Some(&choice("no")));
    assert_eq!(
        encode(&old.handover),
        OLD_PAYLOAD_YES,
        "same codes, same places"
    );
    assert_eq!(Profile::new(a, Today::MAX).responsible, Responsible::Ask);

    let no = decode(OLD_PAYLOAD_NO).expect("old payload decodes");
    assert_eq!(no.dropped, 0);
    assert_eq!(
        no.handover.answers.get("social-assistance"),
        Some(&choice("no"))
    );

    let Ok(Loaded::Current { answers, dropped }) = Answers::from_stored(OLD_STORED_YES) else {
        panic!("old stored answers do not load")
    };
    assert_eq!(dropped, 0);
    assert_eq!(&answers, a);
    assert_eq!(answers.to_stored(), OLD_STORED_YES);

    let q = question("social-assistance").unwrap();
    let offered = answers.options_for(q);
    assert_eq!(offered, vec!["lasting", "short-term", "no"]);
    // A lasting one, chosen now, moves the responsibility.
    let mut now = answers.clone();
    now.set("social-assistance", choice("lasting"));
    assert_eq!(
        Profile::new(&now, Today::MAX).responsible,
        Responsible::Municipality
    );
}

/// The residence bases added for the municipality's responsibility are
/// offered, and the older ones keep their places in the payload.
#[test]
fn new_residence_bases_are_offered_and_old_ones_keep_their_codes() {
    let q = question("residence-basis").unwrap();
    let offered = Answers::default().options_for(q);
    for code in ["protection-family", "trafficking"] {
        assert!(offered.contains(&code), "{code}");
    }
    assert_eq!(offered.last(), Some(&"other"), "another reason comes last");
    let set = q.kind.option_set().unwrap();
    assert_eq!(
        set.options[..7],
        [
            "protection",
            "family",
            "work",
            "study",
            "eu",
            "temporary-protection",
            "other"
        ]
    );
}

/// An answer attempt for a question, built from random numbers the way a
/// person (or a bug) might: often valid, sometimes not.
fn attempt(q: usize, pick: u32, bits: u32, year: u16, text_len: usize) -> (usize, Answer) {
    let question = &QUESTIONS[q % QUESTIONS.len()];
    let answer = match pick % 10 {
        0 => Answer::DontKnow,
        1 => Answer::PreferNot,
        2 => Answer::Skipped,
        _ => match question.kind {
            Kind::Single(set) | Kind::OneOfChosen { set, .. } => {
                Answer::Choice(set.options[(bits as usize) % set.options.len()].to_string())
            }
            Kind::Multi { set, .. } => Answer::Choices(
                set.options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| bits & (1 << (i % 32)) != 0)
                    .map(|(_, o)| o.to_string())
                    .collect(),
            ),
            Kind::YearMonth => Answer::YearMonth {
                year,
                month: (bits % 14) as u8,
            },
            Kind::Number { .. } => Answer::Number(bits % 40),
            Kind::Text { .. } => Answer::Text("x".repeat(text_len)),
        },
    };
    (q % QUESTIONS.len(), answer)
}

fn assert_consistent(a: &Answers) {
    for (id, answer) in a.iter() {
        let q = QUESTIONS
            .iter()
            .find(|q| q.id == id)
            .expect("known question");
        assert!(a.applies(q), "{id} kept but does not apply");
        assert!(
            validate(q, answer, a, Today::MAX).is_ok(),
            "{id} kept an invalid answer {answer:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Any sequence of answers and changes, validated as the app does or
    /// set directly, leaves no answer to a hidden question, survives the
    /// stored form unchanged, and never panics.
    #[test]
    fn random_answer_sequences_stay_consistent(
        ops in prop::collection::vec((0usize..100, any::<u32>(), any::<u32>(), 1900u16..2100, 0usize..100, any::<bool>()), 1..120)
    ) {
        let mut a = Answers::default();
        let today = Today { year: 2026, month: 11 };
        for (q, pick, bits, year, len, checked) in ops {
            let (i, answer) = attempt(q, pick, bits, year, len);
            let question = &QUESTIONS[i];
            if !checked || validate(question, &answer, &a, today).is_ok() {
                a.set(question.id, answer);
            }
            assert_consistent(&a);
        }
        let stored = a.to_stored();
        match Answers::from_stored(&stored) {
            Ok(Loaded::Current { answers, dropped }) => {
                prop_assert_eq!(answers, a);
                prop_assert_eq!(dropped, 0);
            }
            other => prop_assert!(false, "round trip failed: {:?}", other),
        }
    }

    /// Random text as stored data never panics the loader.
    #[test]
    fn random_stored_text_never_panics(s in ".{0,300}") {
        let _ = Answers::from_stored(&s);
        let _ = Answers::from_stored(&format!("{{\"v\":2,\"answers\":{s}}}"));
        let _ = Answers::from_stored(&format!("{{\"v\":1,\"answers\":{{\"housing\":{s:?}}}}}"));
    }
}
