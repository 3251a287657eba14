//! A misbehaving HTTP/1.1 server on 127.0.0.1 over a bare `TcpListener`: each connection is
//! handed, with the request read off it, to a script written by the test, which answers byte
//! by byte (or not at all). Every loop is bounded in count and in time: at most
//! `MAX_CONNECTIONS` connections, each request read within `READ_LIMIT`, and the whole server
//! stops after `LIFETIME`.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub use crate::raw_server::{Received, answer};

/// At most this many connections are accepted; further ones are not.
const MAX_CONNECTIONS: usize = 2_000;
/// Time allowed to read one request.
const READ_LIMIT: Duration = Duration::from_secs(10);
/// The server (and every script it runs) stops this long after it started.
const LIFETIME: Duration = Duration::from_secs(600);

/// A running server: its base URL and the count of requests it has read.
pub struct FaultServer {
    pub url: String,
    requests: Arc<AtomicUsize>,
}

impl FaultServer {
    /// Requests read so far.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// Starts a server; `script(n, request, stream)` answers the `n`-th request (0-based),
    /// one per connection.
    pub async fn start<F, Fut>(script: F) -> FaultServer
    where
        F: Fn(usize, Received, TcpStream) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local address");
        let requests = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&requests);
        let script = Arc::new(script);
        tokio::spawn(tokio::time::timeout(LIFETIME, async move {
            for _ in 0..MAX_CONNECTIONS {
                let Ok((mut stream, _)) = listener.accept().await else { return };
                let script = Arc::clone(&script);
                let counter = Arc::clone(&counter);
                tokio::spawn(tokio::time::timeout(LIFETIME, async move {
                    let Ok(Some(request)) = tokio::time::timeout(READ_LIMIT, read_request(&mut stream)).await else {
                        return;
                    };
                    let n = counter.fetch_add(1, Ordering::SeqCst);
                    script(n, request, stream).await;
                }));
            }
        }));
        FaultServer { url: format!("http://{addr}"), requests }
    }
}

/// Reads one request head and its `Content-Length` body; `None` when the peer closed first.
async fn read_request(stream: &mut TcpStream) -> Option<Received> {
    let mut read = Vec::new();
    let head_end = loop {
        if let Some(end) = read.windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4;
        }
        if read.len() > 1 << 20 {
            return None;
        }
        let mut chunk = [0u8; 8192];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        read.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&read[..head_end]).into_owned();
    let mut received = Received { head, body: read[head_end..].to_vec() };
    let length: usize = received.header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
    while received.body.len() < length.min(64 << 20) {
        let mut chunk = [0u8; 8192];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        received.body.extend_from_slice(&chunk[..n]);
    }
    Some(received)
}

/// Writes `bytes` and closes the connection (errors ignored: the client may have gone).
pub async fn reply(mut stream: TcpStream, bytes: Vec<u8>) {
    let _ = stream.write_all(&bytes).await;
    let _ = stream.shutdown().await;
}

/// Holds the connection open without a byte for `hold` (bounded by the server's lifetime).
pub async fn stay_silent(stream: TcpStream, hold: Duration) {
    tokio::time::sleep(hold).await;
    drop(stream);
}

/// Writes `bytes` (a head and the start of a body, say), then holds the connection without
/// another byte for `hold`.
pub async fn send_then_stall(mut stream: TcpStream, bytes: &[u8], hold: Duration) {
    let _ = stream.write_all(bytes).await;
    stay_silent(stream, hold).await;
}
