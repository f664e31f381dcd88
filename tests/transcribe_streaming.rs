//! The two operations whose input is a stream of events, over HTTP/2 as AWS serves them (the
//! `http2` feature, prior knowledge against h2c servers on 127.0.0.1 written here with hyper):
//! Transcribe Streaming's `StartStreamTranscription`, audio up and transcripts down, and Bedrock
//! Runtime's `InvokeModelWithBidirectionalStream`, chunks both ways.
//!
//! Each server reads the request's DATA frames as they come, decodes the event stream with
//! aws-smithy-eventstream, recomputes every signature with aws-sigv4 (`support/event_signing.rs`)
//! and answers each event at once, while the request is still open: the test yields the next
//! event only once the answer to the last one has arrived, so the exchange is full duplex, one
//! stream of one connection. Also checked: the request's headers as the model binds them, the
//! stream's modeled exception typed, and an event refused by the model's rules ending the call
//! without the end message.

#![cfg(feature = "http2")]

#[path = "support/event_signing.rs"]
mod event_signing;

use std::convert::Infallible;
use std::time::Duration;

use aws_operation::event_stream::{EventError, EventStreamSender, Message};
use aws_operation::{Blob, Config, Credentials};
use aws_operation_bedrock_runtime::{
    BedrockRuntime, BidirectionalInputPayloadPart, InvokeModelWithBidirectionalStream,
    InvokeModelWithBidirectionalStreamInput, InvokeModelWithBidirectionalStreamOutput,
};
use aws_operation_transcribe_streaming::{
    AudioEvent, AudioStream, LanguageCode, MediaEncoding, TranscribeStreaming, TranscriptResultStream,
};
use aws_smithy_types::event_stream::{HeaderValue as SdkHeader, Message as SdkMessage};
use bytes::{Bytes, BytesMut};
use event_signing::{Signer, inner};
use futures_util::StreamExt;
use http::{Request, Response, Version};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde_json::json;
use tokio::net::TcpListener;
use tokio::sync::mpsc;

/// How long any one step may take.
const STEP: Duration = Duration::from_secs(10);
const ACCESS_KEY: &str = "AKIDSTREAMS";
const SECRET: &str = "streams/secret";

type Body = UnsyncBoxBody<Bytes, std::io::Error>;

/// What a server saw of the request.
#[derive(Debug)]
enum Seen {
    Head {
        version: Version,
        path: String,
        headers: Vec<(String, String)>,
    },
    Frame(SdkMessage),
    /// The body ended: cleanly, or cut (a reset stream).
    End {
        clean: bool,
    },
}

/// An answer to one event: the frames to write back (none to write nothing).
type Answer = fn(&SdkMessage) -> Vec<Vec<u8>>;

/// An h2c server for one call: it records the head, answers at once with the head of an event
/// stream, then for each event of the request writes what `answer` gives, and ends its body when
/// the request's ends.
async fn start(answer: Answer) -> (String, mpsc::UnboundedReceiver<Seen>, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (seen, rx) = mpsc::unbounded_channel();
    let server = tokio::spawn(async move {
        let Ok(Ok((socket, _))) = tokio::time::timeout(STEP, listener.accept()).await else { return };
        let service = service_fn(move |request: Request<Incoming>| {
            let seen = seen.clone();
            async move {
                let (head, body) = request.into_parts();
                let headers = head
                    .headers
                    .iter()
                    .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap_or_default().to_owned()))
                    .collect();
                let _ = seen.send(Seen::Head { version: head.version, path: head.uri.path().to_owned(), headers });
                let (out, frames) = mpsc::channel::<Vec<u8>>(8);
                tokio::spawn(read_events(body, seen, out, answer));
                let frames = futures_util::stream::unfold(frames, |mut frames| async move {
                    let bytes = frames.recv().await?;
                    Some((Ok::<_, std::io::Error>(Frame::data(Bytes::from(bytes))), frames))
                });
                let response = Response::builder()
                    .header("content-type", "application/vnd.amazon.eventstream")
                    .header("x-amzn-request-id", "req-stream")
                    .header("x-amzn-transcribe-session-id", "11111111-2222-3333-4444-555555555555")
                    .body(StreamBody::new(frames).boxed_unsync())
                    .unwrap();
                Ok::<Response<Body>, Infallible>(response)
            }
        });
        let builder = hyper::server::conn::http2::Builder::new(TokioExecutor::new());
        let _ = builder.serve_connection(TokioIo::new(socket), service).await;
    });
    (url, rx, server)
}

/// Reads the request's body frame by frame, each outer message to `seen`, each answer to `out`.
async fn read_events(
    mut body: Incoming,
    seen: mpsc::UnboundedSender<Seen>,
    out: mpsc::Sender<Vec<u8>>,
    answer: Answer,
) {
    let mut buffer = BytesMut::new();
    let mut decoder = aws_smithy_eventstream::frame::MessageFrameDecoder::new();
    loop {
        match body.frame().await {
            None => {
                let _ = seen.send(Seen::End { clean: true });
                return;
            }
            Some(Err(_)) => {
                let _ = seen.send(Seen::End { clean: false });
                return;
            }
            Some(Ok(frame)) => {
                let Ok(data) = frame.into_data() else { continue };
                buffer.extend_from_slice(&data);
                while let aws_smithy_eventstream::frame::DecodedFrame::Complete(message) =
                    decoder.decode_frame(&mut buffer).expect("a valid frame")
                {
                    for reply in answer(&message) {
                        let _ = out.send(reply).await;
                    }
                    let _ = seen.send(Seen::Frame(message));
                }
            }
        }
    }
}

async fn next_seen(rx: &mut mpsc::UnboundedReceiver<Seen>) -> Seen {
    tokio::time::timeout(STEP, rx.recv()).await.expect("the server sees something").expect("the server runs")
}

fn config(url: &str, region: &str) -> Config {
    Config::builder()
        .region(region)
        .credentials(Credentials::new(ACCESS_KEY, SECRET, None, None))
        .endpoint_url(url)
        .http2_prior_knowledge(true)
        .max_attempts(1)
        .operation_timeout(Duration::from_secs(30))
        .build()
        .expect("config")
}

/// The headers as signed: HTTP/2 carries the host as `:authority`, not as a header.
fn with_host(headers: &[(String, String)], url: &str) -> Vec<(String, String)> {
    let mut headers = headers.to_vec();
    if !headers.iter().any(|(name, _)| name == "host") {
        headers.push(("host".into(), url.trim_start_matches("http://").to_owned()));
    }
    headers
}

/// A receiver as a stream.
fn receiver<T: Send + 'static>(mut rx: mpsc::Receiver<T>) -> impl futures_core::Stream<Item = T> + Send {
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}

fn event_frame(kind: &str, payload: serde_json::Value) -> Vec<u8> {
    let message = Message::new(payload.to_string().into_bytes())
        .with_header(":message-type", "event")
        .with_header(":event-type", kind)
        .with_header(":content-type", "application/json");
    message.encode().unwrap().to_vec()
}

fn header<'a>(event: &'a SdkMessage, name: &str) -> &'a str {
    match event.headers().iter().find(|h| h.name().as_str() == name).map(|h| h.value()) {
        Some(SdkHeader::String(text)) => text.as_str(),
        other => panic!("`{name}` is a string header: {other:?}"),
    }
}

/// Transcribe's answer to an audio event: a partial transcript of as many words as the chunk
/// has bytes; to a chunk of `!`, its `BadRequestException`.
fn transcribe(outer: &SdkMessage) -> Vec<Vec<u8>> {
    let Some(event) = inner(outer) else { return Vec::new() };
    if event.payload().starts_with(b"!") {
        let message = Message::new(json!({ "Message": "audio is not PCM" }).to_string().into_bytes())
            .with_header(":message-type", "exception")
            .with_header(":exception-type", "BadRequestException")
            .with_header(":content-type", "application/json");
        return vec![message.encode().unwrap().to_vec()];
    }
    let words = vec!["word"; event.payload().len()].join(" ");
    let transcript = json!({ "Transcript": { "Results": [{
        "ResultId": "r-1", "StartTime": 0.0, "EndTime": 0.5, "IsPartial": true,
        "Alternatives": [{ "Transcript": words, "Items": [
            { "Content": "word", "Type": "pronunciation", "StartTime": 0.0, "EndTime": 0.25, "Confidence": 0.9 }
        ] }]
    }] } });
    vec![event_frame("TranscriptEvent", transcript)]
}

const TRANSCRIBE: Signer =
    Signer { access_key: ACCESS_KEY, secret: SECRET, region: "us-west-2", service: "transcribe" };

/// Transcribes `audio` through the fluent builder: PCM at 16 kHz, US English, partial results
/// stabilized.
async fn transcribe_call(
    client: &TranscribeStreaming,
    audio: EventStreamSender<AudioStream>,
) -> aws_operation_transcribe_streaming::StartStreamTranscriptionResponse {
    let call = client
        .start_stream_transcription()
        .language_code(LanguageCode::EnUs)
        .media_sample_rate_hertz(16_000)
        .media_encoding(MediaEncoding::Pcm)
        .session_id("11111111-2222-3333-4444-555555555555")
        .enable_partial_results_stabilization(true)
        .partial_results_stability(aws_operation_transcribe_streaming::PartialResultsStability::High)
        .audio_stream(audio)
        .send();
    tokio::time::timeout(STEP, call).await.expect("the head in time").expect("the call").into_inner()
}

fn audio(bytes: &[u8]) -> AudioStream {
    AudioStream::AudioEvent(AudioEvent { audio_chunk: Some(Blob(bytes.to_vec())) })
}

#[tokio::test]
async fn audio_goes_up_while_transcripts_come_down_on_one_http2_stream() {
    let (url, mut seen, server) = start(transcribe).await;
    let client = TranscribeStreaming::new(&config(&url, "us-west-2")).unwrap();
    let (chunks, rx) = mpsc::channel(1);
    chunks.send(audio(&[1, 2])).await.unwrap();
    let output = transcribe_call(&client, EventStreamSender::new(receiver(rx))).await;
    assert_eq!(output.request_id.as_deref(), Some("req-stream"));
    assert_eq!(output.session_id.as_deref(), Some("11111111-2222-3333-4444-555555555555"));
    let mut transcripts = output.transcript_result_stream.expect("a transcript stream");

    let Seen::Head { version, path, headers } = next_seen(&mut seen).await else { panic!("the head first") };
    assert_eq!(version, Version::HTTP_2);
    assert_eq!(path, "/stream-transcription");
    let get = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    assert_eq!(get("x-amzn-transcribe-language-code"), Some("en-US"));
    assert_eq!(get("x-amzn-transcribe-sample-rate"), Some("16000"));
    assert_eq!(get("x-amzn-transcribe-media-encoding"), Some("pcm"));
    assert_eq!(get("x-amzn-transcribe-enable-partial-results-stabilization"), Some("true"));
    assert_eq!(get("x-amzn-transcribe-partial-results-stability"), Some("high"));
    assert_eq!(get("content-type"), Some("application/vnd.amazon.eventstream"));
    assert_eq!(get("x-amz-content-sha256"), Some("STREAMING-AWS4-HMAC-SHA256-EVENTS"));
    assert_eq!(get("content-length"), None);

    let mut frames = Vec::new();
    for (i, chunk) in [&[3u8, 4, 5][..], &[6; 4][..], &[][..]].into_iter().enumerate() {
        let Seen::Frame(frame) = next_seen(&mut seen).await else { panic!("frame {i}") };
        frames.push(frame);
        let answer = tokio::time::timeout(STEP, transcripts.next()).await.expect("an answer in time");
        let Some(Ok(TranscriptResultStream::TranscriptEvent(event))) = answer else { panic!("{answer:?}") };
        let results = event.transcript.and_then(|t| t.results).unwrap_or_default();
        assert_eq!(results[0].is_partial, Some(true));
        let alternative = &results[0].alternatives.as_ref().unwrap()[0];
        let expected = if i == 0 { 2 } else { [3, 4][i - 1] };
        assert_eq!(alternative.transcript.as_deref().unwrap().split(' ').count(), expected);
        if !chunk.is_empty() {
            chunks.send(audio(chunk)).await.unwrap();
        }
    }
    drop(chunks);
    let Seen::Frame(end) = next_seen(&mut seen).await else { panic!("the end frame") };
    frames.push(end);
    assert!(matches!(next_seen(&mut seen).await, Seen::End { clean: true }));
    assert!(tokio::time::timeout(STEP, transcripts.next()).await.expect("the end in time").is_none());
    // The connection ends with the client's pool, and the server with it.
    drop(client);
    tokio::time::timeout(STEP, server).await.expect("the server ends").unwrap();

    let request_line = format!("POST {path} HTTP/2");
    let signed_headers = with_host(&headers, &url);
    let events = TRANSCRIBE.verify_chain(&TRANSCRIBE.seed(&request_line, &signed_headers), &frames);
    assert_eq!(events.len(), 3);
    for (event, bytes) in events.iter().zip([&[1u8, 2][..], &[3, 4, 5], &[6; 4]]) {
        assert_eq!(header(event, ":event-type"), "AudioEvent");
        assert_eq!(header(event, ":message-type"), "event");
        assert_eq!(header(event, ":content-type"), "application/octet-stream");
        assert_eq!(&event.payload()[..], bytes);
    }
}

#[tokio::test]
async fn the_streams_modeled_exception_ends_it_typed() {
    let (url, mut seen, server) = start(transcribe).await;
    let client = TranscribeStreaming::new(&config(&url, "us-west-2")).unwrap();
    let (chunks, rx) = mpsc::channel(1);
    chunks.send(audio(b"!not pcm")).await.unwrap();
    let output = transcribe_call(&client, EventStreamSender::new(receiver(rx))).await;
    let mut transcripts = output.transcript_result_stream.unwrap();
    let end = tokio::time::timeout(STEP, transcripts.next()).await.unwrap();
    let Some(Err(EventError::Exception(TranscriptResultStream::BadRequestException(e)))) = end else {
        panic!("{end:?}")
    };
    assert_eq!(e.message.as_deref(), Some("audio is not PCM"));
    drop((chunks, transcripts));
    let Seen::Head { .. } = next_seen(&mut seen).await else { panic!("the head") };
    // The connection ends with the client's pool, and the server with it.
    drop(client);
    tokio::time::timeout(STEP, server).await.expect("the server ends").unwrap();
}

#[tokio::test]
async fn audio_that_breaks_the_models_rules_ends_the_call_without_the_end_message() {
    let (url, mut seen, server) = start(transcribe).await;
    let client = TranscribeStreaming::new(&config(&url, "us-west-2")).unwrap();
    let (chunks, rx) = mpsc::channel(1);
    chunks.send(audio(&[1])).await.unwrap();
    let output = transcribe_call(&client, EventStreamSender::new(receiver(rx))).await;
    let mut transcripts = output.transcript_result_stream.unwrap();
    assert!(matches!(tokio::time::timeout(STEP, transcripts.next()).await.unwrap(), Some(Ok(_))));
    // An event the client does not know cannot be sent.
    let unknown = aws_operation::UnknownMember { name: "ConfigurationEvent".into(), value: json!({}) };
    chunks.send(AudioStream::Unknown(unknown)).await.unwrap();
    let end = tokio::time::timeout(STEP, transcripts.next()).await.expect("the stream ends");
    let text = match end {
        Some(Err(e)) => aws_operation::error::chain(&e),
        other => panic!("an error ends the stream: {other:?}"),
    };
    assert!(text.contains("an event breaks the model's rules") && text.contains("ConfigurationEvent"), "{text}");
    let Seen::Head { .. } = next_seen(&mut seen).await else { panic!("the head") };
    let Seen::Frame(_) = next_seen(&mut seen).await else { panic!("the first event") };
    assert!(matches!(next_seen(&mut seen).await, Seen::End { clean: false }), "reset, without the end message");
    // The connection ends with the client's pool, and the server with it.
    drop(client);
    tokio::time::timeout(STEP, server).await.expect("the server ends").unwrap();
}

/// Bedrock's answer to a chunk: a chunk of its own, the bytes reversed.
fn echo(outer: &SdkMessage) -> Vec<Vec<u8>> {
    let Some(event) = inner(outer) else { return Vec::new() };
    let payload: serde_json::Value = serde_json::from_slice(event.payload()).expect("a JSON chunk");
    let text = payload["bytes"].as_str().expect("base64 bytes");
    let mut bytes = aws_smithy_types::base64::decode(text).expect("base64");
    bytes.reverse();
    vec![event_frame("chunk", json!({ "bytes": aws_smithy_types::base64::encode(&bytes) }))]
}

#[tokio::test]
async fn bedrock_chunks_go_both_ways_at_once() {
    let (url, mut seen, server) = start(echo).await;
    let client = BedrockRuntime::new(&config(&url, "us-east-1")).unwrap();
    let (chunks, rx) = mpsc::channel(1);
    let chunk = |bytes: &[u8]| {
        InvokeModelWithBidirectionalStreamInput::Chunk(BidirectionalInputPayloadPart {
            bytes: Some(Blob(bytes.to_vec())),
        })
    };
    chunks.send(chunk(b"hello")).await.unwrap();
    let input = InvokeModelWithBidirectionalStream {
        model_id: "amazon.nova-sonic-v1:0".into(),
        body: EventStreamSender::new(receiver(rx)),
    };
    let mut output = tokio::time::timeout(STEP, client.send(input)).await.unwrap().expect("the call").into_inner();
    let Seen::Head { version, path, headers } = next_seen(&mut seen).await else { panic!("the head") };
    assert_eq!(version, Version::HTTP_2);
    assert_eq!(path, "/model/amazon.nova-sonic-v1%3A0/invoke-with-bidirectional-stream");
    let mut frames = Vec::new();
    for next in [&b"world"[..], &b""[..]] {
        let Seen::Frame(frame) = next_seen(&mut seen).await else { panic!("a frame") };
        frames.push(frame);
        let answer = tokio::time::timeout(STEP, output.body.next()).await.expect("an answer in time");
        let Some(Ok(InvokeModelWithBidirectionalStreamOutput::Chunk(part))) = answer else { panic!("{answer:?}") };
        let expected: Vec<u8> = if next == b"world" { b"olleh".to_vec() } else { b"dlrow".to_vec() };
        assert_eq!(part.bytes.map(|b| b.0), Some(expected));
        if !next.is_empty() {
            chunks.send(chunk(next)).await.unwrap();
        }
    }
    drop(chunks);
    let Seen::Frame(end) = next_seen(&mut seen).await else { panic!("the end frame") };
    frames.push(end);
    assert!(matches!(next_seen(&mut seen).await, Seen::End { clean: true }));
    // The connection ends with the client's pool, and the server with it.
    drop((output, client));
    tokio::time::timeout(STEP, server).await.expect("the server ends").unwrap();

    let bedrock = Signer { access_key: ACCESS_KEY, secret: SECRET, region: "us-east-1", service: "bedrock" };
    let signed_headers = with_host(&headers, &url);
    let events = bedrock.verify_chain(&bedrock.seed(&format!("POST {path} HTTP/2"), &signed_headers), &frames);
    assert_eq!(events.len(), 2);
    for event in &events {
        assert_eq!(header(event, ":event-type"), "chunk");
        assert_eq!(header(event, ":content-type"), "application/json");
    }
    let first: serde_json::Value = serde_json::from_slice(events[0].payload()).unwrap();
    assert_eq!(first, json!({ "bytes": aws_smithy_types::base64::encode(b"hello") }));
}
