//! The runtime against a raw TCP server on 127.0.0.1 that misbehaves on purpose: no panic,
//! no hang, no storm of requests, bounded memory. One test per scenario, each asserting the
//! exact figure (requests counted at the server, bytes held) and elapsed times only within
//! wide bounds.

/// Every allocation of this test binary is metered (see `alloc_meter.rs`).
#[global_allocator]
static METER: alloc_meter::Meter = alloc_meter::Meter;

#[allow(dead_code)]
#[path = "../common/raw_server.rs"]
mod raw_server;
mod alloc_meter;
mod body_size;
mod listings;
mod multipart;
mod oauth;
mod redirects;
mod retry_after;
mod timeouts;
mod token_file;
mod token_endpoint;
mod server;
