//! Reading JSON as it streams: a pull parser over the response bytes that hands each value to
//! the shape asking for it, without building a document first. Only documents and union
//! members this client does not know are built as values.
//!
//! The text must be one JSON value (RFC 8259), with nothing but whitespace after it; strings
//! may not hold raw control characters or lone surrogates; nesting deeper than
//! [`MAX_DEPTH`] is refused, as serde_json refuses it.

use std::borrow::Cow;

use serde_json::{Map, Value};

use crate::schema::{MemberSchema, ShapeSchema, same_but_for_casing};
use crate::shape::de::SeenMembers;
use crate::shape::{Decoder, Field, Mode, Shape, ShapeDeserializer};
use crate::types::{Blob, DateTime, Document, TimestampFormat, UnknownMember};
use crate::validate::{Rule, Violations};

/// How deeply arrays and objects may nest: serde_json's recursion limit, so that what this
/// reader takes the strict reader takes too.
pub const MAX_DEPTH: usize = 127;

/// Reads a whole value from JSON text as it streams; empty text is an empty object. A
/// streaming read is lenient: it is how a client reads responses.
pub fn from_slice<T: Shape>(text: &[u8], json_names: bool) -> Result<T, Violations> {
    let mut d = JsonDeserializer::new(if text.is_empty() { b"{}" } else { text }, Mode::Lenient).json_names(json_names);
    let value = T::deserialize(&MemberSchema::ROOT, &mut d);
    d.end();
    d.cx.finish(value)
}
/// The values of the top-level string members `names` of a JSON object, as it streams; none
/// if the text is not an object, and none for a member that is not a string.
pub fn top_level_strings<const N: usize>(text: &[u8], names: [&str; N]) -> [Option<String>; N] {
    let mut out = [const { None }; N];
    let mut d = JsonDeserializer::new(text, Mode::Lenient);
    if d.kind() == Some(Kind::Object) {
        d.object(|d, key| match names.iter().position(|n| *n == key) {
            Some(i) if d.peek() == Some(b'"') => out[i] = d.string().map(Cow::into_owned),
            _ => d.skip(),
        });
    }
    out
}

pub use crate::codec::text::{special_float, timestamp_kind};

/// The kind of the next value, from its first byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}

/// A [`ShapeDeserializer`] over JSON text.
#[derive(Debug)]
pub struct JsonDeserializer<'a> {
    cx: Decoder,
    text: &'a [u8],
    pos: usize,
    depth: usize,
    /// A syntax error was recorded: nothing more is read.
    broken: bool,
    json_names: bool,
    /// Where the object walked by `next_key` is.
    pending: Pending,
}

/// What comes before the next key of an object walked with `next_key`.
#[derive(Debug, Clone, Copy)]
enum Pending {
    First,
    Next,
}

impl<'a> JsonDeserializer<'a> {
    /// A deserializer of `text` in `mode`.
    pub fn new(text: &'a [u8], mode: Mode) -> Self {
        Self {
            cx: Decoder::new(mode),
            text,
            pos: 0,
            depth: 0,
            broken: false,
            json_names: false,
            pending: Pending::First,
        }
    }

    /// Finds members by their `json_name` where they have one (restJson1).
    pub fn json_names(mut self, honor: bool) -> Self {
        self.json_names = honor;
        self
    }

    /// Checks that nothing but whitespace follows the value read.
    pub fn end(&mut self) {
        if !self.broken && self.peek().is_some() {
            self.syntax("trailing characters after the value");
        }
    }

    /// The problems found, with `value` if there were none.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, Violations> {
        self.cx.finish(value)
    }

    /// Whether nothing but whitespace is left.
    pub fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    /// Whether a syntax error was found.
    pub fn is_broken(&self) -> bool {
        self.broken
    }

    /// Whether the value here is a null (not consumed).
    pub fn at_null(&mut self) -> bool {
        !self.broken && self.peek() == Some(b'n')
    }

    /// Opens the object here, for [`JsonDeserializer::next_key`]; anything else is a type
    /// problem (`expected`), consumed.
    pub fn open_object(&mut self, expected: &'static str) -> bool {
        let kind = self.kind();
        if kind != Some(Kind::Object) {
            return self.wrong::<()>(expected, kind).is_some();
        }
        self.pos += 1;
        if !self.enter() {
            return false;
        }
        self.pending = Pending::First;
        true
    }

    /// The next key of the object opened by [`JsonDeserializer::open_object`], with the
    /// position at its value, which the caller must consume (or [`JsonDeserializer::skip_value`]);
    /// `None` at the end of the object or on a syntax error.
    pub fn next_key(&mut self) -> Option<Cow<'a, str>> {
        if self.broken {
            return None;
        }
        if self.eat(b'}') {
            self.depth -= 1;
            return None;
        }
        if matches!(self.pending, Pending::Next) && !self.eat(b',') {
            self.syntax("expected `,` or `}`");
            return None;
        }
        if self.peek() != Some(b'"') {
            self.syntax("expected a key");
            return None;
        }
        let key = self.string()?;
        if !self.eat(b':') {
            self.syntax("expected `:`");
            return None;
        }
        self.pending = Pending::Next;
        Some(key)
    }

    /// Consumes the value here, whatever it is.
    pub fn skip_value(&mut self) {
        self.skip();
    }

    fn syntax(&mut self, what: &str) {
        if !self.broken {
            self.broken = true;
            let found = format!("malformed JSON ({what} at byte {})", self.pos);
            self.cx.report(Rule::Type { expected: "a JSON document", found });
        }
    }

    fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.text.get(self.pos) {
            if matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                self.pos += 1;
            } else {
                return Some(b);
            }
        }
        None
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn kind(&mut self) -> Option<Kind> {
        if self.broken {
            return None;
        }
        let kind = match self.peek() {
            Some(b'{') => Kind::Object,
            Some(b'[') => Kind::Array,
            Some(b'"') => Kind::String,
            Some(b'-' | b'0'..=b'9') => Kind::Number,
            Some(b't' | b'f') => Kind::Bool,
            Some(b'n') => Kind::Null,
            Some(_) => {
                self.syntax("unexpected character");
                return None;
            }
            None => {
                self.syntax("unexpected end of text");
                return None;
            }
        };
        Some(kind)
    }

    fn literal(&mut self, word: &[u8]) -> bool {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            true
        } else {
            self.syntax("invalid literal");
            false
        }
    }

    fn boolean(&mut self) -> Option<bool> {
        match self.text.get(self.pos) {
            Some(b't') => self.literal(b"true").then_some(true),
            _ => self.literal(b"false").then_some(false),
        }
    }

    /// The text of a number, checked against JSON's grammar.
    fn number(&mut self) -> Option<&'a str> {
        let text = self.text;
        let start = self.pos;
        let mut i = start;
        let digits = |i: &mut usize| {
            let from = *i;
            while text.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > from
        };
        if text.get(i) == Some(&b'-') {
            i += 1;
        }
        let ok = match text.get(i) {
            Some(b'0') => {
                i += 1;
                true
            }
            Some(b'1'..=b'9') => digits(&mut i),
            _ => false,
        };
        let ok =
            ok && (text.get(i) != Some(&b'.') || {
                i += 1;
                digits(&mut i)
            }) && (!matches!(text.get(i), Some(b'e' | b'E')) || {
                i += 1;
                if matches!(text.get(i), Some(b'+' | b'-')) {
                    i += 1;
                }
                digits(&mut i)
            });
        if !ok {
            self.pos = i;
            self.syntax("invalid number");
            return None;
        }
        self.pos = i;
        // Only ASCII digits, signs, dots and exponents were accepted.
        std::str::from_utf8(&text[start..i]).ok()
    }

    /// A string, borrowed when it has no escapes.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        let text = self.text;
        self.pos += 1; // the opening quote
        let start = self.pos;
        let mut owned: Option<Vec<u8>> = None;
        let mut run = start;
        loop {
            let Some(&b) = text.get(self.pos) else {
                self.syntax("unterminated string");
                return None;
            };
            match b {
                b'"' => {
                    let out = match owned {
                        None => std::str::from_utf8(&text[start..self.pos]).ok().map(Cow::Borrowed),
                        Some(mut buf) => {
                            buf.extend_from_slice(&text[run..self.pos]);
                            String::from_utf8(buf).ok().map(Cow::Owned)
                        }
                    };
                    self.pos += 1;
                    if out.is_none() {
                        self.syntax("invalid UTF-8 in a string");
                    }
                    return out;
                }
                b'\\' => {
                    let buf = owned.get_or_insert_with(Vec::new);
                    buf.extend_from_slice(&text[run..self.pos]);
                    self.pos += 1;
                    let Some(&escape) = text.get(self.pos) else {
                        self.syntax("unterminated string");
                        return None;
                    };
                    self.pos += 1;
                    let plain = match escape {
                        b'"' => b'"',
                        b'\\' => b'\\',
                        b'/' => b'/',
                        b'b' => 0x08,
                        b'f' => 0x0c,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'u' => {
                            let c = self.unicode_escape()?;
                            let mut utf8 = [0; 4];
                            owned.get_or_insert_with(Vec::new).extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
                            run = self.pos;
                            continue;
                        }
                        _ => {
                            self.syntax("invalid escape");
                            return None;
                        }
                    };
                    buf.push(plain);
                    run = self.pos;
                }
                0x00..=0x1f => {
                    self.syntax("control character in a string");
                    return None;
                }
                _ => self.pos += 1,
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.pos..self.pos + 4).and_then(|h| std::str::from_utf8(h).ok());
        match digits
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .filter(|_| digits.is_some_and(|h| !h.starts_with('+')))
        {
            Some(n) => {
                self.pos += 4;
                Some(n)
            }
            None => {
                self.syntax("invalid unicode escape");
                None
            }
        }
    }

    /// The character of a `\u` escape (the `\u` read), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.text[self.pos..].starts_with(b"\\u") {
                    self.syntax("lone leading surrogate in a unicode escape");
                    return None;
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    self.syntax("invalid trailing surrogate in a unicode escape");
                    return None;
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => {
                self.syntax("lone trailing surrogate in a unicode escape");
                return None;
            }
            other => other,
        };
        char::from_u32(code).or_else(|| {
            self.syntax("invalid unicode escape");
            None
        })
    }

    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.syntax("nesting too deep");
            return false;
        }
        true
    }

    /// Walks the entries of the object that starts here: `entry` is called with each key, with
    /// the position at its value, and must consume that value.
    fn object(&mut self, mut entry: impl FnMut(&mut Self, Cow<'a, str>)) -> bool {
        self.pos += 1; // `{`
        if !self.enter() {
            return false;
        }
        // The walk of an enclosing object (by `next_key`) resumes where it was once this one ends.
        let outer = std::mem::replace(&mut self.pending, Pending::First);
        while let Some(key) = self.next_key() {
            entry(self, key);
        }
        self.pending = outer;
        !self.broken
    }

    /// Walks the items of the array that starts here: `item` is called at each one, with its
    /// index, and must consume it.
    fn array(&mut self, mut item: impl FnMut(&mut Self, usize)) -> bool {
        self.pos += 1; // `[`
        if !self.enter() {
            return false;
        }
        if !self.eat(b']') {
            let mut i = 0;
            loop {
                item(self, i);
                if self.broken {
                    return false;
                }
                i += 1;
                if self.eat(b',') {
                    continue;
                }
                if self.eat(b']') {
                    break;
                }
                self.syntax("expected `,` or `]`");
                return false;
            }
        }
        self.depth -= 1;
        true
    }

    /// Consumes the value here, whatever it is.
    fn skip(&mut self) {
        match self.kind() {
            Some(Kind::Object) => {
                self.object(|d, _| d.skip());
            }
            Some(Kind::Array) => {
                self.array(|d, _| d.skip());
            }
            Some(Kind::String) => {
                self.string();
            }
            Some(Kind::Number) => {
                self.number();
            }
            Some(Kind::Bool) => {
                self.boolean();
            }
            Some(Kind::Null) => {
                self.literal(b"null");
            }
            None => {}
        }
    }

    /// Builds the value here as a document.
    fn value(&mut self) -> Option<Value> {
        Some(match self.kind()? {
            Kind::Object => {
                let mut map = Map::new();
                let ok = self.object(|d, key| {
                    if let Some(v) = d.value() {
                        map.insert(key.into_owned(), v);
                    }
                });
                if !ok {
                    return None;
                }
                Value::Object(map)
            }
            Kind::Array => {
                let mut items = Vec::new();
                let ok = self.array(|d, _| {
                    if let Some(v) = d.value() {
                        items.push(v);
                    }
                });
                if !ok {
                    return None;
                }
                Value::Array(items)
            }
            Kind::String => Value::String(self.string()?.into_owned()),
            Kind::Number => {
                let text = self.number()?;
                match serde_json::from_str::<serde_json::Number>(text) {
                    Ok(number) => Value::Number(number),
                    Err(_) => {
                        self.syntax("number out of range");
                        return None;
                    }
                }
            }
            Kind::Bool => Value::Bool(self.boolean()?),
            Kind::Null => {
                self.literal(b"null");
                Value::Null
            }
        })
    }

    /// Records that the value here is not of the `expected` type, and consumes it.
    fn wrong<T>(&mut self, expected: &'static str, kind: Option<Kind>) -> Option<T> {
        self.report_wrong(expected, kind);
        None
    }

    /// The body of [`JsonDeserializer::wrong`], one copy for every type read; `None` where the
    /// input is broken and there is nothing to report.
    fn report_wrong(&mut self, expected: &'static str, kind: Option<Kind>) -> Option<()> {
        let kind = kind?;
        let (found, what) = match kind {
            Kind::Object => ("an object".to_owned(), "an object"),
            Kind::Array => ("an array".to_owned(), "an array"),
            Kind::Null => ("null".to_owned(), "null"),
            Kind::Bool => (format!("boolean {}", self.boolean()?), "a boolean"),
            Kind::Number => (format!("number {}", self.number()?), "a number"),
            Kind::String => (super::describe_string(&self.string()?), "a string"),
        };
        if matches!(kind, Kind::Object | Kind::Array | Kind::Null) {
            self.skip();
        }
        if self.broken {
            return None;
        }
        self.cx.report_wrong_type(expected, what, Some(found));
        Some(())
    }

    fn key_matches(&self, member: &MemberSchema, key: &str) -> bool {
        super::key_of(member, self.json_names) == key
    }
}

impl ShapeDeserializer for JsonDeserializer<'_> {
    fn decoder(&mut self) -> &mut Decoder {
        &mut self.cx
    }

    fn read_struct<F: FnMut(&mut Self, usize)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut members: F,
    ) -> bool {
        let kind = self.kind();
        if kind != Some(Kind::Object) {
            return self.wrong::<()>("object", kind).is_some();
        }
        // Which members were seen, for the check of required ones; a bit each for most shapes.
        let mut seen = SeenMembers::default();
        // The first key that is a member under another casing, while no key has matched.
        let mut miscased: Option<(String, &'static str)> = None;
        let ok = self.object(|d, key| {
            let Some(i) = shape.members.iter().position(|m| d.key_matches(m, &key)) else {
                if key != "__type" && d.peek() != Some(b'n') {
                    d.cx.unknown_member(&key);
                }
                if miscased.is_none() && seen.is_empty() {
                    let names = shape.members.iter().map(|m| super::key_of(m, d.json_names));
                    miscased =
                        names.into_iter().find(|name| same_but_for_casing(name, &key)).map(|n| (key.to_string(), n));
                }
                d.skip();
                return;
            };
            if d.peek() == Some(b'n') {
                // A null member is an absent one.
                d.skip();
                return;
            }
            seen.mark(i);
            members(d, i);
        });
        if !ok {
            return false;
        }
        if let Some((key, member)) = miscased.filter(|_| seen.is_empty() && !self.cx.is_strict()) {
            self.cx.miscased_member(&key, member);
            return false;
        }
        seen.report_missing(&mut self.cx, shape);
        true
    }

    fn read_union<F: FnMut(&mut Self, Field<'_>)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut member: F,
    ) -> bool {
        let kind = self.kind();
        if kind != Some(Kind::Object) {
            return self.wrong::<()>("object", kind).is_some();
        }
        let mut set: Vec<String> = Vec::new();
        let ok = self.object(|d, key| {
            if key == "__type" || d.peek() == Some(b'n') {
                d.skip();
                return;
            }
            set.push(key.to_string());
            if set.len() > 1 {
                d.skip();
                return;
            }
            let field = match shape.members.iter().position(|m| d.key_matches(m, &key)) {
                Some(i) => Field::Known(i),
                None => Field::Unknown(&key),
            };
            member(d, field);
        });
        if !ok {
            return false;
        }
        match set.len() {
            1 => true,
            0 => {
                self.cx.empty_union();
                false
            }
            _ => {
                let names: Vec<&str> = set.iter().map(String::as_str).collect();
                self.cx.crowded_union(&names);
                false
            }
        }
    }

    fn read_unknown_member(&mut self, name: &str) -> Option<UnknownMember> {
        if self.cx.is_strict() {
            self.cx.unknown_member(name);
            self.skip();
            return None;
        }
        Some(UnknownMember { name: name.to_owned(), value: self.value()? })
    }

    fn read_list<F: FnMut(&mut Self)>(&mut self, _: &MemberSchema, mut item: F) -> bool {
        let kind = self.kind();
        if kind != Some(Kind::Array) {
            return self.wrong::<()>("list", kind).is_some();
        }
        self.array(|d, i| {
            d.cx.push_index(i);
            item(d);
            d.cx.pop();
        })
    }

    fn read_map<F: FnMut(&mut Self, String)>(&mut self, _: &MemberSchema, mut entry: F) -> bool {
        let kind = self.kind();
        if kind != Some(Kind::Object) {
            return self.wrong::<()>("map", kind).is_some();
        }
        self.object(|d, key| {
            d.cx.push_key(&key);
            entry(d, key.into_owned());
            d.cx.pop();
        })
    }

    fn read_null(&mut self) -> bool {
        if !self.broken && self.peek() == Some(b'n') {
            self.literal(b"null");
            true
        } else {
            false
        }
    }

    fn read_string(&mut self, _: &MemberSchema, expected: &'static str) -> Option<String> {
        match self.kind() {
            Some(Kind::String) => self.string().map(Cow::into_owned),
            other => self.wrong(expected, other),
        }
    }

    fn read_bool(&mut self, _: &MemberSchema) -> Option<bool> {
        match self.kind() {
            Some(Kind::Bool) => self.boolean(),
            other => self.wrong("boolean", other),
        }
    }

    fn read_integer(&mut self, _: &MemberSchema, expected: &'static str, min: i64, max: i64) -> Option<i64> {
        match self.kind() {
            Some(Kind::Number) => {
                let text = self.number()?;
                match text.parse::<i64>().ok().filter(|n| (min..=max).contains(n)) {
                    Some(n) => Some(n),
                    None => self.cx.wrong_type(expected, "a number", || format!("number {text}")),
                }
            }
            other => self.wrong(expected, other),
        }
    }

    fn read_float(&mut self, _: &MemberSchema, expected: &'static str) -> Option<f64> {
        match self.kind() {
            Some(Kind::Number) => {
                let text = self.number()?;
                match text.parse::<f64>() {
                    Ok(f) if f.is_finite() => Some(f),
                    _ => self.cx.wrong_type(expected, "a number", || format!("number {text}")),
                }
            }
            Some(Kind::String) => {
                let s = self.string()?;
                match special_float(&s) {
                    Some(f) => Some(f),
                    None => self.cx.wrong_type(expected, "a string", || format!("string {s:?}")),
                }
            }
            other => self.wrong(expected, other),
        }
    }

    fn read_blob(&mut self, _: &MemberSchema) -> Option<Blob> {
        match self.kind() {
            Some(Kind::String) => {
                let s = self.string()?;
                match Blob::from_base64(&s) {
                    Some(b) => Some(b),
                    None => self.cx.wrong_type("base64 blob", "a string", || format!("string {s:?}")),
                }
            }
            other => self.wrong("base64 blob", other),
        }
    }

    fn read_timestamp(&mut self, member: &MemberSchema) -> Option<DateTime> {
        let format = member.timestamp_format.unwrap_or(TimestampFormat::EpochSeconds);
        let expected = timestamp_kind(format);
        match (format, self.kind()) {
            (TimestampFormat::DateTime | TimestampFormat::HttpDate, Some(Kind::String)) => {
                let s = self.string()?;
                let parsed = if format == TimestampFormat::DateTime {
                    DateTime::parse_date_time(&s)
                } else {
                    DateTime::parse_http_date(&s)
                };
                match parsed {
                    Ok(t) => Some(t),
                    Err(_) => self.cx.wrong_type(expected, "a string", || format!("string {s:?}")),
                }
            }
            (TimestampFormat::EpochSeconds, Some(Kind::Number)) => {
                let text = self.number()?;
                match text.parse::<f64>().ok().and_then(|f| DateTime::from_epoch_f64(f).ok()) {
                    Some(t) => Some(t),
                    None => self.cx.wrong_type(expected, "a number", || format!("number {text}")),
                }
            }
            (_, other) => self.wrong(expected, other),
        }
    }

    fn read_document(&mut self, _: &MemberSchema) -> Option<Document> {
        self.value()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lenient<T: Shape>(text: &str) -> Result<T, Violations> {
        from_slice(text.as_bytes(), false)
    }

    fn problems<T: Shape>(text: &str, mode: Mode) -> Vec<String> {
        let mut d = JsonDeserializer::new(text.as_bytes(), mode);
        let out = T::deserialize(&MemberSchema::ROOT, &mut d);
        d.end();
        match d.finish(out) {
            Ok(_) => Vec::new(),
            Err(v) => v.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn reads_scalars_lists_maps_and_documents() {
        assert_eq!(lenient::<Vec<i32>>(" [1, 2 ,3] "), Ok(vec![1, 2, 3]));
        assert_eq!(
            lenient::<Vec<String>>(r#"["a\"b\\\n\u0001é", "\ud83d\ude00", "x\/y"]"#).unwrap(),
            ["a\"b\\\n\u{1}é", "😀", "x/y"]
        );
        assert_eq!(lenient::<Vec<Option<i32>>>("[1,null,2]"), Ok(vec![Some(1), None, Some(2)]));
        // A dense list skips nulls when read leniently.
        assert_eq!(lenient::<Vec<i32>>("[1,null,2]"), Ok(vec![1, 2]));
        let map: std::collections::BTreeMap<String, Vec<f64>> =
            lenient(r#"{"a": ["-Infinity", 1.5e3], "b": [-0.25]}"#).unwrap();
        assert_eq!(map["a"][0], f64::NEG_INFINITY);
        assert_eq!(map["a"][1], 1500.0);
        assert_eq!(map["b"], [-0.25]);
        let doc: Document = lenient(r#"{"x": [1, 2.5, "s", true, null, {}]}"#).unwrap();
        assert_eq!(doc, serde_json::json!({"x": [1, 2.5, "s", true, null, {}]}));
        assert_eq!(lenient::<i64>(&i64::MAX.to_string()), Ok(i64::MAX));
    }

    #[test]
    fn wrong_types_name_what_was_found_with_its_path() {
        assert_eq!(problems::<Vec<i32>>(r#"[1, "x"]"#, Mode::Lenient), ["`[1]` expected integer, found string \"x\""]);
        assert_eq!(problems::<Vec<i8>>("[300]", Mode::Lenient), ["`[0]` expected byte, found number 300"]);
        assert_eq!(problems::<Vec<i32>>("[3.5]", Mode::Lenient), ["`[0]` expected integer, found number 3.5"]);
        assert_eq!(problems::<Vec<bool>>("[{\"a\": [1]}]", Mode::Lenient), ["`[0]` expected boolean, found an object"]);
        // Strictly, every problem, and a null in a dense list is one.
        assert_eq!(
            problems::<Vec<i32>>(r#"[1, "x", null]"#, Mode::Strict),
            ["`[1]` expected integer, found string \"x\"", "`[2]` expected a non-null list element, found null"]
        );
    }

    #[test]
    fn malformed_text_is_one_problem() {
        for text in [
            "[1,",
            "[1 2]",
            "{\"a\" 1}",
            "[01]",
            "[1.]",
            "[-]",
            "[tru]",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\u{1}\"",
            "[1]]",
            "{\"a\":1,}",
            "[\"abc",
        ] {
            let found = problems::<Document>(text, Mode::Lenient);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].contains("malformed JSON"), "{text}: {found:?}");
        }
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(problems::<Document>(&deep, Mode::Lenient)[0].contains("nesting too deep"));
        let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(problems::<Document>(&fine, Mode::Lenient).is_empty());
    }

    #[test]
    fn documents_agree_with_serde_json() {
        for text in [r#"{"a":{"b":[1,-2,3.25e-2,1E+2,"\u00e9\t"]},"c":null,"d":false}"#, "[]", "0", "\"\""] {
            let ours: Document = lenient(text).unwrap();
            let theirs: Value = serde_json::from_str(text).unwrap();
            assert_eq!(ours, theirs, "{text}");
        }
    }
}
