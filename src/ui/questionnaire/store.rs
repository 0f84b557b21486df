//! The answers in memory and, on a personal device, in storage.

use leptos::prelude::*;

use crate::domain::answers::{Answer, Answers, LoadError, Loaded};
use crate::domain::pack::Pack;
use crate::domain::questions::{Question, QUESTIONS};
use crate::ui::guide::checklist::ChecklistStore;
use crate::web::storage;

#[derive(Clone, Copy)]
pub struct AnswerStore {
    pub answers: RwSignal<Answers>,
    /// A notice about stored answers (a Fluent key), shown once.
    pub notice: RwSignal<Option<&'static str>>,
    /// False when storage holds answers from a newer app version: they are
    /// left untouched rather than overwritten.
    writable: StoredValue<bool>,
    /// The active pack's questionnaire, which the answers belong to.
    catalogue: StoredValue<&'static [Question]>,
    /// The answers came from the tab's other page (`web::handoff`), not
    /// from storage.
    handed_over: StoredValue<bool>,
}

impl AnswerStore {
    /// Empty until [`AnswerStore::load_for`]: which questionnaire the
    /// stored answers belong to is known once the config is read.
    pub fn provide() -> AnswerStore {
        let store = AnswerStore {
            answers: RwSignal::new(Answers::default()),
            notice: RwSignal::new(None),
            writable: StoredValue::new(true),
            catalogue: StoredValue::new(QUESTIONS),
            handed_over: StoredValue::new(false),
        };
        provide_context(store);
        store
    }

    /// Reads the stored answers with the pack's questionnaire (before the
    /// first page shows).
    pub fn load_for(&self, pack: &'static Pack) {
        self.catalogue.set_value(pack.questions);
        let (answers, notice, writable) = load(pack.questions);
        self.answers.set(answers);
        self.notice.set(notice);
        self.writable.set_value(writable);
    }

    /// Takes the answers the tab's other page handed over, in memory only
    /// (a kiosk or a browser without storage), in place of stored ones.
    pub fn receive(&self, answers: Answers) {
        self.handed_over.set_value(true);
        self.answers.set(answers);
    }

    /// Whether the answers in memory are the ones [`AnswerStore::receive`]
    /// took, so not a previous person's from storage.
    pub fn was_handed_over(&self) -> bool {
        self.handed_over.get_value()
    }

    pub fn expect() -> AnswerStore {
        expect_context::<AnswerStore>()
    }

    /// Stores a validated answer; answers to questions that stop applying
    /// are dropped by the domain.
    pub fn set(&self, id: &str, answer: Answer) {
        let catalogue = self.catalogue.get_value();
        self.answers.update(|a| a.set_in(catalogue, id, answer));
        self.save();
    }

    /// Clears the answers only ("start again").
    pub fn clear(&self) {
        self.answers.update(Answers::clear);
        self.save();
    }

    /// Removes every trace of the person from this device: answers,
    /// checklist ticks and the language choice (the page keeps showing the
    /// current language until it is closed).
    pub fn delete_everything(&self) {
        storage::delete_all();
        self.answers.set(Answers::default());
        self.writable.set_value(true);
        if let Some(checklist) = use_context::<ChecklistStore>() {
            checklist.clear_in_memory();
        }
        self.notice.set(Some("qn-deleted"));
    }

    fn save(&self) {
        if !self.writable.get_value() {
            return;
        }
        let answers = self.answers.get_untracked();
        if answers.is_empty() {
            storage::remove(storage::KEY_ANSWERS);
        } else {
            storage::set(storage::KEY_ANSWERS, &answers.to_stored());
        }
    }
}

/// Reads stored answers, migrating the older key and format.
fn load(catalogue: &'static [Question]) -> (Answers, Option<&'static str>, bool) {
    let (text, from_old_key) = match storage::get(storage::KEY_ANSWERS) {
        Some(t) => (t, false),
        None => match storage::get(storage::KEY_ANSWERS_V1) {
            Some(t) => (t, true),
            None => return (Answers::default(), None, true),
        },
    };
    match Answers::from_stored_in(catalogue, &text) {
        Ok(Loaded::Current { answers, dropped }) => {
            let notice = (dropped > 0).then_some("qn-notice-dropped");
            (answers, notice, true)
        }
        Ok(Loaded::Migrated { answers, dropped }) => {
            storage::set(storage::KEY_ANSWERS, &answers.to_stored());
            if from_old_key {
                storage::remove(storage::KEY_ANSWERS_V1);
            }
            let notice = if dropped > 0 {
                "qn-notice-dropped"
            } else {
                "qn-notice-migrated"
            };
            (answers, Some(notice), true)
        }
        Err(LoadError::Corrupt) => {
            storage::remove(if from_old_key {
                storage::KEY_ANSWERS_V1
            } else {
                storage::KEY_ANSWERS
            });
            (Answers::default(), Some("qn-notice-discarded"), true)
        }
        Err(LoadError::Newer(_)) => (Answers::default(), Some("qn-notice-newer"), false),
    }
}
