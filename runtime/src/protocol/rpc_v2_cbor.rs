//! The rpcv2Cbor protocol (Smithy's `smithy.protocols#rpcv2Cbor`).
//!
//! Wire rules (Smithy RPC v2 CBOR, "Protocol behaviors" and "Operation error serialization"):
//! - every request is `POST` to the endpoint's path and `/service/<ServiceName>/operation/<Operation>`,
//!   the service's shape name being its `target_prefix` (the name awsJson puts in
//!   `X-Amz-Target`); HTTP binding traits are ignored, every member goes in the body;
//! - every request carries `smithy-protocol: rpc-v2-cbor` and `Accept: application/cbor`, and no
//!   `X-Amz-Target`; the body is the input as CBOR ([`crate::codec::cbor`], an input without
//!   members an empty map) with `Content-Type: application/cbor`, except for an operation
//!   without input (`no_input`, Smithy's `Unit`), which sends neither body nor `Content-Type`;
//! - awsQueryCompatible services are sent `x-amzn-query-mode: true`;
//! - a 2xx response's body is the output, read leniently (an empty body is an output without
//!   members); an error response's body holds the error's members;
//! - an error's code is the body's `__type` (the error's shape id), the namespace before `#` and
//!   anything from `:` on left out; for awsQueryCompatible services the code of
//!   `x-amzn-query-error` (`Code;Fault`) wins. `X-Amzn-ErrorType`, `code` and `Code` are not
//!   read (Smithy: clients must ignore them); the message is `message`, else `Message`;
//! - the request id is the `x-amzn-RequestId` header;
//! - the protocol has no documents ("Shape serialization"): an operation whose input, output or
//!   errors hold one is refused before anything is sent, naming the member.
//!
//! A response without `smithy-protocol` is read all the same, by its status: botocore reads
//! such responses so (one of its vectors has no header at all).

use std::sync::RwLock;

use super::{Protocol, RequestContext};
use crate::codec::cbor::{self, CborWriter};
use crate::error::{ErrorMeta, ResponseError};
use crate::http::{HttpRequest, HttpResponse};
use crate::operation::{ErrorShape, Operation};
use crate::protocol::aws_json::{request_id, sanitize_error_code};
use crate::schema::{MemberSchema, ShapeSchema, TypeSchema};
use crate::shape::{Mode, Shape};
use crate::validate::{Rule, Violation, Violations};

/// `rpcv2Cbor`.
#[derive(Debug, Clone, Copy)]
pub struct RpcV2Cbor;

/// The value of the `smithy-protocol` header.
pub const SMITHY_PROTOCOL: &str = "rpc-v2-cbor";

impl Protocol for RpcV2Cbor {
    const NAME: &'static str = "rpcv2Cbor";
    const CONTENT_TYPE: &'static str = "application/cbor";

    fn request<O: Operation>(input: &O, cx: &RequestContext<'_>) -> Result<HttpRequest, Violations> {
        refuse_documents::<O>()?;
        let body = (!O::NO_INPUT).then(|| {
            let mut w = CborWriter::with_capacity(256);
            input.serialize(&MemberSchema::ROOT, &mut w);
            w.finish()
        });
        Ok(envelope(cx, O::NAME, body))
    }

    fn output<O: Shape>(response: &HttpResponse) -> Result<O, ResponseError> {
        cbor::from_cbor(&response.body, Mode::Lenient).map_err(ResponseError::Body)
    }

    fn error_meta(response: &HttpResponse, query_compatible: bool) -> ErrorMeta {
        error_meta(response, query_compatible)
    }

    fn read_error<E: ErrorShape>(response: &HttpResponse) -> Option<E> {
        cbor::from_cbor(&response.body, Mode::Lenient).ok()
    }

    fn request_id(response: &HttpResponse) -> Option<String> {
        request_id(response)
    }
}

/// The request of operation `operation` around `body` (none for an operation without input):
/// `POST` to `/service/<ServiceName>/operation/<Operation>` under the endpoint's path.
pub fn envelope(cx: &RequestContext<'_>, operation: &str, body: Option<Vec<u8>>) -> HttpRequest {
    let base = cx.endpoint_url.trim_end_matches('/');
    let url = format!("{base}/service/{}/operation/{operation}", cx.target_prefix);
    let mut req = HttpRequest::new("POST", url);
    req.set_header("smithy-protocol", SMITHY_PROTOCOL);
    req.set_header("accept", RpcV2Cbor::CONTENT_TYPE);
    if cx.query_compatible {
        req.set_header("x-amzn-query-mode", "true");
    }
    if let Some(body) = body {
        req.set_header("content-type", RpcV2Cbor::CONTENT_TYPE);
        req.body = body.into();
    }
    req
}

/// The error's code, message, status and request id: the code from an awsQueryCompatible
/// service's `x-amzn-query-error`, else the body's `__type`, sanitized; `Http<status>` when
/// there is none.
pub fn error_meta(response: &HttpResponse, query_compatible: bool) -> ErrorMeta {
    let [type_, message, upper] = cbor::reader::top_level_strings(&response.body, ["__type", "message", "Message"]);
    let query_code = query_compatible
        .then(|| response.header("x-amzn-query-error"))
        .flatten()
        .and_then(|v| v.split(';').next())
        .filter(|c| !c.is_empty());
    let code = match (query_code, type_.as_deref().map(sanitize_error_code)) {
        (Some(code), _) => code.to_owned(),
        (None, Some(code)) if !code.is_empty() => code.to_owned(),
        _ => format!("Http{}", response.status),
    };
    ErrorMeta {
        code,
        message: message.or(upper),
        status: response.status,
        request_id: request_id(response),
        message_sensitive: false,
        extended_request_id: None,
    }
}

/// The operations whose shapes were walked and hold no document, by the address of their
/// schema (a static of each operation): each is walked once, not on every request.
static WITHOUT_DOCUMENTS: RwLock<Vec<usize>> = RwLock::new(Vec::new());

/// Refuses an operation whose input, output or errors hold a document, which Smithy's rpcv2Cbor
/// has no place for: the first such member of each, by its path.
fn refuse_documents<O: Operation>() -> Result<(), Violations> {
    let schema = O::schema();
    let address = std::ptr::from_ref(schema) as usize;
    let known = |list: &Vec<usize>| list.contains(&address);
    if WITHOUT_DOCUMENTS.read().is_ok_and(|list| known(&list)) {
        return Ok(());
    }
    let shapes = [("", (schema.input)()), ("the output's ", (schema.output)())];
    let errors = schema.errors.iter().map(|error| ("an error's ", error()));
    let found: Vec<Violation> = shapes
        .into_iter()
        .chain(errors)
        .filter_map(|(whose, ty)| {
            let path = document_in(&ty, &mut String::new(), &mut Vec::new())?;
            let found = format!("{whose}document, which Smithy's rpcv2Cbor protocol does not have");
            Some(Violation { path, rule: Rule::Type { expected: "a type rpcv2Cbor can carry", found } })
        })
        .collect();
    if !found.is_empty() {
        return Err(Violations(found));
    }
    if let Ok(mut list) = WITHOUT_DOCUMENTS.write()
        && !known(&list)
    {
        list.push(address);
    }
    Ok(())
}

/// The path of the first document that a value of type `ty` (at `path`) holds, in declaration
/// order; `seen` are the shapes already walked, so that a recursive shape is walked once.
fn document_in(ty: &TypeSchema, path: &mut String, seen: &mut Vec<*const ShapeSchema>) -> Option<String> {
    match ty {
        TypeSchema::Document => Some(path.clone()),
        TypeSchema::List { member: inner, .. } | TypeSchema::Map { value: inner, .. } => {
            let len = path.len();
            path.push_str("[]");
            let found = document_in(inner, path, seen);
            path.truncate(len);
            found
        }
        TypeSchema::Shape(shape) => {
            if seen.contains(&std::ptr::from_ref(*shape)) {
                return None;
            }
            seen.push(*shape);
            shape.members.iter().find_map(|member| {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(member.name);
                let found = document_in(&(member.target)(), path, seen);
                path.truncate(len);
                found
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, headers: &[(&str, &str)], body: &[u8]) -> HttpResponse {
        let headers = headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        HttpResponse { status, headers, body: body.to_vec().into() }
    }

    /// `{"__type": type_, "Message": message}` as CBOR.
    fn error_body(type_: &str, message: &str) -> Vec<u8> {
        let mut body = vec![0xa2, 0x66];
        body.extend_from_slice(b"__type");
        body.push(0x78);
        body.push(type_.len() as u8);
        body.extend_from_slice(type_.as_bytes());
        body.push(0x67);
        body.extend_from_slice(b"Message");
        body.push(0x60 | message.len() as u8);
        body.extend_from_slice(message.as_bytes());
        body
    }

    fn cx(endpoint_url: &str, query_compatible: bool) -> RequestContext<'_> {
        RequestContext { endpoint_url, target_prefix: "Svc", api_version: "1", query_compatible }
    }

    #[test]
    fn requests_post_to_the_operation_under_the_endpoint_path() {
        for (endpoint, url) in [
            ("https://h.example", "https://h.example/service/Svc/operation/Op"),
            ("https://h.example/", "https://h.example/service/Svc/operation/Op"),
            ("http://127.0.0.1:8080/v1/", "http://127.0.0.1:8080/v1/service/Svc/operation/Op"),
        ] {
            let req = envelope(&cx(endpoint, false), "Op", Some(vec![0xa0]));
            assert_eq!((req.method.as_str(), req.url.as_str()), ("POST", url), "{endpoint}");
            assert_eq!(req.header("smithy-protocol"), Some("rpc-v2-cbor"));
            assert_eq!(req.header("accept"), Some("application/cbor"));
            assert_eq!(req.header("content-type"), Some("application/cbor"));
            assert_eq!((req.header("x-amz-target"), req.header("x-amzn-query-mode")), (None, None));
            assert_eq!(&req.body[..], [0xa0]);
        }
        // No input, no body and no Content-Type; a query-compatible service is told so.
        let req = envelope(&cx("https://h.example", true), "Op", None);
        assert_eq!((req.header("content-type"), req.body.len()), (None, 0));
        assert_eq!(req.header("x-amzn-query-mode"), Some("true"));
    }

    #[test]
    fn error_codes_come_from_type_or_the_query_error() {
        let body = error_body("smithy.protocoltests.rpcv2Cbor#InvalidGreeting:http://internal/", "Hi");
        let meta = error_meta(&response(400, &[("x-amzn-requestid", "r-1")], &body), false);
        assert_eq!(meta.code, "InvalidGreeting");
        assert_eq!((meta.message.as_deref(), meta.request_id.as_deref()), (Some("Hi"), Some("r-1")));
        // The query code wins for a query-compatible service only.
        let query = [("x-amzn-query-error", "Customized;Sender")];
        assert_eq!(error_meta(&response(400, &query, &body), true).code, "Customized");
        assert_eq!(error_meta(&response(400, &query, &body), false).code, "InvalidGreeting");
        // X-Amzn-ErrorType is ignored; without `__type` the status names the error.
        let header = [("x-amzn-errortype", "FromHeader")];
        assert_eq!(error_meta(&response(400, &header, &body), false).code, "InvalidGreeting");
        assert_eq!(error_meta(&response(503, &header, b""), false).code, "Http503");
        assert_eq!(error_meta(&response(500, &[], b"<html>"), false).code, "Http500");
    }

    #[test]
    fn documents_are_found_in_any_shape_they_are_nested_in() {
        static INNER: [MemberSchema; 2] = [
            MemberSchema { target: <String as Shape>::type_schema, ..MemberSchema::named("name") },
            MemberSchema { target: <Vec<crate::types::Document> as Shape>::type_schema, ..MemberSchema::named("docs") },
        ];
        static SHAPE: ShapeSchema = ShapeSchema {
            name: "Inner",
            kind: crate::schema::ShapeKind::Structure,
            members: &INNER,
            values: &[],
            int_values: &[],
            sensitive: false,
            error: None,
            xml_name: None,
            xml_namespace: None,
            xml_unwrapped: false,
        };
        let map = TypeSchema::Map { value: Box::new(TypeSchema::Shape(&SHAPE)), sparse: false };
        assert_eq!(document_in(&map, &mut "outer".to_owned(), &mut Vec::new()), Some("outer[].docs[]".into()));
        assert_eq!(document_in(&TypeSchema::String, &mut String::new(), &mut Vec::new()), None);
    }
}
