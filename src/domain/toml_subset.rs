//! A small TOML 1.0 reader for the app's two hand-edited files,
//! `municipality.toml` and `locales/languages.toml`.
//!
//! It exists because the `toml` crate cost about 20 KB of the compressed
//! WebAssembly, far more than these files need. It keeps what they need:
//! every key and value with its byte offset (for messages with a line
//! number), keys in file order, and the TOML rules for keys and tables.
//! Floats and dates are checked but kept as written: the app uses neither,
//! and converting them would pull in float parsing code.

/// A value with the byte offset in the source where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub at: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    String(String),
    Integer(i64),
    /// A float, as written (not converted).
    Float(String),
    Boolean(bool),
    /// A date or time, as written (not converted).
    Datetime(String),
    Array(Vec<Spanned<Value>>),
    Table(Table),
}

impl Value {
    /// Short name of the value's type for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::String(_) => "text",
            Value::Integer(_) | Value::Float(_) => "number",
            Value::Boolean(_) => "true or false",
            Value::Datetime(_) => "date",
            Value::Array(_) => "list",
            Value::Table(_) => "table",
        }
    }
}

/// Keys in the order they first appear in the file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    // A list rather than a map: the files are small, and file order is what
    // the config check reports in.
    entries: Vec<(Spanned<String>, Spanned<Value>)>,
}

impl Table {
    pub fn iter(&self) -> impl Iterator<Item = (&Spanned<String>, &Spanned<Value>)> + '_ {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn get(&self, key: &str) -> Option<&Spanned<Value>> {
        self.entries
            .iter()
            .find(|(k, _)| k.value == key)
            .map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn entry(&mut self, key: &str) -> Option<&mut (Spanned<String>, Spanned<Value>)> {
        self.entries.iter_mut().find(|(k, _)| k.value == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub at: usize,
    pub message: String,
}

fn error(at: usize, message: &str) -> SyntaxError {
    SyntaxError {
        at,
        message: message.to_string(),
    }
}

/// Parses a whole document into its root table.
pub fn parse(source: &str) -> Result<Table, SyntaxError> {
    let mut p = Parser {
        src: source,
        pos: 0,
        depth: 0,
    };
    // Editors on Windows may save a byte order mark.
    if source.starts_with('\u{feff}') {
        p.pos = 3;
    }
    let mut tree = Tree::default();
    let mut section = Vec::new();
    loop {
        p.ws();
        match p.peek() {
            None => return Ok(tree.root),
            Some(b'[') => {
                section = p.header(&mut tree)?;
                p.end_line("unexpected text after the table header")?;
            }
            Some(b'#' | b'\n' | b'\r') => p.end_line("unexpected character")?,
            Some(_) => {
                let (keys, value) = p.key_value()?;
                tree.insert(&section, &keys, value)?;
                p.end_line("unexpected text after the value")?;
            }
        }
    }
}

/// A table being filled, with what TOML needs remembered about its
/// sub-tables to refuse redefinitions. Tables are named by their path of
/// keys; a list of tables adds the element's index as a path part, so each
/// `[[x]]` element has its own names.
#[derive(Default)]
struct Tree {
    root: Table,
    /// Defined by a `[header]`: may not be defined again.
    headers: Vec<Vec<String>>,
    /// Made by dotted keys: only more dotted keys may add to them directly.
    dotted: Vec<Vec<String>>,
    /// Inline tables and lists given with `=`: complete as written.
    closed: Vec<Vec<String>>,
}

impl Tree {
    /// Follows `keys` from the table at `path`, creating tables as needed,
    /// and returns the path of the table reached.
    fn open(
        &mut self,
        mut path: Vec<String>,
        keys: &[Spanned<String>],
        by_dots: bool,
        header_at: usize,
    ) -> Result<Vec<String>, SyntaxError> {
        for (i, k) in keys.iter().enumerate() {
            let table = table_at(&mut self.root, &path);
            path.push(k.value.clone());
            let closed = self.closed.contains(&path);
            match table.entry(&k.value).map(|e| &mut e.1.value) {
                None => {
                    let at = if by_dots { k.at } else { header_at };
                    let value = Value::Table(Table::default());
                    table.entries.push((k.clone(), Spanned { value, at }));
                    if by_dots {
                        self.dotted.push(path.clone());
                    }
                }
                Some(Value::Table(_)) if !closed && (!by_dots || self.dotted.contains(&path)) => {}
                // A header continues in the latest `[[x]]` element.
                Some(Value::Array(items)) if !closed && !by_dots => {
                    path.push((items.len() - 1).to_string());
                }
                Some(Value::Table(_)) => {
                    let name = joined(&keys[..=i]);
                    return Err(error(
                        k.at,
                        &format!("table '{name}' cannot be extended here"),
                    ));
                }
                Some(_) => return Err(not_a_table(k.at, &keys[..=i])),
            }
        }
        Ok(path)
    }

    /// Handles `[keys]` or `[[keys]]`; returns the path of the table that
    /// the following key/value pairs go into.
    fn header(
        &mut self,
        keys: &[Spanned<String>],
        at: usize,
        array: bool,
    ) -> Result<Vec<String>, SyntaxError> {
        let (last, parents) = keys.split_last().expect("a key has a part");
        let mut path = self.open(Vec::new(), parents, false, at)?;
        let table = table_at(&mut self.root, &path);
        path.push(last.value.clone());
        let closed = self.closed.contains(&path);
        let taken = closed || self.headers.contains(&path) || self.dotted.contains(&path);
        let new = Spanned {
            value: Value::Table(Table::default()),
            at,
        };
        match table.entry(&last.value) {
            None if array => {
                let value = Value::Array(vec![new]);
                table.entries.push((last.clone(), Spanned { value, at }));
                path.push("0".to_string());
            }
            None => {
                table.entries.push((last.clone(), new));
                self.headers.push(path.clone());
            }
            Some((key, value)) => match &mut value.value {
                Value::Array(items) if array && !closed => {
                    items.push(new);
                    path.push((items.len() - 1).to_string());
                }
                Value::Table(_) if !array && !taken => {
                    // An earlier header named this table only as a parent;
                    // this header is where it is defined.
                    key.at = last.at;
                    value.at = at;
                    self.headers.push(path.clone());
                }
                other => {
                    let twice = matches!(other, Value::Table(_))
                        || (matches!(other, Value::Array(_)) && !closed);
                    if !twice {
                        return Err(not_a_table(last.at, keys));
                    }
                    let name = joined(keys);
                    return Err(error(last.at, &format!("table '{name}' is defined twice")));
                }
            },
        }
        Ok(path)
    }

    /// Adds `keys = value` to the table at `path`.
    fn insert(
        &mut self,
        path: &[String],
        keys: &[Spanned<String>],
        value: Spanned<Value>,
    ) -> Result<(), SyntaxError> {
        let (last, parents) = keys.split_last().expect("a key has a part");
        let mut path = self.open(path.to_vec(), parents, true, 0)?;
        let table = table_at(&mut self.root, &path);
        if table.get(&last.value).is_some() {
            let name = joined(keys);
            return Err(error(last.at, &format!("duplicate key '{name}'")));
        }
        if matches!(value.value, Value::Table(_) | Value::Array(_)) {
            path.push(last.value.clone());
            self.closed.push(path);
        }
        table.entries.push((last.clone(), value));
        Ok(())
    }
}

/// The table at a path that `Tree::open` or `Tree::header` returned.
fn table_at<'t>(table: &'t mut Table, path: &[String]) -> &'t mut Table {
    fn walk<'t>(mut table: &'t mut Table, path: &[String]) -> Option<&'t mut Table> {
        let mut parts = path.iter();
        while let Some(key) = parts.next() {
            table = match &mut table.entry(key)?.1.value {
                Value::Table(inner) => inner,
                Value::Array(items) => {
                    let index: usize = parts.next()?.parse().ok()?;
                    match &mut items.get_mut(index)?.value {
                        Value::Table(inner) => inner,
                        _ => return None,
                    }
                }
                _ => return None,
            };
        }
        Some(table)
    }
    walk(table, path).expect("paths are checked when opened")
}

fn joined(keys: &[Spanned<String>]) -> String {
    let parts: Vec<&str> = keys.iter().map(|k| k.value.as_str()).collect();
    parts.join(".")
}

fn not_a_table(at: usize, keys: &[Spanned<String>]) -> SyntaxError {
    let name = joined(keys);
    error(at, &format!("'{name}' is already a value, not a table"))
}

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: u32 = 64;

#[derive(Clone, Copy)]
struct Parser<'a> {
    src: &'a str,
    pos: usize,
    depth: u32,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn rest(&self) -> &str {
        &self.src[self.pos..]
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    fn comment(&mut self) -> Result<(), SyntaxError> {
        let len = self.rest().find(['\r', '\n']).unwrap_or(self.rest().len());
        let bad = |c: char| (c < ' ' && c != '\t') || c == '\u{7f}';
        if let Some(i) = self.rest()[..len].find(bad) {
            return Err(error(self.pos + i, "control character in comment"));
        }
        self.pos += len;
        Ok(())
    }

    fn at_line_end(&self) -> bool {
        matches!(self.peek(), None | Some(b'\n' | b'\r' | b'#'))
    }

    /// Skips spaces, an optional comment and the line end.
    fn end_line(&mut self, message: &str) -> Result<(), SyntaxError> {
        self.ws();
        if self.peek() == Some(b'#') {
            self.comment()?;
        }
        if !self.line_break() && self.peek().is_some() {
            return Err(error(self.pos, message));
        }
        Ok(())
    }

    /// Passes one line end (LF or CRLF), if there is one here.
    fn line_break(&mut self) -> bool {
        let len = if self.rest().starts_with("\r\n") {
            2
        } else if self.peek() == Some(b'\n') {
            1
        } else {
            return false;
        };
        self.pos += len;
        true
    }

    /// Skips whitespace, comments and line ends inside a list; tells whether
    /// a line end was passed.
    fn blank(&mut self) -> Result<bool, SyntaxError> {
        let mut crossed = false;
        loop {
            self.ws();
            if self.peek() == Some(b'#') {
                self.comment()?;
            }
            if !self.line_break() {
                return Ok(crossed);
            }
            crossed = true;
        }
    }

    /// Whether a header or `key =` starts here: inside a list on a later
    /// line, that means the list was never closed.
    fn starts_statement(&self) -> bool {
        let mut p = *self;
        p.peek() == Some(b'[') || (p.key().is_ok() && p.peek() == Some(b'='))
    }

    fn nest(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(error(self.pos, "too deeply nested"));
        }
        Ok(())
    }

    fn header(&mut self, tree: &mut Tree) -> Result<Vec<String>, SyntaxError> {
        let at = self.pos;
        let array = self.rest().starts_with("[[");
        self.pos += if array { 2 } else { 1 };
        let keys = self.key()?;
        let close = if array { "]]" } else { "]" };
        if !self.rest().starts_with(close) {
            return Err(error(self.pos, &format!("expected '{close}'")));
        }
        self.pos += close.len();
        tree.header(&keys, at, array)
    }

    /// A key, dotted or not, and the spaces after it.
    fn key(&mut self) -> Result<Vec<Spanned<String>>, SyntaxError> {
        let mut keys = Vec::new();
        loop {
            self.ws();
            let at = self.pos;
            let value = if matches!(self.peek(), Some(b'"' | b'\'')) {
                self.string(false)?
            } else {
                let len = self
                    .rest()
                    .bytes()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-')
                    .count();
                if len == 0 {
                    return Err(error(at, "expected a key"));
                }
                self.pos += len;
                self.src[at..self.pos].to_string()
            };
            keys.push(Spanned { value, at });
            self.ws();
            if self.peek() != Some(b'.') {
                return Ok(keys);
            }
            self.pos += 1;
        }
    }

    fn key_value(&mut self) -> Result<(Vec<Spanned<String>>, Spanned<Value>), SyntaxError> {
        let keys = self.key()?;
        if self.peek() != Some(b'=') {
            return Err(error(self.pos, "expected '=' after the key"));
        }
        self.pos += 1;
        self.ws();
        if self.at_line_end() || matches!(self.peek(), Some(b',' | b'}' | b']')) {
            return Err(error(self.pos, "expected a value after '='"));
        }
        Ok((keys, self.value()?))
    }

    fn value(&mut self) -> Result<Spanned<Value>, SyntaxError> {
        let at = self.pos;
        let value = match self.peek() {
            Some(b'"' | b'\'') => Value::String(self.string(true)?),
            Some(b'[') => self.array()?,
            Some(b'{') => self.inline_table()?,
            _ => self.scalar()?,
        };
        Ok(Spanned { value, at })
    }

    /// Any of the four string forms; `multi_line` is false for keys.
    fn string(&mut self, multi_line: bool) -> Result<String, SyntaxError> {
        let start = self.pos;
        let quote = if self.peek() == Some(b'"') { '"' } else { '\'' };
        let literal = quote == '\'';
        let multi = multi_line
            && self
                .rest()
                .starts_with(if literal { "'''" } else { "\"\"\"" });
        self.pos += if multi { 3 } else { 1 };
        if multi {
            // TOML drops a newline right after the opening delimiter.
            if self.rest().starts_with('\n') {
                self.pos += 1;
            } else if self.rest().starts_with("\r\n") {
                self.pos += 2;
            }
        }
        let mut out = String::new();
        loop {
            let Some(c) = self.rest().chars().next() else {
                return Err(error(start, "unterminated string"));
            };
            let here = self.pos;
            self.pos += c.len_utf8();
            match c {
                _ if c == quote => {
                    if !multi {
                        return Ok(out);
                    }
                    // Up to two quotes may stand just before the closing three.
                    let mut run = 1;
                    while run < 5 && self.peek() == Some(quote as u8) {
                        run += 1;
                        self.pos += 1;
                    }
                    let closes = run >= 3;
                    for _ in 0..if closes { run - 3 } else { run } {
                        out.push(quote);
                    }
                    if closes {
                        return Ok(out);
                    }
                }
                '\\' if !literal => {
                    let rest = self.rest();
                    let after = rest.trim_start_matches([' ', '\t']);
                    if multi && (after.starts_with('\n') || after.starts_with("\r\n")) {
                        // A backslash ending a line joins it to the next
                        // line's first non-blank character.
                        let next = rest.trim_start_matches([' ', '\t', '\r', '\n']);
                        self.pos = self.src.len() - next.len();
                    } else {
                        out.push(self.escape(here)?);
                    }
                }
                '\n' if multi => out.push('\n'),
                // Line ends are kept as '\n' whatever the file uses.
                '\r' if multi && self.peek() == Some(b'\n') => {}
                '\n' | '\r' if !multi => return Err(error(start, "unterminated string")),
                _ if (c < ' ' && c != '\t') || c == '\u{7f}' => {
                    return Err(error(here, "control character in string"));
                }
                _ => out.push(c),
            }
        }
    }

    /// The character of the escape whose backslash is at `at`.
    fn escape(&mut self, at: usize) -> Result<char, SyntaxError> {
        let letter = self.peek();
        self.pos += 1;
        let c = match letter {
            Some(b'b') => Some('\u{8}'),
            Some(b't') => Some('\t'),
            Some(b'n') => Some('\n'),
            Some(b'f') => Some('\u{c}'),
            Some(b'r') => Some('\r'),
            Some(b'"') => Some('"'),
            Some(b'\\') => Some('\\'),
            Some(b'u' | b'U') => {
                let len = if letter == Some(b'u') { 4 } else { 8 };
                let hex = self.src.get(self.pos..self.pos + len).unwrap_or("");
                self.pos += len;
                // from_str_radix alone would also take a sign.
                if hex.len() == len && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
                } else {
                    None
                }
            }
            _ => None,
        };
        c.ok_or_else(|| error(at, "invalid escape"))
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        self.nest()?;
        self.pos += 1;
        let unterminated = || error(start, "unterminated list");
        let mut items = Vec::new();
        loop {
            let crossed = self.blank()?;
            match self.peek() {
                None => return Err(unterminated()),
                Some(b']') => break,
                _ => {}
            }
            let element = *self;
            match self.value() {
                Ok(value) => items.push(value),
                Err(_) if crossed && element.starts_statement() => return Err(unterminated()),
                Err(e) => return Err(e),
            }
            let crossed = self.blank()?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => break,
                None => return Err(unterminated()),
                _ if crossed && self.starts_statement() => return Err(unterminated()),
                _ => return Err(error(self.pos, "expected ',' or ']'")),
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(Value::Array(items))
    }

    fn inline_table(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        self.nest()?;
        self.pos += 1;
        let unterminated = || error(start, "unterminated inline table");
        let mut tree = Tree::default();
        self.ws();
        if self.peek() != Some(b'}') {
            loop {
                self.ws();
                if self.at_line_end() {
                    return Err(unterminated());
                }
                let (keys, value) = self.key_value()?;
                tree.insert(&[], &keys, value)?;
                self.ws();
                match self.peek() {
                    Some(b',') => {
                        let comma = self.pos;
                        self.pos += 1;
                        self.ws();
                        if self.peek() == Some(b'}') {
                            return Err(error(comma, "no ',' allowed before '}'"));
                        }
                    }
                    Some(b'}') => break,
                    _ if self.at_line_end() => return Err(unterminated()),
                    _ => return Err(error(self.pos, "expected ',' or '}'")),
                }
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(Value::Table(tree.root))
    }

    /// A boolean, number or date: a run of characters up to a delimiter.
    fn scalar(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        self.token();
        let b = self.src.as_bytes();
        let digits = |from: usize, to: usize| {
            b.get(start + from..start + to)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        };
        let byte = |i: usize| b.get(start + i).copied();
        let date = digits(0, 4) && byte(4) == Some(b'-');
        // A date and a time may be separated by a space.
        if date
            && self.pos - start == 10
            && byte(10) == Some(b' ')
            && digits(11, 13)
            && byte(13) == Some(b':')
        {
            self.pos += 1;
            self.token();
        }
        let text = &self.src[start..self.pos];
        if text.is_empty() {
            return Err(error(start, "expected a value"));
        }
        Ok(match text {
            "true" => Value::Boolean(true),
            "false" => Value::Boolean(false),
            _ if date || (digits(0, 2) && byte(2) == Some(b':')) => {
                if !is_datetime(text) {
                    return Err(error(start, "invalid date"));
                }
                Value::Datetime(text.to_string())
            }
            _ if is_float(text) => Value::Float(text.to_string()),
            _ if matches!(b[start], b'0'..=b'9' | b'+' | b'-') => {
                Value::Integer(integer(text).map_err(|message| error(start, message))?)
            }
            _ => return Err(error(start, "invalid value (text must be in quotes)")),
        })
    }

    fn token(&mut self) {
        while let Some(c) = self.peek() {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b',' | b']' | b'}' | b'#') {
                break;
            }
            self.pos += 1;
        }
    }
}

/// Whether `text` is a TOML date, time, or date and time. Only checked,
/// since the app uses none.
fn is_datetime(text: &str) -> bool {
    let b = text.as_bytes();
    // '0' in a pattern stands for any digit.
    let fits = |from: usize, pattern: &[u8]| {
        b.get(from..from + pattern.len()).is_some_and(|s| {
            s.iter().zip(pattern).all(|(c, p)| {
                if *p == b'0' {
                    c.is_ascii_digit()
                } else {
                    c == p
                }
            })
        })
    };
    let num = |i: usize| u32::from(b[i] - b'0') * 10 + u32::from(b[i + 1] - b'0');
    let date = fits(0, b"0000-00-00");
    let mut i = 0;
    if date {
        let (year, month, day) = (num(0) * 100 + num(2), num(5), num(8));
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            2 => 28 + u32::from(leap),
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if !(1..=12).contains(&month) || day == 0 || day > days {
            return false;
        }
        if b.len() == 10 {
            return true;
        }
        if !matches!(b[10], b'T' | b't' | b' ') {
            return false;
        }
        i = 11;
    }
    if !fits(i, b"00:00:00") || num(i) > 23 || num(i + 3) > 59 || num(i + 6) > 60 {
        return false;
    }
    i += 8;
    if b.get(i) == Some(&b'.') {
        let n = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        i += 1 + n;
    }
    let offset = &b[i..];
    let numeric = matches!(offset.first(), Some(b'+' | b'-'))
        && offset.len() == 6
        && fits(i + 1, b"00:00")
        && num(i + 1) <= 23
        && num(i + 4) <= 59;
    offset.is_empty() || (date && (offset.eq_ignore_ascii_case(b"z") || numeric))
}

/// TOML allows `_` only between two digits.
fn separated(s: &str) -> bool {
    !s.is_empty() && !s.starts_with('_') && !s.ends_with('_') && !s.contains("__")
}

fn digit_run(s: &str, leading_zero: bool) -> bool {
    separated(s)
        && s.bytes().all(|c| c.is_ascii_digit() || c == b'_')
        && (leading_zero || s.len() == 1 || !s.starts_with('0'))
}

fn is_float(text: &str) -> bool {
    let t = text.strip_prefix(['+', '-']).unwrap_or(text);
    if t == "inf" || t == "nan" {
        return true;
    }
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (mantissa, None),
    };
    (fraction.is_some() || exponent.is_some())
        && digit_run(whole, false)
        && fraction.is_none_or(|f| digit_run(f, true))
        && exponent.is_none_or(|e| digit_run(e.strip_prefix(['+', '-']).unwrap_or(e), true))
}

fn integer(text: &str) -> Result<i64, &'static str> {
    let (radix, digits, negative) = match text.get(..2) {
        Some("0x") => (16, &text[2..], false),
        Some("0o") => (8, &text[2..], false),
        Some("0b") => (2, &text[2..], false),
        _ => {
            let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
            if digits.len() > 1 && digits.starts_with('0') {
                return Err("invalid number");
            }
            (10, digits, text.starts_with('-'))
        }
    };
    if !separated(digits) {
        return Err("invalid number");
    }
    let mut n: i64 = 0;
    for c in digits.chars().filter(|&c| c != '_') {
        let d = i64::from(c.to_digit(radix).ok_or("invalid number")?);
        // Built up on the negative side so that i64::MIN fits.
        n = n
            .checked_mul(i64::from(radix))
            .and_then(|n| {
                if negative {
                    n.checked_sub(d)
                } else {
                    n.checked_add(d)
                }
            })
            .ok_or("number is too large")?;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(source: &str) -> Table {
        match parse(source) {
            Ok(table) => table,
            Err(e) => panic!("{source:?}: {} at {}", e.message, e.at),
        }
    }

    fn err(source: &str) -> SyntaxError {
        match parse(source) {
            Ok(table) => panic!("{source:?} parsed: {table:?}"),
            Err(e) => e,
        }
    }

    /// The value at a dotted path of plain keys.
    fn at<'a>(table: &'a Table, path: &str) -> &'a Spanned<Value> {
        let mut parts = path.split('.');
        let mut value = table.get(parts.next().unwrap()).expect(path);
        for part in parts {
            let Value::Table(t) = &value.value else {
                panic!("{path}: not a table at {part}")
            };
            value = t.get(part).expect(path);
        }
        value
    }

    fn string(table: &Table, path: &str) -> String {
        match &at(table, path).value {
            Value::String(s) => s.clone(),
            other => panic!("{path}: {other:?}"),
        }
    }

    fn table<'a>(table: &'a Table, path: &str) -> &'a Table {
        match &at(table, path).value {
            Value::Table(t) => t,
            other => panic!("{path}: {other:?}"),
        }
    }

    fn list<'a>(table: &'a Table, path: &str) -> &'a [Spanned<Value>] {
        match &at(table, path).value {
            Value::Array(items) => items,
            other => panic!("{path}: {other:?}"),
        }
    }

    fn strings(items: &[Spanned<Value>]) -> Vec<&str> {
        items
            .iter()
            .map(|v| match &v.value {
                Value::String(s) => s.as_str(),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    fn value(source: &str) -> Value {
        at(&ok(source), "v").value.clone()
    }

    fn text(source: &str) -> String {
        match value(source) {
            Value::String(s) => s,
            other => panic!("{source:?}: {other:?}"),
        }
    }

    fn line(source: &str, at: usize) -> usize {
        source[..at].matches('\n').count() + 1
    }

    fn keys(table: &Table) -> Vec<&str> {
        table.iter().map(|(k, _)| k.value.as_str()).collect()
    }

    #[test]
    fn municipality_file_parses() {
        let root = ok(include_str!("../../public/municipality.toml"));
        assert_eq!(
            keys(&root),
            ["name", "accent_colour", "languages", "kiosk", "office"]
        );
        assert_eq!(string(&root, "name.default"), "Esimerkkilä");
        assert_eq!(string(&root, "name.sv"), "Exempelby");
        assert_eq!(string(&root, "accent_colour"), "#00607a");
        let enabled = list(&root, "languages.enabled");
        assert_eq!(
            strings(enabled),
            ["fi", "sv", "en", "ar", "uk", "ru", "so", "fa"]
        );
        assert_eq!(string(&root, "languages.default"), "fi");
        assert_eq!(strings(list(&root, "languages.caseworker")), ["fi", "sv"]);
        assert_eq!(at(&root, "kiosk.enabled").value, Value::Boolean(false));
        assert_eq!(at(&root, "kiosk.idle_seconds").value, Value::Integer(90));
        let offices = list(&root, "office");
        assert_eq!(offices.len(), 4);
        for office in offices {
            let Value::Table(office) = &office.value else {
                panic!("{office:?}")
            };
            assert!(matches!(at(office, "name.default").value, Value::String(_)));
            assert!(!list(office, "serves").is_empty());
            assert!(matches!(at(office, "url").value, Value::String(_)));
        }
        let Value::Table(first) = &offices[0].value else {
            unreachable!()
        };
        assert_eq!(string(first, "name.en"), "Esimerkkilä integration services");
        assert_eq!(string(first, "hours.default"), "ma–to 9–15, pe 9–12");
        assert_eq!(list(first, "serves").len(), 10);
    }

    #[test]
    fn languages_file_parses() {
        let root = ok(include_str!("../../locales/languages.toml"));
        let locales = list(&root, "locale");
        assert_eq!(locales.len(), 8);
        let codes: Vec<String> = locales
            .iter()
            .map(|l| match &l.value {
                Value::Table(t) => string(t, "code"),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(codes, ["fi", "sv", "en", "ar", "uk", "ru", "so", "fa"]);
        let Value::Table(arabic) = &locales[3].value else {
            unreachable!()
        };
        assert_eq!(string(arabic, "endonym"), "العربية");
        assert_eq!(string(arabic, "dir"), "rtl");
        assert_eq!(string(arabic, "status"), "machine");
    }

    #[test]
    fn example_from_the_brief_parses() {
        let root = ok(r##"# comment
name = { default = "Esimerkkilä", sv = "Exempelby" }   # inline table, trailing comment
accent_colour = "#00607a"
[languages]
enabled = ["fi", "sv",
   "en",  # comments and newlines inside arrays, trailing comma allowed
]
[kiosk]
enabled = false
idle_seconds = 90
[[office]]
name = { default = "A", en = "B" }
serves = ["x", "y"]
[[locale]]
code = "fi"
"##);
        assert_eq!(
            strings(list(&root, "languages.enabled")),
            ["fi", "sv", "en"]
        );
        assert_eq!(list(&root, "office").len(), 1);
        assert_eq!(list(&root, "locale").len(), 1);
        assert_eq!(at(&root, "kiosk.idle_seconds").value, Value::Integer(90));
    }

    #[test]
    fn crlf_line_ends_and_byte_order_mark() {
        let root = ok("\u{feff}# c\r\na = 1 # c\r\n[t]\r\nb = [\r\n  2,\r\n]\r\n\r\n");
        assert_eq!(at(&root, "a").value, Value::Integer(1));
        assert_eq!(list(&root, "t.b").len(), 1);
        assert_eq!(text("v = \"\"\"\r\none\r\ntwo\"\"\""), "one\ntwo");
    }

    #[test]
    fn basic_string_escapes() {
        assert_eq!(
            text(r#"v = "a\tb\nc\"d\\e\bf\fg\rh""#),
            "a\tb\nc\"d\\e\u{8}f\u{c}g\rh"
        );
        assert_eq!(text(r#"v = "\u00e9\U0001F600""#), "é😀");
        assert_eq!(text(r#"v = "tab	inside""#), "tab\tinside");
        assert_eq!(text(r#"v = "" "#), "");
        assert_eq!(text(r##"v = "# not a comment""##), "# not a comment");
    }

    #[test]
    fn literal_strings() {
        assert_eq!(text(r"v = 'C:\Users\n'"), r"C:\Users\n");
        assert_eq!(text(r#"v = '"quoted"'"#), r#""quoted""#);
        assert_eq!(text("v = ''"), "");
    }

    #[test]
    fn multi_line_basic_strings() {
        assert_eq!(text("v = \"\"\"\none\ntwo\"\"\""), "one\ntwo");
        assert_eq!(text("v = \"\"\"one\"\"\""), "one");
        assert_eq!(
            text("v = \"\"\"\nThe quick \\\n   brown \\   \n\n  fox.\"\"\""),
            "The quick brown fox."
        );
        assert_eq!(
            text("v = \"\"\"a \"quote\" \"\" b\"\"\""),
            "a \"quote\" \"\" b"
        );
        assert_eq!(
            text("v = \"\"\"two at the end\"\"\"\"\""),
            "two at the end\"\""
        );
        assert_eq!(text("v = \"\"\"\\t\\u0041\"\"\""), "\tA");
    }

    #[test]
    fn multi_line_literal_strings() {
        assert_eq!(text("v = '''\nC:\\dir\\\n  kept'''"), "C:\\dir\\\n  kept");
        assert_eq!(text("v = '''it's'''"), "it's");
        assert_eq!(text("v = '''ends with ''''"), "ends with '");
    }

    #[test]
    fn integers() {
        let cases = [
            ("0", 0),
            ("+5", 5),
            ("-17", -17),
            ("1_000_000", 1_000_000),
            ("0xDEAD_beef", 0xdead_beef),
            ("0o755", 0o755),
            ("0b1101", 0b1101),
            ("9223372036854775807", i64::MAX),
            ("-9223372036854775808", i64::MIN),
            ("0x7fffffffffffffff", i64::MAX),
        ];
        for (source, expected) in cases {
            assert_eq!(
                value(&format!("v = {source}")),
                Value::Integer(expected),
                "{source}"
            );
        }
    }

    #[test]
    fn bad_integers() {
        for source in [
            "9223372036854775808",
            "-9223372036854775809",
            "0x8000000000000000",
        ] {
            assert_eq!(err(&format!("v = {source}")).message, "number is too large");
        }
        for source in ["012", "1__0", "1_", "0x", "0xg", "-0x1", "0b2", "+", "1a"] {
            let e = err(&format!("v = {source}"));
            assert_eq!(
                (e.message.as_str(), e.at),
                ("invalid number", 4),
                "{source}"
            );
        }
    }

    #[test]
    fn floats_are_kept_as_written() {
        for source in [
            "3.14", "-0.5e-3", "1e6", "6.02E+23", "1_000.5", "0.0", "inf", "-inf", "+nan", "1e06",
        ] {
            assert_eq!(value(&format!("v = {source}")), Value::Float(source.into()));
        }
        for source in ["1.", ".5", "1e", "01.5", "1._5", "1.5e_1"] {
            assert!(parse(&format!("v = {source}")).is_err(), "{source}");
        }
    }

    #[test]
    fn dates_are_kept_as_written() {
        for source in [
            "1979-05-27T07:32:00Z",
            "1979-05-27T00:32:00.999999-07:00",
            "1979-05-27 07:32:00",
            "1979-05-27",
            "07:32:00",
        ] {
            assert_eq!(
                value(&format!("v = {source}")),
                Value::Datetime(source.into())
            );
        }
        assert_eq!(
            value("v = 1979-05-27 # day"),
            Value::Datetime("1979-05-27".into())
        );
        for source in [
            "1979-05-27x",
            "2023-02-29",
            "1979-13-01",
            "1979-05-27T25:00:00",
            "1979-05-27T07:32",
            "1979-05-27T07:32:00.",
            "1979-05-27T07:32:00+0530",
            "07:32:00Z",
            "00:",
        ] {
            let e = err(&format!("v = {source}"));
            assert_eq!((e.message.as_str(), e.at), ("invalid date", 4), "{source}");
        }
        assert_eq!(
            value("v = 2024-02-29"),
            Value::Datetime("2024-02-29".into())
        );
    }

    #[test]
    fn booleans_and_unquoted_text() {
        assert_eq!(value("v = true"), Value::Boolean(true));
        assert_eq!(value("v = false"), Value::Boolean(false));
        for source in ["v = yes", "v = Esimerkkilä", "v = truely"] {
            let e = err(source);
            assert_eq!(
                (e.message.as_str(), e.at),
                ("invalid value (text must be in quotes)", 4)
            );
        }
    }

    #[test]
    fn arrays() {
        let v = value("v = [1, 'a', [true, 2.5], { x = 1 }, 1979-05-27, ]");
        let Value::Array(items) = v else { panic!() };
        let values: Vec<&Value> = items.iter().map(|i| &i.value).collect();
        assert_eq!(values[0], &Value::Integer(1));
        assert_eq!(values[1], &Value::String("a".into()));
        assert_eq!(values[4], &Value::Datetime("1979-05-27".into()));
        assert!(matches!(values[2], Value::Array(inner) if inner.len() == 2));
        assert!(matches!(values[3], Value::Table(t) if t.len() == 1));
        assert_eq!(value("v = []"), Value::Array(Vec::new()));
        assert_eq!(value("v = [ # nothing\n\n]"), Value::Array(Vec::new()));
        let v = value("v = [\n  1, # one\n  # a whole comment line\n  2\n  ,3\n]");
        assert!(matches!(v, Value::Array(items) if items.len() == 3));
        let v = value("v = [\n  [1, 2],\n  [3],\n]");
        assert!(matches!(v, Value::Array(items) if items.len() == 2));
    }

    #[test]
    fn inline_tables() {
        let root = ok("t = { a = 1, b.c = 'x', b.d = { e = true } }\ne = {}");
        assert_eq!(keys(table(&root, "t")), ["a", "b"]);
        assert_eq!(string(&root, "t.b.c"), "x");
        assert_eq!(at(&root, "t.b.d.e").value, Value::Boolean(true));
        assert!(table(&root, "e").is_empty());
    }

    #[test]
    fn keys_bare_quoted_and_dotted() {
        let root = ok(concat!(
            "bare_key-1 = 1\n",
            "\"quoted key\" = 2\n",
            "'lit.eral' = 3\n",
            "\"\\u0041\" = 4\n",
            "a.b.c = 5\n",
            "a . b . d = 6\n",
            "a.e = 7\n",
            "site.\"example.org\" = 8\n",
            "1234 = 9\n",
        ));
        assert_eq!(
            keys(&root),
            [
                "bare_key-1",
                "quoted key",
                "lit.eral",
                "A",
                "a",
                "site",
                "1234"
            ]
        );
        assert_eq!(keys(table(&root, "a")), ["b", "e"]);
        assert_eq!(keys(table(&root, "a.b")), ["c", "d"]);
        assert_eq!(
            table(&root, "site").get("example.org").unwrap().value,
            Value::Integer(8)
        );
    }

    #[test]
    fn table_headers() {
        let root = ok(concat!(
            "top = 0\n",
            "[a.b]\n",
            "x = 1\n",
            "[a]\n",
            "y = 2\n",
            "[ c . \"d e\" ]\n",
            "z = 3\n",
            "[fruit]\n",
            "apple.color = 'red'\n",
            "[fruit.apple.texture]\n",
            "smooth = true\n",
            "[empty]\n",
        ));
        assert_eq!(keys(&root), ["top", "a", "c", "fruit", "empty"]);
        assert_eq!(keys(table(&root, "a")), ["b", "y"]);
        assert_eq!(at(table(&root, "c"), "d e.z").value, Value::Integer(3));
        assert_eq!(keys(table(&root, "fruit.apple")), ["color", "texture"]);
        assert!(table(&root, "empty").is_empty());
        // Sub-tables of a table may come after other tables.
        let root = ok("[a]\nb = 1\n[c]\n[a.d]\ne = 2\n");
        assert_eq!(keys(table(&root, "a")), ["b", "d"]);
    }

    #[test]
    fn arrays_of_tables() {
        let root = ok(concat!(
            "[[fruit]]\n",
            "name = 'apple'\n",
            "[fruit.physical]\n",
            "color = 'red'\n",
            "[[fruit.variety]]\n",
            "name = 'red delicious'\n",
            "[[fruit.variety]]\n",
            "name = 'granny smith'\n",
            "[[fruit]]\n",
            "name = 'banana'\n",
            "[fruit.physical]\n",
            "color = 'yellow'\n",
            "[[fruit.variety]]\n",
            "name = 'plantain'\n",
            "[[empty]]\n",
            "[[empty]]\n",
        ));
        let fruit = list(&root, "fruit");
        assert_eq!(fruit.len(), 2);
        let tables: Vec<&Table> = fruit
            .iter()
            .map(|f| match &f.value {
                Value::Table(t) => t,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(string(tables[0], "physical.color"), "red");
        assert_eq!(list(tables[0], "variety").len(), 2);
        assert_eq!(string(tables[1], "physical.color"), "yellow");
        assert_eq!(list(tables[1], "variety").len(), 1);
        assert_eq!(list(&root, "empty").len(), 2);
    }

    #[test]
    fn offsets_of_keys_and_values() {
        let source = "a = 'x'\n  b.c = [1, { d = 2 }]\n[t.u]\nk=true\n[[l]]\n[[l]]\n";
        let root = ok(source);
        let find = |s: &str| source.find(s).unwrap();
        let entry = |t: &Table, key: &str| {
            let (k, v) = t.iter().find(|(k, _)| k.value == key).unwrap();
            (k.at, v.at)
        };
        assert_eq!(entry(&root, "a"), (0, 4));
        // The table made by a dotted key starts at that key.
        assert_eq!(entry(&root, "b"), (find("b.c"), find("b.c")));
        assert_eq!(entry(table(&root, "b"), "c"), (find("c ="), find("[1")));
        let items = list(&root, "b.c");
        assert_eq!(items[0].at, find("1,"));
        assert_eq!(items[1].at, find("{ d"));
        let Value::Table(inner) = &items[1].value else {
            panic!()
        };
        assert_eq!(entry(inner, "d"), (find("d ="), find("2 }")));
        // Header tables start at the '['.
        assert_eq!(entry(&root, "t"), (find("t.u"), find("[t.u")));
        assert_eq!(entry(table(&root, "t"), "u"), (find("u]"), find("[t.u")));
        assert_eq!(entry(table(&root, "t.u"), "k"), (find("k=t"), find("true")));
        let first = find("[[l]]");
        let second = first + 6;
        assert_eq!(entry(&root, "l"), (first + 2, first));
        let l = list(&root, "l");
        assert_eq!((l[0].at, l[1].at), (first, second));
    }

    #[test]
    fn an_explicit_header_moves_an_implicit_tables_offset() {
        let source = "[a.b]\n[a]\n";
        let root = ok(source);
        let (k, v) = root.iter().next().unwrap();
        assert_eq!((k.at, v.at), (7, 6));
    }

    #[test]
    fn error_offsets_point_into_the_right_line() {
        let cases = [
            ("x = \n", "expected a value after '='"),
            ("x = # nothing\n", "expected a value after '='"),
            ("x = ", "expected a value after '='"),
            ("c = 3\n", "duplicate key 'c'"),
            ("[b]\n", "table 'b' is defined twice"),
            ("c.d = 1\n", "'c' is already a value, not a table"),
            ("x = 'open\n", "unterminated string"),
            ("x = \"open", "unterminated string"),
            ("x = \"\"\"never closed\n\n", "unterminated string"),
            ("x = '''never closed\n", "unterminated string"),
            ("x = [1, 2\n", "unterminated list"),
            ("x = [1, 2,\ny = 3\n", "unterminated list"),
            ("x = ['a'\n[t]\n", "unterminated list"),
            ("x = [\n  'a',\n  [z]\n", "unterminated list"),
            ("x = { a = 1\n", "unterminated inline table"),
            ("x = { a = 1, # c\n}\n", "unterminated inline table"),
            ("x = 1 2\n", "unexpected text after the value"),
            ("x = 'a' 'b'\n", "unexpected text after the value"),
            ("x = [1] ]\n", "unexpected text after the value"),
            ("[t] x = 1\n", "unexpected text after the table header"),
            ("[t\n", "expected ']'"),
            ("[[t]\n", "expected ']]'"),
            ("[]\n", "expected a key"),
            ("= 1\n", "expected a key"),
            ("ä = 1\n", "expected a key"),
            ("x 1\n", "expected '=' after the key"),
            ("x\n", "expected '=' after the key"),
            ("x = \"a\\qb\"\n", "invalid escape"),
            ("x = [1 2]\n", "expected ',' or ']'"),
            ("x = [,]\n", "expected a value"),
            ("x = { a = 1 b = 2 }\n", "expected ',' or '}'"),
            ("x = { a = 1, }\n", "no ',' allowed before '}'"),
            ("x = { a = }\n", "expected a value after '='"),
            ("x = { a = 1, a = 2 }\n", "duplicate key 'a'"),
            ("x = 99999999999999999999\n", "number is too large"),
            ("x = 1.\n", "invalid number"),
            ("x = no\n", "invalid value (text must be in quotes)"),
            ("\"\"\"x\"\"\" = 1\n", "expected '=' after the key"),
        ];
        for (third_line, message) in cases {
            let source = format!("[b]\nc = 1\n{third_line}");
            let e = err(&source);
            assert_eq!(e.message, message, "{source:?}");
            assert_eq!(line(&source, e.at), 3, "{source:?}: {e:?}");
        }
    }

    #[test]
    fn unterminated_things_point_at_their_start() {
        let source = "a = 1\nx = [\n  'a',\n  'b'\ny = 2\n";
        assert_eq!(err(source).at, source.find('[').unwrap());
        let source = "a = 1\nx = '''\nno end\n";
        assert_eq!(err(source).at, source.find("'''").unwrap());
        let source = "x = { a = 'b',\n  c = 'd' }\n";
        assert_eq!(err(source).at, 4);
    }

    #[test]
    fn control_characters_in_strings() {
        for source in [
            "v = \"a\u{1}b\"",
            "v = 'a\u{7f}'",
            "v = '''a\u{0}'''",
            "v = \"\"\"a\rb\"\"\"",
        ] {
            let e = err(source);
            let bad = source.find(['\u{0}', '\u{1}', '\u{7f}', '\r']).unwrap();
            assert_eq!(
                (e.message.as_str(), e.at),
                ("control character in string", bad),
                "{source:?}"
            );
        }
    }

    #[test]
    fn control_characters_in_comments() {
        let e = err("a = 1 # bell \u{7}\n");
        assert_eq!(
            (e.message.as_str(), e.at),
            ("control character in comment", 13)
        );
        let e = err("a = [ # carriage\rreturn\n]");
        assert_eq!(e.at, 16);
        assert!(parse("a = 1 # tab\tis fine\r\n").is_ok());
    }

    #[test]
    fn invalid_escapes() {
        for source in [
            r#"v = "\x41""#,
            r#"v = "\e""#,
            r#"v = "\u12""#,
            r#"v = "\u+123""#,
            r#"v = "\uD800""#,
            r#"v = "\U00110000""#,
            r#"v = "\ ""#,
            "v = \"\"\"\\ x\"\"\"",
        ] {
            let e = err(source);
            let backslash = source.find('\\').unwrap();
            assert_eq!(
                (e.message.as_str(), e.at),
                ("invalid escape", backslash),
                "{source}"
            );
        }
    }

    #[test]
    fn duplicate_keys() {
        assert_eq!(err("a = 1\na = 2").message, "duplicate key 'a'");
        assert_eq!(err("a.b = 1\na.b = 2").message, "duplicate key 'a.b'");
        assert_eq!(err("'a' = 1\n\"a\" = 2").message, "duplicate key 'a'");
        assert_eq!(
            err("[t]\na = 1\n[u]\n[t.a]").message,
            "'t.a' is already a value, not a table"
        );
    }

    #[test]
    fn tables_defined_twice() {
        assert_eq!(
            err("[kiosk]\n[kiosk]").message,
            "table 'kiosk' is defined twice"
        );
        assert_eq!(
            err("[a]\n[a.b]\n[a.b]").message,
            "table 'a.b' is defined twice"
        );
        assert_eq!(err("[a.b]\n[a]\n[a]").message, "table 'a' is defined twice");
        // A table made by dotted keys may not get a header of its own.
        assert_eq!(err("a.b = 1\n[a]").message, "table 'a' is defined twice");
        assert_eq!(err("x = {}\n[x]").message, "table 'x' is defined twice");
        assert_eq!(err("[a]\n[[a]]").message, "table 'a' is defined twice");
        assert_eq!(err("[[a]]\n[a]").message, "table 'a' is defined twice");
    }

    #[test]
    fn values_used_as_tables() {
        let not_a_table = "'a' is already a value, not a table";
        assert_eq!(err("a = 1\na.b = 2").message, not_a_table);
        assert_eq!(err("a = 1\n[a]").message, not_a_table);
        assert_eq!(err("a = 1\n[a.b]").message, not_a_table);
        assert_eq!(err("a = [1]\n[[a]]").message, not_a_table);
        assert_eq!(err("a = [1]\n[a]").message, not_a_table);
        assert_eq!(err("a = [{}]\n[a.b]").message, not_a_table);
        // Dotted keys cannot reach into a list of tables.
        assert_eq!(err("[[x.a]]\n[x]\na.c = 1").message, not_a_table);
    }

    #[test]
    fn closed_tables_cannot_be_extended() {
        let message = "table 'a' cannot be extended here";
        assert_eq!(err("a = { b = 1 }\na.c = 2").message, message);
        assert_eq!(err("a = { b = 1 }\n[a.c]").message, message);
        assert_eq!(
            err("[a.b]\n[x]\n[a]\nb.c = 1").message,
            "table 'b' cannot be extended here"
        );
        assert_eq!(err("x = { a = { b = 1 }, a.c = 2 }").message, message);
    }

    #[test]
    fn too_deep_nesting_is_refused() {
        let source = format!("v = {}", "[".repeat(100));
        assert_eq!(err(&source).message, "too deeply nested");
        let fine = format!("v = {}{}", "[".repeat(60), "]".repeat(60));
        assert!(parse(&fine).is_ok());
    }

    #[test]
    fn type_names() {
        let names: Vec<&str> = [
            Value::String(String::new()),
            Value::Integer(1),
            Value::Float("1.5".into()),
            Value::Boolean(true),
            Value::Datetime("07:00:00".into()),
            Value::Array(Vec::new()),
            Value::Table(Table::default()),
        ]
        .iter()
        .map(Value::type_name)
        .collect();
        assert_eq!(
            names,
            [
                "text",
                "number",
                "number",
                "true or false",
                "date",
                "list",
                "table"
            ]
        );
    }

    #[test]
    fn empty_and_comment_only_documents() {
        assert!(ok("").is_empty());
        assert!(ok("# just a comment").is_empty());
        assert!(ok("\n\n  \t\n").is_empty());
    }
}
