//! Reading metric data back: `GetMetricStatistics` (the statistics of one metric, period by
//! period) and `GetMetricData` (several metric queries and math expressions at once, paged),
//! and the queries, which alarms use too.

use std::collections::BTreeMap;

use aws_operation::{DateTime, aws_operation, aws_shape};

use crate::CloudWatch;
use crate::errors::{
    InternalServiceFault, InvalidNextToken, InvalidParameterCombinationException, InvalidParameterValueException,
    MissingRequiredParameterException,
};
use crate::metrics::{Dimension, Metric, StandardUnit};

/// Retrieves CloudWatch metric values, for several metrics and expressions at once.
#[aws_operation(
    service = CloudWatch,
    operation = "GetMetricData",
    fluent,
    output = GetMetricDataOutput,
    paginator(
        input_token = next_token,
        output_token = next_token,
        items = metric_data_results,
        item = MetricDataResult,
        page_size = max_datapoints,
    ),
    errors = [InvalidNextToken],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct GetMetricData {
    /// The metric queries to be returned.
    pub metric_data_queries: Vec<MetricDataQuery>,
    /// The time stamp indicating the earliest data to be returned.
    pub start_time: DateTime,
    /// The time stamp indicating the latest data to be returned.
    pub end_time: DateTime,
    /// Include this value, if it was returned by the previous `GetMetricData` operation, to get
    /// the next set of data points.
    pub next_token: Option<String>,
    /// The order in which data points should be returned.
    pub scan_by: Option<ScanBy>,
    /// The maximum number of data points the request should return before paginating.
    pub max_datapoints: Option<i32>,
    /// The time zone the labels of the returned data are written in.
    pub label_options: Option<LabelOptions>,
}

/// A metric to return, or a math expression over other queries; used in both `GetMetricData`
/// and `PutMetricAlarm`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct MetricDataQuery {
    /// A short name used to tie this object to the results in the response.
    #[aws(length(min = 1, max = 255))]
    pub id: String,
    /// The metric to be returned, along with statistics, period, and units.
    pub metric_stat: Option<MetricStat>,
    /// This field can contain either a Metrics Insights query, or a metric math expression to be
    /// performed on the returned data.
    #[aws(length(min = 1, max = 2048))]
    pub expression: Option<String>,
    /// A human-readable label for this metric or expression.
    pub label: Option<String>,
    /// Whether to return the timestamps and raw data values of this metric (true unless set).
    pub return_data: Option<bool>,
    /// The granularity, in seconds, of the returned data points.
    #[aws(range(min = 1))]
    pub period: Option<i32>,
    /// The ID of the account where the metrics are located.
    #[aws(length(min = 1, max = 255))]
    pub account_id: Option<String>,
}

impl MetricDataQuery {
    /// The query `id`: the statistic `stat` of `metric` over periods of `period` seconds.
    pub fn metric(id: impl Into<String>, metric: Metric, period: i32, stat: impl Into<String>) -> MetricDataQuery {
        MetricDataQuery {
            id: id.into(),
            metric_stat: Some(MetricStat { metric, period, stat: stat.into(), unit: None }),
            expression: None,
            label: None,
            return_data: None,
            period: None,
            account_id: None,
        }
    }

    /// The query `id`: the math expression `expression` over the other queries' ids.
    pub fn expression(id: impl Into<String>, expression: impl Into<String>) -> MetricDataQuery {
        MetricDataQuery {
            id: id.into(),
            metric_stat: None,
            expression: Some(expression.into()),
            label: None,
            return_data: None,
            period: None,
            account_id: None,
        }
    }
}

/// This structure defines the metric to be returned, along with the statistics, period, and
/// units.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct MetricStat {
    /// The metric to return, including the metric name, namespace, and dimensions.
    pub metric: Metric,
    /// The granularity, in seconds, of the returned data points.
    #[aws(range(min = 1))]
    pub period: i32,
    /// The statistic to return: `Sum`, `Average`, `p99`, ...
    pub stat: String,
    /// The unit the data points must have to be returned.
    pub unit: Option<StandardUnit>,
}

/// The order in which `GetMetricData` returns data points.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScanBy {
    /// `TimestampDescending`: newest first, the default.
    #[aws(value = "TimestampDescending")]
    TimestampDescending,
    /// `TimestampAscending`: oldest first.
    #[aws(value = "TimestampAscending")]
    TimestampAscending,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The time zone the labels of returned metrics display their times in.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq)]
pub struct LabelOptions {
    /// The time zone to use for metric data return in this operation, as `+` or `-` and four
    /// digits (`-0130`).
    pub timezone: Option<String>,
}

/// The output of `GetMetricData`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct GetMetricDataOutput {
    /// The metrics that are returned, including the metric name, namespace, and dimensions.
    pub metric_data_results: Option<Vec<MetricDataResult>>,
    /// A token that marks the next batch of returned results.
    pub next_token: Option<String>,
    /// Contains a message about this `GetMetricData` operation, if the operation results in such
    /// a message.
    pub messages: Option<Vec<MessageData>>,
}

/// The result of one query of a `GetMetricData` call.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct MetricDataResult {
    /// The short name you specified to represent this metric.
    #[aws(length(min = 1, max = 255))]
    pub id: Option<String>,
    /// The human-readable label associated with the data.
    pub label: Option<String>,
    /// The timestamps for the data points.
    pub timestamps: Option<Vec<DateTime>>,
    /// The data points for the metric corresponding to `Timestamps`.
    pub values: Option<Vec<f64>>,
    /// The status of the returned data.
    pub status_code: Option<StatusCode>,
    /// A list of messages with additional information about the data returned.
    pub messages: Option<Vec<MessageData>>,
}

/// The status of a query's data.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StatusCode {
    /// `Complete`: all the data was returned.
    #[aws(value = "Complete")]
    Complete,
    /// `InternalError`
    #[aws(value = "InternalError")]
    InternalError,
    /// `PartialData`: more data follows, with the next token.
    #[aws(value = "PartialData")]
    PartialData,
    /// `Forbidden`
    #[aws(value = "Forbidden")]
    Forbidden,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A message returned by the `GetMetricData` API, including a code and a description.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq)]
pub struct MessageData {
    /// The error code or status code associated with the message.
    pub code: Option<String>,
    /// The message text.
    pub value: Option<String>,
}

/// Gets statistics for the specified metric.
#[aws_operation(
    service = CloudWatch,
    operation = "GetMetricStatistics",
    fluent,
    output = GetMetricStatisticsOutput,
    errors = [
        InvalidParameterValueException,
        MissingRequiredParameterException,
        InvalidParameterCombinationException,
        InternalServiceFault,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct GetMetricStatistics {
    /// The namespace of the metric, with or without spaces.
    #[aws(length(min = 1, max = 255), pattern = "^[^:].*$")]
    pub namespace: String,
    /// The name of the metric, with or without spaces.
    #[aws(length(min = 1, max = 255))]
    pub metric_name: String,
    /// The dimensions.
    #[aws(length(max = 30))]
    pub dimensions: Option<Vec<Dimension>>,
    /// The time stamp that determines the first data point to return.
    pub start_time: DateTime,
    /// The time stamp that determines the last data point to return.
    pub end_time: DateTime,
    /// The granularity, in seconds, of the returned data points.
    #[aws(range(min = 1))]
    pub period: i32,
    /// The metric statistics, other than percentile.
    #[aws(length(min = 1, max = 5))]
    pub statistics: Option<Vec<Statistic>>,
    /// The percentile statistics.
    #[aws(length(min = 1, max = 10))]
    pub extended_statistics: Option<Vec<String>>,
    /// The unit for a given metric.
    pub unit: Option<StandardUnit>,
}

/// A statistic other than a percentile.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Statistic {
    /// `SampleCount`
    #[aws(value = "SampleCount")]
    SampleCount,
    /// `Average`
    #[aws(value = "Average")]
    Average,
    /// `Sum`
    #[aws(value = "Sum")]
    Sum,
    /// `Minimum`
    #[aws(value = "Minimum")]
    Minimum,
    /// `Maximum`
    #[aws(value = "Maximum")]
    Maximum,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The output of `GetMetricStatistics`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct GetMetricStatisticsOutput {
    /// A label for the specified metric.
    pub label: Option<String>,
    /// The data points for the specified metric.
    pub datapoints: Option<Vec<Datapoint>>,
}

/// Encapsulates the statistical data that CloudWatch computes from metric data.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Datapoint {
    /// The time stamp used for the data point.
    pub timestamp: Option<DateTime>,
    /// The number of metric values that contributed to the aggregate value of this data point.
    pub sample_count: Option<f64>,
    /// The average of the metric values that correspond to the data point.
    pub average: Option<f64>,
    /// The sum of the metric values for the data point.
    pub sum: Option<f64>,
    /// The minimum metric value for the data point.
    pub minimum: Option<f64>,
    /// The maximum metric value for the data point.
    pub maximum: Option<f64>,
    /// The standard unit for the data point.
    pub unit: Option<StandardUnit>,
    /// The percentile statistic for the data point.
    pub extended_statistics: Option<BTreeMap<String, f64>>,
}
