//! build.rs mode as a user meets it: the workspace's example crate (tests/build-rs-example),
//! copied with its inputs into a scratch workspace, builds; a change to any input collection
//! or schema file regenerates the client (and only then); bad input fails the build with the
//! file, JSON pointer and excerpt, never a panic.

use std::path::{Path, PathBuf};

use postgen_e2e::{head, repo_root, scratch_cargo, write_workspace};
use serde_json::Value;

/// The scratch workspace: `collections/zoho-crm/` and `tests/build-rs-example/` as in the
/// repository (so the example's `../../collections/zoho-crm` resolves), with a manifest that
/// names the generator and runtime of this checkout by absolute path.
fn scratch_workspace() -> PathBuf {
    let root = repo_root();
    let scratch = root.join("target/build-rs-check");
    let _ = std::fs::remove_dir_all(scratch.join("collections"));
    copy_dir(&root.join("collections/zoho-crm"), &scratch.join("collections/zoho-crm"));
    let example = scratch.join("tests/build-rs-example");
    std::fs::create_dir_all(example.join("src")).expect("create the example's src");
    for file in ["build.rs", "src/main.rs"] {
        std::fs::copy(root.join("tests/build-rs-example").join(file), example.join(file)).expect("copy the example");
    }
    let manifest = format!(
        "[package]\nname = \"zoho-build-rs-example\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\npostgen-runtime = {{ path = {runtime:?} }}\ntokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n\n\
         [build-dependencies]\ngenerator = {{ path = {generator:?} }}\n",
        runtime = root.join("runtime").display().to_string(),
        generator = root.join("generator").display().to_string(),
    );
    std::fs::write(example.join("Cargo.toml"), manifest).expect("write the example's manifest");
    write_workspace(&scratch, &["tests/build-rs-example".to_owned()]);
    scratch
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("create {}: {e}", to.display()));
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("read {}: {e}", from.display())) {
        let path = entry.expect("directory entry").path();
        let target = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap_or_else(|e| panic!("copy {}: {e}", path.display()));
        }
    }
}

/// One `cargo build` of the example: whether it succeeded, whether the binary was rebuilt
/// (not fresh), the generated module file, and stderr.
struct Build {
    ok: bool,
    rebuilt: bool,
    module: Option<String>,
    stderr: String,
}

fn build(scratch: &Path) -> Build {
    let output = scratch_cargo(scratch, &["build", "--message-format=json", "-p", "zoho-build-rs-example"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut rebuilt = false;
    let mut out_dir = None;
    for message in stdout.lines().filter_map(|line| serde_json::from_str::<Value>(line).ok()) {
        let ours = message["package_id"].as_str().is_some_and(|id| id.contains("build-rs-example"));
        match message["reason"].as_str() {
            Some("compiler-artifact") if ours && message["target"]["kind"][0] == "bin" => {
                rebuilt = message["fresh"] == false;
            }
            Some("build-script-executed") if ours => out_dir = message["out_dir"].as_str().map(PathBuf::from),
            _ => {}
        }
    }
    let module = out_dir.and_then(|dir| std::fs::read_to_string(dir.join("zoho_crm.rs")).ok());
    Build { ok: output.status.success(), rebuilt, module, stderr: String::from_utf8_lossy(&output.stderr).into_owned() }
}

/// Rewrites a JSON input in place (key order kept).
fn edit_json(path: &Path, edit: impl FnOnce(&mut Value)) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let mut json: Value = serde_json::from_str(&text).expect("the input is JSON");
    edit(&mut json);
    let text = serde_json::to_string_pretty(&json).expect("JSON serializes");
    std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

#[test]
fn the_build_rs_example_regenerates_when_an_input_changes_and_fails_readably_on_bad_input() {
    let scratch = scratch_workspace();
    let inputs = scratch.join("collections/zoho-crm");

    let first = build(&scratch);
    assert!(first.ok, "the example builds:\n{}", head(&first.stderr, 60));
    let module = first.module.expect("the build script wrote $OUT_DIR/zoho_crm.rs");
    assert!(module.starts_with("pub mod zoho_crm {"), "{}", head(&module, 5));
    assert!(module.contains("pub fn get_users("), "the generated client has the listing");
    let get_users = &module[module.find("pub fn get_users(").unwrap_or_default()..];
    let signature = &get_users[..get_users.find('{').unwrap_or_default()];
    assert!(signature.contains("Listing<") && signature.contains("IfModified"), "{signature}");

    let again = build(&scratch);
    assert!(again.ok && !again.rebuilt, "nothing changed, nothing rebuilt:\n{}", head(&again.stderr, 40));

    edit_json(&inputs.join("collection.json"), |c| {
        c["item"][0]["request"]["description"] = "Changed in the collection by the build.rs test.".into();
    });
    let changed = build(&scratch);
    assert!(changed.ok && changed.rebuilt, "a changed collection rebuilds:\n{}", head(&changed.stderr, 40));
    let module = changed.module.expect("module written");
    assert!(module.contains("/// Changed in the collection by the build.rs test."), "the client was regenerated");

    edit_json(&inputs.join("schema/users.json"), |s| {
        s["endpoints"][0]["summary"] = "Lists users (changed in the schema file by the build.rs test).".into();
    });
    let changed = build(&scratch);
    assert!(changed.ok && changed.rebuilt, "a changed schema file rebuilds:\n{}", head(&changed.stderr, 40));
    assert!(changed.module.expect("module written").contains("changed in the schema file by the build.rs test"));

    edit_json(&inputs.join("collection.json"), |c| {
        c["item"][0]["request"]["method"] = serde_json::json!({"verb": "PUT"});
    });
    let bad = build(&scratch);
    assert!(!bad.ok, "bad input fails the build");
    for expected in [
        "error: zoho-build-rs-example@0.0.0: ",
        "collection.json: at /item/0/request/method: expected",
        "found an object",
        "--> ",
        "^",
        "build script logged errors",
    ] {
        assert!(bad.stderr.contains(expected), "missing {expected:?} in:\n{}", head(&bad.stderr, 40));
    }
    assert!(!bad.stderr.contains("panicked"), "no panic:\n{}", head(&bad.stderr, 40));
}
