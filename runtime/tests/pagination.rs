//! Listings across pages, and conditional requests, against wiremock on 127.0.0.1.

use std::time::Duration;

use postgen_runtime::{Client, Conditional, Error, Method, Paging, Request, RetryPolicy};
use serde_json::{Value, json};
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

const USERS: Paging = Paging::PageNumber { page: "page", more: "/info/more_records", items: "/users" };
const CURSOR: Paging = Paging::PageToken { token: "page_token", next: "/info/next_page_token", items: "/data" };

#[derive(Debug, serde::Deserialize, PartialEq)]
struct User {
    id: String,
}

fn client(server: &MockServer) -> Client {
    Client::builder(server.uri())
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(5)))
        .build()
        .expect("client builds")
}

fn users_page(ids: &[&str], page: u32, more: bool) -> ResponseTemplate {
    let users: Vec<Value> = ids.iter().map(|id| json!({"id": id})).collect();
    ResponseTemplate::new(200).set_body_json(json!({
        "users": users,
        "info": {"per_page": 2, "count": ids.len(), "page": page, "more_records": more}
    }))
}

/// Three pages of users; page 3 says no more follow. Each page is answered once.
async fn three_pages(server: &MockServer) {
    for (page, ids, more) in [("1", &["1", "2"][..], true), ("2", &["3", "4"][..], true), ("3", &["5"][..], false)] {
        Mock::given(method("GET"))
            .and(path("/users"))
            .and(query_param("page", page))
            .and(query_param("per_page", "2"))
            .respond_with(users_page(ids, page.parse().unwrap_or(0), more))
            .expect(1)
            .mount(server)
            .await;
    }
}

fn first_request() -> Request {
    Request::new(Method::GET, &["users"]).query("type", "AllUsers").query("per_page", 2)
}

#[tokio::test]
async fn three_page_listing_is_streamed_fully_stopping_on_more_records_false() {
    let server = MockServer::start().await;
    three_pages(&server).await;

    let mut items = client(&server).items::<User, Value>(first_request(), USERS);
    let mut ids = Vec::new();
    while let Some(user) = items.next().await {
        ids.push(user.expect("every page decodes").id);
    }

    assert_eq!(ids, ["1", "2", "3", "4", "5"]);
    // `expect(1)` per page: verified when the server drops; no fourth request was made.
    let requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 3);
    // Every page is asked for as JSON, as `send` does.
    assert!(requests.iter().all(|r| r.headers.get("accept").is_some_and(|v| v == "application/json")));
}

#[tokio::test]
async fn pages_are_streamed_with_status_and_typed_body() {
    let server = MockServer::start().await;
    three_pages(&server).await;

    let mut pages = client(&server).pages::<Value, Value>(first_request(), USERS);
    let mut seen = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.expect("page decodes");
        seen.push((page.status, page.body["info"]["page"].clone()));
    }

    assert_eq!(seen, [(200, json!(1)), (200, json!(2)), (200, json!(3))]);
}

#[tokio::test]
async fn listing_starts_at_the_requested_page() {
    let server = MockServer::start().await;
    Mock::given(query_param("page", "1")).respond_with(users_page(&["1", "2"], 1, true)).expect(0).mount(&server).await;
    Mock::given(query_param("page", "2")).respond_with(users_page(&["3", "4"], 2, true)).mount(&server).await;
    Mock::given(query_param("page", "3")).respond_with(users_page(&["5"], 3, false)).mount(&server).await;

    let items = client(&server).items::<User, Value>(first_request().query("page", 2), USERS);
    let ids: Vec<String> = futures_util::StreamExt::collect::<Vec<_>>(items)
        .await
        .into_iter()
        .map(|user| user.expect("decodes").id)
        .collect();

    assert_eq!(ids, ["3", "4", "5"]);
}

#[tokio::test]
async fn token_listing_follows_next_page_token_until_absent() {
    let server = MockServer::start().await;
    Mock::given(query_param_is_missing("page_token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [{"id": "a"}], "info": {"next_page_token": "t2"}})))
        .mount(&server)
        .await;
    Mock::given(query_param("page_token", "t2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [{"id": "b"}], "info": {"next_page_token": null}})))
        .mount(&server)
        .await;

    let items = client(&server).items::<User, Value>(Request::new(Method::GET, &["records"]), CURSOR);
    let ids: Vec<String> =
        futures_util::StreamExt::collect::<Vec<_>>(items).await.into_iter().map(|u| u.expect("decodes").id).collect();

    assert_eq!(ids, ["a", "b"]);
}

#[tokio::test]
async fn a_token_handed_back_unchanged_ends_the_listing() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [{"id": "a"}], "info": {"next_page_token": "same"}})))
        .mount(&server)
        .await;

    let items = client(&server).items::<User, Value>(Request::new(Method::GET, &["records"]), CURSOR);
    let all = futures_util::StreamExt::collect::<Vec<_>>(items).await;

    assert_eq!(all.len(), 2, "first page, then the page for token `same`, then stop");
}

#[tokio::test]
async fn no_content_ends_the_listing_without_items() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(204)).mount(&server).await;

    let items = client(&server).items::<User, Value>(first_request(), USERS);

    assert!(futures_util::StreamExt::collect::<Vec<_>>(items).await.is_empty());
}

#[tokio::test]
async fn an_error_page_is_yielded_and_ends_the_listing() {
    let server = MockServer::start().await;
    Mock::given(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"code": "INVALID_DATA"})))
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET")).respond_with(users_page(&["1", "2"], 1, true)).with_priority(2).mount(&server).await;

    let items = client(&server).items::<User, Value>(first_request(), USERS);
    let all = futures_util::StreamExt::collect::<Vec<_>>(items).await;

    assert_eq!(all.len(), 3);
    match &all[2] {
        Err(error) => assert_eq!((error.status(), error.code()), (Some(400), Some("INVALID_DATA"))),
        Ok(user) => panic!("expected the 400, got {user:?}"),
    }
}

#[tokio::test]
async fn an_item_that_does_not_decode_names_its_path() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"users": [{"id": "1"}, {"id": 2}], "info": {"more_records": false}})))
        .mount(&server)
        .await;

    let items = client(&server).items::<User, Value>(first_request(), USERS);
    let all = futures_util::StreamExt::collect::<Vec<_>>(items).await;

    match &all[1] {
        Err(Error::Decode { path, .. }) => assert_eq!(path, "users[1].id"),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn status_304_is_not_modified_not_an_error() {
    let server = MockServer::start().await;
    let since = "2019-07-25T15:26:49+05:30";
    Mock::given(header("If-Modified-Since", since))
        .respond_with(ResponseTemplate::new(304).insert_header("ETag", "\"v7\""))
        .mount(&server)
        .await;
    Mock::given(method("GET")).respond_with(users_page(&["1"], 1, false)).mount(&server).await;

    let client = client(&server);
    let conditional = Request::new(Method::GET, &["users"]).header("If-Modified-Since", since);
    let answer = client.send_conditional::<Value, Value>(conditional).await.expect("304 is not an error");
    match answer {
        Conditional::NotModified(not_modified) => assert_eq!(not_modified.headers["etag"], "\"v7\""),
        Conditional::Modified(response) => panic!("expected 304, got {response:?}"),
    }

    let fresh = client.send_conditional::<Value, Value>(Request::new(Method::GET, &["users"])).await;
    let body = fresh.expect("200").modified().expect("modified").body;
    assert_eq!(body["users"][0]["id"], "1");
}

#[derive(Debug, serde::Deserialize)]
struct UsersPage {
    users: Vec<User>,
    info: Value,
}

#[tokio::test]
async fn a_listing_awaited_is_one_call_and_streamed_is_every_page_or_item() {
    let server = MockServer::start().await;
    three_pages(&server).await;
    // A second server for the awaited call: `expect(1)` per page above must stay true.
    let single = MockServer::start().await;
    // Awaited, the request goes as built: no page number is added.
    Mock::given(query_param_is_missing("page")).respond_with(users_page(&["1", "2"], 1, true)).expect(1).mount(&single).await;

    let listing = |client: &Client| client.listing::<UsersPage, User, Value, postgen_runtime::Plain>(first_request(), USERS);
    let page = listing(&client(&single)).await.expect("first page");
    assert_eq!(page.body.users, [User { id: "1".into() }, User { id: "2".into() }]);
    assert_eq!(page.body.info["more_records"], true);

    let mut items = listing(&client(&server)).items();
    let mut ids = Vec::new();
    while let Some(user) = items.next().await {
        ids.push(user.expect("decodes").id);
    }
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);
}

#[tokio::test]
async fn a_conditional_listing_awaited_answers_not_modified_on_304() {
    let server = MockServer::start().await;
    let since = "2019-07-25T15:26:49+05:30";
    Mock::given(header("If-Modified-Since", since)).respond_with(ResponseTemplate::new(304)).mount(&server).await;
    Mock::given(method("GET")).respond_with(users_page(&["1"], 1, false)).mount(&server).await;
    let client = client(&server);
    let listing = |request: Request| client.listing::<UsersPage, User, Value, postgen_runtime::IfModified>(request, USERS);

    let unchanged = listing(first_request().header("If-Modified-Since", since)).await.expect("304 is not an error");
    assert!(matches!(unchanged, Conditional::NotModified(_)));
    let changed = listing(first_request()).await.expect("200").modified().expect("modified");
    assert_eq!(changed.body.users, [User { id: "1".into() }]);
    // Its pages stream as any listing's do.
    let mut pages = listing(first_request()).pages();
    assert_eq!(pages.next().await.expect("a page").expect("decodes").body.users.len(), 1);
    assert!(pages.next().await.is_none());
}
