//! CBOR (RFC 8949): the format of the rpcv2Cbor protocol.
//!
//! Wire rules (Smithy's rpcv2Cbor, "Shape serialization"):
//! - structures and unions are maps keyed by member name; absent members are omitted, and null
//!   (or undefined) members are read as absent; `__type` and keys the shape does not have are
//!   skipped, whatever they hold;
//! - lists are arrays, maps are maps with text keys; a sparse one may hold nulls;
//! - lengths are written definite; they are read definite or indefinite, text and byte strings
//!   in chunks included;
//! - integers take the smallest head that holds them; floats are singles and doubles doubles,
//!   `NaN` and the infinities included, never halves; a float or double is read from a half, a
//!   single, a double or an integer;
//! - blobs are byte strings; timestamps are tag 1 around epoch seconds whatever the member's
//!   timestamp format, written as an integer when whole and as a double otherwise, read from
//!   either;
//! - documents, which rpcv2Cbor does not have (the protocol refuses shapes that hold one), are
//!   the CBOR of their JSON value.
//!
//! Responses are read as they stream ([`reader`]), without building a value tree first, and
//! leniently as a client reads JSON: a missing required member takes its zero value.

pub mod reader;
pub mod writer;

#[cfg(test)]
mod tests;

pub use reader::CborDeserializer;
pub use writer::CborWriter;

use crate::schema::MemberSchema;
use crate::shape::{Mode, Shape};
use crate::validate::Violations;

/// The tag of an epoch-based date/time (RFC 8949, section 3.4.2).
pub(crate) const TIMESTAMP_TAG: u64 = 1;

/// Writes a whole value as CBOR, keyed by member names.
pub fn to_cbor<T: Shape>(value: &T) -> Vec<u8> {
    let mut w = CborWriter::with_capacity(256);
    value.serialize(&MemberSchema::ROOT, &mut w);
    w.finish()
}

/// Reads a whole value from CBOR as it streams; no bytes at all are an empty map.
pub fn from_cbor<T: Shape>(bytes: &[u8], mode: Mode) -> Result<T, Violations> {
    reader::from_slice(bytes, mode)
}
