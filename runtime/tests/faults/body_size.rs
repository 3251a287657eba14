//! Bodies beyond the limit, declared or streamed, success or error: `Error::TooLarge` as soon
//! as the limit is passed; bodies within it held about once.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use postgen_runtime::{CallOptions, Client, DEFAULT_MAX_BODY_SIZE, Error, Method, Request, RetryPolicy};
use tokio::io::AsyncWriteExt;

use crate::alloc_meter::peak_during;
use crate::server::{FaultServer, answer, reply};

const MIB: usize = 1024 * 1024;

/// A server whose answer is `head` and then `body_len` bytes of `x` in 64 KiB writes; the
/// second value counts the body bytes it managed to write before the client hung up.
async fn streaming(head: String, body_len: usize) -> (FaultServer, Arc<AtomicUsize>) {
    let written = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&written);
    let server = FaultServer::start(move |_, _, mut stream| {
        let head = head.clone();
        let counter = Arc::clone(&counter);
        async move {
            if stream.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            let chunk = vec![b'x'; 64 * 1024];
            while counter.load(Ordering::SeqCst) < body_len {
                if stream.write_all(&chunk).await.is_err() {
                    return;
                }
                counter.fetch_add(chunk.len(), Ordering::SeqCst);
            }
            let _ = stream.shutdown().await;
        }
    })
    .await;
    (server, written)
}

fn client(server: &FaultServer) -> Client {
    Client::builder(&server.url).retry(RetryPolicy::never()).build().expect("client builds")
}

/// A declared `Content-Length` of 64 MiB is refused before the body is read (before: the
/// whole 64 MiB was read and held).
#[tokio::test]
async fn declared_length_beyond_the_default_limit_is_refused() {
    let length = 64 * MIB;
    let (server, written) = streaming(format!("HTTP/1.1 200 OK\r\nContent-Length: {length}\r\n\r\n"), length).await;
    let outcome = client(&server).send_bytes(Request::new(Method::GET, &["export"])).await;
    assert!(matches!(outcome, Err(Error::TooLarge { limit: DEFAULT_MAX_BODY_SIZE })), "{:?}", outcome.map(|r| r.body.len()));
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(written.load(Ordering::SeqCst) < 16 * MIB, "the server got {} bytes out", written.load(Ordering::SeqCst));
}

/// No `Content-Length`, the body ends when the connection closes, 48 MiB of it: reading stops
/// just past 32 MiB (before: all 48 MiB were read and held).
#[tokio::test]
async fn streamed_body_beyond_the_limit_is_cut_off_while_streaming() {
    let (server, written) = streaming("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n".to_owned(), 48 * MIB).await;
    let outcome = client(&server).send_bytes(Request::new(Method::GET, &["export"])).await;
    assert!(matches!(outcome, Err(Error::TooLarge { .. })), "{:?}", outcome.map(|r| r.body.len()));
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let sent = written.load(Ordering::SeqCst);
    assert!((32 * MIB..40 * MIB).contains(&sent), "the server got {sent} bytes out");
}

/// An error body counts too, and the limit is settable per client and per call.
#[tokio::test]
async fn error_bodies_and_per_client_and_per_call_limits() {
    let big_error = answer("500 Internal Server Error", &[], &vec![b'e'; 4096]);
    let server = FaultServer::start(move |_, _, stream| reply(stream, big_error.clone())).await;
    let small = Client::builder(&server.url).retry(RetryPolicy::never()).max_body_size(1024).build().expect("builds");
    let outcome = small.send_text(Request::new(Method::GET, &["x"])).await;
    assert!(matches!(outcome, Err(Error::TooLarge { limit: 1024 })), "{outcome:?}");
    let roomy = small.with_options(CallOptions::new().max_body_size(8192));
    assert_eq!(roomy.max_body_size(), 8192);
    let outcome = roomy.send_text(Request::new(Method::GET, &["x"])).await;
    assert!(matches!(&outcome, Err(Error::Api { status: 500, body, .. }) if body.len() == 4096), "{outcome:?}");
    assert_eq!(server.requests(), 2);
}

/// An 8 MiB body within the limit is held about once: as bytes (`send_bytes`), and as the
/// error's text (`Error::Api`), the peak allocation stays under 1.5 × the body.
#[tokio::test]
async fn bodies_within_the_limit_are_held_about_once() {
    let body = vec![b'a'; 8 * MIB];
    // Shared, not cloned per answer: the server runs on the metered thread too.
    let ok: Arc<[u8]> = answer("200 OK", &[("Content-Type", "application/octet-stream")], &body).into();
    let failed: Arc<[u8]> = answer("503 Service Unavailable", &[("Content-Type", "text/plain")], &body).into();
    drop(body);
    let server = FaultServer::start(move |n, _, mut stream| {
        let bytes = Arc::clone(if n == 0 { &ok } else { &failed });
        async move {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
    })
    .await;
    let client = client(&server);
    let (outcome, peak) = peak_during(client.send_bytes(Request::new(Method::GET, &["file"]))).await;
    assert_eq!(outcome.expect("8 MiB is within the limit").body.len(), 8 * MIB);
    assert!(peak < 8 * MIB * 3 / 2 + MIB, "bytes: peak {peak} for an 8 MiB body");
    let (outcome, peak) = peak_during(client.send_text(Request::new(Method::GET, &["file"]))).await;
    assert!(matches!(&outcome, Err(Error::Api { status: 503, body, .. }) if body.len() == 8 * MIB));
    assert!(peak < 8 * MIB * 3 / 2 + MIB, "error text: peak {peak} for an 8 MiB body");
}

/// `.items()` over 4 pages of ~1 MiB: the peak held is about one page's text (items are
/// decoded one by one from their slice of it; before, the page was also held as a
/// `serde_json::Value` tree, 4× the text), the same as for one page.
#[tokio::test]
async fn items_hold_one_page_at_a_time() {
    // Four different pages (repeated items would end the listing), page 4 the last.
    let pages: Vec<Arc<[u8]>> = (1..=4)
        .map(|page| {
            let item = format!(r#"{{"id":"{page}-{}","name":"{}"}}"#, "1".repeat(20), "n".repeat(200));
            let items = vec![item; 4_000].join(",");
            answer("200 OK", &[], format!(r#"{{"data":[{items}],"more":{}}}"#, page < 4).as_bytes()).into()
        })
        .collect();
    let page_bytes = pages[0].len();
    let server = FaultServer::start(move |_, request, mut stream| {
        let page: usize = request.target().rsplit("page=").next().and_then(|n| n.parse().ok()).unwrap_or(1);
        let bytes = Arc::clone(&pages[page.clamp(1, 4) - 1]);
        async move {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
    })
    .await;
    let client = client(&server);
    let paging = postgen_runtime::Paging::PageNumber { page: "page", more: "/more", items: "/data" };
    let drain = |request: Request| {
        let client = client.clone();
        async move {
            let mut items = client.items::<serde_json::Value, serde_json::Value>(request, paging);
            let mut count = 0;
            while let Some(item) = items.next().await {
                item.expect("decodes");
                count += 1;
            }
            count
        }
    };
    let (one, one_page_peak) = peak_during(drain(Request::new(Method::GET, &["list"]).query("page", "4"))).await;
    assert_eq!(one, 4_000);
    let (all, four_pages_peak) = peak_during(drain(Request::new(Method::GET, &["list"]))).await;
    assert_eq!(all, 16_000);
    assert!(four_pages_peak < one_page_peak * 3 / 2, "{four_pages_peak} vs {one_page_peak} for one page");
    assert!(four_pages_peak < page_bytes * 2, "peak {four_pages_peak} for pages of {page_bytes} bytes");
}
