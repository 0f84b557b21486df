//! The municipality config: every field, the shipped example, and each class
//! of error with its field path and line.

use newcomer_guide::domain::config::{
    parse, Config, Known, Problem, ProblemKind, DEFAULT_IDLE_SECONDS,
};

const LOCALES: &[&str] = &["fi", "sv", "en", "ar", "uk", "ru", "so", "fa"];

fn check(src: &str) -> (Config, Vec<Problem>) {
    parse(src, &Known { locales: LOCALES })
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

// ---- country packs and regional sites ----

use newcomer_guide::domain::config::{parse_file, FileKind};
use newcomer_guide::domain::pack::Country;

#[test]
fn no_country_is_finland_with_its_defaults() {
    let (c, problems) = check("name = \"Esimerkkilä\"\n");
    assert_eq!(problems, vec![]);
    assert_eq!(c.country, Country::Finland);
    assert_eq!(c.caseworker_languages, ["fi", "sv", "en"]);
    assert_eq!(c.screen_first(), ["fi", "sv", "en"]);
    assert!(c.municipalities.is_empty());
}

#[test]
fn country_se_selects_the_sweden_pack_and_its_defaults() {
    let (c, problems) = check("country = \"se\"\nname = \"Trollhättan\"\n");
    assert_eq!(problems, vec![]);
    assert_eq!(c.country, Country::Sweden);
    // Swedish and English are the caseworker's languages and come first.
    assert_eq!(c.caseworker_languages, ["sv", "en"]);
    assert_eq!(c.screen_first(), ["sv", "en"]);
    // Finnish is not a caseworker language in Sweden.
    let p = only_problem("country = \"se\"\n[languages]\ncaseworker = [\"fi\", \"sv\"]\n");
    assert_eq!(p.path, "languages.caseworker[0]");
}

#[test]
fn the_country_is_read_first_wherever_it_stands() {
    // Offices may serve the Swedish pack's steps and topics only in Sweden.
    let office = "[[office]]\nname = \"SFI\"\nserves = [\"se-sfi-path-1\", \"sfi\"]\n";
    let (c, problems) = check(&format!("country = \"se\"\n{office}"));
    assert_eq!(problems, vec![]);
    assert_eq!(c.offices[0].serves, ["se-sfi-path-1", "sfi"]);
    let (c, problems) = check(office);
    assert_eq!(c.country, Country::Finland);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems
        .iter()
        .all(|p| matches!(p.kind, ProblemKind::UnknownStep(_))));
}

#[test]
fn an_unknown_country_is_reported_and_finland_applies() {
    let p = only_problem("country = \"no\"\n");
    assert_eq!((p.path.as_str(), p.line), ("country", 1));
    assert_eq!(p.kind, ProblemKind::UnknownCountry("no".into()));
    assert_eq!(check("country = \"no\"\n").0.country, Country::Finland);
}

#[test]
fn a_regional_site_lists_its_municipalities() {
    let (c, problems) = check(
        "country = \"se\"\nmunicipalities = [\"trollhattan\", \"Vänersborg\", \"trollhattan\", \"dals-ed\"]\n",
    );
    assert_eq!(c.municipalities, ["trollhattan", "dals-ed"]);
    let bad: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(bad, ["municipalities[1]", "municipalities[2]"]);
}

#[test]
fn a_municipality_file_cannot_set_the_site_s_settings() {
    let (c, problems) = parse_file(
        "country = \"fi\"\nmunicipalities = [\"x\"]\nname = \"Lysekil\"\n[[office]]\nname = \"SFI\"\nserves = [\"sfi\"]\n",
        &Known { locales: LOCALES },
        FileKind::Municipality(Country::Sweden),
    );
    // Read with the site's country: a Swedish topic is a known target.
    assert_eq!(c.country, Country::Sweden);
    assert_eq!(c.offices[0].serves, ["sfi"]);
    let kinds: Vec<_> = problems.iter().map(|p| (p.line, p.kind.clone())).collect();
    assert_eq!(
        kinds,
        [(1, ProblemKind::SiteOnly), (2, ProblemKind::SiteOnly)]
    );
}

#[test]
fn a_municipality_s_file_goes_on_top_of_the_site_s() {
    let (site, _) = check(
        "country = \"se\"\nmunicipalities = [\"lysekil\"]\naccent_colour = \"#0b5394\"\n[languages]\nfirst = [\"sv\", \"en\"]\n[[office]]\nname = \"Region\"\n",
    );
    let (m, _) = parse_file(
        "name = \"Lysekil\"\n[languages]\nenabled = [\"sv\", \"en\", \"ar\"]\n[kiosk]\nenabled = true\n",
        &Known { locales: LOCALES },
        FileKind::Municipality(Country::Sweden),
    );
    let c = site.with_municipality(&m);
    assert_eq!(c.name.get("sv"), "Lysekil");
    assert_eq!(c.country, Country::Sweden);
    // What the municipality leaves out comes from the site.
    assert_eq!(c.accent_colour.as_deref(), Some("#0b5394"));
    assert_eq!(c.offices[0].name.get("sv"), "Region");
    assert_eq!(
        c.first_locales.as_deref(),
        Some(&["sv".to_string(), "en".to_string()][..])
    );
    assert_eq!(c.enabled_locales.as_ref().map(Vec::len), Some(3));
    assert!(c.kiosk.enabled);
    assert_eq!(c.caseworker_languages, ["sv", "en"]);
}

/// The shipped regional example (sites/sju-kommuner): the seven
/// municipalities of the seed, each file valid, with its real name and an
/// official https address, and no phone number.
#[test]
fn the_regional_example_is_valid() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/sites/sju-kommuner");
    let src = std::fs::read_to_string(format!("{dir}/municipality.toml")).unwrap();
    let (site, problems) = check(&src);
    assert_eq!(problems, vec![]);
    assert_eq!(site.country, Country::Sweden);
    assert_eq!(
        site.municipalities,
        [
            "bengtsfors",
            "dals-ed",
            "lysekil",
            "munkedal",
            "sotenas",
            "trollhattan",
            "vanersborg"
        ]
    );
    let names = [
        "Bengtsfors",
        "Dals-Ed",
        "Lysekil",
        "Munkedal",
        "Sotenäs",
        "Trollhättan",
        "Vänersborg",
    ];
    for (id, name) in site.municipalities.iter().zip(names) {
        let src = std::fs::read_to_string(format!("{dir}/municipalities/{id}.toml")).unwrap();
        let (m, problems) = parse_file(
            &src,
            &Known { locales: LOCALES },
            FileKind::Municipality(site.country),
        );
        assert_eq!(problems, vec![], "{id}");
        assert_eq!(m.name.get("sv"), name);
        assert!(!m.offices.is_empty(), "{id} has an example office");
        for o in &m.offices {
            assert!(o.phone.is_none(), "{id}: no invented phone numbers");
            let url = o.url.as_deref().unwrap_or_default();
            let host = url.trim_start_matches("https://www.");
            assert!(
                host.ends_with(".se") && host.starts_with(&id.replace('-', "")[..4]),
                "{id}: {url}"
            );
        }
    }
}

#[test]
fn local_texts_lists_the_languages_that_have_them() {
    // The site's file: every language, as before the field existed.
    let (c, _) = check("name = \"Esimerkkilä\"\n");
    assert!(c.has_local_texts("ar"));
    let (c, problems) = check("local_texts = [\"sv\", \"xx\"]\n");
    assert!(c.has_local_texts("sv") && !c.has_local_texts("en"));
    assert_eq!(problems[0].path, "local_texts[1]");
    // A municipality of a regional site: only what its file lists.
    let (site, _) = check("country = \"se\"\nmunicipalities = [\"a\"]\n");
    let (m, _) = parse_file(
        "name = \"A\"\n",
        &Known { locales: LOCALES },
        FileKind::Municipality(Country::Sweden),
    );
    assert!(!site.with_municipality(&m).has_local_texts("sv"));
    let (m, _) = parse_file(
        "local_texts = [\"sv\"]\n",
        &Known { locales: LOCALES },
        FileKind::Municipality(Country::Sweden),
    );
    assert!(site.with_municipality(&m).has_local_texts("sv"));
}
