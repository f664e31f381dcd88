//! A local endpoint for services defined with aws-operation: an HTTP/1.1 server on 127.0.0.1
//! that checks each request's SigV4 signature (or SigV4a, with the `sigv4a` feature of
//! aws-operation) against one known credential, decodes and validates the input with the same
//! generated code a client uses, calls the handler registered for the operation, and writes its
//! output or error as the service would.
//!
//! Handlers are yours to write ([`LocalEndpoint::handle`]), or, for the Partner Central Channel
//! API (awsJson), the Lambda slice (restJson1), the STS and SNS slices (awsQuery) and the EC2
//! slice (ec2Query), [`partnercentral_channel`], [`lambda`], [`sts`], [`sns`] and [`ec2`]
//! provide all of them: in-memory stand-ins for the services, for offline tests.
//!
//! It is for examples, tests and offline development: plain HTTP, loopback only.

pub mod ec2;
mod endpoint;
pub mod lambda;
pub mod partnercentral_channel;
pub mod sns;
mod stand_in;
pub mod sts;

pub use endpoint::{LocalEndpoint, Running};
