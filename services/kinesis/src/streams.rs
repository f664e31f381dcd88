//! Streams: `CreateStream`, which makes one (provisioned with its shard count, or on demand),
//! and `DescribeStreamSummary`, which says how it is, without its shards (`ACTIVE` once it takes
//! records: a new stream is `CREATING` for a while on Kinesis itself).

use std::collections::BTreeMap;

use aws_operation::{DateTime, aws_operation, aws_shape};

use crate::Kinesis;
use crate::errors::{
    AccessDeniedException, InvalidArgumentException, LimitExceededException, ResourceInUseException,
    ResourceNotFoundException, ValidationException,
};

/// Creates a Kinesis data stream.
#[aws_operation(
    service = Kinesis,
    operation = "CreateStream",
    fluent,
    output = CreateStreamOutput,
    static_context_params(OperationType = "control"),
    errors = [ResourceInUseException, LimitExceededException, InvalidArgumentException, ValidationException],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct CreateStream {
    /// A name to identify the stream.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub stream_name: String,
    /// The number of shards that the stream will use (provisioned streams).
    #[aws(range(min = 1))]
    pub shard_count: Option<i32>,
    /// Indicates the capacity mode of the data stream.
    pub stream_mode_details: Option<StreamModeDetails>,
    /// A set of up to 50 key-value pairs to use to create the tags.
    #[aws(length(min = 1, max = 200), keys(length(min = 1, max = 128)), items(length(min = 0, max = 256)))]
    pub tags: Option<BTreeMap<String, String>>,
    /// The target warm throughput in MB/s that the stream should be scaled to handle.
    #[aws(name = "WarmThroughputMiBps", range(min = 0))]
    pub warm_throughput_mibps: Option<i32>,
    /// The maximum record size of a single record in kibibyte (KiB) that you can write to, and
    /// read from a stream.
    #[aws(name = "MaxRecordSizeInKiB", range(min = 1024, max = 10240))]
    pub max_record_size_in_kib: Option<i32>,
    /// The record distribution strategy for the stream, which determines how Amazon Kinesis Data
    /// Streams distributes records across shards.
    pub record_distribution_strategy: Option<RecordDistributionStrategy>,
}

/// The output of `CreateStream`, which the model leaves empty.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CreateStreamOutput {}

/// Specifies the capacity mode to which you want to set your data stream.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct StreamModeDetails {
    /// Specifies the capacity mode to which you want to set your data stream.
    pub stream_mode: StreamMode,
}

/// A stream's capacity mode.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StreamMode {
    /// `PROVISIONED`: as many shards as the stream is given.
    #[aws(value = "PROVISIONED")]
    Provisioned,
    /// `ON_DEMAND`: shards follow the traffic.
    #[aws(value = "ON_DEMAND")]
    OnDemand,
    /// A value this client does not know yet.
    Unknown(String),
}

/// How a stream distributes records across shards.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RecordDistributionStrategy {
    /// `AUTO`: Kinesis picks the shard.
    #[aws(value = "AUTO")]
    Auto,
    /// `USER_PARTITION_KEY`: the partition key (or explicit hash key) picks it.
    #[aws(value = "USER_PARTITION_KEY")]
    UserPartitionKey,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Provides a summarized description of the specified Kinesis data stream without the shard
/// list.
#[aws_operation(
    service = Kinesis,
    operation = "DescribeStreamSummary",
    fluent,
    output = DescribeStreamSummaryOutput,
    static_context_params(OperationType = "control"),
    errors = [ResourceNotFoundException, LimitExceededException, InvalidArgumentException, AccessDeniedException],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq, Default)]
pub struct DescribeStreamSummary {
    /// The name of the stream to describe.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub stream_name: Option<String>,
    /// The ARN of the stream.
    #[aws(
        name = "StreamARN",
        context_param = "StreamARN",
        length(min = 1, max = 2048),
        pattern = r"^arn:aws.*:kinesis:.*:\d{12}:stream/\S+$"
    )]
    pub stream_arn: Option<String>,
    /// Not Implemented: reserved for future use.
    #[aws(context_param = "StreamId", length(min = 1, max = 24), pattern = "^[a-z0-9]{20}-[a-z0-9]{3}$")]
    pub stream_id: Option<String>,
}

/// The output of `DescribeStreamSummary`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DescribeStreamSummaryOutput {
    /// A `StreamDescriptionSummary` containing information about the stream.
    pub stream_description_summary: StreamDescriptionSummary,
}

/// Represents the output for `DescribeStreamSummary`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct StreamDescriptionSummary {
    /// The name of the stream being described.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub stream_name: String,
    /// The Amazon Resource Name (ARN) for the stream being described.
    #[aws(name = "StreamARN", length(min = 1, max = 2048), pattern = r"^arn:aws.*:kinesis:.*:\d{12}:stream/\S+$")]
    pub stream_arn: String,
    /// Not Implemented: reserved for future use.
    #[aws(length(min = 1, max = 24), pattern = "^[a-z0-9]{20}-[a-z0-9]{3}$")]
    pub stream_id: Option<String>,
    /// The current status of the stream being described.
    pub stream_status: StreamStatus,
    /// Specifies the capacity mode to which you want to set your data stream.
    pub stream_mode_details: Option<StreamModeDetails>,
    /// The current retention period, in hours.
    pub retention_period_hours: i32,
    /// The approximate time that the stream was created.
    pub stream_creation_timestamp: DateTime,
    /// Represents the current enhanced monitoring settings of the stream.
    pub enhanced_monitoring: Vec<EnhancedMetrics>,
    /// The encryption type used.
    pub encryption_type: Option<EncryptionType>,
    /// The GUID for the customer-managed Amazon Web Services KMS key to use for encryption.
    #[aws(length(min = 1, max = 2048))]
    pub key_id: Option<String>,
    /// The number of open shards in the stream.
    #[aws(range(min = 0, max = 1000000))]
    pub open_shard_count: i32,
    /// The number of enhanced fan-out consumers registered with the stream.
    #[aws(range(min = 0, max = 1000000))]
    pub consumer_count: Option<i32>,
    /// The warm throughput in MB/s for the stream.
    pub warm_throughput: Option<WarmThroughputObject>,
    /// The maximum record size of a single record in kibibyte (KiB) that you can write to, and
    /// read from a stream.
    #[aws(name = "MaxRecordSizeInKiB", range(min = 1024, max = 10240))]
    pub max_record_size_in_kib: Option<i32>,
    /// The number of channels associated with the stream.
    #[aws(range(min = 0, max = 1000000))]
    pub channel_count: Option<i32>,
    /// The record distribution strategy that the stream currently uses.
    pub record_distribution_strategy: Option<RecordDistributionStrategy>,
    /// The number of queues created on the data stream.
    #[aws(range(min = 0, max = 1000000))]
    pub queue_count: Option<i32>,
}

/// A stream's status.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StreamStatus {
    /// `CREATING`: not yet ready for records.
    #[aws(value = "CREATING")]
    Creating,
    /// `DELETING`: going away.
    #[aws(value = "DELETING")]
    Deleting,
    /// `ACTIVE`: ready for reads and writes.
    #[aws(value = "ACTIVE")]
    Active,
    /// `UPDATING`: resharding or changing, still taking reads and writes.
    #[aws(value = "UPDATING")]
    Updating,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Represents enhanced metrics types.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct EnhancedMetrics {
    /// List of shard-level metrics.
    #[aws(length(min = 1, max = 7))]
    pub shard_level_metrics: Option<Vec<MetricsName>>,
}

/// A shard-level metric.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MetricsName {
    /// `IncomingBytes`
    #[aws(value = "IncomingBytes")]
    IncomingBytes,
    /// `IncomingRecords`
    #[aws(value = "IncomingRecords")]
    IncomingRecords,
    /// `OutgoingBytes`
    #[aws(value = "OutgoingBytes")]
    OutgoingBytes,
    /// `OutgoingRecords`
    #[aws(value = "OutgoingRecords")]
    OutgoingRecords,
    /// `WriteProvisionedThroughputExceeded`
    #[aws(value = "WriteProvisionedThroughputExceeded")]
    WriteProvisionedThroughputExceeded,
    /// `ReadProvisionedThroughputExceeded`
    #[aws(value = "ReadProvisionedThroughputExceeded")]
    ReadProvisionedThroughputExceeded,
    /// `IteratorAgeMilliseconds`
    #[aws(value = "IteratorAgeMilliseconds")]
    IteratorAgeMilliseconds,
    /// `ALL`: every metric.
    #[aws(value = "ALL")]
    All,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Represents the warm throughput configuration on the stream.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct WarmThroughputObject {
    /// The target warm throughput value on the stream.
    #[aws(name = "TargetMiBps", range(min = 0))]
    pub target_mibps: Option<i32>,
    /// The current warm throughput value on the stream.
    #[aws(name = "CurrentMiBps", range(min = 0))]
    pub current_mibps: Option<i32>,
}

/// How records are encrypted at rest.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EncryptionType {
    /// `NONE`: not encrypted.
    #[aws(value = "NONE")]
    None,
    /// `KMS`: with an Amazon Web Services KMS key.
    #[aws(value = "KMS")]
    Kms,
    /// A value this client does not know yet.
    Unknown(String),
}
