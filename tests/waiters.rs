//! Waiters (`aws_operation::waiter`) and the slices' waiters.
//!
//! * Against botocore's `waiters-2.json` (tests/fixtures/<service>/): each slice waiter's
//!   operation, delays, limit of attempts and every acceptor's state and matcher, in order, and
//!   for each path matcher, outputs read from JSON laid out by the model's path, which its
//!   closure must find (or not) as the path says.
//! * Against the scripted server of `support`, with a clock that moves only when the waiter
//!   sleeps and a sleep that returns at once: the attempts, each delay chosen (within the spec's
//!   bounds, exact with a scripted jitter), success, failure, unmatched errors, timeouts with
//!   their last result, the waiter's own limit of attempts, a stopped clock, bad input, and what
//!   the fluent setters put on the wire. No test sleeps: each checks that it ran in far less
//!   time than it waited.

mod support;

use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use aws_operation::config::{AsyncSleep, TimeSource};
use aws_operation::error::TransportError;
use aws_operation::retry::{FixedJitter, Jitter};
use aws_operation::shape::{Mode, from_json};
use aws_operation::waiter::{
    Acceptor, AcceptorState, Expected, InvalidWaiter, Matcher, WaitLimit, Waiter, WaiterError, WaiterOutcome,
};
use aws_operation::{Config, ConfigBuilder, Credentials, Error, Operation};
use aws_operation_ec2::Ec2;
use aws_operation_lambda::{GetFunction, GetFunctionOutput, Lambda, ListFunctions, State};
use aws_operation_s3::{HeadBucket, HeadObject, S3};
use serde_json::{Map, Value, json};
use support::{Reply, Server};

const LAMBDA_WAITERS: &str = include_str!("fixtures/lambda/waiters-2.json");
const S3_WAITERS: &str = include_str!("fixtures/s3/waiters-2.json");
const EC2_WAITERS: &str = include_str!("fixtures/ec2/waiters-2.json");

/// The longest a test here may really take: a fraction of what any of them waits.
const REAL_TIME: Duration = Duration::from_millis(900);

const fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

// ---------------------------------------------------------------------------------------------
// The slices' waiters against the model.

/// The model's matcher as the runtime describes it: botocore's `path`, `pathAll`, `pathAny`,
/// `status`, and `error` with a code, or with `false` (no error: Smithy's `success: true`) and
/// `true` (any error).
fn model_matcher(acceptor: &Value) -> Matcher {
    let path = || acceptor["argument"].as_str().expect("a path matcher has an argument").to_owned();
    match (acceptor["matcher"].as_str().expect("a matcher"), &acceptor["expected"]) {
        ("path", Value::String(s)) => {
            Matcher::Path { path: path().into(), expected: Expected::String(s.clone().into()) }
        }
        ("path", Value::Bool(b)) => Matcher::Path { path: path().into(), expected: Expected::Bool(*b) },
        ("pathAll", Value::String(s)) => Matcher::PathAll { path: path().into(), expected: s.clone().into() },
        ("pathAny", Value::String(s)) => Matcher::PathAny { path: path().into(), expected: s.clone().into() },
        ("status", Value::Number(n)) => {
            Matcher::Status(n.as_u64().and_then(|n| u16::try_from(n).ok()).expect("a status"))
        }
        ("error", Value::String(code)) => Matcher::Error(code.clone().into()),
        ("error", Value::Bool(any_error)) => Matcher::Success(!any_error),
        other => panic!("a matcher the runtime has no counterpart for: {other:?}"),
    }
}

/// Every way `waiter` differs from its entry in the model `waiters`.
fn differences<O: Operation>(waiters: &Value, waiter: &Waiter<O>) -> Vec<String> {
    let name = waiter.name();
    let Some(model) = waiters["waiters"].get(name) else { return vec![format!("{name}: not in the model")] };
    let mut found = Vec::new();
    let mut check = |what: String, ours: String, theirs: String| {
        if ours != theirs {
            found.push(format!("{name}: {what}: the slice has {ours}, the model {theirs}"));
        }
    };
    check("operation".into(), waiter.operation().into(), model["operation"].as_str().unwrap_or_default().into());
    let delay = model["delay"].as_u64().map(Duration::from_secs);
    check("min delay".into(), format!("{:?}", Some(waiter.min_delay())), format!("{delay:?}"));
    // botocore's waiters have no maxDelay: the spec's default.
    check(
        "max delay".into(),
        format!("{:?}", waiter.max_delay()),
        format!("{:?}", model.get("maxDelay").map_or(secs(120), |d| secs(d.as_u64().unwrap()))),
    );
    let max_attempts = model["maxAttempts"].as_u64().map(|n| n as u32);
    check("max attempts".into(), format!("{:?}", waiter.max_attempts()), format!("{max_attempts:?}"));
    let acceptors = model["acceptors"].as_array().expect("acceptors");
    check("acceptors".into(), waiter.acceptors().len().to_string(), acceptors.len().to_string());
    for (i, (ours, theirs)) in waiter.acceptors().iter().zip(acceptors).enumerate() {
        check(
            format!("acceptor {i} state"),
            ours.state().to_string(),
            theirs["state"].as_str().unwrap_or_default().into(),
        );
        check(format!("acceptor {i} matcher"), format!("{:?}", ours.matcher()), format!("{:?}", model_matcher(theirs)));
    }
    found
}

#[test]
fn the_slices_waiters_are_the_models() {
    let (lambda, s3, ec2): (Value, Value, Value) = (
        serde_json::from_str(LAMBDA_WAITERS).unwrap(),
        serde_json::from_str(S3_WAITERS).unwrap(),
        serde_json::from_str(EC2_WAITERS).unwrap(),
    );
    use aws_operation_ec2::waiters as ec2_waiters;
    use aws_operation_lambda::waiters as lambda_waiters;
    use aws_operation_s3::waiters as s3_waiters;
    let found: Vec<String> = [
        differences(&lambda, &lambda_waiters::function_active_v2()),
        differences(&lambda, &lambda_waiters::function_updated_v2()),
        differences(&lambda, &lambda_waiters::function_exists()),
        differences(&s3, &s3_waiters::bucket_exists()),
        differences(&s3, &s3_waiters::object_exists()),
        differences(&s3, &s3_waiters::object_not_exists()),
        differences(&ec2, &ec2_waiters::instance_running()),
        differences(&ec2, &ec2_waiters::instance_terminated()),
    ]
    .concat();
    assert!(found.is_empty(), "{} differences:\n{}", found.len(), found.join("\n"));

    // What the comparison covered: every kind of botocore matcher these waiters use.
    let kinds: std::collections::BTreeSet<String> = [&lambda, &s3, &ec2]
        .iter()
        .flat_map(|m| m["waiters"].as_object().unwrap().iter())
        .filter(|(name, _)| {
            ["FunctionActiveV2", "FunctionUpdatedV2", "FunctionExists", "BucketExists", "ObjectExists"]
                .into_iter()
                .chain(["ObjectNotExists", "InstanceRunning", "InstanceTerminated"])
                .any(|n| n == *name)
        })
        .flat_map(|(_, w)| w["acceptors"].as_array().unwrap().iter())
        .map(|a| {
            format!("{} {}", a["matcher"].as_str().unwrap(), if a["expected"].is_boolean() { "bool" } else { "value" })
        })
        .collect();
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["error bool", "error value", "path value", "pathAll value", "pathAny value", "status value"]
    );
}

#[test]
fn a_waiter_that_differs_from_the_model_is_reported() {
    // The comparison itself can fail: a waiter one delay, one attempt and one acceptor off.
    let lambda: Value = serde_json::from_str(LAMBDA_WAITERS).unwrap();
    fn state(o: &GetFunctionOutput) -> Option<&str> {
        o.configuration.as_ref()?.state.as_ref().map(State::as_str)
    }
    let wrong = Waiter::<GetFunction>::builder("FunctionActiveV2")
        .min_delay(secs(2))
        .max_attempts(30)
        .acceptor(Acceptor::path(AcceptorState::Success, "Configuration.State", "Active", state))
        .acceptor(Acceptor::path(AcceptorState::Retry, "Configuration.State", "Failed", state))
        .build()
        .unwrap();
    let found = differences(&lambda, &wrong);
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(
        found[0].starts_with("FunctionActiveV2: min delay: the slice has Some(2s), the model Some(1s)"),
        "{found:#?}"
    );
    assert!(found[2].contains("acceptors: the slice has 2, the model 3"), "{found:#?}");
    assert!(found[3].contains("acceptor 1 state: the slice has retry, the model failure"), "{found:#?}");
}

/// JSON whose projection along `path` gives `leaves`: one element per leaf in the path's first
/// list (`Reservations[]`), one in each list after it.
fn json_at(path: &str, leaves: &[Value]) -> Value {
    fn build(segments: &[&str], leaves: &[Value], split: bool) -> Value {
        let Some((segment, rest)) = segments.split_first() else { return leaves[0].clone() };
        let (name, value) = match segment.strip_suffix("[]") {
            Some(name) if split => {
                (name, Value::Array(leaves.iter().map(|l| build(rest, std::slice::from_ref(l), false)).collect()))
            }
            Some(name) => (name, Value::Array(vec![build(rest, leaves, false)])),
            None => (*segment, build(rest, leaves, split)),
        };
        Value::Object(Map::from_iter([(name.to_owned(), value)]))
    }
    build(&path.split('.').collect::<Vec<_>>(), leaves, true)
}

/// Every way the path closures of `waiter` fail to read the path their matcher names: each is
/// given outputs read from JSON laid out by that path.
fn path_mismatches<O: Operation>(waiter: &Waiter<O>) -> Vec<String> {
    let mut found = Vec::new();
    for acceptor in waiter.acceptors() {
        let output = |json: &Value| -> O::Output {
            from_json(json.to_string().as_bytes(), Mode::Lenient).unwrap_or_else(|e| panic!("{json}: {e}"))
        };
        let s = |s: &str| Value::String(s.to_owned());
        let cases: Vec<(Value, bool)> = match acceptor.matcher() {
            Matcher::Path { path, expected: Expected::String(e) } => vec![
                (json_at(path, &[s(e)]), true),
                (json_at(path, &[s(&format!("not-{e}"))]), false),
                (json!({}), false),
            ],
            Matcher::Path { path, expected: Expected::Bool(b) } => {
                vec![(json_at(path, &[Value::Bool(*b)]), true), (json_at(path, &[Value::Bool(!b)]), false)]
            }
            Matcher::PathAll { path, expected: e } => vec![
                (json_at(path, &[s(e)]), true),
                (json_at(path, &[s(e), s(e), s(e)]), true),
                (json_at(path, &[s(e), s("other")]), false),
                (json_at(path, &[]), false),
                (json!({}), false),
            ],
            Matcher::PathAny { path, expected: e } => vec![
                (json_at(path, &[s(e)]), true),
                (json_at(path, &[s("other"), s(e)]), true),
                (json_at(path, &[s("other"), s("another")]), false),
                (json_at(path, &[]), false),
            ],
            _ => continue,
        };
        for (json, matches) in cases {
            if acceptor.matches(Ok(&output(&json))) != matches {
                found.push(format!(
                    "{}: {}: {json} should {}match",
                    waiter.name(),
                    acceptor.matcher(),
                    if matches { "" } else { "not " }
                ));
            }
        }
        let error = Error::Transport(TransportError::Io("reset".into()));
        if acceptor.matches(Err(&error)) {
            found.push(format!("{}: {} matched an error", waiter.name(), acceptor.matcher()));
        }
    }
    found
}

#[test]
fn path_closures_read_the_paths_the_model_names() {
    use aws_operation_ec2::waiters as ec2_waiters;
    use aws_operation_lambda::waiters as lambda_waiters;
    let found = [
        path_mismatches(&lambda_waiters::function_active_v2()),
        path_mismatches(&lambda_waiters::function_updated_v2()),
        path_mismatches(&ec2_waiters::instance_running()),
        path_mismatches(&ec2_waiters::instance_terminated()),
    ]
    .concat();
    assert!(found.is_empty(), "{found:#?}");
    assert_eq!(
        json_at("Reservations[].Instances[].State.Name", &[json!("a"), json!("b")]),
        json!({"Reservations": [
            {"Instances": [{"State": {"Name": "a"}}]},
            {"Instances": [{"State": {"Name": "b"}}]},
        ]})
    );

    // A closure that reads another member than its path names is caught.
    let wrong = Waiter::<GetFunction>::builder("Wrong")
        .acceptor(Acceptor::<GetFunction>::path(AcceptorState::Success, "Configuration.State", "Active", |o| {
            o.configuration.as_ref()?.last_update_status.as_ref().map(|s| s.as_str())
        }))
        .build()
        .unwrap();
    assert_eq!(path_mismatches(&wrong).len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Waiting, with time faked.

/// A clock that moves only when the waiter sleeps (or not at all), and the sleeps it was asked
/// for, each returning at once.
#[derive(Debug)]
struct FakeTime {
    now: Mutex<SystemTime>,
    sleeps: Mutex<Vec<Duration>>,
    moves: bool,
}

impl FakeTime {
    fn new() -> Arc<Self> {
        Arc::new(Self { now: Mutex::new(SystemTime::now()), sleeps: Mutex::default(), moves: true })
    }

    fn stopped() -> Arc<Self> {
        Arc::new(Self { now: Mutex::new(SystemTime::now()), sleeps: Mutex::default(), moves: false })
    }

    fn sleeps(&self) -> Vec<Duration> {
        self.sleeps.lock().unwrap().clone()
    }
}

impl TimeSource for FakeTime {
    fn now(&self) -> SystemTime {
        *self.now.lock().unwrap()
    }
}

impl AsyncSleep for FakeTime {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        self.sleeps.lock().unwrap().push(duration);
        if self.moves {
            *self.now.lock().unwrap() += duration;
        }
        Box::pin(std::future::ready(()))
    }
}

/// Jitter from a list, in order, then its last value.
#[derive(Debug)]
struct Jitters(Vec<f64>, AtomicUsize);

impl Jitter for Jitters {
    fn sample(&self) -> f64 {
        let i = self.1.fetch_add(1, Ordering::Relaxed);
        self.0[i.min(self.0.len() - 1)]
    }
}

/// A config for the server at `url` on `time`, with `jitter`; one attempt per call, so that
/// nothing but the waiter sleeps.
fn config(url: &str, time: &Arc<FakeTime>, jitter: Arc<dyn Jitter>) -> ConfigBuilder {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(url)
        .max_attempts(1)
        .clock(Arc::clone(time) as Arc<dyn TimeSource>)
        .sleep(Arc::clone(time) as Arc<dyn AsyncSleep>)
        .retry_jitter(jitter)
}

fn lambda(url: &str, time: &Arc<FakeTime>, jitter: Arc<dyn Jitter>) -> Lambda {
    Lambda::new(&config(url, time, jitter).build().unwrap()).unwrap()
}

fn s3(url: &str, time: &Arc<FakeTime>) -> S3 {
    S3::new(&config(url, time, Arc::new(FixedJitter(0.0))).s3_force_path_style(true).build().unwrap()).unwrap()
}

fn ec2(url: &str, time: &Arc<FakeTime>) -> Ec2 {
    Ec2::new(&config(url, time, Arc::new(FixedJitter(0.0))).build().unwrap()).unwrap()
}

/// `GetFunction`'s answer for a function in `state`.
fn function(state: &str) -> Reply {
    Reply::rest_json(
        200,
        &format!(r#"{{"Configuration":{{"FunctionName":"f","State":"{state}","LastUpdateStatus":"Successful"}}}}"#),
    )
}

/// Lambda's answer for a function that does not exist.
fn no_function() -> Reply {
    Reply::rest_json(404, r#"{"Type":"User","Message":"Function not found: f"}"#)
        .header("x-amzn-errortype", "ResourceNotFoundException")
}

fn state_of(outcome: &WaiterOutcome<GetFunction>) -> Option<String> {
    outcome.output()?.configuration.as_ref()?.state.as_ref().map(|s| s.as_str().to_owned())
}

fn path(path: &str, expected: &str) -> Matcher {
    Matcher::Path { path: path.to_owned().into(), expected: Expected::String(expected.to_owned().into()) }
}

#[tokio::test]
async fn function_active_v2_retries_while_pending_then_succeeds() {
    let started = Instant::now();
    let server =
        Server::start(vec![function("Pending"), function("Pending"), function("Pending"), function("Active")]).await;
    let time = FakeTime::new();
    let client = lambda(&server.url, &time, Arc::new(Jitters(vec![0.0, 1.0, 0.5], AtomicUsize::new(0))));
    let outcome = client.wait_until_function_active_v2().function_name("f").wait(secs(300)).await.expect("active");
    assert_eq!(state_of(&outcome).as_deref(), Some("Active"));
    assert_eq!(outcome.attempts(), 4);
    assert_eq!(outcome.matched(), &path("Configuration.State", "Active"));
    // Retry 1 waits the min delay, whatever the jitter; retry 2 up to 2 s, retry 3 up to 4 s.
    assert_eq!(time.sleeps(), [secs(1), secs(2), Duration::from_millis(2500)]);
    assert_eq!(outcome.elapsed(), Duration::from_millis(5500));
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    assert!(requests.iter().all(|r| r.method == "GET" && r.path == "/2015-03-31/functions/f"), "{requests:?}");
    assert!(started.elapsed() < REAL_TIME, "{:?}", started.elapsed());
}

#[tokio::test]
async fn random_delays_stay_within_the_specs_bounds() {
    let started = Instant::now();
    let mut replies = vec![function("Pending"); 12];
    replies.push(function("Active"));
    let server = Server::start(replies).await;
    let time = FakeTime::new();
    let client = lambda(&server.url, &time, Arc::new(aws_operation::retry::RandomJitter));
    let outcome = client.wait_until_function_active_v2().function_name("f").wait(secs(3600)).await.expect("active");
    assert_eq!(outcome.attempts(), 13);
    let sleeps = time.sleeps();
    assert_eq!(sleeps.len(), 12);
    for (i, delay) in sleeps.iter().enumerate() {
        // min_delay 1 s; the ceiling of retry n is 2^(n - 1) s, at most max_delay, 120 s.
        let ceiling = secs((1u64 << i).min(120));
        assert!(secs(1) <= *delay && *delay <= ceiling, "retry {}: {delay:?} is not within 1s..={ceiling:?}", i + 1);
    }
    assert!(sleeps[7..].iter().any(|d| *d > secs(8)), "the backoff grows: {sleeps:?}");
    assert_eq!(outcome.elapsed(), sleeps.iter().sum::<Duration>());
    assert!(started.elapsed() < REAL_TIME, "{:?}", started.elapsed());
}

#[tokio::test]
async fn a_failure_acceptor_ends_the_wait_with_what_it_matched() {
    let server = Server::start(vec![function("Pending"), function("Failed")]).await;
    let time = FakeTime::new();
    let client = lambda(&server.url, &time, Arc::new(FixedJitter(1.0)));
    let error = client.wait_until_function_active_v2().function_name("f").wait(secs(300)).await.expect_err("failed");
    let WaiterError::Failure { waiter, matched, result, attempts, elapsed } = &error else { panic!("{error:?}") };
    assert_eq!((waiter.as_ref(), *attempts, *elapsed), ("FunctionActiveV2", 2, secs(1)));
    assert_eq!(matched, &path("Configuration.State", "Failed"));
    let output = result.as_ref().expect("the output it matched");
    assert_eq!(output.configuration.as_ref().and_then(|c| c.state.clone()), Some(State::Failed));
    assert_eq!(
        error.to_string(),
        "waiter `FunctionActiveV2` reached a failure state after 2 attempts in 1s: `Configuration.State` is `Failed`"
    );
    assert!(std::error::Error::source(&error).is_none(), "an output has no source");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn an_error_no_acceptor_matches_ends_the_wait() {
    // FunctionActiveV2's acceptors read outputs: a missing function is no state of them.
    let server = Server::start(vec![no_function()]).await;
    let time = FakeTime::new();
    let client = lambda(&server.url, &time, Arc::new(FixedJitter(1.0)));
    let error = client.wait_until_function_active_v2().function_name("f").wait(secs(300)).await.expect_err("404");
    let WaiterError::Operation { error: Error::Service(service), attempts: 1, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!((service.meta.code.as_str(), service.meta.status), ("ResourceNotFoundException", 404));
    assert_eq!(
        error.to_string(),
        "waiter `FunctionActiveV2` stopped after 1 attempt in 0ns: the operation failed with an error no acceptor matched"
    );
    assert_eq!(
        aws_operation::error::chain(&error),
        "waiter `FunctionActiveV2` stopped after 1 attempt in 0ns: the operation failed with an error no acceptor \
         matched: the service returned ResourceNotFoundException: Function not found: f"
    );
    assert!(time.sleeps().is_empty());
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn function_exists_retries_while_not_found() {
    let server = Server::start(vec![no_function(), no_function(), function("Pending")]).await;
    let time = FakeTime::new();
    let client = lambda(&server.url, &time, Arc::new(FixedJitter(1.0)));
    // The wait is a future like any other: spawned, its outcome and errors sent across threads.
    let wait = client.wait_until_function_exists().function_name("f").wait(secs(60));
    let outcome = tokio::spawn(wait).await.unwrap().expect("exists");
    assert_eq!((outcome.attempts(), outcome.matched()), (3, &Matcher::Success(true)));
    assert_eq!(time.sleeps(), [secs(1), secs(2)]);
    assert_eq!(state_of(&outcome).as_deref(), Some("Pending"), "any state: it exists");
}

#[tokio::test]
async fn the_timeout_keeps_the_last_result_and_never_sleeps_past_the_max_wait() {
    let started = Instant::now();
    let server = Server::start(vec![function("Pending")]).await;
    let time = FakeTime::new();
    let client = lambda(&server.url, &time, Arc::new(FixedJitter(1.0)));
    let error = client.wait_until_function_active_v2().function_name("f").wait(secs(10)).await.expect_err("timeout");
    // 1, 2 and 4 s, then 8 s would leave nothing: the last delay is the 3 s left.
    assert_eq!(time.sleeps(), [secs(1), secs(2), secs(4), secs(3)]);
    let WaiterError::Timeout { limit, last, attempts, elapsed, .. } = &error else { panic!("{error:?}") };
    assert_eq!((*limit, *attempts, *elapsed), (WaitLimit::MaxWait(secs(10)), 5, secs(10)));
    let last = last.as_ref().expect("the last output");
    assert_eq!(last.configuration.as_ref().and_then(|c| c.state.clone()), Some(State::Pending));
    assert_eq!(
        error.to_string(),
        "waiter `FunctionActiveV2` timed out after 5 attempts in 10s: the max wait of 10s ran out"
    );
    assert_eq!(server.requests().len(), 5);
    assert!(started.elapsed() < REAL_TIME, "{:?}", started.elapsed());
}

#[tokio::test]
async fn less_than_the_min_delay_left_stops_without_sleeping() {
    let server = Server::start(vec![Reply::xml(404, "")]).await;
    let time = FakeTime::new();
    let client = s3(&server.url, &time);
    // ObjectExists waits at least 5 s: with 4 s to wait, the first 404 is the last.
    let error = client.wait_until_object_exists().bucket("b").key("k").wait(secs(4)).await.expect_err("404");
    let WaiterError::Timeout { limit: WaitLimit::MaxWait(_), last: Err(last), attempts: 1, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(last.meta().map(|m| m.status), Some(404));
    assert!(time.sleeps().is_empty());
    // With 12 s: 5 s, then 5 s more would leave 2 <= 5, so the last delay is the 7 s left.
    let error = client.wait_until_object_exists().bucket("b").key("k").wait(secs(12)).await.expect_err("404");
    assert_eq!((error.attempts(), error.elapsed()), (3, secs(12)));
    assert_eq!(time.sleeps(), [secs(5), secs(7)]);
    let source = std::error::Error::source(&error).expect("the last error is the source");
    assert_eq!(source.to_string(), "the service returned NotFound");
}

#[tokio::test]
async fn the_waiters_own_limit_of_attempts_ends_it() {
    let server = Server::start(vec![no_function()]).await;
    let time = FakeTime::new();
    let client = lambda(&server.url, &time, Arc::new(FixedJitter(1.0)));
    let error = client.wait_until_function_exists().function_name("f").wait(secs(86_400)).await.expect_err("limit");
    let WaiterError::Timeout { limit, last: Err(last), attempts, .. } = &error else { panic!("{error:?}") };
    assert_eq!((*limit, *attempts), (WaitLimit::MaxAttempts(20), 20));
    assert_eq!(last.meta().map(|m| m.code.as_str()), Some("ResourceNotFoundException"));
    let sleeps = time.sleeps();
    assert_eq!(sleeps.len(), 19, "no sleep after the last attempt");
    assert_eq!(&sleeps[..8], [1, 2, 4, 8, 16, 32, 64, 120].map(secs));
    assert!(sleeps[8..].iter().all(|d| *d == secs(120)), "{sleeps:?}");
    let elapsed = sleeps.iter().sum::<Duration>();
    assert_eq!(error.elapsed(), elapsed);
    assert_eq!(
        error.to_string(),
        format!(
            "waiter `FunctionExists` timed out after 20 attempts in {elapsed:?}: its limit of 20 attempts was reached"
        )
    );
    assert_eq!(server.requests().len(), 20);
}

#[tokio::test]
async fn a_stopped_clock_still_ends_the_wait() {
    // With a clock that never moves, the waiter counts the time it slept.
    let server = Server::start(vec![function("Pending")]).await;
    let time = FakeTime::stopped();
    let client = lambda(&server.url, &time, Arc::new(FixedJitter(1.0)));
    let error = client.wait_until_function_active_v2().function_name("f").wait(secs(10)).await.expect_err("timeout");
    assert_eq!(time.sleeps(), [secs(1), secs(2), secs(4), secs(3)]);
    assert_eq!((error.attempts(), error.elapsed()), (5, secs(10)));
}

#[tokio::test]
async fn bucket_exists_takes_200_301_and_403_and_retries_404() {
    for (status, body) in
        [(200, ""), (301, "<Error><Code>PermanentRedirect</Code><Message>elsewhere</Message></Error>"), (403, "")]
    {
        let server = Server::start(vec![Reply::xml(404, ""), Reply::xml(status, body)]).await;
        let time = FakeTime::new();
        let client = s3(&server.url, &time);
        let outcome = client.wait_until_bucket_exists().bucket("b").wait(secs(60)).await.expect("exists");
        assert_eq!((outcome.attempts(), outcome.matched()), (2, &Matcher::Status(status)), "{status}");
        assert_eq!(outcome.result().is_ok(), status == 200, "{status}");
        assert_eq!(time.sleeps(), [secs(5)]);
        let requests = server.requests();
        assert!(requests.iter().all(|r| r.method == "HEAD" && r.path == "/b/"), "{requests:?}");
    }
}

#[tokio::test]
async fn object_not_exists_succeeds_on_404_and_fails_on_another_error() {
    let server = Server::start(vec![Reply::xml(200, ""), Reply::xml(200, ""), Reply::xml(404, "")]).await;
    let time = FakeTime::new();
    let client = s3(&server.url, &time);
    let outcome = client.wait_until_object_not_exists().bucket("b").key("k").wait(secs(60)).await.expect("gone");
    assert_eq!((outcome.attempts(), outcome.matched()), (3, &Matcher::Status(404)));
    let Err(gone) = outcome.result() else { panic!("a 404 is an error") };
    assert_eq!(gone.meta().map(|m| m.code.as_str()), Some("NotFound"));

    let server = Server::start(vec![Reply::xml(403, "")]).await;
    let client = s3(&server.url, &time);
    let error = client.wait_until_object_not_exists().bucket("b").key("k").wait(secs(60)).await.expect_err("403");
    assert!(matches!(&error, WaiterError::Operation { attempts: 1, .. }), "{error:?}");
    assert_eq!(error.operation_error().and_then(|e| e.meta()).map(|m| m.status), Some(403));
}

#[tokio::test]
async fn object_exists_sends_every_member_it_is_given() {
    let server = Server::start(vec![Reply::xml(404, ""), Reply::xml(200, "")]).await;
    let time = FakeTime::new();
    let client = s3(&server.url, &time);
    let outcome = client
        .wait_until_object_exists()
        .bucket("b")
        .key("reports/11.csv")
        .version_id("v1")
        .part_number(2)
        .expected_bucket_owner("123456789012")
        .wait(secs(60))
        .await
        .expect("exists");
    assert_eq!(outcome.attempts(), 2);
    for request in server.requests() {
        assert_eq!(request.method, "HEAD");
        assert_eq!(request.path, "/b/reports/11.csv?versionId=v1&partNumber=2");
        assert_eq!(request.header("x-amz-expected-bucket-owner"), Some("123456789012"));
    }
}

/// `DescribeInstances`' answer: one reservation per instance state.
fn instances(states: &[&str]) -> Reply {
    let items: String = states
        .iter()
        .enumerate()
        .map(|(i, state)| {
            format!(
                "<item><reservationId>r-{i}</reservationId><instancesSet><item><instanceId>i-{i}</instanceId>\
                 <instanceState><code>0</code><name>{state}</name></instanceState></item></instancesSet></item>"
            )
        })
        .collect();
    Reply::xml(
        200,
        &format!(
            "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</requestId>\
             <reservationSet>{items}</reservationSet></DescribeInstancesResponse>"
        ),
    )
}

fn no_instance() -> Reply {
    Reply::xml(
        400,
        "<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance ID 'i-0' does not \
         exist</Message></Error></Errors><RequestID>r-2</RequestID></Response>",
    )
}

#[tokio::test]
async fn instance_running_waits_for_every_instance() {
    let replies = vec![
        no_instance(),
        instances(&["pending", "pending"]),
        instances(&["running", "pending"]),
        instances(&["running", "running"]),
    ];
    let server = Server::start(replies).await;
    let time = FakeTime::new();
    let client = ec2(&server.url, &time);
    let ids = vec!["i-0".to_owned(), "i-1".to_owned()];
    let outcome = client.wait_until_instance_running().instance_ids(ids).wait(secs(600)).await.expect("running");
    assert_eq!(outcome.attempts(), 4);
    let all = Matcher::PathAll { path: "Reservations[].Instances[].State.Name".into(), expected: "running".into() };
    assert_eq!(outcome.matched(), &all);
    assert_eq!(time.sleeps(), [secs(15); 3]);
    for request in server.requests() {
        let body = String::from_utf8(request.body).unwrap();
        assert!(body.starts_with("Action=DescribeInstances&Version=2016-11-15&"), "{body}");
        assert!(body.contains("InstanceId.1=i-0&InstanceId.2=i-1"), "{body}");
    }
}

#[tokio::test]
async fn instance_running_fails_once_one_is_terminated() {
    let server = Server::start(vec![instances(&["pending"]), instances(&["running", "terminated"])]).await;
    let time = FakeTime::new();
    let client = ec2(&server.url, &time);
    let error =
        client.wait_until_instance_running().instance_ids(vec!["i-0".into()]).wait(secs(600)).await.unwrap_err();
    let WaiterError::Failure { matched, attempts: 2, .. } = &error else { panic!("{error:?}") };
    let any = Matcher::PathAny { path: "Reservations[].Instances[].State.Name".into(), expected: "terminated".into() };
    assert_eq!(matched, &any);
    assert_eq!(
        error.to_string(),
        "waiter `InstanceRunning` reached a failure state after 2 attempts in 15s: some \
         `Reservations[].Instances[].State.Name` is `terminated`"
    );
}

#[tokio::test]
async fn instance_terminated_waits_out_shutting_down_and_fails_on_an_unknown_id() {
    let server = Server::start(vec![instances(&["shutting-down"]), instances(&["terminated"])]).await;
    let time = FakeTime::new();
    let client = ec2(&server.url, &time);
    let wait = client.wait_until_instance_terminated().instance_ids(vec!["i-0".into()]);
    let outcome = wait.wait(secs(600)).await.expect("terminated");
    assert_eq!(outcome.attempts(), 2);
    // InstanceTerminated has no acceptor for an unknown id: it is an error no acceptor matches.
    let server = Server::start(vec![no_instance()]).await;
    let client = ec2(&server.url, &time);
    let error =
        client.wait_until_instance_terminated().instance_ids(vec!["i-0".into()]).wait(secs(600)).await.unwrap_err();
    let Some(Error::Service(service)) = error.operation_error() else { panic!("{error:?}") };
    assert_eq!(service.meta.code, "InvalidInstanceID.NotFound");
}

#[tokio::test]
async fn bad_input_fails_before_anything_is_sent() {
    let server = Server::start(vec![function("Active")]).await;
    let time = FakeTime::new();
    let client = lambda(&server.url, &time, Arc::new(FixedJitter(1.0)));
    // A required member missing: the builder fails, nothing is called.
    let error = client.wait_until_function_active_v2().wait(secs(60)).await.expect_err("no function name");
    let WaiterError::Operation { error: Error::InvalidInput(violations), attempts: 0, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(violations.to_string(), "1 invalid member: `FunctionName` is required");
    assert_eq!(
        error.to_string(),
        "waiter `FunctionActiveV2` stopped after 0 attempts in 0ns: the call could not be made"
    );
    // A member that breaks its pattern: the call fails before sending, and no acceptor is asked,
    // not even FunctionExists' `success`, which matches outputs only, or a custom one for any error.
    let error = client.wait_until_function_exists().function_name("not a name!").wait(secs(60)).await.unwrap_err();
    assert!(matches!(&error, WaiterError::Operation { error: Error::InvalidInput(_), attempts: 1, .. }), "{error:?}");
    let any_error = Waiter::<GetFunction>::builder("AnyError")
        .acceptor(Acceptor::custom(AcceptorState::Success, "any error", |r| r.is_err()))
        .build()
        .unwrap();
    let input = GetFunction::builder().function_name("not a name!").build().unwrap();
    let error = any_error.wait(client.client(), input, secs(60)).await.expect_err("not sent");
    assert!(matches!(&error, WaiterError::Operation { error: Error::InvalidInput(_), .. }), "{error:?}");
    assert!(server.requests().is_empty());
    assert!(time.sleeps().is_empty());
}

#[tokio::test]
async fn a_waiter_of_your_own_tries_its_acceptors_in_order() {
    // A waiter for an operation no model gives one: until ListFunctions lists a function. The
    // first acceptor matches the empty page and wins over the second, which matches any output.
    let empty = Reply::rest_json(200, r#"{"Functions":[]}"#);
    let listed = Reply::rest_json(200, r#"{"Functions":[{"FunctionName":"f"}]}"#);
    let server = Server::start(vec![empty.clone(), empty, listed]).await;
    let time = FakeTime::new();
    let client = lambda(&server.url, &time, Arc::new(FixedJitter(0.0)));
    let waiter = Waiter::<ListFunctions>::builder("FunctionListed")
        .min_delay(secs(3))
        .max_delay(secs(3))
        .acceptor(Acceptor::<ListFunctions>::custom(AcceptorState::Retry, "no function is listed", |r| {
            r.is_ok_and(|o| o.functions.as_ref().is_none_or(Vec::is_empty))
        }))
        .acceptor(Acceptor::success(AcceptorState::Success, true))
        .build()
        .unwrap();
    assert_eq!(
        format!("{:?}", waiter.acceptors()[0]),
        r#"Acceptor { state: Retry, matcher: Custom("no function is listed") }"#
    );
    let outcome = waiter.wait(client.client(), ListFunctions::builder().build().unwrap(), secs(60)).await.unwrap();
    assert_eq!((outcome.attempts(), outcome.elapsed()), (3, secs(6)));
    assert_eq!(time.sleeps(), [secs(3), secs(3)], "equal delays: a fixed backoff");
    let names: Vec<_> =
        outcome.output().unwrap().functions.iter().flatten().filter_map(|f| f.function_name.clone()).collect();
    assert_eq!(names, ["f"]);
}

#[test]
fn waiters_that_cannot_succeed_or_wait_are_refused() {
    let success = || Acceptor::<HeadBucket>::status(AcceptorState::Success, 200);
    let cases = [
        (
            Waiter::<HeadBucket>::builder("W").acceptor(Acceptor::status(AcceptorState::Retry, 404)).build(),
            "waiter `W` has no acceptor with the success state",
        ),
        (
            Waiter::builder("W").min_delay(Duration::ZERO).acceptor(success()).build(),
            "waiter `W` has a min delay of zero; the spec asks for at least one second",
        ),
        (
            Waiter::builder("W").min_delay(secs(10)).max_delay(secs(5)).acceptor(success()).build(),
            "waiter `W` has a min delay of 10s, longer than its max delay of 5s",
        ),
        (Waiter::builder("W").max_attempts(0).acceptor(success()).build(), "waiter `W` allows zero attempts"),
    ];
    for (built, message) in cases {
        let error: InvalidWaiter = built.expect_err(message);
        assert_eq!(error.to_string(), message);
    }
    let defaults = Waiter::builder("W").acceptor(success()).build().unwrap();
    assert_eq!((defaults.min_delay(), defaults.max_delay(), defaults.max_attempts()), (secs(2), secs(120), None));
    assert_eq!((defaults.name(), defaults.operation()), ("W", "HeadBucket"));
}

#[test]
fn acceptors_match_errors_by_what_the_service_answered() {
    let meta = |code: &str, status| aws_operation::ErrorMeta {
        code: code.into(),
        message: None,
        status,
        request_id: None,
        extended_request_id: None,
        message_sensitive: false,
    };
    let service = |code: &str, status| -> Error<aws_operation_s3::HeadObjectError> {
        let meta = meta(code, status);
        let error = aws_operation_s3::HeadObjectError::Unmodeled(aws_operation::UnmodeledError { meta: meta.clone() });
        Error::Service(aws_operation::ServiceError { error, meta })
    };
    let transport = Error::Transport(TransportError::Io("reset".into()));
    let not_sent = Error::InvalidInput(aws_operation::Violations(vec![]));
    let status = Acceptor::<HeadObject>::status(AcceptorState::Success, 404);
    let code = Acceptor::<HeadObject>::error(AcceptorState::Retry, "NotFound");
    let any_error = Acceptor::<HeadObject>::success(AcceptorState::Success, false);
    let any_output = Acceptor::<HeadObject>::success(AcceptorState::Success, true);
    let ok = Acceptor::<HeadObject>::status(AcceptorState::Success, 200);
    let (not_found, forbidden) = (service("NotFound", 404), service("Forbidden", 403));
    let output = aws_operation::shape::from_json::<<HeadObject as Operation>::Output>(b"{}", Mode::Lenient).unwrap();
    let table = [
        (&status, [true, false, false, false, false]),
        (&code, [true, false, false, false, false]),
        (&any_error, [true, true, false, false, false]),
        (&any_output, [false, false, false, false, true]),
        (&ok, [false, false, false, false, true]),
    ];
    for (acceptor, expected) in table {
        let got = [
            acceptor.matches(Err(&not_found)),
            acceptor.matches(Err(&forbidden)),
            acceptor.matches(Err(&transport)),
            acceptor.matches(Err(&not_sent)),
            acceptor.matches(Ok(&output)),
        ];
        assert_eq!(got, expected, "{}", acceptor.matcher());
    }
}
