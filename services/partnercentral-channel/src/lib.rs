//! The Partner Central Channel API (`partnercentral-channel`, 2024-03-18), defined by hand with
//! aws-operation: one module per resource, each operation an annotated struct.
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

pub mod errors;
pub mod handshakes;
pub mod tags;

use aws_operation::aws_service;

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
