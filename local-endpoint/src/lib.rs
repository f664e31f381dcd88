//! A local endpoint for services defined with aws-operation: an HTTP/1.1 server on 127.0.0.1
//! that checks each request's SigV4 signature against one known credential, decodes and
//! validates the input with the same generated code a client uses, calls the handler registered
//! for the operation, and writes its output or error as the service would.
//!
//! It is for examples, tests and offline development: plain HTTP, loopback only.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use aws_operation::http::HttpRequest;
use aws_operation::operation::{Operation, OperationError, Service};
use aws_operation::shape::{self, Mode};
use aws_operation::{Credentials, Violations};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// What a handler's future resolves to, once type-erased: status, error code and body.
type Reply = (u16, Option<String>, String);
type ReplyFuture = Pin<Box<dyn Future<Output = Reply> + Send>>;
type Handler = Arc<dyn Fn(Bytes) -> ReplyFuture + Send + Sync>;

/// Requests may be signed this far from the server's clock.
const MAX_SKEW: Duration = Duration::from_secs(5 * 60);

/// A local endpoint for the service `S`, being set up.
pub struct LocalEndpoint<S> {
    credentials: Credentials,
    handlers: BTreeMap<&'static str, Handler>,
    service: std::marker::PhantomData<fn() -> S>,
}

impl<S: Service> LocalEndpoint<S> {
    /// An endpoint that accepts requests signed with `credentials` and no handler yet; an
    /// operation without a handler answers `UnknownOperationException`.
    pub fn new(credentials: Credentials) -> Self {
        Self { credentials, handlers: BTreeMap::new(), service: std::marker::PhantomData }
    }

    /// Serves operation `O` with `handler`, which sees only input that passed validation.
    #[must_use]
    pub fn handle<O, F, Fut>(mut self, handler: F) -> Self
    where
        O: Operation<Service = S>,
        F: Fn(O) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<O::Output, O::Error>> + Send + 'static,
    {
        let handler = Arc::new(handler);
        let erased: Handler = Arc::new(move |body: Bytes| {
            let handler = Arc::clone(&handler);
            Box::pin(async move {
                let input = shape::from_json::<O>(&body, Mode::Strict).and_then(|input| {
                    shape::validate(&input)?;
                    Ok(input)
                });
                match input {
                    Err(violations) => validation_error(&violations),
                    Ok(input) => match handler(input).await {
                        Ok(output) => (200, None, shape::to_json(&output)),
                        Err(error) => {
                            let (code, body, status) = error.to_wire();
                            (status, Some(code.to_owned()), body)
                        }
                    },
                }
            })
        });
        self.handlers.insert(O::NAME, erased);
        self
    }

    /// Binds 127.0.0.1 on a free port and serves until [`Running::shutdown`] or drop.
    pub async fn start(self) -> std::io::Result<Running> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let (stop, mut stopped) = oneshot::channel::<()>();
        let state = Arc::new(State {
            credentials: self.credentials,
            handlers: self.handlers,
            target_prefix: S::TARGET_PREFIX,
            signing_name: S::SIGNING_NAME,
            content_type: S::PROTOCOL.content_type(),
            requests: AtomicU64::new(0),
        });
        let served = Arc::clone(&state);
        let task = tokio::spawn(async move {
            loop {
                let accepted = tokio::select! {
                    _ = &mut stopped => break,
                    accepted = listener.accept() => accepted,
                };
                let Ok((stream, _)) = accepted else { continue };
                let state = Arc::clone(&served);
                tokio::spawn(async move {
                    let service = service_fn(move |req| {
                        let state = Arc::clone(&state);
                        async move { Ok::<_, Infallible>(state.serve(req).await) }
                    });
                    // A client that hangs up mid-request is its own business.
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Ok(Running { addr, stop: Some(stop), task, state })
    }
}

/// A local endpoint that is serving.
pub struct Running {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
    state: Arc<State>,
}

impl Running {
    /// The URL to give a client as its endpoint, e.g. `http://127.0.0.1:40123`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How many requests have arrived, signed or not.
    pub fn requests(&self) -> u64 {
        self.state.requests.load(Ordering::Relaxed)
    }

    /// Stops accepting connections and waits for the accept loop to end.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.task).await;
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

struct State {
    credentials: Credentials,
    handlers: BTreeMap<&'static str, Handler>,
    target_prefix: &'static str,
    signing_name: &'static str,
    content_type: &'static str,
    requests: AtomicU64,
}

impl State {
    async fn serve(&self, req: hyper::Request<Incoming>) -> hyper::Response<Full<Bytes>> {
        self.requests.fetch_add(1, Ordering::Relaxed);
        let request_id = format!("local-{:016x}", self.requests.load(Ordering::Relaxed));
        let (parts, body) = req.into_parts();
        let body = match body.collect().await {
            Ok(collected) => collected.to_bytes(),
            Err(_) => {
                return respond(
                    &request_id,
                    self.content_type,
                    client_error("SerializationException", "the request body could not be read"),
                );
            }
        };
        let reply = self.reply(&parts, body).await;
        respond(&request_id, self.content_type, reply)
    }

    async fn reply(&self, parts: &http::request::Parts, body: Bytes) -> Reply {
        if parts.method != hyper::Method::POST || parts.uri.path() != "/" {
            return (404, Some("UnknownOperationException".into()), message_json("only POST / is served"));
        }
        let host = parts.headers.get("host").and_then(|v| v.to_str().ok()).unwrap_or("127.0.0.1");
        let mut request = HttpRequest::new("POST", format!("http://{host}/"));
        for (name, value) in &parts.headers {
            request.headers.push((name.as_str().to_owned(), String::from_utf8_lossy(value.as_bytes()).into_owned()));
        }
        request.body = body.clone();
        // Clients sign for the region their endpoint rules chose; any region is accepted.
        let region = scope_region(request.header("authorization").unwrap_or_default()).unwrap_or_default().to_owned();
        if let Err(e) = aws_operation::sign::verify(&request, &self.credentials, self.signing_name, &region, MAX_SKEW) {
            let code = if request.header("authorization").is_none() {
                "MissingAuthenticationTokenException"
            } else {
                "InvalidSignatureException"
            };
            return (403, Some(code.into()), message_json(&e.to_string()));
        }
        if request.header("content-type") != Some(self.content_type) {
            return client_error("SerializationException", &format!("expected Content-Type `{}`", self.content_type));
        }
        let target = request.header("x-amz-target").unwrap_or_default();
        let operation = target.strip_prefix(self.target_prefix).and_then(|rest| rest.strip_prefix('.'));
        match operation.and_then(|name| self.handlers.get(name)) {
            Some(handler) => handler(body).await,
            None => client_error("UnknownOperationException", &format!("no handler for `{target}`")),
        }
    }
}

/// The region of `Credential=AKID/DATE/REGION/SERVICE/aws4_request` in an Authorization header.
fn scope_region(authorization: &str) -> Option<&str> {
    let credential = authorization.split([' ', ',']).find_map(|part| part.strip_prefix("Credential="))?;
    credential.split('/').nth(2)
}

fn message_json(message: &str) -> String {
    serde_json::json!({ "message": message }).to_string()
}

fn client_error(code: &str, message: &str) -> Reply {
    (400, Some(code.to_owned()), message_json(message))
}

/// A `ValidationException` naming every problem, as the service's `fieldList` does.
fn validation_error(violations: &Violations) -> Reply {
    let fields: Vec<_> = violations
        .iter()
        .map(|v| serde_json::json!({ "name": v.path, "code": v.code(), "message": v.to_string() }))
        .collect();
    let body = serde_json::json!({
        "message": violations.to_string(),
        "reason": "REQUEST_VALIDATION_FAILED",
        "fieldList": fields,
    });
    (400, Some("ValidationException".into()), body.to_string())
}

fn respond(request_id: &str, content_type: &str, (status, code, body): Reply) -> hyper::Response<Full<Bytes>> {
    let body = match &code {
        // The code travels in the header and as `__type`, as AWS services send it.
        Some(code) => match serde_json::from_str::<serde_json::Value>(&body) {
            Ok(serde_json::Value::Object(mut map)) => {
                map.insert("__type".into(), serde_json::Value::String(code.clone()));
                serde_json::Value::Object(map).to_string()
            }
            _ => body,
        },
        None => body,
    };
    let mut builder = hyper::Response::builder()
        .status(status)
        .header("content-type", content_type)
        .header("x-amzn-requestid", request_id);
    if let Some(code) = &code {
        builder = builder.header("x-amzn-errortype", code.as_str());
    }
    builder.body(Full::new(Bytes::from(body))).unwrap_or_else(|_| hyper::Response::new(Full::new(Bytes::new())))
}
