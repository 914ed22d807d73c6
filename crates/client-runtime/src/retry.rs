//! When and how long to wait before sending a failed request again.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;

use crate::error::header_str;

/// Retry settings for rate limits (429), gateway errors (502/503/504) and
/// connection failures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Total attempts, counting the first one.
    pub max_attempts: u32,
    /// No retry is started when its wait would end later than this after the first attempt.
    pub max_elapsed: Duration,
    /// Backoff before the second attempt; it doubles for each further one.
    pub base_delay: Duration,
    /// Upper bound for a single backoff wait.
    pub max_delay: Duration,
    /// Also retry POST and PATCH after server errors and connection failures.
    pub retry_non_idempotent: bool,
    /// Randomise backoff waits to between half and all of their length.
    pub jitter: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            max_elapsed: Duration::from_secs(60),
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            retry_non_idempotent: false,
            jitter: true,
        }
    }
}

/// Why an attempt failed, as far as retrying is concerned.
pub(crate) enum Failure<'a> {
    /// GitLab answered with this status and headers.
    Status(u16, &'a HeaderMap),
    /// The request did not complete; `transient` is true for connect errors and timeouts.
    Transport { transient: bool },
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Sets [`RetryPolicy::max_attempts`].
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts;
        self
    }

    /// Sets [`RetryPolicy::max_elapsed`].
    pub fn max_elapsed(mut self, elapsed: Duration) -> Self {
        self.max_elapsed = elapsed;
        self
    }

    /// Sets [`RetryPolicy::base_delay`].
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// Sets [`RetryPolicy::max_delay`].
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Sets [`RetryPolicy::retry_non_idempotent`].
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry_non_idempotent = yes;
        self
    }

    /// Sets [`RetryPolicy::jitter`].
    pub fn jitter(mut self, yes: bool) -> Self {
        self.jitter = yes;
        self
    }

    /// The wait before the next attempt, or `None` to give up.
    ///
    /// `attempt` is the number of attempts made so far.
    pub(crate) fn next_delay(
        &self,
        failure: &Failure<'_>,
        attempt: u32,
        elapsed: Duration,
        idempotent: bool,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let may_repeat = idempotent || self.retry_non_idempotent;
        let wait = match failure {
            // GitLab rejects rate-limited requests before doing any work, so
            // repeating them is safe for every method.
            Failure::Status(429, headers) => retry_after(headers)
                .or_else(|| rate_limit_reset(headers))
                .unwrap_or_else(|| self.backoff(attempt)),
            Failure::Status(502..=504, headers) if may_repeat => {
                retry_after(headers).unwrap_or_else(|| self.backoff(attempt))
            }
            Failure::Transport { transient: true } if may_repeat => self.backoff(attempt),
            _ => return None,
        };
        (elapsed + wait <= self.max_elapsed).then_some(wait)
    }

    /// Exponential backoff after `attempt` attempts, capped and optionally jittered.
    fn backoff(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1));
        let delay = self.base_delay.saturating_mul(factor).min(self.max_delay);
        if self.jitter { jittered(delay) } else { delay }
    }
}

/// A random duration in `[delay / 2, delay]`.
fn jittered(delay: Duration) -> Duration {
    let half = delay / 2;
    let span = u64::try_from((delay - half).as_nanos()).unwrap_or(u64::MAX);
    if span == 0 {
        return delay;
    }
    half + Duration::from_nanos(next_random() % (span + 1).max(1))
}

/// State of a tiny xorshift generator; zero means "not seeded yet".
static RANDOM: AtomicU64 = AtomicU64::new(0);

/// The next pseudo-random number. Retry jitter needs spread, not quality,
/// so a xorshift seeded from the clock and a stack address is enough.
fn next_random() -> u64 {
    let mut state = RANDOM.load(Ordering::Relaxed);
    if state == 0 {
        let clock = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let marker = 0u8;
        let address = std::ptr::addr_of!(marker) as usize as u64;
        state = (clock ^ address.rotate_left(32)) | 1;
    }
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    RANDOM.store(state, Ordering::Relaxed);
    state
}

/// Parses `Retry-After` as delta seconds or an HTTP date.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = header_str(headers, "retry-after")?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Parses `RateLimit-Reset` (Unix epoch seconds) into the time left until then.
fn rate_limit_reset(headers: &HeaderMap) -> Option<Duration> {
    let epoch = header_str(headers, "ratelimit-reset")?
        .trim()
        .parse::<u64>()
        .ok()?;
    let when = UNIX_EPOCH.checked_add(Duration::from_secs(epoch))?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn backoff_doubles_and_caps() {
        let policy = RetryPolicy::default()
            .jitter(false)
            .base_delay(Duration::from_millis(100))
            .max_delay(Duration::from_millis(350));
        assert_eq!(policy.backoff(1), Duration::from_millis(100));
        assert_eq!(policy.backoff(2), Duration::from_millis(200));
        assert_eq!(policy.backoff(3), Duration::from_millis(350));
        assert_eq!(policy.backoff(40), Duration::from_millis(350));
    }

    #[test]
    fn jitter_stays_in_range() {
        for _ in 0..100 {
            let d = jittered(Duration::from_millis(100));
            assert!(
                d >= Duration::from_millis(50) && d <= Duration::from_millis(100),
                "{d:?}"
            );
        }
    }

    #[test]
    fn retry_after_forms() {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", HeaderValue::from_static("7"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        let later = SystemTime::now() + Duration::from_secs(120);
        let date = httpdate::fmt_http_date(later);
        headers.insert(
            "retry-after",
            HeaderValue::from_str(&date).unwrap_or(HeaderValue::from_static("x")),
        );
        let parsed = retry_after(&headers).unwrap_or_default();
        assert!(parsed > Duration::from_secs(100) && parsed <= Duration::from_secs(120));
        headers.insert("retry-after", HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn post_is_not_repeated_after_server_errors() {
        let policy = RetryPolicy::default();
        let headers = HeaderMap::new();
        let elapsed = Duration::ZERO;
        assert!(
            policy
                .next_delay(&Failure::Status(503, &headers), 1, elapsed, false)
                .is_none()
        );
        assert!(
            policy
                .next_delay(&Failure::Transport { transient: true }, 1, elapsed, false)
                .is_none()
        );
        assert!(
            policy
                .next_delay(&Failure::Status(429, &headers), 1, elapsed, false)
                .is_some()
        );
        assert!(
            policy
                .next_delay(&Failure::Status(503, &headers), 1, elapsed, true)
                .is_some()
        );
        assert!(
            policy
                .next_delay(&Failure::Status(500, &headers), 1, elapsed, true)
                .is_none()
        );
        assert!(
            policy
                .next_delay(&Failure::Status(503, &headers), 4, elapsed, true)
                .is_none()
        );
    }
}
