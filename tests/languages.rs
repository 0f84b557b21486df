//! Twenty-two languages: each complete locale uses its own script, every
//! plural category CLDR gives its language, and no message left in English.
//! (Keys, variables, terms and formatting: tests/locales.rs.)

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{languages, locales_dir};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use newcomer_guide::domain::i18n::{Direction, FTL_FILES, REFERENCE_LOCALE};
use unic_langid::LanguageIdentifier;

#[test]
fn the_twenty_two_locales_are_listed_with_script_and_finnish_and_swedish_names() {
    let listed = languages();
    for code in [
        "fi", "sv", "en", "ar", "uk", "ru", "so", "fa", "et", "ckb", "kmr", "ti", "prs", "ps",
        "ur", "tr", "zh-Hans", "es", "fr", "vi", "th", "sq",
    ] {
        let l = listed
            .iter()
            .find(|l| l.code == code)
            .unwrap_or_else(|| panic!("{code} not in languages.toml"));
        assert!(
            code == "fi" || l.name_fi.is_some(),
            "{code}: no Finnish name"
        );
        assert!(
            code == "sv" || l.name_sv.is_some(),
            "{code}: no Swedish name"
        );
    }
    assert_eq!(listed.len(), 22);
    let rtl: BTreeSet<_> = listed
        .iter()
        .filter(|l| l.dir == Direction::Rtl)
        .map(|l| l.code.as_str())
        .collect();
    assert_eq!(
        rtl,
        ["ar", "ckb", "fa", "prs", "ps", "ur"].into_iter().collect()
    );
}

/// One file's messages: id -> its patterns (value and attributes).
fn each_message(code: &str, mut f: impl FnMut(&str, &str, &ast::Pattern<&str>)) {
    for file in FTL_FILES {
        let src = std::fs::read_to_string(locales_dir().join(code).join(file)).unwrap();
        let res = match fluent_syntax::parser::parse(src.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &res.body {
            if let ast::Entry::Message(m) = entry {
                for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                    f(file, m.id.name, p);
                }
            }
        }
    }
}

const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// The variant keys of every select on a variable whose keys are plural
/// categories, anywhere in the pattern.
fn plural_selects(p: &ast::Pattern<&str>, out: &mut Vec<BTreeSet<String>>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        } = el
        {
            {
                let keys: BTreeSet<String> = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => Some(name.to_string()),
                        ast::VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                let on_variable = matches!(
                    selector,
                    ast::InlineExpression::VariableReference { .. }
                        | ast::InlineExpression::FunctionReference { .. }
                );
                if on_variable
                    && keys
                        .iter()
                        .any(|k| CATEGORIES.contains(&k.as_str()) && k != "other")
                {
                    out.push(keys);
                }
                for v in variants {
                    plural_selects(&v.value, out);
                }
            }
        }
    }
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The categories CLDR's cardinal rules give whole numbers in the language
/// (the counts the app formats), found as fluent-bundle finds the rules:
/// the code, else its language ("zh-Hans" -> "zh"), else English. The rules
/// data has no "kmr" and no "prs": fluent-bundle then uses English's, which
/// are those of Kurdish ("ku") and Persian ("fa") as well, one and other.
fn cldr_categories(code: &str) -> BTreeSet<&'static str> {
    let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let langid: LanguageIdentifier = [code, code.split('-').next().unwrap(), "en"]
        .into_iter()
        .map(|c| c.parse::<LanguageIdentifier>().unwrap())
        .find(|l| known.contains(l))
        .unwrap();
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).unwrap();
    (0..=1000u64)
        .chain([1_000_000])
        .map(|n| category_name(rules.select(n).unwrap()))
        .collect()
}

#[test]
fn every_plural_has_every_category_cldr_gives_the_language() {
    assert_eq!(cldr_categories("ru"), ["few", "many", "one"].into());
    assert_eq!(cldr_categories("en"), ["one", "other"].into());
    assert_eq!(cldr_categories("zh-Hans"), ["other"].into());
    for (code, same_as) in [("kmr", "ku"), ("prs", "fa")] {
        assert_eq!(cldr_categories(code), cldr_categories(same_as));
    }
    assert_eq!(cldr_categories("zh"), ["other"].into());
    let mut missing = Vec::new();
    let mut seen = 0;
    for l in languages() {
        let need = cldr_categories(&l.code);
        each_message(&l.code, |file, id, p| {
            let mut selects = Vec::new();
            plural_selects(p, &mut selects);
            // A language with only "other" writes the count without a select.
            seen += selects.len();
            for keys in selects {
                let lacking: Vec<_> = need.iter().filter(|c| !keys.contains(**c)).collect();
                if !lacking.is_empty() {
                    missing.push(format!("{}/{file}: {id} lacks {lacking:?}", l.code));
                }
            }
        });
    }
    assert!(seen > 20, "plural selects found: {seen}");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Whether a letter belongs to an ISO 15924 script.
fn in_script(c: char, script: &str) -> bool {
    let u = c as u32;
    match script {
        "Latn" => {
            c.is_ascii_alphabetic() || (0xC0..=0x24F).contains(&u) || (0x1E00..=0x1EFF).contains(&u)
        }
        "Cyrl" => (0x400..=0x52F).contains(&u),
        "Arab" => {
            (0x600..=0x6FF).contains(&u)
                || (0x750..=0x77F).contains(&u)
                || (0x8A0..=0x8FF).contains(&u)
                || (0xFB50..=0xFDFF).contains(&u)
                || (0xFE70..=0xFEFF).contains(&u)
        }
        "Ethi" => {
            (0x1200..=0x139F).contains(&u)
                || (0x2D80..=0x2DDF).contains(&u)
                || (0xAB00..=0xAB2F).contains(&u)
        }
        "Hans" => (0x4E00..=0x9FFF).contains(&u) || (0x3400..=0x4DBF).contains(&u),
        "Thai" => (0xE00..=0xE7F).contains(&u),
        _ => false,
    }
}

#[test]
fn most_letters_of_each_locale_are_in_its_own_script() {
    assert!(in_script('ት', "Ethi") && in_script('ก', "Thai") && in_script('简', "Hans"));
    assert!(in_script('پ', "Arab") && !in_script('p', "Arab") && in_script('ệ', "Latn"));
    for l in languages() {
        let (mut own, mut all) = (0usize, 0usize);
        let mut foreign_messages = Vec::new();
        for (id, texts) in common::parse_locale(&l.code).texts {
            let letters: Vec<char> = texts
                .iter()
                .flat_map(|t| t.chars())
                .filter(|c| c.is_alphabetic())
                .collect();
            let mine = letters.iter().filter(|c| in_script(**c, &l.script)).count();
            own += mine;
            all += letters.len();
            // A long message without a letter of its own script is in another
            // language (names and addresses are short).
            if letters.len() >= 25 && mine == 0 {
                foreign_messages.push(id);
            }
        }
        let share = own as f64 / all.max(1) as f64;
        assert!(
            share >= 0.8,
            "{}: only {:.0}% of letters in {}",
            l.code,
            share * 100.0,
            l.script
        );
        assert!(
            foreign_messages.is_empty(),
            "{}: not in {}: {foreign_messages:?}",
            l.code,
            l.script
        );
    }
}

/// Messages that read the same as in English because the word is the same
/// in that language (checked by hand): language names, month names, and a
/// few words French, Swedish and Estonian share with English.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    ("et", "month-8"),
    ("et", "month-9"),
    ("et", "month-11"),
    ("fi", "opt-language-dari"),
    ("fi", "opt-language-somali"),
    ("fi", "opt-language-swahili"),
    ("fi", "opt-language-thai"),
    ("fr", "nav-guide"),
    ("fr", "opt-language-dari"),
    ("fr", "opt-language-somali"),
    ("fr", "opt-language-swahili"),
    ("fr", "qn-nav"),
    ("fr", "source-suomifi-identification"),
    ("fr", "source-suomifi-messages"),
    ("sv", "nav-guide"),
    ("sv", "opt-age-under-18"),
    ("sv", "opt-language-dari"),
    ("sv", "opt-language-pashto"),
    ("sv", "opt-language-swahili"),
    ("sv", "opt-language-thai"),
];

fn literal(texts: &[String]) -> String {
    texts
        .concat()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn no_message_is_left_in_english() {
    let en: BTreeMap<String, Vec<String>> = common::parse_locale(REFERENCE_LOCALE).texts;
    let mut same = Vec::new();
    for l in languages().iter().filter(|l| l.code != REFERENCE_LOCALE) {
        for (id, texts) in common::parse_locale(&l.code).texts {
            let text = literal(&texts);
            let has_words = text.chars().filter(|c| c.is_alphabetic()).count() >= 4;
            if has_words
                && en.get(&id).is_some_and(|e| literal(e) == text)
                && !SAME_AS_ENGLISH.contains(&(l.code.as_str(), id.as_str()))
            {
                same.push(format!("{}: {id} = {text:?}", l.code));
            }
        }
    }
    assert!(same.is_empty(), "still in English:\n{}", same.join("\n"));
}
