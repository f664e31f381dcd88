//! Properties of the event stream frame codec (`aws_operation::event_stream`), on generated
//! messages and bytes (proptest):
//!
//! - any message (every header type, names of 1 to 255 bytes, payloads up to 4 KiB) is written
//!   and read back as itself, one frame at a time and as a stream cut into chunks anywhere;
//! - any frame with one bit flipped is refused: CRC32 catches every single-bit error, and the
//!   prelude has a CRC of its own, so a flipped length cannot make the reader misframe;
//! - any frame cut short is `Truncated`, as one frame and at the end of a stream;
//! - arbitrary bytes, bare or behind a correct prelude and message CRC (so that the headers are
//!   parsed), never panic, and whatever is accepted is written back to the same bytes.
//!
//! Case counts are kept modest for CI.

use std::cell::Cell;

use aws_operation::event_stream::{
    Decoder, EventStreamError, Frame, Header, HeaderValue, MIN_FRAME_LEN, Message, PRELUDE_LEN,
};
use bytes::Bytes;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseResult, TestRunner};

fn run<T: std::fmt::Debug>(cases: u32, strategy: impl Strategy<Value = T>, test: impl Fn(T) -> TestCaseResult) {
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{e}");
    }
}

fn value() -> impl Strategy<Value = HeaderValue> {
    prop_oneof![
        any::<bool>().prop_map(HeaderValue::Bool),
        any::<i8>().prop_map(HeaderValue::Byte),
        any::<i16>().prop_map(HeaderValue::Short),
        any::<i32>().prop_map(HeaderValue::Int),
        any::<i64>().prop_map(HeaderValue::Long),
        vec(any::<u8>(), 0..300).prop_map(|b| HeaderValue::ByteArray(b.into())),
        any::<String>().prop_map(HeaderValue::String),
        any::<i64>().prop_map(HeaderValue::Timestamp),
        any::<[u8; 16]>().prop_map(HeaderValue::Uuid),
    ]
}

/// A name of 1 to 255 bytes: ASCII of any of those lengths, or any characters cut to fit.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[!-~]{1,255}",
        vec(any::<char>(), 1..100).prop_map(|chars| {
            let mut name = String::new();
            for c in chars {
                if name.len() + c.len_utf8() > 255 {
                    break;
                }
                name.push(c);
            }
            name
        }),
    ]
}

fn message() -> impl Strategy<Value = Message> {
    let headers = vec((name(), value()), 0..12).prop_map(|pairs| {
        let mut headers: Vec<Header> = Vec::new();
        for (name, value) in pairs {
            if headers.iter().all(|h| h.name != name) {
                headers.push(Header { name, value });
            }
        }
        headers
    });
    (headers, vec(any::<u8>(), 0..4096)).prop_map(|(headers, payload)| Message { headers, payload: payload.into() })
}

/// `bytes` cut at `cuts` (offsets in any order, taken modulo the length).
fn chunks(bytes: &Bytes, cuts: &[usize]) -> Vec<Bytes> {
    let mut at: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
    at.push(0);
    at.push(bytes.len());
    at.sort_unstable();
    at.windows(2).map(|w| bytes.slice(w[0]..w[1])).collect()
}

/// What a decoder gives for `chunks`, and how the stream ends.
fn decode_stream(chunks: Vec<Bytes>) -> Result<Vec<Message>, EventStreamError> {
    let mut decoder = Decoder::new();
    let mut messages = Vec::new();
    for chunk in chunks {
        decoder.push(chunk);
        while let Some(message) = decoder.next_message()? {
            messages.push(message);
        }
    }
    decoder.finish()?;
    Ok(messages)
}

#[test]
fn messages_round_trip() {
    run(256, message(), |message| {
        let frame = message.encode().expect("within the limits");
        let read = Frame::decode(frame.clone()).expect("its own frame");
        prop_assert_eq!(read.message(), &message);
        prop_assert_eq!(read.prelude().total_len(), frame.len());
        prop_assert_eq!(read.prelude().payload_len(), message.payload.len());
        prop_assert_eq!(
            read.prelude().total_len(),
            MIN_FRAME_LEN + read.prelude().headers_len() + message.payload.len()
        );
        prop_assert_eq!(Message::decode(frame).expect("its own frame"), message);
        Ok(())
    });
}

#[test]
fn streams_round_trip_whatever_the_chunks() {
    run(128, (vec(message(), 1..5), vec(any::<usize>(), 0..12)), |(messages, cuts)| {
        let mut stream = Vec::new();
        for message in &messages {
            stream.extend_from_slice(&message.encode().expect("within the limits"));
        }
        let stream = Bytes::from(stream);
        prop_assert_eq!(decode_stream(chunks(&stream, &cuts)).expect("its own stream"), messages.clone());
        // One byte at a time.
        let bytewise = (0..stream.len()).map(|i| stream.slice(i..=i)).collect();
        prop_assert_eq!(decode_stream(bytewise).expect("its own stream"), messages);
        Ok(())
    });
}

#[test]
fn a_flipped_bit_is_refused() {
    run(512, (message(), any::<usize>(), 0..8u8), |(message, at, bit)| {
        let frame = message.encode().expect("within the limits");
        let mut bad = frame.to_vec();
        let at = at % bad.len();
        bad[at] ^= 1 << bit;
        let bad = Bytes::from(bad);
        let read = Frame::decode(bad.clone());
        prop_assert!(read.is_err(), "byte {} bit {}: read as {:?}", at, bit, read);
        let streamed = decode_stream(vec![bad]);
        prop_assert!(streamed.is_err(), "byte {} bit {}: streamed as {:?}", at, bit, streamed);
        Ok(())
    });
}

#[test]
fn a_frame_cut_short_is_truncated() {
    run(256, (message(), any::<usize>()), |(message, cut)| {
        let frame = message.encode().expect("within the limits");
        let cut = cut % frame.len();
        let total_len = (cut >= PRELUDE_LEN).then_some(frame.len());
        let expected = EventStreamError::Truncated { received: cut, total_len };
        prop_assert_eq!(Frame::decode(frame.slice(..cut)), Err(expected.clone()));
        // A stream of this frame and the start of the next one.
        let mut stream = frame.to_vec();
        stream.extend_from_slice(&frame[..cut]);
        let streamed = decode_stream(vec![Bytes::from(stream)]);
        if cut == 0 {
            prop_assert_eq!(streamed, Ok(vec![message]));
        } else {
            prop_assert_eq!(streamed, Err(expected));
        }
        Ok(())
    });
}

#[test]
fn arbitrary_bytes_never_panic() {
    run(512, (vec(any::<u8>(), 0..2048), vec(any::<usize>(), 0..8)), |(bytes, cuts)| {
        let bytes = Bytes::from(bytes);
        if let Ok(frame) = Frame::decode(bytes.clone()) {
            prop_assert_eq!(frame.message().encode().expect("a frame read"), bytes.clone());
        }
        let _ = decode_stream(chunks(&bytes, &cuts));
        Ok(())
    });
}

#[test]
fn any_headers_under_correct_crcs_are_read_or_refused_without_panic() {
    // Random header bytes, often a valid header or two followed by noise, inside a frame whose
    // lengths and CRCs are right: the headers parser gets to see them.
    let headers = prop_oneof![
        vec(any::<u8>(), 0..300),
        (message(), vec(any::<u8>(), 0..40)).prop_map(|(message, noise)| {
            let frame = message.encode().expect("within the limits");
            let headers_len = u32::from_be_bytes(frame[4..8].try_into().unwrap()) as usize;
            let mut headers = frame[PRELUDE_LEN..PRELUDE_LEN + headers_len].to_vec();
            headers.extend_from_slice(&noise);
            headers
        }),
        // Valid headers alone: the frame must be read.
        message().prop_map(|message| {
            let frame = message.encode().expect("within the limits");
            let headers_len = u32::from_be_bytes(frame[4..8].try_into().unwrap()) as usize;
            frame[PRELUDE_LEN..PRELUDE_LEN + headers_len].to_vec()
        }),
    ];
    // Both outcomes are seen often enough for the property to say something.
    let (read, refused) = (Cell::new(0), Cell::new(0));
    run(512, (headers, vec(any::<u8>(), 0..64)), |(headers, payload)| {
        let total_len = (MIN_FRAME_LEN + headers.len() + payload.len()) as u32;
        let mut frame = total_len.to_be_bytes().to_vec();
        frame.extend_from_slice(&(headers.len() as u32).to_be_bytes());
        frame.extend_from_slice(&crc32fast::hash(&frame).to_be_bytes());
        frame.extend_from_slice(&headers);
        frame.extend_from_slice(&payload);
        frame.extend_from_slice(&crc32fast::hash(&frame).to_be_bytes());
        let frame = Bytes::from(frame);
        match Frame::decode(frame.clone()) {
            Ok(frame_read) => {
                read.set(read.get() + 1);
                prop_assert_eq!(&frame_read.message().payload[..], &payload[..]);
                prop_assert_eq!(frame_read.message().encode().expect("a frame read"), frame);
            }
            Err(e) => {
                refused.set(refused.get() + 1);
                let header_error = matches!(
                    e,
                    EventStreamError::EmptyHeaderName { .. }
                        | EventStreamError::HeaderNameNotUtf8 { .. }
                        | EventStreamError::HeaderValueNotUtf8 { .. }
                        | EventStreamError::InvalidHeaderType { .. }
                        | EventStreamError::HeaderPastEnd { .. }
                        | EventStreamError::DuplicateHeader { .. }
                );
                prop_assert!(header_error, "{:?}", e);
            }
        }
        Ok(())
    });
    assert!(read.get() >= 100 && refused.get() >= 100, "{} read, {} refused", read.get(), refused.get());
}
