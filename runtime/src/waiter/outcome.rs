//! How a wait ends: a [`WaiterOutcome`], or a [`WaiterError`] that says why not.

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use super::acceptor::Matcher;
use crate::client::Response;
use crate::error::Error;
use crate::operation::Operation;

/// What one attempt of a waiter gave: the output with its response's metadata, or the error.
pub type WaitResult<O> = Result<Response<<O as Operation>::Output>, Error<<O as Operation>::Error>>;

/// A wait that succeeded: what the matching acceptor saw, and what it took.
pub struct WaiterOutcome<O: Operation> {
    pub(crate) result: WaitResult<O>,
    pub(crate) matched: Matcher,
    pub(crate) attempts: u32,
    pub(crate) elapsed: Duration,
}

impl<O: Operation> WaiterOutcome<O> {
    /// The last attempt's output or error: success can be an error (S3's `ObjectNotExists`
    /// succeeds on a 404).
    pub fn result(&self) -> &WaitResult<O> {
        &self.result
    }

    /// The last attempt's output or error, owned.
    pub fn into_result(self) -> WaitResult<O> {
        self.result
    }

    /// The last attempt's output, if it succeeded.
    pub fn output(&self) -> Option<&Response<O::Output>> {
        self.result.as_ref().ok()
    }

    /// The success acceptor's matcher that ended the wait (`HTTP status 403` says a bucket
    /// exists but is not yours).
    pub fn matched(&self) -> &Matcher {
        &self.matched
    }

    /// The calls made, the last included.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The time from the first call to the end of the last, on the config's clock.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }
}

impl<O: Operation> fmt::Debug for WaiterOutcome<O>
where
    O::Output: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WaiterOutcome")
            .field("result", &self.result)
            .field("matched", &self.matched)
            .field("attempts", &self.attempts)
            .field("elapsed", &self.elapsed)
            .finish()
    }
}

/// The limit a waiter gave up at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum WaitLimit {
    /// The max wait the caller gave ran out, or less of it was left than the waiter's shortest
    /// delay.
    MaxWait(Duration),
    /// The waiter's own limit of attempts (the model's `maxAttempts`) was reached.
    MaxAttempts(u32),
}

impl fmt::Display for WaitLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitLimit::MaxWait(max) => write!(f, "the max wait of {max:?} ran out"),
            WaitLimit::MaxAttempts(n) => write!(f, "its limit of {n} attempts was reached"),
        }
    }
}

/// Why a wait did not succeed.
#[non_exhaustive]
pub enum WaiterError<O: Operation> {
    /// An acceptor in the failure state matched: the resource will not reach the state waited for.
    Failure {
        /// The waiter's name, e.g. `FunctionActiveV2`.
        waiter: Cow<'static, str>,
        /// The matcher of the failure acceptor.
        matched: Matcher,
        /// The output or error it matched.
        result: WaitResult<O>,
        /// The calls made, the last included.
        attempts: u32,
        /// The time from the first call to the end of the last.
        elapsed: Duration,
    },
    /// The waiter gave up before an acceptor said success or failure.
    Timeout {
        /// The waiter's name.
        waiter: Cow<'static, str>,
        /// The limit it reached.
        limit: WaitLimit,
        /// The last attempt's output or error.
        last: WaitResult<O>,
        /// The calls made.
        attempts: u32,
        /// The time from the first call to the end of the last.
        elapsed: Duration,
    },
    /// The operation failed with an error that no acceptor matched, or that came before anything
    /// was sent (bad input, configuration).
    Operation {
        /// The waiter's name.
        waiter: Cow<'static, str>,
        /// The error.
        error: Error<O::Error>,
        /// The calls made, that one included (0 when the input could not be built).
        attempts: u32,
        /// The time from the first call to the end of the last.
        elapsed: Duration,
    },
}

impl<O: Operation> WaiterError<O> {
    /// The waiter's name.
    pub fn waiter(&self) -> &str {
        match self {
            WaiterError::Failure { waiter, .. }
            | WaiterError::Timeout { waiter, .. }
            | WaiterError::Operation { waiter, .. } => waiter,
        }
    }

    /// The calls made.
    pub fn attempts(&self) -> u32 {
        match self {
            WaiterError::Failure { attempts, .. }
            | WaiterError::Timeout { attempts, .. }
            | WaiterError::Operation { attempts, .. } => *attempts,
        }
    }

    /// The time from the first call to the end of the last.
    pub fn elapsed(&self) -> Duration {
        match self {
            WaiterError::Failure { elapsed, .. }
            | WaiterError::Timeout { elapsed, .. }
            | WaiterError::Operation { elapsed, .. } => *elapsed,
        }
    }

    /// The operation's error, if the last attempt failed: the unmatched one, the one a failure
    /// acceptor matched, or the last one before a timeout.
    pub fn operation_error(&self) -> Option<&Error<O::Error>> {
        match self {
            WaiterError::Failure { result, .. } | WaiterError::Timeout { last: result, .. } => result.as_ref().err(),
            WaiterError::Operation { error, .. } => Some(error),
        }
    }
}

/// `3 attempts in 4.5s`.
struct Attempts(u32, Duration);

impl fmt::Display for Attempts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.0 == 1 { "" } else { "s" };
        write!(f, "{} attempt{plural} in {:?}", self.0, self.1)
    }
}

impl<O: Operation> fmt::Display for WaiterError<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let attempts = Attempts(self.attempts(), self.elapsed());
        match self {
            WaiterError::Failure { waiter, matched, .. } => {
                write!(f, "waiter `{waiter}` reached a failure state after {attempts}: {matched}")
            }
            WaiterError::Timeout { waiter, limit, .. } => {
                write!(f, "waiter `{waiter}` timed out after {attempts}: {limit}")
            }
            WaiterError::Operation { waiter, error, .. } if super::acceptor::was_not_sent(error) => {
                write!(f, "waiter `{waiter}` stopped after {attempts}: the call could not be made")
            }
            WaiterError::Operation { waiter, .. } => {
                write!(
                    f,
                    "waiter `{waiter}` stopped after {attempts}: the operation failed with an error no acceptor matched"
                )
            }
        }
    }
}

impl<O: Operation> fmt::Debug for WaiterError<O>
where
    O::Output: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaiterError::Failure { waiter, matched, result, attempts, elapsed } => f
                .debug_struct("Failure")
                .field("waiter", waiter)
                .field("matched", matched)
                .field("result", result)
                .field("attempts", attempts)
                .field("elapsed", elapsed)
                .finish(),
            WaiterError::Timeout { waiter, limit, last, attempts, elapsed } => f
                .debug_struct("Timeout")
                .field("waiter", waiter)
                .field("limit", limit)
                .field("last", last)
                .field("attempts", attempts)
                .field("elapsed", elapsed)
                .finish(),
            WaiterError::Operation { waiter, error, attempts, elapsed } => f
                .debug_struct("Operation")
                .field("waiter", waiter)
                .field("error", error)
                .field("attempts", attempts)
                .field("elapsed", elapsed)
                .finish(),
        }
    }
}

impl<O: Operation> std::error::Error for WaiterError<O>
where
    O::Output: fmt::Debug,
{
    /// The operation's error, when the last attempt gave one.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.operation_error().map(|e| e as _)
    }
}

/// A waiter that cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InvalidWaiter {
    /// No acceptor has the success state, so the wait could never succeed.
    #[error("waiter `{0}` has no acceptor with the success state")]
    NoSuccessAcceptor(String),
    /// The shortest delay is zero.
    #[error("waiter `{0}` has a min delay of zero; the spec asks for at least one second")]
    ZeroMinDelay(String),
    /// The shortest delay is longer than the longest.
    #[error("waiter `{waiter}` has a min delay of {min:?}, longer than its max delay of {max:?}")]
    MinAboveMax {
        /// The waiter's name.
        waiter: String,
        /// The min delay.
        min: Duration,
        /// The max delay.
        max: Duration,
    },
    /// A limit of zero attempts.
    #[error("waiter `{0}` allows zero attempts")]
    ZeroAttempts(String),
}
