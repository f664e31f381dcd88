//! The reading half of schema-guided serialization: a shape asks a [`ShapeDeserializer`] for
//! each value it holds, with the member schema that says how the codec finds it; every problem
//! goes to the [`Decoder`] the deserializer carries, with its path.
//!
//! Two ways of reading, one set of shapes:
//! - **lenient**, as a client reads a response: unknown members are ignored, a missing required
//!   member takes its zero value (Smithy's client error correction), and the first value that
//!   cannot be read fails the whole read;
//! - **strict**, as a server or a command line reads input: unknown and missing members are
//!   problems, and a value that cannot be read takes its zero value so that the rest is still
//!   read and every problem is reported at once.

use crate::byte_stream::ByteStream;
use crate::schema::{MemberSchema, ShapeSchema};
use crate::shape::Shape;
use crate::types::{Blob, DateTime, Document, UnknownMember};
use crate::validate::{Path, REDACTED, Rule, Violation, Violations};

/// How strictly values are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A client reading a response: unknown members are ignored and a missing required member
    /// gets its zero value (Smithy's client error correction).
    Lenient,
    /// A server (or a command line) reading input: unknown members and missing required members
    /// are problems.
    Strict,
}

/// The state every deserializer shares: the mode, where in the value it is, and the problems
/// found so far.
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

    /// Whether the mode is strict.
    pub fn is_strict(&self) -> bool {
        self.mode == Mode::Strict
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

    /// Records a value of the wrong type, `found` describing it (`string "x"`, `an object`);
    /// `kind` is the description without the value, used inside sensitive values. Returns
    /// `None` for convenience.
    pub fn wrong_type<T>(&mut self, expected: &'static str, kind: &str, found: impl FnOnce() -> String) -> Option<T> {
        let found = if self.sensitive > 0 { None } else { Some(found()) };
        self.report_wrong_type(expected, kind, found);
        None
    }

    /// [`Decoder::wrong_type`] with `found` already built (`None`: use `kind`); not generic, so
    /// that its body is compiled once rather than once per caller.
    pub(crate) fn report_wrong_type(&mut self, expected: &'static str, kind: &str, found: Option<String>) {
        let found = match found {
            Some(found) if self.sensitive == 0 => found,
            _ => kind.to_owned(),
        };
        self.report(Rule::Type { expected, found });
    }

    /// Whether the value being read is sensitive.
    pub fn in_sensitive(&self) -> bool {
        self.sensitive > 0
    }

    /// Enters a sensitive value: until the matching [`Decoder::leave_sensitive`], problems do
    /// not quote values.
    pub fn enter_sensitive(&mut self) {
        self.sensitive += 1;
    }

    /// Leaves a sensitive value.
    pub fn leave_sensitive(&mut self) {
        self.sensitive -= 1;
    }

    /// Steps into the member `name`.
    pub fn push_member(&mut self, name: &'static str) {
        self.path.push_member(name);
    }

    /// Steps into a member known only at run time (an unknown one).
    pub fn push_owned_member(&mut self, name: String) {
        self.path.push_owned(name);
    }

    /// Steps into list item `index`.
    pub fn push_index(&mut self, index: usize) {
        self.path.push_index(index);
    }

    /// Steps into map entry `key`; inside a sensitive value the key is redacted.
    pub fn push_key(&mut self, key: &str) {
        self.path.push_key(if self.sensitive > 0 { REDACTED } else { key });
    }

    /// Steps back out.
    pub fn pop(&mut self) {
        self.path.pop();
    }

    /// In strict mode a value that could not be read becomes its zero value (the problem is
    /// recorded), so that the rest of the input can still be read and validated and every
    /// problem reported at once. In lenient mode the failure stands.
    pub fn salvage<T: Shape>(&self, value: Option<T>) -> Option<T> {
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

    /// A response structure none of whose members the shape has, but one of which, `name`, is
    /// the shape's member `member` under another casing: a problem in either mode, since reading
    /// on would leave every member unset.
    pub fn miscased_member(&mut self, name: &str, member: &'static str) {
        self.path.push_owned(name.to_owned());
        self.report(Rule::Casing { member });
        self.path.pop();
    }

    /// A member the shape does not have: a problem in strict mode, ignored otherwise.
    pub fn unknown_member(&mut self, name: &str) {
        if self.mode == Mode::Strict {
            self.path.push_owned(name.to_owned());
            self.report(Rule::UnknownMember);
            self.path.pop();
        }
    }

    /// A required member that is missing: a problem in strict mode, ignored otherwise.
    pub fn missing_member(&mut self, name: &'static str) {
        if self.mode == Mode::Strict {
            self.path.push_member(name);
            self.report(Rule::Required);
            self.path.pop();
        }
    }

    /// A union with no member set.
    pub fn empty_union(&mut self) {
        self.report(Rule::Union { reason: "no member is set; a union needs exactly one".into() });
    }

    /// A union with more than one member set: `names` lists them.
    pub fn crowded_union(&mut self, names: &[&str]) {
        let names: Vec<_> = names.iter().map(|n| format!("`{n}`")).collect();
        self.report(Rule::Union { reason: format!("{} are set; a union needs exactly one", names.join(", ")) });
    }

    /// The problems recorded so far, taken out.
    pub fn take_problems(&mut self) -> Vec<Violation> {
        std::mem::take(&mut self.problems)
    }

    /// The problems found, or `Ok` if there were none.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, Violations> {
        match value {
            Some(v) if self.problems.is_empty() => Ok(v),
            _ => Err(Violations(self.problems)),
        }
    }
}

/// The members of a structure found while reading it, for the required-member check: the
/// first 64 as bits (no allocation for most structures), the others listed.
#[derive(Debug, Default)]
pub(crate) struct SeenMembers {
    bits: u64,
    more: Vec<usize>,
}

impl SeenMembers {
    /// Records member `i` as present.
    pub(crate) fn mark(&mut self, i: usize) {
        if i < 64 {
            self.bits |= 1 << i;
        } else {
            self.more.push(i);
        }
    }

    /// Whether no member was present.
    pub(crate) fn is_empty(&self) -> bool {
        self.bits == 0 && self.more.is_empty()
    }

    fn contains(&self, i: usize) -> bool {
        if i < 64 { self.bits & (1 << i) != 0 } else { self.more.contains(&i) }
    }

    /// Reports each required member of `shape` that was not present (a problem in strict mode
    /// only, as [`Decoder::missing_member`] says).
    pub(crate) fn report_missing(&self, cx: &mut Decoder, shape: &ShapeSchema) {
        if !cx.is_strict() {
            return;
        }
        for (i, member) in shape.members.iter().enumerate() {
            if member.required && !self.contains(i) {
                cx.missing_member(member.name);
            }
        }
    }
}

/// A member of the structure or union being read, as the deserializer found it.
#[derive(Debug, Clone, Copy)]
pub enum Field<'a> {
    /// The member at this index of the shape's schema.
    Known(usize),
    /// A member the shape does not have (unions keep it).
    Unknown(&'a str),
}

/// A format that values are read from. Each method reads the value at the deserializer's
/// current position; `None` means a problem was recorded in the [`Decoder`].
pub trait ShapeDeserializer: Sized {
    /// The problems found so far, the path and the mode.
    fn decoder(&mut self) -> &mut Decoder;

    /// Reads a structure: calls `member` once for each member present (absent and null ones
    /// are not), in an order of the codec's choosing; the callback reads the member's value.
    /// Missing required members and, in strict mode, unknown ones are reported here. `false`
    /// if the value is not a structure.
    fn read_struct<F: FnMut(&mut Self, usize)>(
        &mut self,
        member: &MemberSchema,
        shape: &'static ShapeSchema,
        members: F,
    ) -> bool;

    /// Reads a union: calls `member` with the one member set, known or not. None set, or more
    /// than one, is reported here and gives `false`.
    fn read_union<F: FnMut(&mut Self, Field<'_>)>(
        &mut self,
        member: &MemberSchema,
        shape: &'static ShapeSchema,
        member_fn: F,
    ) -> bool;

    /// Reads the value of a union member this client does not know: kept when reading
    /// leniently, a problem when reading strictly.
    fn read_unknown_member(&mut self, name: &str) -> Option<UnknownMember>;

    /// Reads a list: calls `item` once per item, with the path at its index.
    fn read_list<F: FnMut(&mut Self)>(&mut self, member: &MemberSchema, item: F) -> bool;

    /// Reads a map: calls `entry` once per entry with its key, with the path at the key.
    fn read_map<F: FnMut(&mut Self, String)>(&mut self, member: &MemberSchema, entry: F) -> bool;

    /// If the value here is a null (an empty item of a list or map), consumes it.
    fn read_null(&mut self) -> bool;

    /// Reads a string; `expected` names the type in a problem (`string`, `string enum`).
    fn read_string(&mut self, member: &MemberSchema, expected: &'static str) -> Option<String>;

    /// Reads a boolean.
    fn read_bool(&mut self, member: &MemberSchema) -> Option<bool>;

    /// Reads an integer within `min..=max`; `expected` names the type (`byte`, `integer`).
    fn read_integer(&mut self, member: &MemberSchema, expected: &'static str, min: i64, max: i64) -> Option<i64>;

    /// Reads a float or double (`NaN` and the infinities included).
    fn read_float(&mut self, member: &MemberSchema, expected: &'static str) -> Option<f64>;

    /// Reads a blob.
    fn read_blob(&mut self, member: &MemberSchema) -> Option<Blob>;

    /// Reads a timestamp in the member's format, or the codec's default.
    fn read_timestamp(&mut self, member: &MemberSchema) -> Option<DateTime>;

    /// Reads a document (a null included).
    fn read_document(&mut self, member: &MemberSchema) -> Option<Document>;

    /// Reads a streaming blob. The REST protocols' response readers hand over the body as it
    /// arrives; any other reader reads a blob.
    fn read_stream(&mut self, member: &MemberSchema) -> Option<ByteStream> {
        self.read_blob(member).map(|blob| ByteStream::new(blob.0))
    }

    /// Reads an event stream: the body as it arrives, read as frames of events. Only the
    /// response readers of the protocols with event streams have one; any other reader records
    /// a problem.
    fn read_event_stream<E: Shape>(&mut self, member: &MemberSchema) -> Option<crate::event_stream::EventStream<E>> {
        let _ = member;
        self.decoder().wrong_type("a value this format holds", "an event stream", || "an event stream".into())
    }

    /// Reads the value of `member` of the structure being read, with the path at the member;
    /// a sensitive member's problems do not quote it. Strictly, what cannot be read takes its
    /// zero value.
    fn read_member<T: Shape>(&mut self, member: &'static MemberSchema) -> Option<T> {
        member_of(self, member)
    }

    /// Reads one item of a list or value of a map; strictly, what cannot be read takes its
    /// zero value.
    fn read_item<T: Shape>(&mut self, member: &MemberSchema) -> Option<T> {
        let read = T::deserialize(member, self);
        self.decoder().salvage(read)
    }
}

/// Reads `member` from `d` as [`ShapeDeserializer::read_member`] does, for a deserializer that
/// reads some members from another one (the HTTP bindings).
pub fn member_of<T: Shape, D: ShapeDeserializer>(d: &mut D, member: &'static MemberSchema) -> Option<T> {
    let cx = d.decoder();
    cx.push_member(member.name);
    if member.sensitive {
        cx.enter_sensitive();
    }
    let read = T::deserialize(member, d);
    let cx = d.decoder();
    if member.sensitive {
        cx.leave_sensitive();
    }
    let out = cx.salvage(read);
    cx.pop();
    out
}
