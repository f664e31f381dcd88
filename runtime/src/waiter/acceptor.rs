//! Acceptors: what a waiter looks for in each answer, and the state it moves to when it sees it.
//!
//! An acceptor pairs a state with a [`Matcher`], a description that is data: what the model
//! says (a path and the value expected there, a status, an error code). Status, error and
//! success matchers are run from that data alone. A path matcher is run from a Rust closure that
//! reads the value at the path from the output; the waiter compares what it reads with the
//! description's expected value, so the description is what decides, and only the path is the
//! closure's to follow.

use std::borrow::Cow;
use std::fmt;

use crate::error::{Error, ErrorKind};
use crate::operation::Operation;

/// The state an acceptor moves a waiter to (the spec's `AcceptorState`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AcceptorState {
    /// The resource reached the state waited for: the wait ends with its outcome.
    Success,
    /// The resource will never reach it: the wait ends with [`WaiterError::Failure`](super::WaiterError::Failure).
    Failure,
    /// Not yet: the waiter sleeps, then calls again.
    Retry,
}

impl AcceptorState {
    /// The model's name: `success`, `failure` or `retry`.
    pub fn as_str(self) -> &'static str {
        match self {
            AcceptorState::Success => "success",
            AcceptorState::Failure => "failure",
            AcceptorState::Retry => "retry",
        }
    }
}

impl fmt::Display for AcceptorState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The value a [`Matcher::Path`] expects: a string (the spec's `stringEquals`) or a boolean
/// (`booleanEquals`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expected {
    /// A string, an enum's value included.
    String(Cow<'static, str>),
    /// A boolean.
    Bool(bool),
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::String(s) => write!(f, "`{s}`"),
            Expected::Bool(b) => write!(f, "{b}"),
        }
    }
}

/// What an acceptor matches, as data: the botocore matchers (`path`, `pathAll`, `pathAny`,
/// `status`, `error`) and the Smithy ones (`output` with a comparator, `success`, `errorType`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Matcher {
    /// The value at `path` in the output equals `expected` (botocore `path`; Smithy `output`
    /// with `stringEquals` or `booleanEquals`). An absent value matches nothing.
    Path {
        /// The path, in the model's JMESPath, e.g. `Configuration.State`.
        path: Cow<'static, str>,
        /// The value expected there.
        expected: Expected,
    },
    /// The path projects a list that is not empty and whose every element is `expected`
    /// (botocore `pathAll`; Smithy `allStringEquals`).
    PathAll {
        /// The path, e.g. `Reservations[].Instances[].State.Name`.
        path: Cow<'static, str>,
        /// The value every element must be.
        expected: Cow<'static, str>,
    },
    /// The path projects a list with at least one element equal to `expected` (botocore
    /// `pathAny`; Smithy `anyStringEquals`).
    PathAny {
        /// The path.
        path: Cow<'static, str>,
        /// The value one element must be.
        expected: Cow<'static, str>,
    },
    /// The response's HTTP status (botocore `status`). An error matches by the status of the
    /// response that carried it. A successful output matches any 2xx status: the client hands
    /// back outputs only for successful responses and does not keep their status.
    Status(u16),
    /// A service error with this code (botocore `error` with a string; Smithy `errorType`).
    Error(Cow<'static, str>),
    /// `true`: any output; `false`: any error the service answered with (Smithy `success`;
    /// botocore `error` with `false` and `true`).
    Success(bool),
    /// Anything else, as a closure over the output or the error; the text says what it matches.
    Custom(Cow<'static, str>),
}

impl fmt::Display for Matcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Matcher::Path { path, expected } => write!(f, "`{path}` is {expected}"),
            Matcher::PathAll { path, expected } => write!(f, "every `{path}` is `{expected}`"),
            Matcher::PathAny { path, expected } => write!(f, "some `{path}` is `{expected}`"),
            Matcher::Status(status) => write!(f, "HTTP status {status}"),
            Matcher::Error(code) => write!(f, "error `{code}`"),
            Matcher::Success(true) => f.write_str("a successful output"),
            Matcher::Success(false) => f.write_str("an error from the service"),
            Matcher::Custom(text) => f.write_str(text),
        }
    }
}

/// What one attempt gave a matcher: the output, or the error.
pub type Polled<'a, O> = Result<&'a <O as Operation>::Output, &'a Error<<O as Operation>::Error>>;

type Test<O> = Box<dyn Fn(Polled<'_, O>) -> bool + Send + Sync>;

/// One acceptor of a [`Waiter`](super::Waiter): a state, the [`Matcher`] that describes when it
/// applies, and the test that decides it.
///
/// A closure written in place needs the operation named, `Acceptor::<GetFunction>::path(...)`,
/// for its argument's type to be known; a function (`fn state(out: &GetFunctionOutput) ->
/// Option<&str>`) does not.
pub struct Acceptor<O: Operation> {
    state: AcceptorState,
    matcher: Matcher,
    test: Test<O>,
}

impl<O: Operation> fmt::Debug for Acceptor<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Acceptor").field("state", &self.state).field("matcher", &self.matcher).finish()
    }
}

impl<O: Operation> Acceptor<O> {
    /// Matches when the string `select` reads from the output equals `expected`; `path` says
    /// where `select` reads, in the model's terms: `|out| out.configuration.as_ref()?.state.as_ref().map(State::as_str)`
    /// for `Configuration.State`. `None` (the value is absent) matches nothing.
    pub fn path(
        state: AcceptorState,
        path: impl Into<Cow<'static, str>>,
        expected: impl Into<Cow<'static, str>>,
        select: impl for<'a> Fn(&'a O::Output) -> Option<&'a str> + Send + Sync + 'static,
    ) -> Self {
        let expected = expected.into();
        let matcher = Matcher::Path { path: path.into(), expected: Expected::String(expected.clone()) };
        Self::with(state, matcher, move |polled| polled.is_ok_and(|output| select(output) == Some(&*expected)))
    }

    /// Matches when the boolean `select` reads from the output at `path` equals `expected`.
    pub fn path_bool(
        state: AcceptorState,
        path: impl Into<Cow<'static, str>>,
        expected: bool,
        select: impl Fn(&O::Output) -> Option<bool> + Send + Sync + 'static,
    ) -> Self {
        let matcher = Matcher::Path { path: path.into(), expected: Expected::Bool(expected) };
        Self::with(state, matcher, move |polled| polled.is_ok_and(|output| select(output) == Some(expected)))
    }

    /// Matches when the strings `select` projects from the output at `path` are not none, and
    /// all equal `expected`. As JMESPath projections do, `select` leaves out absent values.
    pub fn path_all(
        state: AcceptorState,
        path: impl Into<Cow<'static, str>>,
        expected: impl Into<Cow<'static, str>>,
        select: impl for<'a> Fn(&'a O::Output) -> Vec<&'a str> + Send + Sync + 'static,
    ) -> Self {
        let expected = expected.into();
        let matcher = Matcher::PathAll { path: path.into(), expected: expected.clone() };
        Self::with(state, matcher, move |polled| polled.is_ok_and(|output| all_equal(&select(output), &expected)))
    }

    /// Matches when at least one of the strings `select` projects from the output at `path`
    /// equals `expected`.
    pub fn path_any(
        state: AcceptorState,
        path: impl Into<Cow<'static, str>>,
        expected: impl Into<Cow<'static, str>>,
        select: impl for<'a> Fn(&'a O::Output) -> Vec<&'a str> + Send + Sync + 'static,
    ) -> Self {
        let expected = expected.into();
        let matcher = Matcher::PathAny { path: path.into(), expected: expected.clone() };
        Self::with(state, matcher, move |polled| polled.is_ok_and(|output| select(output).contains(&&*expected)))
    }

    /// Matches the HTTP status `status`, as [`Matcher::Status`] says.
    pub fn status(state: AcceptorState, status: u16) -> Self {
        Self::with(state, Matcher::Status(status), move |polled| match polled {
            Ok(_) => (200..300).contains(&status),
            Err(e) => answered_status(e) == Some(status),
        })
    }

    /// Matches a service error whose code is `code`, e.g. `ResourceNotFoundException`.
    pub fn error(state: AcceptorState, code: impl Into<Cow<'static, str>>) -> Self {
        let code = code.into();
        let matcher = Matcher::Error(code.clone());
        Self::with(state, matcher, move |polled| polled.is_err_and(|e| e.meta().is_some_and(|m| m.code == *code)))
    }

    /// `true`: matches any output; `false`: any error the service answered with (a service error
    /// or a response that could not be read, not a failure in transit).
    pub fn success(state: AcceptorState, success: bool) -> Self {
        Self::with(state, Matcher::Success(success), move |polled| match polled {
            Ok(_) => success,
            Err(e) => !success && answered_status(e).is_some(),
        })
    }

    /// Any test of the output or the error, described by `description` (what it matches, for
    /// errors and tools).
    pub fn custom(
        state: AcceptorState,
        description: impl Into<Cow<'static, str>>,
        test: impl Fn(Polled<'_, O>) -> bool + Send + Sync + 'static,
    ) -> Self {
        Self::with(state, Matcher::Custom(description.into()), test)
    }

    fn with(
        state: AcceptorState,
        matcher: Matcher,
        test: impl Fn(Polled<'_, O>) -> bool + Send + Sync + 'static,
    ) -> Self {
        Self { state, matcher, test: Box::new(test) }
    }

    /// The state it moves the waiter to.
    pub fn state(&self) -> AcceptorState {
        self.state
    }

    /// What it matches.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Whether it matches the output or error of one attempt. Errors raised before anything was
    /// sent (bad input, configuration) are never matched: the waiter stops on them before it
    /// asks.
    pub fn matches(&self, polled: Polled<'_, O>) -> bool {
        match polled {
            Err(e) if was_not_sent(e) => false,
            _ => (self.test)(polled),
        }
    }
}

/// Whether nothing was sent for this error, so that waiting cannot change it.
pub(crate) fn was_not_sent<E: std::error::Error + 'static>(e: &Error<E>) -> bool {
    matches!(e.kind(), ErrorKind::InvalidInput | ErrorKind::Config)
}

/// The status of the response that carried the error, if one did.
fn answered_status<E: std::error::Error + 'static>(e: &Error<E>) -> Option<u16> {
    match e {
        Error::Service(service) => Some(service.meta.status),
        Error::Response { status, .. } => Some(*status),
        _ => None,
    }
}

/// `pathAll`: a list that is not empty, every element `expected`.
fn all_equal(values: &[&str], expected: &str) -> bool {
    !values.is_empty() && values.iter().all(|v| *v == expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_all_needs_one_element_and_no_other_value() {
        assert!(all_equal(&["running"], "running"));
        assert!(all_equal(&["running", "running"], "running"));
        assert!(!all_equal(&[], "running"), "an empty projection matches nothing");
        assert!(!all_equal(&["running", "pending"], "running"));
    }

    #[test]
    fn matchers_read_as_the_model_says() {
        let path = Matcher::Path { path: "Configuration.State".into(), expected: Expected::String("Active".into()) };
        assert_eq!(path.to_string(), "`Configuration.State` is `Active`");
        let flag = Matcher::Path { path: "Table.Ready".into(), expected: Expected::Bool(true) };
        assert_eq!(flag.to_string(), "`Table.Ready` is true");
        let all = Matcher::PathAll { path: "R[].I[].S.N".into(), expected: "running".into() };
        assert_eq!(all.to_string(), "every `R[].I[].S.N` is `running`");
        let any = Matcher::PathAny { path: "R[].I[].S.N".into(), expected: "terminated".into() };
        assert_eq!(any.to_string(), "some `R[].I[].S.N` is `terminated`");
        assert_eq!(Matcher::Status(404).to_string(), "HTTP status 404");
        assert_eq!(Matcher::Error("NotFound".into()).to_string(), "error `NotFound`");
        assert_eq!(Matcher::Success(true).to_string(), "a successful output");
        assert_eq!(Matcher::Success(false).to_string(), "an error from the service");
        assert_eq!(Matcher::Custom("the queue is empty".into()).to_string(), "the queue is empty");
        assert_eq!(
            [AcceptorState::Success, AcceptorState::Failure, AcceptorState::Retry].map(|s| s.to_string()),
            ["success", "failure", "retry"]
        );
    }
}
