//! What the stateful stand-ins ([`crate::lambda`], [`crate::partnercentral_channel`]) share:
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
