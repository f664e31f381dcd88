//! A signed event stream in transit: each message of the source, as it comes, sent inside a
//! message that carries its chained signature, then the signed empty message that ends the
//! stream (`crate::sign::events`). A source that fails ends the body with its error, and no end
//! message: the server sees the stream cut, not a finished one.

use std::pin::Pin;
use std::task::{Context, Poll, ready};

use bytes::Bytes;
use futures_core::Stream;

use super::{BoxStream, ByteStreamError};
use crate::sign::events::EventSigner;

/// The messages of `source`, each signed.
pub(crate) struct SignedEvents {
    source: BoxStream,
    signer: EventSigner,
    /// Whether the end message is sent (or the source failed).
    ended: bool,
}

impl SignedEvents {
    pub(crate) fn new(source: BoxStream, signer: EventSigner) -> Self {
        Self { source, signer, ended: false }
    }

    fn sign(&mut self, payload: Bytes) -> Result<Bytes, ByteStreamError> {
        self.signer.sign_now(payload).map_err(|e| ByteStreamError::Source(Box::new(e)))
    }
}

impl Stream for SignedEvents {
    type Item = Result<Bytes, ByteStreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.ended {
            return Poll::Ready(None);
        }
        match ready!(this.source.as_mut().poll_next(cx)) {
            Some(Ok(message)) => Poll::Ready(Some(this.sign(message))),
            Some(Err(e)) => {
                this.ended = true;
                Poll::Ready(Some(Err(e)))
            }
            None => {
                this.ended = true;
                Poll::Ready(Some(this.sign(Bytes::new())))
            }
        }
    }
}
