//! Country packs: everything about one country's system that a person sees,
//! in one table per country. `municipality.toml` names the pack
//! (`country = "fi"` or `"se"`); the app reads its topics, questionnaire,
//! pathway, authorities and texts from here, never from one country's
//! constants directly.

use super::answers::{Answers, Today};
use super::assessment::{self, Step};
use super::questions::{self, Question, Section};
use super::sweden;
use super::topics::{self, Authority, ChecklistItem, StepSources, Topic};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Country {
    #[default]
    Finland,
    Sweden,
}

impl Country {
    /// The code used in `municipality.toml`, in handover payloads and in
    /// `locales/languages.toml` (`packs`).
    pub fn code(self) -> &'static str {
        match self {
            Country::Finland => "fi",
            Country::Sweden => "se",
        }
    }

    pub fn from_code(code: &str) -> Option<Country> {
        match code {
            "fi" => Some(Country::Finland),
            "se" => Some(Country::Sweden),
            _ => None,
        }
    }

    pub fn pack(self) -> &'static Pack {
        match self {
            Country::Finland => &FINLAND,
            Country::Sweden => &SWEDEN,
        }
    }
}

pub const COUNTRY_CODES: &[&str] = &["fi", "se"];

pub struct Pack {
    pub country: Country,
    pub topics: &'static [Topic],
    pub authorities: &'static [Authority],
    pub step_sources: &'static [StepSources],
    pub checklist: &'static [ChecklistItem],
    pub questions: &'static [Question],
    pub sections: &'static [Section],
    /// The questions in handover wire order (append only).
    pub wire: &'static [&'static str],
    pub pathway: fn(&Answers, Today) -> Vec<Step>,
    /// Every step id the pathway can suggest.
    pub step_ids: fn() -> Vec<&'static str>,
    /// The languages a caseworker may read exports in; the first is the
    /// default of the print view's second column.
    pub caseworker_languages: &'static [&'static str],
    /// The languages the language screen puts first when the config says
    /// nothing.
    pub first_languages: &'static [&'static str],
    /// Every text file of a locale folder the pack shows, in load order
    /// (later ones override earlier ones), and those every page needs.
    /// Sweden leaves out Finland's guide texts (`guide.ftl` holds only
    /// Finland's topics), so a Swedish first visit does not download them.
    pub text_files: &'static [&'static str],
    pub first_text_files: &'static [&'static str],
    /// The pack's own files among them (the rest are shared).
    pub own_text_files: &'static [&'static str],
}

pub static FINLAND: Pack = Pack {
    country: Country::Finland,
    topics: topics::TOPICS,
    authorities: topics::AUTHORITIES,
    step_sources: topics::STEP_SOURCES,
    checklist: topics::CHECKLIST,
    questions: questions::QUESTIONS,
    sections: questions::SECTIONS,
    wire: super::handover::WIRE,
    pathway: assessment::pathway,
    step_ids: || assessment::STEP_IDS.to_vec(),
    caseworker_languages: &["fi", "sv", "en"],
    first_languages: &["fi", "sv", "en"],
    text_files: super::i18n::FTL_FILES,
    first_text_files: &["terms.ftl", "app.ftl", "guide.ftl"],
    own_text_files: &["guide.ftl"],
};

pub static SWEDEN: Pack = Pack {
    country: Country::Sweden,
    topics: topics::se::TOPICS,
    authorities: topics::se::AUTHORITIES,
    step_sources: topics::se::STEP_SOURCES,
    checklist: topics::se::CHECKLIST,
    questions: sweden::questions::QUESTIONS,
    sections: sweden::questions::SECTIONS,
    wire: sweden::questions::WIRE,
    pathway: sweden::steps::pathway,
    step_ids: || sweden::RULES.iter().map(|r| r.step).collect(),
    caseworker_languages: &["sv", "en"],
    first_languages: &["sv", "en"],
    text_files: &[
        "terms.ftl",
        "se/terms.ftl",
        "app.ftl",
        "questions.ftl",
        "pathway.ftl",
        "admin.ftl",
        "se/guide.ftl",
        "se/questions.ftl",
    ],
    first_text_files: &["terms.ftl", "se/terms.ftl", "app.ftl", "se/guide.ftl"],
    own_text_files: &["se/terms.ftl", "se/guide.ftl", "se/questions.ftl"],
};

impl Pack {
    pub fn topic(&self, id: &str) -> Option<&'static Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    pub fn authority(&self, id: &str) -> Option<&'static Authority> {
        self.authorities.iter().find(|a| a.id == id)
    }

    pub fn step_sources(&self, step: &str) -> Option<&'static StepSources> {
        self.step_sources.iter().find(|s| s.step == step)
    }

    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn section(&self, id: &str) -> Option<&'static Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The position of a question's section, counted from 1.
    pub fn section_number(&self, id: &str) -> usize {
        self.sections
            .iter()
            .position(|s| s.id == id)
            .map_or(1, |i| i + 1)
    }

    /// The authority's name as on its signs and letters: Finnish in
    /// Finland, Swedish in Sweden.
    pub fn sign_name(&self, a: &Authority) -> &'static str {
        match self.country {
            Country::Finland => a.name_fi,
            Country::Sweden => a.name_sv,
        }
    }

    /// The language of the signs (`sign_name`).
    pub fn sign_language(&self) -> &'static str {
        match self.country {
            Country::Finland => "fi",
            Country::Sweden => "sv",
        }
    }

    /// What a local office may serve: the pathway's steps, the guide's
    /// topics, and `local`, the municipality's own topic.
    pub fn office_targets(&self) -> Vec<&'static str> {
        let mut t = (self.step_ids)();
        t.extend(self.topics.iter().map(|t| t.id));
        t.push("local");
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for code in COUNTRY_CODES {
            assert_eq!(Country::from_code(code).unwrap().code(), *code);
        }
        assert_eq!(Country::from_code("no"), None);
    }

    #[test]
    fn each_pack_has_its_own_questions_and_topics() {
        assert!(SWEDEN.question("personnummer").is_some());
        assert!(FINLAND.question("personnummer").is_none());
        assert!(SWEDEN.topic("sfi").is_some());
        assert!(FINLAND.topic("sfi").is_none());
        assert!(SWEDEN.office_targets().contains(&"se-sfi-path-1"));
        assert!(!FINLAND.office_targets().contains(&"se-sfi-path-1"));
    }
}
