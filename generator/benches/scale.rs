//! How generation scales: synthetic collections of 1,000 to 20,000 requests, 10 saved examples
//! each (`synth/`), timed against a bare `serde_json` parse of the same file.
//!
//! A bench binary, not a test: it prints figures and asserts nothing about them (only that the
//! synthesizer is deterministic), so a slow machine never fails CI.
//!
//!     cargo bench -p generator --bench scale
//!
//! Env: `POSTGEN_SCALE_N=1000,2000` request counts (default 1000,2000,10000,20000; a size whose
//! projected time exceeds `POSTGEN_SCALE_BUDGET_S`, default 600, or whose projected peak RSS
//! exceeds 70% of `MemAvailable` is skipped and said so);
//! `POSTGEN_SCALE_STAGES=1` also times each pipeline stage once per size (with the peak RSS
//! reached by the end of each); `POSTGEN_SCALE_BUILD=1` also times an incremental `cargo build`
//! of a 500-operation synthetic crate and of `generated/zoho-crm` (`scale_build/`).
//!
//! Every `generate` runs in a fresh child process (this binary with `--scale-child FILE`), so
//! each size has its own peak RSS and no run inherits the allocator state of another; so does
//! the bare parse the ratio is taken against (`--scale-parse FILE`). They run in interleaved
//! pairs, three up to 10k requests (medians), so that both see the same load on a shared
//! machine. The parse in the bench's own, warm process is printed beside it.
//!
//! Profiling: `scale --scale-write N FILE` writes the synthetic collection of N requests, and
//! `perf record <bench binary> --scale-child FILE` runs one `generate` on it.

use std::hint::black_box;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use postgen::config::ApiConfig;
use postgen::{GenerateOptions, generate};

/// The allocator of the `postgen` binary, so the figures are the command's.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod scale_build;
mod synth;

const EXAMPLES: usize = 10;
const SEED: u64 = 0x5EED;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("--scale-child") => return child(Path::new(&args[2])),
        Some("--scale-parse") => return parse_child(Path::new(&args[2])),
        Some("--scale-stages") => return stages(Path::new(&args[2])),
        Some("--scale-write") => {
            let n = args[2].parse().expect("--scale-write N FILE: N is a request count");
            let mut out = BufWriter::new(std::fs::File::create(&args[3]).expect("create FILE"));
            synth::write_collection(&mut out, n, EXAMPLES, SEED).expect("write collection");
            return out.flush().expect("flush collection");
        }
        _ => {}
    }
    check_determinism();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let sizes = sizes();
    let budget = std::env::var("POSTGEN_SCALE_BUDGET_S").ok().and_then(|s| s.parse().ok()).unwrap_or(600.0);
    println!("postgen scale bench: synthetic collections, {EXAMPLES} examples per request, seed {SEED:#x}");
    let mut done: Vec<(usize, f64, f64)> = Vec::new();
    let mut last_peak_mib = 0.0;
    for n in sizes {
        // Projected from the largest size so far (time quadratically, memory linearly):
        // skipping is cheap, a stuck or swapping machine is not.
        if let Some(&(m, _, secs)) = done.last() {
            let projected = secs * (n as f64 / m as f64).powi(2);
            let peak = last_peak_mib * n as f64 / m as f64;
            let available = vm_kib_in("/proc/meminfo", "MemAvailable") as f64 / 1024.0;
            if projected > budget {
                println!("N={n} skipped: projected generate {projected:.0} s > budget {budget:.0} s (POSTGEN_SCALE_BUDGET_S)");
                continue;
            }
            if available > 0.0 && peak > 0.7 * available {
                println!("N={n} skipped: projected peak RSS {peak:.0} MiB > 70% of MemAvailable {available:.0} MiB");
                continue;
            }
        }
        let row = measure(n);
        last_peak_mib = row.peak_mib;
        done.push((n, row.parse, row.generate));
    }
    let pairs: Vec<String> = done
        .iter()
        .filter_map(|&(n, parse, secs)| {
            let &(n2, parse2, secs2) = done.iter().find(|d| d.0 == 2 * n)?;
            Some(format!("{n}→{n2}: generate x{:.2}, serde parse x{:.2}", secs2 / secs, parse2 / parse))
        })
        .collect();
    match pairs.is_empty() {
        true => println!("doubling ratio: no N and 2N pair measured"),
        false => println!("doubling ratio (2.00 = linear): {}", pairs.join("; ")),
    }
    if std::env::var("POSTGEN_SCALE_BUILD").is_ok_and(|v| v == "1") {
        scale_build::run(&root, EXAMPLES, SEED);
    }
}

fn sizes() -> Vec<usize> {
    match std::env::var("POSTGEN_SCALE_N") {
        Ok(list) => list.split(',').map(|n| n.trim().parse().expect("POSTGEN_SCALE_N: comma-separated request counts")).collect(),
        Err(_) => vec![1000, 2000, 10_000, 20_000],
    }
}

/// Same arguments, same bytes; and the streaming writer agrees with the in-memory value.
fn check_determinism() {
    let mut a = Vec::new();
    let mut b = Vec::new();
    synth::write_collection(&mut a, 120, 4, SEED).expect("write to memory");
    synth::write_collection(&mut b, 120, 4, SEED).expect("write to memory");
    let value = serde_json::to_vec(&synth::collection(120, 4, SEED)).expect("serialize");
    assert!(a == b && a == value, "the synthesizer is not deterministic");
}

struct Row {
    parse: f64,
    generate: f64,
    peak_mib: f64,
}

/// One size: prints its row.
fn measure(n: usize) -> Row {
    let start = Instant::now();
    let file = tempfile::Builder::new().suffix(".postman_collection.json").tempfile().expect("temp file");
    let mut out = BufWriter::new(file.as_file());
    synth::write_collection(&mut out, n, EXAMPLES, SEED).expect("write collection");
    out.flush().expect("flush collection");
    drop(out);
    let synth_secs = start.elapsed().as_secs_f64();

    // The bare parse and `generate`, each in a fresh process, in interleaved pairs: on a
    // shared machine the load changes from one minute to the next, and a pair sees the same
    // load. Parsed in this process after synthesizing, the parse reused warm memory and
    // measured 0.8-1.3 s for the same 165 MB file.
    let runs = if n <= 10_000 { 3 } else { 1 };
    let pairs: Vec<(f64, Report)> = (0..runs).map(|_| (Report::parse(file.path()), Report::run(file.path()))).collect();
    let parse = median(pairs.iter().map(|(parse, _)| *parse).collect());
    let bytes = std::fs::read(file.path()).expect("read collection");
    let warm_parse = median(
        (0..3)
            .map(|_| {
                let start = Instant::now();
                let value: serde_json::Value = serde_json::from_slice(&bytes).expect("synthetic JSON parses");
                let elapsed = start.elapsed();
                drop(black_box(value));
                elapsed.as_secs_f64()
            })
            .collect(),
    );
    let file_mb = bytes.len() as f64 / 1e6;
    drop(bytes);

    let reports: Vec<Report> = pairs.into_iter().map(|(_, report)| report).collect();
    let secs = median(reports.iter().map(|r| r.get("secs")).collect());
    let peak_mib = reports.iter().map(|r| r.get("hwm_kib")).fold(0.0, f64::max) / 1024.0;
    let r = &reports[0];
    let ops = r.get("ops");
    println!(
        "N={n} requests, {} examples: file {file_mb:.1} MB, serde parse {parse:.2} s, generate {secs:.2} s ({:.1}x; {:.1}x the parse in a warm process, {warm_parse:.2} s), peak RSS {peak_mib:.0} MiB, {:.0} lines/op (types {:.0}, client {:.0})",
        r.get("examples"),
        secs / parse,
        secs / warm_parse,
        r.get("src_lines") / ops,
        r.get("types_lines") / ops,
        r.get("client_lines") / ops,
    );
    println!(
        "    {ops} operations, {} warnings, {runs} parse and generate pair(s) (medians), synthesized in {synth_secs:.1} s; src/*.rs {} lines, types.rs {}, client.rs {}; tests/examples.rs {:.1} MB, tests/examples.json {:.1} MB",
        r.get("warnings"),
        r.get("src_lines"),
        r.get("types_lines"),
        r.get("client_lines"),
        r.get("examples_rs_bytes") / 1e6,
        r.get("examples_json_bytes") / 1e6,
    );
    if std::env::var("POSTGEN_SCALE_STAGES").is_ok_and(|v| v == "1") {
        println!("    stages: {}", run_self("--scale-stages", file.path()));
    }
    Row { parse, generate: secs, peak_mib }
}

/// What a child printed: `key=value` pairs on one line.
struct Report(Vec<(String, f64)>);

impl Report {
    fn run(collection: &Path) -> Report {
        let line = run_self("--scale-child", collection);
        let pairs = line.split_whitespace().filter_map(|kv| kv.split_once('=')).map(|(k, v)| (k.to_owned(), v.parse().unwrap_or(f64::NAN)));
        Report(pairs.collect())
    }

    /// The bare `serde_json::from_slice` of `collection` timed in a fresh process.
    fn parse(collection: &Path) -> f64 {
        let line = run_self("--scale-parse", collection);
        line.strip_prefix("secs=").and_then(|s| s.parse().ok()).unwrap_or(f64::NAN)
    }

    fn get(&self, key: &str) -> f64 {
        self.0.iter().find(|(k, _)| k == key).map_or(f64::NAN, |(_, v)| *v)
    }
}

fn run_self(mode: &str, collection: &Path) -> String {
    let exe = std::env::current_exe().expect("current exe");
    let out = Command::new(exe).arg(mode).arg(collection).output().expect("start child");
    assert!(out.status.success(), "child {mode} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn options(collection: &Path) -> GenerateOptions {
    GenerateOptions {
        collection: collection.to_path_buf(),
        // Never written to: only its name would matter, and `name` is given.
        out: std::env::temp_dir().join("postgen-scale-synth"),
        name: Some("synth".into()),
        runtime_path: Some("../runtime".into()),
        ..Default::default()
    }
}

/// Child: one whole `generate`, then its time, this process's peak memory and output sizes.
fn child(collection: &Path) {
    let start = Instant::now();
    let generated = generate(&options(collection)).expect("generate");
    let secs = start.elapsed().as_secs_f64();
    let lines = |file: &str| generated.files.get(file).map_or(0, |text| text.lines().count());
    let src_lines: usize = generated.files.iter().filter(|(path, _)| path.starts_with("src/") && path.ends_with(".rs")).map(|(_, text)| text.lines().count()).sum();
    println!(
        "secs={secs} hwm_kib={} ops={} examples={} warnings={} src_lines={src_lines} types_lines={} client_lines={} examples_rs_bytes={} examples_json_bytes={}",
        vm_kib("VmHWM"),
        generated.operations,
        generated.examples,
        generated.warnings.len(),
        lines("src/types.rs"),
        lines("src/client.rs"),
        generated.files.get("tests/examples.rs").map_or(0, String::len),
        generated.files.get("tests/examples.json").map_or(0, String::len),
    );
}

/// Child: the bare parse the ratio is taken against, read first and then timed alone.
fn parse_child(collection: &Path) {
    let bytes = std::fs::read(collection).expect("read collection");
    let start = Instant::now();
    let value: serde_json::Value = serde_json::from_slice(&bytes).expect("synthetic JSON parses");
    let secs = start.elapsed().as_secs_f64();
    drop(black_box(value));
    println!("secs={secs}");
}

/// Child: the pipeline stage by stage (as `generate` runs them, without schema files or a
/// `postgen.toml`), to see where the time goes.
fn stages(collection: &Path) {
    let config = ApiConfig {
        crate_name: "synth".into(),
        crate_version: "0.1.0".into(),
        auth_scheme: None,
        error_code_key: None,
        error_message_key: None,
        servers: None,
    };
    // VmHWM after each stage: where the peak is reached, not just how high it is.
    let mut times: Vec<(&str, Duration, u64)> = Vec::new();
    let mut timed = |name, start: Instant| times.push((name, start.elapsed(), vm_kib("VmHWM")));
    let start = Instant::now();
    let loaded = postgen::postman::load_file(collection).expect("load");
    timed("load", start);
    let start = Instant::now();
    let (mut api, _) = postgen::ir::from_collection(&loaded, &config).expect("ir");
    timed("ir", start);
    let start = Instant::now();
    postgen::ir::detect_pagination(&mut api, &[], Path::new("postgen.toml")).expect("pagination");
    timed("pagination", start);
    let start = Instant::now();
    black_box(postgen::infer::infer(&mut api));
    postgen::ir::resolve_item_types(&mut api);
    timed("infer", start);
    let start = Instant::now();
    black_box(postgen::emit::emit(&api, "../runtime").expect("emit"));
    timed("emit", start);
    let parts: Vec<String> = times.iter().map(|(name, d, hwm)| format!("{name} {:.2} s (peak {} MiB)", d.as_secs_f64(), hwm / 1024)).collect();
    println!("{} ({} types)", parts.join(", "), api.types.len());
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// A `/proc/self/status` figure in KiB (0 where there is no procfs).
fn vm_kib(key: &str) -> u64 {
    vm_kib_in("/proc/self/status", key)
}

fn vm_kib_in(file: &str, key: &str) -> u64 {
    let status = std::fs::read_to_string(file).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':')?.trim().strip_suffix("kB")?.trim().parse().ok())
        .unwrap_or(0)
}
