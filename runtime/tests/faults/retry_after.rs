//! A `Retry-After` beyond any budget: no overflow panic, the answer is returned at once.

use std::time::{Duration, Instant};

use postgen_runtime::{Client, Error, Method, Request};

use crate::server::{FaultServer, answer, reply};

/// `Retry-After: 18446744073709551615` (u64::MAX seconds) on a 503 that arrives over a
/// second into the call: adding it to the elapsed time overflowed `Duration` and panicked.
#[tokio::test]
async fn huge_retry_after_late_in_a_call_returns_the_answer_at_once() {
    let server = FaultServer::start(|_, _, stream| async move {
        tokio::time::sleep(Duration::from_millis(1_200)).await;
        reply(stream, answer("503 Service Unavailable", &[("Retry-After", "18446744073709551615")], b"busy")).await;
    })
    .await;
    let client = Client::builder(&server.url).build().expect("client builds");
    let started = Instant::now();
    let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
    assert!(matches!(outcome, Err(Error::Api { status: 503, .. })), "{outcome:?}");
    assert_eq!(server.requests(), 1, "no retry is started for a wait beyond the budget");
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
}

/// The same on a 429, and a `Retry-After` date far in the future.
#[tokio::test]
async fn huge_retry_after_on_429_and_far_future_date_return_at_once() {
    for value in ["18446744073709551615", "Fri, 31 Dec 9999 23:59:59 GMT"] {
        let server = FaultServer::start(move |_, _, stream| async move {
            tokio::time::sleep(Duration::from_millis(1_100)).await;
            reply(stream, answer("429 Too Many Requests", &[("Retry-After", value)], b"slow down")).await;
        })
        .await;
        let client = Client::builder(&server.url).build().expect("client builds");
        let started = Instant::now();
        let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
        assert!(matches!(outcome, Err(Error::RateLimited { .. })), "{value}: {outcome:?}");
        assert_eq!(server.requests(), 1, "{value}");
        assert!(started.elapsed() < Duration::from_secs(10), "{value}: {:?}", started.elapsed());
    }
}
