//! Sends a signed request over HTTP/1.1 (reqwest on tokio, rustls with the ring provider) and
//! reads the whole response, within the configured limits. Connections are pooled per client.

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
    TooLarge(ResponseError),
}

/// A pooled HTTP client.
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    client: reqwest::Client,
    max_response_bytes: usize,
}

impl Transport {
    /// A client; with `connect_to`, every connection goes to that address and no name is looked up.
    pub(crate) fn new(
        connect_timeout: Duration,
        max_response_bytes: usize,
        connect_to: Option<SocketAddr>,
        network: &NetworkSettings,
    ) -> Result<Self, ConfigError> {
        // Several clients may race to install the provider; whoever wins, ring is installed.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::Client::builder().connect_timeout(connect_timeout).http1_only();
        builder = network.apply(builder)?;
        if let Some(addr) = connect_to {
            builder = builder.dns_resolver(Arc::new(ConnectTo(addr)));
        }
        let client = builder.build().map_err(|e| ConfigError::Http(error_chain(&e)))?;
        Ok(Self { client, max_response_bytes })
    }

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
        let mut response = builder.body(request.body.clone()).send().await.map_err(|e| {
            AttemptError::Transport(if e.is_connect() {
                TransportError::Connect { url: request.url.clone(), reason: error_chain(&e) }
            } else {
                TransportError::Io(error_chain(&e))
            })
        })?;
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect();
        let limit = self.max_response_bytes;
        if response.content_length().is_some_and(|n| n > limit as u64) {
            return Err(AttemptError::TooLarge(ResponseError::TooLarge { limit }));
        }
        let mut body = Vec::new();
        while let Some(chunk) =
            response.chunk().await.map_err(|e| AttemptError::Transport(TransportError::Io(error_chain(&e))))?
        {
            if body.len() + chunk.len() > limit {
                return Err(AttemptError::TooLarge(ResponseError::TooLarge { limit }));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(HttpResponse { status, headers, body: body.into() })
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

/// reqwest's errors say little at the top; the cause is further down the chain.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}
