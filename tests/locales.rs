//! Every locale has exactly the reference locale's messages, parses cleanly,
//! and uses only the variables the reference uses.

mod common;

use common::{languages, parse_locale};
use newcomer_guide::domain::i18n::{Direction, TranslationStatus, REFERENCE_LOCALE};

#[test]
fn the_eight_required_locales_are_listed() {
    let codes: Vec<String> = languages().into_iter().map(|l| l.code).collect();
    for code in ["fi", "sv", "en", "ar", "uk", "ru", "so", "fa"] {
        assert!(
            codes.contains(&code.to_string()),
            "{code} missing from languages.toml"
        );
    }
}

#[test]
fn right_to_left_locales_say_so() {
    for l in languages() {
        let rtl = matches!(l.code.as_str(), "ar" | "fa" | "ckb" | "ps" | "ur" | "he");
        assert_eq!(l.dir == Direction::Rtl, rtl, "{}: wrong dir", l.code);
    }
}

#[test]
fn only_the_reference_is_original() {
    for l in languages() {
        assert_eq!(
            l.status == TranslationStatus::Original,
            l.code == REFERENCE_LOCALE,
            "{}: status",
            l.code
        );
    }
}

#[test]
fn every_locale_parses_without_errors_or_duplicates() {
    for l in languages() {
        let p = parse_locale(&l.code);
        assert!(p.errors.is_empty(), "{}: {:#?}", l.code, p.errors);
        assert!(
            p.duplicates.is_empty(),
            "{}: duplicate ids {:?}",
            l.code,
            p.duplicates
        );
    }
}

#[test]
fn every_locale_has_exactly_the_reference_keys() {
    let reference = parse_locale(REFERENCE_LOCALE).messages;
    assert!(reference.len() > 100, "reference locale looks truncated");
    for l in languages() {
        let messages = parse_locale(&l.code).messages;
        let missing: Vec<_> = reference
            .keys()
            .filter(|k| !messages.contains_key(*k))
            .collect();
        let unknown: Vec<_> = messages
            .keys()
            .filter(|k| !reference.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", l.code);
        assert!(
            unknown.is_empty(),
            "{} has unknown keys {unknown:?}",
            l.code
        );
    }
}

#[test]
fn no_locale_uses_a_variable_the_reference_does_not() {
    let reference = parse_locale(REFERENCE_LOCALE).messages;
    for l in languages() {
        for (id, vars) in parse_locale(&l.code).messages {
            let Some(expected) = reference.get(&id) else {
                continue;
            };
            let extra: Vec<_> = vars.difference(expected).collect();
            assert!(
                extra.is_empty(),
                "{}: {id} uses unknown variables {extra:?}",
                l.code
            );
        }
    }
}

#[test]
fn no_message_is_empty_or_still_english_placeholder() {
    for l in languages() {
        let dir = common::locales_dir().join(&l.code);
        for file in newcomer_guide::domain::i18n::FTL_FILES {
            let src = std::fs::read_to_string(dir.join(file)).unwrap();
            for (n, line) in src.lines().enumerate() {
                if let Some((id, value)) = line.split_once(" = ") {
                    if !id.starts_with(' ') && !id.starts_with('#') {
                        assert!(
                            !value.trim().is_empty(),
                            "{}/{file}:{}: {id} empty",
                            l.code,
                            n + 1
                        );
                        assert!(!value.contains("TODO"), "{}/{file}:{}: TODO", l.code, n + 1);
                    }
                }
            }
        }
    }
}
