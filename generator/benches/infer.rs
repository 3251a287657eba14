//! Inference over one large page: a 5,000-user Zoho "Get Users" response (~8 MB).
//!
//! A bench binary, not a test: it prints figures (min/median of 5 runs per stage, peak
//! resident memory) and asserts nothing about them, so a slow machine never fails CI.
//!
//!     cargo bench -p generator --bench infer
//!
//! Env: `POSTGEN_BENCH_PAGE` (page path, default `target/bench/zoho-users-5000.json`, made by
//! `scripts/zoho_users_page.py` when missing); `POSTGEN_BENCH_ONCE=1` does one whole
//! `generate` and prints its peak memory (`POSTGEN_BENCH_ONCE=<collection.json>` skips building
//! the collection, which is how the main run measures a fresh process).

use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use postgen::config::ApiConfig;
use postgen::{GenerateOptions, generate};

const RUNS: usize = 5;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let once = std::env::var_os("POSTGEN_BENCH_ONCE");
    if let Some(path) = once.as_ref().map(PathBuf::from).filter(|p| p.is_file()) {
        return once_generate(&path, None);
    }
    let page_path = std::env::var_os("POSTGEN_BENCH_PAGE")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target/bench/zoho-users-5000.json"));
    let page = read_page(&root, &page_path);
    let page_len = page.len();
    let collection = collection_file(page);
    if once.is_some() {
        // What building the collection cost, so the generate peak can be told apart from it.
        return once_generate(collection.path(), Some(vm_kib("VmHWM")));
    }
    let path = collection.path();
    let collection_len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);

    let config = ApiConfig {
        crate_name: "zoho-bench".into(),
        crate_version: "0.1.0".into(),
        auth_scheme: Some("Zoho-oauthtoken".into()),
        error_code_key: None,
        error_message_key: None,
        servers: None,
    };
    let options = generate_options(path);
    let (mut load, mut ir, mut infer, mut emit, mut whole) = (vec![], vec![], vec![], vec![], vec![]);
    let (mut types, mut types_rs, mut warnings, mut examples_rs) = (0, 0, 0, 0);
    for _ in 0..RUNS {
        let collection = timed(&mut load, || postgen::postman::load_file(path).expect("load"));
        let (mut api, _) = timed(&mut ir, || postgen::ir::from_collection(&collection, &config).expect("ir"));
        warnings = timed(&mut infer, || postgen::infer::infer(&mut api)).len();
        let files = timed(&mut emit, || postgen::emit::emit(&api, "../../runtime").expect("emit"));
        types = api.types.len();
        types_rs = files.get("src/types.rs").map_or(0, String::len);
        // The page is embedded here as a string literal, which dominates emit's cost.
        examples_rs = files.get("tests/examples.rs").map_or(0, String::len);
        // Free the staged run before the whole one, as a CLI run would start clean.
        drop((files, api, collection));
        black_box(timed(&mut whole, || generate(&options).expect("generate")));
    }
    let ir_infer: Vec<Duration> = ir.iter().zip(&infer).map(|(a, b)| *a + *b).collect();
    let hwm = vm_kib("VmHWM");
    let fresh = fresh_process(path);

    println!("postgen infer bench: {} ({:.2} MB page, {:.2} MB collection)", page_path.display(), mb(page_len), mb(collection_len as usize));
    println!("{:<34} {:>10} {:>10}   ({RUNS} runs)", "stage", "min", "median");
    for (name, times) in [
        ("(a) postman::load_file", &load),
        ("(b) ir::from_collection + infer", &ir_infer),
        ("      ir::from_collection", &ir),
        ("      infer::infer", &infer),
        ("(c) emit::emit", &emit),
        ("(d) generate (whole)", &whole),
    ] {
        let (min, median) = min_median(times);
        println!("{name:<34} {:>7.1} ms {:>7.1} ms", ms(min), ms(median));
    }
    println!("generated types: {types}; src/types.rs: {:.1} KiB; tests/examples.rs: {:.2} MB; warnings: {warnings}", types_rs as f64 / 1024.0, mb(examples_rs));
    println!("peak RSS, this process after all runs (VmHWM): {:.1} MiB", mib(hwm));
    println!("peak RSS, fresh process, one generate:         {fresh}");
}

/// The page text, generated first when missing.
fn read_page(root: &Path, path: &Path) -> String {
    if !path.is_file() {
        let status = Command::new("python3")
            .arg("scripts/zoho_users_page.py")
            .arg(path)
            .current_dir(root)
            .status()
            .expect("python3 scripts/zoho_users_page.py");
        assert!(status.success(), "scripts/zoho_users_page.py failed");
    }
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A v2.1 collection with one GET whose saved 200 response is the page, in a temp file (so
/// `load_file` pays for reading and parsing exactly as the CLI does).
fn collection_file(page: String) -> tempfile::NamedTempFile {
    let request = serde_json::json!({
        "method": "GET",
        "header": [],
        "url": { "raw": "{{api-domain}}/crm/v8/users", "host": ["{{api-domain}}"], "path": ["crm", "v8", "users"] },
    });
    let collection = serde_json::json!({
        "info": {
            "_postman_id": "bench-zoho-users-5000",
            "name": "Zoho CRM (bench)",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        },
        "item": [{
            "name": "Get Users",
            "request": request,
            "response": [{
                "name": "5000 users",
                "originalRequest": request,
                "status": "OK",
                "code": 200,
                "_postman_previewlanguage": "json",
                "header": [{ "key": "Content-Type", "value": "application/json;charset=UTF-8" }],
                "body": page,
            }],
        }],
        "variable": [{ "key": "api-domain", "value": "https://www.zohoapis.com", "type": "string" }],
    });
    let mut file = tempfile::Builder::new().suffix(".postman_collection.json").tempfile().expect("temp file");
    serde_json::to_writer(std::io::BufWriter::new(file.as_file_mut()), &collection).expect("write collection");
    file.flush().expect("flush");
    file
}

fn generate_options(collection: &Path) -> GenerateOptions {
    GenerateOptions {
        collection: collection.to_path_buf(),
        out: std::env::temp_dir().join("zoho-bench"),
        runtime_path: Some("../../runtime".into()),
        ..Default::default()
    }
}

/// One whole `generate`; prints its time and this process's peak memory.
fn once_generate(collection: &Path, before_kib: Option<u64>) {
    let start = Instant::now();
    let generated = generate(&generate_options(collection)).expect("generate");
    let elapsed = start.elapsed();
    black_box(&generated);
    let before = before_kib.map(|k| format!(" (VmHWM before generate: {:.1} MiB)", mib(k))).unwrap_or_default();
    println!("{:.1} MiB VmHWM, generate {:.1} ms{before}", mib(vm_kib("VmHWM")), ms(elapsed));
}

/// Re-runs this binary on the same collection, so the peak is not inflated by earlier runs.
fn fresh_process(collection: &Path) -> String {
    let exe = std::env::current_exe().expect("current exe");
    match Command::new(exe).env("POSTGEN_BENCH_ONCE", collection).output() {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).trim().to_owned(),
        Ok(out) => format!("child failed: {}", String::from_utf8_lossy(&out.stderr).trim()),
        Err(e) => format!("child not started: {e}"),
    }
}

fn timed<T>(times: &mut Vec<Duration>, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let value = f();
    times.push(start.elapsed());
    value
}

fn min_median(times: &[Duration]) -> (Duration, Duration) {
    let mut sorted = times.to_vec();
    sorted.sort();
    (sorted[0], sorted[sorted.len() / 2])
}

/// A `/proc/self/status` figure in KiB (0 where there is no procfs).
fn vm_kib(key: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':')?.trim().strip_suffix("kB")?.trim().parse().ok())
        .unwrap_or(0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}
