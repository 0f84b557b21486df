//! The municipality config as app state: loaded with the locale list at
//! start-up (`municipality.toml` next to `index.html`), with its problems
//! kept for the admin page and the console.
//!
//! A regional site's `municipality.toml` lists its municipalities; each has
//! `municipalities/<id>.toml` in the same format. The person's choice (or
//! `?kommun=<id>` / `?municipality=<id>` in the start address) puts that
//! file on top of the site's (`Config::with_municipality`).

use leptos::prelude::*;

use crate::domain::config::{self, Config, FileKind, Known, Problem};
use crate::domain::i18n::LocaleInfo;
use crate::domain::pack::Pack;
use crate::web::{dom, fetch, storage};

/// One municipality file of a regional site, as read: its config and
/// problems, or why it could not be fetched.
#[derive(Clone, Debug)]
pub struct MunicipalityFile {
    pub id: String,
    pub read: Result<(Config, Vec<Problem>), String>,
}

impl MunicipalityFile {
    pub fn path(&self) -> String {
        municipality_path(&self.id)
    }
}

pub fn municipality_path(id: &str) -> String {
    format!("municipalities/{id}.toml")
}

#[derive(Clone, Copy)]
pub struct ConfigStore {
    /// What applies now: the site's config, with the chosen municipality's
    /// file on top on a regional site.
    pub config: RwSignal<Config>,
    /// The site's own `municipality.toml`.
    pub site: RwSignal<Config>,
    pub problems: RwSignal<Vec<Problem>>,
    /// False when there is no config file at all (the defaults apply).
    pub found: RwSignal<bool>,
    /// Kiosk mode: from `?kiosk=1` at start, or from the config.
    pub kiosk: RwSignal<bool>,
    /// The chosen municipality of a regional site (its id).
    pub municipality: RwSignal<Option<String>>,
    /// Every municipality file of a regional site, once the chooser or the
    /// settings check has needed them.
    pub files: RwSignal<Option<Vec<MunicipalityFile>>>,
    /// The files are being read: a second page asking waits for the same.
    files_pending: StoredValue<bool>,
    locales: StoredValue<Vec<String>>,
}

/// The active country pack (tracked).
pub fn use_pack() -> &'static Pack {
    ConfigStore::expect().pack()
}

impl ConfigStore {
    pub fn provide(kiosk_from_url: bool) -> ConfigStore {
        let store = ConfigStore {
            config: RwSignal::new(Config::default()),
            site: RwSignal::new(Config::default()),
            problems: RwSignal::new(Vec::new()),
            found: RwSignal::new(false),
            kiosk: RwSignal::new(kiosk_from_url),
            municipality: RwSignal::new(None),
            files: RwSignal::new(None),
            files_pending: StoredValue::new(false),
            locales: StoredValue::new(Vec::new()),
        };
        provide_context(store);
        store
    }

    pub fn expect() -> ConfigStore {
        expect_context::<ConfigStore>()
    }

    /// The store, looked up from an owner captured before an `await` (context
    /// is not reachable from inside a spawned task otherwise).
    pub fn expect_from(owner: Option<Owner>) -> ConfigStore {
        owner
            .and_then(|o| o.with(use_context::<ConfigStore>))
            .expect("ConfigStore is provided before Text")
    }

    /// The active country pack (tracked).
    pub fn pack(&self) -> &'static Pack {
        self.config.with(|c| c.country.pack())
    }

    pub fn pack_untracked(&self) -> &'static Pack {
        self.config.with_untracked(|c| c.country.pack())
    }

    /// A regional site whose person has not chosen a municipality yet.
    pub fn needs_municipality(&self) -> bool {
        self.site.with(|s| !s.municipalities.is_empty()) && self.municipality.get().is_none()
    }

    /// Fetches the config file. The text loader starts this at the same
    /// time as the locale list (one round trip, not two), then calls
    /// [`ConfigStore::apply`].
    pub async fn fetch() -> Result<String, String> {
        fetch::text("municipality.toml").await
    }

    fn known<'a>(codes: &'a [&'a str]) -> Known<'a> {
        Known { locales: codes }
    }

    /// Applies the fetched config; called by the text loader, which needs it
    /// to choose the language.
    pub fn apply(&self, fetched: Result<String, String>, languages: &[LocaleInfo]) {
        let Ok(source) = fetched else {
            return; // No config: a national default site.
        };
        self.locales
            .set_value(languages.iter().map(|l| l.code.clone()).collect());
        let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
        let (config, problems) = config::parse(&source, &Self::known(&codes));
        warn_problems("municipality.toml", &problems);
        self.found.set(true);
        self.problems.set(problems);
        self.site.set(config.clone());
        self.use_config(config);
    }

    /// Makes `config` the one that applies: its colour and kiosk setting.
    fn use_config(&self, config: Config) {
        match &config.accent_colour {
            Some(colour) => dom::set_css_var("--accent", colour),
            None => dom::remove_css_var("--accent"),
        }
        if config.kiosk.enabled {
            // Before the caller reads the stored language. Kiosk mode never
            // reads or writes storage; it does not delete either, because the
            // same site may be opened on someone's own phone.
            storage::set_persistent(false);
            self.kiosk.set(true);
        }
        // Once a kiosk, a kiosk for the whole visit, whichever municipality
        // of the region is chosen next.
        self.config.set(config);
    }

    /// The municipality to start with on a regional site: the one the tab's
    /// other page handed over, else the start address's (`?kommun=`,
    /// `?municipality=`), else the stored choice.
    pub fn initial_municipality(&self, handed_over: Option<&str>) -> Option<String> {
        let listed = self.site.with_untracked(|s| s.municipalities.clone());
        if listed.is_empty() {
            return None;
        }
        let known = |id: &String| listed.contains(id);
        handed_over
            .map(str::to_string)
            .filter(known)
            .or_else(|| dom::municipality_requested().filter(known))
            .or_else(|| storage::get(storage::KEY_MUNICIPALITY).filter(known))
    }

    /// Reads one municipality's file.
    async fn read(&self, id: &str) -> MunicipalityFile {
        let country = self.site.with_untracked(|s| s.country);
        let codes = self.locales.get_value();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        let read = fetch::text(&municipality_path(id)).await.map(|source| {
            config::parse_file(
                &source,
                &Self::known(&codes),
                FileKind::Municipality(country),
            )
        });
        MunicipalityFile {
            id: id.to_string(),
            read,
        }
    }

    /// Chooses a municipality of the region: reads its file, puts it on
    /// top of the site's, and remembers the choice like the language. A file
    /// that cannot be read leaves the site's settings (the choice stands).
    pub async fn choose_municipality(self, id: String) {
        let file = match self.cached_file(&id) {
            Some(f) => f,
            None => self.read(&id).await,
        };
        let site = self.site.get_untracked();
        let merged = match &file.read {
            Ok((m, problems)) => {
                warn_problems(&file.path(), problems);
                site.with_municipality(m)
            }
            Err(e) => {
                web_sys::console::warn_1(&format!("{}: {e}", file.path()).into());
                site
            }
        };
        storage::set(storage::KEY_MUNICIPALITY, &id);
        self.use_config(merged);
        self.municipality.set(Some(id));
    }

    /// Back to the site's own settings, nothing chosen (kiosk: the next
    /// person; one who came with `?kommun=` keeps it).
    pub async fn reset_municipality(self) {
        let preset = dom::municipality_requested();
        self.municipality.set(None);
        self.use_config(self.site.get_untracked());
        if let Some(id) = preset.filter(|id| {
            self.site
                .with_untracked(|s| s.municipalities.iter().any(|m| m == id))
        }) {
            self.choose_municipality(id).await;
        }
    }

    fn cached_file(&self, id: &str) -> Option<MunicipalityFile> {
        self.files.with_untracked(|f| {
            f.as_ref()
                .and_then(|files| files.iter().find(|f| f.id == id).cloned())
        })
    }

    /// Reads every municipality's file (all at once), for the chooser's
    /// names and logos and for the settings check. Once per visit.
    pub fn load_all(self) {
        if self.files.with_untracked(Option::is_some) || self.files_pending.get_value() {
            return;
        }
        self.files_pending.set_value(true);
        let ids = self.site.with_untracked(|s| s.municipalities.clone());
        leptos::task::spawn_local(async move {
            let files = futures::future::join_all(ids.iter().map(|id| self.read(id))).await;
            self.files.set(Some(files));
        });
    }
}

fn warn_problems(file: &str, problems: &[Problem]) {
    for p in problems {
        web_sys::console::warn_1(
            &format!(
                "{file} line {}, column {}: {}: {} {}",
                p.line,
                p.column,
                p.path,
                p.kind.code(),
                p.kind.detail()
            )
            .into(),
        );
    }
}
