//! The server: an HTTP/1.1 listener on 127.0.0.1 that verifies each request's signature, finds
//! the operation (awsJson: `X-Amz-Target`; restJson1: the method and URI template of its `http`
//! trait), reads its input strictly with the generated code, and dispatches it to the
//! operation's handler.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use aws_operation::http::{HttpRequest, HttpResponse};
use aws_operation::operation::{Http, Operation, OperationError, Service};
use aws_operation::protocol::rest_json::server::{self as rest, Route};
use aws_operation::shape;
use aws_operation::{Credentials, Violations};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinSet;

/// What a handler's future resolves to, once type-erased: status, error code and body.
pub(crate) type Reply = (u16, Option<String>, String);
type ReplyFuture = Pin<Box<dyn Future<Output = HttpResponse> + Send>>;
/// A handler, type-erased: the request (signature checked) and, for restJson1, its route.
type Handler = Arc<dyn Fn(HttpRequest, Route) -> ReplyFuture + Send + Sync>;

/// Requests may be signed this far from the server's clock.
const MAX_SKEW: Duration = Duration::from_secs(5 * 60);

/// A local endpoint for the service `S`, being set up.
pub struct LocalEndpoint<S> {
    credentials: Credentials,
    handlers: BTreeMap<&'static str, (Http, Handler)>,
    service: std::marker::PhantomData<fn() -> S>,
}

/// Whether the service speaks restJson1 (routed by URI) rather than awsJson (by target).
fn is_rest<S: Service>() -> bool {
    <S::Protocol as aws_operation::Protocol>::NAME == "restJson1"
}

impl<S: Service> LocalEndpoint<S> {
    /// An endpoint that accepts requests signed with `credentials` and no handler yet; an
    /// operation without a handler answers `UnknownOperationException`.
    pub fn new(credentials: Credentials) -> Self {
        Self { credentials, handlers: BTreeMap::new(), service: std::marker::PhantomData }
    }

    /// Serves operation `O` with `handler`, which sees only input that passed validation. A
    /// second handler for the same operation replaces the first.
    #[must_use]
    pub fn handle<O, F, Fut>(self, handler: F) -> Self
    where
        O: Operation<Service = S>,
        F: Fn(O) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<O::Output, O::Error>> + Send + 'static,
    {
        let handler = Arc::new(handler);
        self.handle_replying(move |input: O| {
            let reply = handler(input);
            async move {
                reply.await.map_err(|error| {
                    let (code, body, status) = error.to_wire();
                    (status, Some(code.to_owned()), body)
                })
            }
        })
    }

    /// As [`LocalEndpoint::handle`], for a handler whose errors are already on the wire: it may
    /// send an error the operation does not model, with every member of its shape.
    pub(crate) fn handle_replying<O, F, Fut>(mut self, handler: F) -> Self
    where
        O: Operation<Service = S>,
        F: Fn(O) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<O::Output, Reply>> + Send + 'static,
    {
        let handler = Arc::new(handler);
        let content_type = <S::Protocol as aws_operation::Protocol>::CONTENT_TYPE;
        let erased: Handler = Arc::new(move |request: HttpRequest, route: Route| {
            let handler = Arc::clone(&handler);
            Box::pin(async move {
                let input = if is_rest::<S>() {
                    // Read, then every constraint checked, as `read_input_text` does for awsJson.
                    rest::read_request::<O>(&request, &route).and_then(|input| shape::validate(&input).map(|()| input))
                } else {
                    shape::read_input_text::<O>(&request.body)
                };
                match input {
                    Err(violations) => json_response(content_type, validation_error(&violations)),
                    Ok(input) => match handler(input).await {
                        Ok(output) if is_rest::<S>() => rest::write_response(&output, O::HTTP.code),
                        Ok(output) => json_response(content_type, (200, None, shape::to_json(&output))),
                        Err(reply) => json_response(content_type, reply),
                    },
                }
            })
        });
        self.handlers.insert(O::NAME, (O::HTTP, erased));
        self
    }

    /// The operations that have a handler, by name.
    #[cfg(test)]
    pub(crate) fn operations(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.handlers.keys().copied()
    }

    /// Binds 127.0.0.1 on a free port and serves until [`Running::shutdown`] or drop.
    pub async fn start(self) -> std::io::Result<Running> {
        self.start_on(0).await
    }

    /// Binds 127.0.0.1 on `port` (0: any free port) and serves until [`Running::shutdown`] or
    /// drop. Fails if the port is taken.
    pub async fn start_on(self, port: u16) -> std::io::Result<Running> {
        let listener = TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        let (stop, mut stopped) = oneshot::channel::<()>();
        let state = Arc::new(State {
            credentials: self.credentials,
            handlers: self.handlers,
            target_prefix: S::TARGET_PREFIX,
            signing_name: S::SIGNING_NAME,
            content_type: <S::Protocol as aws_operation::Protocol>::CONTENT_TYPE,
            rest: is_rest::<S>(),
            requests: AtomicU64::new(0),
        });
        let served = Arc::clone(&state);
        let task = tokio::spawn(async move {
            // Connections live in this set so that ending the accept loop ends them too: a
            // kept-alive client would otherwise go on being served after shutdown.
            let mut connections = JoinSet::new();
            loop {
                let accepted = tokio::select! {
                    _ = &mut stopped => break,
                    // Reaps finished connections, whose results the set would otherwise keep.
                    Some(_) = connections.join_next(), if !connections.is_empty() => continue,
                    accepted = listener.accept() => accepted,
                };
                let Ok((stream, _)) = accepted else { continue };
                let state = Arc::clone(&served);
                connections.spawn(async move {
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
            drop(listener);
            // Waiting for the aborted tasks means their sockets are closed once this task ends.
            connections.abort_all();
            while connections.join_next().await.is_some() {}
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

    /// Stops accepting connections, closes the open ones (cutting short any request under way)
    /// and waits until all are closed.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.task).await;
    }

    /// Serves until the process is interrupted (Ctrl-C, `SIGINT`), then shuts down as
    /// [`Running::shutdown`] does. Fails, after shutting down, if the signal cannot be listened for.
    pub async fn serve_until_ctrl_c(self) -> std::io::Result<()> {
        let interrupted = tokio::signal::ctrl_c().await;
        self.shutdown().await;
        interrupted
    }
}

/// Stops the endpoint as [`Running::shutdown`] does, without waiting for the connections to close.
impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

struct State {
    credentials: Credentials,
    handlers: BTreeMap<&'static str, (Http, Handler)>,
    target_prefix: &'static str,
    signing_name: &'static str,
    content_type: &'static str,
    /// restJson1: operations are found by method and URI.
    rest: bool,
    requests: AtomicU64,
}

impl State {
    async fn serve(&self, req: hyper::Request<Incoming>) -> hyper::Response<Full<Bytes>> {
        // The value fetch_add returns is this request's own; a second load could see another's.
        let number = self.requests.fetch_add(1, Ordering::Relaxed) + 1;
        let request_id = format!("local-{number:016x}");
        let (parts, body) = req.into_parts();
        let body = match body.collect().await {
            Ok(collected) => collected.to_bytes(),
            Err(_) => {
                let reply = client_error("SerializationException", "the request body could not be read");
                return respond(&request_id, json_response(self.content_type, reply));
            }
        };
        let reply = match self.reply(&parts, body).await {
            Ok(response) => response,
            Err(reply) => json_response(self.content_type, reply),
        };
        respond(&request_id, reply)
    }

    async fn reply(&self, parts: &http::request::Parts, body: Bytes) -> Result<HttpResponse, Reply> {
        if !self.rest && (parts.method != hyper::Method::POST || parts.uri.path() != "/") {
            return Err((404, Some("UnknownOperationException".into()), message_json("only POST / is served")));
        }
        let host = parts.headers.get("host").and_then(|v| v.to_str().ok()).unwrap_or("127.0.0.1");
        // The signature covers the query string, so the URL is rebuilt with it.
        let target = parts.uri.path_and_query().map_or("/", |target| target.as_str());
        let mut request = HttpRequest::new(parts.method.as_str(), format!("http://{host}{target}"));
        for (name, value) in &parts.headers {
            request.headers.push((name.as_str().to_owned(), String::from_utf8_lossy(value.as_bytes()).into_owned()));
        }
        request.body = body.clone();
        // Clients sign for the region their endpoint rules chose; any region is accepted.
        let region = signed_region(&request).unwrap_or_default().to_owned();
        if let Err(e) = aws_operation::sign::verify(&request, &self.credentials, self.signing_name, &region, MAX_SKEW) {
            let code = if request.header("authorization").is_none() {
                "MissingAuthenticationTokenException"
            } else {
                "InvalidSignatureException"
            };
            return Err((403, Some(code.into()), message_json(&e.to_string())));
        }
        if self.rest {
            // Of the operations whose `http` trait matches, the most specific template.
            let found = self
                .handlers
                .values()
                .filter_map(|(http, handler)| Some((rest::route(http, parts.method.as_str(), target)?, handler)))
                .max_by_key(|(route, _)| route.specificity);
            return match found {
                Some((route, handler)) => Ok(handler(request, route).await),
                None => Err((
                    404,
                    Some("UnknownOperationException".into()),
                    message_json(&format!("no operation serves {} {}", parts.method, parts.uri.path())),
                )),
            };
        }
        if !request.header("content-type").is_some_and(|value| media_type_is(value, self.content_type)) {
            let message = format!("expected Content-Type `{}`", self.content_type);
            return Err(client_error("SerializationException", &message));
        }
        let target = request.header("x-amz-target").unwrap_or_default().to_owned();
        let operation = target.strip_prefix(self.target_prefix).and_then(|rest| rest.strip_prefix('.'));
        match operation.and_then(|name| self.handlers.get(name)) {
            Some((_, handler)) => Ok(handler(request, Route { labels: Vec::new(), specificity: 0 }).await),
            None => Err(client_error("UnknownOperationException", &format!("no handler for `{target}`"))),
        }
    }
}

/// The region a request says it was signed for: that of a SigV4 credential scope
/// (`Credential=AKID/DATE/REGION/SERVICE/aws4_request`) or, as a SigV4a scope
/// (`Credential=AKID/DATE/SERVICE/aws4_request`) names none, the first of its
/// `x-amz-region-set` (which may be `*`).
fn signed_region(request: &HttpRequest) -> Option<&str> {
    let authorization = request.header("authorization")?;
    let credential = authorization.split([' ', ',']).find_map(|part| part.strip_prefix("Credential="))?;
    let scope: Vec<&str> = credential.split('/').collect();
    match scope.as_slice() {
        [_, _, region, _, _] => Some(region),
        [_, _, _, _] => request.header("x-amz-region-set")?.split(',').next().map(str::trim),
        _ => None,
    }
}

/// Whether a Content-Type value names `expected`, ignoring parameters (`; charset=utf-8`) and
/// case, as media types are compared.
fn media_type_is(value: &str, expected: &str) -> bool {
    value.split(';').next().is_some_and(|media_type| media_type.trim().eq_ignore_ascii_case(expected))
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

/// A JSON reply as a response: the error code in `X-Amzn-Errortype` and as `__type`.
fn json_response(content_type: &str, (status, code, body): Reply) -> HttpResponse {
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
    let mut headers = vec![("content-type".to_owned(), content_type.to_owned())];
    if let Some(code) = code {
        headers.push(("x-amzn-errortype".to_owned(), code));
    }
    HttpResponse { status, headers, body: Bytes::from(body) }
}

/// `response` as hyper sends it, with the request id.
fn respond(request_id: &str, response: HttpResponse) -> hyper::Response<Full<Bytes>> {
    let mut builder = hyper::Response::builder().status(response.status).header("x-amzn-requestid", request_id);
    for (name, value) in &response.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    builder.body(Full::new(response.body)).unwrap_or_else(|_| hyper::Response::new(Full::new(Bytes::new())))
}
