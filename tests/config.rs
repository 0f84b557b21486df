//! The municipality config: every field, the shipped example, and each class
//! of error with its field path and line.

use newcomer_guide::domain::assessment::STEP_IDS;
use newcomer_guide::domain::config::{
    parse, Config, Known, Problem, ProblemKind, DEFAULT_IDLE_SECONDS,
};
use newcomer_guide::domain::topics::TOPICS;

const LOCALES: &[&str] = &["fi", "sv", "en", "ar", "uk", "ru", "so", "fa"];

fn check(src: &str) -> (Config, Vec<Problem>) {
    let mut targets: Vec<&str> = STEP_IDS.to_vec();
    targets.extend(TOPICS.iter().map(|t| t.id));
    parse(
        src,
        &Known {
            locales: LOCALES,
            targets: &targets,
        },
    )
}

fn only_problem(src: &str) -> Problem {
    let (_, problems) = check(src);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn the_shipped_example_is_valid_and_complete() {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/municipality.toml"
    ))
    .unwrap();
    let (c, problems) = check(&src);
    assert_eq!(problems, vec![]);
    assert_eq!(c.name.get("fi"), "Esimerkkilä");
    assert_eq!(c.name.get("sv"), "Exempelby");
    assert_eq!(c.accent_colour.as_deref(), Some("#00607a"));
    // Every language is offered; the national ones and English come first.
    assert_eq!(c.enabled_locales, None);
    assert_eq!(c.screen_first(), vec!["fi", "sv", "en"]);
    assert_eq!(c.default_locale.as_deref(), Some("fi"));
    assert_eq!(c.caseworker_languages, vec!["fi", "sv"]);
    assert!(!c.kiosk.enabled);
    assert_eq!(c.kiosk.idle_seconds, 90);
    assert!(c.offices.len() >= 4);
    let office = c
        .offices_for("assessment-municipality")
        .next()
        .expect("an office for the municipality assessment");
    assert!(office.url.as_deref().unwrap().starts_with("https://"));
    assert_eq!(office.hours.get("en"), "Mon–Thu 9–15, Fri 9–12");
    assert_eq!(
        c.offices_for("children").count(),
        1,
        "guide topics can be served too"
    );
}

#[test]
fn an_empty_file_gives_the_defaults() {
    let (c, problems) = check("");
    assert!(problems.is_empty());
    assert_eq!(c, Config::default());
    assert_eq!(c.kiosk.idle_seconds, DEFAULT_IDLE_SECONDS);
    assert_eq!(c.caseworker_languages, vec!["fi", "sv", "en"]);
}

#[test]
fn every_field_is_read() {
    let (c, problems) = check(
        r##"
name = "Testby"
logo = "local/logo.png"
accent_colour = "#112233"
[languages]
enabled = ["sv", "fi", "ar"]
default = "sv"
caseworker = ["sv"]
[kiosk]
enabled = true
idle_seconds = 120
[[office]]
name = "Office"
serves = ["daycare", "kela"]
address = { default = "Gata 1", fi = "Katu 1" }
phone = "+358 (9) 123-456"
hours = "9-15"
url = "https://example.org/x"
accessibility = "Lift"
languages = ["sv", "ti"]
"##,
    );
    assert_eq!(problems, vec![]);
    assert_eq!(c.name.get("ar"), "Testby");
    assert_eq!(c.logo.as_deref(), Some("local/logo.png"));
    assert_eq!(c.accent_colour.as_deref(), Some("#112233"));
    assert_eq!(
        c.enabled_locales,
        Some(vec!["sv".into(), "fi".into(), "ar".into()])
    );
    assert_eq!(c.default_locale.as_deref(), Some("sv"));
    assert_eq!(c.caseworker_languages, vec!["sv"]);
    assert!(c.kiosk.enabled);
    assert_eq!(c.kiosk.idle_seconds, 120);
    let o = &c.offices[0];
    assert_eq!(o.serves, vec!["daycare", "kela"]);
    assert_eq!(o.address.get("fi"), "Katu 1");
    assert_eq!(o.address.get("sv"), "Gata 1");
    assert_eq!(o.phone.as_deref(), Some("+358 (9) 123-456"));
    assert_eq!(o.languages, vec!["sv", "ti"]);
}

#[test]
fn syntax_errors_report_the_line_and_keep_all_defaults() {
    let p = only_problem("name = \"A\"\n\n[kiosk\nenabled = true\n");
    assert_eq!(p.line, 3);
    assert!(matches!(p.kind, ProblemKind::Syntax(_)));
    assert_eq!(check("name = \"A\"\n[kiosk\n").0, Config::default());
}

#[test]
fn each_class_of_error_names_its_path_and_line_and_the_rest_still_applies() {
    let cases: &[(&str, &str, usize, &str)] = &[
        (
            "colour = \"#000\"\nname = \"X\"",
            "colour",
            1,
            "unknown-field",
        ),
        (
            "name = \"X\"\n[kiosk]\nenabled = true\nsleep = 3",
            "kiosk.sleep",
            4,
            "unknown-field",
        ),
        ("name = 42", "name", 1, "wrong-type"),
        (
            "[kiosk]\nenabled = \"yes\"",
            "kiosk.enabled",
            2,
            "wrong-type",
        ),
        (
            "[kiosk]\nidle_seconds = 2",
            "kiosk.idle_seconds",
            2,
            "out-of-range",
        ),
        (
            "[kiosk]\nidle_seconds = \"90\"",
            "kiosk.idle_seconds",
            2,
            "wrong-type",
        ),
        ("accent_colour = \"blue\"", "accent_colour", 1, "bad-colour"),
        (
            "accent_colour = \"#7a9bcc\"",
            "accent_colour",
            1,
            "low-contrast",
        ),
        (
            "logo = \"https://cdn.example/logo.svg\"",
            "logo",
            1,
            "bad-path",
        ),
        (
            "[languages]\nenabled = [\"fi\", \"de\"]",
            "languages.enabled[1]",
            2,
            "unknown-locale",
        ),
        (
            "[languages]\ndefault = \"xx\"",
            "languages.default",
            2,
            "unknown-locale",
        ),
        (
            "[languages]\nenabled = [\"fi\"]\ndefault = \"sv\"",
            "languages.default",
            3,
            "unknown-locale",
        ),
        (
            "[languages]\ncaseworker = [\"ar\"]",
            "languages.caseworker[0]",
            2,
            "unknown-locale",
        ),
        (
            "[languages]\nenabled = \"fi\"",
            "languages.enabled",
            2,
            "wrong-type",
        ),
        (
            "name = { default = \"X\", de = \"Y\" }",
            "name.de",
            1,
            "unknown-locale",
        ),
        (
            "[[office]]\nname = \"O\"\nurl = \"http://example.org\"",
            "office[0].url",
            3,
            "bad-url",
        ),
        (
            "[[office]]\nname = \"O\"\nurl = \"javascript:alert(1)\"",
            "office[0].url",
            3,
            "bad-url",
        ),
        (
            "[[office]]\nname = \"O\"\nserves = [\"daycare\", \"nope\"]",
            "office[0].serves[1]",
            3,
            "unknown-step",
        ),
        (
            "[[office]]\nname = \"O\"\nphone = \"call us\"",
            "office[0].phone",
            3,
            "wrong-type",
        ),
        (
            "[[office]]\nname = \"O\"\nfax = \"1\"",
            "office[0].fax",
            3,
            "unknown-field",
        ),
        (
            "[[office]]\naddress = \"A\"",
            "office[0].name",
            1,
            "missing",
        ),
        ("office = \"x\"", "office", 1, "wrong-type"),
        (
            "[[office]]\nname = \"O\"\nlanguages = [\"not a code!\"]",
            "office[0].languages[0]",
            3,
            "unknown-locale",
        ),
    ];
    for (src, path, line, code) in cases {
        let p = only_problem(src);
        assert_eq!(
            (p.path.as_str(), p.line, p.kind.code()),
            (*path, *line, *code),
            "{src}"
        );
    }
    // The good parts of a file with a bad part still apply.
    let (c, problems) =
        check("name = \"Kept\"\naccent_colour = \"#ffff00\"\n[kiosk]\nidle_seconds = 45\n");
    assert_eq!(problems.len(), 1);
    assert_eq!(c.name.get("fi"), "Kept");
    assert_eq!(c.accent_colour, None);
    assert_eq!(c.kiosk.idle_seconds, 45);
    // An office with a bad link is kept without the link.
    let (c, _) = check("[[office]]\nname = \"O\"\nurl = \"ftp://x\"\nphone = \"123\"");
    assert_eq!(c.offices[0].url, None);
    assert_eq!(c.offices[0].phone.as_deref(), Some("123"));
}

#[test]
fn problem_details_are_readable() {
    let p = only_problem("accent_colour = \"#7a9bcc\"");
    assert_eq!(p.kind.detail(), "2.8:1");
    let p = only_problem("[kiosk]\nidle_seconds = 1");
    assert_eq!(p.kind.detail(), "5–3600");
}

/// `(path, line, column, code)` of a file's only problem.
fn place(src: &str) -> (String, usize, usize, &'static str) {
    let p = only_problem(src);
    (p.path, p.line, p.column, p.kind.code())
}

#[test]
fn each_kind_of_broken_toml_names_its_path_line_and_column() {
    let at = |path: &str, line, column, code| (path.to_string(), line, column, code);
    // Syntax errors belong to no field: the file is not read at all.
    assert_eq!(
        place("name = \"X\"\nlogo = \"local/logo.svg\n"),
        at("", 2, 23, "syntax"),
        "unterminated string"
    );
    assert_eq!(
        place("name = \"X\"\n[kiosk]\nenabled = true\nenabled = false\n"),
        at("", 4, 1, "syntax"),
        "duplicate key"
    );
    assert_eq!(
        place("name = \"X\"\n[kiosk]\nenabled = true\n[kiosk]\n"),
        at("", 4, 2, "syntax"),
        "table defined twice"
    );
    assert_eq!(
        place("name = \"X\"\n[kiosk idle]\n"),
        at("", 2, 7, "syntax"),
        "bad table header"
    );
    assert_eq!(
        place("[kiosk]\nenabled = true\nidle_seconds = 9.5\n"),
        at("kiosk.idle_seconds", 3, 16, "wrong-type"),
        "wrong type"
    );
    assert_eq!(
        place("[kiosk]\n  idle_seconds = 86400\n"),
        at("kiosk.idle_seconds", 2, 18, "out-of-range"),
        "value out of range"
    );
    assert_eq!(
        place("[[office]]\nname = \"O\"\n\n[office.hours]\nmon = \"9–15\"\n"),
        at("office[0].hours.mon", 5, 1, "unknown-locale"),
        "unknown language key in a sub-table"
    );
    assert_eq!(
        place("name = \"X\"\n[kiosk]\n    sleep_after = 3\n"),
        at("kiosk.sleep_after", 3, 5, "unknown-field"),
        "unknown key"
    );
}

#[test]
fn syntax_errors_keep_the_defaults_and_report_no_fields() {
    for src in [
        "name = \"Kept?\"\nlogo = \"local/logo.svg\n",
        "name = \"Kept?\"\nname = \"Twice\"\n",
        "name = \"Kept?\"\n[kiosk\n",
        "name = \"Kept?\"\n[kiosk]\nidle_seconds = 09\n",
    ] {
        let (c, problems) = check(src);
        assert_eq!(c, Config::default(), "{src}");
        assert_eq!(problems.len(), 1, "{src}: {problems:#?}");
        assert!(matches!(problems[0].kind, ProblemKind::Syntax(ref m) if !m.is_empty()));
    }
}

#[test]
fn a_bad_value_falls_back_while_the_rest_applies() {
    let (c, problems) =
        check("name = \"Kept\"\n[kiosk]\nenabled = true\nidle_seconds = 99999999999999999999\n");
    assert_eq!(c.name.get("fi"), "Kept");
    assert!(c.kiosk.enabled);
    assert_eq!(c.kiosk.idle_seconds, DEFAULT_IDLE_SECONDS);
    let codes: Vec<_> = problems.iter().map(|p| (p.path.as_str(), p.line)).collect();
    assert_eq!(codes, vec![("kiosk.idle_seconds", 4)]);
    assert_eq!(problems[0].kind.code(), "out-of-range");
    let p = only_problem("[kiosk]\nidle_seconds = -99999999999999999999\n");
    assert_eq!((p.line, p.kind.code()), (2, "out-of-range"));
    // A number with no digits is not a number.
    let p = only_problem("[kiosk]\nidle_seconds = 0x\n");
    assert_eq!((p.line, p.kind.code()), (2, "wrong-type"));
}

#[test]
fn problems_come_in_file_order_and_texts_keep_their_first_language() {
    // The crate keeps keys sorted; the check and the fallback follow the file.
    let (c, problems) = check(
        "zoom = 1\nname = { sv = \"Exempelby\", fi = \"Esimerkkilä\", xx = \"?\", aa = \"?\" }\nabout = 2\n",
    );
    let seen: Vec<_> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.line, p.column))
        .collect();
    assert_eq!(
        seen,
        vec![
            ("zoom", 1, 1),
            ("name.xx", 2, 48),
            ("name.aa", 2, 58),
            ("about", 3, 1),
        ]
    );
    assert_eq!(c.name.get("en"), "Exempelby");
    assert_eq!(c.name.get("fi"), "Esimerkkilä");
}

#[test]
fn dotted_keys_and_a_byte_order_mark_are_read() {
    let (c, problems) = check("\u{feff}name = \"X\"\nkiosk.enabled = true\nkiosk.idle = 5\n");
    assert_eq!(c.name.get("fi"), "X");
    assert!(c.kiosk.enabled);
    let seen: Vec<_> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.line, p.column))
        .collect();
    assert_eq!(seen, vec![("kiosk.idle", 3, 7)]);
    let p = only_problem("\u{feff}colour = 1");
    assert_eq!((p.line, p.column), (1, 1));
}

#[test]
fn the_languages_shown_first_are_checked_like_the_enabled_ones() {
    let (c, problems) = check("[languages]\nfirst = [\"sv\", \"xx\", \"sv\", \"ar\"]\n");
    assert_eq!(
        c.first_locales,
        Some(vec!["sv".to_string(), "ar".to_string()])
    );
    assert_eq!(c.screen_first(), vec!["sv", "ar"]);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "languages.first[1]");
    assert_eq!(problems[0].line, 2);
    // Without `first`, the enabled order as before; without both, fi, sv, en.
    let (c, _) = check("[languages]\nenabled = [\"ar\", \"fi\"]\n");
    assert_eq!(c.screen_first(), vec!["ar", "fi"]);
    let (c, _) = check("");
    assert_eq!(c.screen_first(), vec!["fi", "sv", "en"]);
}
