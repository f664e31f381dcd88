//! The `event_stream` target: the event stream frame decoder (`event_stream::Decoder`), fed the
//! bytes in chunks of sizes the input picks, and the typed stream over it (`EventStream`).
//!
//! The first byte picks the chunk sizes (a size from 1 to 256, repeated, or the whole input
//! at once); the rest is the body. What is asked:
//! - the chunked decoder gives the same messages, then the same error or the same clean end, as
//!   the decoder given the whole body in one chunk, and never more bytes than it was given;
//! - after an error it gives that error again, and nothing else;
//! - every message it gives encodes back to the exact bytes of its frame, and decodes alone
//!   ([`Message::decode`]) to itself;
//! - the same body read as a typed stream of events, in the same chunks, gives one item per
//!   message up to the first error or exception, then ends; it never panics.

use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use aws_operation::event_stream::{Decoder, EventFormat, EventStream, Message};
use aws_operation::{Blob, ByteStream, DateTime, UnknownMember, aws_shape};
use bytes::Bytes;
use futures_util::Stream;

/// An event with a member of each kind of binding.
#[aws_shape]
pub struct Delta {
    /// From the payload's JSON.
    pub text: Option<String>,
    /// From the payload's JSON.
    pub index: Option<i32>,
    /// From a header.
    #[aws(event_header)]
    pub at: Option<DateTime>,
    /// From a header.
    #[aws(event_header)]
    pub count: Option<i64>,
}

/// An event whose payload is its bytes.
#[aws_shape]
pub struct Chunk {
    /// The payload.
    #[aws(event_payload)]
    pub bytes: Option<Blob>,
    /// From a header.
    #[aws(event_header)]
    pub last: Option<bool>,
}

/// A modeled exception of the stream.
#[aws_shape(error, code = "ThrottlingException", status = 429)]
pub struct ThrottlingException {
    /// What happened.
    pub message: Option<String>,
}

/// The events.
#[aws_shape(union)]
#[derive(Debug)]
pub enum Event {
    /// `delta`.
    Delta(Delta),
    /// `chunk`.
    Chunk(Chunk),
    /// `throttlingException`.
    ThrottlingException(ThrottlingException),
    /// Any other event.
    Unknown(UnknownMember),
}

/// The chunks of `body` as the first byte of an input says.
fn chunks(pick: u8, body: &[u8]) -> Vec<Bytes> {
    if pick == 0 || body.is_empty() {
        return vec![Bytes::copy_from_slice(body)];
    }
    body.chunks(usize::from(pick)).map(Bytes::copy_from_slice).collect()
}

/// Every message the decoder gives for `chunks`, then its error, if any.
fn decode_all(chunks: &[Bytes]) -> (Vec<Message>, Option<String>) {
    let mut decoder = Decoder::new();
    let mut messages = Vec::new();
    for chunk in chunks {
        decoder.push(chunk.clone());
        loop {
            match decoder.next_message() {
                Ok(Some(message)) => messages.push(message),
                Ok(None) => break,
                Err(e) => {
                    // An error stays.
                    let again = decoder.next_message().expect_err("an error is given again");
                    assert_eq!(again.to_string(), e.to_string());
                    return (messages, Some(e.to_string()));
                }
            }
        }
    }
    (messages, decoder.finish().err().map(|e| e.to_string()))
}

/// The target's body.
pub fn event_stream(data: &[u8]) {
    let Some((&pick, body)) = data.split_first() else { return };
    let parts = chunks(pick, body);
    let (messages, error) = decode_all(&parts);
    let (whole, whole_error) = decode_all(&[Bytes::copy_from_slice(body)]);
    assert_eq!(messages, whole, "chunks change the messages");
    assert_eq!(error.is_some(), whole_error.is_some(), "chunks change the end: {error:?} / {whole_error:?}");
    let mut at = 0;
    for message in &messages {
        let frame = message.encode().expect("a message read encodes");
        assert!(at + frame.len() <= body.len(), "more bytes than given");
        assert_eq!(&frame[..], &body[at..at + frame.len()], "a message encodes to other bytes");
        assert_eq!(&Message::decode(frame.clone()).expect("a frame read decodes alone"), message);
        at += frame.len();
    }

    // The typed stream, polled without a runtime: every chunk is ready.
    let stream = futures_util::stream::iter(parts.into_iter().map(Ok::<_, std::io::Error>));
    let mut events = EventStream::<Event>::new(ByteStream::from_stream(stream, None), EventFormat::REST_JSON);
    let mut cx = Context::from_waker(Waker::noop());
    let mut items = 0;
    loop {
        match Pin::new(&mut events).poll_next(&mut cx) {
            Poll::Ready(Some(Ok(_))) => items += 1,
            Poll::Ready(Some(Err(_))) => {
                items += 1;
                assert!(matches!(Pin::new(&mut events).poll_next(&mut cx), Poll::Ready(None)), "an error ends it");
                break;
            }
            Poll::Ready(None) => break,
            Poll::Pending => panic!("a stream of ready chunks is never pending"),
        }
    }
    assert!(items <= messages.len() + 1, "{items} items from {} messages", messages.len());
}

fn event(kind: &str, payload: &str) -> Message {
    Message::new(payload.to_owned().into_bytes())
        .with_header(":message-type", "event")
        .with_header(":event-type", kind)
        .with_header(":content-type", "application/json")
}

/// Seeds: streams of events of each kind, an exception, an error, and the same cut short.
pub fn seeds() -> Vec<Vec<u8>> {
    use aws_operation::event_stream::HeaderValue;
    let delta = event("delta", r#"{"text": "a", "index": 1}"#)
        .with_header("at", HeaderValue::Timestamp(1_700_000_000_000))
        .with_header("count", 3i64);
    let chunk = Message::new(b"\x00raw".to_vec())
        .with_header(":message-type", "event")
        .with_header(":event-type", "chunk")
        .with_header("last", true);
    let exception = Message::new(br#"{"message": "slow"}"#.to_vec())
        .with_header(":message-type", "exception")
        .with_header(":exception-type", "throttlingException");
    let error = Message::new(Vec::new())
        .with_header(":message-type", "error")
        .with_header(":error-code", "InternalFailure")
        .with_header(":error-message", "broke");
    let unknown = event("newKind", r#"{"x": [1]}"#);
    let every_type = Message::new(b"{}".to_vec())
        .with_header(":message-type", "event")
        .with_header(":event-type", "delta")
        .with_header("b", false)
        .with_header("i8", -1i8)
        .with_header("i16", -2i16)
        .with_header("i32", -3i32)
        .with_header("bytes", Bytes::from_static(b"\x01\x02"))
        .with_header("uuid", [7u8; 16]);
    let streams: Vec<Vec<Message>> = vec![
        vec![delta.clone(), chunk.clone(), unknown.clone()],
        vec![delta.clone(), exception, delta.clone()],
        vec![chunk, error],
        vec![every_type],
        vec![],
    ];
    let mut out = Vec::new();
    for (i, stream) in streams.iter().enumerate() {
        let body: Vec<u8> = stream.iter().flat_map(|m| m.encode().unwrap().to_vec()).collect();
        for pick in [0u8, 1, 7, 64] {
            let mut seed = vec![pick];
            seed.extend_from_slice(&body);
            out.push(seed.clone());
            if i == 0 && seed.len() > 5 {
                seed.truncate(seed.len() - 5);
                out.push(seed);
            }
        }
    }
    out
}

/// The words of frames: header names and values, event types.
pub fn dictionary() -> Vec<String> {
    [
        ":message-type",
        ":event-type",
        ":exception-type",
        ":error-code",
        ":error-message",
        ":content-type",
        "event",
        "exception",
        "error",
        "delta",
        "chunk",
        "throttlingException",
        "initial-response",
        "application/json",
    ]
    .iter()
    .map(|w| (*w).to_owned())
    .collect()
}
