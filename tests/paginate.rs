//! Paginators and fluent builders over a scripted server: several pages, page size, a repeated
//! token, and required members checked before anything is sent.

mod support;

use std::time::Duration;

use aws_operation::{Config, Credentials, Error};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::handshakes::{HandshakeType, ListChannelHandshakes, ParticipantType};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::json;
use support::{Reply, Server};

fn client(url: &str) -> PartnerCentralChannel {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "secret", None, None))
        .endpoint_url(url)
        .retry_base_delay(Duration::from_millis(1))
        .build()
        .unwrap();
    PartnerCentralChannel::new(&config).unwrap()
}

fn page(ids: &[&str], next: Option<&str>) -> Reply {
    let items: Vec<_> = ids.iter().map(|id| json!({"id": id, "catalog": "AWS"})).collect();
    let mut body = json!({ "items": items });
    if let Some(next) = next {
        body["nextToken"] = json!(next);
    }
    Reply::json(200, &body.to_string())
}

#[tokio::test]
async fn items_stream_across_pages_with_the_page_size_and_tokens_sent() {
    let server = Server::start(vec![
        page(&["ch-000000000000a", "ch-000000000000b"], Some("t1")),
        page(&["ch-000000000000c"], Some("t2")),
        page(&["ch-000000000000d"], None),
    ])
    .await;
    let ids: Vec<String> = client(&server.url)
        .list_channel_handshakes()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .into_paginator()
        .page_size(2)
        .items()
        .map_ok(|item| item.id.unwrap_or_default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["ch-000000000000a", "ch-000000000000b", "ch-000000000000c", "ch-000000000000d"]);
    let sent: Vec<_> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(sent.len(), 3);
    for (request, token) in sent.iter().zip([None, Some("t1"), Some("t2")]) {
        assert_eq!(request["maxResults"], json!(2));
        assert_eq!(request["nextToken"].as_str(), token);
        assert_eq!(request["participantType"], json!("SENDER"));
    }
}

#[tokio::test]
async fn pages_arrive_one_by_one_and_stop_without_a_token() {
    let server = Server::start(vec![page(&["ch-000000000000a"], Some("")), page(&[], None)]).await;
    let input = ListChannelHandshakes::builder()
        .handshake_type(HandshakeType::RevokeServicePeriod)
        .catalog("Sandbox")
        .participant_type(ParticipantType::Receiver)
        .build()
        .unwrap();
    let pages: Vec<_> = client(&server.url).paginate(input).pages().collect().await;
    // An empty token is no token: one page, one request.
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].as_ref().unwrap().items.as_ref().unwrap().len(), 1);
    assert_eq!(server.requests().len(), 1);
    assert!(server.requests()[0].json().get("maxResults").is_none());
}

#[tokio::test]
async fn a_repeated_token_ends_the_stream_with_an_error() {
    let server = Server::start(vec![
        page(&["ch-000000000000a"], Some("same")),
        page(&["ch-000000000000b"], Some("same")),
        page(&["ch-000000000000c"], None),
    ])
    .await;
    let results: Vec<_> = client(&server.url)
        .list_channel_handshakes()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .into_paginator()
        .items()
        .collect()
        .await;
    assert_eq!(results.len(), 3, "two items, then the error");
    let err = results[2].as_ref().unwrap_err();
    assert!(matches!(err, Error::Pagination(_)));
    assert_eq!(std::error::Error::source(err).unwrap().to_string(), "the service repeated the pagination token `same`");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn an_error_page_ends_the_stream() {
    let server = Server::start(vec![
        page(&["ch-000000000000a"], Some("t1")),
        Reply::json(400, r#"{"__type":"AccessDeniedException","message":"no"}"#),
    ])
    .await;
    let results: Vec<_> = client(&server.url)
        .list_channel_handshakes()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .into_paginator()
        .pages()
        .collect()
        .await;
    assert_eq!(results.len(), 2);
    assert_eq!(results[1].as_ref().unwrap_err().to_string(), "the service returned AccessDeniedException: no");
}

#[tokio::test]
async fn fluent_builders_report_every_missing_member_and_send_nothing() {
    let server = Server::start(vec![page(&[], None)]).await;
    let client = client(&server.url);
    let err = client.list_channel_handshakes().catalog("AWS").send().await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid input, nothing was sent: 2 invalid members: `handshakeType` is required; `participantType` is required"
    );
    let first = client.list_channel_handshakes().into_paginator().pages().next().await.unwrap();
    assert!(matches!(first, Err(Error::InvalidInput(v)) if v.len() == 3));
    let err = client
        .list_channel_handshakes()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .max_results(101)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid input, nothing was sent: 1 invalid member: `maxResults` must be between 1 and 100, got 101"
    );
    assert_eq!(server.requests().len(), 0);
    let out = client
        .list_channel_handshakes()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .participant_type(ParticipantType::Sender)
        .send()
        .await
        .unwrap();
    assert_eq!(out.items, Some(vec![]));
}

/// A DynamoDB-style scan, defined by hand: its pages are chained by a map, not a string.
mod map_tokens {
    use std::collections::BTreeMap;

    use aws_operation::{Document, aws_operation, aws_service, aws_shape};

    /// The service.
    #[aws_service(
        id = "Fake Dynamo",
        protocol = "awsJson1_0",
        target_prefix = "DynamoDB_20120810",
        signing_name = "dynamodb",
        api_version = "2012-08-10"
    )]
    pub struct FakeDynamo;

    /// `Scan`, paged by `ExclusiveStartKey` / `LastEvaluatedKey`.
    #[aws_operation(
        service = FakeDynamo,
        operation = "Scan",
        output = ScanOutput,
        rename_all = "PascalCase",
        paginator(input_token = exclusive_start_key, output_token = last_evaluated_key, items = items, item = Item, page_size = limit)
    )]
    #[derive(Clone)]
    pub struct Scan {
        /// The table.
        pub table_name: String,
        /// Where to start.
        pub exclusive_start_key: Option<BTreeMap<String, Document>>,
        /// The page size.
        pub limit: Option<i32>,
    }

    /// An item.
    pub type Item = BTreeMap<String, Document>;

    /// A page.
    #[aws_shape(rename_all = "PascalCase")]
    pub struct ScanOutput {
        /// The items.
        pub items: Option<Vec<Item>>,
        /// Where the next page starts.
        pub last_evaluated_key: Option<BTreeMap<String, Document>>,
    }
}

#[tokio::test]
async fn pages_chain_by_map_tokens_too() {
    use map_tokens::{FakeDynamo, Scan};
    let first = Reply::json(200, r#"{"Items":[{"id":{"S":"a"}}],"LastEvaluatedKey":{"id":{"S":"a"}}}"#);
    let second = Reply::json(200, r#"{"Items":[{"id":{"S":"b"}}],"LastEvaluatedKey":{}}"#);
    let server = Server::start(vec![first, second]).await;
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "secret", None, None))
        .endpoint_url(&server.url)
        .build()
        .unwrap();
    let client = FakeDynamo::new(&config).unwrap();
    let scan = Scan { table_name: "t".into(), exclusive_start_key: None, limit: None };
    let items: Vec<_> = client.paginate(scan).page_size(1).items().try_collect().await.unwrap();
    assert_eq!(items.len(), 2, "an empty key ends the listing");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].json(), json!({"TableName": "t", "Limit": 1}));
    assert_eq!(requests[1].json(), json!({"TableName": "t", "Limit": 1, "ExclusiveStartKey": {"id": {"S": "a"}}}));
}

fn uploads_page(uploads: &[(&str, &str)], next: Option<(&str, Option<&str>)>) -> Reply {
    let mut body = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>b</Bucket>"#,
    );
    for (key, id) in uploads {
        body.push_str(&format!("<Upload><Key>{key}</Key><UploadId>{id}</UploadId></Upload>"));
    }
    match next {
        Some((key, id)) => {
            body.push_str(&format!("<IsTruncated>true</IsTruncated><NextKeyMarker>{key}</NextKeyMarker>"));
            if let Some(id) = id {
                body.push_str(&format!("<NextUploadIdMarker>{id}</NextUploadIdMarker>"));
            }
        }
        None => body.push_str("<IsTruncated>false</IsTruncated><NextKeyMarker>ignored</NextKeyMarker>"),
    }
    body.push_str("</ListMultipartUploadsResult>");
    Reply::xml(200, &body)
}

#[tokio::test]
async fn pages_chain_by_several_tokens_each_sent_as_the_last_page_gave_it() {
    use aws_operation_s3::S3;
    let server = Server::start(vec![
        uploads_page(&[("a", "1"), ("a", "2")], Some(("a", Some("2")))),
        uploads_page(&[("a", "3"), ("b", "1")], Some(("b", None))),
        uploads_page(&[("c", "1")], None),
    ])
    .await;
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "secret", None, None))
        .endpoint_url(&server.url)
        .s3_force_path_style(true)
        .build()
        .unwrap();
    let s3 = S3::new(&config).unwrap();
    let uploads: Vec<(String, String)> = s3
        .list_multipart_uploads()
        .bucket("b")
        .into_paginator()
        .page_size(2)
        .items()
        .map_ok(|u| (u.key.unwrap_or_default(), u.upload_id.unwrap_or_default()))
        .try_collect()
        .await
        .unwrap();
    let expected = [("a", "1"), ("a", "2"), ("a", "3"), ("b", "1"), ("c", "1")];
    assert_eq!(uploads, expected.map(|(k, i)| (k.to_owned(), i.to_owned())));
    // Each request carries both markers of the page before; one the page left out is not sent,
    // and a page that says it is the last ends the listing whatever its markers.
    let queries: Vec<String> = server.requests().iter().map(|r| r.path.split_once('?').unwrap().1.to_owned()).collect();
    assert_eq!(
        queries,
        [
            "uploads&max-uploads=2",
            "uploads&key-marker=a&max-uploads=2&upload-id-marker=2",
            "uploads&key-marker=b&max-uploads=2"
        ]
    );
}
