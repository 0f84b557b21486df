//! The handover payload: round trips, hostile input, and the size bound that
//! keeps the QR code readable from a screen.

use newcomer_guide::domain::answers::{Answer, Answers};
use newcomer_guide::domain::handover::{
    base32_encode, crc32, decode, encode, from_file, to_file, Date, Decoded, Handover,
    HandoverError, PAYLOAD_VERSION,
};
use newcomer_guide::domain::pack::Country;
use newcomer_guide::domain::questions::{Kind, QUESTIONS};
use newcomer_guide::domain::sweden::questions::QUESTIONS as SE_QUESTIONS;
use proptest::prelude::*;
use qrcode::{EcLevel, QrCode, Version};

const CREATED: Date = Date {
    year: 2026,
    month: 11,
    day: 23,
};

fn handover(answers: Answers) -> Handover {
    Handover {
        answers,
        locale: "ar".into(),
        created: CREATED,
        country: Country::Finland,
        municipality: None,
    }
}

/// Every question answered with its longest possible value: the worst case
/// for the payload's size (free texts at their full length, in Latin script).
fn fully_answered(text_char: char) -> Answers {
    let mut a = Answers::default();
    // Answers that open every follow-up question.
    let openers: &[(&str, Answer)] = &[
        ("age-group", Answer::Choice("under-18".into())),
        ("mother-tongue", Answer::Choice("other".into())),
        ("education-level", Answer::Choice("doctorate".into())),
        ("has-worked", Answer::Choice("yes".into())),
        ("driving-licence", Answer::Choice("yes".into())),
        ("has-children", Answer::Choice("yes".into())),
        ("interpreter", Answer::Choice("yes".into())),
    ];
    for q in QUESTIONS {
        if let Some((_, ans)) = openers.iter().find(|(id, _)| *id == q.id) {
            a.set(q.id, ans.clone());
            continue;
        }
        let answer = match q.kind {
            Kind::Single(set) => Answer::Choice(set.options[set.options.len() - 1].to_string()),
            Kind::OneOfChosen { .. } => Answer::Choice("work-soon".into()),
            Kind::Multi { set, exclusive } => Answer::Choices(
                set.options
                    .iter()
                    .filter(|o| !exclusive.contains(o))
                    .map(|o| o.to_string())
                    .collect(),
            ),
            Kind::YearMonth => Answer::YearMonth {
                year: 2026,
                month: 11,
            },
            Kind::Number { max, .. } => Answer::Number(max),
            Kind::Text { max_chars } => Answer::Text(text_char.to_string().repeat(max_chars)),
        };
        a.set(q.id, answer);
    }
    a.set(
        "work-fields",
        Answer::Choices(vec!["health".into(), "other".into()]),
    );
    a.set("work-other", Answer::Text(text_char.to_string().repeat(40)));
    a.set(
        "mother-tongue-other",
        Answer::Text(text_char.to_string().repeat(40)),
    );
    a
}

#[test]
fn a_full_questionnaire_round_trips() {
    let a = fully_answered('w');
    assert!(
        a.visible().all(|q| a.get(q.id).is_some()),
        "every applying question answered"
    );
    let h = handover(a);
    let d = decode(&encode(&h)).unwrap();
    assert_eq!(
        d,
        Decoded {
            handover: h.clone(),
            dropped: 0
        }
    );
    let f = from_file(&to_file(&h)).unwrap();
    assert_eq!(f.handover, h);
}

/// DESIGN.md: the QR code of a fully answered questionnaire stays at version
/// 15 or lower with error correction M, so a phone camera reads it from a
/// screen. The link includes a realistic municipal base address.
#[test]
fn the_qr_code_for_a_full_questionnaire_is_version_15_or_lower() {
    let base = "https://www.example-municipality.fi/palvelut/uusi-suomessa/";
    // Latin free texts at their full length; Arabic ones at 20 letters (two
    // bytes each in UTF-8), a realistic length for a job title.
    let arabic = {
        let mut a = fully_answered('w');
        for q in ["mother-tongue-other", "work-other", "recent-work"] {
            a.set(q, Answer::Text("ع".repeat(20)));
        }
        a
    };
    for (c, answers) in [('w', fully_answered('w')), ('ع', arabic)] {
        let payload = encode(&handover(answers));
        let link = format!("{base}#/handover/{payload}");
        let qr = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M).unwrap();
        let Version::Normal(v) = qr.version() else {
            panic!("micro QR")
        };
        println!(
            "text '{c}': payload {} chars, link {} chars, QR version {v}",
            payload.len(),
            link.len()
        );
        assert!(v <= 15, "QR version {v} for {} chars", link.len());
    }
}

#[test]
fn tampered_truncated_and_foreign_payloads_are_clear_errors() {
    let good = encode(&handover(fully_answered('w')));
    // A changed character in the data: checksum.
    let mut chars: Vec<char> = good.chars().collect();
    let i = good.find('.').unwrap() + 5;
    chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
    let tampered: String = chars.into_iter().collect();
    assert_eq!(decode(&tampered), Err(HandoverError::BadChecksum));
    // Cut short in transit (with the checksum of what is left, so the
    // decoder itself must notice).
    let parts: Vec<&str> = good.split('.').collect();
    let data = newcomer_guide::domain::handover::base32_decode(parts[1]).unwrap();
    let short = &data[..data.len() / 2];
    let cut = format!(
        "1.{}.{}",
        base32_encode(short),
        base32_encode(&crc32(short).to_be_bytes())
    );
    assert_eq!(decode(&cut), Err(HandoverError::Truncated));
    // A link cut in the middle of the text.
    assert!(decode(&good[..good.len() - 3]).is_err());
    // Other versions and shapes.
    assert_eq!(
        decode(&format!("{}.{}", PAYLOAD_VERSION + 1, &good[2..])),
        Err(HandoverError::NewerVersion(PAYLOAD_VERSION + 1))
    );
    assert_eq!(decode("0.AAAA.AAAAAA"), Err(HandoverError::Malformed));
    assert_eq!(decode(""), Err(HandoverError::Empty));
    assert_eq!(decode("hello"), Err(HandoverError::Malformed));
    assert_eq!(decode("1.@@@.AAAAAA"), Err(HandoverError::Malformed));
    assert_eq!(decode(&"1.".repeat(5000)), Err(HandoverError::TooLarge));
}

#[test]
fn unknown_codes_are_dropped_and_counted() {
    // A record for wire index 200 (a question this version does not know),
    // then a valid one.
    // A valid record first (age-group, wire index 0: choice 1 = "18-29"),
    // then one 200 places later, beyond the questions this version knows.
    let mut data = vec![2, b'f', b'i', 0, 2];
    data.extend([0, 1]);
    data.extend([0x80 | ((199 * 8) & 0x7f) as u8, ((199 * 8) >> 7) as u8, 5]); // gap 199, tag 0, value 5
    let payload = format!(
        "1.{}.{}",
        base32_encode(&data),
        base32_encode(&crc32(&data).to_be_bytes())
    );
    let d = decode(&payload).unwrap();
    assert_eq!(d.dropped, 1);
    assert_eq!(
        d.handover.answers.get("age-group"),
        Some(&Answer::Choice("18-29".into()))
    );
    assert_eq!(d.handover.locale, "fi");
}

/// A file saved by the build before serde (its own JSON writer), captured
/// from that build. Caseworkers hold such files: they must open, and this
/// build must write the same answers to the same text.
const OLD_FILE: &str = r#"{
  "format": "newcomer-guide-handover",
  "schema": 1,
  "created": "2026-11-23",
  "locale": "ar",
  "payload": "1.AJQXFVQTBEAACBIC7IDBAFAED5LW63DPMYWCAISEMFVWC4RCEBOCALZAYOSCBWFZBIEQC77CQCUDWCMHAFAQSBQ.SZTHU2A"
}"#;

#[test]
fn an_old_handover_file_opens() {
    let mut a = Answers::default();
    let choice = |c: &str| Answer::Choice(c.into());
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
        Answer::Text("Wolof, \"Dakar\" \\ / ä ع\n\t\u{1}\u{7f}\u{2028}".into()),
    );
    a.set(
        "urgent",
        Answer::Choices(vec!["money".into(), "safety".into()]),
    );
    a.set("health-affects", Answer::PreferNot);
    a.set("residence-basis", Answer::DontKnow);
    a.set("strengths", Answer::Skipped);
    let h = handover(a);
    assert_eq!(
        from_file(OLD_FILE),
        Ok(Decoded {
            handover: h.clone(),
            dropped: 0
        })
    );
    assert_eq!(to_file(&h), OLD_FILE);
}

#[test]
fn file_errors() {
    assert_eq!(from_file(""), Err(HandoverError::Empty));
    assert_eq!(from_file("{not json"), Err(HandoverError::NotJson));
    assert_eq!(
        from_file("{\"hello\":1}"),
        Err(HandoverError::NotHandoverFile)
    );
    assert_eq!(
        from_file("{\"format\":\"newcomer-guide-handover\",\"schema\":9,\"payload\":\"x\"}"),
        Err(HandoverError::NewerVersion(9))
    );
    assert_eq!(
        from_file(
            "{\"format\":\"newcomer-guide-handover\",\"schema\":1,\"payload\":\"1.AA.AAAAAAA\"}"
        ),
        Err(HandoverError::BadChecksum)
    );
    assert_eq!(from_file(&" ".repeat(70_000)), Err(HandoverError::TooLarge));
    // JSON, but of another shape: not a handover file (rather than "not JSON").
    assert_eq!(from_file("[1,2]"), Err(HandoverError::NotHandoverFile));
    assert_eq!(
        from_file("{\"format\":\"newcomer-guide-handover\",\"schema\":1.5,\"payload\":\"x\"}"),
        Err(HandoverError::NotHandoverFile)
    );
    assert_eq!(
        from_file("{\"format\":\"newcomer-guide-handover\",\"schema\":1,\"payload\":7}"),
        Err(HandoverError::NotHandoverFile)
    );
    // A newer schema is reported as such, whatever else it changed.
    assert_eq!(
        from_file("{\"format\":\"newcomer-guide-handover\",\"schema\":2,\"payload\":[1]}"),
        Err(HandoverError::NewerVersion(2))
    );
    // Deeply nested input is an error, not a stack overflow.
    assert_eq!(from_file(&"[".repeat(10_000)), Err(HandoverError::NotJson));
}

fn arb_answers() -> impl Strategy<Value = Answers> {
    prop::collection::vec(
        (
            0usize..QUESTIONS.len(),
            any::<u64>(),
            "[a-zA-Zäöü ا-ي]{1,30}",
        ),
        0..60,
    )
    .prop_map(|ops| {
        let mut a = Answers::default();
        for (i, bits, text) in ops {
            let q = &QUESTIONS[i];
            let answer = match (bits % 9, q.kind) {
                (0, _) => Answer::DontKnow,
                (1, _) => Answer::PreferNot,
                (2, _) => Answer::Skipped,
                (_, Kind::Single(set) | Kind::OneOfChosen { set, .. }) => Answer::Choice(
                    set.options[(bits >> 8) as usize % set.options.len()].to_string(),
                ),
                (_, Kind::Multi { set, .. }) => Answer::Choices(
                    set.options
                        .iter()
                        .enumerate()
                        .filter(|(j, _)| bits >> 8 >> j & 1 == 1)
                        .map(|(_, o)| o.to_string())
                        .collect(),
                ),
                (_, Kind::YearMonth) => Answer::YearMonth {
                    year: 1950 + (bits >> 8) as u16 % 77,
                    month: 1 + (bits >> 20) as u8 % 12,
                },
                (_, Kind::Number { .. }) => Answer::Number((bits >> 8) as u32 % 31),
                (_, Kind::Text { .. }) => {
                    Answer::Text(text.trim().chars().take(40).collect::<String>() + "x")
                }
            };
            a.set(q.id, answer);
        }
        a
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn encode_then_decode_returns_the_same_answers(a in arb_answers(), day in 0u8..28) {
        let h = Handover { answers: a, locale: "fa".into(), created: Date { year: 2026, month: 3, day: day + 1 }, country: Country::Finland, municipality: None };
        let d = decode(&encode(&h)).unwrap();
        prop_assert_eq!(d.dropped, 0);
        prop_assert_eq!(d.handover, h);
    }

    #[test]
    fn random_text_never_panics_the_decoder(s in ".{0,400}") {
        let _ = decode(&s);
        let _ = from_file(&s);
    }

    /// Random bytes behind a correct checksum reach the binary reader itself.
    #[test]
    fn random_bytes_never_panic_the_decoder(data in prop::collection::vec(any::<u8>(), 0..300)) {
        let payload = format!("1.{}.{}", base32_encode(&data), base32_encode(&crc32(&data).to_be_bytes()));
        let _ = decode(&payload);
    }
}

/// The saved file has exactly the fields the shipped JSON Schema names, with
/// the constant format and values of the documented shapes.
#[test]
fn the_saved_file_matches_the_published_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/handover.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let file: serde_json::Value =
        serde_json::from_str(&to_file(&handover(fully_answered('w')))).unwrap();
    let props = schema["properties"].as_object().unwrap();
    let fields = file.as_object().unwrap();
    for required in schema["required"].as_array().unwrap() {
        assert!(
            fields.contains_key(required.as_str().unwrap()),
            "{required}"
        );
    }
    for key in fields.keys() {
        assert!(props.contains_key(key), "{key} is not in the schema");
    }
    assert_eq!(file["format"], schema["properties"]["format"]["const"]);
    assert_eq!(file["schema"], 1);
    let payload = file["payload"].as_str().unwrap();
    let parts: Vec<&str> = payload.split('.').collect();
    assert_eq!(parts.len(), 3);
    assert!(parts[0].chars().all(|c| c.is_ascii_digit()));
    assert!(parts[1..].iter().all(|p| p
        .chars()
        .all(|c| c.is_ascii_uppercase() || ('2'..='7').contains(&c))));
    assert!(
        payload.len()
            <= schema["properties"]["payload"]["maxLength"]
                .as_u64()
                .unwrap() as usize
    );
}

#[test]
fn a_finnish_handover_without_municipality_is_still_version_1() {
    let mut a = Answers::default();
    a.set("age-group", Answer::Choice("25-29".into()));
    let payload = encode(&handover(a));
    assert!(payload.starts_with("1."), "{payload}");
}

/// A Swedish handover of a regional site names its pack and municipality,
/// and its answers (Sweden's own questions) come back unchanged.
#[test]
fn a_swedish_handover_round_trips_with_its_municipality() {
    let mut a = Answers::default();
    a.set_in(SE_QUESTIONS, "age", Answer::Number(34));
    a.set_in(SE_QUESTIONS, "permit", Answer::Choice("refugee".into()));
    a.set_in(SE_QUESTIONS, "personnummer", Answer::Choice("no".into()));
    a.set_in(SE_QUESTIONS, "school-years", Answer::Number(9));
    a.set_in(SE_QUESTIONS, "has-children", Answer::Choice("yes".into()));
    a.set_in(
        SE_QUESTIONS,
        "children-ages",
        Answer::Choices(vec!["1-5".into(), "16-19".into()]),
    );
    a.set_in(SE_QUESTIONS, "health-affects", Answer::PreferNot);
    assert_eq!(a.len(), 7);
    let h = Handover {
        answers: a,
        locale: "ar".into(),
        created: CREATED,
        country: Country::Sweden,
        municipality: Some("trollhattan".into()),
    };
    let payload = encode(&h);
    assert!(payload.starts_with("2."), "{payload}");
    let back = decode(&payload).unwrap();
    assert_eq!(back.dropped, 0);
    assert_eq!(back.handover, h);
    // The file wraps the same payload.
    assert_eq!(from_file(&to_file(&h)).unwrap().handover, h);
}

#[test]
fn a_finnish_handover_of_a_regional_site_keeps_its_municipality() {
    let mut a = Answers::default();
    a.set("age-group", Answer::Choice("25-29".into()));
    let mut h = handover(a);
    h.municipality = Some("esimerkkila".into());
    let back = decode(&encode(&h)).unwrap().handover;
    assert_eq!(back, h);
}

#[test]
fn an_unknown_pack_is_a_clear_error() {
    // Version 2 with the pack code "xx".
    let data = [2, b'a', b'r', 0, 2, b'x', b'x', 0, 0];
    let payload = format!(
        "2.{}.{}",
        base32_encode(&data),
        base32_encode(&crc32(&data).to_be_bytes())
    );
    assert_eq!(decode(&payload), Err(HandoverError::Malformed));
}
