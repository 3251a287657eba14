//! A server that accepts and then says nothing, or stops halfway through a body: every call
//! ends with `Error::Timeout`, by default and per attempt, body included.

use std::time::{Duration, Instant};

use postgen_runtime::{Client, DEFAULT_TIMEOUT, Error, Method, Request, RetryPolicy};

use crate::server::{FaultServer, send_then_stall, stay_silent};

/// The default client against a server that never answers: the call ends with
/// `Error::Timeout` after the default per-attempt timeout (the clock is paused, so the 60 s
/// pass at once; before, the call never ended).
#[tokio::test(start_paused = true)]
async fn silent_server_times_out_by_default() {
    let server = FaultServer::start(|_, _, stream| stay_silent(stream, Duration::from_secs(100))).await;
    let client = Client::builder(&server.url).retry(RetryPolicy::never()).build().expect("client builds");
    assert_eq!(client.timeout(), Some(DEFAULT_TIMEOUT));
    let started = tokio::time::Instant::now();
    let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
    assert!(matches!(outcome, Err(Error::Timeout)), "{outcome:?}");
    assert_eq!(server.requests(), 1);
    let waited = started.elapsed();
    assert!(waited >= DEFAULT_TIMEOUT && waited < Duration::from_secs(100), "{waited:?}");
}

/// Head sent, then 10 of 1,000 body bytes, then silence: the per-attempt timeout covers the
/// body. Each of the 4 default attempts ends after about 1 s.
#[tokio::test]
async fn body_that_stalls_times_out_per_attempt_and_is_retried_within_bounds() {
    let server = FaultServer::start(|_, _, stream| async move {
        send_then_stall(stream, b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n[1,2,3,4,", Duration::from_secs(30)).await;
    })
    .await;
    let client = Client::builder(&server.url)
        .timeout(Duration::from_secs(1))
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(50)))
        .build()
        .expect("client builds");
    let started = Instant::now();
    let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
    assert!(matches!(outcome, Err(Error::Timeout)), "{outcome:?}");
    assert_eq!(server.requests(), 4, "4 attempts, each ended by its own timeout");
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_secs(4) && elapsed < Duration::from_secs(20), "{elapsed:?}");
}

/// With a concurrency cap of 2, silent calls give their slots back when they time out: a
/// third call still runs.
#[tokio::test]
async fn silent_calls_do_not_hold_the_concurrency_cap() {
    let server = FaultServer::start(|n, _, stream| async move {
        if n < 2 {
            stay_silent(stream, Duration::from_secs(30)).await;
        } else {
            crate::server::reply(stream, crate::server::answer("200 OK", &[], b"7")).await;
        }
    })
    .await;
    let client = Client::builder(&server.url)
        .timeout(Duration::from_secs(1))
        .retry(RetryPolicy::never())
        .max_concurrent_requests(2)
        .build()
        .expect("client builds");
    let get = || client.send::<i64>(Request::new(Method::GET, &["x"]));
    let (first, second) = tokio::join!(get(), get());
    assert!(matches!((first, second), (Err(Error::Timeout), Err(Error::Timeout))));
    let third = tokio::time::timeout(Duration::from_secs(10), get()).await.expect("a slot is free");
    assert_eq!(third.expect("answered").body, 7);
    assert_eq!(server.requests(), 3);
}

/// `no_timeout` is the only way to have none.
#[test]
fn no_timeout_only_when_asked() {
    let client = Client::builder("http://127.0.0.1:9").no_timeout().build().expect("client builds");
    assert_eq!(client.timeout(), None);
    let injected = Client::builder("http://127.0.0.1:9").http_client(reqwest::Client::new()).build().expect("builds");
    assert_eq!(injected.timeout(), Some(DEFAULT_TIMEOUT), "the default applies to an injected client too");
}

/// A listener whose accept queue is full (it never accepts): the TCP handshake never
/// completes, and the default connect timeout (10 s) ends each attempt with
/// `Error::Timeout`. The clock is paused.
#[tokio::test(start_paused = true)]
async fn full_accept_queue_hits_the_default_connect_timeout() {
    use socket2::{Domain, Socket, Type};
    let listener = Socket::new(Domain::IPV4, Type::STREAM, None).expect("socket");
    listener.bind(&"127.0.0.1:0".parse::<std::net::SocketAddr>().expect("address").into()).expect("bind");
    listener.listen(0).expect("listen");
    let addr = listener.local_addr().expect("address").as_socket().expect("inet");
    // Fill the queue: connections the listener never accepts (bounded: 8 tries, non-blocking).
    let mut fillers = Vec::new();
    for _ in 0..8 {
        let filler = Socket::new(Domain::IPV4, Type::STREAM, None).expect("socket");
        filler.set_nonblocking(true).expect("non-blocking");
        let _ = filler.connect(&addr.into());
        fillers.push(filler);
    }
    std::thread::sleep(Duration::from_millis(100));
    let client = Client::builder(format!("http://{addr}")).retry(RetryPolicy::never()).build().expect("client builds");
    let started = tokio::time::Instant::now();
    let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
    let took = started.elapsed();
    assert!(matches!(outcome, Err(Error::Timeout)), "{outcome:?}");
    assert!(took >= postgen_runtime::DEFAULT_CONNECT_TIMEOUT && took < DEFAULT_TIMEOUT, "{took:?}");
}

/// A silent server, the default 60 s attempt timeout and a 90 s retry budget: the retry is
/// cut short at the budget, the call ends at 90 s (before: at 120 s, a whole retry past the
/// budget's end). The clock is paused.
#[tokio::test(start_paused = true)]
async fn a_call_never_runs_past_its_retry_budget() {
    let server = FaultServer::start(|_, _, stream| stay_silent(stream, Duration::from_secs(300))).await;
    let budget = Duration::from_secs(90);
    let client = Client::builder(&server.url).retry(RetryPolicy::default().max_elapsed(budget)).build().expect("builds");
    let started = tokio::time::Instant::now();
    let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
    let took = started.elapsed();
    assert!(matches!(outcome, Err(Error::Timeout)), "{outcome:?}");
    assert_eq!(server.requests(), 2);
    assert!(took >= DEFAULT_TIMEOUT && took <= budget + Duration::from_secs(1), "{took:?}");
}
