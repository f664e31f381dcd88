//! Credential sources beyond static keys, against endpoints on 127.0.0.1 and commands on temp
//! files: `credential_process`, container endpoints, EC2 instance metadata (IMDSv2), the cache in
//! front of them, and the CA bundle setting.

mod support;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_operation::config::TimeSource;
use aws_operation::credentials::{
    CachedCredentials, ContainerCredentials, CredentialProcess, CredentialsError, DefaultChain, ImdsCredentials,
    MetadataError, ProcessError, ProvideCredentials,
};
use aws_operation::env::Env;
use aws_operation::error::chain;
use aws_operation::{Config, Credentials};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::handshakes::{CreateChannelHandshake, HandshakeType};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const SESSION: &str = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN";

// ---- helpers -----------------------------------------------------------------------------------

/// A folder of its own under the temp dir, removed on drop.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("aws-operation-credentials-{name}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }

    /// An environment with the shared files in this folder, instance metadata off, plus `vars`.
    fn env(&self, vars: &[(&str, &str)]) -> Env {
        let mut pairs = vec![
            ("AWS_CONFIG_FILE".to_owned(), self.0.join("config").display().to_string()),
            ("AWS_SHARED_CREDENTIALS_FILE".to_owned(), self.0.join("credentials").display().to_string()),
            ("AWS_EC2_METADATA_DISABLED".to_owned(), "true".to_owned()),
        ];
        pairs.extend(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        Env::from_pairs(pairs)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A clock the test moves by hand.
#[derive(Debug)]
struct ManualClock(Mutex<SystemTime>);

impl ManualClock {
    fn at(rfc3339: &str) -> Arc<Self> {
        Arc::new(Self(Mutex::new(time(rfc3339))))
    }

    fn set(&self, rfc3339: &str) {
        *self.0.lock().unwrap() = time(rfc3339);
    }
}

impl TimeSource for ManualClock {
    fn now(&self) -> SystemTime {
        *self.0.lock().unwrap()
    }
}

fn time(rfc3339: &str) -> SystemTime {
    let t = aws_operation::DateTime::parse_date_time(rfc3339).unwrap();
    SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(t.secs()).unwrap())
}

fn assert_no_secrets(text: &str) {
    assert!(!text.contains(SECRET) && !text.contains(SESSION), "{text}");
}

fn creds_json(id: &str, token_key: &str, expiration: &str) -> String {
    format!(
        r#"{{"Code":"Success","Type":"AWS-HMAC","AccessKeyId":"{id}","SecretAccessKey":"{SECRET}","{token_key}":"{SESSION}","Expiration":"{expiration}"}}"#
    )
}

/// One request as an endpoint saw it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

type Handler = dyn Fn(&Seen, usize) -> (u16, String) + Send + Sync;

/// An HTTP/1.1 endpoint on 127.0.0.1 answering each request with `handler(request, index)` after
/// `delay`, one request per connection; it stops when dropped, or after 200 connections.
struct Endpoint {
    url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Endpoint {
    async fn start(delay: Duration, handler: impl Fn(&Seen, usize) -> (u16, String) + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let recorded = Arc::clone(&seen);
        let task = tokio::spawn(async move {
            for _ in 0..200 {
                let Ok((mut stream, _)) = listener.accept().await else { return };
                let (recorded, handler) = (Arc::clone(&recorded), Arc::clone(&handler));
                tokio::spawn(async move {
                    let Some(request) = read_head(&mut stream).await else { return };
                    let index = {
                        let mut all = recorded.lock().unwrap();
                        all.push(request.clone());
                        all.len() - 1
                    };
                    tokio::time::sleep(delay).await;
                    let (status, body) = handler(&request, index);
                    let head = format!(
                        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                        body.len()
                    );
                    let _ = stream.write_all(format!("{head}{body}").as_bytes()).await;
                    let _ = stream.shutdown().await;
                });
            }
        });
        Self { url, seen, task }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    fn hits(&self) -> usize {
        self.seen.lock().unwrap().len()
    }
}

impl Drop for Endpoint {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The request line and headers; the providers send no bodies.
async fn read_head(stream: &mut tokio::net::TcpStream) -> Option<Seen> {
    let mut buf = Vec::new();
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let mut chunk = [0u8; 2048];
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut chunk)).await.ok()?.ok()?;
        if n == 0 || buf.len() > 64 << 10 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let text = String::from_utf8_lossy(&buf).into_owned();
    let mut lines = text.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, path) = (first.next()?.to_owned(), first.next()?.to_owned());
    let headers = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Some(Seen { method, path, headers })
}

fn input() -> CreateChannelHandshake {
    CreateChannelHandshake::builder()
        .handshake_type(HandshakeType::ProgramManagementAccount)
        .catalog("AWS")
        .associated_resource_identifier("pma-0123456789abc")
        .build()
        .unwrap()
}

// ---- credential_process ------------------------------------------------------------------------

#[tokio::test]
async fn credential_process_signs_requests_and_runs_once_until_expiry() {
    let dir = Dir::new("process");
    let out = dir.write(
        "out.json",
        &creds_json("AKIDPROCESS", "SessionToken", "2099-01-02T03:04:05Z")
            .replace(r#""Code":"Success","Type":"AWS-HMAC""#, r#""Version":1"#),
    );
    let count = dir.0.join("runs");
    let script = dir.write("creds.sh", &format!("echo run >> '{}'\ncat '{out}'\n", count.display()));
    dir.write("config", &format!("[profile proc]\nregion = us-east-1\ncredential_process = sh '{script}'\n"));
    let server = support::Server::start(vec![support::Reply::json(200, "{}")]).await;
    let env = dir.env(&[("AWS_PROFILE", "proc"), ("AWS_ENDPOINT_URL", server.url.as_str())]);
    let client = PartnerCentralChannel::new(&Config::from_env().env(env.clone()).build().unwrap()).unwrap();
    client.send(input()).await.unwrap();
    client.send(input()).await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert!(request.header("authorization").unwrap().contains("Credential=AKIDPROCESS/"));
        assert_eq!(request.header("x-amz-security-token"), Some(SESSION));
    }
    assert_eq!(std::fs::read_to_string(&count).unwrap().lines().count(), 1, "cached until expiry");

    let credentials = DefaultChain::new(env, None).provide_credentials().await.unwrap();
    assert_eq!(credentials.expiry(), Some(time("2099-01-02T03:04:05Z")));
    assert_eq!(credentials.secret_access_key(), SECRET);
}

#[tokio::test]
async fn credential_process_errors_name_the_profile_never_the_secret() {
    let dir = Dir::new("process-errors");
    let leaky = dir.write(
        "leaky.sh",
        &format!(
            "echo '{{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"{SECRET}\"}}'\necho \"denied for {SECRET}\" >&2\nexit 3\n"
        ),
    );
    let bad_json = dir.write("bad.sh", &format!("echo '{{\"SecretAccessKey\": \"{SECRET}\", oops'\n"));
    dir.write(
        "config",
        &format!(
            "[profile leaky]\ncredential_process = sh '{leaky}'\n[profile bad]\ncredential_process = sh '{bad_json}'\n[profile v2]\ncredential_process = echo '{{\"Version\": 2}}'\n[profile missing]\ncredential_process = /nonexistent/aws-creds-helper --secret {SECRET}\n"
        ),
    );
    type Case = (&'static str, &'static [&'static str]);
    let cases: &[Case] = &[
        (
            "leaky",
            &[
                "the `credential_process` of profile `leaky` failed",
                "exited with status 3",
                "denied for ** redacted **",
            ],
        ),
        ("bad", &["profile `bad`", "output is not valid credentials: not JSON"]),
        ("v2", &["profile `v2`", "`Version` is not 1"]),
        ("missing", &["profile `missing`", "exited with status 127"]),
    ];
    for (profile, fragments) in cases {
        let err = DefaultChain::new(dir.env(&[]), Some(profile.to_string())).provide_credentials().await.unwrap_err();
        let text = chain(&err);
        for fragment in *fragments {
            assert!(text.contains(fragment), "{profile}: {text}");
        }
        assert_no_secrets(&text);
        assert_no_secrets(&format!("{err:?}"));
        assert!(matches!(&err, CredentialsError::Process { profile: p, .. } if p == profile), "{err:?}");
    }
}

#[tokio::test]
async fn credential_process_is_stopped_after_its_timeout() {
    let process = CredentialProcess::new("slow", "sleep 3").timeout(Duration::from_millis(200));
    let started = std::time::Instant::now();
    let err = process.provide_credentials().await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    let CredentialsError::Process { source: ProcessError::Timeout(limit), .. } = &err else { panic!("{err:?}") };
    assert_eq!(*limit, Duration::from_millis(200));
    assert_eq!(
        chain(&err),
        "the `credential_process` of profile `slow` failed: the command did not finish within 200ms and was stopped"
    );
}

// ---- container endpoints -----------------------------------------------------------------------

#[tokio::test]
async fn container_full_uri_with_a_token() {
    let endpoint =
        Endpoint::start(Duration::ZERO, |_, _| (200, creds_json("AKIDCONTAINER", "Token", "2099-01-01T00:00:00Z")))
            .await;
    let dir = Dir::new("container");
    let full_uri = format!("{}/v1/credentials?id=1", endpoint.url);
    let env = dir.env(&[
        ("AWS_CONTAINER_CREDENTIALS_FULL_URI", full_uri.as_str()),
        ("AWS_CONTAINER_AUTHORIZATION_TOKEN", "Basic dG9rZW4="),
    ]);
    let credentials = DefaultChain::new(env, None).provide_credentials().await.unwrap();
    assert_eq!(credentials.access_key_id(), "AKIDCONTAINER");
    assert_eq!(credentials.session_token(), Some(SESSION));
    assert_eq!(credentials.expiry(), Some(time("2099-01-01T00:00:00Z")));
    let seen = endpoint.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!((seen[0].method.as_str(), seen[0].path.as_str()), ("GET", "/v1/credentials?id=1"));
    assert_eq!(seen[0].header("authorization"), Some("Basic dG9rZW4="));
}

#[tokio::test]
async fn container_token_file_wins_and_is_read_at_each_request() {
    let endpoint =
        Endpoint::start(Duration::ZERO, |_, _| (200, creds_json("AKID", "Token", "2099-01-01T00:00:00Z"))).await;
    let dir = Dir::new("container-file");
    let token_file = dir.write("token", "eks-token-1\n");
    let full_uri = format!("{}/creds", endpoint.url);
    let env = dir.env(&[
        ("AWS_CONTAINER_CREDENTIALS_FULL_URI", full_uri.as_str()),
        ("AWS_CONTAINER_AUTHORIZATION_TOKEN", "ignored"),
        ("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", token_file.as_str()),
    ]);
    let provider = ContainerCredentials::from_env(&env).unwrap().unwrap();
    provider.provide_credentials().await.unwrap();
    dir.write("token", "eks-token-2");
    provider.provide_credentials().await.unwrap();
    let tokens: Vec<_> = endpoint.seen().iter().map(|s| s.header("authorization").unwrap().to_owned()).collect();
    assert_eq!(tokens, ["eks-token-1", "eks-token-2"]);

    dir.write("token", "two\nlines");
    let err = provider.provide_credentials().await.unwrap_err();
    assert!(err.to_string().contains("contains a line break") && err.to_string().contains("token"), "{err}");
    std::fs::remove_file(&token_file).unwrap();
    let err = provider.provide_credentials().await.unwrap_err();
    assert!(matches!(err, CredentialsError::TokenFile { .. }), "{err:?}");
    assert!(err.to_string().contains(&token_file), "{err}");
    assert_eq!(endpoint.hits(), 2, "nothing sent without a usable token");
}

#[tokio::test]
async fn container_errors_stop_the_chain_with_status_and_code() {
    let endpoint = Endpoint::start(Duration::ZERO, |request, _| match request.path.as_str() {
        "/denied" => (403, r#"{"code":"AccessDenied","message":"token rejected"}"#.to_owned()),
        "/flaky" => (500, "{}".to_owned()),
        _ => (200, format!(r#"{{"AccessKeyId":"A","SecretAccessKey":{SECRET:?},"Token":7}}"#)),
    })
    .await;
    let dir = Dir::new("container-errors");
    dir.write("credentials", "[default]\naws_access_key_id = NOT_USED\n");
    for (path, want) in [
        ("/denied", "answered with HTTP status 403 (AccessDenied: token rejected)"),
        ("/flaky", "answered with HTTP status 500"),
        ("/garbage", "is not usable credentials: `Token` is not a string"),
    ] {
        let uri = format!("{}{path}", endpoint.url);
        let env = dir.env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", uri.as_str()), ("AWS_PROFILE", "none")]);
        let err = DefaultChain::new(env, None).provide_credentials().await.unwrap_err();
        let text = chain(&err);
        assert!(text.starts_with("container credentials could not be loaded:") && text.contains(want), "{text}");
        assert_no_secrets(&text);
    }
    let paths: Vec<_> = endpoint.seen().iter().map(|s| s.path.clone()).collect();
    assert_eq!(paths, ["/denied", "/flaky", "/flaky", "/flaky", "/garbage"], "5xx retried, 4xx not");

    let env = dir.env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://192.0.2.10/creds")]);
    let err = DefaultChain::new(env, Some("none".into())).provide_credentials().await.unwrap_err();
    assert!(matches!(err, CredentialsError::InvalidValue(_)), "{err:?}");
    assert!(err.to_string().contains("AWS_CONTAINER_CREDENTIALS_FULL_URI"), "{err}");
}

// ---- EC2 instance metadata ---------------------------------------------------------------------

/// An IMDSv2 endpoint: a token for a PUT with a TTL, the role and its credentials for that token.
fn imds(role: Option<&'static str>) -> impl Fn(&Seen, usize) -> (u16, String) + Send + Sync + 'static {
    move |request, _| {
        let authorized = request.header("x-aws-ec2-metadata-token") == Some("TOKEN-abc");
        match (request.method.as_str(), request.path.as_str()) {
            ("PUT", "/latest/api/token") if request.header("x-aws-ec2-metadata-token-ttl-seconds").is_some() => {
                (200, "TOKEN-abc".to_owned())
            }
            (_, _) if !authorized => (401, String::new()),
            ("GET", "/latest/meta-data/iam/security-credentials/") => match role {
                Some(role) => (200, format!("{role}\n")),
                None => (404, "<html>not found</html>".to_owned()),
            },
            ("GET", path)
                if role.is_some_and(|r| path == format!("/latest/meta-data/iam/security-credentials/{r}")) =>
            {
                (200, creds_json("AKIDIMDS", "Token", "2099-06-01T00:00:00Z"))
            }
            _ => (404, String::new()),
        }
    }
}

#[tokio::test]
async fn imds_v2_token_flow() {
    let endpoint = Endpoint::start(Duration::ZERO, imds(Some("web-role"))).await;
    let dir = Dir::new("imds");
    let env = dir
        .env(&[("AWS_EC2_METADATA_DISABLED", "false"), ("AWS_EC2_METADATA_SERVICE_ENDPOINT", endpoint.url.as_str())]);
    let credentials = DefaultChain::new(env, None).provide_credentials().await.unwrap();
    assert_eq!(credentials.access_key_id(), "AKIDIMDS");
    assert_eq!(credentials.session_token(), Some(SESSION));
    assert_eq!(credentials.expiry(), Some(time("2099-06-01T00:00:00Z")));
    let seen = endpoint.seen();
    let calls: Vec<_> = seen.iter().map(|s| format!("{} {}", s.method, s.path)).collect();
    assert_eq!(
        calls,
        [
            "PUT /latest/api/token",
            "GET /latest/meta-data/iam/security-credentials/",
            "GET /latest/meta-data/iam/security-credentials/web-role"
        ]
    );
    assert_eq!(seen[0].header("x-aws-ec2-metadata-token-ttl-seconds"), Some("21600"));
    assert_eq!(seen[0].header("x-aws-ec2-metadata-token"), None);
    assert!(seen[1..].iter().all(|s| s.header("x-aws-ec2-metadata-token") == Some("TOKEN-abc")));
}

#[tokio::test]
async fn imds_failures_mean_not_found_with_the_reason() {
    let no_role = Endpoint::start(Duration::ZERO, imds(None)).await;
    let dir = Dir::new("imds-errors");
    let env =
        dir.env(&[("AWS_EC2_METADATA_DISABLED", "false"), ("AWS_EC2_METADATA_SERVICE_ENDPOINT", no_role.url.as_str())]);
    let err = DefaultChain::new(env, None).provide_credentials().await.unwrap_err();
    assert!(matches!(err, CredentialsError::NotFound { instance_metadata: Some(_), .. }), "{err:?}");
    let text = chain(&err);
    assert!(text.contains("then EC2 instance metadata: no IAM role is attached to the instance"), "{text}");

    let forbidden = Endpoint::start(Duration::ZERO, |_, _| (403, String::new())).await;
    let provider = ImdsCredentials::new(forbidden.url.as_str()).unwrap();
    let err = provider.provide_credentials().await.unwrap_err();
    let CredentialsError::InstanceMetadata(MetadataError::Status { status: 403, .. }) = &err else { panic!("{err:?}") };
    assert_eq!(forbidden.hits(), 1, "4xx is not retried");

    // Nothing listens there: refused connections, retried, then reported.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let err = ImdsCredentials::new(closed).unwrap().attempts(2).provide_credentials().await.unwrap_err();
    assert!(matches!(err, CredentialsError::InstanceMetadata(MetadataError::Connect { .. })), "{err:?}");

    let err = DefaultChain::new(dir.env(&[]), None).provide_credentials().await.unwrap_err();
    assert!(err.to_string().ends_with("EC2 instance metadata is off (`AWS_EC2_METADATA_DISABLED`)"), "{err}");
}

// ---- caching -----------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_callers_share_one_refresh() {
    let endpoint =
        Endpoint::start(Duration::from_millis(300), |_, _| (200, creds_json("AKID", "Token", "2099-01-01T00:00:00Z")))
            .await;
    let provider = Arc::new(CachedCredentials::new(ContainerCredentials::new(format!("{}/c", endpoint.url)).unwrap()));
    let calls = (0..16).map(|_| {
        let provider = Arc::clone(&provider);
        tokio::spawn(async move { provider.provide_credentials().await })
    });
    for result in futures_util::future::join_all(calls).await {
        assert_eq!(result.unwrap().unwrap().access_key_id(), "AKID");
    }
    assert_eq!(endpoint.hits(), 1);
    provider.provide_credentials().await.unwrap();
    assert_eq!(endpoint.hits(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_callers_share_one_failure() {
    let endpoint = Endpoint::start(Duration::from_millis(300), |_, _| (404, String::new())).await;
    let provider = Arc::new(CachedCredentials::new(ContainerCredentials::new(format!("{}/c", endpoint.url)).unwrap()));
    let calls = (0..8).map(|_| {
        let provider = Arc::clone(&provider);
        tokio::spawn(async move { provider.provide_credentials().await })
    });
    for result in futures_util::future::join_all(calls).await {
        let err = result.unwrap().unwrap_err();
        assert!(chain(&err).contains("HTTP status 404"), "{err}");
    }
    assert_eq!(endpoint.hits(), 1);
    // A failure is not cached for later callers.
    provider.provide_credentials().await.unwrap_err();
    assert_eq!(endpoint.hits(), 2);
}

/// A container endpoint answering with `answers` in turn (then the last again): key id and expiry,
/// or an error status.
async fn scripted_container(answers: Vec<Result<(&'static str, &'static str), u16>>) -> Endpoint {
    Endpoint::start(Duration::ZERO, move |_, index| match answers[index.min(answers.len() - 1)] {
        Ok((id, expiration)) => (200, creds_json(id, "Token", expiration)),
        Err(status) => (status, String::new()),
    })
    .await
}

#[tokio::test]
async fn credentials_are_refreshed_five_minutes_before_expiry() {
    let endpoint =
        scripted_container(vec![Ok(("FIRST", "2030-01-01T01:00:00Z")), Ok(("SECOND", "2030-01-01T02:00:00Z"))]).await;
    let clock = ManualClock::at("2030-01-01T00:00:00Z");
    let provider =
        CachedCredentials::new(ContainerCredentials::new(format!("{}/c", endpoint.url)).unwrap()).clock(clock.clone());
    let id = async || provider.provide_credentials().await.unwrap().access_key_id().to_owned();
    assert_eq!(id().await, "FIRST");
    clock.set("2030-01-01T00:54:59Z");
    assert_eq!(id().await, "FIRST");
    assert_eq!(endpoint.hits(), 1);
    clock.set("2030-01-01T00:55:01Z");
    assert_eq!(id().await, "SECOND");
    assert_eq!(id().await, "SECOND");
    assert_eq!(endpoint.hits(), 2);
}

#[tokio::test]
async fn a_failed_refresh_keeps_valid_credentials_and_retries_later() {
    let endpoint = scripted_container(vec![Ok(("FIRST", "2030-01-01T01:00:00Z")), Err(500)]).await;
    let clock = ManualClock::at("2030-01-01T00:00:00Z");
    let container = ContainerCredentials::new(format!("{}/c", endpoint.url)).unwrap().attempts(1);
    let provider = CachedCredentials::new(container).clock(clock.clone()).retry_after(Duration::from_secs(10));
    assert_eq!(provider.provide_credentials().await.unwrap().access_key_id(), "FIRST");

    clock.set("2030-01-01T00:56:00Z");
    assert_eq!(provider.provide_credentials().await.unwrap().access_key_id(), "FIRST");
    assert_eq!(endpoint.hits(), 2, "refresh tried");
    clock.set("2030-01-01T00:56:05Z");
    assert_eq!(provider.provide_credentials().await.unwrap().access_key_id(), "FIRST");
    assert_eq!(endpoint.hits(), 2, "not again before retry_after");
    clock.set("2030-01-01T00:56:11Z");
    assert_eq!(provider.provide_credentials().await.unwrap().access_key_id(), "FIRST");
    assert_eq!(endpoint.hits(), 3, "tried again");

    clock.set("2030-01-01T01:00:00Z");
    let err = provider.provide_credentials().await.unwrap_err();
    assert!(matches!(err, CredentialsError::Expired { .. }), "{err:?}");
    assert_eq!(
        chain(&err),
        format!(
            "the credentials expired at 2030-01-01T01:00:00Z and could not be refreshed: container credentials could not be loaded: `{}/c` answered with HTTP status 500",
            endpoint.url
        )
    );
    assert_eq!(endpoint.hits(), 4);
}

#[tokio::test]
async fn default_chain_refreshes_a_credential_process() {
    let dir = Dir::new("process-refresh");
    let first = creds_json("FIRST", "SessionToken", "2030-01-01T01:00:00Z");
    let version = |json: String| json.replace(r#""Code":"Success","Type":"AWS-HMAC""#, r#""Version":1"#);
    let out = dir.write("out.json", &version(first));
    dir.write("config", &format!("[default]\ncredential_process = cat '{out}'\n"));
    let clock = ManualClock::at("2030-01-01T00:00:00Z");
    let chain = DefaultChain::new(dir.env(&[]), None).clock(clock.clone());
    assert_eq!(chain.provide_credentials().await.unwrap().access_key_id(), "FIRST");
    dir.write("out.json", &version(creds_json("SECOND", "SessionToken", "2030-01-01T02:00:00Z")));
    assert_eq!(chain.provide_credentials().await.unwrap().access_key_id(), "FIRST");
    clock.set("2030-01-01T00:58:00Z");
    assert_eq!(chain.provide_credentials().await.unwrap().access_key_id(), "SECOND");
}

#[tokio::test]
async fn static_credentials_and_shared_providers_compose() {
    let shared: Arc<dyn ProvideCredentials> = Arc::new(Credentials::new("AKID", SECRET, None, None));
    let cached = CachedCredentials::new(shared);
    assert_eq!(cached.provide_credentials().await.unwrap().access_key_id(), "AKID");
    assert_no_secrets(&format!("{cached:?}"));
}
// ---- transport settings ------------------------------------------------------------------------

#[test]
fn ca_bundle_must_be_a_readable_pem_bundle() {
    let dir = Dir::new("ca-bundle");
    let missing = dir.0.join("missing.pem").display().to_string();
    let not_pem = dir.write("not.pem", "hello");
    let bad_cert = dir.write("bad.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    for (path, reason) in [
        (missing.as_str(), "No such file"),
        (not_pem.as_str(), "no PEM certificate"),
        (bad_cert.as_str(), "not a valid certificate"),
    ] {
        let err = Config::from_env().env(dir.env(&[("AWS_CA_BUNDLE", path)])).build().unwrap_err();
        let text = chain(&err);
        assert!(text.contains(path) && text.contains("`AWS_CA_BUNDLE`") && text.contains(reason), "{text}");
    }
    dir.write("config", &format!("[default]\nca_bundle = {not_pem}\n"));
    let err = Config::from_env().env(dir.env(&[])).build().unwrap_err();
    assert!(chain(&err).contains("profile `default` setting `ca_bundle`"), "{}", chain(&err));
}

#[test]
fn https_proxy_must_be_a_url_and_its_password_is_never_shown() {
    let dir = Dir::new("proxy");
    for var in ["HTTPS_PROXY", "https_proxy"] {
        let err =
            Config::from_env().env(dir.env(&[(var, "http://user:hunter2@127.0.0.1:notaport")])).build().unwrap_err();
        let text = chain(&err);
        assert!(text.contains(var) && !text.contains("hunter2"), "{text}");
    }
    let config = Config::from_env()
        .env(dir.env(&[("HTTPS_PROXY", "http://user:hunter2@127.0.0.1:3128"), ("NO_PROXY", "localhost,.internal")]))
        .build()
        .unwrap();
    assert!(!format!("{config:?}").contains("hunter2"));
    PartnerCentralChannel::new(&config).unwrap();
}

/// A port on 127.0.0.1 where nothing listens.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[tokio::test]
async fn the_client_sends_https_through_the_configured_proxy() {
    // A proxy that records each request line and refuses to tunnel.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxy_url = format!("http://{}", listener.local_addr().unwrap());
    let lines = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&lines);
    let proxy = tokio::spawn(async move {
        for _ in 0..8 {
            let Ok((mut stream, _)) = listener.accept().await else { return };
            if let Some(request) = read_head(&mut stream).await {
                recorded.lock().unwrap().push(format!("{} {}", request.method, request.path));
            }
            let _ = stream.write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n").await;
        }
    });
    let dir = Dir::new("proxy-client");
    let port = closed_port();
    let send = async |vars: &[(&str, &str)]| {
        let mut all = vec![
            ("AWS_REGION", "us-east-1"),
            ("AWS_ACCESS_KEY_ID", "AKID"),
            ("AWS_SECRET_ACCESS_KEY", SECRET),
            ("HTTPS_PROXY", proxy_url.as_str()),
        ];
        all.extend_from_slice(vars);
        let config = Config::from_env()
            .env(dir.env(&all))
            .endpoint_url(format!("https://127.0.0.1:{port}"))
            .max_attempts(1)
            .build()
            .unwrap();
        PartnerCentralChannel::new(&config).unwrap().send(input()).await.unwrap_err()
    };
    let err = send(&[]).await;
    assert!(matches!(err, aws_operation::Error::Transport(_)), "{err:?}");
    assert_eq!(*lines.lock().unwrap(), [format!("CONNECT 127.0.0.1:{port}")]);
    let err = send(&[("NO_PROXY", "localhost,127.0.0.1")]).await;
    assert!(chain(&err).contains(&format!("127.0.0.1:{port}")), "{}", chain(&err));
    assert_eq!(lines.lock().unwrap().len(), 1, "NO_PROXY hosts are reached directly");
    proxy.abort();
}
