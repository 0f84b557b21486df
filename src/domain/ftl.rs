//! A small Fluent formatter for the part of the Fluent syntax that the app's
//! `.ftl` files use.
//!
//! It replaces `fluent-bundle` and `unic-langid` at run time: they brought a
//! full parser, CLDR plural data for every language and a language-tag
//! parser into the WebAssembly, for texts that only use variables and
//! plural selection.
//!
//! Parsing follows `fluent-syntax` 0.12 (`parse_runtime`, as
//! `FluentResource` uses it) step by step, and formatting follows
//! `fluent-bundle` 0.16 with Unicode isolation on, so a text comes out the
//! same as before, down to the isolation marks and the whitespace of
//! multi-line values. `tests/ftl_compat.rs` checks this for every shipped
//! message.
//!
//! Supported: comments, messages `id = value` (also multi-line), variables
//! `{ $name }` and select expressions on a variable
//! (`{ $count -> [one] … *[other] … }`) with plural-category, number or
//! other identifier keys.
//!
//! Not supported, because no file uses them; each is a parse error, and the
//! entry is skipped like any broken entry: terms (`-term = …`, `{ -term }`),
//! message references (`{ other-id }`), functions, string and number
//! literals (`{ "…" }`, `{ 5 }`) and nested placeables. An attribute line
//! (`.attr = …`) is a parse error of its own; the message value above it is
//! kept (the app reads only values).
//!
//! Formatting differs from `fluent-bundle` 0.16 in two places only:
//! - integers beyond ±2^53 are printed and matched exactly (fluent-bundle
//!   goes through `f64`); unsigned values past `i64::MAX` are capped there;
//! - Arabic numbers from 100 up follow CLDR: `n % 100` in 3..=10 is "few",
//!   in 11..=99 "many" (103 is "few"), where `intl_pluralrules` 7 compares
//!   `n` itself and says "other".

use std::collections::BTreeMap;

/// Why a part of a file was skipped, with the byte offset where the parser
/// stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub at: usize,
    pub kind: ErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A specific character was expected here.
    Expected(char),
    /// An identifier (`[a-zA-Z][a-zA-Z0-9_-]*`) was expected here.
    ExpectedIdentifier,
    /// A digit was expected here (in a number variant key).
    ExpectedDigit,
    /// Inside `{ }`, something that starts no expression at all.
    ExpectedExpression,
    /// A `}` in text. (Fluent writes one as `{ "}" }`, a string literal,
    /// which this formatter does not support.)
    UnbalancedClosingBrace,
    /// A message or variant without a value.
    MissingValue,
    /// A select expression without a `*[default]` variant.
    MissingDefaultVariant,
    MultipleDefaultVariants,
    /// Fluent syntax this formatter does not implement (see the module
    /// documentation).
    Unsupported(&'static str),
    /// Select expressions nested deeper than any text needs; refused so a
    /// hostile file cannot exhaust the stack.
    TooDeep,
}

/// One variable's value. Integers only: formatting floats would add code
/// to the WebAssembly that no text needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgValue {
    Int(i64),
    Str(String),
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for ArgValue {
            fn from(n: $t) -> Self {
                // Only unsigned values past i64::MAX can fail; no count or
                // year the app passes comes near.
                ArgValue::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl From<String> for ArgValue {
    fn from(s: String) -> Self {
        ArgValue::Str(s)
    }
}

impl From<&str> for ArgValue {
    fn from(s: &str) -> Self {
        ArgValue::Str(s.to_string())
    }
}

impl From<&String> for ArgValue {
    fn from(s: &String) -> Self {
        ArgValue::Str(s.clone())
    }
}

/// The variables of one message, as `fluent_bundle::FluentArgs` took them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Args(Vec<(String, ArgValue)>);

impl Args {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets a variable; setting it again replaces the value.
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<ArgValue>) {
        let name = name.into();
        let value = value.into();
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((name, value)),
        }
    }

    pub fn get(&self, name: &str) -> Option<&ArgValue> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Pattern(Vec<Element>);

/// Text lines stay separate elements, as in `fluent-syntax`: whether a
/// placeable is isolated depends on the element count.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Element {
    Text(String),
    Var(String),
    Select(Box<Select>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Select {
    selector: String,
    variants: Vec<Variant>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Variant {
    key: Key,
    value: Pattern,
    default: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Key {
    /// A number key; `None` for one with a fraction (`[1.5]`, even `[1.0]`),
    /// which fluent-bundle never matches with an integer, or past `i64`.
    Number(Option<i64>),
    Name(String),
}

/// The messages of one `.ftl` file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resource {
    messages: Vec<(String, Pattern)>,
}

impl Resource {
    /// Everything that parsed, and an error for each entry that did not.
    /// Never fails and never panics: a broken entry is skipped up to the
    /// next line that starts an entry (a letter, `-` or `#` in column 0).
    pub fn parse(source: String) -> (Resource, Vec<ParseError>) {
        let mut parser = Parser::new(&source);
        let mut resource = Resource::default();
        let mut errors = Vec::new();
        parser.skip_blank_block();
        while parser.ptr < parser.bytes.len() {
            let entry_start = parser.ptr;
            match parser.entry() {
                Ok(Some(message)) => resource.messages.push(message),
                Ok(None) => {}
                Err(error) => {
                    errors.push(error);
                    parser.skip_to_next_entry_start();
                    if parser.ptr <= entry_start {
                        // An entry that failed where it starts would be
                        // tried again forever.
                        parser.ptr = entry_start + 1;
                        parser.skip_to_next_entry_start();
                    }
                }
            }
            parser.skip_blank_block();
        }
        (resource, errors)
    }

    /// Message ids in file order (an id defined twice is listed twice).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(id, _)| id.as_str())
    }
}

/// Nesting of select expressions allowed; real texts use one level.
const MAX_DEPTH: usize = 16;

type PResult<T> = Result<T, ParseError>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Text right after `=` or `]`: its indentation is not common indent.
    InitialLineStart,
    LineStart,
    Continuation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineEnd {
    LineFeed,
    Crlf,
    PlaceableStart,
    Eof,
}

/// A pattern element before the common indentation is known.
enum Part {
    Placeable(Element),
    Text {
        start: usize,
        end: usize,
        indent: usize,
        role: Role,
    },
}

struct TextSlice {
    start: usize,
    end: usize,
    blank: bool,
    ends: LineEnd,
}

struct Parser<'s> {
    source: &'s str,
    bytes: &'s [u8],
    ptr: usize,
    depth: usize,
}

fn is_identifier_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

fn is_pattern_continuation(b: u8) -> bool {
    !matches!(b, b'.' | b'}' | b'[' | b'*')
}

impl<'s> Parser<'s> {
    fn new(source: &'s str) -> Self {
        Parser {
            source,
            bytes: source.as_bytes(),
            ptr: 0,
            depth: 0,
        }
    }

    fn byte(&self) -> Option<u8> {
        self.byte_at(self.ptr)
    }

    fn byte_at(&self, at: usize) -> Option<u8> {
        self.bytes.get(at).copied()
    }

    fn is(&self, b: u8) -> bool {
        self.byte() == Some(b)
    }

    fn take(&mut self, b: u8) -> bool {
        let found = self.is(b);
        if found {
            self.ptr += 1;
        }
        found
    }

    fn error<T>(&self, kind: ErrorKind) -> PResult<T> {
        Err(ParseError { at: self.ptr, kind })
    }

    fn expect(&mut self, b: u8) -> PResult<()> {
        if self.take(b) {
            Ok(())
        } else {
            self.error(ErrorKind::Expected(b as char))
        }
    }

    /// Every offset the parser slices at is next to an ASCII byte, so this
    /// never misses; `get` keeps a mistake from becoming a panic.
    fn slice(&self, from: usize, to: usize) -> &'s str {
        self.source.get(from..to).unwrap_or_default()
    }

    fn skip_blank_inline(&mut self) -> usize {
        let start = self.ptr;
        while self.is(b' ') {
            self.ptr += 1;
        }
        self.ptr - start
    }

    fn is_crlf(&self) -> bool {
        self.is(b'\r') && self.byte_at(self.ptr + 1) == Some(b'\n')
    }

    fn skip_eol(&mut self) -> bool {
        if self.is(b'\n') {
            self.ptr += 1;
            true
        } else if self.is_crlf() {
            self.ptr += 2;
            true
        } else {
            false
        }
    }

    fn is_eol(&self) -> bool {
        self.byte().is_none() || self.is(b'\n') || self.is_crlf()
    }

    /// Blank lines (spaces only) before the next non-blank line.
    fn skip_blank_block(&mut self) {
        loop {
            let start = self.ptr;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.ptr = start;
                return;
            }
        }
    }

    /// Spaces and line ends.
    fn skip_blank(&mut self) {
        loop {
            if self.is(b' ') || self.is(b'\n') {
                self.ptr += 1;
            } else if self.is_crlf() {
                self.ptr += 2;
            } else {
                return;
            }
        }
    }

    fn skip_comment(&mut self) {
        loop {
            while self.ptr < self.bytes.len() && !self.is_eol() {
                self.ptr += 1;
            }
            self.ptr += 1;
            if !self.take(b'#') {
                return;
            }
        }
    }

    fn skip_to_next_entry_start(&mut self) {
        while let Some(b) = self.byte() {
            let line_start = self.ptr == 0 || self.byte_at(self.ptr - 1) == Some(b'\n');
            if line_start && (b.is_ascii_alphabetic() || b == b'-' || b == b'#') {
                return;
            }
            self.ptr += 1;
        }
    }

    fn entry(&mut self) -> PResult<Option<(String, Pattern)>> {
        match self.byte() {
            Some(b'#') => {
                self.skip_comment();
                Ok(None)
            }
            Some(b'-') => {
                self.ptr += 1;
                self.error(ErrorKind::Unsupported("term"))
            }
            _ => self.message().map(Some),
        }
    }

    fn message(&mut self) -> PResult<(String, Pattern)> {
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        let pattern = self.pattern()?;
        self.skip_blank_block();
        match pattern {
            Some(pattern) => Ok((id.to_string(), pattern)),
            None => self.error(ErrorKind::MissingValue),
        }
    }

    fn identifier(&mut self) -> PResult<&'s str> {
        if !self.byte().is_some_and(|b| b.is_ascii_alphabetic()) {
            return self.error(ErrorKind::ExpectedIdentifier);
        }
        let start = self.ptr;
        self.ptr += 1;
        while self.byte().is_some_and(is_identifier_byte) {
            self.ptr += 1;
        }
        Ok(self.slice(start, self.ptr))
    }

    /// A value: text lines and placeables, with the indentation common to
    /// the continuation lines removed and trailing blanks trimmed, as
    /// `fluent-syntax` does it (`get_pattern`).
    fn pattern(&mut self) -> PResult<Option<Pattern>> {
        let mut parts = Vec::new();
        let mut last_non_blank = None;
        let mut common_indent: Option<usize> = None;

        self.skip_blank_inline();
        let mut role = if self.skip_eol() {
            self.skip_blank_block();
            Role::LineStart
        } else {
            Role::InitialLineStart
        };

        while self.ptr < self.bytes.len() {
            if self.take(b'{') {
                if role == Role::LineStart {
                    common_indent = Some(0);
                }
                let element = self.placeable()?;
                last_non_blank = Some(parts.len());
                parts.push(Part::Placeable(element));
                role = Role::Continuation;
                continue;
            }
            let slice_start = self.ptr;
            let mut indent = 0;
            if role == Role::LineStart {
                indent = self.skip_blank_inline();
                let Some(b) = self.byte() else { break };
                if indent == 0 {
                    if b != b'\r' && b != b'\n' {
                        break;
                    }
                } else if !is_pattern_continuation(b) {
                    self.ptr = slice_start;
                    break;
                }
            }
            let text = self.text_slice()?;
            if text.start != text.end {
                if role == Role::LineStart && !text.blank {
                    common_indent = Some(common_indent.map_or(indent, |c| c.min(indent)));
                }
                if role != Role::LineStart || !text.blank || text.ends == LineEnd::LineFeed {
                    if !text.blank {
                        last_non_blank = Some(parts.len());
                    }
                    parts.push(Part::Text {
                        start: slice_start,
                        end: text.end,
                        indent,
                        role,
                    });
                }
            }
            role = match text.ends {
                LineEnd::LineFeed | LineEnd::Crlf => Role::LineStart,
                LineEnd::PlaceableStart | LineEnd::Eof => Role::Continuation,
            };
        }

        let Some(last) = last_non_blank else {
            return Ok(None);
        };
        let elements = parts
            .into_iter()
            .take(last + 1)
            .enumerate()
            .map(|(i, part)| match part {
                Part::Placeable(element) => element,
                Part::Text {
                    start,
                    end,
                    indent,
                    role,
                } => {
                    let start = if role == Role::LineStart {
                        start + common_indent.map_or(indent, |c| c.min(indent))
                    } else {
                        start
                    };
                    let mut value = self.slice(start, end);
                    if i == last {
                        value = value.trim_end_matches([' ', '\r', '\n']);
                    }
                    Element::Text(value.to_string())
                }
            })
            .collect();
        Ok(Some(Pattern(elements)))
    }

    /// Text up to the end of the line or the next placeable.
    fn text_slice(&mut self) -> PResult<TextSlice> {
        let start = self.ptr;
        let rest = self.bytes.get(start..).unwrap_or_default();
        let blank = |text: &[u8]| text.iter().all(|&c| c == b' ');
        let Some(p) = rest.iter().position(|&b| matches!(b, b'\n' | b'{' | b'}')) else {
            self.ptr += rest.len();
            return Ok(TextSlice {
                start,
                end: self.ptr,
                blank: blank(rest),
                ends: LineEnd::Eof,
            });
        };
        let text = &rest[..p];
        match rest[p] {
            b'}' => {
                self.ptr += p;
                self.error(ErrorKind::UnbalancedClosingBrace)
            }
            b'{' => {
                self.ptr += p;
                Ok(TextSlice {
                    start,
                    end: self.ptr,
                    blank: blank(text),
                    ends: LineEnd::PlaceableStart,
                })
            }
            _ => match text.split_last() {
                // The `\n` of `\r\n` is left for the next line, where it
                // becomes a line of its own: that is how fluent-syntax
                // turns CRLF into LF.
                Some((b'\r', before)) => {
                    self.ptr += p;
                    Ok(TextSlice {
                        start,
                        end: self.ptr - 1,
                        blank: blank(before),
                        ends: LineEnd::Crlf,
                    })
                }
                _ => {
                    self.ptr += p + 1;
                    Ok(TextSlice {
                        start,
                        end: self.ptr,
                        blank: blank(text),
                        ends: LineEnd::LineFeed,
                    })
                }
            },
        }
    }

    /// After `{`.
    fn placeable(&mut self) -> PResult<Element> {
        if self.depth >= MAX_DEPTH {
            return self.error(ErrorKind::TooDeep);
        }
        self.depth += 1;
        let result = self.placeable_body();
        self.depth -= 1;
        result
    }

    fn placeable_body(&mut self) -> PResult<Element> {
        self.skip_blank();
        let element = self.expression()?;
        self.skip_blank_inline();
        self.expect(b'}')?;
        Ok(element)
    }

    fn expression(&mut self) -> PResult<Element> {
        let name = self.variable()?;
        self.skip_blank();
        if !(self.is(b'-') && self.byte_at(self.ptr + 1) == Some(b'>')) {
            return Ok(Element::Var(name));
        }
        self.ptr += 2;
        self.skip_blank_inline();
        if !self.skip_eol() {
            return self.error(ErrorKind::Expected('\n'));
        }
        self.skip_blank();
        let variants = self.variants()?;
        Ok(Element::Select(Box::new(Select {
            selector: name,
            variants,
        })))
    }

    /// `$name`, the only expression supported. For the others, the parser
    /// steps over their first word, as fluent-syntax would, so recovery
    /// resumes where it would.
    fn variable(&mut self) -> PResult<String> {
        if self.take(b'$') {
            return self.identifier().map(str::to_string);
        }
        let what = match self.byte() {
            Some(b'"') => "string literal",
            Some(b'{') => "nested placeable",
            Some(b'-') => "term reference or number literal",
            Some(b) if b.is_ascii_digit() => "number literal",
            Some(b) if b.is_ascii_alphabetic() => "message reference or function",
            _ => return self.error(ErrorKind::ExpectedExpression),
        };
        self.ptr += 1;
        while self.byte().is_some_and(is_identifier_byte) {
            self.ptr += 1;
        }
        self.error(ErrorKind::Unsupported(what))
    }

    /// The variants of a select expression, after `->` and its line end
    /// (`get_variants`, including its leniency: a lone `*` before `}`
    /// counts as the default).
    fn variants(&mut self) -> PResult<Vec<Variant>> {
        let mut variants = Vec::with_capacity(2);
        let mut has_default = false;
        loop {
            let default = self.take(b'*');
            if default {
                if has_default {
                    return self.error(ErrorKind::MultipleDefaultVariants);
                }
                has_default = true;
            }
            if !self.take(b'[') {
                break;
            }
            let key = self.variant_key()?;
            let Some(value) = self.pattern()? else {
                return self.error(ErrorKind::MissingValue);
            };
            variants.push(Variant {
                key,
                value,
                default,
            });
            self.skip_blank();
        }
        if has_default {
            Ok(variants)
        } else {
            self.error(ErrorKind::MissingDefaultVariant)
        }
    }

    /// After `[`, up to and including `]`.
    fn variant_key(&mut self) -> PResult<Key> {
        self.skip_blank();
        let key = if self.byte().is_some_and(|b| b.is_ascii_digit() || b == b'-') {
            Key::Number(self.number_literal()?)
        } else {
            Key::Name(self.identifier()?.to_string())
        };
        self.skip_blank();
        self.expect(b']')?;
        Ok(key)
    }

    fn number_literal(&mut self) -> PResult<Option<i64>> {
        let start = self.ptr;
        self.take(b'-');
        self.skip_digits()?;
        if self.take(b'.') {
            self.skip_digits()?;
            return Ok(None);
        }
        Ok(self.slice(start, self.ptr).parse().ok())
    }

    fn skip_digits(&mut self) -> PResult<()> {
        let start = self.ptr;
        while self.byte().is_some_and(|b| b.is_ascii_digit()) {
            self.ptr += 1;
        }
        if self.ptr == start {
            return self.error(ErrorKind::ExpectedDigit);
        }
        Ok(())
    }
}

/// Cardinal plural rules of the app's languages, from CLDR, for integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PluralRule {
    /// "one" for 1: English, Finnish, Swedish, Somali, and the fallback
    /// for any other language.
    OneForOne,
    /// "one" for 0 and 1 (`i = 0 or n = 1`): Persian.
    ZeroOrOne,
    /// one / few / many: Ukrainian, Russian.
    EastSlavic,
    /// zero / one / two / few / many / other: Arabic.
    Arabic,
}

impl PluralRule {
    fn for_locale(code: &str) -> Self {
        let language = code.split(['-', '_']).next().unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "fa" => PluralRule::ZeroOrOne,
            "uk" | "ru" => PluralRule::EastSlavic,
            "ar" => PluralRule::Arabic,
            _ => PluralRule::OneForOne,
        }
    }

    /// CLDR's operands use the absolute value, so -1 is "one" like 1.
    fn category(self, n: i64) -> &'static str {
        let n = n.unsigned_abs();
        match self {
            PluralRule::OneForOne if n == 1 => "one",
            PluralRule::ZeroOrOne if n <= 1 => "one",
            PluralRule::OneForOne | PluralRule::ZeroOrOne => "other",
            PluralRule::EastSlavic => match (n % 10, n % 100) {
                (1, m) if m != 11 => "one",
                (2..=4, m) if !(12..=14).contains(&m) => "few",
                _ => "many",
            },
            PluralRule::Arabic => match (n, n % 100) {
                (0, _) => "zero",
                (1, _) => "one",
                (2, _) => "two",
                (_, 3..=10) => "few",
                (_, 11..=99) => "many",
                _ => "other",
            },
        }
    }
}

/// The messages of one locale, from all its files.
#[derive(Debug, Clone)]
pub struct Bundle {
    plural: PluralRule,
    messages: BTreeMap<String, Pattern>,
}

impl Bundle {
    /// Plural rules follow the language subtag of `locale_code`; a language
    /// the app does not ship gets the English rule.
    pub fn new(locale_code: &str) -> Self {
        Bundle {
            plural: PluralRule::for_locale(locale_code),
            messages: BTreeMap::new(),
        }
    }

    /// Adds the resource's messages; a message already in the bundle is
    /// replaced (that is how a municipality's texts override national ones).
    pub fn add_resource_overriding(&mut self, resource: Resource) {
        self.messages.extend(resource.messages);
    }

    pub fn has_message(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// The message's text, or `None` if the bundle has no such message.
    /// A variable without a value shows as `{$name}`.
    pub fn format(&self, id: &str, args: Option<&Args>) -> Option<String> {
        let pattern = self.messages.get(id)?;
        let mut writer = Writer {
            plural: self.plural,
            args,
            placeables: 0,
            stopped: false,
            out: String::new(),
        };
        writer.pattern(pattern);
        Some(writer.out)
    }
}

/// fluent-bundle stops writing after this many placeables in one message.
const MAX_PLACEABLES: u32 = 100;

/// `fluent-bundle`'s resolver (`Scope`, `WriteValue`), for the supported
/// expressions.
struct Writer<'a> {
    plural: PluralRule,
    args: Option<&'a Args>,
    placeables: u32,
    stopped: bool,
    out: String,
}

impl Writer<'_> {
    fn pattern(&mut self, pattern: &Pattern) {
        // Isolation marks keep a Latin name inside Arabic text (and the
        // reverse) in the right visual order; a placeable that is the
        // whole pattern needs none.
        let isolate = pattern.0.len() > 1;
        for element in &pattern.0 {
            if self.stopped {
                return;
            }
            let name = match element {
                Element::Text(text) => {
                    self.out.push_str(text);
                    continue;
                }
                Element::Var(name) => name,
                Element::Select(select) => &select.selector,
            };
            self.placeables += 1;
            if self.placeables > MAX_PLACEABLES {
                self.stopped = true;
                return;
            }
            if isolate {
                self.out.push('\u{2068}');
            }
            match element {
                Element::Select(select) => self.select(select),
                _ => self.variable(name),
            }
            if self.stopped {
                self.missing(name);
            }
            if isolate {
                self.out.push('\u{2069}');
            }
        }
    }

    fn missing(&mut self, name: &str) {
        self.out.push_str("{$");
        self.out.push_str(name);
        self.out.push('}');
    }

    fn variable(&mut self, name: &str) {
        match self.args.and_then(|a| a.get(name)) {
            Some(ArgValue::Int(n)) => self.out.push_str(&n.to_string()),
            Some(ArgValue::Str(s)) => self.out.push_str(s),
            None => self.missing(name),
        }
    }

    /// The first variant, in file order, whose key matches, else the
    /// default (also when the variable has no value).
    fn select(&mut self, select: &Select) {
        let value = self.args.and_then(|a| a.get(&select.selector));
        let chosen = value
            .and_then(|value| select.variants.iter().find(|v| self.matches(&v.key, value)))
            .or_else(|| select.variants.iter().find(|v| v.default));
        if let Some(variant) = chosen {
            self.pattern(&variant.value);
        }
    }

    fn matches(&self, key: &Key, value: &ArgValue) -> bool {
        match (key, value) {
            (Key::Number(k), ArgValue::Int(n)) => *k == Some(*n),
            (Key::Name(k), ArgValue::Int(n)) => k == self.plural.category(*n),
            (Key::Name(k), ArgValue::Str(s)) => k == s,
            (Key::Number(_), ArgValue::Str(_)) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle(locale: &str, source: &str) -> Bundle {
        let (resource, errors) = Resource::parse(source.to_string());
        assert_eq!(errors, vec![], "{source}");
        let mut b = Bundle::new(locale);
        b.add_resource_overriding(resource);
        b
    }

    fn text(source: &str, id: &str) -> String {
        bundle("en", source).format(id, None).unwrap()
    }

    fn errors(source: &str) -> Vec<ErrorKind> {
        Resource::parse(source.to_string())
            .1
            .into_iter()
            .map(|e| e.kind)
            .collect()
    }

    fn args(pairs: &[(&str, ArgValue)]) -> Args {
        let mut a = Args::new();
        for (k, v) in pairs {
            a.set(*k, v.clone());
        }
        a
    }

    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let src = "### resource\n\n## group\n# one\n#\n#no-space\na = A\n\n\n  \nb = B\n# end";
        let b = bundle("en", src);
        assert_eq!(b.format("a", None).as_deref(), Some("A"));
        assert_eq!(b.format("b", None).as_deref(), Some("B"));
        assert!(!b.has_message("one"));
        assert_eq!(b.format("nope", None), None);
    }

    #[test]
    fn identifiers() {
        let b = bundle("en", "a-B_9 = x\nZ = y\n");
        assert!(b.has_message("a-B_9") && b.has_message("Z"));
        assert_eq!(errors("9a = x\n"), vec![ErrorKind::ExpectedIdentifier]);
        assert_eq!(errors("a x = y\n"), vec![ErrorKind::Expected('=')]);
        assert_eq!(errors("a =\n"), vec![ErrorKind::MissingValue]);
    }

    #[test]
    fn value_is_trimmed_at_both_ends() {
        assert_eq!(text("a =    Hello there   \n", "a"), "Hello there");
        assert_eq!(text("a=x", "a"), "x");
    }

    #[test]
    fn multi_line_values_lose_common_indent() {
        let src = "a =\n    First\n      indented\n\n    after blank\n\n\nb = B\n";
        assert_eq!(text(src, "a"), "First\n  indented\n\nafter blank");
        // The first line's own indentation does not count.
        assert_eq!(
            text("a = One\n    two\n      three\n", "a"),
            "One\ntwo\n  three"
        );
        // A blank line keeps its spaces beyond the common indent.
        assert_eq!(text("a =\n  x\n      \n  y\n", "a"), "x\n    \ny");
        // CRLF becomes LF.
        assert_eq!(text("a = One\r\n  two\r\n", "a"), "One\ntwo");
        // Leading blank lines before an indented start.
        assert_eq!(text("a =\n\n\n   x\n", "a"), "x");
    }

    #[test]
    fn value_ends_at_unindented_line_or_special_start() {
        // fluent-syntax parses `.b` as an attribute; here it is an error of
        // its own and the value is kept.
        let (r, e) = Resource::parse("a = x\n  .b = y\nc = z\n".into());
        assert_eq!(r.ids().collect::<Vec<_>>(), vec!["a", "c"]);
        assert_eq!(e.len(), 1);
        assert_eq!(text("a = x\nb = y\n", "a"), "x");
    }

    #[test]
    fn variables() {
        let b = bundle("en", "a = Hi { $name }!\nb = { $n }\nc = {$n}{$m}\n");
        let a = args(&[("name", "Ada".into()), ("n", 5.into()), ("m", "x".into())]);
        assert_eq!(
            b.format("a", Some(&a)).unwrap(),
            format!("Hi {FSI}Ada{PDI}!")
        );
        // A placeable alone is not isolated.
        assert_eq!(b.format("b", Some(&a)).unwrap(), "5");
        assert_eq!(
            b.format("c", Some(&a)).unwrap(),
            format!("{FSI}5{PDI}{FSI}x{PDI}")
        );
    }

    #[test]
    fn missing_variable_shows_its_name() {
        let b = bundle("en", "a = Hi { $name }\nb = { $name }\n");
        assert_eq!(
            b.format("a", None).unwrap(),
            format!("Hi {FSI}{{$name}}{PDI}")
        );
        assert_eq!(b.format("b", Some(&Args::new())).unwrap(), "{$name}");
    }

    #[test]
    fn integers_are_printed_plainly() {
        let b = bundle("en", "a = { $n }\n");
        for (value, shown) in [
            (ArgValue::from(0u8), "0"),
            (ArgValue::from(1234567usize), "1234567"),
            (ArgValue::from(-42i32), "-42"),
            (ArgValue::from(2026u16), "2026"),
            (ArgValue::from(u64::MAX), "9223372036854775807"),
        ] {
            assert_eq!(b.format("a", Some(&args(&[("n", value)]))).unwrap(), shown);
        }
    }

    #[test]
    fn args_set_replaces() {
        let mut a = Args::new();
        a.set("n", 1u32);
        a.set("n", "two");
        let s = String::from("s");
        a.set(String::from("m"), &s);
        assert_eq!(a.get("n"), Some(&ArgValue::Str("two".into())));
        assert_eq!(a.get("m"), Some(&ArgValue::Str("s".into())));
        assert_eq!(a.get("x"), None);
    }

    const COUNT: &str = "a = { $n ->\n    [zero] Z\n    [one] O\n    [two] T\n    [few] F\n    [many] M\n   *[other] X\n}\n";

    fn category(locale: &str, n: i64) -> String {
        let b = bundle(locale, COUNT);
        b.format("a", Some(&args(&[("n", n.into())]))).unwrap()
    }

    #[test]
    fn plural_categories_per_locale() {
        // Z O T F M X = zero one two few many other
        let table: &[(&str, &[(i64, &str)])] = &[
            ("en", &[(0, "X"), (1, "O"), (2, "X"), (11, "X"), (21, "X")]),
            ("fi", &[(0, "X"), (1, "O"), (2, "X"), (101, "X")]),
            ("sv", &[(0, "X"), (1, "O"), (5, "X")]),
            ("so", &[(0, "X"), (1, "O"), (2, "X")]),
            ("fa", &[(0, "O"), (1, "O"), (2, "X"), (10, "X")]),
            (
                "uk",
                &[
                    (0, "M"),
                    (1, "O"),
                    (2, "F"),
                    (4, "F"),
                    (5, "M"),
                    (11, "M"),
                    (12, "M"),
                    (14, "M"),
                    (21, "O"),
                    (22, "F"),
                    (25, "M"),
                    (101, "O"),
                    (111, "M"),
                    (112, "M"),
                    (122, "F"),
                ],
            ),
            (
                "ru",
                &[
                    (0, "M"),
                    (1, "O"),
                    (3, "F"),
                    (11, "M"),
                    (21, "O"),
                    (24, "F"),
                ],
            ),
            (
                "ar",
                &[
                    (0, "Z"),
                    (1, "O"),
                    (2, "T"),
                    (3, "F"),
                    (10, "F"),
                    (11, "M"),
                    (99, "M"),
                    (100, "X"),
                    (101, "X"),
                    (102, "X"),
                    (103, "F"),
                    (111, "M"),
                ],
            ),
            // Unknown languages and region subtags.
            ("de", &[(0, "X"), (1, "O"), (2, "X")]),
            ("ru-RU", &[(2, "F")]),
            ("AR_eg", &[(0, "Z")]),
            ("fa-AF", &[(0, "O")]),
        ];
        for (locale, cases) in table {
            for (n, want) in *cases {
                assert_eq!(&category(locale, *n), want, "{locale} {n}");
            }
        }
        // CLDR uses the absolute value.
        assert_eq!(category("en", -1), "O");
        assert_eq!(category("uk", -22), "F");
    }

    #[test]
    fn number_keys_match_by_value_in_file_order() {
        let src = "a = { $n ->\n    [0] none\n    [one] one\n    [-2] minus two\n    [007] seven\n    [1.0] never\n   *[other] { $n } items\n}\n";
        let b = bundle("en", src);
        let f = |n: i64| b.format("a", Some(&args(&[("n", n.into())]))).unwrap();
        assert_eq!(f(0), "none");
        assert_eq!(f(1), "one");
        assert_eq!(f(-2), "minus two");
        assert_eq!(f(7), "seven");
        assert_eq!(f(3), format!("{FSI}3{PDI} items"));
        // As in fluent-bundle, the first matching variant wins, so a number
        // key listed after the category of the same number is never used.
        let later = "a = { $n ->\n    [zero] category\n    [0] number\n   *[other] x\n}\n";
        let b = bundle("ar", later);
        assert_eq!(
            b.format("a", Some(&args(&[("n", 0.into())]))).unwrap(),
            "category"
        );
    }

    #[test]
    fn string_selector_matches_names_by_equality() {
        let src =
            "a = { $g ->\n    [female] she\n    [one] single\n    [5] five\n   *[other] they\n}\n";
        let b = bundle("en", src);
        let f = |v: &str| b.format("a", Some(&args(&[("g", v.into())]))).unwrap();
        assert_eq!(f("female"), "she");
        assert_eq!(f("one"), "single");
        assert_eq!(f("5"), "they");
        assert_eq!(f("Female"), "they");
        // No value: the default.
        assert_eq!(b.format("a", None).unwrap(), "they");
    }

    #[test]
    fn default_can_be_anywhere_and_have_any_key() {
        let src = "a = { $n ->\n   *[many] lots\n    [one] one\n}\n";
        let b = bundle("en", src);
        assert_eq!(
            b.format("a", Some(&args(&[("n", 2.into())]))).unwrap(),
            "lots"
        );
        assert_eq!(
            b.format("a", Some(&args(&[("n", 1.into())]))).unwrap(),
            "one"
        );
    }

    #[test]
    fn select_isolation_and_multi_line_variants() {
        let src = "a = Found: { $n ->\n    [one] one for { $q }\n   *[other]\n        { $n } for\n        { $q }\n}\n";
        let b = bundle("en", src);
        let a = args(&[("n", 2.into()), ("q", "x".into())]);
        // The select is isolated (it is not alone in the message); inside,
        // each placeable of a variant with more than one element is too.
        assert_eq!(
            b.format("a", Some(&a)).unwrap(),
            format!("Found: {FSI}{FSI}2{PDI} for\n{FSI}x{PDI}{PDI}")
        );
        let alone = "a = { $n ->\n   *[other] { $n }\n}\n";
        assert_eq!(
            bundle("en", alone).format("a", Some(&a)).unwrap(),
            "2",
            "a select alone, and a placeable alone in its variant, are not isolated"
        );
        // Whitespace around the expression and keys, and the variant
        // list closed on the last line.
        let loose = "a = {   $n   ->\n  [ one ]   single  \n *[ other ]  many\n  }\n";
        let b = bundle("en", loose);
        assert_eq!(
            b.format("a", Some(&args(&[("n", 1.into())]))).unwrap(),
            "single"
        );
        assert_eq!(
            b.format("a", Some(&args(&[("n", 3.into())]))).unwrap(),
            "many"
        );
    }

    #[test]
    fn nested_select() {
        let src = "a = { $n ->\n    [one] { $g ->\n        [f] her one\n       *[x] their one\n    }\n   *[other] many\n}\n";
        let b = bundle("en", src);
        let a = args(&[("n", 1.into()), ("g", "f".into())]);
        assert_eq!(b.format("a", Some(&a)).unwrap(), "her one");
    }

    #[test]
    fn select_errors() {
        assert_eq!(
            errors("a = { $n ->\n    [one] x\n}\n"),
            vec![ErrorKind::MissingDefaultVariant]
        );
        assert_eq!(
            errors("a = { $n ->\n   *[one] x\n   *[other] y\n}\n"),
            vec![ErrorKind::MultipleDefaultVariants]
        );
        assert_eq!(
            errors("a = { $n -> [one] x\n *[other] y\n}\n"),
            vec![ErrorKind::Expected('\n')]
        );
        assert_eq!(
            errors("a = { $n ->\n    [one]\n   *[other] y\n}\n"),
            vec![ErrorKind::MissingValue]
        );
        assert_eq!(
            errors("a = { $n ->\n    [1x] x\n   *[other] y\n}\n"),
            vec![ErrorKind::Expected(']')]
        );
    }

    #[test]
    fn unsupported_syntax_is_an_error_and_skipped() {
        for (src, what) in [
            (
                "a = { -brand }\nok = fine\n",
                "term reference or number literal",
            ),
            (
                "a = { other }\nok = fine\n",
                "message reference or function",
            ),
            (
                "a = { NUMBER($n) }\nok = fine\n",
                "message reference or function",
            ),
            ("a = { \"{\" }\nok = fine\n", "string literal"),
            ("a = { 5 }\nok = fine\n", "number literal"),
            ("a = { { $n } }\nok = fine\n", "nested placeable"),
            ("-brand = Firefox\nok = fine\n", "term"),
        ] {
            let (r, e) = Resource::parse(src.into());
            assert_eq!(e.len(), 1, "{src}");
            assert_eq!(e[0].kind, ErrorKind::Unsupported(what), "{src}");
            assert_eq!(r.ids().collect::<Vec<_>>(), vec!["ok"], "{src}");
        }
    }

    #[test]
    fn broken_entries_are_skipped_and_counted() {
        let src = "\
good-1 = One
bad-1 = Unclosed { $n
    still part of the broken entry = yes
good-2 = Two
= no id
bad-2 = stray } brace
  indented junk
good-3 = Three { $n }
bad-3 = { $n ->
    [one] x
}
good-4 = Four
";
        let (r, e) = Resource::parse(src.into());
        assert_eq!(
            r.ids().collect::<Vec<_>>(),
            vec!["good-1", "good-2", "good-3", "good-4"]
        );
        assert_eq!(e.len(), 4, "{e:?}");
        assert_eq!(e[0].kind, ErrorKind::Expected('}'));
        assert_eq!(e[1].kind, ErrorKind::ExpectedIdentifier);
        assert_eq!(e[2].kind, ErrorKind::UnbalancedClosingBrace);
        assert_eq!(&src[e[2].at..e[2].at + 1], "}");
        assert_eq!(e[3].kind, ErrorKind::MissingDefaultVariant);

        // A comment line starts an entry, so the indented line after it
        // is junk of its own, as in fluent-syntax.
        let (r, e) = Resource::parse("a = { $n\n# c\n  junk\nb = B\n".into());
        assert_eq!(r.ids().collect::<Vec<_>>(), vec!["b"]);
        assert_eq!(e.len(), 2);
    }

    #[test]
    fn too_deep_nesting_is_refused_without_overflow() {
        let mut src = String::from("a = ");
        for _ in 0..10_000 {
            src.push_str("{ $n ->\n *[x] ");
        }
        src.push_str("\nok = fine\n");
        let (r, e) = Resource::parse(src);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].kind, ErrorKind::TooDeep);
        assert_eq!(r.ids().collect::<Vec<_>>(), vec!["ok"]);
    }

    #[test]
    fn too_many_placeables_stop_like_fluent_bundle() {
        let mut src = String::from("a = ");
        for _ in 0..101 {
            src.push_str("{ $n }");
        }
        let out = bundle("en", &src)
            .format("a", Some(&args(&[("n", 1.into())])))
            .unwrap();
        assert_eq!(out, format!("{FSI}1{PDI}").repeat(100));
    }

    #[test]
    fn later_definitions_override() {
        let mut b = bundle("en", "a = first\nb = kept\na = second in same file\n");
        assert_eq!(b.format("a", None).unwrap(), "second in same file");
        let (r, _) = Resource::parse("a = third\nc = new\n".into());
        b.add_resource_overriding(r);
        assert_eq!(b.format("a", None).unwrap(), "third");
        assert_eq!(b.format("b", None).unwrap(), "kept");
        assert_eq!(b.format("c", None).unwrap(), "new");
    }

    #[test]
    fn any_bytes_never_panic() {
        // A cheap deterministic generator; the shipped files are mutated
        // far more in tests/ftl_compat.rs.
        let alphabet = [
            "a", " ", "\n", "\r", "{", "}", "$", "-", ">", "[", "]", "*", "#", ".", "1", "=", "é",
            "\"",
        ];
        let mut state = 0x2545_f491_u32;
        for _ in 0..2000 {
            let mut src = String::new();
            for _ in 0..(state % 40) {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                src.push_str(alphabet[state as usize % alphabet.len()]);
            }
            let (r, _) = Resource::parse(src);
            let mut b = Bundle::new("ar");
            let ids: Vec<String> = r.ids().map(str::to_string).collect();
            b.add_resource_overriding(r);
            for id in ids {
                assert!(b.format(&id, Some(&args(&[("a", 3.into())]))).is_some());
            }
        }
    }
}
