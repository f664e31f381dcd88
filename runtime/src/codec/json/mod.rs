//! JSON: the format of the awsJson and restJson1 protocols, of the command's input and output,
//! and of the local endpoint.
//!
//! Wire rules (Smithy's JSON protocols):
//! - absent members are omitted; `null` members of a structure are read as absent;
//! - floats `NaN`, `Infinity` and `-Infinity` are written as those strings;
//! - blobs are base64; timestamps use the member's format, epoch seconds by default;
//! - member keys are member names, or `json_name` where the writer or reader is told to honor
//!   it (restJson1);
//! - maps are objects and lists arrays; a sparse one may hold nulls.
//!
//! Responses are read by a streaming reader ([`reader`]), without building a document first;
//! input that a server or a command line receives is read strictly from a parsed document
//! ([`value`]), so that every problem is reported in the order the members are declared.

pub mod reader;
pub mod value;
pub mod writer;

pub use reader::JsonDeserializer;
pub use value::ValueDeserializer;
pub use writer::JsonWriter;

use serde_json::Value;

use crate::schema::MemberSchema;
use crate::shape::{self, Mode, Shape};
use crate::validate::{Rule, Violation, Violations};

/// Writes a whole value as JSON text with member names.
pub fn to_json<T: Shape>(value: &T) -> String {
    let mut w = JsonWriter::with_capacity(512);
    value.serialize(&MemberSchema::ROOT, &mut w);
    w.finish()
}

/// Reads a whole value from JSON text with member names; empty text is an empty object.
/// Leniently, the text is read as it streams; strictly, it is parsed first, so that every
/// problem is found in declaration order.
pub fn from_json<T: Shape>(text: &[u8], mode: Mode) -> Result<T, Violations> {
    match mode {
        Mode::Lenient => reader::from_slice(text, false),
        Mode::Strict => {
            let value = parse(text)?;
            value::from_value(&value, &MemberSchema::ROOT, Mode::Strict)
        }
    }
}

/// Reads one value that `member` holds (its timestamp format, say) from JSON text, leniently,
/// as it streams.
pub fn from_json_member<T: Shape>(text: &[u8], member: &MemberSchema) -> Result<T, Violations> {
    let mut d = JsonDeserializer::new(text, Mode::Lenient);
    let value = T::deserialize(member, &mut d);
    d.end();
    d.finish(value)
}

fn parse(text: &[u8]) -> Result<Value, Violations> {
    serde_json::from_slice(if text.is_empty() { b"{}" } else { text }).map_err(|e| {
        Violations(vec![Violation {
            path: String::new(),
            rule: Rule::Type { expected: "a JSON document", found: format!("malformed JSON ({e})") },
        }])
    })
}

/// Reads an operation's input (or any value a server or a command line receives) strictly and
/// validates it, reporting every problem at once: decoding problems (unknown members, wrong
/// types, missing required members) and the constraint violations of everything that could be
/// read. A member that could not be read is not also reported as breaking its constraints.
pub fn read_input<T: Shape>(value: &Value) -> Result<T, Violations> {
    let mut d = ValueDeserializer::new(value, Mode::Strict);
    let read = T::deserialize(&MemberSchema::ROOT, &mut d);
    let mut problems = d.decoder_mut().take_problems();
    let Some(read) = read else { return Err(Violations(problems)) };
    let decoded: Vec<String> = problems.iter().map(|p| p.path.clone()).collect();
    let under = |path: &str, prefix: &str| {
        prefix.is_empty()
            || path == prefix
            || path.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
    };
    if let Err(violations) = shape::validate(&read) {
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
    read_input(&parse(text)?)
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

/// A string found where another type was expected, quoted when short, for a type problem.
pub(crate) use crate::codec::text::describe_string;

/// The name of `member` as a key: its `json_name` where honored, else its member name.
pub(crate) fn key_of(member: &MemberSchema, json_names: bool) -> &'static str {
    match member.json_name {
        Some(name) if json_names => name,
        _ => member.name,
    }
}
