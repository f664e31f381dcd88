//! Amazon Kinesis Data Streams (`kinesis`, 2013-12-02, awsJson 1.1), defined by hand with
//! aws-operation: a slice of eight operations, one module per concept, each operation an
//! annotated struct.
//!
//! | module | operations |
//! | --- | --- |
//! | [`streams`] | `CreateStream`, `DescribeStreamSummary` |
//! | [`records`] | `PutRecord`, `PutRecords`, `GetRecords` |
//! | [`shards`] | `ListShards`, `GetShardIterator` |
//! | [`subscribe`] | `SubscribeToShard` (an event stream) |
//!
//! [`errors`] holds the service's errors. Everything is re-exported here, so
//! `aws_operation_kinesis::{Kinesis, PutRecordsRequestEntry, ShardIteratorType}` is all a caller
//! imports. `ListShards` pages with `NextToken`; [`operations`] lists every operation for callers
//! that work by name with JSON.
//!
//! Every operation binds the rule set's `OperationType` (`control` or `data`), and those that
//! take a `StreamARN` (or `ConsumerARN`) bind it too: with one, the endpoint is the account's
//! own (`https://123456789012.data-kinesis.us-east-1.amazonaws.com`); with a stream name only, the
//! regional one.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::{Blob, Config};
//! use aws_operation_kinesis::{Kinesis, PutRecordsRequestEntry, ShardIteratorType, StreamStatus};
//! use futures_util::TryStreamExt;
//!
//! let client = Kinesis::new(&Config::from_env().build()?)?;
//! client.create_stream().stream_name("orders").shard_count(2).send().await?;
//! // A new stream takes records once it is ACTIVE.
//! loop {
//!     let summary = client.describe_stream_summary().stream_name("orders").send().await?;
//!     if summary.stream_description_summary.stream_status == StreamStatus::Active {
//!         break;
//!     }
//!     tokio::time::sleep(std::time::Duration::from_secs(1)).await;
//! }
//!
//! let data = Blob(b"order 1".to_vec());
//! let put = client.put_record().stream_name("orders").data(data).partition_key("customer-7").send().await?;
//! println!("{} in {}", put.sequence_number, put.shard_id);
//! let batch = vec![
//!     PutRecordsRequestEntry::new("order 2", "customer-8"),
//!     PutRecordsRequestEntry::new("order 3", "customer-9"),
//! ];
//! let results = client.put_records().stream_name("orders").records(batch).send().await?;
//! for result in &results.records {
//!     println!("{:?} {:?}", result.sequence_number, result.error_code);
//! }
//!
//! let mut shards = client.list_shards().stream_name("orders").into_paginator().items();
//! while let Some(shard) = shards.try_next().await? {
//!     let iterator = client
//!         .get_shard_iterator()
//!         .stream_name("orders")
//!         .shard_id(&shard.shard_id)
//!         .shard_iterator_type(ShardIteratorType::TrimHorizon)
//!         .send()
//!         .await?;
//!     let records = client.get_records().shard_iterator(iterator.shard_iterator.clone().unwrap()).send().await?;
//!     for record in &records.records {
//!         println!("{}: {:?}", record.sequence_number, String::from_utf8_lossy(&record.data.0));
//!     }
//! }
//! # Ok(()) }
//! ```
//!
//! Known limitations:
//! - Kinesis serves `SubscribeToShard` over HTTP/2 only (the model's `protocolSettings` say
//!   `h2: eventstream`): turn on aws-operation's `http2` feature in the application
//!   (`aws-operation = { version = "0.1", features = ["http2"] }`), which offers HTTP/2 to
//!   `https` servers by ALPN; this crate leaves it to the application. A plain `http` server that
//!   speaks HTTP/2 takes `Config::builder().http2_prior_knowledge(true)`. Without the feature,
//!   the call works only against servers that stream its events over HTTP/1.1, such as a local
//!   stand-in (see [`subscribe`]).
//! - Kinesis refuses a `ListShards` request with both `NextToken` and `StreamName`, and the
//!   paginator sends every page with the first page's members: page by `StreamARN`, or send the
//!   token yourself. moto, which the tests run against, takes both.
//! - `DescribeStream` is not in the slice: its paginator's token is the last shard's id of a
//!   nested list (`StreamDescription.Shards[-1].ShardId`), which paginators do not express;
//!   `ListShards` lists the shards.

pub mod errors;
pub mod records;
pub mod shards;
pub mod streams;
pub mod subscribe;

pub use errors::*;
pub use records::*;
pub use shards::*;
pub use streams::*;
pub use subscribe::*;

use aws_operation::aws_service;
use aws_operation::dynamic::DynOperation;

/// The Amazon Kinesis Data Streams client. Clone it freely: clones share connections.
#[aws_service(
    id = "Kinesis",
    protocol = "awsJson1_1",
    target_prefix = "Kinesis_20131202",
    signing_name = "kinesis",
    api_version = "2013-12-02",
    endpoint_rules = "endpoint-rule-set-1.json",
    member_casing = "PascalCase"
)]
pub struct Kinesis;

/// Every operation of the slice, grouped by concept, to call by name with JSON in and out.
pub fn operations() -> Vec<DynOperation<Kinesis>> {
    each_operation!(DynOperation::of).iter().map(|of| of()).collect()
}

/// An array of `f::<Operation>` for every operation of the slice, in the order of
/// [`operations`]: the one list of the operations' types, for code generic over them.
/// `each_operation!(check)` with a generic function `check`; a path such as `DynOperation::of`
/// works too.
#[doc(hidden)]
#[macro_export]
macro_rules! __kinesis_each_operation {
    ($($f:ident)::+) => {
        [
            $($f)::+::<$crate::streams::CreateStream>,
            $($f)::+::<$crate::streams::DescribeStreamSummary>,
            $($f)::+::<$crate::records::PutRecord>,
            $($f)::+::<$crate::records::PutRecords>,
            $($f)::+::<$crate::records::GetRecords>,
            $($f)::+::<$crate::shards::ListShards>,
            $($f)::+::<$crate::shards::GetShardIterator>,
            $($f)::+::<$crate::subscribe::SubscribeToShard>,
        ]
    };
}

#[doc(inline)]
pub use crate::__kinesis_each_operation as each_operation;
