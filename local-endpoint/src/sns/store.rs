//! The state of a stand-in SNS (topics, their subscriptions and what was published to them),
//! SNS's errors as the handlers fail with them, and what the operations share: ARNs, page
//! tokens, ids.

use std::collections::BTreeMap;

use aws_operation::http::HttpResponse;
use aws_operation::idempotency::{TokenGenerator, UuidV4};
use aws_operation::protocol::ServerProtocol;
use aws_operation_sns::{
    BatchEntryIdsNotDistinctException, BatchRequestTooLongException, EmptyBatchRequestException,
    InvalidBatchEntryIdException, InvalidParameterException, NotFoundException, Tag,
    TooManyEntriesInBatchRequestException,
};

use super::Published;
use crate::endpoint::Reply;
use crate::stand_in::{Clock, partition};

/// How many topics or subscriptions a page lists, as SNS pages them.
pub(crate) const PAGE: usize = 100;

pub(crate) struct Store {
    pub(crate) account_id: String,
    pub(crate) region: String,
    pub(crate) clock: Clock,
    /// By name, which is also the order they are listed in.
    pub(crate) topics: BTreeMap<String, Topic>,
    /// What was sent to phone numbers, by number.
    pub(crate) texts: BTreeMap<String, Vec<Published>>,
    /// The number of the next subscription, for the order they are listed in.
    pub(crate) next_subscription: u64,
}

pub(crate) struct Topic {
    pub(crate) arn: String,
    pub(crate) fifo: bool,
    /// Every attribute set, by name, as given.
    pub(crate) attributes: BTreeMap<String, String>,
    pub(crate) tags: BTreeMap<String, String>,
    /// By number, in the order they were made.
    pub(crate) subscriptions: BTreeMap<u64, Subscription>,
    pub(crate) published: Vec<Published>,
    /// FIFO: the last sequence number given.
    pub(crate) sequence: u64,
    /// FIFO: the messages of the deduplication interval, by deduplication id: when, with which id
    /// and sequence number.
    pub(crate) deduplicated: BTreeMap<String, (f64, String, String)>,
}

pub(crate) struct Subscription {
    pub(crate) arn: String,
    pub(crate) protocol: String,
    pub(crate) endpoint: String,
    pub(crate) attributes: BTreeMap<String, String>,
    pub(crate) confirmed: bool,
}

/// Why an operation failed, before it is written as one of SNS's errors.
#[derive(Debug)]
pub(crate) enum Failure {
    /// `InvalidParameter` (400): the message says which parameter, as SNS words it.
    InvalidParameter(String),
    /// `NotFound` (404).
    NotFound(&'static str),
    /// `EmptyBatchRequest` (400).
    EmptyBatch,
    /// `TooManyEntriesInBatchRequest` (400).
    TooManyEntries,
    /// `BatchEntryIdsNotDistinct` (400).
    IdsNotDistinct,
    /// `InvalidBatchEntryId` (400).
    InvalidBatchEntryId,
    /// `BatchRequestTooLong` (400).
    BatchTooLong,
}

impl Reply for Failure {
    fn response<P: ServerProtocol>(self) -> HttpResponse {
        let text = |m: &str| Some(m.to_owned());
        match self {
            Failure::InvalidParameter(message) => P::write_error(&InvalidParameterException { message: Some(message) }),
            Failure::NotFound(message) => P::write_error(&NotFoundException { message: text(message) }),
            Failure::EmptyBatch => P::write_error(&EmptyBatchRequestException {
                message: text("The batch request doesn't contain any entries."),
            }),
            Failure::TooManyEntries => P::write_error(&TooManyEntriesInBatchRequestException {
                message: text("The batch request contains more entries than permissible."),
            }),
            Failure::IdsNotDistinct => P::write_error(&BatchEntryIdsNotDistinctException {
                message: text("Two or more batch entries in the request have the same Id."),
            }),
            Failure::InvalidBatchEntryId => P::write_error(&InvalidBatchEntryIdException {
                message: text(
                    "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be \
                     at most 80 letters long.",
                ),
            }),
            Failure::BatchTooLong => P::write_error(&BatchRequestTooLongException {
                message: text("The length of all the messages put together is more than the limit."),
            }),
        }
    }
}

/// `Invalid parameter: <what>`, SNS's `InvalidParameter` message.
pub(crate) fn invalid(what: impl std::fmt::Display) -> Failure {
    Failure::InvalidParameter(format!("Invalid parameter: {what}"))
}

/// The message of a topic that is not there.
pub(crate) const NO_TOPIC: &str = "Topic does not exist";

impl Store {
    pub(crate) fn new(account_id: String, region: String, clock: Clock) -> Self {
        Self { account_id, region, clock, topics: BTreeMap::new(), texts: BTreeMap::new(), next_subscription: 0 }
    }

    /// The ARN of topic `name`.
    pub(crate) fn topic_arn(&self, name: &str) -> String {
        format!("arn:{}:sns:{}:{}:{name}", partition(&self.region), self.region, self.account_id)
    }

    /// The name of the topic `arn` names: an ARN that is not an SNS one is an
    /// `InvalidParameter`, one of another region or account names no topic of this stand-in.
    pub(crate) fn topic_name<'a>(&self, arn: &'a str, member: &str) -> Result<&'a str, Failure> {
        let parts: Vec<&str> = arn.splitn(6, ':').collect();
        let [prefix, partition, service, region, account, name] = parts.as_slice() else {
            return Err(invalid(member));
        };
        if *prefix != "arn" || partition.is_empty() || *service != "sns" || name.is_empty() || name.contains(':') {
            return Err(invalid(member));
        }
        if *region != self.region || *account != self.account_id {
            return Err(Failure::NotFound(NO_TOPIC));
        }
        Ok(name)
    }

    /// The topic `arn` names, which must exist.
    pub(crate) fn topic_mut(&mut self, arn: &str, member: &str) -> Result<&mut Topic, Failure> {
        let name = self.topic_name(arn, member)?;
        self.topics.get_mut(name).ok_or(Failure::NotFound(NO_TOPIC))
    }
}

/// A topic's tags as a map, the last of a key winning.
pub(crate) fn tag_map(tags: &[Tag]) -> BTreeMap<String, String> {
    tags.iter().map(|tag| (tag.key.clone(), tag.value.clone())).collect()
}

/// A new id, UUID-shaped, as SNS's message and subscription ids are.
pub(crate) fn new_id() -> String {
    UuidV4.token()
}

/// The page token that continues after `key`: opaque to callers (hex), read back by
/// [`after`].
pub(crate) fn token(key: &str) -> String {
    key.bytes().map(|b| format!("{b:02x}")).collect()
}

/// The key a [`token`] continues after; a token this stand-in did not give is an
/// `InvalidParameter`, as SNS answers one.
pub(crate) fn after(token: &str) -> Result<String, Failure> {
    let bad = || invalid("NextToken");
    if token.is_empty() || !token.len().is_multiple_of(2) {
        return Err(bad());
    }
    let bytes = (0..token.len())
        .step_by(2)
        .map(|i| token.get(i..i + 2).and_then(|pair| u8::from_str_radix(pair, 16).ok()))
        .collect::<Option<Vec<u8>>>()
        .ok_or_else(bad)?;
    String::from_utf8(bytes).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stand_in::is_region;

    #[test]
    fn tokens_read_back_and_others_are_refused() {
        assert_eq!(after(&token("paged-099")).unwrap(), "paged-099");
        assert!(matches!(after("zz"), Err(Failure::InvalidParameter(_))));
        assert!(after("abc").is_err() && after("").is_err());
        assert!(is_region("us-east-1") && is_region("us-gov-west-1") && !is_region("moon") && !is_region("us-east"));
        assert_eq!(partition("cn-north-1"), "aws-cn");
    }
}
