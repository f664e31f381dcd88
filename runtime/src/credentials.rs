//! AWS credentials and where they come from.

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

pub mod provider;

pub use provider::CredentialsError;

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

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

/// The default chain: environment variables, then the shared config and credentials files.
///
/// The files are read once, on first use; a failure is not cached, so fixing the files works
/// without a restart.
#[derive(Debug)]
pub struct DefaultChain {
    env: crate::env::Env,
    profile: Option<String>,
    cached: Mutex<Option<Credentials>>,
}

impl DefaultChain {
    /// The chain over `env`, with `profile` overriding `AWS_PROFILE`.
    pub fn new(env: crate::env::Env, profile: Option<String>) -> Self {
        Self { env, profile, cached: Mutex::new(None) }
    }
}

impl ProvideCredentials for DefaultChain {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        let cached = self.cached.lock().map(|c| c.clone()).unwrap_or_default();
        let fresh = |c: &Credentials| c.expiry().is_none_or(|e| e > SystemTime::now());
        if let Some(c) = cached.filter(fresh) {
            return Box::pin(std::future::ready(Ok(c)));
        }
        let result = provider::default_chain(&self.env, self.profile.as_deref());
        if let (Ok(c), Ok(mut slot)) = (&result, self.cached.lock()) {
            *slot = Some(c.clone());
        }
        Box::pin(std::future::ready(result))
    }
}

/// A credentials provider shared by clones of a client.
pub type SharedCredentials = Arc<dyn ProvideCredentials>;
