//! Reading a parsed JSON document: the strict reader of input that a server or a command line
//! receives. Members are visited in declaration order, so problems are reported in that order,
//! every one of them.

use serde_json::{Map, Value};

use crate::schema::{MemberSchema, ShapeSchema};
use crate::shape::{Decoder, Field, Mode, Shape, ShapeDeserializer};
use crate::types::{Blob, DateTime, Document, TimestampFormat, UnknownMember};
use crate::validate::Violations;

/// A [`ShapeDeserializer`] over a parsed JSON document, keyed by member names.
#[derive(Debug)]
pub struct ValueDeserializer<'v> {
    cx: Decoder,
    current: &'v Value,
    json_names: bool,
}

/// Reads a value from a document, in `mode`.
pub fn from_value<T: Shape>(value: &Value, member: &MemberSchema, mode: Mode) -> Result<T, Violations> {
    let mut d = ValueDeserializer::new(value, mode);
    let out = T::deserialize(member, &mut d);
    d.cx.finish(out)
}

impl<'v> ValueDeserializer<'v> {
    /// A deserializer of `value` in `mode`.
    pub fn new(value: &'v Value, mode: Mode) -> Self {
        Self { cx: Decoder::new(mode), current: value, json_names: false }
    }

    /// Finds members by their `json_name` where they have one (restJson1).
    pub fn json_names(mut self, honor: bool) -> Self {
        self.json_names = honor;
        self
    }

    /// The decoder, with the problems found.
    pub fn decoder_mut(&mut self) -> &mut Decoder {
        &mut self.cx
    }

    fn wrong<T>(&mut self, expected: &'static str) -> Option<T> {
        let value = self.current;
        self.cx.wrong_type(expected, super::json_kind(value), || describe(value))
    }

    fn object(&mut self) -> Option<&'v Map<String, Value>> {
        match self.current {
            Value::Object(map) => Some(map),
            _ => self.wrong("object"),
        }
    }

    fn with<R>(&mut self, value: &'v Value, f: impl FnOnce(&mut Self) -> R) -> R {
        let saved = std::mem::replace(&mut self.current, value);
        let out = f(self);
        self.current = saved;
        out
    }
}

/// The JSON value found, quoted when short, for a type problem.
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => super::describe_string(s),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

impl ShapeDeserializer for ValueDeserializer<'_> {
    fn decoder(&mut self) -> &mut Decoder {
        &mut self.cx
    }

    fn read_struct<F: FnMut(&mut Self, usize)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut members: F,
    ) -> bool {
        let Some(object) = self.object() else { return false };
        for (i, member) in shape.members.iter().enumerate() {
            match object.get(super::key_of(member, self.json_names)).filter(|v| !v.is_null()) {
                Some(value) => self.with(value, |d| members(d, i)),
                None if member.required => self.cx.missing_member(member.name),
                None => {}
            }
        }
        if self.cx.is_strict() {
            for (name, value) in object {
                let known = shape.members.iter().any(|m| super::key_of(m, self.json_names) == name);
                if !value.is_null() && name != "__type" && !known {
                    self.cx.unknown_member(name);
                }
            }
        }
        true
    }

    fn read_union<F: FnMut(&mut Self, Field<'_>)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut member: F,
    ) -> bool {
        let Some(object) = self.object() else { return false };
        let set: Vec<(&String, &Value)> =
            object.iter().filter(|(k, v)| !v.is_null() && k.as_str() != "__type").collect();
        match set.as_slice() {
            [(name, value)] => {
                let field = match shape.members.iter().position(|m| super::key_of(m, self.json_names) == *name) {
                    Some(i) => Field::Known(i),
                    None => Field::Unknown(name),
                };
                self.with(value, |d| member(d, field));
                true
            }
            [] => {
                self.cx.empty_union();
                false
            }
            many => {
                let names: Vec<&str> = many.iter().map(|(k, _)| k.as_str()).collect();
                self.cx.crowded_union(&names);
                false
            }
        }
    }

    fn read_unknown_member(&mut self, name: &str) -> Option<UnknownMember> {
        if self.cx.is_strict() {
            self.cx.unknown_member(name);
            return None;
        }
        Some(UnknownMember { name: name.to_owned(), value: self.current.clone() })
    }

    fn read_list<F: FnMut(&mut Self)>(&mut self, _: &MemberSchema, mut item: F) -> bool {
        let Value::Array(items) = self.current else { return self.wrong::<()>("list").is_some() };
        for (i, value) in items.iter().enumerate() {
            self.cx.push_index(i);
            self.with(value, &mut item);
            self.cx.pop();
        }
        true
    }

    fn read_map<F: FnMut(&mut Self, String)>(&mut self, _: &MemberSchema, mut entry: F) -> bool {
        let Value::Object(entries) = self.current else { return self.wrong::<()>("map").is_some() };
        for (key, value) in entries {
            self.cx.push_key(key);
            self.with(value, |d| entry(d, key.clone()));
            self.cx.pop();
        }
        true
    }

    fn read_null(&mut self) -> bool {
        self.current.is_null()
    }

    fn read_string(&mut self, _: &MemberSchema, expected: &'static str) -> Option<String> {
        match self.current {
            Value::String(s) => Some(s.clone()),
            _ => self.wrong(expected),
        }
    }

    fn read_bool(&mut self, _: &MemberSchema) -> Option<bool> {
        match self.current {
            Value::Bool(b) => Some(*b),
            _ => self.wrong("boolean"),
        }
    }

    fn read_integer(&mut self, _: &MemberSchema, expected: &'static str, min: i64, max: i64) -> Option<i64> {
        match self.current.as_i64().filter(|n| (min..=max).contains(n)) {
            Some(n) => Some(n),
            None => self.wrong(expected),
        }
    }

    fn read_float(&mut self, _: &MemberSchema, expected: &'static str) -> Option<f64> {
        match self.current {
            Value::Number(n) => n.as_f64().or_else(|| self.wrong(expected)),
            Value::String(s) => match super::reader::special_float(s) {
                Some(f) => Some(f),
                None => self.wrong(expected),
            },
            _ => self.wrong(expected),
        }
    }

    /// A streaming member reads base64 as a blob does, or `{"file": "PATH"}`: the file, streamed
    /// as it is sent (the command passes `--body PATH` that way).
    fn read_stream(&mut self, member: &MemberSchema) -> Option<crate::byte_stream::ByteStream> {
        let path = match self.current {
            Value::Object(map) if map.len() == 1 => map.get("file").and_then(Value::as_str),
            _ => None,
        };
        let Some(path) = path else {
            return self.read_blob(member).map(|blob| crate::byte_stream::ByteStream::new(blob.0));
        };
        match crate::byte_stream::ByteStream::from_path_blocking(path) {
            Ok(stream) => Some(stream),
            Err(e) => self.cx.wrong_type("a readable file", "a path", || format!("`{path}`: {e}")),
        }
    }

    fn read_blob(&mut self, _: &MemberSchema) -> Option<Blob> {
        match self.current.as_str().and_then(Blob::from_base64) {
            Some(b) => Some(b),
            None => self.wrong("base64 blob"),
        }
    }

    fn read_timestamp(&mut self, member: &MemberSchema) -> Option<DateTime> {
        let format = member.timestamp_format.unwrap_or(TimestampFormat::EpochSeconds);
        let parsed = match (format, self.current) {
            (TimestampFormat::DateTime, Value::String(s)) => DateTime::parse_date_time(s).ok(),
            (TimestampFormat::HttpDate, Value::String(s)) => DateTime::parse_http_date(s).ok(),
            (TimestampFormat::EpochSeconds, Value::Number(n)) => {
                n.as_f64().and_then(|f| DateTime::from_epoch_f64(f).ok())
            }
            _ => None,
        };
        parsed.or_else(|| self.wrong(super::reader::timestamp_kind(format)))
    }

    fn read_document(&mut self, _: &MemberSchema) -> Option<Document> {
        Some(self.current.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_reading_reports_every_problem_and_keeps_indices() {
        let value = serde_json::json!([1, "x", 3.5, null, 2]);
        let mut d = ValueDeserializer::new(&value, Mode::Strict);
        // What cannot be read takes its zero value, so the rest is still read.
        let read = Vec::<i32>::deserialize(&MemberSchema::ROOT, &mut d);
        assert_eq!(read, Some(vec![1, 0, 0, 0, 2]));
        let rendered: Vec<_> = d.decoder_mut().take_problems().iter().map(ToString::to_string).collect();
        assert_eq!(
            rendered,
            [
                "`[1]` expected integer, found string \"x\"",
                "`[2]` expected integer, found number 3.5",
                "`[3]` expected a non-null list element, found null"
            ]
        );
    }

    #[test]
    fn integers_reject_overflow_and_floats_accept_special_strings() {
        let read = |text: &str| serde_json::from_str::<Value>(text).unwrap();
        assert!(from_value::<i8>(&read("300"), &MemberSchema::ROOT, Mode::Lenient).is_err());
        assert_eq!(from_value::<i64>(&read(&i64::MAX.to_string()), &MemberSchema::ROOT, Mode::Lenient), Ok(i64::MAX));
        let inf = from_value::<f32>(&read("\"-Infinity\""), &MemberSchema::ROOT, Mode::Lenient);
        assert_eq!(inf, Ok(f32::NEG_INFINITY));
        assert!(from_value::<f64>(&read("\"NaN\""), &MemberSchema::ROOT, Mode::Lenient).unwrap().is_nan());
    }
}
