//! The generated Zoho client against a raw TCP server on 127.0.0.1 that misbehaves on
//! purpose (the runtime's fault-suite server, `runtime/tests/faults/server.rs`): a silent
//! API, a failing or hanging token endpoint, listings that never end.

#[allow(dead_code)]
#[path = "../runtime/tests/common/raw_server.rs"]
mod raw_server;
#[allow(dead_code, unused_imports)]
#[path = "../runtime/tests/faults/server.rs"]
mod server;
#[path = "../runtime/tests/faults/token_endpoint.rs"]
mod token_endpoint;

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use postgen_e2e::repo_root;
use postgen_runtime::{CallOptions, DEFAULT_TIMEOUT, OAuth, RetryPolicy};
use serde_json::{Value, json};
use server::{FaultServer, answer, reply, send_then_stall, stay_silent};
use token_endpoint::{TokenEndpoint, api_and_token_endpoint};
use zoho_crm::types::GetUsersParams;
use zoho_crm::{Auth, Client, Error};

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

/// The generated client (`Client::new`) with Zoho's OAuth flow against a local token
/// endpoint.
fn zoho_with_oauth(server: &FaultServer) -> Client {
    let oauth = OAuth::refresh_token_flow(format!("{}/token", server.url), "1000.ID", "secret", "1000.refresh")
        .scheme("Zoho-oauthtoken")
        .build()
        .expect("flow builds");
    Client::new(&server.url, Auth::oauth(oauth)).expect("client builds")
}

/// 50 concurrent `get_users` while the token endpoint answers 500: one token request, the
/// failure shared (before: 50; Zoho throttles token refreshes per account).
#[tokio::test]
async fn fifty_listings_share_one_failed_token_refresh() {
    let (server, token_requests) = api_and_token_endpoint(TokenEndpoint::Fails500).await;
    let client = zoho_with_oauth(&server);
    let callers: Vec<_> = (0..50)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.get_users(&GetUsersParams::default()).await })
        })
        .collect();
    for caller in callers {
        let outcome = caller.await.expect("the caller finished");
        assert!(matches!(outcome, Err(Error::OAuth { status: 500, .. })), "{outcome:?}");
    }
    assert_eq!(token_requests.load(Ordering::SeqCst), 1);
    assert_eq!(server.requests(), 1, "no API request without a token");
}

/// A hanging token endpoint under the generated constructor's defaults: one token request,
/// ended by the OAuth client's 30 s timeout, not retried (before: 4 token requests over
/// 121.5 s). The clock is paused.
#[tokio::test(start_paused = true)]
async fn hanging_token_endpoint_ends_the_call_once() {
    let (server, token_requests) = api_and_token_endpoint(TokenEndpoint::Hangs).await;
    let client = zoho_with_oauth(&server);
    let started = tokio::time::Instant::now();
    let outcome = client.get_users(&GetUsersParams::default()).await;
    let took = started.elapsed();
    assert!(matches!(outcome, Err(Error::Timeout)), "{outcome:?}");
    assert_eq!(token_requests.load(Ordering::SeqCst), 1);
    assert!(took >= Duration::from_secs(29) && took <= DEFAULT_TIMEOUT + Duration::from_secs(5), "{took:?}");
}

/// The users of the doc page's sample answer (`GET /crm/v2/users`).
fn sample_users() -> Vec<Value> {
    let path = repo_root().join("collections/zoho-crm/schema/users.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let schema: Value = serde_json::from_str(&text).expect("schema file is JSON");
    schema["endpoints"][0]["response"]["sample"]["users"].as_array().cloned().expect("sample has users")
}

/// A Users API that always says `more_records: true`; `fresh_ids`: each page's users get
/// new ids (else every page is the same).
async fn endless_users(fresh_ids: bool) -> FaultServer {
    let users = Arc::new(sample_users());
    FaultServer::start(move |n, _, stream| {
        let page: Vec<Value> = users
            .iter()
            .enumerate()
            .map(|(i, user)| {
                let mut user = user.clone();
                if fresh_ids {
                    user["id"] = json!(format!("{n}-{i}"));
                }
                user
            })
            .collect();
        let body = json!({"users": page, "info": {"per_page": 3, "count": 3, "page": n + 1, "more_records": true}}).to_string();
        reply(stream, answer("200 OK", &[("Content-Type", "application/json")], body.as_bytes()))
    })
    .await
}

/// `get_users(..).pages()` against a server that answers the same page forever: the second
/// page repeats the first, the listing ends there with `Error::Listing` (before: no end).
#[tokio::test]
async fn zoho_listing_of_a_repeated_page_ends() {
    let server = endless_users(false).await;
    let client = Client::with_token(&server.url, "secret-token").expect("client builds");
    let mut pages = client.get_users(&GetUsersParams::default()).pages();
    let first = pages.next().await.expect("a first page").expect("it decodes");
    assert_eq!(first.body.users.len(), 3);
    let second = pages.next().await.expect("the listing reports why it stops");
    assert!(matches!(second, Err(Error::Listing(ref why)) if why.contains("repeats")), "{:?}", second.err());
    assert!(pages.next().await.is_none());
    assert_eq!(server.requests(), 2);
}

/// `get_users(..).items()` while `more_records` stays true with new users on every page: the
/// page cap (20 through `CallOptions::max_pages`) ends it after 20 requests and 60 users
/// (before: still paging after 1,000 pages).
#[tokio::test]
async fn zoho_items_stop_at_the_page_cap() {
    let server = endless_users(true).await;
    let client = Client::with_token(&server.url, "secret-token")
        .expect("client builds")
        .with_options(CallOptions::new().max_pages(20));
    let mut users = client.get_users(&GetUsersParams::default()).items();
    let mut read = 0;
    let ended = loop {
        match users.next().await {
            Some(Ok(_)) => read += 1,
            Some(Err(error)) => break error,
            None => panic!("the listing ended silently after {read} users"),
        }
        assert!(read <= 3_000, "still listing after 1,000 pages");
    };
    assert!(matches!(ended, Error::Listing(ref why) if why.contains("page cap")), "{ended:?}");
    assert_eq!(read, 60);
    assert_eq!(server.requests(), 20);
}
