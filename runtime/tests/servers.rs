//! Named servers: each request reaches the server it names (or the base URL), and
//! credentials go only to servers the user configured: the client's auth to each of them,
//! a server's own auth instead where one is set; two real servers on 127.0.0.1 (wiremock).

mod common;

use common::{answer_everything, header, only_request};
use postgen_runtime::{Auth, Client, Error, Method, Request, RetryPolicy};
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// An API host and an OAuth host, each answering 204 to everything.
async fn two_servers() -> (MockServer, MockServer) {
    let (api, auth) = (MockServer::start().await, MockServer::start().await);
    answer_everything(&api, ResponseTemplate::new(204)).await;
    answer_everything(&auth, ResponseTemplate::new(204)).await;
    (api, auth)
}

fn requests_to_both() -> (Request, Request) {
    let users = Request::new(Method::GET, &["v1", "users"]);
    let token = Request::new(Method::POST, &["oauth", "token"]).server("auth_url");
    (users, token)
}

/// A client for `api` whose `auth_url` server is `auth_server`, with `auth`, one attempt
/// per request.
fn two_server_client(api: &MockServer, auth_server: &MockServer, auth: Auth) -> Client {
    Client::builder(api.uri())
        .server("auth_url", auth_server.uri())
        .auth(auth)
        .retry(RetryPolicy::never())
        .build()
        .expect("client builds")
}

async fn send(client: &Client, request: Request) {
    client.send::<()>(request).await.expect("the server answers 204");
}

#[tokio::test]
async fn each_request_goes_to_its_server_with_the_clients_credentials() {
    let (api, auth) = two_servers().await;
    let client = Client::builder(format!("{}/base", api.uri()))
        .server("auth_url", auth.uri())
        .auth(Auth::bearer("api-secret"))
        .retry(RetryPolicy::never())
        .build()
        .expect("client builds");
    let (users, token) = requests_to_both();
    send(&client, users).await;
    send(&client, token).await;

    let at_api = only_request(&api).await;
    assert_eq!((at_api.method.as_str(), at_api.url.path()), ("GET", "/base/v1/users"));
    assert_eq!(header(&at_api, "authorization").as_deref(), Some("Bearer api-secret"));
    let at_auth = only_request(&auth).await;
    assert_eq!((at_auth.method.as_str(), at_auth.url.path()), ("POST", "/oauth/token"));
    // The rule: the client's auth goes to every server the user configured.
    assert_eq!(header(&at_auth, "authorization").as_deref(), Some("Bearer api-secret"));
}

#[tokio::test]
async fn a_servers_own_auth_replaces_the_clients_there_only() {
    let (api, auth) = two_servers().await;
    let client = Client::builder(api.uri())
        .server("auth_url", auth.uri())
        .server_auth("auth_url", Auth::basic("client-id", Some("client-secret".to_owned())))
        .auth(Auth::bearer("api-secret"))
        .retry(RetryPolicy::never())
        .build()
        .expect("client builds");
    let (users, token) = requests_to_both();
    send(&client, users).await;
    send(&client, token).await;

    assert_eq!(header(&only_request(&api).await, "authorization").as_deref(), Some("Bearer api-secret"));
    // base64("client-id:client-secret")
    let at_auth = only_request(&auth).await;
    assert_eq!(header(&at_auth, "authorization").as_deref(), Some("Basic Y2xpZW50LWlkOmNsaWVudC1zZWNyZXQ="));
}

#[tokio::test]
async fn a_server_without_a_url_is_refused_before_anything_is_sent() {
    let (api, _auth) = two_servers().await;
    let client = Client::builder(api.uri()).auth(Auth::bearer("api-secret")).build().expect("client builds");
    let (_, token) = requests_to_both();
    match client.send::<()>(token).await {
        Err(Error::Config(message)) => assert!(message.contains("`auth_url`"), "{message}"),
        other => panic!("expected a configuration error, got {other:?}"),
    }
    assert!(api.received_requests().await.unwrap_or_default().is_empty(), "nothing goes to the base URL instead");
}

#[tokio::test]
async fn with_server_moves_one_server_and_keeps_the_rest() {
    let (api, auth) = two_servers().await;
    let elsewhere = MockServer::start().await;
    answer_everything(&elsewhere, ResponseTemplate::new(204)).await;
    let client = two_server_client(&api, &auth, Auth::bearer("api-secret"));
    let moved = client.with_server("auth_url", &elsewhere.uri()).expect("a valid URL");
    let (users, token) = requests_to_both();
    send(&moved, users).await;
    send(&moved, token).await;

    assert_eq!(only_request(&api).await.url.path(), "/v1/users");
    assert_eq!(only_request(&elsewhere).await.url.path(), "/oauth/token");
    assert!(auth.received_requests().await.unwrap_or_default().is_empty(), "the old URL is not used by the new handle");
    assert_eq!(client.server_url("auth_url").map(|u| u.as_str().to_owned()), Some(format!("{}/", auth.uri())));
    assert!(matches!(client.with_server("auth_url", "ftp://x"), Err(Error::Config(_))));
    assert!(matches!(client.with_server("auth_url", "https://user:pw@x"), Err(Error::Config(_))));
}

#[tokio::test]
async fn server_urls_take_placeholders_from_variables_and_refuse_credentials() {
    let (api, auth) = two_servers().await;
    let client = Client::builder("{{host}}")
        .server("auth_url", "{{auth_url}}")
        .variable("host", api.uri())
        .variable("auth_url", auth.uri())
        .build()
        .expect("client builds");
    let (_, token) = requests_to_both();
    send(&client, token).await;
    assert_eq!(only_request(&auth).await.url.path(), "/oauth/token");

    let refused = Client::builder(api.uri()).server("auth_url", "https://id:secret@auth.example.com").build();
    match refused {
        Err(Error::Config(message)) => {
            assert!(message.contains("`auth_url`") && !message.contains("secret"), "{message}");
        }
        other => panic!("expected a configuration error, got {other:?}"),
    }
    let orphan = Client::builder(api.uri()).server_auth("auth_url", Auth::None).build();
    assert!(matches!(orphan, Err(Error::Config(_))), "own auth for a server without a URL");
}

#[tokio::test]
async fn a_redirect_from_one_server_to_the_other_is_not_followed() {
    let (api, auth) = (MockServer::start().await, MockServer::start().await);
    Mock::given(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(302).insert_header("location", format!("{}/steal", api.uri())))
        .mount(&auth)
        .await;
    answer_everything(&api, ResponseTemplate::new(204)).await;
    let client = two_server_client(&api, &auth, Auth::bearer("api-secret"));
    let (_, token) = requests_to_both();
    let outcome = client.send::<()>(token).await;
    assert!(outcome.is_err(), "a 302 is not a success: {outcome:?}");
    assert!(api.received_requests().await.unwrap_or_default().is_empty(), "nothing followed to the other server");
}

#[tokio::test]
async fn a_tokens_api_domain_moves_only_requests_for_the_primary_server() {
    let (configured, auth) = two_servers().await;
    let regional = MockServer::start().await;
    answer_everything(&regional, ResponseTemplate::new(204)).await;
    let accounts = MockServer::start().await;
    Mock::given(path("/oauth/v2/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "fresh-token", "expires_in": 3600, "api_domain": regional.uri()
        })))
        .mount(&accounts)
        .await;
    let oauth = postgen_runtime::OAuth::refresh_token_flow(format!("{}/oauth/v2/token", accounts.uri()), "id", "secret", "refresh")
        .build()
        .expect("oauth builds");
    let client = two_server_client(&configured, &auth, Auth::oauth(oauth));
    let (users, token) = requests_to_both();
    send(&client, users).await;
    send(&client, token).await;

    assert_eq!(only_request(&regional).await.url.path(), "/v1/users");
    assert_eq!(only_request(&auth).await.url.path(), "/oauth/token");
    assert!(configured.received_requests().await.unwrap_or_default().is_empty());
}
