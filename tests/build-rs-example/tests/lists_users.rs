//! The binary built with the build.rs-generated client, run against a real HTTP server on
//! 127.0.0.1: it pages through the users listing and reports a refused token by its code.

use std::process::{Command, Output};

use serde_json::{Value, json};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A user as the doc page's sample shows one (the keys the generated `User` requires).
fn user(id: &str, name: &str) -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../collections/zoho-crm/schema/users.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let schema: Value = serde_json::from_str(&text).expect("schema file is JSON");
    let mut user = schema["endpoints"][0]["response"]["sample"]["users"][0].clone();
    user["id"] = json!(id);
    user["full_name"] = json!(name);
    user["email"] = json!(format!("{}@example.com", name.to_lowercase().replace(' ', ".")));
    user
}

fn run(server: &MockServer) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zoho-build-rs-example"))
        .env("ZOHO_CRM_API_DOMAIN", server.uri())
        .env("ZOHO_CRM_TOKEN", "secret-token")
        .output()
        .expect("the example binary runs")
}

#[tokio::test]
async fn lists_active_users_across_pages() {
    let server = MockServer::start().await;
    let pages = [
        (1, vec![user("1", "Ada Lovelace"), user("2", "Alan Turing")], true),
        (2, vec![user("3", "Grace Hopper")], false),
    ];
    for (page, users, more) in pages {
        Mock::given(method("GET"))
            .and(path("/crm/v2/users"))
            .and(query_param("type", "ActiveUsers"))
            .and(query_param("per_page", "200"))
            .and(query_param("page", page.to_string()))
            .and(header("authorization", "Zoho-oauthtoken secret-token"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "users": users,
                "info": {"per_page": 200, "count": users.len(), "page": page, "more_records": more}
            })))
            .expect(1)
            .mount(&server)
            .await;
    }

    let output = run(&server);

    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}\n{stdout}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            "1 Ada Lovelace <ada.lovelace@example.com>",
            "2 Alan Turing <alan.turing@example.com>",
            "3 Grace Hopper <grace.hopper@example.com>",
            "3 active users",
        ]
    );
}

#[tokio::test]
async fn a_refused_token_is_reported_with_the_api_error_code() {
    let server = MockServer::start().await;
    Mock::given(path("/crm/v2/users"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "code": "INVALID_TOKEN", "details": {}, "message": "invalid oauth token", "status": "error"
        })))
        .expect(1)
        .mount(&server)
        .await;

    let output = run(&server);

    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the token was refused: INVALID_TOKEN"), "{stderr}");
}
