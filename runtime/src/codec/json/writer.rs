//! Writing JSON: a [`ShapeSerializer`] that appends text to a buffer.

use crate::schema::{MemberSchema, ShapeSchema};
use crate::shape::{Shape, ShapeSerializer};
use crate::types::{DateTime, Document, TimestampFormat};

/// Appends JSON text to a buffer; commas and nesting are tracked for the caller.
#[derive(Debug, Default)]
pub struct JsonWriter {
    out: String,
    first: bool,
    json_names: bool,
}

impl JsonWriter {
    /// An empty writer that keys members by their member names (awsJson, storage, tools).
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty writer with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        Self { out: String::with_capacity(capacity), ..Self::default() }
    }

    /// Keys members by their `json_name` where they have one (restJson1).
    pub fn json_names(mut self, honor: bool) -> Self {
        self.json_names = honor;
        self
    }

    /// The JSON text written so far.
    pub fn finish(self) -> String {
        self.out
    }

    /// Opens an object.
    pub fn begin_object(&mut self) {
        self.out.push('{');
        self.first = true;
    }

    /// Closes an object.
    pub fn end_object(&mut self) {
        self.out.push('}');
        self.first = false;
    }

    /// Opens an array.
    pub fn begin_array(&mut self) {
        self.out.push('[');
        self.first = true;
    }

    /// Closes an array.
    pub fn end_array(&mut self) {
        self.out.push(']');
        self.first = false;
    }

    fn separate(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
    }

    /// Writes an object key and its colon; the value must follow.
    pub fn key(&mut self, name: &str) {
        self.separate();
        self.escaped(name);
        self.out.push(':');
        self.first = true;
    }

    /// Writes `"name":value` in an open object, unless the value is absent.
    pub fn member<T: Shape>(&mut self, name: &str, value: &T) {
        if value.is_absent() {
            return;
        }
        self.key(name);
        value.serialize(&MemberSchema::ROOT, self);
    }

    /// Writes a JSON string.
    pub fn string(&mut self, s: &str) {
        self.escaped(s);
        self.first = false;
    }

    /// Writes literal JSON (a number, `true`, `null`).
    pub fn raw(&mut self, json: &str) {
        self.out.push_str(json);
        self.first = false;
    }

    fn escaped(&mut self, s: &str) {
        self.out.push('"');
        // Most strings need no escape: copy them whole.
        if !s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
            self.out.push_str(s);
            self.out.push('"');
            return;
        }
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x00..=0x1f => "",
                _ => continue,
            };
            self.out.push_str(&s[start..i]);
            if escape.is_empty() {
                self.out.push_str(&format!("\\u{b:04x}"));
            } else {
                self.out.push_str(escape);
            }
            start = i + 1;
        }
        self.out.push_str(&s[start..]);
        self.out.push('"');
    }

    fn float(&mut self, nan: bool, infinite: Option<bool>, display: impl FnOnce(&mut String)) {
        if nan {
            self.string("NaN");
        } else if let Some(positive) = infinite {
            self.string(if positive { "Infinity" } else { "-Infinity" });
        } else {
            display(&mut self.out);
            self.first = false;
        }
    }
}

impl ShapeSerializer for JsonWriter {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, members: F) {
        self.begin_object();
        members(self);
        self.end_object();
    }

    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        if value.is_absent() {
            return;
        }
        self.key(super::key_of(member, self.json_names));
        value.serialize(member, self);
    }

    fn write_unknown_member(&mut self, name: &str, value: &Document) {
        self.key(name);
        self.write_document(&MemberSchema::ROOT, value);
    }

    fn write_list<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, items: F) {
        self.begin_array();
        items(self);
        self.end_array();
    }

    fn write_item<T: Shape>(&mut self, list: &MemberSchema, value: &T) {
        self.separate();
        self.first = true;
        // The item has the list member's traits: its timestamp format above all.
        value.serialize(list, self);
        self.first = false;
    }

    fn write_map<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, entries: F) {
        self.begin_object();
        entries(self);
        self.end_object();
    }

    fn write_entry<T: Shape>(&mut self, map: &MemberSchema, key: &str, value: &T) {
        self.key(key);
        value.serialize(map, self);
    }

    fn write_string(&mut self, _: &MemberSchema, value: &str) {
        self.string(value);
    }

    fn write_bool(&mut self, _: &MemberSchema, value: bool) {
        self.raw(if value { "true" } else { "false" });
    }

    fn write_integer(&mut self, _: &MemberSchema, value: i64) {
        use std::fmt::Write as _;
        let _ = write!(self.out, "{value}");
        self.first = false;
    }

    fn write_f32(&mut self, _: &MemberSchema, value: f32) {
        use std::fmt::Write as _;
        // Display is the shortest text that reads back as the same value of this width, and
        // never uses an exponent: always a valid JSON number.
        let infinite = value.is_infinite().then_some(value > 0.0);
        self.float(value.is_nan(), infinite, |out| {
            let _ = write!(out, "{value}");
        });
    }

    fn write_f64(&mut self, _: &MemberSchema, value: f64) {
        use std::fmt::Write as _;
        let infinite = value.is_infinite().then_some(value > 0.0);
        self.float(value.is_nan(), infinite, |out| {
            let _ = write!(out, "{value}");
        });
    }

    fn write_blob(&mut self, _: &MemberSchema, value: &[u8]) {
        self.string(&crate::types::base64_encode(value));
    }

    fn write_timestamp(&mut self, member: &MemberSchema, value: &DateTime) {
        match member.timestamp_format.unwrap_or(TimestampFormat::EpochSeconds) {
            TimestampFormat::DateTime => self.string(&value.fmt_date_time()),
            TimestampFormat::HttpDate => self.string(&value.fmt_http_date()),
            TimestampFormat::EpochSeconds => self.raw(&value.fmt_epoch_seconds()),
        }
    }

    fn write_document(&mut self, _: &MemberSchema, value: &Document) {
        self.raw(&value.to_string());
    }

    fn write_null(&mut self, _: &MemberSchema) {
        self.raw("null");
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::types::Blob;

    fn json<T: Shape>(v: &T, format: Option<TimestampFormat>) -> String {
        let mut w = JsonWriter::new();
        v.serialize(&MemberSchema::ROOT.with_timestamp_format(format), &mut w);
        w.finish()
    }

    #[test]
    fn writes_scalars_and_containers() {
        assert_eq!(json(&"a\"b\\\n\u{1}é".to_owned(), None), r#""a\"b\\\n\u0001é""#);
        assert_eq!(json(&vec![1i32, 2, 3], None), "[1,2,3]");
        assert_eq!(json(&vec![vec![true], vec![]], None), "[[true],[]]");
        let map: BTreeMap<String, Vec<f64>> =
            [("b".into(), vec![f64::NAN, 1.5]), ("a".into(), vec![f64::NEG_INFINITY])].into();
        assert_eq!(json(&map, None), r#"{"a":["-Infinity"],"b":["NaN",1.5]}"#);
        assert_eq!(json(&vec![0.1f32], None), "[0.1]");
        assert_eq!(json(&DateTime::from_secs_nanos(1_398_796_238, 123_000_000), None), "1398796238.123");
        let nested = vec![vec![DateTime::from_secs(1_398_796_238)]];
        assert_eq!(json(&nested, Some(TimestampFormat::DateTime)), r#"[["2014-04-29T18:30:38Z"]]"#);
        assert_eq!(json(&Blob(b"hi".to_vec()), None), r#""aGk=""#);
        assert_eq!(json(&vec![Some(1i8), None], None), "[1,null]");
    }
}
