//! The slices' waiters against moto's server (`moto_server`, see tests/support/moto.rs): S3's
//! `BucketExists`, `ObjectExists` and `ObjectNotExists`, Lambda's `FunctionExists`,
//! `FunctionActiveV2` and `FunctionUpdatedV2` (moto without Docker: functions are stored, not
//! run), EC2's `InstanceRunning` and `InstanceTerminated`, each before and after the resource is
//! there. The waiters sleep on a fake clock that their sleeps move, so that the timeouts take no
//! time either; the requests are moto's real answers.
//!
//! Without moto these tests fail and say how to install it (`.ci/run` does). Each test starts
//! its own server, which stops when the test ends, however it ends.

#[path = "support/lambda.rs"]
mod lambda;
#[path = "support/moto.rs"]
mod moto;
mod support;

use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_operation::config::{AsyncSleep, TimeSource};
use aws_operation::retry::FixedJitter;
use aws_operation::waiter::{Matcher, WaitLimit, WaiterError};
use aws_operation::{ByteStream, Config, ConfigBuilder, Credentials};
use aws_operation_ec2::{Ec2, InstanceStateName};
use aws_operation_lambda::{Lambda, Runtime};
use aws_operation_s3::S3;
use moto::Moto;

/// One of the AMIs moto knows in every region.
const IMAGE: &str = "ami-1e749f67";

const fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

/// A clock that moves only when the waiter sleeps, and the sleeps it was asked for, each
/// returning at once (as in tests/waiters.rs).
#[derive(Debug)]
struct FakeTime {
    now: Mutex<SystemTime>,
    sleeps: Mutex<Vec<Duration>>,
}

impl FakeTime {
    fn new() -> Arc<Self> {
        Arc::new(Self { now: Mutex::new(SystemTime::now()), sleeps: Mutex::default() })
    }

    /// The sleeps since the last call.
    fn take_sleeps(&self) -> Vec<Duration> {
        std::mem::take(&mut self.sleeps.lock().unwrap())
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
        *self.now.lock().unwrap() += duration;
        Box::pin(std::future::ready(()))
    }
}

fn config(url: &str, time: &Arc<FakeTime>) -> ConfigBuilder {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(url)
        .clock(Arc::clone(time) as Arc<dyn TimeSource>)
        .sleep(Arc::clone(time) as Arc<dyn AsyncSleep>)
        .retry_jitter(Arc::new(FixedJitter(0.0)))
}

#[tokio::test]
async fn s3_waiters_on_moto() {
    let moto = Moto::start();
    let time = FakeTime::new();
    let client = S3::new(&config(&moto.url, &time).s3_force_path_style(true).build().unwrap()).unwrap();

    // No bucket yet: 404 is retried (5 s, then the 7 s left of 12) until the max wait.
    let error = client.wait_until_bucket_exists().bucket("waited").wait(secs(12)).await.expect_err("no bucket");
    let WaiterError::Timeout { limit: WaitLimit::MaxWait(_), last: Err(last), attempts: 3, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(last.meta().map(|m| m.status), Some(404));
    assert_eq!(time.take_sleeps(), [secs(5), secs(7)]);

    client.create_bucket().bucket("waited").send().await.expect("CreateBucket");
    let exists = client.wait_until_bucket_exists().bucket("waited").wait(secs(60)).await.expect("the bucket exists");
    assert_eq!((exists.attempts(), exists.matched()), (1, &Matcher::Status(200)));

    // A key that is not there: ObjectNotExists at once, ObjectExists never.
    let gone = client.wait_until_object_not_exists().bucket("waited").key("a.txt").wait(secs(60)).await.unwrap();
    assert_eq!((gone.attempts(), gone.matched()), (1, &Matcher::Status(404)));
    let error = client.wait_until_object_exists().bucket("waited").key("a.txt").wait(secs(4)).await.unwrap_err();
    assert!(matches!(&error, WaiterError::Timeout { attempts: 1, .. }), "{error:?}");
    assert!(time.take_sleeps().is_empty(), "4 s is less than the min delay");

    let body = ByteStream::from(b"waited for".to_vec());
    client.put_object().bucket("waited").key("a.txt").body(body).send().await.expect("PutObject");
    let found = client.wait_until_object_exists().bucket("waited").key("a.txt").wait(secs(60)).await.unwrap();
    assert_eq!((found.attempts(), found.output().and_then(|o| o.content_length)), (1, Some(10)));
    // While it is there, ObjectNotExists retries what it finds.
    let error = client.wait_until_object_not_exists().bucket("waited").key("a.txt").wait(secs(12)).await.unwrap_err();
    let WaiterError::Timeout { last: Ok(last), attempts: 3, .. } = &error else { panic!("{error:?}") };
    assert_eq!(last.content_length, Some(10));
    assert_eq!(time.take_sleeps(), [secs(5), secs(7)]);

    client.delete_object().bucket("waited").key("a.txt").send().await.expect("DeleteObject");
    let gone = client.wait_until_object_not_exists().bucket("waited").key("a.txt").wait(secs(60)).await.unwrap();
    assert_eq!(gone.attempts(), 1);
}

#[tokio::test]
async fn lambda_waiters_on_moto() {
    let moto = Moto::start();
    moto.lambda_without_docker();
    let role = moto.create_role("waiter-role");
    let time = FakeTime::new();
    let client = Lambda::new(&config(&moto.url, &time).build().unwrap()).unwrap();

    // No function yet: FunctionExists retries ResourceNotFoundException until the 10 s are spent
    // (jitter 0 keeps each delay at the 1 s min, the last the 2 s left); FunctionActiveV2 has no
    // acceptor for it.
    let error = client.wait_until_function_exists().function_name("waited").wait(secs(10)).await.unwrap_err();
    let WaiterError::Timeout { last: Err(last), attempts, .. } = &error else { panic!("{error:?}") };
    assert_eq!(last.meta().map(|m| m.code.as_str()), Some("ResourceNotFoundException"));
    let sleeps = time.take_sleeps();
    assert_eq!(sleeps.iter().sum::<Duration>(), secs(10), "{sleeps:?}");
    assert_eq!(*attempts as usize, sleeps.len() + 1);
    let error = client.wait_until_function_active_v2().function_name("waited").wait(secs(10)).await.unwrap_err();
    assert!(matches!(&error, WaiterError::Operation { attempts: 1, .. }), "{error:?}");

    client
        .create_function()
        .function_name("waited")
        .runtime(Runtime::Python312)
        .role(&role)
        .handler("lambda_function.lambda_handler")
        .code(lambda::code(&lambda::zip()))
        .send()
        .await
        .expect("CreateFunction");
    let exists = client.wait_until_function_exists().function_name("waited").wait(secs(60)).await.expect("exists");
    assert_eq!((exists.attempts(), exists.matched()), (1, &Matcher::Success(true)));
    let active = client.wait_until_function_active_v2().function_name("waited").wait(secs(60)).await.expect("active");
    assert_eq!(active.attempts(), 1);
    let state = active.output().and_then(|o| o.configuration.as_ref()?.state.clone());
    assert_eq!(state, Some(aws_operation_lambda::State::Active));

    client.update_function_configuration().function_name("waited").timeout(60).send().await.expect("update");
    let updated = client.wait_until_function_updated_v2().function_name("waited").wait(secs(60)).await.unwrap();
    assert_eq!(updated.attempts(), 1);
    let configuration = updated.output().and_then(|o| o.configuration.clone()).expect("a configuration");
    assert_eq!(configuration.timeout, Some(60));
    assert!(time.take_sleeps().is_empty());
}

#[tokio::test]
async fn ec2_waiters_on_moto() {
    let moto = Moto::start();
    let time = FakeTime::new();
    let client = Ec2::new(&config(&moto.url, &time).build().unwrap()).unwrap();

    // An id EC2 does not know: retried until the max wait (15 s, then the 25 s left of 40).
    let unknown = vec!["i-00000000000000000".to_owned()];
    let error = client.wait_until_instance_running().instance_ids(unknown).wait(secs(40)).await.unwrap_err();
    let WaiterError::Timeout { last: Err(last), attempts: 3, .. } = &error else { panic!("{error:?}") };
    assert_eq!(last.meta().map(|m| m.code.as_str()), Some("InvalidInstanceID.NotFound"));
    assert_eq!(time.take_sleeps(), [secs(15), secs(25)]);

    let run = client.run_instances().image_id(IMAGE).min_count(2).max_count(2).send().await.expect("RunInstances");
    let ids: Vec<String> = run.instances.iter().flatten().filter_map(|i| i.instance_id.clone()).collect();
    assert_eq!(ids.len(), 2);
    // moto's instances run once described (RunInstances says pending).
    let running = client.wait_until_instance_running().instance_ids(ids.clone()).wait(secs(600)).await.unwrap();
    assert_eq!(running.attempts(), 1);
    let all = Matcher::PathAll { path: "Reservations[].Instances[].State.Name".into(), expected: "running".into() };
    assert_eq!(running.matched(), &all);

    client.terminate_instances().instance_ids(ids.clone()).send().await.expect("TerminateInstances");
    let terminated = client.wait_until_instance_terminated().instance_ids(ids.clone()).wait(secs(600)).await.unwrap();
    assert_eq!(terminated.attempts(), 1);
    let states: Vec<_> = terminated
        .output()
        .into_iter()
        .flat_map(|o| o.reservations.iter().flatten())
        .flat_map(|r| r.instances.iter().flatten())
        .filter_map(|i| i.state.as_ref()?.name.clone())
        .collect();
    assert_eq!(states, [InstanceStateName::Terminated, InstanceStateName::Terminated]);

    // They will never run again: InstanceRunning fails at once.
    let error = client.wait_until_instance_running().instance_ids(ids).wait(secs(600)).await.unwrap_err();
    let WaiterError::Failure { matched, attempts: 1, .. } = &error else { panic!("{error:?}") };
    let any = Matcher::PathAny { path: "Reservations[].Instances[].State.Name".into(), expected: "terminated".into() };
    assert_eq!(matched, &any);
    assert!(time.take_sleeps().is_empty());
}
