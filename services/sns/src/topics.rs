//! Topics: create them (with attributes and tags), list them a page at a time, change an
//! attribute, delete them.

use std::collections::BTreeMap;

use aws_operation::{aws_operation, aws_shape};

use crate::Sns;
use crate::errors::{
    AuthorizationErrorException, ConcurrentAccessException, InternalErrorException, InvalidParameterException,
    InvalidSecurityException, InvalidStateException, NotFoundException, StaleTagException, TagLimitExceededException,
    TagPolicyException, TopicLimitExceededException,
};

/// Creates a topic to which notifications can be published.
#[aws_operation(
    service = Sns,
    operation = "CreateTopic",
    fluent,
    output = CreateTopicOutput,
    errors = [
        InvalidParameterException,
        TopicLimitExceededException,
        InternalErrorException,
        AuthorizationErrorException,
        InvalidSecurityException,
        TagLimitExceededException,
        StaleTagException,
        TagPolicyException,
        ConcurrentAccessException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct CreateTopic {
    /// The name of the topic you want to create.
    pub name: String,
    /// A map of attributes with their corresponding values.
    pub attributes: Option<BTreeMap<String, String>>,
    /// The list of tags to add to a new topic.
    pub tags: Option<Vec<Tag>>,
    /// Amazon SNS message data protection is no longer available to new customers.
    pub data_protection_policy: Option<String>,
}

/// The list of tags to be added to the specified topic.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Tag {
    /// The required key portion of the tag.
    #[aws(length(min = 1, max = 128))]
    pub key: String,
    /// The optional value portion of the tag.
    #[aws(length(min = 0, max = 256))]
    pub value: String,
}

/// Response from CreateTopic action.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CreateTopicOutput {
    /// The Amazon Resource Name (ARN) assigned to the created topic.
    pub topic_arn: Option<String>,
}

/// Returns a list of the requester's topics.
#[aws_operation(
    service = Sns,
    operation = "ListTopics",
    fluent,
    output = ListTopicsOutput,
    paginator(input_token = next_token, output_token = next_token, items = topics, item = Topic),
    errors = [InvalidParameterException, InternalErrorException, AuthorizationErrorException],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq, Default)]
pub struct ListTopics {
    /// Token returned by the previous `ListTopics` request.
    pub next_token: Option<String>,
}

/// Response for ListTopics action.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ListTopicsOutput {
    /// A list of topic ARNs.
    pub topics: Option<Vec<Topic>>,
    /// Token to pass along to the next `ListTopics` request.
    pub next_token: Option<String>,
}

/// A wrapper type for the topic's Amazon Resource Name (ARN).
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Topic {
    /// The topic's ARN.
    pub topic_arn: Option<String>,
}

/// Allows a topic owner to set an attribute of the topic to a new value.
#[aws_operation(
    service = Sns,
    operation = "SetTopicAttributes",
    fluent,
    output = SetTopicAttributesOutput,
    errors = [
        InvalidParameterException,
        InternalErrorException,
        NotFoundException,
        AuthorizationErrorException,
        InvalidSecurityException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct SetTopicAttributes {
    /// The ARN of the topic to modify.
    pub topic_arn: String,
    /// A map of attributes with their corresponding values.
    pub attribute_name: String,
    /// The new value for the attribute.
    pub attribute_value: Option<String>,
}

/// The output of `SetTopicAttributes`, which the model leaves empty.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct SetTopicAttributesOutput {}

/// Deletes a topic and all its subscriptions.
#[aws_operation(
    service = Sns,
    operation = "DeleteTopic",
    fluent,
    output = DeleteTopicOutput,
    errors = [
        InvalidParameterException,
        InvalidStateException,
        InternalErrorException,
        AuthorizationErrorException,
        NotFoundException,
        StaleTagException,
        TagPolicyException,
        ConcurrentAccessException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct DeleteTopic {
    /// The ARN of the topic you want to delete.
    pub topic_arn: String,
}

/// The output of `DeleteTopic`, which the model leaves empty.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DeleteTopicOutput {}
