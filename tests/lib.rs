//! Helpers shared by the end-to-end tests.

use std::path::{Path, PathBuf};

/// The postgen repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The shared corpus of public Postman collections (never copied into the repo).
pub fn corpus_dir() -> PathBuf {
    repo_root().join("../shared/corpus")
}

/// A saved example of the Zoho collection: (HTTP status, body text), by example name.
pub fn zoho_example(name: &str) -> (u16, String) {
    let path = repo_root().join("collections/zoho-crm/collection.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let json: serde_json::Value = serde_json::from_str(&text).expect("collection.json is JSON");
    let examples = json["item"][0]["response"].as_array().expect("item 0 has responses");
    let example = examples
        .iter()
        .find(|e| e["name"] == name)
        .unwrap_or_else(|| panic!("no example named {name}"));
    let status = example["code"].as_u64().expect("example has a code") as u16;
    let body = example["body"].as_str().expect("example has a body").to_owned();
    (status, body)
}
