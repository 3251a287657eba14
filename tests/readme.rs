//! The README's "Three ways to use it" as a new user meets it: every `sh` block of that section
//! is extracted from README.md and run verbatim, in order, from the root of a fresh copy of this
//! checkout (so `../my-app` and `../demo` land beside the copy, as they would beside a clone).
//! The README cannot rot: change a command there and this test runs the new one.

use std::path::{Path, PathBuf};
use std::process::Command;

use postgen_e2e::{head, repo_root, scratch_build_env};

const SECTION: &str = "## Three ways to use it";

/// The `sh` blocks of the section, with the `### ` subsection each belongs to.
fn sh_blocks(readme: &str) -> Vec<(String, String)> {
    let start = readme.find(SECTION).unwrap_or_else(|| panic!("README.md has no {SECTION:?} section"));
    let section = &readme[start + SECTION.len()..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    let mut blocks = Vec::new();
    let mut subsection = String::new();
    let mut lines = section.lines();
    while let Some(line) = lines.next() {
        if let Some(title) = line.strip_prefix("### ") {
            subsection = title.to_owned();
        } else if line.trim_end() == "```sh" {
            let body: Vec<&str> = lines.by_ref().take_while(|l| l.trim_end() != "```").collect();
            blocks.push((subsection.clone(), body.join("\n")));
        }
    }
    blocks
}

/// Copies the checkout's files (tracked and new, not ignored: what a clone plus local work
/// holds) into `to`, and links `../shared` beside it as it is beside this checkout.
fn copy_checkout(to: &Path) {
    let root = repo_root();
    let output = Command::new("git")
        .args(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
        .current_dir(&root)
        .output()
        .expect("git lists the checkout's files");
    assert!(output.status.success(), "git ls-files: {}", String::from_utf8_lossy(&output.stderr));
    for relative in output.stdout.split(|b| *b == 0).filter(|p| !p.is_empty()) {
        let relative = PathBuf::from(String::from_utf8_lossy(relative).into_owned());
        let from = root.join(&relative);
        if !from.is_file() {
            continue; // deleted in the working tree
        }
        let target = to.join(&relative);
        std::fs::create_dir_all(target.parent().expect("a parent")).expect("create the copy's directories");
        std::fs::copy(&from, &target).unwrap_or_else(|e| panic!("copy {}: {e}", from.display()));
    }
    let shared = root.join("../shared").canonicalize().expect("../shared exists beside the checkout");
    std::os::unix::fs::symlink(shared, to.parent().expect("a parent").join("shared")).expect("link ../shared");
}

#[test]
fn every_command_of_the_readme_usage_section_succeeds_verbatim() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).expect("README.md");
    let blocks = sh_blocks(&readme);
    for mode in ["1. Command line", "2. Checked-in crate", "3. build.rs"] {
        assert!(
            blocks.iter().any(|(subsection, _)| subsection.starts_with(mode)),
            "the README section for {mode:?} has no sh block to run"
        );
    }

    let scratch = tempfile::tempdir().expect("a temporary directory");
    let checkout = scratch.path().join("postgen");
    copy_checkout(&checkout);
    for (subsection, block) in &blocks {
        let mut bash = Command::new("bash");
        bash.args(["-euo", "pipefail", "-c", block]).current_dir(&checkout);
        // Dependencies are built once, shared with the corpus gate.
        let output = scratch_build_env(&mut bash).output().expect("bash runs");
        assert!(
            output.status.success(),
            "README block of {subsection:?} failed:\n{block}\n--- stdout\n{}\n--- stderr\n{}",
            head(&String::from_utf8_lossy(&output.stdout), 60),
            head(&String::from_utf8_lossy(&output.stderr), 80)
        );
    }

    // What the commands left behind, checked beyond their exit codes.
    let app = scratch.path().join("my-app");
    let manifest = std::fs::read_to_string(app.join("Cargo.toml")).expect("my-app/Cargo.toml");
    assert!(manifest.lines().any(|l| l.starts_with("zoho-crm = ") && l.contains("path = \"zoho-crm\"")), "{manifest}");
    let client = std::fs::read_to_string(app.join("zoho-crm/Cargo.toml")).expect("the checked-in crate");
    let runtime = checkout.join("runtime").display().to_string();
    assert!(client.contains(&format!("postgen-runtime = {{ version = \"0.1\", path = {runtime:?} }}")), "{client}");
    assert!(scratch.path().join("demo/zoho-users/src/types.rs").is_file(), "the CLI section's crate");
}
