//! Writing CBOR: a [`ShapeSerializer`] over minicbor's `Encoder`, appending to a buffer.
//!
//! Every length is definite. A list's or map's length is known before its items are written; a
//! structure's is not, since absent members are left out as they come: its head is written for
//! no member and put right once the members are written (one byte for up to 23 members, the
//! bytes after it moved along for more).

use std::convert::Infallible;

use minicbor::Encoder;
use minicbor::data::Tag;
use minicbor::encode::Error;

use super::TIMESTAMP_TAG;
use crate::schema::{MemberSchema, ShapeSchema};
use crate::shape::{Shape, ShapeSerializer};
use crate::types::{DateTime, Document};

/// Appends CBOR to a buffer; structure heads are counted for the caller.
#[derive(Debug)]
pub struct CborWriter {
    e: Encoder<Vec<u8>>,
    /// For each structure being written, innermost last: where its head is, and how many
    /// members it has had so far.
    open: Vec<(usize, u64)>,
}

impl Default for CborWriter {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

/// What an encoder step gives back.
type Step<'a> = Result<&'a mut Encoder<Vec<u8>>, Error<Infallible>>;

impl CborWriter {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty writer with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        Self { e: Encoder::new(Vec::with_capacity(capacity)), open: Vec::new() }
    }

    /// The CBOR written so far.
    pub fn finish(self) -> Vec<u8> {
        self.e.into_writer()
    }

    /// Runs one encoder step. Writing to a `Vec` cannot fail (minicbor's `Write` for it has an
    /// `Infallible` error), so there is nothing to pass on.
    fn put(&mut self, step: impl FnOnce(&mut Encoder<Vec<u8>>) -> Step<'_>) {
        let _ = step(&mut self.e);
    }

    /// Puts the head of the structure at `at`, written for no member, right for `members`.
    fn close_map(&mut self, at: usize, members: u64) {
        let mut head = Encoder::new(Vec::with_capacity(9));
        let _ = head.map(members);
        let head = head.into_writer();
        let out = self.e.writer_mut();
        if head.len() == 1 {
            out[at] = head[0];
        } else {
            out.splice(at..at + 1, head);
        }
    }

    /// A document as the CBOR of its JSON value: objects are maps, numbers integers where they
    /// are whole and fit, else doubles. rpcv2Cbor has no documents (its protocol refuses them
    /// before writing); the codec writes them for any other use.
    fn document(&mut self, value: &Document) {
        match value {
            Document::Null => self.put(|e| e.null()),
            Document::Bool(b) => self.put(|e| e.bool(*b)),
            Document::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => self.put(|e| e.u64(u)),
                (_, Some(i)) => self.put(|e| e.i64(i)),
                _ => self.put(|e| e.f64(n.as_f64().unwrap_or(f64::NAN))),
            },
            Document::String(s) => self.put(|e| e.str(s)),
            Document::Array(items) => {
                self.put(|e| e.array(items.len() as u64));
                items.iter().for_each(|item| self.document(item));
            }
            Document::Object(members) => {
                self.put(|e| e.map(members.len() as u64));
                for (key, item) in members {
                    self.put(|e| e.str(key));
                    self.document(item);
                }
            }
        }
    }
}

impl ShapeSerializer for CborWriter {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, members: F) {
        let at = self.e.writer().len();
        self.put(|e| e.map(0));
        self.open.push((at, 0));
        members(self);
        let (at, count) = self.open.pop().expect("the structure opened above");
        self.close_map(at, count);
    }

    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        if value.is_absent() {
            return;
        }
        self.put(|e| e.str(member.name));
        value.serialize(member, self);
        if let Some((_, count)) = self.open.last_mut() {
            *count += 1;
        }
    }

    fn write_unknown_member(&mut self, name: &str, value: &Document) {
        // Never sent (validation refuses a union holding a member this client does not know),
        // but kept as it was received when a value is written for itself.
        self.put(|e| e.str(name));
        self.document(value);
        if let Some((_, count)) = self.open.last_mut() {
            *count += 1;
        }
    }

    fn write_list<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, len: usize, items: F) {
        self.put(|e| e.array(len as u64));
        items(self);
    }

    fn write_item<T: Shape>(&mut self, list: &MemberSchema, value: &T) {
        value.serialize(list, self);
    }

    fn write_map<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, len: usize, entries: F) {
        self.put(|e| e.map(len as u64));
        entries(self);
    }

    fn write_entry<T: Shape>(&mut self, map: &MemberSchema, key: &str, value: &T) {
        self.put(|e| e.str(key));
        value.serialize(map, self);
    }

    fn write_string(&mut self, _: &MemberSchema, value: &str) {
        self.put(|e| e.str(value));
    }

    fn write_bool(&mut self, _: &MemberSchema, value: bool) {
        self.put(|e| e.bool(value));
    }

    fn write_integer(&mut self, _: &MemberSchema, value: i64) {
        // minicbor writes the smallest head that holds the value.
        self.put(|e| e.i64(value));
    }

    fn write_f32(&mut self, _: &MemberSchema, value: f32) {
        // A float stays a single: never a half (Smithy: support for them is uneven), never an
        // integer (which Smithy allows, but no reader needs).
        self.put(|e| e.f32(value));
    }

    fn write_f64(&mut self, _: &MemberSchema, value: f64) {
        self.put(|e| e.f64(value));
    }

    fn write_blob(&mut self, _: &MemberSchema, value: &[u8]) {
        self.put(|e| e.bytes(value));
    }

    fn write_timestamp(&mut self, _: &MemberSchema, value: &DateTime) {
        // Tag 1, epoch seconds, whatever the member's format: an integer when whole, else a
        // double (millisecond precision and more).
        self.put(|e| e.tag(Tag::new(TIMESTAMP_TAG)));
        if value.subsec_nanos() == 0 {
            self.put(|e| e.i64(value.secs()));
        } else {
            self.put(|e| e.f64(value.as_secs_f64()));
        }
    }

    fn write_document(&mut self, _: &MemberSchema, value: &Document) {
        self.document(value);
    }

    fn write_null(&mut self, _: &MemberSchema) {
        self.put(|e| e.null());
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::types::Blob;

    fn cbor<T: Shape>(value: &T) -> Vec<u8> {
        let mut w = CborWriter::new();
        value.serialize(&MemberSchema::ROOT, &mut w);
        w.finish()
    }

    #[test]
    fn writes_scalars_in_their_smallest_heads() {
        assert_eq!(cbor(&0i32), [0x00]);
        assert_eq!(cbor(&23i64), [0x17]);
        assert_eq!(cbor(&24i64), [0x18, 24]);
        assert_eq!(cbor(&256i32), [0x19, 0x01, 0x00]);
        assert_eq!(cbor(&65_536i64), [0x1a, 0, 1, 0, 0]);
        assert_eq!(cbor(&(1i64 << 32)), [0x1b, 0, 0, 0, 1, 0, 0, 0, 0]);
        assert_eq!(cbor(&-1i8), [0x20]);
        assert_eq!(cbor(&-25i16), [0x38, 24]);
        assert_eq!(cbor(&i64::MIN), [0x3b, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
        assert_eq!(cbor(&true), [0xf5]);
        assert_eq!(cbor(&"ab".to_owned()), [0x62, b'a', b'b']);
        assert_eq!(cbor(&Blob(b"ab".to_vec())), [0x42, b'a', b'b']);
        assert_eq!(cbor(&7.625f32), [0xfa, 0x40, 0xf4, 0x00, 0x00]);
        assert_eq!(cbor(&1.5f64), [0xfb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0]);
        assert_eq!(cbor(&f32::NAN), [0xfa, 0x7f, 0xc0, 0x00, 0x00]);
        assert_eq!(cbor(&f64::NEG_INFINITY), [0xfb, 0xff, 0xf0, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn writes_timestamps_as_tag_1() {
        assert_eq!(cbor(&DateTime::from_secs(1_398_796_238)), [0xc1, 0x1a, 0x53, 0x5f, 0xef, 0xce]);
        let fraction = cbor(&DateTime::from_secs_nanos(946_845_296, 123_000_000));
        assert_eq!(fraction[..2], [0xc1, 0xfb]);
        assert_eq!(f64::from_be_bytes(fraction[2..].try_into().unwrap()), 946_845_296.123);
        assert_eq!(cbor(&DateTime::from_secs(-1)), [0xc1, 0x20]);
    }

    #[test]
    fn writes_definite_lists_and_maps() {
        assert_eq!(cbor(&vec![1i32, 2]), [0x82, 1, 2]);
        assert_eq!(cbor(&Vec::<i32>::new()), [0x80]);
        assert_eq!(cbor(&vec![Some(1i32), None]), [0x82, 1, 0xf6]);
        let map: BTreeMap<String, bool> = [("a".into(), true)].into();
        assert_eq!(cbor(&map), [0xa1, 0x61, b'a', 0xf5]);
    }

    #[test]
    fn structure_heads_are_counted_after_their_members() {
        let mut w = CborWriter::new();
        static ONE: MemberSchema = MemberSchema::named("a");
        let shape = &crate::codec::cbor::tests::EMPTY_SHAPE;
        w.write_struct(&MemberSchema::ROOT, shape, |w| {
            w.write_member(&ONE, &Some(1i32));
            w.write_member(&ONE, &None::<i32>);
        });
        assert_eq!(w.finish(), [0xa1, 0x61, b'a', 1]);
        // 24 members need a second head byte: the members move along.
        let mut w = CborWriter::new();
        w.write_struct(&MemberSchema::ROOT, shape, |w| (0..24).for_each(|_| w.write_member(&ONE, &true)));
        let out = w.finish();
        assert_eq!(out[..2], [0xb8, 24]);
        assert_eq!(out.len(), 2 + 24 * 3);
        assert!(out[2..].chunks(3).all(|c| c == [0x61, b'a', 0xf5]));
    }

    #[test]
    fn documents_are_their_json_values() {
        let doc: Document = serde_json::json!({"a": [1, -2, 1.5, "s", true, null]});
        let expected = [0xa1, 0x61, b'a', 0x86, 0x01, 0x21, 0xfb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0, 0x61, b's', 0xf5, 0xf6];
        assert_eq!(cbor(&doc), expected);
    }
}
