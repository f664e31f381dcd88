//! Fault injection: CreateChannelHandshake (its `clientToken` left empty, so the client fills it)
//! against a scripted server on 127.0.0.1 that fails on cue, one fault per test. Each test checks
//! the outcome, the number of attempts, that every attempt carried the same body and token and
//! was signed afresh, that the call ended in bounded time, and that nothing panicked (the call
//! runs in a task of its own, whose panic would surface as a `JoinError`).
//!
//! Backoff is 1 ms with the whole of it taken (`FixedJitter(1.0)`), so retries cost no time
//! unless a test says otherwise.

#[path = "support/faults.rs"]
mod faults;
#[path = "support/http_client.rs"]
mod http_client;
mod support;

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use aws_operation::config::{FixedClock, TimeSource};
use aws_operation::credentials::{CachedCredentials, CredentialsFuture, ProvideCredentials};
use aws_operation::error::{ResponseError, TransportError};
use aws_operation::http::HttpRequest;
use aws_operation::interceptor::{AttemptContext, BoxError, Interceptor};
use aws_operation::retry::FixedJitter;
use aws_operation::{Config, ConfigBuilder, Credentials, DateTime, Error};
use aws_operation_local_endpoint::LocalEndpoint;
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::handshakes::{
    CreateChannelHandshake, CreateChannelHandshakeError, CreateChannelHandshakeOutput, HandshakeDetail,
    HandshakeStatus, HandshakeType, ListChannelHandshakes, ParticipantType,
};
use faults::{FaultServer, Step};
use support::{Recorded, Reply};

const OK: &str = r#"{"channelHandshakeDetail":{"id":"ch-0123456789abc","arn":"arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/channel-handshake/ch-0123456789abc"}}"#;
const BUSY: &str = r#"{"__type":"ServiceUnavailable","message":"busy"}"#;
const THROTTLED: &str = r#"{"__type":"ThrottlingException","message":"slow down"}"#;
/// Long enough that a test which waited for it would blow its time bound.
const FOREVER: Duration = Duration::from_secs(30);
/// No call in these tests may take longer, retries included.
const BOUND: Duration = Duration::from_secs(5);

fn credentials() -> Credentials {
    Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None)
}

/// A clock one second further on each time it is read, from now: each attempt is signed for
/// a time of its own, which shows it was signed again.
#[derive(Debug)]
struct SteppingClock {
    start: SystemTime,
    reads: AtomicU64,
}

impl SteppingClock {
    fn new() -> Arc<Self> {
        Arc::new(Self { start: SystemTime::now(), reads: AtomicU64::new(0) })
    }
}

impl TimeSource for SteppingClock {
    fn now(&self) -> SystemTime {
        self.start + Duration::from_secs(self.reads.fetch_add(1, Ordering::Relaxed))
    }
}

/// Over the HTTP client `AWS_OPERATION_TEST_HTTP_CLIENT` names (support/http_client.rs).
fn config(url: &str) -> ConfigBuilder {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url(url)
        .clock(SteppingClock::new())
        .retry_base_delay(Duration::from_millis(1))
        .retry_jitter(Arc::new(FixedJitter(1.0)));
    http_client::with_test_client(config)
}

fn client(config: ConfigBuilder) -> PartnerCentralChannel {
    PartnerCentralChannel::new(&config.build().unwrap()).unwrap()
}

/// A create whose idempotency token the client fills.
fn create() -> CreateChannelHandshake {
    CreateChannelHandshake::builder()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .associated_resource_identifier("pma-0123456789abc")
        .build()
        .unwrap()
}

/// Runs `call` in a task of its own: it must finish within [`BOUND`] and must not panic.
async fn run<F>(call: F) -> (F::Output, Duration)
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let start = Instant::now();
    let joined = tokio::time::timeout(BOUND, tokio::spawn(call)).await.expect("the call ends in bounded time");
    let output = joined.unwrap_or_else(|e| panic!("the call panicked: {e}"));
    (output, start.elapsed())
}

/// Sends a create on `client` with [`run`].
async fn send(
    client: &PartnerCentralChannel,
) -> (Result<aws_operation::Response<CreateChannelHandshakeOutput>, Error<CreateChannelHandshakeError>>, Duration) {
    let client = client.clone();
    run(async move { client.send(create()).await }).await
}

/// Checks the attempts the server saw: `attempts` of them, numbered in `amz-sdk-request`, with
/// one invocation id, the same body and a generated `clientToken`, each signed again (for a time
/// of its own) with a signature that verifies.
fn check_attempts(requests: &[Recorded], attempts: usize, max: u32) -> String {
    assert_eq!(requests.len(), attempts, "attempts");
    let first = &requests[0];
    let token = first.json()["clientToken"].as_str().expect("a generated clientToken").to_owned();
    assert_eq!(token.len(), 36, "a UUID: {token}");
    for (i, r) in requests.iter().enumerate() {
        assert_eq!(r.body, first.body, "attempt {} sends the same bytes", i + 1);
        assert_eq!(r.json()["clientToken"], token.as_str());
        assert_eq!(r.header("amz-sdk-request"), Some(format!("attempt={}; max={max}", i + 1).as_str()));
        assert_eq!(r.header("amz-sdk-invocation-id"), first.header("amz-sdk-invocation-id"));
        verify(r, &credentials());
        if i > 0 {
            assert_ne!(r.header("x-amz-date"), requests[i - 1].header("x-amz-date"), "attempt {} re-signed", i + 1);
        }
    }
    token
}

fn verify(request: &Recorded, credentials: &Credentials) {
    let mut signed = HttpRequest::new("POST", format!("http://{}/", request.header("host").unwrap()));
    signed.headers = request.headers.clone();
    signed.body = request.body.clone().into();
    aws_operation::sign::verify(&signed, credentials, "partnercentral-channel", "us-east-1", Duration::from_secs(300))
        .expect("the signature verifies");
}

fn quota(client: &PartnerCentralChannel) -> u32 {
    client.client().retry_quota()
}

#[tokio::test]
async fn two_503s_then_200_succeeds_on_the_third_attempt() {
    let busy = Reply::json(503, BUSY);
    let server =
        FaultServer::start(vec![Step::Reply(busy.clone()), Step::Reply(busy), Step::Reply(Reply::json(200, OK))]).await;
    let client = client(config(&server.url));
    let (result, elapsed) = send(&client).await;
    let out = result.unwrap();
    assert_eq!(out.request_id(), Some("req-200"));
    check_attempts(&server.requests(), 3, 3);
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
    // Two retries at 5 each; the success gives back the last one's cost.
    assert_eq!(quota(&client), 495);
}

#[tokio::test]
async fn throttling_until_attempts_run_out_returns_the_throttling_error() {
    let server = FaultServer::start(vec![Step::Reply(Reply::json(400, THROTTLED))]).await;
    let client = client(config(&server.url));
    let (result, _) = send(&client).await;
    let err = result.unwrap_err();
    assert!(matches!(err.service_error(), Some(CreateChannelHandshakeError::ThrottlingException(_))), "{err:?}");
    check_attempts(&server.requests(), 3, 3);
    assert_eq!(quota(&client), 490);

    // AWS_MAX_ATTEMPTS sets the attempts, and the header says so.
    let server = FaultServer::start(vec![Step::Reply(Reply::json(400, THROTTLED))]).await;
    let env = aws_operation::env::Env::from_pairs([("AWS_MAX_ATTEMPTS", "5"), ("AWS_CONFIG_FILE", "/nonexistent")]);
    let from_env = Config::from_env()
        .env(env)
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url(&server.url)
        .retry_base_delay(Duration::from_millis(1));
    let from_env = http_client::with_test_client(from_env);
    let (result, _) = send(&self::client(from_env)).await;
    assert!(result.is_err());
    assert_eq!(server.requests().len(), 5);
    assert_eq!(server.requests()[4].header("amz-sdk-request"), Some("attempt=5; max=5"));
}

#[tokio::test]
async fn a_connection_reset_before_the_response_is_retried_with_the_same_token() {
    let server = FaultServer::start(vec![Step::Reset, Step::Reply(Reply::json(200, OK))]).await;
    let client = client(config(&server.url));
    let (result, elapsed) = send(&client).await;
    result.unwrap();
    // The server saw the first request: only the token keeps the retry from creating twice.
    check_attempts(&server.requests(), 2, 3);
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
    assert_eq!(quota(&client), 500);

    let server = FaultServer::start(vec![Step::Reset]).await;
    let (result, _) = send(&self::client(config(&server.url))).await;
    let err = result.unwrap_err();
    assert!(matches!(err, Error::Transport(TransportError::Io(_))), "{err:?}");
    check_attempts(&server.requests(), 3, 3);
}

#[tokio::test]
async fn a_body_cut_short_is_retried() {
    let server =
        FaultServer::start(vec![Step::CloseMidBody(Reply::json(200, OK), 20), Step::Reply(Reply::json(200, OK))]).await;
    let client = client(config(&server.url));
    let (result, elapsed) = send(&client).await;
    let out = result.unwrap();
    assert_eq!(out.channel_handshake_detail.as_ref().unwrap().id.as_deref(), Some("ch-0123456789abc"));
    check_attempts(&server.requests(), 2, 3);
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");

    let server = FaultServer::start(vec![Step::CloseMidBody(Reply::json(200, OK), 20)]).await;
    let (result, _) = send(&self::client(config(&server.url))).await;
    let err = result.unwrap_err();
    let Error::Transport(TransportError::BodyCut { received, .. }) = &err else { panic!("{err:?}") };
    assert_eq!(*received, 20);
    assert!(std::error::Error::source(&err).unwrap().to_string().starts_with("the response body was cut short"));
    check_attempts(&server.requests(), 3, 3);
}

#[tokio::test]
async fn a_response_that_stalls_mid_body_is_cut_by_the_read_timeout_and_retried() {
    let stall = Step::StallMidBody(Reply::json(200, OK), 20, FOREVER);
    let server = FaultServer::start(vec![stall.clone(), Step::Reply(Reply::json(200, OK))]).await;
    let client = client(config(&server.url).read_timeout(Duration::from_millis(200)));
    let (result, elapsed) = send(&client).await;
    result.unwrap();
    check_attempts(&server.requests(), 2, 3);
    assert!(elapsed >= Duration::from_millis(200) && elapsed < Duration::from_secs(3), "{elapsed:?}");
    assert_eq!(quota(&client), 500, "a timeout's 10 tokens come back with the success");

    let server = FaultServer::start(vec![stall]).await;
    let client = self::client(config(&server.url).read_timeout(Duration::from_millis(200)));
    let (result, elapsed) = send(&client).await;
    let err = result.unwrap_err();
    assert!(matches!(err, Error::Transport(TransportError::ReadTimeout(d)) if d == Duration::from_millis(200)));
    check_attempts(&server.requests(), 3, 3);
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
    assert_eq!(quota(&client), 480, "two retries after timeouts at 10 each");
}

#[tokio::test]
async fn a_response_slower_than_the_attempt_timeout_is_abandoned_and_retried() {
    let slow = Step::Delay(Reply::json(200, OK), FOREVER);
    let server = FaultServer::start(vec![slow.clone(), Step::Reply(Reply::json(200, OK))]).await;
    let client = client(config(&server.url).attempt_timeout(Duration::from_millis(200)));
    let (result, elapsed) = send(&client).await;
    result.unwrap();
    check_attempts(&server.requests(), 2, 3);
    assert!(elapsed >= Duration::from_millis(200) && elapsed < Duration::from_secs(3), "{elapsed:?}");

    let server = FaultServer::start(vec![slow]).await;
    let client = self::client(config(&server.url).attempt_timeout(Duration::from_millis(200)));
    let (result, _) = send(&client).await;
    let err = result.unwrap_err();
    assert!(matches!(err, Error::Transport(TransportError::Timeout(_))), "{err:?}");
    check_attempts(&server.requests(), 3, 3);
    assert_eq!(quota(&client), 480);
}

#[tokio::test]
async fn the_operation_timeout_bounds_the_whole_call_backoff_included() {
    let busy = Reply::json(503, BUSY).header("x-amz-retry-after", "10000");
    let server = FaultServer::start(vec![Step::Reply(busy)]).await;
    let client = client(config(&server.url).operation_timeout(Duration::from_millis(300)));
    let (result, elapsed) = send(&client).await;
    let err = result.unwrap_err();
    assert!(matches!(err, Error::Transport(TransportError::OperationTimeout(_))), "{err:?}");
    assert_eq!(
        std::error::Error::source(&err).unwrap().to_string(),
        "the call did not finish within 300ms, retries included"
    );
    check_attempts(&server.requests(), 1, 3);
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
}

#[tokio::test]
async fn malformed_json_in_a_200_is_final() {
    let server =
        FaultServer::start(vec![Step::Reply(Reply::json(200, r#"{"channelHandshakeDetail":{"id":"ch-"#))]).await;
    let client = client(config(&server.url));
    let (result, _) = send(&client).await;
    let err = result.unwrap_err();
    let Error::Response { status: 200, request_id, source: ResponseError::Body(_) } = &err else { panic!("{err:?}") };
    assert_eq!(request_id.as_deref(), Some("req-200"));
    check_attempts(&server.requests(), 1, 3);
    assert_eq!(quota(&client), 500);
}

#[tokio::test]
async fn a_wrong_typed_member_in_a_200_is_final() {
    let server =
        FaultServer::start(vec![Step::Reply(Reply::json(200, r#"{"channelHandshakeDetail":{"id":5}}"#))]).await;
    let (result, _) = send(&client(config(&server.url))).await;
    let err = result.unwrap_err();
    assert!(matches!(err, Error::Response { status: 200, source: ResponseError::Body(_), .. }), "{err:?}");
    assert!(
        std::error::Error::source(&err).unwrap().to_string().contains("`channelHandshakeDetail.id` expected string")
    );
    check_attempts(&server.requests(), 1, 3);
}

#[tokio::test]
async fn a_502_with_an_html_body_is_retried_then_reported_with_its_status() {
    let html = Reply {
        status: 502,
        headers: vec![("content-type".into(), "text/html".into())],
        body: "<html><body><h1>502 Bad Gateway</h1></body></html>".into(),
    };
    let server = FaultServer::start(vec![Step::Reply(html)]).await;
    let (result, _) = send(&client(config(&server.url))).await;
    let err = result.unwrap_err();
    let Some(CreateChannelHandshakeError::Unmodeled(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!((e.meta.code.as_str(), e.meta.status, e.meta.message.as_deref()), ("Http502", 502, None));
    check_attempts(&server.requests(), 3, 3);
}

#[tokio::test]
async fn a_500_with_an_empty_body_is_retried() {
    let empty = Reply { status: 500, headers: vec![], body: String::new() };
    let server = FaultServer::start(vec![Step::Reply(empty.clone()), Step::Reply(Reply::json(200, OK))]).await;
    let (result, _) = send(&client(config(&server.url))).await;
    result.unwrap();
    check_attempts(&server.requests(), 2, 3);

    let server = FaultServer::start(vec![Step::Reply(empty)]).await;
    let (result, _) = send(&client(config(&server.url))).await;
    let err = result.unwrap_err();
    let Some(CreateChannelHandshakeError::Unmodeled(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("Http500", 500));
    check_attempts(&server.requests(), 3, 3);
}

#[tokio::test]
async fn a_response_over_the_size_limit_is_a_clear_error_and_not_retried() {
    let big = format!(r#"{{"channelHandshakeDetail":{{"arn":"{}"}}}}"#, "a".repeat(4096));
    for (step, status) in [
        (Step::Reply(Reply::json(200, &big)), 200),
        // Without a content-length, the limit is found while reading.
        (Step::Chunked(Reply::json(200, &big)), 200),
        (Step::Reply(Reply::json(503, &big)), 503),
    ] {
        let server = FaultServer::start(vec![step, Step::Reply(Reply::json(200, OK))]).await;
        let client = client(config(&server.url).max_response_bytes(1024));
        let (result, _) = send(&client).await;
        let err = result.unwrap_err();
        let Error::Response { status: got, source: ResponseError::TooLarge { limit: 1024 }, request_id } = &err else {
            panic!("{err:?}")
        };
        assert_eq!((*got, request_id.as_deref()), (status, Some(format!("req-{status}").as_str())));
        assert_eq!(
            std::error::Error::source(&err).unwrap().to_string(),
            "the body is larger than the limit of 1024 bytes"
        );
        check_attempts(&server.requests(), 1, 3);
    }
    // Within the limit it is fine.
    let server = FaultServer::start(vec![Step::Chunked(Reply::json(200, &big))]).await;
    let (result, _) = send(&client(config(&server.url))).await;
    assert_eq!(result.unwrap().channel_handshake_detail.as_ref().unwrap().arn.as_ref().unwrap().len(), 4096);
}

#[tokio::test]
async fn an_unknown_error_code_is_final_unless_its_status_is_transient() {
    let server =
        FaultServer::start(vec![Step::Reply(Reply::json(400, r#"{"__type":"BrandNewException","message":"new"}"#))])
            .await;
    let (result, _) = send(&client(config(&server.url))).await;
    let err = result.unwrap_err();
    let Some(CreateChannelHandshakeError::Unmodeled(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!((e.meta.code.as_str(), e.meta.message.as_deref()), ("BrandNewException", Some("new")));
    check_attempts(&server.requests(), 1, 3);

    let server = FaultServer::start(vec![Step::Reply(Reply::json(503, r#"{"__type":"BrandNewException"}"#))]).await;
    let (result, _) = send(&client(config(&server.url))).await;
    assert!(matches!(result.unwrap_err().service_error(), Some(CreateChannelHandshakeError::Unmodeled(_))));
    check_attempts(&server.requests(), 3, 3);
}

#[tokio::test]
async fn modeled_errors_are_retried_only_when_the_model_says_so() {
    for (body, attempts) in [
        (r#"{"__type":"InternalServerException","message":"m"}"#, 3),
        (
            r#"{"__type":"ServiceQuotaExceededException","message":"m","resourceId":"r","resourceType":"t","quotaCode":"q"}"#,
            3,
        ),
        (r#"{"__type":"ValidationException","message":"m","reason":"REQUEST_VALIDATION_FAILED"}"#, 1),
        (r#"{"__type":"ConflictException","message":"m","resourceId":"r","resourceType":"t"}"#, 1),
        (r#"{"__type":"AccessDeniedException","message":"m"}"#, 1),
    ] {
        let server = FaultServer::start(vec![Step::Reply(Reply::json(400, body))]).await;
        let (result, _) = send(&client(config(&server.url))).await;
        let err = result.unwrap_err();
        assert!(matches!(err, Error::Service(_)), "{err:?}");
        check_attempts(&server.requests(), attempts, 3);
    }
}

#[tokio::test]
async fn unknown_enum_and_union_values_are_kept_not_rejected() {
    let body = r#"{"items":[{"id":"ch-0123456789abc","handshakeType":"BRAND_NEW_TYPE","status":"FROZEN",
        "detail":{"futureHandshakeDetail":{"level":3}}}]}"#;
    let server = FaultServer::start(vec![Step::Reply(Reply::json(200, body))]).await;
    let client = client(config(&server.url));
    let list = ListChannelHandshakes::builder()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .build()
        .unwrap();
    let (result, _) = run(async move { client.send(list).await }).await;
    let out = result.unwrap();
    let item = &out.items.as_ref().unwrap()[0];
    assert_eq!(item.handshake_type, Some(HandshakeType::Unknown("BRAND_NEW_TYPE".into())));
    assert_eq!(item.status, Some(HandshakeStatus::Unknown("FROZEN".into())));
    let Some(HandshakeDetail::Unknown(member)) = &item.detail else { panic!("{:?}", item.detail) };
    assert_eq!((member.name.as_str(), &member.value), ("futureHandshakeDetail", &serde_json::json!({"level": 3})));
    assert_eq!(server.requests().len(), 1);
}

/// Temporary credentials that expire `lifetime` after they are issued, numbered.
#[derive(Debug)]
struct ShortLived {
    issued: AtomicUsize,
    lifetime: Duration,
}

impl ShortLived {
    fn credentials(n: usize) -> Credentials {
        Credentials::new(format!("AKIDSHORT{n}"), format!("secret-{n}"), Some(format!("token-{n}")), None)
    }
}

impl ProvideCredentials for ShortLived {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        let n = self.issued.fetch_add(1, Ordering::Relaxed) + 1;
        let c = Self::credentials(n);
        let expiring = Credentials::new(
            c.access_key_id(),
            c.secret_access_key(),
            c.session_token().map(str::to_owned),
            Some(SystemTime::now() + self.lifetime),
        );
        Box::pin(std::future::ready(Ok(expiring)))
    }
}

#[tokio::test]
async fn credentials_that_expire_between_attempts_are_refreshed_for_the_retry() {
    let server = FaultServer::start(vec![Step::Reply(Reply::json(503, BUSY)), Step::Reply(Reply::json(200, OK))]).await;
    let provider = Arc::new(
        CachedCredentials::new(ShortLived { issued: AtomicUsize::new(0), lifetime: Duration::from_millis(50) })
            .refresh_ahead(Duration::ZERO),
    );
    // The backoff outlasts the credentials.
    let config =
        config(&server.url).credentials_provider(provider.clone()).retry_base_delay(Duration::from_millis(200));
    let client = client(config);
    let (result, elapsed) = send(&client).await;
    result.unwrap();
    assert!(elapsed >= Duration::from_millis(200), "{elapsed:?}");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(provider.inner().issued.load(Ordering::Relaxed), 2, "refreshed once, for the retry");
    for (i, request) in requests.iter().enumerate() {
        let expected = ShortLived::credentials(i + 1);
        let auth = request.header("authorization").unwrap();
        assert!(auth.contains(&format!("Credential={}/", expected.access_key_id())), "{auth}");
        assert_eq!(request.header("x-amz-security-token"), expected.session_token());
        verify(request, &expected);
    }
    assert_eq!(requests[0].body, requests[1].body, "same body, same token");
}

#[tokio::test]
async fn retry_after_sets_the_wait_before_the_next_attempt() {
    let busy = Reply::json(503, BUSY).header("x-amz-retry-after", "300");
    let server = FaultServer::start(vec![Step::Reply(busy), Step::Reply(Reply::json(200, OK))]).await;
    let (result, elapsed) = send(&client(config(&server.url))).await;
    result.unwrap();
    check_attempts(&server.requests(), 2, 3);
    assert!(elapsed >= Duration::from_millis(300) && elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn the_backoff_grows_with_the_injected_jitter() {
    let server = FaultServer::start(vec![Step::Reply(Reply::json(503, BUSY))]).await;
    // 100 ms then 200 ms at full jitter; none at zero jitter.
    let (result, elapsed) = send(&client(config(&server.url).retry_base_delay(Duration::from_millis(100)))).await;
    assert!(result.is_err());
    assert!(elapsed >= Duration::from_millis(300) && elapsed < Duration::from_secs(3), "{elapsed:?}");
    let slow = config(&server.url).retry_base_delay(Duration::from_secs(10)).retry_jitter(Arc::new(FixedJitter(0.0)));
    let (result, elapsed) = send(&client(slow)).await;
    assert!(result.is_err());
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
    assert_eq!(server.requests().len(), 6);
}

#[tokio::test]
async fn an_exhausted_retry_quota_stops_retries_until_successes_refill_it() {
    let server = FaultServer::start(vec![Step::Reply(Reply::json(503, BUSY))]).await;
    let client = client(config(&server.url).max_attempts(1000).retry_base_delay(Duration::ZERO));
    let (result, _) = send(&client).await;
    assert!(result.is_err());
    // 500 tokens pay for 100 retries at 5.
    assert_eq!((server.requests().len(), quota(&client)), (101, 0));
    let clone = client.clone();
    let (result, _) = send(&clone).await;
    assert!(result.is_err());
    assert_eq!(server.requests().len(), 102, "no tokens, no retry: clones share the quota");
}

#[tokio::test]
async fn a_connection_refused_is_retried_then_reported() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let seen = Arc::new(Counter::default());
    let config = config(&format!("http://127.0.0.1:{port}")).shared_interceptor(seen.clone());
    let (result, elapsed) = send(&client(config)).await;
    let err = result.unwrap_err();
    assert!(matches!(err, Error::Transport(TransportError::Connect { .. })), "{err:?}");
    assert_eq!(seen.requests.load(Ordering::Relaxed), 3);
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
}

/// Counts the requests a client sends.
#[derive(Debug, Default)]
struct Counter {
    requests: AtomicUsize,
}

impl Interceptor for Counter {
    fn modify_before_transmit(&self, _: &mut HttpRequest, _: &AttemptContext) -> Result<(), BoxError> {
        self.requests.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

fn http_date(time: SystemTime) -> String {
    DateTime::from(time).fmt_http_date()
}

#[tokio::test]
async fn a_request_rejected_for_its_time_is_signed_again_with_the_services_clock() {
    let service_now = SystemTime::now();
    let skewed = Reply::json(400, r#"{"__type":"RequestTimeTooSkewed","message":"too skewed"}"#)
        .header("date", &http_date(service_now));
    // After the rejection, every request succeeds.
    let server = FaultServer::start(vec![Step::Reply(skewed.clone()), Step::Reply(Reply::json(200, OK))]).await;
    // This machine's clock is an hour behind.
    let behind = Arc::new(FixedClock(service_now - Duration::from_secs(3600)));
    let client = client(config(&server.url).clock(behind));
    let (result, elapsed) = send(&client).await;
    result.unwrap();
    assert!(elapsed < Duration::from_secs(2), "retried at once: {elapsed:?}");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body, requests[1].body);
    assert_eq!(requests[0].header("x-amz-date").unwrap(), amz_date(service_now - Duration::from_secs(3600)));
    assert_eq!(requests[1].header("x-amz-date").unwrap(), amz_date(service_now));
    verify(&requests[1], &credentials());
    let offset = client.client().clock_offset_millis();
    assert!((3_599_000..=3_600_000).contains(&offset), "{offset}");

    // The next call starts with the corrected clock.
    let (result, _) = send(&client).await;
    result.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(requests[2].header("x-amz-date").unwrap(), amz_date(service_now));

    // Corrected once per call: a service that keeps rejecting is not retried again.
    let server = FaultServer::start(vec![Step::Reply(skewed)]).await;
    let client = self::client(config(&server.url).clock(Arc::new(FixedClock(service_now))));
    let (result, _) = send(&client).await;
    let err = result.unwrap_err();
    let Error::Service(e) = &err else { panic!("{err:?}") };
    assert_eq!(e.meta.code, "RequestTimeTooSkewed");
    assert_eq!(server.requests().len(), 2);
}

fn amz_date(time: SystemTime) -> String {
    let t = DateTime::from(time).fmt_date_time();
    // 2025-01-02T03:04:05Z -> 20250102T030405Z
    t.split('.').next().unwrap().trim_end_matches('Z').replace(['-', ':'], "") + "Z"
}

#[tokio::test]
async fn a_rejected_signature_is_retried_only_when_the_date_shows_a_skew() {
    let now = SystemTime::now();
    let mismatch = |date: SystemTime| {
        Reply::json(403, r#"{"__type":"SignatureDoesNotMatch","message":"no"}"#).header("date", &http_date(date))
    };
    // No skew: the signature is wrong for another reason.
    let server = FaultServer::start(vec![Step::Reply(mismatch(now))]).await;
    let (result, _) = send(&client(config(&server.url))).await;
    assert!(result.is_err());
    check_attempts(&server.requests(), 1, 3);
    // Ten minutes apart: a skew.
    let server = FaultServer::start(vec![
        Step::Reply(mismatch(now + Duration::from_secs(600))),
        Step::Reply(Reply::json(200, OK)),
    ])
    .await;
    let client = client(config(&server.url).clock(Arc::new(FixedClock(now))));
    let (result, _) = send(&client).await;
    result.unwrap();
    assert_eq!(server.requests().len(), 2);
    assert_eq!(server.requests()[1].header("x-amz-date").unwrap(), amz_date(now + Duration::from_secs(600)));
    // With one attempt allowed, the clock is still corrected for the next call.
    let server = FaultServer::start(vec![Step::Reply(mismatch(now - Duration::from_secs(900)))]).await;
    let client = self::client(config(&server.url).clock(Arc::new(FixedClock(now))).max_attempts(1));
    let (result, _) = send(&client).await;
    assert!(result.is_err());
    assert_eq!(server.requests().len(), 1);
    let offset = client.client().clock_offset_millis();
    assert!((-901_000..=-900_000).contains(&offset), "{offset}");
}

#[tokio::test]
async fn the_local_endpoint_rejects_a_clock_two_hours_behind_and_the_client_recovers() {
    let endpoint = LocalEndpoint::partnercentral_channel(credentials()).start().await.unwrap();
    let behind = Arc::new(FixedClock(SystemTime::now() - Duration::from_secs(7200)));
    let client = client(config(&endpoint.url()).clock(behind));
    let list = || {
        ListChannelHandshakes::builder()
            .handshake_type(HandshakeType::StartServicePeriod)
            .catalog("Sandbox")
            .participant_type(ParticipantType::Sender)
            .build()
            .unwrap()
    };
    let (result, _) = run({
        let client = client.clone();
        async move { client.send(list()).await }
    })
    .await;
    result.unwrap();
    // InvalidSignatureException with the endpoint's Date, then the corrected attempt.
    assert_eq!(endpoint.requests(), 2);
    let offset = client.client().clock_offset_millis();
    assert!((7_190_000..7_210_000).contains(&offset), "{offset}");
    let (result, _) = run(async move { client.send(list()).await }).await;
    result.unwrap();
    assert_eq!(endpoint.requests(), 3, "the next call is right the first time");
    endpoint.shutdown().await;
}
