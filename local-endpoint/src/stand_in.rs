//! What the stateful stand-ins ([`crate::lambda`], [`crate::sns`], [`crate::ec2`], ...) share:
//! their state behind one lock, the handlers that run an operation on it, their clock, and the
//! settings their builders refuse.

use std::fmt;
use std::future::{Ready, ready};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use aws_operation::DateTime;
use aws_operation::operation::Operation;

use crate::endpoint::Reply;

/// Where a stand-in's clock reads the time.
pub(crate) type Clock = Arc<dyn Fn() -> DateTime + Send + Sync>;

/// The system clock.
pub(crate) fn system_clock() -> Clock {
    Arc::new(DateTime::now)
}

/// The state of a stand-in, behind one lock: clones share it.
pub(crate) struct Shared<T>(Arc<Mutex<T>>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Arc::clone(&self.0))
    }
}

impl<T: Send + 'static> Shared<T> {
    pub(crate) fn new(state: T) -> Self {
        Self(Arc::new(Mutex::new(state)))
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, T> {
        // Poisoned only if a handler panicked; serving what state there is beats failing every
        // later call.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A handler that runs `operation` on the state, under its lock: each call is atomic. The
    /// endpoint has read the input strictly and checked every constraint already.
    pub(crate) fn serve<O, F, R>(
        &self,
        operation: F,
    ) -> impl Fn(O) -> Ready<Result<O::Output, R>> + Send + Sync + 'static
    where
        O: Operation,
        F: Fn(&mut T, O) -> Result<O::Output, R> + Send + Sync + 'static,
        R: Reply,
    {
        let state = self.clone();
        move |input| ready(operation(&mut state.lock(), input))
    }
}

/// Whether `text` is an account id: twelve digits.
pub(crate) fn is_account(text: &str) -> bool {
    text.len() == 12 && text.bytes().all(|b| b.is_ascii_digit())
}

/// The model's region pattern, `(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}`; each
/// optional part is tried with and without, as the pattern would.
pub(crate) fn is_region(text: &str) -> bool {
    let tail = |t: &str| {
        t.strip_prefix('-').and_then(|t| t.rsplit_once('-')).is_some_and(|(area, digit)| {
            !area.is_empty()
                && area.bytes().all(|b| b.is_ascii_lowercase())
                && digit.len() == 1
                && digit.bytes().all(|b| b.is_ascii_digit())
        })
    };
    let after_country = |t: &str| {
        let (Some(country), Some(rest)) = (t.get(..2), t.get(2..)) else { return false };
        let iso = rest.strip_prefix("-iso");
        country.bytes().all(|b| b.is_ascii_lowercase())
            && [
                Some(rest),
                rest.strip_prefix("-gov"),
                iso,
                iso.and_then(|r| r.strip_prefix(|c: char| c.is_ascii_lowercase())),
            ]
            .into_iter()
            .flatten()
            .any(tail)
    };
    after_country(text) || text.strip_prefix("eusc-").is_some_and(after_country)
}

/// The ARN partition of `region`, as the endpoint rules' partitions name them.
pub(crate) fn partition(region: &str) -> &'static str {
    if region.starts_with("cn-") {
        "aws-cn"
    } else if region.starts_with("us-gov-") {
        "aws-us-gov"
    } else if region.starts_with("us-isob-") {
        "aws-iso-b"
    } else if region.starts_with("us-isof-") {
        "aws-iso-f"
    } else if region.starts_with("eu-isoe-") {
        "aws-iso-e"
    } else if region.starts_with("us-iso-") {
        "aws-iso"
    } else if region.starts_with("eusc-") {
        "aws-eusc"
    } else {
        "aws"
    }
}

/// A regional stand-in (Lambda, SNS, EC2), as its [`Builder`] makes it.
pub trait Regional: Sized {
    /// The account it acts as unless told otherwise.
    const DEFAULT_ACCOUNT_ID: &'static str;
    /// The region it is unless told otherwise.
    const DEFAULT_REGION: &'static str;

    /// Why `region` cannot be the stand-in's (completing "`region` ..."), if it cannot.
    fn refuses_region(region: &str) -> Option<&'static str> {
        (!is_region(region)).then_some("must be a region such as `us-east-1`")
    }

    /// The stand-in, its settings checked.
    fn from_settings(account_id: String, region: String, clock: Clock) -> Self;
}

/// Builds a regional stand-in: the account it acts as, the region it is (in every ARN; ARNs of
/// other regions name nothing), and where it reads the time.
#[must_use]
pub struct Builder<T> {
    account_id: String,
    region: String,
    clock: Clock,
    stand_in: std::marker::PhantomData<fn() -> T>,
}

impl<T: Regional> Default for Builder<T> {
    fn default() -> Self {
        Self {
            account_id: T::DEFAULT_ACCOUNT_ID.to_owned(),
            region: T::DEFAULT_REGION.to_owned(),
            clock: system_clock(),
            stand_in: std::marker::PhantomData,
        }
    }
}

impl<T> fmt::Debug for Builder<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SimulatorBuilder")
            .field("account_id", &self.account_id)
            .field("region", &self.region)
            .finish_non_exhaustive()
    }
}

impl<T: Regional> Builder<T> {
    /// The 12-digit account the stand-in acts as: it owns everything and is in every ARN.
    pub fn account_id(mut self, account_id: impl Into<String>) -> Self {
        self.account_id = account_id.into();
        self
    }

    /// The region the stand-in is (`us-east-1`). Requests signed for any region are served.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = region.into();
        self
    }

    /// Where the stand-in reads the time. Default: the system clock.
    pub fn clock(mut self, clock: impl Fn() -> DateTime + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// The stand-in, or which setting the ids, ARNs or outputs it goes into cannot hold.
    pub fn build(self) -> Result<T, SettingError> {
        if !is_account(&self.account_id) {
            return Err(SettingError::new("account_id", "must be 12 digits", self.account_id));
        }
        if let Some(rule) = T::refuses_region(&self.region) {
            return Err(SettingError::new("region", rule, self.region));
        }
        Ok(T::from_settings(self.account_id, self.region, self.clock))
    }
}

/// A simulator builder's setting that the ids, ARNs or outputs it goes into cannot hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingError {
    setting: &'static str,
    rule: &'static str,
    value: String,
}

impl SettingError {
    /// `setting` breaks `rule`, which completes a sentence that starts with its name.
    pub(crate) fn new(setting: &'static str, rule: &'static str, value: String) -> Self {
        Self { setting, rule, value }
    }
}

impl fmt::Display for SettingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` {}, got `{}`", self.setting, self.rule, self.value)
    }
}

impl std::error::Error for SettingError {}

#[cfg(test)]
pub(crate) mod tests {
    use aws_operation::dynamic::DynOperation;
    use aws_operation::operation::Service;
    use aws_operation::protocol::ServerProtocol;

    use crate::LocalEndpoint;

    /// That `endpoint` has a handler for each of the service's `operations`, and no other.
    pub(crate) fn serves_all<S: Service>(endpoint: &LocalEndpoint<S>, operations: &[DynOperation<S>]) -> usize
    where
        S::Protocol: ServerProtocol,
    {
        let mut served: Vec<&str> = endpoint.operations().collect();
        let mut modeled: Vec<&str> = operations.iter().map(|operation| operation.name()).collect();
        served.sort_unstable();
        modeled.sort_unstable();
        assert_eq!(served, modeled);
        served.len()
    }
}
