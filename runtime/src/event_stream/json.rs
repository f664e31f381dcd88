//! One message of an event stream read as a member of its union, for the JSON protocols: the
//! member is the one the message's type names; of the event's members, those bound with
//! `event_header` are read from the message's headers, the `event_payload` one from the payload
//! (a blob's or string's bytes as they are, anything else as JSON), and the others from the
//! payload's JSON object.

use super::{EventFormat, HeaderValue, Message};
use crate::byte_stream::ByteStream;
use crate::codec::json::JsonDeserializer;
use crate::codec::json::key_of;
use crate::protocol::payload::{PayloadKind, RawReader, payload_kind};
use crate::schema::{Binding, MemberSchema, ShapeSchema};
use crate::shape::de::member_of;
use crate::shape::{Decoder, Field, Mode, Shape, ShapeDeserializer};
use crate::types::{Blob, DateTime, Document, UnknownMember};
use crate::validate::Violations;

/// The member `kind` of the union `E`, read from `message`.
pub(crate) fn decode<E: Shape>(kind: &str, message: &Message, format: EventFormat) -> Result<E, Violations> {
    let json = JsonDeserializer::new(&message.payload, Mode::Lenient).json_names(format.json_names);
    let mut reader = EventReader { json, message, kind, json_names: format.json_names, in_event: false };
    let value = E::deserialize(&MemberSchema::ROOT, &mut reader);
    reader.json.finish(value)
}

/// Reads the union, then its one member, the event, from a message.
struct EventReader<'a> {
    json: JsonDeserializer<'a>,
    message: &'a Message,
    /// The union member: the message's event or exception type.
    kind: &'a str,
    json_names: bool,
    /// Whether the event's own members are being read (else the union is).
    in_event: bool,
}

impl ShapeDeserializer for EventReader<'_> {
    fn decoder(&mut self) -> &mut Decoder {
        self.json.decoder()
    }

    fn read_union<F: FnMut(&mut Self, Field<'_>)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut member: F,
    ) -> bool {
        match shape.members.iter().position(|m| m.name == self.kind) {
            Some(i) => member(self, Field::Known(i)),
            None => {
                let kind = self.kind;
                member(self, Field::Unknown(kind));
            }
        }
        true
    }

    fn read_unknown_member(&mut self, name: &str) -> Option<UnknownMember> {
        // An event without payload is kept with a null.
        if self.json.at_end() {
            return Some(UnknownMember { name: name.to_owned(), value: serde_json::Value::Null });
        }
        self.json.read_unknown_member(name)
    }

    fn read_struct<F: FnMut(&mut Self, usize)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut members: F,
    ) -> bool {
        self.in_event = true;
        let mut payload = false;
        for (i, member) in shape.members.iter().enumerate() {
            match member.binding {
                Binding::EventHeader if self.message.header(member.name).is_some() => members(self, i),
                Binding::EventPayload => {
                    payload = true;
                    members(self, i);
                }
                _ => {}
            }
        }
        if payload || self.json.at_end() {
            return true;
        }
        if !self.json.open_object("object") {
            return false;
        }
        while let Some(key) = self.json.next_key() {
            let found =
                shape.members.iter().position(|m| m.binding == Binding::Body && key_of(m, self.json_names) == key);
            match found {
                Some(i) if !self.json.at_null() => members(self, i),
                _ => self.json.skip_value(),
            }
        }
        self.json.end();
        !self.json.is_broken()
    }

    fn read_member<T: Shape>(&mut self, member: &'static MemberSchema) -> Option<T> {
        if !self.in_event {
            // The union's member: the event, whose members this reader reads.
            return member_of(self, member);
        }
        match member.binding {
            Binding::EventHeader => {
                let value = self.message.header(member.name)?;
                member_of(&mut HeaderReader { cx: self.json.decoder(), value }, member)
            }
            Binding::EventPayload => match payload_kind(member) {
                PayloadKind::Bytes(_) if self.message.payload.is_empty() => None,
                PayloadKind::Bytes(_) => {
                    let body = &self.message.payload;
                    member_of(&mut RawReader { cx: self.json.decoder(), body, stream: None, events: None }, member)
                }
                PayloadKind::Structured if self.json.at_end() => None,
                PayloadKind::Structured => {
                    let out = member_of(&mut self.json, member);
                    self.json.end();
                    out
                }
            },
            _ => member_of(&mut self.json, member),
        }
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
    fn read_string(&mut self, member: &MemberSchema, expected: &'static str) -> Option<String> {
        self.json.read_string(member, expected)
    }
    fn read_bool(&mut self, member: &MemberSchema) -> Option<bool> {
        self.json.read_bool(member)
    }
    fn read_integer(&mut self, member: &MemberSchema, expected: &'static str, min: i64, max: i64) -> Option<i64> {
        self.json.read_integer(member, expected, min, max)
    }
    fn read_float(&mut self, member: &MemberSchema, expected: &'static str) -> Option<f64> {
        self.json.read_float(member, expected)
    }
    fn read_blob(&mut self, member: &MemberSchema) -> Option<Blob> {
        self.json.read_blob(member)
    }
    fn read_timestamp(&mut self, member: &MemberSchema) -> Option<DateTime> {
        self.json.read_timestamp(member)
    }
    fn read_document(&mut self, member: &MemberSchema) -> Option<Document> {
        self.json.read_document(member)
    }
}

/// Reads one header's value as the member bound to it.
struct HeaderReader<'a> {
    cx: &'a mut Decoder,
    value: &'a HeaderValue,
}

impl HeaderReader<'_> {
    fn wrong<T>(&mut self, expected: &'static str) -> Option<T> {
        let kind = header_kind(self.value);
        self.cx.wrong_type(expected, kind, || kind.to_owned())
    }
}

/// What kind of header value `value` is, for a type problem.
fn header_kind(value: &HeaderValue) -> &'static str {
    match value {
        HeaderValue::Bool(_) => "a boolean header",
        HeaderValue::Byte(_) | HeaderValue::Short(_) | HeaderValue::Int(_) | HeaderValue::Long(_) => {
            "an integer header"
        }
        HeaderValue::ByteArray(_) => "a byte array header",
        HeaderValue::String(_) => "a string header",
        HeaderValue::Timestamp(_) => "a timestamp header",
        HeaderValue::Uuid(_) => "a UUID header",
    }
}

impl ShapeDeserializer for HeaderReader<'_> {
    fn decoder(&mut self) -> &mut Decoder {
        self.cx
    }
    fn read_struct<F: FnMut(&mut Self, usize)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) -> bool {
        self.wrong::<()>("structure").is_some()
    }
    fn read_union<F: FnMut(&mut Self, Field<'_>)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) -> bool {
        self.wrong::<()>("union").is_some()
    }
    fn read_unknown_member(&mut self, _: &str) -> Option<UnknownMember> {
        None
    }
    fn read_list<F: FnMut(&mut Self)>(&mut self, _: &MemberSchema, _: F) -> bool {
        self.wrong::<()>("list").is_some()
    }
    fn read_map<F: FnMut(&mut Self, String)>(&mut self, _: &MemberSchema, _: F) -> bool {
        self.wrong::<()>("map").is_some()
    }
    fn read_null(&mut self) -> bool {
        false
    }
    fn read_string(&mut self, _: &MemberSchema, expected: &'static str) -> Option<String> {
        match self.value {
            HeaderValue::String(text) => Some(text.clone()),
            _ => self.wrong(expected),
        }
    }
    fn read_bool(&mut self, _: &MemberSchema) -> Option<bool> {
        match self.value {
            HeaderValue::Bool(b) => Some(*b),
            _ => self.wrong("boolean"),
        }
    }
    fn read_integer(&mut self, _: &MemberSchema, expected: &'static str, min: i64, max: i64) -> Option<i64> {
        let n = match self.value {
            HeaderValue::Byte(n) => i64::from(*n),
            HeaderValue::Short(n) => i64::from(*n),
            HeaderValue::Int(n) => i64::from(*n),
            HeaderValue::Long(n) => *n,
            _ => return self.wrong(expected),
        };
        if (min..=max).contains(&n) {
            Some(n)
        } else {
            self.cx.wrong_type(expected, "an integer header out of range", || format!("{n}, out of range"))
        }
    }
    fn read_float(&mut self, _: &MemberSchema, expected: &'static str) -> Option<f64> {
        self.wrong(expected)
    }
    fn read_blob(&mut self, _: &MemberSchema) -> Option<Blob> {
        match self.value {
            HeaderValue::ByteArray(bytes) => Some(Blob(bytes.to_vec())),
            _ => self.wrong("blob"),
        }
    }
    fn read_stream(&mut self, member: &MemberSchema) -> Option<ByteStream> {
        self.read_blob(member).map(|blob| ByteStream::new(blob.0))
    }
    fn read_timestamp(&mut self, _: &MemberSchema) -> Option<DateTime> {
        match self.value {
            HeaderValue::Timestamp(millis) => {
                let nanos = u32::try_from(millis.rem_euclid(1000) * 1_000_000).unwrap_or(0);
                Some(DateTime::from_secs_nanos(millis.div_euclid(1000), nanos))
            }
            _ => self.wrong("timestamp"),
        }
    }
    fn read_document(&mut self, _: &MemberSchema) -> Option<Document> {
        self.wrong("document")
    }
}
