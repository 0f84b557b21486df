//! A country pack's fact files (`content/<pack>/topics.toml` and
//! `steps.toml`) as read with serde, and the content check run on them.
//!
//! The build (`build.rs`, which includes this file) turns them into the
//! constants of `domain::topics`, so the app carries no TOML parsing for its
//! own facts; the native tests (`tests/content.rs`) read the same files
//! through the same types. Keep this module free of crate imports: build.rs
//! compiles it on its own.

use std::collections::BTreeSet;

use serde::Deserialize;

/// `topics.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TopicsFile {
    pub pack: String,
    pub official_domains: Vec<String>,
    #[serde(default)]
    pub also_official: Vec<String>,
    #[serde(default)]
    pub gone_domains: Vec<String>,
    #[serde(rename = "authority")]
    pub authorities: Vec<AuthorityEntry>,
    #[serde(rename = "source")]
    pub sources: Vec<SourceEntry>,
    #[serde(rename = "phone", default)]
    pub phones: Vec<PhoneEntry>,
    #[serde(rename = "topic")]
    pub topics: Vec<TopicEntry>,
    #[serde(rename = "checklist", default)]
    pub checklist: Vec<ChecklistEntry>,
}

/// `steps.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepsFile {
    #[serde(rename = "step")]
    pub steps: Vec<StepEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AuthorityEntry {
    pub id: String,
    pub name_fi: String,
    pub name_sv: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub id: String,
    pub owner: String,
    pub url: String,
    pub trace: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneEntry {
    pub id: String,
    pub number: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicEntry {
    pub id: String,
    pub steps: usize,
    pub authorities: Vec<String>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub phones: Vec<String>,
    pub checked: String,
    pub trace: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepEntry {
    pub id: String,
    pub sources: Vec<String>,
    pub checked: String,
    pub trace: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistEntry {
    pub id: String,
    pub topic: String,
}

/// Both files of one pack.
#[derive(Debug)]
pub struct PackFiles {
    pub topics: TopicsFile,
    pub steps: StepsFile,
}

impl PackFiles {
    /// Reads both files' text; the error names the file and what is wrong.
    pub fn parse(topics_toml: &str, steps_toml: &str) -> Result<PackFiles, String> {
        let topics = toml::from_str(topics_toml).map_err(|e| format!("topics.toml: {e}"))?;
        let steps = toml::from_str(steps_toml).map_err(|e| format!("steps.toml: {e}"))?;
        Ok(PackFiles { topics, steps })
    }

    /// Every problem that makes the pack unfit to show: broken references,
    /// sources that are not official pages, missing or malformed dates.
    /// Dates after `today` (YYYY-MM-DD) are problems too; pass `None` where
    /// the day is not known (the build).
    pub fn problems(&self, today: Option<&str>) -> Vec<String> {
        let t = &self.topics;
        let mut out = Vec::new();
        for (what, ids) in [
            (
                "authority",
                t.authorities.iter().map(|a| &a.id).collect::<Vec<_>>(),
            ),
            ("source", t.sources.iter().map(|s| &s.id).collect()),
            ("phone", t.phones.iter().map(|p| &p.id).collect()),
            ("topic", t.topics.iter().map(|x| &x.id).collect()),
            ("step", self.steps.steps.iter().map(|s| &s.id).collect()),
            (
                "checklist item",
                t.checklist.iter().map(|c| &c.id).collect(),
            ),
        ] {
            let mut seen = BTreeSet::new();
            for id in ids {
                if !is_id(id) {
                    out.push(format!(
                        "{what} id {id:?}: use lower-case letters, digits and '-'"
                    ));
                }
                if !seen.insert(id) {
                    out.push(format!("{what} {id} is listed twice"));
                }
            }
        }
        for s in &t.sources {
            out.extend(self.url_problems(&s.id, &s.url));
            if s.trace.trim().is_empty() {
                out.push(format!("source {}: trace is empty", s.id));
            }
            if !is_id(&s.owner) {
                out.push(format!("source {}: owner {:?} is not an id", s.id, s.owner));
            }
        }
        for p in &t.phones {
            let digits = p.number.chars().filter(char::is_ascii_digit).count();
            let only = p
                .number
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ' || c == '+');
            if digits < 3 || !only {
                out.push(format!(
                    "phone {}: {:?} is not a phone number",
                    p.id, p.number
                ));
            }
        }
        for topic in &t.topics {
            let at = format!("topic {}", topic.id);
            if topic.steps == 0 {
                out.push(format!("{at}: steps must be at least 1"));
            }
            if topic.authorities.is_empty() {
                out.push(format!("{at}: names no authority"));
            }
            for a in &topic.authorities {
                if !t.authorities.iter().any(|x| &x.id == a) {
                    out.push(format!("{at}: unknown authority {a}"));
                }
            }
            for p in &topic.phones {
                if !t.phones.iter().any(|x| &x.id == p) {
                    out.push(format!("{at}: unknown phone {p}"));
                }
            }
            out.extend(self.cited_problems(&at, &topic.sources));
            out.extend(date_problems(&at, &topic.checked, today));
            if topic.trace.trim().is_empty() {
                out.push(format!("{at}: trace is empty"));
            }
        }
        for step in &self.steps.steps {
            let at = format!("step {}", step.id);
            out.extend(self.cited_problems(&at, &step.sources));
            out.extend(date_problems(&at, &step.checked, today));
            if step.trace.trim().is_empty() {
                out.push(format!("{at}: trace is empty"));
            }
        }
        for c in &t.checklist {
            if !t.topics.iter().any(|x| x.id == c.topic) {
                out.push(format!(
                    "checklist item {}: unknown topic {}",
                    c.id, c.topic
                ));
            }
        }
        out
    }

    /// A topic or step cites known sources, at least one of them on the
    /// official-domain list itself.
    fn cited_problems(&self, at: &str, sources: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        let mut official = false;
        for id in sources {
            match self.topics.sources.iter().find(|s| &s.id == id) {
                Some(s) => {
                    official |=
                        host(&s.url).is_some_and(|h| on_list(h, &self.topics.official_domains))
                }
                None => out.push(format!("{at}: unknown source {id}")),
            }
        }
        if !official {
            out.push(format!(
                "{at}: no source on the official-domain list ({})",
                self.topics.official_domains.join(", ")
            ));
        }
        out
    }

    fn url_problems(&self, id: &str, url: &str) -> Vec<String> {
        let t = &self.topics;
        let at = format!("source {id}");
        let Some(h) = host(url) else {
            return vec![format!("{at}: {url:?} is not an https address")];
        };
        let mut out = Vec::new();
        if url.contains(char::is_whitespace) {
            out.push(format!("{at}: the address contains a space"));
        }
        if on_list(h, &t.gone_domains) {
            out.push(format!("{at}: {h} no longer exists; link to its successor"));
        } else if !on_list(h, &t.official_domains) && !on_list(h, &t.also_official) {
            out.push(format!("{at}: {h} is not an official domain of this pack"));
        }
        out
    }
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The host of an `https://` address, without a port.
pub fn host(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

/// `www.kela.fi` is on a list that names `kela.fi`.
fn on_list(host: &str, domains: &[String]) -> bool {
    domains.iter().any(|d| {
        host == d
            || host
                .strip_suffix(d.as_str())
                .is_some_and(|p| p.ends_with('.'))
    })
}

fn date_problems(at: &str, date: &str, today: Option<&str>) -> Vec<String> {
    if !is_iso_date(date) {
        return vec![format!("{at}: checked {date:?} is not a date (YYYY-MM-DD)")];
    }
    match today {
        // ISO dates compare as text.
        Some(today) if date > today => vec![format!("{at}: checked {date} is in the future")],
        _ => Vec::new(),
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    let (Some(_), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_domain_lists() {
        assert_eq!(host("https://www.kela.fi/kela-card"), Some("www.kela.fi"));
        assert_eq!(host("http://kela.fi/"), None);
        let list = vec!["kela.fi".to_string()];
        assert!(on_list("www.kela.fi", &list));
        assert!(on_list("kela.fi", &list));
        assert!(!on_list("notkela.fi", &list));
    }

    #[test]
    fn dates() {
        assert!(is_iso_date("2026-12-03"));
        assert!(!is_iso_date("3.12.2026"));
        assert!(!is_iso_date("2026-13-01"));
        assert!(date_problems("x", "2026-12-05", Some("2026-12-04"))[0].contains("future"));
        assert!(date_problems("x", "2026-12-04", Some("2026-12-04")).is_empty());
    }
}
