//! Credentials from IAM Identity Center (SSO) profiles, end to end: the default chain with
//! `aws_operation_sso::SsoCredentialsClient`, a temporary home holding `~/.aws/config` and the
//! token cache `aws sso login` leaves, and a scripted server on 127.0.0.1 playing SSO OIDC and the
//! SSO portal (reached through `AWS_ENDPOINT_URL_SSO_OIDC` and `AWS_ENDPOINT_URL_SSO`, or a
//! `[services]` section). Each test asserts what reached the server and what the cache file
//! holds afterwards.

#[path = "support/sso.rs"]
mod sso;
mod support;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::SystemTime;

use aws_operation::credentials::sso::token;
use aws_operation::credentials::{CredentialsError, DefaultChain, ProvideCredentials, SsoError};
use aws_operation::env::Env;
use aws_operation::error::chain;
use aws_operation::{Config, DateTime};
use aws_operation_lambda::Lambda;
use aws_operation_sso::SsoCredentialsClient;
use serde_json::{Value, json};
use support::{Recorded, Reply, Server};

const ACCOUNT: &str = "111122223333";
const START_URL: &str = "https://d-abc123.awsapps.com/start";
const ROLE_SECRET: &str = "role-secret-key-EXAMPLE";
const ROLE_SESSION: &str = "role-session-token-EXAMPLE";

const CONFIG: &str = "\
[profile dev]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = ReadOnly
region = eu-west-1

[sso-session corp]
sso_start_url = https://d-abc123.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access

[profile legacy]
sso_start_url = https://d-abc123.awsapps.com/start
sso_region = eu-central-1
sso_account_id = 111122223333
sso_role_name = Admin
services = local
";

// ---- helpers -----------------------------------------------------------------------------------

/// A home folder of its own under the temp dir with `~/.aws/config`, removed on drop.
struct Home(PathBuf);

impl Home {
    fn new(name: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("aws-operation-sso-{name}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(dir.join(".aws/sso/cache")).unwrap();
        std::fs::write(dir.join(".aws/config"), CONFIG).unwrap();
        Self(dir)
    }

    /// A `[services local]` section sending the portal's calls to `url`.
    fn with_services_section(self, url: &str) -> Self {
        let text = format!("{CONFIG}\n[services local]\nsso =\n  endpoint_url = {url}\n");
        std::fs::write(self.0.join(".aws/config"), text).unwrap();
        self
    }

    fn cache_file(&self, key: &str) -> PathBuf {
        token::cache_file(&self.0, key)
    }

    fn write_token(&self, key: &str, token: &Value) {
        std::fs::write(self.cache_file(key), token.to_string()).unwrap();
    }

    fn token(&self, key: &str) -> Value {
        serde_json::from_slice(&std::fs::read(self.cache_file(key)).unwrap()).unwrap()
    }

    /// Only this home: no keys in the environment, no instance metadata, and both SSO services
    /// at `url`.
    fn env(&self, url: &str) -> Env {
        Env::from_pairs([
            ("HOME", self.0.display().to_string()),
            ("AWS_EC2_METADATA_DISABLED", "true".to_owned()),
            ("AWS_ENDPOINT_URL_SSO", url.to_owned()),
            ("AWS_ENDPOINT_URL_SSO_OIDC", url.to_owned()),
        ])
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn sso_chain(env: Env, profile: &str) -> DefaultChain {
    DefaultChain::new(env, Some(profile.to_owned())).sso(Arc::new(SsoCredentialsClient::new()))
}

fn now_secs() -> i64 {
    SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs() as i64
}

/// RFC 3339, `seconds` from now.
fn in_secs(seconds: i64) -> String {
    DateTime::from_secs(now_secs() + seconds).fmt_date_time()
}

fn parse_secs(rfc3339: &str) -> i64 {
    DateTime::parse_date_time(rfc3339).unwrap().secs()
}

/// A token of the `sso_session` form, as `aws sso login` writes it, expiring `expires_in`
/// seconds from now, with a field this crate does not know.
fn session_token(expires_in: i64) -> Value {
    json!({
        "startUrl": START_URL,
        "region": "us-east-1",
        "accessToken": "cached-access-token",
        "expiresAt": in_secs(expires_in),
        "clientId": "cached-client-id",
        "clientSecret": "cached-client-secret",
        "registrationExpiresAt": in_secs(30 * 86_400),
        "refreshToken": "cached-refresh-token",
        "somethingNew": {"kept": true},
    })
}

/// `GetRoleCredentials`' answer, the credentials expiring in an hour.
fn role_credentials() -> Reply {
    let expiration = (now_secs() + 3600) * 1000;
    Reply::rest_json(
        200,
        &format!(
            r#"{{"roleCredentials":{{"accessKeyId":"ASIAROLEEXAMPLE","secretAccessKey":"{ROLE_SECRET}","sessionToken":"{ROLE_SESSION}","expiration":{expiration}}}}}"#
        ),
    )
}

fn assert_get_role_credentials(request: &Recorded, role: &str, access_token: &str) {
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, format!("/federation/credentials?role_name={role}&account_id={ACCOUNT}"));
    assert_eq!(request.header("x-amz-sso_bearer_token"), Some(access_token));
    sso::assert_unsigned(request);
}

/// The message of a failed chain, every source included; it never holds a token or a secret.
fn message(err: &CredentialsError) -> String {
    let text = chain(err);
    for secret in ["cached-access-token", "cached-client-secret", "cached-refresh-token", ROLE_SECRET] {
        assert!(!text.contains(secret), "{text}");
    }
    text
}

// ---- the sso_session form ----------------------------------------------------------------------

#[tokio::test]
async fn a_valid_token_gets_the_role_credentials_once() {
    let server = Server::start(vec![role_credentials()]).await;
    let home = Home::new("valid");
    home.write_token("corp", &session_token(3600));
    let before = home.token("corp");
    let chain = sso_chain(home.env(&server.url), "dev");

    let credentials = chain.provide_credentials().await.unwrap();
    assert_eq!(credentials.access_key_id(), "ASIAROLEEXAMPLE");
    assert_eq!(credentials.secret_access_key(), ROLE_SECRET);
    assert_eq!(credentials.session_token(), Some(ROLE_SESSION));
    let expiry = credentials.expiry().unwrap().duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs() as i64;
    assert!((expiry - (now_secs() + 3600)).abs() <= 5, "{expiry}");

    let requests = server.requests();
    assert_eq!(requests.len(), 1, "no CreateToken for a token with an hour left: {requests:?}");
    assert_get_role_credentials(&requests[0], "ReadOnly", "cached-access-token");
    assert_eq!(home.token("corp"), before, "the cache file is left alone");

    // Cached until shortly before they expire: the second ask sends nothing.
    let again = chain.provide_credentials().await.unwrap();
    assert_eq!(again, credentials);
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn an_expiring_token_is_refreshed_and_written_back() {
    let new_token = r#"{"accessToken":"new-access-token","tokenType":"Bearer","expiresIn":28800,"refreshToken":"new-refresh-token"}"#;
    let server = Server::start(vec![Reply::rest_json(200, new_token), role_credentials()]).await;
    let home = Home::new("refresh");
    let before = session_token(120);
    home.write_token("corp", &before);

    let credentials = sso_chain(home.env(&server.url), "dev").provide_credentials().await.unwrap();
    assert_eq!(credentials.access_key_id(), "ASIAROLEEXAMPLE");

    let requests = server.requests();
    assert_eq!(requests.len(), 2, "{requests:?}");
    let create_token = &requests[0];
    assert_eq!((create_token.method.as_str(), create_token.path.as_str()), ("POST", "/token"));
    assert_eq!(
        create_token.json(),
        json!({
            "clientId": "cached-client-id",
            "clientSecret": "cached-client-secret",
            "grantType": "refresh_token",
            "refreshToken": "cached-refresh-token",
        })
    );
    sso::assert_unsigned(create_token);
    assert_get_role_credentials(&requests[1], "ReadOnly", "new-access-token");

    let mut written = home.token("corp");
    let expires_at = parse_secs(written["expiresAt"].as_str().unwrap());
    assert!((expires_at - (now_secs() + 28_800)).abs() <= 5, "{written}");
    written["expiresAt"] = Value::Null;
    let mut want = before;
    want["accessToken"] = "new-access-token".into();
    want["refreshToken"] = "new-refresh-token".into();
    want["expiresAt"] = Value::Null;
    assert_eq!(written, want, "every other field kept");
    let names: Vec<_> =
        std::fs::read_dir(home.0.join(".aws/sso/cache")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, [token::file_name("corp").as_str()], "no temporary file left");
}

#[tokio::test]
async fn an_expired_token_without_a_refresh_token_says_to_log_in_and_sends_nothing() {
    let server = Server::start(vec![role_credentials()]).await;
    let home = Home::new("expired");
    let mut expired = session_token(-60);
    for field in ["refreshToken", "clientId", "clientSecret", "registrationExpiresAt"] {
        expired.as_object_mut().unwrap().remove(field);
    }
    home.write_token("corp", &expired);
    let err = sso_chain(home.env(&server.url), "dev").provide_credentials().await.unwrap_err();
    assert!(matches!(&err, CredentialsError::Sso(e) if matches!(**e, SsoError::Expired { .. })), "{err:?}");
    let text = message(&err);
    assert!(text.starts_with("the SSO session `corp` of profile `dev` expired at "), "{text}");
    assert!(text.ends_with("; run `aws sso login --sso-session corp`"), "{text}");

    // An expired client registration cannot refresh either.
    let mut unregistered = session_token(-60);
    unregistered["registrationExpiresAt"] = in_secs(-1).into();
    home.write_token("corp", &unregistered);
    let err = sso_chain(home.env(&server.url), "dev").provide_credentials().await.unwrap_err();
    assert!(message(&err).ends_with("; run `aws sso login --sso-session corp`"), "{err}");

    assert!(server.requests().is_empty(), "{:?}", server.requests());
}

#[tokio::test]
async fn a_refused_refresh_of_an_expired_token_says_to_log_in() {
    let refused =
        Reply::rest_json(400, r#"{"error":"invalid_grant","error_description":"Invalid refresh token provided"}"#)
            .header(
                "x-amzn-errortype",
                "InvalidGrantException:http://internal.amazon.com/coral/com.amazonaws.ssooidc/",
            );
    let server = Server::start(vec![refused]).await;
    let home = Home::new("refused");
    home.write_token("corp", &session_token(-60));
    let before = home.token("corp");
    let err = sso_chain(home.env(&server.url), "dev").provide_credentials().await.unwrap_err();
    assert_eq!(
        message(&err),
        "the SSO session `corp` of profile `dev` has expired and could not be refreshed; run `aws sso login \
         --sso-session corp`: the service returned InvalidGrantException: Invalid refresh token provided"
    );
    assert_eq!(server.requests().len(), 1, "CreateToken only");
    assert_eq!(home.token("corp"), before);
}

#[tokio::test]
async fn an_unauthorized_token_says_to_log_in() {
    let unauthorized = sso::unauthorized();
    let server = Server::start(vec![unauthorized]).await;
    let home = Home::new("unauthorized");
    home.write_token("corp", &session_token(3600));
    let err = sso_chain(home.env(&server.url), "dev").provide_credentials().await.unwrap_err();
    assert_eq!(
        message(&err),
        "IAM Identity Center (SSO) gave no credentials for role `ReadOnly` in account `111122223333` (profile \
         `dev`); the SSO session may have ended: run `aws sso login --sso-session corp`: the service returned \
         UnauthorizedException: Session token not found or invalid"
    );
}

#[tokio::test]
async fn no_login_at_all_says_to_log_in() {
    let server = Server::start(vec![role_credentials()]).await;
    let home = Home::new("no-login");
    let err = sso_chain(home.env(&server.url), "dev").provide_credentials().await.unwrap_err();
    assert_eq!(
        message(&err),
        format!(
            "no SSO token is cached in `{}`; run `aws sso login --sso-session corp`",
            home.cache_file("corp").display()
        )
    );
    assert!(server.requests().is_empty());
}

// ---- the legacy form ---------------------------------------------------------------------------

#[tokio::test]
async fn legacy_profiles_read_the_token_named_after_the_start_url() {
    // The portal through the profile's `[services]` section; OIDC is never called.
    let server = Server::start(vec![role_credentials()]).await;
    let home = Home::new("legacy").with_services_section(&server.url);
    assert!(home.cache_file(START_URL).ends_with("40a89917e3175433e361b710a9d43528d7f1890a.json"));
    home.write_token(START_URL, &json!({"startUrl": START_URL, "region": "eu-central-1", "accessToken": "cached-access-token", "expiresAt": in_secs(3600)}));
    let env = Env::from_pairs([("HOME", home.0.display().to_string()), ("AWS_EC2_METADATA_DISABLED", "true".into())]);
    let credentials = sso_chain(env.clone(), "legacy").provide_credentials().await.unwrap();
    assert_eq!(credentials.access_key_id(), "ASIAROLEEXAMPLE");
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_get_role_credentials(&requests[0], "Admin", "cached-access-token");

    // Never refreshed, refresh token or not.
    let mut expiring = session_token(120);
    expiring["region"] = "eu-central-1".into();
    home.write_token(START_URL, &expiring);
    sso_chain(env.clone(), "legacy").provide_credentials().await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_get_role_credentials(&requests[1], "Admin", "cached-access-token");

    home.write_token(START_URL, &session_token(-1));
    let err = sso_chain(env, "legacy").provide_credentials().await.unwrap_err();
    let text = message(&err);
    assert!(text.starts_with("the SSO session of profile `legacy` expired at "), "{text}");
    assert!(text.ends_with("; run `aws sso login --profile legacy`"), "{text}");
    assert_eq!(server.requests().len(), 2);
    assert_eq!(home.token(START_URL)["accessToken"], "cached-access-token");
}

// ---- registration on the config builder --------------------------------------------------------

#[tokio::test]
async fn the_config_builder_line_signs_calls_with_the_role_credentials() {
    let sso = Server::start(vec![role_credentials()]).await;
    let service = Server::start(vec![Reply::rest_json(200, r#"{"Functions":[]}"#)]).await;
    let home = Home::new("config");
    home.write_token("corp", &session_token(3600));
    let env = home.env(&sso.url);

    // The service's endpoint URL is the service's: the SSO calls still go to theirs.
    let config = Config::from_env()
        .env(env)
        .profile("dev")
        .endpoint_url(&service.url)
        .sso(Arc::new(SsoCredentialsClient::new()))
        .build()
        .unwrap();
    Lambda::new(&config).unwrap().list_functions().send().await.unwrap();

    assert_get_role_credentials(&sso.requests()[0], "ReadOnly", "cached-access-token");
    let signed = &service.requests()[0];
    let authorization = signed.header("authorization").unwrap();
    assert!(authorization.contains("Credential=ASIAROLEEXAMPLE/"), "{authorization}");
    assert!(authorization.contains("/eu-west-1/lambda/"), "signed for the profile's region: {authorization}");
    assert_eq!(signed.header("x-amz-security-token"), Some(ROLE_SESSION));
}

#[tokio::test]
async fn without_the_sso_client_the_error_says_what_to_add() {
    let server = Server::start(vec![role_credentials()]).await;
    let home = Home::new("no-client");
    home.write_token("corp", &session_token(3600));
    let config = Config::from_env().env(home.env(&server.url)).profile("dev").build().unwrap();
    let err = Lambda::new(&config).unwrap().list_functions().send().await.unwrap_err();
    assert_eq!(
        chain(&err),
        "invalid configuration: credentials could not be loaded: profile `dev` gets its credentials from IAM \
         Identity Center (SSO), which needs an SSO client: add the `aws-operation-sso` crate and call \
         `.sso(Arc::new(aws_operation_sso::SsoCredentialsClient::new()))` on the config builder"
    );
    assert!(server.requests().is_empty());
}
