//! botocore's event stream frames (`tests/fixtures/eventstream/vectors.json.gz`, provenance in the
//! `SOURCE.md` beside it) through the runtime's frame codec, `aws_operation::event_stream`.
//!
//! A positive case passes when its frame reads to exactly the vector's lengths, prelude and
//! message CRCs, headers (names, types and values, in order) and payload; when the message
//! writes back to the same bytes; and when the streaming decoder gives the same frame, and
//! nothing else, for the bytes in one chunk, split in two at every offset, and one byte at a
//! time. A negative case passes when the frame is refused with the vector's error, by
//! `Frame::decode` and by the decoder alike; an error the prelude alone shows (its CRC, a length
//! beyond the limits) must come from the prelude's 12 bytes, before any more arrive, and
//! frames of a few KiB are also split at every offset.

use std::path::Path;

use aws_operation::event_stream::{Checksum, Decoder, EventStreamError, Frame, HeaderValue, PRELUDE_LEN};
use aws_operation::types::base64_encode;
use bytes::Bytes;
use serde_json::{Value, json};

use crate::Tally;

/// Negative frames up to this size are also fed to the decoder split at every offset (the
/// `INVALID_PAYLOAD_LENGTH` frame is 24 MiB).
const SPLIT_ALL_UP_TO: usize = 4096;

pub fn run() -> Tally {
    let mut tally = Tally::new("eventstream");
    // Kept gzipped: one frame is 24 MiB, mostly of one repeated byte.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eventstream/vectors.json.gz");
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(file), &mut text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let vectors: Value = serde_json::from_str(&text).expect("vectors.json is JSON");
    for (group, check) in [("positive", positive as fn(&Value, Bytes) -> Result<(), String>), ("negative", negative)] {
        for case in vectors[group].as_array().expect("a list of cases") {
            let name = case["name"].as_str().expect("a name");
            let result = hex(case["encoded_hex"].as_str().expect("encoded_hex")).and_then(|bytes| check(case, bytes));
            match result {
                Ok(()) => tally.pass(),
                Err(why) => tally.fail(name, why),
            }
        }
    }
    tally
}

fn positive(case: &Value, bytes: Bytes) -> Result<(), String> {
    let frame = Frame::decode(bytes.clone()).map_err(|e| format!("refused: {e}"))?;
    let prelude = frame.prelude();
    let read = json!({
        "total_length": prelude.total_len(),
        "headers_length": prelude.headers_len(),
        "prelude_crc": prelude.crc(),
        "message_crc": frame.message_crc(),
        "headers": frame.message().headers.iter().map(|h| header(&h.name, &h.value)).collect::<Result<Vec<_>, _>>()?,
        "payload_b64": base64_encode(&frame.message().payload),
    });
    for key in ["total_length", "headers_length", "prelude_crc", "message_crc", "headers", "payload_b64"] {
        if read[key] != case[key] {
            return Err(format!("{key} is {}, expected {}", read[key], case[key]));
        }
    }
    let written = frame.message().encode().map_err(|e| format!("not written back: {e}"))?;
    if written != bytes {
        return Err(format!("written back as {}", to_hex(&written)));
    }

    let splits = (0..=bytes.len()).map(|at| vec![bytes.slice(..at), bytes.slice(at..)]);
    let bytewise = (0..bytes.len()).map(|i| bytes.slice(i..=i)).collect();
    for chunks in std::iter::once(vec![bytes.clone()]).chain(splits).chain([bytewise]) {
        let sizes: Vec<usize> = chunks.iter().map(Bytes::len).collect();
        let mut decoder = Decoder::new();
        let mut frames = Vec::new();
        for chunk in chunks {
            decoder.push(chunk);
            while let Some(frame) = decoder.next_frame().map_err(|e| format!("decoder, chunks {sizes:?}: {e}"))? {
                frames.push(frame);
            }
        }
        decoder.finish().map_err(|e| format!("decoder, chunks {sizes:?}: {e}"))?;
        if frames != [frame.clone()] {
            return Err(format!("decoder, chunks {sizes:?}: gave {frames:?}"));
        }
    }
    Ok(())
}

/// A header as the vectors write it.
fn header(name: &str, value: &HeaderValue) -> Result<Value, String> {
    let (kind, value) = match value {
        HeaderValue::Bool(true) => ("bool_true", json!(true)),
        HeaderValue::Bool(false) => ("bool_false", json!(false)),
        HeaderValue::Byte(v) => ("byte", json!(v)),
        HeaderValue::Short(v) => ("short", json!(v)),
        HeaderValue::Int(v) => ("int", json!(v)),
        HeaderValue::Long(v) => ("long", json!(v)),
        HeaderValue::ByteArray(bytes) => ("bytes", json!(base64_encode(bytes))),
        HeaderValue::String(text) => ("string", json!(text)),
        HeaderValue::Timestamp(millis) => ("timestamp", json!(millis)),
        HeaderValue::Uuid(uuid) => {
            let hex = to_hex(uuid);
            let text = format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..]);
            ("uuid", json!(text))
        }
        other => return Err(format!("header `{name}` read as {other:?}, a type the vectors do not have")),
    };
    Ok(json!({ "name": name, "type": kind, "value": value }))
}

fn negative(case: &Value, bytes: Bytes) -> Result<(), String> {
    let expected = case["error"].as_str().expect("error");
    let err = match Frame::decode(bytes.clone()) {
        Ok(frame) => return Err(format!("read as {:?}, expected {expected}", frame.message())),
        Err(e) => e,
    };
    if kind(&err) != expected {
        return Err(format!("refused with {err:?} ({err}), expected {expected}"));
    }

    let mut chunkings = vec![vec![bytes.clone()]];
    if bytes.len() <= SPLIT_ALL_UP_TO {
        chunkings.extend((0..=bytes.len()).map(|at| vec![bytes.slice(..at), bytes.slice(at..)]));
    }
    for chunks in chunkings {
        let sizes: Vec<usize> = chunks.iter().map(Bytes::len).collect();
        let mut decoder = Decoder::new();
        let mut outcome = Ok(None);
        for chunk in chunks {
            decoder.push(chunk);
            outcome = decoder.next_frame();
            if outcome.is_err() {
                break;
            }
        }
        if outcome != Err(err.clone()) {
            return Err(format!("decoder, chunks {sizes:?}: {outcome:?}, expected {err:?}"));
        }
    }

    // What the prelude shows is refused from the prelude alone; the rest waits for the frame.
    let mut decoder = Decoder::new();
    decoder.push(bytes.slice(..PRELUDE_LEN));
    let from_prelude = decoder.next_frame();
    let in_prelude = matches!(
        err,
        EventStreamError::ChecksumMismatch { checksum: Checksum::Prelude, .. }
            | EventStreamError::InvalidTotalLength { .. }
            | EventStreamError::InvalidHeadersLength { .. }
            | EventStreamError::InvalidPayloadLength { .. }
    );
    match (in_prelude, from_prelude) {
        (true, Err(e)) if e == err => Ok(()),
        (false, Ok(None)) => Ok(()),
        (_, other) => Err(format!("decoder, the prelude alone: {other:?}, expected {err:?} to show only after it")),
    }
}

/// The vectors' name for an error.
fn kind(err: &EventStreamError) -> &'static str {
    match err {
        EventStreamError::ChecksumMismatch { .. } => "ChecksumMismatch",
        EventStreamError::DuplicateHeader { .. } => "DuplicateHeader",
        EventStreamError::InvalidHeadersLength { .. } => "InvalidHeadersLength",
        EventStreamError::InvalidPayloadLength { .. } => "InvalidPayloadLength",
        _ => "another error",
    }
}

fn hex(text: &str) -> Result<Bytes, String> {
    let digit = |c: u8| match c {
        b'0'..=b'9' => Ok(c - b'0'),
        b'a'..=b'f' => Ok(c - b'a' + 10),
        b'A'..=b'F' => Ok(c - b'A' + 10),
        _ => Err(format!("`{}` in encoded_hex", c as char)),
    };
    if !text.len().is_multiple_of(2) {
        return Err("encoded_hex has an odd length".to_owned());
    }
    text.as_bytes()
        .chunks(2)
        .map(|pair| Ok((digit(pair[0])? << 4) | digit(pair[1])?))
        .collect::<Result<Vec<u8>, _>>()
        .map(Bytes::from)
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
