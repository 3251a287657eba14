//! Per-crate figures of the corpus gate: which generated crates compiled, and how many of
//! their example tests passed. Built from cargo's JSON messages (one `cargo build --tests` of
//! the whole scratch workspace), then each crate's `examples` test binary run on its own.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use postgen_e2e::test_counts;

/// What one generated crate's build and example tests gave.
#[derive(Debug, Default, Clone)]
pub struct CrateRun {
    /// The library compiled.
    pub compiled: bool,
    /// The `examples` test binary, when the crate has one and it compiled.
    pub examples_binary: Option<PathBuf>,
    /// Example tests passed and failed.
    pub passed: usize,
    /// Example tests that failed.
    pub failed: Vec<String>,
}

/// Reads `cargo build --tests --message-format=json` output: per member directory name,
/// whether its library compiled and where its `examples` test binary is.
pub fn artifacts(json_lines: &str) -> BTreeMap<String, CrateRun> {
    let mut runs: BTreeMap<String, CrateRun> = BTreeMap::new();
    for line in json_lines.lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if message["reason"] != "compiler-artifact" {
            continue;
        }
        let Some(member) = message["manifest_path"]
            .as_str()
            .and_then(|p| Path::new(p).parent())
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
        else {
            continue;
        };
        let target = &message["target"];
        let kinds: Vec<&str> = target["kind"].as_array().into_iter().flatten().filter_map(|k| k.as_str()).collect();
        let run = runs.entry(member).or_default();
        if kinds.contains(&"lib") {
            run.compiled = true;
        }
        if kinds.contains(&"test") && target["name"] == "examples" {
            run.examples_binary = message["executable"].as_str().map(PathBuf::from);
        }
    }
    runs
}

/// Runs one crate's example test binary and records its counts and failures; the requests
/// the tests sent are logged to `wire_log` (the runtime's `POSTGEN_WIRE_LOG`).
pub fn run_examples(run: &mut CrateRun, wire_log: &Path) {
    let Some(binary) = &run.examples_binary else { return };
    let output = Command::new(binary)
        .arg("--quiet")
        .env(postgen_runtime::testing::WIRE_LOG, wire_log)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", binary.display()));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let (passed, failed) = test_counts(&stdout);
    run.passed = passed;
    run.failed = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("---- ").and_then(|l| l.strip_suffix(" stdout ----")))
        .map(str::to_owned)
        .collect();
    // A binary that died without a summary still counts as failing.
    if failed > run.failed.len() || (!output.status.success() && run.failed.is_empty()) {
        run.failed.push(format!("(exit {}; {failed} failed) {}", output.status, stdout.lines().last().unwrap_or("")));
    }
}

/// How many saved examples a generated `tests/examples.rs` replays, and how many it lists
/// as not replayed (with the reason, in its module docs).
pub fn replay_counts(examples_rs: &str) -> (usize, usize) {
    let replayed = examples_rs.lines().filter(|l| l.starts_with("fn ") && l.contains("_example_")).count();
    let not_replayed = examples_rs
        .lines()
        .find_map(|l| l.strip_prefix("//! Not replayed ("))
        .and_then(|rest| rest.split(')').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    (replayed, not_replayed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_read_from_libtest_output() {
        let out = "running 3 tests\n..F\n---- a::b stdout ----\npanic\ntest result: FAILED. 2 passed; 1 failed; 0 ignored;\n";
        assert_eq!(test_counts(out), (2, 1));
        assert_eq!(replay_counts("//! Not replayed (3):\nfn x_example_0_a() {\nfn x_request_0() {\n"), (1, 3));
    }
}
