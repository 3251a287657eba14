//! The OAuth refresh-token flow against a real token endpoint on 127.0.0.1: caching,
//! single-flight refresh, the endpoint's quirks, token stores, and secrecy.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use postgen_runtime::secrecy::{ExposeSecret, SecretString};
use postgen_runtime::{
    Auth, Error, FileTokenStore, MemoryTokenStore, OAuth, OAuthBuilder, StoredToken, TokenStore,
};
use wiremock::matchers::{body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const CLIENT_ID: &str = "1000.CLIENTID";
const CLIENT_SECRET: &str = "client-s3cr3t-value";
const REFRESH_TOKEN: &str = "1000.refresh-s3cr3t";
const TOKEN_PATH: &str = "/oauth/v2/token";

/// Issues `access-1`, `access-2`, … (`expires_in` 3600 unless `extra` says otherwise).
struct Issuer {
    issued: AtomicUsize,
    extra: serde_json::Value,
    delay: Duration,
}

impl Issuer {
    fn new(extra: serde_json::Value) -> Self {
        Issuer {
            issued: AtomicUsize::new(0),
            extra,
            delay: Duration::ZERO,
        }
    }
}

impl Respond for Issuer {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.issued.fetch_add(1, Ordering::SeqCst) + 1;
        let mut body = serde_json::json!({
            "access_token": format!("access-{n}"),
            "expires_in": 3600,
            "token_type": "Bearer",
        });
        if let (Some(body), Some(extra)) = (body.as_object_mut(), self.extra.as_object()) {
            body.extend(extra.clone());
        }
        ResponseTemplate::new(200)
            .set_body_json(body)
            .set_delay(self.delay)
    }
}

/// A failed refresh is followed by a back-off (1 s after the first failure) before the next
/// token request.
async fn past_the_first_back_off() {
    tokio::time::sleep(Duration::from_millis(1_100)).await;
}

fn token_request() -> wiremock::MockBuilder {
    Mock::given(method("POST")).and(path(TOKEN_PATH))
}

fn flow(server: &MockServer) -> OAuthBuilder {
    OAuth::refresh_token_flow(
        format!("{}{TOKEN_PATH}", server.uri()),
        CLIENT_ID,
        CLIENT_SECRET,
        REFRESH_TOKEN,
    )
}

fn build(builder: OAuthBuilder) -> OAuth {
    builder.build().unwrap_or_else(|e| panic!("{e}"))
}

async fn authorization(oauth: &OAuth) -> String {
    oauth
        .current_authorization()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

fn stored(access_token: &str, expires_in: Duration, refresh_token: Option<&str>) -> StoredToken {
    StoredToken {
        access_token: SecretString::from(access_token),
        expires_at: SystemTime::now() + expires_in,
        api_domain: None,
        refresh_token: refresh_token.map(SecretString::from),
    }
}

fn load(store: &dyn TokenStore) -> StoredToken {
    match store.load() {
        Ok(Some(token)) => token,
        other => panic!("expected a stored token, got {other:?}"),
    }
}

#[tokio::test]
async fn token_is_fetched_once_and_cached() {
    let server = MockServer::start().await;
    token_request()
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string_contains("grant_type=refresh_token"))
        .and(body_string_contains("client_id=1000.CLIENTID"))
        .and(body_string_contains("client_secret=client-s3cr3t-value"))
        .and(body_string_contains("refresh_token=1000.refresh-s3cr3t"))
        .respond_with(Issuer::new(serde_json::json!({})))
        .expect(1)
        .mount(&server)
        .await;
    let oauth = build(flow(&server).scheme("Zoho-oauthtoken"));
    for _ in 0..3 {
        assert_eq!(authorization(&oauth).await, "Zoho-oauthtoken access-1");
    }
    // Clones share the cache.
    assert_eq!(
        authorization(&oauth.clone()).await,
        "Zoho-oauthtoken access-1"
    );
    server.verify().await;
}

#[tokio::test]
async fn eight_concurrent_callers_cause_exactly_one_refresh() {
    let server = MockServer::start().await;
    let mut issuer = Issuer::new(serde_json::json!({}));
    // Slow enough that all eight callers arrive while the refresh is in flight.
    issuer.delay = Duration::from_millis(300);
    token_request()
        .respond_with(issuer)
        .expect(1)
        .mount(&server)
        .await;
    let oauth = build(flow(&server));
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let oauth = oauth.clone();
            tokio::spawn(async move { oauth.current_authorization().await })
        })
        .collect();
    for task in tasks {
        let header = task.await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(header.unwrap_or_else(|e| panic!("{e}")), "Bearer access-1");
    }
    server.verify().await;
}

#[tokio::test]
async fn token_is_refreshed_ahead_of_expiry() {
    let server = MockServer::start().await;
    token_request()
        .respond_with(Issuer::new(serde_json::json!({"expires_in": 2})))
        .expect(2)
        .mount(&server)
        .await;
    let oauth = build(flow(&server).refresh_ahead(Duration::from_secs(1)));
    assert_eq!(authorization(&oauth).await, "Bearer access-1");
    assert_eq!(authorization(&oauth).await, "Bearer access-1");
    // Past the refresh point, still a second before the token would expire.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(authorization(&oauth).await, "Bearer access-2");
    server.verify().await;
}

#[tokio::test]
async fn stored_token_within_refresh_ahead_of_expiry_is_refreshed() {
    let server = MockServer::start().await;
    token_request()
        .respond_with(Issuer::new(serde_json::json!({})))
        .expect(1)
        .mount(&server)
        .await;
    let store = MemoryTokenStore::new();
    store
        .save(&stored("old", Duration::from_secs(30), None))
        .unwrap_or_else(|e| panic!("{e}"));
    let oauth = build(flow(&server).store(store));
    assert_eq!(authorization(&oauth).await, "Bearer access-1");
    server.verify().await;
}

#[tokio::test]
async fn valid_stored_token_is_used_without_refreshing() {
    let server = MockServer::start().await;
    token_request()
        .respond_with(Issuer::new(serde_json::json!({})))
        .expect(0)
        .mount(&server)
        .await;
    let store = MemoryTokenStore::new();
    store
        .save(&stored("kept", Duration::from_secs(600), None))
        .unwrap_or_else(|e| panic!("{e}"));
    let oauth = build(flow(&server).store(store));
    assert_eq!(authorization(&oauth).await, "Bearer kept");
    server.verify().await;
}

#[tokio::test]
async fn error_in_http_200_body_is_an_oauth_error() {
    let server = MockServer::start().await;
    // Zoho reports a bad or revoked refresh token with HTTP 200.
    token_request()
        .respond_with(
            ResponseTemplate::new(200).set_body_json(serde_json::json!({"error": "invalid_code"})),
        )
        .mount(&server)
        .await;
    match build(flow(&server)).current_authorization().await {
        Err(Error::OAuth {
            status: 200,
            error,
            description: None,
        }) => assert_eq!(error, "invalid_code"),
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn error_description_is_kept_and_non_json_failure_is_named_after_status() {
    let server = MockServer::start().await;
    token_request()
        .respond_with(ResponseTemplate::new(400).set_body_json(
            serde_json::json!({"error": "invalid_grant", "error_description": "token revoked"}),
        ))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    token_request()
        .respond_with(ResponseTemplate::new(502).set_body_string("<html>bad gateway</html>"))
        .mount(&server)
        .await;
    let oauth = build(flow(&server));
    match oauth.current_authorization().await {
        Err(Error::OAuth {
            status: 400,
            error,
            description,
        }) => {
            assert_eq!(error, "invalid_grant");
            assert_eq!(description.as_deref(), Some("token revoked"));
        }
        other => panic!("unexpected {other:?}"),
    }
    past_the_first_back_off().await;
    match oauth.current_authorization().await {
        Err(Error::OAuth {
            status: 502,
            error,
            description: None,
        }) => assert_eq!(error, "http_502"),
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn success_without_access_token_is_an_invalid_token_response() {
    let server = MockServer::start().await;
    token_request()
        .respond_with(
            ResponseTemplate::new(200).set_body_json(serde_json::json!({"expires_in": 3600})),
        )
        .mount(&server)
        .await;
    match build(flow(&server)).current_authorization().await {
        Err(Error::OAuth {
            status: 200, error, ..
        }) => assert_eq!(error, "invalid_token_response"),
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn expires_in_as_numeric_string_is_accepted() {
    let server = MockServer::start().await;
    token_request()
        .respond_with(Issuer::new(serde_json::json!({"expires_in": "3600"})))
        .expect(1)
        .mount(&server)
        .await;
    let store = Arc::new(MemoryTokenStore::new());
    let oauth = build(flow(&server).store(Arc::clone(&store)));
    assert_eq!(authorization(&oauth).await, "Bearer access-1");
    assert_eq!(authorization(&oauth).await, "Bearer access-1");
    let remaining = load(&*store)
        .expires_at
        .duration_since(SystemTime::now())
        .unwrap_or_default();
    assert!(remaining > Duration::from_secs(3500), "{remaining:?}");
    server.verify().await;
}

#[tokio::test]
async fn failed_refresh_is_retried_after_its_back_off() {
    let server = MockServer::start().await;
    token_request()
        .respond_with(ResponseTemplate::new(500))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    token_request()
        .respond_with(Issuer::new(serde_json::json!({})))
        .expect(1)
        .mount(&server)
        .await;
    let oauth = build(flow(&server));
    assert!(matches!(
        oauth.current_authorization().await,
        Err(Error::OAuth { status: 500, .. })
    ));
    assert!(
        matches!(oauth.current_authorization().await, Err(Error::OAuth { status: 500, .. })),
        "within the back-off, the failure is answered again without a token request"
    );
    past_the_first_back_off().await;
    assert_eq!(authorization(&oauth).await, "Bearer access-1");
    server.verify().await;
}

#[tokio::test]
async fn api_domain_from_token_response_is_kept() {
    let server = MockServer::start().await;
    token_request()
        .respond_with(Issuer::new(
            serde_json::json!({"api_domain": "https://www.zohoapis.eu"}),
        ))
        .mount(&server)
        .await;
    let store = Arc::new(MemoryTokenStore::new());
    let oauth = build(flow(&server).store(Arc::clone(&store)));
    assert_eq!(authorization(&oauth).await, "Bearer access-1");
    let token = load(&*store);
    assert_eq!(token.api_domain.as_deref(), Some("https://www.zohoapis.eu"));
    assert_eq!(token.access_token.expose_secret(), "access-1");
    // Nothing rotated: the builder's refresh token is not copied into the store.
    assert!(token.refresh_token.is_none());
}

#[tokio::test]
async fn rotated_refresh_token_is_used_next_time() {
    let server = MockServer::start().await;
    // `expires_in: 0` makes every call refresh.
    token_request()
        .and(body_string_contains("refresh_token=1000.refresh-s3cr3t"))
        .respond_with(Issuer::new(
            serde_json::json!({"expires_in": 0, "refresh_token": "rotated-1"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    token_request()
        .and(body_string_contains("refresh_token=rotated-1"))
        .respond_with(Issuer::new(serde_json::json!({"expires_in": 0})))
        .expect(2)
        .mount(&server)
        .await;
    let store = Arc::new(MemoryTokenStore::new());
    let oauth = build(flow(&server).store(Arc::clone(&store)));
    assert_eq!(authorization(&oauth).await, "Bearer access-1");
    assert_eq!(authorization(&oauth).await, "Bearer access-1"); // from the second mock
    // The rotated token stays in the store after a refresh that did not rotate again ...
    let kept = load(&*store)
        .refresh_token
        .map(|t| t.expose_secret().to_owned());
    assert_eq!(kept.as_deref(), Some("rotated-1"));
    // ... and wins over the builder's in a new process.
    let restarted = build(flow(&server).store(Arc::clone(&store)));
    assert_eq!(authorization(&restarted).await, "Bearer access-2");
    server.verify().await;
}

/// A store whose saves fail.
#[derive(Debug)]
struct FailingStore;

impl TokenStore for FailingStore {
    fn load(&self) -> Result<Option<StoredToken>, Error> {
        Ok(None)
    }

    fn save(&self, _: &StoredToken) -> Result<(), Error> {
        Err(Error::TokenStore("disk full".to_owned()))
    }
}

#[tokio::test]
async fn store_save_failure_is_a_token_store_error() {
    let server = MockServer::start().await;
    token_request()
        .respond_with(Issuer::new(serde_json::json!({})))
        .expect(1)
        .mount(&server)
        .await;
    let oauth = build(flow(&server).store(FailingStore));
    match oauth.current_authorization().await {
        Err(Error::TokenStore(message)) => assert_eq!(message, "disk full"),
        other => panic!("unexpected {other:?}"),
    }
    // The token obtained is still valid and used; no second refresh.
    assert_eq!(authorization(&oauth).await, "Bearer access-1");
    server.verify().await;
}

#[cfg(unix)]
fn mode_and_inode(path: &std::path::Path) -> (u32, u64) {
    use std::os::unix::fs::MetadataExt as _;
    let meta = std::fs::metadata(path).unwrap_or_else(|e| panic!("{e}"));
    (meta.mode() & 0o777, meta.ino())
}

#[test]
fn file_store_round_trips_with_mode_0600_and_atomic_replace() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("token.json");
    std::fs::write(&path, "previous").unwrap_or_else(|e| panic!("{e}"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let readable = std::fs::Permissions::from_mode(0o644);
        std::fs::set_permissions(&path, readable).unwrap_or_else(|e| panic!("{e}"));
    }
    #[cfg(unix)]
    let (_, old_inode) = mode_and_inode(&path);

    let store = FileTokenStore::new(&path);
    let expires_at = UNIX_EPOCH + Duration::from_secs(1_900_000_000);
    let token = StoredToken {
        access_token: SecretString::from("access-a"),
        expires_at,
        api_domain: Some("https://www.zohoapis.com".to_owned()),
        refresh_token: Some(SecretString::from("rotated-a")),
    };
    store.save(&token).unwrap_or_else(|e| panic!("{e}"));

    let back = load(&store);
    assert_eq!(back.access_token.expose_secret(), "access-a");
    assert_eq!(back.expires_at, expires_at);
    assert_eq!(back.api_domain.as_deref(), Some("https://www.zohoapis.com"));
    assert_eq!(
        back.refresh_token.as_ref().map(|t| t.expose_secret()),
        Some("rotated-a")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json["expires_at"], 1_900_000_000);
    assert_eq!(json["access_token"], "access-a");

    #[cfg(unix)]
    {
        // A new file renamed over the old one (new inode), never the old one rewritten.
        let (mode, inode) = mode_and_inode(&path);
        assert_eq!(mode, 0o600);
        assert_ne!(inode, old_inode);
    }

    let replacement = StoredToken {
        api_domain: None,
        refresh_token: None,
        ..token
    };
    store.save(&replacement).unwrap_or_else(|e| panic!("{e}"));
    let back = load(&store);
    assert_eq!(back.api_domain, None);
    assert!(back.refresh_token.is_none());
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|entry| {
            entry
                .map(|e| e.file_name())
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    assert_eq!(names, ["token.json"]);
}

#[test]
fn file_store_missing_file_is_none_and_corrupt_file_is_error() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("token.json");
    let store = FileTokenStore::new(&path);
    assert!(matches!(store.load(), Ok(None)));

    for corrupt in [
        "not json",
        r#"{"access_token": "access-s3cr3t", "expires_at": "soon"}"#,
    ] {
        std::fs::write(&path, corrupt).unwrap_or_else(|e| panic!("{e}"));
        match store.load() {
            Err(Error::TokenStore(message)) => {
                assert!(message.contains(&path.display().to_string()), "{message}");
                assert!(!message.contains("access-s3cr3t"), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[tokio::test]
async fn file_store_keeps_the_token_across_restarts() {
    let server = MockServer::start().await;
    token_request()
        .respond_with(Issuer::new(serde_json::json!({})))
        .expect(1)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("token.json");
    let first = build(flow(&server).store(FileTokenStore::new(&path)));
    assert_eq!(authorization(&first).await, "Bearer access-1");
    let restarted = build(flow(&server).store(FileTokenStore::new(&path)));
    assert_eq!(authorization(&restarted).await, "Bearer access-1");
    server.verify().await;
}

#[test]
fn invalid_token_url_or_scheme_is_a_config_error() {
    let urls = [
        "not a url",
        "ftp://accounts.example.com/token",
        "https://user:pa55word@accounts.example.com/token",
        "https://accounts.example.com/token#frag",
        "mailto:someone@example.com",
    ];
    for url in urls {
        match OAuth::refresh_token_flow(url, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN).build() {
            Err(Error::Config(message)) => assert!(!message.contains("pa55word"), "{message}"),
            other => panic!("{url}: unexpected {other:?}"),
        }
    }
    let bad_scheme = OAuth::refresh_token_flow(
        "https://a.example.com/t",
        CLIENT_ID,
        CLIENT_SECRET,
        REFRESH_TOKEN,
    )
    .scheme("two words")
    .build();
    assert!(
        matches!(bad_scheme, Err(Error::Config(_))),
        "{bad_scheme:?}"
    );
}

#[tokio::test]
async fn unreachable_token_endpoint_is_a_transport_error() {
    // A port that was just free: nothing listens there.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let port = listener
        .local_addr()
        .unwrap_or_else(|e| panic!("{e}"))
        .port();
    drop(listener);
    let url = format!("http://127.0.0.1:{port}/token?tenant=x");
    let oauth = build(OAuth::refresh_token_flow(
        url,
        CLIENT_ID,
        CLIENT_SECRET,
        REFRESH_TOKEN,
    ));
    match oauth.current_authorization().await {
        Err(error @ Error::Transport(_)) => {
            let shown = format!("{error} {error:?}");
            assert!(
                !shown.contains(CLIENT_SECRET) && !shown.contains(REFRESH_TOKEN),
                "{shown}"
            );
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn secrets_never_in_debug_or_error() {
    let server = MockServer::start().await;
    // An endpoint that echoes the request into its error.
    token_request()
        .respond_with(ResponseTemplate::new(401).set_body_json(serde_json::json!({
            "error": "invalid_client",
            "error_description": format!("client_secret={CLIENT_SECRET}&refresh_token={REFRESH_TOKEN}"),
        })))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    token_request()
        .respond_with(Issuer::new(
            serde_json::json!({"refresh_token": "rotated-s3cr3t"}),
        ))
        .mount(&server)
        .await;
    let url = format!("{}{TOKEN_PATH}?key=query-s3cr3t", server.uri());
    let builder = OAuth::refresh_token_flow(url, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)
        .scheme("Zoho-oauthtoken");
    let store = Arc::new(MemoryTokenStore::new());
    let mut shown = vec![format!("{builder:?}")];
    let oauth = build(builder.store(Arc::clone(&store)));

    let error = match oauth.current_authorization().await {
        Err(error) => error,
        Ok(_) => panic!("the first token request fails"),
    };
    shown.push(format!("{error} {error:?}"));
    past_the_first_back_off().await;
    assert_eq!(authorization(&oauth).await, "Zoho-oauthtoken access-1");
    shown.push(format!("{oauth:?}"));
    shown.push(format!("{:?}", Auth::oauth(oauth.clone())));
    shown.push(format!("{:?} {store:?}", load(&*store)));

    let secrets = [
        CLIENT_SECRET,
        REFRESH_TOKEN,
        "access-1",
        "rotated-s3cr3t",
        "query-s3cr3t",
    ];
    for text in &shown {
        for secret in secrets {
            assert!(!text.contains(secret), "{secret} shown in {text}");
        }
    }
    assert!(
        shown[3].starts_with("OAuth(OAuth { token_url: "),
        "{}",
        shown[3]
    );
    assert!(
        shown[2].contains(TOKEN_PATH) && shown[2].contains("Zoho-oauthtoken"),
        "{}",
        shown[2]
    );
}
