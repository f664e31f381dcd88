//! Frames: a message's headers and payload between the prelude and the message CRC.

use bytes::{BufMut, Bytes, BytesMut};

use super::header::{self, Header, HeaderValue};
use super::{Checksum, EventStreamError, MAX_HEADERS_LEN, MAX_PAYLOAD_LEN, MIN_FRAME_LEN, PRELUDE_LEN};

/// Where the prelude CRC is.
const PRELUDE_CRC_AT: usize = 8;

/// A message of an event stream: its headers and payload.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Message {
    /// The headers, in the order of the wire; no two with one name.
    pub headers: Vec<Header>,
    /// The payload. When read, a slice of the bytes received.
    pub payload: Bytes,
}

impl Message {
    /// A message of `payload`, without headers.
    pub fn new(payload: impl Into<Bytes>) -> Self {
        Self { headers: Vec::new(), payload: payload.into() }
    }

    /// The message with a header added after the others.
    #[must_use]
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<HeaderValue>) -> Self {
        self.headers.push(Header::new(name, value));
        self
    }

    /// The value of the header named `name`.
    pub fn header(&self, name: &str) -> Option<&HeaderValue> {
        self.headers.iter().find(|h| h.name == name).map(|h| &h.value)
    }

    /// The message's frame, its headers in their order.
    pub fn encode(&self) -> Result<Bytes, EventStreamError> {
        let mut out = BytesMut::new();
        self.encode_into(&mut out)?;
        Ok(out.freeze())
    }

    /// Writes the message's frame after what `out` holds. A message that breaks a rule (a
    /// header name empty, longer than 255 bytes or given twice, a value longer than 65535
    /// bytes, the headers or the payload beyond the limits) is an error, and nothing is written.
    pub fn encode_into(&self, out: &mut BytesMut) -> Result<(), EventStreamError> {
        let headers_len = header::headers_len(&self.headers)?;
        let payload_len = self.payload.len();
        let total_len = MIN_FRAME_LEN.saturating_add(headers_len).saturating_add(payload_len);
        if headers_len > MAX_HEADERS_LEN {
            return Err(EventStreamError::InvalidHeadersLength { headers_len, total_len, max: MAX_HEADERS_LEN });
        }
        if payload_len > MAX_PAYLOAD_LEN {
            return Err(EventStreamError::InvalidPayloadLength { payload_len });
        }
        let start = out.len();
        out.reserve(total_len);
        // The casts hold: the limits keep the lengths far below 4 GiB.
        out.put_u32(total_len as u32);
        out.put_u32(headers_len as u32);
        let prelude_crc = crc32fast::hash(&out[start..]);
        out.put_u32(prelude_crc);
        header::write_headers(&self.headers, out);
        out.put_slice(&self.payload);
        let mut crc = crc32fast::Hasher::new_with_initial(prelude_crc);
        crc.update(&out[start + PRELUDE_CRC_AT..]);
        out.put_u32(crc.finalize());
        debug_assert_eq!(out.len() - start, total_len);
        Ok(())
    }

    /// Reads `frame`, which holds one frame, no more, no less.
    pub fn decode(frame: Bytes) -> Result<Message, EventStreamError> {
        Frame::decode(frame).map(Frame::into_message)
    }
}

/// The first 12 bytes of a frame, checked: its total and headers lengths, within the limits,
/// and their CRC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prelude {
    total_len: u32,
    headers_len: u32,
    crc: u32,
}

impl Prelude {
    /// Reads the prelude at the start of `bytes`, which must have its 12 bytes: checks its CRC,
    /// then its lengths against each other and the limits.
    pub fn read(bytes: &[u8]) -> Result<Prelude, EventStreamError> {
        let Some(prelude) = bytes.first_chunk::<PRELUDE_LEN>() else {
            return Err(EventStreamError::Truncated { received: bytes.len(), total_len: None });
        };
        let word = |at: usize| u32::from_be_bytes([prelude[at], prelude[at + 1], prelude[at + 2], prelude[at + 3]]);
        let (total, headers, expected) = (word(0), word(4), word(PRELUDE_CRC_AT));
        let computed = crc32fast::hash(&prelude[..PRELUDE_CRC_AT]);
        if computed != expected {
            let checksum = Checksum::Prelude;
            return Err(EventStreamError::ChecksumMismatch { checksum, offset: PRELUDE_CRC_AT, expected, computed });
        }
        let (total_len, headers_len) = (total as usize, headers as usize);
        if total_len < MIN_FRAME_LEN {
            return Err(EventStreamError::InvalidTotalLength { total_len });
        }
        let max = MAX_HEADERS_LEN.min(total_len - MIN_FRAME_LEN);
        if headers_len > max {
            return Err(EventStreamError::InvalidHeadersLength { headers_len, total_len, max });
        }
        let payload_len = total_len - MIN_FRAME_LEN - headers_len;
        if payload_len > MAX_PAYLOAD_LEN {
            return Err(EventStreamError::InvalidPayloadLength { payload_len });
        }
        Ok(Prelude { total_len: total, headers_len: headers, crc: expected })
    }

    /// The frame's length, prelude and message CRC included.
    pub fn total_len(&self) -> usize {
        self.total_len as usize
    }

    /// The headers' length.
    pub fn headers_len(&self) -> usize {
        self.headers_len as usize
    }

    /// The payload's length.
    pub fn payload_len(&self) -> usize {
        self.total_len() - MIN_FRAME_LEN - self.headers_len()
    }

    /// The prelude CRC.
    pub fn crc(&self) -> u32 {
        self.crc
    }
}

/// A frame as read: its message, and the lengths and CRCs that came with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    prelude: Prelude,
    message: Message,
    message_crc: u32,
}

impl Frame {
    /// Reads `bytes`, which hold one frame, no more, no less. The payload and byte-array values
    /// are slices of `bytes`.
    pub fn decode(bytes: Bytes) -> Result<Frame, EventStreamError> {
        let prelude = Prelude::read(&bytes)?;
        let total_len = prelude.total_len();
        if bytes.len() < total_len {
            return Err(EventStreamError::Truncated { received: bytes.len(), total_len: Some(total_len) });
        }
        if bytes.len() > total_len {
            return Err(EventStreamError::TrailingBytes { total_len, extra: bytes.len() - total_len });
        }
        Self::decode_body(prelude, bytes)
    }

    /// Reads the rest of `frame`, whose prelude was read as `prelude` and which holds its
    /// `total_len` bytes: the message CRC, continued from the prelude's, then the headers.
    pub(super) fn decode_body(prelude: Prelude, frame: Bytes) -> Result<Frame, EventStreamError> {
        debug_assert_eq!(frame.len(), prelude.total_len());
        let crc_at = frame.len() - 4;
        let mut crc = crc32fast::Hasher::new_with_initial(prelude.crc);
        crc.update(&frame[PRELUDE_CRC_AT..crc_at]);
        let computed = crc.finalize();
        let expected = u32::from_be_bytes([frame[crc_at], frame[crc_at + 1], frame[crc_at + 2], frame[crc_at + 3]]);
        if computed != expected {
            let checksum = Checksum::Message;
            return Err(EventStreamError::ChecksumMismatch { checksum, offset: crc_at, expected, computed });
        }
        let headers_end = PRELUDE_LEN + prelude.headers_len();
        let headers = header::read_headers(&frame, PRELUDE_LEN, headers_end)?;
        let payload = frame.slice(headers_end..crc_at);
        Ok(Frame { prelude, message: Message { headers, payload }, message_crc: expected })
    }

    /// The prelude.
    pub fn prelude(&self) -> Prelude {
        self.prelude
    }

    /// The message CRC, the frame's last 4 bytes.
    pub fn message_crc(&self) -> u32 {
        self.message_crc
    }

    /// The message.
    pub fn message(&self) -> &Message {
        &self.message
    }

    /// The message, without the rest.
    pub fn into_message(self) -> Message {
        self.message
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event_stream::MAX_FRAME_LEN;

    /// A frame of `total_len` and `headers_len` with a correct prelude CRC and `rest` after it.
    fn frame(total_len: u32, headers_len: u32, rest: &[u8]) -> Vec<u8> {
        let mut out = total_len.to_be_bytes().to_vec();
        out.extend_from_slice(&headers_len.to_be_bytes());
        out.extend_from_slice(&crc32fast::hash(&out).to_be_bytes());
        out.extend_from_slice(rest);
        out
    }

    #[test]
    fn messages_are_framed_with_both_crcs() {
        // The empty message: 16 bytes.
        let empty = Message::default().encode().unwrap();
        assert_eq!(empty.as_ref(), b"\x00\x00\x00\x10\x00\x00\x00\x00\x05\xc2\x48\xeb\x7d\x98\xc8\xff");

        let message = Message::new(&b"{}"[..]).with_header(":event-type", "Stats").with_header("n", 7i16);
        let wire = message.encode().unwrap();
        let headers_len = 1 + 11 + 1 + 2 + 5 + 1 + 1 + 1 + 2;
        assert_eq!(wire.len(), 16 + headers_len + 2);
        assert_eq!(wire[..4], (wire.len() as u32).to_be_bytes());
        assert_eq!(wire[4..8], (headers_len as u32).to_be_bytes());
        // Each CRC is that of all the bytes before it, hashed apart from the encoder.
        assert_eq!(wire[8..12], crc32fast::hash(&wire[..8]).to_be_bytes());
        let end = wire.len() - 4;
        assert_eq!(wire[end..], crc32fast::hash(&wire[..end]).to_be_bytes());
        assert_eq!(&wire[end - 2..end], b"{}");

        let frame = Frame::decode(wire.clone()).unwrap();
        assert_eq!(frame.message(), &message);
        assert_eq!(frame.prelude().total_len(), wire.len());
        assert_eq!(frame.prelude().headers_len(), headers_len);
        assert_eq!(frame.prelude().payload_len(), 2);
        assert_eq!(frame.prelude().crc().to_be_bytes(), wire[8..12]);
        assert_eq!(frame.message_crc().to_be_bytes(), wire[end..]);
        assert_eq!(frame.message().header(":event-type").and_then(HeaderValue::as_str), Some("Stats"));
        assert_eq!(frame.message().header("missing"), None);
        // The payload is a slice of the frame.
        let payload = frame.into_message().payload;
        assert_eq!(payload.as_ptr(), wire[end - 2..].as_ptr());

        // Appended after what the buffer holds.
        let mut out = BytesMut::from(&b"before"[..]);
        message.encode_into(&mut out).unwrap();
        assert_eq!(&out[..6], b"before");
        assert_eq!(&out[6..], &wire[..]);
    }

    #[test]
    fn preludes_are_checked_before_the_body() {
        // A corrupt prelude is a CRC error whatever its lengths say.
        let mut bytes = frame(16, 0, &[0; 4]);
        bytes[3] ^= 1;
        let err = Prelude::read(&bytes).unwrap_err();
        let EventStreamError::ChecksumMismatch { checksum: Checksum::Prelude, offset: 8, .. } = err else {
            panic!("{err:?}")
        };
        assert!(err.to_string().starts_with("the prelude CRC32 at byte 8 of the frame is 0x05c248eb, but"), "{err}");

        let cases = [
            (15, 0, EventStreamError::InvalidTotalLength { total_len: 15 }),
            (0, 0, EventStreamError::InvalidTotalLength { total_len: 0 }),
            (20, 5, EventStreamError::InvalidHeadersLength { headers_len: 5, total_len: 20, max: 4 }),
            (
                u32::MAX,
                128 * 1024 + 1,
                EventStreamError::InvalidHeadersLength {
                    headers_len: 128 * 1024 + 1,
                    total_len: u32::MAX as usize,
                    max: 128 * 1024,
                },
            ),
            (16 + (16 << 20) + 1, 0, EventStreamError::InvalidPayloadLength { payload_len: (16 << 20) + 1 }),
            (u32::MAX, 0, EventStreamError::InvalidPayloadLength { payload_len: u32::MAX as usize - 16 }),
        ];
        for (total_len, headers_len, expected) in cases {
            assert_eq!(Prelude::read(&frame(total_len, headers_len, &[])), Err(expected));
        }
        // At the limits, and one byte beyond.
        let largest = 16 + (128 << 10) + (16 << 20);
        assert_eq!(MAX_FRAME_LEN, largest);
        let prelude = Prelude::read(&frame(largest as u32, 128 << 10, &[])).unwrap();
        assert_eq!((prelude.headers_len(), prelude.payload_len()), (MAX_HEADERS_LEN, MAX_PAYLOAD_LEN));
        let beyond = Prelude::read(&frame(largest as u32 + 1, 128 << 10, &[]));
        assert_eq!(beyond, Err(EventStreamError::InvalidPayloadLength { payload_len: MAX_PAYLOAD_LEN + 1 }));
        assert_eq!(Prelude::read(&[0; 11]), Err(EventStreamError::Truncated { received: 11, total_len: None }));
    }

    #[test]
    fn frames_must_be_whole_and_intact() {
        let wire = Message::new(&b"abc"[..]).with_header("h", true).encode().unwrap();
        let short = wire.slice(..wire.len() - 1);
        assert_eq!(
            Frame::decode(short),
            Err(EventStreamError::Truncated { received: wire.len() - 1, total_len: Some(wire.len()) })
        );
        let mut long = wire.to_vec();
        long.push(0);
        assert_eq!(
            Frame::decode(long.into()),
            Err(EventStreamError::TrailingBytes { total_len: wire.len(), extra: 1 })
        );
        // A changed byte after the prelude is the message CRC's to find, headers or payload alike.
        for at in [12, wire.len() - 5, wire.len() - 1] {
            let mut bad = wire.to_vec();
            bad[at] ^= 0x20;
            let err = Frame::decode(bad.into()).unwrap_err();
            let offset = wire.len() - 4;
            let EventStreamError::ChecksumMismatch { checksum: Checksum::Message, offset: o, .. } = err else {
                panic!("{at}: {err:?}")
            };
            assert_eq!(o, offset);
        }
        assert_eq!(
            EventStreamError::Truncated { received: 5, total_len: None }.to_string(),
            "the frame ends after 5 bytes, within its 12-byte prelude"
        );
    }

    #[test]
    fn headers_are_read_after_the_message_crc() {
        // Headers that a writer would refuse, under a correct CRC: the reader refuses them too.
        let headers = [1, b'a', 0, 1, b'a', 1];
        let mut bytes = frame(16 + 6, 6, &headers);
        bytes.extend_from_slice(&crc32fast::hash(&bytes).to_be_bytes());
        let expected = EventStreamError::DuplicateHeader { name: "a".into(), offset: 15 };
        assert_eq!(Frame::decode(bytes.into()), Err(expected));
        // The payload starts where the headers length says, whatever the headers hold.
        let mut bytes = frame(16 + 4, 3, &[1, b'a', 2, 9]);
        bytes.extend_from_slice(&crc32fast::hash(&bytes).to_be_bytes());
        let expected = EventStreamError::HeaderPastEnd { offset: 12, headers_end: 15 };
        assert_eq!(Frame::decode(bytes.into()), Err(expected));
    }

    #[test]
    fn messages_beyond_the_limits_are_not_written() {
        let big = Bytes::from(vec![0; MAX_PAYLOAD_LEN + 1]);
        let mut out = BytesMut::new();
        let err = Message::new(big.clone()).encode_into(&mut out).unwrap_err();
        assert_eq!(err, EventStreamError::InvalidPayloadLength { payload_len: MAX_PAYLOAD_LEN + 1 });
        assert!(out.is_empty());
        let at_limit = Message::new(big.slice(1..)).encode().unwrap();
        assert_eq!(at_limit.len(), MIN_FRAME_LEN + MAX_PAYLOAD_LEN);
        assert_eq!(Message::decode(at_limit).unwrap().payload.len(), MAX_PAYLOAD_LEN);

        // Two values of 65000 bytes fit; a third does not.
        let value = Bytes::from(vec![1; 65000]);
        let two = Message::default().with_header("a", value.clone()).with_header("b", value.clone());
        assert!(two.encode().is_ok());
        let three = two.with_header("c", value);
        let headers_len = 3 * (1 + 1 + 1 + 2 + 65000);
        let expected =
            EventStreamError::InvalidHeadersLength { headers_len, total_len: 16 + headers_len, max: MAX_HEADERS_LEN };
        assert_eq!(three.encode(), Err(expected));
    }
}
