//! Which failures are worth another attempt, and how long to wait before it.
//!
//! Retryable: the standard throttling codes, HTTP 500/502/503/504, errors the model marks
//! retryable, and failures in transit. Never: bad input, other 4xx, or a whole response that
//! cannot be read. The delay is `rand(0, 1) * min(base * 2^(attempt - 1), 20 s)`.

use std::time::Duration;

/// Error codes every AWS SDK retries as throttling.
pub const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// How a failed attempt should be treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Give up.
    Final,
    /// Try again.
    Retry,
}

/// Classifies a service error response.
pub fn classify_service_error(code: &str, status: u16, modeled_retryable: bool) -> Verdict {
    if modeled_retryable || THROTTLING_CODES.contains(&code) || matches!(status, 500 | 502 | 503 | 504) {
        Verdict::Retry
    } else {
        Verdict::Final
    }
}

/// Retry settings of a client.
#[derive(Debug, Clone, Copy)]
pub struct RetryConfig {
    /// Attempts per call, the first included.
    pub max_attempts: u32,
    /// The base of the exponential backoff.
    pub base_delay: Duration,
    /// The longest backoff.
    pub max_delay: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self { max_attempts: 3, base_delay: Duration::from_secs(1), max_delay: Duration::from_secs(20) }
    }
}

impl RetryConfig {
    /// The delay before attempt `attempt + 1`, given a random `jitter` in `[0, 1)`.
    pub fn delay(&self, attempt: u32, jitter: f64) -> Duration {
        let exp = self.base_delay.saturating_mul(1u32.checked_shl(attempt.saturating_sub(1)).unwrap_or(u32::MAX));
        exp.min(self.max_delay).mul_f64(jitter.clamp(0.0, 1.0))
    }
}

/// A random number in `[0, 1)`, from the same source as idempotency tokens.
pub(crate) fn jitter() -> f64 {
    let bits = uuid::Uuid::new_v4().as_u128() as u64 >> 11;
    bits as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification_follows_the_standard_mode() {
        assert_eq!(classify_service_error("ThrottlingException", 400, false), Verdict::Retry);
        assert_eq!(classify_service_error("SlowDown", 503, false), Verdict::Retry);
        assert_eq!(classify_service_error("Whatever", 502, false), Verdict::Retry);
        assert_eq!(classify_service_error("InternalServerException", 400, true), Verdict::Retry);
        assert_eq!(classify_service_error("ValidationException", 400, false), Verdict::Final);
        assert_eq!(classify_service_error("Whatever", 501, false), Verdict::Final);
    }

    #[test]
    fn delays_grow_exponentially_up_to_the_cap() {
        let c = RetryConfig::default();
        assert_eq!(c.delay(1, 1.0), Duration::from_secs(1));
        assert_eq!(c.delay(3, 1.0), Duration::from_secs(4));
        assert_eq!(c.delay(10, 1.0), Duration::from_secs(20));
        assert_eq!(c.delay(40, 0.5), Duration::from_secs(10));
        assert_eq!(c.delay(2, 0.0), Duration::ZERO);
        assert!((0..1000).map(|_| jitter()).all(|j| (0.0..1.0).contains(&j)));
    }
}
