//! The small HTTP client of the providers that ask a local endpoint for credentials (container
//! endpoints, EC2 instance metadata): HTTP/1.1 (over TLS for an `https` container URL, trusting
//! the system's roots), no proxy, no redirects, one connection per request, short timeouts and a
//! few attempts.

use std::time::Duration;

use bytes::Bytes;
use http::Uri;
use http_body_util::{BodyExt as _, Empty};
use hyper::body::Body as _;
use hyper_util::rt::TokioIo;
use thiserror::Error;

use crate::error::chain;
use crate::transport::connect::{ConnectError, Connector, ConnectorSettings};
use crate::transport::tls::Tls;
use crate::transport::uri;

/// The request methods, for the providers (whose `http` is this module).
pub(crate) use ::http::Method;

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

/// Opens the connections of one provider's requests.
#[derive(Clone)]
pub(crate) struct Client {
    connector: Connector,
}

/// The client of `settings`; no proxy, the system's roots.
pub(crate) fn client(settings: &HttpSettings) -> Result<Client, MetadataError> {
    let tls = Tls::new(None).map_err(|e| MetadataError::Client { reason: chain(&e) })?;
    let connector =
        Connector::new(ConnectorSettings { timeout: settings.connect_timeout, connect_to: None, proxy: None, tls });
    Ok(Client { connector })
}

/// Sends one request, retrying connection failures, timeouts and 5xx answers.
pub(crate) async fn send(
    client: &Client,
    settings: &HttpSettings,
    method: Method,
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

/// One request on a connection of its own, all of it within `settings.timeout`.
async fn attempt_once(
    client: &Client,
    settings: &HttpSettings,
    method: Method,
    url: &str,
    headers: &[(&str, &str)],
) -> Result<Answer, MetadataError> {
    let timeout = || MetadataError::Timeout { url: url.to_owned(), timeout: settings.timeout };
    let io = |reason: String| MetadataError::Io { url: url.to_owned(), reason };
    let exchange = async {
        let uri = uri::parse(url).ok_or_else(|| io("not an absolute http or https URL".to_owned()))?;
        let stream = client.connector.connect(&uri).await.map_err(|e| match e {
            ConnectError::Timeout => timeout(),
            ConnectError::Failed(reason) => MetadataError::Connect { url: url.to_owned(), reason },
        })?;
        let (mut sender, connection) =
            hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.map_err(|e| io(chain(&e)))?;
        // The connection runs until the answer is read and `sender` dropped, or the attempt is
        // given up; either way it closes then.
        tokio::spawn(connection);
        let mut request = http::Request::new(Empty::<Bytes>::new());
        *request.method_mut() = method;
        // The low-level connection sends the target as given: the path, with the host apart.
        *request.uri_mut() = uri.path_and_query().map_or_else(|| Uri::from_static("/"), |p| Uri::from(p.clone()));
        let host = http::HeaderValue::from_str(&uri::host_header(&uri)).map_err(|e| io(chain(&e)))?;
        request.headers_mut().insert(http::header::HOST, host);
        for (name, value) in headers {
            let name = http::HeaderName::from_bytes(name.as_bytes()).map_err(|e| io(chain(&e)))?;
            // The value may be a token: the error names the header only.
            let value =
                http::HeaderValue::from_str(value).map_err(|_| io(format!("header `{name}` has an invalid value")))?;
            request.headers_mut().append(name, value);
        }
        let response = sender.send_request(request).await.map_err(|e| io(chain(&e)))?;
        let status = response.status().as_u16();
        let mut body = response.into_body();
        let too_large = || io(format!("the answer is over {MAX_BODY} bytes"));
        if body.size_hint().exact().is_some_and(|n| n > MAX_BODY as u64) {
            return Err(too_large());
        }
        let mut bytes = Vec::new();
        while let Some(frame) = body.frame().await {
            let Ok(data) = frame.map_err(|e| io(chain(&e)))?.into_data() else { continue };
            if bytes.len() + data.len() > MAX_BODY {
                return Err(too_large());
            }
            bytes.extend_from_slice(&data);
        }
        Ok(Answer { status, body: bytes })
    };
    tokio::time::timeout(settings.timeout, exchange).await.unwrap_or_else(|_| Err(timeout()))
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

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::*;

    /// An endpoint on 127.0.0.1 answering every request with `answer` after `delay`, one request
    /// per connection, recording each head; it ends with the test's runtime.
    async fn endpoint(delay: Duration, answer: Vec<u8>) -> (String, Arc<Mutex<Vec<String>>>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let heads = Arc::new(Mutex::new(Vec::new()));
        let recorded = Arc::clone(&heads);
        let answer = Arc::new(answer);
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let (recorded, answer) = (Arc::clone(&recorded), Arc::clone(&answer));
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") {
                        if !matches!(stream.read(&mut byte).await, Ok(1)) {
                            return;
                        }
                        head.push(byte[0]);
                    }
                    recorded.lock().unwrap().push(String::from_utf8_lossy(&head).into_owned());
                    tokio::time::sleep(delay).await;
                    let _ = stream.write_all(&answer).await;
                    let _ = stream.shutdown().await;
                });
            }
        });
        (url, heads)
    }

    fn settings(timeout: Duration, attempts: u32) -> HttpSettings {
        HttpSettings { connect_timeout: Duration::from_secs(1), timeout, attempts }
    }

    async fn get(url: &str, settings: &HttpSettings) -> Result<Answer, MetadataError> {
        send(&client(settings).unwrap(), settings, Method::GET, url, &[("x-token", "t0k3n")]).await
    }

    #[tokio::test]
    async fn requests_name_the_host_and_path_and_redirects_are_returned_not_followed() {
        let redirect = b"HTTP/1.1 302 Found\r\nlocation: http://127.0.0.1:1/elsewhere\r\ncontent-length: 2\r\n\r\nno";
        let (url, heads) = endpoint(Duration::ZERO, redirect.to_vec()).await;
        let answer = get(&format!("{url}/a/b?c=d"), &settings(Duration::from_secs(5), 3)).await.unwrap();
        assert_eq!((answer.status, answer.body.as_slice()), (302, &b"no"[..]));
        let heads = heads.lock().unwrap().clone();
        assert_eq!(heads.len(), 1, "{heads:?}");
        let authority = url.trim_start_matches("http://");
        assert!(heads[0].starts_with("GET /a/b?c=d HTTP/1.1\r\n"), "{}", heads[0]);
        for line in [format!("\r\nhost: {authority}\r\n"), "\r\nx-token: t0k3n\r\n".to_owned()] {
            assert!(heads[0].contains(&line), "{line:?} in {}", heads[0]);
        }
    }

    #[tokio::test]
    async fn answers_over_the_limit_are_refused_whether_announced_or_not() {
        let announced = format!("HTTP/1.1 200 OK\r\ncontent-length: {}\r\n\r\n", MAX_BODY + 1).into_bytes();
        let mut chunked = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n".to_vec();
        for _ in 0..=MAX_BODY / 1024 {
            chunked.extend_from_slice(format!("400\r\n{}\r\n", "a".repeat(1024)).as_bytes());
        }
        chunked.extend_from_slice(b"0\r\n\r\n");
        for answer in [announced, chunked] {
            let (url, heads) = endpoint(Duration::ZERO, answer).await;
            let err = get(&url, &settings(Duration::from_secs(5), 3)).await.unwrap_err();
            let MetadataError::Io { reason, .. } = &err else { panic!("{err:?}") };
            assert_eq!(reason, &format!("the answer is over {MAX_BODY} bytes"));
            assert_eq!(heads.lock().unwrap().len(), 3, "retried as a failure in transit");
        }
    }

    #[tokio::test]
    async fn a_slow_answer_is_a_timeout_and_is_retried() {
        let (url, heads) =
            endpoint(Duration::from_secs(2), b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n".to_vec()).await;
        let limit = Duration::from_millis(100);
        let err = get(&url, &settings(limit, 2)).await.unwrap_err();
        assert!(matches!(&err, MetadataError::Timeout { timeout, .. } if *timeout == limit), "{err:?}");
        assert_eq!(heads.lock().unwrap().len(), 2);

        let err = get("http://127.0.0.1:99999/", &settings(limit, 1)).await.unwrap_err();
        assert!(matches!(&err, MetadataError::Io { .. }), "{err:?}");
    }
}
