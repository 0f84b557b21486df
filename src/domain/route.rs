//! The app's hash routes. Everything after `#` is ours, so the app works from
//! any static host and any subfolder without rewrite rules.

use super::pack::{FINLAND, SWEDEN};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `#/` or no hash: the start page (the language screen on a first visit).
    Home,
    /// `#/language`: choose or change the language.
    Language,
    /// `#/municipality`: choose or change the municipality (a regional site).
    Municipality,
    /// `#/guide`, with an optional search query `#/guide?q=…`.
    Guide {
        query: String,
    },
    /// `#/guide/<topic>`.
    Topic(String),
    /// `#/questions`: the questionnaire's start page.
    Questions,
    /// `#/questions/<id>`; `from_check` (`?from=check`) returns to the check
    /// page after answering.
    Question {
        id: String,
        from_check: bool,
    },
    /// `#/questions/check`: check your answers.
    Check,
    /// `#/pathway`: the suggested pathway and ways to take it along.
    Pathway,
    /// `#/print?lang=fi`: the A4 print view, the person's language beside a
    /// caseworker language.
    Print {
        lang: Option<String>,
    },
    /// `#/admin/config-check`: problems in the municipality's config.
    ConfigCheck,
    /// `#/mine/<payload>`: answers brought home from a kiosk by QR code, in
    /// the person's own view, with "save on this phone".
    Mine(String),
    /// `#/handover/<payload>`: the caseworker's view of a handover link;
    /// `#/handover` alone opens a saved file.
    Handover(Option<String>),
    NotFound(String),
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["language"] => Route::Language,
            ["municipality"] => Route::Municipality,
            ["guide"] => Route::Guide {
                query: query_param(query, "q").unwrap_or_default(),
            },
            // The municipality's own topic (local/<lang>.ftl).
            ["guide", "local"] => Route::Topic("local".to_string()),
            // A topic of either pack: the page shows "not found" for one
            // the site's pack does not have.
            ["guide", id] => match FINLAND.topic(id).or_else(|| SWEDEN.topic(id)) {
                Some(t) => Route::Topic(t.id.to_string()),
                None => Route::NotFound(hash.to_string()),
            },
            ["pathway"] => Route::Pathway,
            ["print"] => Route::Print {
                lang: query_param(query, "lang").filter(|l| !l.is_empty()),
            },
            ["admin", "config-check"] => Route::ConfigCheck,
            ["mine", payload] => Route::Mine(payload.to_string()),
            ["handover"] => Route::Handover(None),
            ["handover", payload] => Route::Handover(Some(payload.to_string())),
            ["questions"] => Route::Questions,
            ["questions", "check"] => Route::Check,
            ["questions", id] => match FINLAND.question(id).or_else(|| SWEDEN.question(id)) {
                Some(q) => Route::Question {
                    id: q.id.to_string(),
                    from_check: query_param(query, "from").as_deref() == Some("check"),
                },
                None => Route::NotFound(hash.to_string()),
            },
            _ => Route::NotFound(hash.to_string()),
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Language => "#/language".into(),
            Route::Municipality => "#/municipality".into(),
            Route::Guide { query } if query.is_empty() => "#/guide".into(),
            Route::Guide { query } => format!("#/guide?q={}", encode_component(query)),
            Route::Topic(id) => format!("#/guide/{id}"),
            Route::Questions => "#/questions".into(),
            Route::Pathway => "#/pathway".into(),
            Route::Print { lang: None } => "#/print".into(),
            Route::Print { lang: Some(l) } => format!("#/print?lang={}", encode_component(l)),
            Route::ConfigCheck => "#/admin/config-check".into(),
            Route::Mine(p) => format!("#/mine/{p}"),
            Route::Handover(None) => "#/handover".into(),
            Route::Handover(Some(p)) => format!("#/handover/{p}"),
            Route::Check => "#/questions/check".into(),
            Route::Question {
                id,
                from_check: false,
            } => format!("#/questions/{id}"),
            Route::Question {
                id,
                from_check: true,
            } => format!("#/questions/{id}?from=check"),
            Route::NotFound(hash) => hash.clone(),
        }
    }
}

fn query_param(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then(|| decode_component(v))
    })
}

/// Percent-encodes everything but unreserved ASCII, so any script survives the
/// trip through the address bar.
pub fn encode_component(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes percent-escapes and `+`; malformed escapes are kept as written and
/// invalid UTF-8 is replaced, never an error.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_known_routes() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
        assert_eq!(Route::parse("#/language"), Route::Language);
        assert_eq!(
            Route::parse("#/guide"),
            Route::Guide {
                query: String::new()
            }
        );
        assert_eq!(Route::parse("#/guide/kela"), Route::Topic("kela".into()));
        assert_eq!(Route::parse("#/guide/kela/"), Route::Topic("kela".into()));
    }

    #[test]
    fn questionnaire_routes_round_trip() {
        for r in [
            Route::Questions,
            Route::Check,
            Route::Question {
                id: "housing".into(),
                from_check: false,
            },
            Route::Question {
                id: "housing".into(),
                from_check: true,
            },
        ] {
            assert_eq!(Route::parse(&r.href()), r);
        }
        assert!(matches!(
            Route::parse("#/questions/nope"),
            Route::NotFound(_)
        ));
    }

    #[test]
    fn unknown_routes_and_topics_are_not_found() {
        assert!(matches!(Route::parse("#/nope"), Route::NotFound(_)));
        assert!(matches!(Route::parse("#/guide/nope"), Route::NotFound(_)));
        assert!(matches!(Route::parse("#/guide/kela/x"), Route::NotFound(_)));
    }

    #[test]
    fn search_query_round_trips_through_the_hash() {
        for q in ["tax card", "Kela ä", "بطاقة الضرائب", "100%", "a&b=c"] {
            let href = Route::Guide { query: q.into() }.href();
            assert_eq!(
                Route::parse(&href),
                Route::Guide { query: q.into() },
                "{href}"
            );
        }
    }

    #[test]
    fn malformed_escapes_are_kept() {
        assert_eq!(decode_component("%zz%4"), "%zz%4");
        assert_eq!(decode_component("%ff"), "\u{FFFD}");
    }
}
