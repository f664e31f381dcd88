//! The values of the AWS data model, independent of any wire format.
//!
//! The `#[aws_shape]` and `#[aws_operation]` macros implement [`Shape`] for user types; this module
//! implements it for strings, numbers, booleans, blobs, timestamps, documents, `Option`, `Box`,
//! `Vec` and string-keyed maps. A shape writes itself to any [`ShapeSerializer`] and reads itself
//! from any [`ShapeDeserializer`], member by member with each member's static schema; the codecs
//! (`crate::codec`) turn that into JSON, XML, form-urlencoded or CBOR. Validation, builders,
//! schemas and serde storage do not depend on the codec.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;

pub mod de;
pub mod ser;

pub use de::{Decoder, Field, Mode, ShapeDeserializer};
pub use ser::ShapeSerializer;

pub use crate::codec::json::{from_json, json_kind, read_input, read_input_text, to_json};
pub use crate::pattern::Pattern;

use crate::byte_stream::ByteStream;
use crate::schema::{Casing, MemberSchema, TypeSchema};
use crate::types::{Blob, DateTime, Document};
use crate::validate::{Rule, Validator, Violations};

/// A value of the AWS data model: a structure, union, enum, list, map or scalar.
pub trait Shape: Sized {
    /// Whether a null is a value of this type (`Option<T>`, documents), rather than a missing one.
    const NULLABLE: bool = false;

    /// The rule its members are named by: a structure's or union's `rename_all`, that of the
    /// element of a list, map, `Option` or `Box`, `Any` for the rest.
    const CASING: Casing = Casing::Any;

    /// Whether the value is a [`ByteStream`] (or an `Option` or `Box` of one): a `streaming`
    /// payload, sent and read as a stream rather than buffered.
    const STREAMING: bool = false;

    /// Whether the value is an [`EventStream`](crate::event_stream::EventStream) (or an
    /// `Option` or `Box` of one): a stream of events, which the body carries in frames.
    const EVENT_STREAM: bool = false;

    /// Writes the value, which `member` holds, to `s`.
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S);

    /// Reads the value, which `member` holds, from `d`; `None` means a problem was recorded.
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self>;

    /// The value a missing required member takes when a response is read leniently.
    fn zero() -> Self;

    /// A description of the type, for tools and for checking definitions against a model.
    fn type_schema() -> TypeSchema;

    /// Checks the constraints that the type carries itself (members of structures, enum values,
    /// union members); constraints of a member are checked by the containing structure.
    fn validate(&self, _v: &mut Validator) {}

    /// Whether a member holding this value is left out of what is sent.
    fn is_absent(&self) -> bool {
        false
    }
}

/// Checks every constraint of a value.
pub fn validate<T: Shape>(value: &T) -> Result<(), Violations> {
    let mut v = Validator::new();
    value.validate(&mut v);
    v.finish()
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

impl Shape for String {
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        s.write_string(member, self);
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        d.read_string(member, "string")
    }
    fn zero() -> Self {
        String::new()
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::String
    }
}

impl Shape for bool {
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        s.write_bool(member, *self);
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        d.read_bool(member)
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
            fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
                s.write_integer(member, i64::from(*self));
            }
            fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
                d.read_integer(member, $name, i64::from(<$t>::MIN), i64::from(<$t>::MAX)).and_then(|n| <$t>::try_from(n).ok())
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

impl Shape for f32 {
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        s.write_f32(member, *self);
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        d.read_float(member, "float").map(|f| f as f32)
    }
    fn zero() -> Self {
        0.0
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::Float
    }
}

impl Shape for f64 {
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        s.write_f64(member, *self);
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        d.read_float(member, "double")
    }
    fn zero() -> Self {
        0.0
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::Double
    }
}

impl Shape for Blob {
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        s.write_blob(member, self.as_bytes());
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        d.read_blob(member)
    }
    fn zero() -> Self {
        Blob::default()
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::Blob
    }
}

/// A streaming blob: the REST protocols send it as the body and read the body into it as it
/// arrives; every other writer sees its bytes when they are in memory (else a null), every
/// other reader reads a blob into it.
impl Shape for ByteStream {
    const STREAMING: bool = true;
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        s.write_stream(member, self);
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        d.read_stream(member)
    }
    fn zero() -> Self {
        ByteStream::default()
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::Blob
    }
}

impl Shape for DateTime {
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        s.write_timestamp(member, self);
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        d.read_timestamp(member)
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
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        s.write_document(member, self);
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        d.read_document(member)
    }
    fn zero() -> Self {
        Document::Null
    }
    fn type_schema() -> TypeSchema {
        TypeSchema::Document
    }
}

impl<T: Shape> Shape for Option<T> {
    const NULLABLE: bool = true;
    const CASING: Casing = T::CASING;
    const STREAMING: bool = T::STREAMING;
    const EVENT_STREAM: bool = T::EVENT_STREAM;
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        match self {
            Some(v) => v.serialize(member, s),
            None => s.write_null(member),
        }
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        if d.read_null() { Some(None) } else { T::deserialize(member, d).map(Some) }
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
    const CASING: Casing = T::CASING;
    const STREAMING: bool = T::STREAMING;
    const EVENT_STREAM: bool = T::EVENT_STREAM;
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        (**self).serialize(member, s);
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        T::deserialize(member, d).map(Box::new)
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
    const CASING: Casing = T::CASING;
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        s.write_list(member, self.len(), |s| {
            for item in self {
                s.write_item(member, item);
            }
        });
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        let before = d.decoder().problem_count();
        let mut out = Vec::new();
        let ok = d.read_list(member, |d| {
            if !T::NULLABLE && d.read_null() {
                // A dense list cannot hold null: a server may not send one, a client skips it.
                let cx = d.decoder();
                if cx.is_strict() {
                    cx.report(Rule::Type { expected: "a non-null list element", found: "null".into() });
                    out.push(T::zero());
                }
            } else if let Some(v) = d.read_item::<T>(member) {
                out.push(v);
            }
        });
        (ok && !d.decoder().gives_up(before)).then_some(out)
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

fn write_map<'a, T: Shape + 'a, S: ShapeSerializer>(
    member: &MemberSchema,
    len: usize,
    entries: impl Iterator<Item = (&'a String, &'a T)>,
    s: &mut S,
) {
    s.write_map(member, len, |s| {
        for (k, v) in entries {
            s.write_entry(member, k, v);
        }
    });
}

fn read_map<T: Shape, D: ShapeDeserializer>(member: &MemberSchema, d: &mut D, mut put: impl FnMut(String, T)) -> bool {
    let before = d.decoder().problem_count();
    let ok = d.read_map(member, |d, key| {
        if !T::NULLABLE && d.read_null() {
            let cx = d.decoder();
            if cx.is_strict() {
                cx.report(Rule::Type { expected: "a non-null map value", found: "null".into() });
            }
        } else if let Some(v) = d.read_item::<T>(member) {
            put(key, v);
        }
    });
    ok && !d.decoder().gives_up(before)
}

impl<T: Shape> Shape for BTreeMap<String, T> {
    const CASING: Casing = T::CASING;
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        write_map(member, self.len(), self.iter(), s);
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        let mut out = BTreeMap::new();
        read_map(member, d, |k, v| {
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

impl<T: Shape, H: BuildHasher + Default> Shape for HashMap<String, T, H> {
    const CASING: Casing = T::CASING;
    fn serialize<S: ShapeSerializer>(&self, member: &MemberSchema, s: &mut S) {
        // Sorted, so that the same map always gives the same bytes (and signature).
        let mut entries: Vec<_> = self.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        write_map(member, entries.len(), entries.into_iter(), s);
    }
    fn deserialize<D: ShapeDeserializer>(member: &MemberSchema, d: &mut D) -> Option<Self> {
        let mut out = HashMap::default();
        read_map(member, d, |k, v| {
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
