//! Lambda's waiters on `GetFunction`, as botocore's `waiters-2.json` defines them: the model's
//! `delay` is the waiter's min delay (as the AWS SDKs' Smithy models have it), its max delay the
//! spec's 120 s, its `maxAttempts` the waiter's limit; each acceptor is the model's, in order.
//!
//! | waiter | client method | min delay | max attempts | success | failure | retry |
//! | --- | --- | --- | --- | --- | --- | --- |
//! | [`function_active_v2`] | `wait_until_function_active_v2` | 1 s | 300 | `Configuration.State` is `Active` | `Failed` | `Pending` |
//! | [`function_updated_v2`] | `wait_until_function_updated_v2` | 1 s | 300 | `Configuration.LastUpdateStatus` is `Successful` | `Failed` | `InProgress` |
//! | [`function_exists`] | `wait_until_function_exists` | 1 s | 20 | any output | | `ResourceNotFoundException` |
//!
//! ```no_run
//! # async fn demo(client: aws_operation_lambda::Lambda) -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//!
//! let active = client.wait_until_function_active_v2().function_name("hello").wait(Duration::from_secs(300)).await?;
//! println!("active after {} calls in {:?}", active.attempts(), active.elapsed());
//! # Ok(()) }
//! ```

use std::time::Duration;

use aws_operation::waiter::AcceptorState::{Failure, Retry, Success};
use aws_operation::waiter::{Acceptor, WaitUntil, Waiter, WaiterError, WaiterOutcome};

use crate::{GetFunction, GetFunctionBuilder, GetFunctionOutput, Lambda, LastUpdateStatus, State};

/// `FunctionActiveV2`: the function's `State` is `Active`, after `CreateFunction`.
pub fn function_active_v2() -> Waiter<GetFunction> {
    Waiter::builder("FunctionActiveV2")
        .min_delay(Duration::from_secs(1))
        .max_attempts(300)
        .acceptor(Acceptor::path(Success, "Configuration.State", "Active", state))
        .acceptor(Acceptor::path(Failure, "Configuration.State", "Failed", state))
        .acceptor(Acceptor::path(Retry, "Configuration.State", "Pending", state))
        .build()
        .expect("the model's waiter is valid")
}

/// `FunctionUpdatedV2`: the function's `LastUpdateStatus` is `Successful`, after an update.
pub fn function_updated_v2() -> Waiter<GetFunction> {
    const PATH: &str = "Configuration.LastUpdateStatus";
    Waiter::builder("FunctionUpdatedV2")
        .min_delay(Duration::from_secs(1))
        .max_attempts(300)
        .acceptor(Acceptor::path(Success, PATH, "Successful", last_update_status))
        .acceptor(Acceptor::path(Failure, PATH, "Failed", last_update_status))
        .acceptor(Acceptor::path(Retry, PATH, "InProgress", last_update_status))
        .build()
        .expect("the model's waiter is valid")
}

/// `FunctionExists`: `GetFunction` succeeds; `ResourceNotFoundException` means not yet.
pub fn function_exists() -> Waiter<GetFunction> {
    Waiter::builder("FunctionExists")
        .min_delay(Duration::from_secs(1))
        .max_attempts(20)
        // botocore's `{"matcher": "error", "expected": false}`: no error.
        .acceptor(Acceptor::success(Success, true))
        .acceptor(Acceptor::error(Retry, "ResourceNotFoundException"))
        .build()
        .expect("the model's waiter is valid")
}

/// `Configuration.State`.
fn state(output: &GetFunctionOutput) -> Option<&str> {
    output.configuration.as_ref()?.state.as_ref().map(State::as_str)
}

/// `Configuration.LastUpdateStatus`.
fn last_update_status(output: &GetFunctionOutput) -> Option<&str> {
    output.configuration.as_ref()?.last_update_status.as_ref().map(LastUpdateStatus::as_str)
}

/// A wait on `GetFunction`: name the function (and its qualifier), then `wait(max_wait).await`.
#[must_use]
#[derive(Debug)]
pub struct GetFunctionWaiter(WaitUntil<Lambda, GetFunction, GetFunctionBuilder>);

impl GetFunctionWaiter {
    fn new(client: &Lambda, waiter: Waiter<GetFunction>) -> Self {
        Self(WaitUntil::new(client.client().clone(), waiter, GetFunction::builder(), GetFunctionBuilder::build))
    }

    /// Sets `FunctionName`.
    pub fn function_name(self, value: impl Into<String>) -> Self {
        Self(self.0.input(|b| b.function_name(value)))
    }

    /// Sets or clears `FunctionName`.
    pub fn set_function_name(self, value: Option<String>) -> Self {
        Self(self.0.input(|b| b.set_function_name(value)))
    }

    /// Sets `Qualifier`.
    pub fn qualifier(self, value: impl Into<String>) -> Self {
        Self(self.0.input(|b| b.qualifier(value)))
    }

    /// Sets or clears `Qualifier`.
    pub fn set_qualifier(self, value: Option<String>) -> Self {
        Self(self.0.input(|b| b.set_qualifier(value)))
    }

    /// The waiter.
    pub fn waiter(&self) -> &Waiter<GetFunction> {
        self.0.waiter()
    }

    /// Calls `GetFunction` until the waiter's acceptors say success or failure, for at most
    /// `max_wait` (see [`aws_operation::waiter`]).
    pub async fn wait(self, max_wait: Duration) -> Result<WaiterOutcome<GetFunction>, WaiterError<GetFunction>> {
        self.0.wait(max_wait).await
    }
}

impl Lambda {
    /// Waits until the function is active ([`function_active_v2`]): name it, then
    /// `wait(max_wait).await`.
    pub fn wait_until_function_active_v2(&self) -> GetFunctionWaiter {
        GetFunctionWaiter::new(self, function_active_v2())
    }

    /// Waits until the function's last update succeeded ([`function_updated_v2`]).
    pub fn wait_until_function_updated_v2(&self) -> GetFunctionWaiter {
        GetFunctionWaiter::new(self, function_updated_v2())
    }

    /// Waits until the function exists ([`function_exists`]).
    pub fn wait_until_function_exists(&self) -> GetFunctionWaiter {
        GetFunctionWaiter::new(self, function_exists())
    }
}
