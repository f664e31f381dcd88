//! The writing half of schema-guided serialization: a shape walks its members and hands each
//! value, with its static member schema, to a [`ShapeSerializer`]; the codec decides from the
//! schema how the value looks on its wire (key or element name, timestamp format, list and map
//! layout). One trait for every format: JSON, XML, form-urlencoded and CBOR.
//!
//! Generic, never `dyn`: each shape is monomorphized for the codecs its service uses.

use crate::byte_stream::ByteStream;
use crate::schema::{MemberSchema, ShapeSchema};
use crate::shape::Shape;
use crate::types::{DateTime, Document};

/// A format that values are written to. Writing cannot fail: what cannot be sent is caught by
/// validation before any serializer runs.
pub trait ShapeSerializer: Sized {
    /// Writes a structure (or a union, or an error) that `member` holds: `members` writes each
    /// member with [`ShapeSerializer::write_member`].
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, member: &MemberSchema, shape: &'static ShapeSchema, members: F);

    /// Writes one member of the structure being written, unless its value is absent.
    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T);

    /// Writes a union member this client does not know, as it was received.
    fn write_unknown_member(&mut self, name: &str, value: &Document);

    /// Writes a list of `len` items: `items` writes each with [`ShapeSerializer::write_item`].
    fn write_list<F: FnOnce(&mut Self)>(&mut self, member: &MemberSchema, len: usize, items: F);

    /// Writes one item of the list that `list` holds.
    fn write_item<T: Shape>(&mut self, list: &MemberSchema, value: &T);

    /// Writes a map of `len` entries: `entries` writes each with [`ShapeSerializer::write_entry`].
    fn write_map<F: FnOnce(&mut Self)>(&mut self, member: &MemberSchema, len: usize, entries: F);

    /// Writes one entry of the map that `map` holds.
    fn write_entry<T: Shape>(&mut self, map: &MemberSchema, key: &str, value: &T);

    /// Writes a string (or a string enum's value).
    fn write_string(&mut self, member: &MemberSchema, value: &str);

    /// Writes a boolean.
    fn write_bool(&mut self, member: &MemberSchema, value: bool);

    /// Writes a byte, short, integer, long or int enum.
    fn write_integer(&mut self, member: &MemberSchema, value: i64);

    /// Writes a float; `NaN` and the infinities included.
    fn write_f32(&mut self, member: &MemberSchema, value: f32);

    /// Writes a double; `NaN` and the infinities included.
    fn write_f64(&mut self, member: &MemberSchema, value: f64);

    /// Writes a blob.
    fn write_blob(&mut self, member: &MemberSchema, value: &[u8]);

    /// Writes a timestamp in the member's format, or the codec's default.
    fn write_timestamp(&mut self, member: &MemberSchema, value: &DateTime);

    /// Writes a document.
    fn write_document(&mut self, member: &MemberSchema, value: &Document);

    /// Writes a null: an empty item of a sparse list or map.
    fn write_null(&mut self, member: &MemberSchema);

    /// Writes an event stream: a null, since its events are not in memory; a writer that wants
    /// them takes them from `events`.
    fn write_event_stream(&mut self, member: &MemberSchema, events: &dyn crate::event_stream::EventSource) {
        let _ = events;
        self.write_null(member);
    }

    /// Writes an input's event stream: a null; the request writers of the protocols with event
    /// streams take its events as the body.
    fn write_input_events(&mut self, member: &MemberSchema, events: &dyn crate::event_stream::EventBody) {
        let _ = events;
        self.write_null(member);
    }

    /// Writes a streaming blob. The REST protocols' request writers send it as the body; any
    /// other writer writes its bytes if they are in memory, else a null.
    fn write_stream(&mut self, member: &MemberSchema, value: &ByteStream) {
        match value.bytes() {
            Some(bytes) => self.write_blob(member, bytes),
            None => self.write_null(member),
        }
    }
}
