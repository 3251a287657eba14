//! Listings a broken server would never end: "more" always true, the same page forever,
//! page tokens that come back. Each ends with `Error::Listing` after an exact number of
//! requests.

use postgen_runtime::{CallOptions, Client, Error, Method, Paging, Request, RetryPolicy};

use crate::server::{FaultServer, Received, answer, reply};

const PAGE_NUMBER: Paging = Paging::PageNumber { page: "page", more: "/info/more_records", items: "/data" };
const PAGE_TOKEN: Paging = Paging::PageToken { token: "page_token", next: "/info/next", items: "/data" };

/// Serves `page(n, request)` as a 200 JSON body for the `n`-th request.
async fn pages(page: fn(usize, &Received) -> String) -> FaultServer {
    FaultServer::start(move |n, request, stream| {
        let body = page(n, &request);
        reply(stream, answer("200 OK", &[("Content-Type", "application/json")], body.as_bytes()))
    })
    .await
}

/// Reads the listing to its end (at most `bound` pages, so that a listing that would never
/// end fails the test instead of hanging it); the pages read and the error that ended it.
async fn drain(client: &Client, paging: Paging, bound: usize) -> (usize, Option<Error>) {
    let mut pages = client.pages::<serde_json::Value, serde_json::Value>(Request::new(Method::GET, &["list"]), paging);
    let mut read = 0;
    while let Some(page) = pages.next().await {
        match page {
            Ok(_) => read += 1,
            Err(error) => return (read, Some(error)),
        }
        assert!(read <= bound, "still paging after {bound} pages");
    }
    (read, None)
}

fn client(server: &FaultServer) -> Client {
    Client::builder(&server.url).retry(RetryPolicy::never()).build().expect("client builds")
}

/// `more_records` always true with new items on every page: the page cap (50 here, through
/// the call options) ends the listing after exactly 50 requests (before: still paging after
/// 1,000 pages).
#[tokio::test]
async fn more_always_true_stops_at_the_page_cap() {
    let server = pages(|n, _| format!(r#"{{"data":[{n}],"info":{{"more_records":true}}}}"#)).await;
    let capped = client(&server).with_options(CallOptions::new().max_pages(50));
    let (read, error) = drain(&capped, PAGE_NUMBER, 1_000).await;
    assert_eq!(read, 50);
    assert!(matches!(error, Some(Error::Listing(ref why)) if why.contains("page cap")), "{error:?}");
    assert_eq!(server.requests(), 50);
}

/// The same page forever: the second page repeats the first's items, the listing ends
/// there after 2 requests (before: no end).
#[tokio::test]
async fn identical_page_repeated_ends_the_listing() {
    let server = pages(|_, _| r#"{"data":[{"id":1},{"id":2}],"info":{"more_records":true}}"#.to_owned()).await;
    let (read, error) = drain(&client(&server), PAGE_NUMBER, 1_000).await;
    assert_eq!(read, 1);
    assert!(matches!(error, Some(Error::Listing(ref why)) if why.contains("repeats")), "{error:?}");
    assert_eq!(server.requests(), 2);
}

/// Tokens alternating A, B, A …: the listing ends when A comes back, after 3 requests
/// (before: no end).
#[tokio::test]
async fn page_tokens_that_come_back_end_the_listing() {
    let server = pages(|n, _| {
        let next = if n % 2 == 0 { "A" } else { "B" };
        format!(r#"{{"data":[{n}],"info":{{"next":"{next}"}}}}"#)
    })
    .await;
    let (read, error) = drain(&client(&server), PAGE_TOKEN, 1_000).await;
    assert_eq!(read, 3, "pages without a token, with A and with B");
    assert!(matches!(error, Some(Error::Listing(ref why)) if why.contains("page token")), "{error:?}");
    assert_eq!(server.requests(), 3);
}
