//! The STS slice and the assume-role credentials against the local endpoint's STS stand-in
//! (`aws_operation_local_endpoint::sts`), offline: the typed client, the default chain with a
//! `role_arn` profile and web identity, and the endpoint's signature checks, over awsQuery.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_operation::env::Env;
use aws_operation::{Config, Credentials, DateTime, Error};
use aws_operation_local_endpoint::sts::Simulator;
use aws_operation_sts::{AssumeRoleWithWebIdentityError, Sts, StsCredentialsClient};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const ACCOUNT: &str = "123456789012";

fn keys() -> Credentials {
    Credentials::new("AKIDLOCAL", "local-secret", None, None)
}

fn client(url: &str, credentials: Option<Credentials>) -> Sts {
    let mut config = Config::builder().region("us-east-1").endpoint_url(url).max_attempts(1);
    if let Some(credentials) = credentials {
        config = config.credentials(credentials);
    }
    Sts::new(&config.build().unwrap()).unwrap()
}

#[tokio::test]
async fn issued_credentials_sign_as_the_role_they_took() {
    let simulator = Simulator::new();
    let endpoint = simulator.endpoint(keys()).start().await.unwrap();
    let sts = client(&endpoint.url(), Some(keys()));
    let me = sts.get_caller_identity().send().await.unwrap();
    assert_eq!(me.arn.as_deref(), Some("arn:aws:iam::123456789012:user/local"));
    assert!(me.request_id().is_some_and(|id| id.starts_with("local-")), "the id in <ResponseMetadata>");

    let out = sts
        .assume_role()
        .role_arn("arn:aws:iam::111122223333:role/deploy")
        .role_session_name("release")
        .duration_seconds(900)
        .send()
        .await
        .unwrap();
    let user = out.assumed_role_user.clone().unwrap();
    assert_eq!(user.arn, "arn:aws:sts::111122223333:assumed-role/deploy/release");
    let issued = out.credentials.clone().unwrap();
    assert!(issued.access_key_id.starts_with("ASIA") && issued.access_key_id.len() == 20);
    let lifetime = SystemTime::from(issued.expiration).duration_since(SystemTime::now()).unwrap();
    assert!(lifetime > Duration::from_secs(850) && lifetime <= Duration::from_secs(900), "{lifetime:?}");

    let role = Credentials::new(issued.access_key_id, issued.secret_access_key, Some(issued.session_token), None);
    let me = client(&endpoint.url(), Some(role)).get_caller_identity().send().await.unwrap();
    assert_eq!(me.arn.as_deref(), Some(user.arn.as_str()));
    assert_eq!(me.user_id.as_deref(), Some(user.assumed_role_id.as_str()));

    // A made-up key, or the right one with the wrong secret, is refused.
    let error = client(&endpoint.url(), Some(Credentials::new("ASIAFORGED0000000000", "x", None, None)))
        .get_caller_identity()
        .send()
        .await
        .unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("InvalidSignatureException", 403));
    assert_eq!(simulator.issued(), 1);
}

#[tokio::test]
async fn web_identity_is_served_unsigned_and_bad_tokens_are_typed_errors() {
    let endpoint = Simulator::new().endpoint(keys()).start().await.unwrap();
    let unsigned = client(&endpoint.url(), None);
    let out = unsigned
        .assume_role_with_web_identity()
        .role_arn("arn:aws:iam::123456789012:role/pods")
        .role_session_name("pod-1")
        .web_identity_token("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb2QifQ.c2ln")
        .send()
        .await
        .unwrap();
    assert_eq!(out.assumed_role_user.clone().unwrap().arn, "arn:aws:sts::123456789012:assumed-role/pods/pod-1");
    let error = unsigned
        .assume_role_with_web_identity()
        .role_arn("arn:aws:iam::123456789012:role/pods")
        .role_session_name("pod-1")
        .web_identity_token("not-a-jwt")
        .send()
        .await
        .unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    let AssumeRoleWithWebIdentityError::InvalidIdentityTokenException(invalid) = &e.error else { panic!("{e:?}") };
    assert_eq!(invalid.message.as_deref(), Some("The ID Token provided is not a valid JWT."));
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("InvalidIdentityToken", 400));
    // Signed operations still need a signature: an unsigned form for one is refused.
    let addr = endpoint.url().trim_start_matches("http://").to_owned();
    let body = "Action=GetCallerIdentity&Version=2011-06-15";
    let request = format!(
        "POST / HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/x-www-form-urlencoded\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    assert!(answer.contains("<Code>MissingAuthenticationTokenException</Code>"), "{answer}");
}

#[tokio::test]
async fn expired_credentials_are_refused() {
    let now = Arc::new(Mutex::new(DateTime::now()));
    let clock = Arc::clone(&now);
    let simulator = Simulator::with(ACCOUNT, move || *clock.lock().unwrap()).unwrap();
    let endpoint = simulator.endpoint(keys()).start().await.unwrap();
    let out = client(&endpoint.url(), Some(keys())).get_session_token().duration_seconds(900).send().await.unwrap();
    let issued = out.credentials.clone().unwrap();
    let session = Credentials::new(issued.access_key_id, issued.secret_access_key, Some(issued.session_token), None);
    let me = client(&endpoint.url(), Some(session.clone())).get_caller_identity().send().await.unwrap();
    assert_eq!(me.arn.as_deref(), Some("arn:aws:iam::123456789012:user/local"), "a session of the caller");
    let later = DateTime::from(SystemTime::from(*now.lock().unwrap()) + Duration::from_secs(901));
    *now.lock().unwrap() = later;
    let error = client(&endpoint.url(), Some(session)).get_caller_identity().send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert_eq!(e.meta.status, 403);
}

#[tokio::test]
async fn a_role_arn_profile_and_web_identity_work_offline() {
    let endpoint = Simulator::new().endpoint(keys()).start().await.unwrap();
    let dir = std::env::temp_dir().join(format!("aws-operation-sts-local-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config"),
        "[profile app]\nrole_arn = arn:aws:iam::123456789012:role/app\nsource_profile = base\nrole_session_name = app-session\n\
         [profile ops]\nrole_arn = arn:aws:iam::123456789012:role/ops\nsource_profile = app\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("credentials"),
        "[base]\naws_access_key_id = AKIDLOCAL\naws_secret_access_key = local-secret\n",
    )
    .unwrap();
    std::fs::write(dir.join("token"), "eyJ.eyJ.sig").unwrap();
    let env = |extra: &[(&str, &str)]| {
        let mut pairs = vec![
            ("AWS_CONFIG_FILE".to_owned(), dir.join("config").display().to_string()),
            ("AWS_SHARED_CREDENTIALS_FILE".to_owned(), dir.join("credentials").display().to_string()),
            ("AWS_ENDPOINT_URL".to_owned(), endpoint.url()),
            ("AWS_REGION".to_owned(), "us-east-1".to_owned()),
            ("AWS_EC2_METADATA_DISABLED".to_owned(), "true".to_owned()),
        ];
        pairs.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        Env::from_pairs(pairs)
    };
    let identity = |env: Env| async move {
        let config = Config::from_env().env(env).sts(Arc::new(StsCredentialsClient::new())).build().unwrap();
        Sts::new(&config).unwrap().get_caller_identity().send().await.unwrap().arn.clone().unwrap()
    };
    // Two roles deep: base's keys take `app`, whose credentials take `ops`.
    let ops = identity(env(&[("AWS_PROFILE", "ops")])).await;
    assert!(ops.starts_with("arn:aws:sts::123456789012:assumed-role/ops/aws-operation-"), "{ops}");
    assert_eq!(
        identity(env(&[("AWS_PROFILE", "app")])).await,
        "arn:aws:sts::123456789012:assumed-role/app/app-session"
    );
    let token = dir.join("token").display().to_string();
    let web = env(&[
        ("AWS_WEB_IDENTITY_TOKEN_FILE", token.as_str()),
        ("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/pods"),
        ("AWS_ROLE_SESSION_NAME", "pod-9"),
    ]);
    assert_eq!(identity(web).await, "arn:aws:sts::123456789012:assumed-role/pods/pod-9");
    let _ = std::fs::remove_dir_all(&dir);
}
