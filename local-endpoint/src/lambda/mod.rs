//! A stateful, in-memory stand-in for AWS Lambda, for offline tests: the nine operations of the
//! Lambda slice (`aws-operation-lambda`), served by a [`LocalEndpoint`] over restJson1 (each
//! request routed by its method and URI) to the real client, the command or any SDK.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::{Config, Credentials};
//! use aws_operation_lambda::Lambda;
//! use aws_operation_local_endpoint::lambda::Simulator;
//!
//! let credentials = Credentials::new("AKIDLOCAL", "local-secret", None, None);
//! let simulator = Simulator::builder().account_id("123456789012").region("eu-west-1").build()?;
//! let endpoint = simulator.endpoint(credentials.clone()).start().await?;
//! let config = Config::builder().region("eu-west-1").credentials(credentials).endpoint_url(endpoint.url()).build()?;
//! let client = Lambda::new(&config)?;
//! # Ok(()) }
//! ```
//!
//! What it keeps, per [`Simulator`] (clones share it): functions, their published versions and
//! their tags, in one account and one region, until it is dropped.
//!
//! - **Input** is read strictly by the endpoint and checked against the model's constraints
//!   (lengths, patterns, ranges, enum values) before anything else, as Lambda checks it: a
//!   `ValidationException` whose message counts and names every problem
//!   (`2 validation errors detected: ...`).
//! - **CreateFunction** stores the configuration with Lambda's defaults (timeout 3, 128 MB,
//!   `x86_64`, 512 MB of `/tmp`, `PassThrough` tracing, Text logs to `/aws/lambda/<name>`, an
//!   empty description), `FunctionArn` `arn:aws:lambda:<region>:<account>:function:<name>`,
//!   `Version` `$LATEST`, `State` `Active` and `LastUpdateStatus` `Successful` at once, a
//!   `RevisionId`, `LastModified` as Lambda writes it (`2026-01-01T00:00:00.000+0000`), and the
//!   tags. A .zip file gives `CodeSize` and `CodeSha256` (the base64 SHA-256 of the file) and
//!   must be one (it ends with a zip's end record), with a `Runtime` and a `Handler`. `Publish`
//!   publishes version 1. A second function of a name is a `ResourceConflictException`
//!   (`Function already exist: <name>`); a name over 64 characters an
//!   `InvalidParameterValueException`.
//! - **Names**: every operation that takes a `FunctionName` takes the name, the partial ARN
//!   (`<account>:function:<name>`) or the ARN, with or without a qualifier (`:$LATEST`, `:1`),
//!   which must agree with `Qualifier`. A function that does not exist, or a version it does not
//!   have, is a `ResourceNotFoundException` with `Type` `User` and `Message`
//!   `Function not found: <the ARN, qualified as asked>`, as Lambda sends it; an ARN in another
//!   region is one too (`Functions from '<region>' are not reachable in this region`), and one
//!   of another account an `AccessDeniedException` (which the model does not list).
//! - **GetFunction** answers the configuration (its ARN qualified when a qualifier was given),
//!   the code's location and the tags; **ListFunctions** lists in name order (`FunctionVersion`
//!   `ALL` adds the published versions, with qualified ARNs), without the state fields only
//!   `GetFunction` reports, `MaxItems` at a time (50 at most, the default) with an opaque
//!   `NextMarker` that continues after the last function listed.
//! - **UpdateFunctionConfiguration** changes the members given (`Environment`, `Layers` and the
//!   other structures replace what was there; `LoggingConfig` merges), checks `RevisionId`
//!   (`PreconditionFailedException` with Lambda's message), and bumps `RevisionId` and
//!   `LastModified`. Only `$LATEST` changes; published versions keep what they had.
//! - **Invoke** runs no code: `RequestResponse` answers 200 with the payload it was given (`{}`
//!   for none) and `X-Amz-Executed-Version` (`$LATEST` or the version), with `LogType` `Tail` a
//!   base64 `X-Amz-Log-Result` of `START`, `END` and `REPORT` lines; `Event` answers 202 and
//!   `DryRun` 204, without a payload. A payload that is not JSON is an
//!   `InvalidRequestContentException`, one over 6 MB (1 MB for `Event`) a
//!   `RequestTooLargeException`.
//! - **DeleteFunction** deletes the function, its versions and tags (answering 204, as Lambda
//!   does), or with a qualifier only that version; `$LATEST` alone cannot be deleted
//!   (`InvalidParameterValueException`).
//! - **TagResource**, **ListTags** and **UntagResource** take a function's unqualified ARN; a
//!   qualified one is an `InvalidParameterValueException`, as Lambda has no tags on versions.
//!
//! What it does not model, being a test double:
//!
//! - **Running code**: nothing is unzipped, pulled or run. Code in Amazon S3 is not read (its
//!   `CodeSize` is 0, its `CodeSha256` that of its address, and `GetFunction` names the object as
//!   `ResolvedS3Object`) and an image's `CodeSha256` is its URI's digest, or made up. `GetFunction`'s code location is shaped as Lambda's but serves
//!   nothing. `FunctionError` never happens; register an `Invoke` handler of your own after the
//!   stand-in's to play a function.
//! - **Other resources** the configuration names are taken as given: roles, layers (size 0),
//!   VPC subnets and security groups (no `VpcId`), KMS keys, code signing configurations, file
//!   systems, capacity providers, dead-letter targets. Aliases, event source mappings and the
//!   rest of Lambda's API are not there (a qualifier that is no version is not found).
//! - **Time and states**: every change is complete at once (no `Pending` or `InProgress`, so no
//!   `ResourceConflictException` for a change under way); no throttling, quotas, reserved
//!   concurrency, or limits other than those above (tag counts, environment size); server faults
//!   neither. Register your own handler to produce those.
//! - **Identity**: every signed request is the configured account, allowed everything in it.
//! - **Persistence and scale**: state lives in memory, behind one lock.

mod functions;
mod invoke;
mod store;
mod tags;

use std::fmt;

use aws_operation::Credentials;
use aws_operation_lambda::{FunctionConfiguration, Lambda};

use crate::LocalEndpoint;
pub use crate::stand_in::SettingError;
use crate::stand_in::{Clock, Shared, system_clock};
use store::Store;

/// The account the stand-in acts as unless told otherwise.
pub const DEFAULT_ACCOUNT_ID: &str = "123456789012";

/// The region the stand-in is unless told otherwise.
pub const DEFAULT_REGION: &str = "us-east-1";

/// The state of a stand-in Lambda service, and the handlers that serve it. Clones share the
/// state: keep one to look into it while an endpoint serves it.
#[derive(Clone)]
pub struct Simulator {
    store: Shared<Store>,
}

impl fmt::Debug for Simulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let store = self.store.lock();
        f.debug_struct("Simulator")
            .field("account_id", &store.account_id)
            .field("region", &store.region)
            .field("functions", &store.functions.len())
            .finish()
    }
}

impl Default for Simulator {
    fn default() -> Self {
        Self::new()
    }
}

impl Simulator {
    /// An empty stand-in for account [`DEFAULT_ACCOUNT_ID`] in [`DEFAULT_REGION`], on the system
    /// clock.
    pub fn new() -> Self {
        Self {
            store: Shared::new(Store::new(DEFAULT_ACCOUNT_ID.to_owned(), DEFAULT_REGION.to_owned(), system_clock())),
        }
    }

    /// A builder to choose the account, the region and the clock.
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// The account the stand-in acts as: it owns every function and is in every ARN.
    pub fn account_id(&self) -> String {
        self.store.lock().account_id.clone()
    }

    /// The region the stand-in is, in every ARN. Requests signed for any region are served.
    pub fn region(&self) -> String {
        self.store.lock().region.clone()
    }

    /// The configuration of function `name` (`$LATEST`), as `GetFunction` reports it.
    pub fn function(&self, name: &str) -> Option<FunctionConfiguration> {
        self.store.lock().functions.get(name).map(|function| function.latest.clone())
    }

    /// An endpoint that accepts requests signed with `credentials` and serves all 9 operations
    /// from this stand-in. Register a handler of your own afterwards to replace one.
    pub fn endpoint(&self, credentials: Credentials) -> LocalEndpoint<Lambda> {
        self.register(LocalEndpoint::new(credentials))
    }

    /// Registers the stand-in's 9 handlers on `endpoint`, replacing any it had for them.
    pub fn register(&self, endpoint: LocalEndpoint<Lambda>) -> LocalEndpoint<Lambda> {
        endpoint
            .handle_replying(self.store.serve(Store::create_function))
            .handle_replying(self.store.serve(Store::get_function))
            .handle_replying(self.store.serve(Store::list_functions))
            .handle_replying(self.store.serve(Store::update_function_configuration))
            .handle_replying(self.store.serve(Store::delete_function))
            .handle_replying(self.store.serve(Store::invoke))
            .handle_replying(self.store.serve(Store::tag_resource))
            .handle_replying(self.store.serve(Store::list_tags))
            .handle_replying(self.store.serve(Store::untag_resource))
    }
}

impl LocalEndpoint<Lambda> {
    /// An endpoint that accepts requests signed with `credentials` and serves all 9 operations of
    /// the Lambda slice from a new, empty [`Simulator`] for account [`DEFAULT_ACCOUNT_ID`] in
    /// [`DEFAULT_REGION`]. To look into its state from a test, make the simulator yourself and
    /// use [`Simulator::endpoint`].
    pub fn lambda(credentials: Credentials) -> Self {
        Simulator::new().endpoint(credentials)
    }
}

/// Builds a [`Simulator`]: its account, region and clock.
pub type SimulatorBuilder = crate::stand_in::Builder<Simulator>;

impl crate::stand_in::Regional for Simulator {
    const DEFAULT_ACCOUNT_ID: &'static str = DEFAULT_ACCOUNT_ID;
    const DEFAULT_REGION: &'static str = DEFAULT_REGION;

    fn from_settings(account_id: String, region: String, clock: Clock) -> Self {
        Simulator { store: Shared::new(Store::new(account_id, region, clock)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_of_the_slice_has_a_handler() {
        let endpoint = Simulator::new().endpoint(Credentials::new("AKID", "secret", None, None));
        assert_eq!(crate::stand_in::tests::serves_all(&endpoint, &aws_operation_lambda::operations()), 9);
    }

    #[test]
    fn settings_that_arns_cannot_hold_are_refused() {
        assert!(Simulator::builder().account_id("12345678901a").build().is_err());
        let err = Simulator::builder().region("moon-1").build().unwrap_err();
        assert_eq!(err.to_string(), "`region` must be a region such as `us-east-1`, got `moon-1`");
        let simulator = Simulator::builder().account_id("444455556666").region("eu-west-1").build().unwrap();
        assert_eq!((simulator.account_id(), simulator.region()), ("444455556666".to_owned(), "eu-west-1".to_owned()));
    }
}
