//! Enhanced fan-out: `SubscribeToShard`, whose answer is a stream of events, each a
//! [`SubscribeToShardEvent`] with the records that arrived in the shard, for up to five minutes.
//!
//! The body is `application/vnd.amazon.eventstream`: an `initial-response` event (passed over:
//! the output has no other member), then one message per event, read as it arrives. An
//! exception that Kinesis sends in the stream (a `ResourceInUseException` when another
//! subscription takes over, a KMS failure, an `InternalFailureException`) ends it as
//! `EventError::Exception` with the union's variant; an event type this client does not know is
//! [`SubscribeToShardEventStream::Unknown`].
//!
//! Kinesis itself serves `SubscribeToShard` over HTTP/2 only (the model's `protocolSettings` say
//! `h2: eventstream`), which the transport speaks with aws-operation's `http2` feature: to
//! `https` servers by ALPN, to plain `http` ones with `http2_prior_knowledge`. Without the
//! feature the call works with servers that stream the events over HTTP/1.1 (chunked), such as
//! a local stand-in, and against Kinesis a shard is read with `GetShardIterator` and
//! `GetRecords`.

use aws_operation::event_stream::EventStream;
use aws_operation::{DateTime, UnknownMember, aws_operation, aws_shape};

use crate::Kinesis;
use crate::errors::{
    AccessDeniedException, DryRunOperationException, InternalFailureException, InvalidArgumentException,
    KMSAccessDeniedException, KMSDisabledException, KMSInvalidStateException, KMSNotFoundException, KMSOptInRequired,
    KMSThrottlingException, LimitExceededException, ResourceInUseException, ResourceNotFoundException,
};
use crate::records::Record;
use crate::shards::{ChildShard, ShardIteratorType};

/// Subscribes a registered consumer to a shard: Kinesis pushes the shard's records to it as
/// events, for up to five minutes.
#[aws_operation(
    service = Kinesis,
    operation = "SubscribeToShard",
    fluent,
    output = SubscribeToShardOutput,
    static_context_params(OperationType = "data"),
    errors = [
        ResourceNotFoundException,
        InvalidArgumentException,
        ResourceInUseException,
        LimitExceededException,
        AccessDeniedException,
        DryRunOperationException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct SubscribeToShard {
    /// The ARN of the consumer, as `RegisterStreamConsumer` gave it.
    #[aws(
        name = "ConsumerARN",
        context_param = "ConsumerARN",
        length(min = 1, max = 2048),
        pattern = r"^(arn):aws.*:kinesis:.*:\d{12}:.*stream\/[a-zA-Z0-9_.-]+\/consumer\/[a-zA-Z0-9_.-]+:[0-9]+"
    )]
    pub consumer_arn: String,
    /// Not Implemented: reserved for future use.
    #[aws(context_param = "StreamId", length(min = 1, max = 24), pattern = "^[a-z0-9]{20}-[a-z0-9]{3}$")]
    pub stream_id: Option<String>,
    /// The ID of the shard you want to subscribe to.
    #[aws(length(min = 1, max = 128), pattern = "^[a-zA-Z0-9_.-]+$")]
    pub shard_id: String,
    /// The starting position in the data stream from which to start streaming.
    pub starting_position: StartingPosition,
    /// Checks if your request will succeed without subscribing.
    pub dry_run: Option<bool>,
}

/// The starting position in the data stream from which to start streaming.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct StartingPosition {
    /// Where to start: at or after a sequence number, at a time, at the trim horizon or at the
    /// tip.
    pub r#type: ShardIteratorType,
    /// The sequence number of the data record in the shard from which to start streaming, for
    /// `AT_SEQUENCE_NUMBER` and `AFTER_SEQUENCE_NUMBER`.
    #[aws(pattern = r"^(0|([1-9]\d{0,128}))$")]
    pub sequence_number: Option<String>,
    /// The time stamp of the data record from which to start reading, for `AT_TIMESTAMP`.
    pub timestamp: Option<DateTime>,
}

impl StartingPosition {
    /// A position of `kind` that needs neither a sequence number nor a time (`TRIM_HORIZON`,
    /// `LATEST`).
    pub fn new(kind: ShardIteratorType) -> StartingPosition {
        StartingPosition { r#type: kind, sequence_number: None, timestamp: None }
    }

    /// Right after the record `sequence_number`: where a subscription that ended continues from
    /// its last event's `ContinuationSequenceNumber`.
    pub fn after(sequence_number: impl Into<String>) -> StartingPosition {
        StartingPosition {
            r#type: ShardIteratorType::AfterSequenceNumber,
            sequence_number: Some(sequence_number.into()),
            timestamp: None,
        }
    }
}

/// The output of `SubscribeToShard`: the events, as they arrive.
#[aws_shape(rename_all = "PascalCase")]
pub struct SubscribeToShardOutput {
    /// The event stream that your consumer can use to read records from the shard.
    pub event_stream: EventStream<SubscribeToShardEventStream>,
}

/// The events of a subscription: records, or one of the exceptions that end it.
#[aws_shape(union, rename_all = "PascalCase")]
#[derive(Debug)]
pub enum SubscribeToShardEventStream {
    /// Records of the shard, and where to continue from.
    SubscribeToShardEvent(SubscribeToShardEvent),
    /// The stream or the shard does not exist (any more).
    ResourceNotFoundException(ResourceNotFoundException),
    /// Another subscription to the shard by the same consumer took over.
    ResourceInUseException(ResourceInUseException),
    /// The stream's KMS key is disabled.
    #[aws(name = "KMSDisabledException")]
    KmsDisabledException(KMSDisabledException),
    /// The stream's KMS key is not in a state that allows its use.
    #[aws(name = "KMSInvalidStateException")]
    KmsInvalidStateException(KMSInvalidStateException),
    /// The stream's KMS key cannot be used by the caller.
    #[aws(name = "KMSAccessDeniedException")]
    KmsAccessDeniedException(KMSAccessDeniedException),
    /// The stream's KMS key does not exist.
    #[aws(name = "KMSNotFoundException")]
    KmsNotFoundException(KMSNotFoundException),
    /// The account needs a KMS subscription.
    #[aws(name = "KMSOptInRequired")]
    KmsOptInRequired(KMSOptInRequired),
    /// KMS throttled the request.
    #[aws(name = "KMSThrottlingException")]
    KmsThrottlingException(KMSThrottlingException),
    /// The processing of the request failed because of an unknown error, exception, or failure.
    InternalFailureException(InternalFailureException),
    /// An event this client does not know.
    Unknown(UnknownMember),
}

/// The records that arrived in the shard since the previous event, and where to continue from.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct SubscribeToShardEvent {
    /// The records, in order.
    pub records: Vec<Record>,
    /// Use this as `SequenceNumber` in the next call to `SubscribeToShard`, with
    /// `StartingPosition` set to `AT_SEQUENCE_NUMBER` or `AFTER_SEQUENCE_NUMBER`.
    #[aws(pattern = r"^(0|([1-9]\d{0,128}))$")]
    pub continuation_sequence_number: String,
    /// The number of milliseconds the read records are from the tip of the stream.
    #[aws(range(min = 0))]
    pub millis_behind_latest: i64,
    /// The child shards of the current shard, returned only at the end of the current shard.
    pub child_shards: Option<Vec<ChildShard>>,
}
