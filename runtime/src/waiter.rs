//! Waiters: an operation called again and again until its answer says a resource reached the
//! state waited for ("until this function is active", "until this bucket exists"), as the Smithy
//! waiters specification (smithy.io, 2.0, "Waiters") describes.
//!
//! A [`Waiter`] names the operation it calls (its type parameter), the delays between calls, an
//! optional limit of attempts (botocore's `maxAttempts`) and its [`Acceptor`]s. [`Waiter::wait`]
//! takes the input and the max wait, which the spec requires of every caller:
//!
//! * The first call is made at once. After each, the acceptors are tried in order and the first
//!   that matches decides: `success` ends the wait with a [`WaiterOutcome`], `failure` with
//!   [`WaiterError::Failure`], `retry` sleeps and calls again. When none matches, an output means
//!   retry and an error ends the wait with [`WaiterError::Operation`] ("Waiter workflow", steps
//!   3 to 5). An error raised before anything was sent (bad input, configuration) ends it at once,
//!   no acceptor asked: waiting cannot change it.
//! * Before retry `n` (1 for the first) the delay is drawn between `min_delay` and
//!   `min(min_delay * 2^(n - 1), max_delay)` by the config's [`Jitter`](crate::retry::Jitter)
//!   ("Waiter retries"): the first retry waits `min_delay`. If a delay would leave `min_delay`
//!   or less of the max wait, it is all that is left, and the attempt after it is the last. With
//!   less than `min_delay` left, the waiter stops with [`WaiterError::Timeout`]: no delay is
//!   shorter than `min_delay`, and none ends past the max wait. Delays are not rounded to whole
//!   seconds.
//! * Time is the config's: its [clock](crate::config::ConfigBuilder::clock) measures it and its
//!   [sleep](crate::config::ConfigBuilder::sleep) waits, so that a test fakes both and no test
//!   sleeps. The time elapsed is never taken as less than the time slept, so that a stopped clock
//!   ([`FixedClock`](crate::config::FixedClock)) cannot make a waiter loop forever.
//! * A waiter's own limit of attempts ends the wait with [`WaiterError::Timeout`] too, with
//!   [`WaitLimit::MaxAttempts`].
//!
//! Each call is [`Client::send`], with its own retries of throttling and transient failures:
//! an attempt of the waiter is one call, however many requests it took.

mod acceptor;
mod backoff;
mod outcome;

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

pub use acceptor::{Acceptor, AcceptorState, Expected, Matcher, Polled};
pub use outcome::{InvalidWaiter, WaitLimit, WaitResult, WaiterError, WaiterOutcome};

use crate::client::Client;
use crate::operation::{Operation, SendsOperationsOf};
use crate::validate::Violations;
use backoff::Backoff;

/// The spec's default `minDelay`.
pub const DEFAULT_MIN_DELAY: Duration = Duration::from_secs(2);
/// The spec's default `maxDelay`.
pub const DEFAULT_MAX_DELAY: Duration = Duration::from_secs(120);

/// Polls the operation `O` until an acceptor says success or failure; build it with
/// [`Waiter::builder`]. Cheap to share: waiting takes `&self`.
pub struct Waiter<O: Operation> {
    name: Cow<'static, str>,
    backoff: Backoff,
    max_attempts: Option<u32>,
    acceptors: Vec<Acceptor<O>>,
}

impl<O: Operation> fmt::Debug for Waiter<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waiter")
            .field("name", &self.name)
            .field("operation", &O::NAME)
            .field("min_delay", &self.backoff.min)
            .field("max_delay", &self.backoff.max)
            .field("max_attempts", &self.max_attempts)
            .field("acceptors", &self.acceptors)
            .finish()
    }
}

/// Builds a [`Waiter`]. Setters are infallible; [`WaiterBuilder::build`] reports problems.
#[must_use]
pub struct WaiterBuilder<O: Operation> {
    name: Cow<'static, str>,
    min_delay: Duration,
    max_delay: Duration,
    max_attempts: Option<u32>,
    acceptors: Vec<Acceptor<O>>,
}

impl<O: Operation> Waiter<O> {
    /// A builder of the waiter named `name` (`FunctionActiveV2`), which names it in errors.
    pub fn builder(name: impl Into<Cow<'static, str>>) -> WaiterBuilder<O> {
        WaiterBuilder {
            name: name.into(),
            min_delay: DEFAULT_MIN_DELAY,
            max_delay: DEFAULT_MAX_DELAY,
            max_attempts: None,
            acceptors: Vec::new(),
        }
    }

    /// Its name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The name of the operation it calls.
    pub fn operation(&self) -> &'static str {
        O::NAME
    }

    /// The shortest delay between two calls.
    pub fn min_delay(&self) -> Duration {
        self.backoff.min
    }

    /// The longest delay the backoff grows to.
    pub fn max_delay(&self) -> Duration {
        self.backoff.max
    }

    /// Its own limit of calls, if it has one.
    pub fn max_attempts(&self) -> Option<u32> {
        self.max_attempts
    }

    /// Its acceptors, in the order they are tried.
    pub fn acceptors(&self) -> &[Acceptor<O>] {
        &self.acceptors
    }

    /// The state the first matching acceptor moves to, and its index; `None` if none matches.
    pub fn accept(&self, polled: Polled<'_, O>) -> Option<(usize, AcceptorState)> {
        self.acceptors.iter().position(|a| a.matches(polled)).map(|i| (i, self.acceptors[i].state()))
    }

    /// Calls the operation with `input` until an acceptor says success or failure, or
    /// `max_wait` runs out, as [the module](self) describes.
    pub async fn wait<S>(
        &self,
        client: &Client<S>,
        input: O,
        max_wait: Duration,
    ) -> Result<WaiterOutcome<O>, WaiterError<O>>
    where
        O: Clone,
        S: SendsOperationsOf<O::Service>,
    {
        let config = client.config();
        let start = config.clock.now();
        // The time elapsed is never taken as less than the last measure plus the sleep after it,
        // so that a stopped clock still lets the wait end.
        let (mut attempts, mut at_least, mut last_attempt) = (0u32, Duration::ZERO, false);
        loop {
            attempts += 1;
            let result = client.send(input.clone()).await;
            let elapsed = config.clock.now().duration_since(start).unwrap_or_default().max(at_least);
            let polled = result.as_ref().map(|r| &**r);
            let not_sent = polled.is_err_and(acceptor::was_not_sent);
            let accepted = if not_sent { None } else { self.accept(polled) };
            let waiter = self.name.clone();
            match (accepted, result) {
                (Some((i, AcceptorState::Success)), result) => {
                    let matched = self.acceptors[i].matcher().clone();
                    return Ok(WaiterOutcome { result, matched, attempts, elapsed });
                }
                (Some((i, AcceptorState::Failure)), result) => {
                    let matched = self.acceptors[i].matcher().clone();
                    return Err(WaiterError::Failure { waiter, matched, result, attempts, elapsed });
                }
                (None, Err(error)) => return Err(WaiterError::Operation { waiter, error, attempts, elapsed }),
                (Some((_, AcceptorState::Retry)), last) | (None, last @ Ok(_)) => {
                    let remaining = max_wait.saturating_sub(elapsed);
                    let delay = match self.max_attempts {
                        Some(max) if attempts >= max => Err(WaitLimit::MaxAttempts(max)),
                        _ if last_attempt => Err(WaitLimit::MaxWait(max_wait)),
                        _ => self
                            .backoff
                            .delay(attempts, remaining, config.jitter.sample())
                            .ok_or(WaitLimit::MaxWait(max_wait)),
                    };
                    let delay = match delay {
                        Ok(delay) => delay,
                        Err(limit) => return Err(WaiterError::Timeout { waiter, limit, last, attempts, elapsed }),
                    };
                    config.sleep.sleep(delay.duration).await;
                    at_least = elapsed + delay.duration;
                    last_attempt = delay.last;
                }
            }
        }
    }
}

impl<O: Operation> WaiterBuilder<O> {
    /// The shortest delay between two calls, which the first retry waits. Default: 2 s, the
    /// spec's.
    pub fn min_delay(mut self, delay: Duration) -> Self {
        self.min_delay = delay;
        self
    }

    /// The longest delay the backoff grows to. Default: 120 s, the spec's.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// A limit of calls, besides the caller's max wait. Default: none.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts);
        self
    }

    /// Adds an acceptor, tried after those added before it. Default: none; at least one must
    /// have the success state.
    pub fn acceptor(mut self, acceptor: Acceptor<O>) -> Self {
        self.acceptors.push(acceptor);
        self
    }

    /// The waiter; fails if no acceptor has the success state, if the min delay is zero or
    /// longer than the max delay, or if the limit of attempts is zero.
    pub fn build(self) -> Result<Waiter<O>, InvalidWaiter> {
        let name = self.name.clone().into_owned();
        if self.min_delay.is_zero() {
            return Err(InvalidWaiter::ZeroMinDelay(name));
        }
        if self.min_delay > self.max_delay {
            return Err(InvalidWaiter::MinAboveMax { waiter: name, min: self.min_delay, max: self.max_delay });
        }
        if self.max_attempts == Some(0) {
            return Err(InvalidWaiter::ZeroAttempts(name));
        }
        if !self.acceptors.iter().any(|a| a.state() == AcceptorState::Success) {
            return Err(InvalidWaiter::NoSuccessAcceptor(name));
        }
        Ok(Waiter {
            name: self.name,
            backoff: Backoff { min: self.min_delay, max: self.max_delay },
            max_attempts: self.max_attempts,
            acceptors: self.acceptors,
        })
    }
}

/// A waiter with its client and the builder of its input: what a slice's
/// `client.wait_until_<name>()` holds. Set the input with [`WaitUntil::input`] (a slice's
/// setters call it), then [`WaitUntil::wait`].
#[must_use]
pub struct WaitUntil<S, O: Operation, B> {
    client: Client<S>,
    waiter: Waiter<O>,
    input: B,
    build: fn(B) -> Result<O, Violations>,
}

impl<S, O: Operation, B> fmt::Debug for WaitUntil<S, O, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WaitUntil").field("waiter", &self.waiter).finish_non_exhaustive()
    }
}

impl<S, O: Operation + Clone, B> WaitUntil<S, O, B>
where
    S: SendsOperationsOf<O::Service>,
{
    /// `waiter` on `client`, its input built by `build` (the input builder's `build`) from
    /// `input` once it is set.
    pub fn new(client: Client<S>, waiter: Waiter<O>, input: B, build: fn(B) -> Result<O, Violations>) -> Self {
        Self { client, waiter, input, build }
    }

    /// Sets members of the input: `wait.input(|b| b.function_name("f"))`.
    pub fn input(mut self, set: impl FnOnce(B) -> B) -> Self {
        self.input = set(self.input);
        self
    }

    /// The waiter.
    pub fn waiter(&self) -> &Waiter<O> {
        &self.waiter
    }

    /// Waits at most `max_wait`, as [`Waiter::wait`] does; a missing required member fails it
    /// before anything is sent ([`WaiterError::Operation`] with no attempt).
    pub async fn wait(self, max_wait: Duration) -> Result<WaiterOutcome<O>, WaiterError<O>> {
        match (self.build)(self.input) {
            Ok(input) => self.waiter.wait(&self.client, input, max_wait).await,
            Err(violations) => Err(WaiterError::Operation {
                waiter: self.waiter.name.clone(),
                error: crate::error::Error::InvalidInput(violations),
                attempts: 0,
                elapsed: Duration::ZERO,
            }),
        }
    }
}
