//! The handover payload: answers as codes -> compact binary -> URL-safe text
//! with a version and a checksum: `<version>.<data>.<checksum>`, the data and
//! checksum in base32 (upper case, so QR codes use alphanumeric mode).
//!
//! It travels in a link's fragment (`#/handover/<payload>`, never sent to a
//! server), in a QR code, and inside the saved file's JSON wrapper. The
//! decoder treats its input as hostile: every failure is a `HandoverError`,
//! never a panic.
//!
//! Binary layout, version 1 (all integers LEB128 varints):
//!   locale length (1 byte) + locale code (ASCII)
//!   created: days since 2020-01-01
//!   record count, then per record, in wire order:
//!     key = (wire index - previous wire index - 1) * 8 + tag
//!     tag 0 choice: option index | 1 choices: bit mask of option indices
//!     2 year-month: months since 1950-01 | 3 number | 4 text: byte length + UTF-8
//!     5 don't know | 6 prefer not to say | 7 skipped (no value)
//!
//! Version 2, for any other pack or a municipality of a regional site: the
//! same, with after `created` the pack's code and the municipality's id
//! (each a length byte and ASCII; length 0 for none), and the records in
//! that pack's wire order (`Pack::wire`). A Finnish handover with no
//! municipality is still written as version 1, byte for byte as before.
//!
//! General-purpose compression (deflate) was measured on full payloads and
//! saved nothing on this bit-packed data, so the packing itself is the
//! compression; see docs/architecture.md.

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers};
use super::pack::{Country, Pack};

/// The newest payload version this build reads and writes.
pub const PAYLOAD_VERSION: u32 = 2;
/// Longest payload text accepted (a full questionnaire is a few hundred).
pub const MAX_PAYLOAD_CHARS: usize = 4096;
/// Largest handover file accepted.
pub const MAX_FILE_BYTES: usize = 64 * 1024;
pub const FILE_FORMAT: &str = "newcomer-guide-handover";
pub const FILE_SCHEMA: u32 = 1;

/// Finland's questions in wire order. Append only: a question's position is its
/// code in every payload ever made. Removing one means leaving its place.
pub const WIRE: &[&str] = &[
    "age-group",
    "residence-basis",
    "permit-date",
    "municipality-registered",
    "unaccompanied",
    "mother-tongue",
    "mother-tongue-other",
    "other-languages",
    "finnish",
    "swedish",
    "english",
    "read-own",
    "write-own",
    "latin-alphabet",
    "school-years",
    "education-level",
    "education-field",
    "education-country",
    "certificates",
    "unfinished-studies",
    "has-worked",
    "work-fields",
    "work-other",
    "work-years",
    "recent-work",
    "entrepreneur",
    "driving-licence",
    "licence-class",
    "phone-skills",
    "computer-skills",
    "online-services",
    "strengths",
    "goals",
    "main-goal",
    "jobseeker",
    "social-assistance",
    "has-children",
    "children-ages",
    "home-care-allowance",
    "housing",
    "urgent",
    "health-affects",
    "talk-to-someone",
    "appointment-language",
    "interpreter",
    "interpreter-language",
    "contact-way",
    "first-steps-done",
];

/// A calendar date (for "prepared on").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Days since 2020-01-01 (civil calendar arithmetic, H. Hinnant).
    fn to_days(self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468 - 18_262
    }

    fn from_days(days: i64) -> Date {
        let z = days + 18_262 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What a handover carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handover {
    pub answers: Answers,
    /// The person's language (a locale code).
    pub locale: String,
    pub created: Date,
    /// The country pack the answers belong to.
    pub country: Country,
    /// The municipality of a regional site (its id), if one was chosen.
    pub municipality: Option<String>,
}

/// A decoded handover, with the number of answers that could not be used
/// (unknown questions or codes, made by a different version).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub handover: Handover,
    pub dropped: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandoverError {
    Empty,
    TooLarge,
    /// Not `<version>.<data>.<checksum>`, or not URL-safe base64.
    Malformed,
    /// Made by a newer app version: "update the app".
    NewerVersion(u32),
    BadChecksum,
    /// The data ends in the middle of a record.
    Truncated,
    /// A file that is not JSON.
    NotJson,
    /// JSON, but not a handover file.
    NotHandoverFile,
}

impl HandoverError {
    pub fn message_key(&self) -> &'static str {
        match self {
            HandoverError::Empty => "handover-error-empty",
            HandoverError::TooLarge => "handover-error-too-large",
            HandoverError::Malformed => "handover-error-malformed",
            HandoverError::NewerVersion(_) => "handover-error-newer",
            HandoverError::BadChecksum => "handover-error-checksum",
            HandoverError::Truncated => "handover-error-truncated",
            HandoverError::NotJson => "handover-error-not-json",
            HandoverError::NotHandoverFile => "handover-error-not-handover",
        }
    }
}

// ---- encoding ----

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn option_index(pack: &Pack, q: &str, code: &str) -> Option<u64> {
    let set = pack.question(q)?.kind.option_set()?;
    set.options
        .iter()
        .position(|o| *o == code)
        .map(|i| i as u64)
}

/// Version 1 where it says all (Finland, no municipality), else 2.
fn version_for(h: &Handover) -> u32 {
    if h.country == Country::Finland && h.municipality.is_none() {
        1
    } else {
        2
    }
}

fn put_short(out: &mut Vec<u8>, text: &str) {
    let bytes: Vec<u8> = text.bytes().filter(u8::is_ascii).take(40).collect();
    out.push(bytes.len() as u8);
    out.extend(&bytes);
}

fn to_binary(h: &Handover, version: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(128);
    let locale: Vec<u8> = h.locale.bytes().filter(u8::is_ascii).take(12).collect();
    out.push(locale.len() as u8);
    out.extend(&locale);
    put_varint(&mut out, h.created.to_days().max(0) as u64);
    if version >= 2 {
        put_short(&mut out, h.country.code());
        put_short(&mut out, h.municipality.as_deref().unwrap_or(""));
    }
    let pack = h.country.pack();
    let wire = pack.wire;
    let records: Vec<(u64, &Answer)> = wire
        .iter()
        .enumerate()
        .filter_map(|(i, q)| h.answers.get(q).map(|a| (i as u64, a)))
        .collect();
    put_varint(&mut out, records.len() as u64);
    let mut next = 0u64;
    for (i, answer) in records {
        let q = wire[i as usize];
        let (tag, value): (u64, Option<u64>) = match answer {
            Answer::Choice(c) => (0, option_index(pack, q, c)),
            Answer::Choices(cs) => (
                1,
                Some(
                    cs.iter()
                        .filter_map(|c| option_index(pack, q, c))
                        .fold(0u64, |m, i| m | (1 << i)),
                ),
            ),
            Answer::YearMonth { year, month } => (
                2,
                Some((*year as u64).saturating_sub(1950) * 12 + (*month as u64).saturating_sub(1)),
            ),
            Answer::Number(n) => (3, Some(*n as u64)),
            Answer::Text(_) => (4, None),
            Answer::DontKnow => (5, None),
            Answer::PreferNot => (6, None),
            Answer::Skipped => (7, None),
        };
        // The gap to the previous question, not the index: answers are
        // mostly consecutive, so the key fits one byte.
        put_varint(&mut out, (i - next) * 8 + tag);
        next = i + 1;
        if let Some(v) = value {
            put_varint(&mut out, v);
        }
        if let Answer::Text(t) = answer {
            put_varint(&mut out, t.len() as u64);
            out.extend(t.as_bytes());
        }
    }
    out
}

pub fn encode(h: &Handover) -> String {
    let version = version_for(h);
    let data = to_binary(h, version);
    format!(
        "{version}.{}.{}",
        base32_encode(&data),
        base32_encode(&crc32(&data).to_be_bytes())
    )
}

// ---- decoding ----

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, HandoverError> {
        let b = *self.data.get(self.pos).ok_or(HandoverError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, HandoverError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(HandoverError::Malformed)
    }

    fn bytes(&mut self, n: u64) -> Result<&[u8], HandoverError> {
        let n = usize::try_from(n).map_err(|_| HandoverError::Truncated)?;
        let end = self.pos.checked_add(n).ok_or(HandoverError::Truncated)?;
        let out = self
            .data
            .get(self.pos..end)
            .ok_or(HandoverError::Truncated)?;
        self.pos = end;
        Ok(out)
    }
}

fn answer_from(
    pack: &Pack,
    q: &str,
    tag: u64,
    value: Option<u64>,
    text: Option<&[u8]>,
) -> Option<Answer> {
    let kind = pack.question(q)?.kind;
    // A value of the wrong shape for the question is dropped later by
    // validation, like any other answer that does not fit.
    let options = kind.option_set().map(|s| s.options).unwrap_or(&[]);
    Some(match tag {
        0 => Answer::Choice(options.get(usize::try_from(value?).ok()?)?.to_string()),
        1 => {
            let mask = value?;
            if mask >> options.len().min(63) != 0 {
                return None; // a code this version does not know
            }
            Answer::Choices(
                options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, o)| o.to_string())
                    .collect(),
            )
        }
        2 => {
            let m = value?;
            let year = u16::try_from(1950 + m / 12).ok()?;
            Answer::YearMonth {
                year,
                month: (m % 12 + 1) as u8,
            }
        }
        3 => Answer::Number(u32::try_from(value?).ok()?),
        4 => Answer::Text(String::from_utf8(text?.to_vec()).ok()?),
        5 => Answer::DontKnow,
        6 => Answer::PreferNot,
        _ => Answer::Skipped,
    })
}

impl Reader<'_> {
    /// A length byte and that many bytes, kept to letters, digits and `-`.
    fn short(&mut self) -> Result<String, HandoverError> {
        let len = self.byte()?;
        Ok(String::from_utf8_lossy(self.bytes(len as u64)?)
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect())
    }
}

fn from_binary(data: &[u8], version: u32) -> Result<Decoded, HandoverError> {
    let mut r = Reader { data, pos: 0 };
    let locale = r.short()?;
    let days = r.varint()?.min(200_000) as i64;
    let created = Date::from_days(days);
    let (country, municipality) = if version >= 2 {
        let country = Country::from_code(&r.short()?).ok_or(HandoverError::Malformed)?;
        let municipality = Some(r.short()?).filter(|m| !m.is_empty());
        (country, municipality)
    } else {
        (Country::Finland, None)
    };
    let pack = country.pack();
    let count = r.varint()?;
    let mut answers = Answers::default();
    let mut unknown = 0usize;
    let mut given = 0usize;
    let mut next = 0u64;
    for _ in 0..count {
        let key = r.varint()?;
        let (gap, tag) = (key / 8, key % 8);
        let index = next.checked_add(gap).ok_or(HandoverError::Malformed)?;
        next = index.saturating_add(1);
        let value = match tag {
            0..=3 => Some(r.varint()?),
            _ => None,
        };
        let text = if tag == 4 {
            let n = r.varint()?;
            Some(r.bytes(n)?)
        } else {
            None
        };
        let q = usize::try_from(index).ok().and_then(|i| pack.wire.get(i));
        match q.and_then(|q| answer_from(pack, q, tag, value, text).map(|a| (q, a))) {
            Some((q, a)) => {
                given += 1;
                answers.set_in(pack.questions, q, a);
            }
            None => unknown += 1,
        }
    }
    if r.pos != data.len() {
        return Err(HandoverError::Malformed);
    }
    // `set` dropped answers that do not fit or do not apply.
    let dropped = unknown + given.saturating_sub(answers.len());
    Ok(Decoded {
        handover: Handover {
            answers,
            locale,
            created,
            country,
            municipality,
        },
        dropped,
    })
}

pub fn decode(payload: &str) -> Result<Decoded, HandoverError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(HandoverError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(HandoverError::TooLarge);
    }
    let mut parts = payload.split('.');
    let (Some(version), Some(data), Some(sum), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(HandoverError::Malformed);
    };
    let version: u32 = version.parse().map_err(|_| HandoverError::Malformed)?;
    if version > PAYLOAD_VERSION {
        return Err(HandoverError::NewerVersion(version));
    }
    if version == 0 {
        return Err(HandoverError::Malformed);
    }
    let data = base32_decode(data).ok_or(HandoverError::Malformed)?;
    let sum = base32_decode(sum).ok_or(HandoverError::Malformed)?;
    if sum.len() != 4 || crc32(&data).to_be_bytes() != sum[..] {
        return Err(HandoverError::BadChecksum);
    }
    from_binary(&data, version)
}

// ---- the saved file ----

/// The saved file: a small JSON wrapper around the payload (schema in
/// `public/handover.schema.json`). Fields in this order, pretty-printed:
/// the form files made by earlier builds have.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    schema: u32,
    created: String,
    locale: &'a str,
    payload: String,
}

/// What identifies a handover file, read before the rest so that a newer
/// schema is reported as such whatever else it changed.
#[derive(Deserialize)]
struct FileHeader {
    format: String,
    schema: u64,
}

/// `created` and `locale` are only for a person reading the file: the
/// payload holds both.
#[derive(Deserialize)]
struct FileBody {
    payload: String,
}

pub fn to_file(h: &Handover) -> String {
    let file = FileOut {
        format: FILE_FORMAT,
        schema: FILE_SCHEMA,
        created: h.created.iso(),
        locale: &h.locale,
        payload: encode(h),
    };
    // Strings and a number: nothing here can fail.
    serde_json::to_string_pretty(&file).expect("a handover file always serialises")
}

pub fn from_file(text: &str) -> Result<Decoded, HandoverError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(HandoverError::TooLarge);
    }
    if text.trim().is_empty() {
        return Err(HandoverError::Empty);
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|_| HandoverError::NotJson)?;
    let header = FileHeader::deserialize(&value).map_err(|_| HandoverError::NotHandoverFile)?;
    if header.format != FILE_FORMAT {
        return Err(HandoverError::NotHandoverFile);
    }
    if header.schema > u64::from(FILE_SCHEMA) {
        return Err(HandoverError::NewerVersion(
            u32::try_from(header.schema).unwrap_or(u32::MAX),
        ));
    }
    let body = FileBody::deserialize(&value).map_err(|_| HandoverError::NotHandoverFile)?;
    decode(&body.payload)
}

// ---- small codecs (the payload's own, not JSON) ----

/// RFC 4648 base32 without padding: upper-case letters and digits only, so
/// a QR code holds the payload in its denser alphanumeric mode.
const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

pub fn base32_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() * 8 / 5 + 1);
    let mut acc = 0u32;
    let mut bits = 0;
    for b in data {
        acc = (acc << 8) | *b as u32;
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(B32[(acc >> bits & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(B32[(acc << (5 - bits) & 31) as usize] as char);
    }
    out
}

pub fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let v = B32.iter().position(|b| *b == c.to_ascii_uppercase())? as u32;
        acc = (acc << 5 | v) & 0xffff;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits & 0xff) as u8);
        }
    }
    // Leftover bits must be zero padding, fewer than one byte's worth.
    (bits < 5 && acc & ((1 << bits) - 1) == 0).then_some(out)
}

pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for b in data {
        crc ^= *b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questions::QUESTIONS;

    #[test]
    fn every_question_has_a_wire_code_once() {
        for q in QUESTIONS {
            assert_eq!(WIRE.iter().filter(|w| **w == q.id).count(), 1, "{}", q.id);
        }
        assert!(WIRE.len() * 8 < u32::MAX as usize);
    }

    #[test]
    fn option_sets_fit_a_bit_mask() {
        for q in QUESTIONS {
            if let Some(set) = q.kind.option_set() {
                assert!(set.options.len() <= 63, "{}", q.id);
            }
        }
    }

    #[test]
    fn dates_round_trip() {
        for (y, m, d) in [(2020, 1, 1), (2024, 2, 29), (2026, 11, 23), (2031, 12, 31)] {
            let date = Date {
                year: y,
                month: m,
                day: d,
            };
            assert_eq!(Date::from_days(date.to_days()), date);
        }
        assert_eq!(
            Date {
                year: 2020,
                month: 1,
                day: 1
            }
            .to_days(),
            0
        );
    }

    #[test]
    fn base32_and_crc_known_values() {
        assert_eq!(base32_encode(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32_decode("MZXW6YTBOI").unwrap(), b"foobar");
        assert_eq!(base32_encode(b"f"), "MY");
        assert_eq!(base32_decode("MY").unwrap(), b"f");
        assert_eq!(base32_decode("M"), None);
        assert_eq!(base32_decode("MZ"), None, "non-zero padding bits");
        assert_eq!(base32_decode("M1"), None);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }
}
