//! Shards: `ListShards`, a page at a time (`NextToken`), and `GetShardIterator`, the position in
//! a shard that `GetRecords` reads from; what a shard is (its hash key range and sequence
//! number range) and what it becomes when it is split or merged (its child shards).

use aws_operation::{DateTime, aws_operation, aws_shape};

use crate::Kinesis;
use crate::errors::{
    AccessDeniedException, DryRunOperationException, ExpiredNextTokenException, InternalFailureException,
    InvalidArgumentException, LimitExceededException, ProvisionedThroughputExceededException, ResourceInUseException,
    ResourceNotFoundException,
};

/// Lists the shards in a stream and provides information about each shard.
///
/// Kinesis refuses a page request with both `NextToken` and `StreamName` (or
/// `StreamCreationTimestamp`), and the paginator sends the first page's members with every
/// token: page a stream named by `StreamARN` alone (or by the first page's `StreamName` and
/// then the token by hand).
#[aws_operation(
    service = Kinesis,
    operation = "ListShards",
    fluent,
    output = ListShardsOutput,
    paginator(
        input_token = next_token,
        output_token = next_token,
        items = shards,
        item = Shard,
        page_size = max_results,
    ),
    static_context_params(OperationType = "control"),
    errors = [
        ResourceNotFoundException,
        InvalidArgumentException,
        LimitExceededException,
        ExpiredNextTokenException,
        ResourceInUseException,
        AccessDeniedException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq, Default)]
pub struct ListShards {
    /// The name of the data stream whose shards you want to list; not with `NextToken`.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub stream_name: Option<String>,
    /// The token of the previous page, which names the stream and the position.
    #[aws(length(min = 1, max = 1048576))]
    pub next_token: Option<String>,
    /// List the shards after this one; not with `NextToken`.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub exclusive_start_shard_id: Option<String>,
    /// The maximum number of shards to return in a single call to `ListShards` (1000 unless set,
    /// and at most 1000).
    #[aws(range(min = 1, max = 10000))]
    pub max_results: Option<i32>,
    /// Specify this input parameter to distinguish data streams that have the same name; not with
    /// `NextToken`.
    pub stream_creation_timestamp: Option<DateTime>,
    /// Enables you to filter out the response of the `ListShards` API.
    pub shard_filter: Option<ShardFilter>,
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

/// The request parameter used to filter out the response of the `ListShards` API.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ShardFilter {
    /// The shard type specified in the `ShardFilter` parameter.
    pub r#type: ShardFilterType,
    /// The exclusive start shard id, for `AFTER_SHARD_ID`.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub shard_id: Option<String>,
    /// The timestamp, for `AT_TIMESTAMP` and `FROM_TIMESTAMP`.
    pub timestamp: Option<DateTime>,
}

/// Which shards a `ShardFilter` keeps.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ShardFilterType {
    /// `AFTER_SHARD_ID`: the shards after `ShardId`.
    #[aws(value = "AFTER_SHARD_ID")]
    AfterShardId,
    /// `AT_TRIM_HORIZON`: the shards open at the trim horizon.
    #[aws(value = "AT_TRIM_HORIZON")]
    AtTrimHorizon,
    /// `FROM_TRIM_HORIZON`: every shard from the trim horizon on.
    #[aws(value = "FROM_TRIM_HORIZON")]
    FromTrimHorizon,
    /// `AT_LATEST`: the open shards.
    #[aws(value = "AT_LATEST")]
    AtLatest,
    /// `AT_TIMESTAMP`: the shards open at `Timestamp`.
    #[aws(value = "AT_TIMESTAMP")]
    AtTimestamp,
    /// `FROM_TIMESTAMP`: every shard from `Timestamp` on.
    #[aws(value = "FROM_TIMESTAMP")]
    FromTimestamp,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The output of `ListShards`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ListShardsOutput {
    /// The shards of this page.
    pub shards: Option<Vec<Shard>>,
    /// The token of the next page; absent on the last.
    #[aws(length(min = 1, max = 1048576))]
    pub next_token: Option<String>,
}

/// A uniquely identified group of data records in a Kinesis data stream.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Shard {
    /// The unique identifier of the shard within the stream.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub shard_id: String,
    /// The shard ID of the shard's parent.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub parent_shard_id: Option<String>,
    /// The shard ID of the shard adjacent to the shard's parent.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub adjacent_parent_shard_id: Option<String>,
    /// The range of possible hash key values for the shard.
    pub hash_key_range: HashKeyRange,
    /// The range of possible sequence numbers for the shard.
    pub sequence_number_range: SequenceNumberRange,
}

/// The range of possible hash key values for the shard, which is a set of ordered contiguous
/// positive integers (decimal, below 2^128).
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct HashKeyRange {
    /// The starting hash key of the hash key range.
    #[aws(pattern = r"^(0|([1-9]\d{0,38}))$")]
    pub starting_hash_key: String,
    /// The ending hash key of the hash key range.
    #[aws(pattern = r"^(0|([1-9]\d{0,38}))$")]
    pub ending_hash_key: String,
}

/// The range of possible sequence numbers for the shard.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SequenceNumberRange {
    /// The starting sequence number for the range.
    #[aws(pattern = r"^(0|([1-9]\d{0,128}))$")]
    pub starting_sequence_number: String,
    /// The ending sequence number for the range; absent while the shard is open.
    #[aws(pattern = r"^(0|([1-9]\d{0,128}))$")]
    pub ending_sequence_number: Option<String>,
}

/// A child shard of the shard being read, returned once its end is reached.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ChildShard {
    /// The shard ID of the existing child shard of the current shard.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub shard_id: String,
    /// The current shard that is the parent of the existing child shard.
    #[aws(items(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$"))]
    pub parent_shards: Vec<String>,
    /// The hash key range of the child shard.
    pub hash_key_range: HashKeyRange,
}

/// Gets an Amazon Kinesis shard iterator: the position in a shard that `GetRecords` reads from,
/// valid for five minutes.
#[aws_operation(
    service = Kinesis,
    operation = "GetShardIterator",
    fluent,
    output = GetShardIteratorOutput,
    static_context_params(OperationType = "data"),
    errors = [
        ResourceNotFoundException,
        InvalidArgumentException,
        ProvisionedThroughputExceededException,
        AccessDeniedException,
        InternalFailureException,
        DryRunOperationException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct GetShardIterator {
    /// The name of the Amazon Kinesis data stream.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub stream_name: Option<String>,
    /// The shard ID of the Kinesis Data Streams shard to get the iterator for.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub shard_id: String,
    /// Determines how the shard iterator is used to start reading data records from the shard.
    pub shard_iterator_type: ShardIteratorType,
    /// The sequence number of the data record in the shard from which to start reading, for
    /// `AT_SEQUENCE_NUMBER` and `AFTER_SEQUENCE_NUMBER`.
    #[aws(pattern = r"^(0|([1-9]\d{0,128}))$")]
    pub starting_sequence_number: Option<String>,
    /// The time stamp of the data record from which to start reading, for `AT_TIMESTAMP`.
    pub timestamp: Option<DateTime>,
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
    /// Checks if your request will succeed without making an iterator.
    pub dry_run: Option<bool>,
}

/// Where a shard iterator (or a subscription) starts.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ShardIteratorType {
    /// `AT_SEQUENCE_NUMBER`: at the record with the sequence number given.
    #[aws(value = "AT_SEQUENCE_NUMBER")]
    AtSequenceNumber,
    /// `AFTER_SEQUENCE_NUMBER`: right after it.
    #[aws(value = "AFTER_SEQUENCE_NUMBER")]
    AfterSequenceNumber,
    /// `TRIM_HORIZON`: at the oldest record kept.
    #[aws(value = "TRIM_HORIZON")]
    TrimHorizon,
    /// `LATEST`: after the newest record, for the records to come.
    #[aws(value = "LATEST")]
    Latest,
    /// `AT_TIMESTAMP`: at the first record at or after the time given.
    #[aws(value = "AT_TIMESTAMP")]
    AtTimestamp,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Represents the output for `GetShardIterator`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct GetShardIteratorOutput {
    /// The position in the shard from which to start reading data records sequentially.
    #[aws(length(min = 1, max = 512))]
    pub shard_iterator: Option<String>,
}
