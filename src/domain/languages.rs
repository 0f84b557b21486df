//! Which of the offered languages serves a browser's preference, and the
//! order of the language screen.
//!
//! With twenty-odd languages the screen must be scannable in one glance: the
//! device's language first, then the ones the municipality puts first, then
//! the rest grouped by writing system and, within one, by their own names.

use super::i18n::LocaleInfo;

/// A preference that is best served by another code than its own: the rule
/// applies to a preference whose language (or language-region, or
/// language-script) is `when`, and tries `then` in order.
pub struct Match {
    pub when: &'static str,
    pub then: &'static [&'static str],
}

/// Written standards a reader of the preferred language reads. Dari is the
/// Persian of Afghanistan: an Afghan phone often says fa-AF, and a reader of
/// either reads the other better than English. Kurdish without a variant
/// is read as Kurmanji in Latin script, Kurdish of Iraq or Iran, or in
/// Arabic script, as Sorani. Chinese of any region reads the simplified
/// text before an English one.
pub const MATCHES: &[Match] = &[
    Match {
        when: "fa-AF",
        then: &["prs", "fa"],
    },
    Match {
        when: "prs",
        then: &["prs", "fa"],
    },
    Match {
        when: "fa",
        then: &["fa", "prs"],
    },
    Match {
        when: "ku-Arab",
        then: &["ckb", "kmr"],
    },
    Match {
        when: "ku-IQ",
        then: &["ckb", "kmr"],
    },
    Match {
        when: "ku-IR",
        then: &["ckb", "kmr"],
    },
    Match {
        when: "ku",
        then: &["kmr", "ckb"],
    },
    Match {
        when: "zh",
        then: &["zh-Hans"],
    },
];

/// The codes to look for, best first, for one preference (a BCP 47 tag):
/// the tag itself, then the rules of `MATCHES` that fit it, most specific
/// first, then its bare language.
pub fn candidates(pref: &str) -> Vec<String> {
    let pref = pref.trim().replace('_', "-");
    let mut subtags = pref.split('-');
    let language = subtags.next().unwrap_or_default().to_ascii_lowercase();
    let mut keys: Vec<String> = subtags
        .filter(|s| s.len() == 2 || s.len() == 4)
        .map(|s| format!("{language}-{s}"))
        .collect();
    keys.push(language.clone());
    let mut out = vec![pref.clone()];
    for key in &keys {
        for m in MATCHES.iter().filter(|m| m.when.eq_ignore_ascii_case(key)) {
            out.extend(m.then.iter().map(|c| c.to_string()));
        }
    }
    out.push(language);
    let mut seen = Vec::new();
    out.retain(|c| {
        let new = !c.is_empty() && !seen.iter().any(|s: &String| s.eq_ignore_ascii_case(c));
        if new {
            seen.push(c.clone());
        }
        new
    });
    out
}

/// Writing systems in the order the screen groups them (ISO 15924 codes, as
/// `languages.toml` gives them); any other comes last.
pub const SCRIPT_ORDER: &[&str] = &["Latn", "Cyrl", "Arab", "Ethi", "Hans", "Thai"];

fn script_rank(script: &str) -> usize {
    SCRIPT_ORDER
        .iter()
        .position(|s| *s == script)
        .unwrap_or(SCRIPT_ORDER.len())
}

/// The languages put first when the municipality names none: the country's
/// own languages and English.
pub const DEFAULT_FIRST: &[&str] = &["fi", "sv", "en"];

/// The language screen's order: `suggested` (the device's language) first;
/// then `first` in its order; then every other offered language by writing
/// system and own name. `offered` is the list as the municipality offers it.
pub fn screen_order(
    offered: &[LocaleInfo],
    first: &[String],
    suggested: Option<&str>,
) -> Vec<LocaleInfo> {
    let mut out: Vec<LocaleInfo> = Vec::with_capacity(offered.len());
    let take = |code: &str, out: &mut Vec<LocaleInfo>| {
        if let Some(l) = offered.iter().find(|l| l.code == code) {
            if !out.iter().any(|o| o.code == l.code) {
                out.push(l.clone());
            }
        }
    };
    if let Some(s) = suggested {
        take(s, &mut out);
    }
    for code in first {
        take(code, &mut out);
    }
    let mut rest: Vec<&LocaleInfo> = offered
        .iter()
        .filter(|l| !out.iter().any(|o| o.code == l.code))
        .collect();
    rest.sort_by(|a, b| {
        (script_rank(&a.script), a.endonym.to_lowercase())
            .cmp(&(script_rank(&b.script), b.endonym.to_lowercase()))
    });
    out.extend(rest.into_iter().cloned());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::{Direction, TranslationStatus};

    fn l(code: &str, endonym: &str, script: &str) -> LocaleInfo {
        LocaleInfo {
            code: code.into(),
            endonym: endonym.into(),
            dir: Direction::Ltr,
            status: TranslationStatus::Machine,
            script: script.into(),
            name_fi: None,
            name_sv: None,
            packs: vec!["fi".to_string()],
        }
    }

    #[test]
    fn candidates_follow_the_table() {
        assert_eq!(candidates("fa-AF"), ["fa-AF", "prs", "fa"]);
        assert_eq!(candidates("fa-IR"), ["fa-IR", "fa", "prs"]);
        assert_eq!(candidates("prs"), ["prs", "fa"]);
        assert_eq!(candidates("ku-IQ"), ["ku-IQ", "ckb", "kmr", "ku"]);
        assert_eq!(candidates("ku"), ["ku", "kmr", "ckb"]);
        assert_eq!(candidates("zh-TW"), ["zh-TW", "zh-Hans", "zh"]);
        assert_eq!(candidates("ti_ER"), ["ti-ER", "ti"]);
        assert_eq!(candidates("sv-FI"), ["sv-FI", "sv"]);
    }

    #[test]
    fn device_language_then_the_municipality_s_then_by_script_and_name() {
        let offered = [
            l("th", "ไทย", "Thai"),
            l("ar", "العربية", "Arab"),
            l("fi", "Suomi", "Latn"),
            l("ru", "Русский", "Cyrl"),
            l("es", "Español", "Latn"),
            l("en", "English", "Latn"),
            l("ti", "ትግርኛ", "Ethi"),
            l("sv", "Svenska", "Latn"),
        ];
        let first = vec!["fi".to_string(), "sv".to_string(), "xx".to_string()];
        let codes = |v: Vec<LocaleInfo>| v.into_iter().map(|l| l.code).collect::<Vec<_>>();
        assert_eq!(
            codes(screen_order(&offered, &first, Some("ar"))),
            ["ar", "fi", "sv", "en", "es", "ru", "ti", "th"]
        );
        // The suggestion is not repeated, and one not offered is skipped.
        assert_eq!(
            codes(screen_order(&offered, &first, Some("fi")))[..3],
            ["fi", "sv", "en"]
        );
        assert_eq!(codes(screen_order(&offered, &[], Some("de"))).len(), 8);
    }
}
