//! How responses are classified and decoded.

mod common;

use std::time::{Duration, Instant};

use common::{answer_everything, client_for, only_request};
use postgen_runtime::serde::Deserialize;
use postgen_runtime::{Auth, Client, Error, Method, Request};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[derive(Debug, PartialEq, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
struct User {
    id: i64,
    name: String,
    email: Option<String>,
}

#[tokio::test]
async fn json_body_is_decoded_into_the_target_type() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/users/42"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-request-id", "abc-123")
                .set_body_raw(r#"{"id":42,"name":"Ada","email":null}"#, "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = client_for(&server, Auth::None);

    let response = client
        .send::<User>(Request::new(Method::GET, &["users", "42"]))
        .await
        .expect("success");

    assert_eq!(response.status, 200);
    assert_eq!(
        response.headers.get("x-request-id").map(|v| v.as_bytes()),
        Some(&b"abc-123"[..])
    );
    assert_eq!(
        response.body,
        User {
            id: 42,
            name: "Ada".to_owned(),
            email: None
        }
    );
}

#[tokio::test]
async fn empty_body_decodes_as_unit_for_204() {
    let server = MockServer::start().await;
    answer_everything(&server, ResponseTemplate::new(204)).await;
    let client = client_for(&server, Auth::None);

    let response = client
        .send::<()>(Request::new(Method::DELETE, &["users", "42"]))
        .await
        .expect("success");
    assert_eq!(response.status, 204);
    assert_eq!(response.body, ());

    let as_option = client
        .send::<Option<User>>(Request::new(Method::DELETE, &["users", "42"]))
        .await;
    assert_eq!(as_option.expect("success").body, None);
}

#[tokio::test]
async fn non_2xx_returns_api_error_with_status_and_body() {
    let server = MockServer::start().await;
    let body =
        r#"{"code":"NOT_FOUND","details":{"id":"42"},"message":"no such user","status":"error"}"#;
    answer_everything(
        &server,
        ResponseTemplate::new(404).set_body_raw(body, "application/json"),
    )
    .await;
    let client = client_for(&server, Auth::None);

    let err = client
        .send::<User>(Request::new(Method::GET, &["users", "42"]))
        .await
        .expect_err("404 fails");

    assert_eq!(err.status(), Some(404));
    match &err {
        Error::Api {
            status,
            body: received,
            content_type,
            error,
        } => {
            assert_eq!(*status, 404);
            // Untyped errors still carry the JSON body, decoded.
            assert_eq!(error.as_deref().and_then(|v| v.get("code")).and_then(|c| c.as_str()), Some("NOT_FOUND"));
            assert_eq!(received, body);
            assert_eq!(content_type.as_deref(), Some("application/json"));
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
    // Display names the code and message an envelope carries.
    assert_eq!(err.to_string(), "API error: HTTP 404 NOT_FOUND: no such user");
    assert_eq!((err.code(), err.message()), (Some("NOT_FOUND"), Some("no such user")));
}

#[tokio::test]
async fn decode_error_names_the_json_path() {
    #[derive(Debug, Deserialize)]
    #[serde(crate = "::postgen_runtime::serde")]
    #[allow(dead_code)]
    struct Outer {
        a: Inner,
    }
    #[derive(Debug, Deserialize)]
    #[serde(crate = "::postgen_runtime::serde")]
    #[allow(dead_code)]
    struct Inner {
        b: i64,
    }
    let server = MockServer::start().await;
    answer_everything(
        &server,
        ResponseTemplate::new(200).set_body_raw(r#"{"a":{"b":"x"}}"#, "application/json"),
    )
    .await;
    let client = client_for(&server, Auth::None);

    let err = client
        .send::<Outer>(Request::new(Method::GET, &["thing"]))
        .await
        .expect_err("decode fails");

    match err {
        Error::Decode {
            path,
            message,
            body_excerpt,
        } => {
            assert_eq!(path, "a.b");
            assert!(
                message.starts_with("invalid type: string \"x\", expected i64"),
                "{message}"
            );
            assert_eq!(body_excerpt, r#"{"a":{"b":"x"}}"#);
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn send_text_returns_the_body_as_text() {
    let server = MockServer::start().await;
    let xml = "<users><user id=\"1\">Zoë</user></users>";
    answer_everything(
        &server,
        ResponseTemplate::new(200).set_body_raw(xml, "application/xml; charset=utf-8"),
    )
    .await;
    let client = client_for(&server, Auth::None);

    let response = client
        .send_text(Request::new(Method::GET, &["users.xml"]))
        .await
        .expect("success");

    assert_eq!(response.status, 200);
    assert_eq!(response.body, xml);
}

#[tokio::test]
async fn send_text_returns_api_error_for_non_2xx() {
    let server = MockServer::start().await;
    answer_everything(
        &server,
        ResponseTemplate::new(503).set_body_string("down for maintenance"),
    )
    .await;
    let client = client_for(&server, Auth::None);

    let err = client
        .send_text(Request::new(Method::GET, &["status"]))
        .await
        .expect_err("503 fails");

    assert!(
        matches!(&err, Error::Api { status: 503, body, content_type: Some(ct), error: None } if body == "down for maintenance" && ct.starts_with("text/plain")),
        "{err:?}"
    );
}

#[tokio::test]
async fn slow_response_hits_the_timeout() {
    let server = MockServer::start().await;
    answer_everything(
        &server,
        ResponseTemplate::new(200)
            .set_body_string("{}")
            .set_delay(Duration::from_secs(2)),
    )
    .await;
    let client = Client::builder(server.uri())
        .timeout(Duration::from_millis(200))
        .retry(postgen_runtime::RetryPolicy::never())
        .build()
        .expect("client builds");

    let started = Instant::now();
    let err = client
        .send::<postgen_runtime::serde_json::Value>(Request::new(Method::GET, &["slow"]))
        .await
        .expect_err("times out");

    assert!(
        matches!(err, Error::Timeout),
        "expected Error::Timeout, got {err:?}"
    );
    assert!(err.is_timeout());
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "took {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn refused_connection_is_a_transport_error() {
    // A port that was free a moment ago: nothing listens on it any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let client = client_for_uri(&format!("http://127.0.0.1:{port}/api"), Auth::None);

    let err = client
        .send::<()>(Request::new(Method::GET, &["users"]))
        .await
        .expect_err("nothing listens");

    assert!(
        matches!(err, Error::Transport(_)),
        "expected Error::Transport, got {err:?}"
    );
}

#[tokio::test]
async fn same_origin_redirect_is_followed() {
    let server = MockServer::start().await;
    Mock::given(path("/old"))
        .respond_with(ResponseTemplate::new(302).insert_header("location", "/new"))
        .mount(&server)
        .await;
    Mock::given(path("/new"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("7", "application/json"))
        .mount(&server)
        .await;
    let client = client_for(&server, Auth::None);

    let response = client
        .send::<i64>(Request::new(Method::GET, &["old"]))
        .await
        .expect("followed");

    assert_eq!((response.status, response.body), (200, 7));
}

#[tokio::test]
async fn cross_origin_redirect_is_not_followed() {
    let api = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    answer_everything(
        &elsewhere,
        ResponseTemplate::new(200).set_body_string("null"),
    )
    .await;
    answer_everything(
        &api,
        ResponseTemplate::new(302)
            .insert_header("location", format!("{}/steal", elsewhere.uri()).as_str()),
    )
    .await;
    let client = client_for(&api, Auth::api_key_header("X-Api-Key", "k3y-s3cr3t"));

    let err = client
        .send::<()>(Request::new(Method::GET, &["data"]))
        .await
        .expect_err("redirect not followed");

    assert_eq!(err.status(), Some(302));
    assert_eq!(only_request(&api).await.url.path(), "/data");
    let reached = elsewhere.received_requests().await.expect("recording on");
    assert!(
        reached.is_empty(),
        "the other origin was contacted: {reached:?}"
    );
}

fn client_for_uri(uri: &str, auth: Auth) -> Client {
    Client::builder(uri)
        .auth(auth)
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn status_401_is_an_auth_error_with_its_body() {
    let server = MockServer::start().await;
    let body = r#"{"code":"AUTHENTICATION_FAILURE","message":"Authentication failed","status":"error"}"#;
    answer_everything(&server, ResponseTemplate::new(401).set_body_raw(body, "application/json")).await;
    let client = client_for(&server, Auth::None);

    let err = client.send::<()>(Request::new(Method::GET, &["me"])).await.expect_err("401 fails");

    assert!(matches!(&err, Error::Auth { body: kept, .. } if kept == body), "{err:?}");
    assert_eq!(err.status(), Some(401));
    assert_eq!(err.code(), Some("AUTHENTICATION_FAILURE"));
    assert_eq!(err.to_string(), "authentication failed: HTTP 401 AUTHENTICATION_FAILURE: Authentication failed");
}

#[tokio::test]
async fn status_429_is_rate_limited_with_retry_after_in_seconds_or_as_a_date() {
    let server = MockServer::start().await;
    answer_everything(&server, ResponseTemplate::new(429).insert_header("Retry-After", "7").set_body_string("slow down")).await;
    let client = client_for(&server, Auth::None);

    let err = client.send::<()>(Request::new(Method::GET, &["x"])).await.expect_err("429 fails");

    match &err {
        Error::RateLimited { retry_after, body, .. } => {
            assert_eq!(*retry_after, Some(std::time::Duration::from_secs(7)));
            assert_eq!(body, "slow down");
        }
        other => panic!("expected RateLimited, got {other:?}"),
    }
    assert_eq!(err.to_string(), "rate limited: HTTP 429: slow down (retry after 7 s)");

    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(120);
    let server = MockServer::start().await;
    let date = httpdate::fmt_http_date(later);
    answer_everything(&server, ResponseTemplate::new(429).insert_header("Retry-After", date.as_str())).await;
    let client = client_for(&server, Auth::None);
    let err = client.send::<()>(Request::new(Method::GET, &["x"])).await.expect_err("429 fails");
    match err {
        Error::RateLimited { retry_after: Some(wait), .. } => {
            assert!((100..=120).contains(&wait.as_secs()), "HTTP-date about 2 minutes ahead gave {wait:?}");
        }
        other => panic!("expected RateLimited with a wait, got {other:?}"),
    }
}

/// A success body that depends on the status, as generated crates write them.
#[derive(Debug, PartialEq)]
enum Created {
    Record(postgen_runtime::serde_json::Value),
    Accepted(String),
}

impl postgen_runtime::StatusBody for Created {
    fn decode(status: u16, body: &str) -> Option<Self> {
        match status {
            201 => postgen_runtime::serde_json::from_str(body).ok().map(Created::Record),
            202 => postgen_runtime::serde_json::from_str::<postgen_runtime::serde_json::Value>(body)
                .ok()
                .and_then(|v| v.get("message").and_then(|m| m.as_str()).map(|m| Created::Accepted(m.to_owned()))),
            _ => None,
        }
    }

    fn encode(&self) -> postgen_runtime::serde_json::Value {
        match self {
            Created::Record(v) => v.clone(),
            Created::Accepted(m) => postgen_runtime::serde_json::json!({ "message": m }),
        }
    }
}

#[tokio::test]
async fn success_bodies_are_decoded_by_status_and_a_misfit_is_a_decode_error() {
    let server = MockServer::start().await;
    answer_everything(&server, ResponseTemplate::new(202).set_body_raw(r#"{"message":"merged"}"#, "application/json")).await;
    let client = client_for(&server, Auth::None);

    let response = client
        .send_by_status::<Created, postgen_runtime::serde_json::Value>(Request::new(Method::POST, &["deployments"]))
        .await
        .expect("202 decodes");
    assert_eq!((response.status, response.body), (202, Created::Accepted("merged".into())));

    let server = MockServer::start().await;
    answer_everything(&server, ResponseTemplate::new(200).set_body_string("{}")).await;
    let client = client_for(&server, Auth::None);
    let err = client
        .send_by_status::<Created, postgen_runtime::serde_json::Value>(Request::new(Method::POST, &["deployments"]))
        .await
        .expect_err("a 200 fits no variant");
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}
