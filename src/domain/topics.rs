//! The basic-information guide as data: topics, the authorities behind them,
//! the official pages they rest on, phone numbers, the first-steps checklist,
//! and the sources of every pathway step.
//!
//! The facts live in `content/<pack>/topics.toml` and `steps.toml`; build.rs
//! turns them into the constants below (see `content_file` for the format).
//! Every text is a Fluent key derived from an id here (see `Topic::*_key`), so
//! adding a topic means adding one entry to the TOML and its keys in every
//! locale; `tests/topics.rs` and `tests/content.rs` enforce both sides.

/// Responsible authority. The English (or active-language) name comes from
/// Fluent (`authority-<id>`); the Finnish and Swedish names are proper names the
/// person will see on signs and letters, so they are data, not translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Authority {
    /// Prefix of the struct's text keys: "" for Finland, "se-" for Sweden.
    pub keys: &'static str,
    pub id: &'static str,
    pub name_fi: &'static str,
    pub name_sv: &'static str,
}

impl Authority {
    pub fn name_key(&self) -> String {
        format!("{}authority-{}", self.keys, self.id)
    }
}

pub fn authority(id: &str) -> Option<&'static Authority> {
    AUTHORITIES.iter().find(|a| a.id == id)
}

/// An official page a topic or step rests on, shown as "<owner>: <title>"
/// (`owner-<owner>`, `source-<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Prefix of the struct's text keys: "" for Finland, "se-" for Sweden.
    pub keys: &'static str,
    pub id: &'static str,
    pub owner: &'static str,
    pub url: &'static str,
}

impl Source {
    pub fn label_key(&self) -> String {
        format!("{}source-{}", self.keys, self.id)
    }
    pub fn owner_key(&self) -> String {
        format!("{}owner-{}", self.keys, self.owner)
    }
}

/// A phone number. The label is a Fluent key (`phone-<id>`); `number` is shown
/// as written and dialled through `tel:` with spaces removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phone {
    /// Prefix of the struct's text keys: "" for Finland, "se-" for Sweden.
    pub keys: &'static str,
    pub id: &'static str,
    pub number: &'static str,
}

impl Phone {
    pub fn label_key(&self) -> String {
        format!("{}phone-{}", self.keys, self.id)
    }

    pub fn tel_href(&self) -> String {
        let digits: String = self
            .number
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        format!("tel:{digits}")
    }
}

/// A guide topic. Text keys: `topic-<id>-title`, `topic-<id>-summary`, and
/// `topic-<id>-step-1` … `topic-<id>-step-<steps>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Topic {
    /// Prefix of the struct's text keys: "" for Finland, "se-" for Sweden.
    pub keys: &'static str,
    pub id: &'static str,
    pub steps: usize,
    pub authorities: &'static [&'static str],
    pub sources: &'static [Source],
    pub phones: &'static [Phone],
    /// ISO date on which this topic's text was last compared with its sources.
    pub last_checked: &'static str,
}

impl Topic {
    pub fn title_key(&self) -> String {
        format!("{}topic-{}-title", self.keys, self.id)
    }
    pub fn summary_key(&self) -> String {
        format!("{}topic-{}-summary", self.keys, self.id)
    }
    pub fn step_keys(&self) -> Vec<String> {
        (1..=self.steps)
            .map(|n| format!("{}topic-{}-step-{n}", self.keys, self.id))
            .collect()
    }
    /// Every Fluent key this topic needs, in reading order.
    pub fn text_keys(&self) -> Vec<String> {
        let mut keys = vec![self.title_key(), self.summary_key()];
        keys.extend(self.step_keys());
        keys
    }
    pub fn is_checklist(&self) -> bool {
        self.id == CHECKLIST_TOPIC
    }
}

/// The topic that carries the first-steps checklist.
pub const CHECKLIST_TOPIC: &str = "first-steps";

/// The official pages a pathway step rests on, and when its text was last
/// compared with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepSources {
    pub step: &'static str,
    pub sources: &'static [Source],
    pub last_checked: &'static str,
}

pub fn step_sources(step: &str) -> Option<&'static StepSources> {
    STEP_SOURCES.iter().find(|s| s.step == step)
}

// The Finland pack's facts, generated from content/fi/*.toml.
include!(concat!(env!("OUT_DIR"), "/content_fi.rs"));

/// The Sweden pack's facts, generated from content/se/*.toml; `pack::SWEDEN`
/// puts them together with its questionnaire and rules.
pub mod se {
    use super::{Authority, ChecklistItem, Phone, Source, StepSources, Topic};
    include!(concat!(env!("OUT_DIR"), "/content_se.rs"));
}

pub fn topic(id: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.id == id)
}

/// One tickable step of the first-steps checklist. Text: `check-<id>`; the
/// step points to the topic that explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChecklistItem {
    /// Prefix of the struct's text keys: "" for Finland, "se-" for Sweden.
    pub keys: &'static str,
    pub id: &'static str,
    pub topic: &'static str,
}

impl ChecklistItem {
    pub fn text_key(&self) -> String {
        format!("{}check-{}", self.keys, self.id)
    }
}

/// The ticked checklist steps, kept as ids so a stored list survives text
/// changes; unknown ids (a step removed in a later version) are dropped.
pub fn known_checklist_ids(ids: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = ids
        .into_iter()
        // One site is one pack, so either pack's ids are the site's own.
        .filter(|id| CHECKLIST.iter().chain(se::CHECKLIST).any(|c| c.id == id))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_checklist_ids_are_dropped_and_duplicates_merged() {
        let ids = ["kela", "gone", "kela", "bank"].map(String::from);
        assert_eq!(known_checklist_ids(ids), vec!["bank", "kela"]);
    }

    #[test]
    fn tel_href_keeps_only_digits_and_plus() {
        assert_eq!(
            Phone {
                keys: "",
                id: "x",
                number: "09 2525 0111"
            }
            .tel_href(),
            "tel:0925250111"
        );
        assert_eq!(
            Phone {
                keys: "",
                id: "y",
                number: "116 117"
            }
            .tel_href(),
            "tel:116117"
        );
    }
}
