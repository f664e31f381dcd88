//! Idempotency tokens: one per call, reused by every attempt of that call.

use std::fmt;

/// Makes the token of an idempotency-token member that the caller left empty.
pub trait TokenGenerator: Send + Sync + fmt::Debug {
    /// A new token.
    fn token(&self) -> String;
}

/// Random UUID v4 tokens, as the AWS SDKs make them.
#[derive(Debug, Default, Clone, Copy)]
pub struct UuidV4;

impl TokenGenerator for UuidV4 {
    fn token(&self) -> String {
        let uuid = uuid::Builder::from_random_bytes(random_bytes()).into_uuid();
        let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
        uuid.hyphenated().encode_lower(&mut text).to_owned()
    }
}

/// How many random bytes one system call fetches: 256 UUIDs' worth.
const RANDOM_BATCH: usize = 4096;

thread_local! {
    /// Random bytes fetched ahead, and how many of them are used. Every call takes two UUIDs
    /// (its idempotency token and invocation id); one `getrandom` per UUID would be a system
    /// call each.
    static RANDOM: std::cell::RefCell<([u8; RANDOM_BATCH], usize)> =
        const { std::cell::RefCell::new(([0; RANDOM_BATCH], RANDOM_BATCH)) };
}

/// `N` bytes from the operating system's random source, fetched in batches.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    const { assert!(N <= RANDOM_BATCH) };
    RANDOM.with_borrow_mut(|(buffer, used)| {
        if *used + N > RANDOM_BATCH {
            // The system source does not fail on Linux once booted; should it, fail loudly
            // rather than hand out predictable tokens.
            ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), buffer)
                .expect("the operating system's random source failed");
            *used = 0;
        }
        let mut out = [0; N];
        out.copy_from_slice(&buffer[*used..*used + N]);
        // Bytes handed out are not kept.
        buffer[*used..*used + N].fill(0);
        *used += N;
        out
    })
}

/// The same token every time: for tests and conformance vectors.
#[derive(Debug, Clone)]
pub struct FixedToken(pub String);

impl TokenGenerator for FixedToken {
    fn token(&self) -> String {
        self.0.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_bytes_are_not_repeated_across_batches() {
        let mut seen = std::collections::HashSet::new();
        // Three batches' worth: the refills must give new bytes too.
        for _ in 0..3 * RANDOM_BATCH / 16 {
            assert!(seen.insert(random_bytes::<16>()), "a 16-byte draw repeated");
        }
    }

    #[test]
    fn uuid_tokens_are_v4_and_distinct() {
        let (a, b) = (UuidV4.token(), UuidV4.token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(a.as_bytes()[14], b'4');
    }
}
