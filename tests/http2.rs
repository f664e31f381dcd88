//! HTTP/2 (the `http2` feature) through the Kinesis slice, against servers on 127.0.0.1 written
//! here: hyper's server side over h2c (prior knowledge) and over TLS (the test CA of
//! `fixtures/tls`, ALPN as each test offers it), and the h2 crate's for faults hyper's server
//! never makes. What is checked: `SubscribeToShard` over HTTP/2, its events written one at a
//! time, each once the client has read the one before, and read typed; a unary call (`PutRecord`)
//! with its status, JSON body and request id, its calls sharing one connection; ALPN, which
//! offers `h2` then `http/1.1` to servers (`h2` alone with prior knowledge) and `http/1.1` to an
//! `https://` proxy, whose `CONNECT` tunnel carries HTTP/2; a stream reset, a `GOAWAY` or a
//! dropped connection in the middle of a frame or of a body, each an error within a bounded time,
//! never a hang or a short success; and a dropped event stream, which cancels its stream and
//! leaves the connection to the next call.
//!
//! Every server stops when its value is dropped, and every wait is bounded by `STEP`.

#![cfg(feature = "http2")]

use std::convert::Infallible;
use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_operation::byte_stream::ByteStreamError;
use aws_operation::env::Env;
use aws_operation::error::{TransportError, chain};
use aws_operation::event_stream::{EventError, EventStreamError, Message};
use aws_operation::types::base64_encode;
use aws_operation::{Blob, Config, Credentials, Error};
use aws_operation_kinesis::{
    Kinesis, PutRecordError, StartingPosition, SubscribeToShard, SubscribeToShardEventStream, SubscribeToShardOutput,
};
use bytes::Bytes;
use futures_util::StreamExt;
use http::{HeaderMap, Method, Request, Response, StatusCode, Version};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, oneshot};
use tokio::task::{JoinHandle, JoinSet};

const CONSUMER: &str = "arn:aws:kinesis:us-east-1:123456789012:stream/orders/consumer/reader:1700000000";
const SHARD: &str = "shardId-000000000000";
const SEQUENCE: &str = "49590338271490256608559692538361571095921575989136588898";
/// How long any one step may take.
const STEP: Duration = Duration::from_secs(10);
/// The most connections a test server takes, so that its accept loop is bounded too.
const MAX_CONNECTIONS: usize = 16;
const H2: &[u8] = b"h2";
const HTTP1: &[u8] = b"http/1.1";

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls").join(name)
}

fn builder(url: &str) -> aws_operation::config::ConfigBuilder {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(url)
        .max_attempts(1)
        .operation_timeout(Duration::from_secs(30))
}

/// A client speaking HTTP/2 from the first byte (h2c over `http`).
fn h2c_client(url: &str) -> Kinesis {
    Kinesis::new(&builder(url).http2_prior_knowledge(true).build().expect("config")).expect("client")
}

/// A client configured as `Config::from_env` would be, with `vars` and the test CA as its CA
/// bundle, and no shared config files.
fn tls_client(url: &str, vars: &[(&str, String)], prior_knowledge: bool) -> Kinesis {
    let missing = std::env::temp_dir().join(format!("aws-operation-http2-none-{}", std::process::id()));
    let mut pairs = vec![
        ("AWS_CA_BUNDLE".to_owned(), fixture("ca.pem").display().to_string()),
        ("AWS_CONFIG_FILE".to_owned(), missing.join("config").display().to_string()),
        ("AWS_SHARED_CREDENTIALS_FILE".to_owned(), missing.join("credentials").display().to_string()),
        ("AWS_EC2_METADATA_DISABLED".to_owned(), "true".to_owned()),
    ];
    pairs.extend(vars.iter().map(|(k, v)| (k.to_string(), v.clone())));
    let config = Config::from_env()
        .env(Env::from_pairs(pairs))
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(url)
        .max_attempts(1)
        .operation_timeout(Duration::from_secs(30))
        .http2_prior_knowledge(prior_knowledge)
        .build()
        .expect("config");
    Kinesis::new(&config).expect("client")
}

fn subscription() -> SubscribeToShard {
    SubscribeToShard {
        consumer_arn: CONSUMER.into(),
        stream_id: None,
        shard_id: SHARD.into(),
        starting_position: StartingPosition::after(SEQUENCE),
        dry_run: None,
    }
}

/// An event message of type `kind` with a JSON payload.
fn event(kind: &str, payload: &Value) -> Vec<u8> {
    let message = Message::new(payload.to_string().into_bytes())
        .with_header(":message-type", "event")
        .with_header(":event-type", kind)
        .with_header(":content-type", "application/json");
    message.encode().expect("a frame").to_vec()
}

/// An exception message of the union's member `kind`.
fn exception(kind: &str, message: &str) -> Vec<u8> {
    let message = Message::new(json!({ "message": message }).to_string().into_bytes())
        .with_header(":message-type", "exception")
        .with_header(":exception-type", kind)
        .with_header(":content-type", "application/json");
    message.encode().expect("a frame").to_vec()
}

/// A `SubscribeToShardEvent` whose continuation is `n`, with one record of `n` as its data.
fn records(n: u32) -> Vec<u8> {
    let payload = json!({
        "Records": [{"SequenceNumber": n.to_string(), "ApproximateArrivalTimestamp": 1700000000,
                     "Data": base64_encode(n.to_string().as_bytes()), "PartitionKey": "p"}],
        "ContinuationSequenceNumber": n.to_string(),
        "MillisBehindLatest": 0
    });
    event("SubscribeToShardEvent", &payload)
}

/// The next item of a subscription's stream, in time.
async fn next(
    output: &mut SubscribeToShardOutput,
) -> Option<Result<SubscribeToShardEventStream, EventError<SubscribeToShardEventStream>>> {
    tokio::time::timeout(STEP, output.event_stream.next()).await.expect("the next event, in time")
}

/// The continuation of the next item, which must be a `SubscribeToShardEvent`.
async fn next_continuation(output: &mut SubscribeToShardOutput) -> String {
    match next(output).await {
        Some(Ok(SubscribeToShardEventStream::SubscribeToShardEvent(e))) => e.continuation_sequence_number,
        other => panic!("not an event: {other:?}"),
    }
}

// ---- hyper's server ----------------------------------------------------------------------------

type Body = UnsyncBoxBody<Bytes, io::Error>;

/// A request as the server read it, and what its connection was offered by ALPN.
#[derive(Debug)]
struct Seen {
    version: Version,
    method: Method,
    path: String,
    headers: HeaderMap,
    body: Bytes,
    /// The protocols of the client's TLS hello; empty without TLS.
    offered: Vec<Vec<u8>>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// How a server speaks.
#[derive(Debug, Clone, Copy)]
enum Speaks {
    /// HTTP/2 without TLS, from the first byte.
    H2c,
    /// HTTP/1.1 without TLS.
    Http1,
    /// TLS with the test CA's certificate, choosing among `alpn` (in its order of preference)
    /// and then speaking HTTP/2 if it chose `h2`, else HTTP/1.1.
    Tls { alpn: &'static [&'static [u8]] },
}

type Handler = Arc<dyn Fn(&Seen) -> Response<Body> + Send + Sync>;

/// hyper's server on 127.0.0.1, answering each request with what `handler` makes of it.
struct Server {
    url: String,
    /// Each request, once read whole.
    seen: mpsc::UnboundedReceiver<Seen>,
    connections: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        // Its connections are tasks of a `JoinSet` inside this task, which end with it.
        self.task.abort();
    }
}

impl Server {
    async fn start(speaks: Speaks, handler: impl Fn(&Seen) -> Response<Body> + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let scheme = if matches!(speaks, Speaks::Tls { .. }) { "https" } else { "http" };
        let (record, seen) = mpsc::unbounded_channel();
        let connections = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&connections);
        let handler: Handler = Arc::new(handler);
        let task = tokio::spawn(async move {
            let mut served = JoinSet::new();
            for _ in 0..MAX_CONNECTIONS {
                let Ok((tcp, _)) = listener.accept().await else { break };
                counted.fetch_add(1, Ordering::SeqCst);
                let (handler, record) = (Arc::clone(&handler), record.clone());
                served.spawn(async move {
                    match speaks {
                        Speaks::H2c => serve(tcp, true, Vec::new(), handler, record).await,
                        Speaks::Http1 => serve(tcp, false, Vec::new(), handler, record).await,
                        Speaks::Tls { alpn } => {
                            let Some((tls, offered)) = accept_tls(tcp, alpn).await else { return };
                            let h2 = tls.get_ref().1.alpn_protocol() == Some(H2);
                            serve(tls, h2, offered, handler, record).await;
                        }
                    }
                });
            }
            while served.join_next().await.is_some() {}
        });
        Self { url: format!("{scheme}://{addr}"), seen, connections, task }
    }

    /// The next request the server read, in time.
    async fn request(&mut self) -> Seen {
        tokio::time::timeout(STEP, self.seen.recv()).await.expect("a request, in time").expect("a request")
    }
}

/// The TLS config of a server with the test CA's certificate for `localhost` and `127.0.0.1`.
fn server_tls(alpn: &[&[u8]]) -> Arc<rustls::ServerConfig> {
    let pem = std::fs::read(fixture("server.pem")).unwrap();
    let certificates = CertificateDer::pem_slice_iter(&pem).collect::<Result<Vec<_>, _>>().unwrap();
    let key = PrivateKeyDer::from_pem_file(fixture("server.key")).unwrap();
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certificates, key)
        .unwrap();
    config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    Arc::new(config)
}

/// A TLS session as a server offering `alpn`, and the protocols the client's hello offered.
async fn accept_tls<S>(tcp: S, alpn: &[&[u8]]) -> Option<(tokio_rustls::server::TlsStream<S>, Vec<Vec<u8>>)>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let start = tokio_rustls::LazyConfigAcceptor::new(rustls::server::Acceptor::default(), tcp).await.ok()?;
    let offered = start.client_hello().alpn().map(|protocols| protocols.map(<[u8]>::to_vec).collect());
    let tls = start.into_stream(server_tls(alpn)).await.ok()?;
    Some((tls, offered.unwrap_or_default()))
}

/// Serves one connection, over HTTP/2 if `h2`, else HTTP/1.1.
async fn serve<I>(io: I, h2: bool, offered: Vec<Vec<u8>>, handler: Handler, record: mpsc::UnboundedSender<Seen>)
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = service_fn(move |request: Request<Incoming>| {
        let (handler, record, offered) = (Arc::clone(&handler), record.clone(), offered.clone());
        async move {
            let (head, body) = request.into_parts();
            let body = body.collect().await.map(|b| b.to_bytes()).unwrap_or_default();
            let path = head.uri.path().to_owned();
            let seen = Seen { version: head.version, method: head.method, path, headers: head.headers, body, offered };
            let response = handler(&seen);
            let _ = record.send(seen);
            Ok::<_, Infallible>(response)
        }
    });
    let io = TokioIo::new(io);
    // The connection ends with an error when the client goes away: that is the client's to see.
    if h2 {
        let _ = hyper::server::conn::http2::Builder::new(TokioExecutor::new()).serve_connection(io, service).await;
    } else {
        let _ = hyper::server::conn::http1::Builder::new().serve_connection(io, service).await;
    }
}

/// A JSON answer of `status`, with a request id.
fn json_reply(status: u16, body: &Value) -> Response<Body> {
    let body = Full::new(Bytes::from(body.to_string())).map_err(|never| match never {}).boxed_unsync();
    Response::builder()
        .status(status)
        .header("content-type", "application/x-amz-json-1.1")
        .header("x-amzn-requestid", "req-put")
        .body(body)
        .unwrap()
}

/// What a streamed answer does next.
enum Step {
    /// Writes these bytes as one DATA frame (one chunk over HTTP/1.1).
    Data(Vec<u8>),
    /// Fails the body: hyper's server resets the stream with `INTERNAL_ERROR`.
    Fail,
}

/// The answer of a subscription: the head of an event stream, then each step of `steps` once it
/// comes; the body ends when `steps` closes.
fn event_stream_reply(steps: mpsc::Receiver<Step>) -> Response<Body> {
    let frames = futures_util::stream::unfold(steps, |mut steps| async move {
        match steps.recv().await? {
            Step::Data(bytes) => Some((Ok(Frame::data(Bytes::from(bytes))), steps)),
            Step::Fail => Some((Err(io::Error::other("the test server fails the body")), steps)),
        }
    });
    Response::builder()
        .header("content-type", "application/vnd.amazon.eventstream")
        .header("x-amzn-requestid", "req-subscribe")
        .body(StreamBody::new(frames).boxed_unsync())
        .unwrap()
}

/// A handler answering the first request with a subscription driven by the returned sender, and
/// any later one with a `PutRecord` answer.
fn subscribing() -> (impl Fn(&Seen) -> Response<Body> + Send + Sync + 'static, mpsc::Sender<Step>) {
    let (go, steps) = mpsc::channel(1);
    let steps = Mutex::new(Some(steps));
    let handler = move |_: &Seen| match steps.lock().unwrap().take() {
        Some(steps) => event_stream_reply(steps),
        None => json_reply(200, &json!({"ShardId": SHARD, "SequenceNumber": "1"})),
    };
    (handler, go)
}

/// Sends a step, in time (the server takes one only when the last was written).
async fn step(go: &mpsc::Sender<Step>, step: Step) {
    tokio::time::timeout(STEP, go.send(step)).await.expect("the server takes the step, in time").expect("the server");
}

/// Checks a request is `SubscribeToShard`'s, as awsJson 1.1 sends it.
fn assert_subscribe(seen: &Seen) {
    assert_eq!((seen.method.as_str(), seen.path.as_str()), ("POST", "/"));
    assert_eq!(seen.header("x-amz-target"), Some("Kinesis_20131202.SubscribeToShard"));
    assert_eq!(seen.header("content-type"), Some("application/x-amz-json-1.1"));
    assert!(seen.header("authorization").is_some_and(|a| a.contains("/us-east-1/kinesis/aws4_request")));
    let body: Value = serde_json::from_slice(&seen.body).expect("a JSON body");
    assert_eq!((&body["ConsumerARN"], &body["ShardId"]), (&json!(CONSUMER), &json!(SHARD)));
}

// ---- over h2c, with prior knowledge ------------------------------------------------------------

#[tokio::test]
async fn subscribe_to_shard_over_h2c_reads_each_event_as_it_is_written() {
    let (handler, go) = subscribing();
    let mut server = Server::start(Speaks::H2c, handler).await;
    let client = h2c_client(&server.url);
    // The head comes before any frame is written: the body is a stream.
    let output = tokio::time::timeout(STEP, client.send(subscription())).await.expect("the head, in time");
    let output = output.expect("SubscribeToShard");
    assert_eq!(output.request_id(), Some("req-subscribe"));
    let mut output = output.into_inner();
    let seen = server.request().await;
    assert_eq!(seen.version, Version::HTTP_2);
    assert_subscribe(&seen);
    assert_eq!(seen.header("content-length"), Some(seen.body.len().to_string().as_str()));

    // The initial-response and the first event, split across two DATA frames; then each event
    // only once the client has read the one before.
    let first = records(1);
    let (a, b) = first.split_at(first.len() / 2);
    step(&go, Step::Data(event("initial-response", &json!({})))).await;
    step(&go, Step::Data(a.to_vec())).await;
    step(&go, Step::Data(b.to_vec())).await;
    assert_eq!(next_continuation(&mut output).await, "1");
    for n in 2..=4 {
        step(&go, Step::Data(records(n))).await;
        let Some(Ok(SubscribeToShardEventStream::SubscribeToShardEvent(e))) = next(&mut output).await else {
            panic!("not event {n}")
        };
        assert_eq!(e.continuation_sequence_number, n.to_string());
        assert_eq!(e.records[0].data.0, n.to_string().into_bytes());
    }
    // A modeled exception ends the stream, typed.
    step(&go, Step::Data(exception("ResourceInUseException", "taken over"))).await;
    match next(&mut output).await {
        Some(Err(EventError::Exception(SubscribeToShardEventStream::ResourceInUseException(e)))) => {
            assert_eq!(e.message.as_deref(), Some("taken over"))
        }
        other => panic!("not the typed exception: {other:?}"),
    }
    assert!(next(&mut output).await.is_none());
    assert_eq!(server.connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn unary_calls_over_h2c_share_one_connection() {
    let mut server = Server::start(Speaks::H2c, |seen: &Seen| {
        let body: Value = serde_json::from_slice(&seen.body).unwrap_or_default();
        if body["StreamName"] == "missing" {
            let error = json!({"__type": "ResourceNotFoundException", "message": "Stream missing not found."});
            return json_reply(400, &error);
        }
        json_reply(200, &json!({"ShardId": SHARD, "SequenceNumber": SEQUENCE}))
    })
    .await;
    let client = h2c_client(&server.url);
    for n in 0..3 {
        let put =
            client.put_record().stream_name("orders").data(Blob(format!("order {n}").into_bytes())).partition_key("c");
        let put = tokio::time::timeout(STEP, put.send()).await.expect("an answer, in time").expect("PutRecord");
        assert_eq!(put.request_id(), Some("req-put"));
        assert_eq!((put.shard_id.as_str(), put.sequence_number.as_str()), (SHARD, SEQUENCE));
        let seen = server.request().await;
        assert_eq!(seen.version, Version::HTTP_2);
        assert_eq!(seen.header("x-amz-target"), Some("Kinesis_20131202.PutRecord"));
        let body: Value = serde_json::from_slice(&seen.body).expect("a JSON body");
        let data = base64_encode(format!("order {n}").as_bytes());
        assert_eq!(body, json!({"StreamName": "orders", "Data": data, "PartitionKey": "c"}));
    }
    let missing = client.put_record().stream_name("missing").data(Blob(b"x".to_vec())).partition_key("c");
    let err = tokio::time::timeout(STEP, missing.send()).await.expect("an answer, in time").expect_err("an error");
    let Error::Service(service) = &err else { panic!("not the service's error: {err:?}") };
    assert!(matches!(service.error, PutRecordError::ResourceNotFoundException(_)), "{:?}", service.error);
    assert_eq!((service.meta.status, service.meta.request_id.as_deref()), (400, Some("req-put")));
    assert_eq!(server.request().await.version, Version::HTTP_2);
    assert_eq!(server.connections.load(Ordering::SeqCst), 1, "every call is a stream of one connection");
}

/// A `HEAD` answer has no body whatever its `content-length` says, which over HTTP/2 reaches the
/// client as the body's length: an object of 5 GB is neither too large nor cut short.
#[tokio::test]
async fn a_head_answer_over_h2c_has_no_body_whatever_its_length() {
    let mut server = Server::start(Speaks::H2c, |_: &Seen| {
        let empty = Full::new(Bytes::new()).map_err(|never| match never {}).boxed_unsync();
        Response::builder().header("content-length", "5000000000").header("etag", "\"e\"").body(empty).unwrap()
    })
    .await;
    let config = builder(&server.url).s3_force_path_style(true).http2_prior_knowledge(true).build().unwrap();
    let client = aws_operation_s3::S3::new(&config).unwrap();
    let head = client.head_object().bucket("objects").key("big.bin").send();
    let head = tokio::time::timeout(STEP, head).await.expect("an answer, in time").expect("HeadObject");
    assert_eq!(head.content_length, Some(5_000_000_000));
    let seen = server.request().await;
    assert_eq!((seen.version, seen.method.as_str(), seen.path.as_str()), (Version::HTTP_2, "HEAD", "/objects/big.bin"));
}

/// Dropping the event stream resets its HTTP/2 stream: the server's body is dropped (its sender
/// sees the receiver closed), and the connection serves the next call.
#[tokio::test]
async fn dropping_the_event_stream_cancels_its_stream_and_keeps_the_connection() {
    let (handler, go) = subscribing();
    let mut server = Server::start(Speaks::H2c, handler).await;
    let client = h2c_client(&server.url);
    let output = tokio::time::timeout(STEP, client.send(subscription())).await.expect("in time").expect("subscribed");
    let mut output = output.into_inner();
    step(&go, Step::Data(event("initial-response", &json!({})))).await;
    step(&go, Step::Data(records(1))).await;
    assert_eq!(next_continuation(&mut output).await, "1");
    assert!(!go.is_closed());
    drop(output);
    tokio::time::timeout(STEP, go.closed()).await.expect("the server's body is dropped, in time");

    let put = client.put_record().stream_name("orders").data(Blob(b"after".to_vec())).partition_key("c");
    let put = tokio::time::timeout(STEP, put.send()).await.expect("an answer, in time").expect("PutRecord");
    assert_eq!(put.shard_id, SHARD);
    let (subscribe, after) = (server.request().await, server.request().await);
    assert_eq!((subscribe.version, after.version), (Version::HTTP_2, Version::HTTP_2));
    assert_eq!(after.header("x-amz-target"), Some("Kinesis_20131202.PutRecord"));
    assert_eq!(server.connections.load(Ordering::SeqCst), 1);
}

/// The server fails the body in the middle of a frame: hyper's server resets the stream with
/// `INTERNAL_ERROR`, which ends the event stream with a cut body.
#[tokio::test]
async fn a_stream_reset_by_the_server_ends_the_event_stream_with_a_cut_body() {
    let (handler, go) = subscribing();
    let server = Server::start(Speaks::H2c, handler).await;
    let client = h2c_client(&server.url);
    let output = tokio::time::timeout(STEP, client.send(subscription())).await.expect("in time").expect("subscribed");
    let mut output = output.into_inner();
    step(&go, Step::Data(event("initial-response", &json!({})))).await;
    step(&go, Step::Data(records(1))).await;
    assert_eq!(next_continuation(&mut output).await, "1");
    let second = records(2);
    step(&go, Step::Data(second[..second.len() / 2].to_vec())).await;
    step(&go, Step::Fail).await;
    match next(&mut output).await {
        Some(Err(EventError::Body(e @ ByteStreamError::Cut { .. }))) => {
            let text = chain(&e);
            assert!(text.contains("cut short") && text.contains("internal error"), "{text}");
        }
        other => panic!("not a cut body: {other:?}"),
    }
    assert!(next(&mut output).await.is_none(), "the stream ends with its error");
}

// ---- faults the h2 crate's server makes --------------------------------------------------------

/// How a server ends its answer in the middle of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// `RST_STREAM` with `NO_ERROR`, which hyper's client reads as the body's end.
    ResetNoError,
    /// `RST_STREAM` with `INTERNAL_ERROR`.
    Reset,
    /// `GOAWAY` with `INTERNAL_ERROR`, then the connection closed.
    GoAway,
    /// The TCP connection closed, without a word of HTTP/2.
    Dropped,
}

/// A server of h2's own on 127.0.0.1 for one request over h2c: it answers with `head`, writes
/// `body` as one DATA frame, and once told to (or after `settle` if it is never told) ends the
/// answer with `fault`. Its task returns the request's version.
struct FaultyServer {
    url: String,
    go: Option<oneshot::Sender<()>>,
    task: JoinHandle<Version>,
}

impl FaultyServer {
    async fn start(head: http::response::Builder, body: Vec<u8>, fault: Fault, settle: Duration) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr: SocketAddr = listener.local_addr().unwrap();
        let (go, told) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let (tcp, _) = listener.accept().await.expect("a connection");
            let mut connection = h2::server::handshake(tcp).await.expect("an HTTP/2 connection");
            let (request, mut respond) = connection.accept().await.expect("a request").expect("a request");
            let version = request.version();
            let mut request_body = request.into_body();
            let mut chunks = 0;
            while let Some(chunk) = request_body.data().await {
                let chunk = chunk.expect("the request's body");
                let _ = request_body.flow_control().release_capacity(chunk.len());
                chunks += 1;
                assert!(chunks < 100, "a small request");
            }
            let mut send = respond.send_response(head.body(()).unwrap(), false).expect("the head");
            send.send_data(Bytes::from(body), false).expect("the body");
            // The connection writes only while it is polled: until the client has read what it
            // needs to, or for `settle`. A reset drops what is still queued.
            let _ = tokio::time::timeout(settle, async {
                tokio::select! {
                    _ = told => {}
                    _ = connection.accept() => {}
                }
            })
            .await;
            match fault {
                Fault::ResetNoError => send.send_reset(h2::Reason::NO_ERROR),
                Fault::Reset => send.send_reset(h2::Reason::INTERNAL_ERROR),
                Fault::GoAway => connection.abrupt_shutdown(h2::Reason::INTERNAL_ERROR),
                Fault::Dropped => return version,
            }
            // Writes the fault, then closes (`GOAWAY`), or waits for the client to go away.
            let _ = tokio::time::timeout(STEP, async { while let Some(Ok(_)) = connection.accept().await {} }).await;
            version
        });
        Self { url: format!("http://{addr}"), go: Some(go), task }
    }

    fn fault_now(&mut self) {
        let _ = self.go.take().expect("told once").send(());
    }

    /// The request's version, once the server is done (the client gone: it waits for that).
    async fn finished(self) -> Version {
        tokio::time::timeout(2 * STEP, self.task).await.expect("the server ends, in time").expect("the server")
    }
}

/// Each fault in the middle of a frame ends the event stream with an error, in time: the reset
/// with `NO_ERROR` as a frame cut short (the body ends there), the others as a cut body.
#[tokio::test]
async fn a_reset_a_goaway_or_a_dropped_connection_mid_frame_end_the_event_stream() {
    for fault in [Fault::ResetNoError, Fault::Reset, Fault::GoAway, Fault::Dropped] {
        let head = Response::builder()
            .header("content-type", "application/vnd.amazon.eventstream")
            .header("x-amzn-requestid", "req-subscribe");
        // One DATA frame: when the client has read the event, the half frame after it is there.
        let second = records(2);
        let body = [event("initial-response", &json!({})), records(1), second[..second.len() / 2].to_vec()].concat();
        let mut server = FaultyServer::start(head, body, fault, STEP).await;
        let client = h2c_client(&server.url);
        let output = tokio::time::timeout(STEP, client.send(subscription())).await.expect("in time");
        let mut output = output.expect("subscribed").into_inner();
        assert_eq!(next_continuation(&mut output).await, "1", "{fault:?}");
        server.fault_now();
        let ended = next(&mut output).await;
        match (fault, &ended) {
            (Fault::ResetNoError, Some(Err(EventError::Frame(EventStreamError::Truncated { received, .. })))) => {
                assert_eq!(*received, second.len() / 2)
            }
            (
                Fault::Reset | Fault::GoAway | Fault::Dropped,
                Some(Err(EventError::Body(e @ ByteStreamError::Cut { .. }))),
            ) => {
                // The reset's reason is the stream's; a `GOAWAY` leaves the stream to end with the
                // connection, as a dropped one does.
                let text = chain(e);
                let why = if fault == Fault::Reset { "internal error" } else { "" };
                assert!(text.contains("cut short") && text.contains(why), "{fault:?}: {text}");
            }
            _ => panic!("{fault:?}: not the error it should be: {ended:?}"),
        }
        assert!(next(&mut output).await.is_none(), "{fault:?}: the stream ends with its error");
        drop((output, client));
        assert_eq!(server.finished().await, Version::HTTP_2);
    }
}

/// A unary answer whose body a reset or a dropped connection cuts before its `content-length`
/// fails the call in transit, never as a short body.
#[tokio::test]
async fn a_unary_body_cut_before_its_length_fails_the_call() {
    for fault in [Fault::ResetNoError, Fault::Reset, Fault::GoAway, Fault::Dropped] {
        let body = br#"{"ShardId": "shardId-000000000000", "SequenceNumber": "1"}"#.to_vec();
        let head = Response::builder()
            .status(StatusCode::OK)
            .header("content-type", "application/x-amz-json-1.1")
            .header("content-length", (body.len() + 10).to_string());
        // The client cannot tell when the body has arrived; the server writes for 200 ms first.
        let server = FaultyServer::start(head, body, fault, Duration::from_millis(200)).await;
        let client = h2c_client(&server.url);
        let put = client.put_record().stream_name("orders").data(Blob(b"x".to_vec())).partition_key("c");
        let err = tokio::time::timeout(STEP, put.send()).await.expect("an answer, in time").expect_err("a cut body");
        let Error::Transport(cut @ TransportError::BodyCut { .. }) = &err else {
            panic!("{fault:?}: not a cut body: {err:?}")
        };
        let text = chain(cut);
        if fault == Fault::ResetNoError {
            assert!(text.contains("before the 68 bytes of its `content-length`"), "{text}");
        }
        drop(client);
        assert_eq!(server.finished().await, Version::HTTP_2);
    }
}

// ---- over TLS, by ALPN ---------------------------------------------------------------------------

/// A default client offers `h2` then `http/1.1` and speaks what the server picks; with prior
/// knowledge it offers `h2` alone; over plain `http` without it, HTTP/1.1.
#[tokio::test]
async fn alpn_picks_http2_where_the_server_offers_it() {
    let put_reply = |_: &Seen| json_reply(200, &json!({"ShardId": SHARD, "SequenceNumber": "1"}));
    let put = |client: Kinesis| async move {
        let put = client.put_record().stream_name("orders").data(Blob(b"x".to_vec())).partition_key("c");
        tokio::time::timeout(STEP, put.send()).await.expect("an answer, in time").expect("PutRecord")
    };
    let offered_by_default = vec![H2.to_vec(), HTTP1.to_vec()];

    let mut h2 = Server::start(Speaks::Tls { alpn: &[H2, HTTP1] }, put_reply).await;
    let answer = put(tls_client(&h2.url, &[], false)).await;
    assert_eq!(answer.request_id(), Some("req-put"));
    let seen = h2.request().await;
    assert_eq!((seen.version, &seen.offered), (Version::HTTP_2, &offered_by_default));

    let mut http1 = Server::start(Speaks::Tls { alpn: &[HTTP1] }, put_reply).await;
    put(tls_client(&http1.url, &[], false)).await;
    let seen = http1.request().await;
    assert_eq!((seen.version, &seen.offered), (Version::HTTP_11, &offered_by_default));

    put(tls_client(&h2.url, &[], true)).await;
    let seen = h2.request().await;
    assert_eq!((seen.version, &seen.offered), (Version::HTTP_2, &vec![H2.to_vec()]));
    // With prior knowledge, a server without HTTP/2 fails the handshake, not a request.
    let refused = tls_client(&http1.url, &[], true);
    let put_once = refused.put_record().stream_name("o").data(Blob(vec![1])).partition_key("c");
    let err = tokio::time::timeout(STEP, put_once.send()).await.expect("an answer, in time").expect_err("refused");
    let Error::Transport(e @ TransportError::Connect { .. }) = &err else { panic!("not a connect error: {err:?}") };
    assert!(chain(e).contains("TLS handshake"), "{}", chain(e));

    let mut plain = Server::start(Speaks::Http1, put_reply).await;
    put(Kinesis::new(&builder(&plain.url).build().unwrap()).unwrap()).await;
    assert_eq!(plain.request().await.version, Version::HTTP_11);
}

/// A subscription over TLS negotiates HTTP/2 and reads its events as over h2c.
#[tokio::test]
async fn subscribe_to_shard_over_tls_negotiates_http2() {
    let (handler, go) = subscribing();
    let mut server = Server::start(Speaks::Tls { alpn: &[H2, HTTP1] }, handler).await;
    let client = tls_client(&server.url, &[], false);
    let output = tokio::time::timeout(STEP, client.send(subscription())).await.expect("in time").expect("subscribed");
    let mut output = output.into_inner();
    let seen = server.request().await;
    assert_eq!(seen.version, Version::HTTP_2);
    assert_subscribe(&seen);
    step(&go, Step::Data(event("initial-response", &json!({})))).await;
    for n in 1..=3 {
        step(&go, Step::Data(records(n))).await;
        assert_eq!(next_continuation(&mut output).await, n.to_string());
    }
    drop(go);
    assert!(next(&mut output).await.is_none(), "the body ended between events");
}

/// A `CONNECT` proxy reached over TLS (the test CA's certificate) that tunnels to 127.0.0.1
/// only; it records each `CONNECT` line and the protocols its own TLS session was offered.
async fn tls_proxy() -> (SocketAddr, Arc<Mutex<Vec<(String, Vec<Vec<u8>>)>>>, JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&seen);
    let task = tokio::spawn(async move {
        let mut tunnels = JoinSet::new();
        for _ in 0..MAX_CONNECTIONS {
            let Ok((tcp, _)) = listener.accept().await else { break };
            let recorded = Arc::clone(&recorded);
            tunnels.spawn(async move {
                let Some((mut client, offered)) = accept_tls(tcp, &[HTTP1]).await else { return };
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && head.len() < 16 << 10 {
                    if !matches!(client.read(&mut byte).await, Ok(1)) {
                        return;
                    }
                    head.push(byte[0]);
                }
                let line = String::from_utf8_lossy(&head).lines().next().unwrap_or_default().to_owned();
                recorded.lock().unwrap().push((line.clone(), offered));
                let port = line.strip_prefix("CONNECT 127.0.0.1:").and_then(|rest| rest.split(' ').next());
                let Some(Ok(port)) = port.map(str::parse::<u16>) else { return };
                let Ok(mut upstream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await else { return };
                if client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n").await.is_ok() {
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                }
            });
        }
        while tunnels.join_next().await.is_some() {}
    });
    (addr, seen, task)
}

/// Through an `https://` proxy, the proxy's session offers `http/1.1` only (its `CONNECT` is
/// HTTP/1.1), and the server's, inside the tunnel, negotiates HTTP/2.
#[tokio::test]
async fn a_connect_tunnel_through_an_https_proxy_carries_http2() {
    let mut server = Server::start(Speaks::Tls { alpn: &[H2, HTTP1] }, |_: &Seen| {
        json_reply(200, &json!({"ShardId": SHARD, "SequenceNumber": "1"}))
    })
    .await;
    let (proxy, tunnels, proxy_task) = tls_proxy().await;
    let vars = [("HTTPS_PROXY", format!("https://localhost:{}", proxy.port()))];
    let client = tls_client(&server.url, &vars, false);
    for _ in 0..2 {
        let put = client.put_record().stream_name("orders").data(Blob(b"x".to_vec())).partition_key("c");
        tokio::time::timeout(STEP, put.send()).await.expect("an answer, in time").expect("PutRecord");
        let seen = server.request().await;
        assert_eq!((seen.version, &seen.offered), (Version::HTTP_2, &vec![H2.to_vec(), HTTP1.to_vec()]));
    }
    let port = server.url.rsplit(':').next().unwrap().to_owned();
    let tunnels = tunnels.lock().unwrap().clone();
    assert_eq!(tunnels, [(format!("CONNECT 127.0.0.1:{port} HTTP/1.1"), vec![HTTP1.to_vec()])], "one tunnel, reused");
    proxy_task.abort();
}
