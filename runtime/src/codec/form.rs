//! `application/x-www-form-urlencoded` request bodies: the format of the awsQuery and ec2Query
//! protocols. Every scalar becomes one `key=value` pair whose key is the path to it:
//! - a structure's members are `Outer.Inner`, named by the dialect ([`Dialect`]);
//! - a list's items are `Name.member.N` (1-based; `member` unless the list names its items),
//!   or `Name.N` when flattened, which ec2Query lists always are;
//! - a map's entries are `Name.entry.N.key` and `Name.entry.N.value` (key and value names as
//!   the member says), or `Name.N.key` when flattened;
//! - an empty list is sent as `Name=` in awsQuery, and not at all in ec2Query; an empty map is
//!   never sent;
//! - booleans and numbers as text, floats' special values by name, blobs base64, timestamps
//!   date-time unless the member says otherwise.
//!
//! Keys and values are percent-encoded, all but RFC 3986's unreserved characters.

use crate::codec::text;
use crate::schema::{MemberSchema, ShapeSchema};
use crate::shape::{Shape, ShapeSerializer};
use crate::types::{DateTime, Document, TimestampFormat};

/// Which query protocol's rules name the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// awsQuery: a member's key is its `xml_name`, else its member name; lists may be wrapped.
    AwsQuery,
    /// ec2Query: a member's key is its `ec2_query_name`, else its `xml_name` with the first
    /// letter upper-cased, else its member name so; lists are always flattened and an empty
    /// one is not sent.
    Ec2Query,
}

/// A form body being written.
#[derive(Debug)]
pub struct FormWriter {
    dialect: Dialect,
    out: String,
    /// The key of the value being written.
    prefix: String,
    /// The count of items (or entries) written so far, one per open list or map.
    counters: Vec<usize>,
}

impl FormWriter {
    /// A body that starts with `Action=<action>&Version=<version>`.
    pub fn new(dialect: Dialect, action: &str, version: &str) -> Self {
        let mut w = Self { dialect, out: String::with_capacity(256), prefix: String::new(), counters: Vec::new() };
        w.pair("Action", action);
        w.pair("Version", version);
        w
    }

    /// The body.
    pub fn finish(self) -> String {
        self.out
    }

    /// The key of `member` in this dialect.
    pub fn key(&self, member: &MemberSchema) -> String {
        match self.dialect {
            Dialect::AwsQuery => member.xml_name.unwrap_or(member.name).to_owned(),
            Dialect::Ec2Query => match (member.ec2_query_name, member.xml_name) {
                (Some(name), _) => name.to_owned(),
                (None, Some(name)) => upper_first(name),
                (None, None) => upper_first(member.name),
            },
        }
    }

    fn pair(&mut self, key: &str, value: &str) {
        if !self.out.is_empty() {
            self.out.push('&');
        }
        encode_into(&mut self.out, key);
        self.out.push('=');
        encode_into(&mut self.out, value);
    }

    /// A scalar at the current key.
    fn value(&mut self, value: &str) {
        let key = std::mem::take(&mut self.prefix);
        self.pair(&key, value);
        self.prefix = key;
    }

    /// Runs `write` with `segment` appended to the key.
    fn under(&mut self, segment: &str, write: impl FnOnce(&mut Self)) {
        let len = self.prefix.len();
        if len > 0 {
            self.prefix.push('.');
        }
        self.prefix.push_str(segment);
        write(self);
        self.prefix.truncate(len);
    }

    /// The next index of the list or map being written, 1-based.
    fn next_index(&mut self) -> usize {
        let counter = self.counters.last_mut().expect("an item is written inside a list or map");
        *counter += 1;
        *counter
    }

    fn flattened(&self, member: &MemberSchema) -> bool {
        member.xml_flattened || self.dialect == Dialect::Ec2Query
    }
}

/// `name` with its first letter upper-cased.
fn upper_first(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// Appends `text` percent-encoded: all but `A-Z a-z 0-9 - _ . ~`.
pub fn encode_into(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

impl ShapeSerializer for FormWriter {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, members: F) {
        members(self);
    }

    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        if value.is_absent() {
            return;
        }
        let key = self.key(member);
        self.under(&key, |w| value.serialize(member, w));
    }

    fn write_unknown_member(&mut self, _: &str, _: &Document) {
        // Validation refuses to send a union holding a member this client does not know.
    }

    fn write_list<F: FnOnce(&mut Self)>(&mut self, member: &MemberSchema, len: usize, items: F) {
        if len == 0 {
            if self.dialect == Dialect::AwsQuery {
                self.value("");
            }
            return;
        }
        let write = |w: &mut Self| {
            w.counters.push(0);
            items(w);
            w.counters.pop();
        };
        if self.flattened(member) {
            write(self);
        } else {
            self.under(member.item_name.unwrap_or("member"), write);
        }
    }

    fn write_item<T: Shape>(&mut self, list: &MemberSchema, value: &T) {
        let n = self.next_index();
        self.under(&n.to_string(), |w| value.serialize(list, w));
    }

    fn write_map<F: FnOnce(&mut Self)>(&mut self, member: &MemberSchema, len: usize, entries: F) {
        // Unlike an empty list, an empty map is not sent at all.
        if len == 0 {
            return;
        }
        let write = |w: &mut Self| {
            w.counters.push(0);
            entries(w);
            w.counters.pop();
        };
        if self.flattened(member) { write(self) } else { self.under("entry", write) }
    }

    fn write_entry<T: Shape>(&mut self, map: &MemberSchema, key: &str, value: &T) {
        let n = self.next_index();
        let (key_name, value_name) = map.entry_names.unwrap_or(("key", "value"));
        self.under(&n.to_string(), |w| {
            w.under(key_name, |w| w.value(key));
            w.under(value_name, |w| value.serialize(map, w));
        });
    }

    fn write_string(&mut self, _: &MemberSchema, value: &str) {
        self.value(value);
    }

    fn write_bool(&mut self, _: &MemberSchema, value: bool) {
        self.value(if value { "true" } else { "false" });
    }

    fn write_integer(&mut self, _: &MemberSchema, value: i64) {
        self.value(&value.to_string());
    }

    fn write_f32(&mut self, _: &MemberSchema, value: f32) {
        let text = if value.is_finite() { value.to_string() } else { text::float(f64::from(value)) };
        self.value(&text);
    }

    fn write_f64(&mut self, _: &MemberSchema, value: f64) {
        self.value(&text::float(value));
    }

    fn write_blob(&mut self, _: &MemberSchema, value: &[u8]) {
        self.value(&crate::types::base64_encode(value));
    }

    fn write_timestamp(&mut self, member: &MemberSchema, value: &DateTime) {
        let format = member.timestamp_format.unwrap_or(TimestampFormat::DateTime);
        self.value(&text::timestamp(value, format));
    }

    fn write_document(&mut self, _: &MemberSchema, _: &Document) {
        // The query protocols have no documents; a model that uses one cannot be served by them.
    }

    fn write_null(&mut self, _: &MemberSchema) {}
}

/// Writes `value`'s members as the form body of `action`.
pub fn to_form<T: Shape>(value: &T, dialect: Dialect, action: &str, version: &str) -> String {
    let mut w = FormWriter::new(dialect, action, version);
    value.serialize(&MemberSchema::ROOT, &mut w);
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_by_dialect() {
        let w = FormWriter::new(Dialect::Ec2Query, "A", "1");
        assert_eq!(w.key(&MemberSchema { xml_name: Some("fooBar"), ..MemberSchema::named("x") }), "FooBar");
        assert_eq!(w.key(&MemberSchema { ec2_query_name: Some("q"), ..MemberSchema::named("x") }), "q");
        assert_eq!(w.key(&MemberSchema::named("dryRun")), "DryRun");
        let w = FormWriter::new(Dialect::AwsQuery, "A", "1");
        assert_eq!(w.key(&MemberSchema { xml_name: Some("fooBar"), ..MemberSchema::named("x") }), "fooBar");
        assert_eq!(w.finish(), "Action=A&Version=1");
    }

    #[test]
    fn unreserved_characters_only_are_left_alone() {
        let mut out = String::new();
        encode_into(&mut out, "a-b_c.d~e f/g=h&i+é*");
        assert_eq!(out, "a-b_c.d~e%20f%2Fg%3Dh%26i%2B%C3%A9%2A");
    }
}
