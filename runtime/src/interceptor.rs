//! Interceptors: code of the application's own that runs at fixed points of every call, to read
//! the input, change a request before it is signed or sent, read each response before it is
//! decoded, and read the result.
//!
//! An interceptor is set for every call of a client (`Config::builder().interceptor(...)`) or for
//! one call (`.customize().interceptor(...)` on a fluent builder, or [`CallOptions`] with
//! `Client::send_with`); a call runs the client's, then its own, in the order they were added.
//! Every hook has a default that does nothing, so an interceptor implements only those it needs.
//! A hook that fails ends the call with [`crate::error::Error::Interceptor`], naming the hook and
//! the interceptor; nothing is retried after it.
//!
//! The order within a call:
//! 1. [`Interceptor::read_before_serialization`], once, with the input as given (before its
//!    validation, so an interceptor sees invalid input too);
//! 2. for each attempt: [`Interceptor::modify_before_signing`] with the request as the protocol
//!    wrote it, then [`Interceptor::modify_before_transmit`] with it signed, then
//!    [`Interceptor::read_before_deserialization`] with the response (its head, and its body
//!    unless the body is streamed to the caller);
//! 3. [`Interceptor::read_after_execution`], once, with the output or the error.

use std::any::Any;
use std::fmt;
use std::sync::Arc;

use crate::http::{HttpRequest, HttpResponse};

/// Why a hook failed: any error.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// An interceptor shared by the calls that run it.
pub type SharedInterceptor = Arc<dyn Interceptor>;

/// Code that runs at fixed points of each call; see the [module](self) documentation.
pub trait Interceptor: Send + Sync + fmt::Debug {
    /// The input, before it is validated and serialized.
    fn read_before_serialization(&self, input: &InputContext<'_>) -> Result<(), BoxError> {
        let _ = input;
        Ok(())
    }

    /// The request of an attempt before it is signed: what is changed here is signed.
    fn modify_before_signing(&self, request: &mut HttpRequest, attempt: &AttemptContext) -> Result<(), BoxError> {
        let _ = (request, attempt);
        Ok(())
    }

    /// The request of an attempt, signed, before it is sent: a change here is not signed (a
    /// signed header changed breaks the signature).
    fn modify_before_transmit(&self, request: &mut HttpRequest, attempt: &AttemptContext) -> Result<(), BoxError> {
        let _ = (request, attempt);
        Ok(())
    }

    /// The response of an attempt, before it is decoded; its body is empty when it is streamed
    /// to the caller.
    fn read_before_deserialization(&self, response: &HttpResponse, attempt: &AttemptContext) -> Result<(), BoxError> {
        let _ = (response, attempt);
        Ok(())
    }

    /// The call's result, before the caller has it.
    fn read_after_execution(&self, outcome: &Outcome<'_>) -> Result<(), BoxError> {
        let _ = outcome;
        Ok(())
    }
}

/// The input of a call, for [`Interceptor::read_before_serialization`].
pub struct InputContext<'a> {
    /// The service's id (`Lambda`).
    pub service: &'static str,
    /// The operation (`Invoke`).
    pub operation: &'static str,
    pub(crate) input: &'a dyn Any,
}

impl InputContext<'_> {
    /// The input, if it is a `T`: the operation's own struct.
    pub fn input<T: 'static>(&self) -> Option<&T> {
        self.input.downcast_ref()
    }
}

/// Which attempt of which call a request or response belongs to.
#[derive(Debug, Clone, Copy)]
pub struct AttemptContext {
    /// The service's id.
    pub service: &'static str,
    /// The operation.
    pub operation: &'static str,
    /// The attempt, from 1.
    pub attempt: u32,
}

/// How a call ended, for [`Interceptor::read_after_execution`].
pub struct Outcome<'a> {
    /// The service's id.
    pub service: &'static str,
    /// The operation.
    pub operation: &'static str,
    pub(crate) output: Option<&'a dyn Any>,
    pub(crate) error: Option<&'a (dyn std::error::Error + 'static)>,
    pub(crate) request_id: Option<&'a str>,
}

impl Outcome<'_> {
    /// The output, if the call succeeded and it is a `T`: the operation's output struct.
    pub fn output<T: 'static>(&self) -> Option<&T> {
        self.output.and_then(|o| o.downcast_ref())
    }

    /// The error, if the call failed: an [`crate::error::Error`] of the operation's error type.
    pub fn error(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.error
    }

    /// Whether the call succeeded.
    pub fn is_success(&self) -> bool {
        self.error.is_none()
    }

    /// The request id of the last response, if it had one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id
    }
}

/// The hook that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Hook {
    /// [`Interceptor::read_before_serialization`].
    ReadBeforeSerialization,
    /// [`Interceptor::modify_before_signing`].
    ModifyBeforeSigning,
    /// [`Interceptor::modify_before_transmit`].
    ModifyBeforeTransmit,
    /// [`Interceptor::read_before_deserialization`].
    ReadBeforeDeserialization,
    /// [`Interceptor::read_after_execution`].
    ReadAfterExecution,
}

impl fmt::Display for Hook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Hook::ReadBeforeSerialization => "read_before_serialization",
            Hook::ModifyBeforeSigning => "modify_before_signing",
            Hook::ModifyBeforeTransmit => "modify_before_transmit",
            Hook::ReadBeforeDeserialization => "read_before_deserialization",
            Hook::ReadAfterExecution => "read_after_execution",
        })
    }
}

/// A hook of an interceptor failed; the call ended there.
#[derive(Debug, thiserror::Error)]
#[error("the interceptor {interceptor} failed in `{hook}`")]
pub struct InterceptorError {
    /// The hook.
    pub hook: Hook,
    /// The interceptor, as its `Debug` names it.
    pub interceptor: String,
    /// Its error.
    #[source]
    pub source: BoxError,
}

impl InterceptorError {
    fn new(hook: Hook, interceptor: &dyn Interceptor, source: BoxError) -> Self {
        Self { hook, interceptor: format!("{interceptor:?}"), source }
    }
}

/// What one call adds to its client's settings.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    pub(crate) interceptors: Vec<SharedInterceptor>,
}

impl CallOptions {
    /// Options that add nothing.
    pub fn new() -> Self {
        Self::default()
    }

    /// Runs `interceptor` for this call, after the client's and those added before.
    pub fn interceptor(mut self, interceptor: impl Interceptor + 'static) -> Self {
        self.interceptors.push(Arc::new(interceptor));
        self
    }

    /// [`CallOptions::interceptor`], for one already shared.
    pub fn shared_interceptor(mut self, interceptor: SharedInterceptor) -> Self {
        self.interceptors.push(interceptor);
        self
    }
}

/// The interceptors of one call: the client's, then its own.
#[derive(Clone, Copy)]
pub(crate) struct Interceptors<'a> {
    pub(crate) client: &'a [SharedInterceptor],
    pub(crate) call: &'a [SharedInterceptor],
}

impl<'a> Interceptors<'a> {
    fn each(self) -> impl Iterator<Item = &'a SharedInterceptor> {
        self.client.iter().chain(self.call)
    }

    /// Whether there are none (the common case, checked before building a context).
    pub(crate) fn is_empty(self) -> bool {
        self.client.is_empty() && self.call.is_empty()
    }

    /// Runs `hook` of each, in order; the first failure stops them.
    pub(crate) fn run(
        self,
        hook: Hook,
        mut f: impl FnMut(&dyn Interceptor) -> Result<(), BoxError>,
    ) -> Result<(), InterceptorError> {
        for interceptor in self.each() {
            f(&**interceptor).map_err(|source| InterceptorError::new(hook, &**interceptor, source))?;
        }
        Ok(())
    }
}

/// Calls that can be customized: the fluent builders, whose `customize()` gives a
/// [`Customized`] call.
pub trait Customizable: Sized {
    /// What sending the call gives.
    type Output;

    /// Sends the call with `options`.
    fn send_with(self, options: CallOptions) -> impl Future<Output = Self::Output> + Send;
}

/// A fluent call with options of its own: add interceptors, then `send().await`.
#[must_use]
pub struct Customized<F> {
    call: F,
    options: CallOptions,
}

impl<F: Customizable> Customized<F> {
    /// The call `call`, with no options yet.
    pub fn new(call: F) -> Self {
        Self { call, options: CallOptions::default() }
    }

    /// Runs `interceptor` for this call, after the client's.
    pub fn interceptor(mut self, interceptor: impl Interceptor + 'static) -> Self {
        self.options = self.options.interceptor(interceptor);
        self
    }

    /// Sends the call.
    pub async fn send(self) -> F::Output {
        self.call.send_with(self.options).await
    }
}

impl<F> fmt::Debug for Customized<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Customized").field("options", &self.options).finish_non_exhaustive()
    }
}
