//! A token endpoint that fails or hangs: one token request however many callers wait on it,
//! never repeated by the API's retry policy, bounded by the client's timeout, then a back-off.

use std::sync::atomic::Ordering;
use std::time::Duration;

use postgen_runtime::{Auth, Client, Error, Method, OAuth, Request};

use crate::server::FaultServer;
use crate::token_endpoint::{TokenEndpoint, api_and_token_endpoint};

fn oauth_client(server: &FaultServer, oauth_http: Option<reqwest::Client>, timeout: Duration) -> Client {
    let mut flow = OAuth::refresh_token_flow(format!("{}/token", server.url), "id", "secret", "refresh");
    if let Some(http) = oauth_http {
        flow = flow.http_client(http);
    }
    let oauth = flow.build().expect("flow builds");
    Client::builder(&server.url).auth(Auth::oauth(oauth)).timeout(timeout).build().expect("client builds")
}

/// 50 concurrent callers while the token endpoint answers 500: one token request, its
/// failure shared by every caller (before: 50, each waiter repeating the failed refresh).
#[tokio::test]
async fn fifty_callers_share_one_failed_refresh() {
    let (server, token_requests) = api_and_token_endpoint(TokenEndpoint::Fails500).await;
    let client = oauth_client(&server, None, Duration::from_secs(5));
    let calls = (0..50).map(|_| client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])));
    let outcomes = futures_util::future::join_all(calls).await;
    assert!(outcomes.iter().all(|o| matches!(o, Err(Error::OAuth { status: 500, .. }))), "{:?}", outcomes.first());
    assert_eq!(token_requests.load(Ordering::SeqCst), 1);
    assert_eq!(server.requests(), 1, "no API request goes out without a token");
}

/// A hanging token endpoint and a client timeout of 2 s: the call ends after about 2 s with
/// one token request (before: 121.5 s and 4 token requests, each with its own 30 s timeout,
/// retried by the API's retry policy). The clock is paused.
#[tokio::test(start_paused = true)]
async fn hanging_token_endpoint_obeys_the_client_timeout_and_is_not_retried() {
    let (server, token_requests) = api_and_token_endpoint(TokenEndpoint::Hangs).await;
    let client = oauth_client(&server, None, Duration::from_secs(2));
    let started = tokio::time::Instant::now();
    let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
    let took = started.elapsed();
    assert!(matches!(outcome, Err(Error::Timeout)), "{outcome:?}");
    assert_eq!(token_requests.load(Ordering::SeqCst), 1);
    assert!(took >= Duration::from_secs(2) && took < Duration::from_secs(10), "{took:?}");
}

/// 10 callers, an OAuth HTTP client with a 1 s timeout, a hanging token endpoint: one token
/// request, every caller done within a few seconds (before: 40 token requests one after
/// another; the last caller waited 40 s). The clock is paused.
#[tokio::test(start_paused = true)]
async fn ten_callers_behind_a_hanging_refresh_wait_for_one_timeout() {
    let (server, token_requests) = api_and_token_endpoint(TokenEndpoint::Hangs).await;
    let oauth_http = reqwest::Client::builder().timeout(Duration::from_secs(1)).build().expect("http client");
    let client = oauth_client(&server, Some(oauth_http), Duration::from_secs(30));
    let started = tokio::time::Instant::now();
    let calls = (0..10).map(|_| async {
        let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
        (outcome, started.elapsed())
    });
    let outcomes = futures_util::future::join_all(calls).await;
    assert_eq!(token_requests.load(Ordering::SeqCst), 1);
    let last = outcomes.iter().map(|(_, took)| *took).max().unwrap_or_default();
    assert!(last < Duration::from_secs(5), "the last caller waited {last:?}");
    assert!(outcomes.iter().all(|(o, _)| o.is_err()));
}

/// After a failed refresh, a call within the back-off gets the failure without a token
/// request; once the back-off has passed, the next call tries again.
#[tokio::test(start_paused = true)]
async fn failed_refresh_backs_off_before_the_next_attempt() {
    let (server, token_requests) = api_and_token_endpoint(TokenEndpoint::Fails500).await;
    let client = oauth_client(&server, None, Duration::from_secs(5));
    let get = || client.send::<serde_json::Value>(Request::new(Method::GET, &["x"]));
    assert!(get().await.is_err());
    assert!(get().await.is_err());
    assert_eq!(token_requests.load(Ordering::SeqCst), 1, "the second call falls within the back-off");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(get().await.is_err());
    assert_eq!(token_requests.load(Ordering::SeqCst), 2, "after the back-off, one more refresh");
}

/// A token endpoint and an API that each take 1.5 s, a client timeout of 2 s: the token's
/// time counts against the attempt, which ends at 2 s with `Error::Timeout` (before: both
/// had 2 s each, the call answered after 3 s). The clock is paused.
#[tokio::test(start_paused = true)]
async fn token_time_counts_against_the_attempt_timeout() {
    let slow = std::time::Duration::from_millis(1_500);
    let server = FaultServer::start(move |_, request, stream| async move {
        tokio::time::sleep(slow).await;
        let body: &[u8] = if request.target().starts_with("/token") { br#"{"access_token":"a"}"# } else { b"[]" };
        crate::server::reply(stream, crate::server::answer("200 OK", &[], body)).await;
    })
    .await;
    let oauth = OAuth::refresh_token_flow(format!("{}/token", server.url), "id", "secret", "refresh").build().expect("flow");
    let client = Client::builder(&server.url)
        .auth(Auth::oauth(oauth))
        .timeout(Duration::from_secs(2))
        .retry(postgen_runtime::RetryPolicy::never())
        .build()
        .expect("client builds");
    let started = tokio::time::Instant::now();
    let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
    let took = started.elapsed();
    assert!(matches!(outcome, Err(Error::Timeout)), "{outcome:?}");
    assert!(took >= Duration::from_secs(2) && took < Duration::from_millis(2_500), "{took:?}");
    assert_eq!(server.requests(), 2, "the token request and the API request");
}
