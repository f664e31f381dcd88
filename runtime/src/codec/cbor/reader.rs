//! Reading CBOR as it streams: minicbor's `Decoder` walks the response bytes and hands each value
//! to the shape asking for it, without building a value tree first. Only documents and union
//! members this client does not know are built as values.
//!
//! The bytes must be one well-formed CBOR data item (RFC 8949) with nothing after it. Arrays,
//! maps, text and byte strings may have definite or indefinite lengths (strings in chunks);
//! floats may be half, single or double; `undefined` reads as null. Nesting deeper than
//! [`MAX_DEPTH`] is refused, as the JSON reader refuses it.

use std::borrow::Cow;
use std::fmt::Display;

use minicbor::data::Type;
use serde_json::{Map, Number, Value};

use super::TIMESTAMP_TAG;
use crate::codec::text::{self, describe_string};
use crate::schema::{MemberSchema, ShapeSchema, same_but_for_casing};
use crate::shape::de::SeenMembers;
use crate::shape::{Decoder, Field, Mode, Shape, ShapeDeserializer};
use crate::types::{Blob, DateTime, Document, UnknownMember, base64_encode};
use crate::validate::{Rule, Violations};

/// How deeply arrays and maps may nest.
pub const MAX_DEPTH: usize = 127;

/// What a timestamp is on this wire, in a type problem.
const TIMESTAMP: &str = "epoch-seconds timestamp (tag 1)";

/// Reads a whole value from CBOR as it streams; no bytes at all are an empty map.
pub fn from_slice<T: Shape>(bytes: &[u8], mode: Mode) -> Result<T, Violations> {
    let mut d = CborDeserializer::new(if bytes.is_empty() { &[0xa0] } else { bytes }, mode);
    let value = T::deserialize(&MemberSchema::ROOT, &mut d);
    d.end();
    d.finish(value)
}

/// The values of the top-level text members `names` of a CBOR map; none if the bytes are not a
/// map, and none for a member that is not text.
pub fn top_level_strings<const N: usize>(bytes: &[u8], names: [&str; N]) -> [Option<String>; N] {
    let mut out = [const { None }; N];
    let mut d = CborDeserializer::new(bytes, Mode::Lenient);
    if matches!(d.kind(), Some(Type::Map | Type::MapIndef)) {
        d.map(|d, key| match names.iter().position(|n| *n == key) {
            Some(i) if matches!(d.kind(), Some(Type::String | Type::StringIndef)) => {
                out[i] = d.text().map(Cow::into_owned);
            }
            _ => d.skip(),
        });
    }
    out
}

/// A [`ShapeDeserializer`] over CBOR bytes.
#[derive(Debug)]
pub struct CborDeserializer<'a> {
    cx: Decoder,
    d: minicbor::Decoder<'a>,
    depth: usize,
    /// A malformed item was found: nothing more is read.
    broken: bool,
}

impl<'a> CborDeserializer<'a> {
    /// A deserializer of `bytes` in `mode`.
    pub fn new(bytes: &'a [u8], mode: Mode) -> Self {
        Self { cx: Decoder::new(mode), d: minicbor::Decoder::new(bytes), depth: 0, broken: false }
    }

    /// Checks that nothing follows the value read.
    pub fn end(&mut self) {
        if !self.broken && self.d.position() < self.d.input().len() {
            let at = self.d.position();
            self.malformed(format_args!("bytes after the value, at position {at}"));
        }
    }

    /// The problems found, with `value` if there were none.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, Violations> {
        self.cx.finish(value)
    }

    /// Whether a malformed item was found.
    pub fn is_broken(&self) -> bool {
        self.broken
    }

    fn malformed(&mut self, what: impl Display) {
        if !self.broken {
            self.broken = true;
            let found = format!("malformed CBOR ({what})");
            self.cx.report(Rule::Type { expected: "a CBOR data item", found });
        }
    }

    /// The value of a decoder step; a failed one is malformed input.
    fn ok<T>(&mut self, read: Result<T, minicbor::decode::Error>) -> Option<T> {
        read.map_err(|e| self.malformed(e)).ok()
    }

    /// The type of the next item, not consumed; `None` (and the input broken) where there is
    /// none, or where its first byte is a break or a reserved value.
    fn kind(&mut self) -> Option<Type> {
        if self.broken {
            return None;
        }
        let kind = self.d.datatype();
        match self.ok(kind)? {
            Type::Break => {
                let at = self.d.position();
                self.malformed(format_args!("a break outside an indefinite-length item, at position {at}"));
                None
            }
            Type::Unknown(byte) => {
                let at = self.d.position();
                self.malformed(format_args!("reserved initial byte {byte:#04x} at position {at}"));
                None
            }
            kind => Some(kind),
        }
    }

    /// Whether the value here is a null or undefined (not consumed).
    fn at_null(&mut self) -> bool {
        !self.broken && matches!(self.d.datatype(), Ok(Type::Null | Type::Undefined))
    }

    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.malformed("nesting too deep");
            return false;
        }
        true
    }

    /// Consumes the break that ends an indefinite-length item, if it is here.
    fn at_break(&mut self) -> bool {
        let kind = self.d.datatype();
        match self.ok(kind) {
            Some(Type::Break) => {
                // One byte, 0xff, which the decoder has no method to consume.
                self.d.set_position(self.d.position() + 1);
                true
            }
            _ => false,
        }
    }

    /// Walks `len` items (`None`: until a break), calling `each` with the index of each one,
    /// which must consume it (an array's item, a map's key and value).
    fn items(&mut self, len: Option<u64>, mut each: impl FnMut(&mut Self, u64)) -> bool {
        if !self.enter() {
            return false;
        }
        let mut i = 0u64;
        while !self.broken {
            match len {
                Some(n) if i == n => break,
                None if self.at_break() => break,
                _ => {}
            }
            if self.broken {
                break;
            }
            each(self, i);
            i += 1;
        }
        self.depth -= 1;
        !self.broken
    }

    /// Walks the array here: `item` is called at each item, with its index, and must consume it.
    fn array(&mut self, mut item: impl FnMut(&mut Self, usize)) -> bool {
        let head = self.d.array();
        let Some(len) = self.ok(head) else { return false };
        self.items(len, |d, i| item(d, i as usize))
    }

    /// Walks the map here: `entry` is called with each key, with the position at its value, and
    /// must consume that value. A key that is not text is a type problem, skipped with its value.
    fn map(&mut self, mut entry: impl FnMut(&mut Self, Cow<'a, str>)) -> bool {
        let head = self.d.map();
        let Some(len) = self.ok(head) else { return false };
        self.items(len, |d, _| match d.kind() {
            Some(Type::String | Type::StringIndef) => {
                if let Some(key) = d.text() {
                    entry(d, key);
                }
            }
            kind => {
                d.report_wrong("a text key", kind);
                d.skip();
            }
        })
    }

    /// The text here (definite, or indefinite in chunks), which must be text.
    fn text(&mut self) -> Option<Cow<'a, str>> {
        let read = match self.d.datatype() {
            Ok(Type::StringIndef) => self.d.str_iter().and_then(|chunks| chunks.collect()).map(Cow::Owned),
            _ => self.d.str().map(Cow::Borrowed),
        };
        self.ok(read)
    }

    /// The bytes here (definite, or indefinite in chunks), which must be a byte string.
    fn bytes(&mut self) -> Option<Vec<u8>> {
        let read = match self.d.datatype() {
            Ok(Type::BytesIndef) => self.d.bytes_iter().and_then(|mut chunks| {
                chunks.try_fold(Vec::new(), |mut all, chunk| {
                    all.extend_from_slice(chunk?);
                    Ok(all)
                })
            }),
            _ => self.d.bytes().map(<[u8]>::to_vec),
        };
        self.ok(read)
    }

    /// The integer here, which must be one.
    fn int(&mut self) -> Option<i128> {
        let read = self.d.int();
        self.ok(read).map(i128::from)
    }

    /// The float here, of type `kind`, widened.
    fn float(&mut self, kind: Type) -> Option<f64> {
        match kind {
            Type::F16 => {
                // minicbor widens halves only with its `half` feature: two bytes after the head.
                let at = self.d.position();
                match self.d.input().get(at + 1..at + 3) {
                    Some(&[high, low]) => {
                        self.d.set_position(at + 3);
                        Some(widen_half(u16::from_be_bytes([high, low])))
                    }
                    _ => {
                        self.malformed(format_args!("end of input bytes in a half float at position {at}"));
                        None
                    }
                }
            }
            Type::F32 => {
                let read = self.d.f32();
                self.ok(read).map(f64::from)
            }
            _ => {
                let read = self.d.f64();
                self.ok(read)
            }
        }
    }

    /// The number of the tag here, consumed.
    fn tag(&mut self) -> Option<u64> {
        let read = self.d.tag();
        self.ok(read).map(|tag| tag.as_u64())
    }

    /// Consumes the item here, whatever it is.
    fn skip(&mut self) {
        if self.kind().is_some() {
            let skipped = self.d.skip();
            self.ok(skipped);
        }
    }

    /// Builds the item here as a document: maps with text keys are objects, byte strings base64
    /// text, a tag's value stands for it, `NaN` and the infinities are their names as text.
    fn value(&mut self) -> Option<Value> {
        let mut kind = self.kind()?;
        // Tags are walked, not recursed into: a chain of them costs no stack.
        while kind == Type::Tag {
            self.tag()?;
            kind = self.kind()?;
        }
        Some(match kind {
            Type::Map | Type::MapIndef => {
                let mut members = Map::new();
                let ok = self.map(|d, key| {
                    if let Some(v) = d.value() {
                        members.insert(key.into_owned(), v);
                    }
                });
                if !ok {
                    return None;
                }
                Value::Object(members)
            }
            Type::Array | Type::ArrayIndef => {
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
            Type::String | Type::StringIndef => Value::String(self.text()?.into_owned()),
            Type::Bytes | Type::BytesIndef => Value::String(base64_encode(&self.bytes()?)),
            Type::Bool => {
                let read = self.d.bool();
                Value::Bool(self.ok(read)?)
            }
            Type::F16 | Type::F32 | Type::F64 => {
                let f = self.float(kind)?;
                Number::from_f64(f).map_or_else(|| Value::String(text::float(f)), Value::Number)
            }
            Type::U8 | Type::U16 | Type::U32 | Type::U64 | Type::I8 | Type::I16 | Type::I32 | Type::I64 | Type::Int => {
                let n = self.int()?;
                let number = i64::try_from(n).map(Number::from).or_else(|_| u64::try_from(n).map(Number::from));
                // Below -2^63 only a double holds it.
                Value::Number(number.unwrap_or_else(|_| Number::from_f64(n as f64).unwrap_or(Number::from(0))))
            }
            // Null, undefined and the other simple values.
            _ => {
                self.skip();
                Value::Null
            }
        })
    }

    /// Records that the value here is not of the `expected` type, and consumes it.
    fn wrong<T>(&mut self, expected: &'static str, kind: Option<Type>) -> Option<T> {
        self.report_wrong(expected, kind);
        None
    }

    /// The body of [`CborDeserializer::wrong`], one copy for every type read; `None` where the
    /// input is broken and there is nothing to report.
    fn report_wrong(&mut self, expected: &'static str, kind: Option<Type>) -> Option<()> {
        let kind = kind?;
        let (found, what) = match kind {
            Type::Bool => {
                let read = self.d.bool();
                (format!("boolean {}", self.ok(read)?), "a boolean")
            }
            Type::U8 | Type::U16 | Type::U32 | Type::U64 | Type::I8 | Type::I16 | Type::I32 | Type::I64 | Type::Int => {
                (format!("integer {}", self.int()?), "an integer")
            }
            Type::F16 | Type::F32 | Type::F64 => (format!("float {}", self.float(kind)?), "a float"),
            Type::String | Type::StringIndef => (describe_string(&self.text()?), "a string"),
            Type::Tag => {
                let tag = self.tag()?;
                self.skip();
                (format!("a value with tag {tag}"), "a tagged value")
            }
            other => {
                let what = match other {
                    Type::Null => "null",
                    Type::Undefined => "undefined",
                    Type::Bytes | Type::BytesIndef => "a byte string",
                    Type::Array | Type::ArrayIndef => "an array",
                    Type::Map | Type::MapIndef => "a map",
                    _ => "a simple value",
                };
                self.skip();
                (what.to_owned(), what)
            }
        };
        if self.broken {
            return None;
        }
        self.cx.report_wrong_type(expected, what, Some(found));
        Some(())
    }
}

/// The value of an IEEE 754 half-precision float, exactly (a double holds every one).
fn widen_half(bits: u16) -> f64 {
    let sign = if bits & 0x8000 == 0 { 1.0 } else { -1.0 };
    let exponent = i32::from((bits >> 10) & 0x1f);
    let fraction = f64::from(bits & 0x03ff);
    let magnitude = match exponent {
        // Subnormal: no implicit leading 1.
        0 => fraction * 2f64.powi(-24),
        0x1f if fraction == 0.0 => f64::INFINITY,
        0x1f => f64::NAN,
        e => (1024.0 + fraction) * 2f64.powi(e - 25),
    };
    sign * magnitude
}

/// Whether an item of type `kind` is an integer.
fn is_integer(kind: Type) -> bool {
    matches!(
        kind,
        Type::U8 | Type::U16 | Type::U32 | Type::U64 | Type::I8 | Type::I16 | Type::I32 | Type::I64 | Type::Int
    )
}

/// Whether an item of type `kind` is a float.
fn is_float(kind: Type) -> bool {
    matches!(kind, Type::F16 | Type::F32 | Type::F64)
}

impl ShapeDeserializer for CborDeserializer<'_> {
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
        if !matches!(kind, Some(Type::Map | Type::MapIndef)) {
            return self.wrong::<()>("structure", kind).is_some();
        }
        // Which members were seen, for the check of required ones; a bit each for most shapes.
        let mut seen = SeenMembers::default();
        // The first key that is a member under another casing, while no key has matched.
        let mut miscased: Option<(String, &'static str)> = None;
        let ok = self.map(|d, key| {
            let Some(i) = shape.members.iter().position(|m| m.name == key) else {
                if key != "__type" && !d.at_null() {
                    d.cx.unknown_member(&key);
                }
                if miscased.is_none() && seen.is_empty() {
                    let names = shape.members.iter().map(|m| m.name);
                    miscased =
                        names.into_iter().find(|name| same_but_for_casing(name, &key)).map(|n| (key.to_string(), n));
                }
                d.skip();
                return;
            };
            if d.at_null() {
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
        if !matches!(kind, Some(Type::Map | Type::MapIndef)) {
            return self.wrong::<()>("union", kind).is_some();
        }
        let mut set: Vec<String> = Vec::new();
        let ok = self.map(|d, key| {
            if key == "__type" || d.at_null() {
                d.skip();
                return;
            }
            set.push(key.to_string());
            if set.len() > 1 {
                d.skip();
                return;
            }
            let field = match shape.members.iter().position(|m| m.name == key) {
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
        if !matches!(kind, Some(Type::Array | Type::ArrayIndef)) {
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
        if !matches!(kind, Some(Type::Map | Type::MapIndef)) {
            return self.wrong::<()>("map", kind).is_some();
        }
        self.map(|d, key| {
            d.cx.push_key(&key);
            entry(d, key.into_owned());
            d.cx.pop();
        })
    }

    fn read_null(&mut self) -> bool {
        if self.at_null() {
            self.skip();
            true
        } else {
            false
        }
    }

    fn read_string(&mut self, _: &MemberSchema, expected: &'static str) -> Option<String> {
        match self.kind() {
            Some(Type::String | Type::StringIndef) => self.text().map(Cow::into_owned),
            other => self.wrong(expected, other),
        }
    }

    fn read_bool(&mut self, _: &MemberSchema) -> Option<bool> {
        match self.kind() {
            Some(Type::Bool) => {
                let read = self.d.bool();
                self.ok(read)
            }
            other => self.wrong("boolean", other),
        }
    }

    fn read_integer(&mut self, _: &MemberSchema, expected: &'static str, min: i64, max: i64) -> Option<i64> {
        match self.kind() {
            Some(kind) if is_integer(kind) => {
                let n = self.int()?;
                match i64::try_from(n).ok().filter(|n| (min..=max).contains(n)) {
                    Some(n) => Some(n),
                    None => self.cx.wrong_type(expected, "an integer", || format!("integer {n}")),
                }
            }
            other => self.wrong(expected, other),
        }
    }

    fn read_float(&mut self, _: &MemberSchema, expected: &'static str) -> Option<f64> {
        match self.kind() {
            Some(kind) if is_float(kind) => self.float(kind),
            // Smithy lets a float be sent as an integer where none of it is lost.
            Some(kind) if is_integer(kind) => self.int().map(|n| n as f64),
            other => self.wrong(expected, other),
        }
    }

    fn read_blob(&mut self, _: &MemberSchema) -> Option<Blob> {
        match self.kind() {
            Some(Type::Bytes | Type::BytesIndef) => self.bytes().map(Blob),
            other => self.wrong("blob (a byte string)", other),
        }
    }

    fn read_timestamp(&mut self, _: &MemberSchema) -> Option<DateTime> {
        // Epoch seconds whatever the member's format: Smithy's rpcv2Cbor ignores the trait.
        match self.kind() {
            Some(Type::Tag) => {}
            other => return self.wrong(TIMESTAMP, other),
        }
        let tag = self.tag()?;
        let kind = self.kind();
        let seconds = match kind {
            _ if tag != TIMESTAMP_TAG => {
                self.skip();
                return self.cx.wrong_type(TIMESTAMP, "a tagged value", || format!("a value with tag {tag}"));
            }
            Some(kind) if is_integer(kind) => self.int()? as f64,
            Some(kind) if is_float(kind) => self.float(kind)?,
            other => return self.wrong(TIMESTAMP, other),
        };
        match DateTime::from_epoch_f64(seconds) {
            Ok(t) => Some(t),
            Err(_) => self.cx.wrong_type(TIMESTAMP, "a number", || format!("{seconds} seconds")),
        }
    }

    fn read_document(&mut self, _: &MemberSchema) -> Option<Document> {
        self.value()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_widen_exactly() {
        assert_eq!(widen_half(0x3c00), 1.0);
        assert_eq!(widen_half(0x3e00), 1.5);
        assert_eq!(widen_half(0x47a0), 7.625);
        assert_eq!(widen_half(0xc000), -2.0);
        assert_eq!(widen_half(0x7bff), 65504.0);
        // The smallest subnormal, and one with more bits.
        assert_eq!(widen_half(0x0001), 2f64.powi(-24));
        assert_eq!(widen_half(0x0050), 4.76837158203125e-06);
        assert_eq!(widen_half(0x7c00), f64::INFINITY);
        assert_eq!(widen_half(0xfc00), f64::NEG_INFINITY);
        assert!(widen_half(0x7c01).is_nan() && widen_half(0x7e00).is_nan());
        assert_eq!(widen_half(0x8000).to_bits(), (-0.0f64).to_bits());
    }

    #[test]
    fn error_fields_come_from_the_top_level_map() {
        // {"__type": "a#B", "nested": {"message": "no"}, "Message": 1, "message": (_ "h" "i")}
        let mut body = vec![0xa4, 0x66];
        body.extend_from_slice(b"__type");
        body.extend_from_slice(&[0x63, b'a', b'#', b'B', 0x66]);
        body.extend_from_slice(b"nested");
        body.extend_from_slice(&[0xa1, 0x67]);
        body.extend_from_slice(b"message");
        body.extend_from_slice(&[0x62, b'n', b'o', 0x67]);
        body.extend_from_slice(b"Message");
        body.extend_from_slice(&[0x01, 0x67]);
        body.extend_from_slice(b"message");
        body.extend_from_slice(&[0x7f, 0x61, b'h', 0x61, b'i', 0xff]);
        let [type_, message, upper] = top_level_strings(&body, ["__type", "message", "Message"]);
        assert_eq!((type_.as_deref(), message.as_deref(), upper), (Some("a#B"), Some("hi"), None));
        assert_eq!(top_level_strings(b"", ["__type"]), [None]);
        assert_eq!(top_level_strings(b"<html>", ["__type"]), [None]);
        assert_eq!(top_level_strings(&[0x82, 0x01, 0x02], ["__type"]), [None]);
    }
}
