//! Writing a shape as a form body, with the keys of [`super`].

use super::{Dialect, encode_into, flattened, key};
use crate::codec::text;
use crate::schema::{MemberSchema, ShapeSchema};
use crate::shape::{Shape, ShapeSerializer};
use crate::types::{DateTime, Document, TimestampFormat};

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
        flattened(self.dialect, member)
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
        let key = key(self.dialect, member);
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
    fn the_body_starts_with_the_action_and_version() {
        assert_eq!(FormWriter::new(Dialect::AwsQuery, "A", "1").finish(), "Action=A&Version=1");
    }
}
