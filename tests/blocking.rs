//! The blocking client from plain `#[test]` functions, which run no async code: calls, service
//! errors, fluent builders, paginators as iterators, waiters, and the refusal
//! inside an async runtime. The scripted server runs on a runtime of its own, in its threads.

mod support;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use aws_operation::blocking::{BlockingClient, BlockingError};
use aws_operation::config::AsyncSleep;
use aws_operation::error::chain;
use aws_operation::http::HttpRequest;
use aws_operation::retry::FixedJitter;
use aws_operation::waiter::WaiterError;
use aws_operation::{Config, Credentials, Error};
use aws_operation_lambda::waiters::function_active_v2;
use aws_operation_lambda::{GetFunction, Lambda};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::handshakes::{
    CreateChannelHandshake, CreateChannelHandshakeError, HandshakeType, ListChannelHandshakes, ParticipantType,
};
use serde_json::json;
use support::{Recorded, Reply, Server};

const OK: &str = r#"{"channelHandshakeDetail":{"id":"ch-0123456789abc"}}"#;

/// The scripted server, on a multi-thread runtime whose workers serve it while the test's own
/// thread blocks in the client. Dropped in order: the server, then its runtime.
struct Background {
    server: Server,
    _runtime: tokio::runtime::Runtime,
}

impl std::ops::Deref for Background {
    type Target = Server;
    fn deref(&self) -> &Server {
        &self.server
    }
}

fn serve(replies: Vec<Reply>) -> Background {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let server = runtime.block_on(Server::start(replies));
    Background { server, _runtime: runtime }
}

fn credentials() -> Credentials {
    Credentials::new("AKIDBLOCKING", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", Some("session".into()), None)
}

fn service(url: &str) -> PartnerCentralChannel {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url(url)
        .retry_base_delay(Duration::from_millis(40))
        .retry_jitter(Arc::new(FixedJitter(1.0)))
        .build()
        .unwrap();
    PartnerCentralChannel::new(&config).unwrap()
}

fn blocking(url: &str) -> BlockingClient<PartnerCentralChannel> {
    service(url).blocking().unwrap()
}

fn input() -> CreateChannelHandshake {
    CreateChannelHandshake::builder()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .associated_resource_identifier("pma-0123456789abc")
        .build()
        .unwrap()
}

fn verify(request: &Recorded) {
    let mut signed = HttpRequest::new("POST", format!("http://{}/", request.header("host").unwrap()));
    signed.headers = request.headers.clone();
    signed.body = request.body.clone().into();
    aws_operation::sign::verify(
        &signed,
        &credentials(),
        "partnercentral-channel",
        "us-east-1",
        Duration::from_secs(300),
    )
    .expect("the signature verifies");
}

fn list() -> ListChannelHandshakes {
    ListChannelHandshakes::builder()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .build()
        .unwrap()
}

fn page(ids: &[&str], next: Option<&str>) -> Reply {
    let items: Vec<_> = ids.iter().map(|id| json!({"id": id, "catalog": "AWS"})).collect();
    let mut body = json!({ "items": items });
    if let Some(next) = next {
        body["nextToken"] = json!(next);
    }
    Reply::json(200, &body.to_string())
}

#[test]
fn a_blocking_call_returns_its_output_after_a_retry() {
    let server =
        serve(vec![Reply::json(503, r#"{"__type":"ServiceUnavailable","message":"busy"}"#), Reply::json(200, OK)]);
    let service = service(&server.url);
    let blocking = service.client().blocking().unwrap();
    let started = Instant::now();
    let out = blocking.send(input()).unwrap();
    // The backoff's timer ran on the blocking client's runtime.
    assert!(started.elapsed() >= Duration::from_millis(40), "{:?}", started.elapsed());
    assert_eq!(out.channel_handshake_detail.as_ref().unwrap().id.as_deref(), Some("ch-0123456789abc"));
    assert_eq!(out.request_id(), Some("req-200"));
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        verify(request);
        assert_eq!(request.header("x-amz-target"), Some("PartnerCentralChannel.CreateChannelHandshake"));
    }
    assert_eq!(requests[0].body, requests[1].body);

    // A fluent builder's call, run to its end (on the same connection: the scripted server
    // serves one at a time).
    let out = blocking
        .run(
            service
                .create_channel_handshake()
                .handshake_type(HandshakeType::StartServicePeriod)
                .catalog("Sandbox")
                .associated_resource_identifier("pma-0123456789abc")
                .send(),
        )
        .unwrap();
    assert!(out.channel_handshake_detail.is_some());
    assert_eq!(server.requests()[2].json()["catalog"], "Sandbox");
}

#[test]
fn a_service_error_is_the_calls_error_and_bad_input_sends_nothing() {
    let conflict = r#"{"__type":"ConflictException","message":"taken","resourceId":"r","resourceType":"t"}"#;
    let server = serve(vec![Reply::json(409, conflict)]);
    let service = service(&server.url);
    let blocking = service.client().blocking().unwrap();
    let err = blocking.send(input()).unwrap_err();
    let Some(Error::Service(returned)) = err.call_error() else { panic!("{err:?}") };
    assert!(matches!(&returned.error, CreateChannelHandshakeError::ConflictException(e) if e.resource_id == "r"));
    assert_eq!(err.to_string(), "the service returned ConflictException: taken");
    assert_eq!(server.requests().len(), 1);

    let err = blocking.run(service.create_channel_handshake().catalog("AWS").send()).unwrap_err();
    assert!(matches!(err, BlockingError::Call(Error::InvalidInput(_))), "{err:?}");
    assert_eq!(server.requests().len(), 1, "nothing sent");
}

#[test]
fn paginators_are_iterators_of_pages_and_of_items() {
    let server = serve(vec![
        page(&["ch-000000000000a", "ch-000000000000b"], Some("t1")),
        page(&["ch-000000000000c"], Some("t2")),
        page(&["ch-000000000000d"], None),
    ]);
    let blocking = blocking(&server.url);
    let ids: Vec<String> =
        blocking.paginate(list()).page_size(2).items().map(|item| item.unwrap().id.unwrap_or_default()).collect();
    assert_eq!(ids, ["ch-000000000000a", "ch-000000000000b", "ch-000000000000c", "ch-000000000000d"]);
    let sent: Vec<_> = server.requests().iter().map(Recorded::json).collect();
    assert_eq!(sent.len(), 3);
    for (request, token) in sent.iter().zip([None, Some("t1"), Some("t2")]) {
        assert_eq!((request["maxResults"].as_i64(), request["nextToken"].as_str()), (Some(2), token));
    }

    // A fluent builder's paginator, its pages fetched one `next()` at a time.
    let server = serve(vec![
        page(&["ch-000000000000a"], Some("t1")),
        Reply::json(400, r#"{"__type":"AccessDeniedException","message":"no"}"#),
        page(&[], None),
    ]);
    let service = service(&server.url);
    let fluent = service
        .list_channel_handshakes()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .into_paginator();
    let mut pages = blocking.paginator(fluent).into_iter();
    assert_eq!(server.requests().len(), 0, "nothing is fetched before it is asked for");
    assert_eq!(pages.next().unwrap().unwrap().items.as_ref().unwrap().len(), 1);
    assert_eq!(server.requests().len(), 1);
    let err = pages.next().unwrap().unwrap_err();
    assert_eq!(err.to_string(), "the service returned AccessDeniedException: no");
    assert!(pages.next().is_none(), "an error ends the pages");
    assert_eq!(server.requests().len(), 2);
}

/// A sleep that returns at once, counted: the waiter's delays are not this test's.
#[derive(Debug, Default)]
struct NoSleep(AtomicUsize);

impl AsyncSleep for NoSleep {
    fn sleep(&self, _: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(std::future::ready(()))
    }
}

/// `GetFunction`'s answer for a function in `state`.
fn function(state: &str) -> Reply {
    Reply::rest_json(200, &format!(r#"{{"Configuration":{{"FunctionName":"f","State":"{state}"}}}}"#))
}

#[test]
fn waiters_poll_until_an_acceptor_matches() {
    let server = serve(vec![
        function("Pending"),
        function("Pending"),
        function("Active"),
        function("Pending"),
        function("Failed"),
    ]);
    let sleeps = Arc::new(NoSleep::default());
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url(&server.url)
        .max_attempts(1)
        .sleep(sleeps.clone())
        .build()
        .unwrap();
    let lambda = Lambda::new(&config).unwrap();
    let blocking = lambda.blocking().unwrap();

    let input = GetFunction::builder().function_name("f").build().unwrap();
    let outcome = blocking.wait(&function_active_v2(), input, Duration::from_secs(300)).unwrap();
    assert_eq!(outcome.attempts(), 3);
    let state = outcome.output().and_then(|o| o.configuration.as_ref()?.state.as_ref().map(|s| s.as_str().to_owned()));
    assert_eq!(state.as_deref(), Some("Active"));
    assert_eq!(sleeps.0.load(Ordering::SeqCst), 2);

    // A slice's waiter, run to its end: `Failed` is its failure acceptor.
    let err = blocking
        .run(lambda.wait_until_function_active_v2().function_name("f").wait(Duration::from_secs(300)))
        .unwrap_err();
    let Some(WaiterError::Failure { attempts, .. }) = err.call_error() else { panic!("{err:?}") };
    assert_eq!(*attempts, 2);
    let requests = server.requests();
    assert_eq!(requests.len(), 5);
    assert!(requests.iter().all(|r| r.method == "GET" && r.path == "/2015-03-31/functions/f"), "{requests:?}");
}

#[tokio::test]
async fn inside_an_async_runtime_blocking_calls_are_refused() {
    let server = Server::start(vec![Reply::json(200, OK), page(&["ch-000000000000a"], None)]).await;
    // Building it is allowed: it may be handed to a thread that runs no async code.
    let blocking = blocking(&server.url);
    let err = blocking.send(input()).unwrap_err();
    assert!(matches!(err, BlockingError::InAsyncRuntime), "{err:?}");
    assert_eq!(
        chain(&err),
        "a blocking call cannot run inside an async runtime, whose thread it would stall: `.await` the client's \
         async API there instead, or make the blocking call from a thread that runs no async code"
    );
    let mut pages = blocking.paginate(list()).pages();
    assert!(matches!(pages.next(), Some(Err(BlockingError::InAsyncRuntime))));
    assert!(pages.next().is_none(), "refused once, then ended");
    let err = blocking.run(blocking.client().send(input())).unwrap_err();
    assert!(matches!(err, BlockingError::InAsyncRuntime), "{err:?}");
    assert!(server.requests().is_empty(), "nothing sent");

    // What it names instead works, and so does the blocking client on a thread of its own.
    blocking.client().send(input()).await.unwrap();
    // Awaited, not joined: the server runs on this test's runtime.
    let (done, items) = tokio::sync::oneshot::channel();
    let moved = blocking.clone();
    std::thread::spawn(move || done.send(moved.paginate(list()).items().map(Result::unwrap).count()).unwrap());
    assert_eq!(items.await.unwrap(), 1);
    assert_eq!(server.requests().len(), 2);
    // Dropped here, inside the runtime, without stalling it or panicking.
    drop(blocking);
}
