//! [`ReqwestClient`]: the [`HttpClient`] contract met over an application's own
//! `reqwest::Client`, so that calls share its pool, proxies and TLS settings.
//!
//! What it does as the runtime's own transport does: the request goes as built (method, URL,
//! headers in their order, each one but `content-length`, which hyper sets from the body); a
//! streamed body goes chunk by chunk, with its `Content-Length` when its length is known, else
//! chunked; the read timeout bounds the wait for the response head and then for each chunk of
//! its body; the size limit is checked against `content-length` first, then while reading; a
//! successful response's body is handed over as a [`ByteStream`] when asked; a body cut short,
//! or ending before its `content-length`, is [`TransportError::BodyCut`] (or
//! [`ByteStreamError::Cut`] in a stream), never a short success. Error messages carry no header
//! value, and the reqwest error's copy of the URL is dropped (the URL is the error's own field
//! where it has one).
//!
//! What reqwest decides, not the adapter, since these are settings of the client it is given:
//! - Redirects: reqwest's policy is the client's (`ClientBuilder::redirect`), with no way to turn
//!   it off per request, and its default follows up to 10. Build the client with
//!   `redirect::Policy::none()`, or through [`ReqwestClient::from_builder`], which sets it. A
//!   redirect followed anyway is found (the response's URL is not the request's) and fails the
//!   attempt, but the request went to the redirect's target first: a cross-host one strips
//!   `authorization` but not `x-amz-security-token`.
//! - Added headers: reqwest adds its default headers to a request that lacks them: `accept: */*`
//!   always, and whatever `default_headers` and `user_agent` the client was built with. They are
//!   never signed, so the signature still verifies (SigV4 signs the headers it lists); none of
//!   the request's own is changed, since reqwest adds only missing names.
//! - Decompression: a client built with reqwest's `gzip`, `brotli`, `zstd` or `deflate` features
//!   asks for compressed answers and decompresses them, dropping `content-encoding` and
//!   `content-length`: an S3 object stored gzipped then comes back decompressed. Build the client
//!   with `no_gzip()` and the like to get the bytes as stored.
//! - Timeouts and retries of its own: the client's `timeout`, `read_timeout` and
//!   `connect_timeout` apply besides the runtime's; a connect timeout is a
//!   [`TransportError::Connect`] (the adapter does not know its length), the others a
//!   [`TransportError::Io`]. reqwest's own retries (0.12.23 and later retry some HTTP/2
//!   refusals) stay with the client.
//! - The URL: reqwest takes a parsed `Url`, and the `url` crate rewrites some paths (it removes
//!   `.` and `..` segments, which S3 keys may have). A request whose path or query would not go
//!   as built fails before anything is sent, rather than go elsewhere than it was signed for.

use std::fmt;
use std::pin::Pin;
use std::sync::{Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;
use http::header::{HeaderName, HeaderValue};
use hyper::body::{Body, Frame, SizeHint};

use super::{Collected, HttpClient, HttpClientError, HttpExchange, HttpFuture, SendOptions, read_within};
use crate::byte_stream::{BodyStream, ByteStream, ByteStreamError};
use crate::error::{ConfigError, ResponseError, TransportError, chain};
use crate::http::{HttpRequest, HttpResponse};

/// An [`HttpClient`] over an application's `reqwest::Client`; see the
/// [module](crate::http_client) documentation for the contract, and this type's for what
/// reqwest leaves to the client's own settings.
///
/// ```no_run
/// # fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use aws_operation_runtime::http_client::ReqwestClient;
///
/// let mine = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
/// let config = aws_operation_runtime::Config::builder().http_client(ReqwestClient::new(mine)).build()?;
/// # let _ = config; Ok(()) }
/// ```
///
/// Redirects: a `reqwest::Client` follows them unless built with `redirect::Policy::none()`
/// (which [`ReqwestClient::from_builder`] sets), and reqwest cannot be told otherwise per
/// request. A redirect followed anyway fails the attempt, after the request went to its target.
/// reqwest also adds its default headers (`accept: */*`, the client's `default_headers` and
/// `user_agent`) to a request that lacks them: unsigned, they leave the signature valid. With
/// reqwest's decompression features on, compressed answers come back decompressed.
#[derive(Clone)]
pub struct ReqwestClient {
    client: ::reqwest::Client,
}

impl fmt::Debug for ReqwestClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // reqwest's own `Debug` prints the client's default headers, which may hold secrets.
        f.debug_struct("ReqwestClient").finish_non_exhaustive()
    }
}

impl ReqwestClient {
    /// Sends through `client`, as it was built: build it with `redirect::Policy::none()`, or use
    /// [`ReqwestClient::from_builder`].
    pub fn new(client: ::reqwest::Client) -> Self {
        Self { client }
    }

    /// Builds `builder`'s client with redirects off (whatever policy it had), and sends through
    /// it.
    pub fn from_builder(builder: ::reqwest::ClientBuilder) -> Result<Self, ConfigError> {
        let client = builder
            .redirect(::reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| ConfigError::Http(chain(&e.without_url())))?;
        Ok(Self { client })
    }

    /// The client sent through.
    pub fn client(&self) -> &::reqwest::Client {
        &self.client
    }

    /// `request` as reqwest takes it.
    fn to_reqwest(request: &HttpRequest) -> Result<::reqwest::Request, TransportError> {
        let method = ::reqwest::Method::from_bytes(request.method.as_bytes())
            .map_err(|_| TransportError::Io(format!("invalid method `{}`", request.method)))?;
        let url = ::reqwest::Url::parse(&request.url)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .ok_or_else(|| TransportError::Io(format!("`{}` is not an absolute http or https URL", request.url)))?;
        if !sends_as_built(&request.url, &url) {
            return Err(TransportError::Io(format!(
                "reqwest would send `{}` to another path than it was built for (its `url` parser rewrites `.` and \
                 `..` segments): the runtime's own HTTP client sends it as built",
                request.url
            )));
        }
        let mut out = ::reqwest::Request::new(method, url);
        let headers = out.headers_mut();
        headers.reserve(request.headers.len());
        for (name, value) in &request.headers {
            if name == "content-length" {
                continue;
            }
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| TransportError::Io(format!("invalid header name `{name}`")))?;
            // The value may be a secret: the error names the header only.
            let value = HeaderValue::from_str(value)
                .map_err(|_| TransportError::Io(format!("header `{name}` has an invalid value")))?;
            headers.append(name, value);
        }
        *out.body_mut() = Some(match &request.stream {
            Some(stream) => ::reqwest::Body::wrap(SendBody(Mutex::new(stream.attempt()))),
            None => ::reqwest::Body::from(request.body.clone()),
        });
        Ok(out)
    }

    async fn exchange(&self, request: &HttpRequest, options: SendOptions) -> Result<HttpExchange, HttpClientError> {
        let outgoing = Self::to_reqwest(request).map_err(HttpClientError::Transport)?;
        let sent_to = outgoing.url().clone();
        let response = read_within(options.read_timeout, self.client.execute(outgoing))
            .await?
            .map_err(|e| HttpClientError::Transport(failed(e, &request.url)))?;
        if *response.url() != sent_to {
            // The target's URL is left out: it is the server's, and says nothing of the fix.
            return Err(HttpClientError::Transport(TransportError::Io(
                "the reqwest client followed a redirect, which the runtime never does: build it with \
                 `redirect::Policy::none()` (or with `ReqwestClient::from_builder`)"
                    .to_owned(),
            )));
        }
        let status = response.status().as_u16();
        let headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect();
        let expected = expected_len(&request.method, status, &response);
        if options.stream_output && (200..300).contains(&status) {
            let stream = response_stream(response, expected, options.read_timeout);
            return Ok((HttpResponse { status, headers, body: Bytes::new() }, Some(stream)));
        }
        let limit = options.max_response_bytes;
        let too_large = |headers: &[(String, String)]| HttpClientError::TooLarge {
            status,
            request_id: headers.iter().find(|(k, _)| k == "x-amzn-requestid").map(|(_, v)| v.clone()),
            source: ResponseError::TooLarge { limit },
        };
        if expected.is_some_and(|n| n > limit as u64) {
            return Err(too_large(&headers));
        }
        let mut response = response;
        let mut collected = Collected::default();
        loop {
            let chunk = read_within(options.read_timeout, response.chunk()).await?.map_err(|e| {
                let reason = chain(&e.without_url());
                HttpClientError::Transport(TransportError::BodyCut { received: collected.len(), reason })
            })?;
            let Some(data) = chunk else { break };
            if collected.len() + data.len() > limit {
                return Err(too_large(&headers));
            }
            collected.push(data);
        }
        if let Some(len) = expected.filter(|&n| (collected.len() as u64) < n) {
            let (received, reason) = (collected.len(), ended_early(len));
            return Err(HttpClientError::Transport(TransportError::BodyCut { received, reason }));
        }
        Ok((HttpResponse { status, headers, body: collected.into_bytes() }, None))
    }
}

/// The future is boxed, as the runtime's own transport's.
impl HttpClient for ReqwestClient {
    fn send<'a>(&'a self, request: &'a HttpRequest, options: SendOptions) -> HttpFuture<'a> {
        Box::pin(self.exchange(request, options))
    }
}

/// Whether `parsed`, the `url` crate's reading of `url`, keeps its path and query as written
/// (the host and port go in the `host` header as built, whatever `url` makes of them).
fn sends_as_built(url: &str, parsed: &::reqwest::Url) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let written = rest.find(['/', '?', '#']).map_or("", |i| &rest[i..]);
    let (path, query) = match written.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (written, None),
    };
    let path = if path.is_empty() { "/" } else { path };
    parsed.path() == path && parsed.query() == query && parsed.fragment().is_none()
}

/// The runtime's error for reqwest's: the URL is the error's own field where it has one, and
/// dropped from reqwest's message.
fn failed(e: ::reqwest::Error, url: &str) -> TransportError {
    let connect = e.is_connect();
    let timeout = e.is_timeout();
    let reason = chain(&e.without_url());
    if connect {
        return TransportError::Connect { url: url.to_owned(), reason };
    }
    if timeout {
        return TransportError::Io(format!("the reqwest client's own timeout passed: {reason}"));
    }
    TransportError::Io(reason)
}

/// The length a response's body must have: 0 for a `HEAD` request and for `204` and `304`
/// answers, whatever their `content-length` says, else the `content-length`, if any.
fn expected_len(method: &str, status: u16, response: &::reqwest::Response) -> Option<u64> {
    if method == "HEAD" || status == 204 || status == 304 {
        return Some(0);
    }
    response.content_length()
}

/// Why a body that ended before `len` bytes is cut (the transport's words).
fn ended_early(len: u64) -> String {
    format!("it ended before the {len} bytes of its `content-length`")
}

/// A request's streamed body as reqwest sends it: `Sync` (as `Body::wrap` asks) by a lock that
/// is never taken, since only the one sending it polls it.
struct SendBody(Mutex<BodyStream>);

impl Body for SendBody {
    type Data = Bytes;
    type Error = ByteStreamError;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let stream = self.get_mut().0.get_mut().unwrap_or_else(PoisonError::into_inner);
        Pin::new(stream).poll_next(cx).map(|chunk| chunk.map(|r| r.map(Frame::data)))
    }

    fn size_hint(&self) -> SizeHint {
        match self.0.lock().unwrap_or_else(PoisonError::into_inner).len() {
            Some(len) => SizeHint::with_exact(len),
            None => SizeHint::default(),
        }
    }
}

/// A successful response's body as a stream of `len` bytes (if known), each chunk within
/// `read_timeout`; a body cut short, or that ends before `len`, ends with
/// [`ByteStreamError::Cut`].
fn response_stream(response: ::reqwest::Response, len: Option<u64>, read_timeout: Option<Duration>) -> ByteStream {
    let chunks = futures_util::stream::unfold(Some((response, 0u64)), move |state| async move {
        let (mut response, mut received) = state?;
        let chunk = match read_timeout {
            Some(limit) => match tokio::time::timeout(limit, response.chunk()).await {
                Ok(chunk) => chunk,
                Err(_) => return Some((Err(ByteStreamError::ReadTimeout(limit)), None)),
            },
            None => response.chunk().await,
        };
        match chunk {
            Ok(None) => len
                .filter(|&n| received < n)
                .map(|len| (Err(ByteStreamError::Cut { received, reason: ended_early(len) }), None)),
            Err(e) => Some((Err(ByteStreamError::Cut { received, reason: chain(&e.without_url()) }), None)),
            Ok(Some(data)) => {
                received += data.len() as u64;
                Some((Ok(data), Some((response, received))))
            }
        }
    });
    ByteStream::from_response(Box::pin(chunks), len)
}

#[cfg(test)]
mod tests {
    use super::sends_as_built;

    fn check(url: &str) -> bool {
        sends_as_built(url, &::reqwest::Url::parse(url).unwrap())
    }

    #[test]
    fn urls_that_reqwest_sends_as_built_pass_and_rewritten_ones_do_not() {
        assert!(check("http://127.0.0.1:9000"));
        assert!(check("http://127.0.0.1:9000/"));
        assert!(check("https://s3.amazonaws.com:443/bucket/a%2Fb?list-type=2&prefix=x%20y"));
        assert!(check("https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/f/invocations"));
        assert!(check("https://sts.amazonaws.com/?"));
        // Dot segments are resolved by the `url` crate: the signed path would not be the sent one.
        assert!(!check("https://s3.amazonaws.com/bucket/a/../b"));
        assert!(!check("https://s3.amazonaws.com/bucket/./b"));
    }
}
