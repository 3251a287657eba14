//! A failed refresh, remembered: every caller that was waiting for it gets the same error,
//! and no new token request starts until a back-off has passed. Providers throttle token
//! requests (Zoho locks an account out after a burst), so a failure must not multiply.

use std::time::Duration;

use tokio::time::Instant;

use crate::error::Error;

/// The back-off after the first failure in a row; doubled for each further one.
const FIRST_BACKOFF: Duration = Duration::from_secs(1);

/// The longest back-off between refresh attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// The last refresh failed: what to answer, and until when.
pub(super) struct Failure {
    error: Error,
    retry_at: Instant,
    /// Failures in a row, this one included.
    streak: u32,
}

impl Failure {
    /// Records `error`, following `previous` (the failure before it, if the last refresh
    /// failed too): the back-off doubles with each failure in a row.
    pub(super) fn after(previous: Option<&Failure>, error: &Error) -> Failure {
        let streak = previous.map_or(1, |p| p.streak.saturating_add(1));
        let backoff = FIRST_BACKOFF
            .saturating_mul(1u32 << streak.saturating_sub(1).min(16))
            .min(MAX_BACKOFF);
        Failure { error: shared(error), retry_at: Instant::now() + backoff, streak }
    }

    /// The error to answer while the back-off runs, `None` once a refresh may be tried.
    pub(super) fn still_backing_off(&self) -> Option<Error> {
        (Instant::now() < self.retry_at).then(|| shared(&self.error))
    }
}

/// A copy of `error` for another caller. A transport error cannot be copied (it holds its
/// source); its message, already stripped of URL secrets, is kept in an `OAuth` error.
fn shared(error: &Error) -> Error {
    match error {
        Error::OAuth { status, error, description } => {
            Error::OAuth { status: *status, error: error.clone(), description: description.clone() }
        }
        Error::Timeout => Error::Timeout,
        Error::TooLarge { limit } => Error::TooLarge { limit: *limit },
        Error::Config(message) => Error::Config(message.clone()),
        Error::Encode(message) => Error::Encode(message.clone()),
        Error::TokenStore(message) => Error::TokenStore(message.clone()),
        other => Error::OAuth {
            status: 0,
            error: "token_request_failed".to_owned(),
            description: Some(other.to_string()),
        },
    }
}
