//! The `aws-chunked` content encoding: S3's way of carrying the checksum of a body that is
//! streamed, computed while it is sent, as a trailer; and, over plain HTTP, of signing the body
//! chunk by chunk (`crate::sign::chunked`).
//!
//! ```text
//! 10000\r\n<65536 bytes>\r\n      one chunk per 64 KiB of the body (its size in hex)
//! 2a\r\n<42 bytes>\r\n            the rest
//! 0\r\n                           the end
//! x-amz-checksum-crc32:i9aeUg==\r\n
//! \r\n
//! ```
//!
//! Signed, each size line carries its chunk's signature (`10000;chunk-signature=<64 hex>`), the
//! end one that of the empty chunk, and the trailer (if any) is followed by its own signature
//! (`x-amz-trailer-signature:<64 hex>`).
//!
//! Chunks are of a fixed size, whatever the source yields, so that the encoded length, which
//! goes as `Content-Length`, is known before the first byte is read.

use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{BufMut, Bytes, BytesMut};
use futures_core::Stream;

use super::{BoxStream, ByteStreamError};
use crate::checksum::{ChecksumAlgorithm, Hasher};
use crate::sign::chunked::ChunkSigner;

/// The bytes of the body in each chunk but the last.
pub(crate) const CHUNK: usize = 64 * 1024;

/// `;chunk-signature=` and the signature's 64 hex digits.
const CHUNK_SIGNATURE_LEN: u64 = 17 + 64;

/// `x-amz-trailer-signature:`, the signature, CRLF.
const TRAILER_SIGNATURE_LEN: u64 = 24 + 64 + 2;

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

/// The length of the encoding of a body of `len` bytes, with `trailer`'s checksum after it and,
/// if `signed`, the signatures.
pub(crate) fn encoded_len(len: u64, trailer: Option<ChecksumAlgorithm>, signed: bool) -> u64 {
    let chunk = CHUNK as u64;
    let (full, rest) = (len / chunk, len % chunk);
    let signature = if signed { CHUNK_SIGNATURE_LEN } else { 0 };
    let frame = |n: u64| hex_len(n as usize) + signature + 2 + n + 2;
    let last = if rest > 0 { frame(rest) } else { 0 };
    let trailer = trailer.map_or(0, |algorithm| {
        let line = algorithm.header().len() as u64 + 1 + algorithm.encoded_len() as u64 + 2;
        line + if signed { TRAILER_SIGNATURE_LEN } else { 0 }
    });
    full * frame(chunk) + last + 1 + signature + 2 + trailer + 2
}

/// A body, `aws-chunked`.
pub(crate) struct AwsChunked {
    source: BoxStream,
    /// The checksum so far, for the trailer.
    hasher: Option<Hasher>,
    signer: Option<ChunkSigner>,
    /// Bytes of the body not yet framed.
    pending: BytesMut,
    /// Whether the source has ended.
    drained: bool,
    /// Whether the end (last chunk and trailer) is written.
    ended: bool,
}

impl AwsChunked {
    pub(crate) fn new(source: BoxStream, trailer: Option<ChecksumAlgorithm>, signer: Option<ChunkSigner>) -> Self {
        Self {
            source,
            hasher: trailer.map(ChecksumAlgorithm::hasher),
            signer,
            pending: BytesMut::new(),
            drained: false,
            ended: false,
        }
    }

    /// One chunk: its size in hex (and signature), the bytes, CRLF.
    fn frame(&mut self, len: usize) -> Bytes {
        let data = self.pending.split_to(len);
        let mut out = BytesMut::with_capacity(len + 100);
        out.put_slice(format!("{len:x}").as_bytes());
        if let Some(signer) = &mut self.signer {
            out.put_slice(b";chunk-signature=");
            out.put_slice(signer.chunk(&data).as_bytes());
        }
        out.put_slice(b"\r\n");
        out.put_slice(&data);
        out.put_slice(b"\r\n");
        out.freeze()
    }

    /// The last chunk and the trailer.
    fn end(&mut self) -> Bytes {
        let mut out = String::from("0");
        if let Some(signer) = &mut self.signer {
            out.push_str(";chunk-signature=");
            out.push_str(signer.chunk(b""));
        }
        out.push_str("\r\n");
        if let Some(hasher) = self.hasher.take() {
            let line = format!("{}:{}", hasher.algorithm().header(), hasher.finish());
            out.push_str(&line);
            out.push_str("\r\n");
            if let Some(signer) = &mut self.signer {
                out.push_str("x-amz-trailer-signature:");
                out.push_str(signer.trailer(&format!("{line}\n")));
                out.push_str("\r\n");
            }
        }
        out.push_str("\r\n");
        Bytes::from(out)
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
                if this.ended {
                    return Poll::Ready(None);
                }
                this.ended = true;
                return Poll::Ready(Some(Ok(this.end())));
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
        let mut stream = AwsChunked::new(Box::pin(futures_util::stream::iter(chunks)), Some(algorithm), None);
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
        assert_eq!(encoded_len(11, Some(ChecksumAlgorithm::Crc32), false), out.len() as u64);

        // Whatever the source's pieces, chunks of 64 KiB and the rest; the length known ahead.
        for (len, pieces) in [(0usize, 1usize), (1, 1), (CHUNK, 3), (CHUNK + 1, 7), (3 * CHUNK + 17, 5)] {
            let body: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let size = len.div_ceil(pieces).max(1);
            let parts: Vec<Vec<u8>> = body.chunks(size).map(<[u8]>::to_vec).collect();
            for algorithm in ChecksumAlgorithm::ALL {
                let out = encode(parts.clone(), algorithm).await;
                assert_eq!(out.len() as u64, encoded_len(len as u64, Some(algorithm), false), "{len} {algorithm:?}");
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

    #[tokio::test]
    async fn signed_bodies_carry_the_chunk_signatures_of_the_aws_example() {
        // 66,560 bytes of `a`, as the example sends them: 64 KiB, 1 KiB and the end.
        let parts = vec![Ok(Bytes::from(vec![b'a'; 40_000])), Ok(Bytes::from(vec![b'a'; 26_560]))];
        let signer = crate::sign::chunked::tests::example();
        let mut stream = AwsChunked::new(Box::pin(futures_util::stream::iter(parts)), None, Some(signer));
        let mut out = Vec::new();
        while let Some(chunk) = std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await {
            out.extend_from_slice(&chunk.unwrap());
        }
        let mut expected =
            b"10000;chunk-signature=ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648\r\n".to_vec();
        expected.extend_from_slice(&[b'a'; 65536]);
        expected.extend_from_slice(
            b"\r\n400;chunk-signature=0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497\r\n",
        );
        expected.extend_from_slice(&[b'a'; 1024]);
        expected.extend_from_slice(
            b"\r\n0;chunk-signature=b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9\r\n\r\n",
        );
        assert_eq!(out, expected);
        // The example's Content-Length.
        assert_eq!(encoded_len(66_560, None, true), 66_824);
        assert_eq!(out.len(), 66_824);
    }

    #[tokio::test]
    async fn signed_trailers_follow_the_checksum() {
        for len in [0usize, 1, CHUNK, CHUNK + 5] {
            let body = vec![7u8; len];
            let signer = crate::sign::chunked::tests::example();
            let source = futures_util::stream::iter(vec![Ok(Bytes::from(body.clone()))]);
            let mut stream = AwsChunked::new(Box::pin(source), Some(ChecksumAlgorithm::Crc32), Some(signer));
            let mut out = Vec::new();
            while let Some(chunk) = std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await {
                out.extend_from_slice(&chunk.unwrap());
            }
            assert_eq!(out.len() as u64, encoded_len(len as u64, Some(ChecksumAlgorithm::Crc32), true), "{len}");
            let text = String::from_utf8_lossy(&out);
            let tail = format!(
                "x-amz-checksum-crc32:{}\r\nx-amz-trailer-signature:",
                ChecksumAlgorithm::Crc32.checksum(&body)
            );
            assert!(text.contains(&tail), "{len}: {}", &text[text.len().saturating_sub(200)..]);
            assert!(text.ends_with("\r\n\r\n"));
        }
    }
}
