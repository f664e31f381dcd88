//! What can go wrong reading a frame or writing a message.

use std::fmt;

use super::{MAX_PAYLOAD_LEN, MIN_FRAME_LEN, PRELUDE_LEN};

/// Which of a frame's two CRC32s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Checksum {
    /// The prelude's, of the two lengths: bytes 8 to 11 of the frame.
    Prelude,
    /// The message's, of everything before it: the frame's last 4 bytes.
    Message,
}

impl fmt::Display for Checksum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Prelude => "prelude",
            Self::Message => "message",
        })
    }
}

/// A frame that cannot be read, or a message that cannot be written. Offsets count bytes from
/// the start of the frame (for a message being written, of the frame it would be).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EventStreamError {
    /// A CRC32 does not match the bytes it covers: the frame is corrupt.
    #[error(
        "the {checksum} CRC32 at byte {offset} of the frame is {expected:#010x}, but the bytes before it come to {computed:#010x}"
    )]
    ChecksumMismatch {
        /// Which CRC.
        checksum: Checksum,
        /// Where it is.
        offset: usize,
        /// What the frame says.
        expected: u32,
        /// What its bytes come to.
        computed: u32,
    },
    /// The prelude gives a total length shorter than the 16 bytes of a frame without headers or
    /// payload.
    #[error(
        "the prelude gives the frame {total_len} bytes, fewer than the {MIN_FRAME_LEN} of one without headers or payload"
    )]
    InvalidTotalLength {
        /// The total length the prelude gives.
        total_len: usize,
    },
    /// The headers take more than [`MAX_HEADERS_LEN`](super::MAX_HEADERS_LEN), or more than
    /// the frame's total length leaves them.
    #[error(
        "the frame's headers length is {headers_len} bytes, more than the {max} a frame of {total_len} bytes allows"
    )]
    InvalidHeadersLength {
        /// The headers length.
        headers_len: usize,
        /// The frame's total length.
        total_len: usize,
        /// The most the headers could take.
        max: usize,
    },
    /// The payload takes more than [`MAX_PAYLOAD_LEN`].
    #[error("the frame's payload length is {payload_len} bytes, more than the {MAX_PAYLOAD_LEN} allowed")]
    InvalidPayloadLength {
        /// The payload's length.
        payload_len: usize,
    },
    /// The bytes, or the stream, end within a frame.
    #[error("{}", truncated(*received, *total_len))]
    Truncated {
        /// How many bytes of the frame there are.
        received: usize,
        /// The frame's total length; `None` if the bytes end within its prelude.
        total_len: Option<usize>,
    },
    /// More bytes than one frame were read as one frame.
    #[error("{extra} bytes follow the frame's {total_len}")]
    TrailingBytes {
        /// The frame's total length.
        total_len: usize,
        /// How many bytes follow it.
        extra: usize,
    },
    /// A header's name is empty.
    #[error("the header at byte {offset} of the frame has an empty name")]
    EmptyHeaderName {
        /// Where the header starts.
        offset: usize,
    },
    /// A header's name is longer than 255 bytes (when writing: a read name's length is a byte).
    #[error("header name `{}` at byte {offset} of the frame is {} bytes, more than 255", .name.escape_debug(), .name.len())]
    HeaderNameTooLong {
        /// The name.
        name: String,
        /// Where the header starts.
        offset: usize,
    },
    /// A header's name is not UTF-8.
    #[error("the name of the header at byte {offset} of the frame is not UTF-8")]
    HeaderNameNotUtf8 {
        /// Where the header starts.
        offset: usize,
    },
    /// A string header's value is not UTF-8.
    #[error("the string value of header `{}` at byte {offset} of the frame is not UTF-8", .name.escape_debug())]
    HeaderValueNotUtf8 {
        /// The header's name.
        name: String,
        /// Where the header starts.
        offset: usize,
    },
    /// A byte array or string value is longer than its u16 length can say (when writing).
    #[error("the value of header `{}` at byte {offset} of the frame is {len} bytes, more than 65535", .name.escape_debug())]
    HeaderValueTooLong {
        /// The header's name.
        name: String,
        /// Where the header starts.
        offset: usize,
        /// The value's length.
        len: usize,
    },
    /// A header's type is none of the ten.
    #[error("header `{}` at byte {offset} of the frame has type {code}, none of the ten (0 to 9)", .name.escape_debug())]
    InvalidHeaderType {
        /// The header's name.
        name: String,
        /// Where the header starts.
        offset: usize,
        /// The type byte.
        code: u8,
    },
    /// A header's name or value runs past the end of the headers.
    #[error("the header at byte {offset} of the frame runs past the end of the headers, at byte {headers_end}")]
    HeaderPastEnd {
        /// Where the header starts.
        offset: usize,
        /// Where the headers end (and the payload starts).
        headers_end: usize,
    },
    /// A header's name is that of an earlier header of the frame.
    #[error("header `{}` appears twice in the frame, the second time at byte {offset}", .name.escape_debug())]
    DuplicateHeader {
        /// The name.
        name: String,
        /// Where the second header starts.
        offset: usize,
    },
}

fn truncated(received: usize, total_len: Option<usize>) -> String {
    match total_len {
        Some(total) => format!("the frame ends after {received} of its {total} bytes"),
        None => format!("the frame ends after {received} bytes, within its {PRELUDE_LEN}-byte prelude"),
    }
}
