//! The corpus compile gate: every Postman collection of the shared corpus (v2.0/v2.1, per
//! `MANIFEST.tsv`) is generated into one member crate of a scratch workspace, and the whole
//! workspace must build with `RUSTFLAGS=-D warnings`, pass `cargo clippy --all-targets -- -D
//! warnings`, and every crate's `tests/examples.rs` (each saved example replayed against a
//! loopback server) must pass, and every crate's docs must build with `RUSTDOCFLAGS=-D warnings`
//! (`corpus_docs.rs`). A table per collection (requests, examples, compiled, example tests
//! passed) and the figure of crates documented clean are printed to stderr.
//!
//! Dependency builds are cached in `target/corpus-check/` of this repository, so only the
//! generated crates are rebuilt on a warm run. Run with `--nocapture` to see per-collection
//! figures (requests, examples, compiled, example tests passed, warnings).

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

use postgen::{generate, output::write_atomic, GenerateOptions};
use postgen_e2e::{corpus_dir, head, repo_root, scratch_cargo, write_workspace};

mod corpus_docs;
mod corpus_report;
mod corpus_wire;
mod wire_oracle;
mod wire_reasons;

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
    /// The collection it was generated from.
    input: PathBuf,
    /// Operations (request items).
    requests: usize,
    /// Saved example responses.
    examples: usize,
    /// Examples replayed by `tests/examples.rs`, and those it lists as not replayable.
    replayed: usize,
    not_replayed: usize,
    warnings: usize,
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
        let (replayed, not_replayed) =
            generated.files.get("tests/examples.rs").map_or((0, 0), |text| corpus_report::replay_counts(text));
        figures.push(Figures {
            requests: generated.operations,
            examples: generated.examples,
            replayed,
            not_replayed,
            warnings: generated.warnings.len(),
            input: input.clone(),
            name,
        });
    }
    assert!(failures.is_empty(), "{} collection(s) failed to generate:\n{}", failures.len(), failures.join("\n"));

    let members: Vec<String> = figures.iter().map(|f| f.name.clone()).collect();
    write_workspace(workspace, &members);
    figures
}

#[test]
fn every_corpus_collection_compiles_and_replays_its_saved_examples() {
    let started = Instant::now();
    postgen_e2e::gate_report_start();
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

    postgen_e2e::report!("generated {} crates in {:.1?}", figures.len(), started.elapsed());

    // Build every crate and its tests (continuing past failures, so the table is complete),
    // then run each crate's example tests on their own.
    let build_started = Instant::now();
    let build = scratch_cargo(
        workspace.path(),
        &["build", "--workspace", "--tests", "--keep-going", "--quiet", "--message-format=json"],
    );
    let mut runs = corpus_report::artifacts(&String::from_utf8_lossy(&build.stdout));
    postgen_e2e::report!("built {} crates with their tests in {:.1?}", figures.len(), build_started.elapsed());
    let test_started = Instant::now();
    let wire_logs = workspace.path().join("wire-logs");
    std::fs::create_dir_all(&wire_logs).expect("wire log directory");
    for (name, run) in runs.iter_mut() {
        corpus_report::run_examples(run, &wire_logs.join(format!("{name}.jsonl")));
    }
    postgen_e2e::report!("ran the example tests in {:.1?}", test_started.elapsed());

    print_table(&figures, &runs);
    let wire: Vec<(String, corpus_wire::Agreement)> = figures
        .iter()
        .map(|f| (f.name.clone(), corpus_wire::agreement(&f.input, &wire_logs.join(format!("{}.jsonl", f.name)))))
        .collect();
    corpus_wire::print(&wire);
    let not_compiled: Vec<&str> =
        figures.iter().filter(|f| !runs.get(&f.name).is_some_and(|r| r.compiled)).map(|f| f.name.as_str()).collect();
    let failures: Vec<String> = runs
        .iter()
        .flat_map(|(name, run)| run.failed.iter().map(move |test| format!("{name}: {test}")))
        .collect();
    let missing_tests: Vec<&str> = figures
        .iter()
        .filter(|f| f.replayed > 0 && runs.get(&f.name).is_none_or(|r| r.examples_binary.is_none()))
        .map(|f| f.name.as_str())
        .collect();
    if !not_compiled.is_empty() || !failures.is_empty() || !missing_tests.is_empty() || !build.status.success() {
        let kept = workspace.keep();
        panic!(
            "corpus gate failed (workspace kept at {}):\nnot compiled: {not_compiled:?}\nexample tests not built: \
             {missing_tests:?}\nfailed example tests ({}):\n{}\nbuild stderr (first 200 lines):\n{}",
            kept.display(),
            failures.len(),
            failures.join("\n"),
            head(&String::from_utf8_lossy(&build.stderr), 200)
        );
    }
    let passed: usize = runs.values().map(|r| r.passed).sum();
    assert!(passed >= 4000, "only {passed} example tests ran; the corpus has more than 4000 examples");

    let clippy_started = Instant::now();
    let output = scratch_cargo(workspace.path(), &["clippy", "--workspace", "--all-targets", "--quiet", "--", "-D", "warnings"]);
    postgen_e2e::report!("cargo clippy -D warnings over {} crates took {:.1?}", figures.len(), clippy_started.elapsed());
    if !output.status.success() {
        let kept = workspace.keep();
        panic!(
            "cargo clippy -D warnings failed ({}) on the generated corpus workspace {} (kept for inspection)\n\
             stderr (first 200 lines):\n{}",
            output.status,
            kept.display(),
            head(&String::from_utf8_lossy(&output.stderr), 200)
        );
    }
    check_docs(workspace, &figures);
    postgen_e2e::report!("corpus gate took {:.1?}", started.elapsed());
}

/// Every crate's docs build with `RUSTDOCFLAGS=-D warnings`; else the gate fails listing the
/// crates and their rustdoc lints (the workspace kept for inspection).
fn check_docs(workspace: tempfile::TempDir, figures: &[Figures]) {
    let members: Vec<String> = figures.iter().map(|f| f.name.clone()).collect();
    let docs = corpus_docs::document(workspace.path(), &members);
    postgen_e2e::report!("{docs}");
    if !docs.is_clean() {
        let kept = workspace.keep();
        panic!(
            "rustdoc -D warnings failed on {} of {} crates of the corpus workspace {} (kept for inspection):\n{}",
            docs.failing.len(),
            docs.members,
            kept.display(),
            docs.failures()
        );
    }
}

/// The gate's table: per collection, its requests and examples, whether it compiled, and
/// how many of its example tests passed.
fn print_table(figures: &[Figures], runs: &std::collections::BTreeMap<String, corpus_report::CrateRun>) {
    postgen_e2e::report!(
        "{:<46} {:>8} {:>8} {:>8} {:>7} {:>8} {:>13} {:>8}",
        "collection", "requests", "examples", "replayed", "skipped", "compiled", "tests passed", "warnings"
    );
    let mut totals = (0, 0, 0, 0, 0, 0, 0);
    for f in figures {
        let run = runs.get(&f.name).cloned().unwrap_or_default();
        let total = run.passed + run.failed.len();
        postgen_e2e::report!(
            "{:<46} {:>8} {:>8} {:>8} {:>7} {:>8} {:>13} {:>8}",
            f.name,
            f.requests,
            f.examples,
            f.replayed,
            f.not_replayed,
            if run.compiled { "yes" } else { "NO" },
            format!("{}/{}", run.passed, total),
            f.warnings
        );
        totals.0 += f.requests;
        totals.1 += f.examples;
        totals.2 += f.replayed;
        totals.3 += f.not_replayed;
        totals.4 += usize::from(run.compiled);
        totals.5 += run.passed;
        totals.6 += total;
    }
    postgen_e2e::report!(
        "{:<46} {:>8} {:>8} {:>8} {:>7} {:>8} {:>13}",
        format!("total ({} crates)", figures.len()),
        totals.0,
        totals.1,
        totals.2,
        totals.3,
        format!("{}/{}", totals.4, figures.len()),
        format!("{}/{}", totals.5, totals.6)
    );
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
