//! Client configuration: region, credentials, endpoint, timeouts, and what tests inject.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::credentials::{Credentials, DefaultChain, SharedCredentials};
use crate::env::Env;
use crate::error::ConfigError;
use crate::idempotency::{TokenGenerator, UuidV4};
use crate::profile::{self, ProfileSet};
use crate::retry::RetryConfig;

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

/// Everything a client needs, shared by all its clones. Build it with [`Config::builder`] or,
/// to read the environment and the shared config files, [`Config::from_env`].
#[derive(Debug, Clone)]
pub struct Config {
    pub(crate) region: Option<String>,
    pub(crate) credentials: Option<SharedCredentials>,
    pub(crate) endpoint_url: Option<String>,
    pub(crate) use_fips: bool,
    pub(crate) allow_http: bool,
    pub(crate) connect_timeout: Duration,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) max_response_bytes: usize,
    pub(crate) tokens: Arc<dyn TokenGenerator>,
    pub(crate) clock: Arc<dyn TimeSource>,
    pub(crate) env: Env,
    pub(crate) profiles: Option<Arc<ProfileSet>>,
    pub(crate) app_name: Option<String>,
    pub(crate) retry: RetryConfig,
    pub(crate) observer: Option<Arc<dyn crate::http::HttpObserver>>,
    pub(crate) network: crate::transport::NetworkSettings,
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
    allow_http: bool,
    connect_timeout: Option<Duration>,
    attempt_timeout: Option<Duration>,
    max_response_bytes: Option<usize>,
    tokens: Option<Arc<dyn TokenGenerator>>,
    clock: Option<Arc<dyn TimeSource>>,
    app_name: Option<String>,
    max_attempts: Option<u32>,
    retry_base_delay: Option<Duration>,
    observer: Option<Arc<dyn crate::http::HttpObserver>>,
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

    /// How long one attempt may take, response body included. Default: no limit.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// The largest response body accepted. Default: 8 MiB.
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Where idempotency tokens come from. Default: random UUID v4.
    pub fn token_generator(mut self, tokens: Arc<dyn TokenGenerator>) -> Self {
        self.tokens = Some(tokens);
        self
    }

    /// The clock used for signing. Default: the system clock.
    pub fn clock(mut self, clock: Arc<dyn TimeSource>) -> Self {
        self.clock = Some(clock);
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

    /// Something that sees every request and response, e.g. a debug log. Default: none.
    pub fn http_observer(mut self, observer: Arc<dyn crate::http::HttpObserver>) -> Self {
        self.observer = Some(observer);
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

    /// The config; fails if the shared config files or the environment cannot be read.
    pub fn build(self) -> Result<Config, ConfigError> {
        let mut config = Config {
            region: self.region,
            credentials: self.credentials,
            endpoint_url: self.endpoint_url,
            use_fips: self.use_fips.unwrap_or(false),
            allow_http: self.allow_http,
            connect_timeout: self.connect_timeout.unwrap_or(Duration::from_millis(3100)),
            attempt_timeout: self.attempt_timeout,
            max_response_bytes: self.max_response_bytes.unwrap_or(8 << 20),
            tokens: self.tokens.unwrap_or_else(|| Arc::new(UuidV4)),
            clock: self.clock.unwrap_or_else(|| Arc::new(SystemClock)),
            env: self.env.clone().unwrap_or_else(|| Env::from_pairs(Vec::<(String, String)>::new())),
            profiles: None,
            app_name: self.app_name,
            retry: RetryConfig {
                max_attempts: self.max_attempts.unwrap_or(3),
                base_delay: self.retry_base_delay.unwrap_or(Duration::from_secs(1)),
                ..RetryConfig::default()
            },
            observer: self.observer,
            network: Default::default(),
        };
        if let Some(env) = self.env {
            let profiles = ProfileSet::load(&env, self.profile.as_deref()).map_err(ConfigError::Profile)?;
            config.network = crate::transport::NetworkSettings::from_env(&env, &profiles)?;
            if config.region.is_none() {
                config.region = profile::region(&env, &profiles);
            }
            if self.use_fips.is_none() {
                config.use_fips = profile::use_fips(&env, &profiles).map_err(ConfigError::Profile)?;
            }
            if config.credentials.is_none() {
                config.credentials = Some(Arc::new(DefaultChain::new(env.clone(), self.profile.clone())));
            }
            if self.max_attempts.is_none()
                && let Some(n) = profile::max_attempts(&env, &profiles).map_err(ConfigError::Profile)?
            {
                config.retry.max_attempts = n.max(1);
            }
            config.profiles = Some(Arc::new(profiles));
        }
        Ok(config)
    }
}
