//! Flexible checksums (Smithy's `httpChecksum` trait, S3's integrity checks): a checksum of the
//! request body sent with it, and the checksum a response gives checked against its body.
//!
//! - Request: an operation with an algorithm member or a required checksum gets one by default
//!   (CRC32), unless the config says `when_required` and the operation does not require one; the input's algorithm
//!   member (`ChecksumAlgorithm`, bound to `x-amz-sdk-checksum-algorithm`) picks another. A body
//!   in memory carries it as a header (`x-amz-checksum-crc32: <base64>`); a streamed body as the
//!   trailer of an `aws-chunked` body ([`crate::byte_stream`]), computed while it is sent. A
//!   checksum the caller already set (a `ChecksumCRC32` member) is sent as it is.
//! - Response: when the input's validation member (`ChecksumMode`) is `ENABLED`, the first of the
//!   operation's algorithms whose header the response carries is checked: a body in memory at
//!   once, a streamed one as it is read, its last read an error on a mismatch, never a silent
//!   success. A composite checksum of a multipart object (`<base64>-<parts>`) is not a checksum
//!   of its bytes and is not checked.
//!
//! CRC32 is crc32fast's, CRC32C crc32c's, CRC64NVME crc64fast-nvme's (each with the CPU's
//! instructions where it has them), SHA-1 and SHA-256 ring's.

use std::pin::Pin;
use std::task::{Context, Poll, ready};

use crate::byte_stream::{ByteStream, ByteStreamError};
use crate::http::HttpRequest;
use crate::types::base64_encode;
use crate::validate::{Rule, Violation, Violations};

/// A checksum algorithm of `httpChecksum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChecksumAlgorithm {
    /// CRC-32 (ISO-HDLC), the default.
    Crc32,
    /// CRC-32C (Castagnoli).
    Crc32c,
    /// CRC-64/NVME.
    Crc64Nvme,
    /// SHA-1.
    Sha1,
    /// SHA-256.
    Sha256,
}

impl ChecksumAlgorithm {
    /// Every algorithm, in the order responses are checked by (the fastest first).
    pub const ALL: [ChecksumAlgorithm; 5] = [Self::Crc64Nvme, Self::Crc32c, Self::Crc32, Self::Sha1, Self::Sha256];

    /// The model's name: `CRC32`, `CRC32C`, `CRC64NVME`, `SHA1`, `SHA256`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Crc32 => "CRC32",
            Self::Crc32c => "CRC32C",
            Self::Crc64Nvme => "CRC64NVME",
            Self::Sha1 => "SHA1",
            Self::Sha256 => "SHA256",
        }
    }

    /// The algorithm of that name, in any case; `None` for another.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The header (or trailer) that carries it: `x-amz-checksum-crc32`, ...
    pub fn header(self) -> &'static str {
        match self {
            Self::Crc32 => "x-amz-checksum-crc32",
            Self::Crc32c => "x-amz-checksum-crc32c",
            Self::Crc64Nvme => "x-amz-checksum-crc64nvme",
            Self::Sha1 => "x-amz-checksum-sha1",
            Self::Sha256 => "x-amz-checksum-sha256",
        }
    }

    /// How many base64 characters a checksum of this algorithm takes.
    pub fn encoded_len(self) -> usize {
        match self {
            Self::Crc32 | Self::Crc32c => 8,
            Self::Crc64Nvme => 12,
            Self::Sha1 => 28,
            Self::Sha256 => 44,
        }
    }

    /// A hasher of this algorithm.
    pub fn hasher(self) -> Hasher {
        let kind = match self {
            Self::Crc32 => Kind::Crc32(crc32fast::Hasher::new()),
            Self::Crc32c => Kind::Crc32c(0),
            Self::Crc64Nvme => Kind::Crc64(crc64fast_nvme::Digest::new()),
            Self::Sha1 => Kind::Digest(Box::new(ring::digest::Context::new(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY))),
            Self::Sha256 => Kind::Digest(Box::new(ring::digest::Context::new(&ring::digest::SHA256))),
        };
        Hasher { algorithm: self, kind }
    }

    /// The checksum of `bytes`, base64.
    pub fn checksum(self, bytes: &[u8]) -> String {
        let mut hasher = self.hasher();
        hasher.update(bytes);
        hasher.finish()
    }
}

/// A checksum computed as bytes go by.
pub struct Hasher {
    algorithm: ChecksumAlgorithm,
    kind: Kind,
}

enum Kind {
    Crc32(crc32fast::Hasher),
    /// CRC-32C so far.
    Crc32c(u32),
    Crc64(crc64fast_nvme::Digest),
    /// Boxed: a SHA context is some 200 bytes, the CRCs' a few.
    Digest(Box<ring::digest::Context>),
}

impl Hasher {
    /// The algorithm.
    pub fn algorithm(&self) -> ChecksumAlgorithm {
        self.algorithm
    }

    /// Adds `bytes`.
    pub fn update(&mut self, bytes: &[u8]) {
        match &mut self.kind {
            Kind::Crc32(hasher) => hasher.update(bytes),
            Kind::Crc32c(crc) => *crc = crc32c::crc32c_append(*crc, bytes),
            Kind::Crc64(digest) => digest.write(bytes),
            Kind::Digest(context) => context.update(bytes),
        }
    }

    /// The checksum of everything added, base64 (a CRC as its big-endian bytes).
    pub fn finish(self) -> String {
        match self.kind {
            Kind::Crc32(hasher) => base64_encode(&hasher.finalize().to_be_bytes()),
            Kind::Crc32c(crc) => base64_encode(&crc.to_be_bytes()),
            Kind::Crc64(digest) => base64_encode(&digest.sum64().to_be_bytes()),
            Kind::Digest(context) => base64_encode(context.finish().as_ref()),
        }
    }
}

impl std::fmt::Debug for Hasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hasher").field("algorithm", &self.algorithm).finish_non_exhaustive()
    }
}

/// Whether checksums are computed for every request of an operation that supports them, or
/// only where the operation requires one (`request_checksum_calculation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum ChecksumCalculation {
    /// Whenever the operation supports one (the default).
    #[default]
    WhenSupported,
    /// Only when the operation requires one.
    WhenRequired,
}

/// An operation's `httpChecksum` trait, with its members' headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HttpChecksum {
    /// `requestChecksumRequired`: a request without a checksum is refused by the service.
    pub request_checksum_required: bool,
    /// The header of the input member that picks the request's algorithm
    /// (`requestAlgorithmMember`, S3's `x-amz-sdk-checksum-algorithm`), if it has one.
    pub request_algorithm_header: Option<&'static str>,
    /// The header of the input member that asks for the response to be checked
    /// (`requestValidationModeMember`, S3's `x-amz-checksum-mode`), if it has one.
    pub request_validation_header: Option<&'static str>,
    /// `responseAlgorithms`: what the response may carry, by name.
    pub response_algorithms: &'static [&'static str],
}

/// The checksum header a response carries that `checksum` says to check, with its value: the
/// first of its algorithms in [`ChecksumAlgorithm::ALL`] order; `None` if it carries none, or a
/// composite one (`...-N`, a multipart object's).
pub fn response_checksum<'a>(
    checksum: &HttpChecksum,
    header: &dyn Fn(&str) -> Option<&'a str>,
) -> Option<(ChecksumAlgorithm, &'a str)> {
    ChecksumAlgorithm::ALL
        .into_iter()
        .filter(|a| checksum.response_algorithms.iter().any(|n| a.name().eq_ignore_ascii_case(n)))
        .find_map(|a| header(a.header()).map(|value| (a, value.trim())))
        .filter(|(_, value)| !is_composite(value))
}

/// Whether a checksum is a multipart upload's composite one: `<base64>-<parts>`.
pub fn is_composite(value: &str) -> bool {
    value.rsplit_once('-').is_some_and(|(_, parts)| !parts.is_empty() && parts.bytes().all(|b| b.is_ascii_digit()))
}

/// A checksum that does not match the body it came with.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the body's {algorithm:?} checksum is {computed}, but the response says {expected}")]
pub struct ChecksumMismatch {
    /// The algorithm.
    pub algorithm: ChecksumAlgorithm,
    /// What the response said.
    pub expected: String,
    /// What the body came to.
    pub computed: String,
}

/// The value S3 signs a streamed body with a checksum trailer as.
pub const STREAMING_TRAILER_PAYLOAD: &str = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

/// Gives the request of an operation with `checksum` its checksum, as `when` says: a header for
/// a body in memory, an `aws-chunked` trailer for a streamed one of known length (a stream of
/// unknown length goes without: `aws-chunked` needs the length); asks for the response's
/// checksum where the operation has a validation member and `validate` says so. Nothing is
/// done where the caller set a checksum. An algorithm member naming an algorithm this
/// runtime does not compute is an error, before anything is sent.
pub(crate) fn prepare_request(
    request: &mut HttpRequest,
    checksum: &HttpChecksum,
    when: ChecksumCalculation,
    validate: ChecksumCalculation,
) -> Result<(), Violations> {
    if let Some(mode) = checksum.request_validation_header
        && validate == ChecksumCalculation::WhenSupported
        && request.header(mode).is_none()
    {
        request.set_header(mode, "ENABLED");
    }
    if ChecksumAlgorithm::ALL.iter().any(|a| request.header(a.header()).is_some()) {
        return Ok(());
    }
    let chosen = checksum.request_algorithm_header.and_then(|h| request.header(h).map(|v| (h, v.to_owned())));
    let algorithm = match chosen {
        Some((header, name)) => ChecksumAlgorithm::from_name(&name).ok_or_else(|| {
            let allowed = ChecksumAlgorithm::ALL.iter().map(|a| a.name().to_owned()).collect();
            let rule = Rule::Enum { actual: name.clone(), allowed };
            Violations(vec![Violation { path: header.to_owned(), rule }])
        })?,
        // An operation without an algorithm member (GetObject) takes no request checksum
        // unless it requires one.
        None if checksum.request_checksum_required
            || (when == ChecksumCalculation::WhenSupported && checksum.request_algorithm_header.is_some()) =>
        {
            ChecksumAlgorithm::Crc32
        }
        None => return Ok(()),
    };
    match request.stream.take() {
        None => {
            let value = algorithm.checksum(&request.body);
            request.set_header(algorithm.header(), value);
        }
        Some(stream) => match stream.len() {
            Some(len) => {
                let encoding = match request.header("content-encoding") {
                    Some(theirs) => format!("aws-chunked,{theirs}"),
                    None => "aws-chunked".to_owned(),
                };
                request.set_header("content-encoding", encoding);
                request.set_header("x-amz-decoded-content-length", len.to_string());
                request.set_header("x-amz-trailer", algorithm.header());
                request.set_header("x-amz-content-sha256", STREAMING_TRAILER_PAYLOAD);
                request.stream = Some(stream.aws_chunked(algorithm));
            }
            None => request.stream = Some(stream),
        },
    }
    Ok(())
}

/// Whether the response to `request` is to be checked: the operation has a validation member
/// and the request sets it to `ENABLED`.
pub(crate) fn validates(request: &HttpRequest, checksum: &HttpChecksum) -> bool {
    checksum
        .request_validation_header
        .and_then(|h| request.header(h))
        .is_some_and(|v| v.eq_ignore_ascii_case("ENABLED"))
}

/// `stream`, a response body, checked against `expected` as it is read: its last read is a
/// [`ChecksumMismatch`] if the bytes do not match, before the end is told.
pub(crate) fn checked(stream: ByteStream, algorithm: ChecksumAlgorithm, expected: &str) -> ByteStream {
    let len = stream.len();
    let checked = Checked { stream, hasher: Some(algorithm.hasher()), expected: expected.to_owned() };
    ByteStream::from_response(Box::pin(checked), len)
}

/// A body being checked: see [`checked`].
struct Checked {
    stream: ByteStream,
    /// Taken at the end.
    hasher: Option<Hasher>,
    expected: String,
}

impl futures_core::Stream for Checked {
    type Item = Result<bytes::Bytes, ByteStreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        match ready!(Pin::new(&mut this.stream).poll_next(cx)) {
            Some(Ok(chunk)) => {
                if let Some(hasher) = &mut this.hasher {
                    hasher.update(&chunk);
                }
                Poll::Ready(Some(Ok(chunk)))
            }
            Some(Err(e)) => {
                // A body that failed is not checked: its error is the one to tell.
                this.hasher = None;
                Poll::Ready(Some(Err(e)))
            }
            None => match this.hasher.take().map(|h| verify(h, &this.expected)) {
                Some(Err(mismatch)) => Poll::Ready(Some(Err(mismatch.into()))),
                _ => Poll::Ready(None),
            },
        }
    }
}

/// Whether what `hasher` saw has the checksum `expected`.
pub(crate) fn verify(hasher: Hasher, expected: &str) -> Result<(), ChecksumMismatch> {
    let algorithm = hasher.algorithm();
    let computed = hasher.finish();
    if computed == expected.trim() {
        Ok(())
    } else {
        Err(ChecksumMismatch { algorithm, expected: expected.trim().to_owned(), computed })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_of_known_values() {
        // Each algorithm's check value ("123456789"), and S3's documented examples.
        let check = b"123456789";
        assert_eq!(ChecksumAlgorithm::Crc32.checksum(check), base64_encode(&0xCBF4_3926u32.to_be_bytes()));
        assert_eq!(ChecksumAlgorithm::Crc32c.checksum(check), base64_encode(&0xE306_9283u32.to_be_bytes()));
        assert_eq!(
            ChecksumAlgorithm::Crc64Nvme.checksum(check),
            base64_encode(&0xAE8B_1486_0A79_9888u64.to_be_bytes())
        );
        assert_eq!(ChecksumAlgorithm::Crc32.checksum(b"Hello world"), "i9aeUg==");
        assert_eq!(ChecksumAlgorithm::Sha1.checksum(b""), "2jmj7l5rSw0yVb/vlWAYkK/YBwk=");
        assert_eq!(ChecksumAlgorithm::Sha256.checksum(b""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        for algorithm in ChecksumAlgorithm::ALL {
            // In pieces, the same.
            let mut hasher = algorithm.hasher();
            hasher.update(b"1234");
            hasher.update(b"56789");
            assert_eq!(hasher.finish(), algorithm.checksum(check), "{algorithm:?}");
            assert_eq!(algorithm.checksum(check).len(), algorithm.encoded_len(), "{algorithm:?}");
            assert_eq!(ChecksumAlgorithm::from_name(&algorithm.name().to_lowercase()), Some(algorithm));
        }
        assert_eq!(ChecksumAlgorithm::from_name("MD5"), None);
    }

    #[test]
    fn responses_are_checked_by_their_fastest_checksum_unless_composite() {
        let trait_ = HttpChecksum {
            request_checksum_required: false,
            request_algorithm_header: None,
            request_validation_header: Some("x-amz-checksum-mode"),
            response_algorithms: &["CRC32", "CRC32C", "SHA256"],
        };
        let headers = [("x-amz-checksum-sha256", "abc="), ("x-amz-checksum-crc32", " i9aeUg== ")];
        let header = |name: &str| headers.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
        assert_eq!(response_checksum(&trait_, &header), Some((ChecksumAlgorithm::Crc32, "i9aeUg==")));
        let composite = [("x-amz-checksum-crc32", "i9aeUg==-3")];
        let header = |name: &str| composite.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
        assert_eq!(response_checksum(&trait_, &header), None);
        assert!(!is_composite("ab-c") && is_composite("ab==-12") && !is_composite("abc=-"));
    }
}
