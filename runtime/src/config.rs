//! Client configuration: region, credentials, endpoint, timeouts, and what tests inject.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::compression;
use crate::credentials::{Credentials, DefaultChain, MfaPrompt, MfaToken, SharedCredentials, SsoClient, StsClient};
use crate::env::{Env, InvalidValueError, env_origin};
use crate::error::ConfigError;
use crate::idempotency::{TokenGenerator, UuidV4};
use crate::profile::{self, ProfileSet};
use crate::retry::{Jitter, RandomJitter, RetryConfig};

mod endpoint;

pub use endpoint::AccountIdEndpointMode;

/// The clock that signs requests; injectable so that signatures are reproducible in tests.
pub trait TimeSource: Send + Sync + std::fmt::Debug {
    /// Now.
    fn now(&self) -> SystemTime;
}

/// The system clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl TimeSource for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// A clock stopped at one instant.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub SystemTime);

impl TimeSource for FixedClock {
    fn now(&self) -> SystemTime {
        self.0
    }
}

/// How calls sleep between attempts, and waiters between calls; injectable, with
/// [`ConfigBuilder::clock`], so that tests of retrying and waiting take no time.
pub trait AsyncSleep: Send + Sync + std::fmt::Debug {
    /// A future that is ready once `duration` has passed.
    fn sleep(&self, duration: Duration) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>>;
}

/// Tokio's timer.
#[derive(Debug, Default, Clone, Copy)]
pub struct TokioSleep;

impl AsyncSleep for TokioSleep {
    fn sleep(&self, duration: Duration) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// Everything a client needs, shared by all its clones. Build it with [`Config::builder`] or,
/// to read the environment and the shared config files, [`Config::from_env`].
#[derive(Debug, Clone)]
pub struct Config {
    pub(crate) region: Option<String>,
    pub(crate) credentials: Option<SharedCredentials>,
    pub(crate) endpoint_url: Option<String>,
    pub(crate) use_fips: bool,
    pub(crate) use_dual_stack: bool,
    pub(crate) allow_http: bool,
    pub(crate) connect_timeout: Duration,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) read_timeout: Option<Duration>,
    pub(crate) operation_timeout: Option<Duration>,
    pub(crate) max_response_bytes: usize,
    pub(crate) tokens: Arc<dyn TokenGenerator>,
    pub(crate) clock: Arc<dyn TimeSource>,
    pub(crate) sleep: Arc<dyn AsyncSleep>,
    pub(crate) env: Env,
    pub(crate) profiles: Option<Arc<ProfileSet>>,
    pub(crate) app_name: Option<String>,
    pub(crate) retry: RetryConfig,
    pub(crate) jitter: Arc<dyn Jitter>,
    pub(crate) interceptors: Vec<crate::interceptor::SharedInterceptor>,
    pub(crate) http_client: Option<crate::http_client::SharedHttpClient>,
    pub(crate) network: crate::transport::NetworkSettings,
    pub(crate) disable_request_compression: bool,
    pub(crate) request_min_compression_size_bytes: u32,
    pub(crate) request_checksum_calculation: crate::checksum::ChecksumCalculation,
    pub(crate) response_checksum_validation: crate::checksum::ChecksumCalculation,
    pub(crate) disable_host_prefix_injection: bool,
    pub(crate) connect_to: Option<SocketAddr>,
    pub(crate) http_versions: crate::transport::HttpVersions,
    pub(crate) endpoint_params: endpoint::EndpointSettings,
}

impl Config {
    /// A builder with nothing configured: no region, no credentials.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// A builder loaded from the process environment and the shared config files: region,
    /// credentials (the default chain), endpoint URLs, FIPS, the HTTPS proxy (`HTTPS_PROXY`,
    /// `NO_PROXY`) and the CA bundle (`AWS_CA_BUNDLE`). Without it no proxy is used.
    pub fn from_env() -> ConfigBuilder {
        ConfigBuilder { env: Some(Env::real()), ..ConfigBuilder::default() }
    }

    /// The region, if any.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The endpoint URL configured for a service, from the config, then the environment and
    /// profile (`AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, `[services]`, `endpoint_url`).
    pub fn endpoint_url_for(&self, service_id: &str) -> Option<String> {
        if self.endpoint_url.is_some() {
            return self.endpoint_url.clone();
        }
        let profiles = self.profiles.as_deref()?;
        let env_name = service_id.to_ascii_uppercase().replace([' ', '-'], "_");
        let key = service_id.to_ascii_lowercase().replace([' ', '-'], "_");
        profile::configured_endpoint_url(&self.env, profiles, &env_name, &key)
    }
}

/// Builds a [`Config`]. Setters are infallible; [`ConfigBuilder::build`] reports problems.
#[derive(Debug, Default)]
#[must_use]
pub struct ConfigBuilder {
    env: Option<Env>,
    profile: Option<String>,
    region: Option<String>,
    credentials: Option<SharedCredentials>,
    endpoint_url: Option<String>,
    use_fips: Option<bool>,
    use_dual_stack: Option<bool>,
    allow_http: bool,
    connect_timeout: Option<Duration>,
    attempt_timeout: Option<Duration>,
    read_timeout: Option<Duration>,
    operation_timeout: Option<Duration>,
    max_response_bytes: Option<usize>,
    tokens: Option<Arc<dyn TokenGenerator>>,
    clock: Option<Arc<dyn TimeSource>>,
    sleep: Option<Arc<dyn AsyncSleep>>,
    app_name: Option<String>,
    max_attempts: Option<u32>,
    retry_base_delay: Option<Duration>,
    jitter: Option<Arc<dyn Jitter>>,
    interceptors: Vec<crate::interceptor::SharedInterceptor>,
    http_client: Option<crate::http_client::SharedHttpClient>,
    disable_request_compression: Option<bool>,
    request_min_compression_size_bytes: Option<u32>,
    request_checksum_calculation: Option<crate::checksum::ChecksumCalculation>,
    response_checksum_validation: Option<crate::checksum::ChecksumCalculation>,
    disable_host_prefix_injection: bool,
    connect_to: Option<SocketAddr>,
    #[cfg(feature = "http2")]
    http2_prior_knowledge: bool,
    sso: Option<Arc<dyn SsoClient>>,
    sts: Option<Arc<dyn StsClient>>,
    mfa: Option<MfaToken>,
    endpoint_params: endpoint::EndpointSettings,
}

impl ConfigBuilder {
    /// The region. Default: from the environment and profile with `from_env`, else none.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Static credentials. Default: the default chain with `from_env`, else none.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(Arc::new(credentials));
        self
    }

    /// Any credentials provider. Default: as [`ConfigBuilder::credentials`].
    pub fn credentials_provider(mut self, provider: SharedCredentials) -> Self {
        self.credentials = Some(provider);
        self
    }

    /// A credentials provider of the AWS SDK for Rust: any
    /// `aws_credential_types::provider::ProvideCredentials`, such as aws-config's default chain
    /// or its SSO, login and web identity providers, or one of your own. It is cached and
    /// refreshed ahead of expiry as [`SdkCredentials`](crate::credentials::SdkCredentials) says,
    /// on the system clock; for another clock or refresh window, build an `SdkCredentials` and
    /// pass it to [`ConfigBuilder::credentials_provider`]. Like that setter, it replaces any
    /// credentials set before it. Default: as [`ConfigBuilder::credentials`].
    pub fn sdk_credentials_provider(
        mut self,
        provider: impl aws_credential_types::provider::ProvideCredentials + 'static,
    ) -> Self {
        self.credentials = Some(Arc::new(crate::credentials::SdkCredentials::new(provider)));
        self
    }

    /// The client the default chain (with `from_env`) calls for a profile that uses IAM Identity
    /// Center (SSO): `Arc::new(aws_operation_sso::SsoCredentialsClient::new())`. Its calls use this
    /// config's timeouts, retries and network settings, in the session's region, at the endpoints
    /// configured for SSO (`AWS_ENDPOINT_URL_SSO`, `AWS_ENDPOINT_URL_SSO_OIDC`, ...), never at
    /// [`ConfigBuilder::endpoint_url`], which is the service's. The runtime cannot make these calls
    /// itself: the operations live in a crate that depends on it. Default: none; such a profile
    /// then fails with an error that says to add it.
    pub fn sso(mut self, client: Arc<dyn SsoClient>) -> Self {
        self.sso = Some(client);
        self
    }

    /// The client the default chain (with `from_env`) calls to take roles, for a profile with
    /// `role_arn` and for web identity: `Arc::new(aws_operation_sts::StsCredentialsClient::new())`.
    /// Its calls use this config's region, timeouts, retries and network settings, at the
    /// endpoints configured for STS (`AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL`,
    /// `sts_regional_endpoints`, ...), never at [`ConfigBuilder::endpoint_url`], which is the
    /// service's. Default: none; such a source then fails with an error that says to add it.
    pub fn sts(mut self, client: Arc<dyn StsClient>) -> Self {
        self.sts = Some(client);
        self
    }

    /// The callback that gives the current code of an MFA device, for a role whose profile sets
    /// `mfa_serial`; it is told the profile, the device and the role, and is called each time
    /// the role is taken. Default: none; such a role then fails with an error that says to add it.
    pub fn mfa_token(
        mut self,
        code: impl Fn(&MfaPrompt<'_>) -> Result<String, String> + Send + Sync + 'static,
    ) -> Self {
        self.mfa = Some(MfaToken::new(code));
        self
    }

    /// An endpoint URL for every service, bypassing endpoint rules. Default: none, or the
    /// configured one with `from_env`.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint_url = Some(url.into());
        self
    }

    /// Use FIPS endpoints. Default: false, or `AWS_USE_FIPS_ENDPOINT` / profile with `from_env`.
    pub fn use_fips(mut self, fips: bool) -> Self {
        self.use_fips = Some(fips);
        self
    }

    /// Use dual-stack (IPv4 and IPv6) endpoints. Default: false, or `AWS_USE_DUALSTACK_ENDPOINT`
    /// / the profile's `use_dualstack_endpoint` with `from_env`.
    pub fn use_dual_stack(mut self, dual_stack: bool) -> Self {
        self.use_dual_stack = Some(dual_stack);
        self
    }

    /// Allow plain `http://` endpoints on hosts other than loopback. Default: false.
    pub fn allow_http(mut self, allow: bool) -> Self {
        self.allow_http = allow;
        self
    }

    /// How long to wait for a connection. Default: 3.1 s.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// How long one attempt may take, response body included; an attempt cut short is retried.
    /// Default: no limit.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// How long to wait for the response head once a request is sent (connecting included), and
    /// then for each further part of its body: a response that stalls is cut and the attempt
    /// retried. `Duration::ZERO` waits without limit. Default: 60 s, as botocore.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = Some(timeout);
        self
    }

    /// How long a whole call may take: every attempt and the waits between them. Default: no
    /// limit.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = Some(timeout);
        self
    }

    /// The largest response body accepted; a larger one fails the call at once, without a
    /// retry. Default: 8 MiB.
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Where idempotency tokens come from. Default: random UUID v4.
    pub fn token_generator(mut self, tokens: Arc<dyn TokenGenerator>) -> Self {
        self.tokens = Some(tokens);
        self
    }

    /// The clock used for signing, and that the default chain checks credentials' expiry
    /// against. Default: the system clock.
    pub fn clock(mut self, clock: Arc<dyn TimeSource>) -> Self {
        self.clock = Some(clock);
        self
    }

    /// How calls sleep before a retry and waiters between calls (see [`crate::waiter`]); a test
    /// gives one that moves its [`ConfigBuilder::clock`] instead. Default: tokio's timer.
    pub fn sleep(mut self, sleep: Arc<dyn AsyncSleep>) -> Self {
        self.sleep = Some(sleep);
        self
    }

    /// The profile to read instead of `AWS_PROFILE` (only with `from_env`). Default: none.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// The environment to read instead of the process's (only with `from_env`; for tests).
    pub fn env(mut self, env: Env) -> Self {
        self.env = Some(env);
        self
    }

    /// An application name added to the `User-Agent`. Default: none.
    pub fn app_name(mut self, name: impl Into<String>) -> Self {
        self.app_name = Some(name.into());
        self
    }

    /// Runs `interceptor` in every call of the clients of this config, after those added before
    /// (see [`crate::interceptor`]): to read inputs, change requests before signing or sending,
    /// read responses and results. Default: none.
    pub fn interceptor(mut self, interceptor: impl crate::interceptor::Interceptor + 'static) -> Self {
        self.interceptors.push(Arc::new(interceptor));
        self
    }

    /// The HTTP client the clients of this config send through, in place of the runtime's own
    /// (hyper's, pooled, with rustls: see [`crate::http_client`]); the connect timeout, proxy,
    /// CA bundle, `connect_to` and HTTP/2 settings are then that client's business. Default:
    /// the runtime's own.
    pub fn http_client(mut self, client: impl crate::http_client::HttpClient + 'static) -> Self {
        self.http_client = Some(Arc::new(client));
        self
    }

    /// [`ConfigBuilder::interceptor`], for one already shared.
    pub fn shared_interceptor(mut self, interceptor: crate::interceptor::SharedInterceptor) -> Self {
        self.interceptors.push(interceptor);
        self
    }

    /// Attempts per call, the first included. Default: 3, or `AWS_MAX_ATTEMPTS` / profile
    /// `max_attempts` with `from_env`.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts.max(1));
        self
    }

    /// The base of the exponential backoff between attempts. Default: 1 s.
    pub fn retry_base_delay(mut self, base: Duration) -> Self {
        self.retry_base_delay = Some(base);
        self
    }

    /// Where the random factor of the backoff comes from (for tests, e.g.
    /// [`FixedJitter`](crate::retry::FixedJitter)). Default: uniform random.
    pub fn retry_jitter(mut self, jitter: Arc<dyn Jitter>) -> Self {
        self.jitter = Some(jitter);
        self
    }

    /// Send request bodies of operations with request compression uncompressed. Default: false,
    /// or `AWS_DISABLE_REQUEST_COMPRESSION` / profile `disable_request_compression` with
    /// `from_env`.
    pub fn disable_request_compression(mut self, disable: bool) -> Self {
        self.disable_request_compression = Some(disable);
        self
    }

    /// The smallest body, in bytes, that operations with request compression compress; at most
    /// 10485760 (`build` rejects more). Default: 10240, or
    /// `AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES` / profile `request_min_compression_size_bytes`
    /// with `from_env`.
    pub fn request_min_compression_size_bytes(mut self, bytes: u32) -> Self {
        self.request_min_compression_size_bytes = Some(bytes);
        self
    }

    /// When a request of an operation with flexible checksums (`httpChecksum`) carries one:
    /// whenever the operation supports one, or only when it requires one. Default:
    /// `WhenSupported`, or `AWS_REQUEST_CHECKSUM_CALCULATION` / profile
    /// `request_checksum_calculation` (`when_supported`, `when_required`) with `from_env`.
    pub fn request_checksum_calculation(mut self, when: crate::checksum::ChecksumCalculation) -> Self {
        self.request_checksum_calculation = Some(when);
        self
    }

    /// When the checksum of a response is checked: whenever the operation supports it (the
    /// client asks for one), or only when the input asks (`ChecksumMode = ENABLED`). Default:
    /// `WhenSupported`, or `AWS_RESPONSE_CHECKSUM_VALIDATION` / profile
    /// `response_checksum_validation` with `from_env`.
    pub fn response_checksum_validation(mut self, when: crate::checksum::ChecksumCalculation) -> Self {
        self.response_checksum_validation = Some(when);
        self
    }

    /// Leave the endpoint's host alone for operations with a host prefix (for an endpoint such as
    /// a local emulator's, whose host takes no prefix). Default: false, the prefix is added.
    pub fn disable_host_prefix_injection(mut self, disable: bool) -> Self {
        self.disable_host_prefix_injection = disable;
        self
    }

    /// Connect to `addr` whatever host the request URL names, as curl's `--connect-to` does: no
    /// name is looked up, and the URL's host is still sent in `Host` and signed. A port in the
    /// URL wins over the port of `addr`. For local endpoints and tests. Default: none, hosts are
    /// resolved with DNS.
    pub fn connect_to(mut self, addr: SocketAddr) -> Self {
        self.connect_to = Some(addr);
        self
    }

    /// Speak HTTP/2 from the first byte of every connection, without asking the server first
    /// (prior knowledge): for servers that speak HTTP/2 over plain `http` (h2c), such as a local
    /// stand-in for an operation that needs HTTP/2. Over TLS, ALPN then offers `h2` alone, so a
    /// server without HTTP/2 fails the handshake. Only with the `http2` feature. Default: false;
    /// `https` servers are offered `h2` and `http/1.1` and speak what they pick, plain `http`
    /// ones HTTP/1.1.
    #[cfg(feature = "http2")]
    pub fn http2_prior_knowledge(mut self, enabled: bool) -> Self {
        self.http2_prior_knowledge = enabled;
        self
    }

    /// The config; fails if the shared config files or the environment cannot be read.
    pub fn build(self) -> Result<Config, ConfigError> {
        let http_versions = self.http_versions();
        let mut config = Config {
            region: self.region,
            credentials: self.credentials,
            endpoint_url: self.endpoint_url,
            use_fips: self.use_fips.unwrap_or(false),
            use_dual_stack: self.use_dual_stack.unwrap_or(false),
            allow_http: self.allow_http,
            connect_timeout: self.connect_timeout.unwrap_or(Duration::from_millis(3100)),
            attempt_timeout: self.attempt_timeout,
            read_timeout: match self.read_timeout {
                Some(t) if t.is_zero() => None,
                Some(t) => Some(t),
                None => Some(DEFAULT_READ_TIMEOUT),
            },
            operation_timeout: self.operation_timeout,
            max_response_bytes: self.max_response_bytes.unwrap_or(8 << 20),
            tokens: self.tokens.unwrap_or_else(|| Arc::new(UuidV4)),
            clock: self.clock.unwrap_or_else(|| Arc::new(SystemClock)),
            sleep: self.sleep.unwrap_or_else(|| Arc::new(TokioSleep)),
            env: self.env.clone().unwrap_or_else(|| Env::from_pairs(Vec::<(String, String)>::new())),
            profiles: None,
            app_name: self.app_name,
            retry: RetryConfig {
                max_attempts: self.max_attempts.unwrap_or(3),
                base_delay: self.retry_base_delay.unwrap_or(Duration::from_secs(1)),
                ..RetryConfig::default()
            },
            jitter: self.jitter.unwrap_or_else(|| Arc::new(RandomJitter)),
            interceptors: self.interceptors,
            http_client: self.http_client,
            network: Default::default(),
            disable_request_compression: self.disable_request_compression.unwrap_or(false),
            request_min_compression_size_bytes: self
                .request_min_compression_size_bytes
                .unwrap_or(compression::DEFAULT_MIN_SIZE),
            request_checksum_calculation: self.request_checksum_calculation.unwrap_or_default(),
            response_checksum_validation: self.response_checksum_validation.unwrap_or_default(),
            disable_host_prefix_injection: self.disable_host_prefix_injection,
            connect_to: self.connect_to,
            http_versions,
            endpoint_params: self.endpoint_params,
        };
        let mut default_chain = None;
        if let Some(env) = self.env {
            let profiles = ProfileSet::load(&env, self.profile.as_deref()).map_err(ConfigError::Profile)?;
            config.network = crate::transport::NetworkSettings::from_env(&env, &profiles)?;
            if config.region.is_none() {
                config.region = profile::region(&env, &profiles);
            }
            if self.use_fips.is_none() {
                config.use_fips = profile::use_fips(&env, &profiles).map_err(ConfigError::Profile)?;
            }
            if self.use_dual_stack.is_none() {
                config.use_dual_stack = profile::use_dual_stack(&env, &profiles).map_err(ConfigError::Profile)?;
            }
            if config.credentials.is_none() {
                default_chain = Some(DefaultChain::new(env.clone(), self.profile.clone()));
            }
            if self.max_attempts.is_none()
                && let Some(n) = profile::max_attempts(&env, &profiles).map_err(ConfigError::Profile)?
            {
                config.retry.max_attempts = n.max(1);
            }
            if self.disable_request_compression.is_none()
                && let Some(disable) = setting(&env, &profiles, DISABLE_COMPRESSION, parse_bool_setting)?
            {
                config.disable_request_compression = disable;
            }
            if self.request_min_compression_size_bytes.is_none()
                && let Some(bytes) = setting(&env, &profiles, MIN_COMPRESSION_SIZE, parse_min_size)?
            {
                config.request_min_compression_size_bytes = bytes;
            }
            if self.request_checksum_calculation.is_none()
                && let Some(when) = setting(&env, &profiles, REQUEST_CHECKSUM, parse_checksum_setting)?
            {
                config.request_checksum_calculation = when;
            }
            if self.response_checksum_validation.is_none()
                && let Some(when) = setting(&env, &profiles, RESPONSE_CHECKSUM, parse_checksum_setting)?
            {
                config.response_checksum_validation = when;
            }
            config.endpoint_params.load(&env, &profiles)?;
            config.profiles = Some(Arc::new(profiles));
        }
        if config.request_min_compression_size_bytes > compression::MAX_MIN_SIZE {
            return Err(ConfigError::InvalidSetting {
                name: "request_min_compression_size_bytes".to_owned(),
                value: config.request_min_compression_size_bytes.to_string(),
            });
        }
        if let Some(mut chain) = default_chain {
            chain = chain.clock(Arc::clone(&config.clock));
            if self.sso.is_some() || self.sts.is_some() {
                // The config as built so far, without credentials: the SSO calls are unsigned, the
                // STS calls signed with the chain's own.
                chain = chain.call_config(config.clone());
            }
            if let Some(sso) = self.sso {
                chain = chain.sso(sso);
            }
            if let Some(sts) = self.sts {
                chain = chain.sts(sts);
            }
            if let Some(mfa) = self.mfa {
                chain = chain.mfa_token(mfa);
            }
            config.credentials = Some(Arc::new(chain));
        }
        Ok(config)
    }
}

impl ConfigBuilder {
    /// The HTTP versions the client speaks.
    fn http_versions(&self) -> crate::transport::HttpVersions {
        #[cfg(feature = "http2")]
        if self.http2_prior_knowledge {
            return crate::transport::HttpVersions::Http2Only;
        }
        crate::transport::HttpVersions::Negotiated
    }
}

/// The read timeout unless one is set.
const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(60);

/// Environment variable and profile key of a setting.
type Names = (&'static str, &'static str);
const DISABLE_COMPRESSION: Names = ("AWS_DISABLE_REQUEST_COMPRESSION", "disable_request_compression");
const MIN_COMPRESSION_SIZE: Names = ("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "request_min_compression_size_bytes");
const REQUEST_CHECKSUM: Names = ("AWS_REQUEST_CHECKSUM_CALCULATION", "request_checksum_calculation");
const RESPONSE_CHECKSUM: Names = ("AWS_RESPONSE_CHECKSUM_VALIDATION", "response_checksum_validation");

fn parse_checksum_setting(
    raw: &str,
    origin: String,
) -> Result<crate::checksum::ChecksumCalculation, InvalidValueError> {
    use crate::checksum::ChecksumCalculation;
    match raw.trim().to_ascii_lowercase().as_str() {
        "when_supported" => Ok(ChecksumCalculation::WhenSupported),
        "when_required" => Ok(ChecksumCalculation::WhenRequired),
        _ => Err(InvalidValueError::new(origin, raw, "`when_supported` or `when_required`")),
    }
}

/// A setting from its environment variable, else from the selected profile.
fn setting<T>(
    env: &Env,
    profiles: &ProfileSet,
    (var, key): Names,
    parse: fn(&str, String) -> Result<T, InvalidValueError>,
) -> Result<Option<T>, ConfigError> {
    let found = match env.get(var) {
        Some(raw) => Some(parse(&raw, env_origin(var))),
        None => profiles
            .selected()
            .and_then(|p| p.get_non_empty(key))
            .map(|raw| parse(raw, format!("profile `{}` setting `{key}`", profiles.selected_name()))),
    };
    found.transpose().map_err(|e| ConfigError::Profile(e.into()))
}

pub(crate) fn parse_bool_setting(raw: &str, origin: String) -> Result<bool, InvalidValueError> {
    crate::env::parse_bool(raw).ok_or_else(|| InvalidValueError::new(origin, raw, "`true` or `false`"))
}

fn parse_min_size(raw: &str, origin: String) -> Result<u32, InvalidValueError> {
    raw.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| *n <= compression::MAX_MIN_SIZE)
        .ok_or_else(|| InvalidValueError::new(origin, raw, "a whole number of bytes from 0 to 10485760"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A config file of its own under the temp dir, removed on drop.
    struct ConfigFile(std::path::PathBuf);

    impl ConfigFile {
        fn new(name: &str, text: &str) -> Self {
            let path = std::env::temp_dir().join(format!("aws-operation-config-unit-{name}-{}", std::process::id()));
            std::fs::write(&path, text).unwrap();
            Self(path)
        }

        fn env(&self, vars: &[(&str, &str)]) -> Env {
            let mut pairs = vec![("AWS_CONFIG_FILE".to_owned(), self.0.display().to_string())];
            pairs.extend(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
            Env::from_pairs(pairs)
        }
    }

    impl Drop for ConfigFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    #[test]
    fn timeout_and_retry_defaults() {
        let config = Config::builder().build().unwrap();
        assert_eq!(config.connect_timeout, Duration::from_millis(3100));
        assert_eq!((config.attempt_timeout, config.operation_timeout), (None, None));
        assert_eq!(config.read_timeout, Some(Duration::from_secs(60)));
        assert_eq!(config.max_response_bytes, 8 << 20);
        assert_eq!(config.retry.max_attempts, 3);
        assert_eq!(
            (config.retry.base_delay, config.retry.max_delay),
            (Duration::from_secs(1), Duration::from_secs(20))
        );
        let config = Config::builder()
            .read_timeout(Duration::ZERO)
            .operation_timeout(Duration::from_secs(9))
            .retry_jitter(Arc::new(crate::retry::FixedJitter(0.25)))
            .build()
            .unwrap();
        assert_eq!((config.read_timeout, config.operation_timeout), (None, Some(Duration::from_secs(9))));
        assert_eq!(config.jitter.sample(), 0.25);
    }

    #[test]
    fn compression_and_host_prefix_defaults() {
        let config = Config::builder().build().unwrap();
        assert!(!config.disable_request_compression && !config.disable_host_prefix_injection);
        assert_eq!(config.request_min_compression_size_bytes, 10_240);
        assert_eq!(config.connect_to, None);
        let config = Config::builder()
            .disable_request_compression(true)
            .request_min_compression_size_bytes(0)
            .disable_host_prefix_injection(true)
            .build()
            .unwrap();
        assert!(config.disable_request_compression && config.disable_host_prefix_injection);
        assert_eq!(config.request_min_compression_size_bytes, 0);
    }

    #[test]
    fn compression_settings_come_from_the_environment_then_the_profile() {
        let file = ConfigFile::new(
            "compression",
            "[default]\ndisable_request_compression = true\nrequest_min_compression_size_bytes = 100\n",
        );
        let config = Config::from_env().env(file.env(&[])).build().unwrap();
        assert!(config.disable_request_compression);
        assert_eq!(config.request_min_compression_size_bytes, 100);

        let vars = [("AWS_DISABLE_REQUEST_COMPRESSION", "FALSE"), ("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "7")];
        let config = Config::from_env().env(file.env(&vars)).build().unwrap();
        assert!(!config.disable_request_compression);
        assert_eq!(config.request_min_compression_size_bytes, 7);

        let config = Config::from_env().env(file.env(&vars)).request_min_compression_size_bytes(9).build().unwrap();
        assert_eq!(config.request_min_compression_size_bytes, 9, "the builder wins");
    }

    #[test]
    fn compression_settings_out_of_range_are_errors() {
        let error = Config::builder().request_min_compression_size_bytes(10_485_761).build().unwrap_err();
        assert!(
            matches!(&error, ConfigError::InvalidSetting { name, .. } if name == "request_min_compression_size_bytes")
        );
        let file = ConfigFile::new("compression-bad", "[default]\nrequest_min_compression_size_bytes = -1\n");
        let error = Config::from_env().env(file.env(&[])).build().unwrap_err();
        let ConfigError::Profile(source) = error else { panic!("{error:?}") };
        assert_eq!(
            source.to_string(),
            "invalid value `-1` for profile `default` setting `request_min_compression_size_bytes`: \
             expected a whole number of bytes from 0 to 10485760"
        );
        let vars = [("AWS_DISABLE_REQUEST_COMPRESSION", "yes")];
        let error = Config::from_env().env(file.env(&vars)).build().unwrap_err();
        let ConfigError::Profile(source) = error else { panic!("{error:?}") };
        assert!(source.to_string().contains("environment variable `AWS_DISABLE_REQUEST_COMPRESSION`"), "{source}");
    }
}
