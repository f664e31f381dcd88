//! The SNS stand-in (aws-operation-local-endpoint's `sns`) driven by the SNS slice's typed
//! client over loopback, awsQuery forms in and XML out: the lifecycle tests/sns_moto.rs runs
//! against moto, here with what moto does not do as SNS does (paging without a token after the
//! last page, `Topic does not exist` on publishing, FIFO rules), and the endpoint's signature
//! check.

use std::collections::{BTreeMap, BTreeSet};

use aws_operation::{Config, Credentials, Error};
use aws_operation_local_endpoint::sns::Simulator;
use aws_operation_sns::{
    CreateTopicError, ListTopicsError, MessageAttributeValue, PublishBatchError, PublishBatchRequestEntry,
    PublishError, Sns, SubscribeError, Tag,
};
use futures_util::TryStreamExt;

const REGION: &str = "us-east-1";
const ACCOUNT: &str = "123456789012";

fn credentials() -> Credentials {
    Credentials::new("AKIDSNSLOCAL", "sns-local-secret", None, None)
}

fn client(url: &str, credentials: Credentials) -> Sns {
    let config =
        Config::builder().region(REGION).credentials(credentials).endpoint_url(url).max_attempts(1).build().unwrap();
    Sns::new(&config).unwrap()
}

fn entry(id: &str, message: &str) -> PublishBatchRequestEntry {
    PublishBatchRequestEntry::builder().id(id).message(message).build().unwrap()
}

/// Whether `id` is shaped as a UUID: 8-4-4-4-12 lower-case hex digits.
fn is_uuid(id: &str) -> bool {
    let groups: Vec<&str> = id.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
}

#[tokio::test]
async fn topics_are_created_published_to_subscribed_changed_and_deleted() {
    let simulator = Simulator::new();
    let endpoint = simulator.endpoint(credentials()).start().await.unwrap();
    let sns = client(&endpoint.url(), credentials());
    let tags = vec![Tag { key: "team".into(), value: "core".into() }];
    let attributes = BTreeMap::from([("DisplayName".to_owned(), "Orders".to_owned())]);
    let created = sns.create_topic().name("orders").attributes(attributes.clone()).tags(tags.clone()).send().await;
    let created = created.unwrap();
    assert!(created.request_id().is_some_and(|id| id.starts_with("local-")), "the id in <ResponseMetadata>");
    let arn = created.into_inner().topic_arn.unwrap();
    assert_eq!(arn, format!("arn:aws:sns:{REGION}:{ACCOUNT}:orders"));
    assert_eq!(simulator.topic_tags(&arn), Some(BTreeMap::from([("team".into(), "core".into())])));

    // The same name is the same topic; with other attributes it is refused.
    let again = sns.create_topic().name("orders").attributes(attributes).send().await.unwrap();
    assert_eq!(again.topic_arn.as_deref(), Some(arn.as_str()));
    let other = BTreeMap::from([("DisplayName".to_owned(), "Other".to_owned())]);
    let error = sns.create_topic().name("orders").attributes(other).send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    let CreateTopicError::InvalidParameterException(invalid) = &e.error else { panic!("{e:?}") };
    assert_eq!(
        invalid.message.as_deref(),
        Some("Invalid parameter: Attributes Reason: Topic already exists with different attributes")
    );
    for name in ["has space", "dotted.fifo", ""] {
        let error = sns.create_topic().name(name).send().await.unwrap_err();
        let Error::Service(e) = &error else { panic!("{error:?}") };
        assert_eq!((e.meta.code.as_str(), e.meta.status), ("InvalidParameter", 400), "{name}");
    }

    // Publish, with attributes of each type: kept as sent.
    let message_attributes = BTreeMap::from([
        ("colour".to_owned(), MessageAttributeValue::string("blue & green")),
        ("count".to_owned(), MessageAttributeValue::number(42)),
        ("payload".to_owned(), MessageAttributeValue::binary(vec![0, 159, 255])),
    ]);
    let sent = sns
        .publish()
        .topic_arn(&arn)
        .message("order 42 shipped")
        .subject("Shipped")
        .message_attributes(message_attributes.clone())
        .send()
        .await
        .unwrap();
    let message_id = sent.message_id.clone().unwrap();
    assert!(is_uuid(&message_id), "{message_id}");
    let published = simulator.published(&arn);
    assert_eq!(published.len(), 1);
    assert_eq!(
        (published[0].message_id.as_str(), published[0].message.as_str()),
        (message_id.as_str(), "order 42 shipped")
    );
    assert_eq!(published[0].subject.as_deref(), Some("Shipped"));
    assert_eq!(published[0].message_attributes, message_attributes);

    // Attributes SNS refuses: the typed error with SNS's reason.
    let not_a_number =
        MessageAttributeValue { data_type: "Number".into(), string_value: Some("many".into()), binary_value: None };
    let error = sns
        .publish()
        .topic_arn(&arn)
        .message("m")
        .message_attributes(BTreeMap::from([("n".to_owned(), not_a_number)]))
        .send()
        .await
        .unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    let PublishError::InvalidParameterException(invalid) = &e.error else { panic!("{e:?}") };
    assert_eq!(
        invalid.message.as_deref(),
        Some("Invalid parameter: MessageAttributes Reason: Could not cast message attribute 'n' value to number.")
    );
    let no_value = MessageAttributeValue { data_type: "String".into(), string_value: None, binary_value: None };
    let error = sns
        .publish()
        .topic_arn(&arn)
        .message("m")
        .message_attributes(BTreeMap::from([("s".to_owned(), no_value)]))
        .send()
        .await
        .unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert!(matches!(&e.error, PublishError::InvalidParameterException(_)), "{e:?}");
    assert_eq!(simulator.published(&arn).len(), 1, "refused messages are not kept");

    // Subscribe: queues at once, URLs and mail pending unless the ARN is asked for.
    let queue = format!("arn:aws:sqs:{REGION}:{ACCOUNT}:inbox");
    let subscribed = sns.subscribe().topic_arn(&arn).protocol("sqs").endpoint(&queue).send().await.unwrap();
    let subscription_arn = subscribed.into_inner().subscription_arn.unwrap();
    let id = subscription_arn.strip_prefix(&format!("{arn}:")).unwrap();
    assert!(is_uuid(id), "{subscription_arn}");
    let again = sns.subscribe().topic_arn(&arn).protocol("sqs").endpoint(&queue).send().await.unwrap();
    assert_eq!(again.subscription_arn.as_deref(), Some(subscription_arn.as_str()), "the same subscription");
    let hook = sns.subscribe().topic_arn(&arn).protocol("https").endpoint("https://example.com/hook").send().await;
    assert_eq!(hook.unwrap().subscription_arn.as_deref(), Some("pending confirmation"));
    let mail = sns
        .subscribe()
        .topic_arn(&arn)
        .protocol("email")
        .endpoint("ops@example.com")
        .return_subscription_arn(true)
        .send()
        .await
        .unwrap();
    assert!(mail.subscription_arn.as_deref().is_some_and(|a| a.starts_with(&format!("{arn}:"))), "{mail:?}");
    let error = sns.subscribe().topic_arn(&arn).protocol("pigeon").endpoint("roof").send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    let SubscribeError::InvalidParameterException(invalid) = &e.error else { panic!("{e:?}") };
    assert_eq!(
        invalid.message.as_deref(),
        Some("Invalid parameter: Amazon SNS does not support this protocol string: pigeon")
    );

    let listed = sns.list_subscriptions_by_topic().topic_arn(&arn).send().await.unwrap().into_inner();
    assert_eq!(listed.next_token, None);
    let subscriptions = listed.subscriptions.unwrap();
    let seen: Vec<_> = subscriptions
        .iter()
        .map(|s| (s.protocol.as_deref().unwrap(), s.subscription_arn.as_deref().unwrap()))
        .collect();
    assert_eq!(
        seen,
        [("sqs", subscription_arn.as_str()), ("https", "PendingConfirmation"), ("email", "PendingConfirmation")]
    );
    assert_eq!(subscriptions[0].owner.as_deref(), Some(ACCOUNT));
    assert_eq!(subscriptions[0].endpoint.as_deref(), Some(queue.as_str()));
    assert_eq!(subscriptions[0].topic_arn.as_deref(), Some(arn.as_str()));

    // Change an attribute.
    sns.set_topic_attributes()
        .topic_arn(&arn)
        .attribute_name("DisplayName")
        .attribute_value("Shipping")
        .send()
        .await
        .unwrap();
    assert_eq!(simulator.topic_attributes(&arn).unwrap()["DisplayName"], "Shipping");
    let error =
        sns.set_topic_attributes().topic_arn(&arn).attribute_name("FifoTopic").attribute_value("true").send().await;
    let Error::Service(e) = &error.unwrap_err() else { panic!() };
    assert_eq!(e.meta.code, "InvalidParameter");

    // Delete: gone from the listing, with its subscriptions; publishing to it is the typed error.
    sns.delete_topic().topic_arn(&arn).send().await.unwrap();
    let topics = sns.list_topics().send().await.unwrap().into_inner().topics.unwrap_or_default();
    assert!(topics.is_empty(), "{topics:?}");
    let error = sns.publish().topic_arn(&arn).message("too late").send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    let PublishError::NotFoundException(not_found) = &e.error else { panic!("{e:?}") };
    assert_eq!(not_found.message.as_deref(), Some("Topic does not exist"));
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("NotFound", 404));
    assert!(e.meta.request_id.as_deref().is_some_and(|id| id.starts_with("local-")), "{:?}", e.meta);
    assert_eq!(not_found.to_string(), "NotFoundException: Topic does not exist");
    let error = sns.list_subscriptions_by_topic().topic_arn(&arn).send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert_eq!(e.meta.code, "NotFound");
    sns.delete_topic().topic_arn(&arn).send().await.expect("DeleteTopic is idempotent");
    assert!(simulator.published(&arn).is_empty());
}

#[tokio::test]
async fn batches_report_each_entry_and_their_errors_are_typed() {
    let simulator = Simulator::new();
    let endpoint = simulator.endpoint(credentials()).start().await.unwrap();
    let sns = client(&endpoint.url(), credentials());
    let arn = sns.create_topic().name("batches").send().await.unwrap().into_inner().topic_arn.unwrap();

    let mut with_attribute = entry("one", "first");
    with_attribute.message_attributes = Some(BTreeMap::from([("size".to_owned(), MessageAttributeValue::number(1.5))]));
    let mut bad = entry("bad", "third");
    bad.message_structure = Some("xml".into());
    let out = sns
        .publish_batch()
        .topic_arn(&arn)
        .publish_batch_request_entries(vec![with_attribute, entry("two", "second"), bad])
        .send()
        .await
        .unwrap()
        .into_inner();
    let successful = out.successful.unwrap_or_default();
    let ids: Vec<_> = successful.iter().map(|e| e.id.as_deref().unwrap_or_default()).collect();
    assert_eq!(ids, ["one", "two"]);
    assert!(successful.iter().all(|e| e.message_id.as_deref().is_some_and(is_uuid)), "{successful:?}");
    let failed = out.failed.unwrap_or_default();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(
        (failed[0].id.as_str(), failed[0].code.as_str(), failed[0].sender_fault),
        ("bad", "InvalidParameter", true)
    );
    assert_eq!(failed[0].message.as_deref(), Some("Invalid parameter: MessageStructure must be 'json' if provided"));
    let kept: Vec<String> = simulator.published(&arn).into_iter().map(|p| p.message).collect();
    assert_eq!(kept, ["first", "second"]);

    let error = sns
        .publish_batch()
        .topic_arn(&arn)
        .publish_batch_request_entries(vec![entry("same", "a"), entry("same", "b")])
        .send()
        .await
        .unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    let PublishBatchError::BatchEntryIdsNotDistinctException(distinct) = &e.error else { panic!("{e:?}") };
    assert_eq!(distinct.message.as_deref(), Some("Two or more batch entries in the request have the same Id."));
    assert_eq!(e.meta.code, "BatchEntryIdsNotDistinct");

    let eleven: Vec<_> = (0..11).map(|i| entry(&format!("m{i}"), "x")).collect();
    let error = sns.publish_batch().topic_arn(&arn).publish_batch_request_entries(eleven).send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert!(matches!(e.error, PublishBatchError::TooManyEntriesInBatchRequestException(_)), "{e:?}");

    let error = sns.publish_batch().topic_arn(&arn).publish_batch_request_entries(vec![]).send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert!(matches!(e.error, PublishBatchError::EmptyBatchRequestException(_)), "{e:?}");
    assert_eq!(e.meta.code, "EmptyBatchRequest");

    let error = sns.publish_batch().topic_arn(&arn).publish_batch_request_entries(vec![entry("a b", "x")]).send().await;
    let Error::Service(e) = &error.unwrap_err() else { panic!() };
    assert!(matches!(e.error, PublishBatchError::InvalidBatchEntryIdException(_)), "{e:?}");
    assert_eq!(simulator.published(&arn).len(), 2, "a refused batch keeps nothing");
}

#[tokio::test]
async fn fifo_topics_need_groups_and_deduplicate() {
    let simulator = Simulator::new();
    let endpoint = simulator.endpoint(credentials()).start().await.unwrap();
    let sns = client(&endpoint.url(), credentials());
    let fifo = BTreeMap::from([("FifoTopic".to_owned(), "true".to_owned())]);
    let error = sns.create_topic().name("no-suffix").attributes(fifo.clone()).send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    let CreateTopicError::InvalidParameterException(invalid) = &e.error else { panic!("{e:?}") };
    assert_eq!(invalid.message.as_deref(), Some("Invalid parameter: Topic Name"));
    let arn = sns.create_topic().name("orders.fifo").attributes(fifo).send().await.unwrap().into_inner().topic_arn;
    let arn = arn.unwrap();

    let error = sns.publish().topic_arn(&arn).message("m").message_deduplication_id("d").send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert!(matches!(e.error, PublishError::InvalidParameterException(_)), "{e:?}");
    let error = sns.publish().topic_arn(&arn).message("m").message_group_id("g").send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert!(matches!(e.error, PublishError::InvalidParameterException(_)), "{e:?}");

    let send = |dedup: &'static str| {
        sns.publish().topic_arn(&arn).message("m").message_group_id("g").message_deduplication_id(dedup).send()
    };
    let first = send("d1").await.unwrap().into_inner();
    let repeated = send("d1").await.unwrap().into_inner();
    let second = send("d2").await.unwrap().into_inner();
    assert_eq!(first, repeated, "a repeated deduplication id answers the first message's ids");
    assert_eq!(first.sequence_number.as_deref(), Some("00000000000000000001"));
    assert_eq!(second.sequence_number.as_deref(), Some("00000000000000000002"));
    assert_eq!(simulator.published(&arn).len(), 2);

    let error = sns
        .subscribe()
        .topic_arn(&arn)
        .protocol("https")
        .endpoint("https://example.com/hook")
        .send()
        .await
        .unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert_eq!(e.meta.code, "InvalidParameter");
}

#[tokio::test]
async fn topics_and_subscriptions_are_listed_over_pages() {
    let endpoint = Simulator::new().endpoint(credentials()).start().await.unwrap();
    let sns = client(&endpoint.url(), credentials());
    const TOPICS: usize = 150;
    let mut created = BTreeSet::new();
    for i in 0..TOPICS {
        let out = sns.create_topic().name(format!("paged-{i:03}")).send().await.unwrap();
        created.insert(out.into_inner().topic_arn.unwrap());
    }

    // By hand: a token after the first page only.
    let first = sns.list_topics().send().await.unwrap().into_inner();
    assert_eq!(first.topics.as_ref().map(Vec::len), Some(100));
    let token = first.next_token.clone().unwrap();
    assert!(!token.contains("paged"), "the token is opaque: {token}");
    let second = sns.list_topics().next_token(&token).send().await.unwrap().into_inner();
    assert_eq!((second.topics.as_ref().map(Vec::len), second.next_token), (Some(50), None));

    // With the paginator: pages, then items, each topic once.
    let pages: Vec<_> = sns.list_topics().into_paginator().pages().try_collect().await.unwrap();
    assert_eq!(pages.iter().map(|p| p.topics.as_ref().map_or(0, Vec::len)).collect::<Vec<_>>(), [100, 50]);
    let items: Vec<_> = sns.list_topics().into_paginator().items().try_collect().await.unwrap();
    let arns: Vec<String> = items.into_iter().filter_map(|t| t.topic_arn).collect();
    assert_eq!(arns.len(), TOPICS);
    assert_eq!(arns.into_iter().collect::<BTreeSet<_>>(), created);

    let error = sns.list_topics().next_token("not-a-token").send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    let ListTopicsError::InvalidParameterException(invalid) = &e.error else { panic!("{e:?}") };
    assert_eq!(invalid.message.as_deref(), Some("Invalid parameter: NextToken"));

    let topic = created.first().unwrap().clone();
    const SUBSCRIPTIONS: usize = 105;
    let mut subscribed = Vec::new();
    for i in 0..SUBSCRIPTIONS {
        let queue = format!("arn:aws:sqs:{REGION}:{ACCOUNT}:queue-{i:03}");
        let out = sns.subscribe().topic_arn(&topic).protocol("sqs").endpoint(queue).send().await.unwrap();
        subscribed.push(out.into_inner().subscription_arn.unwrap());
    }
    let pages: Vec<_> =
        sns.list_subscriptions_by_topic().topic_arn(&topic).into_paginator().pages().try_collect().await.unwrap();
    let sizes: Vec<usize> = pages.iter().map(|p| p.subscriptions.as_ref().map_or(0, Vec::len)).collect();
    assert_eq!(sizes, [100, 5]);
    let listed: Vec<String> = pages
        .into_iter()
        .flat_map(|p| p.into_inner().subscriptions.unwrap_or_default())
        .filter_map(|s| s.subscription_arn)
        .collect();
    assert_eq!(listed, subscribed, "in the order they were made, each once");
}

#[tokio::test]
async fn the_endpoint_refuses_a_bad_signature() {
    let simulator = Simulator::new();
    let endpoint = simulator.endpoint(credentials()).start().await.unwrap();
    let forged = Credentials::new("AKIDSNSLOCAL", "not-the-secret", None, None);
    let error = client(&endpoint.url(), forged).create_topic().name("never").send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("InvalidSignatureException", 403), "{e:?}");
    let unknown = Credentials::new("AKIDSOMEONEELSE", "sns-local-secret", None, None);
    let error = client(&endpoint.url(), unknown).list_topics().send().await.unwrap_err();
    let Error::Service(e) = &error else { panic!("{error:?}") };
    assert_eq!(e.meta.status, 403, "{e:?}");
    assert!(simulator.topic_attributes(&simulator.topic_arn("never")).is_none(), "nothing was created");
}
