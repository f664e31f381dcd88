//! The raw payload of a value: the bytes (or the stream) of the member bound to the whole body
//! of an HTTP message, for tools that handle it apart from the other members, such as a command
//! that writes an output's payload to a file.

use bytes::Bytes;

use crate::byte_stream::ByteStream;
use crate::schema::{Binding, MemberSchema, ShapeSchema};
use crate::shape::{Shape, ShapeSerializer};
use crate::types::{DateTime, Document};

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
