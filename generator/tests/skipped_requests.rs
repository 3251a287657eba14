//! Requests with no usable URL are not operations (issue 21): the `tests/fixtures/about-blank.json`
//! collection through the binary. The expectations are read off the raw fixture by hand: two
//! real requests under `https://api.signing.example.com` (`{{baseUrl}}`), and four helpers
//! (three `about:blank`, one with an empty URL) that Postman could send nowhere.

use std::path::Path;
use std::process::Command;

#[test]
fn script_only_helpers_are_skipped_with_a_warning_each_and_the_base_is_the_real_host() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/about-blank.json");
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime");
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let output = Command::new(env!("CARGO_BIN_EXE_postgen"))
        .arg("generate")
        .arg(&fixture)
        .arg("--out")
        .arg(&out)
        .arg("--runtime-path")
        .arg(&runtime)
        .output()
        .expect("run postgen");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");

    // One warning per helper, naming where its URL is (the request itself when it is only a
    // URL string), in document order.
    let skipped: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("no usable URL"))
        .map(|l| l.split_once(": at ").map_or(l, |(_, rest)| rest))
        .collect();
    assert_eq!(
        skipped,
        [
            "/item/0/request/url: no usable URL (about:blank): not an operation",
            "/item/2/item/0/request/url: no usable URL (about:blank): not an operation",
            "/item/2/item/1/request: no usable URL (about:blank): not an operation",
            "/item/2/item/2/request/url: no usable URL (empty): not an operation",
        ],
        "{stderr}"
    );
    assert!(stderr.lines().filter(|l| l.contains("no usable URL")).all(|l| l.contains("about-blank.json")), "{stderr}");

    // Exactly the two real operations, in the README's table and as methods.
    let readme = std::fs::read_to_string(out.join("README.md")).expect("README.md");
    let operations: Vec<&str> = readme.lines().filter(|l| l.starts_with("| `") && l.contains("` | `")).collect();
    assert_eq!(
        operations,
        ["| `get_envelopes` | `GET /v2/envelopes` | JSON |", "| `create_envelopes` | `POST /v2/envelopes` (JSON body) | JSON |"]
    );
    let client = std::fs::read_to_string(out.join("src/client.rs")).expect("src/client.rs");
    assert_eq!(client.matches("pub async fn ").count(), 2, "{client}");
    // The first request is a helper: the base still comes from `{{baseUrl}}`.
    assert!(client.contains(r#"DEFAULT_BASE_URL: &'static str = "https://api.signing.example.com";"#), "{client}");
    assert!(!client.contains("about:blank"), "{client}");
}
