//! From a resolved SSO profile to credentials: the cached token (refreshed when due, see
//! [the token module](super::token)), then `GetRoleCredentials` through the [`SsoClient`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use super::client::{GetRoleCredentialsRequest, GetRoleCredentialsResponse, SsoCallError, SsoClient};
use super::token::{self, CachedToken, Next};
use super::{SsoError, SsoProfile};
use crate::config::{Config, SystemClock, TimeSource};
use crate::credentials::Credentials;
use crate::env::Env;
use crate::profile::ProfileSet;

/// Gets the credentials of SSO profiles, asking the portal each time it is asked.
///
/// The default chain uses one when an [`SsoClient`] is registered with
/// [`ConfigBuilder::sso`](crate::config::ConfigBuilder::sso), and caches what it gives.
#[derive(Debug, Clone)]
pub struct SsoProvider {
    client: Arc<dyn SsoClient>,
    config: Option<Config>,
    clock: Arc<dyn TimeSource>,
}

impl SsoProvider {
    /// A provider making its calls with `client`.
    pub fn new(client: Arc<dyn SsoClient>) -> Self {
        Self { client, config: None, clock: Arc::new(SystemClock) }
    }

    /// The clock tokens' expiry is checked against. Default: the system clock.
    #[must_use]
    pub fn clock(mut self, clock: Arc<dyn TimeSource>) -> Self {
        self.clock = clock;
        self
    }

    /// The config whose settings (timeouts, retries, proxy, CA bundle, FIPS) the calls use.
    /// Its region, credentials, endpoint URL, `connect_to` and interceptors are not used: the
    /// calls go to the session's region, unsigned, to the endpoints configured for SSO, and the
    /// interceptors would see the tokens they carry. Default: the defaults of [`Config::builder`].
    #[must_use]
    pub fn config(mut self, config: Config) -> Self {
        self.config = Some(config);
        self
    }

    /// The credentials of `profile`, with the token cache under the home directory of `env`
    /// and the endpoint overrides of `env` and `profiles`.
    pub async fn credentials(
        &self,
        env: &Env,
        profiles: &ProfileSet,
        profile: &SsoProfile,
    ) -> Result<Credentials, SsoError> {
        let config = self.call_config(env, profiles, profile.region());
        let access_token = self.access_token(env, &config, profile).await?;
        let failed = |source| SsoError::RoleCredentials {
            profile: profile.profile().to_owned(),
            role_name: profile.role_name().to_owned(),
            account_id: profile.account_id().to_owned(),
            login: profile.login_command(),
            source: Box::new(source),
        };
        let request = GetRoleCredentialsRequest {
            account_id: profile.account_id().to_owned(),
            role_name: profile.role_name().to_owned(),
            access_token,
        };
        let response = self.client.get_role_credentials(&config, request).await.map_err(failed)?;
        // The role is the profile's account's: DynamoDB's account-based endpoints use it.
        role_credentials(response)
            .map(|c| c.with_account_id(profile.account_id()))
            .map_err(|reason| failed(SsoCallError::InvalidResponse(reason)))
    }

    fn call_config(&self, env: &Env, profiles: &ProfileSet, region: &str) -> Config {
        let mut config = match &self.config {
            Some(config) => config.clone(),
            // The defaults pass every check of `build`.
            None => Config::builder().build().expect("the default config is valid"),
        };
        config.region = Some(region.to_owned());
        config.credentials = None;
        config.endpoint_url = None;
        config.connect_to = None;
        config.interceptors.clear();
        config.env = env.clone();
        config.profiles = Some(Arc::new(profiles.clone()));
        config
    }

    /// The access token to call with: the cached one, or a refreshed one written back.
    async fn access_token(&self, env: &Env, config: &Config, profile: &SsoProfile) -> Result<String, SsoError> {
        let home = env.home_dir().ok_or_else(|| SsoError::NoHome { profile: profile.profile().to_owned() })?;
        let path = token::cache_file(&home, profile.cache_key());
        let refreshable = profile.session().is_some();
        // One refresh of a file at a time in this process: a second caller then reads the token
        // the first wrote, instead of spending a refresh token that may just have been rotated.
        let lock = refreshable.then(|| file_lock(&path));
        let _guard = match &lock {
            Some(lock) => Some(lock.lock().await),
            None => None,
        };
        let cached = read_token(&path, profile)?;
        let request = match cached.next(self.clock.now(), refreshable) {
            Next::Use => return Ok(cached.access_token().to_owned()),
            Next::Expired => return Err(expired(profile, cached.expires_at())),
            Next::Refresh(request) => request,
        };
        let refreshed = match self.client.create_token(config, request).await {
            Ok(response) => cached.refreshed(&response, self.clock.now()).map_err(SsoCallError::InvalidResponse),
            Err(e) => Err(e),
        };
        match refreshed {
            Ok(new) => {
                token::write_atomically(&path, &new.to_json())
                    .map_err(|e| SsoError::WriteToken { path, source: Arc::new(e) })?;
                Ok(new.access_token().to_owned())
            }
            // Still good: use it; the next ask tries the refresh again.
            Err(_) if self.clock.now() < cached.expires_at() => Ok(cached.access_token().to_owned()),
            Err(source) => Err(SsoError::Refresh {
                profile: profile.profile().to_owned(),
                session: profile.session().map(str::to_owned),
                login: profile.login_command(),
                source: Box::new(source),
            }),
        }
    }
}

fn expired(profile: &SsoProfile, expired_at: SystemTime) -> SsoError {
    SsoError::Expired {
        profile: profile.profile().to_owned(),
        session: profile.session().map(str::to_owned),
        expired_at,
        login: profile.login_command(),
    }
}

fn read_token(path: &Path, profile: &SsoProfile) -> Result<CachedToken, SsoError> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(SsoError::NotLoggedIn { path: path.to_owned(), login: profile.login_command() });
        }
        Err(e) => return Err(SsoError::ReadToken { path: path.to_owned(), source: Arc::new(e) }),
    };
    CachedToken::parse(&bytes).map_err(|reason| SsoError::InvalidToken {
        path: path.to_owned(),
        reason,
        login: profile.login_command(),
    })
}

/// The lock of one cache file, shared by every provider in the process.
fn file_lock(path: &Path) -> Arc<tokio::sync::Mutex<()>> {
    static LOCKS: Mutex<BTreeMap<PathBuf, Arc<tokio::sync::Mutex<()>>>> = Mutex::new(BTreeMap::new());
    // Entries are only ever added whole, so a panic elsewhere cannot leave the map half-written.
    let mut locks = LOCKS.lock().unwrap_or_else(PoisonError::into_inner);
    Arc::clone(locks.entry(path.to_owned()).or_default())
}

/// The credentials in `GetRoleCredentials`' answer: the key pair, the session token and the
/// expiry (milliseconds since the epoch) that the cache in front of the chain refreshes ahead of.
fn role_credentials(response: GetRoleCredentialsResponse) -> Result<Credentials, String> {
    let required =
        |value: Option<String>, key: &str| value.filter(|v| !v.is_empty()).ok_or(format!("`{key}` is missing"));
    let access_key_id = required(response.access_key_id, "accessKeyId")?;
    let secret_access_key = required(response.secret_access_key, "secretAccessKey")?;
    let session_token = response.session_token.filter(|t| !t.is_empty());
    let expiration = match response.expiration {
        Some(millis) if millis >= 0 => SystemTime::UNIX_EPOCH + Duration::from_millis(millis.unsigned_abs()),
        Some(_) => return Err("`expiration` is negative".to_owned()),
        None => return Err("`expiration` is missing".to_owned()),
    };
    Ok(Credentials::new(access_key_id, secret_access_key, session_token, Some(expiration)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::FixedClock;
    use crate::credentials::sso::{CreateTokenRequest, CreateTokenResponse, SsoFuture};
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A client answering from fixed results and counting its calls.
    #[derive(Debug, Default)]
    struct Scripted {
        token: Option<Result<CreateTokenResponse, SsoCallError>>,
        role: Option<Result<GetRoleCredentialsResponse, SsoCallError>>,
        token_calls: AtomicUsize,
        role_calls: Mutex<Vec<(String, GetRoleCredentialsRequest)>>,
    }

    impl SsoClient for Scripted {
        fn create_token<'a>(&'a self, _: &'a Config, _: CreateTokenRequest) -> SsoFuture<'a, CreateTokenResponse> {
            self.token_calls.fetch_add(1, Ordering::Relaxed);
            Box::pin(async {
                // Long enough for a second caller to arrive meanwhile.
                tokio::time::sleep(Duration::from_millis(50)).await;
                self.token.clone().expect("no CreateToken scripted")
            })
        }

        fn get_role_credentials<'a>(
            &'a self,
            config: &'a Config,
            request: GetRoleCredentialsRequest,
        ) -> SsoFuture<'a, GetRoleCredentialsResponse> {
            let region = config.region().unwrap_or_default().to_owned();
            self.role_calls.lock().unwrap().push((region, request));
            Box::pin(std::future::ready(self.role.clone().expect("no GetRoleCredentials scripted")))
        }
    }

    fn role_answer() -> GetRoleCredentialsResponse {
        GetRoleCredentialsResponse {
            access_key_id: Some("ASIAROLE".into()),
            secret_access_key: Some("role-secret".into()),
            session_token: Some("role-session".into()),
            expiration: Some(1_714_568_400_000),
        }
    }

    /// A home folder with a session profile and its cached token.
    struct Home(PathBuf);

    impl Home {
        fn new(name: &str, token: &str) -> Self {
            let dir = std::env::temp_dir().join(format!("aws-operation-sso-provider-{name}-{}", std::process::id()));
            let cache = dir.join(".aws/sso/cache");
            std::fs::create_dir_all(&cache).unwrap();
            std::fs::write(cache.join(token::file_name("corp")), token).unwrap();
            Self(dir)
        }

        fn env(&self) -> Env {
            Env::from_pairs([("HOME", self.0.display().to_string())])
        }
    }

    impl Drop for Home {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn profiles() -> (ProfileSet, SsoProfile) {
        let config = "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\n\
                      [sso-session corp]\nsso_start_url = https://d-abc123.awsapps.com/start\nsso_region = eu-west-1\n";
        let profiles = ProfileSet::parse(config, "", "dev").unwrap();
        let profile = SsoProfile::resolve(&profiles, profiles.selected().unwrap()).unwrap();
        (profiles, profile)
    }

    const NOW: &str = "2024-05-01T12:00:00Z";

    fn clock() -> Arc<FixedClock> {
        Arc::new(FixedClock(crate::credentials::json::parse_time(NOW).unwrap()))
    }

    #[tokio::test]
    async fn a_valid_token_gets_the_role_credentials_in_the_session_region() {
        let home = Home::new("valid", r#"{"accessToken":"at-1","expiresAt":"2024-05-01T13:00:00Z"}"#);
        let client = Arc::new(Scripted { role: Some(Ok(role_answer())), ..Scripted::default() });
        let (profiles, profile) = profiles();
        let provider = SsoProvider::new(client.clone()).clock(clock());
        let credentials = provider.credentials(&home.env(), &profiles, &profile).await.unwrap();
        assert_eq!(
            (credentials.access_key_id(), credentials.secret_access_key(), credentials.session_token()),
            ("ASIAROLE", "role-secret", Some("role-session"))
        );
        assert_eq!(credentials.expiry(), crate::credentials::json::parse_time("2024-05-01T13:00:00Z"));
        let calls = client.role_calls.lock().unwrap().clone();
        assert_eq!(calls.len(), 1);
        let (region, request) = &calls[0];
        assert_eq!(region, "eu-west-1");
        assert_eq!((request.account_id.as_str(), request.role_name.as_str()), ("111122223333", "ReadOnly"));
        assert_eq!(request.access_token, "at-1");
        assert_eq!(client.token_calls.load(Ordering::Relaxed), 0);
    }

    #[tokio::test]
    async fn a_failed_refresh_keeps_using_a_token_that_is_still_valid() {
        let home = Home::new(
            "refresh-fails",
            r#"{"accessToken":"at-1","expiresAt":"2024-05-01T12:02:00Z","refreshToken":"rt","clientId":"c",
                "clientSecret":"s","registrationExpiresAt":"2024-09-01T00:00:00Z"}"#,
        );
        let client = Arc::new(Scripted {
            token: Some(Err(SsoCallError::service("InvalidGrantException", None))),
            role: Some(Ok(role_answer())),
            ..Scripted::default()
        });
        let (profiles, profile) = profiles();
        let provider = SsoProvider::new(client.clone()).clock(clock());
        provider.credentials(&home.env(), &profiles, &profile).await.unwrap();
        assert_eq!(client.token_calls.load(Ordering::Relaxed), 1);
        assert_eq!(client.role_calls.lock().unwrap()[0].1.access_token, "at-1");
    }

    #[tokio::test]
    async fn a_failed_refresh_of_an_expired_token_says_to_log_in() {
        let home = Home::new(
            "refresh-fails-expired",
            r#"{"accessToken":"at-1","expiresAt":"2024-05-01T11:00:00Z","refreshToken":"rt","clientId":"c",
                "clientSecret":"s","registrationExpiresAt":"2024-09-01T00:00:00Z"}"#,
        );
        let client = Arc::new(Scripted {
            token: Some(Err(SsoCallError::service("InvalidGrantException", Some("Invalid refresh token".into())))),
            ..Scripted::default()
        });
        let (profiles, profile) = profiles();
        let err = SsoProvider::new(client.clone()).clock(clock()).credentials(&home.env(), &profiles, &profile).await;
        let err = err.unwrap_err();
        assert_eq!(
            crate::error::chain(&err),
            "the SSO session `corp` of profile `dev` has expired and could not be refreshed; run `aws sso login \
             --sso-session corp`: the service returned InvalidGrantException: Invalid refresh token"
        );
        assert!(client.role_calls.lock().unwrap().is_empty());
    }

    #[tokio::test]
    async fn two_providers_refresh_one_file_once() {
        let home = Home::new(
            "refresh-once",
            r#"{"accessToken":"at-1","expiresAt":"2024-05-01T12:02:00Z","refreshToken":"rt","clientId":"c",
                "clientSecret":"s","registrationExpiresAt":"2024-09-01T00:00:00Z","other":1}"#,
        );
        let answer =
            CreateTokenResponse { access_token: Some("at-2".into()), expires_in: Some(3600), refresh_token: None };
        let client =
            Arc::new(Scripted { token: Some(Ok(answer)), role: Some(Ok(role_answer())), ..Scripted::default() });
        let (profiles, profile) = profiles();
        let (a, b) = (SsoProvider::new(client.clone()).clock(clock()), SsoProvider::new(client.clone()).clock(clock()));
        let env = home.env();
        let (first, second) =
            tokio::join!(a.credentials(&env, &profiles, &profile), b.credentials(&env, &profiles, &profile));
        first.unwrap();
        second.unwrap();
        assert_eq!(client.token_calls.load(Ordering::Relaxed), 1, "the second read what the first wrote");
        let tokens: Vec<_> = client.role_calls.lock().unwrap().iter().map(|(_, r)| r.access_token.clone()).collect();
        assert_eq!(tokens, ["at-2", "at-2"]);
        let written: serde_json::Value = serde_json::from_slice(
            &std::fs::read(home.0.join(".aws/sso/cache").join(token::file_name("corp"))).unwrap(),
        )
        .unwrap();
        assert_eq!(
            written,
            serde_json::json!({"accessToken": "at-2", "expiresAt": "2024-05-01T13:00:00Z", "refreshToken": "rt",
                "clientId": "c", "clientSecret": "s", "registrationExpiresAt": "2024-09-01T00:00:00Z", "other": 1})
        );
    }

    #[tokio::test]
    async fn cache_problems_name_the_file_and_the_login() {
        let (profiles, profile) = profiles();
        let client = Arc::new(Scripted::default());
        let provider = SsoProvider::new(client.clone()).clock(clock());
        let home = Home::new("bad-token", r#"{"accessToken":"at-1"}"#);
        let err = provider.credentials(&home.env(), &profiles, &profile).await.unwrap_err();
        let path = home.0.join(".aws/sso/cache").join(token::file_name("corp"));
        assert_eq!(
            err.to_string(),
            format!(
                "the SSO token cache file `{}` is not valid (`expiresAt` is missing); run `aws sso login --sso-session corp`",
                path.display()
            )
        );
        std::fs::remove_file(&path).unwrap();
        let err = provider.credentials(&home.env(), &profiles, &profile).await.unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("no SSO token is cached in `{}`; run `aws sso login --sso-session corp`", path.display())
        );
        let err = provider.credentials(&Env::from_pairs([("X", "1")]), &profiles, &profile).await.unwrap_err();
        assert_eq!(
            err.to_string(),
            "the SSO token cache of profile `dev` is in the home directory, and there is none: set `HOME`"
        );
        assert!(client.role_calls.lock().unwrap().is_empty());
    }

    #[test]
    fn role_credentials_are_checked() {
        let c = role_credentials(GetRoleCredentialsResponse { session_token: Some(String::new()), ..role_answer() });
        assert_eq!(c.unwrap().session_token(), None);
        let cases: &[(GetRoleCredentialsResponse, &str)] = &[
            (GetRoleCredentialsResponse { access_key_id: None, ..role_answer() }, "`accessKeyId` is missing"),
            (
                GetRoleCredentialsResponse { secret_access_key: Some(String::new()), ..role_answer() },
                "`secretAccessKey` is missing",
            ),
            (GetRoleCredentialsResponse { expiration: None, ..role_answer() }, "`expiration` is missing"),
            (GetRoleCredentialsResponse { expiration: Some(-1), ..role_answer() }, "`expiration` is negative"),
        ];
        for (response, want) in cases {
            assert_eq!(role_credentials(response.clone()).unwrap_err(), *want, "{response:?}");
        }
    }

    #[test]
    fn calls_use_the_session_region_and_none_of_the_services_endpoint_settings() {
        let base = Config::builder()
            .region("us-west-2")
            .credentials(Credentials::new("AKID", "secret", None, None))
            .endpoint_url("http://127.0.0.1:1")
            .connect_to("127.0.0.1:1".parse().unwrap())
            .max_attempts(5)
            .build()
            .unwrap();
        let (profiles, _) = profiles();
        let env = Env::from_pairs([("AWS_ENDPOINT_URL_SSO", "http://127.0.0.1:2")]);
        let provider = SsoProvider::new(Arc::new(Scripted::default())).config(base);
        let config = provider.call_config(&env, &profiles, "eu-west-1");
        assert_eq!(config.region(), Some("eu-west-1"));
        assert!(config.credentials.is_none() && config.connect_to.is_none() && config.interceptors.is_empty());
        assert_eq!(config.retry.max_attempts, 5);
        assert_eq!(config.endpoint_url_for("SSO").as_deref(), Some("http://127.0.0.1:2"));
        assert_eq!(config.endpoint_url_for("SSO OIDC"), None);
    }
}
