//! Records: `PutRecord` and `PutRecords`, which write one record or a batch of up to 500 (each
//! with its partition key, or an explicit hash key that picks the shard), and `GetRecords`, which
//! reads them back from a shard at the position a shard iterator gives.
//!
//! A batch is not all or nothing: `PutRecords` answers with one result per record, in order,
//! each with its sequence number and shard, or its error code and message
//! (`ProvisionedThroughputExceededException`, `InternalFailure`), and `FailedRecordCount` says how
//! many failed; send those again.

use aws_operation::{Blob, DateTime, aws_operation, aws_shape};

use crate::Kinesis;
use crate::errors::{
    AccessDeniedException, DryRunOperationException, ExpiredIteratorException, InternalFailureException,
    InvalidArgumentException, KMSAccessDeniedException, KMSDisabledException, KMSInvalidStateException,
    KMSNotFoundException, KMSOptInRequired, KMSThrottlingException, ProvisionedThroughputExceededException,
    ResourceNotFoundException,
};
use crate::shards::ChildShard;
use crate::streams::EncryptionType;

/// Writes a single data record into an Amazon Kinesis data stream.
#[aws_operation(
    service = Kinesis,
    operation = "PutRecord",
    fluent,
    output = PutRecordOutput,
    static_context_params(OperationType = "data"),
    errors = [
        ResourceNotFoundException,
        InvalidArgumentException,
        ProvisionedThroughputExceededException,
        KMSDisabledException,
        KMSInvalidStateException,
        KMSAccessDeniedException,
        KMSNotFoundException,
        KMSOptInRequired,
        KMSThrottlingException,
        AccessDeniedException,
        InternalFailureException,
        DryRunOperationException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct PutRecord {
    /// The name of the stream to put the data record into.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub stream_name: Option<String>,
    /// The data blob to put into the record, base64 in the JSON body.
    #[aws(length(min = 0, max = 10485760))]
    pub data: Blob,
    /// Determines which shard in the stream the data record is assigned to.
    #[aws(length(min = 1, max = 256))]
    pub partition_key: Option<String>,
    /// The hash value used to explicitly determine the shard the data record is assigned to by
    /// overriding the partition key hash.
    #[aws(pattern = r"^(0|([1-9]\d{0,38}))$")]
    pub explicit_hash_key: Option<String>,
    /// Guarantees strictly increasing sequence numbers, for puts from the same client and to the
    /// same partition key.
    #[aws(pattern = r"^(0|([1-9]\d{0,128}))$")]
    pub sequence_number_for_ordering: Option<String>,
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
    /// Checks if your request will succeed without writing anything.
    pub dry_run: Option<bool>,
}

/// Represents the output for `PutRecord`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PutRecordOutput {
    /// The shard ID of the shard where the data record was placed.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub shard_id: String,
    /// The sequence number identifier that was assigned to the put data record.
    #[aws(pattern = r"^(0|([1-9]\d{0,128}))$")]
    pub sequence_number: String,
    /// The encryption type to use on the record.
    pub encryption_type: Option<EncryptionType>,
}

/// Writes multiple data records into a Kinesis data stream in a single call.
#[aws_operation(
    service = Kinesis,
    operation = "PutRecords",
    fluent,
    output = PutRecordsOutput,
    static_context_params(OperationType = "data"),
    errors = [
        ResourceNotFoundException,
        InvalidArgumentException,
        ProvisionedThroughputExceededException,
        KMSDisabledException,
        KMSInvalidStateException,
        KMSAccessDeniedException,
        KMSNotFoundException,
        KMSOptInRequired,
        KMSThrottlingException,
        AccessDeniedException,
        InternalFailureException,
        DryRunOperationException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct PutRecords {
    /// The records associated with the request.
    #[aws(length(min = 1, max = 500))]
    pub records: Vec<PutRecordsRequestEntry>,
    /// The stream name associated with the request.
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
    /// Checks if your request will succeed without writing anything.
    pub dry_run: Option<bool>,
}

/// One record of a `PutRecords` request.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PutRecordsRequestEntry {
    /// The data blob to put into the record, base64 in the JSON body.
    #[aws(length(min = 0, max = 10485760))]
    pub data: Blob,
    /// The hash value used to determine explicitly the shard that the data record is assigned to
    /// by overriding the partition key hash.
    #[aws(pattern = r"^(0|([1-9]\d{0,38}))$")]
    pub explicit_hash_key: Option<String>,
    /// Determines which shard in the stream the data record is assigned to.
    #[aws(length(min = 1, max = 256))]
    pub partition_key: Option<String>,
}

impl PutRecordsRequestEntry {
    /// The record `data`, to the shard `partition_key` hashes to.
    pub fn new(data: impl Into<Vec<u8>>, partition_key: impl Into<String>) -> PutRecordsRequestEntry {
        PutRecordsRequestEntry {
            data: Blob(data.into()),
            explicit_hash_key: None,
            partition_key: Some(partition_key.into()),
        }
    }
}

/// `PutRecords` results.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PutRecordsOutput {
    /// The number of unsuccessfully processed records in a `PutRecords` request.
    #[aws(range(min = 1))]
    pub failed_record_count: Option<i32>,
    /// An array of successfully and unsuccessfully processed record results, in the order of the
    /// request's records.
    #[aws(length(min = 1, max = 500))]
    pub records: Vec<PutRecordsResultEntry>,
    /// The encryption type used on the records.
    pub encryption_type: Option<EncryptionType>,
}

/// The result of one record of a `PutRecords` request: its sequence number and shard, or its
/// error.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PutRecordsResultEntry {
    /// The sequence number for an individual record result.
    #[aws(pattern = r"^(0|([1-9]\d{0,128}))$")]
    pub sequence_number: Option<String>,
    /// The shard ID for an individual record result.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub shard_id: Option<String>,
    /// The error code for an individual record result.
    pub error_code: Option<String>,
    /// The error message for an individual record result.
    pub error_message: Option<String>,
}

/// Gets data records from a Kinesis data stream's shard.
#[aws_operation(
    service = Kinesis,
    operation = "GetRecords",
    fluent,
    output = GetRecordsOutput,
    static_context_params(OperationType = "data"),
    errors = [
        ResourceNotFoundException,
        InvalidArgumentException,
        ProvisionedThroughputExceededException,
        ExpiredIteratorException,
        KMSDisabledException,
        KMSInvalidStateException,
        KMSAccessDeniedException,
        KMSNotFoundException,
        KMSOptInRequired,
        KMSThrottlingException,
        AccessDeniedException,
        InternalFailureException,
        DryRunOperationException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct GetRecords {
    /// The position in the shard from which you want to start sequentially reading data records.
    #[aws(length(min = 1, max = 512))]
    pub shard_iterator: String,
    /// The maximum number of records to return.
    #[aws(range(min = 1, max = 10000))]
    pub limit: Option<i32>,
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
    /// Checks if your request will succeed without reading anything.
    pub dry_run: Option<bool>,
}

/// Represents the output for `GetRecords`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct GetRecordsOutput {
    /// The data records retrieved from the shard.
    pub records: Vec<Record>,
    /// The next position in the shard from which to start sequentially reading data records;
    /// absent once the shard is closed and read to its end.
    #[aws(length(min = 1, max = 512))]
    pub next_shard_iterator: Option<String>,
    /// The number of milliseconds the `GetRecords` response is from the tip of the stream.
    #[aws(range(min = 0))]
    pub millis_behind_latest: Option<i64>,
    /// The current shard's child shards, returned only when the end of the current shard is
    /// reached.
    pub child_shards: Option<Vec<ChildShard>>,
}

/// The unit of data of the Kinesis data stream, which is composed of a sequence number, a
/// partition key, and a data blob.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Record {
    /// The unique identifier of the record within its shard.
    #[aws(pattern = r"^(0|([1-9]\d{0,128}))$")]
    pub sequence_number: String,
    /// The approximate time that the record was inserted into the stream.
    pub approximate_arrival_timestamp: Option<DateTime>,
    /// The data blob, as it was put.
    #[aws(length(min = 0, max = 10485760))]
    pub data: Blob,
    /// Identifies which shard in the stream the data record is assigned to.
    #[aws(length(min = 1, max = 256))]
    pub partition_key: Option<String>,
    /// The encryption type used on the record.
    pub encryption_type: Option<EncryptionType>,
}
