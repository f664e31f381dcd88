//! What can go wrong with a call, from bad input to an error the service sent.

use std::fmt;

use crate::validate::Violations;

/// An error's message followed by those of all its sources, joined by `: `: the top message
/// of a layered error (a transport's, say) alone says little.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

/// The code, message, HTTP status and request id of an error response.
#[derive(Clone, PartialEq, Eq)]
pub struct ErrorMeta {
    /// The error code, e.g. `ConflictException`.
    pub code: String,
    /// The error message, if the service sent one.
    pub message: Option<String>,
    /// The HTTP status.
    pub status: u16,
    /// The request id of the response (`x-amzn-RequestId`, or where the protocol puts it).
    pub request_id: Option<String>,
    /// S3's extended request id, the `x-amz-id-2` header.
    pub extended_request_id: Option<String>,
    /// Whether the model marks the message of an error with this code sensitive: `Debug` and
    /// `Display` then redact it, while `message` still holds it for the program.
    pub message_sensitive: bool,
}

impl ErrorMeta {
    /// The message as it may be shown: redacted if sensitive.
    pub fn shown_message(&self) -> Option<&str> {
        match &self.message {
            Some(_) if self.message_sensitive => Some(crate::validate::REDACTED),
            message => message.as_deref(),
        }
    }
}

impl fmt::Debug for ErrorMeta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorMeta")
            .field("code", &self.code)
            .field("message", &self.shown_message())
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("extended_request_id", &self.extended_request_id)
            .finish()
    }
}

impl fmt::Display for ErrorMeta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.shown_message() {
            Some(message) => write!(f, "{}: {message}", self.code),
            None => f.write_str(&self.code),
        }
    }
}

/// A call that failed. `E` is the operation's error enum.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E: std::error::Error + 'static> {
    /// The input broke the model's rules; nothing was sent.
    #[error("invalid input, nothing was sent: {0}")]
    InvalidInput(#[source] Violations),
    /// Region, credentials, endpoint or another setting is missing or wrong; nothing was sent.
    #[error("invalid configuration")]
    Config(#[source] ConfigError),
    /// The request could not be sent or the response not received in full.
    #[error("the request failed in transit")]
    Transport(#[source] TransportError),
    /// A response arrived that cannot be read.
    #[error("the response could not be read (status {status}, request id {})", request_id.as_deref().unwrap_or("none"))]
    Response {
        /// The HTTP status.
        status: u16,
        /// The request id, if any.
        request_id: Option<String>,
        /// What was wrong with it.
        #[source]
        source: ResponseError,
    },
    /// The service answered with an error.
    #[error("{0}")]
    Service(ServiceError<E>),
    /// A paginator stopped because the service's tokens would never end.
    #[error("pagination stopped")]
    Pagination(#[source] PaginationError),
    /// An interceptor's hook failed, which ended the call.
    #[error("an interceptor ended the call")]
    Interceptor(#[source] crate::interceptor::InterceptorError),
}

impl<E: std::error::Error + 'static> Error<E> {
    /// The service's error, if the service sent one.
    pub fn service_error(&self) -> Option<&E> {
        match self {
            Error::Service(e) => Some(&e.error),
            _ => None,
        }
    }

    /// What kind of failure this is, without the operation's error type: for code that handles
    /// the failures of several operations alike.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::InvalidInput(_) => ErrorKind::InvalidInput,
            Error::Config(_) => ErrorKind::Config,
            Error::Transport(_) => ErrorKind::Transport,
            Error::Response { .. } => ErrorKind::Response,
            Error::Service(_) => ErrorKind::Service,
            Error::Pagination(_) => ErrorKind::Pagination,
            Error::Interceptor(_) => ErrorKind::Interceptor,
        }
    }

    /// The code, message, status and request id of the service's error, if it sent one.
    pub fn meta(&self) -> Option<&ErrorMeta> {
        match self {
            Error::Service(e) => Some(&e.meta),
            _ => None,
        }
    }

    /// The request id of the response, if a response arrived.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service(e) => e.meta.request_id.as_deref(),
            Error::Response { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }
}

/// The variants of [`Error`], without their contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// [`Error::InvalidInput`]: nothing was sent.
    InvalidInput,
    /// [`Error::Config`]: nothing was sent.
    Config,
    /// [`Error::Transport`].
    Transport,
    /// [`Error::Response`].
    Response,
    /// [`Error::Service`].
    Service,
    /// [`Error::Pagination`].
    Pagination,
    /// [`Error::Interceptor`].
    Interceptor,
}

/// An error the service sent, with its metadata.
#[derive(Debug)]
pub struct ServiceError<E> {
    /// The typed error.
    pub error: E,
    /// Code, message, status and request id.
    pub meta: ErrorMeta,
}

impl<E> fmt::Display for ServiceError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the service returned {}", self.meta)
    }
}

/// A setting that is missing or wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No region anywhere.
    #[error("no region is configured: set it on the config, in AWS_REGION or in the profile")]
    NoRegion,
    /// No credentials provider is configured.
    #[error("no credentials are configured: set them on the config or use `Config::from_env`")]
    NoCredentials,
    /// The service's endpoint rules are not valid.
    #[error("the service's endpoint rules are invalid: {0}")]
    InvalidRules(String),
    /// Credentials could not be found or loaded.
    #[error("credentials could not be loaded")]
    Credentials(#[source] crate::credentials::CredentialsError),
    /// The endpoint could not be resolved.
    #[error("the endpoint could not be resolved")]
    Endpoint(#[source] crate::endpoint::EndpointError),
    /// A plain-HTTP endpoint that is not on this machine.
    #[error("endpoint `{0}` uses plain http on a host that is not loopback; allow it with `allow_http`")]
    InsecureEndpoint(String),
    /// An endpoint URL that cannot be parsed.
    #[error("endpoint `{0}` is not a valid absolute URL")]
    InvalidEndpoint(String),
    /// The operation's host prefix cannot go in front of the endpoint's host (an IP address, say).
    #[error(
        "the operation's host prefix `{prefix}` cannot go in front of the host of endpoint `{endpoint}`; \
         disable host prefix injection for such endpoints"
    )]
    HostPrefix {
        /// The expanded prefix.
        prefix: String,
        /// The endpoint URL.
        endpoint: String,
    },
    /// A header would carry a line break or another control character. Its value comes from
    /// the configuration (the application name) or the credentials, and is not shown.
    #[error(
        "header `{0}` would carry a CR, an LF or another control character (from the configuration or the \
         credentials); nothing was sent"
    )]
    InvalidHeaderValue(String),
    /// The request could not be signed.
    #[error("the request could not be signed")]
    Signing(#[source] crate::sign::SigningError),
    /// The shared config files could not be read.
    #[error("the shared config could not be read")]
    Profile(#[source] crate::profile::ProfileError),
    /// A setting has a value that cannot be used.
    #[error("`{name}` has an invalid value `{value}`")]
    InvalidSetting {
        /// The setting.
        name: String,
        /// Its value.
        value: String,
    },
    /// The HTTP client could not be built.
    #[error("the HTTP client could not be built: {0}")]
    Http(String),
    /// The CA bundle (`AWS_CA_BUNDLE` or the profile's `ca_bundle`) cannot be used.
    #[error("the CA bundle `{}` named by {origin} cannot be used", path.display())]
    CaBundle {
        /// Where the path came from, e.g. "environment variable `AWS_CA_BUNDLE`".
        origin: String,
        /// The file.
        path: std::path::PathBuf,
        /// Why: it cannot be read, holds no certificate, or holds a malformed one.
        #[source]
        source: std::io::Error,
    },
}

/// The request did not make it there and back.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TransportError {
    /// No connection could be made.
    #[error("could not connect to {url}: {reason}")]
    Connect {
        /// The URL.
        url: String,
        /// Why.
        reason: String,
    },
    /// No connection could be made within the connect timeout.
    #[error("could not connect to {url} within {after:?}")]
    ConnectTimeout {
        /// The URL.
        url: String,
        /// The connect timeout.
        after: std::time::Duration,
    },
    /// The attempt took too long.
    #[error("the attempt timed out after {0:?}")]
    Timeout(std::time::Duration),
    /// The response, or the next part of its body, did not come within the read timeout.
    #[error("no response data arrived for {0:?}")]
    ReadTimeout(std::time::Duration),
    /// The call, all its attempts and the waits between them, took longer than the operation
    /// timeout.
    #[error("the call did not finish within {0:?}, retries included")]
    OperationTimeout(std::time::Duration),
    /// The connection ended before the whole response body had arrived.
    #[error("the response body was cut short after {received} bytes: {reason}")]
    BodyCut {
        /// The bytes of the body received.
        received: usize,
        /// Why the connection ended.
        reason: String,
    },
    /// The connection failed while the request or response was under way.
    #[error("the connection failed: {0}")]
    Io(String),
    /// The attempt failed after the first bytes of a request body that can be sent once (a
    /// stream) were taken, so it is not retried.
    #[error(
        "{0}; not retried: the request body is a stream, which can be sent once (bytes or a file can be sent again)"
    )]
    NotRetried(Box<TransportError>),
    /// The input's event stream ended the request: an event broke the model's rules, or the
    /// caller's stream failed. Not retried.
    #[error("the input's event stream ended the request")]
    Events(#[source] std::sync::Arc<crate::event_stream::EventSendError>),
}

/// A response that cannot be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ResponseError {
    /// The body is not JSON, or does not fit the output shape.
    #[error("the body does not fit the output: {0}")]
    Body(Violations),
    /// The body is larger than the configured limit.
    #[error("the body is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The limit.
        limit: usize,
    },
    /// The body does not match the checksum the response gave for it.
    #[error(transparent)]
    Checksum(#[from] crate::checksum::ChecksumMismatch),
}

/// Why a paginator stopped early.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PaginationError {
    /// The service sent a token it had sent before.
    #[error("the service repeated the pagination token `{token}`")]
    RepeatedToken {
        /// The token.
        token: String,
    },
}
