//! Helpers shared by the integration tests: a real HTTP server on 127.0.0.1 (wiremock).
#![allow(dead_code)]

pub mod raw_server;

use postgen_runtime::{Auth, Client, RetryPolicy};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A client for `server` with the given credentials, sending each request once: these
/// tests look at what one answer becomes (retries have their own tests).
pub fn client_for(server: &MockServer, auth: Auth) -> Client {
    Client::builder(server.uri())
        .auth(auth)
        .retry(RetryPolicy::never())
        .build()
        .expect("client builds")
}

/// Mounts a catch-all mock answering every request with `template`.
pub async fn answer_everything(server: &MockServer, template: ResponseTemplate) {
    Mock::given(any())
        .respond_with(template)
        .mount(server)
        .await;
}

/// The single request the server received (fails if it received none or several).
pub async fn only_request(server: &MockServer) -> wiremock::Request {
    let mut requests = server
        .received_requests()
        .await
        .expect("request recording is on");
    assert_eq!(
        requests.len(),
        1,
        "expected exactly one request, got {requests:?}"
    );
    requests.remove(0)
}

/// A header of the received request as text.
pub fn header(request: &wiremock::Request, name: &str) -> Option<String> {
    request
        .headers
        .get(name)
        .map(|v| v.to_str().expect("ascii header").to_owned())
}
