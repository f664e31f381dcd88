//! The restXml protocol (Smithy, "AWS restXml protocol"): S3, Route 53, CloudFront.
//!
//! Wire rules:
//! - the operation's `http` trait gives the method, the URI template and the success code;
//!   members bound to labels, the query, headers and prefix headers go there, as
//!   [`super::http_bindings`] writes them (restJson1's rules);
//! - the body: an `http_payload` member alone (a blob as its bytes, `application/octet-stream`
//!   unless it has a media type; a string or enum as its text, `text/plain`; a structure or
//!   union as an XML document whose root is named by the member's `xml_name`, else the shape's,
//!   else the shape's name, `application/xml`; nothing when it is unset), else the members left
//!   unbound as the children of one root element named by the input's `xml_name` (else its
//!   shape name), `application/xml`; no body and no `Content-Type` when no member is bound to
//!   the body. Namespaces (`xml_namespace`) are declared where the member or the shape says;
//! - responses bind headers, prefix headers, the status code and the payload back; the other
//!   members are the children of the body's root element, whatever its name (or, for an
//!   `xml_unwrapped` output, the root element is its one body member); an empty body is an
//!   empty structure;
//! - errors are `<ErrorResponse><Error><Code/><Message/>...</Error><RequestId/></ErrorResponse>`,
//!   or, for services that do not wrap them (S3), `<Error><Code/><Message/>...<RequestId/></Error>`;
//!   the code is matched as it is; a modeled error's members are read from `<Error>` and from
//!   the headers they are bound to; an error without a body (a HEAD request's) takes its code
//!   from its status (`NotFound` for 404); a `200 OK` whose body is an `<Error>` is an error
//!   (S3's CompleteMultipartUpload, CopyObject and UploadPartCopy, which fail after they began);
//! - the request id is the `x-amzn-RequestId` header, else `x-amz-request-id` (S3), else an
//!   error body's `<RequestId>`.

use bytes::Bytes;

use super::http_bindings::{self, RequestParts, in_response_body};
use super::payload::{PayloadKind, RawReader, RawWriter, payload_kind, streamed_body};
use super::{Protocol, RequestContext};
use crate::byte_stream::{ByteStream, StreamingBody};
use crate::codec::xml::{self, Element, XmlDeserializer, XmlWriter};
use crate::error::{ErrorMeta, ResponseError};
use crate::http::{HttpRequest, HttpResponse};
use crate::operation::{ErrorShape, Operation, Service};
use crate::schema::{Binding, MemberSchema, ShapeSchema, TypeSchema, XmlNamespace};
use crate::shape::de::member_of;
use crate::shape::{Decoder, Field, Mode, Shape, ShapeDeserializer, ShapeSerializer};
use crate::types::{Blob, DateTime, Document, UnknownMember};
use crate::validate::Violations;

/// `restXml`.
#[derive(Debug, Clone, Copy)]
pub struct RestXml;

/// The request of a serialized input.
fn build_request(
    w: RequestWriter,
    http: crate::operation::Http,
    endpoint_labels: &[&str],
    cx: &RequestContext<'_>,
) -> Result<HttpRequest, Violations> {
    let body = match (w.payload, w.body) {
        (Some(payload), _) => payload,
        (None, Some((body, name, namespace))) => {
            Some((body.finish(name, namespace).into_bytes().into(), XML_CONTENT_TYPE))
        }
        (None, None) => None,
    };
    w.parts.into_request(http, endpoint_labels, cx, body, w.stream)
}

/// The `Content-Type` of XML bodies.
pub const XML_CONTENT_TYPE: &str = "application/xml";

impl Protocol for RestXml {
    const NAME: &'static str = "restXml";
    const CONTENT_TYPE: &'static str = XML_CONTENT_TYPE;

    fn request<O: Operation>(input: &O, cx: &RequestContext<'_>) -> Result<HttpRequest, Violations> {
        let mut w = RequestWriter::default();
        input.serialize(&MemberSchema::ROOT, &mut w);
        build_request(w, O::HTTP, <O::Service as Service>::ENDPOINT_LABELS, cx)
    }

    fn output<O: Shape>(response: &HttpResponse) -> Result<O, ResponseError> {
        read_response(response, None).map_err(ResponseError::Body)
    }

    fn streaming_output<O: Shape>(response: &HttpResponse, stream: ByteStream) -> Result<O, ResponseError> {
        read_response(response, Some(stream)).map_err(ResponseError::Body)
    }

    /// A body whose root element is `<Error>` (after any XML declaration, comments and
    /// whitespace), found without parsing the document.
    fn error_in_success(response: &HttpResponse) -> bool {
        let mut rest = response.body.trim_ascii_start();
        while let Some(after) = rest.strip_prefix(b"<?").or_else(|| rest.strip_prefix(b"<!--")) {
            let close: &[u8] = if rest.starts_with(b"<?") { b"?>" } else { b"-->" };
            let Some(end) = after.windows(close.len()).position(|w| w == close) else { return false };
            rest = after[end + close.len()..].trim_ascii_start();
        }
        rest.strip_prefix(b"<Error")
            .is_some_and(|r| matches!(r.first(), Some(b'>' | b'/' | b' ' | b'\t' | b'\r' | b'\n')))
    }

    fn error_meta(response: &HttpResponse, _: bool) -> ErrorMeta {
        let root = xml::parse(&response.body).ok();
        let error = root.as_ref().and_then(error_element);
        let text = |name: &str| error.and_then(|e| e.child_text(name)).map(str::trim).filter(|t| !t.is_empty());
        let code = match text("Code") {
            Some(code) => code.to_owned(),
            // A HEAD request's error has no body: its status is all there is (S3's `NotFound`).
            None if response.body.trim_ascii().is_empty() => status_code_name(response.status),
            None => format!("Http{}", response.status),
        };
        let message = text("Message").map(str::to_owned);
        let body_id = || {
            let root = root.as_ref()?;
            let id = root.child_text("RequestId").or_else(|| error?.child_text("RequestId"))?.trim();
            (!id.is_empty()).then(|| id.to_owned())
        };
        let request_id = Self::request_id(response).or_else(body_id);
        ErrorMeta {
            code,
            message,
            status: response.status,
            request_id,
            message_sensitive: false,
            extended_request_id: None,
        }
    }

    fn read_error<E: ErrorShape>(response: &HttpResponse) -> Option<E> {
        let root = xml::parse(&response.body).ok();
        let empty = Element::default();
        let error = root.as_ref().and_then(error_element).unwrap_or(&empty);
        read_from(response, error, None).ok()
    }

    fn request_id(response: &HttpResponse) -> Option<String> {
        response.header("x-amzn-requestid").or_else(|| response.header("x-amz-request-id")).map(str::to_owned)
    }
}

/// The code of an error without a body, from its status: the status's name as S3 and the
/// AWS SDKs give it (`NotFound` for 404), else `Http<status>`.
fn status_code_name(status: u16) -> String {
    let name = match status {
        301 => "PermanentRedirect",
        304 => "NotModified",
        400 => "BadRequest",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        409 => "Conflict",
        412 => "PreconditionFailed",
        416 => "InvalidRange",
        500 => "InternalError",
        501 => "NotImplemented",
        503 => "ServiceUnavailable",
        _ => return format!("Http{status}"),
    };
    name.to_owned()
}

/// The `<Error>` of an error body: wrapped in `<ErrorResponse>`, or the root itself.
fn error_element(root: &Element) -> Option<&Element> {
    if root.name == "Error" { Some(root) } else { root.child("Error") }
}

/// Reads a value bound to a whole response, leniently: the members bound to the status and
/// headers from them, the payload from the body, the others from the body's root element.
fn read_response<T: Shape>(response: &HttpResponse, stream: Option<ByteStream>) -> Result<T, Violations> {
    // A blob, string or streamed payload takes the body as it is; only the others parse it.
    let raw = stream.is_some() || response.body.trim_ascii().is_empty() || has_raw_payload(&T::type_schema());
    let root = if raw { Element::default() } else { xml::parse(&response.body)? };
    read_from(response, &root, stream)
}

/// Whether a structure's payload member is a blob, string or enum (or a stream): raw bytes.
fn has_raw_payload(schema: &TypeSchema) -> bool {
    let TypeSchema::Shape(shape) = schema else { return false };
    shape
        .members
        .iter()
        .any(|m| m.binding == Binding::Payload && (m.streaming || matches!(payload_kind(m), PayloadKind::Bytes(_))))
}

fn read_from<T: Shape>(response: &HttpResponse, root: &Element, stream: Option<ByteStream>) -> Result<T, Violations> {
    let mut reader = ResponseReader { xml: XmlDeserializer::new(root, Mode::Lenient), root, response, stream };
    let value = T::deserialize(&MemberSchema::ROOT, &mut reader);
    reader.xml.finish(value)
}

/// The element name of a structure or union payload: the member's `xml_name`, else the shape's,
/// else the shape's name; and the namespace it declares: the member's, else the shape's.
fn payload_root(member: &MemberSchema) -> (&'static str, Option<XmlNamespace>) {
    let shape = match (member.target)() {
        TypeSchema::Shape(s) => Some(s),
        _ => None,
    };
    let name = member.xml_name.or(shape.and_then(|s| s.xml_name)).or(shape.map(|s| s.name)).unwrap_or(member.name);
    (name, member.xml_namespace.or(shape.and_then(|s| s.xml_namespace)))
}

/// Writes an operation's input: bound members to [`RequestParts`], the payload or the other
/// members to the body.
#[derive(Debug, Default)]
struct RequestWriter {
    parts: RequestParts,
    /// The members bound to the body, with the root element's name and namespace, if the input
    /// has such members.
    body: Option<(XmlWriter, &'static str, Option<&'static XmlNamespace>)>,
    /// The payload member's body and content type, if the input has one: `Some(None)` when it
    /// is unset.
    payload: Option<Option<(Bytes, &'static str)>>,
    /// The streamed payload, if the payload member streams from a file or a stream.
    stream: Option<StreamingBody>,
}

impl ShapeSerializer for RequestWriter {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, shape: &'static ShapeSchema, members: F) {
        if shape.members.iter().any(|m| m.binding == Binding::Payload) {
            self.payload = Some(None);
        } else if shape.members.iter().any(|m| m.binding == Binding::Body) {
            let name = shape.xml_name.unwrap_or(shape.name);
            self.body = Some((XmlWriter::default(), name, shape.xml_namespace.as_ref()));
        }
        members(self);
    }

    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        match member.binding {
            Binding::Body => {
                if let Some((body, _, _)) = &mut self.body {
                    body.write_member(member, value);
                }
            }
            // A stream, or its bytes: see `write_stream`.
            Binding::Payload if member.streaming => value.serialize(member, self),
            Binding::Payload => {
                if !value.is_absent() {
                    self.payload = Some(Some(payload_body(member, value)));
                }
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
/// bytes, a structure or union as an XML document; the member's media type wins.
fn payload_body<T: Shape>(member: &'static MemberSchema, value: &T) -> (Bytes, &'static str) {
    match payload_kind(member) {
        PayloadKind::Bytes(content_type) => {
            let mut raw = RawWriter::default();
            value.serialize(member, &mut raw);
            (raw.0.into(), member.media_type.unwrap_or(content_type))
        }
        PayloadKind::Structured => {
            let (name, namespace) = payload_root(member);
            let mut w = XmlWriter::default();
            // The payload's members (and attributes) are the root's: its element is the root.
            let root = MemberSchema { xml_namespace: None, xml_name: None, ..MemberSchema::ROOT };
            value.serialize(&root, &mut w);
            (w.finish(name, namespace.as_ref()).into_bytes().into(), member.media_type.unwrap_or(XML_CONTENT_TYPE))
        }
    }
}

/// Reads a whole response: bound members from the status and headers, the payload member from
/// the body, the others from the root element's children.
struct ResponseReader<'a> {
    xml: XmlDeserializer<'a>,
    /// The body's root element (an empty one for an empty body), or an error's `<Error>`.
    root: &'a Element,
    response: &'a HttpResponse,
    /// The body still arriving, for a streaming payload member.
    stream: Option<ByteStream>,
}

impl ShapeDeserializer for ResponseReader<'_> {
    fn decoder(&mut self) -> &mut Decoder {
        self.xml.decoder()
    }

    fn read_struct<F: FnMut(&mut Self, usize)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut members: F,
    ) -> bool {
        let payload = shape.members.iter().any(|m| m.binding == Binding::Payload);
        for (i, member) in shape.members.iter().enumerate() {
            // An unwrapped output's one body member is the root element itself.
            if shape.xml_unwrapped && member.binding == Binding::Body {
                if !self.root.name.is_empty() {
                    let saved = self.xml.enter_element(self.root);
                    members(self, i);
                    self.xml.leave(saved);
                }
                continue;
            }
            match member.binding {
                Binding::Header(_) | Binding::PrefixHeaders(_) | Binding::ResponseCode | Binding::Payload => {
                    members(self, i)
                }
                binding if in_response_body(binding) && !payload => {
                    if let Some(here) = self.xml.find(self.root, member) {
                        let saved = self.xml.enter(here);
                        members(self, i);
                        self.xml.leave(saved);
                    }
                }
                _ => {}
            }
        }
        true
    }

    fn read_member<T: Shape>(&mut self, member: &'static MemberSchema) -> Option<T> {
        let ResponseReader { xml, response, stream, .. } = self;
        match member.binding {
            Binding::Header(_) | Binding::PrefixHeaders(_) | Binding::ResponseCode => {
                http_bindings::read_bound(xml.decoder(), member, response.status, &response.headers).flatten()
            }
            // The body as it arrives, or its bytes (an empty body is an empty stream).
            Binding::Payload if member.streaming => {
                let mut raw =
                    RawReader { cx: xml.decoder(), body: &response.body, stream: stream.take(), events: None };
                member_of(&mut raw, member)
            }
            Binding::Payload => match payload_kind(member) {
                // No body is an unset payload.
                _ if response.body.trim_ascii().is_empty() => None,
                PayloadKind::Bytes(_) => {
                    let mut raw = RawReader { cx: xml.decoder(), body: &response.body, stream: None, events: None };
                    member_of(&mut raw, member)
                }
                // The root element is the payload's, and the reader is at it.
                PayloadKind::Structured => member_of(xml, member),
            },
            _ => member_of(xml, member),
        }
    }

    fn read_union<F: FnMut(&mut Self, Field<'_>)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) -> bool {
        false
    }
    fn read_unknown_member(&mut self, name: &str) -> Option<UnknownMember> {
        self.xml.read_unknown_member(name)
    }
    fn read_list<F: FnMut(&mut Self)>(&mut self, _: &MemberSchema, _: F) -> bool {
        false
    }
    fn read_map<F: FnMut(&mut Self, String)>(&mut self, _: &MemberSchema, _: F) -> bool {
        false
    }
    fn read_null(&mut self) -> bool {
        self.xml.read_null()
    }
    fn read_string(&mut self, member: &MemberSchema, expected: &'static str) -> Option<String> {
        self.xml.read_string(member, expected)
    }
    fn read_bool(&mut self, member: &MemberSchema) -> Option<bool> {
        self.xml.read_bool(member)
    }
    fn read_integer(&mut self, member: &MemberSchema, expected: &'static str, min: i64, max: i64) -> Option<i64> {
        self.xml.read_integer(member, expected, min, max)
    }
    fn read_float(&mut self, member: &MemberSchema, expected: &'static str) -> Option<f64> {
        self.xml.read_float(member, expected)
    }
    fn read_blob(&mut self, member: &MemberSchema) -> Option<Blob> {
        self.xml.read_blob(member)
    }
    fn read_timestamp(&mut self, member: &MemberSchema) -> Option<DateTime> {
        self.xml.read_timestamp(member)
    }
    fn read_document(&mut self, member: &MemberSchema) -> Option<Document> {
        self.xml.read_document(member)
    }
}
