//! How a value of the AWS data model is written to and read from JSON, and validated.
//!
//! The `#[aws_shape]` and `#[aws_operation]` macros implement [`Shape`] for user types; this module
//! implements it for strings, numbers, booleans, blobs, timestamps, documents, `Option`, `Box`,
//! `Vec` and string-keyed maps. Wire rules shared by the awsJson protocols:
//! - absent members are omitted; `null` members of a structure are read as absent;
//! - floats `NaN`, `Infinity` and `-Infinity` are written as those strings;
//! - blobs are base64; timestamps use the member's format (epoch seconds by default);
//! - responses are read leniently (unknown members ignored, a missing required member gets its
//!   zero value); inputs received by a server are read strictly, every problem reported.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;
use std::sync::OnceLock;

use serde_json::Value;

use crate::schema::TypeSchema;
use crate::types::{Blob, DateTime, Document, TimestampFormat, UnknownMember};
use crate::validate::{Path, Rule, Validator, Violation, Violations};

/// A value that the awsJson protocols can carry.
pub trait Shape: Sized {
    /// Whether JSON `null` is a value of this type (`Option<T>`), rather than a missing one.
    const NULLABLE: bool = false;

    /// Writes the value as JSON; `format` applies to timestamps, however deeply nested.
    fn write_json(&self, w: &mut JsonWriter, format: TimestampFormat);

    /// Reads the value from JSON, recording problems in `cx`; `None` means a problem was recorded.
    fn read_json(value: &Value, cx: &mut Decoder, format: TimestampFormat) -> Option<Self>;

    /// The value a missing required member takes when a response is read leniently.
    fn zero() -> Self;

    /// A description of the type, for tools and for checking definitions against a model.
    fn type_schema() -> TypeSchema;

    /// Checks the constraints that the type carries itself (members of structures, enum values,
    /// union members); constraints of a member are checked by the containing structure.
    fn validate(&self, _v: &mut Validator) {}

    /// Whether a member holding this value is left out of the JSON.
    fn is_absent(&self) -> bool {
        false
    }
}

/// A regular expression from a model, compiled on first use.
///
/// Smithy patterns are searches; write anchors (`^...$`) where the whole value must match.
#[derive(Debug)]
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Option<regex::Regex>>,
}

impl Pattern {
    /// A pattern that is compiled the first time it is used.
    pub const fn new(source: &'static str) -> Self {
        Self { source, compiled: OnceLock::new() }
    }

    /// The pattern as written.
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// Whether `value` contains a match. The macros check every pattern when they expand, so a
    /// pattern that does not compile here is one the macros never saw; it matches nothing.
    pub fn is_match(&self, value: &str) -> bool {
        self.compiled.get_or_init(|| regex::Regex::new(self.source).ok()).as_ref().is_some_and(|re| re.is_match(value))
    }
}

/// Appends JSON text to a buffer; commas and nesting are tracked for the caller.
#[derive(Debug, Default)]
pub struct JsonWriter {
    out: String,
    first: bool,
}

impl JsonWriter {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
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

    /// Writes `"name":value` in an open object, unless the value is absent.
    pub fn member<T: Shape>(&mut self, name: &str, value: &T, format: TimestampFormat) {
        if value.is_absent() {
            return;
        }
        self.key(name);
        value.write_json(self, format);
    }

    /// Writes an object key and its colon; the value must follow.
    pub fn key(&mut self, name: &str) {
        self.separate();
        self.escaped(name);
        self.out.push(':');
        self.first = true;
    }

    /// Writes an element of an open array.
    pub fn element<T: Shape>(&mut self, value: &T, format: TimestampFormat) {
        self.separate();
        self.first = true;
        value.write_json(self, format);
        self.first = false;
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
}

/// How strictly JSON is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A client reading a response: unknown members are ignored and a missing required member
    /// gets its zero value (Smithy's client error correction).
    Lenient,
    /// A server (or a command line) reading input: unknown members and missing required members
    /// are problems.
    Strict,
}

/// Reads JSON into shapes and collects every problem with its path.
#[derive(Debug)]
pub struct Decoder {
    mode: Mode,
    path: Path,
    problems: Vec<Violation>,
    /// How many sensitive shapes or members enclose the value being read: inside one, problems
    /// name the kind of value found, never the value.
    sensitive: u32,
}

impl Decoder {
    /// A decoder in the given mode.
    pub fn new(mode: Mode) -> Self {
        Self { mode, path: Path::default(), problems: Vec::new(), sensitive: 0 }
    }

    /// The mode.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// How many problems have been recorded.
    pub fn problem_count(&self) -> usize {
        self.problems.len()
    }

    /// Records a problem at the current path; inside a sensitive value the value it quotes is
    /// redacted.
    pub fn report(&mut self, rule: Rule) {
        let rule = if self.sensitive > 0 { rule.redacted() } else { rule };
        self.problems.push(Violation { path: self.path.to_string(), rule });
    }

    /// Records a value of the wrong JSON type; returns `None` for convenience.
    pub fn wrong_type<T>(&mut self, expected: &'static str, found: &Value) -> Option<T> {
        let found = if self.sensitive > 0 { json_kind(found).to_owned() } else { describe(found) };
        self.report(Rule::Type { expected, found });
        None
    }

    /// Runs `f` on a sensitive value (a sensitive shape, or a member marked sensitive): the
    /// problems found in it do not quote it.
    pub fn sensitive<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        self.sensitive += 1;
        let out = f(self);
        self.sensitive -= 1;
        out
    }

    /// Whether the value being read is sensitive.
    pub fn in_sensitive(&self) -> bool {
        self.sensitive > 0
    }

    /// Reads the member `name` of a structure.
    pub fn member<T: Shape>(&mut self, name: &'static str, value: &Value, format: TimestampFormat) -> Option<T> {
        self.path.push_member(name);
        let read = T::read_json(value, self, format);
        let out = self.salvage(read);
        self.path.pop();
        out
    }

    /// In strict mode a value that could not be read becomes its zero value (the problem is
    /// recorded), so that the rest of the input can still be read and validated and every
    /// problem reported at once. In lenient mode the failure stands.
    fn salvage<T: Shape>(&self, value: Option<T>) -> Option<T> {
        match self.mode {
            Mode::Strict => value.or_else(|| Some(T::zero())),
            Mode::Lenient => value,
        }
    }

    /// Whether a structure read since `before` problems must give up: in lenient mode, on any
    /// new problem; in strict mode, never: what cannot be read takes its zero value.
    pub fn gives_up(&self, before: usize) -> bool {
        self.mode == Mode::Lenient && self.problems.len() > before
    }

    /// Reads a required member of `object`: missing, it is a problem in strict mode and takes
    /// its zero value in lenient mode. `null` counts as missing.
    pub fn required_member<T: Shape>(
        &mut self,
        object: &serde_json::Map<String, Value>,
        name: &'static str,
        format: TimestampFormat,
    ) -> Option<T> {
        match object.get(name).filter(|v| !v.is_null()) {
            Some(value) => self.member(name, value, format),
            None => {
                if self.mode == Mode::Strict {
                    self.path.push_member(name);
                    self.report(Rule::Required);
                    self.path.pop();
                }
                Some(T::zero())
            }
        }
    }

    /// Reads an optional member of `object` (`None` if missing, `null`, or unreadable, the last
    /// recorded as a problem); `required` makes a missing one a problem in strict mode.
    pub fn optional_member<T: Shape>(
        &mut self,
        object: &serde_json::Map<String, Value>,
        name: &'static str,
        format: TimestampFormat,
        required: bool,
    ) -> Option<T> {
        match object.get(name).filter(|v| !v.is_null()) {
            Some(value) => self.member(name, value, format),
            None => {
                self.check_present(name, !required);
                None
            }
        }
    }

    /// In strict mode, reports every member of `object` that is not in `known` (`__type` and
    /// `null` members aside); in lenient mode does nothing.
    pub fn unknown_members(&mut self, object: &serde_json::Map<String, Value>, known: &[&str]) {
        if self.mode == Mode::Strict {
            for (name, value) in object {
                if !value.is_null() && name != "__type" && !known.contains(&name.as_str()) {
                    self.unknown_member(name);
                }
            }
        }
    }

    /// A member the shape does not have: a problem in strict mode, ignored otherwise.
    pub fn unknown_member(&mut self, name: &str) {
        if self.mode == Mode::Strict {
            self.path.push_owned(name.to_owned());
            self.report(Rule::UnknownMember);
            self.path.pop();
        }
    }

    /// Records a missing member that is required but typed `Option` (strict mode only).
    pub fn check_present(&mut self, name: &'static str, seen: bool) {
        if !seen && self.mode == Mode::Strict {
            self.path.push_member(name);
            self.report(Rule::Required);
            self.path.pop();
        }
    }

    /// The object a structure or union is read from, or `None` after recording a type problem.
    pub fn object<'v>(&mut self, value: &'v Value) -> Option<&'v serde_json::Map<String, Value>> {
        match value {
            Value::Object(map) => Some(map),
            other => self.wrong_type("object", other),
        }
    }

    /// The problems found, or `Ok` if there were none.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, Violations> {
        match value {
            Some(v) if self.problems.is_empty() => Ok(v),
            _ => Err(Violations(self.problems)),
        }
    }
}

/// The one member set in a union's object: none, or more than one, is a problem. `null`
/// members and `__type` do not count.
pub fn union_member<'v>(cx: &mut Decoder, value: &'v Value) -> Option<(&'v str, &'v Value)> {
    let object = cx.object(value)?;
    let mut set = object.iter().filter(|(k, v)| !v.is_null() && k.as_str() != "__type");
    match (set.next(), set.next()) {
        (Some((name, value)), None) => Some((name.as_str(), value)),
        (None, _) => {
            cx.report(Rule::Union { reason: "no member is set; a union needs exactly one".into() });
            None
        }
        (Some(_), Some(_)) => {
            let names: Vec<_> = object
                .iter()
                .filter(|(k, v)| !v.is_null() && k.as_str() != "__type")
                .map(|(k, _)| format!("`{k}`"))
                .collect();
            cx.report(Rule::Union { reason: format!("{} are set; a union needs exactly one", names.join(", ")) });
            None
        }
    }
}

/// A union member this client does not know: kept when reading a response, a problem when
/// reading input strictly.
pub fn unknown_union_member(cx: &mut Decoder, name: &str, value: &Value) -> Option<UnknownMember> {
    if cx.mode == Mode::Strict {
        cx.unknown_member(name);
        return None;
    }
    Some(UnknownMember { name: name.to_owned(), value: value.clone() })
}

/// Validation of a union holding a member this client does not know: it cannot be sent.
pub fn report_unknown_union_member(v: &mut Validator, name: &str) {
    v.report(Rule::Union { reason: format!("holds the unknown member `{name}`, which cannot be sent") });
}

/// Validation of an int enum holding a value this client does not know.
pub fn report_unknown_int_enum(v: &mut Validator, value: i32, allowed: &[i32]) {
    v.report(Rule::Enum { actual: value.to_string(), allowed: allowed.iter().map(ToString::to_string).collect() });
}

/// The values of a string enum, for a violation report.
pub fn enum_values(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| (*v).to_owned()).collect()
}

/// What `Debug` prints for a sensitive value.
#[derive(Clone, Copy)]
pub struct Redacted;

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(crate::validate::REDACTED)
    }
}

/// Reads a whole value from JSON text.
pub fn from_json<T: Shape>(text: &[u8], mode: Mode) -> Result<T, Violations> {
    let value: Value = match serde_json::from_slice(if text.is_empty() { b"{}" } else { text }) {
        Ok(v) => v,
        Err(e) => {
            return Err(Violations(vec![Violation {
                path: String::new(),
                rule: Rule::Type { expected: "a JSON document", found: format!("malformed JSON ({e})") },
            }]));
        }
    };
    let mut cx = Decoder::new(mode);
    let out = T::read_json(&value, &mut cx, TimestampFormat::default());
    cx.finish(out)
}

/// Reads an operation's input (or any value a server or a command line receives) strictly and
/// validates it, reporting every problem at once: decoding problems (unknown members, wrong
/// types, missing required members) and the constraint violations of everything that could be
/// read. A member that could not be read is not also reported as breaking its constraints.
pub fn read_input<T: Shape>(value: &Value) -> Result<T, Violations> {
    let mut cx = Decoder::new(Mode::Strict);
    let read = T::read_json(value, &mut cx, TimestampFormat::default());
    let mut problems = cx.problems;
    let Some(read) = read else { return Err(Violations(problems)) };
    let decoded: Vec<String> = problems.iter().map(|p| p.path.clone()).collect();
    let under = |path: &str, prefix: &str| {
        prefix.is_empty()
            || path == prefix
            || path.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
    };
    if let Err(violations) = validate(&read) {
        // A union that could not be read holds its zero value, which validation would call unknown.
        let spurious = |v: &Violation| {
            decoded.iter().any(|d| under(&v.path, d) || (matches!(v.rule, Rule::Union { .. }) && under(d, &v.path)))
        };
        problems.extend(violations.0.into_iter().filter(|v| !spurious(v)));
    }
    if problems.is_empty() { Ok(read) } else { Err(Violations(problems)) }
}

/// [`read_input`] from JSON text.
pub fn read_input_text<T: Shape>(text: &[u8]) -> Result<T, Violations> {
    match serde_json::from_slice::<Value>(if text.is_empty() { b"{}" } else { text }) {
        Ok(value) => read_input(&value),
        Err(e) => Err(Violations(vec![Violation {
            path: String::new(),
            rule: Rule::Type { expected: "a JSON document", found: format!("malformed JSON ({e})") },
        }])),
    }
}

/// Writes a whole value as JSON text.
pub fn to_json<T: Shape>(value: &T) -> String {
    // Enough for most requests at once, rather than growing by doubling from nothing.
    let mut w = JsonWriter { out: String::with_capacity(512), first: false };
    value.write_json(&mut w, TimestampFormat::default());
    w.finish()
}

/// Checks every constraint of a value.
pub fn validate<T: Shape>(value: &T) -> Result<(), Violations> {
    let mut v = Validator::new();
    value.validate(&mut v);
    v.finish()
}

/// What kind of JSON value `value` is ("a string", "null"), without the value.
pub fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The JSON value found, quoted when short, for a type problem.
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) if s.chars().count() > 40 => "a string".into(),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

impl Shape for String {
    fn write_json(&self, w: &mut JsonWriter, _: TimestampFormat) {
        w.string(self);
    }
    fn read_json(value: &Value, cx: &mut Decoder, _: TimestampFormat) -> Option<Self> {
        match value {
            Value::String(s) => Some(s.clone()),
            other => cx.wrong_type("string", other),
        }
    }
    fn zero() -> Self {
        String::new()
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::String
    }
}

impl Shape for bool {
    fn write_json(&self, w: &mut JsonWriter, _: TimestampFormat) {
        w.raw(if *self { "true" } else { "false" });
    }
    fn read_json(value: &Value, cx: &mut Decoder, _: TimestampFormat) -> Option<Self> {
        match value {
            Value::Bool(b) => Some(*b),
            other => cx.wrong_type("boolean", other),
        }
    }
    fn zero() -> Self {
        false
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::Boolean
    }
}

macro_rules! integer_shape {
    ($($t:ty => $name:literal $schema:expr),*) => {$(
        impl Shape for $t {
            fn write_json(&self, w: &mut JsonWriter, _: TimestampFormat) {
                w.raw(&self.to_string());
            }
            fn read_json(value: &Value, cx: &mut Decoder, _: TimestampFormat) -> Option<Self> {
                match value.as_i64().and_then(|n| <$t>::try_from(n).ok()) {
                    Some(n) => Some(n),
                    None => cx.wrong_type($name, value),
                }
            }
            fn zero() -> Self {
                0
            }
            fn type_schema() -> TypeSchema {
                $schema
            }
        }
    )*};
}
integer_shape!(i8 => "byte" TypeSchema::Byte, i16 => "short" TypeSchema::Short, i32 => "integer" TypeSchema::Integer, i64 => "long" TypeSchema::Long);

macro_rules! float_shape {
    ($($t:ty => $name:literal $schema:expr),*) => {$(
        impl Shape for $t {
            fn write_json(&self, w: &mut JsonWriter, _: TimestampFormat) {
                if self.is_nan() {
                    w.string("NaN");
                } else if self.is_infinite() {
                    w.string(if *self > 0.0 { "Infinity" } else { "-Infinity" });
                } else {
                    // Display is the shortest text that reads back as the same value of this
                    // width, and never uses an exponent: always a valid JSON number.
                    w.raw(&self.to_string());
                }
            }
            fn read_json(value: &Value, cx: &mut Decoder, _: TimestampFormat) -> Option<Self> {
                match value {
                    Value::Number(n) => n.as_f64().map(|f| f as $t).or_else(|| cx.wrong_type($name, value)),
                    Value::String(s) if s == "NaN" => Some(<$t>::NAN),
                    Value::String(s) if s == "Infinity" => Some(<$t>::INFINITY),
                    Value::String(s) if s == "-Infinity" => Some(<$t>::NEG_INFINITY),
                    other => cx.wrong_type($name, other),
                }
            }
            fn zero() -> Self {
                0.0
            }
            fn type_schema() -> TypeSchema {
                $schema
            }
        }
    )*};
}
float_shape!(f32 => "float" TypeSchema::Float, f64 => "double" TypeSchema::Double);

impl Shape for Blob {
    fn write_json(&self, w: &mut JsonWriter, _: TimestampFormat) {
        w.string(&self.to_base64());
    }
    fn read_json(value: &Value, cx: &mut Decoder, _: TimestampFormat) -> Option<Self> {
        match value.as_str().and_then(Blob::from_base64) {
            Some(b) => Some(b),
            None => cx.wrong_type("base64 blob", value),
        }
    }
    fn zero() -> Self {
        Blob::default()
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::Blob
    }
}

impl Shape for DateTime {
    fn write_json(&self, w: &mut JsonWriter, format: TimestampFormat) {
        match format {
            TimestampFormat::DateTime => w.string(&self.fmt_date_time()),
            TimestampFormat::HttpDate => w.string(&self.fmt_http_date()),
            TimestampFormat::EpochSeconds => w.raw(&self.fmt_epoch_seconds()),
        }
    }
    fn read_json(value: &Value, cx: &mut Decoder, format: TimestampFormat) -> Option<Self> {
        let parsed = match (format, value) {
            (TimestampFormat::DateTime, Value::String(s)) => DateTime::parse_date_time(s).ok(),
            (TimestampFormat::HttpDate, Value::String(s)) => DateTime::parse_http_date(s).ok(),
            (TimestampFormat::EpochSeconds, Value::Number(n)) => {
                n.as_f64().and_then(|f| DateTime::from_epoch_f64(f).ok())
            }
            _ => None,
        };
        let expected = match format {
            TimestampFormat::DateTime => "date-time timestamp",
            TimestampFormat::HttpDate => "http-date timestamp",
            TimestampFormat::EpochSeconds => "epoch-seconds timestamp",
        };
        parsed.or_else(|| cx.wrong_type(expected, value))
    }
    fn zero() -> Self {
        DateTime::from_secs(0)
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::Timestamp
    }
}

impl Shape for Document {
    const NULLABLE: bool = true;
    fn write_json(&self, w: &mut JsonWriter, _: TimestampFormat) {
        w.raw(&self.to_string());
    }
    fn read_json(value: &Value, _: &mut Decoder, _: TimestampFormat) -> Option<Self> {
        Some(value.clone())
    }
    fn zero() -> Self {
        Value::Null
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::Document
    }
}

impl<T: Shape> Shape for Option<T> {
    const NULLABLE: bool = true;
    fn write_json(&self, w: &mut JsonWriter, format: TimestampFormat) {
        match self {
            Some(v) => v.write_json(w, format),
            None => w.raw("null"),
        }
    }
    fn read_json(value: &Value, cx: &mut Decoder, format: TimestampFormat) -> Option<Self> {
        if value.is_null() { Some(None) } else { T::read_json(value, cx, format).map(Some) }
    }
    fn zero() -> Self {
        None
    }
    fn type_schema() -> TypeSchema {
        T::type_schema()
    }
    fn validate(&self, v: &mut Validator) {
        if let Some(inner) = self {
            inner.validate(v);
        }
    }
    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T: Shape> Shape for Box<T> {
    const NULLABLE: bool = T::NULLABLE;
    fn write_json(&self, w: &mut JsonWriter, format: TimestampFormat) {
        (**self).write_json(w, format);
    }
    fn read_json(value: &Value, cx: &mut Decoder, format: TimestampFormat) -> Option<Self> {
        T::read_json(value, cx, format).map(Box::new)
    }
    fn zero() -> Self {
        Box::new(T::zero())
    }
    fn type_schema() -> TypeSchema {
        T::type_schema()
    }
    fn validate(&self, v: &mut Validator) {
        (**self).validate(v);
    }
    fn is_absent(&self) -> bool {
        (**self).is_absent()
    }
}

impl<T: Shape> Shape for Vec<T> {
    fn write_json(&self, w: &mut JsonWriter, format: TimestampFormat) {
        w.begin_array();
        for item in self {
            w.element(item, format);
        }
        w.end_array();
    }
    fn read_json(value: &Value, cx: &mut Decoder, format: TimestampFormat) -> Option<Self> {
        let Value::Array(items) = value else { return cx.wrong_type("list", value) };
        let before = cx.problem_count();
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            cx.path.push_index(i);
            if item.is_null() && !T::NULLABLE {
                // A dense list cannot hold null: a server may not send one, a client skips it.
                if cx.mode == Mode::Strict {
                    cx.report(Rule::Type { expected: "a non-null list element", found: "null".into() });
                    out.push(T::zero());
                }
            } else if let Some(v) = {
                let read = T::read_json(item, cx, format);
                cx.salvage(read)
            } {
                out.push(v);
            }
            cx.path.pop();
        }
        (!cx.gives_up(before)).then_some(out)
    }
    fn zero() -> Self {
        Vec::new()
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::List { member: Box::new(T::type_schema()), sparse: T::NULLABLE }
    }
    fn validate(&self, v: &mut Validator) {
        for (i, item) in self.iter().enumerate() {
            v.index(i, |v| item.validate(v));
        }
    }
}

fn write_map<'a, T: Shape + 'a>(
    entries: impl Iterator<Item = (&'a String, &'a T)>,
    w: &mut JsonWriter,
    format: TimestampFormat,
) {
    w.begin_object();
    for (k, v) in entries {
        w.key(k);
        v.write_json(w, format);
    }
    w.end_object();
}

fn read_map<T: Shape>(
    value: &Value,
    cx: &mut Decoder,
    format: TimestampFormat,
    mut put: impl FnMut(String, T),
) -> bool {
    let Value::Object(entries) = value else {
        cx.wrong_type::<()>("map", value);
        return false;
    };
    let before = cx.problem_count();
    for (k, item) in entries {
        cx.path.push_key(if cx.sensitive > 0 { crate::validate::REDACTED } else { k });
        if item.is_null() && !T::NULLABLE {
            if cx.mode == Mode::Strict {
                cx.report(Rule::Type { expected: "a non-null map value", found: "null".into() });
            }
        } else if let Some(v) = {
            let read = T::read_json(item, cx, format);
            cx.salvage(read)
        } {
            put(k.clone(), v);
        }
        cx.path.pop();
    }
    !cx.gives_up(before)
}

impl<T: Shape> Shape for BTreeMap<String, T> {
    fn write_json(&self, w: &mut JsonWriter, format: TimestampFormat) {
        write_map(self.iter(), w, format);
    }
    fn read_json(value: &Value, cx: &mut Decoder, format: TimestampFormat) -> Option<Self> {
        let mut out = BTreeMap::new();
        read_map(value, cx, format, |k, v| {
            out.insert(k, v);
        })
        .then_some(out)
    }
    fn zero() -> Self {
        BTreeMap::new()
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::Map { value: Box::new(T::type_schema()), sparse: T::NULLABLE }
    }
    fn validate(&self, v: &mut Validator) {
        for (k, item) in self {
            v.key(k, |v| item.validate(v));
        }
    }
}

impl<T: Shape, S: BuildHasher + Default> Shape for HashMap<String, T, S> {
    fn write_json(&self, w: &mut JsonWriter, format: TimestampFormat) {
        // Sorted, so that the same map always gives the same bytes (and signature).
        let mut entries: Vec<_> = self.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        write_map(entries.into_iter(), w, format);
    }
    fn read_json(value: &Value, cx: &mut Decoder, format: TimestampFormat) -> Option<Self> {
        let mut out = HashMap::default();
        read_map(value, cx, format, |k, v| {
            out.insert(k, v);
        })
        .then_some(out)
    }
    fn zero() -> Self {
        HashMap::default()
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::Map { value: Box::new(T::type_schema()), sparse: T::NULLABLE }
    }
    fn validate(&self, v: &mut Validator) {
        let mut entries: Vec<_> = self.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        for (k, item) in entries {
            v.key(k, |v| item.validate(v));
        }
    }
}

/// Applies member constraints to each element of a list, or each value of a map.
pub trait Elements {
    /// The element type.
    type Item;
    /// Calls `f` with each element, one path step deeper.
    fn each(&self, v: &mut Validator, f: &mut dyn FnMut(&Self::Item, &mut Validator));
}

impl<T> Elements for Vec<T> {
    type Item = T;
    fn each(&self, v: &mut Validator, f: &mut dyn FnMut(&T, &mut Validator)) {
        for (i, item) in self.iter().enumerate() {
            v.index(i, |v| f(item, v));
        }
    }
}

impl<T> Elements for BTreeMap<String, T> {
    type Item = T;
    fn each(&self, v: &mut Validator, f: &mut dyn FnMut(&T, &mut Validator)) {
        for (k, item) in self {
            v.key(k, |v| f(item, v));
        }
    }
}

impl<T, S> Elements for HashMap<String, T, S> {
    type Item = T;
    fn each(&self, v: &mut Validator, f: &mut dyn FnMut(&T, &mut Validator)) {
        let mut entries: Vec<_> = self.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        for (k, item) in entries {
            v.key(k, |v| f(item, v));
        }
    }
}

/// Applies member constraints to each key of a map.
pub fn each_key<'a>(
    keys: impl Iterator<Item = &'a String>,
    v: &mut Validator,
    mut f: impl FnMut(&String, &mut Validator),
) {
    let mut keys: Vec<_> = keys.collect();
    keys.sort();
    for k in keys {
        v.key(k, |v| f(k, v));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T: Shape>(v: &T, format: TimestampFormat) -> String {
        let mut w = JsonWriter::new();
        v.write_json(&mut w, format);
        w.finish()
    }

    #[test]
    fn writes_scalars_and_containers() {
        let f = TimestampFormat::EpochSeconds;
        assert_eq!(json(&"a\"b\\\n\u{1}é".to_owned(), f), r#""a\"b\\\n\u0001é""#);
        assert_eq!(json(&vec![1i32, 2, 3], f), "[1,2,3]");
        assert_eq!(json(&vec![vec![true], vec![]], f), "[[true],[]]");
        let map: BTreeMap<String, Vec<f64>> =
            [("b".into(), vec![f64::NAN, 1.5]), ("a".into(), vec![f64::NEG_INFINITY])].into();
        assert_eq!(json(&map, f), r#"{"a":["-Infinity"],"b":["NaN",1.5]}"#);
        assert_eq!(json(&DateTime::from_secs_nanos(1_398_796_238, 123_000_000), f), "1398796238.123");
        assert_eq!(json(&DateTime::from_secs(1_398_796_238), TimestampFormat::DateTime), r#""2014-04-29T18:30:38Z""#);
        assert_eq!(json(&Blob(b"hi".to_vec()), f), r#""aGk=""#);
    }

    #[test]
    fn reads_with_paths_to_every_problem() {
        let value = serde_json::json!([1, "x", 3.5, null, 2]);
        let mut cx = Decoder::new(Mode::Strict);
        // Strict reading keeps indices: what cannot be read takes its zero value.
        assert_eq!(Vec::<i32>::read_json(&value, &mut cx, TimestampFormat::default()), Some(vec![1, 0, 0, 0, 2]));
        let problems = cx.finish::<()>(None).unwrap_err();
        let rendered: Vec<_> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            rendered,
            [
                "`[1]` expected integer, found string \"x\"",
                "`[2]` expected integer, found number 3.5",
                "`[3]` expected a non-null list element, found null"
            ]
        );
        let mut cx = Decoder::new(Mode::Lenient);
        let value = serde_json::json!([1, null, 2]);
        assert_eq!(Vec::<i32>::read_json(&value, &mut cx, TimestampFormat::default()), Some(vec![1, 2]));
        let sparse = Vec::<Option<i32>>::read_json(&value, &mut cx, TimestampFormat::default());
        assert_eq!(sparse, Some(vec![Some(1), None, Some(2)]));
    }

    #[test]
    fn integers_reject_overflow_and_floats_accept_special_strings() {
        let mut cx = Decoder::new(Mode::Lenient);
        assert_eq!(i8::read_json(&serde_json::json!(300), &mut cx, TimestampFormat::default()), None);
        assert_eq!(i64::read_json(&serde_json::json!(i64::MAX), &mut cx, TimestampFormat::default()), Some(i64::MAX));
        let inf = f32::read_json(&serde_json::json!("-Infinity"), &mut cx, TimestampFormat::default());
        assert_eq!(inf, Some(f32::NEG_INFINITY));
        assert!(f64::read_json(&serde_json::json!("NaN"), &mut cx, TimestampFormat::default()).unwrap().is_nan());
        assert_eq!(cx.problem_count(), 1);
    }

    #[test]
    fn patterns_search_unless_anchored() {
        static SEARCH: Pattern = Pattern::new("[a-z]+");
        static ANCHORED: Pattern = Pattern::new("^[a-zA-Z]*$");
        static UNICODE: Pattern = Pattern::new(r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$");
        assert!(SEARCH.is_match("AWS-aws"));
        assert!(!ANCHORED.is_match("AWS-aws"));
        assert!(ANCHORED.is_match("Sandbox"));
        assert!(UNICODE.is_match("Équipe 7\u{202F}/ops"));
        assert!(!UNICODE.is_match("tab\there"));
    }
}
