//! Writes the first screen for `index.html` (see `domain::first_screen`)
//! from a build's own files, so it shows what that build will show.
//!
//! `cargo run --example first_screen -- <build dir>` prints a JSON object
//! `{"html": …, "data": …}`; `scripts/postbuild.mjs` puts both into the page.
//! It reads `locales/languages.toml`, `municipality.toml` (optional) and each
//! offered locale's `locales/<code>/*.ftl` and `local/<code>.ftl` there.

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use newcomer_guide::domain::config::{self, office_targets, Config, Known};
use newcomer_guide::domain::first_screen::{render, ScreenTexts};
use newcomer_guide::domain::i18n::{
    enabled_locales, parse_languages, FtlSource, Localizer, FTL_FILES, LOCAL_FILE, REFERENCE_LOCALE,
};

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

fn sources(dir: &Path, code: &str) -> Vec<FtlSource> {
    let mut out: Vec<FtlSource> = FTL_FILES
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
            let targets = office_targets();
            let known = Known {
                locales: &codes,
                targets: &targets,
            };
            config::parse(&source, &known).0
        }
    };
    let offered = enabled_locales(&all, config.enabled_locales.as_deref());
    let reference = sources(dir, REFERENCE_LOCALE);
    let texts: Vec<ScreenTexts> = offered
        .iter()
        .map(|info| {
            let primary = if info.code == REFERENCE_LOCALE {
                Vec::new()
            } else {
                sources(dir, &info.code)
            };
            let text = Localizer::new(&info.code, &primary, &reference);
            ScreenTexts::new(info, &text, &config)
        })
        .collect();
    let screen = render(&offered, &texts, &config);
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
