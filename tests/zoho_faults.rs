//! The generated Zoho client against a raw TCP server on 127.0.0.1 that misbehaves on
//! purpose (the runtime's fault-suite server, `runtime/tests/faults/server.rs`): a silent
//! API, a failing or hanging token endpoint, listings that never end.

#[allow(dead_code)]
#[path = "../runtime/tests/common/raw_server.rs"]
mod raw_server;
#[allow(dead_code, unused_imports)]
#[path = "../runtime/tests/faults/server.rs"]
mod server;

use std::time::{Duration, Instant};

use postgen_runtime::{DEFAULT_TIMEOUT, RetryPolicy};
use server::{FaultServer, send_then_stall, stay_silent};
use zoho_crm::types::GetUsersParams;
use zoho_crm::{Client, Error};

/// `Client::with_token`, as generated, against an API that accepts and never answers: the
/// default per-attempt timeout ends each attempt (clock paused, so minutes pass at once), and
/// the default 2 min retry budget lets 2 such attempts start. Before, the call was still
/// pending after 15 s of real time.
#[tokio::test(start_paused = true)]
async fn generated_constructor_times_out_on_a_silent_api() {
    let server = FaultServer::start(|_, _, stream| stay_silent(stream, Duration::from_secs(1_000))).await;
    let client = Client::with_token(&server.url, "secret-token").expect("client builds");
    assert_eq!(client.runtime().timeout(), Some(DEFAULT_TIMEOUT));
    let started = tokio::time::Instant::now();
    let outcome = client.get_users(&GetUsersParams::default()).await;
    assert!(matches!(outcome, Err(Error::Timeout)), "{outcome:?}");
    assert_eq!(server.requests(), 2, "attempts at 0 s and 60 s; a third would start after the 120 s budget");
    let waited = started.elapsed();
    assert!(waited >= DEFAULT_TIMEOUT * 2 && waited < Duration::from_secs(200), "{waited:?}");
}

/// A caller's shorter timeout, through `from_runtime`, bounds a body that stops halfway.
#[tokio::test]
async fn caller_timeout_bounds_a_stalled_body() {
    let server = FaultServer::start(|_, _, stream| async move {
        send_then_stall(stream, b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"users\":[", Duration::from_secs(30)).await;
    })
    .await;
    let runtime = postgen_runtime::Client::builder(&server.url)
        .timeout(Duration::from_millis(500))
        .retry(RetryPolicy::never())
        .build()
        .expect("client builds");
    let client = Client::from_runtime(runtime);
    let started = Instant::now();
    let outcome = client.get_users(&GetUsersParams::default()).await;
    assert!(matches!(outcome, Err(Error::Timeout)), "{outcome:?}");
    assert_eq!(server.requests(), 1);
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
}
