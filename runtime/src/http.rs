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
