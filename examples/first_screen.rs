//! Writes the first screen for `index.html` (see `domain::first_screen`)
//! from a build's own files, so it shows what that build will show.
//!
//! `cargo run --example first_screen -- <build dir>` prints a JSON object
//! `{"html": …, "data": …}`; `scripts/postbuild.mjs` puts both into the page.
//! It reads `locales/languages.toml`, `municipality.toml` (optional) and each
//! offered locale's `locales/<code>/*.ftl` and `local/<code>.ftl` there.
//!
//! It also writes `locales/<code>/first-screen.json` into the build for each
//! offered locale: the first screen's texts in that language, and each
//! Fluent term of the locale (the names of authorities), formatted by
//! fluent-bundle in each of its `$case` variants. The first screen's script
//! fetches the file of the device's language only, and puts the terms into a
//! topic's plain messages (`{ -kela }`, `{ -kela(case: "genitive") }`), so a
//! topic that names an authority can show before the app, in the words the
//! app will show.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::ExitCode;

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast;

use newcomer_guide::domain::config::{self, Config, Known};
use newcomer_guide::domain::first_screen::{render, ScreenTexts};
use newcomer_guide::domain::i18n::{
    enabled_locales, parse_languages, FtlSource, LocaleInfo, Localizer, LOCAL_FILE,
    REFERENCE_LOCALE,
};
use newcomer_guide::domain::languages::screen_order;

/// What `scripts/postbuild.mjs` reads: the markup and the script's data,
/// itself JSON text.
#[derive(serde::Serialize)]
struct Output<'a> {
    html: &'a str,
    data: &'a str,
}

fn read(dir: &Path, file: &str) -> Result<String, String> {
    fs::read_to_string(dir.join(file)).map_err(|e| format!("{file}: {e}"))
}

/// A locale's files for the site's pack (Sweden's own texts after the
/// shared ones, as the app loads them).
fn sources(dir: &Path, code: &str, config: &Config) -> Vec<FtlSource> {
    let mut out: Vec<FtlSource> = config
        .country
        .pack()
        .text_files
        .iter()
        .map(|file| {
            (
                file.to_string(),
                read(dir, &format!("locales/{code}/{file}")),
            )
        })
        .collect();
    out.push((LOCAL_FILE.into(), read(dir, &format!("local/{code}.ftl"))));
    out
}

/// Term id → variant key (`""` for the default form) → formatted text.
type TermValues = BTreeMap<String, BTreeMap<String, String>>;

/// The `$case` variant keys of a term whose value selects on `$case`.
fn case_keys(term: &ast::Term<&str>) -> Vec<String> {
    let [ast::PatternElement::Placeable {
        expression: ast::Expression::Select { selector, variants },
    }] = term.value.elements.as_slice()
    else {
        return Vec::new();
    };
    let ast::InlineExpression::VariableReference { id } = selector else {
        return Vec::new();
    };
    if id.name != "case" {
        return Vec::new();
    }
    variants
        .iter()
        .map(|v| match &v.key {
            ast::VariantKey::Identifier { name } => name.to_string(),
            ast::VariantKey::NumberLiteral { value } => value.to_string(),
        })
        .collect()
}

fn term_values(code: &str, source: &str) -> Result<TermValues, String> {
    let parsed = fluent_syntax::parser::parse(source).map_err(|(_, e)| format!("{e:?}"))?;
    // One message per term and form, formatted by the same library as the app.
    let mut probes = String::new();
    let mut wanted = Vec::new();
    for entry in &parsed.body {
        let ast::Entry::Term(term) = entry else {
            continue;
        };
        let id = term.id.name;
        let n = wanted.len();
        probes.push_str(&format!("probe-{n} = {{ -{id} }}\n"));
        wanted.push((id.to_string(), String::new()));
        for key in case_keys(term) {
            let n = wanted.len();
            probes.push_str(&format!("probe-{n} = {{ -{id}(case: \"{key}\") }}\n"));
            wanted.push((id.to_string(), key));
        }
    }
    let langid = code.parse().map_err(|e| format!("{code}: {e}"))?;
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    for text in [source.to_string(), probes] {
        let resource = FluentResource::try_new(text).map_err(|(_, e)| format!("{e:?}"))?;
        bundle
            .add_resource(resource)
            .map_err(|e| format!("{e:?}"))?;
    }
    let mut out = TermValues::new();
    for (n, (id, key)) in wanted.into_iter().enumerate() {
        let pattern = bundle
            .get_message(&format!("probe-{n}"))
            .and_then(|m| m.value())
            .ok_or_else(|| format!("-{id}: no value"))?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned();
        if !errors.is_empty() {
            return Err(format!("-{id} {key}: {errors:?}"));
        }
        out.entry(format!("-{id}")).or_default().insert(key, text);
    }
    Ok(out)
}

/// Writes `locales/<code>/first-screen.json` for each offered locale.
fn write_locale_files(dir: &Path, texts: &[ScreenTexts]) -> Result<(), String> {
    for t in texts {
        let code = &t.code;
        let file = format!("locales/{code}/first-screen.json");
        let source = read(dir, &format!("locales/{code}/terms.ftl"))?;
        let terms = term_values(code, &source).map_err(|e| format!("{code}/terms.ftl: {e}"))?;
        fs::write(dir.join(&file), t.to_json(&terms)).map_err(|e| format!("{file}: {e}"))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: first_screen <build dir>");
        return ExitCode::from(2);
    };
    let dir = Path::new(&dir);
    let all = match read(dir, "locales/languages.toml").and_then(|s| parse_languages(&s)) {
        Ok(list) => list,
        Err(e) => {
            eprintln!("first_screen: locales/languages.toml: {e}");
            return ExitCode::from(1);
        }
    };
    // As the app reads it: problems fall back to defaults (the admin page
    // lists them), and no file means the national defaults.
    let config = match read(dir, "municipality.toml") {
        Err(_) => Config::default(),
        Ok(source) => {
            let codes: Vec<&str> = all.iter().map(|l| l.code.as_str()).collect();
            config::parse(&source, &Known { locales: &codes }).0
        }
    };
    // As the app offers them: complete for the site's pack, then enabled.
    let pack = config.country.code();
    let complete: Vec<LocaleInfo> = all
        .into_iter()
        .filter(|l| l.packs.iter().any(|p| p == pack))
        .collect();
    let offered = enabled_locales(&complete, config.enabled_locales.as_deref());
    let reference = sources(dir, REFERENCE_LOCALE, &config);
    let texts: Vec<ScreenTexts> = offered
        .iter()
        .map(|info| {
            let primary = if info.code == REFERENCE_LOCALE {
                Vec::new()
            } else {
                sources(dir, &info.code, &config)
            };
            let text = Localizer::new(&info.code, &primary, &reference);
            ScreenTexts::new(info, &text, &config)
        })
        .collect();
    if let Err(e) = write_locale_files(dir, &texts) {
        eprintln!("first_screen: {e}");
        return ExitCode::from(1);
    }
    let shown = screen_order(&offered, &config.screen_first(), None);
    let screen = render(&shown, &config);
    let out = Output {
        html: &screen.html,
        data: &screen.data,
    };
    match serde_json::to_string(&out) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("first_screen: {e}");
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
