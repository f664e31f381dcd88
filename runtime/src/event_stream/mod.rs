//! Event stream frames (`application/vnd.amazon.eventstream`): the binary messages of the
//! operations whose input or output is a stream of events, read as they arrive and written one
//! by one; an output's events ([`EventStream`]) and an input's ([`EventStreamSender`]).
//!
//! Wire rules (Smithy's "Amazon Event Stream Specification", sections "Message Format" and
//! "Headers Format"; every integer big-endian):
//! - a frame is its total length (u32, the whole frame, itself included), its headers length
//!   (u32), the CRC32 of those 8 bytes, the headers, the payload and the CRC32 of everything
//!   before it; so a frame without headers or payload is 16 bytes;
//! - a header is its name's length (u8), the name (UTF-8, 1 to 255 bytes, unique within the
//!   frame), its type (u8) and its value: bool true (0) and false (1) with no value bytes, byte
//!   (2, i8), short (3, i16), int (4, i32), long (5, i64), byte array (6) and string (7, UTF-8),
//!   each a u16 length and the bytes, timestamp (8, i64 milliseconds since the Unix epoch) and
//!   uuid (9, 16 bytes); headers are kept in the order of the wire;
//! - the headers take at most 128 KiB ([`MAX_HEADERS_LEN`]) and the payload at most 16 MiB
//!   ([`MAX_PAYLOAD_LEN`]), limits both checked when writing and when reading.
//!
//! A frame is read in this order, each step before the next: the prelude's CRC, its lengths
//! against each other and the limits (so a corrupt or hostile prelude is refused before a byte
//! of its body is held), the message CRC (continued from the prelude's, not hashed twice), the
//! headers. [`Decoder`] takes the bytes of a stream in chunks of any size and gives back whole
//! messages; the payload and byte-array values are slices of the bytes received, and only a
//! frame split across chunks is copied, once, into a buffer of its size.

mod decoder;
mod encode;
mod error;
mod frame;
mod header;
mod input;
mod json;
mod output;

pub use decoder::Decoder;
pub use error::{Checksum, EventStreamError};
pub use frame::{Frame, Message, Prelude};
pub use header::{Header, HeaderValue};
pub(crate) use input::EventFailure;
pub use input::{EventBody, EventSendError, EventSourceError, EventStreamSender};
pub use output::{EventError, EventFormat, EventSource, EventStream};

/// The media type of event streams.
pub const CONTENT_TYPE: &str = "application/vnd.amazon.eventstream";

/// The prelude's length: total length, headers length, prelude CRC.
pub const PRELUDE_LEN: usize = 12;

/// The length of a frame without headers or payload: the prelude and the message CRC.
pub const MIN_FRAME_LEN: usize = PRELUDE_LEN + 4;

/// The most bytes a frame's headers may take.
pub const MAX_HEADERS_LEN: usize = 128 * 1024;

/// The most bytes a frame's payload may take. (Smithy's specification lets services send up to
/// 24 MiB, 25,165,824 bytes.)
pub const MAX_PAYLOAD_LEN: usize = 16 * 1024 * 1024;

/// The longest frame the limits allow.
pub const MAX_FRAME_LEN: usize = MIN_FRAME_LEN + MAX_HEADERS_LEN + MAX_PAYLOAD_LEN;
