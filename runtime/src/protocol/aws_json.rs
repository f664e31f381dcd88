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

use serde_json::Value;

use super::Protocol;
use crate::error::ErrorMeta;
use crate::http::{HttpRequest, HttpResponse};

/// Builds the request of an operation (signing comes later).
pub fn request(
    protocol: Protocol,
    endpoint_url: &str,
    target: &str,
    body: String,
    query_compatible: bool,
) -> HttpRequest {
    let base = endpoint_url.trim_end_matches('/');
    let mut req = HttpRequest::new("POST", format!("{base}/"));
    req.set_header("content-type", protocol.content_type());
    req.set_header("x-amz-target", target);
    if query_compatible {
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

/// The error's code, message, status and request id; `body` is the parsed body (`Null` if none).
pub fn error_meta(response: &HttpResponse, body: &Value, query_compatible: bool) -> ErrorMeta {
    let field = |name: &str| body.get(name).and_then(Value::as_str);
    let query_code = query_compatible
        .then(|| response.header("x-amzn-query-error"))
        .flatten()
        .and_then(|v| v.split(';').next())
        .filter(|c| !c.is_empty());
    let raw = query_code
        .or_else(|| response.header("x-amzn-errortype"))
        .or_else(|| field("code"))
        .or_else(|| field("__type"))
        .unwrap_or("");
    let code = if query_code.is_some() { raw } else { sanitize_error_code(raw) };
    let code = if code.is_empty() { format!("Http{}", response.status) } else { code.to_owned() };
    ErrorMeta {
        code,
        message: field("message").or_else(|| field("Message")).map(str::to_owned),
        status: response.status,
        request_id: request_id(response),
        message_sensitive: false,
    }
}

/// The body of an error response as JSON: an empty body is an empty object (an error may come
/// with its code in `X-Amzn-ErrorType` and no body at all), one that is not JSON is `null`.
pub fn error_body(body: &[u8]) -> Value {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Value::Object(serde_json::Map::new());
    }
    serde_json::from_slice(body).unwrap_or(Value::Null)
}

/// The `x-amzn-RequestId` header.
pub fn request_id(response: &HttpResponse) -> Option<String> {
    response.header("x-amzn-requestid").map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, headers: &[(&str, &str)]) -> HttpResponse {
        let headers = headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        HttpResponse { status, headers, body: bytes::Bytes::new() }
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
        let meta = error_meta(&response(400, &[("x-amzn-errortype", "HeaderCode:x")]), &body, false);
        assert_eq!((meta.code.as_str(), meta.message.as_deref()), ("HeaderCode", Some("m")));
        assert_eq!(error_meta(&response(400, &[]), &body, false).code, "BodyCode");
        let body = serde_json::json!({"__type": "a#TypeCode", "message": "low"});
        let meta = error_meta(&response(400, &[("x-amzn-requestid", "r-1")]), &body, false);
        assert_eq!((meta.code.as_str(), meta.request_id.as_deref()), ("TypeCode", Some("r-1")));
        assert_eq!(error_meta(&response(503, &[]), &Value::Null, false).code, "Http503");
        let query = response(400, &[("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender")]);
        assert_eq!(error_meta(&query, &body, true).code, "AWS.SimpleQueueService.NonExistentQueue");
        assert_eq!(error_meta(&query, &body, false).code, "TypeCode");
    }

    #[test]
    fn error_bodies_may_be_empty() {
        assert_eq!(error_body(b""), serde_json::json!({}));
        assert_eq!(error_body(b" \n"), serde_json::json!({}));
        assert_eq!(error_body(br#"{"__type":"X"}"#), serde_json::json!({"__type": "X"}));
        assert_eq!(error_body(b"<html>"), Value::Null);
    }

    #[test]
    fn requests_post_to_the_endpoint_path() {
        for (endpoint, url) in [
            ("https://h.example", "https://h.example/"),
            ("https://h.example/", "https://h.example/"),
            ("https://example.com/custom/path", "https://example.com/custom/path/"),
            ("http://127.0.0.1:8080/custom/", "http://127.0.0.1:8080/custom/"),
        ] {
            let req = request(Protocol::AwsJson1_1, endpoint, "S.Op", "{}".into(), false);
            assert_eq!(req.url, url, "{endpoint}");
            assert_eq!(req.header("content-type"), Some("application/x-amz-json-1.1"));
            assert_eq!(req.header("x-amzn-query-mode"), None);
        }
        let req = request(Protocol::AwsJson1_0, "https://h.example/base/", "S.Op", "{}".into(), true);
        assert_eq!(req.url, "https://h.example/base/");
        assert_eq!(req.header("content-type"), Some("application/x-amz-json-1.0"));
        assert_eq!(req.header("x-amz-target"), Some("S.Op"));
        assert_eq!(req.header("x-amzn-query-mode"), Some("true"));
    }
}
