//! The runtime of aws-operation: everything an operation needs after the macros have described
//! it. Users depend on the `aws-operation` crate, which re-exports this one.

pub mod blocking;
pub mod byte_stream;
pub mod checksum;
pub mod client;
pub mod codec;
pub mod compression;
pub mod config;
pub mod credentials;
pub mod dynamic;
pub mod endpoint;
pub mod env;
pub mod error;
pub mod event_stream;
pub mod host_prefix;
pub mod http;
pub mod http_client;
pub mod idempotency;
pub mod interceptor;
pub mod operation;
pub mod paginate;
pub mod pattern;
pub mod profile;
pub mod protocol;
pub mod retry;
pub mod schema;
pub mod shape;
pub mod sign;
pub mod stub;
pub mod telemetry;
pub(crate) mod transport;
pub mod types;
pub mod validate;
pub mod waiter;

pub use byte_stream::ByteStream;
pub use client::{Client, Presigned, Response};
pub use config::{Config, ConfigBuilder};
pub use credentials::Credentials;
pub use error::{Error, ErrorMeta, ServiceError};
pub use operation::{ErrorShape, Fault, Operation, OperationError, SendsOperationsOf, Service, UnmodeledError};
pub use protocol::Protocol;
pub use shape::Shape;
pub use types::{Blob, DateTime, Document, TimestampFormat, UnknownMember};
pub use validate::{Violation, Violations};
