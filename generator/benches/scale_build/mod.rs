//! `POSTGEN_SCALE_BUILD=1`: how long a user waits for `cargo build` after regenerating. A
//! 500-operation synthetic crate and the checked-in `generated/zoho-crm` share a scratch
//! workspace under `<target>/scale-build/`; one build warms the dependencies, then each crate's
//! `src/lib.rs` is touched and the crate alone is rebuilt and timed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Instant, SystemTime};

use postgen::{GenerateOptions, generate};

use crate::synth;

const SYNTH_OPERATIONS: usize = 500;

pub fn run(root: &Path, examples: usize, seed: u64) {
    // The bench's own target dir when one is set, so scratch builds never land in the repo's.
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"));
    let scratch = target.join("scale-build");
    std::fs::create_dir_all(&scratch).expect("create scratch workspace");
    let runtime = root.join("runtime").canonicalize().expect("runtime/ exists");
    let runtime = runtime.to_string_lossy().into_owned();

    let synth_name = format!("synth-{SYNTH_OPERATIONS}");
    let collection = scratch.join(format!("{synth_name}.postman_collection.json"));
    let mut bytes = Vec::new();
    synth::write_collection(&mut bytes, SYNTH_OPERATIONS, examples, seed).expect("write to memory");
    std::fs::write(&collection, bytes).expect("write collection");
    let synth_out = scratch.join(&synth_name);
    let options = GenerateOptions {
        collection,
        out: synth_out.clone(),
        name: Some(synth_name.clone()),
        runtime_path: Some(runtime.clone()),
        ..Default::default()
    };
    let generated = generate(&options).expect("generate synthetic crate");
    postgen::output::write_atomic(&synth_out, &generated.files).expect("write synthetic crate");

    // The checked-in crate as it is, pointed at the runtime by absolute path.
    let zoho = scratch.join("zoho-crm");
    copy_dir(&root.join("generated/zoho-crm"), &zoho);
    let manifest = std::fs::read_to_string(zoho.join("Cargo.toml")).expect("read zoho Cargo.toml");
    std::fs::write(zoho.join("Cargo.toml"), manifest.replace("\"../../runtime\"", &format!("{runtime:?}"))).expect("write zoho Cargo.toml");
    let zoho_api = GenerateOptions::for_api_dir(&root.join("collections/zoho-crm"), &scratch.join("zoho-crm-unused"));
    let zoho_ops = generate(&zoho_api).expect("generate zoho-crm").operations;

    let members = format!("[workspace]\nresolver = \"3\"\nmembers = [\"{synth_name}\", \"zoho-crm\"]\n");
    std::fs::write(scratch.join("Cargo.toml"), members).expect("write workspace manifest");
    // The repo's lock: the same dependency versions the checked-in crates are tested with.
    std::fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock")).expect("copy Cargo.lock");

    println!("cargo build (dev profile) in {}", scratch.display());
    let warm = cargo(&scratch, &["build", "--workspace"]);
    println!("    warm-up build of both crates with dependencies: {warm:.1} s");
    for (name, ops) in [(synth_name.as_str(), generated.operations), ("zoho-crm", zoho_ops)] {
        let lib = scratch.join(name).join("src/lib.rs");
        let touch = || std::fs::File::options().append(true).open(&lib).and_then(|f| f.set_modified(SystemTime::now())).expect("touch src/lib.rs");
        touch();
        let secs = cargo(&scratch, &["build", "-p", name]);
        // Incremental compilation reuses the unchanged crate's queries, which a regeneration
        // that changed the files would not fully get: the non-incremental figure bounds it above.
        touch();
        let full = cargo_with(&scratch, &["build", "-p", name], &[("CARGO_INCREMENTAL", "0")]);
        let lines = src_lines(&scratch.join(name).join("src"));
        println!(
            "    {name}: {ops} operations, {lines} src lines, rebuild after touching src/lib.rs {secs:.1} s ({:.3} s/op); with CARGO_INCREMENTAL=0 {full:.1} s ({:.3} s/op)",
            secs / ops as f64,
            full / ops as f64,
        );
    }
}

fn cargo(dir: &Path, args: &[&str]) -> f64 {
    cargo_with(dir, args, &[])
}

/// Runs cargo in the scratch workspace with its own target dir; the elapsed seconds.
fn cargo_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> f64 {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let start = Instant::now();
    let out = Command::new(cargo)
        .args(args)
        .arg("--target-dir")
        .arg(dir.join("target"))
        .current_dir(dir)
        .env_remove("CARGO_TARGET_DIR")
        .envs(env.iter().copied())
        .output()
        .expect("start cargo");
    let secs = start.elapsed().as_secs_f64();
    assert!(out.status.success(), "cargo {args:?} failed in {}:\n{}", dir.display(), String::from_utf8_lossy(&out.stderr));
    secs
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create copy");
    for entry in std::fs::read_dir(from).expect("read generated crate") {
        let entry = entry.expect("read entry");
        let (path, name) = (entry.path(), entry.file_name());
        if name == "target" {
            continue;
        }
        if path.is_dir() {
            copy_dir(&path, &to.join(&name));
        } else {
            std::fs::copy(&path, to.join(&name)).expect("copy file");
        }
    }
}

fn src_lines(dir: &Path) -> usize {
    let files = std::fs::read_dir(dir).expect("read src/").filter_map(Result::ok);
    files.filter_map(|e| std::fs::read_to_string(e.path()).ok()).map(|text| text.lines().count()).sum()
}
