//! The OAuth refresh-token flow through the `Client`: refresh when expired, one refresh
//! for many callers, refresh-and-replay once on 401, token errors in HTTP 200, `api_domain`;
//! a token endpoint and an API on 127.0.0.1 (wiremock).

use std::time::{Duration, SystemTime};

use postgen_runtime::secrecy::SecretString;
use postgen_runtime::{Auth, Client, Error, MemoryTokenStore, Method, OAuth, Request, StoredToken, TokenStore};
use wiremock::matchers::{body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A token endpoint issuing `fresh-token` for an hour, `expect`ed to be called `times`.
async fn token_endpoint(times: u64) -> MockServer {
    let accounts = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/v2/token"))
        .and(body_string_contains("grant_type=refresh_token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "fresh-token", "expires_in": 3600, "token_type": "Bearer"
        })))
        .expect(times)
        .mount(&accounts)
        .await;
    accounts
}

/// A store holding `stale-token`, expired a minute ago (or valid for an hour).
fn store_with(expired: bool) -> MemoryTokenStore {
    let store = MemoryTokenStore::new();
    let expires_at = if expired {
        SystemTime::now() - Duration::from_secs(60)
    } else {
        SystemTime::now() + Duration::from_secs(3600)
    };
    let token = StoredToken {
        access_token: SecretString::from("stale-token"),
        expires_at,
        api_domain: None,
        refresh_token: None,
    };
    store.save(&token).expect("memory store saves");
    store
}

fn client(api: &MockServer, accounts: &MockServer, store: MemoryTokenStore) -> Client {
    let oauth = OAuth::refresh_token_flow(format!("{}/oauth/v2/token", accounts.uri()), "client-id", "client-secret", "refresh-secret")
        .scheme("Zoho-oauthtoken")
        .store(store)
        .build()
        .expect("oauth builds");
    Client::builder(api.uri()).auth(Auth::oauth(oauth)).build().expect("client builds")
}

/// The API answers 200 only to the fresh token.
async fn api_accepting_fresh_token(times: u64) -> MockServer {
    let api = MockServer::start().await;
    Mock::given(header("authorization", "Zoho-oauthtoken fresh-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"users": []})))
        .expect(times)
        .with_priority(1)
        .mount(&api)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401).set_body_json(serde_json::json!({"code": "INVALID_TOKEN"})))
        .with_priority(2)
        .mount(&api)
        .await;
    api
}

fn users() -> Request {
    Request::new(Method::GET, &["crm", "v2", "users"])
}

#[tokio::test]
async fn oauth_token_is_refreshed_when_expired() {
    let accounts = token_endpoint(1).await;
    let api = api_accepting_fresh_token(1).await;

    let response = client(&api, &accounts, store_with(true)).send::<serde_json::Value>(users()).await;

    assert_eq!(response.expect("refreshed before sending").status, 200);
    let sent = api.received_requests().await.unwrap_or_default();
    assert_eq!(sent.len(), 1, "the stale token was never sent");
}

#[tokio::test]
async fn eight_concurrent_calls_with_an_expired_token_cause_exactly_one_refresh() {
    let accounts = token_endpoint(1).await;
    let api = api_accepting_fresh_token(8).await;
    let client = client(&api, &accounts, store_with(true));

    let calls = (0..8).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.send::<serde_json::Value>(users()).await })
    });
    let results = futures_util::future::join_all(calls).await;

    for result in results {
        assert_eq!(result.expect("task ran").expect("call succeeded").status, 200);
    }
    // `expect(1)` on the token endpoint is verified when `accounts` drops.
    assert_eq!(accounts.received_requests().await.map_or(0, |r| r.len()), 1);
}

#[tokio::test]
async fn status_401_refreshes_and_replays_once() {
    // The stored token looks valid but the API has revoked it.
    let accounts = token_endpoint(1).await;
    let api = api_accepting_fresh_token(1).await;

    let response = client(&api, &accounts, store_with(false)).send::<serde_json::Value>(users()).await;

    assert_eq!(response.expect("replayed with the fresh token").status, 200);
    let sent: Vec<String> = api
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter_map(|r| r.headers.get("authorization").and_then(|v| v.to_str().ok()).map(str::to_owned))
        .collect();
    assert_eq!(sent, ["Zoho-oauthtoken stale-token", "Zoho-oauthtoken fresh-token"]);
}

#[tokio::test]
async fn status_401_after_the_replay_is_returned_not_looped() {
    let accounts = token_endpoint(1).await;
    let api = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401).set_body_json(serde_json::json!({"code": "INVALID_TOKEN"})))
        .expect(2)
        .mount(&api)
        .await;

    let response = client(&api, &accounts, store_with(false)).send::<serde_json::Value>(users()).await;

    match response {
        Err(error @ Error::Auth { .. }) => assert_eq!(error.code(), Some("INVALID_TOKEN")),
        other => panic!("expected the second 401, got {other:?}"),
    }
}

#[tokio::test]
async fn token_error_in_http_200_is_an_oauth_error() {
    let accounts = MockServer::start().await;
    Mock::given(path("/oauth/v2/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"error": "invalid_code"})))
        .mount(&accounts)
        .await;
    let api = api_accepting_fresh_token(0).await;

    let response = client(&api, &accounts, MemoryTokenStore::new()).send::<serde_json::Value>(users()).await;

    match response {
        Err(Error::OAuth { status, error, .. }) => assert_eq!((status, error.as_str()), (200, "invalid_code")),
        other => panic!("expected an OAuth error, got {other:?}"),
    }
    assert!(api.received_requests().await.unwrap_or_default().is_empty(), "nothing sent without a token");
}

#[tokio::test]
async fn api_domain_from_the_token_response_is_followed() {
    let regional = api_accepting_fresh_token(1).await;
    let accounts = MockServer::start().await;
    Mock::given(path("/oauth/v2/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "fresh-token", "expires_in": 3600, "api_domain": regional.uri()
        })))
        .mount(&accounts)
        .await;
    let configured = MockServer::start().await;

    let response = client(&configured, &accounts, MemoryTokenStore::new()).send::<serde_json::Value>(users()).await;

    assert_eq!(response.expect("sent to the api_domain").status, 200);
    assert!(configured.received_requests().await.unwrap_or_default().is_empty());
    let sent = regional.received_requests().await.unwrap_or_default();
    assert_eq!(sent.first().map(|r| r.url.path().to_owned()).as_deref(), Some("/crm/v2/users"));
}

#[tokio::test]
async fn token_never_in_debug_output_of_client_or_error() {
    let accounts = token_endpoint(1).await;
    let api = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401).set_body_string("denied"))
        .mount(&api)
        .await;
    let client = client(&api, &accounts, store_with(false));

    let error = client.send::<serde_json::Value>(users()).await.expect_err("401 twice");

    for shown in [format!("{client:?}"), format!("{error:?}"), error.to_string()] {
        for secret in ["stale-token", "fresh-token", "client-secret", "refresh-secret"] {
            assert!(!shown.contains(secret), "`{secret}` leaked into {shown}");
        }
    }
    let static_token = Client::builder(api.uri()).auth(Auth::token("Zoho-oauthtoken", "static-secret")).build().expect("builds");
    assert!(!format!("{static_token:?}").contains("static-secret"));
}
