//! Helpers shared by the end-to-end tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The postgen repository root, absolute (paths written into generated crates must resolve
/// from scratch workspaces elsewhere).
pub fn repo_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    root.canonicalize().unwrap_or_else(|e| panic!("canonicalize {}: {e}", root.display()))
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

/// Writes a scratch workspace manifest listing `members` and copies the repository's lock
/// file beside it (the generated crates build with the versions this repository tests).
pub fn write_workspace(workspace: &Path, members: &[String]) {
    let list: Vec<String> = members.iter().map(|m| format!("    {m:?},")).collect();
    let manifest = format!("[workspace]\nresolver = \"2\"\nmembers = [\n{}\n]\n", list.join("\n"));
    let path = workspace.join("Cargo.toml");
    std::fs::write(&path, manifest).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    let lock = repo_root().join("Cargo.lock");
    std::fs::copy(&lock, workspace.join("Cargo.lock")).unwrap_or_else(|e| panic!("copy {}: {e}", lock.display()));
}

/// Runs cargo in a scratch workspace of generated crates with `-D warnings`, sharing one
/// target directory (`target/corpus-check`) so dependencies are built once across runs and
/// across the corpus gate and the fuzz sample.
pub fn scratch_cargo(workspace: &Path, args: &[&str]) -> Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = Command::new(&cargo);
    command.args(args).current_dir(workspace);
    scratch_build_env(&mut command)
        .output()
        .unwrap_or_else(|e| panic!("cannot run `{cargo} {}`: {e}", args.join(" ")))
}

/// The environment of scratch builds: the shared `target/corpus-check`, `-D warnings`, and
/// none of the outer cargo's flags or wrappers.
pub fn scratch_build_env(command: &mut Command) -> &mut Command {
    command
        .env("CARGO_TARGET_DIR", repo_root().join("target/corpus-check"))
        .env("RUSTFLAGS", "-D warnings")
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("RUSTC_WRAPPER")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
}

/// The first `limit` lines of `text`, with a note when some were cut.
pub fn head(text: &str, limit: usize) -> String {
    let total = text.lines().count();
    let mut shown: Vec<String> = text.lines().take(limit).map(str::to_owned).collect();
    if total > limit {
        shown.push(format!("... ({} more lines)", total - limit));
    }
    shown.join("\n")
}

/// Sums libtest's `test result: ok. P passed; F failed` lines.
pub fn test_counts(stdout: &str) -> (usize, usize) {
    let mut passed = 0;
    let mut failed = 0;
    for line in stdout.lines().filter(|l| l.starts_with("test result:")) {
        let words: Vec<&str> = line.split_whitespace().collect();
        for pair in words.windows(2) {
            let n = pair[0].parse::<usize>().unwrap_or(0);
            match pair[1].trim_end_matches([';', ',']) {
                "passed" => passed += n,
                "failed" => failed += n,
                _ => {}
            }
        }
    }
    (passed, failed)
}

/// Where the corpus gate writes its tables (besides stderr, which `cargo test` shows only
/// with `--nocapture`): `.ci/run` prints the file after the tests.
pub fn gate_report_path() -> PathBuf {
    repo_root().join("target/corpus-gate.txt")
}

/// Starts the gate's report file afresh.
pub fn gate_report_start() {
    let path = gate_report_path();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
    std::fs::write(&path, "").unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// One line of the gate's report: to stderr and to the report file.
pub fn gate_report_line(line: &str) {
    use std::io::Write as _;
    eprintln!("{line}");
    let path = gate_report_path();
    let written = std::fs::OpenOptions::new().create(true).append(true).open(&path).and_then(|mut f| writeln!(f, "{line}"));
    written.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// `eprintln!` for the corpus gate's figures: also kept in [`gate_report_path`].
#[macro_export]
macro_rules! report {
    ($($arg:tt)*) => {
        $crate::gate_report_line(&format!($($arg)*))
    };
}
