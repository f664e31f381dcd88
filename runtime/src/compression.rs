//! Request compression (Smithy's `requestCompression` trait,
//! `#[aws_operation(request_compression = "gzip")]`).
//!
//! Rules:
//! - gzip is the one encoding; the body is compressed when it is at least the minimum size
//!   (`Config::request_min_compression_size_bytes`, 10240 bytes unless configured, at most
//!   10485760), and sent as it is otherwise;
//! - `gzip` is appended to any `Content-Encoding` the request already has (`custom, gzip`), or
//!   becomes its value;
//! - the body is compressed once per call, before signing, so every attempt sends and signs the
//!   same bytes; the gzip header carries no time, so the same body always compresses the same;
//! - `Config::disable_request_compression` (or `AWS_DISABLE_REQUEST_COMPRESSION`) turns it off.

use std::io::Write as _;

use crate::http::HttpRequest;

/// The default minimum body size for compression, in bytes.
pub const DEFAULT_MIN_SIZE: u32 = 10_240;

/// The largest minimum size a configuration may ask for, in bytes.
pub const MAX_MIN_SIZE: u32 = 10_485_760;

/// A content encoding a request body can be compressed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Encoding {
    /// `gzip` (RFC 1952).
    Gzip,
}

impl Encoding {
    /// The encoding's name in `Content-Encoding`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Gzip => "gzip",
        }
    }

    /// `data` compressed with this encoding.
    pub fn encode(self, data: &[u8]) -> Vec<u8> {
        match self {
            Encoding::Gzip => {
                let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                // Writing to a Vec cannot fail.
                encoder.write_all(data).expect("in-memory gzip");
                encoder.finish().expect("in-memory gzip")
            }
        }
    }
}

/// Compresses the body of `request` with `encoding` if it is at least `min_size` bytes, and
/// records the encoding in `Content-Encoding`. Returns whether it did.
pub fn compress(request: &mut HttpRequest, encoding: Encoding, min_size: u32) -> bool {
    if (request.body.len() as u64) < u64::from(min_size) {
        return false;
    }
    request.body = encoding.encode(&request.body).into();
    let value = match request.header("content-encoding") {
        Some(existing) if !existing.trim().is_empty() => format!("{existing}, {}", encoding.name()),
        _ => encoding.name().to_owned(),
    };
    request.set_header("content-encoding", value);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    fn gunzip(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(data).read_to_end(&mut out).unwrap();
        out
    }

    fn request(body: &str) -> HttpRequest {
        let mut request = HttpRequest::new("POST", "https://example.com/");
        request.body = body.to_owned().into();
        request
    }

    #[test]
    fn bodies_from_the_minimum_size_on_are_gzipped() {
        let body = "x".repeat(100);
        let mut small = request(&body[..99]);
        assert!(!compress(&mut small, Encoding::Gzip, 100));
        assert_eq!((small.body.len(), small.header("content-encoding")), (99, None));

        let mut large = request(&body);
        assert!(compress(&mut large, Encoding::Gzip, 100));
        assert_eq!(large.header("content-encoding"), Some("gzip"));
        assert_eq!(&large.body[..2], [0x1f, 0x8b], "gzip magic");
        assert_eq!(gunzip(&large.body), body.as_bytes());

        let mut empty = request("");
        assert!(compress(&mut empty, Encoding::Gzip, 0), "a minimum of 0 compresses everything");
        assert!(gunzip(&empty.body).is_empty());
    }

    #[test]
    fn gzip_is_appended_to_an_existing_encoding() {
        let mut r = request("abc");
        r.set_header("content-encoding", "custom");
        compress(&mut r, Encoding::Gzip, 0);
        assert_eq!(r.header("content-encoding"), Some("custom, gzip"));
    }

    #[test]
    fn the_same_body_always_gives_the_same_bytes() {
        let data = b"{\"data\":\"the same\"}".repeat(50);
        assert_eq!(Encoding::Gzip.encode(&data), Encoding::Gzip.encode(&data));
    }
}
