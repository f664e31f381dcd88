//! Subscriptions: subscribe an endpoint (an SQS queue, an HTTP/S URL, an email address, a
//! Lambda function, ...) to a topic, and list a topic's subscriptions a page at a time.

use std::collections::BTreeMap;

use aws_operation::{aws_operation, aws_shape};

use crate::Sns;
use crate::errors::{
    AuthorizationErrorException, FilterPolicyLimitExceededException, InternalErrorException, InvalidParameterException,
    InvalidSecurityException, NotFoundException, ReplayLimitExceededException, SubscriptionLimitExceededException,
};

/// Subscribes an endpoint to an Amazon SNS topic.
#[aws_operation(
    service = Sns,
    operation = "Subscribe",
    fluent,
    output = SubscribeOutput,
    errors = [
        SubscriptionLimitExceededException,
        FilterPolicyLimitExceededException,
        ReplayLimitExceededException,
        InvalidParameterException,
        InternalErrorException,
        NotFoundException,
        AuthorizationErrorException,
        InvalidSecurityException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct Subscribe {
    /// The ARN of the topic you want to subscribe to.
    pub topic_arn: String,
    /// The protocol that you want to use.
    pub protocol: String,
    /// The endpoint that you want to receive notifications.
    pub endpoint: Option<String>,
    /// A map of attributes with their corresponding values.
    pub attributes: Option<BTreeMap<String, String>>,
    /// Sets whether the response from the `Subscribe` request includes the subscription ARN,
    /// even if the subscription is not yet confirmed.
    pub return_subscription_arn: Option<bool>,
}

/// Response for Subscribe action.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct SubscribeOutput {
    /// The ARN of the subscription if it is confirmed, or the string "pending confirmation" if
    /// the subscription requires confirmation.
    pub subscription_arn: Option<String>,
}

/// Returns a list of the subscriptions to a specific topic.
#[aws_operation(
    service = Sns,
    operation = "ListSubscriptionsByTopic",
    fluent,
    output = ListSubscriptionsByTopicOutput,
    paginator(input_token = next_token, output_token = next_token, items = subscriptions, item = Subscription),
    errors = [
        InvalidParameterException,
        InternalErrorException,
        NotFoundException,
        AuthorizationErrorException,
    ],
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct ListSubscriptionsByTopic {
    /// The ARN of the topic for which you wish to find subscriptions.
    pub topic_arn: String,
    /// Token returned by the previous `ListSubscriptionsByTopic` request.
    pub next_token: Option<String>,
}

/// Response for ListSubscriptionsByTopic action.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ListSubscriptionsByTopicOutput {
    /// A list of subscriptions.
    pub subscriptions: Option<Vec<Subscription>>,
    /// Token to pass along to the next `ListSubscriptionsByTopic` request.
    pub next_token: Option<String>,
}

/// A wrapper type for the attributes of an Amazon SNS subscription.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Subscription {
    /// The subscription's ARN.
    pub subscription_arn: Option<String>,
    /// The subscription's owner.
    pub owner: Option<String>,
    /// The subscription's protocol.
    pub protocol: Option<String>,
    /// The subscription's endpoint (format depends on the protocol).
    pub endpoint: Option<String>,
    /// The ARN of the subscription's topic.
    pub topic_arn: Option<String>,
}
