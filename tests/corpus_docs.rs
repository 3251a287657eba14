//! The corpus gate's rustdoc step: every generated crate of the scratch workspace documented
//! with `RUSTDOCFLAGS=-D warnings` (one `cargo doc --no-deps --workspace --keep-going`), and
//! the crates whose docs fail, with rustdoc's lints by name. Description text is the API
//! author's markdown; the generator must turn it into rustdoc that builds clean, without
//! allowing any lint in the generated crates.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use postgen_e2e::scratch_build_env;

/// What `cargo doc` gave for the workspace's members.
pub struct DocRun {
    /// Members documented with no lint.
    pub clean: usize,
    /// Members whose docs failed: per member, its rustdoc lints (`rustdoc::bare_urls`) and how
    /// often each fired, plus rustdoc's first messages.
    pub failing: BTreeMap<String, Failure>,
    pub members: usize,
    pub took: Duration,
}

#[derive(Default)]
pub struct Failure {
    pub lints: BTreeMap<String, usize>,
    pub first_messages: Vec<String>,
}

/// Documents every member of `workspace` (named by their directories, `members`).
pub fn document(workspace: &Path, members: &[String]) -> DocRun {
    let started = Instant::now();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = Command::new(&cargo);
    command
        .args(["doc", "--no-deps", "--workspace", "--keep-going", "--quiet", "--message-format=json"])
        .current_dir(workspace);
    // `RUSTFLAGS` does not reach rustdoc: its lints are denied on their own.
    scratch_build_env(&mut command).env("RUSTDOCFLAGS", "-D warnings").env_remove("CARGO_ENCODED_RUSTDOCFLAGS");
    let output = command.output().unwrap_or_else(|e| panic!("cannot run `{cargo} doc`: {e}"));
    let mut run = read_messages(&String::from_utf8_lossy(&output.stdout), members);
    run.took = started.elapsed();
    // A failed run that named no failing crate (cargo itself failed) must not pass.
    if !output.status.success() && run.failing.is_empty() {
        run.failing.insert(
            "(cargo doc)".to_owned(),
            Failure {
                lints: BTreeMap::new(),
                first_messages: vec![format!("{}: {}", output.status, String::from_utf8_lossy(&output.stderr))],
            },
        );
    }
    run
}

/// Reads `cargo doc --message-format=json` output: a member failed when rustdoc reported an
/// error for it, or when it produced no documented library.
fn read_messages(json_lines: &str, members: &[String]) -> DocRun {
    let mut documented = BTreeSet::new();
    let mut failing: BTreeMap<String, Failure> = BTreeMap::new();
    for line in json_lines.lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let Some(member) = member_of(&message).filter(|m| members.contains(m)) else { continue };
        match message["reason"].as_str() {
            Some("compiler-artifact") => {
                documented.insert(member);
            }
            Some("compiler-message") if message["message"]["level"] == "error" => {
                let Some(lint) = message["message"]["code"]["code"].as_str() else { continue };
                let failure = failing.entry(member).or_default();
                *failure.lints.entry(lint.to_owned()).or_default() += 1;
                if failure.first_messages.len() < 3 {
                    let rendered = message["message"]["rendered"].as_str().unwrap_or_default();
                    failure.first_messages.push(rendered.lines().take(8).collect::<Vec<_>>().join("\n"));
                }
            }
            _ => {}
        }
    }
    for member in members.iter().filter(|m| !documented.contains(*m)) {
        failing.entry(member.clone()).or_default();
    }
    DocRun { clean: members.len() - failing.len(), failing, members: members.len(), took: Duration::ZERO }
}

/// The member directory a message is about.
fn member_of(message: &serde_json::Value) -> Option<String> {
    let manifest = Path::new(message["manifest_path"].as_str()?);
    Some(manifest.parent()?.file_name()?.to_string_lossy().into_owned())
}

impl DocRun {
    pub fn is_clean(&self) -> bool {
        self.failing.is_empty()
    }

    /// One line per failing crate: its lints, then rustdoc's first messages.
    pub fn failures(&self) -> String {
        let mut out = String::new();
        for (member, failure) in &self.failing {
            let lints: Vec<String> = failure.lints.iter().map(|(lint, n)| format!("{lint} ×{n}")).collect();
            let what = if lints.is_empty() { "not documented".to_owned() } else { lints.join(", ") };
            out.push_str(&format!("{member}: {what}\n"));
            for message in &failure.first_messages {
                out.push_str(&format!("{message}\n"));
            }
        }
        out
    }
}

impl fmt::Display for DocRun {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cargo doc (RUSTDOCFLAGS=-D warnings): {}/{} crates documented clean in {:.1?}",
            self.clean, self.members, self.took
        )
    }
}

#[cfg(test)]
mod tests {
    use super::read_messages;

    #[test]
    fn a_crate_fails_on_a_rustdoc_error_or_without_docs() {
        let members = ["clean".to_owned(), "linted".to_owned(), "broken".to_owned()];
        let artifact = |m: &str| {
            format!(r#"{{"reason":"compiler-artifact","manifest_path":"/ws/{m}/Cargo.toml","target":{{"kind":["lib"]}}}}"#)
        };
        let error = r#"{"reason":"compiler-message","manifest_path":"/ws/linted/Cargo.toml","message":{"level":"error","code":{"code":"rustdoc::bare_urls"},"rendered":"error: this URL is not a hyperlink"}}"#;
        let summary = r#"{"reason":"compiler-message","manifest_path":"/ws/linted/Cargo.toml","message":{"level":"error","code":null,"rendered":"error: aborting"}}"#;
        let lines = [artifact("clean"), artifact("linted"), error.to_owned(), summary.to_owned(), artifact("dependency")];
        let run = read_messages(&lines.join("\n"), &members);
        assert_eq!(run.clean, 1);
        assert_eq!(run.failing.keys().collect::<Vec<_>>(), ["broken", "linted"]);
        assert_eq!(run.failing["linted"].lints.get("rustdoc::bare_urls"), Some(&1));
        assert!(run.failures().contains("broken: not documented"), "{}", run.failures());
    }
}
