//! Publishing metric data: single values, arrays of values with their counts, and statistic
//! sets, each with its dimensions, timestamp, unit and storage resolution, optionally tied to an
//! entity. Requests of 10 KiB and more are gzipped, as the model's `requestcompression` asks.

use std::collections::BTreeMap;

use aws_operation::{DateTime, aws_operation, aws_shape};

use crate::CloudWatch;
use crate::errors::{
    InternalServiceFault, InvalidParameterCombinationException, InvalidParameterValueException,
    MissingRequiredParameterException,
};
use crate::metrics::{Dimension, StandardUnit};

/// Publishes metric data to Amazon CloudWatch.
#[aws_operation(
    service = CloudWatch,
    operation = "PutMetricData",
    fluent,
    output = PutMetricDataOutput,
    request_compression = "gzip",
    errors = [
        InvalidParameterValueException,
        MissingRequiredParameterException,
        InvalidParameterCombinationException,
        InternalServiceFault,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct PutMetricData {
    /// The namespace for the metric data.
    #[aws(length(min = 1, max = 255), pattern = "^[^:].*$")]
    pub namespace: String,
    /// The data for the metrics.
    pub metric_data: Option<Vec<MetricDatum>>,
    /// Data for metrics that contain associated entity information.
    pub entity_metric_data: Option<Vec<EntityMetricData>>,
    /// Whether to accept valid metric data when an invalid entity is sent.
    pub strict_entity_validation: Option<bool>,
}

/// The output of `PutMetricData`, which the model leaves empty.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PutMetricDataOutput {}

/// Encapsulates the information sent to either create a metric or add new values to be
/// aggregated into an existing metric.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct MetricDatum {
    /// The name of the metric.
    #[aws(length(min = 1, max = 255))]
    pub metric_name: String,
    /// The dimensions associated with the metric.
    #[aws(length(max = 30))]
    pub dimensions: Option<Vec<Dimension>>,
    /// The time the metric data was received; the time it arrives unless set.
    pub timestamp: Option<DateTime>,
    /// The value for the metric.
    pub value: Option<f64>,
    /// The statistical values for the metric.
    pub statistic_values: Option<StatisticSet>,
    /// Array of numbers representing the values for the metric during the period.
    pub values: Option<Vec<f64>>,
    /// Array of numbers that is used along with the `Values` array: how many times each value
    /// occurred (1 each unless set).
    pub counts: Option<Vec<f64>>,
    /// The unit the values are stored in.
    pub unit: Option<StandardUnit>,
    /// Valid values are 1 (high resolution, one-second granularity) and 60 (the default).
    #[aws(range(min = 1))]
    pub storage_resolution: Option<i32>,
}

/// Represents a set of statistics that describes a specific metric.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct StatisticSet {
    /// The number of samples used for the statistic set.
    pub sample_count: f64,
    /// The sum of values for the sample set.
    pub sum: f64,
    /// The minimum value of the sample set.
    pub minimum: f64,
    /// The maximum value of the sample set.
    pub maximum: f64,
}

/// A set of metrics that are associated with an entity, such as a specific service or
/// resource.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct EntityMetricData {
    /// The entity associated with the metrics.
    pub entity: Option<Entity>,
    /// The metric data.
    pub metric_data: Option<Vec<MetricDatum>>,
}

/// An entity associated with metrics, to allow for finding related telemetry.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq)]
pub struct Entity {
    /// The attributes of the entity which identify the specific entity, as a list of key-value
    /// pairs.
    #[aws(length(min = 2, max = 4), keys(length(min = 1, max = 32)), items(length(min = 1, max = 2048)))]
    pub key_attributes: Option<BTreeMap<String, String>>,
    /// Additional attributes of the entity that are not used to specify the identity of the
    /// entity.
    #[aws(length(min = 0, max = 10), keys(length(min = 1, max = 256)), items(length(min = 1, max = 2048)))]
    pub attributes: Option<BTreeMap<String, String>>,
}
