//! Guide search: text normalisation that ignores case and diacritics across
//! Latin, Cyrillic and Arabic script, and matching of a query against topics.

/// Folds text for matching: lower case, Latin diacritics removed (ä → a,
/// š → s), Cyrillic ё → е and й → и, Arabic vowel marks and tatweel removed,
/// Arabic/Persian letter variants unified (أ إ آ → ا, ى ی → ي, ک → ك, ة → ه),
/// and every run of non-letters collapsed to one space.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if is_mark(c) {
            continue;
        }
        let c = fold(c);
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
    out
}

/// Combining marks and Arabic diacritics that carry no meaning for search.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'   // Latin combining diacritics
        | '\u{0610}'..='\u{061A}' // Arabic signs
        | '\u{064B}'..='\u{065F}' // Arabic harakat (tashkeel)
        | '\u{0670}'              // superscript alef
        | '\u{06D6}'..='\u{06ED}' // Quranic annotation marks
        | '\u{0640}'              // tatweel
        | '\u{200C}' | '\u{200D}' // zero-width (non-)joiner, common in Persian
        | '\u{2066}'..='\u{2069}' // bidi isolates inserted by Fluent
    )
}

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ß' => 's',
        'ё' => 'е',
        'й' => 'и',
        'ї' | 'і' => 'и',
        'є' => 'е',
        'ґ' => 'г',
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' | 'ئ' => 'ي',
        'ک' => 'ك',
        'ة' => 'ه',
        'ۀ' => 'ه',
        'ؤ' => 'و',
        _ => c,
    }
}

/// One searchable topic: its id and its texts in the active language.
pub struct Document<'a> {
    pub id: &'a str,
    pub title: String,
    pub body: String,
}

/// Ids of the documents that contain every word of the query (as a part of a
/// word, so "regist" finds "registration"), title matches first, then in
/// catalogue order. An empty query matches nothing.
pub fn search<'a>(query: &str, documents: &[Document<'a>]) -> Vec<&'a str> {
    let words: Vec<String> = normalise(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(bool, usize, &'a str)> = documents
        .iter()
        .enumerate()
        .filter_map(|(i, doc)| {
            let title = normalise(&doc.title);
            let all = format!("{title} {}", normalise(&doc.body));
            words.iter().all(|w| all.contains(w.as_str())).then(|| {
                let in_title = words.iter().all(|w| title.contains(w.as_str()));
                (!in_title, i, doc.id)
            })
        })
        .collect();
    // The index is part of each key, so no two are equal and stability
    // does not matter.
    hits.sort_unstable();
    hits.into_iter().map(|(_, _, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_latin_diacritics() {
        assert_eq!(normalise("Äänestys ÖLJY Šokki"), "aanestys oljy sokki");
        assert_eq!(normalise("  Kela-kortti!! "), "kela kortti");
    }

    #[test]
    fn folds_cyrillic_variants() {
        assert_eq!(normalise("Ёлка ПОЛИЦИЯ"), "елка полиция");
        assert_eq!(normalise("Її"), "ии");
    }

    #[test]
    fn folds_arabic_and_persian_variants() {
        // With and without harakat, alef variants, Persian yeh and keheh.
        assert_eq!(normalise("مُسَاعَدَة"), normalise("مساعده"));
        assert_eq!(normalise("إقامة"), normalise("اقامه"));
        assert_eq!(normalise("کارت ملی"), normalise("كارت ملي"));
        assert_eq!(normalise("بـــنك"), "بنك");
    }

    fn docs() -> Vec<Document<'static>> {
        vec![
            Document {
                id: "tax",
                title: "Tax card".into(),
                body: "Get a tax card before you start work.".into(),
            },
            Document {
                id: "work",
                title: "Work".into(),
                body: "Register as a jobseeker. A tax card is needed.".into(),
            },
        ]
    }

    #[test]
    fn finds_by_body_word_title_first() {
        assert_eq!(search("TAX", &docs()), vec!["tax", "work"]);
        assert_eq!(search("jobseek", &docs()), vec!["work"]);
        assert_eq!(search("card register", &docs()), vec!["work"]);
    }

    #[test]
    fn empty_or_unmatched_queries_find_nothing() {
        assert!(search("   ", &docs()).is_empty());
        assert!(search("?!", &docs()).is_empty());
        assert!(search("pension", &docs()).is_empty());
    }
}
