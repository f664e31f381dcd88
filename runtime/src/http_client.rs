//! The HTTP client a [`crate::client::Client`] sends through: a trait, so that an application
//! can bring its own (`Config::builder().http_client(...)`), with the runtime's hyper transport
//! as the default (`transport.rs`: pooled HTTP/1.1, HTTP/2 with the `http2` feature, rustls).
//!
//! What the runtime asks of an HTTP client, whoever's it is: send the request as it is (signed:
//! no header added, changed or reordered but `content-length`, no redirect followed, nothing
//! retried: the runtime retries whole attempts, signed afresh); read the whole response within
//! the limits of [`SendOptions`], or hand a successful one's body over as it arrives when asked
//! to; and report a body the connection cuts short as an error, never a short success.
//!
//! With the `reqwest` feature, `ReqwestClient` sends through an application's own
//! `reqwest::Client` (its pool, proxies and TLS settings), within these rules as far as reqwest
//! lets it: see its documentation for the little it cannot promise.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use crate::byte_stream::ByteStream;
use crate::error::{ResponseError, TransportError};
use crate::http::{HttpRequest, HttpResponse};

#[cfg(feature = "reqwest")]
#[path = "http_client/reqwest.rs"]
mod adapter;
/// The reqwest (0.12) that [`ReqwestClient`] takes a client of, for building that client with
/// the same version.
#[cfg(feature = "reqwest")]
pub use ::reqwest;
#[cfg(feature = "reqwest")]
pub use adapter::ReqwestClient;

/// A response, and its body as a stream when it is handed over as one (then `body` is empty).
pub type HttpExchange = (HttpResponse, Option<ByteStream>);

/// What [`HttpClient::send`] returns.
pub type HttpFuture<'a> = Pin<Box<dyn Future<Output = Result<HttpExchange, HttpClientError>> + Send + 'a>>;

/// An HTTP client shared by the clients that send through it.
pub type SharedHttpClient = Arc<dyn HttpClient>;

/// Sends requests; see the [module](self) documentation for what is asked of it.
pub trait HttpClient: Send + Sync + fmt::Debug {
    /// Sends `request` and reads its response as `options` say.
    fn send<'a>(&'a self, request: &'a HttpRequest, options: SendOptions) -> HttpFuture<'a>;
}

/// How one request is sent: the config's limits, and whether the body of a successful response
/// is streamed. (The attempt timeout is the runtime's, around the whole send.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct SendOptions {
    /// Hand a 2xx response's body over as it arrives (a streaming output), beyond
    /// `max_response_bytes`.
    pub stream_output: bool,
    /// The longest wait for the response head and then for each part of its body.
    pub read_timeout: Option<Duration>,
    /// The largest body read whole; a larger one is [`HttpClientError::TooLarge`].
    pub max_response_bytes: usize,
}

/// Why a request got no usable response.
#[derive(Debug)]
#[non_exhaustive]
pub enum HttpClientError {
    /// Connecting, sending or receiving failed (retried as the runtime's retry rules say).
    Transport(TransportError),
    /// The response is larger than the limit: final, whatever its status.
    TooLarge {
        /// Its status.
        status: u16,
        /// Its request id, if its head had one.
        request_id: Option<String>,
        /// The limit, as [`ResponseError::TooLarge`].
        source: ResponseError,
    },
}

impl fmt::Display for HttpClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpClientError::Transport(e) => write!(f, "{e}"),
            HttpClientError::TooLarge { status, source, .. } => write!(f, "status {status}: {source}"),
        }
    }
}

impl std::error::Error for HttpClientError {}

/// A body as it arrives, for the clients that read one whole: most fit in one chunk, kept as
/// it is; more are copied together.
#[derive(Default)]
pub(crate) enum Collected {
    #[default]
    Empty,
    One(bytes::Bytes),
    Many(Vec<u8>),
}

impl Collected {
    pub(crate) fn len(&self) -> usize {
        match self {
            Collected::Empty => 0,
            Collected::One(bytes) => bytes.len(),
            Collected::Many(bytes) => bytes.len(),
        }
    }

    pub(crate) fn push(&mut self, data: bytes::Bytes) {
        *self = match std::mem::take(self) {
            Collected::Empty => Collected::One(data),
            Collected::One(first) => {
                let mut all = Vec::with_capacity(first.len() + data.len());
                all.extend_from_slice(&first);
                all.extend_from_slice(&data);
                Collected::Many(all)
            }
            Collected::Many(mut all) => {
                all.extend_from_slice(&data);
                Collected::Many(all)
            }
        };
    }

    pub(crate) fn into_bytes(self) -> bytes::Bytes {
        match self {
            Collected::Empty => bytes::Bytes::new(),
            Collected::One(bytes) => bytes,
            Collected::Many(bytes) => bytes.into(),
        }
    }
}

/// `read`, unless no data comes within `limit`. The read is polled first, so data already there
/// never arms a timer.
pub(crate) async fn read_within<T>(
    limit: Option<Duration>,
    read: impl Future<Output = T>,
) -> Result<T, HttpClientError> {
    match limit {
        Some(limit) => tokio::time::timeout(limit, read)
            .await
            .map_err(|_| HttpClientError::Transport(TransportError::ReadTimeout(limit))),
        None => Ok(read.await),
    }
}
