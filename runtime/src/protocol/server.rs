//! Wire protocols from the server's side: which operation a request is for, its input read
//! strictly, and outputs and errors written as the service sends them. The local endpoint serves
//! any service whose protocol implements [`ServerProtocol`]; tests and the fuzz targets play
//! servers with it.
//!
//! The trait speaks bytes and shapes only, so that a protocol whose requests are forms and whose
//! responses are XML implements it as the JSON ones do. Each implementation's wire rules are the
//! documentation of its protocol's module.

use std::fmt;

use crate::http::{HttpRequest, HttpResponse};
use crate::operation::{ErrorShape, Http, Operation, Service};
use crate::protocol::Protocol;
use crate::validate::Violations;

/// What a server knows of the service it serves, besides its operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerContext<'a> {
    /// The service's `X-Amz-Target` prefix (awsJson).
    pub target_prefix: &'a str,
    /// The service's API version (the query protocols).
    pub api_version: &'a str,
}

impl ServerContext<'static> {
    /// The context of the service `S`.
    pub fn of<S: Service>() -> Self {
        Self { target_prefix: S::TARGET_PREFIX, api_version: S::API_VERSION }
    }
}

/// An operation as routing sees it: its name and its `http` trait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationRoute {
    /// The operation's name, e.g. `CreateChannelHandshake`.
    pub name: &'static str,
    /// Its `http` trait (the RPC protocols ignore it).
    pub http: Http,
}

impl OperationRoute {
    /// The route of the operation `O`.
    pub fn of<O: Operation>() -> Self {
        Self { name: O::NAME, http: O::HTTP }
    }
}

/// A request matched to one operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Routed {
    /// The operation's name.
    pub operation: &'static str,
    /// The URI labels of the REST protocols (name as in the URI template, value decoded); empty
    /// for the others.
    pub labels: Vec<(String, String)>,
}

/// Why a server answers a request with an error no operation models: no operation serves it,
/// it is not of the protocol, its signature does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The status sent.
    pub status: u16,
    /// The error code, e.g. `UnknownOperationException`.
    pub code: &'static str,
    /// The error's message.
    pub message: String,
}

impl Refusal {
    /// A refusal with `status`, `code` and `message`.
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> Self {
        Self { status, code, message: message.into() }
    }

    /// The response that says it, written with the protocol `P`.
    pub fn response<P: ServerProtocol>(&self) -> HttpResponse {
        P::write_unmodeled_error(self.code, Some(&self.message), self.status)
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}", self.code, self.status, self.message)
    }
}

impl std::error::Error for Refusal {}

/// A wire protocol from the server's side: a service's request routed to one of its operations,
/// the input read from it, and the output or error written back.
pub trait ServerProtocol: Protocol {
    /// Which of `operations` the request (its signature already checked) is for, and what
    /// reading its input needs; a request that is not of the protocol, or that no operation
    /// serves, is refused.
    fn route(request: &HttpRequest, cx: &ServerContext<'_>, operations: &[OperationRoute]) -> Result<Routed, Refusal>;

    /// The input of the operation `O`, which [`ServerProtocol::route`] matched, read strictly
    /// and checked against the model's constraints: every problem reported at once.
    fn read_input<O: Operation>(request: &HttpRequest, routed: &Routed) -> Result<O, Violations>;

    /// The response of a successful call of `O`.
    fn write_output<O: Operation>(output: &O::Output) -> HttpResponse;

    /// The response of a modeled error: its status, its code and its members.
    fn write_error<E: ErrorShape>(error: &E) -> HttpResponse;

    /// The response of an error that no shape models: its code, its message if it has one, and
    /// `status`.
    fn write_unmodeled_error(code: &str, message: Option<&str>, status: u16) -> HttpResponse;

    /// `response` with the request id the server gave it written where the protocol puts one
    /// besides the `x-amzn-RequestId` header (the query protocols' bodies). Default: as it is.
    fn with_request_id(response: HttpResponse, _request_id: &str) -> HttpResponse {
        response
    }
}

/// The path and query of an absolute URL (`/` when it has no path), as a request line carries
/// them.
pub fn path_and_query(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme.find(['/', '?']).map_or("/", |i| &after_scheme[i..])
}

/// Whether a `Content-Type` value names `expected`, ignoring parameters (`; charset=utf-8`) and
/// case, as media types are compared.
pub fn media_type_is(value: &str, expected: &str) -> bool {
    value.split(';').next().is_some_and(|media_type| media_type.trim().eq_ignore_ascii_case(expected))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_of_a_url_is_its_path_and_query() {
        assert_eq!(path_and_query("http://127.0.0.1:4599/a/b?c=d"), "/a/b?c=d");
        assert_eq!(path_and_query("http://127.0.0.1:4599"), "/");
        assert_eq!(path_and_query("http://h?x=1"), "?x=1");
        assert_eq!(path_and_query("/already"), "/already");
    }

    #[test]
    fn media_types_compare_without_parameters_or_case() {
        assert!(media_type_is("application/x-amz-json-1.0; charset=utf-8", "application/x-amz-json-1.0"));
        assert!(media_type_is(" Application/X-Amz-JSON-1.0 ;", "application/x-amz-json-1.0"));
        assert!(!media_type_is("application/x-amz-json-1.01", "application/x-amz-json-1.0"));
    }
}
