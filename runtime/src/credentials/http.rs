//! The small HTTP client of the providers that ask a local endpoint for credentials (container
//! endpoints, EC2 instance metadata): plain HTTP/1.1, no proxy, no redirects, no connection reuse,
//! short timeouts and a few attempts.

use crate::error::chain;
use std::time::Duration;

use thiserror::Error;

/// The largest answer accepted from a credentials endpoint.
const MAX_BODY: usize = 64 << 10;

/// Why an HTTP credentials endpoint gave no credentials.
///
/// Messages name the URL and the status, never the body: it may hold a secret.
#[derive(Debug, Clone, Error)]
#[non_exhaustive]
pub enum MetadataError {
    /// The HTTP client could not be built.
    #[error("the HTTP client could not be built: {reason}")]
    Client {
        /// Why.
        reason: String,
    },
    /// No connection could be made.
    #[error("could not connect to `{url}`: {reason}")]
    Connect {
        /// The URL asked.
        url: String,
        /// Why.
        reason: String,
    },
    /// No complete answer in time.
    #[error("`{url}` did not answer within {timeout:?}")]
    Timeout {
        /// The URL asked.
        url: String,
        /// The limit of one attempt.
        timeout: Duration,
    },
    /// The connection failed while the request or answer was under way.
    #[error("the request to `{url}` failed: {reason}")]
    Io {
        /// The URL asked.
        url: String,
        /// Why.
        reason: String,
    },
    /// The endpoint answered with an error status.
    #[error("`{url}` answered with HTTP status {status}{}", detail.as_deref().map(|d| format!(" ({d})")).unwrap_or_default())]
    Status {
        /// The URL asked.
        url: String,
        /// The HTTP status.
        status: u16,
        /// The error code and message the endpoint sent, when it sent them as JSON.
        detail: Option<String>,
    },
    /// The answer is not usable credentials.
    #[error("the answer of `{url}` is not usable credentials: {reason}")]
    Body {
        /// The URL asked.
        url: String,
        /// What is wrong, naming fields but never their values.
        reason: String,
    },
    /// EC2 instance metadata lists no IAM role: no instance profile is attached.
    #[error("no IAM role is attached to the instance (`{url}` lists none)")]
    NoRole {
        /// The URL of the role listing.
        url: String,
    },
}

/// How a provider talks to its endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct HttpSettings {
    /// The limit of connecting.
    pub(crate) connect_timeout: Duration,
    /// The limit of one attempt, answer included.
    pub(crate) timeout: Duration,
    /// Attempts per request, the first included; connection failures, timeouts and 5xx are retried.
    pub(crate) attempts: u32,
}

/// A status and a body, read in full.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) body: Vec<u8>,
}

/// The client; fresh per provider so that no pooled connection outlives the runtime it was made on.
pub(crate) fn client(settings: &HttpSettings) -> Result<reqwest::Client, MetadataError> {
    // Several clients may race to install the provider; whoever wins, ring is installed.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .connect_timeout(settings.connect_timeout)
        .http1_only()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(0)
        .build()
        .map_err(|e| MetadataError::Client { reason: chain(&e) })
}

/// Sends one request, retrying connection failures, timeouts and 5xx answers.
pub(crate) async fn send(
    client: &reqwest::Client,
    settings: &HttpSettings,
    method: reqwest::Method,
    url: &str,
    headers: &[(&str, &str)],
) -> Result<Answer, MetadataError> {
    let attempts = settings.attempts.max(1);
    let mut attempt = 1;
    loop {
        let result = attempt_once(client, settings, method.clone(), url, headers).await;
        let retry = match &result {
            Ok(answer) => answer.status >= 500,
            Err(MetadataError::Connect { .. } | MetadataError::Timeout { .. } | MetadataError::Io { .. }) => true,
            Err(_) => false,
        };
        if !retry || attempt >= attempts {
            return result;
        }
        tokio::time::sleep(Duration::from_millis(50 * u64::from(attempt))).await;
        attempt += 1;
    }
}

async fn attempt_once(
    client: &reqwest::Client,
    settings: &HttpSettings,
    method: reqwest::Method,
    url: &str,
    headers: &[(&str, &str)],
) -> Result<Answer, MetadataError> {
    let failed = |e: reqwest::Error| {
        if e.is_timeout() {
            MetadataError::Timeout { url: url.to_owned(), timeout: settings.timeout }
        } else if e.is_connect() {
            MetadataError::Connect { url: url.to_owned(), reason: chain(&e) }
        } else {
            MetadataError::Io { url: url.to_owned(), reason: chain(&e) }
        }
    };
    let mut request = client.request(method, url).timeout(settings.timeout);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let mut response = request.send().await.map_err(failed)?;
    let status = response.status().as_u16();
    let too_large =
        || MetadataError::Io { url: url.to_owned(), reason: format!("the answer is over {MAX_BODY} bytes") };
    if response.content_length().is_some_and(|n| n > MAX_BODY as u64) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(failed)? {
        if body.len() + chunk.len() > MAX_BODY {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Answer { status, body })
}

/// `Code: Message` of a JSON error body, when the body is one (container endpoints send them).
pub(crate) fn error_detail(body: &[u8]) -> Option<String> {
    let map = super::json::object(body).ok()?;
    // The ECS agent writes `code` and `message`; the spec's examples `Code` and `Message`.
    let field = |k: &str| {
        let value = map.get(k).or_else(|| map.get(&k.to_ascii_lowercase()))?.as_str()?;
        Some(value.chars().take(200).collect::<String>())
    };
    match (field("Code"), field("Message")) {
        (Some(code), Some(message)) => Some(format!("{code}: {message}")),
        (code, message) => code.or(message),
    }
}
