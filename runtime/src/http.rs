//! The HTTP request and response as the runtime sees them, independent of the transport.

/// A request ready to be signed and sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpRequest {
    /// `POST`, `GET`, ...
    pub method: String,
    /// The absolute URL: scheme, authority, path and query.
    pub url: String,
    /// Header names in lowercase, in the order they were added.
    pub headers: Vec<(String, String)>,
    /// The exact bytes sent; retries send the same bytes.
    pub body: bytes::Bytes,
}

impl HttpRequest {
    /// A request with no headers and an empty body.
    pub fn new(method: impl Into<String>, url: impl Into<String>) -> Self {
        Self { method: method.into(), url: url.into(), headers: Vec::new(), body: bytes::Bytes::new() }
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
}

/// A response as received: status, headers and the whole body.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// Headers whose values are secrets: shown as `** redacted **` by [`redacted`].
pub const SECRET_HEADERS: &[&str] = &["authorization", "x-amz-security-token"];

/// One line per header, secrets redacted, for logs.
pub fn redacted(headers: &[(String, String)]) -> String {
    let mut out = String::new();
    for (name, value) in headers {
        let value = if SECRET_HEADERS.iter().any(|s| name.eq_ignore_ascii_case(s)) {
            match (name.eq_ignore_ascii_case("authorization"), value.split_once("Signature=")) {
                // The scope and signed headers help debugging; the signature is what is secret.
                (true, Some((head, _))) => format!("{head}Signature=** redacted **"),
                _ => "** redacted **".to_owned(),
            }
        } else {
            value.clone()
        };
        out.push_str(&format!("{name}: {value}\n"));
    }
    out
}

/// Sees every request as sent (signed) and every response as received, e.g. for `--debug`.
pub trait HttpObserver: Send + Sync + std::fmt::Debug {
    /// A request is about to be sent.
    fn request(&self, request: &HttpRequest);
    /// A response arrived.
    fn response(&self, response: &HttpResponse);
}

#[cfg(test)]
mod tests {
    use super::*;

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
