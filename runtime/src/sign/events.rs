//! Signed event streams (`STREAMING-AWS4-HMAC-SHA256-EVENTS`): the input of operations whose
//! request is a stream of events (Transcribe Streaming), each event signed as it is sent.
//!
//! The request is signed with that string as its payload hash; its signature, the seed, is the
//! previous signature of the first message. Each event goes as the payload of an outer message
//! whose headers are `:chunk-signature` (the 32 bytes of its signature) and `:date` (the signing
//! time, whole seconds), and whose signature chains from the one before:
//!
//! ```text
//! AWS4-HMAC-SHA256-PAYLOAD
//! <the message's time, YYYYMMDDTHHMMSSZ>
//! <scope of that day: 20240102/us-east-1/transcribe/aws4_request>
//! <previous signature>
//! <SHA-256 of the encoded `:date` header>
//! <SHA-256 of the payload: the encoded event, or nothing for the end>
//! ```
//!
//! The stream ends with a signed message of an empty payload, so that a server knows that no
//! event was cut off the end. Each message takes the time it is signed at, with the clock offset
//! the request was signed with: a stream may outlive the minutes a request signature is valid.

use std::time::{SystemTime, UNIX_EPOCH};

use bytes::{Bytes, BytesMut};
use ring::digest::{SHA256, digest};
use ring::hmac;

use super::plain::{amz_date, hex, signing_key};
use crate::credentials::Credentials;
use crate::event_stream::{EventStreamError, HeaderValue, Message};

/// The payload hash a request whose body is a signed event stream is signed with.
pub(crate) const STREAMING_EVENTS: &str = "STREAMING-AWS4-HMAC-SHA256-EVENTS";

/// The signatures of the messages of one signed request, in order.
#[derive(Clone)]
pub(crate) struct EventSigner {
    credentials: Credentials,
    region: String,
    service: String,
    previous: String,
    /// Seconds the signing clock is ahead of this machine's (behind when negative).
    offset: i64,
}

impl std::fmt::Debug for EventSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventSigner").field("region", &self.region).field("service", &self.service).finish()
    }
}

impl EventSigner {
    /// The signer of the messages after the request's own signature, `seed`, signed at
    /// `signed_at` (the clock offset is taken from it).
    pub(crate) fn new(
        credentials: Credentials,
        region: &str,
        service: &str,
        seed: String,
        signed_at: SystemTime,
    ) -> Self {
        let seconds = |t: SystemTime| match t.duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
        };
        let offset = seconds(signed_at).saturating_sub(seconds(SystemTime::now()));
        Self { credentials, region: region.to_owned(), service: service.to_owned(), previous: seed, offset }
    }

    /// The signed message that carries `payload` (an encoded event; empty for the end), signed
    /// now.
    pub(crate) fn sign_now(&mut self, payload: Bytes) -> Result<Bytes, EventStreamError> {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let seconds = now.saturating_add_signed(self.offset);
        self.sign_at(payload, seconds)
    }

    /// The signed message that carries `payload`, signed at `seconds` since the epoch.
    pub(crate) fn sign_at(&mut self, payload: Bytes, seconds: u64) -> Result<Bytes, EventStreamError> {
        let millis = i64::try_from(seconds.saturating_mul(1000)).unwrap_or(i64::MAX);
        let signature = self.signature(&payload, seconds, millis);
        let message = Message::new(payload)
            .with_header(":chunk-signature", HeaderValue::ByteArray(Bytes::from(signature.to_vec())))
            .with_header(":date", HeaderValue::Timestamp(millis));
        let mut out = BytesMut::new();
        message.encode_into(&mut out)?;
        Ok(out.freeze())
    }

    /// The signature of `payload` at `seconds` (`millis` in the `:date` header), which becomes
    /// the previous one.
    fn signature(&mut self, payload: &[u8], seconds: u64, millis: i64) -> [u8; 32] {
        let date = Message::new(Bytes::new()).with_header(":date", HeaderValue::Timestamp(millis));
        // The `:date` header as the frame writes it: the headers of a message of one header.
        let encoded = date.encode().expect("one short header encodes");
        let header = &encoded[crate::event_stream::PRELUDE_LEN..encoded.len() - 4];
        let time = amz_date(seconds);
        let time = std::str::from_utf8(&time).expect("amz dates are ASCII");
        let string_to_sign = format!(
            "AWS4-HMAC-SHA256-PAYLOAD\n{time}\n{}/{}/{}/aws4_request\n{}\n{}\n{}",
            &time[..8],
            self.region,
            self.service,
            self.previous,
            hex(digest(&SHA256, header).as_ref()),
            hex(digest(&SHA256, payload).as_ref()),
        );
        let secret = self.credentials.secret_access_key();
        let tag =
            signing_key(secret, seconds, &self.region, &self.service, |key| hmac::sign(key, string_to_sign.as_bytes()));
        let signature: [u8; 32] = tag.as_ref().try_into().expect("an HMAC-SHA256 tag");
        self.previous = hex(&signature);
        signature
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event_stream::Decoder;

    /// The example of aws-sigv4's event stream tests: a message with a `some-header` string
    /// header and `test payload`, signed at 123456789 s after `sha256("last message sts")`, with
    /// `Credentials::for_tests()`'s secret in us-east-1 for `testservice`.
    fn example() -> (EventSigner, Bytes) {
        let credentials = Credentials::new("ANOTREAL", "notrealrnrELgWzOk3IfjzDKtFBhDby", None, None);
        let seed = hex(digest(&SHA256, b"last message sts").as_ref());
        let signer = EventSigner::new(credentials, "us-east-1", "testservice", seed, SystemTime::now());
        let message = Message::new(&b"test payload"[..]).with_header("some-header", "value").encode().unwrap();
        (signer, message)
    }

    #[test]
    fn the_string_to_sign_hashes_the_date_header_and_the_encoded_event() {
        // The hashes of aws-sigv4's expected string to sign for that message.
        let (_, message) = example();
        assert_eq!(
            hex(digest(&SHA256, &message).as_ref()),
            "f2eba0f2e95967ee9fbc6db5e678d2fd599229c0d04b11e4fc8e0f2a02a806c6"
        );
        let date = Message::new(Bytes::new()).with_header(":date", HeaderValue::Timestamp(123_456_789_000));
        let encoded = date.encode().unwrap();
        let header = &encoded[crate::event_stream::PRELUDE_LEN..encoded.len() - 4];
        assert_eq!(
            hex(digest(&SHA256, header).as_ref()),
            "0c0e3b3bf66b59b976181bd7d401927bbd624107303c713fd1e5f3d3c8dd1b1e"
        );
    }

    #[test]
    fn a_signed_message_carries_its_signature_and_whole_seconds() {
        let (mut signer, message) = example();
        let frame = signer.sign_at(message.clone(), 123_456_789).unwrap();
        let mut decoder = Decoder::new();
        decoder.push(frame);
        let outer = decoder.next_message().unwrap().expect("one message");
        assert_eq!(outer.headers[0].name, ":chunk-signature");
        assert_eq!(outer.headers[1].name, ":date");
        assert_eq!(outer.header(":date"), Some(&HeaderValue::Timestamp(123_456_789_000)));
        let Some(HeaderValue::ByteArray(signature)) = outer.header(":chunk-signature") else { panic!("a signature") };
        assert_eq!(hex(signature), signer.previous);
        assert_eq!(outer.payload, message);
    }

    #[test]
    fn each_signature_chains_from_the_one_before() {
        let (mut one, message) = example();
        let (mut two, _) = example();
        let first = one.sign_at(message.clone(), 123_456_789).unwrap();
        assert_eq!(first, two.sign_at(message.clone(), 123_456_789).unwrap(), "the same inputs sign alike");
        let (a, b) = (one.sign_at(Bytes::new(), 123_456_790).unwrap(), two.sign_at(message, 123_456_790).unwrap());
        assert_ne!(a, b, "the payload is signed");
        let (mut three, message) = example();
        three.sign_at(message, 123_456_789).unwrap();
        let c = three.sign_at(Bytes::new(), 123_456_791).unwrap();
        assert_ne!(a, c, "the time is signed");
    }
}
