//! The `json_reader` target: the streaming JSON reader (`codec::json::reader`), which reads every
//! response, against serde_json as an oracle and against the strict document reader
//! (`codec::json::value`), which reads what servers and the command line receive.
//!
//! - As a document, the bytes read exactly when serde_json reads them (empty text is `{}` to
//!   the reader), and as the same value;
//! - `top_level_strings`, which reads error codes and messages, finds every top-level string
//!   member that serde_json finds;
//! - as a few typed shapes, the bytes read without panicking, and where both the streaming
//!   reader and the document reader (of serde_json's document) read them, as the same value.
//!   Objects with a key twice are left out of that comparison: RFC 8259 leaves their meaning
//!   open, and the readers need not pick the same occurrence.

use std::collections::{BTreeMap, HashSet};
use std::fmt::{self, Debug};

use aws_operation::codec::json::{self, reader, value};
use aws_operation::schema::MemberSchema;
use aws_operation::shape::{Mode, Shape};
use aws_operation::{Blob, DateTime, Document, UnknownMember, aws_shape};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// An enum.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Kind {
    /// `a`
    #[aws(value = "a")]
    A,
    /// `b`
    #[aws(value = "b")]
    B,
    /// A value this client does not know.
    Unknown(String),
}

/// A union.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum Choice {
    /// `text`.
    Text(String),
    /// `number`.
    Number(i64),
    /// `list`.
    List(Vec<i32>),
    /// A member this client does not know.
    Unknown(UnknownMember),
}

/// A structure of every kind of member, itself among them.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct Typed {
    /// `id`, required.
    pub id: i32,
    /// `name`.
    pub name: Option<String>,
    /// `flag`.
    pub flag: Option<bool>,
    /// `small`.
    pub small: Option<i8>,
    /// `ratio`.
    pub ratio: Option<f32>,
    /// `values`.
    pub values: Option<Vec<f64>>,
    /// `sparse`.
    pub sparse: Option<Vec<Option<i64>>>,
    /// `byName`.
    pub by_name: Option<BTreeMap<String, Vec<String>>>,
    /// `data`.
    pub data: Option<Blob>,
    /// `when`: epoch seconds.
    pub when: Option<DateTime>,
    /// `at`: date-time.
    #[aws(timestamp_format = "date-time")]
    pub at: Option<DateTime>,
    /// `doc`.
    pub doc: Option<Document>,
    /// `kind`.
    pub kind: Option<Kind>,
    /// `choice`.
    pub choice: Option<Choice>,
    /// `child`.
    pub child: Option<Box<Typed>>,
}

/// Reads the bytes as JSON with the streaming reader, serde_json and the document reader.
pub fn json_reader(data: &[u8]) {
    let ours = json::from_json::<Document>(data, Mode::Lenient);
    let theirs = serde_json::from_slice::<Value>(if data.is_empty() { b"{}" } else { data });
    let text = String::from_utf8_lossy(data);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => assert!(a == b, "{text:?} reads as {a}, serde_json reads {b}"),
        (Err(_), Err(_)) => {}
        (Ok(a), Err(e)) => panic!("{text:?} reads as {a}, serde_json refuses it: {e}"),
        (Err(problems), Ok(b)) => panic!("{text:?} does not read ({problems}), serde_json reads {b}"),
    }

    let names = ["code", "__type", "message", "Message", "errorMessage"];
    let found = reader::top_level_strings(data, names);
    if let Ok(Value::Object(map)) = &theirs {
        for (name, found) in names.iter().zip(&found) {
            if let Some(Value::String(s)) = map.get(*name) {
                assert_eq!(found.as_deref(), Some(s.as_str()), "top-level {name:?} of {text:?}");
            }
        }
    }

    let parsed = theirs.ok().filter(|_| serde_json::from_slice::<Unique>(data).is_ok() || data.is_empty());
    typed::<Vec<i32>>(data, parsed.as_ref());
    typed::<BTreeMap<String, Vec<f64>>>(data, parsed.as_ref());
    typed::<Option<String>>(data, parsed.as_ref());
    typed::<Typed>(data, parsed.as_ref());
}

/// The same value, `NaN`s included.
fn same<T: PartialEq + Debug>(a: &T, b: &T) -> bool {
    a == b || format!("{a:?}") == format!("{b:?}")
}

fn typed<T: Shape + PartialEq + Debug>(data: &[u8], parsed: Option<&Value>) {
    let streamed = reader::from_slice::<T>(data, false);
    if let Err(problems) = &streamed {
        assert!(!problems.is_empty(), "an error without a problem");
        let _ = problems.to_string();
    }
    let Some(document) = parsed else { return };
    for mode in [Mode::Lenient, Mode::Strict] {
        let read = value::from_value::<T>(document, &MemberSchema::ROOT, mode);
        if let (Ok(a), Ok(b)) = (&streamed, &read) {
            assert!(
                same(a, b),
                "{:?} streams as {a:?}, but its document reads ({mode:?}) as {b:?}",
                String::from_utf8_lossy(data)
            );
        }
    }
}

/// Deserializes from any JSON without a key twice in one object.
struct Unique;

impl<'de> Deserialize<'de> for Unique {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Unique)
    }
}

impl<'de> Visitor<'de> for Unique {
    type Value = Unique;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Unique, E> {
        Ok(Unique)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Unique, E> {
        Ok(Unique)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Unique, E> {
        Ok(Unique)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Unique, E> {
        Ok(Unique)
    }
    fn visit_str<E>(self, _: &str) -> Result<Unique, E> {
        Ok(Unique)
    }
    fn visit_unit<E>(self) -> Result<Unique, E> {
        Ok(Unique)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Unique, A::Error> {
        while seq.next_element::<Unique>()?.is_some() {}
        Ok(Unique)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Unique, A::Error> {
        let mut keys = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !keys.insert(key) {
                return Err(de::Error::custom("a key twice"));
            }
            map.next_value::<Unique>()?;
        }
        Ok(Unique)
    }
}

/// The target's own seeds, besides the bodies of botocore's vectors: a sample of [`Typed`],
/// and texts at the edges of the grammar.
pub fn seeds() -> Vec<Vec<u8>> {
    let sample = super::sample(&Typed::type_schema(), None, None, 0);
    let mut out = vec![sample.to_string().into_bytes()];
    for text in [
        r#"[1, -2, 3]"#,
        r#"{"a": [1.5, -0.25e3, "NaN", "-Infinity"], "b": []}"#,
        r#""a\"b\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#,
        r#"null"#,
        r#"{"code": "Some#Code", "message": "m", "__type": "t"}"#,
        "  \t\r\n{}  ",
        "-0",
        "123456789012345678901234567890",
        "1.7976931348623157e308",
        "5e-324",
        r#"{"id": 1, "child": {"id": 2, "choice": {"list": [1, null, 2]}}}"#,
    ] {
        out.push(text.as_bytes().to_vec());
    }
    // Nesting at the limit both readers share, and past it.
    for depth in [127, 128, 129] {
        out.push(("[".repeat(depth) + &"]".repeat(depth)).into_bytes());
        out.push(("{\"a\":".repeat(depth) + "1" + &"}".repeat(depth)).into_bytes());
    }
    out
}

/// JSON's tokens, and the keys of [`Typed`].
pub fn dictionary() -> Vec<String> {
    let mut words: Vec<String> = [
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\"",
        "\\",
        "\\u",
        "\\ud83d\\ude00",
        "\\udc00",
        "true",
        "false",
        "null",
        "-0",
        "0.5",
        "1e400",
        "-1e-400",
        "E+",
        "e-",
        "NaN",
        "Infinity",
        "-Infinity",
        " ",
        "\"code\"",
        "\"__type\"",
        "\"message\"",
    ]
    .map(str::to_owned)
    .to_vec();
    if let aws_operation::schema::TypeSchema::Shape(s) = Typed::type_schema() {
        words.extend(s.members.iter().map(|m| format!("\"{}\":", m.name)));
    }
    words.extend(["\"text\":", "\"number\":", "\"list\":"].map(str::to_owned));
    words
}
