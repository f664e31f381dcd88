//! The spans and events of calls (`aws_operation::telemetry`), as a subscriber written here sees
//! them: one `aws.call` span per call, named for OpenTelemetry `<service>.<operation>`, with its
//! RPC fields, invocation id, request id, status and attempts; one `aws.attempt` span per
//! attempt inside it, with its number, status and the retry decision and its reason; the events
//! of endpoint resolutions and credential refreshes inside the call. Each test runs on its own
//! thread with the subscriber as that thread's default, so the tests do not see each other's.

mod support;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_operation::credentials::{CredentialsFuture, ProvideCredentials};
use aws_operation::{Config, Credentials, aws_operation, aws_service, aws_shape};
use support::{Reply, Server};

/// A counting service over awsJson 1.0.
#[aws_service(
    id = "Tally",
    protocol = "awsJson1_0",
    signing_name = "tally",
    target_prefix = "Tally_2024",
    api_version = "2024-01-01"
)]
pub struct Tally;

/// The count.
#[aws_shape]
pub struct Counted {
    /// How many.
    pub total: Option<i32>,
}

/// Not allowed.
#[aws_shape(error, code = "AccessDeniedException", status = 403)]
pub struct AccessDeniedException {
    /// Why.
    pub message: Option<String>,
}

/// Counts.
#[aws_operation(service = Tally, operation = "Count", output = Counted, errors = [AccessDeniedException])]
pub struct Count {
    /// What to count.
    #[aws(sensitive)]
    pub what: Option<String>,
}

/// A span as the subscriber saw it.
#[derive(Debug, Clone)]
struct SpanRecord {
    name: &'static str,
    parent: Option<u64>,
    fields: BTreeMap<String, String>,
}

/// An event: its message, fields and the span it happened in.
#[derive(Debug, Clone)]
struct EventRecord {
    target: String,
    span: Option<u64>,
    fields: BTreeMap<String, String>,
}

#[derive(Default)]
struct Seen {
    spans: Vec<SpanRecord>,
    events: Vec<EventRecord>,
    /// The spans entered, innermost last (one thread only).
    stack: Vec<u64>,
}

#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Seen>>);

struct Visitor<'a>(&'a mut BTreeMap<String, String>);

impl tracing::field::Visit for Visitor<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}").trim_matches('"').to_owned());
    }
}

impl tracing::Subscriber for Recorder {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut seen = self.0.lock().unwrap();
        let parent = match span.parent() {
            Some(id) => Some(id.into_u64()),
            None if span.is_contextual() => seen.stack.last().copied(),
            None => None,
        };
        let mut fields = BTreeMap::new();
        span.record(&mut Visitor(&mut fields));
        seen.spans.push(SpanRecord { name: span.metadata().name(), parent, fields });
        tracing::span::Id::from_u64(seen.spans.len() as u64)
    }
    fn record(&self, id: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut seen = self.0.lock().unwrap();
        let span = &mut seen.spans[id.into_u64() as usize - 1];
        values.record(&mut Visitor(&mut span.fields));
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut seen = self.0.lock().unwrap();
        let mut fields = BTreeMap::new();
        event.record(&mut Visitor(&mut fields));
        let span = seen.stack.last().copied();
        seen.events.push(EventRecord { target: event.metadata().target().to_owned(), span, fields });
    }
    fn enter(&self, id: &tracing::span::Id) {
        self.0.lock().unwrap().stack.push(id.into_u64());
    }
    fn exit(&self, id: &tracing::span::Id) {
        let mut seen = self.0.lock().unwrap();
        if let Some(at) = seen.stack.iter().rposition(|&s| s == id.into_u64()) {
            seen.stack.remove(at);
        }
    }
}

/// Runs `calls` on a runtime of this thread with a recorder as its subscriber: what it saw.
fn traced<F: std::future::Future<Output = ()>>(calls: impl FnOnce() -> F) -> Seen {
    let recorder = Recorder::default();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    tracing::subscriber::with_default(recorder.clone(), || runtime.block_on(calls()));
    std::mem::take(&mut *recorder.0.lock().unwrap())
}

fn config(url: &str) -> aws_operation::config::ConfigBuilder {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTRACE", "trace-secret-key", Some("trace-session-token".into()), None))
        .endpoint_url(url)
        .retry_base_delay(Duration::from_millis(1))
}

fn spans<'a>(seen: &'a Seen, name: &str) -> Vec<(u64, &'a SpanRecord)> {
    seen.spans.iter().enumerate().filter(|(_, s)| s.name == name).map(|(i, s)| (i as u64 + 1, s)).collect()
}

fn field<'a>(span: &'a SpanRecord, name: &str) -> Option<&'a str> {
    span.fields.get(name).map(String::as_str)
}

#[test]
fn a_retried_call_is_one_span_with_a_span_per_attempt_and_its_decision() {
    let seen = traced(|| async {
        let throttled = Reply::json(400, r#"{"__type": "ThrottlingException", "message": "slow down"}"#);
        let server = Server::start(vec![throttled, Reply::json(200, r#"{"total": 3}"#)]).await;
        let client = Tally::new(&config(&server.url).max_attempts(3).build().unwrap()).unwrap();
        let out = client.send(Count { what: Some("sensitive-what-value".into()) }).await.unwrap();
        assert_eq!(out.total, Some(3));
    });
    let calls = spans(&seen, "aws.call");
    assert_eq!(calls.len(), 1, "{:?}", seen.spans);
    let (call_id, call) = calls[0];
    assert_eq!(field(call, "otel.name"), Some("Tally.Count"));
    assert_eq!(field(call, "rpc.system"), Some("aws-api"));
    assert_eq!(field(call, "rpc.service"), Some("Tally"));
    assert_eq!(field(call, "rpc.method"), Some("Count"));
    assert_eq!(field(call, "aws.invocation_id").map(str::len), Some(36), "a UUID: {call:?}");
    assert_eq!(field(call, "aws.request_id"), Some("req-200"));
    assert_eq!(field(call, "aws.attempts"), Some("2"));
    assert_eq!(field(call, "error.kind"), None);

    let attempts = spans(&seen, "aws.attempt");
    assert_eq!(attempts.len(), 2);
    for (i, (_, attempt)) in attempts.iter().enumerate() {
        assert_eq!(attempt.parent, Some(call_id), "attempts are inside their call");
        assert_eq!(field(attempt, "aws.attempt"), Some(["1", "2"][i]));
    }
    let decision = |i: usize| {
        let a = attempts[i].1;
        (field(a, "http.status_code"), field(a, "aws.retry"), field(a, "aws.retry_reason"))
    };
    assert_eq!(decision(0), (Some("400"), Some("true"), Some("throttled")));
    assert_eq!(decision(1), (Some("200"), Some("false"), Some("success")));

    let resolved: Vec<&EventRecord> = seen.events.iter().filter(|e| e.target == "aws_operation::endpoint").collect();
    assert_eq!(resolved.len(), 1, "the endpoint is resolved once: {:?}", seen.events);
    assert_eq!(resolved[0].span, Some(call_id), "inside the call");
    assert!(resolved[0].fields["url"].starts_with("http://127.0.0.1:"), "{:?}", resolved[0]);

    let everything = format!("{:?} {:?}", seen.spans, seen.events);
    for secret in ["trace-secret-key", "trace-session-token", "sensitive-what-value", "Signature="] {
        assert!(!everything.contains(secret), "`{secret}` reached the subscriber: {everything}");
    }
}

#[test]
fn each_reason_not_to_retry_is_recorded() {
    let seen = traced(|| async {
        // Not retryable: a modeled client error.
        let denied = Reply::json(403, r#"{"__type": "AccessDeniedException", "message": "no"}"#);
        let server = Server::start(vec![denied]).await;
        let client = Tally::new(&config(&server.url).max_attempts(3).build().unwrap()).unwrap();
        client.send(Count { what: None }).await.unwrap_err();
        // Transient, then out of attempts.
        let server = Server::start(vec![Reply::json(503, r#"{"__type": "ServiceUnavailable"}"#)]).await;
        let client = Tally::new(&config(&server.url).max_attempts(2).build().unwrap()).unwrap();
        client.send(Count { what: None }).await.unwrap_err();
    });
    let calls = spans(&seen, "aws.call");
    assert_eq!(calls.len(), 2);
    let denied = calls[0].1;
    assert_eq!(field(denied, "error.kind"), Some("Service"));
    assert_eq!(field(denied, "aws.error_code"), Some("AccessDeniedException"));
    assert_eq!(field(denied, "http.status_code"), Some("403"));
    assert_eq!(field(denied, "aws.request_id"), Some("req-403"));
    let unavailable = calls[1].1;
    assert_eq!(field(unavailable, "aws.attempts"), Some("2"));
    assert_eq!(field(unavailable, "aws.error_code"), Some("ServiceUnavailable"));
    let reasons: Vec<(Option<&str>, Option<&str>)> = spans(&seen, "aws.attempt")
        .iter()
        .map(|(_, a)| (field(a, "aws.retry"), field(a, "aws.retry_reason")))
        .collect();
    assert_eq!(
        reasons,
        [
            (Some("false"), Some("not retryable")),
            (Some("true"), Some("transient")),
            (Some("false"), Some("max attempts"))
        ]
    );
}

/// Credentials that expire in an hour, counting the calls.
#[derive(Debug, Default)]
struct Expiring(Mutex<u32>);

impl ProvideCredentials for Expiring {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        *self.0.lock().unwrap() += 1;
        let expiry = SystemTime::now() + Duration::from_secs(3600);
        Box::pin(async move { Ok(Credentials::new("AKIDEXPIRING", "expiring-secret", None, Some(expiry))) })
    }
}

#[test]
fn a_credential_refresh_is_an_event_of_the_attempt_that_needed_it() {
    let seen = traced(|| async {
        let server = Server::start(vec![Reply::json(200, r#"{"total": 1}"#)]).await;
        let provider = Arc::new(aws_operation::credentials::CachedCredentials::new(Expiring::default()));
        let config = config(&server.url).credentials_provider(provider).build().unwrap();
        let client = Tally::new(&config).unwrap();
        client.send(Count { what: None }).await.unwrap();
        client.send(Count { what: None }).await.unwrap();
    });
    let refreshed: Vec<&EventRecord> =
        seen.events.iter().filter(|e| e.target == "aws_operation::credentials").collect();
    assert_eq!(refreshed.len(), 1, "the second call uses the cached credentials: {:?}", seen.events);
    let expires: u64 = refreshed[0].fields["expires_in_s"].parse().unwrap();
    assert!((3590..=3600).contains(&expires), "{:?}", refreshed[0]);
    let attempt = spans(&seen, "aws.attempt")[0].0;
    assert_eq!(refreshed[0].span, Some(attempt), "inside the attempt that signs");
    let everything = format!("{:?} {:?}", seen.spans, seen.events);
    assert!(!everything.contains("expiring-secret"), "{everything}");
}
