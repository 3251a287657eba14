//! URLs, headers and bodies as the server receives them.

mod common;

use common::{answer_everything, client_for, header, only_request};
use postgen_runtime::serde::Serialize;
use postgen_runtime::{Auth, Client, DEFAULT_USER_AGENT, Error, Method, Part, Request};
use wiremock::{MockServer, ResponseTemplate};

async fn server() -> MockServer {
    let server = MockServer::start().await;
    answer_everything(&server, ResponseTemplate::new(204)).await;
    server
}

async fn seen(server: &MockServer, client: &Client, request: Request) -> wiremock::Request {
    client.send::<()>(request).await.expect("success");
    only_request(server).await
}

#[tokio::test]
async fn hostile_path_parameter_stays_in_its_segment() {
    let server = server().await;
    let client = client_for(&server, Auth::None);

    let received = seen(
        &server,
        &client,
        Request::new(Method::GET, &["users", "../x?y=1#z"]),
    )
    .await;

    assert_eq!(received.url.path(), "/users/..%2Fx%3Fy%3D1%23z");
    assert_eq!(received.url.query(), None);
    let segments: Vec<&str> = received.url.path_segments().expect("has a path").collect();
    assert_eq!(segments.len(), 2, "{segments:?}");
    let decoded = percent_encoding::percent_decode_str(segments[1])
        .decode_utf8()
        .expect("utf-8");
    assert_eq!(decoded, "../x?y=1#z");
}

#[tokio::test]
async fn dot_segments_are_refused_before_sending() {
    let server = server().await;
    let client = client_for(&server, Auth::None);

    for bad in ["..", ".", ""] {
        let err = client
            .send::<()>(Request::new(Method::DELETE, &["users", bad]))
            .await
            .expect_err("refused");
        assert!(matches!(err, Error::Encode(_)), "{bad:?}: {err:?}");
    }
    let received = server.received_requests().await.expect("recording on");
    assert!(received.is_empty(), "a request went out: {received:?}");
}

#[tokio::test]
async fn base_url_path_prefix_is_kept() {
    for suffix in ["/api/v1", "/api/v1/"] {
        let server = server().await;
        let client = Client::builder(format!("{}{suffix}", server.uri()))
            .build()
            .expect("client builds");

        let received = seen(&server, &client, Request::new(Method::GET, &["users", "7"])).await;

        assert_eq!(
            received.url.path(),
            "/api/v1/users/7",
            "base suffix {suffix:?}"
        );
    }
}

#[tokio::test]
async fn query_values_are_percent_encoded() {
    let server = server().await;
    let client = client_for(&server, Auth::None);
    let request = Request::new(Method::GET, &["search"])
        .query("q", "a b&c=d")
        .query("page", 2)
        .query_opt("per_page", None::<u32>)
        .query_opt("sort", Some("név+1"));

    let received = seen(&server, &client, request).await;

    assert_eq!(
        received.url.query(),
        Some("q=a%20b%26c%3Dd&page=2&sort=n%C3%A9v%2B1")
    );
    let pairs: Vec<(String, String)> = received
        .url
        .query_pairs()
        .map(|(k, v)| (k.into(), v.into()))
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("q".to_owned(), "a b&c=d".to_owned()),
            ("page".to_owned(), "2".to_owned()),
            ("sort".to_owned(), "név+1".to_owned()),
        ]
    );
}

#[tokio::test]
async fn repeated_query_parameter_is_sent_once_per_value_in_order() {
    let server = server().await;
    let client = client_for(&server, Auth::None);
    let request = Request::new(Method::GET, &["users"]).query_all("id", ["3", "1", "2"]);

    let received = seen(&server, &client, request).await;

    assert_eq!(received.url.query(), Some("id=3&id=1&id=2"));
}

#[derive(Serialize)]
#[serde(crate = "::postgen_runtime::serde")]
struct NewUser<'a> {
    first_name: &'a str,
    role: Option<&'a str>,
    age: u32,
}

#[tokio::test]
async fn json_request_body_is_sent_with_content_type() {
    let server = server().await;
    let client = client_for(&server, Auth::None);
    let body = NewUser {
        first_name: "Zoë \"Z\"",
        role: None,
        age: 30,
    };
    let request = Request::new(Method::PUT, &["users", "1"]).json(&body);

    let received = seen(&server, &client, request).await;

    assert_eq!(received.method.as_str(), "PUT");
    assert_eq!(
        header(&received, "content-type").as_deref(),
        Some("application/json")
    );
    assert_eq!(
        String::from_utf8(received.body).expect("utf-8"),
        r#"{"first_name":"Zoë \"Z\"","role":null,"age":30}"#
    );
}

#[tokio::test]
async fn form_body_is_urlencoded() {
    let server = server().await;
    let client = client_for(&server, Auth::None);
    let form = [("grant_type", "refresh_token"), ("note", "a b&c=d")];
    let request = Request::new(Method::POST, &["oauth", "token"]).form(&form);

    let received = seen(&server, &client, request).await;

    assert_eq!(
        header(&received, "content-type").as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        String::from_utf8(received.body).expect("utf-8"),
        "grant_type=refresh_token&note=a+b%26c%3Dd"
    );
}

#[tokio::test]
async fn a_list_in_a_form_body_is_a_repeated_key() {
    let server = server().await;
    let client = client_for(&server, Auth::None);
    let form = postgen_runtime::serde_json::json!({"services[]": ["a1", "b 2"], "user": "me"});
    let request = Request::new(Method::POST, &["tokens"]).form(&form);

    let received = seen(&server, &client, request).await;

    assert_eq!(String::from_utf8(received.body).expect("utf-8"), "services%5B%5D=a1&services%5B%5D=b+2&user=me");
}

#[tokio::test]
async fn a_json_body_can_go_out_with_the_apis_own_json_type() {
    let server = server().await;
    let client = client_for(&server, Auth::None);
    let body = postgen_runtime::serde_json::json!({"data": {"type": "service"}});
    let request = Request::new(Method::POST, &["service"]).json_as("application/vnd.api+json", &body);

    let received = seen(&server, &client, request).await;

    assert_eq!(header(&received, "content-type").as_deref(), Some("application/vnd.api+json"));
    assert_eq!(String::from_utf8(received.body).expect("utf-8"), r#"{"data":{"type":"service"}}"#);
}

#[tokio::test]
async fn unencodable_form_body_is_an_encode_error_and_nothing_is_sent() {
    let server = server().await;
    let client = client_for(&server, Auth::None);
    let nested = postgen_runtime::serde_json::json!({"a": {"b": 1}});
    let request = Request::new(Method::POST, &["x"]).form(&nested);

    let result = client.send::<()>(request).await;

    assert!(matches!(result, Err(Error::Encode(_))), "{result:?}");
    assert!(server.received_requests().await.unwrap_or_default().is_empty());
}

#[tokio::test]
async fn text_body_sent_with_content_type() {
    let server = server().await;
    let client = client_for(&server, Auth::None);
    let xml = "<user><name>Ada</name></user>";
    let request = Request::new(Method::POST, &["users"]).text("application/xml", xml);

    let received = seen(&server, &client, request).await;

    assert_eq!(
        header(&received, "content-type").as_deref(),
        Some("application/xml")
    );
    assert_eq!(received.body, xml.as_bytes());
}

#[tokio::test]
async fn bytes_body_sent_with_content_type() {
    let server = server().await;
    let client = client_for(&server, Auth::None);
    let request = Request::new(Method::POST, &["blobs"])
        .bytes("application/octet-stream", vec![0u8, 159, 146, 150]);

    let received = seen(&server, &client, request).await;

    assert_eq!(
        header(&received, "content-type").as_deref(),
        Some("application/octet-stream")
    );
    assert_eq!(received.body, vec![0u8, 159, 146, 150]);
}

#[tokio::test]
async fn multipart_parts_are_sent() {
    let server = server().await;
    let client = client_for(&server, Auth::None);
    let parts = vec![
        (
            "title".to_owned(),
            Part::Text("Quarterly report".to_owned()),
        ),
        (
            "file".to_owned(),
            Part::File {
                file_name: "report.csv".to_owned(),
                bytes: b"a,b\n1,2\n".to_vec(),
            },
        ),
    ];

    let received = seen(
        &server,
        &client,
        Request::new(Method::POST, &["upload"]).multipart(parts),
    )
    .await;

    let content_type = header(&received, "content-type").expect("content type");
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .expect("multipart boundary");
    let body = String::from_utf8(received.body).expect("utf-8");
    let expected = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nQuarterly report\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.csv\"\r\n\
         Content-Type: application/octet-stream\r\n\r\na,b\n1,2\n\r\n--{boundary}--\r\n"
    );
    assert_eq!(body, expected);
}

#[tokio::test]
async fn default_headers_and_user_agent_are_sent() {
    let server = server().await;
    let client = Client::builder(server.uri())
        .default_header("X-Tenant", "acme")
        .build()
        .expect("client builds");

    let received = seen(&server, &client, Request::new(Method::GET, &["me"])).await;

    assert_eq!(header(&received, "x-tenant").as_deref(), Some("acme"));
    assert_eq!(
        header(&received, "user-agent").as_deref(),
        Some(DEFAULT_USER_AGENT)
    );
    assert_eq!(
        DEFAULT_USER_AGENT,
        concat!("postgen-runtime/", env!("CARGO_PKG_VERSION"))
    );
}

#[tokio::test]
async fn request_headers_override_defaults_and_custom_user_agent_is_sent() {
    let server = server().await;
    let client = Client::builder(server.uri())
        .user_agent("my-app/2.0")
        .default_header("X-Tenant", "acme")
        .build()
        .expect("client builds");
    let request = Request::new(Method::GET, &["me"])
        .header("X-Tenant", "other")
        .header_opt("If-Modified-Since", Some("Tue, 01 Jul 2025 10:00:00 GMT"))
        .header_opt("X-Skipped", None::<&str>);

    let received = seen(&server, &client, request).await;

    let tenants: Vec<_> = received.headers.get_all("x-tenant").iter().collect();
    assert_eq!(tenants, vec!["other"]);
    assert_eq!(
        header(&received, "if-modified-since").as_deref(),
        Some("Tue, 01 Jul 2025 10:00:00 GMT")
    );
    assert_eq!(header(&received, "x-skipped"), None);
    assert_eq!(
        header(&received, "user-agent").as_deref(),
        Some("my-app/2.0")
    );
}

#[tokio::test]
async fn json_decoding_sends_ask_for_json_unless_the_request_or_the_client_names_a_type() {
    let fresh = server;
    let asks = |received: &wiremock::Request| header(received, "accept");
    // `send` decodes JSON: it asks for it.
    let server = fresh().await;
    let plain = client_for(&server, Auth::None);
    let received = seen(&server, &plain, Request::new(Method::GET, &["me"])).await;
    assert_eq!(asks(&received).as_deref(), Some("application/json"));

    // The request's own Accept wins, and is the only one sent.
    let server = fresh().await;
    let client = client_for(&server, Auth::None);
    let request = Request::new(Method::GET, &["me"]).header("Accept", "application/vnd.github+json");
    let received = seen(&server, &client, request).await;
    let accepts: Vec<_> = received.headers.get_all("accept").iter().collect();
    assert_eq!(accepts, vec!["application/vnd.github+json"]);

    // So does a client default.
    let server = fresh().await;
    let client = Client::builder(server.uri())
        .default_header("Accept", "application/hal+json")
        .build()
        .expect("client builds");
    let received = seen(&server, &client, Request::new(Method::GET, &["me"])).await;
    assert_eq!(asks(&received).as_deref(), Some("application/hal+json"));

    // A text answer is not asked for as JSON (reqwest sends its own `*/*`).
    let server = fresh().await;
    let client = client_for(&server, Auth::None);
    client.send_text(Request::new(Method::GET, &["me"])).await.expect("success");
    assert_eq!(asks(&only_request(&server).await).as_deref(), Some("*/*"));
}

#[tokio::test]
async fn injected_http_client_is_used_and_keeps_its_own_user_agent() {
    let server = server().await;
    let http = postgen_runtime::reqwest::Client::builder()
        .user_agent("injected/1")
        .build()
        .expect("reqwest client");
    let client = Client::builder(server.uri())
        .http_client(http)
        .build()
        .expect("client builds");

    let received = seen(&server, &client, Request::new(Method::GET, &["me"])).await;

    assert_eq!(
        header(&received, "user-agent").as_deref(),
        Some("injected/1")
    );
}

#[test]
fn invalid_configuration_is_a_config_error() {
    let cases = [
        Client::builder("not a url").build(),
        Client::builder("ftp://example.com/").build(),
        Client::builder("mailto:someone@example.com").build(),
        Client::builder("https://user:hunter2@example.com/").build(),
        Client::builder("https://example.com/")
            .default_header("Bad Name", "v")
            .build(),
        Client::builder("https://example.com/")
            .http_client(postgen_runtime::reqwest::Client::new())
            .connect_timeout(std::time::Duration::from_secs(1))
            .build(),
    ];
    for (index, result) in cases.into_iter().enumerate() {
        match result {
            Err(Error::Config(message)) => assert!(!message.contains("hunter2"), "{message}"),
            other => panic!("case {index}: expected Error::Config, got {other:?}"),
        }
    }
    let client = Client::builder("https://example.com/api/v1/")
        .build()
        .expect("valid");
    assert_eq!(client.base_url().as_str(), "https://example.com/api/v1/");
}

#[tokio::test]
async fn custom_method_names_are_sent_and_invalid_ones_refused() {
    let server = server().await;
    let client = client_for(&server, Auth::None);

    let received = seen(&server, &client, Request::with_method_name("PURGE", &["cache"])).await;
    assert_eq!(received.method.as_str(), "PURGE");

    let result = client.send::<()>(Request::with_method_name("BAD METHOD", &["cache"])).await;
    assert!(matches!(result, Err(Error::Config(_))), "{result:?}");
}
