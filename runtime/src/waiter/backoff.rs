//! The delay before each retry of a waiter: the Smithy waiters specification's "Waiter retries"
//! section, with the max wait never overstepped.

use std::time::Duration;

/// The delays a waiter may take between `min` and `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Backoff {
    pub(crate) min: Duration,
    pub(crate) max: Duration,
}

/// A delay chosen before a retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Delay {
    /// How long to sleep.
    pub(crate) duration: Duration,
    /// Whether it runs to the end of the max wait, so that the attempt after it is the last.
    pub(crate) last: bool,
}

impl Backoff {
    /// The longest delay before retry `retry` (1 for the first): `min * 2^(retry - 1)`, at most
    /// `max`. Saturating arithmetic stands in for the spec's `attemptCeiling`, which is there to
    /// keep the power from overflowing.
    pub(crate) fn ceiling(&self, retry: u32) -> Duration {
        let factor = 1u32.checked_shl(retry.saturating_sub(1)).unwrap_or(u32::MAX);
        self.min.saturating_mul(factor).min(self.max).max(self.min)
    }

    /// The delay before retry `retry` with `remaining` left of the max wait and `jitter` drawn
    /// from `[0, 1]`: `min + jitter * (ceiling - min)`. If that would leave `min` or less, the
    /// delay is all that remains (the spec's last retry, made at the deadline rather than never).
    /// `None` when less than `min` remains: a delay can be neither shorter than `min` nor end past
    /// the max wait, so the waiter stops.
    pub(crate) fn delay(&self, retry: u32, remaining: Duration, jitter: f64) -> Option<Delay> {
        if remaining < self.min {
            return None;
        }
        let jitter = if jitter.is_nan() { 0.0 } else { jitter.clamp(0.0, 1.0) };
        let ceiling = self.ceiling(retry);
        let delay = self.min + (ceiling - self.min).mul_f64(jitter);
        if remaining.saturating_sub(delay) <= self.min {
            Some(Delay { duration: remaining, last: true })
        } else {
            Some(Delay { duration: delay, last: false })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    const SMITHY_DEFAULTS: Backoff = Backoff { min: secs(2), max: secs(120) };

    #[test]
    fn the_ceiling_doubles_from_min_delay_up_to_max_delay() {
        let ceilings: Vec<u64> = (1..=9).map(|n| SMITHY_DEFAULTS.ceiling(n).as_secs()).collect();
        assert_eq!(ceilings, [2, 4, 8, 16, 32, 64, 120, 120, 120]);
        assert_eq!(SMITHY_DEFAULTS.ceiling(0), secs(2), "retry 0 is treated as the first");
        assert_eq!(SMITHY_DEFAULTS.ceiling(33), secs(120), "no overflow past 2^31");
        assert_eq!(SMITHY_DEFAULTS.ceiling(u32::MAX), secs(120));
        let linear = Backoff { min: secs(5), max: secs(5) };
        assert!((1..50).all(|n| linear.ceiling(n) == secs(5)), "equal bounds: a fixed delay");
        let huge = Backoff { min: Duration::MAX / 2, max: Duration::MAX };
        assert_eq!(huge.ceiling(40), Duration::MAX);
    }

    #[test]
    fn the_first_retry_waits_min_delay_and_jitter_spans_min_to_the_ceiling() {
        let far = secs(10_000);
        for jitter in [0.0, 0.3, 1.0] {
            assert_eq!(SMITHY_DEFAULTS.delay(1, far, jitter), Some(Delay { duration: secs(2), last: false }));
        }
        assert_eq!(SMITHY_DEFAULTS.delay(4, far, 0.0).unwrap().duration, secs(2));
        assert_eq!(SMITHY_DEFAULTS.delay(4, far, 1.0).unwrap().duration, secs(16));
        assert_eq!(SMITHY_DEFAULTS.delay(4, far, 0.5).unwrap().duration, secs(9));
        assert_eq!(SMITHY_DEFAULTS.delay(30, far, 1.0).unwrap().duration, secs(120));
        // Out of range jitter is clamped, NaN taken as 0.
        assert_eq!(SMITHY_DEFAULTS.delay(4, far, 7.0).unwrap().duration, secs(16));
        assert_eq!(SMITHY_DEFAULTS.delay(4, far, -1.0).unwrap().duration, secs(2));
        assert_eq!(SMITHY_DEFAULTS.delay(4, far, f64::NAN).unwrap().duration, secs(2));
    }

    #[test]
    fn the_last_delay_runs_to_the_deadline_and_none_starts_with_less_than_min_delay_left() {
        // 10 s left, a 5 s delay (retry 3: 2 to 8 s) would leave 5: taken as drawn.
        assert_eq!(SMITHY_DEFAULTS.delay(3, secs(10), 0.5).unwrap(), Delay { duration: secs(5), last: false });
        // 6 s left, the same delay would leave 1 <= 2: the delay is the 6 s left, the next
        // attempt the last.
        assert_eq!(SMITHY_DEFAULTS.delay(3, secs(6), 0.5).unwrap(), Delay { duration: secs(6), last: true });
        // A delay longer than what is left is cut to it.
        assert_eq!(SMITHY_DEFAULTS.delay(7, secs(30), 1.0).unwrap(), Delay { duration: secs(30), last: true });
        // Exactly min_delay left: one last retry after it.
        assert_eq!(SMITHY_DEFAULTS.delay(1, secs(2), 0.5).unwrap(), Delay { duration: secs(2), last: true });
        // Less than min_delay left: stop.
        assert_eq!(SMITHY_DEFAULTS.delay(1, Duration::from_millis(1999), 0.5), None);
        assert_eq!(SMITHY_DEFAULTS.delay(1, Duration::ZERO, 0.5), None);
    }

    #[test]
    fn the_specs_example_wait_never_passes_the_max_wait() {
        // minDelay 2, maxDelay 120, maxWaitTime 300, requests taking no time: with any jitter the
        // delays add up to at most 300 s, each between 2 s and its ceiling unless it is the last,
        // and the last ends exactly at 300 s.
        for jitter in [0.0, 0.25, 0.5, 0.99, 1.0] {
            let (mut elapsed, mut retry) = (Duration::ZERO, 1);
            loop {
                let Some(delay) = SMITHY_DEFAULTS.delay(retry, secs(300) - elapsed, jitter) else {
                    panic!("jitter {jitter}: stopped at {elapsed:?} without a last delay")
                };
                elapsed += delay.duration;
                assert!(elapsed <= secs(300), "jitter {jitter}: {elapsed:?}");
                assert!(delay.duration >= secs(2), "jitter {jitter}: {delay:?}");
                if delay.last {
                    break;
                }
                assert!(delay.duration <= SMITHY_DEFAULTS.ceiling(retry), "jitter {jitter}: {delay:?}");
                retry += 1;
            }
            assert_eq!(elapsed, secs(300), "jitter {jitter}");
        }
    }
}
