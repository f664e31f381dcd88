//! Bodies in transit: a request's streamed body as hyper sends it, and a streamed response body
//! as the caller reads it.

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;
use http_body_util::BodyExt as _;
use hyper::body::{Body, Frame, Incoming, SizeHint};

use crate::byte_stream::{BodyStream, ByteStream, ByteStreamError};
use crate::error::chain;

/// A request's streamed body, chunk by chunk, with its length (sent as `Content-Length`) if
/// known, else chunked.
pub(crate) struct SendStream(pub(crate) BodyStream);

impl Body for SendStream {
    type Data = Bytes;
    type Error = ByteStreamError;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        Pin::new(&mut self.0).poll_next(cx).map(|chunk| chunk.map(|r| r.map(Frame::data)))
    }

    fn size_hint(&self) -> SizeHint {
        match self.0.len() {
            Some(len) => SizeHint::with_exact(len),
            None => SizeHint::default(),
        }
    }
}

/// The length a response's body must have: 0 for a `HEAD` request and for `204` and `304`
/// answers, whatever their `content-length` says (HTTP/1.1's reader knows it, HTTP/2's passes
/// the header on), else the `content-length`, if any.
pub(crate) fn expected_len(method: &str, status: u16, body: &Incoming) -> Option<u64> {
    if method == "HEAD" || status == 204 || status == 304 {
        return Some(0);
    }
    body.size_hint().exact()
}

/// Why a body that ended before `len` bytes is cut: over HTTP/2, a stream reset with `NO_ERROR`
/// ends the body as its end would (RFC 9113 section 8.1 lets a server stop a request's body
/// with it once it has answered), so only the length tells.
pub(crate) fn ended_early(len: u64) -> String {
    format!("it ended before the {len} bytes of its `content-length`")
}

/// A successful response's body as a stream of `len` bytes (if known), each chunk within
/// `read_timeout`; a body the connection cuts short, or that ends before `len`, ends with
/// [`ByteStreamError::Cut`].
pub(crate) fn response_stream(body: Incoming, len: Option<u64>, read_timeout: Option<Duration>) -> ByteStream {
    let chunks = futures_util::stream::unfold(Some((body, 0u64)), move |state| async move {
        let (mut body, mut received) = state?;
        loop {
            let frame = match read_timeout {
                Some(limit) => match tokio::time::timeout(limit, body.frame()).await {
                    Ok(frame) => frame,
                    Err(_) => return Some((Err(ByteStreamError::ReadTimeout(limit)), None)),
                },
                None => body.frame().await,
            };
            match frame {
                None => match len.filter(|&n| received < n) {
                    Some(len) => return Some((Err(ByteStreamError::Cut { received, reason: ended_early(len) }), None)),
                    None => return None,
                },
                Some(Err(e)) => return Some((Err(ByteStreamError::Cut { received, reason: chain(&e) }), None)),
                // Trailers are not part of the body.
                Some(Ok(frame)) => {
                    if let Ok(data) = frame.into_data() {
                        received += data.len() as u64;
                        return Some((Ok(data), Some((body, received))));
                    }
                }
            }
        }
    });
    ByteStream::from_response(Box::pin(chunks), len)
}
