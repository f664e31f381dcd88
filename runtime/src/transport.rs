//! Sends a signed request over HTTP/1.1 (reqwest on tokio, rustls with the ring provider) and
//! reads the whole response, within the configured limits. Connections are pooled per client.
//!
//! The limits: the connect timeout (reqwest's); the read timeout, the longest wait for the
//! response head and then for each further part of the body, so that a response that stalls is
//! cut however large it is; the attempt timeout, around all of it; and the largest body, checked
//! against `content-length` first and then while reading. A body the connection cuts short is a
//! [`TransportError::BodyCut`], a retryable failure in transit, never a short response.

use crate::error::chain;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::error::{ConfigError, ResponseError, TransportError};
use crate::http::{HttpRequest, HttpResponse};

mod network;
#[cfg(test)]
mod tests;

pub(crate) use network::NetworkSettings;

/// What went wrong with one attempt.
#[derive(Debug)]
pub(crate) enum AttemptError {
    Transport(TransportError),
    /// The response is larger than the limit: final, whatever its status.
    TooLarge {
        status: u16,
        request_id: Option<String>,
        source: ResponseError,
    },
}

/// A pooled HTTP client.
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    client: reqwest::Client,
    connect_timeout: Duration,
    read_timeout: Option<Duration>,
    max_response_bytes: usize,
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
    /// A client; with `connect_to`, every connection goes to that address and no name is looked up.
    pub(crate) fn new(
        limits: Limits,
        connect_to: Option<SocketAddr>,
        network: &NetworkSettings,
    ) -> Result<Self, ConfigError> {
        // Several clients may race to install the provider; whoever wins, ring is installed.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::Client::builder().connect_timeout(limits.connect_timeout).http1_only();
        builder = network.apply(builder)?;
        if let Some(addr) = connect_to {
            builder = builder.dns_resolver(Arc::new(ConnectTo(addr)));
        }
        let client = builder.build().map_err(|e| ConfigError::Http(chain(&e)))?;
        Ok(Self {
            client,
            connect_timeout: limits.connect_timeout,
            read_timeout: limits.read_timeout,
            max_response_bytes: limits.max_response_bytes,
        })
    }

    /// Sends `request` and reads the whole response, within `timeout` if given.
    pub(crate) async fn send(
        &self,
        request: &HttpRequest,
        timeout: Option<Duration>,
    ) -> Result<HttpResponse, AttemptError> {
        let attempt = self.attempt(request);
        match timeout {
            Some(limit) => match tokio::time::timeout(limit, attempt).await {
                Ok(result) => result,
                Err(_) => Err(AttemptError::Transport(TransportError::Timeout(limit))),
            },
            None => attempt.await,
        }
    }

    async fn attempt(&self, request: &HttpRequest) -> Result<HttpResponse, AttemptError> {
        let method = reqwest::Method::from_bytes(request.method.as_bytes())
            .map_err(|_| AttemptError::Transport(TransportError::Io(format!("invalid method `{}`", request.method))))?;
        let mut builder = self.client.request(method, &request.url);
        for (name, value) in &request.headers {
            // The transport sets Host from the URL and Content-Length from the body.
            if name != "host" && name != "content-length" {
                builder = builder.header(name.as_str(), value.as_str());
            }
        }
        let sent = read_within(self.read_timeout, builder.body(request.body.clone()).send()).await?;
        let mut response = sent.map_err(|e| {
            AttemptError::Transport(if e.is_connect() && e.is_timeout() {
                TransportError::ConnectTimeout { url: request.url.clone(), after: self.connect_timeout }
            } else if e.is_connect() {
                TransportError::Connect { url: request.url.clone(), reason: chain(&e) }
            } else {
                TransportError::Io(chain(&e))
            })
        })?;
        let status = response.status().as_u16();
        let headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect();
        let limit = self.max_response_bytes;
        let too_large = |headers: &[(String, String)]| AttemptError::TooLarge {
            status,
            request_id: headers.iter().find(|(k, _)| k == "x-amzn-requestid").map(|(_, v)| v.clone()),
            source: ResponseError::TooLarge { limit },
        };
        if response.content_length().is_some_and(|n| n > limit as u64) {
            return Err(too_large(&headers));
        }
        let mut body = Vec::new();
        while let Some(chunk) = read_within(self.read_timeout, response.chunk())
            .await?
            .map_err(|e| AttemptError::Transport(TransportError::BodyCut { received: body.len(), reason: chain(&e) }))?
        {
            if body.len() + chunk.len() > limit {
                return Err(too_large(&headers));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(HttpResponse { status, headers, body: body.into() })
    }
}

/// `read`, unless no data comes within `limit`. The read is polled first, so data already there
/// never arms a timer.
async fn read_within<T>(
    limit: Option<Duration>,
    read: impl std::future::Future<Output = T>,
) -> Result<T, AttemptError> {
    match limit {
        Some(limit) => tokio::time::timeout(limit, read)
            .await
            .map_err(|_| AttemptError::Transport(TransportError::ReadTimeout(limit))),
        None => Ok(read.await),
    }
}

/// Resolves every name to one address. The connector uses the resolved port unless the URL has
/// one, so a URL without a port reaches `addr` exactly.
#[derive(Debug)]
struct ConnectTo(SocketAddr);

impl reqwest::dns::Resolve for ConnectTo {
    fn resolve(&self, _name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let addr = self.0;
        Box::pin(async move { Ok(Box::new(std::iter::once(addr)) as reqwest::dns::Addrs) })
    }
}
