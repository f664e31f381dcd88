//! Sends a signed request over HTTP/1.1, or HTTP/2 with the `http2` feature (hyper-util's pooled
//! client on tokio, rustls with the ring provider), and reads the whole response, within the
//! configured limits. Connections are kept alive and pooled per client; redirects are never
//! followed and nothing is retried here (the client retries whole attempts, signed afresh).
//!
//! HTTP/2 is what AWS requires for Kinesis' SubscribeToShard and for input event streams. With
//! the feature, `https` servers are offered `h2` before `http/1.1` by ALPN, and a server that
//! picks it gets every request of the pool's one connection to it, each a stream of its own;
//! with prior knowledge (`http2_prior_knowledge`, for servers that speak HTTP/2 without TLS,
//! such as local stand-ins) every connection speaks HTTP/2 from its first byte. Connections with
//! requests under way are pinged when they fall silent, so that a peer gone away ends their
//! bodies. Without the feature, neither hyper's HTTP/2 nor the h2 crate is built.
//!
//! The limits: the connect timeout, around the whole of connecting (TCP, the proxy's tunnel,
//! TLS); the read timeout, the longest wait for the response head (connecting included) and then
//! for each further part of the body, so that a response that stalls is cut however large it
//! is; the attempt timeout, around all of it; and the largest body, checked against
//! `content-length` first and then while reading. A body the connection cuts short is a
//! [`TransportError::BodyCut`], a retryable failure in transit, never a short response: an
//! HTTP/2 stream reset or a `GOAWAY` before the body's end is one, and so is a body that ends
//! before its `content-length` (hyper takes a reset with `NO_ERROR` for the body's end).
//!
//! The request goes as built and signed: its `host` header included (what was signed is what is
//! sent), `content-length` aside, since hyper sets it from the body.

use std::fmt;
use std::net::SocketAddr;
use std::sync::{PoisonError, RwLock};
use std::time::Duration;

use bytes::Bytes;
use http::header::{HeaderName, HeaderValue};
use http::{Method, Uri};
use http_body_util::{BodyExt as _, Either, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioTimer};

use crate::byte_stream::ByteStream;
use crate::error::{ConfigError, ResponseError, TransportError, chain};
use crate::http::{HttpRequest, HttpResponse};
use crate::http_client::{Collected, read_within};

mod body;
pub(crate) mod connect;
mod network;
mod proxy;
#[cfg(test)]
mod tests;
pub(crate) mod tls;
pub(crate) mod uri;

pub(crate) use network::NetworkSettings;

use body::SendStream;
use connect::{ConnectError, Connector, ConnectorSettings};

/// How long a pooled connection may stay idle before it is closed (reqwest's default).
const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(90);
/// How long an HTTP/2 connection with requests under way may stay silent before it is pinged, so
/// that a peer gone away ends a long stream (a subscription's) even with no read timeout.
#[cfg(feature = "http2")]
const H2_PING_INTERVAL: Duration = Duration::from_secs(30);
/// How long the answer to a ping may take; without one, the connection is closed and the bodies
/// under way on it end with an error.
#[cfg(feature = "http2")]
const H2_PING_TIMEOUT: Duration = Duration::from_secs(20);

/// The HTTP versions a [`Transport`] speaks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum HttpVersions {
    /// HTTP/1.1; with the `http2` feature, HTTP/2 with `https` servers that pick it by ALPN.
    #[default]
    Negotiated,
    /// HTTP/2 on every connection from its first byte (prior knowledge): over plain `http`
    /// (h2c), and over TLS whatever the server would pick (ALPN offers `h2` alone).
    #[cfg(feature = "http2")]
    Http2Only,
}

pub(crate) use crate::http_client::{HttpClientError as AttemptError, HttpExchange as Exchange};

/// What a request sends: its bytes, or its streamed body.
type RequestBody = Either<Full<Bytes>, SendStream>;

/// A pooled HTTP client.
pub(crate) struct Transport {
    client: Client<Connector, RequestBody>,
    /// The last URL sent to and its parsed form: a client sends to one URL, or a few.
    last_uri: RwLock<Option<(String, Uri)>>,
    connect_timeout: Duration,
    read_timeout: Option<Duration>,
    max_response_bytes: usize,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("connect_timeout", &self.connect_timeout)
            .field("read_timeout", &self.read_timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .finish_non_exhaustive()
    }
}

/// The limits of a [`Transport`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub(crate) connect_timeout: Duration,
    /// The longest wait for the response head (connecting included) and for each further part
    /// of its body.
    pub(crate) read_timeout: Option<Duration>,
    pub(crate) max_response_bytes: usize,
}

impl Transport {
    /// A client speaking `versions`; with `connect_to`, every connection goes to that address (a
    /// port in the URL wins over its port), no name is looked up and no proxy is used.
    pub(crate) fn new(
        limits: Limits,
        connect_to: Option<SocketAddr>,
        network: &NetworkSettings,
        versions: HttpVersions,
    ) -> Result<Self, ConfigError> {
        let tls = network.tls().map_err(|e| ConfigError::Http(chain(&e)))?;
        #[cfg(feature = "http2")]
        let tls = tls.offering(match versions {
            HttpVersions::Negotiated => tls::Alpn::H2OrHttp1,
            HttpVersions::Http2Only => tls::Alpn::H2,
        });
        let settings = ConnectorSettings { timeout: limits.connect_timeout, connect_to, proxy: network.proxy(), tls };
        let mut builder = Client::builder(TokioExecutor::new());
        builder.pool_timer(TokioTimer::new()).pool_idle_timeout(POOL_IDLE_TIMEOUT);
        #[cfg(feature = "http2")]
        builder
            .http2_only(versions == HttpVersions::Http2Only)
            // The pings' timer.
            .timer(TokioTimer::new())
            .http2_keep_alive_interval(H2_PING_INTERVAL)
            .http2_keep_alive_timeout(H2_PING_TIMEOUT);
        #[cfg(not(feature = "http2"))]
        let _ = versions;
        let client = builder.build(Connector::new(settings));
        Ok(Self {
            client,
            last_uri: RwLock::new(None),
            connect_timeout: limits.connect_timeout,
            read_timeout: limits.read_timeout,
            max_response_bytes: limits.max_response_bytes,
        })
    }

    /// `url` parsed, from the cache when it is the last one sent to.
    fn uri(&self, url: &str) -> Result<Uri, TransportError> {
        if let Some((last, uri)) = &*self.last_uri.read().unwrap_or_else(PoisonError::into_inner)
            && last == url
        {
            return Ok(uri.clone());
        }
        let uri = uri::parse(url)
            .filter(|u| u.scheme() == Some(&http::uri::Scheme::HTTP) || uri::is_https(u))
            .ok_or_else(|| TransportError::Io(format!("`{url}` is not an absolute http or https URL")))?;
        *self.last_uri.write().unwrap_or_else(PoisonError::into_inner) = Some((url.to_owned(), uri.clone()));
        Ok(uri)
    }

    /// `request` as hyper takes it.
    fn to_hyper(&self, request: &HttpRequest) -> Result<http::Request<RequestBody>, TransportError> {
        let method = Method::from_bytes(request.method.as_bytes())
            .map_err(|_| TransportError::Io(format!("invalid method `{}`", request.method)))?;
        let body = match &request.stream {
            Some(stream) => Either::Right(SendStream(stream.attempt())),
            None => Either::Left(Full::new(request.body.clone())),
        };
        let mut out = http::Request::new(body);
        *out.method_mut() = method;
        *out.uri_mut() = self.uri(&request.url)?;
        let headers = out.headers_mut();
        headers.reserve(request.headers.len());
        for (name, value) in &request.headers {
            if name == "content-length" {
                continue;
            }
            let name = header_name(name).ok_or_else(|| TransportError::Io(format!("invalid header name `{name}`")))?;
            // The value may be a secret: the error names the header only.
            let value = HeaderValue::from_str(value)
                .map_err(|_| TransportError::Io(format!("header `{name}` has an invalid value")))?;
            headers.append(name, value);
        }
        Ok(out)
    }

    async fn attempt(
        &self,
        request: &HttpRequest,
        stream_output: bool,
    ) -> Result<(HttpResponse, Option<ByteStream>), AttemptError> {
        let hyper_request = self.to_hyper(request).map_err(AttemptError::Transport)?;
        let sent = read_within(self.read_timeout, self.client.request(hyper_request)).await?;
        let response = sent.map_err(|e| AttemptError::Transport(self.failed(&e, &request.url)))?;
        let (head, mut body) = response.into_parts();
        let status = head.status.as_u16();
        let headers: Vec<(String, String)> = head
            .headers
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect();
        let expected = body::expected_len(&request.method, status, &body);
        if stream_output && (200..300).contains(&status) {
            let stream = body::response_stream(body, expected, self.read_timeout);
            return Ok((HttpResponse { status, headers, body: Bytes::new() }, Some(stream)));
        }
        let limit = self.max_response_bytes;
        let too_large = |headers: &[(String, String)]| AttemptError::TooLarge {
            status,
            request_id: headers.iter().find(|(k, _)| k == "x-amzn-requestid").map(|(_, v)| v.clone()),
            source: ResponseError::TooLarge { limit },
        };
        if expected.is_some_and(|n| n > limit as u64) {
            return Err(too_large(&headers));
        }
        let mut collected = Collected::default();
        while let Some(frame) = read_within(self.read_timeout, body.frame()).await? {
            let frame = frame.map_err(|e| {
                AttemptError::Transport(TransportError::BodyCut { received: collected.len(), reason: chain(&e) })
            })?;
            // Trailers are not part of the body.
            let Ok(data) = frame.into_data() else { continue };
            if collected.len() + data.len() > limit {
                return Err(too_large(&headers));
            }
            collected.push(data);
        }
        if let Some(len) = expected.filter(|&n| (collected.len() as u64) < n) {
            let (received, reason) = (collected.len(), body::ended_early(len));
            return Err(AttemptError::Transport(TransportError::BodyCut { received, reason }));
        }
        Ok((HttpResponse { status, headers, body: collected.into_bytes() }, None))
    }

    /// The error of the pooled client as the runtime classifies it.
    fn failed(&self, e: &hyper_util::client::legacy::Error, url: &str) -> TransportError {
        let source = std::error::Error::source(e);
        if e.is_connect() {
            return match source.and_then(|s| s.downcast_ref::<ConnectError>()) {
                Some(ConnectError::Timeout) => {
                    TransportError::ConnectTimeout { url: url.to_owned(), after: self.connect_timeout }
                }
                Some(ConnectError::Failed(reason)) => {
                    TransportError::Connect { url: url.to_owned(), reason: reason.clone() }
                }
                None => TransportError::Connect { url: url.to_owned(), reason: chain(e) },
            };
        }
        // "client error (SendRequest)" says nothing its cause does not.
        TransportError::Io(source.map_or_else(|| chain(e), chain))
    }
}

#[cfg(test)]
impl Transport {
    /// A send as the attempt loop makes it, within `timeout`.
    pub(crate) async fn send_within(
        &self,
        request: &HttpRequest,
        timeout: Option<Duration>,
        stream_output: bool,
    ) -> Result<Exchange, AttemptError> {
        let attempt = self.attempt(request, stream_output);
        match timeout {
            Some(limit) => tokio::time::timeout(limit, attempt)
                .await
                .unwrap_or(Err(AttemptError::Transport(TransportError::Timeout(limit)))),
            None => attempt.await,
        }
    }
}

/// The runtime's own HTTP client: the limits are its own (from the same config as `options`').
///
/// The future is boxed: it is compiled once, here, for one allocation per attempt.
impl crate::http_client::HttpClient for Transport {
    fn send<'a>(
        &'a self,
        request: &'a HttpRequest,
        options: crate::http_client::SendOptions,
    ) -> crate::http_client::HttpFuture<'a> {
        Box::pin(self.attempt(request, options.stream_output))
    }
}

/// The names the runtime sends on every request that `http` does not know: made once, since
/// parsing such a name copies it each time.
static AWS_HEADERS: [HeaderName; 7] = [
    HeaderName::from_static("x-amz-target"),
    HeaderName::from_static("x-amz-date"),
    HeaderName::from_static("x-amz-security-token"),
    HeaderName::from_static("x-amz-content-sha256"),
    HeaderName::from_static("x-amz-region-set"),
    HeaderName::from_static("amz-sdk-invocation-id"),
    HeaderName::from_static("amz-sdk-request"),
];

/// `name` as a header name: one of [`AWS_HEADERS`], a standard one, or parsed.
fn header_name(name: &str) -> Option<HeaderName> {
    match AWS_HEADERS.iter().find(|known| known.as_str() == name) {
        Some(known) => Some(known.clone()),
        None => HeaderName::from_bytes(name.as_bytes()).ok(),
    }
}
