//! Signed `aws-chunked` bodies (`STREAMING-AWS4-HMAC-SHA256-PAYLOAD`, and `...-TRAILER` with a
//! checksum trailer): what S3 takes over plain HTTP, where it refuses `UNSIGNED-PAYLOAD`.
//!
//! The request is signed with that string as its payload hash; its signature, the seed, is the
//! previous signature of the first chunk, and each chunk's signature that of the next:
//!
//! ```text
//! AWS4-HMAC-SHA256-PAYLOAD          AWS4-HMAC-SHA256-TRAILER
//! <x-amz-date>                      <x-amz-date>
//! <scope>                           <scope>
//! <previous signature>              <previous signature (the last chunk's)>
//! <SHA-256 of "">                   <SHA-256 of "name:value\n" of the trailer>
//! <SHA-256 of the chunk>
//! ```
//!
//! so a server can check every chunk as it arrives, and that none is missing or out of order.

use ring::digest::{SHA256, digest};
use ring::hmac;

use super::plain::hex;

/// The hex SHA-256 of nothing.
const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// The payload hash a request with a signed `aws-chunked` body is signed with.
pub(crate) const STREAMING_PAYLOAD: &str = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";

/// The same, with a trailer after the last chunk.
pub(crate) const STREAMING_PAYLOAD_TRAILER: &str = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";

/// The chunk signatures of one signed request, in order; each attempt signs with a copy.
#[derive(Clone)]
pub(crate) struct ChunkSigner {
    key: hmac::Key,
    amz_date: String,
    scope: String,
    previous: String,
}

impl std::fmt::Debug for ChunkSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChunkSigner").field("scope", &self.scope).finish_non_exhaustive()
    }
}

impl ChunkSigner {
    /// The signer of the chunks after the request's own signature, `seed`; `key` is the SigV4
    /// signing key of `scope` (`20130524/us-east-1/s3/aws4_request`).
    pub(crate) fn new(key: hmac::Key, amz_date: &str, scope: String, seed: String) -> Self {
        Self { key, amz_date: amz_date.to_owned(), scope, previous: seed }
    }

    /// The signature of the next chunk, `data` (empty for the last one).
    pub(crate) fn chunk(&mut self, data: &[u8]) -> &str {
        let string_to_sign = format!(
            "AWS4-HMAC-SHA256-PAYLOAD\n{}\n{}\n{}\n{EMPTY_SHA256}\n{}",
            self.amz_date,
            self.scope,
            self.previous,
            hex(digest(&SHA256, data).as_ref())
        );
        self.advance(&string_to_sign)
    }

    /// The signature of the trailer, `lines` (each `name:value\n`), after the last chunk.
    pub(crate) fn trailer(&mut self, lines: &str) -> &str {
        let string_to_sign = format!(
            "AWS4-HMAC-SHA256-TRAILER\n{}\n{}\n{}\n{}",
            self.amz_date,
            self.scope,
            self.previous,
            hex(digest(&SHA256, lines.as_bytes()).as_ref())
        );
        self.advance(&string_to_sign)
    }

    fn advance(&mut self, string_to_sign: &str) -> &str {
        self.previous = hex(hmac::sign(&self.key, string_to_sign.as_bytes()).as_ref());
        &self.previous
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The signing key of AWS's example of a signed chunked upload (the S3 API reference's
    /// "Signature calculations for the Authorization header: transferring payload in multiple
    /// chunks"): AKIAIOSFODNN7EXAMPLE's secret, 2013-05-24, us-east-1, s3.
    pub(crate) fn example() -> ChunkSigner {
        let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        let key = super::super::plain::signing_key(secret, 1_369_353_600, "us-east-1", "s3", hmac::Key::clone);
        ChunkSigner::new(
            key,
            "20130524T000000Z",
            "20130524/us-east-1/s3/aws4_request".to_owned(),
            "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9".to_owned(),
        )
    }

    #[test]
    fn chunk_signatures_chain_as_in_the_aws_example() {
        let mut signer = example();
        assert_eq!(signer.chunk(&[b'a'; 65536]), "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648");
        assert_eq!(signer.chunk(&[b'a'; 1024]), "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497");
        assert_eq!(signer.chunk(b""), "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9");
        // The trailer after those chunks, as the AWS Common Runtime's signer tests give it.
        assert_eq!(
            signer.trailer("first:1st\nsecond:2nd\nthird:3rd\n"),
            "df5735bd9f3295cd9386572292562fefc93ba94e80a0a1ddcbd652c4e0a75e6c"
        );
    }

    #[test]
    fn the_chain_depends_on_every_chunk_and_its_order() {
        let (mut one, mut two) = (example(), example());
        one.chunk(b"x");
        two.chunk(b"y");
        assert_ne!(one.chunk(b""), two.chunk(b""));
        let (mut ab, mut ba) = (example(), example());
        ab.chunk(b"a");
        ab.chunk(b"b");
        ba.chunk(b"b");
        ba.chunk(b"a");
        assert_ne!(ab.chunk(b""), ba.chunk(b""));
    }
}
