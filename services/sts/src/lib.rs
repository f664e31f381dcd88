//! AWS Security Token Service (`sts`, 2011-06-15, awsQuery), defined by hand with aws-operation:
//! the five calls that tell who a caller is and trade one identity for temporary credentials,
//! and the client the runtime's default chain takes roles with.
//!
//! | module | operations |
//! | --- | --- |
//! | [`identity`] | `GetCallerIdentity`, `GetAccessKeyInfo` |
//! | [`roles`] | `AssumeRole`, `AssumeRoleWithWebIdentity` (unsigned: the token is the proof) |
//! | [`session`] | `GetSessionToken` |
//! | [`credentials`] | both role calls, for profiles with `role_arn` and for web identity ([`StsCredentialsClient`]) |
//!
//! [`types`] holds what the operations share (the temporary [`Credentials`], session tags,
//! policy ARNs), [`errors`] the service's errors, each with the awsQuery code STS sends.
//! Everything is re-exported here.
//!
//! The endpoint comes from STS's rule set: each region's own (`https://sts.eu-west-1.amazonaws.com`),
//! or for the regions that had it the legacy global `https://sts.amazonaws.com` when
//! `AWS::STS::UseGlobalEndpoint` is set (`sts_regional_endpoints = legacy` in the config file,
//! `AWS_STS_REGIONAL_ENDPOINTS=legacy`, or `ConfigBuilder::sts_use_global_endpoint(true)`).
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::Config;
//! use aws_operation_sts::Sts;
//!
//! let sts = Sts::new(&Config::from_env().build()?)?;
//! let me = sts.get_caller_identity().send().await?;
//! println!("{:?} in {:?}", me.arn, me.account);
//! let role = sts
//!     .assume_role()
//!     .role_arn("arn:aws:iam::111122223333:role/ReadOnly")
//!     .role_session_name("audit")
//!     .duration_seconds(900)
//!     .send()
//!     .await?;
//! println!("until {:?}", role.credentials.as_ref().map(|c| c.expiration));
//! # Ok(()) }
//! ```

pub mod credentials;
pub mod errors;
pub mod identity;
pub mod roles;
pub mod session;
pub mod types;

pub use credentials::StsCredentialsClient;
pub use errors::*;
pub use identity::*;
pub use roles::*;
pub use session::*;
pub use types::*;

use aws_operation::aws_service;
use aws_operation::dynamic::DynOperation;

/// The AWS STS client. Clone it freely: clones share connections.
#[aws_service(
    id = "STS",
    protocol = "awsQuery",
    signing_name = "sts",
    api_version = "2011-06-15",
    endpoint_rules = "endpoint-rule-set-1.json",
    member_casing = "PascalCase"
)]
pub struct Sts;

/// Every operation of the slice, to call by name with JSON in and out.
pub fn operations() -> Vec<DynOperation<Sts>> {
    each_operation!(DynOperation::of).iter().map(|of| of()).collect()
}

/// An array of `f::<Operation>` for every operation of the slice, in the order of
/// [`operations`]; `each_operation!(check)` with a generic function `check`.
#[doc(hidden)]
#[macro_export]
macro_rules! __sts_each_operation {
    ($($f:ident)::+) => {
        [
            $($f)::+::<$crate::identity::GetCallerIdentity>,
            $($f)::+::<$crate::identity::GetAccessKeyInfo>,
            $($f)::+::<$crate::roles::AssumeRole>,
            $($f)::+::<$crate::roles::AssumeRoleWithWebIdentity>,
            $($f)::+::<$crate::session::GetSessionToken>,
        ]
    };
}

#[doc(inline)]
pub use crate::__sts_each_operation as each_operation;
