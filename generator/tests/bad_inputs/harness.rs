//! The machinery of the bad-input suite (`../bad_inputs.rs`): building a case's inputs next to
//! an already generated crate, running the binary with a time limit, snapshotting the output
//! tree, and checking what a case promises.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// Generous: the slowest case (a 50 MB string, debug build) takes well under a second.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// What a case's stderr must point at.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Location {
    /// `at <pointer>:` into the named file (`(document root)` for the root itself).
    Pointer(&'static str),
    /// `line L, column C`: text that is not JSON (or not TOML) has no pointer to give.
    LineColumn,
    /// A command-line flag.
    Flag(&'static str),
    /// The output path itself is the location.
    Path,
}

/// A case's inputs, built in a fresh temporary directory.
pub(crate) struct Setup {
    /// Arguments after `postgen`.
    pub(crate) args: Vec<OsString>,
    /// What stderr must name: the input file's name or the output path; `None` for a flag.
    pub(crate) file: Option<String>,
    pub(crate) location: Location,
    /// Further text stderr must contain (what was wrong), if any.
    pub(crate) detail: Option<&'static str>,
    /// Undoes what made a directory read-only, on drop.
    pub(crate) guard: Option<ReadOnly>,
    /// False when the case could not be set up here (read-only as root without `chattr`).
    pub(crate) exercised: bool,
}

/// Where a case builds its inputs; `parent/crate` holds a crate generated from a good collection.
pub(crate) struct Ctx {
    pub(crate) inputs: PathBuf,
    pub(crate) parent: PathBuf,
    pub(crate) out: PathBuf,
}

impl Ctx {
    pub(crate) fn new(root: &Path) -> Ctx {
        let ctx = Ctx { inputs: root.join("in"), parent: root.join("parent"), out: root.join("parent").join("crate") };
        let good = root.join("good");
        for dir in [&ctx.inputs, &ctx.parent, &good] {
            std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("mkdir {}: {e}", dir.display()));
        }
        let collection = good.join("collection.json");
        write(&collection, good_collection().to_string().as_bytes());
        let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime");
        let args: Vec<OsString> = vec![
            "generate".into(),
            collection.into(),
            "--out".into(),
            ctx.out.clone().into(),
            "--runtime-path".into(),
            runtime.into(),
        ];
        let run = postgen(&args, root);
        assert_eq!(run.code, Some(0), "generating the existing crate failed:\n{}", run.stderr);
        assert!(ctx.out.join("src/client.rs").is_file(), "no crate in {}", ctx.out.display());
        ctx
    }

    fn input(&self, name: &str) -> PathBuf {
        self.inputs.join(name)
    }

    /// `generate <in/collection.json> [extra...] --out <parent/crate>`, with `collection` written.
    pub(crate) fn collection(&self, collection: &[u8], extra: &[&str]) -> Vec<OsString> {
        let path = self.input("collection.json");
        write(&path, collection);
        let mut args: Vec<OsString> = vec!["generate".into(), path.into()];
        args.extend(extra.iter().map(OsString::from));
        args.extend(["--out".into(), self.out.clone().into()]);
        args
    }

    /// A good collection with this `postgen.toml` beside it.
    pub(crate) fn with_toml(&self, toml: &str) -> Vec<OsString> {
        write(&self.input("postgen.toml"), toml.as_bytes());
        self.collection(good_collection().to_string().as_bytes(), &[])
    }

    /// The schema-file collection with `--schema` for each of `schemas` (name, text).
    pub(crate) fn with_schemas(&self, schemas: &[(&str, &[u8])]) -> Vec<OsString> {
        let mut args = self.collection(schema_collection().to_string().as_bytes(), &[]);
        for (name, text) in schemas {
            let path = self.input(name);
            write(&path, text);
            args.extend(["--schema".into(), path.into()]);
        }
        args
    }
}

pub(crate) fn setup(args: Vec<OsString>, file: &str, location: Location) -> Setup {
    Setup { args, file: Some(file.to_owned()), location, detail: None, guard: None, exercised: true }
}

impl Setup {
    pub(crate) fn detail(mut self, text: &'static str) -> Setup {
        self.detail = Some(text);
        self
    }
}

pub(crate) fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

const SCHEMA_V21: &str = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

pub(crate) fn get(url: &str) -> Value {
    json!({"name": "Get thing", "request": {"method": "GET", "url": url},
           "response": [{"name": "ok", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}],
                         "body": "{\"id\": 1, \"name\": \"a\"}"}]})
}

fn collection_with(items: Value) -> Value {
    json!({"info": {"name": "Bad", "schema": SCHEMA_V21}, "item": items})
}

pub(crate) fn good_collection() -> Value {
    collection_with(json!([get("https://api.example.com/things/1")]))
}

/// `POST /users` sending a urlencoded form, for the schema-file cases.
fn schema_collection() -> Value {
    collection_with(json!([
        get("https://api.example.com/users/1"),
        {"name": "Create user", "request": {"method": "POST", "url": "https://api.example.com/users",
            "body": {"mode": "urlencoded", "urlencoded": [{"key": "name", "value": "a"}]}}}
    ]))
}

pub(crate) fn schema_file(endpoints: Value) -> Vec<u8> {
    json!({"format": "postgen-schema/1", "endpoints": endpoints}).to_string().into_bytes()
}

/// The good collection with `f` applied to its JSON value.
pub(crate) fn edited(f: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value = good_collection();
    f(&mut value);
    value.to_string().into_bytes()
}

/// A 50 MB string of `A`s.
pub(crate) fn huge() -> String {
    "A".repeat(50 * 1024 * 1024)
}

/// Makes directories unwritable: mode 0555, and when that does not stop us (root), the
/// immutable flag (`chattr +i`). Dropping it undoes both.
pub(crate) struct ReadOnly {
    dirs: Vec<PathBuf>,
    immutable: Vec<PathBuf>,
}

impl ReadOnly {
    pub(crate) fn make(dirs: &[&Path]) -> (ReadOnly, bool) {
        use std::os::unix::fs::PermissionsExt;
        let mut guard = ReadOnly { dirs: Vec::new(), immutable: Vec::new() };
        for dir in dirs {
            if std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).is_ok() {
                guard.dirs.push(dir.to_path_buf());
            }
        }
        if dirs.iter().any(|d| writable(d)) {
            for dir in dirs {
                let flagged = Command::new("chattr").arg("+i").arg(dir).status().is_ok_and(|s| s.success());
                if flagged {
                    guard.immutable.push(dir.to_path_buf());
                }
            }
        }
        let exercised = !dirs.iter().any(|d| writable(d));
        (guard, exercised)
    }
}

/// Whether a file can be created in `dir` (removed again at once).
fn writable(dir: &Path) -> bool {
    let probe = dir.join(".postgen-probe");
    let created = std::fs::write(&probe, b"").is_ok();
    if created {
        let _ = std::fs::remove_file(&probe);
    }
    created
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        for dir in &self.immutable {
            let _ = Command::new("chattr").arg("-i").arg(dir).status();
        }
        for dir in &self.dirs {
            let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755));
        }
    }
}

pub(crate) type Build = fn(&Ctx) -> Setup;

/// What one run of the binary did.
pub(crate) struct Run {
    pub(crate) code: Option<i32>,
    pub(crate) stderr: String,
    pub(crate) elapsed: Duration,
    /// Peak resident memory seen while it ran (Linux `VmHWM`), in MiB; best effort.
    pub(crate) peak_mib: Option<u64>,
}

/// Runs `postgen args`, stdout and stderr into files under `scratch` (so a chatty child cannot
/// block on a full pipe), killing it after [`TIME_LIMIT`].
pub(crate) fn postgen(args: &[OsString], scratch: &Path) -> Run {
    let err_path = scratch.join("stderr.txt");
    let stderr = std::fs::File::create(&err_path).expect("stderr file");
    let stdout = std::fs::File::create(scratch.join("stdout.txt")).expect("stdout file");
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_postgen"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .expect("run postgen");
    let mut peak_kib = None;
    let status = loop {
        if let Some(kib) = vm_hwm_kib(child.id()) {
            peak_kib = Some(peak_kib.unwrap_or(0).max(kib));
        }
        match child.try_wait().expect("wait for postgen") {
            Some(status) => break Some(status),
            None if started.elapsed() > TIME_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&std::fs::read(&err_path).unwrap_or_default()).into_owned();
    Run { code: status.and_then(|s| s.code()), stderr, elapsed, peak_mib: peak_kib.map(|k| k / 1024) }
}

fn vm_hwm_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[derive(Debug, PartialEq)]
enum Entry {
    Dir,
    File(Vec<u8>),
    Link(PathBuf),
}

/// Every directory, file (with its bytes) and link under `root`, by relative path.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Entry> {
    fn walk(root: &Path, dir: &Path, tree: &mut BTreeMap<PathBuf, Entry>) {
        let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read_dir {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            let relative = path.strip_prefix(root).expect("under root").to_path_buf();
            let meta = std::fs::symlink_metadata(&path).expect("metadata");
            if meta.file_type().is_symlink() {
                tree.insert(relative, Entry::Link(std::fs::read_link(&path).expect("read_link")));
            } else if meta.is_dir() {
                tree.insert(relative, Entry::Dir);
                walk(root, &path, tree);
            } else {
                tree.insert(relative, Entry::File(std::fs::read(&path).expect("read file")));
            }
        }
    }
    let mut tree = BTreeMap::new();
    walk(root, root, &mut tree);
    tree
}

/// How the trees differ, one line per path.
fn tree_diff(before: &BTreeMap<PathBuf, Entry>, after: &BTreeMap<PathBuf, Entry>) -> Vec<String> {
    let mut diff = Vec::new();
    for (path, entry) in before {
        match after.get(path) {
            None => diff.push(format!("removed {}", path.display())),
            Some(other) if other != entry => diff.push(format!("changed {}", path.display())),
            Some(_) => {}
        }
    }
    diff.extend(after.keys().filter(|p| !before.contains_key(*p)).map(|p| format!("added {}", p.display())));
    diff
}

/// `line L, column C` somewhere in `text`.
fn has_line_column(text: &str) -> bool {
    text.match_indices("line ").any(|(i, _)| {
        let rest = &text[i + 5..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest[digits..].strip_prefix(", column ").is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    })
}

pub(crate) struct Row {
    pub(crate) name: &'static str,
    pub(crate) code: Option<i32>,
    pub(crate) first_line: String,
    pub(crate) elapsed: Duration,
    pub(crate) peak_mib: Option<u64>,
    pub(crate) exercised: bool,
    pub(crate) failures: Vec<String>,
    pub(crate) stderr: String,
}

impl Row {
    pub(crate) fn report(&self) -> String {
        format!("{}: {}\nstderr:\n{}", self.name, self.failures.join("\n  "), self.stderr)
    }
}

pub(crate) fn run_case(name: &'static str, build: Build) -> Row {
    let dir = tempfile::tempdir().expect("tempdir");
    let ctx = Ctx::new(dir.path());
    let setup = build(&ctx);
    let before = snapshot(&ctx.parent);
    let run = postgen(&setup.args, dir.path());
    let after = snapshot(&ctx.parent);
    drop(setup.guard);

    let first_line = run.stderr.lines().find(|l| !l.starts_with("warning")).unwrap_or_default().to_owned();
    let mut failures = Vec::new();
    if !setup.exercised {
        eprintln!("{name}: not exercised (the directory stayed writable: running as root without a working `chattr +i`?)");
    } else {
        if run.code != Some(2) {
            failures.push(format!("exit code {:?}, expected 2", run.code));
        }
        if run.stderr.contains("panicked") {
            failures.push("panicked".to_owned());
        }
        if let Some(file) = &setup.file
            && !run.stderr.contains(file.as_str())
        {
            failures.push(format!("stderr does not name {file}"));
        }
        let located = match setup.location {
            Location::Pointer(pointer) => run.stderr.contains(&format!("at {pointer}:")),
            Location::LineColumn => has_line_column(&run.stderr),
            Location::Flag(flag) => run.stderr.contains(flag),
            Location::Path => true, // the path itself, checked as `file`
        };
        if !located {
            failures.push(format!("stderr does not show the location {:?}", setup.location));
        }
        if let Some(detail) = setup.detail
            && !run.stderr.contains(detail)
        {
            failures.push(format!("stderr does not say {detail:?}"));
        }
        let diff = tree_diff(&before, &after);
        if !diff.is_empty() {
            failures.push(format!("the output directory changed: {}", diff.join(", ")));
        }
        if run.peak_mib.is_some_and(|mib| mib > 1024) {
            failures.push(format!("used {} MiB", run.peak_mib.unwrap_or_default()));
        }
    }
    Row {
        name,
        code: run.code,
        first_line,
        elapsed: run.elapsed,
        peak_mib: run.peak_mib,
        exercised: setup.exercised,
        failures,
        stderr: run.stderr,
    }
}
