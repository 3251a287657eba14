//! Credentials reach the server in the right place and nowhere else.

mod common;

use common::{answer_everything, client_for, header, only_request};
use postgen_runtime::{Auth, Client, Error, Method, Request};
use wiremock::{MockServer, ResponseTemplate};

const SECRET: &str = "t0k3n-v3ry-s3cr3t";

async fn request_seen_with(auth: Auth) -> wiremock::Request {
    let server = MockServer::start().await;
    answer_everything(&server, ResponseTemplate::new(204)).await;
    client_for(&server, auth)
        .send::<()>(Request::new(Method::GET, &["me"]))
        .await
        .expect("success");
    only_request(&server).await
}

#[tokio::test]
async fn bearer_token_is_sent_in_authorization_header() {
    let seen = request_seen_with(Auth::bearer(SECRET)).await;
    assert_eq!(
        header(&seen, "authorization").as_deref(),
        Some("Bearer t0k3n-v3ry-s3cr3t")
    );
    assert_eq!(seen.url.query(), None);
}

#[tokio::test]
async fn custom_scheme_token_is_sent() {
    let seen = request_seen_with(Auth::token("Zoho-oauthtoken", "1000.abc.def")).await;
    assert_eq!(
        header(&seen, "authorization").as_deref(),
        Some("Zoho-oauthtoken 1000.abc.def")
    );
}

#[tokio::test]
async fn basic_auth_is_sent() {
    let seen = request_seen_with(Auth::basic("user", Some("pass".to_owned()))).await;
    // base64("user:pass")
    assert_eq!(
        header(&seen, "authorization").as_deref(),
        Some("Basic dXNlcjpwYXNz")
    );

    let seen = request_seen_with(Auth::basic("user", None)).await;
    // base64("user:")
    assert_eq!(
        header(&seen, "authorization").as_deref(),
        Some("Basic dXNlcjo=")
    );
}

#[tokio::test]
async fn api_key_in_query_and_header() {
    let seen = request_seen_with(Auth::api_key_query("api_key", "k y&1")).await;
    assert_eq!(seen.url.query(), Some("api_key=k%20y%261"));
    assert_eq!(header(&seen, "authorization"), None);

    let seen = request_seen_with(Auth::api_key_header("X-Api-Key", SECRET)).await;
    assert_eq!(header(&seen, "x-api-key").as_deref(), Some(SECRET));
    assert_eq!(seen.url.query(), None);
    assert_eq!(header(&seen, "authorization"), None);
}

#[tokio::test]
async fn api_key_in_query_follows_the_request_query() {
    let server = MockServer::start().await;
    answer_everything(&server, ResponseTemplate::new(204)).await;
    let client = client_for(&server, Auth::api_key_query("key", "abc"));

    client
        .send::<()>(Request::new(Method::GET, &["items"]).query("page", 2))
        .await
        .expect("success");

    assert_eq!(
        only_request(&server).await.url.query(),
        Some("page=2&key=abc")
    );
}

#[tokio::test]
async fn auth_replaces_an_authorization_header_set_on_the_request() {
    let server = MockServer::start().await;
    answer_everything(&server, ResponseTemplate::new(204)).await;
    let client = client_for(&server, Auth::bearer(SECRET));

    let request = Request::new(Method::GET, &["me"]).header("Authorization", "Bearer {{token}}");
    client.send::<()>(request).await.expect("success");

    let seen = only_request(&server).await;
    let values: Vec<_> = seen.headers.get_all("authorization").iter().collect();
    assert_eq!(values, vec!["Bearer t0k3n-v3ry-s3cr3t"]);
}

#[tokio::test]
async fn no_auth_sends_no_credentials() {
    let seen = request_seen_with(Auth::None).await;
    assert_eq!(header(&seen, "authorization"), None);
    assert_eq!(seen.url.query(), None);
}

#[tokio::test]
async fn request_marked_without_auth_carries_no_credentials() {
    for auth in [Auth::bearer(SECRET), Auth::api_key_query("key", SECRET)] {
        let server = MockServer::start().await;
        answer_everything(&server, ResponseTemplate::new(204)).await;
        let client = client_for(&server, auth);

        client.send::<()>(Request::new(Method::POST, &["oauth", "token"]).without_auth()).await.expect("sent");

        let seen = only_request(&server).await;
        assert_eq!(header(&seen, "authorization"), None);
        assert_eq!(seen.url.query(), None);
    }
}

#[tokio::test]
async fn token_never_appears_in_debug_output() {
    let auths = [
        Auth::bearer(SECRET),
        Auth::token("Zoho-oauthtoken", SECRET),
        Auth::basic("user", Some(SECRET.to_owned())),
        Auth::api_key_header("X-Api-Key", SECRET),
        Auth::api_key_query("api_key", SECRET),
    ];
    for auth in &auths {
        let shown = format!("{auth:?}");
        assert!(!shown.contains(SECRET), "{shown}");
        assert!(shown.contains("[REDACTED]"), "{shown}");
    }
    assert_eq!(
        format!("{:?}", auths[0]),
        r#"Token { scheme: "Bearer", token: [REDACTED] }"#
    );
    assert_eq!(
        format!("{:?}", auths[2]),
        r#"Basic { username: "user", password: Some([REDACTED]) }"#
    );

    let client = Client::builder("https://api.example.com/v1")
        .auth(Auth::bearer(SECRET))
        .default_header("X-Tenant-Secret", SECRET)
        .build()
        .expect("client builds");
    let shown = format!("{client:?} {client:#?}");
    assert!(!shown.contains(SECRET), "{shown}");
    assert!(shown.contains("x-tenant-secret"), "{shown}");

    // An error from a request carrying the secret in a header and in the query.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let client = Client::builder(format!("http://127.0.0.1:{port}"))
        .auth(Auth::api_key_query("api_key", SECRET))
        .build()
        .expect("client builds");
    let request = Request::new(Method::GET, &["me"]).header("X-Other", SECRET);
    let err = client
        .send::<()>(request)
        .await
        .expect_err("nothing listens");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    let shown = format!("{err:?} {err} {:?}", std::error::Error::source(&err));
    assert!(!shown.contains(SECRET), "{shown}");
    assert!(
        shown.contains(&format!("127.0.0.1:{port}/me")),
        "the error should still name the URL: {shown}"
    );

    // A header value that cannot be sent is reported without the value.
    let bad = Request::new(Method::GET, &["me"]).header("X-Other", format!("{SECRET}\r\n"));
    let err = client.send::<()>(bad).await.expect_err("invalid header");
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert!(!format!("{err:?} {err}").contains(SECRET));
}

/// A request naming an auth scheme (a token request under basic auth in a bearer API)
/// carries that scheme's credentials when the client holds them, none otherwise, and never
/// the client's own.
#[tokio::test]
async fn a_request_naming_a_scheme_carries_that_schemes_credentials_and_never_the_clients() {
    let server = MockServer::start().await;
    answer_everything(&server, ResponseTemplate::new(204)).await;
    let client = client_for(&server, Auth::bearer(SECRET));
    let token_request = || Request::route("POST", "/oauth/token", &[]).auth_scheme("basic");

    client.send::<()>(token_request()).await.expect("success");
    let with_basic = client.with_scheme_auth("basic", Auth::basic("app", Some("pw".to_owned())));
    with_basic.send::<()>(token_request()).await.expect("success");
    with_basic.send::<()>(Request::route("GET", "/me", &[])).await.expect("success");

    let seen = server.received_requests().await.unwrap_or_default();
    let authorization: Vec<Option<String>> = seen.iter().map(|r| header(r, "authorization")).collect();
    assert_eq!(
        authorization,
        [None, Some("Basic YXBwOnB3".to_owned()), Some(format!("Bearer {SECRET}"))],
        "no credentials set for the scheme: none sent; set: those; other requests: the client's"
    );
}
