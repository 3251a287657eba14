//! Fuzzing the generator with random Postman collections (issue 7).
//!
//! `random_collections_generate_parsable_rust`: proptest builds random v2.1 collections
//! (`fuzz/collections.rs`: nasty names, nested folders, every body mode, conflicting
//! examples, odd JSON) and runs `postgen::generate` in-process on each. It must never panic
//! nor report an internal error; every `.rs` file it emits must parse with `syn`; a sampled
//! subset must be byte-identical when generated twice. Every collection is valid, so a
//! refusal (`Err`) fails the case, except the kinds the strategy provokes on purpose
//! (`EXPECTED_REFUSALS`), which are counted by kind and must stay under a tenth.
//!
//! `a_sample_of_random_collections_compiles_and_tests`: a varied, deterministic pick of those
//! crates is compiled in one scratch workspace with clippy `-D warnings`, then `cargo test`
//! (the crates' own loopback replays of every example). On failure the workspace is kept, its
//! `inputs/` holding each member's collection.
//!
//! Both are deterministic: a fixed seed (override with `POSTGEN_FUZZ_SEED=<u64>` to explore,
//! `POSTGEN_FUZZ_CASES=<n>` and `POSTGEN_FUZZ_SAMPLE=<crates>` for a longer run) and no
//! failure-persistence files, so nothing is written into the repository; a failure prints the
//! shrunk collection instead, which is the repro to keep (a `tests/fixtures/*.json` edge case
//! once fixed).

#[path = "fuzz/collections.rs"]
mod collections;
#[path = "fuzz/sample.rs"]
mod sample;

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::Once;
use std::time::Instant;

use postgen::{generate, output::write_atomic, Error, GenerateOptions, Generated};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use serde_json::Value;

/// Cases of the property part: about 30 s in a debug build on two cores (it prints its time).
const CASES: u32 = 640;
/// Random collections the compile sample may pick from (it takes one per `sample::FEATURES`
/// entry, the first that has the feature).
const SAMPLE_CANDIDATES: usize = 300;
/// The default seed; any other is as good, this one is fixed so CI runs are reproducible.
const SEED: u64 = 0x706f_7374_6765_6e07;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(default)
}

/// A runner with a fixed seed and no persistence file (nothing is written into the repo).
fn runner(cases: u32) -> TestRunner {
    let mut seed = [0u8; 32];
    seed[..8].copy_from_slice(&env_number("POSTGEN_FUZZ_SEED", SEED).to_le_bytes());
    let config = Config {
        cases,
        failure_persistence: None,
        // Each shrink step is one generate run; bound the time a failure can take.
        max_shrink_time: 120_000,
        rng_algorithm: RngAlgorithm::ChaCha,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed))
}

thread_local! {
    /// Set while a generate run is under `catch_unwind`: its panics are findings, reported
    /// with the shrunk input, so the default hook's message per shrink step is noise.
    static QUIET: Cell<bool> = const { Cell::new(false) };
    /// Where the last quiet panic happened.
    static PANIC_AT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Installs (once) a panic hook that stays silent on threads that set `QUIET`, and defers to
/// the default hook everywhere else (other tests of this binary run on other threads).
fn quiet_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if QUIET.get() {
                let at = info.location().map(|l| l.to_string()).unwrap_or_default();
                PANIC_AT.with_borrow_mut(|p| *p = at);
            } else {
                default(info);
            }
        }));
    });
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    let text = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(non-string panic payload)".to_owned());
    format!("{text} at {}", PANIC_AT.with_borrow(Clone::clone))
}

/// Generates `collection` (written to `dir`) in-process. `Ok(Ok)`: generated; `Ok(Err)`: a
/// refusal; `Err`: a bug (a panic or an internal error).
fn run_generate(collection: &Value, dir: &Path, name: &str) -> Result<Result<Generated, Error>, String> {
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(collection).expect("a Value serializes"))
        .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    let options = GenerateOptions {
        collection: path,
        out: dir.join(name),
        name: Some(name.to_owned()),
        runtime_path: Some(postgen_e2e::repo_root().join("runtime").display().to_string()),
        ..Default::default()
    };
    quiet_panics();
    QUIET.set(true);
    let outcome = catch_unwind(AssertUnwindSafe(|| generate(&options)));
    QUIET.set(false);
    match outcome {
        Err(payload) => Err(format!("generate panicked: {}", panic_message(payload.as_ref()))),
        Ok(Err(Error::Internal(message))) => Err(format!("internal error: {message}")),
        Ok(result) => Ok(result),
    }
}

/// What a refusal was about: the `expected` part of an input error with JSON pointers blanked
/// (the pointer and the finding vary from case to case), else the error's kind.
fn refusal_kind(error: &Error) -> String {
    let blank = |text: &str| -> String {
        let words = text.split(' ').map(|w| match w.strip_prefix('/') {
            Some(_) => format!("<pointer>{}", &w[w.trim_end_matches(')').len()..]),
            None => w.to_owned(),
        });
        words.collect::<Vec<_>>().join(" ")
    };
    match error {
        Error::Input { expected, .. } => format!("expected {}", blank(expected)),
        Error::Line { expected, .. } => format!("expected {}", blank(expected)),
        Error::Io { .. } => "io".to_owned(),
        other => other.to_string(),
    }
}

/// Refusals the strategy provokes on purpose: variables defined through themselves
/// (`baseUrl = {{baseUrl}}/v2`, `self = {{self}}`) cannot be resolved. Any other refusal of
/// these valid collections fails the test.
const EXPECTED_REFUSALS: &[&str] = &["expected a value that resolves"];

/// Every generated `.rs` file parses as a Rust file.
fn check_parses(generated: &Generated) -> Result<usize, String> {
    let mut parsed = 0;
    for (path, text) in generated.files.iter().filter(|(p, _)| p.ends_with(".rs")) {
        if let Err(e) = syn::parse_file(text) {
            return Err(format!("{path} does not parse with syn: {e}\n{}", postgen_e2e::head(text, 80)));
        }
        parsed += 1;
    }
    Ok(parsed)
}

/// Figures of the property run.
#[derive(Default)]
struct Tally {
    generated: usize,
    files_parsed: usize,
    determinism_checks: usize,
    warnings: usize,
    refused: BTreeMap<String, usize>,
}

#[test]
fn random_collections_generate_parsable_rust() {
    let started = Instant::now();
    let cases = env_number("POSTGEN_FUZZ_CASES", u64::from(CASES)) as u32;
    let dir = tempfile::Builder::new().prefix("postgen-fuzz-").tempdir().expect("temp dir");
    let tally = RefCell::new(Tally::default());
    let runs = Cell::new(0usize);
    let result = runner(cases).run(&collections::collection(), |collection| {
        let run = runs.get();
        runs.set(run + 1);
        let generated = match run_generate(&collection, dir.path(), "fuzz-case").map_err(TestCaseError::fail)? {
            Ok(generated) => generated,
            Err(refusal) => {
                let kind = refusal_kind(&refusal);
                if !EXPECTED_REFUSALS.iter().any(|e| kind.starts_with(e)) {
                    // A valid collection refused: a failure, so proptest shrinks it.
                    return Err(TestCaseError::fail(format!("a valid collection was refused: {refusal}")));
                }
                *tally.borrow_mut().refused.entry(kind).or_default() += 1;
                return Ok(());
            }
        };
        let parsed = check_parses(&generated).map_err(TestCaseError::fail)?;
        // Determinism (same input, byte-identical files) on every eighth case: a full second
        // run per case would double the time for a property that rarely breaks.
        let checked_twice = run.is_multiple_of(8);
        if checked_twice {
            let again = run_generate(&collection, dir.path(), "fuzz-case").map_err(TestCaseError::fail)?;
            let again = again.map_err(|e| TestCaseError::fail(format!("refused on the second run only: {e}")))?;
            if let Some((path, _)) = generated.files.iter().find(|(p, text)| again.files.get(*p) != Some(text)) {
                return Err(TestCaseError::fail(format!("{path} differs between two runs on the same input")));
            }
        }
        let mut tally = tally.borrow_mut();
        tally.generated += 1;
        tally.files_parsed += parsed;
        tally.warnings += generated.warnings.len();
        tally.determinism_checks += usize::from(checked_twice);
        Ok(())
    });
    if let Err(error) = result {
        match error {
            TestError::Fail(reason, collection) => panic!(
                "{reason}\nminimal collection after shrinking ({} generate runs):\n{collection:#}",
                runs.get()
            ),
            TestError::Abort(reason) => panic!("proptest aborted: {reason}"),
        }
    }
    let tally = tally.into_inner();
    let refused: usize = tally.refused.values().sum();
    eprintln!(
        "fuzz: {cases} cases in {:.1?}: {} generated ({} .rs files parsed with syn, {} warnings, {} determinism checks), {refused} refused",
        started.elapsed(),
        tally.generated,
        tally.files_parsed,
        tally.warnings,
        tally.determinism_checks,
    );
    for (kind, count) in &tally.refused {
        eprintln!("  refused {count:>4}× {kind}");
    }
    assert_eq!(tally.generated + refused, cases as usize, "every case either generates or is refused");
    assert!(refused * 10 <= cases as usize, "{refused} of {cases} collections were refused: {:?}", tally.refused);
}

#[test]
fn a_sample_of_random_collections_compiles_and_tests() {
    let started = Instant::now();
    let workspace = tempfile::Builder::new().prefix("postgen-fuzz-sample-").tempdir().expect("scratch workspace");
    let inputs = workspace.path().join("inputs");
    std::fs::create_dir(&inputs).expect("create inputs dir");

    // One crate per feature: the first candidate that has it, generates, and is not taken.
    let mut runner = runner(1);
    let strategy = collections::collection();
    let mut candidates: Vec<(Value, Option<Generated>)> = Vec::new();
    let mut members: Vec<(String, &'static str)> = Vec::new();
    let mut taken = Vec::new();
    // `POSTGEN_FUZZ_SAMPLE=<n>` compiles more crates (features taken in turn) for a longer run.
    let size = env_number("POSTGEN_FUZZ_SAMPLE", sample::FEATURES.len() as u64) as usize;
    for (feature, has) in sample::FEATURES.iter().cycle().take(size) {
        for index in 0..SAMPLE_CANDIDATES {
            while candidates.len() <= index {
                let tree = strategy.new_tree(&mut runner).expect("a collection");
                candidates.push((tree.current(), None));
            }
            if taken.contains(&index) || !has(&candidates[index].0) {
                continue;
            }
            let name = format!("fuzz-case-{index:03}");
            let outcome = run_generate(&candidates[index].0, &inputs, &name)
                .unwrap_or_else(|bug| panic!("{bug} on {}", inputs.join(format!("{name}.json")).display()));
            if let Ok(generated) = outcome {
                candidates[index].1 = Some(generated);
                taken.push(index);
                members.push((name, feature));
                break;
            }
        }
    }
    assert_eq!(members.len(), size, "no generating candidate for some feature: {members:?}");
    for ((name, feature), index) in members.iter().zip(&taken) {
        let generated = candidates[*index].1.as_ref().expect("picked candidates were generated");
        write_atomic(&workspace.path().join(name), &generated.files).expect("write generated crate");
        eprintln!("sample: {name} ({feature}, {} requests)", sample::requests(&candidates[*index].0).len());
    }
    let names: Vec<String> = members.iter().map(|(n, _)| n.clone()).collect();
    postgen_e2e::write_workspace(workspace.path(), &names);
    eprintln!("sample: {} crates picked and generated in {:.1?}", names.len(), started.elapsed());

    let clippy_started = Instant::now();
    let clippy = postgen_e2e::scratch_cargo(workspace.path(), &["clippy", "--workspace", "--all-targets", "--quiet", "--", "-D", "warnings"]);
    eprintln!("sample: cargo clippy -D warnings took {:.1?}", clippy_started.elapsed());
    if !clippy.status.success() {
        fail(workspace, "cargo clippy -D warnings", &clippy);
    }
    let test_started = Instant::now();
    let test = postgen_e2e::scratch_cargo(workspace.path(), &["test", "--workspace", "--no-fail-fast"]);
    let (passed, failed) = postgen_e2e::test_counts(&String::from_utf8_lossy(&test.stdout));
    eprintln!("sample: cargo test: {passed} passed, {failed} failed in {:.1?}", test_started.elapsed());
    if !test.status.success() || failed > 0 {
        fail(workspace, "cargo test", &test);
    }
    assert!(passed > 0, "the sample's crates ran no test");
}

/// Keeps the scratch workspace for inspection and fails with the head of cargo's output (for
/// `cargo test`, the failing tests and their messages).
fn fail(workspace: tempfile::TempDir, what: &str, output: &std::process::Output) -> ! {
    let kept = workspace.keep();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let failures = sample::failures(&stdout);
    let stdout = if failures.is_empty() { postgen_e2e::head(&stdout, 60) } else { postgen_e2e::head(&failures, 150) };
    panic!(
        "{what} failed ({}) in {} (kept; inputs/ holds the collections)\nstderr:\n{}\nstdout:\n{stdout}",
        output.status,
        kept.display(),
        postgen_e2e::head(&String::from_utf8_lossy(&output.stderr), 120),
    )
}
