//! The municipality's config (`municipality.toml`): parsing, validation and
//! defaults.
//!
//! A bad config never stops the app: every problem is reported with its
//! field path and line, and the part in question falls back to its default
//! while the rest of the file still applies.

use toml::de::{DeString, DeTable, DeValue};
use toml::Spanned;

use super::pack::Country;

/// Text in several languages: `"Name"` or `{ default = "…", sv = "…" }`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalText {
    pub default: String,
    pub by_locale: Vec<(String, String)>,
}

impl LocalText {
    pub fn get(&self, locale: &str) -> &str {
        self.by_locale
            .iter()
            .find(|(l, _)| l == locale)
            .map(|(_, t)| t.as_str())
            .unwrap_or(&self.default)
    }
    pub fn is_empty(&self) -> bool {
        self.default.is_empty() && self.by_locale.is_empty()
    }
}

/// A local office that serves some pathway steps or guide topics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Office {
    pub name: LocalText,
    pub serves: Vec<String>,
    pub address: LocalText,
    pub phone: Option<String>,
    pub hours: LocalText,
    pub url: Option<String>,
    pub accessibility: LocalText,
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    pub enabled: bool,
    pub idle_seconds: u32,
}

pub const DEFAULT_IDLE_SECONDS: u32 = 90;
pub const IDLE_RANGE: std::ops::RangeInclusive<i64> = 5..=3600;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The country pack: Finland unless `country = "se"`.
    pub country: Country,
    /// A regional site: the ids of its municipalities, each with its own
    /// `municipalities/<id>.toml` in the same format as this file.
    pub municipalities: Vec<String>,
    pub name: LocalText,
    /// A path relative to the site, such as `local/logo.svg`.
    pub logo: Option<String>,
    /// `#rrggbb`, checked for WCAG AA contrast on white.
    pub accent_colour: Option<String>,
    /// Enabled locales in the order shown; `None` means all.
    pub enabled_locales: Option<Vec<String>>,
    /// The languages the language screen shows first, in this order.
    pub first_locales: Option<Vec<String>>,
    pub default_locale: Option<String>,
    pub caseworker_languages: Vec<String>,
    pub kiosk: Kiosk,
    pub offices: Vec<Office>,
    /// The languages that have local texts (`local_texts`): on the site's
    /// file `None` means every language's `local/<code>.ftl` is asked for,
    /// as before the field existed; a municipality of a regional site has
    /// `municipalities/<id>/<code>.ftl` only for the languages it lists.
    pub local_texts: Option<Vec<String>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            country: Country::Finland,
            municipalities: Vec::new(),
            name: LocalText::default(),
            logo: None,
            accent_colour: None,
            enabled_locales: None,
            first_locales: None,
            default_locale: None,
            caseworker_languages: Country::Finland
                .pack()
                .caseworker_languages
                .iter()
                .map(|s| s.to_string())
                .collect(),
            kiosk: Kiosk {
                enabled: false,
                idle_seconds: DEFAULT_IDLE_SECONDS,
            },
            offices: Vec::new(),
            local_texts: None,
        }
    }
}

impl Config {
    /// The languages the language screen puts first (after the device's):
    /// `[languages] first`; else the enabled list in its order, as before
    /// `first` existed; else the country's languages and English.
    pub fn screen_first(&self) -> Vec<String> {
        self.first_locales
            .clone()
            .or_else(|| self.enabled_locales.clone())
            .unwrap_or_else(|| {
                self.country
                    .pack()
                    .first_languages
                    .iter()
                    .map(|s| s.to_string())
                    .collect()
            })
    }

    /// The site's config with one of its municipalities' files on top: the
    /// municipality's name, logo, colour, offices, kiosk and languages, the
    /// site's country and caseworker languages. What the municipality's file
    /// leaves out comes from the site's.
    pub fn with_municipality(&self, m: &Config) -> Config {
        Config {
            country: self.country,
            municipalities: self.municipalities.clone(),
            name: if m.name.is_empty() {
                self.name.clone()
            } else {
                m.name.clone()
            },
            logo: m.logo.clone().or_else(|| self.logo.clone()),
            accent_colour: m
                .accent_colour
                .clone()
                .or_else(|| self.accent_colour.clone()),
            enabled_locales: m
                .enabled_locales
                .clone()
                .or_else(|| self.enabled_locales.clone()),
            first_locales: m
                .first_locales
                .clone()
                .or_else(|| self.first_locales.clone()),
            default_locale: m
                .default_locale
                .clone()
                .or_else(|| self.default_locale.clone()),
            caseworker_languages: self.caseworker_languages.clone(),
            kiosk: if m.kiosk.enabled {
                m.kiosk.clone()
            } else {
                self.kiosk.clone()
            },
            offices: if m.offices.is_empty() {
                self.offices.clone()
            } else {
                m.offices.clone()
            },
            // Its own texts only: none unless its file lists them.
            local_texts: Some(m.local_texts.clone().unwrap_or_default()),
        }
    }

    /// Whether a language has local texts to fetch.
    pub fn has_local_texts(&self, code: &str) -> bool {
        self.local_texts
            .as_ref()
            .is_none_or(|list| list.iter().any(|c| c == code))
    }

    /// The offices that serve a pathway step or a guide topic.
    pub fn offices_for<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Office> + 'a {
        self.offices
            .iter()
            .filter(move |o| o.serves.iter().any(|s| s == id))
    }
}

/// What is wrong, for the admin's list (`config-problem-<code>` in Fluent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is not valid TOML; nothing in it is used.
    Syntax(String),
    UnknownField,
    /// Expected a value of this type ("text", "list of texts", "number",
    /// "true or false", "table").
    WrongType(&'static str),
    /// A link that is not https: (or tel:/mailto: where allowed).
    BadUrl,
    /// Not a relative path to an image in the site.
    BadPath,
    UnknownStep(String),
    UnknownLocale(String),
    /// Not a country pack's code.
    UnknownCountry(String),
    /// Not a municipality id (lower-case letters, digits, `-`), or twice.
    BadId(String),
    /// A setting of the whole site, not of one municipality's file.
    SiteOnly,
    /// Not a `#rrggbb` colour.
    BadColour,
    /// Contrast on white below 4.5:1 (value ×10, e.g. 31 for 3.1:1).
    LowContrast(u32),
    OutOfRange {
        min: i64,
        max: i64,
    },
    Missing,
}

impl ProblemKind {
    pub fn code(&self) -> &'static str {
        match self {
            ProblemKind::Syntax(_) => "syntax",
            ProblemKind::UnknownField => "unknown-field",
            ProblemKind::WrongType(_) => "wrong-type",
            ProblemKind::BadUrl => "bad-url",
            ProblemKind::BadPath => "bad-path",
            ProblemKind::UnknownStep(_) => "unknown-step",
            ProblemKind::UnknownLocale(_) => "unknown-locale",
            ProblemKind::UnknownCountry(_) => "unknown-country",
            ProblemKind::BadId(_) => "bad-id",
            ProblemKind::SiteOnly => "site-only",
            ProblemKind::BadColour => "bad-colour",
            ProblemKind::LowContrast(_) => "low-contrast",
            ProblemKind::OutOfRange { .. } => "out-of-range",
            ProblemKind::Missing => "missing",
        }
    }

    /// The detail shown after the message (a value, a type, a range).
    pub fn detail(&self) -> String {
        match self {
            ProblemKind::Syntax(m) => m.clone(),
            ProblemKind::WrongType(t) => t.to_string(),
            ProblemKind::UnknownStep(s)
            | ProblemKind::UnknownLocale(s)
            | ProblemKind::UnknownCountry(s)
            | ProblemKind::BadId(s) => s.clone(),
            ProblemKind::LowContrast(c) => format!("{}.{}:1", c / 10, c % 10),
            ProblemKind::OutOfRange { min, max } => format!("{min}–{max}"),
            _ => String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a field path: `office[2].url`, `languages.default`.
    pub path: String,
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column (in characters) where the value, key or mistake
    /// starts.
    pub column: usize,
    pub kind: ProblemKind,
}

/// What the validator checks names against: the app's locales (the
/// pathway steps and guide topics come from the file's country pack).
pub struct Known<'a> {
    pub locales: &'a [&'a str],
}

/// Which file is read: the site's `municipality.toml`, or one municipality's
/// file of a regional site (which cannot set the country or list
/// municipalities). A municipality's file is read with the site's country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Site,
    Municipality(Country),
}

/// A municipality id: what `?kommun=` and the file name use.
pub fn is_municipality_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && !id.starts_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

struct Checker<'s> {
    source: &'s str,
    problems: Vec<Problem>,
}

type Val<'i> = Spanned<DeValue<'i>>;
type Key<'i> = Spanned<DeString<'i>>;

/// A table's entries in file order: the crate keeps them ordered by key,
/// but an admin reads the file top to bottom, and the first language given
/// for a text is its fallback.
fn entries<'t, 'i>(t: &'t DeTable<'i>) -> Vec<(&'t Key<'i>, &'t Val<'i>)> {
    let mut list: Vec<_> = t.iter().collect();
    list.sort_by_key(|(k, _)| k.span().start);
    list
}

impl Checker<'_> {
    /// 1-based line and column of a byte offset.
    fn position(&self, offset: usize) -> (usize, usize) {
        let before = self.source.get(..offset).unwrap_or(self.source);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        // An editor shows no column for a byte order mark.
        let on_line = before[line_start..].trim_start_matches('\u{feff}');
        (
            before.matches('\n').count() + 1,
            on_line.chars().count() + 1,
        )
    }

    fn report(&mut self, path: &str, at: usize, kind: ProblemKind) {
        let (line, column) = self.position(at);
        self.problems.push(Problem {
            path: path.to_string(),
            line,
            column,
            kind,
        });
    }

    fn wrong(&mut self, path: &str, v: &Val, expected: &'static str) {
        self.report(path, v.span().start, ProblemKind::WrongType(expected));
    }

    fn string(&mut self, path: &str, v: &Val) -> Option<String> {
        match v.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.wrong(path, v, "text");
                None
            }
        }
    }

    fn strings(&mut self, path: &str, v: &Val) -> Option<Vec<(String, usize)>> {
        match v.get_ref() {
            DeValue::Array(items) => {
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    if let Some(s) = self.string(&format!("{path}[{i}]"), item) {
                        out.push((s, item.span().start));
                    }
                }
                Some(out)
            }
            _ => {
                self.wrong(path, v, "list of texts");
                None
            }
        }
    }

    fn boolean(&mut self, path: &str, v: &Val) -> Option<bool> {
        match v.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong(path, v, "true or false");
                None
            }
        }
    }

    fn integer(
        &mut self,
        path: &str,
        v: &Val,
        range: std::ops::RangeInclusive<i64>,
    ) -> Option<i64> {
        use std::num::IntErrorKind::{NegOverflow, PosOverflow};
        let n = match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(n),
                // Beyond i64 is out of range too, not a wrong type.
                Err(e) if matches!(e.kind(), PosOverflow | NegOverflow) => Some(i64::MAX),
                // The crate lets `0x` through with no digits.
                Err(_) => None,
            },
            _ => None,
        };
        match n {
            Some(n) if range.contains(&n) => Some(n),
            Some(_) => {
                self.report(
                    path,
                    v.span().start,
                    ProblemKind::OutOfRange {
                        min: *range.start(),
                        max: *range.end(),
                    },
                );
                None
            }
            None => {
                self.wrong(path, v, "number");
                None
            }
        }
    }

    fn local_text(&mut self, path: &str, v: &Val, known: &Known) -> Option<LocalText> {
        match v.get_ref() {
            DeValue::String(s) => Some(LocalText {
                default: s.to_string(),
                by_locale: Vec::new(),
            }),
            DeValue::Table(t) => {
                let mut out = LocalText::default();
                for (k, val) in entries(t) {
                    let key = k.get_ref().as_ref();
                    let p = format!("{path}.{key}");
                    let Some(s) = self.string(&p, val) else {
                        continue;
                    };
                    if key == "default" {
                        out.default = s;
                    } else if known.locales.contains(&key) {
                        out.by_locale.push((key.to_string(), s));
                    } else {
                        self.report(
                            &p,
                            k.span().start,
                            ProblemKind::UnknownLocale(key.to_string()),
                        );
                    }
                }
                if out.default.is_empty() {
                    // Fall back to any language given, so a name always shows.
                    out.default = out
                        .by_locale
                        .first()
                        .map(|(_, t)| t.clone())
                        .unwrap_or_default();
                }
                Some(out)
            }
            _ => {
                self.wrong(path, v, "text");
                None
            }
        }
    }

    fn table<'a, 'i>(&mut self, path: &str, v: &'a Val<'i>) -> Option<&'a DeTable<'i>> {
        match v.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.wrong(path, v, "table");
                None
            }
        }
    }

    fn unknown(&mut self, path: &str, key: &Key) {
        let p = if path.is_empty() {
            key.get_ref().to_string()
        } else {
            format!("{path}.{}", key.get_ref())
        };
        self.report(&p, key.span().start, ProblemKind::UnknownField);
    }
}

/// WCAG relative luminance contrast of a colour against white, ×10.
pub fn contrast_on_white(hex: &str) -> Option<u32> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| {
        let c = u8::from_str_radix(&hex[i..i + 2], 16).ok()? as f64 / 255.0;
        Some(if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        })
    };
    let l = 0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?;
    Some((1.05 / (l + 0.05) * 10.0).floor() as u32)
}

fn is_https(url: &str) -> bool {
    url.starts_with("https://")
        && url.len() > "https://".len()
        && !url.contains(char::is_whitespace)
}

fn is_site_image(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    !path.is_empty()
        && !path.contains("://")
        && !path.starts_with('/')
        && !path.starts_with("data:")
        && !path.split('/').any(|s| s == "..")
        && [".svg", ".png", ".jpg", ".jpeg", ".webp"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// Parses and validates the site's config. Always returns a usable config;
/// the problems say what was ignored and why.
pub fn parse(source: &str, known: &Known) -> (Config, Vec<Problem>) {
    parse_file(source, known, FileKind::Site)
}

/// `parse` for either kind of file.
pub fn parse_file(source: &str, known: &Known, kind: FileKind) -> (Config, Vec<Problem>) {
    let mut c = Checker {
        source,
        problems: Vec::new(),
    };
    let mut config = Config::default();
    // Not a partial read on a syntax error: after one, what the rest of the
    // file means is a guess, and a guessed setting is worse than a default.
    let root = match DeTable::parse(source) {
        Ok(t) => t,
        Err(e) => {
            let at = e.span().map_or(source.len(), |s| s.start);
            c.report("", at, ProblemKind::Syntax(e.message().to_string()));
            return (config, c.problems);
        }
    };
    // The country first, wherever it stands: the steps and topics offices
    // may serve, and the caseworker's languages, depend on it.
    match kind {
        FileKind::Municipality(country) => config.country = country,
        FileKind::Site => {
            if let Some(v) = root.get_ref().get("country") {
                if let Some(code) = c.string("country", v) {
                    match Country::from_code(&code) {
                        Some(country) => config.country = country,
                        None => {
                            c.report("country", v.span().start, ProblemKind::UnknownCountry(code))
                        }
                    }
                }
            }
        }
    }
    let pack = config.country.pack();
    config.caseworker_languages = pack
        .caseworker_languages
        .iter()
        .map(|s| s.to_string())
        .collect();
    let targets = pack.office_targets();
    let known = &Known {
        locales: known.locales,
    };
    let site = kind == FileKind::Site;
    for (key, value) in entries(root.get_ref()) {
        match key.get_ref().as_ref() {
            "country" | "municipalities" if !site => {
                c.report(key.get_ref(), key.span().start, ProblemKind::SiteOnly)
            }
            "country" => {} // read above
            "municipalities" => {
                if let Some(list) = c.strings("municipalities", value) {
                    for (i, (id, at)) in list.into_iter().enumerate() {
                        if is_municipality_id(&id) && !config.municipalities.contains(&id) {
                            config.municipalities.push(id);
                        } else {
                            c.report(&format!("municipalities[{i}]"), at, ProblemKind::BadId(id));
                        }
                    }
                }
            }
            "name" => {
                if let Some(t) = c.local_text("name", value, known) {
                    config.name = t;
                }
            }
            "logo" => {
                if let Some(s) = c.string("logo", value) {
                    if is_site_image(&s) {
                        config.logo = Some(s);
                    } else {
                        c.report("logo", value.span().start, ProblemKind::BadPath);
                    }
                }
            }
            "accent_colour" => {
                if let Some(s) = c.string("accent_colour", value) {
                    match contrast_on_white(&s) {
                        None => {
                            c.report("accent_colour", value.span().start, ProblemKind::BadColour)
                        }
                        Some(ratio) if ratio < 45 => c.report(
                            "accent_colour",
                            value.span().start,
                            ProblemKind::LowContrast(ratio),
                        ),
                        Some(_) => config.accent_colour = Some(s.to_ascii_lowercase()),
                    }
                }
            }
            "local_texts" => {
                // An empty list is a choice too: no local texts at all.
                if let Some(list) = c.strings("local_texts", value) {
                    let mut ok = Vec::new();
                    for (i, (code, at)) in list.into_iter().enumerate() {
                        if known.locales.contains(&code.as_str()) {
                            ok.push(code);
                        } else {
                            c.report(
                                &format!("local_texts[{i}]"),
                                at,
                                ProblemKind::UnknownLocale(code),
                            );
                        }
                    }
                    config.local_texts = Some(ok);
                }
            }
            "languages" => {
                if let Some(t) = c.table("languages", value) {
                    languages(&mut c, t, known, &mut config, pack.caseworker_languages);
                }
            }
            "kiosk" => {
                if let Some(t) = c.table("kiosk", value) {
                    for (k, v) in entries(t) {
                        match k.get_ref().as_ref() {
                            "enabled" => {
                                if let Some(b) = c.boolean("kiosk.enabled", v) {
                                    config.kiosk.enabled = b;
                                }
                            }
                            "idle_seconds" => {
                                if let Some(n) = c.integer("kiosk.idle_seconds", v, IDLE_RANGE) {
                                    config.kiosk.idle_seconds = n as u32;
                                }
                            }
                            _ => c.unknown("kiosk", k),
                        }
                    }
                }
            }
            "office" => match value.get_ref() {
                DeValue::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        let path = format!("office[{i}]");
                        if let Some(t) = c.table(&path, item) {
                            if let Some(o) =
                                office(&mut c, &path, t, item.span().start, known, &targets)
                            {
                                config.offices.push(o);
                            }
                        }
                    }
                }
                _ => c.wrong("office", value, "list of tables ([[office]])"),
            },
            _ => c.unknown("", key),
        }
    }
    // In file order, as an admin reads the file.
    c.problems.sort_by_key(|p| (p.line, p.column));
    (config, c.problems)
}

/// A list of known locale codes, each once; unknown ones are reported and
/// left out. `None` when nothing usable is left.
fn locale_list(c: &mut Checker, path: &str, v: &Val, known: &Known) -> Option<Vec<String>> {
    let list = c.strings(path, v)?;
    let mut ok = Vec::new();
    for (i, (code, at)) in list.into_iter().enumerate() {
        if known.locales.contains(&code.as_str()) {
            if !ok.contains(&code) {
                ok.push(code);
            }
        } else {
            c.report(
                &format!("{path}[{i}]"),
                at,
                ProblemKind::UnknownLocale(code),
            );
        }
    }
    (!ok.is_empty()).then_some(ok)
}

fn languages(
    c: &mut Checker,
    t: &DeTable,
    known: &Known,
    config: &mut Config,
    caseworker_choices: &[&str],
) {
    let mut default_at = None;
    for (k, v) in entries(t) {
        match k.get_ref().as_ref() {
            "enabled" => {
                if let Some(ok) = locale_list(c, "languages.enabled", v, known) {
                    config.enabled_locales = Some(ok);
                }
            }
            "first" => {
                if let Some(ok) = locale_list(c, "languages.first", v, known) {
                    config.first_locales = Some(ok);
                }
            }
            "default" => {
                if let Some(code) = c.string("languages.default", v) {
                    if known.locales.contains(&code.as_str()) {
                        default_at = Some(v.span().start);
                        config.default_locale = Some(code);
                    } else {
                        c.report(
                            "languages.default",
                            v.span().start,
                            ProblemKind::UnknownLocale(code),
                        );
                    }
                }
            }
            "caseworker" => {
                if let Some(list) = c.strings("languages.caseworker", v) {
                    let mut ok = Vec::new();
                    for (i, (code, at)) in list.into_iter().enumerate() {
                        if caseworker_choices.contains(&code.as_str()) {
                            ok.push(code);
                        } else {
                            c.report(
                                &format!("languages.caseworker[{i}]"),
                                at,
                                ProblemKind::UnknownLocale(code),
                            );
                        }
                    }
                    if !ok.is_empty() {
                        config.caseworker_languages = ok;
                    }
                }
            }
            _ => c.unknown("languages", k),
        }
    }
    // The default must be one of the enabled languages.
    if let (Some(d), Some(enabled), Some(at)) =
        (&config.default_locale, &config.enabled_locales, default_at)
    {
        if !enabled.contains(d) {
            c.report(
                "languages.default",
                at,
                ProblemKind::UnknownLocale(d.clone()),
            );
            config.default_locale = None;
        }
    }
}

fn office(
    c: &mut Checker,
    path: &str,
    t: &DeTable,
    at: usize,
    known: &Known,
    targets: &[&str],
) -> Option<Office> {
    let mut o = Office::default();
    for (k, v) in entries(t) {
        let key = k.get_ref().as_ref();
        let p = format!("{path}.{key}");
        match key {
            "name" => o.name = c.local_text(&p, v, known).unwrap_or_default(),
            "address" => o.address = c.local_text(&p, v, known).unwrap_or_default(),
            "hours" => o.hours = c.local_text(&p, v, known).unwrap_or_default(),
            "accessibility" => o.accessibility = c.local_text(&p, v, known).unwrap_or_default(),
            "phone" => {
                if let Some(s) = c.string(&p, v) {
                    if s.chars().any(|ch| ch.is_ascii_digit())
                        && s.chars()
                            .all(|ch| ch.is_ascii_digit() || " +-()".contains(ch))
                    {
                        o.phone = Some(s);
                    } else {
                        c.report(&p, v.span().start, ProblemKind::WrongType("phone number"));
                    }
                }
            }
            "url" => {
                if let Some(s) = c.string(&p, v) {
                    if is_https(&s) {
                        o.url = Some(s);
                    } else {
                        c.report(&p, v.span().start, ProblemKind::BadUrl);
                    }
                }
            }
            "serves" => {
                for (i, (id, at)) in c.strings(&p, v).unwrap_or_default().into_iter().enumerate() {
                    if targets.contains(&id.as_str()) {
                        o.serves.push(id);
                    } else {
                        c.report(&format!("{p}[{i}]"), at, ProblemKind::UnknownStep(id));
                    }
                }
            }
            "languages" => {
                for (i, (code, at)) in c.strings(&p, v).unwrap_or_default().into_iter().enumerate()
                {
                    // Languages spoken at the office need not be app locales,
                    // but must look like language codes.
                    if super::i18n::is_language_code(&code) {
                        o.languages.push(code);
                    } else {
                        c.report(&format!("{p}[{i}]"), at, ProblemKind::UnknownLocale(code));
                    }
                }
            }
            _ => c.unknown(path, k),
        }
    }
    if o.name.is_empty() {
        c.report(&format!("{path}.name"), at, ProblemKind::Missing);
        return None;
    }
    Some(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_examples() {
        assert_eq!(contrast_on_white("#000000"), Some(210));
        assert_eq!(contrast_on_white("#FFFFFF"), Some(10));
        // #767676 is the classic lightest grey that passes AA (4.54:1).
        assert_eq!(contrast_on_white("#767676"), Some(45));
        assert_eq!(contrast_on_white("#777777"), Some(44));
        assert_eq!(contrast_on_white("0b5394"), None);
        assert_eq!(contrast_on_white("#12345g"), None);
    }

    #[test]
    fn site_images_only() {
        assert!(is_site_image("local/logo.svg"));
        assert!(!is_site_image("https://cdn.example/logo.svg"));
        assert!(!is_site_image("../logo.png"));
        assert!(!is_site_image("/logo.png"));
        assert!(!is_site_image("logo.exe"));
        assert!(!is_site_image("data:image/svg+xml,<svg>"));
    }
}
