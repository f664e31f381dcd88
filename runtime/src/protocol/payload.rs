//! The raw payload of a value: the bytes (or the stream) of the member bound to the whole body
//! of an HTTP message, for tools that handle it apart from the other members, such as a command
//! that writes an output's payload to a file; and the REST protocols' writer and reader of a
//! blob or string payload, whatever the format of their other bodies.

use bytes::Bytes;

use crate::byte_stream::ByteStream;
use crate::schema::{Binding, MemberSchema, ShapeKind, ShapeSchema, TypeSchema};
use crate::shape::{Decoder, Field, Shape, ShapeDeserializer, ShapeSerializer};
use crate::types::{Blob, DateTime, Document, UnknownMember};

/// How a payload member travels in the REST protocols.
pub(crate) enum PayloadKind {
    /// Raw bytes, with this content type unless the member has a media type.
    Bytes(&'static str),
    /// A structure, union or document, in the protocol's format (JSON, XML).
    Structured,
}

/// How `member`, bound to the payload, travels: blobs, strings and enums as raw bytes, the
/// rest in the protocol's format.
pub(crate) fn payload_kind(member: &MemberSchema) -> PayloadKind {
    match (member.target)() {
        TypeSchema::Blob => PayloadKind::Bytes("application/octet-stream"),
        TypeSchema::String => PayloadKind::Bytes("text/plain"),
        TypeSchema::Shape(s) if s.kind == ShapeKind::Enum => PayloadKind::Bytes("text/plain"),
        _ => PayloadKind::Structured,
    }
}

/// A blob, string or streaming payload.
#[derive(Debug)]
pub enum Payload {
    /// Bytes in memory: a blob's or a string's.
    Bytes(Bytes),
    /// A stream: the body of a response as it arrives, say.
    Stream(ByteStream),
}

/// The member of the structure `value` bound to the body, with its value if it is a set blob,
/// string or stream; `None` if the structure has no such member or it is unset. A stream is
/// taken from `value` (see [`ByteStream`]), which keeps an empty one.
pub fn payload_of<T: Shape>(value: &T) -> Option<(&'static MemberSchema, Payload)> {
    let mut taker = Taker { depth: 0, member: None, payload: None };
    value.serialize(&MemberSchema::ROOT, &mut taker);
    Some((taker.member?, taker.payload?))
}

struct Taker {
    depth: usize,
    member: Option<&'static MemberSchema>,
    payload: Option<Payload>,
}

impl ShapeSerializer for Taker {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, members: F) {
        // Only the top structure's members: a structure payload is not raw bytes.
        if self.depth == 0 {
            self.depth += 1;
            members(self);
            self.depth -= 1;
        }
    }
    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        if member.binding == Binding::Payload && !value.is_absent() {
            self.member = Some(member);
            self.depth += 1;
            value.serialize(member, self);
            self.depth -= 1;
        }
    }
    fn write_stream(&mut self, _: &MemberSchema, value: &ByteStream) {
        self.payload = Some(Payload::Stream(value.take()));
    }
    fn write_blob(&mut self, _: &MemberSchema, value: &[u8]) {
        self.payload = Some(Payload::Bytes(Bytes::copy_from_slice(value)));
    }
    fn write_string(&mut self, _: &MemberSchema, value: &str) {
        self.payload = Some(Payload::Bytes(Bytes::copy_from_slice(value.as_bytes())));
    }
    fn write_unknown_member(&mut self, _: &str, _: &Document) {}
    fn write_list<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_item<T: Shape>(&mut self, _: &MemberSchema, _: &T) {}
    fn write_map<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_entry<T: Shape>(&mut self, _: &MemberSchema, _: &str, _: &T) {}
    fn write_bool(&mut self, _: &MemberSchema, _: bool) {}
    fn write_integer(&mut self, _: &MemberSchema, _: i64) {}
    fn write_f32(&mut self, _: &MemberSchema, _: f32) {}
    fn write_f64(&mut self, _: &MemberSchema, _: f64) {}
    fn write_timestamp(&mut self, _: &MemberSchema, _: &DateTime) {}
    fn write_document(&mut self, _: &MemberSchema, _: &Document) {}
    fn write_null(&mut self, _: &MemberSchema) {}
}

/// The bytes of a blob or string payload.
#[derive(Debug, Default)]
pub(crate) struct RawWriter(pub(crate) Vec<u8>);

impl ShapeSerializer for RawWriter {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) {}
    fn write_member<T: Shape>(&mut self, _: &'static MemberSchema, _: &T) {}
    fn write_unknown_member(&mut self, _: &str, _: &Document) {}
    fn write_list<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_item<T: Shape>(&mut self, _: &MemberSchema, _: &T) {}
    fn write_map<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_entry<T: Shape>(&mut self, _: &MemberSchema, _: &str, _: &T) {}
    fn write_string(&mut self, _: &MemberSchema, value: &str) {
        self.0.extend_from_slice(value.as_bytes());
    }
    fn write_bool(&mut self, _: &MemberSchema, _: bool) {}
    fn write_integer(&mut self, _: &MemberSchema, _: i64) {}
    fn write_f32(&mut self, _: &MemberSchema, _: f32) {}
    fn write_f64(&mut self, _: &MemberSchema, _: f64) {}
    fn write_blob(&mut self, _: &MemberSchema, value: &[u8]) {
        self.0.extend_from_slice(value);
    }
    fn write_timestamp(&mut self, _: &MemberSchema, _: &DateTime) {}
    fn write_document(&mut self, _: &MemberSchema, _: &Document) {}
    fn write_null(&mut self, _: &MemberSchema) {}
}

/// Reads a blob or string payload: the body's bytes; or a streaming one: the body as it
/// arrives, if it does.
pub(crate) struct RawReader<'a> {
    pub(crate) cx: &'a mut Decoder,
    pub(crate) body: &'a Bytes,
    pub(crate) stream: Option<ByteStream>,
    /// How the protocol writes events, if it reads event streams.
    pub(crate) events: Option<crate::event_stream::EventFormat>,
}

impl ShapeDeserializer for RawReader<'_> {
    fn decoder(&mut self) -> &mut Decoder {
        self.cx
    }
    fn read_struct<F: FnMut(&mut Self, usize)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) -> bool {
        false
    }
    fn read_union<F: FnMut(&mut Self, Field<'_>)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) -> bool {
        false
    }
    fn read_unknown_member(&mut self, _: &str) -> Option<UnknownMember> {
        None
    }
    fn read_list<F: FnMut(&mut Self)>(&mut self, _: &MemberSchema, _: F) -> bool {
        false
    }
    fn read_map<F: FnMut(&mut Self, String)>(&mut self, _: &MemberSchema, _: F) -> bool {
        false
    }
    fn read_null(&mut self) -> bool {
        false
    }
    fn read_string(&mut self, _: &MemberSchema, expected: &'static str) -> Option<String> {
        match std::str::from_utf8(self.body) {
            Ok(text) => Some(text.to_owned()),
            Err(_) => self.cx.wrong_type(expected, "bytes", || "bytes that are not UTF-8".into()),
        }
    }
    fn read_bool(&mut self, _: &MemberSchema) -> Option<bool> {
        None
    }
    fn read_integer(&mut self, _: &MemberSchema, _: &'static str, _: i64, _: i64) -> Option<i64> {
        None
    }
    fn read_float(&mut self, _: &MemberSchema, _: &'static str) -> Option<f64> {
        None
    }
    fn read_blob(&mut self, _: &MemberSchema) -> Option<Blob> {
        Some(Blob(self.body.to_vec()))
    }
    fn read_stream(&mut self, _: &MemberSchema) -> Option<ByteStream> {
        Some(self.stream.take().unwrap_or_else(|| ByteStream::new(self.body.clone())))
    }
    fn read_event_stream<E: Shape>(&mut self, member: &MemberSchema) -> Option<crate::event_stream::EventStream<E>> {
        match self.events {
            Some(format) => Some(crate::event_stream::EventStream::new(self.read_stream(member)?, format)),
            None => self.cx.wrong_type("a body of this protocol", "an event stream", || "an event stream".into()),
        }
    }

    fn read_timestamp(&mut self, _: &MemberSchema) -> Option<DateTime> {
        None
    }
    fn read_document(&mut self, _: &MemberSchema) -> Option<Document> {
        None
    }
}

/// The body a streaming payload member makes, with its content type: bytes in memory as a plain
/// body; a file or a stream as `stream`, with an empty body, and a member that `requires_length`
/// reported to `problems` if the stream has none. Shared by the REST protocols' writers.
pub(crate) fn streamed_body(
    member: &MemberSchema,
    value: &ByteStream,
    problems: &mut Vec<crate::validate::Violation>,
) -> (Bytes, &'static str, Option<crate::byte_stream::StreamingBody>) {
    let content_type = member.media_type.unwrap_or("application/octet-stream");
    match value.streaming_body() {
        None => (value.bytes().cloned().unwrap_or_default(), content_type, None),
        Some(stream) => {
            if member.requires_length && stream.len().is_none() {
                let rule = crate::validate::Rule::RequiresLength;
                problems.push(crate::validate::Violation { path: member.name.to_owned(), rule });
            }
            (Bytes::new(), content_type, Some(stream))
        }
    }
}
