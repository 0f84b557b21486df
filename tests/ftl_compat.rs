//! The app's own Fluent formatter (`domain::ftl`) against the reference
//! implementation, `fluent-bundle` 0.16 with Unicode isolation on, which
//! the app used before: every shipped message with many argument values,
//! constructed sources for the syntax the shipped files use only in part,
//! and mutated copies of the shipped files.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;
use newcomer_guide::domain::ftl::{ArgValue, Args, Bundle, Resource};
use newcomer_guide::domain::i18n::is_language_code;

const INTS: &[i64] = &[0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 100, 101, 111, 112];
const STRS: &[&str] = &[
    "",
    "Ada",
    "one",
    "other",
    "zero",
    "0",
    "Esimerkkilä",
    "عربي",
];

/// (locale, file path) for every shipped `.ftl` file.
fn shipped_files() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut push_dir = |dir: PathBuf, locale_of: &dyn Fn(&Path) -> Option<String>| {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                let mut inner: Vec<PathBuf> = std::fs::read_dir(&path)
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                    .collect();
                inner.sort();
                for file in inner {
                    if let Some(locale) = locale_of(&file) {
                        files.push((locale, file));
                    }
                }
            } else if path.extension().is_some_and(|x| x == "ftl") {
                if let Some(locale) = locale_of(&path) {
                    files.push((locale, path));
                }
            }
        }
    };
    let parent_name = |p: &Path| Some(p.parent()?.file_name()?.to_str()?.to_string());
    let stem = |p: &Path| Some(p.file_stem()?.to_str()?.to_string());
    push_dir(root.join("locales"), &parent_name);
    push_dir(root.join("public/local"), &stem);
    files
}

fn fluent_resource(source: &str) -> (FluentResource, usize) {
    match FluentResource::try_new(source.to_string()) {
        Ok(r) => (r, 0),
        Err((r, errors)) => (r, errors.len()),
    }
}

fn fluent_bundle(locale: &str, resources: Vec<FluentResource>) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![locale.parse().expect("a language identifier")]);
    bundle.set_use_isolating(true);
    for r in resources {
        bundle.add_resource_overriding(r);
    }
    bundle
}

fn our_bundle(locale: &str, sources: &[&str]) -> Bundle {
    let mut bundle = Bundle::new(locale);
    for source in sources {
        bundle.add_resource_overriding(Resource::parse(source.to_string()).0);
    }
    bundle
}

fn fluent_format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// Messages with a value, and the variables each uses anywhere in it.
fn fluent_messages(resource: &FluentResource) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            if let Some(value) = &m.value {
                let mut vars = BTreeSet::new();
                common::pattern_vars(value, &mut vars);
                out.insert(m.id.name.to_string(), vars);
            }
        }
    }
    out
}

/// The same variables for both implementations.
fn both_args(pairs: &[(&str, ArgValue)]) -> (Args, FluentArgs<'static>) {
    let mut ours = Args::new();
    let mut theirs = FluentArgs::new();
    for (name, value) in pairs {
        ours.set(*name, value.clone());
        match value {
            ArgValue::Int(n) => theirs.set(name.to_string(), *n),
            ArgValue::Str(s) => theirs.set(name.to_string(), s.clone()),
        }
    }
    (ours, theirs)
}

fn values(all: bool) -> Vec<ArgValue> {
    let ints = INTS.iter().map(|n| ArgValue::Int(*n));
    let strs = STRS.iter().map(|s| ArgValue::Str(s.to_string()));
    if all {
        ints.chain(strs).collect()
    } else {
        // For messages with many variables: enough to cross every plural
        // category with a string, without the product exploding.
        [0, 1, 2, 5, 22]
            .into_iter()
            .map(ArgValue::Int)
            .chain([ArgValue::Str("one".into()), ArgValue::Str("Ada".into())])
            .collect()
    }
}

/// Every combination of values for `vars`.
fn combinations(vars: &[String]) -> Vec<Vec<(String, ArgValue)>> {
    let pool = values(vars.len() <= 2);
    let mut out = vec![Vec::new()];
    for var in vars {
        out = out
            .into_iter()
            .flat_map(|prefix| {
                pool.iter().map(move |v| {
                    let mut next = prefix.clone();
                    next.push((var.clone(), v.clone()));
                    next
                })
            })
            .collect();
    }
    out
}

/// Formats `id` with every combination of its variables (and with none)
/// in both implementations; returns how many comparisons were made.
fn compare_message(
    context: &str,
    locale: &str,
    ours: &Bundle,
    theirs: &FluentBundle<FluentResource>,
    id: &str,
    vars: &BTreeSet<String>,
) -> usize {
    assert_eq!(
        ours.format(id, None),
        fluent_format(theirs, id, None),
        "{context}: {id} without arguments"
    );
    let vars: Vec<String> = vars.iter().cloned().collect();
    let mut n = 1;
    for combo in combinations(&vars) {
        let pairs: Vec<(&str, ArgValue)> =
            combo.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        if arabic_past_100(locale, &pairs) {
            continue;
        }
        let (a, f) = both_args(&pairs);
        assert_eq!(
            ours.format(id, Some(&a)),
            fluent_format(theirs, id, Some(&f)),
            "{context}: {id} with {combo:?}"
        );
        n += 1;
    }
    n
}

#[test]
fn every_shipped_message_formats_as_fluent_bundle_does() {
    let files = shipped_files();
    assert!(files.len() >= 40, "found only {} .ftl files", files.len());
    let mut compared = 0;
    let mut with_variables = 0;
    for (locale, path) in &files {
        let context = path.display().to_string();
        let source = std::fs::read_to_string(path).unwrap();
        let (ours, our_errors) = Resource::parse(source.clone());
        let (theirs, their_errors) = fluent_resource(&source);
        assert_eq!(our_errors, vec![], "{context}");
        assert_eq!(their_errors, 0, "{context}");
        let messages = fluent_messages(&theirs);
        let our_ids: BTreeSet<&str> = ours.ids().collect();
        let their_ids: BTreeSet<&str> = messages.keys().map(String::as_str).collect();
        assert_eq!(our_ids, their_ids, "{context}: message ids");

        let our_bundle = our_bundle(locale, &[&source]);
        let their_bundle = fluent_bundle(locale, vec![theirs]);
        for (id, vars) in &messages {
            compared += compare_message(&context, locale, &our_bundle, &their_bundle, id, vars);
            with_variables += usize::from(!vars.is_empty());
        }
    }
    // Guards against the test passing by looking at nothing.
    assert!(
        with_variables >= 8 * 10,
        "{with_variables} messages with variables"
    );
    assert!(compared > 20_000, "{compared} comparisons");
}

#[test]
fn locales_layered_with_local_texts_format_as_fluent_bundle_does() {
    let files = shipped_files();
    let locales: BTreeSet<&str> = files.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(locales.len(), 8);
    for locale in locales {
        // National files, then the municipality's, then one that redefines
        // every seventh message: later ones override.
        let mut sources: Vec<String> = files
            .iter()
            .filter(|(l, _)| l == locale)
            .map(|(_, p)| std::fs::read_to_string(p).unwrap())
            .collect();
        let ids: BTreeSet<String> = sources
            .iter()
            .flat_map(|s| fluent_messages(&fluent_resource(s).0).into_keys())
            .collect();
        let overrides: String = ids
            .iter()
            .step_by(7)
            .map(|id| format!("{id} = {{ $count }} overridden\n"))
            .collect();
        assert!(overrides.lines().count() > 50);
        sources.push(overrides);
        let refs: Vec<&str> = sources.iter().map(String::as_str).collect();
        let ours = our_bundle(locale, &refs);
        let resources: Vec<FluentResource> = sources.iter().map(|s| fluent_resource(s).0).collect();
        let mut messages = BTreeMap::new();
        for r in &resources {
            messages.extend(fluent_messages(r));
        }
        let theirs = fluent_bundle(locale, resources);
        let mut overridden = 0;
        for (id, vars) in &messages {
            assert!(ours.has_message(id), "{locale}: {id}");
            compare_message(locale, locale, &ours, &theirs, id, vars);
            let text = ours.format(id, None).unwrap_or_default();
            overridden += usize::from(text.ends_with(" overridden"));
        }
        assert_eq!(overridden, ids.iter().step_by(7).count(), "{locale}");
    }
}

/// Syntax forms and corner cases that the shipped files use only in part.
const CONSTRUCTED: &[&str] = &[
    "a = plain\nb =    spaced   \nc=tight\n",
    "a =\n    First\n      indented\n\n    after blank\n\n\nb = B\n",
    "a = One\n    two\n      three\n",
    "a =\n  x\n      \n  y\n",
    "a = One\r\n  two\r\n\r\nb = { $n }\r\n",
    "a = mixed\r\n  ends\n  here\r\n",
    "a =\n\n\n   x\n",
    "a = Hello\n{ $name }\n",
    "a =\n{ $name } at column zero\n  and more\n",
    "a = { $a }{ $b }\nb = { $a } \nc =\n    { $a }\nd = x{ $a }\n",
    "a = { $a\n}\nb = {\n  $a\n  }\n",
    "a = { $n ->\n    [0] none\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] { $n } other\n}\n",
    "a = { $n ->\n    [zero] category first\n    [0] number second\n   *[other] x\n}\n",
    "a = { $n ->\n    [-2] minus two\n    [007] seven\n    [1.0] one point oh\n    [1.5] fraction\n   *[other] { $n }\n}\n",
    "a = { $g ->\n    [female] she\n    [one] single\n    [5] five\n   *[other] they\n}\n",
    "a = { $n ->\n   *[many] lots\n    [one] one\n}\n",
    "a = Found: { $n ->\n    [one] one for { $q }\n   *[other]\n        { $n } for\n        { $q }\n}\n",
    "a = { $n ->\n   *[other] { $n }\n}\n",
    "a = {   $n   ->\n  [ one ]   single  \n *[ other ]  many\n  }\n",
    "a = { $n\n  ->\n    [one] one\n   *[other] other\n}\n",
    "a = { $n ->\n    [one] { $g ->\n        [f] her one\n       *[x] their one { $g }\n    }\n   *[other] many { $n ->\n       *[x] deep { $q }\n    }\n}\n",
    "a = { $n ->\n    [one]\n        multi\n          line\n\n        variant\n   *[other] x\n}\n",
    "a = { $n ->\n    [one] x\n   *}\nb = { $n ->\n*}\n",
    "a = {$n->\n*[other]x\n}\n",
    "# c\n## g\n### r\n#no space\n#\na = A\n# between\nb = B\n",
    "a = first\nb = kept\na = second\n",
    "a = x\n  .attr = y\nb = z\n",
    "a = Unclosed { $n\n    still broken = yes\ngood = Two\n= no id\nbad = stray } brace\n  junk\nc = { $n ->\n    [one] x\n}\nd = last\n",
    "a = { $n\nworse = }\nbye = kept\n",
    "a = ok\n  b = continuation, not an entry\n",
    "a = { $n\n# comment\n  indented junk\nb = B\n",
    "a = x\n[one] not a variant\n*[two] nor this\nb = y\n",
    "a = é{ $n }ü\nb = tab\there\nc = “{ $q }”\n",
    "a =\n    \u{2068}already isolated\u{2069}\n",
    "a = { $n }\n\n\n",
    "a = text with trailing spaces and no newline   ",
    "a = { $n ->\n    [one] one\n   *[other] other\n}",
];

fn arg_sets() -> Vec<Vec<(&'static str, ArgValue)>> {
    let mut sets = vec![vec![]];
    for n in INTS.iter().chain(&[-2, -1, 7, 103, 1000000]) {
        sets.push(vec![
            ("n", ArgValue::Int(*n)),
            ("a", ArgValue::Int(*n)),
            ("q", "q".into()),
            ("g", "f".into()),
        ]);
    }
    for s in STRS.iter().chain(&["female", "5", "f", "x"]) {
        sets.push(vec![
            ("n", ArgValue::Str(s.to_string())),
            ("g", ArgValue::Str(s.to_string())),
            ("name", "Ada".into()),
            ("b", 3.into()),
        ]);
    }
    sets
}

/// Messages both implementations parse must format identically; every
/// message of `theirs` that uses only supported syntax must be in `ours`.
fn assert_same(context: &str, locale: &str, source: &str) -> (usize, usize) {
    let (ours_res, our_errors) = Resource::parse(source.to_string());
    let (theirs_res, their_errors) = fluent_resource(source);
    let our_ids: Vec<String> = ours_res.ids().map(str::to_string).collect();
    let their_counts = message_counts(&theirs_res);
    let supported = supported_messages(&theirs_res);
    let their_ids: BTreeSet<String> = fluent_messages(&theirs_res).into_keys().collect();
    let mut ours = Bundle::new(locale);
    ours.add_resource_overriding(ours_res);
    let theirs = fluent_bundle(locale, vec![theirs_res]);
    for id in &our_ids {
        assert!(
            their_ids.contains(id),
            "{context}: fluent-bundle has no '{id}'\n{source}"
        );
    }
    for id in &supported {
        assert!(
            ours.has_message(id),
            "{context}: '{id}' uses supported syntax but did not parse\n{source}"
        );
    }
    // An id defined twice resolves to whichever definition each parser
    // kept last; only compare ids defined once.
    let once: BTreeSet<&String> = our_ids
        .iter()
        .filter(|id| our_ids.iter().filter(|o| o == id).count() == 1)
        .filter(|id| their_counts.get(*id) == Some(&1))
        .collect();
    for id in once {
        for set in arg_sets() {
            if arabic_past_100(locale, &set) {
                continue;
            }
            let (a, f) = both_args(&set);
            assert_eq!(
                ours.format(id, Some(&a)),
                fluent_format(&theirs, id, Some(&f)),
                "{context}: {id} with {set:?}\n{source:?}"
            );
        }
        assert_eq!(ours.format(id, None), fluent_format(&theirs, id, None));
    }
    (our_errors.len(), their_errors)
}

/// How often each message id is defined (with or without a value).
fn message_counts(resource: &FluentResource) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            *counts.entry(m.id.name.to_string()).or_insert(0) += 1;
        }
    }
    counts
}

/// The one known difference in plural selection: CLDR puts Arabic 103–110
/// in "few" and 111–199 in "many" (by `n % 100`, like 3–10 and 11–99);
/// `intl_pluralrules` 7 compares `n` itself and says "other". The app
/// follows CLDR; `arabic_hundreds_follow_cldr` pins both sides.
fn arabic_past_100(locale: &str, set: &[(&str, ArgValue)]) -> bool {
    locale == "ar"
        && set.iter().any(|(_, v)| {
            matches!(v, ArgValue::Int(n) if n.unsigned_abs() >= 100 && (3..=99).contains(&(n.unsigned_abs() % 100)))
        })
}

/// Ids (defined once) of messages whose value uses only text, variables
/// and select expressions on variables.
fn supported_messages(resource: &FluentResource) -> BTreeSet<String> {
    fn pattern_ok(p: &ast::Pattern<&str>) -> bool {
        p.elements.iter().all(|e| match e {
            ast::PatternElement::TextElement { .. } => true,
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(i) => var(i),
                ast::Expression::Select { selector, variants } => {
                    var(selector) && variants.iter().all(|v| pattern_ok(&v.value))
                }
            },
        })
    }
    fn var(i: &ast::InlineExpression<&str>) -> bool {
        matches!(i, ast::InlineExpression::VariableReference { .. })
    }
    let mut seen: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            let slot = seen.entry(m.id.name.to_string()).or_insert((0, true));
            slot.0 += 1;
            slot.1 &= m.value.as_ref().is_some_and(pattern_ok);
        }
    }
    seen.into_iter()
        .filter(|(_, (n, ok))| *n == 1 && *ok)
        .map(|(id, _)| id)
        .collect()
}

#[test]
fn constructed_sources_format_as_fluent_bundle_does() {
    for locale in ["en", "ar", "uk", "fa"] {
        for source in CONSTRUCTED {
            let (ours, theirs) = assert_same("constructed", locale, source);
            // An attribute line is an error here, part of the message there.
            let attributes = usize::from(source.contains(".attr"));
            assert_eq!(ours, theirs + attributes, "error count for {source:?}");
        }
    }
}

#[test]
fn arabic_hundreds_follow_cldr() {
    let source = "a = { $n ->\n    [zero] Z\n    [one] O\n    [two] T\n    [few] F\n    [many] M\n   *[other] X\n}\n";
    let ours = our_bundle("ar", &[source]);
    let theirs = fluent_bundle("ar", vec![fluent_resource(source).0]);
    let mut checked = 0;
    for n in 0..=1000i64 {
        let (a, f) = both_args(&[("n", ArgValue::Int(n))]);
        let (ours, theirs) = (
            ours.format("a", Some(&a)).unwrap(),
            fluent_format(&theirs, "a", Some(&f)).unwrap(),
        );
        let cldr = match (n, n % 100) {
            (0, _) => "Z",
            (1, _) => "O",
            (2, _) => "T",
            (_, 3..=10) => "F",
            (_, 11..=99) => "M",
            _ => "X",
        };
        assert_eq!(ours, cldr, "{n}");
        if arabic_past_100("ar", &[("n", ArgValue::Int(n))]) {
            assert_eq!(
                theirs, "X",
                "{n}: intl_pluralrules was fixed; drop the exception"
            );
        } else {
            assert_eq!(ours, theirs, "{n}");
            checked += 1;
        }
    }
    assert!(checked > 100);
}

#[test]
fn too_many_placeables_stop_as_in_fluent_bundle() {
    for (count, nested) in [(100, false), (101, false), (150, false), (120, true)] {
        let mut source = String::from("a = ");
        for i in 0..count {
            if nested && i == 60 {
                source.push_str("{ $n ->\n *[x] ");
                for _ in 0..60 {
                    source.push_str("{ $q }");
                }
                source.push_str("\n}");
            }
            source.push_str("x{ $n }");
        }
        source.push('\n');
        assert_same("placeables", "en", &source);
    }
}

#[test]
fn unsupported_syntax_is_skipped_without_losing_other_messages() {
    // Each is a parse error here (fluent-bundle accepts them); the
    // messages around it stay.
    for broken in [
        "-term = Term\n",
        "x = { -term }\n",
        "x = { other-message }\n",
        "x = { other.attr }\n",
        "x = { NUMBER($n) }\n",
        "x = { \"literal\" }\n",
        "x = { 5 }\n",
        "x = { { $n } }\n",
        "x = { $n ->\n    [one] { -term }\n   *[other] y\n}\n",
    ] {
        let source = format!("before = B\n{broken}after = A {{ $n }}\n");
        let (r, e) = Resource::parse(source.clone());
        assert_eq!(e.len(), 1, "{source}");
        assert_eq!(
            r.ids().collect::<Vec<_>>(),
            vec!["before", "after"],
            "{source}"
        );
        assert_same("unsupported", "en", &source);
    }
}

/// Positions in `source` (as char indices) where a line starts an entry.
fn entry_starts(chars: &[char]) -> Vec<usize> {
    (0..chars.len())
        .filter(|&i| {
            (i == 0 || chars[i - 1] == '\n') && (chars[i].is_ascii_alphabetic() || chars[i] == '#')
        })
        .collect()
}

#[test]
fn a_broken_entry_inserted_into_a_shipped_file_costs_only_itself() {
    let broken = [
        "broken = { $n\n",
        "broken = stray } brace\n",
        "= no id\n",
        "broken = { $n ->\n    [one] no default\n}\n",
        "broken = { $n ->\n   *[one] x\n   *[other] y\n}\n",
        "broken =\n",
        "-term = unsupported\n",
        "broken = { other-message }\n",
        "broken = { $n -> [one] x\n   *[other] y\n}\n",
    ];
    let mut rng = Rng(0x9e37_79b9);
    for (locale, path) in shipped_files() {
        let source = std::fs::read_to_string(&path).unwrap();
        let expected: Vec<String> = Resource::parse(source.clone())
            .0
            .ids()
            .map(str::to_string)
            .collect();
        let chars: Vec<char> = source.chars().collect();
        let starts = entry_starts(&chars);
        for snippet in broken {
            let at = starts[rng.below(starts.len())];
            let mut mutated: String = chars[..at].iter().collect();
            mutated.push_str(snippet);
            mutated.extend(&chars[at..]);
            let (r, e) = Resource::parse(mutated.clone());
            let ids: Vec<String> = r.ids().map(str::to_string).collect();
            assert_eq!(ids, expected, "{} with {snippet:?}", path.display());
            assert_eq!(e.len(), 1, "{} with {snippet:?}", path.display());
            assert_same("inserted", &locale, &mutated);
        }
    }
}

/// xorshift32: deterministic, so a failure can be replayed.
struct Rng(u32);

impl Rng {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        self.next() as usize % n.max(1)
    }
}

const NOISE: &[char] = &[
    '{', '}', '$', '-', '>', '[', ']', '*', '\n', '\n', ' ', ' ', '#', '.', '=', '"', '\\', 'a',
    'Z', '1', '0', '\r', 'é', '\u{2068}', '_', '(', ')', ':',
];

fn mutate(rng: &mut Rng, chars: &[char]) -> String {
    let mut out = chars.to_vec();
    for _ in 0..=rng.below(4) {
        let len = out.len();
        let at = rng.below(len + 1);
        match rng.below(6) {
            0 => {
                let end = (at + rng.below(20)).min(len);
                out.drain(at..end);
            }
            1 | 2 => {
                for _ in 0..=rng.below(5) {
                    out.insert(at, NOISE[rng.below(NOISE.len())]);
                }
            }
            3 => out.truncate(at),
            4 => {
                // Repeat a stretch: duplicated ids and lines out of place.
                let end = (at + rng.below(80)).min(len);
                let copy: Vec<char> = out[at..end].to_vec();
                let to = rng.below(len + 1);
                out.splice(to..to, copy);
            }
            _ => {
                let from = rng.below(len + 1);
                out.truncate(from.max(at));
                out.drain(..at.min(out.len()));
            }
        }
    }
    out.into_iter().collect()
}

#[test]
fn mutated_shipped_files_never_panic_and_agree_with_fluent_bundle() {
    let mut rng = Rng(0x1234_5678);
    let mut runs = 0;
    let mut with_errors = 0;
    for (locale, path) in shipped_files() {
        let chars: Vec<char> = std::fs::read_to_string(&path).unwrap().chars().collect();
        for i in 0..60 {
            let mutated = mutate(&mut rng, &chars);
            let context = format!("{} mutation {i}", path.display());
            let (ours, _) = assert_same(&context, &locale, &mutated);
            runs += 1;
            with_errors += usize::from(ours > 0);
        }
    }
    assert!(runs >= 2400, "{runs}");
    assert!(
        with_errors > runs / 4,
        "only {with_errors} of {runs} mutations broke something"
    );
}

#[test]
fn language_codes_match_unic_langid_for_realistic_codes() {
    let unic_accepts = |code: &str| {
        let mut bundle = FluentBundle::<FluentResource>::new(vec![]);
        match code.parse() {
            Ok(langid) => {
                bundle.locales.push(langid);
                true
            }
            Err(_) => false,
        }
    };
    for code in [
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
        "ti",
        "ckb",
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
        "fi-12",
        "fi-FI-x",
        "en-u-ca-gregory",
        "en-x-private",
        "suomi!",
        "fï",
        "en-GB-oed",
        "ku-Arab-IQ",
    ] {
        assert_eq!(is_language_code(code), unic_accepts(code), "{code:?}");
    }
    // Deliberately stricter: unic-langid 0.9 takes any 4 letters or digits
    // as a variant, BCP 47 only a digit and 3 letters or digits.
    for code in ["fi-FI-Latn", "zh-TW-Hant", "fi-FIN1"] {
        assert!(unic_accepts(code) && !is_language_code(code), "{code}");
    }
}
