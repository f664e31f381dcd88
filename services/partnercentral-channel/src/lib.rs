//! The Partner Central Channel API (`partnercentral-channel`, 2024-03-18), defined by hand with
//! aws-operation: one module per resource, each operation an annotated struct.
//!
//! All 21 operations of the model, by resource:
//!
//! | module | operations |
//! | --- | --- |
//! | [`program_management_accounts`] | Create, Update, Delete and List `ProgramManagementAccount(s)` |
//! | [`relationships`] | Create, Get, Update, Delete and List `Relationship(s)`, with their support plans |
//! | [`handshakes`] | Create, Accept, Reject, Cancel and List `ChannelHandshake(s)` |
//! | [`channel_contracts`] | Create, Get, Cancel and List `ChannelContract(s)` |
//! | [`tags`] | `ListTagsForResource`, `TagResource`, `UntagResource` |
//!
//! [`errors`] holds the service's errors, [`common`] the shapes several resources share. The four
//! `List*` operations page with `nextToken`; [`operations`] lists every operation for callers that
//! work by name with JSON.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::Config;
//! use aws_operation_partnercentral_channel::PartnerCentralChannel;
//! use aws_operation_partnercentral_channel::handshakes::{CreateChannelHandshake, HandshakeType};
//!
//! let client = PartnerCentralChannel::new(&Config::from_env().build()?)?;
//! let input = CreateChannelHandshake::builder()
//!     .handshake_type(HandshakeType::StartServicePeriod)
//!     .catalog("AWS")
//!     .associated_resource_identifier("pma-0123456789abc")
//!     .build()?;
//! let out = client.send(input).await?;
//! println!("{:?}", out.channel_handshake_detail);
//! # Ok(()) }
//! ```

pub mod channel_contracts;
pub mod common;
pub mod errors;
pub mod handshakes;
pub mod program_management_accounts;
pub mod relationships;
pub mod tags;

use aws_operation::aws_service;
use aws_operation::dynamic::DynOperation;

/// The Partner Central Channel API client. Clone it freely: clones share connections.
#[aws_service(
    id = "PartnerCentral Channel",
    protocol = "awsJson1_0",
    target_prefix = "PartnerCentralChannel",
    signing_name = "partnercentral-channel",
    api_version = "2024-03-18",
    endpoint_rules = "endpoint-rule-set-1.json"
)]
pub struct PartnerCentralChannel;

/// Every operation of the service, grouped by resource, to call by name with JSON in and out.
pub fn operations() -> Vec<DynOperation<PartnerCentralChannel>> {
    each_operation!(DynOperation::of).iter().map(|of| of()).collect()
}

/// An array of `f::<Operation>` for every operation of the service, in the order of
/// [`operations`]: the one list of the operations' types, for code generic over them (the
/// registry above, property tests, fuzz targets). `each_operation!(check)` with a generic
/// function `check`; a path such as `DynOperation::of` works too.
#[macro_export]
macro_rules! each_operation {
    ($($f:ident)::+) => {
        [
            $($f)::+::<$crate::program_management_accounts::CreateProgramManagementAccount>,
            $($f)::+::<$crate::program_management_accounts::UpdateProgramManagementAccount>,
            $($f)::+::<$crate::program_management_accounts::DeleteProgramManagementAccount>,
            $($f)::+::<$crate::program_management_accounts::ListProgramManagementAccounts>,
            $($f)::+::<$crate::relationships::CreateRelationship>,
            $($f)::+::<$crate::relationships::GetRelationship>,
            $($f)::+::<$crate::relationships::UpdateRelationship>,
            $($f)::+::<$crate::relationships::DeleteRelationship>,
            $($f)::+::<$crate::relationships::ListRelationships>,
            $($f)::+::<$crate::handshakes::CreateChannelHandshake>,
            $($f)::+::<$crate::handshakes::AcceptChannelHandshake>,
            $($f)::+::<$crate::handshakes::RejectChannelHandshake>,
            $($f)::+::<$crate::handshakes::CancelChannelHandshake>,
            $($f)::+::<$crate::handshakes::ListChannelHandshakes>,
            $($f)::+::<$crate::channel_contracts::CreateChannelContract>,
            $($f)::+::<$crate::channel_contracts::GetChannelContract>,
            $($f)::+::<$crate::channel_contracts::CancelChannelContract>,
            $($f)::+::<$crate::channel_contracts::ListChannelContracts>,
            $($f)::+::<$crate::tags::ListTagsForResource>,
            $($f)::+::<$crate::tags::TagResource>,
            $($f)::+::<$crate::tags::UntagResource>,
        ]
    };
}
