//! Alarms: create or update a metric alarm (on one metric, a math expression over several, or a
//! PromQL query), describe alarms of every kind a page at a time, delete them.

use aws_operation::{DateTime, UnknownMember, aws_operation, aws_shape};

use crate::CloudWatch;
use crate::errors::{InvalidNextToken, LimitExceededFault, ResourceConflict, ResourceNotFound};
use crate::metrics::{Dimension, StandardUnit};
use crate::statistics::{MetricDataQuery, Statistic};

/// Creates or updates an alarm and associates it with the specified metric, metric math
/// expression, anomaly detection model, Metrics Insights query, or PromQL query.
#[aws_operation(
    service = CloudWatch,
    operation = "PutMetricAlarm",
    fluent,
    output = PutMetricAlarmOutput,
    errors = [LimitExceededFault],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct PutMetricAlarm {
    /// The name for the alarm.
    #[aws(length(min = 1, max = 255))]
    pub alarm_name: String,
    /// The description for the alarm.
    #[aws(length(min = 0, max = 1024))]
    pub alarm_description: Option<String>,
    /// Indicates whether actions should be executed during any changes to the alarm state.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to an OK state from any other state.
    #[aws(name = "OKActions", length(max = 5), items(length(min = 1, max = 1024)))]
    pub ok_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the ALARM state from any other
    /// state.
    #[aws(length(max = 5), items(length(min = 1, max = 1024)))]
    pub alarm_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the INSUFFICIENT_DATA state from any
    /// other state.
    #[aws(length(max = 5), items(length(min = 1, max = 1024)))]
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The name for the metric associated with the alarm.
    #[aws(length(min = 1, max = 255))]
    pub metric_name: Option<String>,
    /// The namespace for the metric associated specified in `MetricName`.
    #[aws(length(min = 1, max = 255), pattern = "^[^:].*$")]
    pub namespace: Option<String>,
    /// The statistic for the metric specified in `MetricName`, other than percentile.
    pub statistic: Option<Statistic>,
    /// The extended statistic for the metric specified in `MetricName`.
    pub extended_statistic: Option<String>,
    /// The dimensions for the metric specified in `MetricName`.
    #[aws(length(max = 30))]
    pub dimensions: Option<Vec<Dimension>>,
    /// The length, in seconds, used each time the metric specified in `MetricName` is evaluated.
    #[aws(range(min = 1))]
    pub period: Option<i32>,
    /// The unit of measure for the statistic.
    pub unit: Option<StandardUnit>,
    /// The number of periods over which data is compared to the specified threshold.
    #[aws(range(min = 1))]
    pub evaluation_periods: Option<i32>,
    /// The number of data points that must be breaching to trigger the alarm.
    #[aws(range(min = 1))]
    pub datapoints_to_alarm: Option<i32>,
    /// The value against which the specified statistic is compared.
    pub threshold: Option<f64>,
    /// The arithmetic operation to use when comparing the specified statistic and threshold.
    pub comparison_operator: Option<ComparisonOperator>,
    /// Sets how this alarm is to handle missing data points: `breaching`, `notBreaching`,
    /// `ignore` or `missing`.
    #[aws(length(min = 1, max = 255))]
    pub treat_missing_data: Option<String>,
    /// Used only for alarms based on percentiles: `evaluate` or `ignore`.
    #[aws(length(min = 1, max = 255))]
    pub evaluate_low_sample_count_percentile: Option<String>,
    /// The queries of an alarm based on the result of a metric math expression.
    pub metrics: Option<Vec<MetricDataQuery>>,
    /// A list of key-value pairs to associate with the alarm.
    pub tags: Option<Vec<Tag>>,
    /// If this is an alarm based on an anomaly detection model, make this value match the ID of
    /// the `ANOMALY_DETECTION_BAND` function.
    #[aws(length(min = 1, max = 255))]
    pub threshold_metric_id: Option<String>,
    /// The evaluation window that the alarm uses to select the range of metric data that it
    /// evaluates.
    pub evaluation_window: Option<EvaluationWindow>,
    /// The warm-up configuration for the alarm.
    pub warm_up_configuration: Option<WarmUpConfiguration>,
    /// The evaluation criteria for the alarm.
    pub evaluation_criteria: Option<EvaluationCriteria>,
    /// The frequency, in seconds, at which the alarm is evaluated.
    #[aws(range(min = 10, max = 3600))]
    pub evaluation_interval: Option<i32>,
    /// Settings that change the content of the notifications and events that the alarm sends
    /// when its state changes.
    pub action_configuration: Option<ActionConfiguration>,
}

/// The output of `PutMetricAlarm`, which the model leaves empty.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PutMetricAlarmOutput {}

/// The arithmetic operation that compares a statistic with a threshold.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ComparisonOperator {
    /// `GreaterThanOrEqualToThreshold`
    #[aws(value = "GreaterThanOrEqualToThreshold")]
    GreaterThanOrEqualToThreshold,
    /// `GreaterThanThreshold`
    #[aws(value = "GreaterThanThreshold")]
    GreaterThanThreshold,
    /// `LessThanThreshold`
    #[aws(value = "LessThanThreshold")]
    LessThanThreshold,
    /// `LessThanOrEqualToThreshold`
    #[aws(value = "LessThanOrEqualToThreshold")]
    LessThanOrEqualToThreshold,
    /// `LessThanLowerOrGreaterThanUpperThreshold` (anomaly detection bands)
    #[aws(value = "LessThanLowerOrGreaterThanUpperThreshold")]
    LessThanLowerOrGreaterThanUpperThreshold,
    /// `LessThanLowerThreshold` (anomaly detection bands)
    #[aws(value = "LessThanLowerThreshold")]
    LessThanLowerThreshold,
    /// `GreaterThanUpperThreshold` (anomaly detection bands)
    #[aws(value = "GreaterThanUpperThreshold")]
    GreaterThanUpperThreshold,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A key-value pair associated with a CloudWatch resource.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Tag {
    /// A string that you can use to assign a value.
    #[aws(length(min = 1, max = 128))]
    pub key: String,
    /// The value for the specified tag key.
    #[aws(length(min = 0, max = 256))]
    pub value: String,
}

/// The evaluation window that an alarm uses to select the range of metric data that it
/// evaluates each time it runs.
#[aws_shape(union, rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Debug)]
pub enum EvaluationWindow {
    /// A wall clock window, which aligns the evaluated range to fixed clock boundaries that match
    /// the alarm's period.
    WallClockWindow(WallClockWindow),
    /// A sliding window, which advances each time the alarm is evaluated, forming a rolling time
    /// window.
    SlidingWindow(SlidingWindow),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// An evaluation window that aligns the evaluated range to fixed clock boundaries that match the
/// alarm's period, optionally in a specific time zone.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq)]
pub struct WallClockWindow {
    /// The time zone to use when the alarm aligns the evaluation window to clock boundaries.
    #[aws(length(min = 1, max = 50))]
    pub timezone: Option<String>,
}

/// An evaluation window that advances each time the alarm is evaluated, forming a rolling time
/// window.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq)]
pub struct SlidingWindow {}

/// The configuration settings that define the warm-up behavior for an alarm.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq)]
pub struct WarmUpConfiguration {
    /// The length of the warm-up period, in minutes.
    #[aws(range(min = 1, max = 2880))]
    pub warm_up_period_duration_in_minutes: i32,
    /// Specifies whether the alarm waits for the full warm-up period before it starts to
    /// evaluate.
    pub only_start_evaluating_after_warm_up_period_ends: Option<bool>,
}

/// The evaluation criteria for an alarm.
#[aws_shape(union, rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Debug)]
pub enum EvaluationCriteria {
    /// The PromQL criteria for the alarm evaluation.
    #[aws(name = "PromQLCriteria")]
    PromQLCriteria(AlarmPromQLCriteria),
    /// A member this client does not know yet, as the service sent it.
    Unknown(UnknownMember),
}

/// How a PromQL alarm evaluates its contributors: the query to run and the durations that define
/// when contributors transition between states.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq)]
pub struct AlarmPromQLCriteria {
    /// The PromQL query that the alarm evaluates.
    #[aws(length(min = 1, max = 10000))]
    pub query: String,
    /// The duration, in seconds, that a contributor must be continuously breaching before it
    /// transitions to the ALARM state.
    #[aws(range(min = 0, max = 86400))]
    pub pending_period: Option<i32>,
    /// The duration, in seconds, that a contributor must continuously not be breaching before it
    /// transitions back to the OK state.
    #[aws(range(min = 0, max = 86400))]
    pub recovery_period: Option<i32>,
}

/// Settings that change the content of the notifications and events that an alarm sends when
/// its state changes.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq)]
pub struct ActionConfiguration {
    /// Settings for including the alarm's tags in its action notifications and state-change
    /// events.
    pub alarm_tags_propagation: Option<AlarmTagsPropagation>,
}

/// Includes the alarm's tags in the notifications that the alarm sends to Amazon SNS topics and
/// Lambda functions.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq)]
pub struct AlarmTagsPropagation {
    /// Set to true to include the alarm's tags.
    pub enabled: bool,
    /// The tag keys to include.
    #[aws(length(min = 1, max = 50), items(length(min = 1, max = 128)))]
    pub included_tag_keys: Option<Vec<String>>,
    /// The tag keys to exclude.
    #[aws(length(min = 1, max = 50), items(length(min = 1, max = 128)))]
    pub excluded_tag_keys: Option<Vec<String>>,
}

/// Retrieves the specified alarms.
#[aws_operation(
    service = CloudWatch,
    operation = "DescribeAlarms",
    fluent,
    output = DescribeAlarmsOutput,
    paginator(
        input_token = next_token,
        output_token = next_token,
        items = metric_alarms,
        item = MetricAlarm,
        page_size = max_records,
    ),
    errors = [InvalidNextToken],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq, Default)]
pub struct DescribeAlarms {
    /// The names of the alarms to retrieve information about.
    #[aws(length(max = 100), items(length(min = 1, max = 255)))]
    pub alarm_names: Option<Vec<String>>,
    /// An alarm name prefix.
    #[aws(length(min = 1, max = 255))]
    pub alarm_name_prefix: Option<String>,
    /// Whether to return metric alarms, composite alarms, or log alarms (metric alarms only
    /// unless set).
    pub alarm_types: Option<Vec<AlarmType>>,
    /// With the name of a composite alarm, the "children" alarms of the alarm.
    #[aws(length(min = 1, max = 255))]
    pub children_of_alarm_name: Option<String>,
    /// With the name of a metric or composite alarm, the "parent" alarms of the alarm.
    #[aws(length(min = 1, max = 255))]
    pub parents_of_alarm_name: Option<String>,
    /// Only the alarms that are currently in this state.
    pub state_value: Option<StateValue>,
    /// Only the alarms that use a certain alarm action.
    #[aws(length(min = 1, max = 1024))]
    pub action_prefix: Option<String>,
    /// The maximum number of alarm descriptions to retrieve.
    #[aws(range(min = 1, max = 100))]
    pub max_records: Option<i32>,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
}

/// A kind of alarm.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AlarmType {
    /// `CompositeAlarm`
    #[aws(value = "CompositeAlarm")]
    CompositeAlarm,
    /// `MetricAlarm`
    #[aws(value = "MetricAlarm")]
    MetricAlarm,
    /// `LogAlarm`
    #[aws(value = "LogAlarm")]
    LogAlarm,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The state of an alarm.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StateValue {
    /// `OK`
    #[aws(value = "OK")]
    Ok,
    /// `ALARM`
    #[aws(value = "ALARM")]
    Alarm,
    /// `INSUFFICIENT_DATA`
    #[aws(value = "INSUFFICIENT_DATA")]
    InsufficientData,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The output of `DescribeAlarms`: each kind of alarm in a list of its own.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DescribeAlarmsOutput {
    /// The information about any composite alarms returned by the operation.
    pub composite_alarms: Option<Vec<CompositeAlarm>>,
    /// The information about any metric alarms returned by the operation.
    pub metric_alarms: Option<Vec<MetricAlarm>>,
    /// The information about any log alarms returned by the operation.
    pub log_alarms: Option<Vec<LogAlarm>>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
}

/// The details about a composite alarm.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CompositeAlarm {
    /// Indicates whether actions should be executed during any changes to the alarm state.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the ALARM state from any other
    /// state.
    #[aws(length(max = 5), items(length(min = 1, max = 1024)))]
    pub alarm_actions: Option<Vec<String>>,
    /// The Amazon Resource Name (ARN) of the alarm.
    #[aws(length(min = 1, max = 1600))]
    pub alarm_arn: Option<String>,
    /// The time stamp of the last update to the alarm configuration.
    pub alarm_configuration_updated_timestamp: Option<DateTime>,
    /// The description of the alarm.
    #[aws(length(min = 0, max = 1024))]
    pub alarm_description: Option<String>,
    /// The name of the alarm.
    #[aws(length(min = 1, max = 255))]
    pub alarm_name: Option<String>,
    /// The rule that this alarm uses to evaluate its alarm state.
    #[aws(length(min = 1, max = 10240))]
    pub alarm_rule: Option<String>,
    /// The actions to execute when this alarm transitions to the INSUFFICIENT_DATA state from any
    /// other state.
    #[aws(length(max = 5), items(length(min = 1, max = 1024)))]
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the OK state from any other state.
    #[aws(name = "OKActions", length(max = 5), items(length(min = 1, max = 1024)))]
    pub ok_actions: Option<Vec<String>>,
    /// An explanation for the alarm state, in text format.
    #[aws(length(min = 0, max = 1023))]
    pub state_reason: Option<String>,
    /// An explanation for the alarm state, in JSON format.
    #[aws(length(min = 0, max = 4000))]
    pub state_reason_data: Option<String>,
    /// Tracks the timestamp of any state update, even if `StateValue` doesn't change.
    pub state_updated_timestamp: Option<DateTime>,
    /// The state value for the alarm.
    pub state_value: Option<StateValue>,
    /// The timestamp of the last change to the alarm's `StateValue`.
    pub state_transitioned_timestamp: Option<DateTime>,
    /// Why the alarm's actions are suppressed: its suppressor alarm, or the wait or extension
    /// period around it.
    pub actions_suppressed_by: Option<ActionsSuppressedBy>,
    /// Captures the reason for action suppression.
    #[aws(length(min = 0, max = 1024))]
    pub actions_suppressed_reason: Option<String>,
    /// Actions will be suppressed if the suppressor alarm is in the ALARM state.
    #[aws(length(min = 1, max = 1600))]
    pub actions_suppressor: Option<String>,
    /// The maximum time in seconds that the composite alarm waits for the suppressor alarm to go
    /// into the ALARM state.
    pub actions_suppressor_wait_period: Option<i32>,
    /// The maximum time in seconds that the composite alarm waits after suppressor alarm goes out
    /// of the ALARM state.
    pub actions_suppressor_extension_period: Option<i32>,
    /// Settings that change the content of the notifications and events that the alarm sends
    /// when its state changes.
    pub action_configuration: Option<ActionConfiguration>,
}

/// Why a composite alarm's actions are suppressed.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ActionsSuppressedBy {
    /// `WaitPeriod`: waiting for the suppressor alarm to go into the ALARM state.
    #[aws(value = "WaitPeriod")]
    WaitPeriod,
    /// `ExtensionPeriod`: the suppressor alarm has just left the ALARM state.
    #[aws(value = "ExtensionPeriod")]
    ExtensionPeriod,
    /// `Alarm`: the suppressor alarm is in the ALARM state.
    #[aws(value = "Alarm")]
    Alarm,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The details about a metric alarm.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct MetricAlarm {
    /// The name of the alarm.
    #[aws(length(min = 1, max = 255))]
    pub alarm_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the alarm.
    #[aws(length(min = 1, max = 1600))]
    pub alarm_arn: Option<String>,
    /// The description of the alarm.
    #[aws(length(min = 0, max = 1024))]
    pub alarm_description: Option<String>,
    /// The time stamp of the last update to the alarm configuration.
    pub alarm_configuration_updated_timestamp: Option<DateTime>,
    /// Indicates whether actions should be executed during any changes to the alarm state.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the OK state from any other state.
    #[aws(name = "OKActions", length(max = 5), items(length(min = 1, max = 1024)))]
    pub ok_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the ALARM state from any other
    /// state.
    #[aws(length(max = 5), items(length(min = 1, max = 1024)))]
    pub alarm_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the INSUFFICIENT_DATA state from any
    /// other state.
    #[aws(length(max = 5), items(length(min = 1, max = 1024)))]
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The state value for the alarm.
    pub state_value: Option<StateValue>,
    /// An explanation for the alarm state, in text format.
    #[aws(length(min = 0, max = 1023))]
    pub state_reason: Option<String>,
    /// An explanation for the alarm state, in JSON format.
    #[aws(length(min = 0, max = 4000))]
    pub state_reason_data: Option<String>,
    /// The time stamp of the last update to the value of either the `StateValue` or
    /// `EvaluationState` parameters.
    pub state_updated_timestamp: Option<DateTime>,
    /// The name of the metric associated with the alarm, if this is an alarm based on a single
    /// metric.
    #[aws(length(min = 1, max = 255))]
    pub metric_name: Option<String>,
    /// The namespace of the metric associated with the alarm.
    #[aws(length(min = 1, max = 255), pattern = "^[^:].*$")]
    pub namespace: Option<String>,
    /// The statistic for the metric associated with the alarm, other than percentile.
    pub statistic: Option<Statistic>,
    /// The percentile statistic for the metric associated with the alarm.
    pub extended_statistic: Option<String>,
    /// The dimensions for the metric associated with the alarm.
    #[aws(length(max = 30))]
    pub dimensions: Option<Vec<Dimension>>,
    /// The period, in seconds, over which the statistic is applied.
    #[aws(range(min = 1))]
    pub period: Option<i32>,
    /// The unit of the metric associated with the alarm.
    pub unit: Option<StandardUnit>,
    /// The number of periods over which data is compared to the specified threshold.
    #[aws(range(min = 1))]
    pub evaluation_periods: Option<i32>,
    /// The number of data points that must be breaching to trigger the alarm.
    #[aws(range(min = 1))]
    pub datapoints_to_alarm: Option<i32>,
    /// The value to compare with the specified statistic.
    pub threshold: Option<f64>,
    /// The arithmetic operation to use when comparing the specified statistic and threshold.
    pub comparison_operator: Option<ComparisonOperator>,
    /// Sets how this alarm is to handle missing data points.
    #[aws(length(min = 1, max = 255))]
    pub treat_missing_data: Option<String>,
    /// Used only for alarms based on percentiles.
    #[aws(length(min = 1, max = 255))]
    pub evaluate_low_sample_count_percentile: Option<String>,
    /// The queries of an alarm based on a metric math expression.
    pub metrics: Option<Vec<MetricDataQuery>>,
    /// In an alarm based on an anomaly detection model, the ID of the `ANOMALY_DETECTION_BAND`
    /// function used as the threshold for the alarm.
    #[aws(length(min = 1, max = 255))]
    pub threshold_metric_id: Option<String>,
    /// `PARTIAL_DATA` when not all the available data could be retrieved due to quota limitations.
    pub evaluation_state: Option<EvaluationState>,
    /// The date and time that the alarm's `StateValue` most recently changed.
    pub state_transitioned_timestamp: Option<DateTime>,
    /// The evaluation window that the alarm uses to select the range of metric data that it
    /// evaluates.
    pub evaluation_window: Option<EvaluationWindow>,
    /// The warm-up configuration for the alarm.
    pub warm_up_configuration: Option<WarmUpConfiguration>,
    /// The evaluation criteria for the alarm.
    pub evaluation_criteria: Option<EvaluationCriteria>,
    /// The frequency, in seconds, at which the alarm is evaluated.
    #[aws(range(min = 10, max = 3600))]
    pub evaluation_interval: Option<i32>,
    /// Settings that change the content of the notifications and events that the alarm sends
    /// when its state changes.
    pub action_configuration: Option<ActionConfiguration>,
}

/// Why an alarm's data could not be evaluated completely.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EvaluationState {
    /// `PARTIAL_DATA`: not all the available data could be retrieved.
    #[aws(value = "PARTIAL_DATA")]
    PartialData,
    /// `EVALUATION_FAILURE`
    #[aws(value = "EVALUATION_FAILURE")]
    EvaluationFailure,
    /// `EVALUATION_ERROR`: the alarm's configuration needs review.
    #[aws(value = "EVALUATION_ERROR")]
    EvaluationError,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The details about a log alarm.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct LogAlarm {
    /// The name of the alarm.
    #[aws(length(min = 1, max = 255))]
    pub alarm_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the alarm.
    #[aws(length(min = 1, max = 1600))]
    pub alarm_arn: Option<String>,
    /// The description of the alarm.
    #[aws(length(min = 0, max = 1024))]
    pub alarm_description: Option<String>,
    /// The time stamp of the last update to the alarm configuration.
    pub alarm_configuration_updated_timestamp: Option<DateTime>,
    /// Indicates whether actions should be executed during any changes to the alarm state.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the OK state from any other state.
    #[aws(name = "OKActions", length(max = 5), items(length(min = 1, max = 1024)))]
    pub ok_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the ALARM state from any other
    /// state.
    #[aws(length(max = 5), items(length(min = 1, max = 1024)))]
    pub alarm_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the INSUFFICIENT_DATA state from any
    /// other state.
    #[aws(length(max = 5), items(length(min = 1, max = 1024)))]
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The state value for the alarm.
    pub state_value: Option<StateValue>,
    /// An explanation for the alarm state, in text format.
    #[aws(length(min = 0, max = 1023))]
    pub state_reason: Option<String>,
    /// An explanation for the alarm state, in JSON format.
    #[aws(length(min = 0, max = 4000))]
    pub state_reason_data: Option<String>,
    /// The time stamp of the last update to the value of either the `StateValue` or
    /// `EvaluationState` parameters.
    pub state_updated_timestamp: Option<DateTime>,
    /// The configuration of the underlying CloudWatch Logs scheduled query.
    pub scheduled_query_configuration: Option<ScheduledQueryConfiguration>,
    /// The number of most recent scheduled query results that the alarm evaluates against the
    /// threshold (the N in M-of-N evaluation).
    #[aws(range(min = 1))]
    pub query_results_to_evaluate: Option<i32>,
    /// The number of those results that must breach the threshold to trigger the alarm (the M in
    /// M-of-N evaluation).
    #[aws(range(min = 1))]
    pub query_results_to_alarm: Option<i32>,
    /// The value to compare with the aggregated query result.
    pub threshold: Option<f64>,
    /// The arithmetic operation to use when comparing the aggregated query result and the
    /// threshold.
    pub comparison_operator: Option<ComparisonOperator>,
    /// How this alarm handles missing data points.
    #[aws(length(min = 1, max = 255))]
    pub treat_missing_data: Option<String>,
    /// The date and time that the alarm's `StateValue` most recently changed.
    pub state_transitioned_timestamp: Option<DateTime>,
    /// `EVALUATION_ERROR` when the alarm's configuration needs review and correction.
    pub evaluation_state: Option<EvaluationState>,
    /// The number of log lines from the most recent scheduled query execution that are included
    /// in alarm action notifications.
    pub action_log_line_count: Option<i32>,
    /// The ARN of the IAM role that CloudWatch assumes to retrieve log events for inclusion in
    /// alarm action notifications.
    pub action_log_line_role_arn: Option<String>,
    /// The warm-up configuration for the alarm.
    pub warm_up_configuration: Option<WarmUpConfiguration>,
    /// Settings that change the content of the notifications and events that the alarm sends
    /// when its state changes.
    pub action_configuration: Option<ActionConfiguration>,
}

/// The configuration of the CloudWatch Logs scheduled query that backs a log alarm.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ScheduledQueryConfiguration {
    /// The CloudWatch Logs query to execute on each scheduled run.
    #[aws(length(min = 0, max = 10000))]
    pub query_string: String,
    /// The log groups to query.
    #[aws(length(min = 1, max = 50), items(length(min = 1, max = 1024)))]
    pub log_group_identifiers: Option<Vec<String>>,
    /// The ARN of the CloudWatch Logs scheduled query that the alarm uses.
    #[aws(name = "QueryARN", length(min = 1, max = 1024))]
    pub query_arn: Option<String>,
    /// The ARN of the IAM role that CloudWatch assumes when executing the scheduled query
    /// against the configured log groups.
    #[aws(name = "ScheduledQueryRoleARN", length(min = 1, max = 1024))]
    pub scheduled_query_role_arn: String,
    /// The schedule and time-range offset configuration for the underlying scheduled query.
    pub schedule_configuration: ScheduleConfiguration,
    /// The expression that defines how to aggregate query results into one or more scalar values
    /// for alarm evaluation.
    #[aws(length(min = 1, max = 2048))]
    pub aggregation_expression: String,
    /// A list of key-value pairs to associate with the underlying scheduled query resource.
    pub tags: Option<Vec<Tag>>,
}

/// When a scheduled query runs and what time range each execution covers.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq)]
pub struct ScheduleConfiguration {
    /// The schedule expression that defines how often the underlying CloudWatch Logs scheduled
    /// query runs.
    #[aws(length(min = 1, max = 256))]
    pub schedule_expression: String,
    /// The offset, in seconds, before the scheduled execution time at which the query time range
    /// begins.
    #[aws(range(min = 1, max = 2592000))]
    pub start_time_offset: i64,
    /// The offset, in seconds, before the scheduled execution time at which the query time range
    /// ends.
    #[aws(range(min = 0, max = 2592000))]
    pub end_time_offset: Option<i64>,
}

/// Deletes the specified alarms.
#[aws_operation(
    service = CloudWatch,
    operation = "DeleteAlarms",
    fluent,
    output = DeleteAlarmsOutput,
    errors = [ResourceNotFound, ResourceConflict],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct DeleteAlarms {
    /// The alarms to be deleted.
    #[aws(length(max = 100), items(length(min = 1, max = 255)))]
    pub alarm_names: Vec<String>,
}

/// The output of `DeleteAlarms`, which the model leaves empty.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DeleteAlarmsOutput {}
