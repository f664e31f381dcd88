//! Inputs that are streams of events, through the client, against a server on 127.0.0.1 written
//! here that reads the request's body frame by frame as it arrives (HTTP/1.1, chunked) and
//! answers each event with an event of its own while the request is still being sent.
//!
//! The frames are decoded with aws-smithy-eventstream and every signature is recomputed with
//! aws-sigv4's event stream signer, the AWS SDK for Rust's own, from the request's signature on:
//! neither is the runtime's code. What is checked: each event's headers of every type, its JSON
//! or raw payload and `:content-type`; the chain of `:chunk-signature`s and `:date`s, ending with
//! the signed empty message; events sent one at a time, each only once the caller yields it;
//! an event that breaks a rule of the model, and a caller's stream that fails, each ending the
//! call with that error and without the end message; and an attempt that cannot be retried once
//! its events were taken.

#[path = "support/event_signing.rs"]
mod event_signing;

use std::time::Duration;

use aws_operation::event_stream::{EventStream, EventStreamSender, Message};
use aws_operation::{Blob, Config, Credentials, DateTime, aws_operation, aws_service, aws_shape};
use aws_smithy_types::event_stream::{HeaderValue as SdkHeader, Message as SdkMessage};
use bytes::{Bytes, BytesMut};
use event_signing::{Signer, inner};
use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

/// A dictation service over restJson1.
#[aws_service(id = "Dictation", protocol = "restJson1", signing_name = "dictation", api_version = "2024-01-01")]
pub struct Dictation;

/// A piece of audio: the payload's bytes.
#[aws_shape]
pub struct AudioEvent {
    /// The bytes.
    #[aws(event_payload)]
    pub chunk: Option<Blob>,
}

/// Settings, with a header of each type and members in the payload's JSON.
#[aws_shape]
pub struct SettingsEvent {
    /// A flag.
    #[aws(event_header)]
    pub partial: Option<bool>,
    /// A byte.
    #[aws(event_header)]
    pub channels: Option<i8>,
    /// A short.
    #[aws(event_header)]
    pub rate: Option<i16>,
    /// An integer.
    #[aws(event_header)]
    pub speakers: Option<i32>,
    /// A long.
    #[aws(event_header)]
    pub offset: Option<i64>,
    /// A blob.
    #[aws(event_header)]
    pub key: Option<Blob>,
    /// A string.
    #[aws(event_header, length(max = 8))]
    pub tag: Option<String>,
    /// A timestamp.
    #[aws(event_header)]
    pub at: Option<DateTime>,
    /// Words to expect: in the JSON payload, under their JSON name.
    #[aws(json_name = "vocab", length(max = 3))]
    pub vocabulary: Option<Vec<String>>,
    /// A language, in the JSON payload.
    #[aws(pattern = "^[a-z]{2}-[A-Z]{2}$")]
    pub language: Option<String>,
}

/// A note: the payload's text.
#[aws_shape]
pub struct NoteEvent {
    /// The text.
    #[aws(event_payload)]
    pub text: Option<String>,
}

/// What the caller sends.
#[aws_shape(union)]
#[derive(Debug)]
pub enum DictationInput {
    /// Audio.
    AudioEvent(AudioEvent),
    /// Settings.
    SettingsEvent(SettingsEvent),
    /// A note.
    NoteEvent(NoteEvent),
    /// An event this client does not know.
    Unknown(aws_operation::UnknownMember),
}

/// What the service heard.
#[aws_shape]
pub struct HeardEvent {
    /// The text.
    pub text: Option<String>,
}

/// What comes back.
#[aws_shape(union)]
#[derive(Debug)]
pub enum DictationOutput {
    /// A result.
    HeardEvent(HeardEvent),
    /// An event this client does not know.
    Unknown(aws_operation::UnknownMember),
}

/// The output: the session in a header, the results as the body.
#[aws_shape]
pub struct DictateOutput {
    /// The session.
    #[aws(http_header = "x-session")]
    pub session: Option<String>,
    /// The results.
    #[aws(http_payload)]
    pub results: EventStream<DictationOutput>,
}

/// Dictates.
#[aws_operation(service = Dictation, operation = "Dictate", output = DictateOutput, http(method = "POST", uri = "/dictate", code = 200))]
pub struct Dictate {
    /// The language of the audio.
    #[aws(http_header = "x-language", pattern = "^[a-z]{2}$")]
    pub language: String,
    /// The events.
    #[aws(http_payload)]
    pub events: EventStreamSender<DictationInput>,
}

const ACCESS_KEY: &str = "AKIDDICTATION";
const SECRET: &str = "dictation/secret/key";
/// The signer the server checks against.
const SIGNER: Signer = Signer { access_key: ACCESS_KEY, secret: SECRET, region: "eu-west-1", service: "dictation" };
/// How long any one step may take.
const STEP: Duration = Duration::from_secs(10);

fn client(url: &str, attempts: u32) -> Dictation {
    let config = Config::builder()
        .region("eu-west-1")
        .credentials(Credentials::new(ACCESS_KEY, SECRET, None, None))
        .endpoint_url(url)
        .max_attempts(attempts)
        .operation_timeout(Duration::from_secs(30))
        .build()
        .expect("config");
    Dictation::new(&config).expect("client")
}

/// A request as the server read it: its head, and the frames of its body as they came.
#[derive(Debug)]
struct Head {
    request_line: String,
    headers: Vec<(String, String)>,
}

impl Head {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// What the server saw of one request.
#[derive(Debug)]
enum Seen {
    Head(Head),
    /// An outer frame, decoded.
    Frame(SdkMessage),
    /// The body ended: cleanly (the last chunk came) or not.
    End {
        clean: bool,
    },
}

/// Reads the head of a request.
async fn read_head(socket: &mut TcpStream, buffer: &mut BytesMut) -> Option<Head> {
    loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8(buffer.split_to(at + 4).to_vec()).expect("a UTF-8 head");
            let mut lines = head.split("\r\n");
            let request_line = lines.next()?.to_owned();
            let headers = lines
                .filter(|l| !l.is_empty())
                .map(|l| {
                    let (name, value) = l.split_once(':').expect("a header line");
                    (name.trim().to_ascii_lowercase(), value.trim().to_owned())
                })
                .collect();
            return Some(Head { request_line, headers });
        }
        if socket.read_buf(buffer).await.ok()? == 0 {
            return None;
        }
    }
}

/// Reads the chunked body, handing each whole outer frame to `seen` as it completes; after
/// each frame that carries an event, `answer` says what to write back (raw frame bytes).
async fn read_frames(
    socket: &mut TcpStream,
    mut buffer: BytesMut,
    seen: &mpsc::UnboundedSender<Seen>,
    mut answer: impl FnMut(&SdkMessage) -> Option<Vec<u8>>,
) {
    let mut body = BytesMut::new();
    let mut decoder = aws_smithy_eventstream::frame::MessageFrameDecoder::new();
    loop {
        // One chunk: its size line, the bytes, CRLF.
        let size = loop {
            if let Some(at) = buffer.windows(2).position(|w| w == b"\r\n") {
                let line = String::from_utf8(buffer.split_to(at + 2)[..at].to_vec()).expect("a size line");
                break usize::from_str_radix(line.split(';').next().unwrap_or_default(), 16).expect("a hex size");
            }
            if socket.read_buf(&mut buffer).await.unwrap_or(0) == 0 {
                let _ = seen.send(Seen::End { clean: false });
                return;
            }
        };
        while buffer.len() < size + 2 {
            if socket.read_buf(&mut buffer).await.unwrap_or(0) == 0 {
                let _ = seen.send(Seen::End { clean: false });
                return;
            }
        }
        let chunk = buffer.split_to(size + 2);
        if size == 0 {
            let _ = seen.send(Seen::End { clean: true });
            return;
        }
        body.extend_from_slice(&chunk[..size]);
        while let aws_smithy_eventstream::frame::DecodedFrame::Complete(message) =
            decoder.decode_frame(&mut body).expect("a valid frame")
        {
            if let Some(reply) = answer(&message) {
                chunk_out(socket, &reply).await;
            }
            let _ = seen.send(Seen::Frame(message));
        }
    }
}

/// Writes `bytes` as one chunk of the response.
async fn chunk_out(socket: &mut TcpStream, bytes: &[u8]) {
    let _ = socket.write_all(format!("{:x}\r\n", bytes.len()).as_bytes()).await;
    let _ = socket.write_all(bytes).await;
    let _ = socket.write_all(b"\r\n").await;
    let _ = socket.flush().await;
}

/// The frame of a `HeardEvent` of `text`.
fn heard(text: &str) -> Vec<u8> {
    let payload = serde_json::json!({ "text": text }).to_string();
    let message = Message::new(payload.into_bytes())
        .with_header(":message-type", "event")
        .with_header(":event-type", "heardEvent")
        .with_header(":content-type", "application/json");
    message.encode().expect("a frame").to_vec()
}

/// A server of one dictation at a time: it answers with the head of an event stream at once,
/// then a `HeardEvent` for each event it reads (naming its type), and ends its answer when the
/// request's body ends; each request's head, frames and end go to `seen`.
async fn start() -> (String, mpsc::UnboundedReceiver<Seen>, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (seen, rx) = mpsc::unbounded_channel();
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.expect("a connection");
        let mut buffer = BytesMut::new();
        let Some(head) = read_head(&mut socket, &mut buffer).await else { return };
        let _ = seen.send(Seen::Head(head));
        let reply = "HTTP/1.1 200 OK\r\ncontent-type: application/vnd.amazon.eventstream\r\n\
                     x-session: s-1\r\ntransfer-encoding: chunked\r\n\r\n";
        let _ = socket.write_all(reply.as_bytes()).await;
        read_frames(&mut socket, buffer, &seen, |outer| {
            let event = inner(outer)?;
            let kind = event.headers().iter().find(|h| h.name().as_str() == ":event-type")?;
            Some(heard(kind.value().as_string().ok()?.as_str()))
        })
        .await;
        let _ = socket.write_all(b"0\r\n\r\n").await;
    });
    (url, rx, server)
}

async fn next_seen(rx: &mut mpsc::UnboundedReceiver<Seen>) -> Seen {
    tokio::time::timeout(STEP, rx.recv()).await.expect("the server sees something").expect("the server runs")
}

fn header<'a>(event: &'a SdkMessage, name: &str) -> &'a SdkHeader {
    event.headers().iter().find(|h| h.name().as_str() == name).map(|h| h.value()).unwrap_or_else(|| {
        panic!("no `{name}` in {:?}", event.headers());
    })
}

fn settings() -> SettingsEvent {
    SettingsEvent {
        partial: Some(false),
        channels: Some(-2),
        rate: Some(16_000),
        speakers: Some(70_000),
        offset: Some(-5_000_000_000),
        key: Some(Blob(vec![0, 1, 255])),
        tag: Some("t1".into()),
        at: Some(DateTime::from_secs_nanos(1_700_000_000, 250_000_000)),
        vocabulary: Some(vec!["alpha".into(), "beta".into()]),
        language: Some("en-GB".into()),
    }
}

#[tokio::test]
async fn events_go_one_by_one_signed_in_a_chain_and_answers_come_between_them() {
    let (url, mut seen, server) = start().await;
    let (events, rx) = mpsc::channel::<DictationInput>(1);
    let input = Dictate { language: "en".into(), events: EventStreamSender::new(tokio_stream(rx)) };
    events.send(DictationInput::SettingsEvent(settings())).await.unwrap();
    let call = tokio::time::timeout(STEP, client(&url, 1).send(input)).await.expect("the head in time");
    let mut output = call.expect("the call").into_inner();
    assert_eq!(output.session.as_deref(), Some("s-1"));

    let Seen::Head(head) = next_seen(&mut seen).await else { panic!("the head first") };
    assert_eq!(head.request_line, "POST /dictate HTTP/1.1");
    assert_eq!(head.header("content-type"), Some("application/vnd.amazon.eventstream"));
    assert_eq!(head.header("x-amz-content-sha256"), Some("STREAMING-AWS4-HMAC-SHA256-EVENTS"));
    assert_eq!(head.header("transfer-encoding"), Some("chunked"));
    assert_eq!(head.header("content-length"), None);
    assert_eq!(head.header("x-language"), Some("en"));
    let authorization = head.header("authorization").unwrap();
    assert!(authorization.contains("/eu-west-1/dictation/aws4_request"), "{authorization}");
    assert!(authorization.contains("x-amz-content-sha256"), "the payload hash is signed: {authorization}");

    // Each event reaches the server, and its answer the caller, before the next is yielded.
    let mut frames = Vec::new();
    let Seen::Frame(first) = next_seen(&mut seen).await else { panic!("a frame") };
    frames.push(first);
    let answer = tokio::time::timeout(STEP, output.results.next()).await.expect("an answer in time");
    assert!(
        matches!(answer, Some(Ok(DictationOutput::HeardEvent(HeardEvent { text: Some(t) }))) if t == "settingsEvent")
    );
    for (i, event) in [
        DictationInput::AudioEvent(AudioEvent { chunk: Some(Blob(vec![1, 2, 3, 0, 255])) }),
        DictationInput::NoteEvent(NoteEvent { text: Some("ünïcode note".into()) }),
        DictationInput::AudioEvent(AudioEvent { chunk: None }),
    ]
    .into_iter()
    .enumerate()
    {
        tokio::time::sleep(Duration::from_millis(if i == 0 { 1100 } else { 0 })).await;
        events.send(event).await.unwrap();
        let Seen::Frame(frame) = next_seen(&mut seen).await else { panic!("a frame") };
        frames.push(frame);
        let answer = tokio::time::timeout(STEP, output.results.next()).await.expect("an answer in time");
        assert!(matches!(answer, Some(Ok(DictationOutput::HeardEvent(_)))), "{answer:?}");
    }
    assert!(seen.try_recv().is_err(), "nothing is sent before the caller yields it");
    drop(events);
    let Seen::Frame(end) = next_seen(&mut seen).await else { panic!("the end frame") };
    frames.push(end);
    assert!(matches!(next_seen(&mut seen).await, Seen::End { clean: true }));
    assert!(tokio::time::timeout(STEP, output.results.next()).await.expect("the end in time").is_none());
    tokio::time::timeout(STEP, server).await.expect("the server ends").unwrap();

    let events = SIGNER.verify_chain(&SIGNER.seed(&head.request_line, &head.headers), &frames);
    assert_eq!(events.len(), 4);
    let kinds: Vec<String> =
        events.iter().map(|e| header(e, ":event-type").as_string().unwrap().as_str().to_owned()).collect();
    assert_eq!(kinds, ["settingsEvent", "audioEvent", "noteEvent", "audioEvent"]);
    for event in &events {
        assert_eq!(header(event, ":message-type").as_string().unwrap().as_str(), "event");
    }

    // Settings: a header of each type, the other members as JSON under their JSON names.
    let settings = &events[0];
    assert_eq!(header(settings, ":content-type").as_string().unwrap().as_str(), "application/json");
    assert_eq!(header(settings, "partial"), &SdkHeader::Bool(false));
    assert_eq!(header(settings, "channels"), &SdkHeader::Byte(-2));
    assert_eq!(header(settings, "rate"), &SdkHeader::Int16(16_000));
    assert_eq!(header(settings, "speakers"), &SdkHeader::Int32(70_000));
    assert_eq!(header(settings, "offset"), &SdkHeader::Int64(-5_000_000_000));
    assert_eq!(header(settings, "key"), &SdkHeader::ByteArray(Bytes::from_static(&[0, 1, 255])));
    assert_eq!(header(settings, "tag").as_string().unwrap().as_str(), "t1");
    let SdkHeader::Timestamp(at) = header(settings, "at") else { panic!("a timestamp header") };
    assert_eq!((at.secs(), at.subsec_nanos()), (1_700_000_000, 250_000_000));
    let json: serde_json::Value = serde_json::from_slice(settings.payload()).unwrap();
    assert_eq!(json, serde_json::json!({ "vocab": ["alpha", "beta"], "language": "en-GB" }));

    // Audio: the raw bytes; a note: its text; an empty audio event: no payload.
    assert_eq!(header(&events[1], ":content-type").as_string().unwrap().as_str(), "application/octet-stream");
    assert_eq!(&events[1].payload()[..], &[1, 2, 3, 0, 255]);
    assert_eq!(header(&events[2], ":content-type").as_string().unwrap().as_str(), "text/plain");
    assert_eq!(&events[2].payload()[..], "ünïcode note".as_bytes());
    assert!(events[3].payload().is_empty(), "{:?}", events[3].payload());
}

/// Sends `input` and reads its results to the end: the error the call or its stream ended with.
async fn failure(url: &str, input: Dictate) -> String {
    let call = async {
        let mut output = client(url, 1).send(input).await.map_err(|e| aws_operation::error::chain(&e))?.into_inner();
        while let Some(item) = output.results.next().await {
            item.map_err(|e| aws_operation::error::chain(&e))?;
        }
        Ok::<(), String>(())
    };
    tokio::time::timeout(STEP, call).await.expect("the call ends").expect_err("the call fails")
}

/// Checks that no frame reached the server: the connection ended (or never began) before any
/// event, without the end of the body.
async fn assert_nothing_sent(seen: &mut mpsc::UnboundedReceiver<Seen>) {
    while let Some(what) = tokio::time::timeout(STEP, seen.recv()).await.expect("the server ends") {
        assert!(matches!(what, Seen::Head(_) | Seen::End { clean: false }), "nothing is sent: {what:?}");
    }
}

/// A receiver as a stream.
fn tokio_stream<T: Send + 'static>(mut rx: mpsc::Receiver<T>) -> impl futures_core::Stream<Item = T> + Send {
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}

#[tokio::test]
async fn an_event_that_breaks_a_rule_ends_the_call_unsent_and_names_the_member() {
    let (url, mut seen, server) = start().await;
    let (events, rx) = mpsc::channel::<DictationInput>(1);
    let input = Dictate { language: "en".into(), events: EventStreamSender::new(tokio_stream(rx)) };
    events.send(DictationInput::AudioEvent(AudioEvent { chunk: Some(Blob(b"ok".to_vec())) })).await.unwrap();
    let mut output = tokio::time::timeout(STEP, client(&url, 1).send(input)).await.unwrap().unwrap().into_inner();
    let Seen::Head(_) = next_seen(&mut seen).await else { panic!("the head") };
    let Seen::Frame(first) = next_seen(&mut seen).await else { panic!("the first event") };
    assert!(inner(&first).is_some());
    assert!(matches!(tokio::time::timeout(STEP, output.results.next()).await.unwrap(), Some(Ok(_))));

    let bad = SettingsEvent { tag: Some("far too long".into()), language: Some("english".into()), ..settings() };
    events.send(DictationInput::SettingsEvent(bad)).await.unwrap();
    let end = tokio::time::timeout(STEP, output.results.next()).await.expect("the stream ends");
    let Some(Err(aws_operation::event_stream::EventError::Body(aws_operation::byte_stream::ByteStreamError::Events(
        cause,
    )))) = end
    else {
        panic!("the stream ends with the event's failure: {end:?}")
    };
    let aws_operation::event_stream::EventSendError::Invalid(violations) = &*cause else { panic!("{cause:?}") };
    let text = violations.to_string();
    assert!(text.contains("settingsEvent.tag") && text.contains("length must be at most 8"), "{text}");
    assert!(text.contains("settingsEvent.language"), "every broken rule is named: {text}");
    assert!(matches!(next_seen(&mut seen).await, Seen::End { clean: false }), "no end frame, no second event");
    tokio::time::timeout(STEP, server).await.expect("the server ends").unwrap();
}

#[tokio::test]
async fn an_event_that_breaks_a_rule_before_the_answer_fails_the_call() {
    let (url, mut seen, server) = start().await;
    let bad = SettingsEvent { language: Some("english".into()), ..settings() };
    let input =
        Dictate { language: "en".into(), events: vec![DictationInput::SettingsEvent(bad)].into_iter().collect() };
    let text = failure(&url, input).await;
    assert!(text.contains("an event breaks the model's rules") && text.contains("settingsEvent.language"), "{text}");
    assert_nothing_sent(&mut seen).await;
    tokio::time::timeout(STEP, server).await.expect("the server ends").unwrap();
}

#[tokio::test]
async fn a_failing_stream_ends_the_call_with_its_error_and_no_end_frame() {
    let (url, mut seen, server) = start().await;
    let (events, rx) = mpsc::channel::<Result<DictationInput, std::io::Error>>(1);
    let input = Dictate { language: "en".into(), events: EventStreamSender::try_new(tokio_stream(rx)) };
    events.send(Ok(DictationInput::AudioEvent(AudioEvent { chunk: Some(Blob(b"first".to_vec())) }))).await.unwrap();
    let mut output = tokio::time::timeout(STEP, client(&url, 1).send(input)).await.unwrap().unwrap().into_inner();
    let Seen::Head(_) = next_seen(&mut seen).await else { panic!("the head") };
    let Seen::Frame(_) = next_seen(&mut seen).await else { panic!("the first event") };
    assert!(matches!(tokio::time::timeout(STEP, output.results.next()).await.unwrap(), Some(Ok(_))));
    events.send(Err(std::io::Error::other("the microphone went away"))).await.unwrap();
    let end = tokio::time::timeout(STEP, output.results.next()).await.expect("the stream ends");
    let text = match end {
        Some(Err(e)) => aws_operation::error::chain(&e),
        other => panic!("the stream ends with an error: {other:?}"),
    };
    assert!(text.contains("the stream of events failed: the microphone went away"), "{text}");
    assert!(matches!(next_seen(&mut seen).await, Seen::End { clean: false }), "no end frame");
    tokio::time::timeout(STEP, server).await.expect("the server ends").unwrap();
}

#[tokio::test]
async fn an_empty_stream_sends_the_end_frame_alone() {
    let (url, mut seen, server) = start().await;
    let input = Dictate { language: "en".into(), events: EventStreamSender::default() };
    let mut output = tokio::time::timeout(STEP, client(&url, 1).send(input)).await.unwrap().unwrap().into_inner();
    assert!(tokio::time::timeout(STEP, output.results.next()).await.unwrap().is_none());
    let Seen::Head(head) = next_seen(&mut seen).await else { panic!("the head") };
    let Seen::Frame(end) = next_seen(&mut seen).await else { panic!("the end frame") };
    assert!(matches!(next_seen(&mut seen).await, Seen::End { clean: true }));
    assert!(SIGNER.verify_chain(&SIGNER.seed(&head.request_line, &head.headers), &[end]).is_empty());
    tokio::time::timeout(STEP, server).await.unwrap().unwrap();
}

#[tokio::test]
async fn input_that_breaks_a_rule_is_refused_before_anything_is_sent() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let input = Dictate { language: "english".into(), events: EventStreamSender::default() };
    let err = client(&url, 1).send(input).await.expect_err("refused");
    assert!(aws_operation::error::chain(&err).contains("language"), "{err}");
    let accepted = tokio::time::timeout(Duration::from_millis(300), listener.accept()).await;
    assert!(accepted.is_err(), "nothing connected for the refused input");
}

#[tokio::test]
async fn an_event_this_client_does_not_know_cannot_be_sent() {
    let (url, mut seen, server) = start().await;
    let unknown = aws_operation::UnknownMember { name: "LaterEvent".into(), value: serde_json::Value::Null };
    let input = Dictate { language: "en".into(), events: vec![DictationInput::Unknown(unknown)].into_iter().collect() };
    let text = failure(&url, input).await;
    assert!(text.contains("LaterEvent") && text.contains("cannot be sent"), "{text}");
    assert_nothing_sent(&mut seen).await;
    tokio::time::timeout(STEP, server).await.expect("the server ends").unwrap();
}

#[tokio::test]
async fn a_call_whose_events_were_taken_is_not_retried() {
    // The server answers 503 (retryable) as soon as it has the head and the first frame.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        let mut connections = 0;
        while let Ok(Ok((mut socket, _))) = tokio::time::timeout(Duration::from_secs(2), listener.accept()).await {
            connections += 1;
            let mut buffer = BytesMut::new();
            if read_head(&mut socket, &mut buffer).await.is_none() {
                continue;
            }
            let body = r#"{"message": "slow down"}"#;
            let reply = format!(
                "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\nx-amzn-errortype: \
                 ServiceUnavailableException\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(reply.as_bytes()).await;
            let _ = socket.shutdown().await;
        }
        connections
    });
    let events = vec![DictationInput::AudioEvent(AudioEvent { chunk: Some(Blob(b"once".to_vec())) })];
    let input = Dictate { language: "en".into(), events: events.into_iter().collect() };
    let err = tokio::time::timeout(STEP, client(&url, 3).send(input)).await.expect("in time").expect_err("an error");
    let text = aws_operation::error::chain(&err);
    assert!(text.contains("503") || text.contains("ServiceUnavailable") || text.contains("sent once"), "{text}");
    assert_eq!(server.await.unwrap(), 1, "one request only: {text}");
}
