//! Amazon EC2 (`ec2`, 2016-11-15, ec2Query), defined by hand with aws-operation: a slice of
//! eight operations, one module per concept, each operation an annotated struct.
//!
//! | module | operations |
//! | --- | --- |
//! | [`regions`] | `DescribeRegions` |
//! | [`instances`] | `DescribeInstances`, `TerminateInstances` |
//! | [`run`] | `RunInstances` |
//! | [`tags`] | `CreateTags` |
//! | [`vpcs`] | `DescribeVpcs` |
//! | [`security_groups`] | `CreateSecurityGroup`, `AuthorizeSecurityGroupIngress` |
//!
//! [`waiters`] holds the model's waiters on `DescribeInstances`:
//! `client.wait_until_instance_running()` and `wait_until_instance_terminated()`.
//!
//! [`block_devices`] and [`network_interfaces`] hold what an instance is launched with and
//! reports back about its volumes and interfaces, [`instance_types`] the instance types,
//! [`filters`] the `Filter` the `Describe*` operations take. Everything is re-exported here, so
//! `aws_operation_ec2::{Ec2, RunInstances, TagSpecification}` is all a caller imports.
//!
//! EC2 models no errors: a failure is a service error whose code is one of EC2's unmodeled codes
//! (`InvalidInstanceID.NotFound`, `InvalidGroup.Duplicate`, ...), read from `Error::code()` or
//! the error's metadata. `DescribeInstances` and `DescribeVpcs` page with `NextToken` and
//! `MaxResults`; [`operations`] lists every operation for callers that work by name with JSON.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::Config;
//! use aws_operation_ec2::{Ec2, Filter};
//! use futures_util::TryStreamExt;
//!
//! let client = Ec2::new(&Config::from_env().build()?)?;
//! let running = Filter { name: Some("instance-state-name".into()), values: Some(vec!["running".into()]) };
//! let mut reservations = client.describe_instances().filters(vec![running]).into_paginator().page_size(50).items();
//! while let Some(reservation) = reservations.try_next().await? {
//!     for instance in reservation.instances.iter().flatten() {
//!         println!("{:?} {:?}", instance.instance_id, instance.instance_type);
//!     }
//! }
//! # Ok(()) }
//! ```

pub mod block_devices;
pub mod filters;
pub mod instance_types;
pub mod instances;
pub mod network_interfaces;
pub mod regions;
pub mod run;
pub mod security_groups;
pub mod tags;
pub mod vpcs;
pub mod waiters;

pub use block_devices::*;
pub use filters::*;
pub use instance_types::*;
pub use instances::*;
pub use network_interfaces::*;
pub use regions::*;
pub use run::*;
pub use security_groups::*;
pub use tags::*;
pub use vpcs::*;

use aws_operation::aws_service;
use aws_operation::dynamic::DynOperation;

/// The Amazon EC2 client. Clone it freely: clones share connections.
#[aws_service(
    id = "EC2",
    protocol = "ec2Query",
    signing_name = "ec2",
    api_version = "2016-11-15",
    endpoint_rules = "endpoint-rule-set-1.json",
    member_casing = "PascalCase"
)]
pub struct Ec2;

/// Every operation of the slice, grouped by concept, to call by name with JSON in and out.
pub fn operations() -> Vec<DynOperation<Ec2>> {
    each_operation!(DynOperation::of).iter().map(|of| of()).collect()
}

/// An array of `f::<Operation>` for every operation of the slice, in the order of
/// [`operations`]: the one list of the operations' types, for code generic over them.
/// `each_operation!(check)` with a generic function `check`; a path such as `DynOperation::of`
/// works too.
#[doc(hidden)]
#[macro_export]
macro_rules! __ec2_each_operation {
    ($($f:ident)::+) => {
        [
            $($f)::+::<$crate::regions::DescribeRegions>,
            $($f)::+::<$crate::instances::DescribeInstances>,
            $($f)::+::<$crate::run::RunInstances>,
            $($f)::+::<$crate::tags::CreateTags>,
            $($f)::+::<$crate::vpcs::DescribeVpcs>,
            $($f)::+::<$crate::security_groups::CreateSecurityGroup>,
            $($f)::+::<$crate::security_groups::AuthorizeSecurityGroupIngress>,
            $($f)::+::<$crate::instances::TerminateInstances>,
        ]
    };
}

#[doc(inline)]
pub use crate::__ec2_each_operation as each_operation;
