//! Outputs that are streams of events, through the client, against servers on 127.0.0.1 that
//! write event stream frames: restJson1's payload member (Bedrock's ConverseStream) and awsJson's
//! whole body after its `initial-response` (Kinesis' SubscribeToShard). What is checked: events
//! bound from headers and payloads, in order; an unknown event kept; a modeled exception, an
//! unmodeled error, a corrupt frame and a cut body each ending the stream with its error; and
//! events arriving while the server is still writing, so that nothing waits for the whole body.

mod support;

use std::time::Duration;

use aws_operation::event_stream::{EventError, EventStream, EventStreamError, Message};
use aws_operation::{Blob, Config, Credentials, DateTime, aws_operation, aws_service, aws_shape};
use futures_util::StreamExt;
use support::{RawReply, Server};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

/// A chat service over restJson1.
#[aws_service(id = "Chat", protocol = "restJson1", signing_name = "chat", api_version = "2024-01-01")]
pub struct Chat;

/// A piece of the answer.
#[aws_shape]
pub struct DeltaEvent {
    /// Where it goes.
    pub index: Option<i32>,
    /// The text.
    pub text: Option<String>,
}

/// The end of the answer: its reason in a header, its details as the payload's bytes.
#[aws_shape]
pub struct StopEvent {
    /// Why it stopped.
    #[aws(event_header)]
    pub reason: Option<String>,
    /// How many tokens it took.
    #[aws(event_header)]
    pub tokens: Option<i64>,
    /// When.
    #[aws(event_header)]
    pub at: Option<DateTime>,
    /// The details.
    #[aws(event_payload)]
    pub detail: Option<Blob>,
}

/// Too many requests.
#[aws_shape(error, code = "ThrottlingException", status = 429)]
pub struct ThrottlingException {
    /// What happened.
    pub message: Option<String>,
}

/// The events of an answer.
#[aws_shape(union)]
#[derive(Debug)]
pub enum ChatEvent {
    /// A piece.
    Delta(DeltaEvent),
    /// The end.
    Stop(StopEvent),
    /// An error of the stream.
    ThrottlingException(ThrottlingException),
    /// An event this client does not know.
    Unknown(aws_operation::UnknownMember),
}

/// The output: a request id in a header, the events as the body.
#[aws_shape]
pub struct AskOutput {
    /// The id of the conversation.
    #[aws(http_header = "x-conversation")]
    pub conversation: Option<String>,
    /// The events.
    #[aws(http_payload)]
    pub stream: EventStream<ChatEvent>,
}

/// Asks a question.
#[aws_operation(service = Chat, operation = "Ask", output = AskOutput, http(method = "POST", uri = "/ask", code = 200))]
pub struct Ask {
    /// The question.
    pub question: String,
}

fn config(url: &str) -> Config {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "secret", None, None))
        .endpoint_url(url)
        .max_attempts(1)
        .operation_timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

fn event(kind: &str, payload: &str) -> Message {
    Message::new(payload.to_owned().into_bytes())
        .with_header(":message-type", "event")
        .with_header(":event-type", kind)
        .with_header(":content-type", "application/json")
}

fn frames(messages: &[Message]) -> Vec<u8> {
    messages.iter().flat_map(|m| m.encode().unwrap().to_vec()).collect()
}

fn reply(body: Vec<u8>) -> RawReply {
    RawReply {
        status: 200,
        headers: vec![
            ("content-type".into(), "application/vnd.amazon.eventstream".into()),
            ("x-conversation".into(), "c-1".into()),
        ],
        body,
    }
}

async fn ask(url: &str) -> AskOutput {
    let chat = Chat::new(&config(url)).unwrap();
    chat.send(Ask { question: "why?".into() }).await.expect("the call").into_inner()
}

#[tokio::test]
async fn events_are_read_from_their_headers_and_payloads_in_order() {
    let stop = Message::new(b"\x00\x01raw".to_vec())
        .with_header(":message-type", "event")
        .with_header(":event-type", "stop")
        .with_header("reason", "end_turn")
        .with_header("tokens", 42i64)
        .with_header("at", aws_operation::event_stream::HeaderValue::Timestamp(1_700_000_000_123));
    let body = frames(&[
        event("delta", r#"{"index": 0, "text": "Because"}"#),
        event("newKind", r#"{"x": [1, 2]}"#),
        event("delta", r#"{"text": " it is.", "index": 1, "other": true}"#),
        stop,
    ]);
    let server = Server::start_raw(vec![reply(body)]).await;
    let output = ask(&server.url).await;
    assert_eq!(output.conversation.as_deref(), Some("c-1"));
    let events: Vec<_> = output.stream.collect().await;
    assert_eq!(events.len(), 4, "{events:?}");
    let mut events = events.into_iter().map(|e| e.expect("an event"));
    let Some(ChatEvent::Delta(first)) = events.next() else { panic!("not a delta") };
    assert_eq!((first.index, first.text.as_deref()), (Some(0), Some("Because")));
    let Some(ChatEvent::Unknown(unknown)) = events.next() else { panic!("not kept as unknown") };
    assert_eq!((unknown.name.as_str(), unknown.value.clone()), ("newKind", serde_json::json!({"x": [1, 2]})));
    let Some(ChatEvent::Delta(second)) = events.next() else { panic!("not a delta") };
    assert_eq!((second.index, second.text.as_deref()), (Some(1), Some(" it is.")));
    let Some(ChatEvent::Stop(stop)) = events.next() else { panic!("not the stop") };
    assert_eq!((stop.reason.as_deref(), stop.tokens), (Some("end_turn"), Some(42)));
    assert_eq!(stop.at, Some(DateTime::from_secs_nanos(1_700_000_000, 123_000_000)));
    assert_eq!(stop.detail.map(|b| b.0), Some(b"\x00\x01raw".to_vec()));
    let request = &server.requests()[0];
    assert_eq!((request.method.as_str(), request.path.as_str()), ("POST", "/ask"));
}

#[tokio::test]
async fn a_modeled_exception_ends_the_stream_as_its_typed_error() {
    let exception = Message::new(br#"{"message": "slow down"}"#.to_vec())
        .with_header(":message-type", "exception")
        .with_header(":exception-type", "throttlingException");
    let body = frames(&[event("delta", r#"{"text": "a"}"#), exception, event("delta", r#"{"text": "never"}"#)]);
    let server = Server::start_raw(vec![reply(body)]).await;
    let events: Vec<_> = ask(&server.url).await.stream.collect().await;
    assert_eq!(events.len(), 2, "nothing after the exception: {events:?}");
    assert!(matches!(&events[0], Ok(ChatEvent::Delta(_))));
    match &events[1] {
        Err(EventError::Exception(ChatEvent::ThrottlingException(e))) => {
            assert_eq!(e.message.as_deref(), Some("slow down"))
        }
        other => panic!("not the typed exception: {other:?}"),
    }
}

#[tokio::test]
async fn an_unmodeled_error_a_corrupt_frame_and_a_cut_body_end_the_stream() {
    let error = Message::new(Vec::new())
        .with_header(":message-type", "error")
        .with_header(":error-code", "InternalFailure")
        .with_header(":error-message", "it broke");
    let mut corrupt = frames(&[event("delta", r#"{"text": "a"}"#)]);
    let last = corrupt.len() - 6;
    corrupt[last] ^= 0x01;
    let mut cut = frames(&[event("delta", r#"{"text": "a"}"#), event("delta", r#"{"text": "b"}"#)]);
    cut.truncate(cut.len() - 5);
    let server = Server::start_raw(vec![reply(frames(&[error])), reply(corrupt), reply(cut)]).await;
    let events: Vec<_> = ask(&server.url).await.stream.collect().await;
    match events.as_slice() {
        [Err(EventError::Service { code, message })] => {
            assert_eq!((code.as_str(), message.as_deref()), ("InternalFailure", Some("it broke")))
        }
        other => panic!("not the service's error: {other:?}"),
    }
    let events: Vec<_> = ask(&server.url).await.stream.collect().await;
    assert!(
        matches!(events.as_slice(), [Err(EventError::Frame(EventStreamError::ChecksumMismatch { .. }))]),
        "{events:?}"
    );
    let events: Vec<_> = ask(&server.url).await.stream.collect().await;
    assert!(matches!(&events[0], Ok(ChatEvent::Delta(_))), "{events:?}");
    assert!(matches!(&events[1], Err(EventError::Frame(EventStreamError::Truncated { .. }))), "{events:?}");
    assert_eq!(events.len(), 2);
}

#[tokio::test]
async fn events_arrive_while_the_server_is_still_writing() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (release, released) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buf = Vec::new();
        support::read_request(&mut socket, &mut buf).await.expect("a request");
        let head =
            "HTTP/1.1 200 OK\r\ncontent-type: application/vnd.amazon.eventstream\r\ntransfer-encoding: chunked\r\n\r\n";
        socket.write_all(head.as_bytes()).await.unwrap();
        let mut released = Some(released);
        for (i, text) in ["one", "two"].iter().enumerate() {
            if i == 1 {
                // The second event only once the client has read the first.
                released.take().unwrap().await.unwrap();
            }
            let frame = frames(&[event("delta", &format!(r#"{{"text": "{text}"}}"#))]);
            socket.write_all(format!("{:x}\r\n", frame.len()).as_bytes()).await.unwrap();
            socket.write_all(&frame).await.unwrap();
            socket.write_all(b"\r\n").await.unwrap();
        }
        socket.write_all(b"0\r\n\r\n").await.unwrap();
    });
    let mut stream = ask(&url).await.stream;
    let first = tokio::time::timeout(Duration::from_secs(10), stream.next()).await.expect("the first event, early");
    assert!(matches!(first, Some(Ok(ChatEvent::Delta(DeltaEvent { text: Some(ref t), .. }))) if t == "one"));
    release.send(()).unwrap();
    let second = stream.next().await;
    assert!(matches!(second, Some(Ok(ChatEvent::Delta(DeltaEvent { text: Some(ref t), .. }))) if t == "two"));
    assert!(stream.next().await.is_none());
    server.await.unwrap();
}

/// A shard subscription service over awsJson1_1, whose whole body is the stream.
#[aws_service(
    id = "Shards",
    protocol = "awsJson1_1",
    target_prefix = "Shards_20131202",
    signing_name = "shards",
    api_version = "2013-12-02"
)]
pub struct Shards;

/// Records of a shard.
#[aws_shape(rename_all = "PascalCase")]
pub struct RecordsEvent {
    /// How far behind the tip.
    pub millis_behind_latest: Option<i64>,
    /// Where to continue.
    pub continuation_sequence_number: Option<String>,
}

/// The events of a subscription.
#[aws_shape(union, rename_all = "PascalCase")]
#[derive(Debug)]
pub enum ShardEvent {
    /// Records.
    RecordsEvent(RecordsEvent),
    /// An event this client does not know.
    Unknown(aws_operation::UnknownMember),
}

/// The output: the stream.
#[aws_shape(rename_all = "PascalCase")]
pub struct SubscribeOutput {
    /// The events.
    pub event_stream: EventStream<ShardEvent>,
}

/// Subscribes to a shard.
#[aws_operation(service = Shards, operation = "Subscribe", output = SubscribeOutput, rename_all = "PascalCase")]
pub struct Subscribe {
    /// The shard.
    pub shard_id: String,
}

#[tokio::test]
async fn an_rpc_stream_passes_over_its_initial_response() {
    let initial = event("initial-response", "{}");
    let records = event("RecordsEvent", r#"{"MillisBehindLatest": 5, "ContinuationSequenceNumber": "49"}"#);
    let reply = RawReply {
        status: 200,
        headers: vec![("content-type".into(), "application/vnd.amazon.eventstream".into())],
        body: frames(&[initial, records]),
    };
    let server = Server::start_raw(vec![reply]).await;
    let shards = Shards::new(&config(&server.url)).unwrap();
    let output = shards.send(Subscribe { shard_id: "shardId-000".into() }).await.unwrap().into_inner();
    let events: Vec<_> = output.event_stream.collect().await;
    match events.as_slice() {
        [Ok(ShardEvent::RecordsEvent(r))] => {
            assert_eq!((r.millis_behind_latest, r.continuation_sequence_number.as_deref()), (Some(5), Some("49")))
        }
        other => panic!("not one records event: {other:?}"),
    }
    assert_eq!(server.requests()[0].header("x-amz-target"), Some("Shards_20131202.Subscribe"));
}

#[tokio::test]
async fn operations_called_by_name_give_their_events_as_a_list() {
    use aws_operation::dynamic::DynOperation;
    let body = frames(&[event("delta", r#"{"index": 0, "text": "a"}"#), event("delta", r#"{"text": "b"}"#)]);
    let exception = Message::new(br#"{"message": "slow down"}"#.to_vec())
        .with_header(":message-type", "exception")
        .with_header(":exception-type", "throttlingException");
    let cut_short = frames(&[event("delta", r#"{"text": "a"}"#), exception]);
    let server = Server::start_raw(vec![reply(body), reply(cut_short)]).await;
    let chat = Chat::new(&config(&server.url)).unwrap();
    let ask = DynOperation::<Chat>::of::<Ask>();
    let (output, _) = ask.call(chat.client(), &serde_json::json!({"question": "why?"})).await.expect("the call");
    assert_eq!(
        output,
        serde_json::json!({
            "conversation": "c-1",
            "stream": [{"delta": {"index": 0, "text": "a"}}, {"delta": {"text": "b"}}],
        })
    );
    // An exception ends the call with the events read before it counted, and the exception.
    let error = ask.call(chat.client(), &serde_json::json!({"question": "why?"})).await.unwrap_err();
    let message = error.to_string();
    assert!(message.contains("after 1 events") && message.contains("slow down"), "{message}");
}
