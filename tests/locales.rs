//! Every locale has exactly the reference locale's messages and terms, loads
//! into `fluent-bundle` cleanly, formats every message without errors, and
//! uses only the variables the reference uses.

mod common;

use std::collections::BTreeMap;

use common::{languages, locales_dir, parse_files, parse_locale};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use newcomer_guide::domain::i18n::{Direction, TranslationStatus, FTL_FILES, REFERENCE_LOCALE};
use unic_langid::LanguageIdentifier;

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
        let rtl = matches!(
            l.code.as_str(),
            "ar" | "fa" | "prs" | "ckb" | "ps" | "ur" | "he"
        );
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

/// One locale's files in one bundle, in the order the app loads them;
/// `problems` gets every parse error and every clash on adding a file.
fn load_bundle(code: &str, problems: &mut Vec<String>) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = code
        .parse()
        .unwrap_or_else(|e| panic!("{code}: not a language identifier: {e:?}"));
    let mut bundle = FluentBundle::new(vec![langid]);
    for file in FTL_FILES {
        let src = std::fs::read_to_string(locales_dir().join(code).join(file))
            .unwrap_or_else(|e| panic!("{code}/{file}: {e}"));
        let resource = FluentResource::try_new(src).unwrap_or_else(|(r, errs)| {
            problems.extend(errs.iter().map(|e| format!("{code}/{file}: {e:?}")));
            r
        });
        if let Err(errs) = bundle.add_resource(resource) {
            problems.extend(errs.iter().map(|e| format!("{code}/{file}: {e:?}")));
        }
    }
    bundle
}

/// A value such as the app passes for a variable of this name.
fn sample_value(var: &str) -> FluentValue<'static> {
    match var {
        "count" | "seconds" | "done" | "total" | "min" | "max" | "part" | "parts" | "line" => {
            FluentValue::from(3)
        }
        "date" => FluentValue::from("2026-03-01"),
        "query" => FluentValue::from("kela"),
        "path" => FluentValue::from("colours.primary"),
        other => FluentValue::from(format!("[{other}]")),
    }
}

#[test]
fn every_file_loads_into_a_fluent_bundle_without_errors() {
    for l in languages() {
        let mut problems = Vec::new();
        load_bundle(&l.code, &mut problems);
        assert!(problems.is_empty(), "{}: {problems:#?}", l.code);
    }
}

#[test]
fn every_term_a_message_references_is_defined() {
    for l in languages() {
        let p = parse_locale(&l.code);
        for (id, refs) in &p.term_refs {
            let undefined: Vec<_> = refs.iter().filter(|t| !p.terms.contains_key(*t)).collect();
            assert!(
                undefined.is_empty(),
                "{}: {id} references undefined terms {undefined:?}",
                l.code
            );
        }
    }
}

#[test]
fn every_locale_defines_exactly_the_reference_terms() {
    let reference: Vec<_> = parse_locale(REFERENCE_LOCALE).terms.into_keys().collect();
    for required in ["kela", "migri", "dvv", "vero", "tyomarkkinatori", "lvv"] {
        assert!(
            reference.iter().any(|t| t == required),
            "the reference lacks -{required}"
        );
    }
    for l in languages() {
        let terms: Vec<_> = parse_locale(&l.code).terms.into_keys().collect();
        assert_eq!(
            terms, reference,
            "{}: terms differ from the reference",
            l.code
        );
    }
}

#[test]
fn every_message_of_every_locale_formats_without_errors() {
    for l in languages() {
        let mut problems = Vec::new();
        let bundle = load_bundle(&l.code, &mut problems);
        let parsed = parse_locale(&l.code);
        assert!(!parsed.messages.is_empty(), "{}: no messages", l.code);
        for (id, vars) in &parsed.messages {
            let mut args = FluentArgs::new();
            for v in vars {
                args.set(v.as_str(), sample_value(v));
            }
            let message = bundle.get_message(id).expect("parsed, so in the bundle");
            let patterns = message
                .value()
                .into_iter()
                .chain(message.attributes().map(|a| a.value()));
            for pattern in patterns {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                problems.extend(errors.iter().map(|e| format!("{id}: {e:?}")));
                if text.contains('{') || text.contains('}') {
                    problems.push(format!("{id}: unresolved placeable in {text:?}"));
                }
            }
        }
        assert!(problems.is_empty(), "{}: {problems:#?}", l.code);
    }
}

/// Whether `name` stands in `text` as a whole word (not inside a longer
/// word, so "Vero" is not found in "Verokortti").
fn contains_word(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn names_of_authorities_are_written_only_in_terms() {
    for l in languages() {
        let p = parse_locale(&l.code);
        assert_names_only_in_terms(&l.code, &p.terms, &p.texts);
    }
}

/// Fails if a message of `texts` spells out a form of one of `terms`.
fn assert_names_only_in_terms(
    code: &str,
    terms: &BTreeMap<String, Vec<String>>,
    texts: &BTreeMap<String, Vec<String>>,
) {
    for (term, forms) in terms {
        for (id, texts) in texts {
            let spelled: Vec<_> = forms
                .iter()
                .filter(|form| texts.iter().any(|t| contains_word(t, form)))
                .collect();
            assert!(
                spelled.is_empty(),
                "{code}: {id} spells out {spelled:?}; write {{ -{term} }} instead"
            );
        }
    }
}

#[test]
fn a_name_in_a_word_is_not_taken_for_the_name() {
    assert!(contains_word("Apply at Kela.", "Kela"));
    assert!(contains_word("Kela-kortti", "Kela"));
    assert!(!contains_word("Verokortti", "Vero"));
    assert!(!contains_word("AVero", "Vero"));
}

/// The locales languages.toml offers for the Sweden pack.
fn sweden_locales() -> Vec<String> {
    languages()
        .into_iter()
        .filter(|l| l.packs.iter().any(|p| p == "se"))
        .map(|l| l.code)
        .collect()
}

/// The Sweden pack's names live in `se/terms.ftl`, which every locale
/// offered for Sweden has with exactly English's term ids.
#[test]
fn every_locale_offered_for_sweden_defines_exactly_its_terms() {
    let reference: Vec<_> = parse_files("en", &["se/terms.ftl"])
        .terms
        .into_keys()
        .collect();
    for required in [
        "skatteverket",
        "forsakringskassan",
        "arbetsformedlingen",
        "migrationsverket",
        "uhr",
        "socialstyrelsen",
        "sfi",
    ] {
        assert!(
            reference.iter().any(|t| t == required),
            "en/se/terms.ftl lacks -{required}"
        );
    }
    for code in sweden_locales() {
        let p = parse_files(&code, &["se/terms.ftl"]);
        assert!(p.errors.is_empty(), "{code}: {:#?}", p.errors);
        let terms: Vec<_> = p.terms.into_keys().collect();
        assert_eq!(
            terms, reference,
            "{code}/se/terms.ftl: terms differ from English's"
        );
    }
}

/// In every locale offered for Sweden, the pack's texts name authorities and
/// services only through its terms, and every term they use is defined.
#[test]
fn sweden_texts_write_names_only_in_terms() {
    use newcomer_guide::domain::pack::SWEDEN;
    for code in sweden_locales() {
        let all = parse_files(&code, SWEDEN.text_files);
        for (id, refs) in &all.term_refs {
            let undefined: Vec<_> = refs
                .iter()
                .filter(|t| !all.terms.contains_key(*t))
                .collect();
            assert!(
                undefined.is_empty(),
                "{code}: {id} references undefined terms {undefined:?}"
            );
        }
        let names = parse_files(&code, &["se/terms.ftl"]).terms;
        let own = parse_files(&code, &["se/guide.ftl", "se/questions.ftl"]).texts;
        assert_names_only_in_terms(&code, &names, &own);
    }
}
