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
    /// Term id (without the leading "-") -> the texts of its variants, as a
    /// translator wrote them (placeables left out).
    pub terms: BTreeMap<String, Vec<String>>,
    /// Message id -> the term ids it references.
    pub term_refs: BTreeMap<String, BTreeSet<String>>,
    /// Message id -> its literal text (placeables left out), one string per
    /// run of text, so that a name spelled out in a message can be found.
    pub texts: BTreeMap<String, Vec<String>>,
    pub errors: Vec<String>,
    pub duplicates: Vec<String>,
}

pub fn parse_locale(code: &str) -> Parsed {
    parse_files(code, FTL_FILES)
}

/// As [`parse_locale`], for the given files of the locale (a pack's
/// `text_files`).
pub fn parse_files(code: &str, files: &[&str]) -> Parsed {
    let mut parsed = Parsed {
        messages: BTreeMap::new(),
        terms: BTreeMap::new(),
        term_refs: BTreeMap::new(),
        texts: BTreeMap::new(),
        errors: Vec::new(),
        duplicates: Vec::new(),
    };
    for file in files {
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
            match entry {
                ast::Entry::Message(m) => {
                    let patterns: Vec<_> = m
                        .value
                        .iter()
                        .chain(m.attributes.iter().map(|a| &a.value))
                        .collect();
                    let mut vars = BTreeSet::new();
                    let mut terms = BTreeSet::new();
                    let mut texts = Vec::new();
                    for p in patterns {
                        pattern_vars(p, &mut vars);
                        pattern_terms(p, &mut terms);
                        pattern_texts(p, &mut texts);
                    }
                    let id = m.id.name.to_string();
                    if parsed.messages.insert(id.clone(), vars).is_some() {
                        parsed.duplicates.push(format!("{code}/{file}: {id}"));
                    }
                    parsed.term_refs.insert(id.clone(), terms);
                    parsed.texts.insert(id, texts);
                }
                ast::Entry::Term(t) => {
                    let mut texts = Vec::new();
                    pattern_texts(&t.value, &mut texts);
                    let id = t.id.name.to_string();
                    if parsed.terms.insert(id.clone(), texts).is_some() {
                        parsed.duplicates.push(format!("{code}/{file}: -{id}"));
                    }
                }
                _ => {}
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

/// The ids of the terms a pattern references anywhere in it, into `out`.
pub fn pattern_terms(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_terms(expression, out);
        }
    }
}

fn expression_terms(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_terms(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_terms(selector, out);
            for v in variants {
                pattern_terms(&v.value, out);
            }
        }
    }
}

fn inline_terms(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::TermReference { id, .. } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_terms(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_terms(a, out);
            }
            for n in &arguments.named {
                inline_terms(&n.value, out);
            }
        }
        _ => {}
    }
}

/// The literal text of a pattern, one string per run of text between
/// placeables; each variant of a select expression gives its own strings, so
/// every form of a term is listed.
pub fn pattern_texts(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    fn flush(run: &mut String, out: &mut Vec<String>) {
        let text = std::mem::take(run);
        if !text.trim().is_empty() {
            out.push(text.trim().to_string());
        }
    }
    let mut run = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => run.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                flush(&mut run, out);
                if let ast::Expression::Select { variants, .. } = expression {
                    for v in variants {
                        pattern_texts(&v.value, out);
                    }
                }
            }
        }
    }
    flush(&mut run, out);
}
