//! Caching credentials until shortly before they expire.
//!
//! The rules, in order:
//!
//! * credentials without an expiry, or with more than `refresh_ahead` left, are returned as they are;
//! * inside that window they are still returned, but the first caller also refreshes them; callers
//!   arriving while it does get the cached credentials at once;
//! * without valid credentials (none yet, or expired) callers wait; only one refreshes, and the
//!   others take its result, credentials or error, without asking again;
//! * a refresh that fails while the cached credentials are still valid is not an error: they keep
//!   being used, and the refresh is tried again `retry_after` later;
//! * a refresh that fails once they have expired is [`CredentialsError::Expired`], which carries
//!   the failure as its source. Failures are never cached beyond the callers that waited for them.

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::config::{SystemClock, TimeSource};

/// A credentials provider wrapped in a cache that refreshes ahead of expiry, one refresh at a time.
///
/// See the [module documentation](self) for the rules.
pub struct CachedCredentials<P> {
    inner: P,
    clock: Arc<dyn TimeSource>,
    refresh_ahead: Duration,
    retry_after: Duration,
    slot: Mutex<Slot>,
    refreshing: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct Slot {
    credentials: Option<Credentials>,
    /// Refreshes finished so far; tells a waiting caller that someone refreshed meanwhile.
    refreshes: u64,
    failure: Option<Failure>,
}

/// The last refresh failed.
struct Failure {
    /// The value of `refreshes` that failure set.
    refresh: u64,
    at: SystemTime,
    error: CredentialsError,
}

impl<P> CachedCredentials<P> {
    /// How long before expiry credentials are refreshed by default: 5 minutes.
    pub const DEFAULT_REFRESH_AHEAD: Duration = Duration::from_secs(300);
    /// How long after a failed refresh, with credentials still valid, the next is tried: 10 s.
    pub const DEFAULT_RETRY_AFTER: Duration = Duration::from_secs(10);

    /// `inner`, cached, on the system clock.
    pub fn new(inner: P) -> Self {
        Self {
            inner,
            clock: Arc::new(SystemClock),
            refresh_ahead: Self::DEFAULT_REFRESH_AHEAD,
            retry_after: Self::DEFAULT_RETRY_AFTER,
            slot: Mutex::new(Slot::default()),
            refreshing: tokio::sync::Mutex::new(()),
        }
    }

    /// The clock that expiry is checked against. Default: the system clock.
    #[must_use]
    pub fn clock(mut self, clock: Arc<dyn TimeSource>) -> Self {
        self.clock = clock;
        self
    }

    /// How long before expiry to refresh. Default: [`Self::DEFAULT_REFRESH_AHEAD`].
    #[must_use]
    pub fn refresh_ahead(mut self, ahead: Duration) -> Self {
        self.refresh_ahead = ahead;
        self
    }

    /// How long to keep using still-valid credentials after a failed refresh before trying again.
    /// Default: [`Self::DEFAULT_RETRY_AFTER`].
    #[must_use]
    pub fn retry_after(mut self, delay: Duration) -> Self {
        self.retry_after = delay;
        self
    }

    /// The wrapped provider.
    pub fn inner(&self) -> &P {
        &self.inner
    }

    fn slot(&self) -> MutexGuard<'_, Slot> {
        // The slot is only assigned whole values, so a panic elsewhere cannot leave it half-written.
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn is_fresh(&self, credentials: &Credentials, now: SystemTime) -> bool {
        credentials.expiry().is_none_or(|expiry| now.checked_add(self.refresh_ahead).is_some_and(|t| t < expiry))
    }
}

fn is_valid(credentials: &Credentials, now: SystemTime) -> bool {
    credentials.expiry().is_none_or(|expiry| now < expiry)
}

impl<P: ProvideCredentials> CachedCredentials<P> {
    async fn get(&self) -> Result<Credentials, CredentialsError> {
        let now = self.clock.now();
        let (cached, seen, failed_at) = {
            let slot = self.slot();
            (slot.credentials.clone(), slot.refreshes, slot.failure.as_ref().map(|f| f.at))
        };
        let _guard = match cached {
            Some(c) if self.is_fresh(&c, now) => return Ok(c),
            Some(c) if is_valid(&c, now) => {
                let retry_at = failed_at.and_then(|at| at.checked_add(self.retry_after));
                if retry_at.is_some_and(|at| now < at) {
                    return Ok(c);
                }
                match self.refreshing.try_lock() {
                    Ok(guard) => guard,
                    // Someone is refreshing; these are still good.
                    Err(_) => return Ok(c),
                }
            }
            _ => self.refreshing.lock().await,
        };
        {
            let slot = self.slot();
            if slot.refreshes != seen {
                // A refresh finished while this caller waited: take its outcome.
                if let Some(c) = slot.credentials.as_ref().filter(|c| is_valid(c, self.clock.now())) {
                    return Ok(c.clone());
                }
                if let Some(failure) = slot.failure.as_ref().filter(|f| f.refresh == slot.refreshes) {
                    return Err(failure.error.clone());
                }
            }
        }
        let result = self.inner.provide_credentials().await;
        let now = self.clock.now();
        crate::telemetry::credentials_refreshed(match &result {
            Ok(c) => Ok(c.expiry().map(|expiry| expiry.duration_since(now).unwrap_or_default())),
            Err(e) => Err(e),
        });
        let mut slot = self.slot();
        slot.refreshes += 1;
        let refresh = slot.refreshes;
        match result {
            Ok(c) => {
                slot.credentials = Some(c.clone());
                slot.failure = None;
                Ok(c)
            }
            Err(error) => {
                let still_valid = slot.credentials.clone().filter(|c| is_valid(c, now));
                let outcome = match (still_valid, slot.credentials.as_ref().and_then(Credentials::expiry)) {
                    (Some(c), _) => Ok(c),
                    (None, Some(expired_at)) => {
                        Err(CredentialsError::Expired { expired_at, source: Box::new(error.clone()) })
                    }
                    (None, None) => Err(error.clone()),
                };
                let shared = outcome.as_ref().err().cloned().unwrap_or(error);
                slot.failure = Some(Failure { refresh, at: now, error: shared });
                outcome
            }
        }
    }
}

impl<P: ProvideCredentials> ProvideCredentials for CachedCredentials<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.get())
    }
}

impl<P: fmt::Debug> fmt::Debug for CachedCredentials<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let slot = self.slot();
        f.debug_struct("CachedCredentials")
            .field("inner", &self.inner)
            .field("cached", &slot.credentials)
            .field("refresh_ahead", &self.refresh_ahead)
            .field("retry_after", &self.retry_after)
            .finish_non_exhaustive()
    }
}
