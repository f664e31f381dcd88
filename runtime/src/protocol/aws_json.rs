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
//! - the request id is the `x-amzn-RequestId` header.

use super::{Protocol, RequestContext};
use crate::codec::json::{self, JsonWriter};
use crate::error::{ErrorMeta, ResponseError};
use crate::http::{HttpRequest, HttpResponse};
use crate::operation::{ErrorShape, Operation};
use crate::schema::MemberSchema;
use crate::shape::{Mode, Shape};
use crate::validate::Violations;

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
    )*};
}

aws_json! {
    AwsJson1_0 => "awsJson1_0", "application/x-amz-json-1.0";
    AwsJson1_1 => "awsJson1_1", "application/x-amz-json-1.1";
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
    ErrorMeta { code, message, status: response.status, request_id: request_id(response), message_sensitive: false }
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
