//! A small JSON value type with a strict parser and serde_json-compatible
//! writers.
//!
//! Why not serde/serde_json: they cost about 10 KB of the compressed
//! WebAssembly, and the app's stored answers, ticks and handover files need
//! only this: a value tree, strict RFC 8259 parsing, and compact or pretty
//! output byte-for-byte like serde_json's (so files written by earlier
//! versions and by this one look the same).
//!
//! Numbers keep their source text (validated against the JSON grammar), so
//! no float parsing or formatting code ends up in the binary; integers are
//! read with [`Json::as_i64`] / [`Json::as_u64`].

/// A JSON value. Numbers keep their text (validated as JSON numbers), so
/// no float code is needed; integers are read with `as_i64`/`as_u64`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in file order. A repeated key: the last one wins in `get`.
    Object(Vec<(String, Json)>),
}

/// Where parsing failed (byte offset into the input) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub at: usize,
    pub message: &'static str,
}

/// Input comes from localStorage, user-chosen files and links; without a
/// limit a run of `[` would overflow the stack in the recursive parser.
const MAX_DEPTH: usize = 64;

impl Json {
    /// Strict RFC 8259: one value, optional surrounding whitespace, no
    /// trailing commas, no comments; nesting deeper than 64 is an error
    /// (hostile input must not overflow the stack).
    pub fn parse(text: &str) -> Result<Json, JsonError> {
        let mut p = Parser {
            text,
            bytes: text.as_bytes(),
            pos: 0,
        };
        let value = p.value(0)?;
        p.skip_ws();
        if p.pos < p.bytes.len() {
            return Err(p.fail("unexpected characters after the value"));
        }
        Ok(value)
    }

    /// Compact, no spaces: `{"v":2,"answers":{"a":{"choice":"x"}}}`, members
    /// in the stored order. Strings escaped as serde_json does: `"` `\\` and
    /// control characters (`\n` `\r` `\t` `\b` `\f`, others `\u00XX`); every
    /// other character (including non-ASCII and `/`) written as is.
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// Pretty, exactly like serde_json::to_string_pretty: 2-space indent,
    /// `"key": value`, empty array `[]`, empty object `{}`, no trailing newline.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    /// Object member (last one with that key), else None.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    /// The number as an integer, if it is one written without fraction or
    /// exponent and fits (e.g. "12", "-3"; not "1.0", "1e3").
    pub fn as_i64(&self) -> Option<i64> {
        self.integer_text()?.parse().ok()
    }

    /// As [`Json::as_i64`], for non-negative numbers up to `u64::MAX`.
    pub fn as_u64(&self) -> Option<u64> {
        self.integer_text()?.parse().ok()
    }

    /// `Number` is public, so its text may not come from the parser; only
    /// plain digits (with an optional `-`) count, so that `str::parse`
    /// extras such as a leading `+` are not accepted.
    fn integer_text(&self) -> Option<&str> {
        let Json::Number(text) = self else {
            return None;
        };
        let digits = text.strip_prefix('-').unwrap_or(text);
        let plain = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        plain.then_some(text.as_str())
    }

    pub fn str(s: impl Into<String>) -> Json {
        Json::String(s.into())
    }

    pub fn int(n: i64) -> Json {
        Json::Number(n.to_string())
    }

    pub fn object(members: Vec<(&str, Json)>) -> Json {
        Json::Object(
            members
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    /// One writer for both forms keeps the binary small: `level` is `None`
    /// for compact output, else the indent level of the line this value
    /// starts on.
    fn write(&self, out: &mut String, level: Option<usize>) {
        let inner = level.map(|l| l + 1);
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            Json::String(s) => write_str(out, s),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    separator(out, i, inner);
                    item.write(out, inner);
                }
                close(out, items.is_empty(), level, ']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    separator(out, i, inner);
                    write_str(out, key);
                    out.push_str(if level.is_some() { ": " } else { ":" });
                    value.write(out, inner);
                }
                close(out, members.is_empty(), level, '}');
            }
        }
    }
}

fn separator(out: &mut String, index: usize, level: Option<usize>) {
    if index > 0 {
        out.push(',');
    }
    newline(out, level);
}

/// serde_json writes an empty container as `[]` / `{}` even when pretty.
fn close(out: &mut String, empty: bool, level: Option<usize>, bracket: char) {
    if !empty {
        newline(out, level);
    }
    out.push(bracket);
}

fn newline(out: &mut String, level: Option<usize>) {
    if let Some(level) = level {
        out.push('\n');
        for _ in 0..level {
            out.push_str("  ");
        }
    }
}

fn write_str(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\0'..='\u{1f}' => {
                let b = c as usize;
                out.push_str("\\u00");
                out.push(HEX[b >> 4] as char);
                out.push(HEX[b & 15] as char);
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// At the end of the input every failure reads the same, which says
    /// more than "expected X" for a truncated file.
    fn fail(&self, message: &'static str) -> JsonError {
        let message = if self.pos >= self.bytes.len() {
            "unexpected end of input"
        } else {
            message
        };
        JsonError {
            at: self.pos,
            message,
        }
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        if found {
            self.pos += 1;
        }
        found
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.fail("expected a value"))
        }
    }

    /// `depth` counts the containers already open around this value.
    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.skip_ws();
        match self.peek() {
            Some(b'{' | b'[') if depth >= MAX_DEPTH => Err(self.fail("nesting too deep")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            _ => Err(self.fail("expected a value")),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.eat(b']') {
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_ws();
            if self.eat(b']') {
                return Ok(Json::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.fail("expected ',' or ']'"));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_ws();
        if self.eat(b'}') {
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.fail("expected a string key"));
            }
            let key = self.string()?;
            self.skip_ws();
            if !self.eat(b':') {
                return Err(self.fail("expected ':'"));
            }
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_ws();
            if self.eat(b'}') {
                return Ok(Json::Object(members));
            }
            if !self.eat(b',') {
                return Err(self.fail("expected ',' or '}'"));
            }
        }
    }

    /// Copies unescaped runs as whole slices; they start and end next to
    /// ASCII bytes, so the slices always fall on character boundaries.
    fn string(&mut self) -> Result<String, JsonError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            match self.peek() {
                None => {
                    return Err(JsonError {
                        at: start,
                        message: "unterminated string",
                    })
                }
                Some(b'"') => {
                    out.push_str(&self.text[run..self.pos]);
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run..self.pos]);
                    out.push(self.escape()?);
                    run = self.pos;
                }
                Some(0..=0x1f) => return Err(self.fail("control character in string")),
                Some(_) => self.pos += 1,
            }
        }
    }

    fn escape(&mut self) -> Result<char, JsonError> {
        let at = self.pos;
        self.pos += 2;
        let c = match self.bytes.get(at + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let lone = JsonError {
                    at,
                    message: "lone surrogate in \\u escape",
                };
                let high = self.hex4()?;
                let code = match high {
                    0xD800..=0xDBFF => {
                        if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                            return Err(lone);
                        }
                        self.pos += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(lone);
                        }
                        0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return Err(lone),
                    _ => high,
                };
                // Cannot fail after the surrogate checks; no unwrap, still.
                char::from_u32(code).ok_or(lone)?
            }
            _ => {
                self.pos = at + 1;
                return Err(self.fail("invalid escape"));
            }
        };
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| (b as char).to_digit(16));
            let Some(digit) = digit else {
                return Err(self.fail("expected four hex digits after \\u"));
            };
            n = n * 16 + digit;
            self.pos += 1;
        }
        Ok(n)
    }

    fn digits(&mut self) -> bool {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos > start
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as text.
    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.pos;
        self.eat(b'-');
        if self.eat(b'0') {
            if let Some(b'0'..=b'9') = self.peek() {
                return Err(self.fail("leading zero in number"));
            }
        } else if !self.digits() {
            return Err(self.fail("expected a digit"));
        }
        if self.eat(b'.') && !self.digits() {
            return Err(self.fail("expected a digit after '.'"));
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !self.digits() {
                return Err(self.fail("expected a digit in the exponent"));
            }
        }
        Ok(Json::Number(self.text[start..self.pos].to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> JsonError {
        match Json::parse(text) {
            Ok(v) => panic!("{text:?} parsed as {v:?}"),
            Err(e) => e,
        }
    }

    fn arr(items: Vec<Json>) -> Json {
        Json::Array(items)
    }

    fn num(text: &str) -> Json {
        Json::Number(text.to_string())
    }

    const SAMPLE: &str = r#"{"format":"newcomer-guide-handover","version":1,"payload":"1.ABC","created":"2026-11-23","answers":{"age-group":{"choice":"30-44"},"urgent":{"choices":["none"]},"permit-date":{"year_month":{"year":2024,"month":3}},"strengths":"skipped"}}"#;

    const SAMPLE_PRETTY: &str = r#"{
  "format": "newcomer-guide-handover",
  "version": 1,
  "payload": "1.ABC",
  "created": "2026-11-23",
  "answers": {
    "age-group": {
      "choice": "30-44"
    },
    "urgent": {
      "choices": [
        "none"
      ]
    },
    "permit-date": {
      "year_month": {
        "year": 2024,
        "month": 3
      }
    },
    "strengths": "skipped"
  }
}"#;

    fn sample_built() -> Json {
        Json::object(vec![
            ("format", Json::str("newcomer-guide-handover")),
            ("version", Json::int(1)),
            ("payload", Json::str("1.ABC")),
            ("created", Json::str("2026-11-23")),
            (
                "answers",
                Json::object(vec![
                    (
                        "age-group",
                        Json::object(vec![("choice", Json::str("30-44"))]),
                    ),
                    (
                        "urgent",
                        Json::object(vec![("choices", arr(vec![Json::str("none")]))]),
                    ),
                    (
                        "permit-date",
                        Json::object(vec![(
                            "year_month",
                            Json::object(vec![("year", Json::int(2024)), ("month", Json::int(3))]),
                        )]),
                    ),
                    ("strengths", Json::str("skipped")),
                ]),
            ),
        ])
    }

    #[test]
    fn json_sample_parses_to_the_built_value() {
        assert_eq!(Json::parse(SAMPLE).unwrap(), sample_built());
        assert_eq!(Json::parse(SAMPLE_PRETTY).unwrap(), sample_built());
    }

    #[test]
    fn json_sample_compact_output_is_exact() {
        assert_eq!(sample_built().to_compact(), SAMPLE);
    }

    #[test]
    fn json_sample_pretty_output_is_exact() {
        assert_eq!(sample_built().to_pretty(), SAMPLE_PRETTY);
    }

    #[test]
    fn json_sample_accessors() {
        let v = Json::parse(SAMPLE).unwrap();
        assert_eq!(
            v.get("format").and_then(Json::as_str),
            Some("newcomer-guide-handover")
        );
        assert_eq!(v.get("version").and_then(Json::as_u64), Some(1));
        let ym = v
            .get("answers")
            .and_then(|a| a.get("permit-date"))
            .and_then(|p| p.get("year_month"))
            .unwrap();
        assert_eq!(ym.get("year").and_then(Json::as_i64), Some(2024));
        assert_eq!(ym.get("month").and_then(Json::as_u64), Some(3));
        let choices = v
            .get("answers")
            .and_then(|a| a.get("urgent"))
            .and_then(|u| u.get("choices"))
            .and_then(Json::as_array)
            .unwrap();
        assert_eq!(choices, &[Json::str("none")]);
        assert_eq!(v.as_object().map(<[_]>::len), Some(5));
        assert_eq!(v.get("missing"), None);
        assert_eq!(Json::str("x").get("x"), None);
        assert_eq!(Json::Bool(true).as_bool(), Some(true));
        assert_eq!(Json::Null.as_bool(), None);
        assert_eq!(Json::Null.as_str(), None);
        assert_eq!(Json::Null.as_array(), None);
        assert_eq!(Json::Null.as_object(), None);
        assert_eq!(Json::str("1").as_i64(), None);
    }

    #[test]
    fn json_empty_containers_and_scalars_pretty() {
        let v = Json::object(vec![
            ("a", arr(vec![])),
            ("o", Json::object(vec![])),
            ("n", Json::Null),
            ("t", Json::Bool(true)),
            ("f", Json::Bool(false)),
            ("x", num("-1.5e+3")),
            (
                "l",
                arr(vec![arr(vec![]), Json::object(vec![]), Json::int(0)]),
            ),
        ]);
        let pretty = "{\n  \"a\": [],\n  \"o\": {},\n  \"n\": null,\n  \"t\": true,\n  \"f\": false,\n  \"x\": -1.5e+3,\n  \"l\": [\n    [],\n    {},\n    0\n  ]\n}";
        assert_eq!(v.to_pretty(), pretty);
        assert_eq!(
            v.to_compact(),
            r#"{"a":[],"o":{},"n":null,"t":true,"f":false,"x":-1.5e+3,"l":[[],{},0]}"#
        );
        assert_eq!(arr(vec![]).to_pretty(), "[]");
        assert_eq!(Json::object(vec![]).to_pretty(), "{}");
        assert_eq!(Json::Null.to_pretty(), "null");
        assert_eq!(Json::str("a").to_pretty(), "\"a\"");
    }

    #[test]
    fn json_round_trips_nested_values() {
        let values = vec![
            sample_built(),
            Json::Null,
            Json::Bool(false),
            num("0"),
            num("-0"),
            num("123.456e-7"),
            num("1E+2"),
            Json::str(""),
            Json::str("quote \" backslash \\ slash / tab \t nl \n cr \r bs \u{8} ff \u{c} nul \0 us \u{1f} del \u{7f}"),
            Json::str("مرحبا 😀 é 日本"),
            arr(vec![arr(vec![arr(vec![arr(vec![])])])]),
            Json::object(vec![
                ("", Json::Null),
                ("k\"\\\n", arr(vec![Json::int(i64::MIN), Json::int(i64::MAX)])),
                ("😀", Json::object(vec![("a", Json::object(vec![]))])),
                ("dup", Json::int(1)),
                ("dup", Json::int(2)),
            ]),
        ];
        for v in values {
            assert_eq!(Json::parse(&v.to_compact()).unwrap(), v, "{v:?}");
            assert_eq!(Json::parse(&v.to_pretty()).unwrap(), v, "{v:?}");
        }
    }

    #[test]
    fn json_whitespace_around_and_between_tokens() {
        let v = Json::parse(" \t\r\n{ \"a\" : [ 1 , true , null ] , \"b\" : { } }\n ").unwrap();
        assert_eq!(
            v,
            Json::object(vec![
                ("a", arr(vec![num("1"), Json::Bool(true), Json::Null])),
                ("b", Json::object(vec![])),
            ])
        );
        assert_eq!(Json::parse(" 7 ").unwrap(), num("7"));
        assert_eq!(Json::parse("\"\"").unwrap(), Json::str(""));
    }

    #[test]
    fn json_escapes_are_read() {
        let v = Json::parse(r#""\"\\\/\b\f\n\r\t\u0041\u00e9\u0000""#).unwrap();
        assert_eq!(v, Json::str("\"\\/\u{8}\u{c}\n\r\tAé\0"));
        // Arabic "marhaban" and an emoji written as a surrogate pair.
        let v = Json::parse(r#""\u0645\u0631\u062D\u0628\u0627 \ud83d\ude00""#).unwrap();
        assert_eq!(v, Json::str("مرحبا 😀"));
        assert_eq!(
            Json::parse(r#""\uDBFF\uDFFF""#).unwrap(),
            Json::str("\u{10FFFF}")
        );
        assert_eq!(Json::parse(r#""\uFFFF""#).unwrap(), Json::str("\u{FFFF}"));
        // Raw non-ASCII between escapes is copied unchanged.
        assert_eq!(Json::parse("\"é\\né😀\"").unwrap(), Json::str("é\né😀"));
    }

    #[test]
    fn json_escapes_are_written_like_serde_json() {
        assert_eq!(
            Json::str("\"\\/\u{8}\u{c}\n\r\t").to_compact(),
            r#""\"\\/\b\f\n\r\t""#
        );
        assert_eq!(
            Json::str("\0\u{1}\u{b}\u{e}\u{1a}\u{1f} \u{7f}").to_compact(),
            "\"\\u0000\\u0001\\u000b\\u000e\\u001a\\u001f \u{7f}\""
        );
        assert_eq!(Json::str("مرحبا 😀 é").to_compact(), "\"مرحبا 😀 é\"");
        assert_eq!(
            Json::object(vec![("k\n", Json::str("v"))]).to_pretty(),
            "{\n  \"k\\n\": \"v\"\n}"
        );
    }

    #[test]
    fn json_numbers_follow_the_grammar() {
        for ok in [
            "0",
            "-0",
            "1",
            "-12",
            "10",
            "0.5",
            "-0.0",
            "1e3",
            "1E3",
            "1e+3",
            "1e-3",
            "1.25E-10",
            "123456789012345678901234567890",
        ] {
            assert_eq!(Json::parse(ok).unwrap(), num(ok), "{ok}");
        }
        assert_eq!(
            err("01"),
            JsonError {
                at: 1,
                message: "leading zero in number"
            }
        );
        assert_eq!(err("-01").at, 2);
        assert_eq!(
            err("1."),
            JsonError {
                at: 2,
                message: "unexpected end of input"
            }
        );
        assert_eq!(
            err("1.e3"),
            JsonError {
                at: 2,
                message: "expected a digit after '.'"
            }
        );
        assert_eq!(
            err(".5"),
            JsonError {
                at: 0,
                message: "expected a value"
            }
        );
        assert_eq!(
            err("+1"),
            JsonError {
                at: 0,
                message: "expected a value"
            }
        );
        assert_eq!(
            err("-"),
            JsonError {
                at: 1,
                message: "unexpected end of input"
            }
        );
        assert_eq!(
            err("-a"),
            JsonError {
                at: 1,
                message: "expected a digit"
            }
        );
        assert_eq!(
            err("1e"),
            JsonError {
                at: 2,
                message: "unexpected end of input"
            }
        );
        assert_eq!(
            err("1e+"),
            JsonError {
                at: 3,
                message: "unexpected end of input"
            }
        );
        assert_eq!(
            err("1ex"),
            JsonError {
                at: 2,
                message: "expected a digit in the exponent"
            }
        );
        assert_eq!(
            err("[1.]"),
            JsonError {
                at: 3,
                message: "expected a digit after '.'"
            }
        );
        assert_eq!(err("0x10").at, 1);
        assert_eq!(err("Infinity").at, 0);
        assert_eq!(err("NaN").at, 0);
        assert_eq!(err("- 1").at, 1);
    }

    #[test]
    fn json_integer_accessors_edge_cases() {
        assert_eq!(num("12").as_i64(), Some(12));
        assert_eq!(num("12").as_u64(), Some(12));
        assert_eq!(num("-3").as_i64(), Some(-3));
        assert_eq!(num("-3").as_u64(), None);
        assert_eq!(num("0").as_u64(), Some(0));
        assert_eq!(num("-0").as_i64(), Some(0));
        assert_eq!(num("9223372036854775807").as_i64(), Some(i64::MAX));
        assert_eq!(num("9223372036854775808").as_i64(), None);
        assert_eq!(num("9223372036854775808").as_u64(), Some(1 << 63));
        assert_eq!(num("-9223372036854775808").as_i64(), Some(i64::MIN));
        assert_eq!(num("-9223372036854775809").as_i64(), None);
        assert_eq!(num("18446744073709551615").as_u64(), Some(u64::MAX));
        assert_eq!(num("18446744073709551616").as_u64(), None);
        assert_eq!(num("1.0").as_i64(), None);
        assert_eq!(num("1.0").as_u64(), None);
        assert_eq!(num("1e3").as_i64(), None);
        assert_eq!(num("1E3").as_u64(), None);
        assert_eq!(num("-1e-3").as_i64(), None);
        // Texts that were never parsed: str::parse extras are refused.
        assert_eq!(num("+5").as_i64(), None);
        assert_eq!(num("+5").as_u64(), None);
        assert_eq!(num("").as_i64(), None);
        assert_eq!(num("-").as_i64(), None);
        assert_eq!(Json::int(-42).as_i64(), Some(-42));
        assert_eq!(Json::int(i64::MIN), num("-9223372036854775808"));
        assert_eq!(Json::Null.as_i64(), None);
        assert_eq!(Json::Bool(true).as_u64(), None);
    }

    #[test]
    fn json_get_takes_the_last_repeated_key() {
        let v = Json::parse(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(v.get("a").and_then(Json::as_i64), Some(3));
        assert_eq!(v.get("b").and_then(Json::as_i64), Some(2));
        // Both members are kept, in file order, and written back.
        assert_eq!(v.as_object().unwrap().len(), 3);
        assert_eq!(v.to_compact(), r#"{"a":1,"b":2,"a":3}"#);
    }

    #[test]
    fn json_structure_errors() {
        assert_eq!(
            err("[1,]"),
            JsonError {
                at: 3,
                message: "expected a value"
            }
        );
        assert_eq!(
            err(r#"{"a":1,}"#),
            JsonError {
                at: 7,
                message: "expected a string key"
            }
        );
        assert_eq!(
            err("[1 2]"),
            JsonError {
                at: 3,
                message: "expected ',' or ']'"
            }
        );
        assert_eq!(
            err(r#"{"a" 1}"#),
            JsonError {
                at: 5,
                message: "expected ':'"
            }
        );
        assert_eq!(
            err(r#"{"a":1 "b":2}"#),
            JsonError {
                at: 7,
                message: "expected ',' or '}'"
            }
        );
        assert_eq!(
            err("{a:1}"),
            JsonError {
                at: 1,
                message: "expected a string key"
            }
        );
        assert_eq!(err("{1:1}").at, 1);
        assert_eq!(err("[,1]").at, 1);
        assert_eq!(err(r#"{,}"#).at, 1);
        assert_eq!(
            err("["),
            JsonError {
                at: 1,
                message: "unexpected end of input"
            }
        );
        assert_eq!(
            err("[1"),
            JsonError {
                at: 2,
                message: "unexpected end of input"
            }
        );
        assert_eq!(
            err("{"),
            JsonError {
                at: 1,
                message: "unexpected end of input"
            }
        );
        assert_eq!(err(r#"{"a""#).at, 4);
        assert_eq!(err(r#"{"a":"#).at, 5);
        assert_eq!(err("]").at, 0);
        assert_eq!(err("}").at, 0);
        assert_eq!(err("[}").at, 1);
        assert_eq!(err("{]").at, 1);
    }

    #[test]
    fn json_comments_are_errors() {
        assert_eq!(
            err("// c\n1"),
            JsonError {
                at: 0,
                message: "expected a value"
            }
        );
        assert_eq!(err("/* c */ 1").at, 0);
        assert_eq!(
            err("1 // c"),
            JsonError {
                at: 2,
                message: "unexpected characters after the value"
            }
        );
        assert_eq!(err("{\"a\":1 /* c */}").at, 7);
        assert_eq!(err("# c\n1").at, 0);
    }

    #[test]
    fn json_literal_errors() {
        assert_eq!(
            err("tru"),
            JsonError {
                at: 0,
                message: "expected a value"
            }
        );
        assert_eq!(err("True").at, 0);
        assert_eq!(err("nul").at, 0);
        assert_eq!(err("falsy").at, 0);
        assert_eq!(err("truex").at, 4);
        assert_eq!(err("[nullx]").at, 5);
        assert_eq!(err("undefined").at, 0);
        assert_eq!(err("'a'").at, 0);
    }

    #[test]
    fn json_empty_and_multiple_values_are_errors() {
        assert_eq!(
            err(""),
            JsonError {
                at: 0,
                message: "unexpected end of input"
            }
        );
        assert_eq!(
            err("  \n\t"),
            JsonError {
                at: 4,
                message: "unexpected end of input"
            }
        );
        assert_eq!(
            err("1 2"),
            JsonError {
                at: 2,
                message: "unexpected characters after the value"
            }
        );
        assert_eq!(err("{}{}").at, 2);
        assert_eq!(err("[] []").at, 3);
        assert_eq!(err("\"a\"\"b\"").at, 3);
        // A byte-order mark is not JSON whitespace.
        assert_eq!(err("\u{feff}1").at, 0);
        // Only the four JSON whitespace characters are skipped.
        assert_eq!(err("\u{a0}1").at, 0);
        assert_eq!(err("\u{c}1").at, 0);
    }

    #[test]
    fn json_string_errors() {
        assert_eq!(
            err("\"abc"),
            JsonError {
                at: 0,
                message: "unterminated string"
            }
        );
        assert_eq!(
            err("[\"abc"),
            JsonError {
                at: 1,
                message: "unterminated string"
            }
        );
        assert_eq!(
            err("\"abc\\"),
            JsonError {
                at: 5,
                message: "unexpected end of input"
            }
        );
        assert_eq!(
            err(r#""\x""#),
            JsonError {
                at: 2,
                message: "invalid escape"
            }
        );
        assert_eq!(err(r#""\a""#).message, "invalid escape");
        assert_eq!(err(r#""\'""#).message, "invalid escape");
        assert_eq!(err("\"\\é\"").at, 2);
        assert_eq!(
            err(r#""\u12""#),
            JsonError {
                at: 5,
                message: "expected four hex digits after \\u"
            }
        );
        assert_eq!(err(r#""\u12G4""#).at, 5);
        assert_eq!(err(r#""\u""#).at, 3);
        assert_eq!(err("\"\\u12").message, "unexpected end of input");
        assert_eq!(err(r#"{"\q":1}"#).at, 3);
    }

    #[test]
    fn json_lone_surrogates_are_errors() {
        let lone = "lone surrogate in \\u escape";
        assert_eq!(
            err(r#""\ud83d""#),
            JsonError {
                at: 1,
                message: lone
            }
        );
        assert_eq!(
            err(r#""x\ud83dx""#),
            JsonError {
                at: 2,
                message: lone
            }
        );
        assert_eq!(
            err(r#""\ude00""#),
            JsonError {
                at: 1,
                message: lone
            }
        );
        assert_eq!(err(r#""\ude00\ud83d""#).message, lone);
        assert_eq!(err(r#""\ud83d\ud83d""#).message, lone);
        assert_eq!(err(r#""\ud83d\u0041""#).message, lone);
        assert_eq!(err(r#""\ud83d\n""#).message, lone);
        assert_eq!(
            err(r#""\ud83d\u12""#).message,
            "expected four hex digits after \\u"
        );
    }

    #[test]
    fn json_control_characters_in_strings_are_errors() {
        let control = "control character in string";
        assert_eq!(
            err("\"a\nb\""),
            JsonError {
                at: 2,
                message: control
            }
        );
        assert_eq!(err("\"\t\"").message, control);
        assert_eq!(err("\"\0\"").message, control);
        assert_eq!(err("\"\u{1f}\"").message, control);
        assert_eq!(err("{\"k\re\":1}").at, 3);
        // DEL is not a control character for JSON.
        assert_eq!(Json::parse("\"\u{7f}\"").unwrap(), Json::str("\u{7f}"));
    }

    fn nested(depth: usize, open: &str, close: &str, inner: &str) -> String {
        format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
    }

    #[test]
    fn json_depth_64_is_accepted_and_65_refused() {
        assert!(Json::parse(&nested(64, "[", "]", "")).is_ok());
        assert!(Json::parse(&nested(64, "{\"a\":", "}", "1")).is_ok());
        assert!(Json::parse(&nested(63, "[", "]", "{}")).is_ok());
        assert_eq!(
            err(&nested(65, "[", "]", "")),
            JsonError {
                at: 64,
                message: "nesting too deep"
            }
        );
        assert_eq!(
            err(&nested(65, "{\"a\":", "}", "1")).message,
            "nesting too deep"
        );
        assert_eq!(err(&nested(64, "[", "]", "{}")).message, "nesting too deep");
        // Hostile input: far deeper than any stack could take unchecked.
        assert_eq!(err(&"[".repeat(1_000_000)).message, "nesting too deep");
        assert_eq!(
            err(&"{\"a\":".repeat(1_000_000)).message,
            "nesting too deep"
        );
    }

    #[test]
    fn json_large_input_is_linear() {
        // Quadratic work on these sizes would take minutes, not milliseconds.
        let n = 200_000;
        let big = format!("[{}1]", "1,".repeat(n));
        assert_eq!(Json::parse(&big).unwrap().as_array().unwrap().len(), n + 1);
        let long = format!("\"{}\"", "ab\\n\\u00e9😀".repeat(n));
        let s = Json::parse(&long).unwrap();
        assert_eq!(s.as_str().unwrap().len(), n * 9);
        assert_eq!(Json::parse(&s.to_compact()).unwrap(), s);
        let members: Vec<String> = (0..n).map(|i| format!("\"k{i}\":{i}")).collect();
        let obj = Json::parse(&format!("{{{}}}", members.join(","))).unwrap();
        assert_eq!(obj.get("k0").and_then(Json::as_u64), Some(0));
        assert_eq!(obj.to_compact().len(), members.join(",").len() + 2);
    }

    /// xorshift64: deterministic, so a failure is reproducible without
    /// a property-testing crate.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// Bytes that matter to the grammar, weighted so that random strings
    /// often get deep into it, plus any byte at all.
    fn random_byte(rng: &mut Rng) -> u8 {
        const INTERESTING: &[u8] =
            b"{}[]:,\"\\ \n\t-+.eE0123456789truefalsnu/bfrtx\x00\x1f\xc3\xa9\xf0\x9f\x98\x80";
        if rng.below(8) == 0 {
            rng.next() as u8
        } else {
            INTERESTING[rng.below(INTERESTING.len())]
        }
    }

    /// Whatever parses must survive both writers unchanged.
    fn check_never_panics(text: &str) -> bool {
        match Json::parse(text) {
            Ok(v) => {
                assert_eq!(Json::parse(&v.to_compact()).as_ref(), Ok(&v), "{text:?}");
                assert_eq!(Json::parse(&v.to_pretty()).as_ref(), Ok(&v), "{text:?}");
                true
            }
            Err(e) => {
                assert!(e.at <= text.len(), "{text:?} {e:?}");
                false
            }
        }
    }

    #[test]
    fn json_random_strings_never_panic() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..2000 {
            let len = rng.below(64);
            let bytes: Vec<u8> = (0..len).map(|_| random_byte(&mut rng)).collect();
            check_never_panics(&String::from_utf8_lossy(&bytes));
        }
    }

    #[test]
    fn json_random_mutations_of_a_valid_document_never_panic() {
        let doc = String::from(
            r#"{"v":2,"s":"a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00 مرحبا","n":[-0.5e+10,0,1E-3,123],"t":true,"f":false,"z":null,"o":{"a":{"b":[[],{}]}}}"#,
        );
        assert!(Json::parse(&doc).is_ok());
        let mut rng = Rng(0x2545_F491_4F6C_DD1D);
        let mut parsed = 0;
        for _ in 0..2000 {
            let mut bytes = doc.clone().into_bytes();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(bytes.len() + 1);
                match rng.below(4) {
                    0 if at < bytes.len() => {
                        bytes.remove(at);
                    }
                    1 => bytes.insert(at, random_byte(&mut rng)),
                    2 if at < bytes.len() => bytes[at] = random_byte(&mut rng),
                    _ => {
                        let end = (at + rng.below(16)).min(bytes.len());
                        let copy = bytes[at..end].to_vec();
                        let to = rng.below(bytes.len() + 1);
                        bytes.splice(to..to, copy);
                    }
                }
            }
            if check_never_panics(&String::from_utf8_lossy(&bytes)) {
                parsed += 1;
            }
        }
        // Some mutations must keep the document valid, or the round-trip
        // half of the check was never exercised.
        assert!(parsed > 0);
    }
}
