//! The standard retry mode of the AWS SDKs: which failures are worth another attempt, how long to
//! wait before it, how many retries a client may spend, and how a rejected clock is corrected.
//!
//! * Retryable: the standard throttling codes ([`THROTTLING_CODES`]), HTTP 500/502/503/504, errors
//!   the model marks retryable, and failures in transit (connection failures, timeouts, bodies cut
//!   short). Never: bad input, other 4xx, or a whole response that cannot be read.
//! * The delay before attempt `n + 1` is `jitter * min(base * 2^(n - 1), 20 s)`, `jitter` drawn
//!   from `[0, 1)` ([`Jitter`], injectable); an `x-amz-retry-after` header (milliseconds) replaces
//!   it, capped at the same 20 s.
//! * Each client has a [`RetryQuota`] of 500 tokens: a retry costs 5, one after a timeout 10, and
//!   without enough tokens the call ends with its last error. A call that succeeds first time adds
//!   1; one that succeeds after retries gives back what its last retry cost, as botocore and the
//!   Rust SDK do; the quota never exceeds 500.
//! * A request the service rejects for its time ([`CLOCK_SKEW_CODES`], or [`SIGNATURE_CODES`]
//!   when the response's `Date` is more than [`SKEW_THRESHOLD`] away from the time it was signed
//!   for) sets the client's [`ClockOffset`] from that `Date`, and the call is retried once,
//!   without waiting, if it has an attempt left.

use std::fmt;
use std::sync::atomic::{AtomicI64, AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

use crate::error::TransportError;
use crate::types::DateTime;

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

/// HTTP statuses retried whatever the error code.
pub const TRANSIENT_STATUSES: &[u16] = &[500, 502, 503, 504];

/// Error codes retried whatever the status: the standard retry mode's transient codes, and S3's
/// `InternalError`, which can come in a `200 OK` (see [`crate::protocol::Protocol::error_in_success`]).
pub const TRANSIENT_CODES: &[&str] = &["RequestTimeout", "RequestTimeoutException", "InternalError"];

/// Error codes that say the request's time was wrong.
pub const CLOCK_SKEW_CODES: &[&str] = &["RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture"];

/// Error codes of a rejected signature: a clock skew only if the response's `Date` shows one.
pub const SIGNATURE_CODES: &[&str] = &["InvalidSignatureException", "SignatureDoesNotMatch"];

/// How far the service's `Date` must be from the signing time for a rejected signature to be
/// taken as a clock skew. Services accept 5 minutes either way; this leaves room for latency and
/// the `Date` header's whole seconds.
pub const SKEW_THRESHOLD: Duration = Duration::from_secs(240);

/// The header in which a service says how long to wait, in milliseconds.
pub const RETRY_AFTER_HEADER: &str = "x-amz-retry-after";

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
    if modeled_retryable
        || THROTTLING_CODES.contains(&code)
        || TRANSIENT_CODES.contains(&code)
        || TRANSIENT_STATUSES.contains(&status)
    {
        Verdict::Retry
    } else {
        Verdict::Final
    }
}

/// Whether an error response says the caller is sending too fast: a throttling code, or 429.
pub fn is_throttling(code: &str, status: u16) -> bool {
    THROTTLING_CODES.contains(&code) || status == 429
}

/// Classifies a failure in transit: connection failures, timeouts and bodies cut short are all
/// retried; the timeout of the whole call is final, since nothing is left of it.
pub fn classify_transport_error(error: &TransportError) -> Verdict {
    match error {
        TransportError::OperationTimeout(_) | TransportError::Events(_) => Verdict::Final,
        _ => Verdict::Retry,
    }
}

/// What a retry after `error` costs from the [`RetryQuota`]: more after a timeout, which ties up
/// the service longer than a quick failure.
pub fn transport_retry_cost(error: &TransportError) -> u32 {
    match error {
        TransportError::Timeout(_)
        | TransportError::ReadTimeout(_)
        | TransportError::ConnectTimeout { .. }
        | TransportError::OperationTimeout(_) => RetryQuota::TIMEOUT_RETRY_COST,
        _ => RetryQuota::RETRY_COST,
    }
}

/// The value of an `x-amz-retry-after` header: whole milliseconds.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    value.trim().parse::<u64>().ok().map(Duration::from_millis)
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
        let jitter = if jitter.is_nan() { 0.0 } else { jitter.clamp(0.0, 1.0) };
        exp.min(self.max_delay).mul_f64(jitter)
    }

    /// The delay before attempt `attempt + 1`: the service's `retry_after` if it sent one (no
    /// longer than the longest backoff), else [`RetryConfig::delay`].
    pub fn delay_with(&self, attempt: u32, jitter: &dyn Jitter, retry_after: Option<Duration>) -> Duration {
        match retry_after {
            Some(wait) => wait.min(self.max_delay),
            None => self.delay(attempt, jitter.sample()),
        }
    }
}

/// Where the random factor of backoff delays comes from; injectable so that tests are
/// deterministic.
pub trait Jitter: Send + Sync + fmt::Debug {
    /// A number in `[0, 1)` (values outside are clamped to `[0, 1]`).
    fn sample(&self) -> f64;
}

/// Uniform random jitter, from the same source as idempotency tokens.
#[derive(Debug, Default, Clone, Copy)]
pub struct RandomJitter;

impl Jitter for RandomJitter {
    fn sample(&self) -> f64 {
        let bits = u64::from_ne_bytes(crate::idempotency::random_bytes()) >> 11;
        bits as f64 / (1u64 << 53) as f64
    }
}

/// The same factor every time: `FixedJitter(0.0)` retries at once, `FixedJitter(1.0)` waits the
/// whole backoff.
#[derive(Debug, Clone, Copy)]
pub struct FixedJitter(pub f64);

impl Jitter for FixedJitter {
    fn sample(&self) -> f64 {
        self.0
    }
}

/// The tokens a client may spend on retries, shared by its clones.
///
/// Lock-free: a call that succeeds first time while the quota is full only reads it.
#[derive(Debug)]
pub struct RetryQuota {
    available: AtomicU32,
}

impl Default for RetryQuota {
    fn default() -> Self {
        Self::new()
    }
}

impl RetryQuota {
    /// The quota of a new client, and its ceiling.
    pub const INITIAL: u32 = 500;
    /// What a retry costs.
    pub const RETRY_COST: u32 = 5;
    /// What a retry after a timeout costs.
    pub const TIMEOUT_RETRY_COST: u32 = 10;
    /// What a call that succeeds first time gives.
    pub const NO_RETRY_INCREMENT: u32 = 1;

    /// A full quota.
    pub const fn new() -> Self {
        Self { available: AtomicU32::new(Self::INITIAL) }
    }

    /// The tokens left.
    pub fn available(&self) -> u32 {
        self.available.load(Ordering::Relaxed)
    }

    /// Takes `cost` tokens if there are that many; `false` (taking none) if not.
    pub fn try_acquire(&self, cost: u32) -> bool {
        self.available.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(cost)).is_ok()
    }

    /// Gives back `amount` tokens, up to [`RetryQuota::INITIAL`].
    pub fn release(&self, amount: u32) {
        // Most calls succeed with the quota full: only read it then, so that they do not contend.
        if amount == 0 || self.available() >= Self::INITIAL {
            return;
        }
        let _ = self.available.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
            (n < Self::INITIAL).then(|| n.saturating_add(amount).min(Self::INITIAL))
        });
    }

    /// Records a call that succeeded; `last_retry_cost` is what its last retry cost (0 if it had
    /// none).
    pub fn record_success(&self, last_retry_cost: u32) {
        self.release(if last_retry_cost == 0 { Self::NO_RETRY_INCREMENT } else { last_retry_cost });
    }
}

/// How far the service's clock is ahead of the client's (negative: behind), in milliseconds, as
/// learned from the last request it rejected for its time. Shared by a client's clones.
#[derive(Debug, Default)]
pub struct ClockOffset {
    millis: AtomicI64,
}

impl ClockOffset {
    /// The offset in milliseconds.
    pub fn millis(&self) -> i64 {
        self.millis.load(Ordering::Relaxed)
    }

    /// Sets the offset.
    pub fn set_millis(&self, millis: i64) {
        self.millis.store(millis, Ordering::Relaxed);
    }

    /// `local`, corrected by the offset: the time to sign for.
    pub fn apply(&self, local: SystemTime) -> SystemTime {
        shift(local, self.millis())
    }
}

fn shift(time: SystemTime, millis: i64) -> SystemTime {
    let by = Duration::from_millis(millis.unsigned_abs());
    let shifted = if millis >= 0 { time.checked_add(by) } else { time.checked_sub(by) };
    shifted.unwrap_or(time)
}

/// Milliseconds from the Unix epoch (negative before it).
fn epoch_millis(time: SystemTime) -> i64 {
    match time.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_millis()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_millis()).map_or(i64::MIN, |m| -m),
    }
}

/// The clock offset to adopt after an error response, if it says the request's time was wrong.
///
/// `code` is the error code and `date` the response's `Date` header; `local_now` is the client's
/// clock (uncorrected) when the response arrived and `current` the offset the request was signed
/// with. [`CLOCK_SKEW_CODES`] always give the offset `Date` implies; [`SIGNATURE_CODES`] only if
/// it differs from `current` by more than [`SKEW_THRESHOLD`], since a signature is rejected for
/// other reasons too. Without a `Date` in IMF-fixdate form, nothing can be corrected.
pub fn clock_skew_correction(code: &str, date: Option<&str>, local_now: SystemTime, current: i64) -> Option<i64> {
    let definite = CLOCK_SKEW_CODES.contains(&code);
    if !definite && !SIGNATURE_CODES.contains(&code) {
        return None;
    }
    let service = DateTime::parse_http_date(date?.trim()).ok()?;
    let service_millis =
        service.secs().saturating_mul(1000).saturating_add(i64::from(service.subsec_nanos() / 1_000_000));
    let offset = service_millis.saturating_sub(epoch_millis(local_now));
    let threshold = SKEW_THRESHOLD.as_millis() as i64;
    (definite || offset.saturating_sub(current).unsigned_abs() > threshold.unsigned_abs()).then_some(offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification_follows_the_standard_mode() {
        assert_eq!(classify_service_error("ThrottlingException", 400, false), Verdict::Retry);
        assert_eq!(classify_service_error("SlowDown", 503, false), Verdict::Retry);
        assert_eq!(classify_service_error("Whatever", 502, false), Verdict::Retry);
        assert_eq!(classify_service_error("Http500", 500, false), Verdict::Retry);
        assert_eq!(classify_service_error("Http504", 504, false), Verdict::Retry);
        assert_eq!(classify_service_error("InternalServerException", 400, true), Verdict::Retry);
        assert_eq!(classify_service_error("ValidationException", 400, false), Verdict::Final);
        assert_eq!(classify_service_error("AccessDeniedException", 403, false), Verdict::Final);
        assert_eq!(classify_service_error("Whatever", 501, false), Verdict::Final);
        assert_eq!(classify_service_error("Whatever", 429, false), Verdict::Final);
        for code in THROTTLING_CODES {
            assert_eq!(classify_service_error(code, 400, false), Verdict::Retry, "{code}");
        }
    }

    #[test]
    fn failures_in_transit_are_retried_and_timeouts_cost_more() {
        let cut = TransportError::BodyCut { received: 10, reason: "connection closed".into() };
        let cases = [
            (TransportError::Connect { url: "u".into(), reason: "refused".into() }, 5),
            (TransportError::ConnectTimeout { url: "u".into(), after: Duration::from_secs(3) }, 10),
            (TransportError::Io("connection reset".into()), 5),
            (cut, 5),
            (TransportError::Timeout(Duration::from_secs(1)), 10),
            (TransportError::ReadTimeout(Duration::from_secs(1)), 10),
        ];
        for (error, cost) in cases {
            assert_eq!(classify_transport_error(&error), Verdict::Retry, "{error}");
            assert_eq!(transport_retry_cost(&error), cost, "{error}");
        }
        assert_eq!(classify_transport_error(&TransportError::OperationTimeout(Duration::from_secs(1))), Verdict::Final);
    }

    #[test]
    fn delays_grow_exponentially_up_to_the_cap() {
        let c = RetryConfig::default();
        assert_eq!(c.delay(1, 1.0), Duration::from_secs(1));
        assert_eq!(c.delay(2, 1.0), Duration::from_secs(2));
        assert_eq!(c.delay(3, 1.0), Duration::from_secs(4));
        assert_eq!(c.delay(5, 1.0), Duration::from_secs(16));
        assert_eq!(c.delay(6, 1.0), Duration::from_secs(20));
        assert_eq!(c.delay(10, 1.0), Duration::from_secs(20));
        assert_eq!(c.delay(40, 0.5), Duration::from_secs(10));
        assert_eq!(c.delay(u32::MAX, 0.25), Duration::from_secs(5));
        assert_eq!(c.delay(2, 0.0), Duration::ZERO);
        assert_eq!(c.delay(2, -3.0), Duration::ZERO);
        assert_eq!(c.delay(2, f64::NAN), Duration::ZERO);
        assert_eq!(c.delay(2, 7.0), Duration::from_secs(2));
        assert!((0..1000).map(|_| RandomJitter.sample()).all(|j| (0.0..1.0).contains(&j)));
    }

    #[test]
    fn injected_jitter_makes_delays_exact() {
        let c = RetryConfig { base_delay: Duration::from_millis(10), ..RetryConfig::default() };
        assert_eq!(c.delay_with(1, &FixedJitter(0.5), None), Duration::from_millis(5));
        assert_eq!(c.delay_with(3, &FixedJitter(0.5), None), Duration::from_millis(20));
        assert_eq!(c.delay_with(3, &FixedJitter(0.0), None), Duration::ZERO);
    }

    #[test]
    fn retry_after_replaces_the_backoff_up_to_the_cap() {
        assert_eq!(parse_retry_after("1500"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_retry_after(" 0 "), Some(Duration::ZERO));
        for bad in ["", "-1", "1.5", "soon", "Wed, 21 Oct 2015 07:28:00 GMT", "99999999999999999999999"] {
            assert_eq!(parse_retry_after(bad), None, "{bad:?}");
        }
        let c = RetryConfig::default();
        let wait = |ms| c.delay_with(1, &FixedJitter(1.0), Some(Duration::from_millis(ms)));
        assert_eq!(wait(250), Duration::from_millis(250));
        assert_eq!(wait(0), Duration::ZERO);
        assert_eq!(wait(60_000), Duration::from_secs(20));
    }

    #[test]
    fn the_quota_charges_retries_and_refunds_successes() {
        let q = RetryQuota::new();
        assert_eq!(q.available(), 500);
        q.record_success(0);
        assert_eq!(q.available(), 500, "never above the ceiling");
        assert!(q.try_acquire(RetryQuota::RETRY_COST));
        assert!(q.try_acquire(RetryQuota::TIMEOUT_RETRY_COST));
        assert_eq!(q.available(), 485);
        q.record_success(RetryQuota::TIMEOUT_RETRY_COST);
        assert_eq!(q.available(), 495, "the last retry's cost comes back");
        q.record_success(0);
        assert_eq!(q.available(), 496, "a first-time success adds one");
        q.release(100);
        assert_eq!(q.available(), 500);
    }

    #[test]
    fn an_empty_quota_refuses_retries_until_successes_refill_it() {
        let q = RetryQuota::new();
        let retries = std::iter::from_fn(|| q.try_acquire(RetryQuota::RETRY_COST).then_some(())).count();
        assert_eq!(retries, 100);
        assert_eq!(q.available(), 0);
        assert!(!q.try_acquire(RetryQuota::RETRY_COST));
        for _ in 0..9 {
            q.record_success(0);
        }
        assert!(!q.try_acquire(RetryQuota::TIMEOUT_RETRY_COST), "9 tokens do not pay for a timeout");
        assert!(q.try_acquire(RetryQuota::RETRY_COST));
        assert_eq!(q.available(), 4, "a refused acquisition takes nothing");
    }

    #[test]
    fn the_quota_is_exact_under_contention() {
        let q = std::sync::Arc::new(RetryQuota::new());
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let q = std::sync::Arc::clone(&q);
                std::thread::spawn(move || (0..50).filter(|_| q.try_acquire(RetryQuota::RETRY_COST)).count())
            })
            .collect();
        let granted: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
        assert_eq!((granted, q.available()), (100, 0));
    }

    const DATE: &str = "Tue, 29 Apr 2014 18:30:38 GMT";

    fn at(secs: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn skew_codes_take_the_offset_from_the_date_header() {
        let date_secs = 1_398_796_238;
        let an_hour_behind = at(date_secs - 3600);
        for code in CLOCK_SKEW_CODES {
            assert_eq!(clock_skew_correction(code, Some(DATE), an_hour_behind, 0), Some(3_600_000), "{code}");
        }
        assert_eq!(clock_skew_correction("RequestTimeTooSkewed", Some(DATE), at(date_secs + 90), 0), Some(-90_000));
        assert_eq!(
            clock_skew_correction("RequestTimeTooSkewed", Some("Tue, 29 Apr 2014 18:30:38.5 GMT"), at(date_secs), 0),
            Some(500)
        );
        // Even a small difference: the service said the time was wrong.
        assert_eq!(clock_skew_correction("RequestExpired", Some(DATE), at(date_secs), 0), Some(0));
        assert_eq!(clock_skew_correction("RequestTimeTooSkewed", None, an_hour_behind, 0), None);
        assert_eq!(clock_skew_correction("RequestTimeTooSkewed", Some("yesterday"), an_hour_behind, 0), None);
    }

    #[test]
    fn a_rejected_signature_is_a_skew_only_beyond_the_threshold() {
        let date_secs = 1_398_796_238;
        for code in SIGNATURE_CODES {
            assert_eq!(clock_skew_correction(code, Some(DATE), at(date_secs - 3600), 0), Some(3_600_000), "{code}");
            assert_eq!(clock_skew_correction(code, Some(DATE), at(date_secs + 241), 0), Some(-241_000), "{code}");
            assert_eq!(clock_skew_correction(code, Some(DATE), at(date_secs - 30), 0), None, "{code}: no skew");
            // Already corrected by an hour: the signature was wrong for another reason.
            assert_eq!(clock_skew_correction(code, Some(DATE), at(date_secs - 3600), 3_600_000), None, "{code}");
        }
        for code in ["AccessDeniedException", "ExpiredTokenException", "ThrottlingException", ""] {
            assert_eq!(clock_skew_correction(code, Some(DATE), at(date_secs - 3600), 0), None, "{code}");
        }
    }

    #[test]
    fn the_offset_shifts_the_signing_time_both_ways() {
        let offset = ClockOffset::default();
        assert_eq!(offset.apply(at(1000)), at(1000));
        offset.set_millis(1500);
        assert_eq!(offset.apply(at(1000)), at(1000) + Duration::from_millis(1500));
        offset.set_millis(-2000);
        assert_eq!((offset.millis(), offset.apply(at(1000))), (-2000, at(998)));
        assert_eq!(epoch_millis(SystemTime::UNIX_EPOCH - Duration::from_millis(5)), -5);
    }
}
