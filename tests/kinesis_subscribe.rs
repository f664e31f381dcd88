//! `SubscribeToShard` of the Kinesis slice through the client, against a server on 127.0.0.1
//! written here that answers as Kinesis does, over HTTP/1.1 with a chunked body (Kinesis itself
//! serves it over HTTP/2, which the transport speaks with the `http2` feature, over TLS by ALPN
//! and over plain http with `http2_prior_knowledge`: tests/http2.rs runs it so): the
//! `initial-response` event, then `SubscribeToShardEvent`s framed as event stream messages with
//! their JSON payloads (records with base64 data and epoch-second timestamps, continuation
//! sequence numbers, child shards), written one at a time, each only once the client has read
//! the one before; then an exception that ends the stream. What is checked: each event as it
//! arrives, an event type the client does not know kept as `Unknown`, the stream's modeled
//! exceptions typed, an unmodeled error and a payload that is not the event's, the operation's
//! own errors before any stream, the request (`X-Amz-Target`, the JSON body), and input refused
//! before anything is sent.

mod support;

use std::time::Duration;

use aws_operation::event_stream::{EventError, Message};
use aws_operation::{Config, Credentials, DateTime, Error};
use aws_operation_kinesis::{
    Kinesis, ShardIteratorType, StartingPosition, SubscribeToShard, SubscribeToShardError, SubscribeToShardEventStream,
    SubscribeToShardOutput,
};
use futures_util::StreamExt;
use serde_json::{Value, json};
use support::Recorded;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

const CONSUMER: &str = "arn:aws:kinesis:us-east-1:123456789012:stream/orders/consumer/reader:1700000000";
const SHARD: &str = "shardId-000000000000";
/// How long any one step may take.
const STEP: Duration = Duration::from_secs(10);

fn client(url: &str) -> Kinesis {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(url)
        .max_attempts(1)
        .operation_timeout(Duration::from_secs(30))
        .build()
        .expect("config");
    Kinesis::new(&config).expect("client")
}

fn subscription() -> SubscribeToShard {
    SubscribeToShard {
        consumer_arn: CONSUMER.into(),
        stream_id: None,
        shard_id: SHARD.into(),
        starting_position: StartingPosition::after("49590338271490256608559692538361571095921575989136588898"),
        dry_run: None,
    }
}

/// An event message of type `kind` with a JSON payload.
fn event(kind: &str, payload: &Value) -> Vec<u8> {
    let message = Message::new(payload.to_string().into_bytes())
        .with_header(":message-type", "event")
        .with_header(":event-type", kind)
        .with_header(":content-type", "application/json");
    message.encode().expect("a frame").to_vec()
}

/// An exception message of the union's member `kind`.
fn exception(kind: &str, message: &str) -> Vec<u8> {
    let message = Message::new(json!({ "message": message }).to_string().into_bytes())
        .with_header(":message-type", "exception")
        .with_header(":exception-type", kind)
        .with_header(":content-type", "application/json");
    message.encode().expect("a frame").to_vec()
}

/// A server for one subscription: it reads the request, sends it to `requests`, answers with
/// the head of a chunked event stream, then writes each frame of `frames` as it is told to by
/// `go` (one message a frame; a frame given as several parts goes in that many chunks), and
/// ends the body once `go` closes.
async fn serve(listener: TcpListener, requests: mpsc::UnboundedSender<Recorded>, mut go: mpsc::Receiver<Vec<Vec<u8>>>) {
    let (mut socket, _) = listener.accept().await.expect("a connection");
    let mut buf = Vec::new();
    let request = support::read_request(&mut socket, &mut buf).await.expect("a request");
    requests.send(request).expect("the test waits for the request");
    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/vnd.amazon.eventstream\r\n\
                x-amzn-requestid: req-subscribe\r\ntransfer-encoding: chunked\r\n\r\n";
    socket.write_all(head.as_bytes()).await.expect("the head");
    while let Some(parts) = go.recv().await {
        for part in parts {
            chunk(&mut socket, &part).await;
        }
    }
    // The client may have dropped the stream already, which closes the connection.
    let _ = socket.write_all(b"0\r\n\r\n").await;
}

async fn chunk(socket: &mut TcpStream, bytes: &[u8]) {
    socket.write_all(format!("{:x}\r\n", bytes.len()).as_bytes()).await.expect("a chunk's size");
    socket.write_all(bytes).await.expect("a chunk");
    socket.write_all(b"\r\n").await.expect("a chunk's end");
    socket.flush().await.expect("flush");
}

/// A subscription in progress: the server's task, what it received and how to make it write.
struct Subscription {
    output: SubscribeToShardOutput,
    request: Recorded,
    go: mpsc::Sender<Vec<Vec<u8>>>,
    server: tokio::task::JoinHandle<()>,
}

/// Starts a server, writes `first` (the frames it sends before the client reads anything) and
/// subscribes.
async fn subscribe(first: Vec<Vec<u8>>) -> Subscription {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (requests, mut received) = mpsc::unbounded_channel();
    let (go, frames) = mpsc::channel(1);
    let server = tokio::spawn(serve(listener, requests, frames));
    go.send(first).await.unwrap();
    let output = tokio::time::timeout(STEP, client(&url).send(subscription()))
        .await
        .expect("the answer's head, in time")
        .expect("SubscribeToShard");
    assert_eq!(output.request_id(), Some("req-subscribe"));
    let request = received.recv().await.expect("the request");
    Subscription { output: output.into_inner(), request, go, server }
}

/// The next item of the stream, in time.
async fn next(
    output: &mut SubscribeToShardOutput,
) -> Option<Result<SubscribeToShardEventStream, EventError<SubscribeToShardEventStream>>> {
    tokio::time::timeout(STEP, output.event_stream.next()).await.expect("the next event, in time")
}

#[tokio::test]
async fn events_are_read_one_by_one_as_they_arrive() {
    let first = json!({
        "Records": [
            {"SequenceNumber": "49590338271490256608559692538361571095921575989136588899",
             "ApproximateArrivalTimestamp": 1700000000.25, "Data": "b3JkZXIgMQ==", "PartitionKey": "customer-7"},
            {"SequenceNumber": "49590338271490256608559692538361571095921575989136588900",
             "ApproximateArrivalTimestamp": 1700000001, "Data": "AAEC/w==", "PartitionKey": "customer-8",
             "EncryptionType": "KMS"}
        ],
        "ContinuationSequenceNumber": "49590338271490256608559692538361571095921575989136588900",
        "MillisBehindLatest": 1200
    });
    // The event split across two chunks, which the reader puts back together.
    let framed = event("SubscribeToShardEvent", &first);
    let (a, b) = framed.split_at(framed.len() / 2);
    let initial = event("initial-response", &json!({}));
    let mut subscription = subscribe(vec![initial, a.to_vec(), b.to_vec()]).await;

    // The request: awsJson 1.1 to Kinesis_20131202.SubscribeToShard, the members as JSON.
    let request = &subscription.request;
    assert_eq!((request.method.as_str(), request.path.as_str()), ("POST", "/"));
    assert_eq!(request.header("x-amz-target"), Some("Kinesis_20131202.SubscribeToShard"));
    assert_eq!(request.header("content-type"), Some("application/x-amz-json-1.1"));
    assert!(request.header("authorization").is_some_and(|a| a.contains("/us-east-1/kinesis/aws4_request")));
    assert_eq!(
        request.json(),
        json!({
            "ConsumerARN": CONSUMER,
            "ShardId": SHARD,
            "StartingPosition": {
                "Type": "AFTER_SEQUENCE_NUMBER",
                "SequenceNumber": "49590338271490256608559692538361571095921575989136588898"
            }
        })
    );

    // The first event, read before the server has written anything else: the initial-response
    // is passed over.
    let output = &mut subscription.output;
    let Some(Ok(SubscribeToShardEventStream::SubscribeToShardEvent(event1))) = next(output).await else {
        panic!("not the first event")
    };
    assert_eq!(event1.records.len(), 2);
    let (r1, r2) = (&event1.records[0], &event1.records[1]);
    assert_eq!(r1.sequence_number, "49590338271490256608559692538361571095921575989136588899");
    assert_eq!((r1.data.0.as_slice(), r1.partition_key.as_deref()), (&b"order 1"[..], Some("customer-7")));
    assert_eq!(r1.approximate_arrival_timestamp, Some(DateTime::from_secs_nanos(1_700_000_000, 250_000_000)));
    assert_eq!(r2.data.0, [0x00, 0x01, 0x02, 0xff]);
    assert_eq!(r2.approximate_arrival_timestamp, Some(DateTime::from_secs(1_700_000_001)));
    assert_eq!(r2.encryption_type, Some(aws_operation_kinesis::EncryptionType::Kms));
    assert_eq!(event1.continuation_sequence_number, "49590338271490256608559692538361571095921575989136588900");
    assert_eq!((event1.millis_behind_latest, event1.child_shards.as_ref()), (1200, None));

    // The second: no records, at the end of the shard, with its two children.
    let second = json!({
        "Records": [],
        "ContinuationSequenceNumber": "49590338271490256608559692538361571095921575989136588901",
        "MillisBehindLatest": 0,
        "ChildShards": [
            {"ShardId": "shardId-000000000001", "ParentShards": [SHARD],
             "HashKeyRange": {"StartingHashKey": "0", "EndingHashKey": "170141183460469231731687303715884105727"}},
            {"ShardId": "shardId-000000000002", "ParentShards": [SHARD],
             "HashKeyRange": {"StartingHashKey": "170141183460469231731687303715884105728",
                              "EndingHashKey": "340282366920938463463374607431768211455"}}
        ]
    });
    subscription.go.send(vec![event("SubscribeToShardEvent", &second)]).await.unwrap();
    let Some(Ok(SubscribeToShardEventStream::SubscribeToShardEvent(event2))) = next(output).await else {
        panic!("not the second event")
    };
    assert!(event2.records.is_empty());
    assert_eq!(event2.continuation_sequence_number, "49590338271490256608559692538361571095921575989136588901");
    let children = event2.child_shards.expect("child shards");
    let ids: Vec<&str> = children.iter().map(|c| c.shard_id.as_str()).collect();
    assert_eq!(ids, ["shardId-000000000001", "shardId-000000000002"]);
    assert_eq!(children[1].parent_shards, [SHARD]);
    assert_eq!(children[1].hash_key_range.ending_hash_key, "340282366920938463463374607431768211455");

    // An event of a type this client does not know is kept, with its payload.
    subscription.go.send(vec![event("ShardHeartbeat", &json!({"At": 1}))]).await.unwrap();
    let Some(Ok(SubscribeToShardEventStream::Unknown(unknown))) = next(output).await else {
        panic!("not kept as unknown")
    };
    assert_eq!((unknown.name.as_str(), &unknown.value), ("ShardHeartbeat", &json!({"At": 1})));

    // Another subscription took over: the modeled exception ends the stream, typed; what the
    // server writes after it is never read.
    let late = event("SubscribeToShardEvent", &first);
    let taken = exception("ResourceInUseException", "Another active subscription exists for this consumer.");
    subscription.go.send(vec![taken, late]).await.unwrap();
    match next(output).await {
        Some(Err(EventError::Exception(SubscribeToShardEventStream::ResourceInUseException(e)))) => {
            assert_eq!(e.message.as_deref(), Some("Another active subscription exists for this consumer."))
        }
        other => panic!("not the typed exception: {other:?}"),
    }
    assert!(next(output).await.is_none(), "the stream ends with its exception");
    drop(subscription.go);
    drop(subscription.output);
    tokio::time::timeout(STEP, subscription.server).await.expect("the server ends").unwrap();
}

/// A stream that ends with its last event ends with `None`; and each of the other exceptions of
/// the union, as Kinesis names them (`KMSThrottlingException`, with its acronym), is its own
/// variant.
#[tokio::test]
async fn every_modeled_exception_is_its_own_variant() {
    let records = json!({"Records": [], "ContinuationSequenceNumber": "7", "MillisBehindLatest": 0});
    let mut subscription =
        subscribe(vec![event("initial-response", &json!({})), event("SubscribeToShardEvent", &records)]).await;
    assert!(matches!(
        next(&mut subscription.output).await,
        Some(Ok(SubscribeToShardEventStream::SubscribeToShardEvent(_)))
    ));
    drop(subscription.go);
    assert!(next(&mut subscription.output).await.is_none(), "the body ended between events");
    tokio::time::timeout(STEP, subscription.server).await.expect("the server ends").unwrap();

    let kinds = [
        "ResourceNotFoundException",
        "KMSDisabledException",
        "KMSInvalidStateException",
        "KMSAccessDeniedException",
        "KMSNotFoundException",
        "KMSOptInRequired",
        "KMSThrottlingException",
        "InternalFailureException",
    ];
    for kind in kinds {
        let mut subscription = subscribe(vec![event("initial-response", &json!({})), exception(kind, kind)]).await;
        let message = |m: &Option<String>| m.as_deref() == Some(kind);
        match next(&mut subscription.output).await {
            Some(Err(EventError::Exception(e))) => {
                use SubscribeToShardEventStream as S;
                let typed = match (&e, kind) {
                    (S::ResourceNotFoundException(e), "ResourceNotFoundException") => message(&e.message),
                    (S::KmsDisabledException(e), "KMSDisabledException") => message(&e.message),
                    (S::KmsInvalidStateException(e), "KMSInvalidStateException") => message(&e.message),
                    (S::KmsAccessDeniedException(e), "KMSAccessDeniedException") => message(&e.message),
                    (S::KmsNotFoundException(e), "KMSNotFoundException") => message(&e.message),
                    (S::KmsOptInRequired(e), "KMSOptInRequired") => message(&e.message),
                    (S::KmsThrottlingException(e), "KMSThrottlingException") => message(&e.message),
                    (S::InternalFailureException(e), "InternalFailureException") => message(&e.message),
                    _ => false,
                };
                assert!(typed, "{kind} read as {e:?}");
            }
            other => panic!("{kind}: not a typed exception: {other:?}"),
        }
        assert!(next(&mut subscription.output).await.is_none());
        drop(subscription.go);
        drop(subscription.output);
        tokio::time::timeout(STEP, subscription.server).await.expect("the server ends").unwrap();
    }
}

/// An error the union does not model ends the stream with its code and message; an event whose
/// payload is not the event's (a required member missing is kept leniently, a string where a
/// number goes is not) ends it as unreadable.
#[tokio::test]
async fn an_unmodeled_error_and_an_unreadable_event_end_the_stream() {
    let error = Message::new(Vec::new())
        .with_header(":message-type", "error")
        .with_header(":error-code", "InternalFailure")
        .with_header(":error-message", "the shard moved")
        .encode()
        .unwrap()
        .to_vec();
    let mut subscription = subscribe(vec![event("initial-response", &json!({})), error]).await;
    match next(&mut subscription.output).await {
        Some(Err(EventError::Service { code, message })) => {
            assert_eq!((code.as_str(), message.as_deref()), ("InternalFailure", Some("the shard moved")))
        }
        other => panic!("not the service's error: {other:?}"),
    }
    assert!(next(&mut subscription.output).await.is_none());
    drop(subscription.go);
    drop(subscription.output);
    tokio::time::timeout(STEP, subscription.server).await.expect("the server ends").unwrap();

    let wrong = json!({"Records": [], "ContinuationSequenceNumber": "7", "MillisBehindLatest": "soon"});
    let mut subscription =
        subscribe(vec![event("initial-response", &json!({})), event("SubscribeToShardEvent", &wrong)]).await;
    match next(&mut subscription.output).await {
        Some(Err(EventError::Event { event_type, source })) => {
            assert_eq!(event_type, "SubscribeToShardEvent");
            assert!(source.iter().any(|v| v.path.contains("MillisBehindLatest")), "{source}");
        }
        other => panic!("not an unreadable event: {other:?}"),
    }
    drop(subscription.go);
    drop(subscription.output);
    tokio::time::timeout(STEP, subscription.server).await.expect("the server ends").unwrap();
}

/// Before any stream, the operation's own errors come as a plain awsJson error response.
#[tokio::test]
async fn the_operations_errors_come_before_the_stream() {
    let body = r#"{"__type": "ResourceInUseException", "message": "Consumer is not ACTIVE."}"#;
    let server = support::Server::start(vec![support::Reply::json(400, body)]).await;
    let err = client(&server.url).send(subscription()).await.expect_err("an error response");
    let Error::Service(service) = &err else { panic!("not the service's error: {err:?}") };
    let SubscribeToShardError::ResourceInUseException(e) = &service.error else {
        panic!("not ResourceInUseException: {:?}", service.error)
    };
    assert_eq!(e.message.as_deref(), Some("Consumer is not ACTIVE."));
    assert_eq!((service.meta.code.as_str(), service.meta.status), ("ResourceInUseException", 400));
}

/// A consumer ARN that is not one, a shard id with a space and a sequence number with a leading
/// zero are refused member by member; nothing reaches the server.
#[tokio::test]
async fn invalid_input_is_refused_before_sending() {
    let server = support::Server::start(vec![support::Reply::json(200, "{}")]).await;
    let bad = SubscribeToShard {
        consumer_arn: "arn:aws:kinesis:us-east-1:123456789012:stream/orders".into(),
        stream_id: None,
        shard_id: "shard 0".into(),
        starting_position: StartingPosition {
            r#type: ShardIteratorType::AtSequenceNumber,
            sequence_number: Some("0123".into()),
            timestamp: Some(DateTime::from_secs(1_700_000_000)),
        },
        dry_run: Some(true),
    };
    let err = client(&server.url).send(bad).await.expect_err("refused");
    let Error::InvalidInput(violations) = err else { panic!("not refused before sending: {err:?}") };
    let found: Vec<(String, &str)> = violations.iter().map(|v| (v.path.clone(), v.code())).collect();
    assert_eq!(
        found,
        [
            ("ConsumerARN".to_owned(), "pattern"),
            ("ShardId".to_owned(), "pattern"),
            ("StartingPosition.SequenceNumber".to_owned(), "pattern")
        ]
    );
    let err = client(&server.url).send(SubscribeToShard { consumer_arn: " ".into(), ..subscription() }).await;
    assert!(matches!(err, Err(Error::InvalidInput(_))), "a blank ConsumerARN, the endpoint's parameter: {err:?}");
    assert!(server.requests().is_empty(), "nothing was sent: {:?}", server.requests());
}
