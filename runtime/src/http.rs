//! The HTTP request and response as the runtime sees them, independent of the transport.

use std::borrow::Cow;
use std::fmt;

use crate::byte_stream::StreamingBody;

/// A request ready to be signed and sent.
///
/// `Debug` redacts the signature and the security token (see [`redacted`]) and shows only the
/// body's length, since the body may hold sensitive members.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    /// `POST`, `GET`, ...
    pub method: String,
    /// The absolute URL: scheme, authority, path and query.
    pub url: String,
    /// Header names in lowercase, in the order they were added.
    pub headers: Vec<(String, String)>,
    /// The exact bytes sent; retries send the same bytes. Empty when the body is streamed.
    pub body: bytes::Bytes,
    /// The streamed body, sent in place of `body`, if the operation streams its payload.
    pub stream: Option<StreamingBody>,
}

impl HttpRequest {
    /// A request with no headers and an empty body.
    pub fn new(method: impl Into<String>, url: impl Into<String>) -> Self {
        Self { method: method.into(), url: url.into(), headers: Vec::new(), body: bytes::Bytes::new(), stream: None }
    }

    /// The first value of the header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// Sets `name` to `value`, replacing any earlier value.
    pub fn set_header(&mut self, name: &str, value: impl Into<String>) {
        let name = name.to_ascii_lowercase();
        self.headers.retain(|(n, _)| *n != name);
        self.headers.push((name, value.into()));
    }
    /// The name of the first header whose value holds a CR, an LF or another control character
    /// (tab aside), which would end the header early or smuggle in another: such a request must
    /// not be sent.
    pub fn unsendable_header(&self) -> Option<&str> {
        self.headers
            .iter()
            .find(|(_, value)| value.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f))
            .map(|(name, _)| name.as_str())
    }
}

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &Headers(&self.headers))
            .field("body", &BodyLength(self.body.len()))
            .field("stream", &self.stream)
            .finish()
    }
}

/// A response as received: status, headers and the whole body.
///
/// `Debug` redacts secret headers as a request's does and shows only the body's length.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// The HTTP status code.
    pub status: u16,
    /// Header names in lowercase.
    pub headers: Vec<(String, String)>,
    /// The whole body.
    pub body: bytes::Bytes,
}

impl HttpResponse {
    /// The first value of the header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

impl fmt::Debug for HttpResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpResponse")
            .field("status", &self.status)
            .field("headers", &Headers(&self.headers))
            .field("body", &BodyLength(self.body.len()))
            .finish()
    }
}

/// Headers as `(name, value)` pairs, secrets redacted.
struct Headers<'a>(&'a [(String, String)]);

impl fmt::Debug for Headers<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.iter().map(|(name, value)| (name, redact(name, value)))).finish()
    }
}

/// A body in `Debug`: its length.
struct BodyLength(usize);

impl fmt::Debug for BodyLength {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} bytes>", self.0)
    }
}

/// Headers whose values are secrets: shown as `** redacted **` by [`redacted`].
pub const SECRET_HEADERS: &[&str] = &["authorization", "x-amz-security-token", "x-amz-sso_bearer_token"];

/// A header's value as logs show it: the signature of `authorization` and the whole value of
/// the other [`SECRET_HEADERS`] redacted.
fn redact<'v>(name: &str, value: &'v str) -> Cow<'v, str> {
    if !SECRET_HEADERS.iter().any(|s| name.eq_ignore_ascii_case(s)) {
        return Cow::Borrowed(value);
    }
    match (name.eq_ignore_ascii_case("authorization"), value.split_once("Signature=")) {
        // The scope and signed headers help debugging; the signature is what is secret.
        (true, Some((head, _))) => Cow::Owned(format!("{head}Signature=** redacted **")),
        _ => Cow::Borrowed("** redacted **"),
    }
}

/// One line per header, secrets redacted, for logs.
pub fn redacted(headers: &[(String, String)]) -> String {
    let mut out = String::new();
    for (name, value) in headers {
        out.push_str(&format!("{name}: {}\n", redact(name, value)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_secret_headers_and_hides_bodies() {
        let mut request = HttpRequest::new("POST", "https://x.example/");
        request.set_header("authorization", "AWS4-HMAC-SHA256 Credential=AKID/x, Signature=abc123");
        request.set_header("x-amz-security-token", "token");
        request.set_header("x-amz-target", "S.Op");
        request.body = r#"{"secret":"value"}"#.into();
        let text = format!("{request:?}");
        assert_eq!(
            text,
            "HttpRequest { method: \"POST\", url: \"https://x.example/\", headers: [\
             (\"authorization\", \"AWS4-HMAC-SHA256 Credential=AKID/x, Signature=** redacted **\"), \
             (\"x-amz-security-token\", \"** redacted **\"), (\"x-amz-target\", \"S.Op\")], body: <18 bytes>, stream: None }"
        );
        let response = HttpResponse { status: 200, headers: request.headers.clone(), body: request.body.clone() };
        let text = format!("{response:#?}");
        assert!(!text.contains("abc123") && !text.contains("\"token\"") && !text.contains("value"), "{text}");
    }

    #[test]
    fn secrets_are_redacted_and_the_rest_kept() {
        let headers = vec![
            ("authorization".to_owned(), "AWS4-HMAC-SHA256 Credential=AKID/x, Signature=abc123".to_owned()),
            ("x-amz-security-token".to_owned(), "token".to_owned()),
            ("x-amz-target".to_owned(), "S.Op".to_owned()),
        ];
        assert_eq!(
            redacted(&headers),
            "authorization: AWS4-HMAC-SHA256 Credential=AKID/x, Signature=** redacted **\n\
             x-amz-security-token: ** redacted **\nx-amz-target: S.Op\n"
        );
    }
}
