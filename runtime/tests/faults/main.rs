//! The runtime against a raw TCP server on 127.0.0.1 that misbehaves on purpose: no panic,
//! no hang, no storm of requests, bounded memory. One test per scenario, each asserting the
//! exact figure (requests counted at the server, bytes held) and elapsed times only within
//! wide bounds.

#[allow(dead_code)]
#[path = "../common/raw_server.rs"]
mod raw_server;
mod oauth;
mod retry_after;
mod timeouts;
mod token_endpoint;
mod server;
