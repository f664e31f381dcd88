//! The awsJson 1.0 and 1.1 protocols.
//!
//! Wire rules:
//! - every request is `POST /` (plus any path of the endpoint) with the body the input as JSON,
//!   `{}` when empty, `Content-Type: application/x-amz-json-1.x` and
//!   `X-Amz-Target: <TargetPrefix>.<Operation>`;
//! - a 2xx response body is the output (an empty body is an empty output), and so is an error
//!   response's body the error's members (an empty body is an error without members);
//! - an error's code comes from the `X-Amzn-ErrorType` header, then the body's `code`, then its
//!   `__type`, keeping the text before any `:` and after any `#`; its message from `message` or
//!   `Message`; for awsQueryCompatible services `x-amzn-query-error` (`Code;Fault`) wins;
//! - the request id is the `x-amzn-RequestId` header;
//! - an output with an event stream member is answered by the stream itself
//!   (`application/vnd.amazon.eventstream`): the member takes the body as it arrives.
//!
//! A server ([`ServerProtocol`]) serves `POST /` alone (else `UnknownOperationException`, 404),
//! with the protocol's `Content-Type` (else `SerializationException`, 400), routes by
//! `X-Amz-Target` (an unknown one is an `UnknownOperationException`, 400), reads the body as the
//! input strictly, and answers 200 with the output as JSON; an error with its status, its code in
//! `X-Amzn-Errortype` and as the body's `__type`, and its members (an unmodeled one's `message`).

use super::server::{OperationRoute, Refusal, Routed, ServerContext, ServerProtocol, media_type_is, path_and_query};
use super::{Protocol, RequestContext};
use crate::byte_stream::ByteStream;
use crate::codec::json::{self, JsonWriter};
use crate::error::{ErrorMeta, ResponseError};
use crate::event_stream::EventFormat;
use crate::http::{HttpRequest, HttpResponse};
use crate::operation::{ErrorShape, Operation};
use crate::protocol::payload::RawReader;
use crate::schema::{MemberSchema, ShapeSchema};
use crate::shape::de::member_of;
use crate::shape::{Decoder, Field, Mode, Shape, ShapeDeserializer};
use crate::types::{Blob, DateTime, Document, UnknownMember};
use crate::validate::Violations;
use bytes::Bytes;

/// `awsJson1_0`.
#[derive(Debug, Clone, Copy)]
pub struct AwsJson1_0;

/// `awsJson1_1`.
#[derive(Debug, Clone, Copy)]
pub struct AwsJson1_1;

macro_rules! aws_json {
    ($($protocol:ident => $name:literal, $content_type:literal;)*) => {$(
        impl Protocol for $protocol {
            const NAME: &'static str = $name;
            const CONTENT_TYPE: &'static str = $content_type;

            fn request<O: Operation>(input: &O, cx: &RequestContext<'_>) -> Result<HttpRequest, Violations> {
                Ok(request::<O>(Self::CONTENT_TYPE, input, cx))
            }

            fn output<O: Shape>(response: &HttpResponse) -> Result<O, ResponseError> {
                json::from_json(&response.body, Mode::Lenient).map_err(ResponseError::Body)
            }

            fn streaming_output<O: Shape>(_: &HttpResponse, stream: ByteStream) -> Result<O, ResponseError> {
                events_output(stream)
            }

            fn error_meta(response: &HttpResponse, query_compatible: bool) -> ErrorMeta {
                error_meta(response, query_compatible)
            }

            fn read_error<E: ErrorShape>(response: &HttpResponse) -> Option<E> {
                json::from_json(&response.body, Mode::Lenient).ok()
            }

            fn request_id(response: &HttpResponse) -> Option<String> {
                request_id(response)
            }
        }

        impl ServerProtocol for $protocol {
            fn route(
                request: &HttpRequest,
                cx: &ServerContext<'_>,
                operations: &[OperationRoute],
            ) -> Result<Routed, Refusal> {
                route(Self::CONTENT_TYPE, request, cx, operations)
            }

            fn read_input<O: Operation>(request: &HttpRequest, _: &Routed) -> Result<O, Violations> {
                json::read_input_text(&request.body)
            }

            fn write_output<O: Operation>(output: &O::Output) -> HttpResponse {
                response(Self::CONTENT_TYPE, 200, None, json::to_json(output))
            }

            fn write_error<E: ErrorShape>(error: &E) -> HttpResponse {
                let body = error_body(Some(E::CODE), None, &json::to_json(error));
                response(Self::CONTENT_TYPE, E::STATUS, Some(E::CODE), body)
            }

            fn write_unmodeled_error(code: &str, message: Option<&str>, status: u16) -> HttpResponse {
                response(Self::CONTENT_TYPE, status, Some(code), error_body(Some(code), message, "{}"))
            }
        }
    )*};
}

aws_json! {
    AwsJson1_0 => "awsJson1_0", "application/x-amz-json-1.0";
    AwsJson1_1 => "awsJson1_1", "application/x-amz-json-1.1";
}

/// The output of an operation that answers with an event stream: the body is the stream, which
/// the output's event stream member takes as it arrives. The output's other members would come
/// in the stream's `initial-response` event, which the stream passes over: they are left unset.
fn events_output<O: Shape>(stream: ByteStream) -> Result<O, ResponseError> {
    let mut reader = EventsOutputReader { cx: Decoder::new(Mode::Lenient), stream: Some(stream) };
    let value = O::deserialize(&MemberSchema::ROOT, &mut reader);
    reader.cx.finish(value).map_err(ResponseError::Body)
}

/// Reads an output of which only the event stream member is on the wire.
struct EventsOutputReader {
    cx: Decoder,
    stream: Option<ByteStream>,
}

impl ShapeDeserializer for EventsOutputReader {
    fn decoder(&mut self) -> &mut Decoder {
        &mut self.cx
    }
    fn read_struct<F: FnMut(&mut Self, usize)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut members: F,
    ) -> bool {
        for (i, member) in shape.members.iter().enumerate() {
            if member.streaming {
                members(self, i);
            }
        }
        true
    }
    fn read_member<T: Shape>(&mut self, member: &'static MemberSchema) -> Option<T> {
        let body = Bytes::new();
        let events = Some(EventFormat::AWS_JSON);
        let mut raw = RawReader { cx: &mut self.cx, body: &body, stream: self.stream.take(), events };
        member_of(&mut raw, member)
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
    fn read_string(&mut self, _: &MemberSchema, _: &'static str) -> Option<String> {
        None
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
        None
    }
    fn read_timestamp(&mut self, _: &MemberSchema) -> Option<DateTime> {
        None
    }
    fn read_document(&mut self, _: &MemberSchema) -> Option<Document> {
        None
    }
}

/// Builds the request of an operation (signing comes later): the input as JSON with member
/// names.
pub fn request<O: Operation>(content_type: &str, input: &O, cx: &RequestContext<'_>) -> HttpRequest {
    // Enough for most requests at once, rather than growing by doubling from nothing.
    let mut w = JsonWriter::with_capacity(512);
    input.serialize(&MemberSchema::ROOT, &mut w);
    envelope(content_type, cx, &format!("{}.{}", cx.target_prefix, O::NAME), w.finish())
}

/// The request around a JSON body: `POST` to the endpoint's path, with the target.
pub fn envelope(content_type: &str, cx: &RequestContext<'_>, target: &str, body: String) -> HttpRequest {
    let base = cx.endpoint_url.trim_end_matches('/');
    let mut req = HttpRequest::new("POST", format!("{base}/"));
    req.set_header("content-type", content_type);
    req.set_header("x-amz-target", target);
    if cx.query_compatible {
        req.set_header("x-amzn-query-mode", "true");
    }
    req.body = body.into();
    req
}

/// Which of `operations` a request is for: `POST /` with `content_type`, the operation named by
/// `X-Amz-Target` (`<TargetPrefix>.<Operation>`).
pub fn route(
    content_type: &str,
    request: &HttpRequest,
    cx: &ServerContext<'_>,
    operations: &[OperationRoute],
) -> Result<Routed, Refusal> {
    let target = path_and_query(&request.url);
    if !request.method.eq_ignore_ascii_case("POST") || target.split('?').next() != Some("/") {
        return Err(Refusal::new(404, "UnknownOperationException", "only POST / is served"));
    }
    if !request.header("content-type").is_some_and(|value| media_type_is(value, content_type)) {
        let message = format!("expected Content-Type `{content_type}`");
        return Err(Refusal::new(400, "SerializationException", message));
    }
    let target = request.header("x-amz-target").unwrap_or_default();
    let name = target.strip_prefix(cx.target_prefix).and_then(|rest| rest.strip_prefix('.'));
    match name.and_then(|name| operations.iter().find(|operation| operation.name == name)) {
        Some(operation) => Ok(Routed { operation: operation.name, labels: Vec::new() }),
        None => Err(Refusal::new(400, "UnknownOperationException", format!("no operation serves `{target}`"))),
    }
}

/// A JSON response: `status`, `Content-Type`, an error's code in `X-Amzn-Errortype`.
fn response(content_type: &str, status: u16, code: Option<&str>, body: String) -> HttpResponse {
    let mut headers = vec![("content-type".to_owned(), content_type.to_owned())];
    if let Some(code) = code {
        headers.push(("x-amzn-errortype".to_owned(), code.to_owned()));
    }
    HttpResponse { status, headers, body: body.into() }
}

/// The JSON body of an error: `__type` and `message`, those given, then the members of
/// `members`, an object's JSON text. restJson1 shares it.
pub(crate) fn error_body(type_: Option<&str>, message: Option<&str>, members: &str) -> String {
    let mut w = JsonWriter::with_capacity(members.len() + 64);
    w.begin_object();
    for (key, value) in [("__type", type_), ("message", message)] {
        if let Some(value) = value {
            w.key(key);
            w.string(value);
        }
    }
    // The members go on in the object opened above: their text after its `{`.
    match members.trim_start().strip_prefix('{').map(str::trim_start) {
        Some(rest) if rest != "}" => {
            if type_.is_some() || message.is_some() {
                w.raw(",");
            }
            w.raw(rest);
        }
        _ => w.end_object(),
    }
    w.finish()
}

/// Reduces an error type to its code: text before the first `:`, after the first `#`.
pub fn sanitize_error_code(raw: &str) -> &str {
    let before_colon = raw.split(':').next().unwrap_or(raw);
    let after_hash = before_colon.split_once('#').map_or(before_colon, |(_, code)| code);
    after_hash.trim()
}

/// The top-level string members of a JSON error body that say what the error is.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ErrorFields {
    /// `code`.
    pub code: Option<String>,
    /// `__type`.
    pub type_: Option<String>,
    /// `message`, else `Message`.
    pub message: Option<String>,
    /// `errorMessage` (restJson1 reads it after the other two).
    pub error_message: Option<String>,
}

/// Reads [`ErrorFields`] from a JSON body as it streams; a body that is not a JSON object has
/// none.
pub fn error_fields(body: &[u8]) -> ErrorFields {
    let [code, type_, message, upper, error_message] =
        json::reader::top_level_strings(body, ["code", "__type", "message", "Message", "errorMessage"]);
    ErrorFields { code, type_, message: message.or(upper), error_message }
}

/// The error's code, message, status and request id.
pub fn error_meta(response: &HttpResponse, query_compatible: bool) -> ErrorMeta {
    let fields = error_fields(&response.body);
    meta_from(response, fields.code, fields.type_, fields.message, query_compatible)
}

/// The metadata of an error whose body said `code`, `type_` and `message`: the code from an
/// awsQueryCompatible service's `x-amzn-query-error`, else `X-Amzn-ErrorType`, else `code`,
/// else `type_`, sanitized; `Http<status>` when there is none. restJson1 shares it.
pub(crate) fn meta_from(
    response: &HttpResponse,
    code: Option<String>,
    type_: Option<String>,
    message: Option<String>,
    query_compatible: bool,
) -> ErrorMeta {
    let query_code = query_compatible
        .then(|| response.header("x-amzn-query-error"))
        .flatten()
        .and_then(|v| v.split(';').next())
        .filter(|c| !c.is_empty());
    let raw = query_code
        .or_else(|| response.header("x-amzn-errortype"))
        .or(code.as_deref())
        .or(type_.as_deref())
        .unwrap_or("");
    let code = if query_code.is_some() { raw } else { sanitize_error_code(raw) };
    let code = if code.is_empty() { format!("Http{}", response.status) } else { code.to_owned() };
    ErrorMeta {
        code,
        message,
        status: response.status,
        request_id: request_id(response),
        message_sensitive: false,
        extended_request_id: None,
    }
}

/// The `x-amzn-RequestId` header.
pub fn request_id(response: &HttpResponse) -> Option<String> {
    response.header("x-amzn-requestid").map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, headers: &[(&str, &str)], body: &serde_json::Value) -> HttpResponse {
        let headers = headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let body = if body.is_null() { bytes::Bytes::from_static(b"<html>") } else { body.to_string().into() };
        HttpResponse { status, headers, body }
    }

    fn cx(endpoint_url: &str, query_compatible: bool) -> RequestContext<'_> {
        RequestContext { endpoint_url, target_prefix: "S", api_version: "1", query_compatible }
    }

    #[test]
    fn error_codes_are_sanitized_as_the_spec_says() {
        for (raw, code) in [
            ("FooError", "FooError"),
            ("FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"),
            ("aws.protocoltests.restjson#FooError", "FooError"),
            ("aws.protocoltests.restjson#FooError:http://internal.amazon.com/", "FooError"),
            (" FooError ", "FooError"),
        ] {
            assert_eq!(sanitize_error_code(raw), code, "{raw}");
        }
    }

    #[test]
    fn header_then_code_then_type() {
        let body = serde_json::json!({"__type": "a#TypeCode", "code": "BodyCode", "Message": "m"});
        let meta = error_meta(&response(400, &[("x-amzn-errortype", "HeaderCode:x")], &body), false);
        assert_eq!((meta.code.as_str(), meta.message.as_deref()), ("HeaderCode", Some("m")));
        assert_eq!(error_meta(&response(400, &[], &body), false).code, "BodyCode");
        let body = serde_json::json!({"__type": "a#TypeCode", "message": "low", "code": 7});
        let meta = error_meta(&response(400, &[("x-amzn-requestid", "r-1")], &body), false);
        assert_eq!((meta.code.as_str(), meta.request_id.as_deref()), ("TypeCode", Some("r-1")));
        assert_eq!(error_meta(&response(503, &[], &serde_json::Value::Null), false).code, "Http503");
        let query = response(400, &[("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender")], &body);
        assert_eq!(error_meta(&query, true).code, "AWS.SimpleQueueService.NonExistentQueue");
        assert_eq!(error_meta(&query, false).code, "TypeCode");
    }

    #[test]
    fn error_bodies_may_be_empty_or_not_json() {
        assert_eq!(error_fields(b""), ErrorFields::default());
        assert_eq!(error_fields(b" \n"), ErrorFields::default());
        assert_eq!(error_fields(b"<html>"), ErrorFields::default());
        let fields = error_fields(br#"{"__type":"X","nested":{"code":"no"},"Message":"up","errorMessage":"e"}"#);
        assert_eq!(fields.type_.as_deref(), Some("X"));
        assert_eq!(
            (fields.code, fields.message.as_deref(), fields.error_message.as_deref()),
            (None, Some("up"), Some("e"))
        );
    }

    fn served(method: &str, url: &str, headers: &[(&str, &str)]) -> Result<Routed, Refusal> {
        let mut request = HttpRequest::new(method, url);
        for (name, value) in headers {
            request.set_header(name, *value);
        }
        let operations = [OperationRoute { name: "Op", http: crate::operation::Http::RPC }];
        let cx = ServerContext { target_prefix: "S", api_version: "1" };
        <AwsJson1_0 as ServerProtocol>::route(&request, &cx, &operations)
    }

    #[test]
    fn a_server_routes_post_slash_by_target_with_its_content_type() {
        let json = ("content-type", "application/x-amz-json-1.0; charset=utf-8");
        let routed = served("POST", "http://h/?trace=1", &[json, ("x-amz-target", "S.Op")]).unwrap();
        assert_eq!((routed.operation, routed.labels.len()), ("Op", 0));
        let refused = |method, url, headers: &[(&str, &str)]| served(method, url, headers).unwrap_err();
        let wrong_path = refused("POST", "http://h/other", &[json, ("x-amz-target", "S.Op")]);
        assert_eq!((wrong_path.status, wrong_path.code), (404, "UnknownOperationException"));
        assert_eq!(refused("GET", "http://h/", &[json, ("x-amz-target", "S.Op")]).status, 404);
        let wrong_type =
            refused("POST", "http://h/", &[("content-type", "application/json"), ("x-amz-target", "S.Op")]);
        assert_eq!(wrong_type.code, "SerializationException");
        assert_eq!(wrong_type.message, "expected Content-Type `application/x-amz-json-1.0`");
        for target in ["S.Other", "T.Op", "SOp", ""] {
            let unknown = refused("POST", "http://h/", &[json, ("x-amz-target", target)]);
            assert_eq!((unknown.status, unknown.code), (400, "UnknownOperationException"), "{target}");
        }
    }

    #[test]
    fn a_server_writes_errors_with_their_code_in_the_header_and_as_type() {
        let unmodeled = <AwsJson1_1 as ServerProtocol>::write_unmodeled_error("Nope", Some("no \"way\""), 403);
        assert_eq!((unmodeled.status, unmodeled.header("x-amzn-errortype")), (403, Some("Nope")));
        assert_eq!(unmodeled.header("content-type"), Some("application/x-amz-json-1.1"));
        assert_eq!(&unmodeled.body[..], br#"{"__type":"Nope","message":"no \"way\""}"#);
        let bare = <AwsJson1_1 as ServerProtocol>::write_unmodeled_error("Nope", None, 400);
        assert_eq!(&bare.body[..], br#"{"__type":"Nope"}"#);
        assert_eq!(error_body(Some("E"), None, r#"{"a":1,"b":{}}"#), r#"{"__type":"E","a":1,"b":{}}"#);
        assert_eq!(error_body(None, Some("m"), "{}"), r#"{"message":"m"}"#);
        assert_eq!(error_body(None, None, "{ }"), "{}");
        assert_eq!(error_body(None, None, r#"{"a":1}"#), r#"{"a":1}"#);
    }

    #[test]
    fn requests_post_to_the_endpoint_path() {
        for (endpoint, url) in [
            ("https://h.example", "https://h.example/"),
            ("https://h.example/", "https://h.example/"),
            ("https://example.com/custom/path", "https://example.com/custom/path/"),
            ("http://127.0.0.1:8080/custom/", "http://127.0.0.1:8080/custom/"),
        ] {
            let req = envelope(AwsJson1_1::CONTENT_TYPE, &cx(endpoint, false), "S.Op", "{}".into());
            assert_eq!(req.url, url, "{endpoint}");
            assert_eq!(req.header("content-type"), Some("application/x-amz-json-1.1"));
            assert_eq!(req.header("x-amzn-query-mode"), None);
        }
        let req = envelope(AwsJson1_0::CONTENT_TYPE, &cx("https://h.example/base/", true), "S.Op", "{}".into());
        assert_eq!(req.url, "https://h.example/base/");
        assert_eq!(req.header("content-type"), Some("application/x-amz-json-1.0"));
        assert_eq!(req.header("x-amz-target"), Some("S.Op"));
        assert_eq!(req.header("x-amzn-query-mode"), Some("true"));
    }
}
