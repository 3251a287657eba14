//! The corpus compile gate: every Postman collection of the shared corpus (v2.0/v2.1, per
//! `MANIFEST.tsv`) is generated into one member crate of a scratch workspace, and the whole
//! workspace must pass `cargo clippy --all-targets -- -D warnings` with `RUSTFLAGS=-D warnings`.
//!
//! Dependency builds are cached in `target/corpus-check/` of this repository, so only the
//! generated crates are rebuilt on a warm run. Run with `--nocapture` to see per-collection
//! figures (operations, types, warnings).

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use postgen::{generate, output::write_atomic, GenerateOptions};

/// The postgen repository root (absolute, so paths written into generated crates resolve from
/// the scratch workspace).
fn repo_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    root.canonicalize().unwrap_or_else(|e| panic!("canonicalize {}: {e}", root.display()))
}

fn corpus_dir() -> PathBuf {
    repo_root().join("../shared/corpus")
}

/// Hand-written edge-case collections in `tests/fixtures/`, sorted.
fn fixture_files() -> Vec<PathBuf> {
    let dir = repo_root().join("tests/fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("fixture dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// A manifest row the gate covers.
struct Eligible {
    /// Path relative to the corpus directory.
    local_file: String,
}

/// Rows of `MANIFEST.tsv` that are Postman collections we can read: `requests_count` is a
/// number (JSON Schema / OpenAPI rows have `-`) and the schema version is not v1.
fn eligible_rows() -> Vec<Eligible> {
    let path = corpus_dir().join("MANIFEST.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("MANIFEST.tsv has a header line").split('\t').collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("MANIFEST.tsv has no `{name}` column: {header:?}"))
    };
    let (file_col, requests_col, version_col) =
        (column("local_file"), column("requests_count"), column("schema_version"));
    let mut rows = Vec::new();
    for (number, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let field = |col: usize| {
            *fields
                .get(col)
                .unwrap_or_else(|| panic!("MANIFEST.tsv line {}: only {} fields", number + 2, fields.len()))
        };
        if field(requests_col).trim().parse::<u64>().is_err() || field(version_col).trim() == "v1" {
            continue;
        }
        rows.push(Eligible { local_file: field(file_col).to_owned() });
    }
    rows
}

/// A lowercase-kebab crate name from a corpus file name:
/// `scale/msgraph__Microsoft_Graph.postman_collection.json` → `msgraph-microsoft-graph`.
fn crate_name(local_file: &str) -> String {
    let file = local_file.rsplit('/').next().unwrap_or(local_file);
    let mut stem = file;
    for suffix in [".json", ".postman_collection", ".postman"] {
        stem = stem.strip_suffix(suffix).unwrap_or(stem);
    }
    postgen::config::package_name(stem)
}

/// What one generated crate holds.
struct Figures {
    name: String,
    operations: usize,
    types: usize,
    warnings: usize,
}

fn count_in(path: &Path, needles: &[&str]) -> usize {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    text.lines()
        .map(str::trim_start)
        .filter(|l| needles.iter().any(|n| l.starts_with(n)))
        .count()
}

/// Generates every eligible collection into `workspace/<crate>/` and writes the workspace
/// manifest. Panics listing every collection that failed to generate.
fn generate_workspace(workspace: &Path, inputs: &[PathBuf]) -> Vec<Figures> {
    let runtime = repo_root().join("runtime");
    assert!(runtime.join("Cargo.toml").is_file(), "no runtime crate at {}", runtime.display());
    let runtime = runtime.to_str().expect("runtime path is UTF-8").to_owned();
    let mut names = BTreeSet::new();
    let mut figures = Vec::new();
    let mut failures = Vec::new();
    for input in inputs {
        let label = input.display().to_string();
        let file_name = input.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let name = crate_name(&file_name);
        assert!(names.insert(name.clone()), "two corpus files map to crate name {name}");
        let out = workspace.join(&name);
        let options = GenerateOptions {
            collection: input.clone(),
            out: out.clone(),
            name: Some(name.clone()),
            runtime_path: Some(runtime.clone()),
            ..Default::default()
        };
        let generated = match generate(&options) {
            Ok(generated) => generated,
            Err(e) => {
                failures.push(format!("{label}: generate failed: {e}"));
                continue;
            }
        };
        if let Err(e) = write_atomic(&out, &generated.files) {
            failures.push(format!("{label}: writing {} failed: {e}", out.display()));
            continue;
        }
        figures.push(Figures {
            operations: count_in(&out.join("src/client.rs"), &["pub async fn "]),
            types: count_in(&out.join("src/types.rs"), &["pub struct ", "pub type "]),
            warnings: generated.warnings.len(),
            name,
        });
    }
    assert!(failures.is_empty(), "{} collection(s) failed to generate:\n{}", failures.len(), failures.join("\n"));

    let members: Vec<String> = figures.iter().map(|f| format!("    {:?},", f.name)).collect();
    let manifest = format!("[workspace]\nresolver = \"2\"\nmembers = [\n{}\n]\n", members.join("\n"));
    let manifest_path = workspace.join("Cargo.toml");
    std::fs::write(&manifest_path, manifest).unwrap_or_else(|e| panic!("write {}: {e}", manifest_path.display()));
    let lock = repo_root().join("Cargo.lock");
    std::fs::copy(&lock, workspace.join("Cargo.lock")).unwrap_or_else(|e| panic!("copy {}: {e}", lock.display()));
    figures
}

/// The first `limit` lines of `text`, with a note when some were cut.
fn head(text: &str, limit: usize) -> String {
    let total = text.lines().count();
    let mut shown: Vec<&str> = text.lines().take(limit).collect();
    let note = format!("... ({} more lines)", total.saturating_sub(limit));
    if total > limit {
        shown.push(&note);
    }
    shown.join("\n")
}

#[test]
fn every_corpus_collection_generates_a_crate_that_passes_clippy_and_round_trips_its_examples() {
    let started = Instant::now();
    let rows = eligible_rows();
    assert!(rows.len() >= 34, "MANIFEST.tsv lists only {} eligible collections, expected at least 34", rows.len());
    let missing: Vec<&str> =
        rows.iter().map(|r| r.local_file.as_str()).filter(|f| !corpus_dir().join(f).is_file()).collect();
    assert!(missing.is_empty(), "corpus files listed in MANIFEST.tsv are missing: {missing:?}");

    // Our own edge cases (deep nesting, keyword and duplicate names, odd values) ride along.
    let fixtures = fixture_files();
    assert!(fixtures.len() >= 10, "tests/fixtures holds only {} collections", fixtures.len());
    let mut inputs: Vec<PathBuf> = rows.iter().map(|r| corpus_dir().join(&r.local_file)).collect();
    inputs.extend(fixtures.iter().cloned());

    let workspace = tempfile::Builder::new().prefix("postgen-corpus-").tempdir().expect("scratch workspace");
    let figures = generate_workspace(workspace.path(), &inputs);
    assert_eq!(
        figures.len(),
        inputs.len(),
        "generated {} crates for {} eligible manifest rows and {} fixtures",
        figures.len(),
        rows.len(),
        fixtures.len()
    );
    let on_disk = std::fs::read_dir(workspace.path())
        .expect("read scratch workspace")
        .filter(|e| e.as_ref().is_ok_and(|e| e.path().join("Cargo.toml").is_file()))
        .count();
    assert_eq!(on_disk, inputs.len(), "member crate directories in {}", workspace.path().display());

    eprintln!("{:<48} {:>6} {:>6} {:>8}", "crate", "ops", "types", "warnings");
    for f in &figures {
        eprintln!("{:<48} {:>6} {:>6} {:>8}", f.name, f.operations, f.types, f.warnings);
    }
    let total = |pick: fn(&Figures) -> usize| figures.iter().map(pick).sum::<usize>();
    eprintln!(
        "{:<48} {:>6} {:>6} {:>8}",
        format!("total ({} crates)", figures.len()),
        total(|f| f.operations),
        total(|f| f.types),
        total(|f| f.warnings)
    );
    eprintln!("generated in {:.1?}", started.elapsed());

    let compile_started = Instant::now();
    let output = inner_cargo(workspace.path(), &["clippy", "--workspace", "--all-targets", "--quiet", "--", "-D", "warnings"]);
    eprintln!("cargo clippy over {} crates took {:.1?}", figures.len(), compile_started.elapsed());

    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stdout = String::from_utf8_lossy(&output.stdout);
        // Keep the workspace for inspection.
        let kept = workspace.keep();
        panic!(
            "cargo clippy -D warnings failed ({}) on the generated corpus workspace {} (kept for inspection)\n\
             stderr (first 200 lines):\n{}\nstdout (first 50 lines):\n{}",
            output.status,
            kept.display(),
            head(&stderr, 200),
            head(&stdout, 50)
        );
    }

    // Every saved JSON example (success bodies, request bodies) round-trips through its type.
    let test_started = Instant::now();
    let output = inner_cargo(workspace.path(), &["test", "--workspace", "--no-fail-fast", "--test", "examples"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let (passed, failed) = test_counts(&stdout);
    let failures: Vec<&str> = stdout.lines().filter(|l| l.starts_with("---- ")).collect();
    eprintln!(
        "example round-trips: {passed}/{} passed in {:.1?}",
        passed + failed,
        test_started.elapsed()
    );
    assert!(passed >= 4000, "only {passed} example round-trips ran; the corpus has more than 4000");
    if failed > 0 || !output.status.success() {
        let kept = workspace.keep();
        panic!(
            "{failed} example round-trip(s) failed in {} (kept):\n{}\nstdout (first 300 lines):\n{}\nstderr (first 100 lines):\n{}",
            kept.display(),
            failures.join("\n"),
            head(&stdout, 300),
            head(&String::from_utf8_lossy(&output.stderr), 100)
        );
    }
}

/// Runs cargo in the scratch workspace, sharing a target directory across runs so that
/// dependencies are built once.
fn inner_cargo(workspace: &Path, args: &[&str]) -> std::process::Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(&cargo)
        .args(args)
        .current_dir(workspace)
        .env("CARGO_TARGET_DIR", repo_root().join("target/corpus-check"))
        .env("RUSTFLAGS", "-D warnings")
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("RUSTC_WRAPPER")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .output()
        .unwrap_or_else(|e| panic!("cannot run `{cargo} {}`: {e}", args.join(" ")))
}

/// Sums `test result: ok. P passed; F failed` lines.
fn test_counts(stdout: &str) -> (usize, usize) {
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

/// The crate-name rule is what the gate relies on for unique, valid member names.
#[test]
fn crate_names_are_unique_lowercase_kebab() {
    let rows = eligible_rows();
    let mut seen: HashMap<String, &str> = HashMap::new();
    for row in &rows {
        let name = crate_name(&row.local_file);
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} → {name:?} is not lowercase-kebab",
            row.local_file
        );
        if let Some(other) = seen.insert(name.clone(), &row.local_file) {
            panic!("{other} and {} both map to crate name {name}", row.local_file);
        }
    }
    assert_eq!(crate_name("scale/msgraph__Microsoft_Graph.postman_collection.json"), "msgraph-microsoft-graph");
}
