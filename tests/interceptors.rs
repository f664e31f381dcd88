//! Interceptors (`aws_operation::interceptor`) through real calls to a scripted server on
//! 127.0.0.1: every hook in its order, the client's before the call's (`.customize()`), with the
//! attempt each belongs to; a header added before signing is signed and one added after is not;
//! the input and output read as their own types; and a failing hook ending the call with an
//! error that names the hook and the interceptor, nothing sent when it fails before sending.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_operation::error::ErrorKind;
use aws_operation::http::{HttpRequest, HttpResponse};
use aws_operation::interceptor::{AttemptContext, BoxError, Hook, InputContext, Interceptor, Outcome};
use aws_operation::{Config, Credentials, Error, aws_operation, aws_service, aws_shape};
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

/// Counts.
#[aws_operation(service = Tally, operation = "Count", output = Counted, fluent)]
pub struct Count {
    /// What to count, at most 5 characters.
    #[aws(length(max = 5))]
    pub what: Option<String>,
}

/// Writes each hook it sees, with its name, to a shared log; fails the hook it is told to.
#[derive(Debug, Clone)]
struct Recorder {
    name: &'static str,
    log: Arc<Mutex<Vec<String>>>,
    fail: Option<Hook>,
}

impl Recorder {
    fn new(name: &'static str, log: &Arc<Mutex<Vec<String>>>) -> Self {
        Self { name, log: Arc::clone(log), fail: None }
    }

    fn note(&self, hook: Hook, what: String) -> Result<(), BoxError> {
        self.log.lock().unwrap().push(format!("{} {hook} {what}", self.name));
        if self.fail == Some(hook) { Err(format!("{} refuses", self.name).into()) } else { Ok(()) }
    }
}

impl Interceptor for Recorder {
    fn read_before_serialization(&self, cx: &InputContext<'_>) -> Result<(), BoxError> {
        let what = cx.input::<Count>().and_then(|c| c.what.clone()).unwrap_or_default();
        self.note(Hook::ReadBeforeSerialization, format!("{}.{} {what}", cx.service, cx.operation))
    }
    fn modify_before_signing(&self, request: &mut HttpRequest, cx: &AttemptContext) -> Result<(), BoxError> {
        request.set_header(&format!("x-{}-signed", self.name), "yes");
        self.note(Hook::ModifyBeforeSigning, format!("#{}", cx.attempt))
    }
    fn modify_before_transmit(&self, request: &mut HttpRequest, cx: &AttemptContext) -> Result<(), BoxError> {
        request.set_header(&format!("x-{}-unsigned", self.name), "yes");
        let signed = request.header("authorization").is_some_and(|a| a.contains("Signature="));
        self.note(Hook::ModifyBeforeTransmit, format!("#{} signed={signed}", cx.attempt))
    }
    fn read_before_deserialization(&self, response: &HttpResponse, cx: &AttemptContext) -> Result<(), BoxError> {
        self.note(Hook::ReadBeforeDeserialization, format!("#{} {}", cx.attempt, response.status))
    }
    fn read_after_execution(&self, outcome: &Outcome<'_>) -> Result<(), BoxError> {
        let what = match outcome.output::<Counted>() {
            Some(out) => format!("total={:?}", out.total),
            None => format!("error={}", outcome.error().map(ToString::to_string).unwrap_or_default()),
        };
        self.note(Hook::ReadAfterExecution, format!("{what} id={:?}", outcome.request_id()))
    }
}

fn client(url: &str, interceptor: Recorder) -> Tally {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDHOOK", "hook-secret", None, None))
        .endpoint_url(url)
        .retry_base_delay(Duration::from_millis(1))
        .interceptor(interceptor)
        .build()
        .unwrap();
    Tally::new(&config).unwrap()
}

fn taken(log: &Arc<Mutex<Vec<String>>>) -> Vec<String> {
    std::mem::take(&mut *log.lock().unwrap())
}

#[tokio::test]
async fn every_hook_runs_in_order_the_clients_before_the_calls() {
    let server = Server::start(vec![
        Reply::json(503, r#"{"__type": "ServiceUnavailable"}"#),
        Reply::json(200, r#"{"total": 7}"#),
    ])
    .await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let tally = client(&server.url, Recorder::new("client", &log));
    let out = tally.count().what("cats").customize().interceptor(Recorder::new("call", &log)).send().await.unwrap();
    assert_eq!(out.total, Some(7));
    assert_eq!(
        taken(&log),
        [
            "client read_before_serialization Tally.Count cats",
            "call read_before_serialization Tally.Count cats",
            "client modify_before_signing #1",
            "call modify_before_signing #1",
            "client modify_before_transmit #1 signed=true",
            "call modify_before_transmit #1 signed=true",
            "client read_before_deserialization #1 503",
            "call read_before_deserialization #1 503",
            "client modify_before_signing #2",
            "call modify_before_signing #2",
            "client modify_before_transmit #2 signed=true",
            "call modify_before_transmit #2 signed=true",
            "client read_before_deserialization #2 200",
            "call read_before_deserialization #2 200",
            "client read_after_execution total=Some(7) id=Some(\"req-200\")",
            "call read_after_execution total=Some(7) id=Some(\"req-200\")",
        ]
    );
    // Before signing, a header is signed; after, it is sent but not signed.
    let sent = &server.requests()[1];
    let authorization = sent.header("authorization").unwrap();
    let signed = authorization.split("SignedHeaders=").nth(1).unwrap().split(',').next().unwrap();
    assert!(
        signed.split(';').any(|h| h == "x-client-signed") && signed.split(';').any(|h| h == "x-call-signed"),
        "{signed}"
    );
    assert!(!signed.contains("unsigned"), "{signed}");
    assert_eq!((sent.header("x-client-unsigned"), sent.header("x-call-unsigned")), (Some("yes"), Some("yes")));

    // A call without `customize` runs the client's alone.
    tally.count().send().await.unwrap();
    assert!(taken(&log).iter().all(|line| line.starts_with("client ")));
}

#[tokio::test]
async fn invalid_input_is_seen_before_it_is_refused_and_the_error_after() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let err = client(&server.url, Recorder::new("client", &log)).count().what("far too long").send().await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
    let lines = taken(&log);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0], "client read_before_serialization Tally.Count far too long");
    assert!(lines[1].starts_with("client read_after_execution error=invalid input"), "{lines:?}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_failing_hook_ends_the_call_naming_the_hook_and_the_interceptor() {
    let server = Server::start(vec![Reply::json(200, r#"{"total": 1}"#)]).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    // Before signing: nothing is sent, and nothing is retried.
    let refusing = Recorder { fail: Some(Hook::ModifyBeforeSigning), ..Recorder::new("guard", &log) };
    let err = client(&server.url, refusing).count().send().await.unwrap_err();
    let Error::Interceptor(e) = &err else { panic!("{err:?}") };
    assert_eq!(e.hook, Hook::ModifyBeforeSigning);
    assert!(e.interceptor.contains("guard"), "{e:?}");
    assert_eq!(err.kind(), ErrorKind::Interceptor);
    let text = aws_operation::error::chain(&err);
    assert!(text.contains("modify_before_signing") && text.contains("guard refuses"), "{text}");
    assert!(server.requests().is_empty(), "nothing is sent");
    let lines = taken(&log);
    assert!(lines.last().unwrap().contains("read_after_execution error=an interceptor ended the call"), "{lines:?}");

    // After the call: its error replaces the output.
    let refusing = Recorder { fail: Some(Hook::ReadAfterExecution), ..Recorder::new("audit", &log) };
    let err = client(&server.url, refusing).count().send().await.unwrap_err();
    let Error::Interceptor(e) = &err else { panic!("{err:?}") };
    assert_eq!(e.hook, Hook::ReadAfterExecution);
    assert_eq!(server.requests().len(), 1, "the call was made");
}
