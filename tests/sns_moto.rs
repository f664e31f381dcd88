//! The SNS slice against a real server: moto's (`moto_server`, see tests/support/moto.rs). Every
//! call goes through the typed slice, signed, over HTTP, as awsQuery forms with XML answers;
//! what the slice cannot read back (a topic's attributes and tags, what an SQS subscriber
//! received) is asked of moto directly (tests/support/sns.rs).
//!
//! Without moto these tests fail and say how to install it (`.ci/run` does). Each test starts
//! its own server, which stops when the test ends, however it ends.
//!
//! Where moto differs from SNS: it pages `ListTopics` and `ListSubscriptionsByTopic` at 100
//! and hands out a `NextToken` after a full page even when nothing follows (the next page is
//! empty); `PublishBatch` reports a failed entry only for its `InvalidParameter` problems, with
//! that code; `Subscribe` to an SQS queue that does not exist succeeds; `Publish` to a topic
//! that does not exist says `Endpoint does not exist` (it looks for a mobile endpoint next);
//! and its errors repeat the message as `<message>` beside `<Message>`, where SNS sends
//! `<Message>` alone, so that case is covered against the scripted server of `support`.

#[path = "support/moto.rs"]
mod moto;
#[path = "support/sns.rs"]
mod sns;
mod support;

use std::collections::{BTreeMap, BTreeSet};

use aws_operation::{Blob, Error};
use aws_operation_sns::{
    MessageAttributeValue, PublishBatchError, PublishBatchRequestEntry, PublishError, Sns, SubscribeError, Tag,
};
use futures_util::{StreamExt, TryStreamExt};
use moto::Moto;
use serde_json::Value;
use sns::{MAX_PAGES, client, topic_arn};
use support::{Reply, Server};

/// The binary attribute's bytes: not UTF-8, so that only base64 carries them.
const BINARY: &[u8] = &[0, 159, 146, 150, 255, 1];

fn entry(id: &str, message: &str) -> PublishBatchRequestEntry {
    PublishBatchRequestEntry::builder().id(id).message(message).build().expect("an entry")
}

#[tokio::test]
async fn topics_are_created_published_to_subscribed_changed_and_deleted() {
    let moto = Moto::start();
    let client = client(&moto.url);

    // Create, with attributes and tags; creating again is idempotent.
    let attributes = BTreeMap::from([("DisplayName".to_owned(), "Orders".to_owned())]);
    let tags = vec![Tag { key: "team".into(), value: "core".into() }, Tag { key: "tier".into(), value: "".into() }];
    let created = client
        .create_topic()
        .name("orders")
        .attributes(attributes.clone())
        .tags(tags.clone())
        .send()
        .await
        .expect("CreateTopic");
    let arn = created.topic_arn.clone().expect("a topic ARN");
    assert_eq!(arn, topic_arn("orders"));
    assert!(created.request_id().is_some_and(|id| !id.is_empty()), "moto sends a RequestId");
    let again = client.create_topic().name("orders").send().await.expect("CreateTopic again");
    assert_eq!(again.topic_arn.as_deref(), Some(arn.as_str()));
    assert_eq!(sns::topic_attributes(&moto, &arn).get("DisplayName").map(String::as_str), Some("Orders"));
    let stored_tags = sns::topic_tags(&moto, &arn);
    assert_eq!(stored_tags, BTreeMap::from([("team".into(), "core".into()), ("tier".into(), "".into())]));

    // Subscribe a queue, which receives what the topic delivers.
    let (queue_url, queue_arn) = sns::create_queue(&moto, "orders-inbox");
    let subscribed = client
        .subscribe()
        .topic_arn(&arn)
        .protocol("sqs")
        .endpoint(&queue_arn)
        .return_subscription_arn(true)
        .send()
        .await
        .expect("Subscribe");
    let subscription_arn = subscribed.subscription_arn.clone().expect("a subscription ARN");
    assert!(subscription_arn.starts_with(&format!("{arn}:")), "{subscription_arn}");

    // Publish with a string, a number and a binary attribute.
    let message_attributes = BTreeMap::from([
        ("colour".to_owned(), MessageAttributeValue::string("blue & green")),
        ("count".to_owned(), MessageAttributeValue::number(42)),
        ("payload".to_owned(), MessageAttributeValue::binary(BINARY)),
    ]);
    let published = client
        .publish()
        .topic_arn(&arn)
        .message("order 42 shipped")
        .subject("Shipped")
        .message_attributes(message_attributes)
        .send()
        .await
        .expect("Publish");
    let message_id = published.message_id.clone().expect("a message id");
    assert!(!message_id.is_empty());

    // What the queue got: SNS's notification, the attributes as SNS forwards them.
    let bodies = sns::receive_messages(&moto, &queue_url);
    assert_eq!(bodies.len(), 1, "{bodies:?}");
    let notification: Value = serde_json::from_str(&bodies[0]).expect("a JSON notification");
    assert_eq!(notification["MessageId"], message_id.as_str());
    assert_eq!(notification["Message"], "order 42 shipped");
    assert_eq!(notification["Subject"], "Shipped");
    assert_eq!(notification["TopicArn"], arn.as_str());
    let forwarded = &notification["MessageAttributes"];
    assert_eq!(forwarded["colour"], serde_json::json!({"Type": "String", "Value": "blue & green"}));
    assert_eq!(forwarded["count"], serde_json::json!({"Type": "Number", "Value": "42"}));
    let payload = Blob::from_base64(forwarded["payload"]["Value"].as_str().expect("a base64 value"));
    assert_eq!(forwarded["payload"]["Type"], "Binary");
    assert_eq!(payload.expect("base64").as_bytes(), BINARY);

    // A JSON message structure: the queue gets the `sqs` text.
    let structured = r#"{"default": "fallback", "sqs": "for queues"}"#;
    let sent = client.publish().topic_arn(&arn).message(structured).message_structure("json").send().await;
    sent.expect("Publish with MessageStructure json");
    let bodies = sns::receive_messages(&moto, &queue_url);
    let notification: Value = serde_json::from_str(bodies.first().expect("one message")).expect("JSON");
    assert_eq!(notification["Message"], "for queues");

    // The topic's subscriptions: the queue's.
    let listed = client.list_subscriptions_by_topic().topic_arn(&arn).send().await.expect("ListSubscriptionsByTopic");
    let listed = listed.into_inner();
    let subscriptions = listed.subscriptions.expect("subscriptions");
    assert_eq!(subscriptions.len(), 1);
    assert_eq!(subscriptions[0].subscription_arn.as_deref(), Some(subscription_arn.as_str()));
    assert_eq!(subscriptions[0].protocol.as_deref(), Some("sqs"));
    assert_eq!(subscriptions[0].endpoint.as_deref(), Some(queue_arn.as_str()));
    assert_eq!(subscriptions[0].topic_arn.as_deref(), Some(arn.as_str()));
    assert_eq!(subscriptions[0].owner.as_deref(), Some(sns::ACCOUNT));
    assert_eq!(listed.next_token, None);

    // Change an attribute; moto reports it back.
    client
        .set_topic_attributes()
        .topic_arn(&arn)
        .attribute_name("DisplayName")
        .attribute_value("Shipping")
        .send()
        .await
        .expect("SetTopicAttributes");
    assert_eq!(sns::topic_attributes(&moto, &arn).get("DisplayName").map(String::as_str), Some("Shipping"));

    // Delete: the topic is gone from the listing, and publishing to it is the modeled error.
    client.delete_topic().topic_arn(&arn).send().await.expect("DeleteTopic");
    let topics = client.list_topics().send().await.expect("ListTopics").into_inner().topics.unwrap_or_default();
    assert!(topics.iter().all(|t| t.topic_arn.as_deref() != Some(arn.as_str())), "{topics:?}");
    let err = client.publish().topic_arn(&arn).message("too late").send().await.expect_err("the topic is gone");
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let PublishError::NotFoundException(not_found) = &service.error else {
        panic!("expected NotFoundException, got {:?}", service.error)
    };
    // moto looks for a mobile endpoint once the topic is not found, and says so.
    assert_eq!(not_found.message.as_deref(), Some("Endpoint does not exist"));
    assert_eq!((service.meta.code.as_str(), service.meta.status), ("NotFound", 404));
    assert!(service.meta.request_id.as_deref().is_some_and(|id| !id.is_empty()), "{:?}", service.meta);
    assert_eq!(not_found.to_string(), "NotFoundException: Endpoint does not exist");

    // Subscribing to it is too, and deleting it again is no error.
    let err = client.subscribe().topic_arn(&arn).protocol("sqs").endpoint(&queue_arn).send().await.unwrap_err();
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let SubscribeError::NotFoundException(not_found) = &service.error else {
        panic!("expected NotFoundException, got {:?}", service.error)
    };
    assert_eq!(not_found.message.as_deref(), Some("Topic does not exist"));
    client.delete_topic().topic_arn(&arn).send().await.expect("DeleteTopic is idempotent");
}

#[tokio::test]
async fn batches_report_each_entry_and_their_errors_are_typed() {
    let moto = Moto::start();
    let client = client(&moto.url);
    let arn =
        client.create_topic().name("batches").send().await.expect("CreateTopic").into_inner().topic_arn.expect("ARN");
    let (queue_url, queue_arn) = sns::create_queue(&moto, "batch-inbox");
    client.subscribe().topic_arn(&arn).protocol("sqs").endpoint(&queue_arn).send().await.expect("Subscribe");

    // Two good entries and one whose MessageStructure is not `json`, which moto refuses.
    let mut with_attribute = entry("one", "first");
    with_attribute.message_attributes = Some(BTreeMap::from([("size".to_owned(), MessageAttributeValue::number(1.5))]));
    let mut bad = entry("bad", "third");
    bad.message_structure = Some("xml".into());
    let out = client
        .publish_batch()
        .topic_arn(&arn)
        .publish_batch_request_entries(vec![with_attribute, entry("two", "second"), bad])
        .send()
        .await
        .expect("PublishBatch")
        .into_inner();
    let successful = out.successful.unwrap_or_default();
    let ids: Vec<_> = successful.iter().map(|e| e.id.as_deref().unwrap_or_default()).collect();
    assert_eq!(ids, ["one", "two"]);
    assert!(successful.iter().all(|e| e.message_id.as_deref().is_some_and(|id| !id.is_empty())), "{successful:?}");
    let failed = out.failed.unwrap_or_default();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(
        (failed[0].id.as_str(), failed[0].code.as_str(), failed[0].sender_fault),
        ("bad", "InvalidParameter", true)
    );
    assert_eq!(failed[0].message.as_deref(), Some("MessageStructure must be 'json' if provided"));

    // The queue got the two that succeeded, with the number attribute.
    let bodies = sns::receive_messages(&moto, &queue_url);
    let notifications: Vec<Value> = bodies.iter().map(|b| serde_json::from_str(b).expect("JSON")).collect();
    let messages: BTreeSet<&str> = notifications.iter().filter_map(|n| n["Message"].as_str()).collect();
    assert_eq!(messages, BTreeSet::from(["first", "second"]));
    let first = notifications.iter().find(|n| n["Message"] == "first").expect("first");
    assert_eq!(first["MessageAttributes"]["size"], serde_json::json!({"Type": "Number", "Value": "1.5"}));

    // Two entries with one id: the whole batch is refused with the typed error.
    let err = client
        .publish_batch()
        .topic_arn(&arn)
        .publish_batch_request_entries(vec![entry("same", "a"), entry("same", "b")])
        .send()
        .await
        .expect_err("ids must be distinct");
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let PublishBatchError::BatchEntryIdsNotDistinctException(e) = &service.error else {
        panic!("expected BatchEntryIdsNotDistinctException, got {:?}", service.error)
    };
    assert_eq!(e.message.as_deref(), Some("Two or more batch entries in the request have the same Id."));
    assert_eq!(service.meta.code, "BatchEntryIdsNotDistinct");

    // Eleven entries: too many.
    let eleven: Vec<_> = (0..11).map(|i| entry(&format!("m{i}"), "x")).collect();
    let err = client.publish_batch().topic_arn(&arn).publish_batch_request_entries(eleven).send().await.unwrap_err();
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    assert!(
        matches!(service.error, PublishBatchError::TooManyEntriesInBatchRequestException(_)),
        "{:?}",
        service.error
    );

    // A Number attribute that is not a number: `InvalidParameter`, the typed variant.
    let err = client
        .publish()
        .topic_arn(&arn)
        .message("m")
        .message_attributes(BTreeMap::from([(
            "n".to_owned(),
            MessageAttributeValue { data_type: "Number".into(), string_value: Some("many".into()), binary_value: None },
        )]))
        .send()
        .await
        .expect_err("not a number");
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let PublishError::InvalidParameterException(e) = &service.error else {
        panic!("expected InvalidParameterException, got {:?}", service.error)
    };
    assert!(
        e.message.as_deref().is_some_and(|m| m.contains("Could not cast message attribute 'n' value to number")),
        "{e:?}"
    );
}

#[tokio::test]
async fn topics_and_subscriptions_are_listed_over_pages() {
    let moto = Moto::start();
    let client = client(&moto.url);
    // moto pages at 100: 150 topics are two pages.
    const TOPICS: usize = 150;
    let mut created = BTreeSet::new();
    for i in 0..TOPICS {
        let out = client.create_topic().name(format!("paged-{i:03}")).send().await.expect("CreateTopic");
        created.insert(out.into_inner().topic_arn.expect("ARN"));
    }
    assert_eq!(created.len(), TOPICS);

    // By hand, with the token.
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    let mut pages = 0;
    loop {
        pages += 1;
        assert!(pages <= MAX_PAGES, "more than {MAX_PAGES} pages");
        let page = client.list_topics().set_next_token(token.take()).send().await.expect("ListTopics").into_inner();
        let topics = page.topics.unwrap_or_default();
        assert!(topics.len() <= 100, "a page of {}", topics.len());
        seen.extend(topics.into_iter().filter_map(|t| t.topic_arn));
        match page.next_token {
            Some(next) if !next.is_empty() => token = Some(next),
            _ => break,
        }
    }
    assert!(pages >= 2, "{pages} page(s)");
    assert_eq!(seen.len(), TOPICS, "each topic once");
    assert_eq!(seen.iter().cloned().collect::<BTreeSet<_>>(), created);

    // With the paginator: pages, then items.
    let pages: Vec<_> = client.list_topics().into_paginator().pages().take(MAX_PAGES).try_collect().await.unwrap();
    assert_eq!(pages.iter().map(|p| p.topics.as_ref().map_or(0, Vec::len)).collect::<Vec<_>>(), [100, 50]);
    let items: Vec<_> = client.list_topics().into_paginator().items().try_collect().await.expect("items");
    let arns: Vec<String> = items.into_iter().filter_map(|t| t.topic_arn).collect();
    assert_eq!((arns.len(), arns.iter().cloned().collect::<BTreeSet<_>>()), (TOPICS, created.clone()));

    // One topic's subscriptions, paged at 100 as well: queues that need not exist.
    let topic = created.first().expect("a topic").clone();
    const SUBSCRIPTIONS: usize = 105;
    let mut subscribed = BTreeSet::new();
    for i in 0..SUBSCRIPTIONS {
        let queue = format!("arn:aws:sqs:{}:{}:queue-{i:03}", sns::REGION, sns::ACCOUNT);
        let out = client.subscribe().topic_arn(&topic).protocol("sqs").endpoint(queue).send().await;
        subscribed.insert(out.expect("Subscribe").into_inner().subscription_arn.expect("ARN"));
    }
    assert_eq!(subscribed.len(), SUBSCRIPTIONS);
    let pages: Vec<_> = client
        .list_subscriptions_by_topic()
        .topic_arn(&topic)
        .into_paginator()
        .pages()
        .take(MAX_PAGES)
        .try_collect()
        .await
        .expect("pages");
    let sizes: Vec<usize> = pages.iter().map(|p| p.subscriptions.as_ref().map_or(0, Vec::len)).collect();
    assert_eq!(sizes, [100, 5]);
    let listed: Vec<String> = pages
        .into_iter()
        .flat_map(|p| p.into_inner().subscriptions.unwrap_or_default())
        .filter_map(|s| s.subscription_arn)
        .collect();
    assert_eq!(listed.len(), SUBSCRIPTIONS, "each subscription once");
    assert_eq!(listed.into_iter().collect::<BTreeSet<_>>(), subscribed);
}

#[tokio::test]
async fn the_command_creates_and_lists_topics_and_reports_errors() {
    let moto = Moto::start();
    let url = moto.url.clone();

    // create-topic with member flags and --cli-input-json, wire names in and out.
    let (code, out, err) = sns::command(&url, &["create-topic", "--name", "cli-one"]).await;
    assert_eq!(code, 0, "{err}");
    let created: Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(created, serde_json::json!({"TopicArn": topic_arn("cli-one")}));
    let input = serde_json::json!({
        "Name": "cli-two",
        "Attributes": {"DisplayName": "Two"},
        "Tags": [{"Key": "k", "Value": "v"}],
    });
    let (code, out, err) = sns::command(&url, &["create-topic", "--cli-input-json", &input.to_string()]).await;
    assert_eq!(code, 0, "{err}");
    let two = topic_arn("cli-two");
    assert_eq!(serde_json::from_str::<Value>(&out).unwrap()["TopicArn"], two.as_str());
    assert_eq!(sns::topic_attributes(&moto, &two).get("DisplayName").map(String::as_str), Some("Two"));
    assert_eq!(sns::topic_tags(&moto, &two), BTreeMap::from([("k".into(), "v".into())]));

    // list-topics: every page merged, as the AWS CLI prints it.
    let client = client(&url);
    for i in 0..101 {
        client.create_topic().name(format!("cli-more-{i:03}")).send().await.expect("CreateTopic");
    }
    let (code, out, err) = sns::command(&url, &["list-topics"]).await;
    assert_eq!(code, 0, "{err}");
    let listed: Value = serde_json::from_str(&out).expect("JSON output");
    let arns: Vec<&str> =
        listed["Topics"].as_array().expect("Topics").iter().filter_map(|t| t["TopicArn"].as_str()).collect();
    assert_eq!(arns.len(), 103, "both pages: {out}");
    assert_eq!(arns.iter().collect::<BTreeSet<_>>().len(), 103, "each topic once");
    assert!(arns.contains(&two.as_str()));
    // With --max-items, a page and a token to resume from.
    let (code, out, err) = sns::command(&url, &["list-topics", "--max-items", "2"]).await;
    assert_eq!(code, 0, "{err}");
    let listed: Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(listed["Topics"].as_array().map(Vec::len), Some(2), "{out}");
    assert!(listed["NextToken"].as_str().is_some_and(|t| !t.is_empty()), "{out}");

    // A service error: the AWS CLI's line and exit code.
    let gone = topic_arn("no-such-topic");
    let (code, out, err) = sns::command(&url, &["publish", "--topic-arn", &gone, "--message", "m"]).await;
    assert_eq!((code, out.as_str()), (254, ""), "{err}");
    assert!(err.contains("An error occurred (NotFound) when calling the Publish operation"), "{err}");

    // Bad input: a required member missing, an unknown flag; nothing is sent.
    let (code, out, err) = sns::command(&url, &["create-topic"]).await;
    assert_eq!((code, out.as_str()), (252, ""), "{err}");
    assert!(err.contains("Name"), "{err}");
    let (code, _, err) = sns::command(&url, &["list-topics", "--no-such-flag", "x"]).await;
    assert_eq!(code, 252, "{err}");
}

/// The fluent builder and the input struct are one call: both reach moto the same way.
#[tokio::test]
async fn input_structs_are_sent_as_the_builders_are() {
    let moto = Moto::start();
    let client: Sns = client(&moto.url);
    let input = aws_operation_sns::CreateTopic {
        name: "plain".into(),
        attributes: None,
        tags: None,
        data_protection_policy: None,
    };
    let out = client.send(input).await.expect("CreateTopic");
    assert_eq!(out.topic_arn.as_deref(), Some(topic_arn("plain").as_str()));
    let listed = client.send(aws_operation_sns::ListTopics::default()).await.expect("ListTopics");
    let arns: Vec<_> = listed.into_inner().topics.unwrap_or_default().into_iter().filter_map(|t| t.topic_arn).collect();
    assert_eq!(arns, [topic_arn("plain")]);
}

/// An error as SNS itself sends it, `<Message>` alone (moto writes the member `<message>` as
/// well), from the scripted server of `support`: the typed error still reads its message.
/// And the form on the wire: message attributes as `entry.N.Name` and `entry.N.Value.*`.
#[tokio::test]
async fn errors_as_sns_sends_them_are_typed_and_attributes_travel_as_entries() {
    let body = "<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type>\
        <Code>NotFound</Code><Message>Topic does not exist</Message></Error><RequestId>req-404</RequestId>\
        </ErrorResponse>";
    let reply = Reply { status: 404, headers: vec![("content-type".into(), "text/xml".into())], body: body.into() };
    let server = Server::start(vec![reply]).await;
    let client = client(&server.url);
    let attributes = BTreeMap::from([
        ("b".to_owned(), MessageAttributeValue::binary(BINARY)),
        ("n".to_owned(), MessageAttributeValue::number(7)),
    ]);
    let err = client
        .publish()
        .topic_arn(topic_arn("gone"))
        .message("hi")
        .message_attributes(attributes)
        .send()
        .await
        .expect_err("NotFound");
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let PublishError::NotFoundException(not_found) = &service.error else {
        panic!("expected NotFoundException, got {:?}", service.error)
    };
    assert_eq!(not_found.message.as_deref(), Some("Topic does not exist"));
    assert_eq!(service.meta.request_id.as_deref(), Some("req-404"));

    let requests = server.requests();
    assert_eq!(requests.len(), 1, "a client error is not retried");
    assert_eq!(requests[0].header("content-type"), Some("application/x-www-form-urlencoded"));
    let form = String::from_utf8(requests[0].body.clone()).expect("a UTF-8 form");
    let pairs: Vec<&str> = form.split('&').collect();
    assert_eq!(
        pairs,
        [
            "Action=Publish",
            "Version=2010-03-31",
            "TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A123456789012%3Agone",
            "Message=hi",
            "MessageAttributes.entry.1.Name=b",
            "MessageAttributes.entry.1.Value.DataType=Binary",
            "MessageAttributes.entry.1.Value.BinaryValue=AJ%2BSlv8B",
            "MessageAttributes.entry.2.Name=n",
            "MessageAttributes.entry.2.Value.DataType=Number",
            "MessageAttributes.entry.2.Value.StringValue=7",
        ]
    );
}
