//! The restJson1 protocol (Smithy, "AWS restJson1 protocol").
//!
//! Wire rules:
//! - the operation's `http` trait gives the method, the URI template and the success code;
//!   members bound to labels, the query, headers and prefix headers go there, as
//!   [`super::http_bindings`] writes them;
//! - the body: an `http_payload` member alone (a blob as its bytes, `application/octet-stream`
//!   unless it has a media type; a string as its text, `text/plain`; a structure, union or
//!   document as JSON, `application/json`), else the members left unbound as a JSON object
//!   keyed by `json_name` (else the member name), `application/json`; no body and no
//!   `Content-Type` when no member is bound to the body;
//! - responses bind headers, prefix headers, the status code and the payload back, the rest
//!   from the JSON body; an empty body is an empty object;
//! - an error's code comes from `X-Amzn-Errortype`, then the body's `code`, then its `__type`,
//!   keeping the text before any `:` and after any `#`; its message from `message`, `Message`
//!   or `errorMessage`; modeled error members bound to headers are read from them;
//! - the request id is the `x-amzn-RequestId` header.

pub mod server;

use bytes::Bytes;

use super::http_bindings::{self, RequestParts, in_response_body};
use super::payload::{PayloadKind, RawReader, RawWriter, payload_kind, streamed_body};
use super::{Protocol, RequestContext, aws_json};
use crate::byte_stream::{ByteStream, StreamingBody};
use crate::codec::json::{JsonDeserializer, JsonWriter, key_of};
use crate::error::{ErrorMeta, ResponseError};
use crate::event_stream::{EventBody, EventFormat};
use crate::http::{HttpRequest, HttpResponse};
use crate::operation::{ErrorShape, Operation, Service};
use crate::schema::{Binding, MemberSchema, ShapeKind, ShapeSchema, TypeSchema};
use crate::shape::de::member_of;
use crate::shape::{Decoder, Field, Mode, Shape, ShapeDeserializer, ShapeSerializer};
use crate::types::{Blob, DateTime, Document, UnknownMember};
use crate::validate::{Rule, Violation, Violations};

/// `restJson1`.
#[derive(Debug, Clone, Copy)]
pub struct RestJson1;

/// The request of a serialized input.
fn build_request(
    w: RequestWriter,
    http: crate::operation::Http,
    endpoint_labels: &[&str],
    cx: &RequestContext<'_>,
) -> Result<HttpRequest, Violations> {
    let body = match (w.payload, w.body) {
        (Some(Some((bytes, content_type))), _) => Some((bytes, content_type)),
        // An unset structure payload is an empty object; an unset blob or string, nothing.
        (Some(None), _) if w.json_payload => Some((Bytes::from_static(b"{}"), RestJson1::CONTENT_TYPE)),
        (Some(None), _) | (None, None) => None,
        (None, Some(body)) => Some((body.finish().into_bytes().into(), RestJson1::CONTENT_TYPE)),
    };
    w.parts.into_request(http, endpoint_labels, cx, body, w.stream)
}

impl Protocol for RestJson1 {
    const NAME: &'static str = "restJson1";
    const CONTENT_TYPE: &'static str = "application/json";
    const INPUT_EVENT_STREAMS: bool = true;

    fn request<O: Operation>(input: &O, cx: &RequestContext<'_>) -> Result<HttpRequest, Violations> {
        let mut w = RequestWriter::default();
        input.serialize(&MemberSchema::ROOT, &mut w);
        build_request(w, O::HTTP, <O::Service as Service>::ENDPOINT_LABELS, cx)
    }

    fn output<O: Shape>(response: &HttpResponse) -> Result<O, ResponseError> {
        read_response(response).map_err(ResponseError::Body)
    }

    fn streaming_output<O: Shape>(response: &HttpResponse, stream: ByteStream) -> Result<O, ResponseError> {
        read_response_with(response, Some(stream)).map_err(ResponseError::Body)
    }

    fn error_meta(response: &HttpResponse, _: bool) -> ErrorMeta {
        let fields = aws_json::error_fields(&response.body);
        let message = fields.message.or(fields.error_message);
        aws_json::meta_from(response, fields.code, fields.type_, message, false)
    }

    fn read_error<E: ErrorShape>(response: &HttpResponse) -> Option<E> {
        read_response(response).ok()
    }

    fn request_id(response: &HttpResponse) -> Option<String> {
        aws_json::request_id(response)
    }
}

/// Reads a value bound to a whole response, leniently.
pub fn read_response<T: Shape>(response: &HttpResponse) -> Result<T, Violations> {
    read_response_with(response, None)
}

/// Reads a value bound to a whole response, leniently; a streaming payload member takes
/// `stream`, the body still arriving, if given, else the body's bytes.
fn read_response_with<T: Shape>(response: &HttpResponse, stream: Option<ByteStream>) -> Result<T, Violations> {
    let json = JsonDeserializer::new(&response.body, Mode::Lenient).json_names(true);
    let mut reader = ResponseReader { json, response, stream };
    let value = T::deserialize(&MemberSchema::ROOT, &mut reader);
    reader.json.finish(value)
}

/// Writes an operation's input: bound members to [`RequestParts`], the payload or the other
/// members to the body.
#[derive(Debug, Default)]
struct RequestWriter {
    parts: RequestParts,
    /// The JSON object of the members bound to the body, if the input has any.
    body: Option<JsonWriter>,
    /// The payload member's bytes and content type, if the input has one: `Some(None)` when
    /// it is unset.
    payload: Option<Option<(Bytes, &'static str)>>,
    /// The streamed payload, if the payload member streams from a file or a stream.
    stream: Option<StreamingBody>,
    /// Whether the payload member is a structure, union or document.
    json_payload: bool,
}

impl ShapeSerializer for RequestWriter {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, shape: &'static ShapeSchema, members: F) {
        if let Some(payload) = shape.members.iter().find(|m| m.binding == Binding::Payload) {
            self.payload = Some(None);
            // An unset structure (or document) payload is `{}`; an unset union, nothing.
            self.json_payload = match (payload.target)() {
                TypeSchema::Shape(s) => s.kind == ShapeKind::Structure,
                TypeSchema::Document => true,
                _ => false,
            };
        } else if shape.members.iter().any(|m| m.binding == Binding::Body) {
            let mut body = JsonWriter::with_capacity(256).json_names(true);
            body.begin_object();
            self.body = Some(body);
        }
        members(self);
        if let Some(body) = &mut self.body {
            body.end_object();
        }
    }

    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        match member.binding {
            Binding::Body => {
                if let Some(body) = &mut self.body {
                    body.write_member(member, value);
                }
            }
            // A stream, or its bytes: see `write_stream`.
            Binding::Payload if member.streaming => value.serialize(member, self),
            Binding::Payload => {
                if value.is_absent() {
                    return;
                }
                let (bytes, content_type) = payload_body(member, value);
                self.payload = Some(Some((bytes.into(), content_type)));
            }
            _ => self.parts.bind(member, value),
        }
    }

    /// The streaming payload: bytes in memory go as a plain body; a file or a stream goes
    /// streamed, with a known length if the member requires one.
    fn write_stream(&mut self, member: &MemberSchema, value: &ByteStream) {
        let (body, content_type, stream) = streamed_body(member, value, &mut self.parts.problems);
        self.payload = Some(Some((body, content_type)));
        self.stream = stream;
    }

    /// An event stream payload: its events, each a message, as they come.
    fn write_input_events(&mut self, member: &MemberSchema, events: &dyn EventBody) {
        let Some(body) = events.take_body(EventFormat::REST_JSON) else {
            let rule = Rule::Union { reason: "is an event stream sent already".into() };
            self.parts.problems.push(Violation { path: member.name.to_owned(), rule });
            return;
        };
        self.payload = Some(Some((Bytes::new(), crate::event_stream::CONTENT_TYPE)));
        self.stream = Some(body);
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

/// The body a payload member's value makes, with its content type: a blob or string as its
/// bytes, anything else as JSON; the member's media type wins.
fn payload_body<T: Shape>(member: &MemberSchema, value: &T) -> (Vec<u8>, &'static str) {
    match payload_kind(member) {
        PayloadKind::Bytes(content_type) => {
            let mut raw = RawWriter::default();
            value.serialize(member, &mut raw);
            (raw.0, member.media_type.unwrap_or(content_type))
        }
        PayloadKind::Structured => {
            let mut json = JsonWriter::with_capacity(256).json_names(true);
            value.serialize(member, &mut json);
            (json.finish().into_bytes(), member.media_type.unwrap_or("application/json"))
        }
    }
}

/// Reads a whole response: bound members from the status and headers, the payload member from
/// the body, or the body's JSON members.
struct ResponseReader<'a> {
    json: JsonDeserializer<'a>,
    response: &'a HttpResponse,
    /// The body still arriving, for a streaming payload member.
    stream: Option<ByteStream>,
}

impl ShapeDeserializer for ResponseReader<'_> {
    fn decoder(&mut self) -> &mut Decoder {
        self.json.decoder()
    }

    fn read_struct<F: FnMut(&mut Self, usize)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut members: F,
    ) -> bool {
        let mut payload = false;
        for (i, member) in shape.members.iter().enumerate() {
            match member.binding {
                Binding::Header(_) | Binding::PrefixHeaders(_) | Binding::ResponseCode => members(self, i),
                Binding::Payload => {
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
            let found = shape.members.iter().position(|m| in_response_body(m.binding) && key_of(m, true) == key);
            match found {
                Some(i) if !self.json.at_null() => members(self, i),
                _ => self.json.skip_value(),
            }
        }
        self.json.end();
        !self.json.is_broken()
    }

    fn read_member<T: Shape>(&mut self, member: &'static MemberSchema) -> Option<T> {
        let ResponseReader { json, response, stream } = self;
        match member.binding {
            Binding::Header(_) | Binding::PrefixHeaders(_) | Binding::ResponseCode => {
                http_bindings::read_bound(json.decoder(), member, response.status, &response.headers).flatten()
            }
            // The body as it arrives, or its bytes (an empty body is an empty stream).
            Binding::Payload if member.streaming => {
                let events = Some(crate::event_stream::EventFormat::REST_JSON);
                let mut raw = RawReader { cx: json.decoder(), body: &response.body, stream: stream.take(), events };
                member_of(&mut raw, member)
            }
            Binding::Payload => match payload_kind(member) {
                // No body is an unset payload.
                PayloadKind::Bytes(_) if response.body.is_empty() => None,
                PayloadKind::Bytes(_) => {
                    let mut raw = RawReader { cx: json.decoder(), body: &response.body, stream: None, events: None };
                    member_of(&mut raw, member)
                }
                PayloadKind::Structured if json.at_end() => None,
                PayloadKind::Structured => {
                    let out = member_of(json, member);
                    json.end();
                    out
                }
            },
            _ => member_of(json, member),
        }
    }

    fn read_union<F: FnMut(&mut Self, Field<'_>)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) -> bool {
        false
    }
    fn read_unknown_member(&mut self, name: &str) -> Option<UnknownMember> {
        self.json.read_unknown_member(name)
    }
    fn read_list<F: FnMut(&mut Self)>(&mut self, _: &MemberSchema, _: F) -> bool {
        false
    }
    fn read_map<F: FnMut(&mut Self, String)>(&mut self, _: &MemberSchema, _: F) -> bool {
        false
    }
    fn read_null(&mut self) -> bool {
        self.json.read_null()
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
