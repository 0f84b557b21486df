//! The content check: every topic and step of a country pack rests on an
//! official https page, carries its own date that is not in the future, and
//! no text a person can see carries a maintainer's note.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{languages, locales_dir, parse_locale};
use newcomer_guide::domain::assessment::STEP_IDS;
use newcomer_guide::domain::content_file::PackFiles;
use newcomer_guide::domain::topics::{step_sources, SOURCES, STEP_SOURCES, TOPICS};

const PACKS: &[&str] = &["fi", "se"];

/// Words that mark a maintainer's note, and a domain that no longer exists:
/// none may reach the screen.
const INTERNAL: &[&str] = &["DOMAIN.md", "UNCONFIRMED", "PROPOSAL", "§", "valvira.fi"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn pack(code: &str) -> PackFiles {
    let dir = root().join("content").join(code);
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    PackFiles::parse(&read("topics.toml"), &read("steps.toml")).unwrap()
}

/// Today as YYYY-MM-DD (UTC), from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[test]
fn every_pack_passes_the_content_check() {
    let today = today();
    for code in PACKS {
        let problems = pack(code).problems(Some(&today));
        assert!(
            problems.is_empty(),
            "content/{code}:\n  {}",
            problems.join("\n  ")
        );
    }
}

#[test]
fn the_check_catches_what_it_must() {
    let dir = root().join("content/fi");
    let topics = std::fs::read_to_string(dir.join("topics.toml")).unwrap();
    let steps = std::fs::read_to_string(dir.join("steps.toml")).unwrap();
    let check = |topics: &str, steps: &str| {
        PackFiles::parse(topics, steps)
            .unwrap()
            .problems(Some("2026-12-04"))
            .join("\n")
    };
    assert_eq!(check(&topics, &steps), "");
    let gone = topics.replace("https://lvv.fi/", "https://www.valvira.fi/");
    assert!(check(&gone, &steps).contains("valvira.fi no longer exists"));
    let plain = topics.replace(
        "https://112.fi/en/erc-number",
        "http://112.fi/en/erc-number",
    );
    assert!(check(&plain, &steps).contains("not an https address"));
    let elsewhere = topics.replace("https://nollalinja.fi/en", "https://example.org/nollalinja");
    assert!(check(&elsewhere, &steps).contains("example.org is not an official domain"));
    let future = topics.replacen("checked = \"2026-12-03\"", "checked = \"2027-01-01\"", 1);
    assert!(check(&future, &steps).contains("is in the future"));
    let undated = topics.replacen("checked = \"2026-12-03\"", "checked = \"soon\"", 1);
    assert!(check(&undated, &steps).contains("is not a date"));
    // A step whose only source is off the official list (allowed beside one,
    // never alone).
    let alone = steps.replacen(
        "sources = [\"erc-112\"]",
        "sources = [\"intermin-permanent\"]",
        1,
    );
    assert!(check(&topics, &alone)
        .contains("step urgent-safety: no source on the official-domain list"));
    let unknown = steps.replacen("sources = [\"erc-112\"]", "sources = [\"nowhere\"]", 1);
    assert!(check(&topics, &unknown).contains("unknown source nowhere"));
    // A missing date is a parse error: serde names the field.
    let missing = steps.replacen("checked = \"2026-12-03\"\n", "", 1);
    let err = PackFiles::parse(&topics, &missing).unwrap_err();
    assert!(err.contains("checked"), "{err}");
}

#[test]
fn every_step_the_rules_can_produce_has_sources_and_a_date() {
    for id in STEP_IDS {
        let s = step_sources(id).unwrap_or_else(|| panic!("step {id}: no entry in steps.toml"));
        assert!(!s.sources.is_empty(), "{id}");
        assert_eq!(s.last_checked.len(), 10, "{id}");
    }
    for s in STEP_SOURCES {
        assert!(
            STEP_IDS.contains(&s.step),
            "steps.toml lists unknown step {}",
            s.step
        );
    }
}

#[test]
fn topics_do_not_share_one_date() {
    // Each topic has its own date: the day that topic was compared with its
    // sources. Several topics may share a day, but the data must not be one
    // constant copied everywhere.
    let dates: BTreeSet<_> = TOPICS.iter().map(|t| t.last_checked).collect();
    assert!(dates.len() > 1, "every topic has the same date: {dates:?}");
}

#[test]
fn every_source_and_owner_has_a_label_in_every_locale() {
    for l in languages() {
        let messages = parse_locale(&l.code).messages;
        for s in SOURCES {
            for key in [s.label_key(), s.owner_key()] {
                assert!(messages.contains_key(&key), "{}: {key}", l.code);
            }
        }
        for key in ["topic-sources-heading", "pw-source", "source-checked"] {
            assert!(messages.contains_key(key), "{}: {key}", l.code);
        }
    }
}

fn ftl_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            ftl_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            out.push(path);
        }
    }
}

#[test]
fn no_text_in_any_locale_carries_an_internal_note() {
    let mut files = Vec::new();
    ftl_files(&locales_dir(), &mut files);
    let public = root().join("public");
    if public.exists() {
        ftl_files(&public, &mut files);
    }
    assert!(
        files.len() >= 8 * 6,
        "found only {} .ftl files",
        files.len()
    );
    let mut found = Vec::new();
    for path in files {
        let src = std::fs::read_to_string(&path).unwrap();
        for (n, line) in src.lines().enumerate() {
            // Comments are for translators and maintainers.
            if line.trim_start().starts_with('#') {
                continue;
            }
            for word in INTERNAL {
                if line.contains(word) {
                    found.push(format!("{}:{}: {word}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// A part of DOMAIN.md's "Official sources to cite in content": Finland's
/// (before "for Sweden") or Sweden's (after it).
fn domain_md_list(text: &str, pack: &str) -> Option<BTreeSet<String>> {
    let start = text.find("Official sources to cite in content")?;
    let rest = &text[start..];
    let para = &rest[..rest.find("\n\n")?];
    let (finnish, swedish) = para.split_once("for Sweden")?;
    let after = match pack {
        "se" => swedish,
        _ => finnish.split_once(':')?.1,
    };
    Some(
        after
            .split([',', ';', '\n'])
            .filter_map(|w| w.split_whitespace().next())
            .map(|w| w.trim_end_matches('.').to_string())
            .filter(|w| w.contains('.'))
            .collect(),
    )
}

#[test]
fn the_official_domain_list_is_domain_md_s() {
    let path = root().join("../shared/DOMAIN.md");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("{} not found: list not compared", path.display());
        return;
    };
    for code in PACKS {
        let listed =
            domain_md_list(&text, code).expect("DOMAIN.md has its list of official sources");
        let ours: BTreeSet<String> = pack(code).topics.official_domains.into_iter().collect();
        assert_eq!(ours, listed, "content/{code}/topics.toml official-domains");
    }
}

fn message_ids(path: &std::path::Path) -> BTreeSet<String> {
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let res = fluent_syntax::parser::parse(src.as_str())
        .unwrap_or_else(|_| panic!("{} parses", path.display()));
    res.body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Every key the Sweden pack shows, from its data and its questionnaire,
/// made as the app makes them.
fn sweden_keys() -> Vec<String> {
    use newcomer_guide::domain::pack::SWEDEN;
    let mut wanted = Vec::new();
    for t in SWEDEN.topics {
        wanted.extend(t.text_keys());
        for src in t.sources {
            wanted.push(src.label_key());
            wanted.push(src.owner_key());
        }
        wanted.extend(t.phones.iter().map(|p| p.label_key()));
    }
    wanted.extend(SWEDEN.authorities.iter().map(|a| a.name_key()));
    for s in SWEDEN.step_sources {
        wanted.push(format!("step-{}-title", s.step));
        wanted.push(format!("step-{}-text", s.step));
        for src in s.sources {
            wanted.push(src.label_key());
            wanted.push(src.owner_key());
        }
    }
    wanted.extend(SWEDEN.checklist.iter().map(|c| c.text_key()));
    for q in SWEDEN.questions {
        wanted.extend(q.text_keys());
    }
    wanted.extend(SWEDEN.sections.iter().map(|s| s.title_key()));
    // The topic page's heading, which Finland keeps in its guide.ftl (a
    // file the Sweden pack does not load).
    wanted.push("topic-sources-heading".to_string());
    wanted
}

/// Every locale languages.toml offers for the Sweden pack has every text
/// the pack shows (its own files and the shared ones), and its own Sweden
/// files have exactly English's keys; English and Swedish, the pack's
/// languages, are among them, with at least Arabic, Somali, Persian, Dari,
/// Tigrinya and Ukrainian.
#[test]
fn every_locale_offered_for_sweden_has_all_its_texts() {
    use newcomer_guide::domain::i18n::parse_languages;
    use newcomer_guide::domain::pack::SWEDEN;
    let list =
        parse_languages(&std::fs::read_to_string(locales_dir().join("languages.toml")).unwrap())
            .unwrap();
    let offered: Vec<&str> = list
        .iter()
        .filter(|l| l.packs.iter().any(|p| p == "se"))
        .map(|l| l.code.as_str())
        .collect();
    for code in ["sv", "en", "ar", "so", "fa", "prs", "ti", "uk"] {
        assert!(offered.contains(&code), "{code} is not offered for Sweden");
    }
    assert!(SWEDEN.topics.len() >= 15, "{} topics", SWEDEN.topics.len());
    let wanted = sweden_keys();
    for code in offered {
        let dir = locales_dir().join(code);
        let mut ids = BTreeSet::new();
        for file in SWEDEN.text_files {
            ids.extend(message_ids(&dir.join(file)));
        }
        let missing: Vec<_> = wanted.iter().filter(|k| !ids.contains(*k)).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        for file in SWEDEN.own_text_files {
            let ours = message_ids(&dir.join(file));
            let en = message_ids(&locales_dir().join("en").join(file));
            let lacks: Vec<_> = en.difference(&ours).collect();
            let extra: Vec<_> = ours.difference(&en).collect();
            assert!(
                lacks.is_empty() && extra.is_empty(),
                "{code}/{file}: lacks {lacks:?}, has extra {extra:?}"
            );
        }
    }
}
