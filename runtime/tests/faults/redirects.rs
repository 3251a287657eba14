//! Redirects: a same-origin loop is followed to the limit once, not once per retry; an
//! injected `reqwest::Client` never carries an API key to another origin.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use postgen_runtime::{Auth, Client, Error, Method, Request};

use crate::server::{FaultServer, answer, reply};

/// Always `302 Location: /loop`, on the same origin.
async fn redirect_loop() -> FaultServer {
    FaultServer::start(|_, _, stream| reply(stream, answer("302 Found", &[("Location", "/loop")], b""))).await
}

/// A same-origin redirect loop under the default retry policy: 11 requests (the first and
/// 10 redirects), then a transport error that is not retried (before: 44, 11 × 4 attempts).
#[tokio::test]
async fn redirect_loop_is_not_multiplied_by_retries() {
    let server = redirect_loop().await;
    let client = Client::builder(&server.url).build().expect("client builds");
    let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["start"])).await;
    assert!(matches!(outcome, Err(Error::Transport(ref e)) if e.to_string().contains("redirect")), "{outcome:?}");
    assert_eq!(server.requests(), 11);
}

/// A server that counts the requests carrying the key (`X-Api-Key`), and `origin`, which
/// redirects every request there.
async fn origin_redirecting_to_a_key_collector() -> (FaultServer, FaultServer, Arc<AtomicUsize>) {
    let keys_seen = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&keys_seen);
    let collector = FaultServer::start(move |_, request, stream| {
        if request.header("x-api-key").is_some() || request.target().contains("s3cr3t") {
            seen.fetch_add(1, Ordering::SeqCst);
        }
        reply(stream, answer("200 OK", &[], b"{}"))
    })
    .await;
    let elsewhere = format!("{}/collect", collector.url);
    let origin = FaultServer::start(move |_, _, stream| {
        reply(stream, answer("307 Temporary Redirect", &[("Location", &elsewhere)], b""))
    })
    .await;
    (origin, collector, keys_seen)
}

/// A caller's `reqwest::Client` with reqwest's default policy (follow up to 10, any host)
/// and an API key in a header or the query: refused before sending, the other origin sees
/// nothing (before: the key went along to the other origin).
#[tokio::test]
async fn injected_client_never_carries_an_api_key_elsewhere() {
    let (origin, collector, keys_seen) = origin_redirecting_to_a_key_collector().await;
    for auth in [Auth::api_key_header("X-Api-Key", "s3cr3t"), Auth::api_key_query("key", "s3cr3t")] {
        let client = Client::builder(&origin.url).auth(auth).http_client(reqwest::Client::new()).build().expect("builds");
        let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
        assert!(matches!(outcome, Err(Error::Config(ref why)) if why.contains("redirect")), "{outcome:?}");
    }
    assert_eq!(origin.requests(), 0);
    assert_eq!(collector.requests(), 0);
    assert_eq!(keys_seen.load(Ordering::SeqCst), 0);
}

/// With a client built not to follow redirects and vouched for, the key goes to the origin
/// only and its 307 is the answer; a default client with a bearer token (which reqwest
/// strips) that lands on another origin is reported as `Error::Config`.
#[tokio::test]
async fn vouched_client_sends_the_key_to_its_origin_only() {
    let (origin, collector, keys_seen) = origin_redirecting_to_a_key_collector().await;
    let no_redirects = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("http");
    let client = Client::builder(&origin.url)
        .auth(Auth::api_key_header("X-Api-Key", "s3cr3t"))
        .http_client(no_redirects)
        .http_client_redirects_checked()
        .build()
        .expect("builds");
    let outcome = client.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
    assert!(matches!(outcome, Err(Error::Api { status: 307, .. })), "{outcome:?}");
    assert_eq!((origin.requests(), collector.requests()), (1, 0));

    let following = Client::builder(&origin.url).auth(Auth::bearer("t0k3n")).http_client(reqwest::Client::new()).build().expect("builds");
    let outcome = following.send::<serde_json::Value>(Request::new(Method::GET, &["x"])).await;
    assert!(matches!(outcome, Err(Error::Config(ref why)) if why.contains("another origin")), "{outcome:?}");
    assert_eq!(keys_seen.load(Ordering::SeqCst), 0);
}
