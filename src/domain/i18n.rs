//! Locales and message lookup: the locale list from `locales/languages.toml`,
//! choosing a locale from the browser's preferences, and a `Localizer` that
//! formats Fluent messages (with `fluent-bundle`) with English as the
//! fallback.
//!
//! No web dependencies: the web layer fetches the `.ftl` sources and hands
//! them over as strings (or as the reason they could not be fetched).

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// The reference locale: holds every key, and is the fallback for any
/// message another locale lacks.
pub const REFERENCE_LOCALE: &str = "en";

/// The `.ftl` files of one locale, fetched from `locales/<code>/<file>`.
/// `terms.ftl` comes first: it holds the locale's Fluent terms (the names of
/// authorities and services), which messages in every other file reference.
pub const FTL_FILES: &[&str] = &[
    "terms.ftl",
    "app.ftl",
    "guide.ftl",
    "questions.ftl",
    "pathway.ftl",
    "admin.ftl",
];

/// The name under which a municipality's `local/<code>.ftl` is passed in.
pub const LOCAL_FILE: &str = "local";

/// The locale list shipped in the build; used when `languages.toml` cannot be
/// fetched or parsed at run time.
pub const BUILTIN_LANGUAGES_TOML: &str = include_str!("../../locales/languages.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Who made a locale's text, so the app can tell the reader when it is a
/// machine translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslationStatus {
    /// Written directly in this language (the reference locale).
    Original,
    /// Translated and reviewed by a person.
    Reviewed,
    /// Machine-made, not yet reviewed by a person.
    Machine,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleInfo {
    pub code: String,
    pub endonym: String,
    pub dir: Direction,
    pub status: TranslationStatus,
    /// The writing system, as an ISO 15924 code ("Latn", "Arab", …): the
    /// language screen groups by it and a test checks the texts use it.
    pub script: String,
    /// The language's name in Finnish, shown small beside its own name so a
    /// reception clerk can help; none for Finnish itself.
    pub name_fi: Option<String>,
    /// The same in Swedish, for a clerk in Sweden; none for Swedish itself.
    pub name_sv: Option<String>,
    /// The country packs whose texts this locale has complete (`packs` in
    /// languages.toml; Finland's alone when not given). The app offers a
    /// locale only for a pack it is complete for.
    pub packs: Vec<String>,
}

impl LocaleInfo {
    /// The language's name for a reception clerk of the site's country, with
    /// the code of the language it is written in: Finnish in Finland,
    /// Swedish in Sweden.
    pub fn clerk_name(&self, country: super::pack::Country) -> Option<(&str, &'static str)> {
        match country {
            super::pack::Country::Finland => self.name_fi.as_deref().map(|n| (n, "fi")),
            super::pack::Country::Sweden => self.name_sv.as_deref().map(|n| (n, "sv")),
        }
    }
}

fn line_of(source: &str, at: usize) -> usize {
    source[..at.min(source.len())].matches('\n').count() + 1
}

/// One `[[locale]]` table: every field present, known values, nothing else.
fn locale_info(source: &str, t: &Spanned<DeValue>) -> Result<LocaleInfo, String> {
    let line = line_of(source, t.span().start);
    let DeValue::Table(table) = t.get_ref() else {
        return Err(format!(
            "line {line}: 'locale' must be a list of [[locale]] tables"
        ));
    };
    // The crate keeps keys sorted; the first one in the file is reported.
    let unknown = table
        .iter()
        .map(|(key, _)| key)
        .filter(|key| {
            ![
                "code", "endonym", "dir", "status", "script", "name-fi", "name-sv", "packs",
            ]
            .contains(&key.get_ref().as_ref())
        })
        .min_by_key(|key| key.span().start);
    if let Some(key) = unknown {
        return Err(format!(
            "line {}: unknown field '{}'",
            line_of(source, key.span().start),
            key.get_ref()
        ));
    }
    let text = |key: &str| -> Result<(String, usize), String> {
        let Some(v) = t.get_ref().get(key) else {
            return Err(format!("line {line}: missing field '{key}'"));
        };
        let at = line_of(source, v.span().start);
        match v.get_ref() {
            DeValue::String(s) => Ok((s.to_string(), at)),
            other => Err(format!(
                "line {at}: '{key}' must be text, not {}",
                other.type_str()
            )),
        }
    };
    let code = text("code")?.0;
    let endonym = text("endonym")?.0;
    let dir = match text("dir")? {
        (d, _) if d == "ltr" => Direction::Ltr,
        (d, _) if d == "rtl" => Direction::Rtl,
        (other, at) => return Err(format!("line {at}: dir '{other}' is not ltr or rtl")),
    };
    let status = match text("status")? {
        (s, _) if s == "original" => TranslationStatus::Original,
        (s, _) if s == "reviewed" => TranslationStatus::Reviewed,
        (s, _) if s == "machine" => TranslationStatus::Machine,
        (other, at) => {
            return Err(format!(
                "line {at}: status '{other}' is not original, reviewed or machine"
            ))
        }
    };
    // Latin unless said: the files of older builds have no script.
    let script = match t.get_ref().get("script") {
        None => ("Latn".to_string(), line),
        Some(_) => text("script")?,
    };
    let script = match script.0.as_str() {
        s if s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()) => s.to_string(),
        other => {
            return Err(format!(
                "line {}: script '{other}' is not an ISO 15924 code such as Latn or Arab",
                script.1
            ))
        }
    };
    let name_fi = match t.get_ref().get("name-fi") {
        None => None,
        Some(_) => Some(text("name-fi")?.0),
    };
    let name_sv = match t.get_ref().get("name-sv") {
        None => None,
        Some(_) => Some(text("name-sv")?.0),
    };
    let packs = match t.get_ref().get("packs") {
        None => vec!["fi".to_string()],
        Some(v) => {
            let at = line_of(source, v.span().start);
            let DeValue::Array(items) = v.get_ref() else {
                return Err(format!("line {at}: 'packs' must be a list of pack codes"));
            };
            let mut packs = Vec::new();
            for item in items.iter() {
                match item.get_ref() {
                    DeValue::String(p) if super::pack::Country::from_code(p).is_some() => {
                        packs.push(p.to_string())
                    }
                    _ => {
                        return Err(format!(
                            "line {at}: 'packs' lists something that is not a pack code (fi, se)"
                        ))
                    }
                }
            }
            packs
        }
    };
    Ok(LocaleInfo {
        code,
        endonym,
        dir,
        status,
        script,
        name_fi,
        name_sv,
        packs,
    })
}

fn parse_locale_list(source: &str) -> Result<Vec<LocaleInfo>, String> {
    let root = DeTable::parse(source).map_err(|e| match e.span() {
        Some(span) => format!("line {}: {}", line_of(source, span.start), e.message()),
        None => e.message().to_string(),
    })?;
    let mut list = Vec::new();
    for (key, value) in root.get_ref().iter() {
        let line = line_of(source, key.span().start);
        if key.get_ref() != "locale" {
            return Err(format!("line {line}: unknown field '{}'", key.get_ref()));
        }
        let DeValue::Array(items) = value.get_ref() else {
            return Err(format!(
                "line {line}: 'locale' must be a list of [[locale]] tables"
            ));
        };
        for item in items.iter() {
            list.push(locale_info(source, item)?);
        }
    }
    if list.is_empty() {
        return Err("no [[locale]] listed".into());
    }
    Ok(list)
}

/// Parses `languages.toml`. Rejects an empty list, duplicate codes, codes that
/// are not language tags, and a list without the reference locale, because
/// the app cannot run without its fallback.
pub fn parse_languages(source: &str) -> Result<Vec<LocaleInfo>, String> {
    let list = parse_locale_list(source)?;
    let mut seen = BTreeSet::new();
    for info in &list {
        if !is_language_code(&info.code) {
            return Err(format!("'{}' is not a language code", info.code));
        }
        if !seen.insert(info.code.clone()) {
            return Err(format!("'{}' is listed twice", info.code));
        }
        if info.endonym.trim().is_empty() {
            return Err(format!("'{}' has no endonym", info.code));
        }
    }
    if !seen.contains(REFERENCE_LOCALE) {
        return Err(format!(
            "the reference locale '{REFERENCE_LOCALE}' is missing"
        ));
    }
    Ok(list)
}

/// True for a BCP 47 language identifier without extensions: a language
/// subtag of 2–3 or 5–8 letters, then optionally a script (4 letters), a region (2 letters or 3 digits)
/// and variants (5–8 letters or digits, or a digit and 3 more), separated
/// by `-` or `_`, in any letter case. Stricter than `unic-langid` 0.9.6,
/// which takes `fi-FI-Latn` or `fi-FIN1`: the browser's `Intl` throws on
/// those, and a locale code reaches it (`web::intl`).
pub fn is_language_code(code: &str) -> bool {
    let all = |s: &str, f: fn(&u8) -> bool| s.as_bytes().iter().all(f);
    let mut subtags = code.split(['-', '_']);
    let language = subtags.next().unwrap_or_default();
    if !matches!(language.len(), 2 | 3 | 5..=8) || !all(language, u8::is_ascii_alphabetic) {
        return false;
    }
    // What may come next: 1 script, 2 region, 3 variants only.
    let mut next = 1;
    for subtag in subtags {
        let script = subtag.len() == 4 && all(subtag, u8::is_ascii_alphabetic);
        let region = (subtag.len() == 2 && all(subtag, u8::is_ascii_alphabetic))
            || (subtag.len() == 3 && all(subtag, u8::is_ascii_digit));
        let variant = match subtag.len() {
            5..=8 => all(subtag, u8::is_ascii_alphanumeric),
            4 => {
                subtag.starts_with(|c: char| c.is_ascii_digit())
                    && all(subtag, u8::is_ascii_alphanumeric)
            }
            _ => false,
        };
        next = match next {
            1 if script => 2,
            1 | 2 if region => 3,
            _ if variant => 3,
            _ => return false,
        };
    }
    true
}

/// The shipped locale list. The build's own file is checked by native tests,
/// so failing here would be a build defect, not bad input.
pub fn builtin_languages() -> Vec<LocaleInfo> {
    parse_languages(BUILTIN_LANGUAGES_TOML).unwrap_or_else(|_| {
        vec![LocaleInfo {
            code: REFERENCE_LOCALE.into(),
            endonym: "English".into(),
            dir: Direction::Ltr,
            status: TranslationStatus::Original,
            script: "Latn".into(),
            name_fi: None,
            name_sv: None,
            packs: vec!["fi".to_string(), "se".to_string()],
        }]
    })
}

/// The best available locale for a list of browser preferences (BCP 47 tags,
/// most preferred first): for each preference in turn, its exact code, then
/// the written standards `languages::MATCHES` gives it (Dari for fa-AF,
/// Sorani for Kurdish of Iraq, …), then its bare language; the reference
/// locale when none is available.
pub fn negotiate<S: AsRef<str>>(preferences: &[S], available: &[LocaleInfo]) -> String {
    negotiated(preferences, available).unwrap_or_else(|| REFERENCE_LOCALE.to_string())
}

/// `negotiate` without its fallback: `None` when no preference is served.
fn negotiated<S: AsRef<str>>(preferences: &[S], available: &[LocaleInfo]) -> Option<String> {
    preferences
        .iter()
        .map(|p| p.as_ref().trim())
        .filter(|p| !p.is_empty())
        .find_map(|pref| {
            super::languages::candidates(pref)
                .into_iter()
                .find_map(|c| {
                    available
                        .iter()
                        .find(|l| l.code.eq_ignore_ascii_case(&c))
                        .map(|l| l.code.clone())
                })
        })
}

/// Like `negotiate`, but when nothing matches, the municipality's default
/// locale (if it is available) instead of the reference locale.
pub fn negotiate_or<S: AsRef<str>>(
    preferences: &[S],
    available: &[LocaleInfo],
    default: Option<&str>,
) -> String {
    match (negotiated(preferences, available), default) {
        (Some(found), _) => found,
        (None, Some(d)) if available.iter().any(|l| l.code == d) => d.to_string(),
        (None, _) => REFERENCE_LOCALE.to_string(),
    }
}

/// The locale list as the municipality wants it: only the enabled locales,
/// in the enabled order. The reference locale is kept (last, if not
/// enabled) only as the fallback for texts, never offered when not enabled.
pub fn enabled_locales(all: &[LocaleInfo], enabled: Option<&[String]>) -> Vec<LocaleInfo> {
    match enabled {
        None => all.to_vec(),
        Some(codes) => codes
            .iter()
            .filter_map(|c| all.iter().find(|l| &l.code == c).cloned())
            .collect(),
    }
}

/// The values a message's variables take.
pub type Args = FluentArgs<'static>;

/// The concurrent bundle: the localizer lives in a signal, which Leptos
/// shares between threads in principle, so it must be `Sync`.
type Bundle = FluentBundle<FluentResource>;

/// Why one `.ftl` file of a locale is not (fully) in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProblem {
    /// The file could not be fetched (missing, offline, server error).
    Unavailable { locale: String, file: String },
    /// The file has syntax errors: the entries that start on these lines
    /// (1-based) are skipped, the entries around them still work.
    Syntax {
        locale: String,
        file: String,
        lines: Vec<usize>,
    },
    /// Messages of the reference locale that this locale lacks.
    Missing { locale: String, count: usize },
}

impl TextProblem {
    /// The file's path on the site, as a web admin finds it on the server;
    /// `None` for problems that are not about one file.
    pub fn path(&self) -> Option<String> {
        match self {
            TextProblem::Unavailable { locale, file }
            | TextProblem::Syntax { locale, file, .. } => Some(file_path(locale, file)),
            TextProblem::Missing { .. } => None,
        }
    }
}

/// Where a locale's file lives on the site: `locales/<code>/<file>`, or
/// `local/<code>.ftl` for the municipality's own texts.
pub fn file_path(locale: &str, file: &str) -> String {
    if file == LOCAL_FILE {
        format!("local/{locale}.ftl")
    } else {
        format!("locales/{locale}/{file}")
    }
}

/// A fetched `.ftl` file, or the reason it could not be fetched.
pub type FtlSource = (String, Result<String, String>);

/// Formats messages for one locale, falling back to the reference locale
/// message by message, and finally to the key itself so nothing is blank.
pub struct Localizer {
    code: String,
    primary: Option<Bundle>,
    fallback: Bundle,
    /// False when the reference locale's files were not loaded (to save a
    /// first visit's bytes); see [`Localizer::needs_reference`].
    reference_loaded: bool,
    /// Set when a message was asked for that no loaded bundle has.
    missed: AtomicBool,
    problems: Vec<TextProblem>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("code", &self.code)
            .field("problems", &self.problems)
            .finish()
    }
}

/// A locale's bundle, and the ids of the messages its national files define
/// (a municipality's local texts are optional, so never counted as missing
/// elsewhere).
fn bundle_for(
    code: &str,
    sources: &[FtlSource],
    problems: &mut Vec<TextProblem>,
) -> (Bundle, BTreeSet<String>) {
    // Every listed code is a valid language tag (checked with the list);
    // the root locale only picks CLDR's default plural rules.
    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // Isolation marks keep a name or number in a variable from reordering
    // the sentence around it in right-to-left text.
    bundle.set_use_isolating(true);
    let mut ids = BTreeSet::new();
    for (file, source) in sources {
        match source {
            Err(_) => problems.push(TextProblem::Unavailable {
                locale: code.into(),
                file: file.clone(),
            }),
            Ok(text) => {
                let resource =
                    FluentResource::try_new(text.clone()).unwrap_or_else(|(resource, errors)| {
                        problems.push(TextProblem::Syntax {
                            locale: code.into(),
                            file: file.clone(),
                            // The line where the skipped entry starts (its
                            // slice), which a person editing the file looks
                            // for; the error's own position can be lines on.
                            lines: errors
                                .iter()
                                .map(|e| line_of(text, e.slice.as_ref().unwrap_or(&e.pos).start))
                                .collect(),
                        });
                        resource
                    });
                if file != LOCAL_FILE {
                    ids.extend(resource.entries().filter_map(|entry| match entry {
                        ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    }));
                }
                // Later files override earlier ones: that is how local
                // overrides from a municipality are layered on top.
                bundle.add_resource_overriding(resource);
            }
        }
    }
    (bundle, ids)
}

/// One message's value, or `None` when the bundle has no such message (or
/// the message has attributes only). Errors while formatting (a variable
/// not passed, a term missing) leave a visible `{$name}` or `{-term}` in
/// the text, which the locale tests rule out for shipped files.
fn format_in(bundle: &Bundle, id: &str, args: Option<&Args>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

impl Localizer {
    /// `primary` is the chosen locale's files; `fallback` the reference
    /// locale's. When the chosen locale is the reference, pass the same
    /// sources once as `fallback` and an empty `primary`.
    ///
    /// `fallback` may hold only the reference locale's local texts (or
    /// nothing) for another locale: every shipped locale has every message
    /// (a test checks), so the national reference files are fetched only
    /// when [`Localizer::needs_reference`] says so.
    pub fn new(code: &str, primary: &[FtlSource], fallback: &[FtlSource]) -> Self {
        let mut problems = Vec::new();
        let (fallback_bundle, reference_ids) =
            bundle_for(REFERENCE_LOCALE, fallback, &mut problems);
        let primary_bundle = if code == REFERENCE_LOCALE || primary.is_empty() {
            None
        } else {
            let (bundle, _) = bundle_for(code, primary, &mut problems);
            let missing = reference_ids
                .iter()
                .filter(|id| !bundle.has_message(id))
                .count();
            if missing > 0 {
                problems.push(TextProblem::Missing {
                    locale: code.into(),
                    count: missing,
                });
            }
            Some(bundle)
        };
        Localizer {
            code: code.into(),
            primary: primary_bundle,
            fallback: fallback_bundle,
            reference_loaded: code == REFERENCE_LOCALE
                || fallback.iter().any(|(file, _)| file != LOCAL_FILE),
            missed: AtomicBool::new(false),
            problems,
        }
    }

    /// True when the reference locale's files should be loaded and the
    /// localizer built again: they were left out, and a file of this locale
    /// is missing or broken, or a message was not found.
    pub fn needs_reference(&self) -> bool {
        !self.reference_loaded && (self.has_gaps() || self.missed.load(Ordering::Relaxed))
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    /// True once a message was asked for that no loaded file has.
    pub fn missed(&self) -> bool {
        self.missed.load(Ordering::Relaxed)
    }

    pub fn problems(&self) -> &[TextProblem] {
        &self.problems
    }

    /// True when some text of the chosen locale is not shown in that locale.
    pub fn has_gaps(&self) -> bool {
        self.problems.iter().any(|p| match p {
            TextProblem::Unavailable { locale, .. }
            | TextProblem::Syntax { locale, .. }
            | TextProblem::Missing { locale, .. } => locale == &self.code,
        })
    }

    pub fn has(&self, id: &str) -> bool {
        self.primary.as_ref().is_some_and(|b| b.has_message(id)) || self.fallback.has_message(id)
    }

    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn format(&self, id: &str, args: Option<&Args>) -> String {
        for bundle in self.primary.iter().chain(std::iter::once(&self.fallback)) {
            if let Some(text) = format_in(bundle, id, args) {
                return text;
            }
        }
        self.missed.store(true, Ordering::Relaxed);
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Vec<LocaleInfo> {
        parse_languages(
            r#"
[[locale]]
code = "en"
endonym = "English"
dir = "ltr"
status = "original"
[[locale]]
code = "fi"
endonym = "Suomi"
dir = "ltr"
status = "machine"
[[locale]]
code = "fa"
endonym = "فارسی"
dir = "rtl"
status = "machine"
"#,
        )
        .unwrap()
    }

    fn src(file: &str, text: &str) -> FtlSource {
        (file.into(), Ok(text.into()))
    }

    #[test]
    fn negotiation_prefers_exact_then_language_then_reference() {
        let l = langs();
        assert_eq!(negotiate(&["fi-FI", "en"], &l), "fi");
        assert_eq!(negotiate(&["de", "fa-IR"], &l), "fa");
        assert_eq!(negotiate(&["prs-AF"], &l), "fa");
        assert_eq!(negotiate(&["de", "fr"], &l), "en");
        assert_eq!(negotiate::<&str>(&[], &l), "en");
    }

    #[test]
    fn municipality_default_applies_only_when_nothing_matches() {
        let l = langs();
        assert_eq!(negotiate_or(&["de"], &l, Some("fi")), "fi");
        assert_eq!(negotiate_or(&["fa-IR"], &l, Some("fi")), "fa");
        assert_eq!(negotiate_or(&["en-GB"], &l, Some("fi")), "en");
        assert_eq!(negotiate_or(&["de"], &l, Some("xx")), "en");
        assert_eq!(negotiate_or(&["de"], &l, None), "en");
    }

    #[test]
    fn enabled_locales_filter_and_order() {
        let l = langs();
        let only = enabled_locales(
            &l,
            Some(&["fa".to_string(), "fi".to_string(), "zz".to_string()]),
        );
        let codes: Vec<_> = only.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, vec!["fa", "fi"]);
        assert_eq!(enabled_locales(&l, None).len(), 3);
    }

    #[test]
    fn languages_file_errors_are_reported() {
        assert!(parse_languages("[[locale]]\ncode = 1").is_err());
        let no_en =
            "[[locale]]\ncode = \"fi\"\nendonym = \"Suomi\"\ndir = \"ltr\"\nstatus = \"machine\"";
        assert!(parse_languages(no_en).unwrap_err().contains("reference"));
        let twice = format!("{no_en}\n{no_en}");
        assert!(parse_languages(&twice).unwrap_err().contains("twice"));
        let bad_dir = no_en.replace("ltr", "sideways");
        assert!(parse_languages(&bad_dir).is_err());
    }

    #[test]
    fn languages_file_errors_name_their_line() {
        let en = "[[locale]]\ncode = \"en\"\nendonym = \"English\"\ndir = \"ltr\"\nstatus = \"original\"";
        assert!(parse_languages(en).is_ok());
        let cases = [
            ("[[locale]]\ncode = 1", "line 2:"),
            (&en.replace("\"ltr\"", "\"sideways\""), "line 4:"),
            (&format!("{en}\nflag = \"gb\""), "line 6:"),
            // The first unknown field in the file, though the crate sorts keys.
            (&format!("{en}\nzone = 1\nflag = \"gb\""), "line 6:"),
            (
                &format!("\n{}", en.replace("status = \"original\"", "")),
                "line 2:",
            ),
            ("\n\n[[locale]\ncode = \"en\"", "line 3:"),
            ("[[locale]]\ncode = \"en\n", "line 2:"),
            ("[[locale]]\ncode = \"en\"\ncode = \"fi\"", "line 3:"),
            ("locales = []", "line 1:"),
        ];
        for (src, line) in cases {
            let e = parse_languages(src).unwrap_err();
            assert!(e.starts_with(line), "{src:?}: {e}");
        }
        assert_eq!(
            parse_languages("# nothing\n").unwrap_err(),
            "no [[locale]] listed"
        );
    }

    #[test]
    fn falls_back_to_reference_per_message_and_reports_missing() {
        let en = [src("app.ftl", "hello = Hello\nbye = Bye\n")];
        let fi = [src("app.ftl", "hello = Hei\n")];
        let loc = Localizer::new("fi", &fi, &en);
        assert_eq!(loc.text("hello"), "Hei");
        assert_eq!(loc.text("bye"), "Bye");
        assert_eq!(loc.text("nope"), "nope");
        assert!(loc.has_gaps());
        assert_eq!(
            loc.problems(),
            &[TextProblem::Missing {
                locale: "fi".into(),
                count: 1
            }]
        );
    }

    #[test]
    fn broken_and_unavailable_files_do_not_blank_the_text() {
        let en = [src("app.ftl", "hello = Hello\nbye = Bye\n")];
        let fi = [
            src("app.ftl", "hello = Hei\nbye = { \n"),
            ("guide.ftl".into(), Err("404".into())),
        ];
        let loc = Localizer::new("fi", &fi, &en);
        assert_eq!(loc.text("hello"), "Hei");
        assert_eq!(loc.text("bye"), "Bye");
        assert!(loc
            .problems()
            .iter()
            .any(|p| matches!(p, TextProblem::Syntax { file, .. } if file == "app.ftl")));
        assert!(loc
            .problems()
            .iter()
            .any(|p| matches!(p, TextProblem::Unavailable { file, .. } if file == "guide.ftl")));
    }

    #[test]
    fn local_texts_override_and_are_never_missing() {
        let en = [
            src("app.ftl", "hello = Hello\n"),
            src(
                LOCAL_FILE,
                "hello = Hello from Esimerkkilä\nlocal-topic-title = Local\n",
            ),
        ];
        let fi = [src("app.ftl", "hello = Hei\n")];
        let loc = Localizer::new("fi", &fi, &en);
        assert!(!loc.has_gaps(), "{:?}", loc.problems());
        assert_eq!(loc.text("hello"), "Hei");
        assert_eq!(loc.text("local-topic-title"), "Local");
        let fi_local = [
            src("app.ftl", "hello = Hei\n"),
            src(LOCAL_FILE, "hello = Moi\n"),
        ];
        assert_eq!(Localizer::new("fi", &fi_local, &en).text("hello"), "Moi");
    }

    #[test]
    fn reference_locale_has_no_gaps_by_itself() {
        let en = [src("app.ftl", "hello = Hello\n")];
        let loc = Localizer::new("en", &[], &en);
        assert!(!loc.has_gaps());
        assert_eq!(loc.text("hello"), "Hello");
    }

    #[test]
    fn reference_files_are_asked_for_only_when_something_is_missing() {
        let fi = [src("app.ftl", "hello = Hei\n")];
        let en_local = [src(LOCAL_FILE, "local-topic-title = Local\n")];
        let loc = Localizer::new("fi", &fi, &en_local);
        assert_eq!(loc.text("hello"), "Hei");
        assert_eq!(loc.text("local-topic-title"), "Local");
        assert!(!loc.needs_reference());
        assert_eq!(loc.text("bye"), "bye");
        assert!(loc.needs_reference(), "a message was not found");

        let broken = [("guide.ftl".into(), Err("404".into()))];
        assert!(Localizer::new("fi", &broken, &[]).needs_reference());

        let en = [src("app.ftl", "hello = Hello\nbye = Bye\n")];
        let full = Localizer::new("fi", &fi, &en);
        assert_eq!(full.text("bye"), "Bye");
        assert_eq!(full.text("nope"), "nope");
        assert!(!full.needs_reference(), "the reference is loaded already");
        assert!(!Localizer::new("en", &[], &en).needs_reference());
    }

    #[test]
    fn syntax_errors_are_counted_per_file_and_overridden_texts_apply() {
        let en = [src("app.ftl", "hello = Hello\nbye = Bye\n")];
        let fi = [
            src(
                "app.ftl",
                "hello = Hei\nbroken = { $x\nworse = }\nbye = Hei hei\n",
            ),
            src("guide.ftl", "count = { $n ->\n [one] yksi\n}\n"),
            src(LOCAL_FILE, "hello = Moi { $name }\n"),
        ];
        let loc = Localizer::new("fi", &fi, &en);
        let syntax: Vec<_> = loc
            .problems()
            .iter()
            .filter_map(|p| match p {
                TextProblem::Syntax { file, lines, .. } => Some((file.as_str(), lines.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(
            syntax,
            vec![("app.ftl", vec![2, 3]), ("guide.ftl", vec![1])]
        );
        assert_eq!(
            loc.problems()[0].path().as_deref(),
            Some("locales/fi/app.ftl")
        );
        assert_eq!(loc.text("bye"), "Hei hei");
        let mut args = Args::new();
        args.set("name", "Ada");
        assert_eq!(loc.format("hello", Some(&args)), "Moi \u{2068}Ada\u{2069}");
        assert_eq!(loc.format("hello", None), "Moi \u{2068}{$name}\u{2069}");
    }

    #[test]
    fn language_codes() {
        for ok in [
            "fi",
            "sv",
            "en",
            "ar",
            "uk",
            "ru",
            "so",
            "fa",
            "prs",
            "und",
            "FI",
            "fi-FI",
            "fi_FI",
            "sv-fi",
            "es-419",
            "zh-Hant",
            "zh-Hant-TW",
            "sr_Latn_RS",
            "de-DE-1996",
            "sl-rozaj",
            "ca-ES-valencia",
            "english",
        ] {
            assert!(is_language_code(ok), "{ok}");
        }
        for bad in [
            "",
            "f",
            "finn",
            "toolonglang",
            "fi-",
            "-fi",
            "fi--FI",
            "f1",
            "12",
            "fi FI",
            "fi-F",
            "fi-FIN1",
            "fi-12",
            "fi-FI-x",
            "en-u-ca-gregory",
            "en-x-private",
            "fi-FI-Latn",
            "zh-TW-Hant",
            "suomi!",
            "fï",
        ] {
            assert!(!is_language_code(bad), "{bad}");
        }
    }
}
