//! Search over the real guide texts in every locale: a topic is found by a
//! word of its body, whatever its case and diacritics.

mod common;

use common::{languages, locales_dir};
use newcomer_guide::domain::i18n::{FtlSource, Localizer, FTL_FILES, REFERENCE_LOCALE};
use newcomer_guide::domain::search::{normalise, search, Document};
use newcomer_guide::domain::topics::TOPICS;

fn sources(code: &str) -> Vec<FtlSource> {
    FTL_FILES
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(locales_dir().join(code).join(f));
            (f.to_string(), text.map_err(|e| e.to_string()))
        })
        .collect()
}

fn localizer(code: &str) -> Localizer {
    let en = sources(REFERENCE_LOCALE);
    if code == REFERENCE_LOCALE {
        Localizer::new(code, &[], &en)
    } else {
        Localizer::new(code, &sources(code), &en)
    }
}

fn documents(loc: &Localizer) -> Vec<Document<'static>> {
    TOPICS
        .iter()
        .map(|t| Document {
            id: t.id,
            title: loc.text(&t.title_key()),
            body: t.text_keys()[1..]
                .iter()
                .map(|k| loc.text(k))
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect()
}

#[test]
fn every_locale_loads_with_no_gaps() {
    for l in languages() {
        let loc = localizer(&l.code);
        assert!(!loc.has_gaps(), "{}: {:?}", l.code, loc.problems());
    }
}

/// For each topic, its most distinctive body word (the longest word that no
/// other topic's title or body contains), upper-cased, finds the topic.
#[test]
fn each_topic_is_found_by_a_body_word_in_every_locale() {
    for l in languages() {
        let loc = localizer(&l.code);
        let docs = documents(&loc);
        let mut tested = 0;
        let folded: Vec<String> = docs
            .iter()
            .map(|d| normalise(&format!("{} {}", d.title, d.body)))
            .collect();
        for (i, doc) in docs.iter().enumerate() {
            let body = normalise(&doc.body);
            let mut words: Vec<&str> = body.split(' ').filter(|w| w.chars().count() >= 4).collect();
            words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
            let Some(word) = words.into_iter().find(|w| {
                folded
                    .iter()
                    .enumerate()
                    .all(|(j, f)| j == i || !f.contains(*w))
            }) else {
                continue; // every word is shared; nothing distinctive to test
            };
            // Find the word as written in the text (with its case and marks).
            let query = word.to_uppercase();
            let hits = search(&query, &docs);
            assert!(
                hits.contains(&doc.id),
                "{}: '{query}' did not find {}",
                l.code,
                doc.id
            );
            tested += 1;
        }
        assert!(
            tested >= TOPICS.len() - 2,
            "{}: only {tested} topics had a distinctive word",
            l.code
        );
    }
}

#[test]
fn diacritics_in_the_query_or_text_do_not_matter() {
    let loc = localizer("fi");
    let docs = documents(&loc);
    let with = search("Työmarkkinatori", &docs);
    let without = search("tyomarkkinatori", &docs);
    assert!(!with.is_empty());
    assert_eq!(with, without);
}

/// Valvira closed at the end of 2025; a person who knows only the old name
/// must still reach the topic that names the agency that replaced it.
#[test]
fn the_old_name_valvira_finds_the_qualifications_topic() {
    for code in ["en", "fi"] {
        let loc = localizer(code);
        let docs = documents(&loc);
        assert!(
            search("Valvira", &docs).contains(&"qualifications"),
            "{code}"
        );
    }
}
