//! One event of an input written as a message, for the JSON protocols: the reverse of
//! `json.rs`. The union's member names the event (`:event-type`); of the event's members,
//! those bound with `event_header` become headers of their type, the `event_payload` one the
//! payload (a blob's or string's bytes as they are, anything else as JSON), and the others a
//! JSON object; `:content-type` says which.

use bytes::Bytes;

use super::{EventFormat, Header, HeaderValue, Message};
use crate::codec::json::JsonWriter;
use crate::protocol::payload::{PayloadKind, RawWriter, payload_kind};
use crate::schema::{Binding, MemberSchema, ShapeSchema, TypeSchema};
use crate::shape::{Shape, ShapeSerializer};
use crate::types::{DateTime, Document};
use crate::validate::{Rule, Validator, Violations};

/// `event`, one member of its union, as a message; it is validated first.
pub(crate) fn encode<E: Shape>(event: &E, format: EventFormat) -> Result<Message, Violations> {
    let mut validator = Validator::new();
    event.validate(&mut validator);
    validator.finish()?;
    let mut writer =
        EventWriter { format, depth: Depth::Union, kind: None, headers: Vec::new(), payload: None, body: None };
    event.serialize(&MemberSchema::ROOT, &mut writer);
    let Some(kind) = writer.kind else {
        // Validation refuses a union without a known member first.
        let mut v = Validator::new();
        v.report(Rule::Union { reason: "holds no event".to_owned() });
        return v.finish().map(|()| Message::default());
    };
    let (payload, content_type) = writer.payload.unwrap_or((Bytes::from_static(b"{}"), "application/json"));
    let mut message = Message::new(payload)
        .with_header(":message-type", "event")
        .with_header(":event-type", kind)
        .with_header(":content-type", content_type);
    message.headers.extend(writer.headers.into_iter().map(|(name, value)| Header::new(name, value)));
    Ok(message)
}

/// Where the writer is: at the union, or in the event it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Depth {
    Union,
    Event,
}

struct EventWriter {
    format: EventFormat,
    depth: Depth,
    /// The union's member: the event's type.
    kind: Option<&'static str>,
    headers: Vec<(&'static str, HeaderValue)>,
    /// The payload and its content type.
    payload: Option<(Bytes, &'static str)>,
    /// The JSON object of the members bound to neither headers nor the payload.
    body: Option<JsonWriter>,
}

impl ShapeSerializer for EventWriter {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, shape: &'static ShapeSchema, members: F) {
        if self.depth == Depth::Union {
            return members(self);
        }
        // An event's members not bound to headers go as a JSON object, unless one is its
        // payload; unset, that is an empty payload of its content type.
        if let Some(member) = shape.members.iter().find(|m| m.binding == Binding::EventPayload) {
            let content_type = match payload_kind(member) {
                PayloadKind::Bytes(content_type) => member.media_type.unwrap_or(content_type),
                PayloadKind::Structured => "application/json",
            };
            self.payload = Some((Bytes::new(), content_type));
        } else {
            let mut body = JsonWriter::with_capacity(256).json_names(self.format.json_names);
            body.begin_object();
            self.body = Some(body);
        }
        members(self);
        if let Some(mut body) = self.body.take() {
            body.end_object();
            self.payload = Some((body.finish().into_bytes().into(), "application/json"));
        }
    }

    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        if self.depth == Depth::Union {
            self.kind = Some(member.name);
            self.depth = Depth::Event;
            value.serialize(member, self);
            self.depth = Depth::Union;
            return;
        }
        if value.is_absent() {
            return;
        }
        match member.binding {
            Binding::EventHeader => {
                let mut header = HeaderWriter { target: (member.target)(), value: None };
                value.serialize(member, &mut header);
                if let Some(value) = header.value {
                    self.headers.push((member.name, value));
                }
            }
            Binding::EventPayload => {
                self.payload = Some(match payload_kind(member) {
                    PayloadKind::Bytes(content_type) => {
                        let mut raw = RawWriter::default();
                        value.serialize(member, &mut raw);
                        (raw.0.into(), member.media_type.unwrap_or(content_type))
                    }
                    PayloadKind::Structured => {
                        let mut json = JsonWriter::with_capacity(256).json_names(self.format.json_names);
                        value.serialize(member, &mut json);
                        (json.finish().into_bytes().into(), "application/json")
                    }
                });
            }
            _ => {
                if let Some(body) = &mut self.body {
                    body.write_member(member, value);
                }
            }
        }
    }

    fn write_unknown_member(&mut self, _: &str, _: &Document) {}
    fn write_list<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_item<T: Shape>(&mut self, _: &MemberSchema, _: &T) {}
    fn write_map<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_entry<T: Shape>(&mut self, _: &MemberSchema, _: &str, _: &T) {}
    fn write_string(&mut self, _: &MemberSchema, _: &str) {}
    fn write_bool(&mut self, _: &MemberSchema, _: bool) {}
    fn write_integer(&mut self, _: &MemberSchema, _: i64) {}
    fn write_f32(&mut self, _: &MemberSchema, _: f32) {}
    fn write_f64(&mut self, _: &MemberSchema, _: f64) {}
    fn write_blob(&mut self, _: &MemberSchema, _: &[u8]) {}
    fn write_timestamp(&mut self, _: &MemberSchema, _: &DateTime) {}
    fn write_document(&mut self, _: &MemberSchema, _: &Document) {}
    fn write_null(&mut self, _: &MemberSchema) {}
}

/// A member bound to a header, as the header value of its type: strings and enums as strings,
/// booleans, bytes, shorts, integers and longs as themselves, blobs as byte arrays, timestamps
/// as milliseconds.
struct HeaderWriter {
    target: TypeSchema,
    value: Option<HeaderValue>,
}

impl ShapeSerializer for HeaderWriter {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) {}
    fn write_member<T: Shape>(&mut self, _: &'static MemberSchema, _: &T) {}
    fn write_unknown_member(&mut self, _: &str, _: &Document) {}
    fn write_list<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_item<T: Shape>(&mut self, _: &MemberSchema, _: &T) {}
    fn write_map<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_entry<T: Shape>(&mut self, _: &MemberSchema, _: &str, _: &T) {}
    fn write_string(&mut self, _: &MemberSchema, value: &str) {
        self.value = Some(HeaderValue::String(value.to_owned()));
    }
    fn write_bool(&mut self, _: &MemberSchema, value: bool) {
        self.value = Some(HeaderValue::Bool(value));
    }
    fn write_integer(&mut self, _: &MemberSchema, value: i64) {
        // Validation keeps a value within its type's range; the casts cannot cut it.
        self.value = Some(match self.target {
            TypeSchema::Byte => HeaderValue::Byte(value as i8),
            TypeSchema::Short => HeaderValue::Short(value as i16),
            TypeSchema::Long => HeaderValue::Long(value),
            _ => HeaderValue::Int(value as i32),
        });
    }
    fn write_f32(&mut self, _: &MemberSchema, _: f32) {}
    fn write_f64(&mut self, _: &MemberSchema, _: f64) {}
    fn write_blob(&mut self, _: &MemberSchema, value: &[u8]) {
        self.value = Some(HeaderValue::ByteArray(Bytes::copy_from_slice(value)));
    }
    fn write_timestamp(&mut self, _: &MemberSchema, value: &DateTime) {
        let millis = value.secs().saturating_mul(1000).saturating_add(i64::from(value.subsec_nanos() / 1_000_000));
        self.value = Some(HeaderValue::Timestamp(millis));
    }
    fn write_document(&mut self, _: &MemberSchema, _: &Document) {}
    fn write_null(&mut self, _: &MemberSchema) {}
}
