//! A one-request HTTP/1.1 server on 127.0.0.1 over a bare `TcpListener`: it answers with
//! bytes written by the test, exactly, and hands back the request's bytes exactly (wiremock
//! builds its answers through its own types; these tests are about every byte).

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// What the server read: the request head (request line and headers) and the body.
#[derive(Debug)]
pub struct Received {
    pub head: String,
    pub body: Vec<u8>,
}

impl Received {
    /// The request line's path and query.
    pub fn target(&self) -> &str {
        self.head.split(' ').nth(1).unwrap_or("")
    }

    /// The value of header `name` (case-insensitive), if sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// The server's base URL and the task that yields the one request it answered.
pub struct RawServer {
    pub url: String,
    pub request: JoinHandle<Received>,
}

/// An HTTP/1.1 answer with `status`, the headers given, `Content-Length` and `body`.
pub fn answer(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n");
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str(&format!("Content-Length: {}\r\nConnection: close\r\n\r\n", body.len()));
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

/// Accepts one connection on 127.0.0.1, reads one request (head and `Content-Length` body),
/// writes `response` and closes. Every step is bounded by 10 seconds.
pub async fn serve_once(response: Vec<u8>) -> RawServer {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
    let url = format!("http://{}", listener.local_addr().expect("local address"));
    let request = tokio::spawn(async move {
        let limit = Duration::from_secs(10);
        let (mut stream, _) = tokio::time::timeout(limit, listener.accept())
            .await
            .expect("a request within 10 s")
            .expect("accept");
        let mut read = Vec::new();
        let head_end = loop {
            if let Some(end) = read.windows(4).position(|w| w == b"\r\n\r\n") {
                break end + 4;
            }
            let mut chunk = [0u8; 4096];
            let n = tokio::time::timeout(limit, stream.read(&mut chunk)).await.expect("head within 10 s").expect("read");
            assert!(n > 0, "connection closed before the end of the request head");
            read.extend_from_slice(&chunk[..n]);
        };
        let head = String::from_utf8(read[..head_end].to_vec()).expect("the request head is ASCII");
        let mut received = Received { head, body: read[head_end..].to_vec() };
        let length: usize = received.header("content-length").map_or(0, |v| v.parse().expect("Content-Length is a number"));
        while received.body.len() < length {
            let mut chunk = [0u8; 4096];
            let n = tokio::time::timeout(limit, stream.read(&mut chunk)).await.expect("body within 10 s").expect("read");
            assert!(n > 0, "connection closed before the end of the body");
            received.body.extend_from_slice(&chunk[..n]);
        }
        stream.write_all(&response).await.expect("write the answer");
        stream.shutdown().await.ok();
        received
    });
    RawServer { url, request }
}
