//! When to send a request again, and how long to wait first.
//!
//! Exponential back-off with jitter, `Retry-After` honoured, bounded by attempts and by total
//! time. Only idempotent methods are retried after the server may have acted on a request;
//! a request that never left (connection refused) is safe to send again whatever its method.

use std::time::Duration;

// Tokio's clock, the one the waits sleep on: the budget and the waits agree even when a test
// pauses time.
use tokio::time::Instant;

use reqwest::Method;

use crate::error::Error;
use crate::response::{RawResponse, retry_after};

/// How failed attempts are retried (see [`ClientBuilder::retry`](crate::ClientBuilder::retry)).
///
/// Retried: HTTP 408, 429, 500, 502, 503 and 504, timeouts, and connection failures
/// (refused, reset, closed early). The wait before retry *n* (1-based) is a random duration
/// between half and all of `initial_backoff × 2^(n-1)`, capped at `max_backoff`; a
/// `Retry-After` header (seconds or HTTP-date) replaces it. No retry starts when its wait
/// would end after `max_elapsed` from the first attempt: the last answer is returned instead.
///
/// ```
/// use std::time::Duration;
/// let policy = postgen_runtime::RetryPolicy::default()
///     .max_attempts(5)
///     .initial_backoff(Duration::from_millis(100));
/// assert_eq!(policy.attempts(), 5);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_elapsed: Duration,
    retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    /// 4 attempts, 250 ms initial back-off, 30 s cap per wait, 2 min in total, idempotent
    /// methods only.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(30),
            max_elapsed: Duration::from_secs(120),
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// One attempt, no retries.
    pub fn never() -> Self {
        RetryPolicy { max_attempts: 1, ..RetryPolicy::default() }
    }

    /// Attempts in total, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The base wait before the first retry; doubled for each further one.
    pub fn initial_backoff(mut self, wait: Duration) -> Self {
        self.initial_backoff = wait;
        self
    }

    /// The longest computed wait (a server's `Retry-After` may ask for more, within
    /// `max_elapsed`).
    pub fn max_backoff(mut self, wait: Duration) -> Self {
        self.max_backoff = wait;
        self
    }

    /// The total time of a call, from its first attempt: no retry is started that would wait
    /// past it, and a retry's timeout is cut short at it (the first attempt keeps its own).
    pub fn max_elapsed(mut self, total: Duration) -> Self {
        self.max_elapsed = total;
        self
    }

    /// Also retry methods that are not idempotent (POST, PATCH) after the server may have
    /// received them. Off by default: a retried POST can create a record twice. Prefer
    /// turning it on per call with [`CallOptions`](crate::CallOptions).
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry_non_idempotent = yes;
        self
    }

    /// Attempts in total.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The wait before the next attempt, or `None` to stop and return `outcome`.
    /// `attempt` counts attempts made so far (1 after the first).
    pub(crate) fn next_wait(
        &self,
        method: &Method,
        attempt: u32,
        started: Instant,
        outcome: &Result<RawResponse, Error>,
        non_idempotent_allowed: bool,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let may_repeat = is_idempotent(method) || self.retry_non_idempotent || non_idempotent_allowed;
        let asked = match outcome {
            Ok(raw) if is_retryable_status(raw.status) && may_repeat => retry_after(&raw.headers),
            Ok(_) => return None,
            // A redirect loop or chain was already followed to its limit: again would only
            // repeat it.
            Err(Error::Transport(e)) if e.is_redirect() => return None,
            Err(Error::Transport(e)) if e.is_connect() => None,
            Err(Error::Transport(_) | Error::Timeout) if may_repeat => None,
            Err(_) => return None,
        };
        let wait = asked.unwrap_or_else(|| self.backoff(attempt));
        // Checked: a server's `Retry-After` can be any number (u64::MAX seconds), and a wait
        // that ends beyond the budget, or beyond what `Duration` holds, is not started.
        let ends = started.elapsed().checked_add(wait)?;
        (ends <= self.max_elapsed).then_some(wait)
    }

    /// What is left of the total budget (`max_elapsed`) of a call that started at `started`.
    pub(crate) fn remaining(&self, started: Instant) -> Duration {
        self.max_elapsed.saturating_sub(started.elapsed())
    }

    /// Exponential back-off with "equal jitter": half fixed, half random, so waits grow
    /// but concurrent clients do not retry in lockstep.
    fn backoff(&self, retry: u32) -> Duration {
        let exponent = retry.saturating_sub(1).min(20);
        let full = self
            .initial_backoff
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff);
        let half = full / 2;
        let jitter_nanos = u64::try_from(half.as_nanos()).unwrap_or(u64::MAX);
        half + Duration::from_nanos(fastrand::u64(0..=jitter_nanos))
    }
}

/// RFC 9110 §9.2.2: methods whose repetition has the same effect as one request.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE | Method::PUT | Method::DELETE
    )
}

/// Statuses that say "try again later" rather than "this request is wrong".
fn is_retryable_status(status: u16) -> bool {
    matches!(status, 408 | 429 | 500 | 502 | 503 | 504)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

    fn answer(status: u16, retry_after: Option<&'static str>) -> Result<RawResponse, Error> {
        let mut headers = HeaderMap::new();
        if let Some(value) = retry_after {
            headers.insert(RETRY_AFTER, HeaderValue::from_static(value));
        }
        Ok(RawResponse { status, headers, body: bytes::Bytes::new() })
    }

    #[test]
    fn backoff_grows_is_jittered_and_capped() {
        let policy = RetryPolicy::default()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(350));
        for _ in 0..50 {
            let first = policy.backoff(1);
            assert!((Duration::from_millis(50)..=Duration::from_millis(100)).contains(&first), "{first:?}");
            let second = policy.backoff(2);
            assert!((Duration::from_millis(100)..=Duration::from_millis(200)).contains(&second), "{second:?}");
            let capped = policy.backoff(10);
            assert!((Duration::from_millis(175)..=Duration::from_millis(350)).contains(&capped), "{capped:?}");
        }
    }

    #[test]
    fn retry_after_replaces_the_backoff_and_respects_the_total_budget() {
        let policy = RetryPolicy::default().max_elapsed(Duration::from_secs(10));
        let now = Instant::now();
        let wait = policy.next_wait(&Method::GET, 1, now, &answer(429, Some("3")), false);
        assert_eq!(wait, Some(Duration::from_secs(3)));
        let wait = policy.next_wait(&Method::GET, 1, now, &answer(503, Some("60")), false);
        assert_eq!(wait, None, "a wait beyond max_elapsed is not started");
        let late = Instant::now().checked_sub(Duration::from_secs(2)).unwrap_or(now);
        let wait = policy.next_wait(&Method::GET, 1, late, &answer(429, Some("18446744073709551615")), false);
        assert_eq!(wait, None, "a wait beyond what Duration holds is not started (and does not panic)");
    }

    #[test]
    fn only_idempotent_methods_are_retried_unless_allowed() {
        let policy = RetryPolicy::default();
        let now = Instant::now();
        assert!(policy.next_wait(&Method::POST, 1, now, &answer(503, None), false).is_none());
        assert!(policy.next_wait(&Method::POST, 1, now, &answer(503, None), true).is_some());
        assert!(policy.next_wait(&Method::PUT, 1, now, &answer(503, None), false).is_some());
        assert!(policy.next_wait(&Method::GET, 1, now, &answer(404, None), false).is_none());
        assert!(policy.next_wait(&Method::GET, 4, now, &answer(503, None), false).is_none(), "attempts bounded");
        assert!(RetryPolicy::never().next_wait(&Method::GET, 1, now, &answer(503, None), false).is_none());
    }
}
