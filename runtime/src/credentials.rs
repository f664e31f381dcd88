//! AWS credentials and where they come from: static keys, or the default chain and its sources
//! (environment, profile keys, `credential_process`, container endpoints, EC2 instance metadata),
//! cached and refreshed ahead of expiry.

use std::fmt;
use std::time::SystemTime;

/// An access key pair with an optional session token and expiry.
///
/// `Debug` never prints the secret key or the session token.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
    expiry: Option<SystemTime>,
}

impl Credentials {
    /// Credentials from their parts.
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
        expiry: Option<SystemTime>,
    ) -> Self {
        Self { access_key_id: access_key_id.into(), secret_access_key: secret_access_key.into(), session_token, expiry }
    }

    /// The access key id (not secret).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The secret access key.
    pub fn secret_access_key(&self) -> &str {
        &self.secret_access_key
    }

    /// The session token of temporary credentials.
    pub fn session_token(&self) -> Option<&str> {
        self.session_token.as_deref()
    }

    /// When these credentials stop working, if they expire.
    pub fn expiry(&self) -> Option<SystemTime> {
        self.expiry
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field("session_token", &self.session_token.as_ref().map(|_| "** redacted **"))
            .field("expiry", &self.expiry)
            .finish()
    }
}

pub mod cache;
pub mod container;
mod http;
pub mod imds;
mod json;
pub mod process;
pub mod provider;

pub use cache::CachedCredentials;
pub use container::ContainerCredentials;
pub use http::MetadataError;
pub use imds::ImdsCredentials;
pub use process::{CredentialProcess, ProcessError};
pub use provider::CredentialsError;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::config::TimeSource;

/// The future a credentials provider returns.
pub type CredentialsFuture<'a> = Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + 'a>>;

/// A source of credentials, asked before every attempt; it caches as it sees fit.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Credentials valid now.
    fn provide_credentials(&self) -> CredentialsFuture<'_>;
}

impl ProvideCredentials for Credentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(std::future::ready(Ok(self.clone())))
    }
}

impl<P: ProvideCredentials + ?Sized> ProvideCredentials for Arc<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        (**self).provide_credentials()
    }
}

/// The default chain ([`provider::default_chain`]: environment, profile, container endpoint,
/// instance metadata), cached by [`CachedCredentials`]: asked again shortly before the
/// credentials it gave expire, never for credentials without an expiry.
///
/// The files are read when the chain is asked; a failure is not cached, so fixing the files works
/// without a restart.
#[derive(Debug)]
pub struct DefaultChain {
    cache: CachedCredentials<ChainSource>,
}

#[derive(Debug)]
struct ChainSource {
    env: crate::env::Env,
    profile: Option<String>,
}

impl ProvideCredentials for ChainSource {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(provider::default_chain(&self.env, self.profile.as_deref()))
    }
}

impl DefaultChain {
    /// The chain over `env`, with `profile` overriding `AWS_PROFILE`.
    pub fn new(env: crate::env::Env, profile: Option<String>) -> Self {
        Self { cache: CachedCredentials::new(ChainSource { env, profile }) }
    }

    /// The clock that expiry is checked against. Default: the system clock.
    #[must_use]
    pub fn clock(mut self, clock: Arc<dyn TimeSource>) -> Self {
        self.cache = self.cache.clock(clock);
        self
    }
}

impl ProvideCredentials for DefaultChain {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        self.cache.provide_credentials()
    }
}

/// A credentials provider shared by clones of a client.
pub type SharedCredentials = Arc<dyn ProvideCredentials>;
