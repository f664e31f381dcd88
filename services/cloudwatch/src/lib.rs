//! Amazon CloudWatch (`monitoring`, 2010-08-01), defined by hand with aws-operation: a slice of
//! seven operations, one module per concept, each operation an annotated struct.
//!
//! | module | operations |
//! | --- | --- |
//! | [`metric_data`] | `PutMetricData` |
//! | [`statistics`] | `GetMetricData`, `GetMetricStatistics` |
//! | [`metrics`] | `ListMetrics` |
//! | [`alarms`] | `PutMetricAlarm`, `DescribeAlarms`, `DeleteAlarms` |
//!
//! [`errors`] holds the service's errors. Everything is re-exported here, so
//! `aws_operation_cloudwatch::{CloudWatch, MetricDatum, Dimension}` is all a caller imports.
//! `GetMetricData`, `ListMetrics` and `DescribeAlarms` page with `NextToken`; [`operations`]
//! lists every operation, for either client, for callers that work by name with JSON (the
//! command, `examples/cloudwatch.rs`).
//!
//! The model lists three protocols, `smithy-rpc-v2-cbor`, `json` and `query`, and the service
//! answers each. The same shapes and operations go over two of them, two services declared
//! with the model's id, signing name, endpoint rules and awsQueryCompatible (an error's code is
//! the one the query protocol gave it, from `x-amzn-query-error`):
//!
//! | client | protocol | pick it for |
//! | --- | --- | --- |
//! | [`CloudWatch`] | rpcv2Cbor, the model's first | CloudWatch itself: what the AWS SDKs now send; smaller bodies than JSON's (names unquoted, timestamps and doubles of full precision in binary; a short decimal such as `1.5` is the exception, 9 bytes against 3) |
//! | [`CloudWatchJson`] | awsJson 1.0 (`operations_of = CloudWatch`) | moto and the other stand-ins for AWS, which speak JSON only |
//!
//! The operations are declared for `CloudWatch`, so its client has the fluent builders
//! (`client.put_metric_data()...send()`, `into_paginator()`). `CloudWatchJson` sends the same
//! operations with [`send`](CloudWatchJson::send) and [`paginate`](CloudWatchJson::paginate),
//! given an input built with its `builder()` or as a struct literal.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::{Config, DateTime};
//! use aws_operation_cloudwatch::{CloudWatch, Dimension, MetricDatum, StandardUnit, Statistic};
//! use futures_util::TryStreamExt;
//!
//! let client = CloudWatch::new(&Config::from_env().build()?)?;
//! let datum = MetricDatum::builder()
//!     .metric_name("Latency")
//!     .dimensions(vec![Dimension::new("Host", "web-1")])
//!     .values(vec![12.0, 15.5])
//!     .counts(vec![3.0, 1.0])
//!     .unit(StandardUnit::Milliseconds)
//!     .build()?;
//! client.put_metric_data().namespace("MyApp").metric_data(vec![datum]).send().await?;
//!
//! let now = DateTime::now();
//! let stats = client
//!     .get_metric_statistics()
//!     .namespace("MyApp")
//!     .metric_name("Latency")
//!     .dimensions(vec![Dimension::new("Host", "web-1")])
//!     .start_time(DateTime::from_secs(now.secs() - 3600))
//!     .end_time(now)
//!     .period(60)
//!     .statistics(vec![Statistic::Sum, Statistic::SampleCount])
//!     .send()
//!     .await?;
//! for point in stats.datapoints.iter().flatten() {
//!     println!("{:?}: {:?} over {:?} samples", point.timestamp, point.sum, point.sample_count);
//! }
//!
//! let mut metrics = client.list_metrics().namespace("MyApp").into_paginator().items();
//! while let Some(metric) = metrics.try_next().await? {
//!     println!("{:?} {:?}", metric.metric_name, metric.dimensions);
//! }
//! # Ok(()) }
//! ```
//!
//! The same calls over awsJson 1.0, against moto say, with the input built first:
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::Config;
//! use aws_operation_cloudwatch::{CloudWatchJson, ListMetrics, MetricDatum, PutMetricData};
//! use futures_util::TryStreamExt;
//!
//! let config = Config::from_env().endpoint_url("http://127.0.0.1:5000").build()?;
//! let client = CloudWatchJson::new(&config)?;
//! let datum = MetricDatum::builder().metric_name("Latency").value(12.0).build()?;
//! client.send(PutMetricData::builder().namespace("MyApp").metric_data(vec![datum]).build()?).await?;
//!
//! let listing = ListMetrics::builder().namespace("MyApp").build()?;
//! let mut metrics = client.paginate(listing).items();
//! while let Some(metric) = metrics.try_next().await? {
//!     println!("{:?}", metric.metric_name);
//! }
//! # Ok(()) }
//! ```

pub mod alarms;
pub mod errors;
pub mod metric_data;
pub mod metrics;
pub mod statistics;

pub use alarms::*;
pub use errors::*;
pub use metric_data::*;
pub use metrics::*;
pub use statistics::*;

use aws_operation::dynamic::DynOperation;
use aws_operation::{SendsOperationsOf, aws_service};

/// The Amazon CloudWatch client over rpcv2Cbor, which the operations are declared for. Clone it
/// freely: clones share connections.
#[aws_service(
    id = "CloudWatch",
    protocol = "rpcv2Cbor",
    target_prefix = "GraniteServiceVersion20100801",
    signing_name = "monitoring",
    api_version = "2010-08-01",
    endpoint_rules = "endpoint-rule-set-1.json",
    query_compatible,
    member_casing = "PascalCase"
)]
pub struct CloudWatch;

/// The Amazon CloudWatch client over awsJson 1.0, for servers that speak JSON only (moto): the
/// operations of [`CloudWatch`], sent with [`send`](CloudWatchJson::send) and
/// [`paginate`](CloudWatchJson::paginate). Clone it freely: clones share connections.
#[aws_service(
    id = "CloudWatch",
    protocol = "awsJson1_0",
    target_prefix = "GraniteServiceVersion20100801",
    signing_name = "monitoring",
    api_version = "2010-08-01",
    endpoint_rules = "endpoint-rule-set-1.json",
    query_compatible,
    member_casing = "PascalCase",
    operations_of = CloudWatch
)]
pub struct CloudWatchJson;

/// Every operation of the slice, grouped by concept, to call by name with JSON in and out,
/// through the client `S`: `operations::<CloudWatch>()` sends them as CBOR,
/// `operations::<CloudWatchJson>()` as JSON.
pub fn operations<S: SendsOperationsOf<CloudWatch>>() -> Vec<DynOperation<S>> {
    each_operation!(DynOperation::of).iter().map(|of| of()).collect()
}

/// An array of `f::<Operation>` for every operation of the slice, in the order of
/// [`operations`]: the one list of the operations' types, for code generic over them.
/// `each_operation!(check)` with a generic function `check`; a path such as `DynOperation::of`
/// works too.
#[doc(hidden)]
#[macro_export]
macro_rules! __cloudwatch_each_operation {
    ($($f:ident)::+) => {
        [
            $($f)::+::<$crate::metric_data::PutMetricData>,
            $($f)::+::<$crate::statistics::GetMetricData>,
            $($f)::+::<$crate::statistics::GetMetricStatistics>,
            $($f)::+::<$crate::metrics::ListMetrics>,
            $($f)::+::<$crate::alarms::PutMetricAlarm>,
            $($f)::+::<$crate::alarms::DescribeAlarms>,
            $($f)::+::<$crate::alarms::DeleteAlarms>,
        ]
    };
}

#[doc(inline)]
pub use crate::__cloudwatch_each_operation as each_operation;
