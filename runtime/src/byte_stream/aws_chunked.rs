//! The `aws-chunked` content encoding with a checksum trailer, unsigned: S3's way of carrying
//! the checksum of a body that is streamed, computed while it is sent.
//!
//! ```text
//! 10000\r\n<65536 bytes>\r\n      one chunk per 64 KiB of the body (its size in hex)
//! 2a\r\n<42 bytes>\r\n            the rest
//! 0\r\n                           the end
//! x-amz-checksum-crc32:i9aeUg==\r\n
//! \r\n
//! ```
//!
//! Chunks are of a fixed size, whatever the source yields, so that the encoded length, which
//! goes as `Content-Length`, is known before the first byte is read.

use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{BufMut, Bytes, BytesMut};
use futures_core::Stream;

use super::{BoxStream, ByteStreamError};
use crate::checksum::{ChecksumAlgorithm, Hasher};

/// The bytes of the body in each chunk but the last.
pub(crate) const CHUNK: usize = 64 * 1024;

/// How many hex digits `n` takes.
fn hex_len(n: usize) -> u64 {
    let mut digits = 1;
    let mut rest = n >> 4;
    while rest > 0 {
        digits += 1;
        rest >>= 4;
    }
    digits
}

/// The length of the encoding of a body of `len` bytes with `algorithm`'s trailer.
pub(crate) fn encoded_len(len: u64, algorithm: ChecksumAlgorithm) -> u64 {
    let chunk = CHUNK as u64;
    let (full, rest) = (len / chunk, len % chunk);
    let frame = |n: u64| hex_len(n as usize) + 2 + n + 2;
    let last = if rest > 0 { frame(rest) } else { 0 };
    let trailer = algorithm.header().len() as u64 + 1 + algorithm.encoded_len() as u64 + 2;
    full * frame(chunk) + last + 3 + trailer + 2
}

/// A body, `aws-chunked`.
pub(crate) struct AwsChunked {
    source: BoxStream,
    /// The checksum so far; taken when the trailer is written.
    hasher: Option<Hasher>,
    /// Bytes of the body not yet framed.
    pending: BytesMut,
    /// Whether the source has ended.
    drained: bool,
}

impl AwsChunked {
    pub(crate) fn new(source: BoxStream, algorithm: ChecksumAlgorithm) -> Self {
        Self { source, hasher: Some(algorithm.hasher()), pending: BytesMut::new(), drained: false }
    }

    /// One chunk: its size in hex, the bytes, CRLF.
    fn frame(&mut self, len: usize) -> Bytes {
        let mut out = BytesMut::with_capacity(len + 12);
        out.put_slice(format!("{len:x}\r\n").as_bytes());
        out.put_slice(&self.pending.split_to(len));
        out.put_slice(b"\r\n");
        out.freeze()
    }

    /// The last chunk and the trailer.
    fn trailer(hasher: Hasher) -> Bytes {
        let header = hasher.algorithm().header();
        Bytes::from(format!("0\r\n{header}:{}\r\n\r\n", hasher.finish()))
    }
}

impl Stream for AwsChunked {
    type Item = Result<Bytes, ByteStreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if this.pending.len() >= CHUNK {
                return Poll::Ready(Some(Ok(this.frame(CHUNK))));
            }
            if this.drained {
                if !this.pending.is_empty() {
                    let len = this.pending.len();
                    return Poll::Ready(Some(Ok(this.frame(len))));
                }
                return Poll::Ready(this.hasher.take().map(|h| Ok(Self::trailer(h))));
            }
            match this.source.as_mut().poll_next(cx) {
                Poll::Ready(Some(Ok(bytes))) => {
                    if let Some(hasher) = &mut this.hasher {
                        hasher.update(&bytes);
                    }
                    this.pending.extend_from_slice(&bytes);
                }
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(None) => this.drained = true,
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn encode(parts: Vec<Vec<u8>>, algorithm: ChecksumAlgorithm) -> Vec<u8> {
        let chunks = parts.into_iter().map(|p| Ok(Bytes::from(p)));
        let mut stream = AwsChunked::new(Box::pin(futures_util::stream::iter(chunks)), algorithm);
        let mut out = Vec::new();
        while let Some(chunk) = std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await {
            out.extend_from_slice(&chunk.unwrap());
        }
        out
    }

    #[tokio::test]
    async fn bodies_are_framed_in_fixed_chunks_with_the_checksum_as_trailer() {
        let text = b"Hello world".to_vec();
        let out = encode(vec![text[..5].to_vec(), text[5..].to_vec()], ChecksumAlgorithm::Crc32).await;
        assert_eq!(out, b"b\r\nHello world\r\n0\r\nx-amz-checksum-crc32:i9aeUg==\r\n\r\n");
        assert_eq!(encoded_len(11, ChecksumAlgorithm::Crc32), out.len() as u64);

        // Whatever the source's pieces, chunks of 64 KiB and the rest; the length known ahead.
        for (len, pieces) in [(0usize, 1usize), (1, 1), (CHUNK, 3), (CHUNK + 1, 7), (3 * CHUNK + 17, 5)] {
            let body: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let size = len.div_ceil(pieces).max(1);
            let parts: Vec<Vec<u8>> = body.chunks(size).map(<[u8]>::to_vec).collect();
            for algorithm in ChecksumAlgorithm::ALL {
                let out = encode(parts.clone(), algorithm).await;
                assert_eq!(out.len() as u64, encoded_len(len as u64, algorithm), "{len} {algorithm:?}");
                // Decoded, the body and its checksum.
                let (mut rest, mut decoded) = (&out[..], Vec::new());
                loop {
                    let line_end = rest.windows(2).position(|w| w == b"\r\n").unwrap();
                    let n = usize::from_str_radix(std::str::from_utf8(&rest[..line_end]).unwrap(), 16).unwrap();
                    rest = &rest[line_end + 2..];
                    if n == 0 {
                        break;
                    }
                    assert!(n == CHUNK || rest.len() < CHUNK + 64, "a short chunk before the last");
                    decoded.extend_from_slice(&rest[..n]);
                    rest = &rest[n + 2..];
                }
                assert_eq!(decoded, body);
                let trailer = format!("{}:{}\r\n\r\n", algorithm.header(), algorithm.checksum(&body));
                assert_eq!(rest, trailer.as_bytes());
            }
        }
    }
}
