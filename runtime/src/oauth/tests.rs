//! Behaviour of the crate-internal token API the client calls (`access_token`,
//! `after_rejection`), against a real token endpoint on 127.0.0.1.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use super::*;

/// Issues `access-1`, `access-2`, … with the given extra response fields, after `delay`.
struct Issuer {
    issued: AtomicUsize,
    extra: serde_json::Value,
    delay: Duration,
}

impl Respond for Issuer {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.issued.fetch_add(1, Ordering::SeqCst) + 1;
        let mut body =
            serde_json::json!({"access_token": format!("access-{n}"), "expires_in": 3600});
        if let (Some(body), Some(extra)) = (body.as_object_mut(), self.extra.as_object()) {
            body.extend(extra.clone());
        }
        ResponseTemplate::new(200)
            .set_body_json(body)
            .set_delay(self.delay)
    }
}

async fn token_endpoint(extra: serde_json::Value, delay: Duration, expected: u64) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(Issuer {
            issued: AtomicUsize::new(0),
            extra,
            delay,
        })
        .expect(expected)
        .mount(&server)
        .await;
    server
}

fn oauth_for(server: &MockServer) -> OAuth {
    OAuth::refresh_token_flow(format!("{}/token", server.uri()), "id", "secret", "refresh")
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn header_text(token: &AccessToken) -> &str {
    token.header.to_str().unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn rejected_token_is_refreshed_once_even_with_concurrent_rejections() {
    let server = token_endpoint(serde_json::json!({}), Duration::from_millis(200), 3).await;
    let oauth = oauth_for(&server);
    let first = oauth.access_token(None).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(header_text(&first), "Bearer access-1");
    assert!(first.header.is_sensitive());

    // Eight requests were all answered 401 to the same token: one refresh replaces it.
    let first = Arc::new(first);
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let (oauth, first) = (oauth.clone(), Arc::clone(&first));
            tokio::spawn(async move { oauth.after_rejection(&first, None).await })
        })
        .collect();
    let mut replacements = Vec::new();
    for task in tasks {
        let token = task.await.unwrap_or_else(|e| panic!("{e}"));
        replacements.push(token.unwrap_or_else(|e| panic!("{e}")));
    }
    for token in &replacements {
        assert_eq!(header_text(token), "Bearer access-2");
    }
    // A late rejection of the old token gets the replacement, without another refresh.
    let late = oauth
        .after_rejection(&first, None)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(header_text(&late), "Bearer access-2");
    assert_eq!(
        header_text(&oauth.access_token(None).await.unwrap_or_else(|e| panic!("{e}"))),
        "Bearer access-2"
    );

    // The replacement rejected in turn is refreshed again.
    let third = oauth
        .after_rejection(&replacements[0], None)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(header_text(&third), "Bearer access-3");
    server.verify().await;
}

#[tokio::test]
async fn api_domain_from_token_response_reaches_the_client() {
    let extra = serde_json::json!({"api_domain": "https://www.zohoapis.eu"});
    let server = token_endpoint(extra, Duration::ZERO, 1).await;
    let token = oauth_for(&server)
        .access_token(None)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        token.api_domain.as_ref().map(Url::as_str),
        Some("https://www.zohoapis.eu/")
    );
    assert!(!format!("{token:?}").contains("access-1"));
}

#[tokio::test]
async fn unusable_api_domain_is_an_invalid_token_response() {
    let extra = serde_json::json!({"api_domain": "javascript:alert(1)"});
    let server = token_endpoint(extra, Duration::ZERO, 1).await;
    match oauth_for(&server).access_token(None).await {
        Err(Error::OAuth { error, .. }) => assert_eq!(error, "invalid_token_response"),
        other => panic!("unexpected {other:?}"),
    }
}
