//! The generated Zoho crate, file by file. Every snapshot was reviewed by hand; a change in
//! generated code shows up here as a diff to review (`cargo insta review`).

use std::path::Path;

use postgen::{generate, GenerateOptions};
use postgen_e2e::repo_root;

fn zoho_files() -> postgen::emit::Files {
    let root = repo_root();
    let dir = root.join("collections/zoho-crm");
    let mut options = GenerateOptions::for_api_dir(&dir, &root.join("generated/zoho-crm"));
    options.runtime_path = Some("../../runtime".into());
    generate(&options).expect("the Zoho collection generates").files
}

#[test]
fn zoho_crate_files() {
    let files = zoho_files();
    assert_eq!(
        files.keys().map(String::as_str).collect::<Vec<_>>(),
        ["Cargo.toml", "README.md", "examples/get_users_pages.rs", "src/client.rs", "src/lib.rs", "src/servers.rs", "src/types.rs", "tests/examples.json", "tests/examples.rs"]
    );
    for (path, contents) in &files {
        let name = path.replace(['/', '.'], "_");
        insta::assert_snapshot!(name, contents);
    }
}

#[test]
fn checked_in_zoho_crate_is_current() {
    let files = zoho_files();
    let out = repo_root().join("generated/zoho-crm");
    for (path, contents) in &files {
        let on_disk = std::fs::read_to_string(out.join(Path::new(path)))
            .unwrap_or_else(|e| panic!("generated/zoho-crm/{path}: {e}"));
        assert_eq!(&on_disk, contents, "generated/zoho-crm/{path} is stale: run `cargo run -p generator`");
    }
}
