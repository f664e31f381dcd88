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
        uuid::Uuid::new_v4().to_string()
    }
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
    fn uuid_tokens_are_v4_and_distinct() {
        let (a, b) = (UuidV4.token(), UuidV4.token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(a.as_bytes()[14], b'4');
    }
}
