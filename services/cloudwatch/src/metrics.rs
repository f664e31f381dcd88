//! Metrics: what names one (namespace, name and dimensions), the units its values are stored
//! in, and `ListMetrics`, which lists the metrics that have data, a page of up to 500 at a time.

use aws_operation::{aws_operation, aws_shape};

use crate::CloudWatch;
use crate::errors::{InternalServiceFault, InvalidParameterValueException};

/// A dimension is a name/value pair that is part of the identity of a metric.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Dimension {
    /// The name of the dimension.
    #[aws(length(min = 1, max = 255))]
    pub name: String,
    /// The value of the dimension.
    #[aws(length(min = 1, max = 1024))]
    pub value: String,
}

impl Dimension {
    /// The dimension `name` = `value`.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Dimension {
        Dimension { name: name.into(), value: value.into() }
    }
}

/// Represents a specific metric.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Metric {
    /// The namespace of the metric.
    #[aws(length(min = 1, max = 255), pattern = "^[^:].*$")]
    pub namespace: Option<String>,
    /// The name of the metric.
    #[aws(length(min = 1, max = 255))]
    pub metric_name: Option<String>,
    /// The dimensions for the metric.
    #[aws(length(max = 30))]
    pub dimensions: Option<Vec<Dimension>>,
}

/// The unit of a metric's values.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StandardUnit {
    /// `Seconds`
    #[aws(value = "Seconds")]
    Seconds,
    /// `Microseconds`
    #[aws(value = "Microseconds")]
    Microseconds,
    /// `Milliseconds`
    #[aws(value = "Milliseconds")]
    Milliseconds,
    /// `Bytes`
    #[aws(value = "Bytes")]
    Bytes,
    /// `Kilobytes`
    #[aws(value = "Kilobytes")]
    Kilobytes,
    /// `Megabytes`
    #[aws(value = "Megabytes")]
    Megabytes,
    /// `Gigabytes`
    #[aws(value = "Gigabytes")]
    Gigabytes,
    /// `Terabytes`
    #[aws(value = "Terabytes")]
    Terabytes,
    /// `Bits`
    #[aws(value = "Bits")]
    Bits,
    /// `Kilobits`
    #[aws(value = "Kilobits")]
    Kilobits,
    /// `Megabits`
    #[aws(value = "Megabits")]
    Megabits,
    /// `Gigabits`
    #[aws(value = "Gigabits")]
    Gigabits,
    /// `Terabits`
    #[aws(value = "Terabits")]
    Terabits,
    /// `Percent`
    #[aws(value = "Percent")]
    Percent,
    /// `Count`
    #[aws(value = "Count")]
    Count,
    /// `Bytes/Second`
    #[aws(value = "Bytes/Second")]
    BytesPerSecond,
    /// `Kilobytes/Second`
    #[aws(value = "Kilobytes/Second")]
    KilobytesPerSecond,
    /// `Megabytes/Second`
    #[aws(value = "Megabytes/Second")]
    MegabytesPerSecond,
    /// `Gigabytes/Second`
    #[aws(value = "Gigabytes/Second")]
    GigabytesPerSecond,
    /// `Terabytes/Second`
    #[aws(value = "Terabytes/Second")]
    TerabytesPerSecond,
    /// `Bits/Second`
    #[aws(value = "Bits/Second")]
    BitsPerSecond,
    /// `Kilobits/Second`
    #[aws(value = "Kilobits/Second")]
    KilobitsPerSecond,
    /// `Megabits/Second`
    #[aws(value = "Megabits/Second")]
    MegabitsPerSecond,
    /// `Gigabits/Second`
    #[aws(value = "Gigabits/Second")]
    GigabitsPerSecond,
    /// `Terabits/Second`
    #[aws(value = "Terabits/Second")]
    TerabitsPerSecond,
    /// `Count/Second`
    #[aws(value = "Count/Second")]
    CountPerSecond,
    /// `None`: the metric has no unit.
    #[aws(value = "None")]
    None,
    /// A value this client does not know yet.
    Unknown(String),
}

/// List the specified metrics.
#[aws_operation(
    service = CloudWatch,
    operation = "ListMetrics",
    fluent,
    output = ListMetricsOutput,
    paginator(input_token = next_token, output_token = next_token, items = metrics, item = Metric),
    errors = [InternalServiceFault, InvalidParameterValueException],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq, Default)]
pub struct ListMetrics {
    /// The metric namespace to filter against.
    #[aws(length(min = 1, max = 255), pattern = "^[^:].*$")]
    pub namespace: Option<String>,
    /// The name of the metric to filter against.
    #[aws(length(min = 1, max = 255))]
    pub metric_name: Option<String>,
    /// The dimensions to filter against.
    #[aws(length(max = 10))]
    pub dimensions: Option<Vec<DimensionFilter>>,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
    /// To filter the results to show only metrics that have had data points published in the
    /// past three hours, specify this parameter with a value of `PT3H`.
    pub recently_active: Option<RecentlyActive>,
    /// If you are using this operation in a monitoring account, specify true to include metrics
    /// from source accounts in the returned data.
    pub include_linked_accounts: Option<bool>,
    /// When you use this operation in a monitoring account, use this field to return metrics only
    /// from one source account.
    #[aws(length(min = 1, max = 255))]
    pub owning_account: Option<String>,
}

/// Represents filters for a dimension.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct DimensionFilter {
    /// The dimension name to be matched.
    #[aws(length(min = 1, max = 255))]
    pub name: String,
    /// The value of the dimension to be matched.
    #[aws(length(min = 1, max = 1024))]
    pub value: Option<String>,
}

/// How recently a listed metric must have had data points.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RecentlyActive {
    /// `PT3H`: in the past three hours.
    #[aws(value = "PT3H")]
    Pt3h,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The output of `ListMetrics`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ListMetricsOutput {
    /// The metrics that match your request.
    pub metrics: Option<Vec<Metric>>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
    /// If you are using this operation in a monitoring account, this array contains the account
    /// IDs of the source accounts where the metrics in the returned data are from.
    #[aws(items(length(min = 1, max = 255)))]
    pub owning_accounts: Option<Vec<String>>,
}
