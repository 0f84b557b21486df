//! The guide's catalogue: enough topics, every text key in every locale,
//! links that are https and phones that are tel:, consistent ids.

mod common;

use std::collections::BTreeSet;

use common::{languages, parse_locale};
use newcomer_guide::domain::topics::{authority, topic, AUTHORITIES, CHECKLIST, TOPICS};

#[test]
fn at_least_fifteen_topics_with_unique_ids() {
    assert!(TOPICS.len() >= 15);
    let ids: BTreeSet<_> = TOPICS.iter().map(|t| t.id).collect();
    assert_eq!(ids.len(), TOPICS.len());
}

#[test]
fn the_required_subjects_are_covered() {
    for id in [
        "first-steps",
        "residence-permit",
        "identity-code",
        "kela",
        "tax",
        "bank-id",
        "work",
        "integration",
        "language",
        "health",
        "emergency",
        "housing",
        "children",
        "rights",
        "everyday",
        "help",
        // The first months (issue 19).
        "health-care",
        "right-to-stay",
        "money",
        "letters",
        "interpreters",
        "driving-licence",
    ] {
        assert!(topic(id).is_some(), "topic {id} missing");
    }
}

#[test]
fn every_topic_text_is_in_every_locale() {
    for l in languages() {
        let messages = parse_locale(&l.code).messages;
        for t in TOPICS {
            for key in t.text_keys() {
                assert!(messages.contains_key(&key), "{}: {key}", l.code);
            }
            // No stray step beyond the catalogue's count.
            let next = format!("topic-{}-step-{}", t.id, t.steps + 1);
            assert!(
                !messages.contains_key(&next),
                "{}: {next} not in catalogue",
                l.code
            );
            for a in t.authorities {
                let a = authority(a).unwrap_or_else(|| panic!("{}: unknown authority {a}", t.id));
                assert!(
                    messages.contains_key(&a.name_key()),
                    "{}: {}",
                    l.code,
                    a.name_key()
                );
            }
            for source in t.sources {
                for key in [source.label_key(), source.owner_key()] {
                    assert!(messages.contains_key(&key), "{}: {key}", l.code);
                }
            }
            for p in t.phones {
                assert!(
                    messages.contains_key(&p.label_key()),
                    "{}: {}",
                    l.code,
                    p.label_key()
                );
            }
        }
        for c in CHECKLIST {
            assert!(
                messages.contains_key(&c.text_key()),
                "{}: {}",
                l.code,
                c.text_key()
            );
        }
    }
}

#[test]
fn links_are_https_and_phones_are_tel() {
    for t in TOPICS {
        assert!(!t.sources.is_empty(), "{} has no official source", t.id);
        for l in t.sources {
            assert!(l.url.starts_with("https://"), "{}: {}", t.id, l.url);
            assert!(!l.url.contains(char::is_whitespace));
        }
        for p in t.phones {
            let href = p.tel_href();
            assert!(
                href.starts_with("tel:") && href.len() > 6,
                "{}: {href}",
                t.id
            );
            assert!(href[4..].chars().all(|c| c.is_ascii_digit() || c == '+'));
        }
    }
}

#[test]
fn every_topic_names_an_authority_with_finnish_and_swedish_names() {
    for t in TOPICS {
        assert!(!t.authorities.is_empty(), "{}", t.id);
    }
    for a in AUTHORITIES {
        assert!(!a.name_fi.is_empty() && !a.name_sv.is_empty(), "{}", a.id);
    }
}

#[test]
fn last_checked_is_an_iso_date() {
    for t in TOPICS {
        let parts: Vec<&str> = t.last_checked.split('-').collect();
        assert_eq!(parts.len(), 3, "{}", t.id);
        assert_eq!(parts[0].len(), 4);
        let month: u32 = parts[1].parse().unwrap();
        let day: u32 = parts[2].parse().unwrap();
        assert!((1..=12).contains(&month) && (1..=31).contains(&day));
    }
}

#[test]
fn checklist_steps_point_to_real_topics() {
    for c in CHECKLIST {
        assert!(topic(c.topic).is_some(), "{} -> {}", c.id, c.topic);
    }
}

/// valvira.fi is gone (Valvira closed on 31.12.2025): no topic may send a
/// person there, and the right to practise points to its successor.
#[test]
fn no_link_to_the_closed_valvira_and_qualifications_name_lvv() {
    for t in TOPICS {
        for l in t.sources {
            assert!(!l.url.contains("valvira.fi"), "{}: {}", t.id, l.url);
        }
    }
    let q = topic("qualifications").unwrap();
    assert!(q.authorities.contains(&"lvv"));
    assert!(q
        .sources
        .iter()
        .any(|l| l.url.starts_with("https://lvv.fi")));
    assert!(authority("valvira").is_none());
}

/// 116 117 does not answer everywhere, so the health topic points to the
/// site that says where it does.
#[test]
fn health_links_116117_and_help_lists_mieli_in_other_languages() {
    let health = topic("health").unwrap();
    assert!(health.sources.iter().any(|l| l.url == "https://116117.fi/"));
    let help = topic("help").unwrap();
    let numbers: Vec<&str> = help.phones.iter().map(|p| p.number).collect();
    for n in [
        "09 2525 0111",
        "09 2525 0112",
        "09 2525 0113",
        "09 2525 0114",
        "09 2525 0115",
    ] {
        assert!(numbers.contains(&n), "{n}");
    }
    let rights = topic("rights").unwrap();
    assert!(rights.phones.iter().any(|p| p.number == "116 016"));
}
