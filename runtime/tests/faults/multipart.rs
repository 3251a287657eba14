//! Multipart file names with `"`, CR and LF: percent-encoded, so a part header can never be
//! cut short or extended by a file name.

use postgen_runtime::{Client, Method, Part, Request, RetryPolicy};

use crate::raw_server::{answer, serve_once};

/// A file name that tries to end its header and start a body of its own: the server sees one
/// `Content-Disposition` line whose quoted `filename` holds the whole name, encoded, and the
/// part's only `Content-Type` is the client's (before: CR and LF went into the header raw,
/// and a lenient parser cut the name at the CR).
#[tokio::test]
async fn hostile_file_name_stays_inside_its_header_line() {
    let server = serve_once(answer("204 No Content", &[], b"")).await;
    let client = Client::builder(&server.url).retry(RetryPolicy::never()).build().expect("client builds");
    let name = "evil\".txt\r\nContent-Type: text/html\r\n\r\n<script>";
    let part = Part::File { file_name: name.to_owned(), bytes: b"content".to_vec() };
    let request = Request::new(Method::POST, &["upload"]).multipart(vec![("file".to_owned(), part)]);
    client.send::<()>(request).await.expect("204");
    let received = server.request.await.expect("the server read the request");
    let body = String::from_utf8_lossy(&received.body).into_owned();
    let disposition: Vec<&str> = body.split("\r\n").filter(|line| line.starts_with("Content-Disposition")).collect();
    assert_eq!(
        disposition,
        [r#"Content-Disposition: form-data; name="file"; filename="evil%22.txt%0D%0AContent-Type: text/html%0D%0A%0D%0A<script>""#]
    );
    let content_types = body.split("\r\n").filter(|line| line.starts_with("Content-Type")).count();
    assert_eq!(content_types, 1, "{body}");
}
