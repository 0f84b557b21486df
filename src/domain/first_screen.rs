//! The first screen, made at build time as plain HTML for `index.html`.
//!
//! On a slow connection the wasm takes seconds to arrive; the language
//! screen is the first thing a newcomer needs, and it is the same for
//! everyone: the offered languages by their own names. So the build writes
//! it into the page (from the shipped `municipality.toml` and `.ftl` files)
//! and a small script shows it, in the device's language, before the app
//! starts. The app replaces it with its own screen when its text is ready.
//! A tap on a language before then is kept and applied by the app.
//!
//! The markup uses the classes of the app's header, notices and language
//! screen, so the change from one to the other moves nothing.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::config::Config;
use super::i18n::{LocaleInfo, Localizer, TranslationStatus};
use super::topics::{Topic, TOPICS};

/// The messages the first screen shows, by the name the markup and the
/// script use (`data-text="…"`), with their Fluent keys.
pub const MESSAGES: &[(&str, &str)] = &[
    ("app_name", "app-name"),
    ("nav_label", "nav-label"),
    ("nav_guide", "nav-guide"),
    ("nav_questions", "qn-nav"),
    ("nav_pathway", "pw-nav"),
    ("nav_language", "nav-language"),
    ("title", "language-title"),
    ("intro", "language-intro"),
    ("suggested", "language-suggested"),
    ("machine_notice", "notice-machine"),
    ("loading", "loading"),
    // The top of a guide topic (scripts/first-screen.js), with the topic's
    // own texts from guide.ftl.
    ("breadcrumb_label", "breadcrumb-label"),
    ("topic_back", "topic-back"),
    ("read_aloud", "read-aloud"),
    ("steps_heading", "topic-steps-heading"),
];

/// What one locale puts on the screen when the device prefers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenTexts {
    pub code: String,
    /// The machine-translation notice is shown, as in the app.
    pub machine: bool,
    pub municipality: String,
    /// `MESSAGES` in order.
    pub messages: Vec<String>,
}

impl ScreenTexts {
    pub fn new(info: &LocaleInfo, text: &Localizer, config: &Config) -> Self {
        ScreenTexts {
            code: info.code.clone(),
            machine: info.status == TranslationStatus::Machine,
            municipality: config.name.get(&info.code).to_string(),
            messages: MESSAGES.iter().map(|(_, key)| text.text(key)).collect(),
        }
    }

    fn get(&self, name: &str) -> &str {
        match name {
            "municipality" => &self.municipality,
            _ => MESSAGES
                .iter()
                .position(|(n, _)| *n == name)
                .and_then(|i| self.messages.get(i))
                .map(String::as_str)
                .unwrap_or_default(),
        }
    }
}

/// What the build puts into `index.html`: the markup (hidden until the
/// script decides it applies) and the data the script reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstScreen {
    pub html: String,
    /// A JSON object: `default` (the municipality's default locale or
    /// null), `accent` (a checked colour or null) and `topics`.
    pub data: String,
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The app's icons (src/ui/shell/header.rs).
const BRAND_MARK: &str = "<svg class=\"brand-mark\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M12 2 3 7v2h18V7zM5 10v7h2v-7zm4 0v7h2v-7zm4 0v7h2v-7zm4 0v7h2v-7zM3 18v3h18v-3z\"/></svg>";
const GLOBE: &str = "<svg viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-3a15.7 15.7 0 0 0-1.3-3.9A8 8 0 0 1 18.9 8zM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4zM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4zm.8 2h3a15.7 15.7 0 0 0 1.3 3.9A8 8 0 0 1 5.1 16zm3-8h-3a8 8 0 0 1 4.3-3.9C7.8 5.3 7.4 6.6 7.1 8zM12 20c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4zm.3 5.9c.6-1.2 1-2.5 1.3-3.9h3a8 8 0 0 1-4.3 3.9zm1.7-5.9a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4z\"/></svg>";

/// The script's data, the same for every language (each language's texts
/// are in its own `locales/<code>/first-screen.json`, so a first visit does
/// not carry the texts of twenty other languages). `None` is written as
/// `null`.
#[derive(serde::Serialize)]
struct Data<'a> {
    default: &'a Option<String>,
    accent: &'a Option<String>,
    /// `languages::MATCHES`, for the script's own negotiation.
    matches: Matches,
    /// The topics whose top the script may draw, with their numbers of
    /// steps: all but the checklist, which starts with the person's own
    /// ticks.
    topics: TopicSteps,
}

impl ScreenTexts {
    /// `locales/<code>/first-screen.json`: these texts, and the locale's
    /// terms (`terms`: term id -> case -> text) for a topic's messages.
    pub fn to_json<T: Serialize>(&self, terms: &T) -> String {
        #[derive(serde::Serialize)]
        struct File<'a, T> {
            #[serde(flatten)]
            texts: &'a ScreenTexts,
            terms: &'a T,
        }
        serde_json::to_string(&File { texts: self, terms })
            .expect("first-screen texts always serialise")
    }
}

/// A locale's texts as one flat object, the names of `MESSAGES` as keys
/// after `code`, `machine` and `municipality` (the language's own name and
/// direction are on its button).
impl Serialize for ScreenTexts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3 + MESSAGES.len()))?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("machine", &self.machine)?;
        map.serialize_entry("municipality", &self.municipality)?;
        for (name, _) in MESSAGES {
            map.serialize_entry(name, self.get(name))?;
        }
        map.end()
    }
}

/// `[{"when": "fa-AF", "then": ["prs", "fa"]}, …]`.
struct Matches;

impl Serialize for Matches {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct M {
            when: &'static str,
            then: &'static [&'static str],
        }
        serializer.collect_seq(super::languages::MATCHES.iter().map(|m| M {
            when: m.when,
            then: m.then,
        }))
    }
}

/// Topic id -> number of steps, in the guide's order.
struct TopicSteps(&'static [Topic]);

impl Serialize for TopicSteps {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(
            self.0
                .iter()
                .filter(|t| !t.is_checklist())
                .map(|t| (t.id, t.steps)),
        )
    }
}

/// `languages` are the offered locales in the screen's order
/// (`languages::screen_order` without a suggestion: the script puts the
/// device's language first). The markup holds no texts but the languages'
/// own names (and their Finnish names): it stays hidden until the script has
/// put in those of the device's language, so a text here would be bytes
/// never shown.
pub fn render(languages: &[LocaleInfo], config: &Config) -> FirstScreen {
    // An element whose text the script sets: `data-text` names it.
    let text =
        |tag: &str, attrs: &str, name: &str| format!("<{tag}{attrs} data-text=\"{name}\"></{tag}>");
    let mut html = String::from("<div id=\"first-screen\" hidden>");
    html.push_str("<header class=\"site-header\"><a class=\"brand\" href=\"#/\">");
    html.push_str(BRAND_MARK);
    html.push_str(&text("span", "", "app_name"));
    html.push_str(&text("span", " class=\"municipality\"", "municipality"));
    html.push_str("</a>");
    if let Some(logo) = &config.logo {
        html.push_str(&format!(
            "<img class=\"logo\" src=\"{}\" alt=\"\" data-text-alt=\"municipality\">",
            escape(logo)
        ));
    }
    html.push_str("<nav class=\"site-nav\" data-text-label=\"nav_label\">");
    html.push_str(&text("a", " href=\"#/guide\"", "nav_guide"));
    html.push_str(&text("a", " href=\"#/questions\"", "nav_questions"));
    html.push_str(&text("a", " href=\"#/pathway\"", "nav_pathway"));
    html.push_str("<a class=\"language-link\" href=\"#/language\">");
    html.push_str(GLOBE);
    html.push_str(&text("span", "", "nav_language"));
    html.push_str(&text("span", " class=\"current-language\"", "endonym"));
    html.push_str("</a></nav></header>");
    html.push_str(&format!(
        "<div class=\"notices\">{}</div>",
        text(
            "p",
            " class=\"notice notice-machine\" role=\"note\"",
            "machine_notice"
        )
    ));
    html.push_str("<main><section class=\"page language-screen\">");
    html.push_str(&text("h1", " tabindex=\"-1\"", "title"));
    html.push_str(&text("p", "", "intro"));
    html.push_str("<ul class=\"language-list\" role=\"list\">");
    for l in languages {
        let code = escape(&l.code);
        html.push_str(&format!(
            "<li><button type=\"button\" class=\"language-button\" lang=\"{code}\" dir=\"{}\" data-locale=\"{code}\"><span class=\"endonym\">{}</span>{}</button></li>",
            l.dir.as_str(),
            escape(&l.endonym),
            l.clerk_name(config.country)
                .map(|(n, lang)| format!(
                    "<span class=\"language-name-{lang}\" lang=\"{lang}\" dir=\"ltr\">{}</span>",
                    escape(n)
                ))
                .unwrap_or_default()
        ));
    }
    // No footer: it is below the language list, and its texts would add to
    // every first visit's bytes; the app's footer follows.
    html.push_str("</ul></section></main>");
    // For a link followed before the app has started: the app's loading
    // screen (src/ui/shell/loading.rs) in place of the language screen.
    html.push_str("<div class=\"loading\" role=\"status\" aria-live=\"polite\" hidden><span class=\"spinner\" aria-hidden=\"true\"></span><span class=\"visually-hidden\" data-text=\"loading\"></span></div>");
    html.push_str("</div>");

    let data = Data {
        default: &config.default_locale,
        accent: &config.accent_colour,
        matches: Matches,
        // Finland's topics only: the script builds Finland's text keys
        // (`topic-<id>-…`); another pack's topics wait for the app.
        topics: TopicSteps(match config.country {
            super::pack::Country::Finland => TOPICS,
            _ => &[],
        }),
    };
    // Strings, booleans and numbers: nothing here can fail.
    let data = serde_json::to_string(&data).expect("first-screen data always serialises");
    FirstScreen { html, data }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::{Direction, TranslationStatus};
    use serde_json::Value;

    fn info(code: &str, endonym: &str, dir: Direction) -> LocaleInfo {
        LocaleInfo {
            code: code.into(),
            endonym: endonym.into(),
            dir,
            status: TranslationStatus::Machine,
            script: "Latn".into(),
            name_fi: None,
            name_sv: None,
            packs: vec!["fi".to_string()],
        }
    }

    fn texts(code: &str, title: &str) -> ScreenTexts {
        ScreenTexts {
            code: code.into(),
            machine: code != "en",
            municipality: String::new(),
            messages: MESSAGES
                .iter()
                .map(|(name, _)| match *name {
                    "title" => title.to_string(),
                    other => format!("{other} {code}"),
                })
                .collect(),
        }
    }

    #[test]
    fn names_each_language_for_a_clerk_in_the_site_s_country() {
        let mut ar = info("ar", "العربية", Direction::Rtl);
        ar.name_fi = Some("arabia".into());
        ar.name_sv = Some("arabiska".into());
        let finland = render(std::slice::from_ref(&ar), &Config::default());
        assert!(finland
            .html
            .contains("<span class=\"language-name-fi\" lang=\"fi\" dir=\"ltr\">arabia</span>"));
        assert!(!finland.html.contains("arabiska"));
        let sweden = Config {
            country: crate::domain::pack::Country::Sweden,
            ..Config::default()
        };
        let sweden = render(&[ar], &sweden);
        assert!(sweden
            .html
            .contains("<span class=\"language-name-sv\" lang=\"sv\" dir=\"ltr\">arabiska</span>"));
        assert!(!sweden.html.contains("arabia<"));
    }

    #[test]
    fn lists_every_offered_language_in_order_with_its_direction() {
        let langs = [
            info("fi", "suomi", Direction::Ltr),
            info("ar", "العربية", Direction::Rtl),
        ];
        let mut langs = langs;
        langs[1].name_fi = Some("arabia".into());
        let s = render(&langs, &Config::default());
        let fi = s.html.find("data-locale=\"fi\"").unwrap();
        let ar = s.html.find("data-locale=\"ar\"").unwrap();
        assert!(fi < ar, "municipality order kept");
        assert!(s
            .html
            .contains("lang=\"ar\" dir=\"rtl\" data-locale=\"ar\""));
        assert!(s.html.contains(
            "<span class=\"endonym\">العربية</span><span class=\"language-name-fi\" lang=\"fi\" dir=\"ltr\">arabia</span>"
        ));
        // Hidden, with places for the texts the script puts in: the frame of
        // the app's page (menu, notice for a machine-made text) and the screen.
        assert!(s.html.starts_with("<div id=\"first-screen\" hidden>"));
        for name in [
            "app_name",
            "municipality",
            "nav_guide",
            "nav_questions",
            "nav_pathway",
            "nav_language",
            "endonym",
            "machine_notice",
            "title",
            "intro",
            "loading",
        ] {
            assert!(
                s.html.contains(&format!("data-text=\"{name}\"></")),
                "{name}"
            );
        }
        assert!(s.html.contains("data-text-label=\"nav_label\""));
        assert!(!s.html.contains("footer"));
        // No language's texts in the page: each is in its own file.
        let data: Value = serde_json::from_str(&s.data).unwrap();
        assert_eq!(data.get("locales"), None);
        let file: Value = serde_json::from_str(
            &texts("ar", "اختر").to_json(&serde_json::json!({"-kela": {"": "كيلا"}})),
        )
        .unwrap();
        assert_eq!(file["code"], "ar");
        assert_eq!(file.get("dir"), None, "on the button");
        assert_eq!(file["title"], "اختر");
        assert_eq!(file["nav_questions"], "nav_questions ar");
        assert_eq!(file["machine"], true);
        assert_eq!(file["terms"]["-kela"][""], "كيلا");
        // Every topic but the checklist, with its number of steps.
        let topics = data["topics"].as_object().unwrap();
        assert_eq!(topics.len(), TOPICS.len() - 1);
        for t in TOPICS.iter().filter(|t| !t.is_checklist()) {
            assert_eq!(topics[t.id], t.steps, "{}", t.id);
        }
    }

    #[test]
    fn text_is_escaped_and_data_is_json() {
        let langs = [info("en", "English <b>", Direction::Ltr)];
        let mut t = texts("en", "Choose \"your\" <language> & 'go'");
        assert!(!t.machine);
        t.municipality = "Town</script>".into();
        let config = Config {
            accent_colour: Some("#0b5394".into()),
            logo: Some("local/logo\".svg".into()),
            ..Config::default()
        };
        let s = render(&langs, &config);
        assert!(s.html.contains("English &lt;b&gt;") && !s.html.contains("<b>"));
        assert!(s.html.contains("src=\"local/logo&quot;.svg\""));
        let data: Value = serde_json::from_str(&s.data).unwrap();
        let first: Value = serde_json::from_str(&t.to_json(&())).unwrap();
        assert_eq!(first["municipality"], "Town</script>");
        assert_eq!(data["accent"], "#0b5394");
        assert_eq!(data.get("default"), Some(&Value::Null));
        assert_eq!(first["title"], "Choose \"your\" <language> & 'go'");
        assert_eq!(first["machine"], false);
    }
}
