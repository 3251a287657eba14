//! Retries, timeouts, the concurrency cap and hooks, against real servers on 127.0.0.1.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use postgen_runtime::{CallOptions, Client, Error, Method, Request, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Retries with short waits, so that a test that waits long shows a `Retry-After` honoured.
fn fast_retries() -> RetryPolicy {
    RetryPolicy::default().initial_backoff(Duration::from_millis(10)).max_backoff(Duration::from_millis(40))
}

fn client(server: &MockServer) -> Client {
    Client::builder(server.uri()).retry(fast_retries()).build().expect("client builds")
}

/// Answers `times` requests with `first`, then every later one with `then`.
async fn answer_first_then(server: &MockServer, times: u64, first: ResponseTemplate, then: ResponseTemplate) {
    Mock::given(path("/things")).respond_with(first).up_to_n_times(times).with_priority(1).mount(server).await;
    Mock::given(path("/things")).respond_with(then).with_priority(2).mount(server).await;
}

async fn requests_seen(server: &MockServer) -> usize {
    server.received_requests().await.map_or(0, |r| r.len())
}

fn ok_body() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({"ok": true}))
}

#[tokio::test]
async fn status_429_with_retry_after_then_success() {
    let server = MockServer::start().await;
    let limited = ResponseTemplate::new(429).insert_header("Retry-After", "1");
    answer_first_then(&server, 1, limited, ok_body()).await;

    let started = Instant::now();
    let response = client(&server).send::<serde_json::Value>(Request::new(Method::GET, &["things"])).await;

    assert_eq!(response.expect("retried to success").body["ok"], true);
    assert_eq!(requests_seen(&server).await, 2);
    // The computed back-off is at most 40 ms here; only the header asks for a second.
    assert!(started.elapsed() >= Duration::from_secs(1), "waited {:?}", started.elapsed());
}

#[tokio::test]
async fn retry_after_as_http_date_is_honoured() {
    let server = MockServer::start().await;
    let in_two_seconds = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(2));
    let limited = ResponseTemplate::new(503).insert_header("Retry-After", in_two_seconds.as_str());
    answer_first_then(&server, 1, limited, ok_body()).await;

    let started = Instant::now();
    let response = client(&server).send::<serde_json::Value>(Request::new(Method::GET, &["things"])).await;

    assert!(response.is_ok(), "{response:?}");
    // HTTP-dates have whole seconds: at least one second of the two remains.
    assert!(started.elapsed() >= Duration::from_secs(1), "waited {:?}", started.elapsed());
}

#[tokio::test]
async fn status_503_twice_then_success() {
    let server = MockServer::start().await;
    answer_first_then(&server, 2, ResponseTemplate::new(503), ok_body()).await;

    let response = client(&server).send::<serde_json::Value>(Request::new(Method::GET, &["things"])).await;

    assert_eq!(response.expect("third attempt succeeds").status, 200);
    assert_eq!(requests_seen(&server).await, 3);
}

#[tokio::test]
async fn attempts_are_bounded_and_the_last_answer_is_returned() {
    let server = MockServer::start().await;
    answer_first_then(&server, 100, ResponseTemplate::new(503), ok_body()).await;

    let client = Client::builder(server.uri()).retry(fast_retries().max_attempts(3)).build().expect("client builds");
    let response = client.send::<serde_json::Value>(Request::new(Method::GET, &["things"])).await;

    assert_eq!(response.err().and_then(|e| e.status()), Some(503));
    assert_eq!(requests_seen(&server).await, 3);
}

#[tokio::test]
async fn retry_after_beyond_the_total_budget_is_not_waited_for() {
    let server = MockServer::start().await;
    let limited = ResponseTemplate::new(429).insert_header("Retry-After", "3600");
    answer_first_then(&server, 1, limited, ok_body()).await;

    let client = Client::builder(server.uri())
        .retry(fast_retries().max_elapsed(Duration::from_secs(5)))
        .build()
        .expect("client builds");
    let response = client.send::<serde_json::Value>(Request::new(Method::GET, &["things"])).await;

    match response {
        Err(Error::RateLimited { retry_after, .. }) => assert_eq!(retry_after, Some(Duration::from_secs(3600))),
        other => panic!("expected the 429, got {other:?}"),
    }
    assert_eq!(requests_seen(&server).await, 1);
}

#[tokio::test]
async fn post_is_not_retried_on_503() {
    let server = MockServer::start().await;
    answer_first_then(&server, 1, ResponseTemplate::new(503), ok_body()).await;

    let response = client(&server).send::<serde_json::Value>(Request::new(Method::POST, &["things"])).await;

    assert_eq!(response.err().and_then(|e| e.status()), Some(503));
    assert_eq!(requests_seen(&server).await, 1, "a POST may have created something: not sent again");
}

#[tokio::test]
async fn post_is_retried_when_the_call_opts_in() {
    let server = MockServer::start().await;
    answer_first_then(&server, 1, ResponseTemplate::new(503), ok_body()).await;

    let retrying = client(&server).with_options(CallOptions::new().retry_non_idempotent());
    let response = retrying.send::<serde_json::Value>(Request::new(Method::POST, &["things"])).await;

    assert_eq!(response.expect("opted in").status, 200);
    assert_eq!(requests_seen(&server).await, 2);
}

/// A server on 127.0.0.1 that resets the first connection after reading the request
/// (`SO_LINGER` 0 sends RST) and answers the next one with 200.
async fn resetting_server() -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&connections);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let mut buffer = vec![0u8; 4096];
            let _ = socket.read(&mut buffer).await;
            if n == 0 {
                let std_socket = socket.into_std().expect("std socket");
                socket2::SockRef::from(&std_socket).set_linger(Some(Duration::ZERO)).expect("linger");
                drop(std_socket);
                continue;
            }
            let body = r#"{"ok":true}"#;
            let answer = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(answer.as_bytes()).await;
            let _ = socket.shutdown().await;
        }
    });
    (format!("http://{address}"), connections)
}

#[tokio::test]
async fn connection_reset_is_retried() {
    let (url, connections) = resetting_server().await;
    let client = Client::builder(&url).retry(fast_retries()).build().expect("client builds");

    let response = client.send::<serde_json::Value>(Request::new(Method::GET, &["things"])).await;

    assert_eq!(response.expect("second connection answers").body["ok"], true);
    assert_eq!(connections.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn connection_reset_without_retries_is_a_transport_error() {
    let (url, _) = resetting_server().await;
    let client = Client::builder(&url).retry(RetryPolicy::never()).build().expect("client builds");

    let response = client.send::<serde_json::Value>(Request::new(Method::GET, &["things"])).await;

    assert!(matches!(response, Err(Error::Transport(_))), "{response:?}");
}

#[tokio::test]
async fn slow_response_hits_the_timeout() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ok_body().set_delay(Duration::from_secs(5))).mount(&server).await;

    let client = Client::builder(server.uri())
        .timeout(Duration::from_millis(200))
        .retry(fast_retries().max_attempts(2))
        .build()
        .expect("client builds");
    let response = client.send::<serde_json::Value>(Request::new(Method::GET, &["things"])).await;

    assert!(matches!(response, Err(Error::Timeout)), "{response:?}");
    assert_eq!(requests_seen(&server).await, 2, "a timed-out GET is tried again, within the attempt bound");
}

#[tokio::test]
async fn concurrency_cap_limits_requests_in_flight() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ok_body().set_delay(Duration::from_millis(100))).mount(&server).await;
    let in_flight = Arc::new(AtomicUsize::new(0));
    let most = Arc::new(AtomicUsize::new(0));
    let (now, peak) = (Arc::clone(&in_flight), Arc::clone(&most));
    let done = Arc::clone(&in_flight);
    let client = Client::builder(server.uri())
        .max_concurrent_requests(2)
        .before_send(move |_| {
            let n = now.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(n, Ordering::SeqCst);
        })
        .after_receive(move |_| {
            done.fetch_sub(1, Ordering::SeqCst);
        })
        .build()
        .expect("client builds");

    let calls = (0..6).map(|_| client.send::<serde_json::Value>(Request::new(Method::GET, &["things"])));
    let results = futures_util::future::join_all(calls).await;

    assert!(results.iter().all(Result::is_ok));
    assert_eq!(requests_seen(&server).await, 6);
    // Six calls started together, each answered after 100 ms: two at a time, never more.
    assert_eq!(most.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn hooks_see_every_attempt_without_the_query() {
    let server = MockServer::start().await;
    answer_first_then(&server, 1, ResponseTemplate::new(503), ok_body()).await;
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = Arc::clone(&seen);
    let client = Client::builder(server.uri())
        .retry(fast_retries())
        .before_send(|request| {
            request.headers_mut().insert("x-trace", postgen_runtime::reqwest::header::HeaderValue::from_static("abc"));
        })
        .after_receive(move |exchange| {
            if let Ok(mut seen) = record.lock() {
                seen.push((exchange.attempt, exchange.status, exchange.url.to_string()));
            }
        })
        .build()
        .expect("client builds");

    let response = client.send::<serde_json::Value>(Request::new(Method::GET, &["things"]).query("api_key", "secret")).await;

    assert!(response.is_ok());
    let seen = seen.lock().map(|s| s.clone()).unwrap_or_default();
    let url = format!("{}/things", server.uri());
    assert_eq!(seen, vec![(1, Some(503), url.clone()), (2, Some(200), url)]);
    let requests = server.received_requests().await.unwrap_or_default();
    assert!(requests.iter().all(|r| r.headers.get("x-trace").is_some_and(|v| v == "abc")));
}
