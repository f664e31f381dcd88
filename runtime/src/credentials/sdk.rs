//! Credentials from any provider of the AWS SDK for Rust: an
//! [`aws_credential_types::provider::ProvideCredentials`], which aws-config's providers implement
//! (its default chain, SSO with every option, login, web identity, ...) and so can your own.
//!
//! The SDK's clients cache credentials in their identity cache, not in the providers, so a
//! provider alone would be asked before every attempt. [`SdkCredentials`] puts the provider
//! behind this crate's own [`CachedCredentials`]: credentials are kept until shortly before their
//! expiry, refreshed one caller at a time, and kept in use while still valid if a refresh fails
//! (see [`cache`](super::cache) for the rules). The SDK's credentials carry their session token,
//! expiry and account over; the SDK's errors become [`CredentialsError::Sdk`], with the
//! provider's message.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use aws_credential_types::provider::ProvideCredentials as SdkProvideCredentials;
use aws_credential_types::provider::error::CredentialsError as SdkError;
use thiserror::Error;

use super::{CachedCredentials, Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::config::TimeSource;

/// A provider of the AWS SDK for Rust as this crate's [`ProvideCredentials`], cached and
/// refreshed ahead of expiry by [`CachedCredentials`].
///
/// Set it with [`ConfigBuilder::sdk_credentials_provider`](crate::config::ConfigBuilder::sdk_credentials_provider),
/// or, to choose its clock or refresh window, build it here and hand it to
/// [`ConfigBuilder::credentials_provider`](crate::config::ConfigBuilder::credentials_provider):
///
/// ```
/// # use std::sync::Arc;
/// # use std::time::Duration;
/// # use aws_operation_runtime::Config;
/// # use aws_operation_runtime::credentials::SdkCredentials;
/// # #[derive(Debug)]
/// # struct MyProvider;
/// # impl aws_credential_types::provider::ProvideCredentials for MyProvider {
/// #     fn provide_credentials<'a>(&'a self) -> aws_credential_types::provider::future::ProvideCredentials<'a>
/// #     where
/// #         Self: 'a,
/// #     {
/// #         aws_credential_types::provider::future::ProvideCredentials::ready(Err(
/// #             aws_credential_types::provider::error::CredentialsError::not_loaded_no_source(),
/// #         ))
/// #     }
/// # }
/// let credentials = SdkCredentials::new(MyProvider).refresh_ahead(Duration::from_secs(600));
/// let config = Config::builder().credentials_provider(Arc::new(credentials)).build()?;
/// # let _ = config;
/// # Ok::<(), aws_operation_runtime::error::ConfigError>(())
/// ```
pub struct SdkCredentials<P> {
    cache: CachedCredentials<Source<P>>,
}

/// The provider, asked by the cache only.
struct Source<P> {
    provider: P,
}

impl<P: SdkProvideCredentials> SdkCredentials<P> {
    /// `provider`, cached, on the system clock, refreshed
    /// [`CachedCredentials::DEFAULT_REFRESH_AHEAD`] before expiry.
    pub fn new(provider: P) -> Self {
        Self { cache: CachedCredentials::new(Source { provider }) }
    }

    /// The clock that expiry is checked against. Default: the system clock.
    #[must_use]
    pub fn clock(self, clock: Arc<dyn TimeSource>) -> Self {
        Self { cache: self.cache.clock(clock) }
    }

    /// How long before expiry to refresh. Default: [`CachedCredentials::DEFAULT_REFRESH_AHEAD`].
    #[must_use]
    pub fn refresh_ahead(self, ahead: Duration) -> Self {
        Self { cache: self.cache.refresh_ahead(ahead) }
    }

    /// How long to keep using still-valid credentials after a failed refresh before asking the
    /// provider again. Default: [`CachedCredentials::DEFAULT_RETRY_AFTER`].
    #[must_use]
    pub fn retry_after(self, delay: Duration) -> Self {
        Self { cache: self.cache.retry_after(delay) }
    }

    /// The SDK's provider.
    pub fn provider(&self) -> &P {
        &self.cache.inner().provider
    }
}

impl<P: SdkProvideCredentials> ProvideCredentials for SdkCredentials<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        self.cache.provide_credentials()
    }
}

impl<P: SdkProvideCredentials> ProvideCredentials for Source<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            match self.provider.provide_credentials().await {
                Ok(credentials) => Ok(Credentials::from(credentials)),
                Err(error) => {
                    let provider = short_type_name(std::any::type_name::<P>());
                    Err(CredentialsError::Sdk(SdkCredentialsError::new(&provider, &error)))
                }
            }
        })
    }
}

/// A type's name without its paths: `Arc<dyn ProvideCredentials>`, not
/// `alloc::sync::Arc<dyn aws_credential_types::provider::credentials::ProvideCredentials>`.
fn short_type_name(full: &str) -> String {
    let mut out = String::with_capacity(full.len());
    // Where the path segment being written starts.
    let mut segment = 0;
    let mut chars = full.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            out.truncate(segment);
            continue;
        }
        out.push(c);
        if !(c.is_alphanumeric() || c == '_') {
            segment = out.len();
        }
    }
    out
}

impl<P: fmt::Debug> fmt::Debug for SdkCredentials<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SdkCredentials").field("cache", &self.cache).finish()
    }
}

impl<P: fmt::Debug> fmt::Debug for Source<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.provider.fmt(f)
    }
}

impl From<aws_credential_types::Credentials> for Credentials {
    /// The SDK's credentials: keys, session token, expiry and account id.
    fn from(sdk: aws_credential_types::Credentials) -> Self {
        let credentials = Credentials::new(
            sdk.access_key_id(),
            sdk.secret_access_key(),
            sdk.session_token().map(str::to_owned),
            sdk.expiry(),
        );
        match sdk.account_id() {
            Some(account) => credentials.with_account_id(account.as_str()),
            None => credentials,
        }
    }
}

/// A provider of the AWS SDK for Rust gave no credentials.
///
/// It holds the provider's type name, what kind of failure the SDK reported, and the
/// provider's own message (its error's sources, joined by `: `) as the source; never a value of
/// any credentials. Cloning is cheap, as for [`CredentialsError`].
#[derive(Debug, Clone, Error)]
#[error("the AWS SDK credentials provider `{provider}` {}", kind.describe())]
pub struct SdkCredentialsError {
    provider: String,
    kind: SdkErrorKind,
    #[source]
    message: Option<ProviderMessage>,
}

/// What kind of failure an AWS SDK credentials provider reported (the variant of its
/// `aws_credential_types::provider::error::CredentialsError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SdkErrorKind {
    /// It has no credentials to give: it is not set up here (`CredentialsNotLoaded`).
    NotLoaded,
    /// It took longer than it allows itself (`ProviderTimedOut`).
    TimedOut(Duration),
    /// Its configuration is wrong (`InvalidConfiguration`).
    InvalidConfiguration,
    /// It failed while loading credentials, e.g. a service it calls refused (`ProviderError`).
    Failed,
    /// It failed in a way it did not expect (`Unhandled`, and kinds newer than this crate).
    Unexpected,
}

impl SdkErrorKind {
    fn of(error: &SdkError) -> Self {
        match error {
            SdkError::CredentialsNotLoaded(_) => Self::NotLoaded,
            SdkError::ProviderTimedOut(details) => Self::TimedOut(details.timeout_duration()),
            SdkError::InvalidConfiguration(_) => Self::InvalidConfiguration,
            SdkError::ProviderError(_) => Self::Failed,
            _ => Self::Unexpected,
        }
    }

    fn describe(&self) -> String {
        match self {
            Self::NotLoaded => "has no credentials (it is not set up here)".to_owned(),
            Self::TimedOut(after) => format!("timed out after {after:?}"),
            Self::InvalidConfiguration => "is not configured correctly".to_owned(),
            Self::Failed => "failed".to_owned(),
            Self::Unexpected => "failed unexpectedly".to_owned(),
        }
    }
}

impl SdkCredentialsError {
    fn new(provider: &str, error: &SdkError) -> Self {
        // The SDK's own `Display` only names the kind; the provider's words are in the sources.
        let mut parts = Vec::new();
        let mut source = std::error::Error::source(error);
        while let Some(s) = source {
            parts.push(s.to_string());
            source = s.source();
        }
        let message = (!parts.is_empty()).then(|| ProviderMessage(parts.join(": ")));
        Self { provider: provider.to_owned(), kind: SdkErrorKind::of(error), message }
    }

    /// The provider's type, without its module path: `SsoCredentialsProvider`,
    /// `SharedCredentialsProvider`, ...
    pub fn provider(&self) -> &str {
        &self.provider
    }

    /// What kind of failure it reported.
    pub fn kind(&self) -> SdkErrorKind {
        self.kind
    }

    /// The provider's message, if it gave one.
    pub fn message(&self) -> Option<&str> {
        self.message.as_ref().map(|m| m.0.as_str())
    }
}

/// The message of a provider's error, as text: the SDK's error holds a boxed error, which
/// cannot be cloned.
#[derive(Debug, Clone, Error)]
#[error("{0}")]
struct ProviderMessage(String);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::chain;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::SystemTime;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    /// Gives what the test says, counting calls.
    #[derive(Debug)]
    struct Scripted {
        calls: AtomicUsize,
        answer: fn(usize) -> aws_credential_types::provider::Result,
    }

    impl SdkProvideCredentials for Scripted {
        fn provide_credentials<'a>(&'a self) -> aws_credential_types::provider::future::ProvideCredentials<'a>
        where
            Self: 'a,
        {
            let call = self.calls.fetch_add(1, Ordering::SeqCst);
            aws_credential_types::provider::future::ProvideCredentials::ready((self.answer)(call))
        }
    }

    fn expiry() -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(4_000_000_000)
    }

    #[test]
    fn the_sdk_credentials_come_over_whole() {
        let sdk = aws_credential_types::Credentials::builder()
            .access_key_id("AKIDSDK")
            .secret_access_key(SECRET)
            .session_token("session-token")
            .expiry(expiry())
            .account_id("111122223333")
            .provider_name("test")
            .build();
        let ours = Credentials::from(sdk);
        assert_eq!(ours.access_key_id(), "AKIDSDK");
        assert_eq!(ours.secret_access_key(), SECRET);
        assert_eq!(ours.session_token(), Some("session-token"));
        assert_eq!(ours.expiry(), Some(expiry()));
        assert_eq!(ours.account_id(), Some("111122223333"));

        let bare = Credentials::from(aws_credential_types::Credentials::new("A", "s", None, None, "test"));
        assert_eq!((bare.session_token(), bare.expiry(), bare.account_id()), (None, None, None));
    }

    #[test]
    fn each_kind_of_sdk_error_says_what_happened_and_keeps_the_message() {
        let name = "my_crate::Provider";
        let cases: Vec<(SdkError, SdkErrorKind, &str)> = vec![
            (
                SdkError::not_loaded("no profile `dev`"),
                SdkErrorKind::NotLoaded,
                "the AWS SDK credentials provider `my_crate::Provider` has no credentials (it is not set up here): \
                 no profile `dev`",
            ),
            (
                SdkError::provider_timed_out(Duration::from_secs(5)),
                SdkErrorKind::TimedOut(Duration::from_secs(5)),
                "the AWS SDK credentials provider `my_crate::Provider` timed out after 5s",
            ),
            (
                SdkError::invalid_configuration("`sso_region` is missing"),
                SdkErrorKind::InvalidConfiguration,
                "the AWS SDK credentials provider `my_crate::Provider` is not configured correctly: `sso_region` is missing",
            ),
            (
                SdkError::provider_error("STS answered 503"),
                SdkErrorKind::Failed,
                "the AWS SDK credentials provider `my_crate::Provider` failed: STS answered 503",
            ),
            (
                SdkError::unhandled("not UTF-8"),
                SdkErrorKind::Unexpected,
                "the AWS SDK credentials provider `my_crate::Provider` failed unexpectedly: not UTF-8",
            ),
        ];
        for (sdk, kind, text) in cases {
            let error = SdkCredentialsError::new(name, &sdk);
            assert_eq!(error.kind(), kind);
            assert_eq!(error.provider(), name);
            let wrapped = CredentialsError::Sdk(error.clone());
            assert_eq!(chain(&wrapped), text);
            assert_eq!(error.to_string(), text.split(": ").next().unwrap(), "the message is the source, not repeated");
        }
        let nested = SdkError::provider_error(SdkCredentialsError::new(name, &SdkError::provider_error("inner")));
        assert_eq!(
            SdkCredentialsError::new("outer", &nested).message(),
            Some("the AWS SDK credentials provider `my_crate::Provider` failed: inner"),
            "the provider's sources, in order"
        );
    }

    #[test]
    fn provider_names_lose_their_paths() {
        for (full, short) in [
            ("my_crate::sso::SsoProvider", "SsoProvider"),
            ("Plain", "Plain"),
            (
                "alloc::sync::Arc<dyn aws_credential_types::provider::credentials::ProvideCredentials>",
                "Arc<dyn ProvideCredentials>",
            ),
            ("a::Pair<b::X, (c::Y, [d::Z; 2])>", "Pair<X, (Y, [Z; 2])>"),
        ] {
            assert_eq!(short_type_name(full), short, "{full}");
        }
    }

    #[tokio::test]
    async fn the_cache_asks_the_sdk_provider_once_until_expiry_and_maps_its_failure() {
        let provider = Scripted {
            calls: AtomicUsize::new(0),
            answer: |call| match call {
                0 => Ok(aws_credential_types::Credentials::new("AKID", SECRET, None, Some(expiry()), "test")),
                _ => unreachable!("cached"),
            },
        };
        let credentials = SdkCredentials::new(provider);
        for _ in 0..3 {
            assert_eq!(credentials.provide_credentials().await.unwrap().access_key_id(), "AKID");
        }
        assert_eq!(credentials.provider().calls.load(Ordering::SeqCst), 1);

        let failing = SdkCredentials::new(Scripted {
            calls: AtomicUsize::new(0),
            answer: |_| Err(SdkError::provider_error("the token expired")),
        });
        let error = failing.provide_credentials().await.unwrap_err();
        let CredentialsError::Sdk(sdk) = &error else { panic!("{error:?}") };
        assert_eq!(sdk.message(), Some("the token expired"));
        assert_eq!(sdk.provider(), "Scripted");
        assert!(!format!("{error:?}{}", chain(&error)).contains(SECRET));
    }
}
