//! The server: an HTTP/1.1 listener on 127.0.0.1 that verifies each request's signature, then
//! leaves the wire to the service's protocol ([`ServerProtocol`]): it finds the operation
//! (awsJson: `X-Amz-Target`; restJson1: the method and URI template of its `http` trait), reads
//! its input strictly with the generated code, and writes the handler's output or error, and
//! every refusal, as that protocol's services do.
//!
//! An operation the model marks unsigned (STS's `AssumeRoleWithWebIdentity`) is served without a
//! signature; one that has one must be valid. Besides its one credential, an endpoint accepts
//! those a stand-in issued (the STS stand-in's temporary credentials), and tells the handler
//! which access key signed.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use aws_operation::http::{HttpRequest, HttpResponse};
use aws_operation::operation::{Operation, OperationError, Service};
use aws_operation::protocol::ServerProtocol;
use aws_operation::protocol::server::{OperationRoute, Refusal, Routed, ServerContext};
use aws_operation::{Credentials, Violations, aws_shape};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinSet;

type ResponseFuture = Pin<Box<dyn Future<Output = HttpResponse> + Send>>;
/// A handler, type-erased: the request (signature checked) and its route.
type Handler = Arc<dyn Fn(HttpRequest, Routed) -> ResponseFuture + Send + Sync>;

/// Other credentials an endpoint accepts, by access key id: those a stand-in issued.
pub(crate) type Keyring = Arc<dyn Fn(&str) -> Option<Credentials> + Send + Sync>;

tokio::task_local! {
    /// The access key that signed the request being handled; empty for an unsigned one.
    static CALLER: String;
}

/// The access key id that signed the request a handler is serving (`None` outside a handler,
/// or for an unsigned operation's request).
pub(crate) fn caller() -> Option<String> {
    CALLER.try_with(Clone::clone).ok().filter(|key| !key.is_empty())
}

/// Requests may be signed this far from the server's clock.
const MAX_SKEW: Duration = Duration::from_secs(5 * 60);

/// An error a handler fails with, which it writes with the service's protocol `P`: one of the
/// operation's errors, or (the stand-ins') any error of the service with every member of its
/// shape, modeled by the operation or not.
pub(crate) trait Reply: Send + 'static {
    /// The response that says it.
    fn response<P: ServerProtocol>(self) -> HttpResponse;
}

/// An operation's own error, as a handler of [`LocalEndpoint::handle`] returns it.
struct Modeled<E>(E);

impl<E: OperationError> Reply for Modeled<E> {
    fn response<P: ServerProtocol>(self) -> HttpResponse {
        self.0.to_response::<P>()
    }
}

/// A local endpoint for the service `S`, being set up.
pub struct LocalEndpoint<S> {
    credentials: Credentials,
    keyring: Option<Keyring>,
    /// Each operation's route, handler, and whether the model marks it unsigned.
    handlers: BTreeMap<&'static str, (OperationRoute, Handler, bool)>,
    service: std::marker::PhantomData<fn() -> S>,
}

impl<S: Service> LocalEndpoint<S>
where
    S::Protocol: ServerProtocol,
{
    /// An endpoint that accepts requests signed with `credentials` and no handler yet; an
    /// operation without a handler answers `UnknownOperationException`.
    pub fn new(credentials: Credentials) -> Self {
        Self { credentials, keyring: None, handlers: BTreeMap::new(), service: std::marker::PhantomData }
    }

    /// Also accepts requests signed with the credentials `keyring` finds by access key id.
    pub(crate) fn accepting(mut self, keyring: Keyring) -> Self {
        self.keyring = Some(keyring);
        self
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
        self.handle_replying(move |input: O| {
            let reply = handler(input);
            async move { reply.await.map_err(Modeled) }
        })
    }

    /// As [`LocalEndpoint::handle`], for a handler that may fail with any [`Reply`], such as an
    /// error the operation does not model, with every member of its shape.
    pub(crate) fn handle_replying<O, F, Fut, R>(mut self, handler: F) -> Self
    where
        O: Operation<Service = S>,
        F: Fn(O) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<O::Output, R>> + Send + 'static,
        R: Reply,
    {
        let handler = Arc::new(handler);
        let erased: Handler = Arc::new(move |request: HttpRequest, routed: Routed| {
            let handler = Arc::clone(&handler);
            Box::pin(async move {
                match S::Protocol::read_input::<O>(&request, &routed) {
                    Err(violations) => S::Protocol::write_error(&ValidationException::of(&violations)),
                    Ok(input) => match handler(input).await {
                        Ok(output) => S::Protocol::write_output::<O>(&output),
                        Err(reply) => reply.response::<S::Protocol>(),
                    },
                }
            })
        });
        self.handlers.insert(O::NAME, (OperationRoute::of::<O>(), erased, O::UNSIGNED));
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
        let requests = Arc::new(AtomicU64::new(0));
        let state = Arc::new(State::<S> {
            credentials: self.credentials,
            keyring: self.keyring,
            // In name order, as the handlers are: of two routes as specific, the same one wins.
            operations: self.handlers.values().map(|(route, _, _)| *route).collect(),
            handlers: self
                .handlers
                .into_iter()
                .map(|(name, (_, handler, unsigned))| (name, (handler, unsigned)))
                .collect(),
            requests: Arc::clone(&requests),
            service: std::marker::PhantomData,
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
        Ok(Running { addr, stop: Some(stop), task, requests })
    }
}

/// A local endpoint that is serving.
pub struct Running {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
    requests: Arc<AtomicU64>,
}

impl Running {
    /// The URL to give a client as its endpoint, e.g. `http://127.0.0.1:40123`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How many requests have arrived, signed or not.
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
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

/// What a serving endpoint shares between its connections.
struct State<S> {
    credentials: Credentials,
    keyring: Option<Keyring>,
    handlers: BTreeMap<&'static str, (Handler, bool)>,
    /// The operations that have a handler, in name order.
    operations: Vec<OperationRoute>,
    requests: Arc<AtomicU64>,
    service: std::marker::PhantomData<fn() -> S>,
}

impl<S: Service> State<S>
where
    S::Protocol: ServerProtocol,
{
    async fn serve(&self, req: hyper::Request<Incoming>) -> hyper::Response<Full<Bytes>> {
        // The value fetch_add returns is this request's own; a second load could see another's.
        let number = self.requests.fetch_add(1, Ordering::Relaxed) + 1;
        let request_id = format!("local-{number:016x}");
        let (parts, body) = req.into_parts();
        let response = match body.collect().await {
            Ok(collected) => match self.reply(&parts, collected.to_bytes()).await {
                Ok(response) => response,
                Err(refusal) => refusal.response::<S::Protocol>(),
            },
            Err(_) => Refusal::new(400, "SerializationException", "the request body could not be read")
                .response::<S::Protocol>(),
        };
        respond(&request_id, S::Protocol::with_request_id(response, &request_id))
    }

    /// The handler's response, or why the request reaches none: its signature, or no operation
    /// of the protocol serves it.
    async fn reply(&self, parts: &http::request::Parts, body: Bytes) -> Result<HttpResponse, Refusal> {
        let host = parts.headers.get("host").and_then(|v| v.to_str().ok()).unwrap_or("127.0.0.1");
        // The signature covers the query string, so the URL is rebuilt with it.
        let target = parts.uri.path_and_query().map_or("/", |target| target.as_str());
        let mut request = HttpRequest::new(parts.method.as_str(), format!("http://{host}{target}"));
        for (name, value) in &parts.headers {
            request.headers.push((name.as_str().to_owned(), String::from_utf8_lossy(value.as_bytes()).into_owned()));
        }
        request.body = body;
        // Clients sign for the region their endpoint rules chose; any region is accepted.
        let region = signed_region(&request).unwrap_or_default().to_owned();
        let routed = S::Protocol::route(&request, &ServerContext::of::<S>(), &self.operations);
        let unsigned = routed.as_ref().is_ok_and(|r| self.handlers.get(r.operation).is_some_and(|(_, u)| *u));
        let signer = signed_key(&request).unwrap_or_default().to_owned();
        if !(unsigned && request.header("authorization").is_none()) {
            let issued = (signer != self.credentials.access_key_id())
                .then(|| self.keyring.as_ref().and_then(|keyring| keyring(&signer)))
                .flatten();
            let credentials = issued.as_ref().unwrap_or(&self.credentials);
            if let Err(e) = aws_operation::sign::verify(&request, credentials, S::SIGNING_NAME, &region, MAX_SKEW) {
                let code = if request.header("authorization").is_none() {
                    "MissingAuthenticationTokenException"
                } else {
                    "InvalidSignatureException"
                };
                return Err(Refusal::new(403, code, e.to_string()));
            }
        }
        let routed = routed?;
        match self.handlers.get(routed.operation) {
            Some((handler, _)) => Ok(CALLER.scope(signer, handler(request, routed)).await),
            // Routing chose among the operations that have a handler.
            None => {
                Err(Refusal::new(404, "UnknownOperationException", format!("no handler for `{}`", routed.operation)))
            }
        }
    }
}

/// The access key id of a request's signature (`Credential=AKID/...`).
fn signed_key(request: &HttpRequest) -> Option<&str> {
    let authorization = request.header("authorization")?;
    let credential = authorization.split([' ', ',']).find_map(|part| part.strip_prefix("Credential="))?;
    credential.split('/').next()
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

/// The `ValidationException` that input which does not read, or breaks a constraint, is
/// answered with: every problem, in `fieldList` as AWS services list them.
#[aws_shape(error, status = 400)]
struct ValidationException {
    message: String,
    reason: String,
    field_list: Vec<ValidationExceptionField>,
}

/// One problem of a [`ValidationException`].
#[aws_shape]
struct ValidationExceptionField {
    name: String,
    code: String,
    message: String,
}

impl ValidationException {
    fn of(violations: &Violations) -> Self {
        let field_list = violations
            .iter()
            .map(|v| ValidationExceptionField {
                name: v.path.clone(),
                code: v.code().to_owned(),
                message: v.to_string(),
            })
            .collect();
        Self { message: violations.to_string(), reason: "REQUEST_VALIDATION_FAILED".to_owned(), field_list }
    }
}

/// `response` as hyper sends it, with the request id.
fn respond(request_id: &str, response: HttpResponse) -> hyper::Response<Full<Bytes>> {
    let mut builder = hyper::Response::builder().status(response.status).header("x-amzn-requestid", request_id);
    for (name, value) in &response.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    builder.body(Full::new(response.body)).unwrap_or_else(|_| hyper::Response::new(Full::new(Bytes::new())))
}
