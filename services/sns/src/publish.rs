//! Publishing: one message (to a topic, a mobile endpoint or a phone number) or a batch of up to
//! ten to a topic, each with its message attributes. A message attribute travels as
//! `MessageAttributes.entry.N.Name` and `MessageAttributes.entry.N.Value.DataType`, as the
//! model names a map entry's key and value.

use std::collections::BTreeMap;

use aws_operation::{Blob, aws_operation, aws_shape};

use crate::Sns;
use crate::errors::{
    AuthorizationErrorException, BatchEntryIdsNotDistinctException, BatchRequestTooLongException,
    EmptyBatchRequestException, EndpointDisabledException, InternalErrorException, InvalidBatchEntryIdException,
    InvalidParameterException, InvalidParameterValueException, InvalidSecurityException, KMSAccessDeniedException,
    KMSDisabledException, KMSInvalidStateException, KMSNotFoundException, KMSOptInRequired, KMSThrottlingException,
    NotFoundException, PlatformApplicationDisabledException, TooManyEntriesInBatchRequestException,
    ValidationException,
};

/// Sends a message to an Amazon SNS topic, a text message (SMS message) directly to a phone
/// number, or a message to a mobile platform endpoint (when you specify the `TargetArn`).
#[aws_operation(
    service = Sns,
    operation = "Publish",
    fluent,
    output = PublishOutput,
    errors = [
        InvalidParameterException,
        InvalidParameterValueException,
        InternalErrorException,
        NotFoundException,
        EndpointDisabledException,
        PlatformApplicationDisabledException,
        AuthorizationErrorException,
        KMSDisabledException,
        KMSInvalidStateException,
        KMSNotFoundException,
        KMSOptInRequired,
        KMSThrottlingException,
        KMSAccessDeniedException,
        InvalidSecurityException,
        ValidationException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct Publish {
    /// The topic you want to publish to.
    pub topic_arn: Option<String>,
    /// If you don't specify a value for the `TargetArn` parameter, you must specify a value for
    /// the `PhoneNumber` or `TopicArn` parameters.
    pub target_arn: Option<String>,
    /// The phone number to which you want to deliver an SMS message.
    #[aws(sensitive)]
    pub phone_number: Option<String>,
    /// The message you want to send.
    pub message: String,
    /// Optional parameter to be used as the "Subject" line when the message is delivered to
    /// email endpoints.
    pub subject: Option<String>,
    /// Set `MessageStructure` to `json` if you want to send a different message for each
    /// protocol.
    pub message_structure: Option<String>,
    /// Message attributes for Publish action.
    #[aws(xml_key_name = "Name", xml_value_name = "Value")]
    pub message_attributes: Option<BTreeMap<String, MessageAttributeValue>>,
    /// This parameter applies only to FIFO (first-in-first-out) topics.
    pub message_deduplication_id: Option<String>,
    /// The `MessageGroupId` can contain up to 128 alphanumeric characters `(a-z, A-Z, 0-9)` and
    /// punctuation.
    pub message_group_id: Option<String>,
}

/// The user-specified message attribute value.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct MessageAttributeValue {
    /// Amazon SNS supports the following logical data types: String, String.Array, Number, and
    /// Binary.
    pub data_type: String,
    /// Strings are Unicode with UTF8 binary encoding.
    pub string_value: Option<String>,
    /// Binary type attributes can store any binary data, for example, compressed data,
    /// encrypted data, or images.
    pub binary_value: Option<Blob>,
}

impl MessageAttributeValue {
    /// A `String` attribute.
    pub fn string(value: impl Into<String>) -> MessageAttributeValue {
        MessageAttributeValue { data_type: "String".into(), string_value: Some(value.into()), binary_value: None }
    }

    /// A `Number` attribute: its value is written as text, as SNS reads it.
    pub fn number(value: impl ToString) -> MessageAttributeValue {
        MessageAttributeValue { data_type: "Number".into(), string_value: Some(value.to_string()), binary_value: None }
    }

    /// A `Binary` attribute (base64 on the wire).
    pub fn binary(value: impl Into<Vec<u8>>) -> MessageAttributeValue {
        MessageAttributeValue { data_type: "Binary".into(), string_value: None, binary_value: Some(Blob(value.into())) }
    }
}

/// Response for Publish action.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PublishOutput {
    /// Unique identifier assigned to the published message.
    pub message_id: Option<String>,
    /// This response element applies only to FIFO (first-in-first-out) topics.
    pub sequence_number: Option<String>,
}

/// Publishes up to 10 messages to the specified topic in a single batch.
#[aws_operation(
    service = Sns,
    operation = "PublishBatch",
    fluent,
    output = PublishBatchOutput,
    errors = [
        InvalidParameterException,
        InvalidParameterValueException,
        InternalErrorException,
        NotFoundException,
        EndpointDisabledException,
        PlatformApplicationDisabledException,
        AuthorizationErrorException,
        BatchEntryIdsNotDistinctException,
        BatchRequestTooLongException,
        EmptyBatchRequestException,
        InvalidBatchEntryIdException,
        TooManyEntriesInBatchRequestException,
        KMSDisabledException,
        KMSInvalidStateException,
        KMSNotFoundException,
        KMSOptInRequired,
        KMSThrottlingException,
        KMSAccessDeniedException,
        InvalidSecurityException,
        ValidationException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct PublishBatch {
    /// The Amazon resource name (ARN) of the topic you want to batch publish to.
    pub topic_arn: String,
    /// A list of `PublishBatch` request entries to be sent to the SNS topic.
    pub publish_batch_request_entries: Vec<PublishBatchRequestEntry>,
}

/// Contains the details of a single Amazon SNS message along with an `Id` that identifies a
/// message within the batch.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PublishBatchRequestEntry {
    /// An identifier for the message in this batch.
    pub id: String,
    /// The body of the message.
    pub message: String,
    /// The subject of the batch message.
    pub subject: Option<String>,
    /// Set `MessageStructure` to `json` if you want to send a different message for each
    /// protocol.
    pub message_structure: Option<String>,
    /// Each message attribute consists of a `Name`, `Type`, and `Value`.
    #[aws(xml_key_name = "Name", xml_value_name = "Value")]
    pub message_attributes: Option<BTreeMap<String, MessageAttributeValue>>,
    /// This parameter applies only to FIFO (first-in-first-out) topics.
    pub message_deduplication_id: Option<String>,
    /// FIFO topics: The tag that specifies that a message belongs to a specific message group.
    pub message_group_id: Option<String>,
}

/// The output of `PublishBatch`: an entry for each message, successful or failed.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PublishBatchOutput {
    /// A list of successful `PublishBatch` responses.
    pub successful: Option<Vec<PublishBatchResultEntry>>,
    /// A list of failed `PublishBatch` responses.
    pub failed: Option<Vec<BatchResultErrorEntry>>,
}

/// Encloses data related to a successful message in a batch request for topic.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PublishBatchResultEntry {
    /// The `Id` of an entry in a batch request.
    pub id: Option<String>,
    /// An identifier for the message.
    pub message_id: Option<String>,
    /// This parameter applies only to FIFO (first-in-first-out) topics.
    pub sequence_number: Option<String>,
}

/// Gives a detailed description of failed messages in the batch.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct BatchResultErrorEntry {
    /// The `Id` of an entry in a batch request.
    pub id: String,
    /// An error code representing why the action failed on this entry.
    pub code: String,
    /// A message explaining why the action failed on this entry.
    pub message: Option<String>,
    /// Specifies whether the error happened due to the caller of the batch API action.
    pub sender_fault: bool,
}
