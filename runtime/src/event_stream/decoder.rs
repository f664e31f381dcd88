//! Reading the frames of a stream as its bytes arrive, in chunks of any size.

use std::collections::VecDeque;

use bytes::{Buf, Bytes, BytesMut};

use super::{EventStreamError, Frame, Message, PRELUDE_LEN, Prelude};

/// Reads the messages of an event stream from its bytes as they arrive.
///
/// [`push`](Self::push) each chunk of the stream, then take messages with
/// [`next_message`](Self::next_message) until it gives `None`; at the end of the stream,
/// [`finish`](Self::finish) tells whether it ended between frames.
///
/// A frame that lies whole within a chunk is read in place: its payload is a slice of the
/// chunk. One split across chunks is copied, each byte once, into a buffer of the frame's
/// length, taken once its prelude has arrived and been checked; so a prelude that is corrupt or
/// breaks the limits is refused before more than its 12 bytes are held.
///
/// After an error the stream cannot be read further (past a corrupt frame there is no telling
/// where the next one starts): the decoder drops what it holds and gives the error again.
#[derive(Debug, Default)]
pub struct Decoder {
    /// Chunks not yet read, in order.
    chunks: VecDeque<Bytes>,
    /// The start of a frame that did not arrive in one chunk: its prelude, then the rest.
    partial: BytesMut,
    /// The prelude of the frame in `partial`, once it is whole and checked.
    prelude: Option<Prelude>,
    /// The error that stopped the stream.
    failed: Option<EventStreamError>,
}

impl Decoder {
    /// A decoder at the start of a stream.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the next chunk of the stream.
    pub fn push(&mut self, chunk: Bytes) {
        if !chunk.is_empty() && self.failed.is_none() {
            self.chunks.push_back(chunk);
        }
    }

    /// The next whole message; `None` until more bytes are pushed.
    pub fn next_message(&mut self) -> Result<Option<Message>, EventStreamError> {
        Ok(self.next_frame()?.map(Frame::into_message))
    }

    /// The next whole frame, with its lengths and CRCs; `None` until more bytes are pushed.
    pub fn next_frame(&mut self) -> Result<Option<Frame>, EventStreamError> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        self.read().inspect_err(|e| {
            self.failed = Some(e.clone());
            self.chunks.clear();
            self.partial = BytesMut::new();
            self.prelude = None;
        })
    }

    /// The end of the stream, once [`next_message`](Self::next_message) has given `None`: an
    /// error if the stream ended within a frame (or failed before).
    pub fn finish(&self) -> Result<(), EventStreamError> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        let received = self.partial.len() + self.chunks.iter().map(Bytes::len).sum::<usize>();
        match received {
            0 => Ok(()),
            _ => Err(EventStreamError::Truncated { received, total_len: self.prelude.map(|p| p.total_len()) }),
        }
    }

    fn read(&mut self) -> Result<Option<Frame>, EventStreamError> {
        loop {
            let Some(chunk) = self.chunks.front_mut() else {
                return Ok(None);
            };
            if self.partial.is_empty() && chunk.len() >= PRELUDE_LEN {
                let prelude = Prelude::read(chunk)?;
                let total_len = prelude.total_len();
                if chunk.len() >= total_len {
                    let frame = chunk.split_to(total_len);
                    if chunk.is_empty() {
                        self.chunks.pop_front();
                    }
                    return Frame::decode_body(prelude, frame).map(Some);
                }
                self.partial = BytesMut::with_capacity(total_len);
                self.prelude = Some(prelude);
            }
            let wanted = self.prelude.map_or(PRELUDE_LEN, |p| p.total_len());
            let n = (wanted - self.partial.len()).min(chunk.len());
            self.partial.extend_from_slice(&chunk[..n]);
            chunk.advance(n);
            if chunk.is_empty() {
                self.chunks.pop_front();
            }
            if self.partial.len() < wanted {
                continue;
            }
            match self.prelude.take() {
                Some(prelude) => {
                    let frame = std::mem::take(&mut self.partial).freeze();
                    return Frame::decode_body(prelude, frame).map(Some);
                }
                None => {
                    // The prelude came in pieces: now the buffer can take the frame's size.
                    let prelude = Prelude::read(&self.partial)?;
                    let mut partial = BytesMut::with_capacity(prelude.total_len());
                    partial.extend_from_slice(&self.partial);
                    self.partial = partial;
                    self.prelude = Some(prelude);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event_stream::{Checksum, MAX_PAYLOAD_LEN};

    fn messages() -> Vec<Message> {
        vec![
            Message::new(&b"{\"a\":1}"[..]).with_header(":message-type", "event").with_header(":event-type", "A"),
            Message::default(),
            Message::new(vec![7; 300]).with_header("b", Bytes::from_static(b"xyz")).with_header("t", true),
        ]
    }

    fn stream() -> Vec<u8> {
        messages().iter().flat_map(|m| m.encode().unwrap()).collect()
    }

    /// Everything `decoder` gives for `chunks`, pushed one at a time.
    fn decode(chunks: impl IntoIterator<Item = Bytes>) -> Result<Vec<Message>, EventStreamError> {
        let mut decoder = Decoder::new();
        let mut out = Vec::new();
        for chunk in chunks {
            decoder.push(chunk);
            while let Some(message) = decoder.next_message()? {
                out.push(message);
            }
        }
        decoder.finish()?;
        Ok(out)
    }

    #[test]
    fn messages_come_out_whatever_the_chunks() {
        let bytes = Bytes::from(stream());
        assert_eq!(decode([bytes.clone()]).unwrap(), messages());
        for at in 0..=bytes.len() {
            let chunks = [bytes.slice(..at), bytes.slice(at..)];
            assert_eq!(decode(chunks).unwrap(), messages(), "split at {at}");
        }
        let bytewise = (0..bytes.len()).map(|i| bytes.slice(i..=i));
        assert_eq!(decode(bytewise).unwrap(), messages());
        // Chunks pushed before any is read.
        let mut decoder = Decoder::new();
        for piece in bytes.chunks(5) {
            decoder.push(Bytes::copy_from_slice(piece));
        }
        let mut out = Vec::new();
        while let Some(message) = decoder.next_message().unwrap() {
            out.push(message);
        }
        assert_eq!(out, messages());
        assert_eq!(decoder.finish(), Ok(()));
    }

    #[test]
    fn frames_whole_in_a_chunk_are_not_copied() {
        let bytes = Bytes::from(stream());
        let mut decoder = Decoder::new();
        decoder.push(bytes.clone());
        let within = bytes.as_ptr_range();
        while let Some(frame) = decoder.next_frame().unwrap() {
            let payload = &frame.message().payload;
            assert!(payload.is_empty() || within.contains(&payload.as_ptr()), "payload copied");
        }
        // A split frame is held in one buffer of its size.
        let frame = Message::new(vec![1; 1000]).encode().unwrap();
        let mut decoder = Decoder::new();
        decoder.push(frame.slice(..5));
        assert_eq!(decoder.next_message(), Ok(None));
        decoder.push(frame.slice(5..20));
        assert_eq!(decoder.next_message(), Ok(None));
        assert_eq!(decoder.partial.capacity(), frame.len());
        decoder.push(frame.slice(20..));
        assert_eq!(decoder.next_message().unwrap().unwrap().payload.len(), 1000);
    }

    #[test]
    fn a_bad_prelude_is_refused_before_its_body_is_held() {
        // A prelude for a frame of 4 GiB, with a correct CRC, and a few bytes of its body.
        let mut prelude = u32::MAX.to_be_bytes().to_vec();
        prelude.extend_from_slice(&0u32.to_be_bytes());
        prelude.extend_from_slice(&crc32fast::hash(&prelude).to_be_bytes());
        let expected = EventStreamError::InvalidPayloadLength { payload_len: u32::MAX as usize - 16 };
        for at in 0..PRELUDE_LEN {
            let mut decoder = Decoder::new();
            decoder.push(Bytes::copy_from_slice(&prelude[..at]));
            assert_eq!(decoder.next_message(), Ok(None));
            decoder.push(Bytes::copy_from_slice(&prelude[at..]));
            decoder.push(Bytes::from_static(&[0; 64]));
            assert_eq!(decoder.next_message(), Err(expected.clone()), "split at {at}");
            assert!(decoder.partial.capacity() <= PRELUDE_LEN, "{}", decoder.partial.capacity());
            // The stream stays failed.
            decoder.push(Message::default().encode().unwrap());
            assert_eq!(decoder.next_message(), Err(expected.clone()));
            assert_eq!(decoder.finish(), Err(expected.clone()));
        }
        // A frame at the limit is held whole: its buffer is reserved once, at its size.
        let mut prelude = ((16 + MAX_PAYLOAD_LEN) as u32).to_be_bytes().to_vec();
        prelude.extend_from_slice(&0u32.to_be_bytes());
        prelude.extend_from_slice(&crc32fast::hash(&prelude).to_be_bytes());
        let mut decoder = Decoder::new();
        decoder.push(prelude.into());
        assert_eq!(decoder.next_message(), Ok(None));
        assert_eq!(decoder.partial.capacity(), 16 + MAX_PAYLOAD_LEN);
    }

    #[test]
    fn a_stream_that_ends_within_a_frame_is_an_error() {
        let bytes = Bytes::from(stream());
        let first = messages()[0].encode().unwrap().len();
        for (end, received, total_len) in
            [(3, 3, None), (first + 11, 11, None), (first + 12, 12, Some(16)), (first + 15, 15, Some(16))]
        {
            let expected = EventStreamError::Truncated { received, total_len };
            assert_eq!(decode([bytes.slice(..end)]), Err(expected), "{end}");
        }
        // A corrupt frame after a good one: the good one comes out first.
        let mut bad = bytes.to_vec();
        let last = bad.len() - 1;
        bad[last] ^= 1;
        let mut decoder = Decoder::new();
        decoder.push(bad.into());
        assert_eq!(decoder.next_message().unwrap().as_ref(), Some(&messages()[0]));
        assert_eq!(decoder.next_message().unwrap().as_ref(), Some(&messages()[1]));
        let err = decoder.next_message().unwrap_err();
        assert!(matches!(err, EventStreamError::ChecksumMismatch { checksum: Checksum::Message, .. }), "{err:?}");
    }
}
