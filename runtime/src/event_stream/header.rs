//! Headers: a name and a value of one of ten types, each with a one-byte code.

use std::collections::HashSet;

use bytes::{BufMut, Bytes, BytesMut};

use super::{EventStreamError, PRELUDE_LEN};

const BOOL_TRUE: u8 = 0;
const BOOL_FALSE: u8 = 1;
const BYTE: u8 = 2;
const SHORT: u8 = 3;
const INT: u8 = 4;
const LONG: u8 = 5;
const BYTE_ARRAY: u8 = 6;
const STRING: u8 = 7;
const TIMESTAMP: u8 = 8;
const UUID: u8 = 9;

/// The longest header name: its length is one byte.
const MAX_NAME_LEN: usize = u8::MAX as usize;

/// The longest byte array or string value: its length is two bytes.
const MAX_VALUE_LEN: usize = u16::MAX as usize;

/// A header of a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Header {
    /// The name: 1 to 255 bytes, no other header's of the message.
    pub name: String,
    /// The value.
    pub value: HeaderValue,
}

impl Header {
    /// A header named `name`.
    pub fn new(name: impl Into<String>, value: impl Into<HeaderValue>) -> Self {
        Self { name: name.into(), value: value.into() }
    }

    /// How many bytes the header takes in a frame.
    fn encoded_len(&self) -> usize {
        1 + self.name.len() + 1 + self.value.encoded_len()
    }

    /// Writes the header; its name and value lengths are checked ([`headers_len`]).
    fn write(&self, out: &mut BytesMut) {
        // The casts hold: `headers_len` refused longer names and values.
        out.put_u8(self.name.len() as u8);
        out.put_slice(self.name.as_bytes());
        out.put_u8(self.value.type_code());
        match &self.value {
            HeaderValue::Bool(_) => {}
            HeaderValue::Byte(v) => out.put_i8(*v),
            HeaderValue::Short(v) => out.put_i16(*v),
            HeaderValue::Int(v) => out.put_i32(*v),
            HeaderValue::Long(v) | HeaderValue::Timestamp(v) => out.put_i64(*v),
            HeaderValue::ByteArray(bytes) => {
                out.put_u16(bytes.len() as u16);
                out.put_slice(bytes);
            }
            HeaderValue::String(text) => {
                out.put_u16(text.len() as u16);
                out.put_slice(text.as_bytes());
            }
            HeaderValue::Uuid(uuid) => out.put_slice(uuid),
        }
    }
}

/// A header's value. The type is the variant's, except for booleans, whose value is their type
/// (0 true, 1 false).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HeaderValue {
    /// Type 0 when true, 1 when false; no value bytes.
    Bool(bool),
    /// Type 2: one byte, signed.
    Byte(i8),
    /// Type 3: two bytes, signed.
    Short(i16),
    /// Type 4: four bytes, signed.
    Int(i32),
    /// Type 5: eight bytes, signed.
    Long(i64),
    /// Type 6: a two-byte length and that many bytes, at most 65535. When read, a slice of the
    /// frame.
    ByteArray(Bytes),
    /// Type 7: a two-byte length and that many bytes of UTF-8, at most 65535.
    String(String),
    /// Type 8: milliseconds since the Unix epoch, eight bytes, signed.
    Timestamp(i64),
    /// Type 9: a UUID's 16 bytes.
    Uuid([u8; 16]),
}

impl HeaderValue {
    /// The type's code on the wire, 0 to 9.
    pub fn type_code(&self) -> u8 {
        match self {
            Self::Bool(true) => BOOL_TRUE,
            Self::Bool(false) => BOOL_FALSE,
            Self::Byte(_) => BYTE,
            Self::Short(_) => SHORT,
            Self::Int(_) => INT,
            Self::Long(_) => LONG,
            Self::ByteArray(_) => BYTE_ARRAY,
            Self::String(_) => STRING,
            Self::Timestamp(_) => TIMESTAMP,
            Self::Uuid(_) => UUID,
        }
    }

    /// The text of a string value; `None` for another type.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(text) => Some(text),
            _ => None,
        }
    }

    /// How many bytes the value takes after its type code.
    fn encoded_len(&self) -> usize {
        match self {
            Self::Bool(_) => 0,
            Self::Byte(_) => 1,
            Self::Short(_) => 2,
            Self::Int(_) => 4,
            Self::Long(_) | Self::Timestamp(_) => 8,
            Self::ByteArray(bytes) => 2 + bytes.len(),
            Self::String(text) => 2 + text.len(),
            Self::Uuid(_) => 16,
        }
    }

    /// The length of a byte array or string value.
    fn variable_len(&self) -> Option<usize> {
        match self {
            Self::ByteArray(bytes) => Some(bytes.len()),
            Self::String(text) => Some(text.len()),
            _ => None,
        }
    }
}

impl From<bool> for HeaderValue {
    fn from(value: bool) -> Self {
        Self::Bool(value)
    }
}

impl From<i8> for HeaderValue {
    fn from(value: i8) -> Self {
        Self::Byte(value)
    }
}

impl From<i16> for HeaderValue {
    fn from(value: i16) -> Self {
        Self::Short(value)
    }
}

impl From<i32> for HeaderValue {
    fn from(value: i32) -> Self {
        Self::Int(value)
    }
}

impl From<i64> for HeaderValue {
    fn from(value: i64) -> Self {
        Self::Long(value)
    }
}

impl From<Bytes> for HeaderValue {
    fn from(value: Bytes) -> Self {
        Self::ByteArray(value)
    }
}

impl From<String> for HeaderValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for HeaderValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<[u8; 16]> for HeaderValue {
    fn from(value: [u8; 16]) -> Self {
        Self::Uuid(value)
    }
}

/// How many bytes `headers` take in a frame, checked as a reader checks them: names of 1 to 255
/// bytes, none twice, byte arrays and strings of at most 65535 bytes.
pub(super) fn headers_len(headers: &[Header]) -> Result<usize, EventStreamError> {
    let mut seen = HashSet::with_capacity(headers.len());
    let mut offset = PRELUDE_LEN;
    for header in headers {
        let name = header.name.as_str();
        if name.is_empty() {
            return Err(EventStreamError::EmptyHeaderName { offset });
        }
        if name.len() > MAX_NAME_LEN {
            return Err(EventStreamError::HeaderNameTooLong { name: name.to_owned(), offset });
        }
        if !seen.insert(name) {
            return Err(EventStreamError::DuplicateHeader { name: name.to_owned(), offset });
        }
        if let Some(len) = header.value.variable_len().filter(|len| *len > MAX_VALUE_LEN) {
            return Err(EventStreamError::HeaderValueTooLong { name: name.to_owned(), offset, len });
        }
        offset = offset.saturating_add(header.encoded_len());
    }
    Ok(offset - PRELUDE_LEN)
}

/// Writes `headers`, checked by [`headers_len`], in their order.
pub(super) fn write_headers(headers: &[Header], out: &mut BytesMut) {
    for header in headers {
        header.write(out);
    }
}

/// Reads the headers in `frame[start..end]`. Byte arrays are slices of `frame`.
pub(super) fn read_headers(frame: &Bytes, start: usize, end: usize) -> Result<Vec<Header>, EventStreamError> {
    let mut headers = Vec::new();
    let mut seen = HashSet::new();
    let mut cursor = Cursor { frame, pos: start, end, header: start };
    while cursor.pos < end {
        let offset = cursor.pos;
        cursor.header = offset;
        let [name_len] = cursor.array()?;
        if name_len == 0 {
            return Err(EventStreamError::EmptyHeaderName { offset });
        }
        let name = std::str::from_utf8(cursor.take(name_len.into())?)
            .map_err(|_| EventStreamError::HeaderNameNotUtf8 { offset })?;
        if !seen.insert(name) {
            return Err(EventStreamError::DuplicateHeader { name: name.to_owned(), offset });
        }
        let value = match cursor.array()? {
            [BOOL_TRUE] => HeaderValue::Bool(true),
            [BOOL_FALSE] => HeaderValue::Bool(false),
            [BYTE] => HeaderValue::Byte(i8::from_be_bytes(cursor.array()?)),
            [SHORT] => HeaderValue::Short(i16::from_be_bytes(cursor.array()?)),
            [INT] => HeaderValue::Int(i32::from_be_bytes(cursor.array()?)),
            [LONG] => HeaderValue::Long(i64::from_be_bytes(cursor.array()?)),
            [BYTE_ARRAY] => {
                let len = u16::from_be_bytes(cursor.array()?);
                HeaderValue::ByteArray(cursor.slice(len.into())?)
            }
            [STRING] => {
                let len = u16::from_be_bytes(cursor.array()?);
                let text = std::str::from_utf8(cursor.take(len.into())?)
                    .map_err(|_| EventStreamError::HeaderValueNotUtf8 { name: name.to_owned(), offset })?;
                HeaderValue::String(text.to_owned())
            }
            [TIMESTAMP] => HeaderValue::Timestamp(i64::from_be_bytes(cursor.array()?)),
            [UUID] => HeaderValue::Uuid(cursor.array()?),
            [code] => return Err(EventStreamError::InvalidHeaderType { name: name.to_owned(), offset, code }),
        };
        headers.push(Header { name: name.to_owned(), value });
    }
    Ok(headers)
}

/// Where the reading of the headers is.
struct Cursor<'a> {
    frame: &'a Bytes,
    pos: usize,
    /// Where the headers end.
    end: usize,
    /// Where the header being read starts.
    header: usize,
}

impl<'a> Cursor<'a> {
    /// The next `n` bytes, if the headers have them.
    fn take(&mut self, n: usize) -> Result<&'a [u8], EventStreamError> {
        if self.end - self.pos < n {
            return Err(EventStreamError::HeaderPastEnd { offset: self.header, headers_end: self.end });
        }
        let frame: &'a [u8] = self.frame;
        let bytes = &frame[self.pos..self.pos + n];
        self.pos += n;
        Ok(bytes)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], EventStreamError> {
        let mut array = [0; N];
        array.copy_from_slice(self.take(N)?);
        Ok(array)
    }

    /// The next `n` bytes as a slice of the frame, not a copy.
    fn slice(&mut self, n: usize) -> Result<Bytes, EventStreamError> {
        let start = self.pos;
        self.take(n)?;
        Ok(self.frame.slice(start..start + n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(headers: &[Header]) -> Bytes {
        let len = headers_len(headers).unwrap();
        let mut out = BytesMut::new();
        write_headers(headers, &mut out);
        assert_eq!(out.len(), len);
        out.freeze()
    }

    /// Reads `bytes` as the headers of a frame whose prelude they follow.
    fn read(bytes: &[u8]) -> Result<Vec<Header>, EventStreamError> {
        let mut frame = vec![0; PRELUDE_LEN];
        frame.extend_from_slice(bytes);
        read_headers(&Bytes::from(frame), PRELUDE_LEN, PRELUDE_LEN + bytes.len())
    }

    #[test]
    fn each_type_has_its_code_and_value_bytes() {
        let uuid: [u8; 16] = *b"0123456789abcdef";
        let cases: [(HeaderValue, &[u8]); 11] = [
            (true.into(), &[0]),
            (false.into(), &[1]),
            ((-2i8).into(), &[2, 0xfe]),
            ((-2i16).into(), &[3, 0xff, 0xfe]),
            (0x0102_0304i32.into(), &[4, 1, 2, 3, 4]),
            ((-1i64).into(), &[5, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            (Bytes::from_static(b"\x00\xff").into(), &[6, 0, 2, 0, 0xff]),
            ("h\u{e9}".into(), &[7, 0, 3, b'h', 0xc3, 0xa9]),
            (String::new().into(), &[7, 0, 0]),
            (HeaderValue::Timestamp(1_700_000_000_123), &[8, 0, 0, 0x01, 0x8b, 0xcf, 0xe5, 0x68, 0x7b]),
            (uuid.into(), b"\x090123456789abcdef"),
        ];
        for (value, wire) in cases {
            let header = Header::new("n", value.clone());
            let mut expected = vec![1, b'n'];
            expected.extend_from_slice(wire);
            assert_eq!(encode(std::slice::from_ref(&header)), expected, "{value:?}");
            assert_eq!(value.type_code(), wire[0]);
            assert_eq!(read(&expected).unwrap(), vec![header], "{value:?}");
        }
        assert_eq!(HeaderValue::from("text").as_str(), Some("text"));
        assert_eq!(HeaderValue::Int(1).as_str(), None);
    }

    #[test]
    fn headers_keep_their_order_and_byte_arrays_are_slices_of_the_frame() {
        let headers =
            vec![Header::new("z", 1i32), Header::new("a", Bytes::from_static(b"abc")), Header::new(":m", "event")];
        let wire = encode(&headers);
        let mut frame = BytesMut::from(&[0u8; PRELUDE_LEN][..]);
        frame.extend_from_slice(&wire);
        let frame = frame.freeze();
        let read = read_headers(&frame, PRELUDE_LEN, frame.len()).unwrap();
        assert_eq!(read, headers);
        let HeaderValue::ByteArray(bytes) = &read[1].value else { panic!("{read:?}") };
        let within = frame.as_ptr_range();
        assert!(within.contains(&bytes.as_ptr()), "a copy, not a slice of the frame");
    }

    #[test]
    fn malformed_headers_are_refused_with_where_they_start() {
        // The second header (at byte 12 + 4 = 16) is the bad one in each.
        let ok = [1, b'a', 2, 7];
        let cases: Vec<(Vec<u8>, EventStreamError)> = vec![
            (vec![0, 0], EventStreamError::EmptyHeaderName { offset: 16 }),
            (vec![3, b'b'], EventStreamError::HeaderPastEnd { offset: 16, headers_end: 18 }),
            (vec![1, b'b'], EventStreamError::HeaderPastEnd { offset: 16, headers_end: 18 }),
            (vec![1, b'b', 4, 0, 0, 0], EventStreamError::HeaderPastEnd { offset: 16, headers_end: 22 }),
            (vec![1, b'b', 6, 0], EventStreamError::HeaderPastEnd { offset: 16, headers_end: 20 }),
            (vec![1, b'b', 7, 0, 2, b'x'], EventStreamError::HeaderPastEnd { offset: 16, headers_end: 22 }),
            (vec![1, b'b', 9, 0, 1, 2], EventStreamError::HeaderPastEnd { offset: 16, headers_end: 22 }),
            (vec![1, 0xff, 0], EventStreamError::HeaderNameNotUtf8 { offset: 16 }),
            (vec![1, b'b', 7, 0, 2, 0xc3, 0x28], EventStreamError::HeaderValueNotUtf8 { name: "b".into(), offset: 16 }),
            (vec![1, b'b', 10], EventStreamError::InvalidHeaderType { name: "b".into(), offset: 16, code: 10 }),
            (vec![1, b'b', 0xff], EventStreamError::InvalidHeaderType { name: "b".into(), offset: 16, code: 255 }),
            (vec![1, b'a', 0], EventStreamError::DuplicateHeader { name: "a".into(), offset: 16 }),
        ];
        for (second, expected) in cases {
            let mut bytes = ok.to_vec();
            bytes.extend_from_slice(&second);
            assert_eq!(read(&bytes), Err(expected), "{second:?}");
        }
        let message = EventStreamError::InvalidHeaderType { name: "b\n".into(), offset: 16, code: 10 }.to_string();
        assert_eq!(message, "header `b\\n` at byte 16 of the frame has type 10, none of the ten (0 to 9)");
    }

    #[test]
    fn headers_a_reader_would_refuse_are_not_written() {
        let long = "n".repeat(256);
        let cases = [
            (vec![Header::new("a", 1i8), Header::new("", 1i8)], EventStreamError::EmptyHeaderName { offset: 16 }),
            (vec![Header::new(long.clone(), true)], EventStreamError::HeaderNameTooLong { name: long, offset: 12 }),
            (
                vec![Header::new("a", 1i8), Header::new("a", 2i8)],
                EventStreamError::DuplicateHeader { name: "a".into(), offset: 16 },
            ),
            (
                vec![Header::new("a", Bytes::from(vec![0; 65536]))],
                EventStreamError::HeaderValueTooLong { name: "a".into(), offset: 12, len: 65536 },
            ),
            (
                vec![Header::new("a", "x".repeat(65536))],
                EventStreamError::HeaderValueTooLong { name: "a".into(), offset: 12, len: 65536 },
            ),
        ];
        for (headers, expected) in cases {
            assert_eq!(headers_len(&headers), Err(expected));
        }
        // At the limits, written and read back.
        let headers = vec![Header::new("n".repeat(255), "x".repeat(65535)), Header::new("b", Bytes::new())];
        let wire = encode(&headers);
        assert_eq!(wire.len(), 1 + 255 + 1 + 2 + 65535 + 1 + 1 + 1 + 2);
        assert_eq!(read(&wire).unwrap(), headers);
    }
}
