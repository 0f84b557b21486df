//! The text context: the active locale, its `Localizer`, and loading.
//!
//! Fetches only the active locale (and English's local texts); English, the
//! fallback, only when the active locale turns out to miss something. Of
//! the locale's files, only those every page needs (the pack's
//! `first_text_files`: terms, the shell's and the guide's) come
//! first; the questionnaire's and the pathway's follow when one of their
//! pages is first opened ([`Text::need_all`]), so a visit to the guide never
//! downloads them. A loaded locale is cached for the session, so switching
//! back to it needs no network.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::checklist::Ticks;
use crate::domain::handover::Handover;
use crate::domain::i18n::{
    self, FtlSource, LocaleInfo, Localizer, TextProblem, TranslationStatus, REFERENCE_LOCALE,
};
use crate::domain::pack::Pack;
use crate::domain::route::Route;
use crate::ui::config::ConfigStore;
use crate::ui::guide::checklist::ChecklistStore;
use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::shell::return_to;
use crate::web::{dom, fetch, router, storage};

#[derive(Clone, Copy)]
pub struct Text {
    localizer: RwSignal<Arc<Localizer>>,
    /// The locale list (from `locales/languages.toml`).
    pub languages: RwSignal<Vec<LocaleInfo>>,
    /// The browser's best match, highlighted on the language screen.
    pub suggested: RwSignal<String>,
    /// True once the person has chosen a language (or one was stored).
    pub chosen: RwSignal<bool>,
    /// False until the first locale has loaded.
    pub ready: RwSignal<bool>,
    /// True when the locale list could not be read and the built-in one is used.
    pub languages_fallback: RwSignal<bool>,
    /// Once a page has needed every file (`FTL_FILES`), a language switch
    /// loads them all.
    wants_all: RwSignal<bool>,
    /// The active localizer was made from every file.
    pub has_all: RwSignal<bool>,
    /// A load of every file is on its way: asking again waits for it.
    all_pending: StoredValue<bool>,
    /// Built localizers, by locale code, with whether they have every file.
    cache: StoredValue<HashMap<String, (Arc<Localizer>, bool)>, LocalStorage>,
    /// Files already fetched, by locale code and file name (`local` for the
    /// municipality's texts).
    sources: StoredValue<HashMap<String, Vec<FtlSource>>, LocalStorage>,
    /// The locale most recently asked for; a slower earlier load must not
    /// overwrite it.
    wanted: StoredValue<String>,
    /// Locales whose reference files are being loaded after a miss.
    completing: StoredValue<HashSet<String>>,
    /// Every language of `locales/languages.toml`, before the pack and the
    /// config narrow it to `languages`.
    all_languages: StoredValue<Vec<LocaleInfo>>,
    /// The country pack (its own text files) and the municipality (its
    /// local texts) come from the config.
    config: ConfigStore,
}

/// The municipality's own texts: `local/<code>.ftl`, or on a regional site
/// the chosen municipality's `municipalities/<id>/<code>.ftl`.
fn local_url(municipality: Option<&str>, code: &str) -> String {
    match municipality {
        Some(id) => format!("municipalities/{id}/{code}.ftl"),
        None => format!("local/{code}.ftl"),
    }
}

/// A session the tab's other page handed over (`web::handoff`).
pub struct HandedOver {
    pub handover: Handover,
    pub ticks: Option<Ticks>,
}

pub fn use_text() -> Text {
    expect_context::<Text>()
}

impl Text {
    /// Creates the context and starts loading: the locale list, then the stored
    /// or browser-preferred locale. A session the tab's other page handed
    /// over (`web::handoff`) gives the municipality, the answers and the
    /// language instead, where nothing may be stored.
    pub fn provide(handed_over: Option<HandedOver>) -> Text {
        let owner = Owner::current();
        let config = ConfigStore::expect();
        let text = Text {
            localizer: RwSignal::new(Arc::new(Localizer::new(REFERENCE_LOCALE, &[], &[]))),
            languages: RwSignal::new(i18n::builtin_languages()),
            suggested: RwSignal::new(REFERENCE_LOCALE.to_string()),
            chosen: RwSignal::new(false),
            ready: RwSignal::new(false),
            languages_fallback: RwSignal::new(false),
            wants_all: RwSignal::new(false),
            has_all: RwSignal::new(false),
            all_pending: StoredValue::new(false),
            cache: StoredValue::new_local(HashMap::new()),
            sources: StoredValue::new_local(HashMap::new()),
            wanted: StoredValue::new(String::new()),
            completing: StoredValue::new(HashSet::new()),
            all_languages: StoredValue::new(Vec::new()),
            config,
        };
        provide_context(text);
        spawn_local(async move {
            let (languages_file, config_file) =
                futures::join!(fetch::text("locales/languages.toml"), ConfigStore::fetch());
            match languages_file {
                Ok(src) => match i18n::parse_languages(&src) {
                    Ok(list) => text.languages.set(list),
                    Err(_) => text.languages_fallback.set(true),
                },
                Err(_) => text.languages_fallback.set(true),
            }
            // The municipality decides which languages are offered, in what
            // order, and the default.
            let config = ConfigStore::expect_from(owner.clone());
            config.apply(config_file, &text.languages.get_untracked());
            // Only a page that keeps nothing takes a handed-over session: a
            // personal device reads its own storage.
            let handed_over = handed_over.filter(|h| {
                (config.kiosk.get_untracked() || storage::memory_only())
                    && h.handover.country == config.pack_untracked().country
            });
            let (handed_over, handed_ticks) = match handed_over {
                Some(h) => (Some(h.handover), h.ticks),
                None => (None, None),
            };
            if let Some(ticks) = handed_ticks {
                if let Some(checklist) = owner
                    .as_ref()
                    .and_then(|o| o.with(use_context::<ChecklistStore>))
                {
                    checklist.receive(ticks);
                }
            }
            // A regional site: the municipality from the start address or
            // the stored choice, before the language, whose list it may set.
            let municipality = handed_over.as_ref().and_then(|h| h.municipality.as_deref());
            if let Some(id) = config.initial_municipality(municipality) {
                config.choose_municipality(id).await;
            }
            // Stored answers are read with the pack's questionnaire.
            if let Some(answers) = owner
                .as_ref()
                .and_then(|o| o.with(use_context::<AnswerStore>))
            {
                answers.load_for(config.pack_untracked());
                if let Some(h) = &handed_over {
                    answers.receive(h.answers.clone());
                }
            }
            text.all_languages.set_value(text.languages.get_untracked());
            let languages = text.offered_languages();
            text.languages.set(languages.clone());
            let default = config.config.with_untracked(|c| c.default_locale.clone());
            let suggested =
                i18n::negotiate_or(&dom::preferred_languages(), &languages, default.as_deref());
            text.suggested.set(suggested.clone());
            let offered = |code: &String| languages.iter().any(|l| &l.code == code);
            // A tap on the build's first screen while the app was loading is
            // the person's choice, as if made on the app's own screen.
            let first_choice = dom::take_first_choice().filter(offered);
            if let Some(code) = &first_choice {
                storage::set(storage::KEY_LOCALE, code);
                if matches!(Route::parse(&router::current_hash()), Route::Language) {
                    router::replace(&return_to());
                }
            }
            let stored = first_choice
                .or_else(|| handed_over.map(|h| h.locale).filter(offered))
                .or_else(|| storage::get(storage::KEY_LOCALE).filter(offered));
            if stored.is_some() {
                text.chosen.set(true);
            }
            text.switch(stored.unwrap_or(suggested)).await;
        });
        text
    }

    /// The text files of a locale for the active pack: those every page
    /// needs, or all.
    fn files(&self, all: bool) -> Vec<&'static str> {
        let pack = self.config.pack_untracked();
        if all {
            pack.text_files.to_vec()
        } else {
            pack.first_text_files.to_vec()
        }
    }

    fn municipality(&self) -> Option<String> {
        self.config.municipality.get_untracked()
    }

    /// Whether the config says this language has local texts: a regional
    /// site's municipality lists them, so absent files are not asked for.
    fn has_local_texts(&self, code: &str) -> bool {
        self.config
            .config
            .with_untracked(|c| c.has_local_texts(code))
    }

    /// The languages offered: complete for the active pack, and enabled by
    /// the config (the chosen municipality's, on a regional site).
    fn offered_languages(&self) -> Vec<LocaleInfo> {
        let pack = self.config.pack_untracked().country.code();
        let complete: Vec<LocaleInfo> = self.all_languages.with_value(|all| {
            all.iter()
                .filter(|l| l.packs.iter().any(|p| p == pack))
                .cloned()
                .collect()
        });
        let enabled = self
            .config
            .config
            .with_untracked(|c| c.enabled_locales.clone());
        i18n::enabled_locales(&complete, enabled.as_deref())
    }

    /// Another municipality of the region was chosen: its local texts and
    /// languages replace the previous one's. The person's language stays
    /// unless the new municipality does not offer it.
    pub fn municipality_changed(self) {
        self.sources.update_value(|s| {
            for files in s.values_mut() {
                files.retain(|(name, _)| name != i18n::LOCAL_FILE);
            }
        });
        self.cache.update_value(|c| c.clear());
        self.completing.update_value(|c| c.clear());
        let languages = self.offered_languages();
        let mut code = self.wanted.get_value();
        if !languages.iter().any(|l| l.code == code) {
            let default = self
                .config
                .config
                .with_untracked(|c| c.default_locale.clone());
            code = i18n::negotiate_or(&dom::preferred_languages(), &languages, default.as_deref());
        }
        self.languages.set(languages);
        spawn_local(async move { self.switch(code).await });
    }

    /// The active locale's localizer (tracked).
    pub fn localizer(&self) -> Arc<Localizer> {
        self.localizer.get()
    }

    /// Another locale's localizer (for the caseworker's column), loaded and
    /// cached like the active one, without switching to it. One built here
    /// includes the English fallback from the start: the print and caseworker
    /// views read it directly, with no second pass to fill a message missing
    /// from a file a municipality edited. That costs bytes only when someone
    /// prints or opens a handover, never on a first visit.
    pub async fn localizer_for(self, code: String) -> Arc<Localizer> {
        let pack = self.config.pack_untracked();
        self.localizer_for_pack(code, pack).await
    }

    /// As [`Text::localizer_for`], with another country pack's texts: a
    /// handover made on a site of the other country names that pack's
    /// questions, steps and authorities.
    pub async fn localizer_for_pack(self, code: String, pack: &'static Pack) -> Arc<Localizer> {
        let own = pack.country == self.config.pack_untracked().country;
        let key = if own {
            code.clone()
        } else {
            format!("{code}@{}", pack.country.code())
        };
        if let Some((cached, true)) = self.cache.with_value(|c| c.get(&key).cloned()) {
            return cached;
        }
        let files = pack.text_files.to_vec();
        let fallback = self.load_sources(REFERENCE_LOCALE, &files).await;
        let primary = if code == REFERENCE_LOCALE {
            Vec::new()
        } else {
            self.load_sources(&code, &files).await
        };
        let localizer = Arc::new(Localizer::new(&code, &primary, &fallback));
        warn_broken_entries(&localizer);
        self.cache
            .update_value(|c| drop(c.insert(key, (localizer.clone(), true))));
        localizer
    }

    /// A page that shows the questionnaire's or the pathway's texts asks
    /// for every file of the active locale (and of any later one).
    pub fn need_all(self) {
        if !self.wants_all.get_untracked() {
            self.wants_all.set(true);
        }
        // Before the first locale is chosen there is nothing to reload: the
        // first load sees `wants_all` and takes every file.
        let code = self.wanted.get_value();
        if !self.has_all.get_untracked() && !code.is_empty() && !self.all_pending.get_value() {
            self.all_pending.set_value(true);
            spawn_local(async move {
                self.switch(code).await;
                self.all_pending.set_value(false);
            });
        }
    }

    /// A locale's entry in the locale list, if it is listed.
    pub fn locale_info(&self, code: &str) -> Option<LocaleInfo> {
        self.languages
            .with_untracked(|list| list.iter().find(|l| l.code == code).cloned())
    }

    pub fn t(&self, id: &str) -> String {
        self.localizer.with(|l| {
            let text = l.text(id);
            self.complete_if_needed(l);
            text
        })
    }

    /// A message as a reactive view or attribute value: it follows the
    /// active language. Shorthand for `move || text.t(id)`, and one closure
    /// type for all its call sites, which keeps about 2 KB of compressed
    /// wasm out of the download (docs/performance.md).
    pub fn tr(self, id: &'static str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        move || self.t(id)
    }

    pub fn format(&self, id: &str, args: &crate::domain::i18n::Args) -> String {
        self.localizer.with(|l| {
            let text = l.format(id, Some(args));
            self.complete_if_needed(l);
            text
        })
    }

    /// The active locale's code (tracked).
    pub fn code(&self) -> String {
        self.localizer.with(|l| l.code().to_string())
    }

    pub fn code_untracked(&self) -> String {
        self.localizer.with_untracked(|l| l.code().to_string())
    }

    pub fn has_gaps(&self) -> bool {
        self.localizer.with(|l| l.has_gaps())
    }

    /// The active locale's entry in the locale list (tracked).
    pub fn info(&self) -> LocaleInfo {
        let code = self.code();
        self.languages.with(|list| {
            list.iter()
                .find(|l| l.code == code)
                .cloned()
                .unwrap_or_else(|| i18n::builtin_languages().remove(0))
        })
    }

    pub fn is_machine_made(&self) -> bool {
        self.info().status == TranslationStatus::Machine
    }

    /// The person chose a language: remember it (unless storage is off) and
    /// load it.
    pub fn choose(self, code: String) {
        storage::set(storage::KEY_LOCALE, &code);
        self.chosen.set(true);
        spawn_local(async move { self.switch(code).await });
    }

    /// Shows the app in a language without remembering the choice (the
    /// person has not chosen yet).
    pub fn show_in(self, code: String) {
        spawn_local(async move { self.switch(code).await });
    }

    /// Kiosk: back to the first-visit state for the next person, in the
    /// device's suggested language.
    pub fn reset_for_next_person(self) {
        self.chosen.set(false);
        let suggested = self.suggested.get_untracked();
        spawn_local(async move { self.switch(suggested).await });
    }

    async fn switch(self, code: String) {
        self.wanted.set_value(code.clone());
        let all = self.wants_all.get_untracked();
        if let Some((cached, has_all)) = self.cache.with_value(|c| c.get(&code).cloned()) {
            if has_all || !all {
                self.activate(cached, has_all);
                return;
            }
        }
        let files = self.files(all);
        let files = &files[..];
        let localizer = if code == REFERENCE_LOCALE {
            let reference = self.load_sources(REFERENCE_LOCALE, files).await;
            Localizer::new(&code, &[], &reference)
        } else {
            // Only this locale and the reference's local texts (a local topic
            // may exist only in English): the national reference files follow
            // only if something turns out missing, see `complete`.
            let reference_local_url = local_url(self.municipality().as_deref(), REFERENCE_LOCALE);
            let wants_reference_local = self.has_local_texts(REFERENCE_LOCALE);
            let (primary, reference_local) =
                futures::join!(self.load_sources(&code, files), async {
                    if wants_reference_local {
                        fetch::text(&reference_local_url).await
                    } else {
                        Err("no local texts".to_string())
                    }
                });
            let reference_local: Vec<FtlSource> = reference_local
                .ok()
                .map(|src| (i18n::LOCAL_FILE.to_string(), Ok(src)))
                .into_iter()
                .collect();
            let localizer = Localizer::new(&code, &primary, &reference_local);
            if localizer.needs_reference() {
                let reference = self.load_sources(REFERENCE_LOCALE, files).await;
                Localizer::new(&code, &primary, &reference)
            } else {
                localizer
            }
        };
        let localizer = Arc::new(localizer);
        warn_broken_entries(&localizer);
        self.cache
            .update_value(|c| drop(c.insert(code.clone(), (localizer.clone(), all))));
        // A page asked for every file meanwhile: the load it started shows
        // its texts, not this smaller one.
        if self.wanted.get_value() == code && (all || !self.wants_all.get_untracked()) {
            self.activate(localizer, all);
        }
    }

    /// A message was not found in the active locale while the reference
    /// files were left out: load them and build the localizer again, so the
    /// English text replaces the key shown meanwhile.
    fn complete_if_needed(self, localizer: &Localizer) {
        // Not found among the files loaded so far: first the rest of this
        // locale's files (a page that did not say it needs them), then, if
        // still missing, the reference locale.
        if localizer.missed() && !self.has_all.get_untracked() {
            self.need_all();
            return;
        }
        if !localizer.needs_reference() {
            return;
        }
        let code = localizer.code().to_string();
        let started = self
            .completing
            .try_update_value(|set| set.insert(code.clone()))
            .unwrap_or(false);
        if !started {
            return;
        }
        spawn_local(async move {
            let files = self.files(true);
            let primary = self.load_sources(&code, &files).await;
            let reference = self.load_sources(REFERENCE_LOCALE, &files).await;
            let localizer = Arc::new(Localizer::new(&code, &primary, &reference));
            warn_broken_entries(&localizer);
            self.cache
                .update_value(|c| drop(c.insert(code.clone(), (localizer.clone(), true))));
            if self.wanted.get_value() == code {
                self.activate(localizer, true);
            }
        });
    }

    /// `files` of a locale, in `FTL_FILES` order, then its local texts; a
    /// file fetched before is not fetched again.
    async fn load_sources(&self, code: &str, files: &[&str]) -> Vec<FtlSource> {
        let have = self
            .sources
            .with_value(|s| s.get(code).cloned())
            .unwrap_or_default();
        let has = |name: &str| have.iter().any(|(f, _)| f == name);
        let missing: Vec<&str> = files.iter().copied().filter(|f| !has(f)).collect();
        let fetch_local = !has(i18n::LOCAL_FILE);
        let listed = self.has_local_texts(code);
        // All at once: one round trip on a slow connection, not several.
        let local = local_url(self.municipality().as_deref(), code);
        let (fetched, local): (Vec<FtlSource>, _) = futures::join!(
            futures::future::join_all(missing.iter().map(|file| async move {
                let url = format!("locales/{code}/{file}");
                (file.to_string(), fetch::text(&url).await)
            })),
            async {
                if fetch_local && !listed {
                    // Remembered as absent, like a file the server lacks.
                    Some(Err("no local texts".to_string()))
                } else if fetch_local {
                    Some(fetch::text(&local).await)
                } else {
                    None
                }
            }
        );
        let mut all = have;
        all.extend(fetched);
        // The municipality's own texts are optional: a missing file is not a
        // gap, and is remembered as absent.
        if let Some(local) = local {
            all.push((i18n::LOCAL_FILE.to_string(), local));
        }
        self.sources
            .update_value(|s| drop(s.insert(code.to_string(), all.clone())));
        // The files in the order asked (a pack's order), then the local
        // texts, which go last so they override.
        let mut out: Vec<FtlSource> = files
            .iter()
            .filter_map(|f| all.iter().find(|(name, _)| name == f).cloned())
            .collect();
        out.extend(
            all.iter()
                .filter(|(name, src)| name == i18n::LOCAL_FILE && src.is_ok())
                .cloned(),
        );
        out
    }

    fn activate(&self, localizer: Arc<Localizer>, has_all: bool) {
        let dir = self
            .languages
            .with_untracked(|list| {
                list.iter()
                    .find(|l| l.code == localizer.code())
                    .map(|l| l.dir)
            })
            .unwrap_or(i18n::Direction::Ltr);
        dom::set_lang_dir(localizer.code(), dir.as_str());
        self.localizer.set(localizer);
        if self.has_all.get_untracked() != has_all {
            self.has_all.set(has_all);
        }
        self.ready.set(true);
    }
}

/// Tells whoever edits a text file on the server where an entry is broken:
/// the app skips it and shows the English text (or the key) in its place,
/// which a reader would not notice as an error. The settings check page
/// lists the same problems.
fn warn_broken_entries(localizer: &Localizer) {
    for problem in localizer.problems() {
        if let (TextProblem::Syntax { lines, .. }, Some(path)) = (problem, problem.path()) {
            for line in lines {
                web_sys::console::warn_1(
                    &format!("{path} line {line}: this entry has an error and is skipped.").into(),
                );
            }
        }
    }
}
