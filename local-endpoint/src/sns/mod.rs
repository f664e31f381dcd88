//! A stateful, in-memory stand-in for Amazon SNS, for offline tests: the eight operations of the
//! SNS slice (`aws-operation-sns`), served by a [`LocalEndpoint`] over awsQuery (each form routed
//! by its `Action`) to the real client, the command or any SDK.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use aws_operation::{Config, Credentials};
//! use aws_operation_local_endpoint::sns::Simulator;
//! use aws_operation_sns::Sns;
//!
//! let credentials = Credentials::new("AKIDLOCAL", "local-secret", None, None);
//! let simulator = Simulator::new();
//! let endpoint = simulator.endpoint(credentials.clone()).start().await?;
//! let config = Config::builder().region("us-east-1").credentials(credentials).endpoint_url(endpoint.url()).build()?;
//! let sns = Sns::new(&config)?;
//! let topic = sns.create_topic().name("orders").send().await?.into_inner().topic_arn.unwrap_or_default();
//! sns.publish().topic_arn(&topic).message("order 42 shipped").send().await?;
//! assert_eq!(simulator.published(&topic)[0].message, "order 42 shipped");
//! # Ok(()) }
//! ```
//!
//! What it keeps, per [`Simulator`] (clones share it): topics with their attributes, tags and
//! subscriptions, and every message published, in one account and one region, until it is
//! dropped.
//!
//! - **Input** is read strictly by the endpoint and checked against the model's constraints
//!   before anything else.
//! - **CreateTopic** makes `arn:aws:sns:<region>:<account>:<name>` (the partition follows the
//!   region). Names are 1 to 256 letters, digits, `-` and `_`; a FIFO topic (`FifoTopic`
//!   `true`) is named `<stem>.fifo`, and only it; else `InvalidParameter`
//!   (`Invalid parameter: Topic Name`). A name that exists answers the same ARN, unless an
//!   attribute or the tags given differ from the topic's (`InvalidParameter`, `... Topic already
//!   exists with different attributes` / `tags`). Attributes are those SNS knows (an unknown
//!   one is refused), with the values SNS checks: booleans, `DisplayName` of up to 100
//!   characters, policies that are JSON, `ContentBasedDeduplication` and
//!   `FifoThroughputScope` on FIFO topics only; at most 50 tags.
//! - **SetTopicAttributes** changes one attribute by the same rules; `FifoTopic` cannot change
//!   (`Invalid parameter: AttributeName`).
//! - **Topic ARNs**: one that is not an SNS ARN is an `InvalidParameter`
//!   (`Invalid parameter: TopicArn`); one of another region or account, or of no topic, the
//!   typed `NotFoundException` `Topic does not exist` (404, code `NotFound`).
//! - **Publish** to `TopicArn` or `TargetArn` (a topic's ARN; a mobile endpoint's is
//!   `Endpoint does not exist`) or to an E.164 `PhoneNumber` (kept by number), exactly one of
//!   them. The message must be non-empty, at most 256 KiB with its attributes; a `Subject` up to
//!   100 printable ASCII characters; `MessageStructure` only `json`, with a JSON object that
//!   has a `default` string. Message attributes as SNS checks them: at most 10, names of
//!   letters, digits, `_`, `-`, `.` (not `AWS.`/`Amazon.`), types `String`, `Number`, `Binary`
//!   (and `String.Array`, and custom `.suffix`es) each with its value present (`Number` one
//!   that reads as a number, `String.Array` a JSON array); the reasons in SNS's words
//!   (`Invalid parameter: MessageAttributes Reason: Could not cast message attribute 'n' value
//!   to number.`). `MessageId` is a random UUID. FIFO topics need `MessageGroupId`, and
//!   `MessageDeduplicationId` unless `ContentBasedDeduplication` (the body's SHA-256 then); a
//!   deduplication id seen in the last five minutes answers the first message's ids without
//!   keeping it again; `SequenceNumber` is 20 digits, increasing per topic.
//! - **PublishBatch**: none is `EmptyBatchRequest`, more than 10 `TooManyEntriesInBatchRequest`,
//!   an id not of 1 to 80 letters, digits, `-` and `_` `InvalidBatchEntryId`, two alike
//!   `BatchEntryIdsNotDistinct`, more than 256 KiB in all `BatchRequestTooLong` (the whole
//!   batch is refused, in that order, before the topic is looked up); each entry is then checked
//!   as `Publish` checks a message, and listed in `Successful` or in `Failed` (code
//!   `InvalidParameter`, `SenderFault` true, SNS's message).
//! - **Subscribe** takes `sqs`, `lambda`, `firehose` (with `SubscriptionRoleArn`) and
//!   `application` endpoints as ARNs of their service, `http`/`https` URLs of their scheme,
//!   `email`/`email-json` addresses and `sms` numbers; another protocol is
//!   `Amazon SNS does not support this protocol string: <p>`; FIFO topics take `sqs` and
//!   `firehose` only. The subscription's ARN is `<topic-arn>:<uuid>`. `http`, `https` and email
//!   subscriptions wait for a confirmation that never comes: `Subscribe` answers
//!   `pending confirmation` (the ARN with `ReturnSubscriptionArn`), the listing
//!   `PendingConfirmation`. The same protocol and endpoint again is the same subscription.
//! - **ListTopics** (in name order) and **ListSubscriptionsByTopic** (in the order they were
//!   made) list 100 at a time, with an opaque `NextToken` only when more follow, which
//!   continues after the last one listed (what was deleted meanwhile is skipped, not
//!   repeated); a token it did not give is `Invalid parameter: NextToken`.
//! - **DeleteTopic** deletes the topic, its subscriptions and what was published to it; a
//!   topic that is not there is no error, as SNS answers.
//!
//! What it does not model, being a test double:
//!
//! - **Delivery**: nothing is delivered: no SQS message, no HTTP POST, no mail, no Lambda call,
//!   no confirmation (so nothing leaves `PendingConfirmation`); filter policies, raw delivery,
//!   retries and dead-letter queues are kept as given and do nothing. Read what was published
//!   with [`Simulator::published`].
//! - **Other resources** named are taken as given: queues, functions, KMS keys, roles, delivery
//!   policies' contents. Mobile platform applications and their endpoints are not there.
//! - **Access and limits**: every signed request is the configured account, allowed everything
//!   (policies are stored, not enforced); no topic or subscription quotas, no throttling, no
//!   server faults. Register your own handler to produce those.
//! - **Persistence and scale**: state lives in memory, behind one lock.

mod publish;
mod store;
mod subscriptions;
mod topics;

use std::collections::BTreeMap;
use std::fmt;

use aws_operation::Credentials;
use aws_operation_sns::{MessageAttributeValue, Sns};

use crate::LocalEndpoint;
pub use crate::stand_in::SettingError;
use crate::stand_in::{Clock, Shared, system_clock};
use store::Store;

/// The account the stand-in acts as unless told otherwise.
pub const DEFAULT_ACCOUNT_ID: &str = "123456789012";

/// The region the stand-in is unless told otherwise.
pub const DEFAULT_REGION: &str = "us-east-1";

/// A message the stand-in accepted, as it was published.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Published {
    /// The `MessageId` it was answered with.
    pub message_id: String,
    /// Its body.
    pub message: String,
    /// Its `Subject`, if it had one.
    pub subject: Option<String>,
    /// Its `MessageStructure` (`json`), if it had one.
    pub message_structure: Option<String>,
    /// Its message attributes, by name.
    pub message_attributes: BTreeMap<String, MessageAttributeValue>,
    /// FIFO: its `MessageGroupId`.
    pub message_group_id: Option<String>,
    /// FIFO: its `MessageDeduplicationId`, if it was given one.
    pub message_deduplication_id: Option<String>,
    /// FIFO: the `SequenceNumber` it was given.
    pub sequence_number: Option<String>,
}

/// The state of a stand-in SNS, and the handlers that serve it. Clones share the state: keep
/// one to look into it while an endpoint serves it.
#[derive(Clone)]
pub struct Simulator {
    store: Shared<Store>,
}

impl fmt::Debug for Simulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let store = self.store.lock();
        f.debug_struct("Simulator")
            .field("account_id", &store.account_id)
            .field("region", &store.region)
            .field("topics", &store.topics.len())
            .finish()
    }
}

impl Default for Simulator {
    fn default() -> Self {
        Self::new()
    }
}

impl Simulator {
    /// An empty stand-in for account [`DEFAULT_ACCOUNT_ID`] in [`DEFAULT_REGION`], on the system
    /// clock.
    pub fn new() -> Self {
        Self {
            store: Shared::new(Store::new(DEFAULT_ACCOUNT_ID.to_owned(), DEFAULT_REGION.to_owned(), system_clock())),
        }
    }

    /// A builder to choose the account, the region and the clock.
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// The ARN topic `name` has, or would have, in this stand-in.
    pub fn topic_arn(&self, name: &str) -> String {
        self.store.lock().topic_arn(name)
    }

    /// What was published to `destination` (a topic's ARN, or a phone number), in the order it
    /// was accepted; empty for a topic that is not there (any more).
    pub fn published(&self, destination: &str) -> Vec<Published> {
        let store = self.store.lock();
        if let Some(texts) = store.texts.get(destination) {
            return texts.clone();
        }
        match store.topic_name(destination, "TopicArn") {
            Ok(name) => store.topics.get(name).map(|topic| topic.published.clone()).unwrap_or_default(),
            Err(_) => Vec::new(),
        }
    }

    /// The attributes of topic `topic_arn`, as they were set, if it exists.
    pub fn topic_attributes(&self, topic_arn: &str) -> Option<BTreeMap<String, String>> {
        let store = self.store.lock();
        let name = store.topic_name(topic_arn, "TopicArn").ok()?;
        store.topics.get(name).map(|topic| topic.attributes.clone())
    }

    /// The tags of topic `topic_arn`, if it exists.
    pub fn topic_tags(&self, topic_arn: &str) -> Option<BTreeMap<String, String>> {
        let store = self.store.lock();
        let name = store.topic_name(topic_arn, "TopicArn").ok()?;
        store.topics.get(name).map(|topic| topic.tags.clone())
    }

    /// An endpoint that accepts requests signed with `credentials` and serves all 8 operations
    /// from this stand-in. Register a handler of your own afterwards to replace one.
    pub fn endpoint(&self, credentials: Credentials) -> LocalEndpoint<Sns> {
        self.register(LocalEndpoint::new(credentials))
    }

    /// Registers the stand-in's 8 handlers on `endpoint`, replacing any it had for them.
    pub fn register(&self, endpoint: LocalEndpoint<Sns>) -> LocalEndpoint<Sns> {
        endpoint
            .handle_replying(self.store.serve(Store::create_topic))
            .handle_replying(self.store.serve(Store::list_topics))
            .handle_replying(self.store.serve(Store::set_topic_attributes))
            .handle_replying(self.store.serve(Store::delete_topic))
            .handle_replying(self.store.serve(Store::publish))
            .handle_replying(self.store.serve(Store::publish_batch))
            .handle_replying(self.store.serve(Store::subscribe))
            .handle_replying(self.store.serve(Store::list_subscriptions_by_topic))
    }
}

/// Builds a [`Simulator`]: its account, region and clock.
pub type SimulatorBuilder = crate::stand_in::Builder<Simulator>;

impl crate::stand_in::Regional for Simulator {
    const DEFAULT_ACCOUNT_ID: &'static str = DEFAULT_ACCOUNT_ID;
    const DEFAULT_REGION: &'static str = DEFAULT_REGION;

    fn from_settings(account_id: String, region: String, clock: Clock) -> Self {
        Simulator { store: Shared::new(Store::new(account_id, region, clock)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_of_the_slice_has_a_handler() {
        let endpoint = Simulator::new().endpoint(Credentials::new("AKID", "secret", None, None));
        assert_eq!(crate::stand_in::tests::serves_all(&endpoint, &aws_operation_sns::operations()), 8);
    }

    #[test]
    fn settings_that_arns_cannot_hold_are_refused() {
        assert!(Simulator::builder().account_id("1234").build().is_err());
        let err = Simulator::builder().region("moon").build().unwrap_err();
        assert_eq!(err.to_string(), "`region` must be a region such as `us-east-1`, got `moon`");
        let simulator = Simulator::builder().account_id("444455556666").region("eu-west-1").build().unwrap();
        assert_eq!(simulator.topic_arn("t"), "arn:aws:sns:eu-west-1:444455556666:t");
    }
}
