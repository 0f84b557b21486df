//! Reading the shipped locale files, shared by the native tests.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use newcomer_guide::domain::i18n::{parse_languages, LocaleInfo, FTL_FILES};

pub fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

pub fn languages() -> Vec<LocaleInfo> {
    let src = std::fs::read_to_string(locales_dir().join("languages.toml")).unwrap();
    parse_languages(&src).expect("locales/languages.toml is valid")
}

/// Message id -> variables it uses, for one locale (all its files), plus
/// every parse error as "file: error".
pub struct Parsed {
    pub messages: BTreeMap<String, BTreeSet<String>>,
    pub errors: Vec<String>,
    pub duplicates: Vec<String>,
}

pub fn parse_locale(code: &str) -> Parsed {
    let mut parsed = Parsed {
        messages: BTreeMap::new(),
        errors: Vec::new(),
        duplicates: Vec::new(),
    };
    for file in FTL_FILES {
        let path = locales_dir().join(code).join(file);
        let Ok(src) = std::fs::read_to_string(&path) else {
            parsed.errors.push(format!("{code}/{file}: missing"));
            continue;
        };
        let resource = match fluent_syntax::parser::parse(src.as_str()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    parsed.errors.push(format!("{code}/{file}: {e:?}"));
                }
                r
            }
        };
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                let id = m.id.name.to_string();
                if parsed.messages.insert(id.clone(), vars).is_some() {
                    parsed.duplicates.push(format!("{code}/{file}: {id}"));
                }
            }
        }
    }
    parsed
}

/// The variables a pattern uses anywhere in it, into `out`.
pub fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        _ => {}
    }
}
