//! One raw server for an API (answering `[]` to everything) and its OAuth token endpoint
//! (`/token`), which fails or hangs.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::server::{FaultServer, Received, answer, reply, stay_silent};

/// What the token endpoint does.
#[derive(Clone, Copy)]
pub enum TokenEndpoint {
    Fails500,
    Hangs,
}

/// The server, and the count of token requests it read.
pub async fn api_and_token_endpoint(token: TokenEndpoint) -> (FaultServer, Arc<AtomicUsize>) {
    let token_requests = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&token_requests);
    let server = FaultServer::start(move |_, request: Received, stream| {
        let is_token = request.target().starts_with("/token");
        if is_token {
            counter.fetch_add(1, Ordering::SeqCst);
        }
        async move {
            match (is_token, token) {
                (false, _) => reply(stream, answer("200 OK", &[], b"[]")).await,
                (true, TokenEndpoint::Fails500) => reply(stream, answer("500 Internal Server Error", &[], b"down")).await,
                (true, TokenEndpoint::Hangs) => stay_silent(stream, Duration::from_secs(300)).await,
            }
        }
    })
    .await;
    (server, token_requests)
}

