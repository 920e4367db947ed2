//! Limits that keep one greedy or slow client from hurting the others:
//! a write quota per signed-in user (per link for the customer's opt-out,
//! which needs no sign-in), answered with 429 and `Retry-After`; the body
//! size and time limits of each kind of route; and the connection limits
//! the server's accept loop applies (see [`crate::serve`]).

use std::num::NonZeroU32;
use std::time::Duration;

use axum::http::StatusCode;
use cpor_core::ErrorCode;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::ApiError;

/// Largest JSON body the API reads.
pub const MAX_JSON_BODY: usize = 16 * 1024;

/// How long a JSON request may take, from its first byte to its answer.
pub const JSON_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// How long an upload may take in all (25 MB on a slow line).
pub const UPLOAD_REQUEST_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// The longest an upload's partial file may live: the upload's time and
/// the recording after it. An older partial file belongs to an upload that
/// was cut off, on any server.
pub const LONGEST_UPLOAD: Duration = Duration::from_secs(UPLOAD_REQUEST_TIMEOUT.as_secs() + 5 * 60);

/// How long a request body may pause between two pieces.
pub const BODY_IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// How writes are limited: a sustained rate and a burst, per user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WriteRate {
    /// Writes per second, sustained.
    pub per_second: NonZeroU32,
    /// Writes allowed at once after a quiet spell.
    pub burst: NonZeroU32,
}

impl Default for WriteRate {
    fn default() -> Self {
        Self {
            per_second: NonZeroU32::new(10).unwrap_or(NonZeroU32::MIN),
            burst: NonZeroU32::new(50).unwrap_or(NonZeroU32::MIN),
        }
    }
}

/// The write quota of every caller.
#[derive(Debug)]
pub struct WriteQuota {
    limiter: DefaultKeyedRateLimiter<String>,
    clock: DefaultClock,
}

impl WriteQuota {
    /// A quota of `rate` for each caller.
    pub fn new(rate: WriteRate) -> Self {
        let quota = Quota::per_second(rate.per_second).allow_burst(rate.burst);
        Self { limiter: RateLimiter::keyed(quota), clock: DefaultClock::default() }
    }

    /// Counts one write of `caller`: 429 with the seconds to wait once the
    /// quota is spent.
    pub fn check(&self, caller: &str) -> Result<(), ApiError> {
        match self.limiter.check_key(&caller.to_owned()) {
            Ok(()) => Ok(()),
            Err(not_until) => {
                let wait = not_until.wait_time_from(self.clock.now());
                let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                let secs = secs.max(1);
                Err(ApiError::worded(
                    StatusCode::TOO_MANY_REQUESTS,
                    ErrorCode::TooManyRequests,
                    cpor_i18n::Text::new(cpor_i18n::msg::SERVER_TOO_MANY_CHANGES, [secs.into()]),
                )
                .with_retry_after(secs))
            }
        }
    }

    /// Forgets callers whose quota is full again (keeps memory bounded).
    pub fn forget_idle(&self) {
        self.limiter.retain_recent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_429_with_retry_after_per_caller() {
        let quota =
            WriteQuota::new(WriteRate { per_second: NonZeroU32::new(1).unwrap(), burst: NonZeroU32::new(3).unwrap() });
        for _ in 0..3 {
            quota.check("a").unwrap();
        }
        let refused = quota.check("a").unwrap_err();
        assert_eq!(refused.problem().status, 429);
        assert_eq!(refused.retry_after(), Some(1));
        quota.check("b").unwrap();
    }
}
