//! The generated Zoho client's listings and conditional requests, against a real HTTP
//! server on 127.0.0.1 (wiremock), and its runnable listing example.

use std::process::Command;

use postgen_e2e::repo_root;
use postgen_runtime::{Conditional, DateTime};
use serde_json::{json, Value};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
use zoho_crm::types::GetUsersParams;
use zoho_crm::{Auth, Client};

/// The users of the doc page's sample answer (`GET /crm/v2/users`).
fn sample_users() -> Vec<Value> {
    let path = repo_root().join("collections/zoho-crm/schema/users.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let schema: Value = serde_json::from_str(&text).expect("schema file is JSON");
    schema["endpoints"][0]["response"]["sample"]["users"].as_array().cloned().expect("sample has users")
}

/// Page `page` of a listing: the sample users renumbered `{page}-{n}`.
fn page(page: u64, users: usize, more: bool) -> ResponseTemplate {
    let users: Vec<Value> = sample_users()
        .into_iter()
        .cycle()
        .take(users)
        .enumerate()
        .map(|(n, mut user)| {
            user["id"] = json!(format!("{page}-{n}"));
            user
        })
        .collect();
    let count = users.len();
    ResponseTemplate::new(200).set_body_json(json!({
        "users": users,
        "info": {"per_page": 2, "count": count, "page": page, "more_records": more}
    }))
}

/// Three pages (2, 2 and 1 users); each answered exactly once. `typed_query`: only to
/// requests that also carry `type=AllUsers&per_page=2`.
async fn three_pages(typed_query: bool) -> MockServer {
    let server = MockServer::start().await;
    for (number, users, more) in [(1, 2, true), (2, 2, true), (3, 1, false)] {
        let mut mock = Mock::given(method("GET")).and(path("/crm/v2/users"));
        if typed_query {
            mock = mock.and(query_param("type", "AllUsers")).and(query_param("per_page", "2"));
        }
        mock.and(query_param("page", number.to_string()))
            .and(header("authorization", "Zoho-oauthtoken secret-token"))
            .respond_with(page(number, users, more))
            .expect(1)
            .mount(&server)
            .await;
    }
    server
}

fn client(server: &MockServer) -> Client {
    Client::new(&server.uri(), Auth::token("Zoho-oauthtoken", "secret-token")).expect("client builds")
}

fn all_users_two_per_page() -> GetUsersParams {
    GetUsersParams {
        r#type: Some(zoho_crm::types::GetUsersType::AllUsers),
        per_page: Some(2),
        ..Default::default()
    }
}

#[tokio::test]
async fn users_are_streamed_across_three_pages_stopping_on_more_records_false() {
    let server = three_pages(true).await;

    let mut users = client(&server).get_users(&all_users_two_per_page()).items();
    let mut ids = Vec::new();
    while let Some(user) = users.next().await {
        ids.push(user.expect("every user decodes into `User`").id);
    }

    assert_eq!(ids, ["1-0", "1-1", "2-0", "2-1", "3-0"]);
    assert_eq!(server.received_requests().await.map_or(0, |r| r.len()), 3, "no fourth page is asked for");
}

#[tokio::test]
async fn users_pages_carry_the_typed_info_block() {
    let server = three_pages(true).await;

    let mut pages = client(&server).get_users(&all_users_two_per_page()).pages();
    let mut seen = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.expect("page decodes into GetUsersResponse");
        seen.push((page.body.info.page, page.body.users.len(), page.body.info.more_records));
    }

    assert_eq!(seen, [(1, 2, true), (2, 2, true), (3, 1, false)]);
}

#[tokio::test]
async fn get_users_answers_304_with_not_modified() {
    let server = MockServer::start().await;
    let since = "2019-07-25T15:26:49+05:30";
    Mock::given(path("/crm/v2/users"))
        .and(header("If-Modified-Since", since))
        .respond_with(ResponseTemplate::new(304))
        .expect(1)
        .mount(&server)
        .await;
    let params = GetUsersParams {
        if_modified_since: Some(DateTime::parse(since).expect("valid date-time")),
        ..Default::default()
    };

    let answer = client(&server).get_users(&params).await.expect("304 is not an error");

    assert!(matches!(answer, Conditional::NotModified(_)), "{answer:?}");
}

#[tokio::test]
async fn the_listing_example_lists_users_page_by_page_against_a_configured_base_url() {
    let server = three_pages(false).await;
    let root = repo_root();

    // The dependency builds are shared with the corpus gate's target directory.
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "-p", "zoho-crm", "--example", "get_users_pages"])
        .current_dir(&root)
        .env("CARGO_TARGET_DIR", root.join("target/corpus-check"))
        .env("ZOHO_CRM_API_DOMAIN", server.uri())
        .env("ZOHO_CRM_TOKEN", "secret-token")
        .output()
        .expect("cargo runs");

    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "example failed: {}\n{stdout}", String::from_utf8_lossy(&output.stderr));
    let summary: Vec<&str> = stdout.lines().filter(|l| l.starts_with("page ") || l.ends_with(" pages")).collect();
    assert_eq!(summary, ["page 1: HTTP 200, 2 items", "page 2: HTTP 200, 2 items", "page 3: HTTP 200, 1 items", "3 pages"]);
    assert_eq!(stdout.lines().filter(|l| l.starts_with("  {")).count(), 5, "each user printed: {stdout}");
}
