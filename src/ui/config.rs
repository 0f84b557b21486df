//! The municipality config as app state: loaded with the locale list at
//! start-up (`municipality.toml` next to `index.html`), with its problems
//! kept for the admin page and the console.

use leptos::prelude::*;

use crate::domain::config::{self, office_targets, Config, Known, Problem};
use crate::domain::i18n::LocaleInfo;
use crate::web::{dom, fetch, storage};

#[derive(Clone, Copy)]
pub struct ConfigStore {
    pub config: RwSignal<Config>,
    pub problems: RwSignal<Vec<Problem>>,
    /// False when there is no config file at all (the defaults apply).
    pub found: RwSignal<bool>,
    /// Kiosk mode: from `?kiosk=1` at start, or from the config.
    pub kiosk: RwSignal<bool>,
}

impl ConfigStore {
    pub fn provide(kiosk_from_url: bool) -> ConfigStore {
        let store = ConfigStore {
            config: RwSignal::new(Config::default()),
            problems: RwSignal::new(Vec::new()),
            found: RwSignal::new(false),
            kiosk: RwSignal::new(kiosk_from_url),
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

    /// Fetches the config file. The text loader starts this at the same
    /// time as the locale list (one round trip, not two), then calls
    /// [`ConfigStore::apply`].
    pub async fn fetch() -> Result<String, String> {
        fetch::text("municipality.toml").await
    }

    /// Applies the fetched config; called by the text loader, which needs it
    /// to choose the language.
    pub fn apply(&self, fetched: Result<String, String>, languages: &[LocaleInfo]) {
        let Ok(source) = fetched else {
            return; // No config: a national default site.
        };
        let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
        let targets = office_targets();
        let (config, problems) = config::parse(
            &source,
            &Known {
                locales: &codes,
                targets: &targets,
            },
        );
        for p in &problems {
            web_sys::console::warn_1(
                &format!(
                    "municipality.toml line {}, column {}: {}: {} {}",
                    p.line,
                    p.column,
                    p.path,
                    p.kind.code(),
                    p.kind.detail()
                )
                .into(),
            );
        }
        if let Some(colour) = &config.accent_colour {
            dom::set_css_var("--accent", colour);
        }
        if config.kiosk.enabled {
            // Before the caller reads the stored language. Kiosk mode never
            // reads or writes storage; it does not delete either, because the
            // same site may be opened on someone's own phone.
            storage::set_persistent(false);
            self.kiosk.set(true);
        }
        self.found.set(true);
        self.problems.set(problems);
        self.config.set(config);
    }
}
