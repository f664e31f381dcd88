//! AWS credentials and where they come from: static keys, or the default chain and its sources
//! (environment, profile keys, IAM Identity Center/SSO, `credential_process`, container endpoints,
//! EC2 instance metadata), cached and refreshed ahead of expiry.

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
    account_id: Option<String>,
}

impl Credentials {
    /// Credentials from their parts.
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
        expiry: Option<SystemTime>,
    ) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token,
            expiry,
            account_id: None,
        }
    }

    /// The same credentials, known to belong to the AWS account `account_id` (12 digits): the
    /// `AWS::Auth::AccountId` of endpoint rules that route by account, such as DynamoDB's.
    #[must_use]
    pub fn with_account_id(mut self, account_id: impl Into<String>) -> Self {
        self.account_id = Some(account_id.into());
        self
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

    /// The account the credentials belong to, when known (not secret).
    pub fn account_id(&self) -> Option<&str> {
        self.account_id.as_deref()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field("session_token", &self.session_token.as_ref().map(|_| "** redacted **"))
            .field("expiry", &self.expiry)
            .field("account_id", &self.account_id)
            .finish()
    }
}

pub mod cache;
pub mod call;
pub mod container;
mod http;
pub mod imds;
mod json;
pub mod process;
pub mod provider;
pub mod sdk;
pub mod sso;
pub mod sts;

pub use cache::CachedCredentials;
pub use call::CallError;
pub use container::ContainerCredentials;
pub use http::MetadataError;
pub use imds::ImdsCredentials;
pub use process::{CredentialProcess, ProcessError};
pub use provider::CredentialsError;
pub use sdk::{SdkCredentials, SdkCredentialsError, SdkErrorKind};
pub use sso::{SsoClient, SsoError};
pub use sts::{MfaPrompt, MfaToken, StsClient, StsError};

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::config::{Config, SystemClock, TimeSource};

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

/// The default chain ([`provider::default_chain`]: environment, profile, web identity, container
/// endpoint, instance metadata), cached by [`CachedCredentials`]: asked again shortly before the
/// credentials it gave expire, never for credentials without an expiry.
///
/// The files are read when the chain is asked; a failure is not cached, so fixing the files works
/// without a restart.
#[derive(Debug)]
pub struct DefaultChain {
    cache: CachedCredentials<ChainSource>,
}

#[derive(Debug, Clone)]
struct ChainSource {
    env: crate::env::Env,
    profile: Option<String>,
    clock: Arc<dyn TimeSource>,
    sso: Option<Arc<dyn SsoClient>>,
    sts: Option<Arc<dyn StsClient>>,
    mfa: Option<MfaToken>,
    /// The config the SSO and STS calls take their settings from.
    call_config: Option<Config>,
}

impl ChainSource {
    async fn provide(&self) -> Result<Credentials, CredentialsError> {
        let sso = self.sso.as_ref().map(|client| {
            let provider = sso::SsoProvider::new(Arc::clone(client)).clock(Arc::clone(&self.clock));
            match &self.call_config {
                Some(config) => provider.config(config.clone()),
                None => provider,
            }
        });
        let sts = self.sts.as_ref().map(|client| {
            let mut provider = sts::StsProvider::new(Arc::clone(client)).clock(Arc::clone(&self.clock));
            if let Some(config) = &self.call_config {
                provider = provider.config(config.clone());
            }
            match &self.mfa {
                Some(mfa) => provider.mfa(mfa.clone()),
                None => provider,
            }
        });
        provider::default_chain(&self.env, self.profile.as_deref(), sso.as_ref(), sts.as_ref()).await
    }
}

impl ProvideCredentials for ChainSource {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.provide())
    }
}

impl DefaultChain {
    /// The chain over `env`, with `profile` overriding `AWS_PROFILE`.
    pub fn new(env: crate::env::Env, profile: Option<String>) -> Self {
        let source = ChainSource {
            env,
            profile,
            clock: Arc::new(SystemClock),
            sso: None,
            sts: None,
            mfa: None,
            call_config: None,
        };
        Self { cache: CachedCredentials::new(source) }
    }

    /// The clock that expiry (of credentials, and of SSO tokens) is checked against. Default: the
    /// system clock.
    #[must_use]
    pub fn clock(self, clock: Arc<dyn TimeSource>) -> Self {
        self.with_source(|source| source.clock = clock)
    }

    /// The client that makes the calls of IAM Identity Center (SSO) for a profile that uses it:
    /// `aws_operation_sso::SsoCredentialsClient`. Default: none; such a profile then fails with
    /// an error that says to add it.
    #[must_use]
    pub fn sso(self, client: Arc<dyn SsoClient>) -> Self {
        self.with_source(|source| source.sso = Some(client))
    }

    /// The client that makes the STS calls for a profile that takes a role (`role_arn`) and for
    /// web identity: `aws_operation_sts::StsCredentialsClient`. Default: none; such a source then
    /// fails with an error that says to add it.
    #[must_use]
    pub fn sts(self, client: Arc<dyn StsClient>) -> Self {
        self.with_source(|source| source.sts = Some(client))
    }

    /// The callback that gives MFA codes for roles whose profile sets `mfa_serial`. Default: none;
    /// such a role then fails with an error that says to add it.
    #[must_use]
    pub fn mfa_token(self, mfa: MfaToken) -> Self {
        self.with_source(|source| source.mfa = Some(mfa))
    }

    /// The config whose settings the SSO and STS calls use (see [`sso::SsoProvider::config`] and
    /// [`sts::StsProvider::config`]).
    #[must_use]
    pub(crate) fn call_config(self, config: Config) -> Self {
        self.with_source(|source| source.call_config = Some(config))
    }

    /// The chain with its source changed, and a new cache: these setters come before the chain is asked.
    fn with_source(self, change: impl FnOnce(&mut ChainSource)) -> Self {
        let mut source = self.cache.inner().clone();
        change(&mut source);
        let clock = Arc::clone(&source.clock);
        Self { cache: CachedCredentials::new(source).clock(clock) }
    }
}

impl ProvideCredentials for DefaultChain {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        self.cache.provide_credentials()
    }
}

/// A credentials provider shared by clones of a client.
pub type SharedCredentials = Arc<dyn ProvideCredentials>;
