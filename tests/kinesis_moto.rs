//! The Kinesis slice against a real server: moto's (`moto_server`, see tests/support/moto.rs),
//! signed, over HTTP, awsJson 1.1 with `X-Amz-Target: Kinesis_20131202.<Operation>`: a stream
//! created and described, records put one at a time and in a batch (partition keys and explicit
//! hash keys, each record's result), shards listed a page at a time, shard iterators of each
//! kind and the records read back, byte for byte, with their sequence numbers; the modeled
//! errors typed; input the model refuses reported before anything is sent (against the
//! scripted server of `support`, which would record it); the request on the wire, the pages of
//! `ListShards` and a batch with a failed record as Kinesis sends them; the command.
//! `SubscribeToShard` is in tests/kinesis_subscribe.rs: moto does not implement it.
//!
//! Without moto these tests fail and say how to install it (`.ci/run` does). Each test starts
//! its own server, which stops when the test ends, however it ends.
//!
//! Where moto 5.2.5 differs from Kinesis:
//! - A stream is `ACTIVE` as soon as it is created (Kinesis: `CREATING` for a while).
//! - Sequence numbers count from 1 in each shard (`"1"`, `"2"`), where Kinesis's are 56-digit
//!   numbers that grow across the stream; shard iterators are base64 with a trailing newline.
//! - A `ListShards` page after the first must repeat the first page's `StreamName` and
//!   `MaxResults` with its `NextToken` (otherwise `InvalidToken`, a code the model does not
//!   have), where Kinesis refuses `StreamName` with `NextToken`; the paginator repeats them, so
//!   it pages through moto.
//! - `ResourceInUseException` for a stream that exists says only its name;
//!   `DescribeStreamSummary` gives `EnhancedMonitoring` as `[{"ShardLevelMetrics": []}]`, an
//!   empty list the model's `min = 1` does not allow (outputs are read leniently, so it reads).
//! - `SubscribeToShard`, and `GetRecords` with an iterator that is not one of its own, answer
//!   500 with an HTML page; `PutRecords` with no records succeeds (the slice refuses it before
//!   sending: the model's `min = 1`).
//! - Its errors come with `Content-Type: application/json` rather than
//!   `application/x-amz-json-1.1`.

#[path = "support/moto.rs"]
mod moto;
mod support;

use aws_operation::{Blob, Config, Credentials, DateTime, Error, Violations};
use aws_operation_kinesis::{
    CreateStreamError, DescribeStreamSummaryError, EncryptionType, GetRecords, GetShardIteratorError, Kinesis,
    ListShards, ListShardsError, PutRecord, PutRecordError, PutRecordsRequestEntry, Record, Shard, ShardFilter,
    ShardFilterType, ShardIteratorType, StreamMode, StreamModeDetails, StreamStatus,
};
use futures_util::{StreamExt, TryStreamExt};
use moto::Moto;
use serde_json::{Value, json};
use support::{Reply, Server};

/// moto's default account.
const ACCOUNT: &str = "123456789012";
const REGION: &str = "us-east-1";
/// A bound for every loop over pages, iterators or polls: far more than any test needs.
const MAX_STEPS: usize = 20;
/// The first hash key of the second of two shards: 2^127.
const HALF: &str = "170141183460469231731687303715884105728";
/// The last hash key: 2^128 - 1.
const LAST_HASH: &str = "340282366920938463463374607431768211455";
/// A sequence number as Kinesis gives them.
const SEQUENCE: &str = "49590338271490256608559692538361571095921575989136588898";

fn credentials() -> Credentials {
    Credentials::new("AKIDTEST", "secret", None, None)
}

fn client(url: &str) -> Kinesis {
    let config = Config::builder().region(REGION).credentials(credentials()).endpoint_url(url).build().expect("config");
    Kinesis::new(&config).expect("client")
}

fn arn(stream: &str) -> String {
    format!("arn:aws:kinesis:{REGION}:{ACCOUNT}:stream/{stream}")
}

/// Creates `name` with `shards` shards and waits (a bounded number of polls) until it is ACTIVE.
async fn create_active(client: &Kinesis, name: &str, shards: i32) {
    client.create_stream().stream_name(name).shard_count(shards).send().await.expect("CreateStream");
    for _ in 0..MAX_STEPS {
        let summary = client.describe_stream_summary().stream_name(name).send().await.expect("DescribeStreamSummary");
        if summary.stream_description_summary.stream_status == StreamStatus::Active {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    panic!("{name} never became ACTIVE");
}

/// Every record of `shard` from its trim horizon, following `NextShardIterator` a page of
/// `limit` at a time until a page comes back empty.
async fn read_shard(client: &Kinesis, stream: &str, shard: &str, limit: i32) -> (Vec<Record>, usize) {
    let iterator = client
        .get_shard_iterator()
        .stream_name(stream)
        .shard_id(shard)
        .shard_iterator_type(ShardIteratorType::TrimHorizon)
        .send()
        .await
        .expect("GetShardIterator");
    let mut iterator = iterator.into_inner().shard_iterator.expect("an iterator");
    let (mut records, mut pages) = (Vec::new(), 0);
    for _ in 0..MAX_STEPS {
        let page = client.send(GetRecords { limit: Some(limit), ..get_records(&iterator) }).await.expect("GetRecords");
        let page = page.into_inner();
        pages += 1;
        if page.records.is_empty() {
            return (records, pages);
        }
        assert!(page.records.len() <= limit as usize);
        records.extend(page.records);
        iterator = page.next_shard_iterator.expect("an open shard has a next iterator");
    }
    panic!("{shard} never came to an empty page");
}

fn get_records(iterator: &str) -> GetRecords {
    GetRecords { shard_iterator: iterator.into(), limit: None, stream_arn: None, stream_id: None, dry_run: None }
}

#[tokio::test]
async fn records_are_put_listed_and_read_back() {
    let moto = Moto::start();
    let client = client(&moto.url);
    create_active(&client, "orders", 2).await;

    let summary = client.describe_stream_summary().stream_name("orders").send().await.expect("DescribeStreamSummary");
    assert!(summary.request_id().is_some_and(|id| !id.is_empty()), "moto sends a request id");
    let summary = summary.into_inner().stream_description_summary;
    assert_eq!((summary.stream_name.as_str(), summary.stream_arn.as_str()), ("orders", arn("orders").as_str()));
    assert_eq!((summary.open_shard_count, summary.retention_period_hours), (2, 24));
    assert_eq!(summary.stream_mode_details, Some(StreamModeDetails { stream_mode: StreamMode::Provisioned }));
    assert_eq!(summary.encryption_type, Some(EncryptionType::None));
    let age = DateTime::now().secs() - summary.stream_creation_timestamp.secs();
    assert!((0..300).contains(&age), "created {age} s ago");

    // Shards, one a page: two pages, the hash key space split in halves.
    let paginator = client.list_shards().stream_name("orders").max_results(1).into_paginator();
    let pages: Vec<_> = paginator.pages().take(MAX_STEPS).try_collect().await.expect("ListShards pages");
    assert_eq!(pages.len(), 2, "one shard a page, and the last page without a token");
    assert!(pages[0].next_token.is_some() && pages[1].next_token.is_none());
    let shards: Vec<Shard> = pages.iter().flat_map(|p| p.shards.clone().unwrap_or_default()).collect();
    let ids: Vec<&str> = shards.iter().map(|s| s.shard_id.as_str()).collect();
    assert_eq!(ids, ["shardId-000000000000", "shardId-000000000001"]);
    let ranges: Vec<(&str, &str)> = shards
        .iter()
        .map(|s| (s.hash_key_range.starting_hash_key.as_str(), s.hash_key_range.ending_hash_key.as_str()))
        .collect();
    assert_eq!(ranges, [("0", "170141183460469231731687303715884105727"), (HALF, LAST_HASH)]);
    assert!(shards.iter().all(|s| s.sequence_number_range.ending_sequence_number.is_none()), "open shards");
    // The same through the items of the paginator.
    let items: Vec<Shard> = client
        .list_shards()
        .stream_name("orders")
        .max_results(1)
        .into_paginator()
        .items()
        .take(10)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items, shards);

    // One record at a time: by explicit hash key to each half, by partition key, by ARN.
    let put = |data: &[u8], key: &str, hash: Option<&str>| {
        let mut put = PutRecord::builder().stream_name("orders").data(Blob(data.to_vec())).partition_key(key);
        if let Some(hash) = hash {
            put = put.explicit_hash_key(hash);
        }
        put.build().expect("a PutRecord")
    };
    let first = client.send(put(b"\x00\x01binary\xff", "customer-1", Some("0"))).await.expect("PutRecord").into_inner();
    assert_eq!((first.shard_id.as_str(), first.sequence_number.as_str()), ("shardId-000000000000", "1"));
    let second = client.send(put(b"second", "customer-2", Some(HALF))).await.expect("PutRecord").into_inner();
    assert_eq!(second.shard_id, "shardId-000000000001");
    let by_key = client.send(put(b"hashed", "customer-3", None)).await.expect("PutRecord").into_inner();
    let by_arn = client
        .send(
            PutRecord::builder()
                .stream_arn(arn("orders"))
                .data(Blob(b"by arn".to_vec()))
                .partition_key("customer-3")
                .build()
                .unwrap(),
        )
        .await
        .expect("PutRecord by StreamARN")
        .into_inner();
    // The same partition key goes to the same shard.
    assert_eq!(by_arn.shard_id, by_key.shard_id);

    // A batch: each record's result, in order.
    let batch = vec![
        PutRecordsRequestEntry { explicit_hash_key: Some("1".into()), ..PutRecordsRequestEntry::new("batch 0", "b-0") },
        PutRecordsRequestEntry {
            explicit_hash_key: Some(LAST_HASH[..38].into()),
            ..PutRecordsRequestEntry::new("batch 1", "b-1")
        },
        PutRecordsRequestEntry::new(Vec::from(&b"\xfe\xfd batch 2"[..]), "customer-3"),
        PutRecordsRequestEntry { explicit_hash_key: Some(HALF.into()), ..PutRecordsRequestEntry::new("", "b-3") },
    ];
    let results = client.put_records().stream_name("orders").records(batch.clone()).send().await.expect("PutRecords");
    let results = results.into_inner();
    assert_eq!(results.failed_record_count, Some(0));
    let placed: Vec<(Option<&str>, bool)> = results
        .records
        .iter()
        .map(|r| (r.shard_id.as_deref(), r.sequence_number.is_some() && r.error_code.is_none()))
        .collect();
    assert_eq!(
        placed,
        [
            (Some("shardId-000000000000"), true),
            // 38 digits of 2^128 - 1 are below 2^127.
            (Some("shardId-000000000000"), true),
            (Some(by_key.shard_id.as_str()), true),
            (Some("shardId-000000000001"), true),
        ]
    );

    // Everything read back from each shard, a page of two at a time: the bytes and sequence
    // numbers as put, in order.
    let mut expected: Vec<(String, String, Vec<u8>, String)> = vec![
        (first.shard_id.clone(), first.sequence_number.clone(), b"\x00\x01binary\xff".to_vec(), "customer-1".into()),
        (second.shard_id.clone(), second.sequence_number.clone(), b"second".to_vec(), "customer-2".into()),
        (by_key.shard_id.clone(), by_key.sequence_number.clone(), b"hashed".to_vec(), "customer-3".into()),
        (by_arn.shard_id.clone(), by_arn.sequence_number.clone(), b"by arn".to_vec(), "customer-3".into()),
    ];
    for (entry, result) in batch.iter().zip(&results.records) {
        expected.push((
            result.shard_id.clone().unwrap(),
            result.sequence_number.clone().unwrap(),
            entry.data.0.clone(),
            entry.partition_key.clone().unwrap(),
        ));
    }
    let now = DateTime::now().secs();
    for shard in ["shardId-000000000000", "shardId-000000000001"] {
        let (records, pages) = read_shard(&client, "orders", shard, 2).await;
        let mut want: Vec<_> =
            expected.iter().filter(|e| e.0 == shard).map(|e| (e.1.clone(), e.2.clone(), e.3.clone())).collect();
        want.sort_by_key(|(seq, _, _)| seq.parse::<u128>().unwrap());
        let got: Vec<_> = records
            .iter()
            .map(|r| (r.sequence_number.clone(), r.data.0.clone(), r.partition_key.clone().unwrap()))
            .collect();
        assert_eq!(got, want, "{shard}");
        assert_eq!(pages, want.len().div_ceil(2) + 1, "{shard}: pages of two, then an empty one");
        for record in &records {
            let at = record.approximate_arrival_timestamp.expect("an arrival time").secs();
            assert!((now - 300..=now + 5).contains(&at), "{record:?}");
        }
    }

    // Iterators at and after a sequence number, and at the tip.
    let at = |kind: ShardIteratorType, seq: Option<&str>| {
        let mut get = aws_operation_kinesis::GetShardIterator::builder()
            .stream_name("orders")
            .shard_id("shardId-000000000001")
            .shard_iterator_type(kind);
        if let Some(seq) = seq {
            get = get.starting_sequence_number(seq);
        }
        get.build().unwrap()
    };
    let read = |iterator: Option<String>| {
        let client = client.clone();
        async move {
            let records = client.send(get_records(&iterator.expect("an iterator"))).await.expect("GetRecords");
            records.into_inner().records.into_iter().map(|r| r.data.0).collect::<Vec<_>>()
        }
    };
    let shard1: Vec<Vec<u8>> = expected.iter().filter(|e| e.0 == "shardId-000000000001").map(|e| e.2.clone()).collect();
    let it = client.send(at(ShardIteratorType::AtSequenceNumber, Some(&second.sequence_number))).await.unwrap();
    assert_eq!(read(it.into_inner().shard_iterator).await, shard1);
    let it = client.send(at(ShardIteratorType::AfterSequenceNumber, Some(&second.sequence_number))).await.unwrap();
    assert_eq!(read(it.into_inner().shard_iterator).await, shard1[1..]);
    let it = client.send(at(ShardIteratorType::Latest, None)).await.unwrap();
    assert_eq!(read(it.into_inner().shard_iterator).await, Vec::<Vec<u8>>::new());

    // A shard filter is sent and taken.
    let filter = ShardFilter { r#type: ShardFilterType::AtLatest, shard_id: None, timestamp: None };
    let listed = client.send(ListShards {
        stream_name: Some("orders".into()),
        shard_filter: Some(filter),
        ..ListShards::default()
    });
    assert_eq!(listed.await.expect("ListShards with a filter").into_inner().shards.map(|s| s.len()), Some(2));
}

/// The service error of `result`, or a panic naming what came instead.
fn service<T: std::fmt::Debug, E: std::error::Error + 'static>(
    result: Result<T, Error<E>>,
) -> aws_operation::error::ServiceError<E> {
    match result {
        Err(Error::Service(e)) => e,
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[tokio::test]
async fn modeled_errors_are_typed() {
    let moto = Moto::start();
    let client = client(&moto.url);
    create_active(&client, "errors", 2).await;

    // A stream that does not exist, by name and by ARN.
    let missing = format!("Stream missing under account {ACCOUNT} not found.");
    let e =
        service(client.put_record().stream_name("missing").data(Blob(b"x".to_vec())).partition_key("k").send().await);
    let PutRecordError::ResourceNotFoundException(inner) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(inner.message.as_deref(), Some(missing.as_str()));
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("ResourceNotFoundException", 400));
    assert!(e.meta.request_id.as_deref().is_some_and(|id| !id.is_empty()), "{:?}", e.meta);
    assert_eq!(inner.to_string(), format!("ResourceNotFoundException: {missing}"));
    let e = service(client.describe_stream_summary().stream_arn(arn("missing")).send().await);
    assert!(matches!(e.error, DescribeStreamSummaryError::ResourceNotFoundException(_)), "{:?}", e.error);
    let e = service(client.list_shards().stream_name("missing").send().await);
    assert!(matches!(e.error, ListShardsError::ResourceNotFoundException(_)), "{:?}", e.error);
    let e = service(
        client
            .get_shard_iterator()
            .stream_name("errors")
            .shard_id("shardId-000000000009")
            .shard_iterator_type(ShardIteratorType::TrimHorizon)
            .send()
            .await,
    );
    let GetShardIteratorError::ResourceNotFoundException(inner) = &e.error else { panic!("{:?}", e.error) };
    assert!(inner.message.as_deref().is_some_and(|m| m.contains("shardId-000000000009")), "{inner:?}");

    // A stream that exists already.
    let e = service(client.create_stream().stream_name("errors").shard_count(1).send().await);
    let CreateStreamError::ResourceInUseException(inner) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(inner.message.as_deref(), Some("errors"));
    assert_eq!(e.meta.code, "ResourceInUseException");

    // A token sent alone, as Kinesis wants it: moto wants the first page's members with it and
    // answers with a code of its own, which the model does not have.
    let page = client.list_shards().stream_name("errors").max_results(1).send().await.unwrap();
    let token = page.into_inner().next_token.expect("two shards, one a page");
    let alone = ListShards { next_token: Some(token), max_results: Some(1), ..ListShards::default() };
    let e = service(client.send(alone).await);
    assert!(matches!(&e.error, ListShardsError::Unmodeled(_)), "{:?}", e.error);
    assert_eq!(e.meta.code, "InvalidToken");
}

/// The path and rule of each problem.
fn paths(violations: &Violations) -> Vec<(String, &'static str)> {
    violations.iter().map(|v| (v.path.clone(), v.code())).collect()
}

/// The problems of an input refused before sending.
fn problems<E: std::error::Error + 'static>(err: Error<E>) -> Vec<(String, &'static str)> {
    let Error::InvalidInput(violations) = err else { panic!("expected InvalidInput, got {err:?}") };
    paths(&violations)
}

/// Input the model refuses is reported member by member, and nothing is sent: the scripted
/// server stays without a request.
#[tokio::test]
async fn invalid_input_is_refused_before_sending() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let client = client(&server.url);
    let pair = |path: &str, code: &'static str| (path.to_owned(), code);

    // Required members missing: the builders refuse to build, and the fluent builders to send.
    assert_eq!(paths(&PutRecord::builder().stream_name("s").build().unwrap_err()), [pair("Data", "required")]);
    assert_eq!(paths(&GetRecords::builder().build().unwrap_err()), [pair("ShardIterator", "required")]);
    let err = client.get_shard_iterator().stream_name("s").send().await.unwrap_err();
    assert_eq!(problems(err), [pair("ShardId", "required"), pair("ShardIteratorType", "required")]);
    assert!(ShardFilter::builder().build().is_err(), "Type is required");

    // A partition key too long, data too large, a hash key that is not a number below 2^128.
    let err = client
        .put_record()
        .stream_name("s")
        .data(Blob(vec![0; 10 * 1024 * 1024 + 1]))
        .partition_key("k".repeat(257))
        .explicit_hash_key("01")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        problems(err),
        [pair("Data", "length"), pair("PartitionKey", "length"), pair("ExplicitHashKey", "pattern")]
    );
    // The largest record the model allows is not refused here: 10 MiB.
    assert!(PutRecord::builder().stream_name("s").data(Blob(vec![0; 10 * 1024 * 1024])).build().is_ok());

    // Too many records in a batch, none, and a bad one deep inside.
    let many: Vec<_> = (0..501).map(|i| PutRecordsRequestEntry::new("x", format!("k{i}"))).collect();
    let err = client.put_records().stream_name("s").records(many).send().await.unwrap_err();
    assert_eq!(problems(err), [pair("Records", "length")]);
    let err = client.put_records().stream_name("s").records(Vec::new()).send().await.unwrap_err();
    assert_eq!(problems(err), [pair("Records", "length")]);
    let mut batch: Vec<_> = (0..4).map(|i| PutRecordsRequestEntry::new("x", format!("k{i}"))).collect();
    batch[2].partition_key = Some(String::new());
    batch[3].explicit_hash_key = Some("340282366920938463463374607431768211456000".into());
    let err = client.put_records().stream_name("bad name").records(batch).send().await.unwrap_err();
    assert_eq!(
        problems(err),
        [
            pair("Records[2].PartitionKey", "length"),
            pair("Records[3].ExplicitHashKey", "pattern"),
            pair("StreamName", "pattern")
        ]
    );

    // Out of range, not a stream's ARN.
    let err = client.send(GetRecords { limit: Some(10_001), ..get_records("AAAA") }).await.unwrap_err();
    assert_eq!(problems(err), [pair("Limit", "range")]);
    let err =
        client.create_stream().stream_name("s").shard_count(0).max_record_size_in_kib(1023).send().await.unwrap_err();
    assert_eq!(problems(err), [pair("ShardCount", "range"), pair("MaxRecordSizeInKiB", "range")]);
    let err = client
        .describe_stream_summary()
        .stream_arn("arn:aws:sqs:us-east-1:123456789012:queue")
        .send()
        .await
        .unwrap_err();
    assert_eq!(problems(err), [pair("StreamARN", "pattern")]);

    assert!(server.requests().is_empty(), "nothing was sent: {:?}", server.requests());
}

/// What only the wire shows: awsJson 1.1, the target, the base64 of the data, the members by
/// their model names (`StreamARN`, `ExplicitHashKey`); and `ListShards` paging as Kinesis
/// pages, the token sent with the first page's members.
#[tokio::test]
async fn requests_are_awsjson_1_1_and_list_shards_pages_by_token() {
    let shard = |id: &str| {
        json!({
            "ShardId": id,
            "HashKeyRange": {"StartingHashKey": "0", "EndingHashKey": "1"},
            "SequenceNumberRange": {"StartingSequenceNumber": "0"}
        })
    };
    let put = json!({"ShardId": "shardId-000000000000", "SequenceNumber": SEQUENCE});
    let page1 = json!({"Shards": [shard("shardId-000000000000")], "NextToken": "t-1"});
    let page2 = json!({"Shards": [shard("shardId-000000000001"), shard("shardId-000000000002")], "NextToken": "t-2"});
    let server = Server::start(vec![
        Reply::json(200, &put.to_string()),
        Reply::json(200, &page1.to_string()),
        Reply::json(200, &page2.to_string()),
        Reply::json(200, r#"{"Shards":[]}"#),
    ])
    .await;
    let client = client(&server.url);
    let out = client
        .put_record()
        .stream_arn(arn("orders"))
        .data(Blob(b"\x00hello\xff".to_vec()))
        .partition_key("p")
        .explicit_hash_key("42")
        .send()
        .await
        .expect("PutRecord");
    assert_eq!(out.sequence_number, SEQUENCE);
    let shards: Vec<Shard> = client
        .list_shards()
        .stream_arn(arn("orders"))
        .max_results(2)
        .into_paginator()
        .items()
        .take(MAX_STEPS)
        .try_collect()
        .await
        .expect("ListShards");
    let ids: Vec<&str> = shards.iter().map(|s| s.shard_id.as_str()).collect();
    assert_eq!(ids, ["shardId-000000000000", "shardId-000000000001", "shardId-000000000002"]);

    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    let put = &requests[0];
    assert_eq!((put.method.as_str(), put.path.as_str()), ("POST", "/"));
    assert_eq!(put.header("content-type"), Some("application/x-amz-json-1.1"));
    assert_eq!(put.header("x-amz-target"), Some("Kinesis_20131202.PutRecord"));
    assert!(put.header("authorization").is_some_and(|a| a.contains(&format!("/{REGION}/kinesis/aws4_request"))));
    assert_eq!(
        put.json(),
        json!({"Data": "AGhlbGxv/w==", "PartitionKey": "p", "ExplicitHashKey": "42", "StreamARN": arn("orders")})
    );
    let bodies: Vec<Value> = requests[1..].iter().map(|r| r.json()).collect();
    assert_eq!(
        bodies,
        [
            json!({"MaxResults": 2, "StreamARN": arn("orders")}),
            json!({"NextToken": "t-1", "MaxResults": 2, "StreamARN": arn("orders")}),
            json!({"NextToken": "t-2", "MaxResults": 2, "StreamARN": arn("orders")}),
        ]
    );
    assert!(requests[1..].iter().all(|r| r.header("x-amz-target") == Some("Kinesis_20131202.ListShards")));
}

/// A batch is not all or nothing: Kinesis answers with a result per record, a failed one with
/// its code and message and no sequence number (moto never fails a record, so a scripted
/// server answers as Kinesis does).
#[tokio::test]
async fn a_batch_reports_each_failed_record() {
    let rate = "Rate exceeded for shard shardId-000000000001 in stream orders under account 123456789012.";
    let answer = json!({
        "FailedRecordCount": 1,
        "Records": [
            {"SequenceNumber": SEQUENCE, "ShardId": "shardId-000000000000"},
            {"ErrorCode": "ProvisionedThroughputExceededException", "ErrorMessage": rate},
            {"SequenceNumber": SEQUENCE.replace("898", "899"), "ShardId": "shardId-000000000000"}
        ],
        "EncryptionType": "KMS"
    });
    let server = Server::start(vec![Reply::json(200, &answer.to_string())]).await;
    let batch: Vec<_> = (0..3).map(|i| PutRecordsRequestEntry::new(format!("r{i}"), format!("k{i}"))).collect();
    let out = client(&server.url).put_records().stream_name("orders").records(batch).send().await.expect("PutRecords");
    assert_eq!((out.failed_record_count, out.encryption_type.clone()), (Some(1), Some(EncryptionType::Kms)));
    let failed: Vec<usize> =
        out.records.iter().enumerate().filter(|(_, r)| r.error_code.is_some()).map(|(i, _)| i).collect();
    assert_eq!(failed, [1], "the second record, to send again");
    let second = &out.records[1];
    assert_eq!(second.error_code.as_deref(), Some("ProvisionedThroughputExceededException"));
    assert_eq!(second.error_message.as_deref(), Some(rate));
    assert_eq!((second.sequence_number.as_ref(), second.shard_id.as_ref()), (None, None));
    let sent = server.requests()[0].json();
    let data: Vec<&str> = sent["Records"].as_array().unwrap().iter().filter_map(|r| r["Data"].as_str()).collect();
    assert_eq!(data, ["cjA=", "cjE=", "cjI="], "the data base64, in order");
}

/// The slice's command (`aws kinesis ...`) against `url`, as examples/kinesis.rs runs it: exit
/// code, stdout, stderr.
async fn command(url: &str, args: &[&str]) -> (i32, String, String) {
    let mut line: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    line.extend(["--endpoint-url".to_owned(), url.to_owned()]);
    let credentials = credentials();
    let env = aws_operation::env::Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", credentials.access_key_id()),
        ("AWS_SECRET_ACCESS_KEY", credentials.secret_access_key()),
        ("AWS_REGION", REGION),
        ("HOME", "/nonexistent"),
    ]);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let ops = aws_operation_kinesis::operations();
    let code = aws_operation_cli::run(line, &ops, env, &mut out, &mut err).await;
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

fn parse(out: &str) -> Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

#[tokio::test]
async fn the_command_creates_puts_reads_and_reports_errors() {
    let moto = Moto::start();
    let url = moto.url.clone();

    let (code, out, err) = command(&url, &["help"]).await;
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("usage: kinesis <operation> "), "{out}");
    assert!(out.contains("\n  list-shards  (paginated)\n"), "{out}");
    assert!(out.contains("\n  subscribe-to-shard"), "{out}");

    let (code, out, err) = command(&url, &["create-stream", "--stream-name", "cli", "--shard-count", "2"]).await;
    assert_eq!((code, out.as_str()), (0, ""), "{err}");

    // Blobs are base64 on the command line, as AWS CLI v2 takes them.
    let (code, out, err) = command(
        &url,
        &[
            "put-record",
            "--stream-name",
            "cli",
            "--data",
            "AAEC/w==",
            "--partition-key",
            "k",
            "--explicit-hash-key",
            "0",
        ],
    )
    .await;
    assert_eq!(code, 0, "{err}");
    assert_eq!(parse(&out), json!({"ShardId": "shardId-000000000000", "SequenceNumber": "1"}));
    let records = json!([{"Data": "b25l", "PartitionKey": "a", "ExplicitHashKey": "1"},
                         {"Data": "dHdv", "PartitionKey": "b", "ExplicitHashKey": HALF}]);
    let (code, out, err) =
        command(&url, &["put-records", "--stream-name", "cli", "--records", &records.to_string()]).await;
    assert_eq!(code, 0, "{err}");
    let put = parse(&out);
    assert_eq!(put["FailedRecordCount"], 0);
    assert_eq!(
        put["Records"],
        json!([{"SequenceNumber": "2", "ShardId": "shardId-000000000000"},
               {"SequenceNumber": "1", "ShardId": "shardId-000000000001"}])
    );

    // list-shards merges every page, one shard a page here.
    let (code, out, err) = command(&url, &["list-shards", "--stream-name", "cli", "--page-size", "1"]).await;
    assert_eq!(code, 0, "{err}");
    let listed = parse(&out);
    let ids: Vec<&str> = listed["Shards"].as_array().unwrap().iter().filter_map(|s| s["ShardId"].as_str()).collect();
    assert_eq!(ids, ["shardId-000000000000", "shardId-000000000001"], "{out}");

    let (code, out, err) = command(
        &url,
        &[
            "get-shard-iterator",
            "--stream-name",
            "cli",
            "--shard-id",
            "shardId-000000000000",
            "--shard-iterator-type",
            "TRIM_HORIZON",
        ],
    )
    .await;
    assert_eq!(code, 0, "{err}");
    let iterator = parse(&out)["ShardIterator"].as_str().expect("an iterator").to_owned();
    let (code, out, err) = command(&url, &["get-records", "--shard-iterator", &iterator]).await;
    assert_eq!(code, 0, "{err}");
    let read = parse(&out);
    let got: Vec<(&str, &str)> = read["Records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["SequenceNumber"].as_str().unwrap(), r["Data"].as_str().unwrap()))
        .collect();
    assert_eq!(got, [("1", "AAEC/w=="), ("2", "b25l")], "{out}");
    // Timestamps print in ISO 8601, as AWS CLI v2 prints them.
    let arrived = read["Records"][0]["ApproximateArrivalTimestamp"].as_str().unwrap_or_default();
    assert!(arrived.len() > 20 && arrived.ends_with("+00:00"), "{out}");

    // A service error: the AWS CLI's line and exit code.
    let (code, out, err) = command(&url, &["describe-stream-summary", "--stream-name", "missing"]).await;
    assert_eq!((code, out.as_str()), (254, ""), "{err}");
    assert!(
        err.contains("An error occurred (ResourceNotFoundException) when calling the DescribeStreamSummary operation"),
        "{err}"
    );
    let (code, _, err) = command(&url, &["create-stream", "--stream-name", "cli", "--shard-count", "1"]).await;
    assert_eq!(code, 254, "{err}");
    assert!(err.contains("(ResourceInUseException)"), "{err}");

    // Bad input: nothing is sent.
    let long = "k".repeat(257);
    let (code, out, err) =
        command(&url, &["put-record", "--stream-name", "cli", "--data", "AA==", "--partition-key", &long]).await;
    assert_eq!((code, out.as_str()), (252, ""), "{err}");
    assert!(err.contains("PartitionKey"), "{err}");
    let (code, _, err) = command(&url, &["put-record", "--stream-name", "cli"]).await;
    assert_eq!(code, 252, "{err}");
    assert!(err.contains("Data"), "{err}");
}
