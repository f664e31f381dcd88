//! Credentials from a provider of the AWS SDK for Rust (`aws_credential_types`' trait, which
//! aws-config's providers implement), through real calls to a scripted server on 127.0.0.1 whose
//! signatures are checked: cached until shortly before expiry, refreshed, a failed refresh
//! outlived, the session token sent, the provider's errors given with its message.

mod support;

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_credential_types::provider::error::CredentialsError as SdkError;
use aws_credential_types::provider::{ProvideCredentials, future};
use aws_operation::config::TimeSource;
use aws_operation::credentials::{CredentialsError, SdkCredentials, SdkErrorKind};
use aws_operation::error::{ConfigError, chain};
use aws_operation::http::HttpRequest;
use aws_operation::{Config, Credentials, Error};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::handshakes::{CreateChannelHandshake, HandshakeType};
use support::{Recorded, Reply, Server};

const MESSAGE: &str = "the token service answered 503 for role `deploy`";

/// The system clock moved ahead by hand, for the cache only: requests are still signed (and
/// checked) at the real time.
#[derive(Debug, Default)]
struct Ahead(Mutex<Duration>);

impl Ahead {
    fn by(&self, minutes: u64) {
        *self.0.lock().unwrap() = Duration::from_secs(minutes * 60);
    }
}

impl TimeSource for Ahead {
    fn now(&self) -> SystemTime {
        SystemTime::now() + *self.0.lock().unwrap()
    }
}

/// An SDK provider of the test's own: call `n` gives `AKID<n>`, with a secret and session token
/// of its own, valid for an hour of `clock`, or fails with [`MESSAGE`] when `n` is in `fail_on`.
#[derive(Debug)]
struct Scripted {
    calls: AtomicUsize,
    fail_on: BTreeSet<usize>,
    clock: Arc<dyn TimeSource>,
}

impl Scripted {
    fn new(fail_on: &[usize], clock: Arc<dyn TimeSource>) -> Arc<Self> {
        Arc::new(Self { calls: AtomicUsize::new(0), fail_on: fail_on.iter().copied().collect(), clock })
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }

    async fn load(&self) -> aws_credential_types::provider::Result {
        let n = self.calls.fetch_add(1, Ordering::SeqCst);
        if self.fail_on.contains(&n) {
            return Err(SdkError::provider_error(MESSAGE));
        }
        let expiry = self.clock.now() + Duration::from_secs(3600);
        Ok(aws_credential_types::Credentials::new(
            format!("AKID{n}"),
            secret(n),
            Some(token(n)),
            Some(expiry),
            "Scripted",
        ))
    }
}

impl ProvideCredentials for Scripted {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::new(self.load())
    }
}

fn secret(n: usize) -> String {
    format!("wJalrXUtnFEMI/K7MDENG/bPxRfiCY-secret-{n}")
}

fn token(n: usize) -> String {
    format!("FwoGZXIvYXdzEXAMPLE-session-token-{n}")
}

/// The credentials of call `n`, as the server expects them.
fn expected(n: usize) -> Credentials {
    Credentials::new(format!("AKID{n}"), secret(n), Some(token(n)), None)
}

fn client(server: &Server, config: aws_operation::ConfigBuilder) -> PartnerCentralChannel {
    let config = config.region("us-east-1").endpoint_url(&server.url).max_attempts(1).build().unwrap();
    PartnerCentralChannel::new(&config).unwrap()
}

fn input() -> CreateChannelHandshake {
    CreateChannelHandshake::builder()
        .handshake_type(HandshakeType::ProgramManagementAccount)
        .catalog("AWS")
        .associated_resource_identifier("pma-0123456789abc")
        .build()
        .unwrap()
}

/// Checks that `request` is signed with `credentials`, session token included.
fn verify(request: &Recorded, credentials: &Credentials) {
    assert_eq!(request.header("x-amz-security-token"), credentials.session_token());
    let mut signed = HttpRequest::new("POST", format!("http://{}/", request.header("host").unwrap()));
    signed.headers = request.headers.clone();
    signed.body = request.body.clone().into();
    aws_operation::sign::verify(&signed, credentials, "partnercentral-channel", "us-east-1", Duration::from_secs(300))
        .unwrap_or_else(|e| panic!("signed with {}: {e}", credentials.access_key_id()));
}

fn assert_no_secrets(text: &str) {
    for n in 0..4 {
        assert!(!text.contains(&secret(n)) && !text.contains(&token(n)), "{text}");
    }
}

#[tokio::test]
async fn an_sdk_provider_signs_the_calls_and_is_asked_once_until_expiry() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let provider = Scripted::new(&[], Arc::new(aws_operation::config::SystemClock));
    // The SDK's shared provider is itself a provider, as aws-config hands them out.
    let shared = aws_credential_types::provider::SharedCredentialsProvider::new(ArcProvider(Arc::clone(&provider)));
    let client = client(&server, Config::builder().sdk_credentials_provider(shared));
    for _ in 0..3 {
        client.send(input()).await.unwrap();
    }
    assert_eq!(provider.calls(), 1, "an hour left: cached");
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for request in &requests {
        verify(request, &expected(0));
    }
}

/// An `Arc` of a provider, as the SDK's trait is implemented for the `Arc` of a `dyn` only.
#[derive(Debug)]
struct ArcProvider(Arc<Scripted>);

impl ProvideCredentials for ArcProvider {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        self.0.provide_credentials()
    }
}

#[tokio::test]
async fn sdk_credentials_are_refreshed_ahead_of_expiry_and_outlive_a_failed_refresh() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let clock = Arc::new(Ahead::default());
    let provider = Scripted::new(&[1], clock.clone());
    let credentials = SdkCredentials::new(ArcProvider(Arc::clone(&provider))).clock(clock.clone());
    let client = client(&server, Config::builder().credentials_provider(Arc::new(credentials)));

    // (minutes ahead, provider calls after the call, the credentials it is signed with)
    let steps = [
        (0, 1, 0),
        // 50 minutes left: cached.
        (10, 1, 0),
        // 4 minutes left: refreshed; the refresh fails, and the valid credentials are kept.
        (56, 2, 0),
        // Within 10 s of the failure: not asked again.
        (56, 2, 0),
        // Expired: asked again, and it answers.
        (61, 3, 2),
        (62, 3, 2),
    ];
    for (i, (minutes, calls, signed_with)) in steps.into_iter().enumerate() {
        clock.by(minutes);
        client.send(input()).await.unwrap_or_else(|e| panic!("step {i}: {}", chain(&e)));
        assert_eq!(provider.calls(), calls, "step {i}: provider calls");
        verify(&server.requests()[i], &expected(signed_with));
    }
}

#[tokio::test]
async fn a_failing_sdk_provider_fails_the_call_with_its_message_and_sends_nothing() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let clock = Arc::new(Ahead::default());
    let provider = Scripted::new(&[0, 2], clock.clone());
    let credentials = SdkCredentials::new(ArcProvider(Arc::clone(&provider))).clock(clock.clone());
    let client = client(&server, Config::builder().credentials_provider(Arc::new(credentials)));

    let err = client.send(input()).await.unwrap_err();
    let Error::Config(ConfigError::Credentials(CredentialsError::Sdk(sdk))) = &err else { panic!("{err:?}") };
    assert_eq!((sdk.kind(), sdk.message()), (SdkErrorKind::Failed, Some(MESSAGE)));
    assert_eq!(
        chain(&err),
        format!(
            "invalid configuration: credentials could not be loaded: the AWS SDK credentials provider \
             `ArcProvider` failed: {MESSAGE}"
        )
    );
    assert!(server.requests().is_empty(), "nothing is sent without credentials");

    // A failure is not kept: the next call asks again.
    client.send(input()).await.unwrap();
    assert_eq!(provider.calls(), 2);
    verify(&server.requests()[0], &expected(1));

    // Expired, and the refresh fails: the error says when they expired, with the provider's
    // message, and none of the secrets the provider gave.
    clock.by(120);
    let err = client.send(input()).await.unwrap_err();
    let Error::Config(ConfigError::Credentials(CredentialsError::Expired { source, .. })) = &err else {
        panic!("{err:?}")
    };
    assert!(matches!(**source, CredentialsError::Sdk(ref e) if e.message() == Some(MESSAGE)), "{source:?}");
    let text = chain(&err);
    assert!(text.contains("the credentials expired at ") && text.ends_with(MESSAGE), "{text}");
    assert_no_secrets(&format!("{text} {err:?} {:?}", client.client().config()));
    assert_eq!((provider.calls(), server.requests().len()), (3, 1));
}
