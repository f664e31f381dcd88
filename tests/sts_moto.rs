//! The STS slice, and the assume-role and web identity credentials built on it, against a real
//! server: moto's (`moto_server`, see tests/support/moto.rs). Every call goes through the typed
//! slice, or through the default chain as an application would configure it, over HTTP.
//!
//! moto checks no signature, so what proves that a chain's credentials were used is moto's own
//! answer to `GetCallerIdentity`: it knows the keys it issued and answers with the role they
//! belong to. STS's modeled errors are ones moto never sends (a malformed policy, a rejected web
//! identity claim); they are checked against the scripted server of `support`, with the body STS
//! sends.

#[path = "support/moto.rs"]
mod moto;
mod support;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_operation::config::TimeSource;
use aws_operation::env::Env;
use aws_operation::{Config, Credentials, Error};
use aws_operation_lambda::Lambda;
use aws_operation_sts::{
    AssumeRoleError, AssumeRoleWithWebIdentityError, PolicyDescriptorType, Sts, StsCredentialsClient, Tag,
};
use moto::Moto;
use support::{Reply, Server};

/// moto's account.
const ACCOUNT: &str = "123456789012";
const REGION: &str = "us-east-1";

fn keys() -> Credentials {
    Credentials::new("AKIDTEST", "secret", None, None)
}

fn sts(url: &str, credentials: Option<Credentials>) -> Sts {
    let mut config = Config::builder().region(REGION).endpoint_url(url).max_attempts(1);
    if let Some(credentials) = credentials {
        config = config.credentials(credentials);
    }
    Sts::new(&config.build().expect("config")).expect("client")
}

fn assumed_role_arn(role: &str, session: &str) -> String {
    format!("arn:aws:sts::{ACCOUNT}:assumed-role/{role}/{session}")
}

#[tokio::test]
async fn the_caller_and_an_access_key_are_identified() {
    let moto = Moto::start();
    let client = sts(&moto.url, Some(keys()));
    let me = client.get_caller_identity().send().await.expect("GetCallerIdentity");
    assert!(me.request_id().is_some_and(|id| !id.is_empty()), "the request id of <ResponseMetadata>");
    assert_eq!(me.account.as_deref(), Some(ACCOUNT));
    let arn = me.arn.clone().expect("an ARN");
    assert!(arn.starts_with(&format!("arn:aws:sts::{ACCOUNT}:")) || arn.starts_with("arn:aws:iam::"), "{arn}");
    assert!(me.user_id.as_deref().is_some_and(|u| !u.is_empty()), "{me:?}");

    let info = client.get_access_key_info().access_key_id("AKIAIOSFODNN7EXAMPLE").send().await.expect("info");
    assert_eq!(info.account.as_deref(), Some(ACCOUNT));
}

#[tokio::test]
async fn a_role_is_assumed_with_tags_policies_and_mfa_and_its_keys_are_the_role() {
    let moto = Moto::start();
    let role = moto.create_role("deploy");
    let client = sts(&moto.url, Some(keys()));
    let before = SystemTime::now();
    let out = client
        .assume_role()
        .role_arn(&role)
        .role_session_name("release-42")
        .policy_arns(vec![PolicyDescriptorType { arn: Some("arn:aws:iam::aws:policy/ReadOnlyAccess".into()) }])
        .policy(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#)
        .duration_seconds(900)
        .tags(vec![Tag::new("team", "platform"), Tag::new("cost-center", "42")])
        .transitive_tag_keys(vec!["team".to_owned()])
        .external_id("partner-7")
        .serial_number("arn:aws:iam::123456789012:mfa/ops")
        .token_code("123456")
        .source_identity("ops-user")
        .send()
        .await
        .expect("AssumeRole");
    let user = out.assumed_role_user.clone().expect("AssumedRoleUser");
    assert_eq!(user.arn, assumed_role_arn("deploy", "release-42"));
    assert!(user.assumed_role_id.ends_with(":release-42"), "{}", user.assumed_role_id);
    let credentials = out.credentials.clone().expect("Credentials");
    assert!(credentials.access_key_id.starts_with("ASIA"), "{}", credentials.access_key_id);
    assert!(!credentials.secret_access_key.is_empty() && !credentials.session_token.is_empty());
    // moto keeps the duration asked for.
    let expires = SystemTime::from(credentials.expiration);
    let lifetime = expires.duration_since(before).expect("expires later");
    assert!(lifetime > Duration::from_secs(800) && lifetime <= Duration::from_secs(960), "{lifetime:?}");

    // The role's keys are the role's: moto says so.
    let as_role = Credentials::new(
        credentials.access_key_id.clone(),
        credentials.secret_access_key.clone(),
        Some(credentials.session_token.clone()),
        Some(expires),
    );
    let me = sts(&moto.url, Some(as_role)).get_caller_identity().send().await.expect("GetCallerIdentity");
    assert_eq!(me.arn.as_deref(), Some(assumed_role_arn("deploy", "release-42").as_str()));

    // A session token, too.
    let session = client.get_session_token().duration_seconds(900).send().await.expect("GetSessionToken");
    let token = session.credentials.clone().expect("Credentials");
    assert!(!token.session_token.is_empty(), "{session:?}");
}

#[tokio::test]
async fn web_identity_is_unsigned_and_needs_no_credentials() {
    let moto = Moto::start();
    let role = moto.create_role("pods");
    let out = sts(&moto.url, None)
        .assume_role_with_web_identity()
        .role_arn(&role)
        .role_session_name("pod-1")
        .web_identity_token("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb2QifQ.c2ln")
        .duration_seconds(900)
        .send()
        .await
        .expect("AssumeRoleWithWebIdentity");
    assert_eq!(out.assumed_role_user.clone().map(|u| u.arn), Some(assumed_role_arn("pods", "pod-1")));
    assert!(out.credentials.clone().is_some_and(|c| c.access_key_id.starts_with("ASIA")));
    let log = moto.log_text();
    assert!(log.contains("POST / HTTP/1.1\" 200"), "moto's log:\n{log}");
}

#[tokio::test]
async fn bad_input_is_refused_before_anything_is_sent() {
    let server = Server::start(vec![]).await;
    let error = sts(&server.url, Some(keys()))
        .assume_role()
        .role_arn("arn:aws:iam::123456789012:role/r")
        .role_session_name("x")
        .token_code("12ab56")
        .send()
        .await
        .unwrap_err();
    let Error::InvalidInput(violations) = &error else { panic!("{error:?}") };
    let text = violations.to_string();
    assert!(text.contains("RoleSessionName"), "{text}");
    assert!(text.contains("TokenCode"), "{text}");
    assert!(server.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn modeled_errors_arrive_typed_with_their_message() {
    let body = |code: &str, message: &str| {
        format!(
            "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>\
             <Code>{code}</Code><Message>{message}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>"
        )
    };
    let server = Server::start(vec![
        Reply::xml(400, &body("MalformedPolicyDocument", "The policy is not in the valid JSON format.")),
        Reply::xml(403, &body("IDPRejectedClaim", "Incorrect token audience")),
    ])
    .await;
    let client = sts(&server.url, Some(keys()));
    let error = client
        .assume_role()
        .role_arn("arn:aws:iam::123456789012:role/r")
        .role_session_name("s1")
        .policy("{not json")
        .send()
        .await
        .unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    let AssumeRoleError::MalformedPolicyDocumentException(malformed) = &e.error else { panic!("{e:?}") };
    assert_eq!(malformed.message.as_deref(), Some("The policy is not in the valid JSON format."));
    assert_eq!((e.meta.code.as_str(), e.meta.request_id.as_deref()), ("MalformedPolicyDocument", Some("req-1")));

    let error = sts(&server.url, None)
        .assume_role_with_web_identity()
        .role_arn("arn:aws:iam::123456789012:role/r")
        .role_session_name("s1")
        .web_identity_token("token")
        .send()
        .await
        .unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    let AssumeRoleWithWebIdentityError::IDPRejectedClaimException(rejected) = &e.error else { panic!("{e:?}") };
    assert_eq!(rejected.message.as_deref(), Some("Incorrect token audience"));
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests[0].header("authorization").is_some(), "AssumeRole is signed");
    assert!(requests[1].header("authorization").is_none(), "AssumeRoleWithWebIdentity is not");
    assert!(
        String::from_utf8_lossy(&requests[1].body).starts_with("Action=AssumeRoleWithWebIdentity&Version=2011-06-15&")
    );
}

// ---------------------------------------------------------------------------------------------
// Credentials from the default chain, with STS taking the roles.

/// A directory with the shared files, removed when dropped.
struct Files {
    dir: PathBuf,
}

impl Files {
    fn new(name: &str, config: &str, credentials: &str) -> Files {
        let dir = std::env::temp_dir().join(format!("aws-operation-sts-moto-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("config"), config).unwrap();
        std::fs::write(dir.join("credentials"), credentials).unwrap();
        Files { dir }
    }

    fn path(&self, name: &str) -> String {
        self.dir.join(name).display().to_string()
    }

    /// The environment of an application using these files, every service at moto.
    fn env(&self, url: &str, extra: &[(&str, &str)]) -> Env {
        let mut pairs = vec![
            ("AWS_CONFIG_FILE".to_owned(), self.path("config")),
            ("AWS_SHARED_CREDENTIALS_FILE".to_owned(), self.path("credentials")),
            ("AWS_ENDPOINT_URL".to_owned(), url.to_owned()),
            ("AWS_REGION".to_owned(), REGION.to_owned()),
            ("AWS_MAX_ATTEMPTS".to_owned(), "1".to_owned()),
            ("AWS_EC2_METADATA_DISABLED".to_owned(), "true".to_owned()),
        ];
        pairs.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        Env::from_pairs(pairs)
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A clock the test moves.
#[derive(Debug)]
struct Clock(Mutex<SystemTime>);

impl Clock {
    fn advance(&self, by: Duration) {
        *self.0.lock().unwrap() += by;
    }
}

impl TimeSource for Clock {
    fn now(&self) -> SystemTime {
        *self.0.lock().unwrap()
    }
}

const CHAIN_CONFIG: &str = "\
[profile middle]
role_arn = arn:aws:iam::123456789012:role/middle
source_profile = base
role_session_name = middle-session

[profile app]
role_arn = arn:aws:iam::123456789012:role/app
source_profile = middle
role_session_name = app-session
external_id = partner-7
duration_seconds = 900

[profile loop-a]
role_arn = arn:aws:iam::123456789012:role/a
source_profile = loop-b

[profile loop-b]
role_arn = arn:aws:iam::123456789012:role/b
source_profile = loop-a

[profile mfa]
role_arn = arn:aws:iam::123456789012:role/admin
source_profile = base
mfa_serial = arn:aws:iam::123456789012:mfa/ops
role_session_name = with-mfa
";

const CHAIN_CREDENTIALS: &str = "\
[base]
aws_access_key_id = AKIDBASE
aws_secret_access_key = base-secret
";

#[tokio::test]
async fn a_role_arn_profile_chain_signs_a_lambda_call_with_the_last_role() {
    let moto = Moto::start();
    moto.lambda_without_docker();
    let files = Files::new("chain", CHAIN_CONFIG, CHAIN_CREDENTIALS);
    let env = files.env(&moto.url, &[("AWS_PROFILE", "app")]);
    let config = Config::from_env().env(env).sts(Arc::new(StsCredentialsClient::new())).build().expect("config");

    // base's keys take `middle`, whose keys take `app`; the Lambda call is signed with app's.
    let functions = Lambda::new(&config).unwrap().list_functions().send().await.expect("ListFunctions");
    assert!(functions.functions.clone().unwrap_or_default().is_empty());
    let me = Sts::new(&config).unwrap().get_caller_identity().send().await.expect("GetCallerIdentity");
    assert_eq!(me.arn.as_deref(), Some(assumed_role_arn("app", "app-session").as_str()));
    let log = moto.log_text();
    assert_eq!(
        log.matches("POST / HTTP/1.1\" 200").count(),
        3,
        "two AssumeRole calls and one GetCallerIdentity, once:\n{log}"
    );
    assert!(log.contains("GET /2015-03-31/functions HTTP/1.1\" 200"), "{log}");

    // A cycle is named, profile by profile, and nothing is signed with anything else.
    let env = files.env(&moto.url, &[("AWS_PROFILE", "loop-a")]);
    let config = Config::from_env().env(env).sts(Arc::new(StsCredentialsClient::new())).build().unwrap();
    let error = Sts::new(&config).unwrap().get_caller_identity().send().await.unwrap_err();
    let text = aws_operation::error::chain(&error);
    assert!(text.contains("profiles loop-a -> loop-b -> loop-a form a cycle"), "{text}");

    // Without the STS client the error says what to add.
    let env = files.env(&moto.url, &[("AWS_PROFILE", "app")]);
    let error = Sts::new(&Config::from_env().env(env).build().unwrap())
        .unwrap()
        .get_caller_identity()
        .send()
        .await
        .unwrap_err();
    let text = aws_operation::error::chain(&error);
    assert!(text.contains("call `.sts(Arc::new(aws_operation_sts::StsCredentialsClient::new()))`"), "{text}");
}

#[tokio::test]
async fn mfa_codes_come_from_the_callback_each_time_the_role_is_taken() {
    let moto = Moto::start();
    let files = Files::new("mfa", CHAIN_CONFIG, CHAIN_CREDENTIALS);
    let asked = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&asked);
    let env = files.env(&moto.url, &[("AWS_PROFILE", "mfa")]);
    let config = Config::from_env()
        .env(env.clone())
        .sts(Arc::new(StsCredentialsClient::new()))
        .mfa_token(move |prompt| {
            assert_eq!(
                (prompt.profile, prompt.serial, prompt.role_arn),
                ("mfa", "arn:aws:iam::123456789012:mfa/ops", "arn:aws:iam::123456789012:role/admin")
            );
            seen.fetch_add(1, Ordering::SeqCst);
            Ok("123456".to_owned())
        })
        .build()
        .unwrap();
    let me = Sts::new(&config).unwrap().get_caller_identity().send().await.expect("GetCallerIdentity");
    assert_eq!(me.arn.as_deref(), Some(assumed_role_arn("admin", "with-mfa").as_str()));
    assert_eq!(asked.load(Ordering::SeqCst), 1);

    let without = Config::from_env().env(env).sts(Arc::new(StsCredentialsClient::new())).build().unwrap();
    let error = Sts::new(&without).unwrap().get_caller_identity().send().await.unwrap_err();
    let text = aws_operation::error::chain(&error);
    assert!(
        text.contains(
            "profile `mfa` sets `mfa_serial` `arn:aws:iam::123456789012:mfa/ops`, so taking its role needs a code"
        ),
        "{text}"
    );
    assert!(text.contains("`ConfigBuilder::mfa_token`"), "{text}");
}

#[tokio::test]
async fn web_identity_from_the_environment_rereads_its_token_on_every_refresh() {
    let moto = Moto::start();
    let files = Files::new("web", "", "");
    let token = files.dir.join("token");
    std::fs::write(&token, "eyJ.first.token\n").unwrap();
    let token_path = token.display().to_string();
    let env = files.env(
        &moto.url,
        &[
            ("AWS_WEB_IDENTITY_TOKEN_FILE", token_path.as_str()),
            ("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/pods"),
            ("AWS_ROLE_SESSION_NAME", "pod-7"),
        ],
    );
    let clock = Arc::new(Clock(Mutex::new(SystemTime::now())));
    let config = Config::from_env()
        .env(env)
        .clock(Arc::clone(&clock) as Arc<dyn TimeSource>)
        .sts(Arc::new(StsCredentialsClient::new()))
        .build()
        .unwrap();
    let client = Sts::new(&config).unwrap();
    let me = client.get_caller_identity().send().await.expect("GetCallerIdentity");
    assert_eq!(me.arn.as_deref(), Some(assumed_role_arn("pods", "pod-7").as_str()));

    // Within the credentials' hour, the cache answers and the file is not read.
    std::fs::write(&token, "").unwrap();
    client.get_caller_identity().send().await.expect("cached credentials");
    // Past it, the file is read again: empty, it is refused, with the file named.
    clock.advance(Duration::from_secs(2 * 3600));
    let error = client.get_caller_identity().send().await.unwrap_err();
    let text = aws_operation::error::chain(&error);
    assert!(text.contains(&format!("the web identity token file `{token_path}` is empty")), "{text}");
    // The platform wrote a new token: the next call takes the role with it.
    std::fs::write(&token, "eyJ.second.token").unwrap();
    let me = client.get_caller_identity().send().await.expect("refreshed with the new token");
    assert_eq!(me.arn.as_deref(), Some(assumed_role_arn("pods", "pod-7").as_str()));
    let log = moto.log_text();
    assert_eq!(
        log.matches("POST / HTTP/1.1\" 200").count(),
        5,
        "2 AssumeRoleWithWebIdentity, 3 GetCallerIdentity:\n{log}"
    );
}

// ---------------------------------------------------------------------------------------------
// The command.

struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

async fn command(args: &[&str], env: Env) -> Outcome {
    let args = args.iter().map(|a| (*a).to_owned()).collect();
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = aws_operation_cli::run(args, &aws_operation_sts::operations(), env, &mut stdout, &mut stderr).await;
    Outcome { code, stdout: String::from_utf8(stdout).unwrap(), stderr: String::from_utf8(stderr).unwrap() }
}

#[tokio::test]
async fn the_command_speaks_wire_names_and_takes_roles_for_a_profile() {
    let moto = Moto::start();
    let files = Files::new("command", CHAIN_CONFIG, CHAIN_CREDENTIALS);
    let env = files.env(&moto.url, &[("AWS_PROFILE", "base")]);

    let out = command(&["get-caller-identity"], env.clone()).await;
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{}", out.stdout);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(json["Account"], ACCOUNT);
    assert!(json["Arn"].is_string() && json["UserId"].is_string(), "{json}");

    let out = command(
        &["assume-role", "--role-arn", "arn:aws:iam::123456789012:role/cli", "--role-session-name", "cli-run"],
        env.clone(),
    )
    .await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(json["AssumedRoleUser"]["Arn"], assumed_role_arn("cli", "cli-run"));
    assert!(json["Credentials"]["AccessKeyId"].as_str().is_some_and(|k| k.starts_with("ASIA")), "{json}");
    // Timestamps print in ISO 8601, as the AWS CLI v2 prints them.
    let expiration = json["Credentials"]["Expiration"].as_str().unwrap_or_default();
    assert!(expiration.len() >= 25 && expiration.ends_with("+00:00"), "{json}");

    // `--profile` with role_arn: the command takes the chain's roles first.
    let out = command(&["get-caller-identity", "--profile", "app"], env.clone()).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(json["Arn"], assumed_role_arn("app", "app-session"));

    // Bad input: the rule and the member, and nothing sent.
    let before = moto.log_text().matches("POST / ").count();
    let out = command(&["assume-role", "--role-arn", "short", "--role-session-name", "s"], env).await;
    assert_eq!(out.code, 252, "{}", out.stderr);
    assert!(out.stderr.contains("RoleArn") && out.stderr.contains("RoleSessionName"), "{}", out.stderr);
    assert_eq!(moto.log_text().matches("POST / ").count(), before);
}
