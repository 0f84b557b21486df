//! The benchmark's baseline: one guide topic as a plain static HTML page,
//! with no script, built from the same `.ftl` files and topic catalogue the
//! app uses, so that it holds the same text. `bench/run.mjs` measures it with
//! the same Lighthouse profile as the app: the figures no app can beat.
//!
//! `cargo run --example baseline_page -- <locale> <topic> [stylesheet href]`
//! prints the page to standard output.

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use newcomer_guide::domain::i18n::{
    parse_languages, FtlSource, Localizer, FTL_FILES, REFERENCE_LOCALE,
};
use newcomer_guide::domain::topics::{authority, topic};

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn sources(root: &Path, code: &str) -> Vec<FtlSource> {
    FTL_FILES
        .iter()
        .map(|file| {
            let path = root.join("locales").join(code).join(file);
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()));
            (file.to_string(), text)
        })
        .collect()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(code), Some(topic_id)) = (args.first(), args.get(1)) else {
        eprintln!("usage: baseline_page <locale> <topic> [stylesheet href]");
        return ExitCode::from(2);
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(t) = topic(topic_id) else {
        eprintln!("no topic '{topic_id}'");
        return ExitCode::from(2);
    };
    let languages = fs::read_to_string(root.join("locales/languages.toml"))
        .map_err(|e| e.to_string())
        .and_then(|s| parse_languages(&s));
    let dir = match languages {
        Ok(list) => match list.iter().find(|l| &l.code == code) {
            Some(l) => l.dir.as_str(),
            None => {
                eprintln!("no locale '{code}' in locales/languages.toml");
                return ExitCode::from(2);
            }
        },
        Err(e) => {
            eprintln!("locales/languages.toml: {e}");
            return ExitCode::from(1);
        }
    };
    let reference = sources(root, REFERENCE_LOCALE);
    let primary = if code == REFERENCE_LOCALE {
        Vec::new()
    } else {
        sources(root, code)
    };
    let text = Localizer::new(code, &primary, &reference);
    if text.has_gaps() {
        eprintln!("{code}: {:?}", text.problems());
        return ExitCode::from(1);
    }
    let tx = |key: &str| escape(&text.text(key));

    let mut body = String::new();
    body.push_str(&format!(
        "<header class=\"site-header\"><p class=\"app-name\">{}</p></header>\n",
        tx("app-name")
    ));
    body.push_str("<main id=\"main\"><article class=\"page topic\">\n");
    body.push_str(&format!("<h1>{}</h1>\n", tx(&t.title_key())));
    body.push_str(&format!("<p class=\"lead\">{}</p>\n", tx(&t.summary_key())));
    body.push_str(&format!(
        "<h2>{}</h2>\n<ol class=\"steps\">\n",
        tx("topic-steps-heading")
    ));
    for key in t.step_keys() {
        body.push_str(&format!("<li>{}</li>\n", tx(&key)));
    }
    body.push_str(&format!(
        "</ol>\n<h2>{}</h2>\n<ul class=\"authority-list\" role=\"list\">\n",
        tx("topic-authority-heading")
    ));
    for a in t.authorities.iter().filter_map(|id| authority(id)) {
        body.push_str(&format!(
            "<li class=\"authority\"><p class=\"authority-name\">{}</p><dl class=\"authority-names\">\
             <dt>{}</dt><dd lang=\"fi\" dir=\"ltr\">{}</dd><dt>{}</dt><dd lang=\"sv\" dir=\"ltr\">{}</dd></dl></li>\n",
            tx(&a.name_key()),
            tx("topic-name-fi"),
            escape(a.name_fi),
            tx("topic-name-sv"),
            escape(a.name_sv)
        ));
    }
    body.push_str(&format!(
        "</ul>\n<h2>{}</h2>\n<ul class=\"link-list\" role=\"list\">\n",
        tx("topic-links-heading")
    ));
    for l in t.links {
        body.push_str(&format!(
            "<li><a href=\"{}\" class=\"external\">{}</a></li>\n",
            escape(l.url),
            tx(&l.label_key())
        ));
    }
    body.push_str("</ul>\n");
    if !t.phones.is_empty() {
        body.push_str(&format!(
            "<h2>{}</h2>\n<ul class=\"phone-list\" role=\"list\">\n",
            tx("topic-phones-heading")
        ));
        for p in t.phones {
            body.push_str(&format!(
                "<li><a href=\"{}\" class=\"phone\">{}: <span dir=\"ltr\">{}</span></a></li>\n",
                escape(&p.tel_href()),
                tx(&p.label_key()),
                escape(p.number)
            ));
        }
        body.push_str("</ul>\n");
    }
    body.push_str("</article></main>\n");

    let stylesheet = args
        .get(2)
        .map(|href| format!("<link rel=\"stylesheet\" href=\"{}\">\n", escape(href)))
        .unwrap_or_default();
    print!(
        "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} – {}</title>\n{stylesheet}</head>\n<body>\n{body}</body>\n</html>\n",
        tx(&t.title_key()),
        tx("app-name")
    );
    ExitCode::SUCCESS
}
