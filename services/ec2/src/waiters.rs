//! EC2's waiters on `DescribeInstances`, as botocore's `waiters-2.json` defines them: the
//! model's `delay` is the waiter's min delay (as the AWS SDKs' Smithy models have it), its max
//! delay the spec's 120 s, its `maxAttempts` the waiter's limit; each acceptor is the model's,
//! in order. They read `Reservations[].Instances[].State.Name` of the first page.
//!
//! | waiter | client method | min delay | max attempts | success | failure | retry |
//! | --- | --- | --- | --- | --- | --- | --- |
//! | [`instance_running`] | `wait_until_instance_running` | 15 s | 40 | every instance `running` | some `shutting-down`, `terminated`, `stopping` | `InvalidInstanceID.NotFound` |
//! | [`instance_terminated`] | `wait_until_instance_terminated` | 15 s | 40 | every instance `terminated` | some `pending`, `stopping` | |
//!
//! ```no_run
//! # async fn demo(client: aws_operation_ec2::Ec2) -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//!
//! let ids = vec!["i-0123456789abcdef0".to_owned()];
//! client.wait_until_instance_running().instance_ids(ids).wait(Duration::from_secs(600)).await?;
//! # Ok(()) }
//! ```

use std::time::Duration;

use aws_operation::waiter::AcceptorState::{Failure, Retry, Success};
use aws_operation::waiter::{Acceptor, WaitUntil, Waiter, WaiterError, WaiterOutcome};

use crate::{DescribeInstances, DescribeInstancesBuilder, DescribeInstancesOutput, Ec2, Filter, InstanceStateName};

/// The path both waiters read.
const STATE_NAMES: &str = "Reservations[].Instances[].State.Name";

/// `InstanceRunning`: every instance is `running`; one shutting down, terminated or stopping
/// never will be; an id EC2 does not know yet means not yet.
pub fn instance_running() -> Waiter<DescribeInstances> {
    Waiter::builder("InstanceRunning")
        .min_delay(Duration::from_secs(15))
        .max_attempts(40)
        .acceptor(Acceptor::path_all(Success, STATE_NAMES, "running", state_names))
        .acceptor(Acceptor::path_any(Failure, STATE_NAMES, "shutting-down", state_names))
        .acceptor(Acceptor::path_any(Failure, STATE_NAMES, "terminated", state_names))
        .acceptor(Acceptor::path_any(Failure, STATE_NAMES, "stopping", state_names))
        .acceptor(Acceptor::error(Retry, "InvalidInstanceID.NotFound"))
        .build()
        .expect("the model's waiter is valid")
}

/// `InstanceTerminated`: every instance is `terminated`; one pending or stopping is not being
/// terminated.
pub fn instance_terminated() -> Waiter<DescribeInstances> {
    Waiter::builder("InstanceTerminated")
        .min_delay(Duration::from_secs(15))
        .max_attempts(40)
        .acceptor(Acceptor::path_all(Success, STATE_NAMES, "terminated", state_names))
        .acceptor(Acceptor::path_any(Failure, STATE_NAMES, "pending", state_names))
        .acceptor(Acceptor::path_any(Failure, STATE_NAMES, "stopping", state_names))
        .build()
        .expect("the model's waiter is valid")
}

/// `Reservations[].Instances[].State.Name`: each instance's state, those without one left out,
/// as a JMESPath projection leaves out nulls.
fn state_names(output: &DescribeInstancesOutput) -> Vec<&str> {
    let instances = output.reservations.iter().flatten().flat_map(|r| r.instances.iter().flatten());
    instances.filter_map(|i| i.state.as_ref()?.name.as_ref().map(InstanceStateName::as_str)).collect()
}

/// Setters of the input, each handed to the input's builder.
macro_rules! setters {
    ($($name:ident, $set:ident: $ty:ty = $wire:literal;)*) => {$(
        #[doc = concat!("Sets `", $wire, "`.")]
        pub fn $name(self, value: impl Into<$ty>) -> Self {
            Self(self.0.input(|b| b.$name(value)))
        }

        #[doc = concat!("Sets or clears `", $wire, "`.")]
        pub fn $set(self, value: Option<$ty>) -> Self {
            Self(self.0.input(|b| b.$set(value)))
        }
    )*};
}

/// A wait on `DescribeInstances`: name the instances (or filter them), then
/// `wait(max_wait).await`.
#[must_use]
#[derive(Debug)]
pub struct DescribeInstancesWaiter(WaitUntil<Ec2, DescribeInstances, DescribeInstancesBuilder>);

impl DescribeInstancesWaiter {
    fn new(client: &Ec2, waiter: Waiter<DescribeInstances>) -> Self {
        let build = DescribeInstancesBuilder::build;
        Self(WaitUntil::new(client.client().clone(), waiter, DescribeInstances::builder(), build))
    }

    setters! {
        instance_ids, set_instance_ids: Vec<String> = "InstanceIds";
        include_managed_resources, set_include_managed_resources: bool = "IncludeManagedResources";
        dry_run, set_dry_run: bool = "DryRun";
        filters, set_filters: Vec<Filter> = "Filters";
        next_token, set_next_token: String = "NextToken";
        max_results, set_max_results: i32 = "MaxResults";
    }

    /// The waiter.
    pub fn waiter(&self) -> &Waiter<DescribeInstances> {
        self.0.waiter()
    }

    /// Calls `DescribeInstances` until the waiter's acceptors say success or failure, for at
    /// most `max_wait` (see [`aws_operation::waiter`]).
    pub async fn wait(
        self,
        max_wait: Duration,
    ) -> Result<WaiterOutcome<DescribeInstances>, WaiterError<DescribeInstances>> {
        self.0.wait(max_wait).await
    }
}

impl Ec2 {
    /// Waits until the instances run ([`instance_running`]): name them, then
    /// `wait(max_wait).await`.
    pub fn wait_until_instance_running(&self) -> DescribeInstancesWaiter {
        DescribeInstancesWaiter::new(self, instance_running())
    }

    /// Waits until the instances are terminated ([`instance_terminated`]).
    pub fn wait_until_instance_terminated(&self) -> DescribeInstancesWaiter {
        DescribeInstancesWaiter::new(self, instance_terminated())
    }
}
