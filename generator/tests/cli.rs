//! The `postgen` binary as a user runs it: exit codes, output files, `--check`, and error
//! messages that name the file and a JSON pointer (GUIDE.md §1).

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The files every generated crate has.
const CRATE_FILES: &[&str] = &["Cargo.toml", "README.md", "src/lib.rs", "src/client.rs", "src/types.rs"];

fn corpus(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus").join(relative)
}

fn todo() -> PathBuf {
    corpus("p2o-fixtures/todo.postman.json")
}

fn runtime_path() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime").display().to_string()
}

/// What one run of the binary did.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    what: String,
}

impl Run {
    fn assert_code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code,
            Some(expected),
            "`{}` exited with {:?}, expected {expected}\nstdout:\n{}\nstderr:\n{}",
            self.what,
            self.code,
            self.stdout,
            self.stderr
        );
        self
    }

    fn assert_stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr of `{}` should contain {needle:?}:\n{}",
            self.what,
            self.stderr
        );
        self
    }
}

fn postgen<S: AsRef<OsStr>>(args: &[S]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_postgen"));
    command.args(args);
    let what = format!(
        "postgen {}",
        args.iter().map(|a| a.as_ref().to_string_lossy().into_owned()).collect::<Vec<_>>().join(" ")
    );
    let output = command.output().unwrap_or_else(|e| panic!("cannot run `{what}`: {e}"));
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        what,
    }
}

/// `postgen generate <collection> --out <out> --runtime-path <runtime> [extra...]`.
fn generate(collection: &Path, out: &Path, extra: &[&str]) -> Run {
    let mut args: Vec<&OsStr> = vec![
        OsStr::new("generate"),
        collection.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
        OsStr::new("--runtime-path"),
    ];
    let runtime = runtime_path();
    args.push(OsStr::new(&runtime));
    args.extend(extra.iter().map(OsStr::new));
    postgen(&args)
}

/// Every file under `dir`, by relative path.
fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
        let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read_dir {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                walk(root, &path, files);
            } else {
                let relative = path.strip_prefix(root).expect("under root").to_string_lossy().into_owned();
                let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
                files.insert(relative, bytes);
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, dir, &mut files);
    files
}

fn assert_crate_files(out: &Path, what: &str) {
    for file in CRATE_FILES {
        let path = out.join(file);
        assert!(path.is_file(), "{what}: {} was not written", path.display());
    }
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

/// A v2.1 collection around `items`.
fn collection_with(items: serde_json::Value) -> String {
    serde_json::json!({
        "info": {
            "name": "Scratch",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
        },
        "item": items
    })
    .to_string()
}

#[test]
fn generate_writes_a_crate() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("todo-client");
    generate(&todo(), &out, &[]).assert_code(0);
    assert_crate_files(&out, "generate todo");
    let cargo_toml = std::fs::read_to_string(out.join("Cargo.toml")).expect("read Cargo.toml");
    let expected = format!("path = \"{}\"", runtime_path());
    assert!(cargo_toml.contains(&expected), "Cargo.toml should contain {expected:?}:\n{cargo_toml}");
    assert!(cargo_toml.contains("postgen-runtime"), "Cargo.toml should depend on postgen-runtime:\n{cargo_toml}");
    assert!(cargo_toml.contains("name = \"todo-client\""), "crate name should come from --out:\n{cargo_toml}");
}

#[test]
fn running_twice_gives_byte_identical_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    for collection in [todo(), corpus("p2o-fixtures/github.postman.json")] {
        let stem = collection.file_stem().expect("file name").to_string_lossy().into_owned();
        let first = dir.path().join(format!("{stem}-1"));
        let second = dir.path().join(format!("{stem}-2"));
        generate(&collection, &first, &["--name", "same-name"]).assert_code(0);
        generate(&collection, &second, &["--name", "same-name"]).assert_code(0);
        let (a, b) = (read_tree(&first), read_tree(&second));
        assert_eq!(
            a.keys().collect::<Vec<_>>(),
            b.keys().collect::<Vec<_>>(),
            "{stem}: the two runs wrote different file sets"
        );
        for (path, bytes) in &a {
            assert!(bytes == &b[path], "{stem}: {path} differs between two runs with the same options");
        }
        assert_crate_files(&first, &stem);
    }
}

#[test]
fn check_reports_drift_with_exit_1_and_lists_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("todo");
    generate(&todo(), &out, &[]).assert_code(0);
    let check = generate(&todo(), &out, &["--check"]);
    check.assert_code(0);
    assert!(!check.stdout.contains("would change"), "fresh output reported as drift:\n{}", check.stdout);

    let lib = out.join("src/lib.rs");
    let mut text = std::fs::read_to_string(&lib).expect("read lib.rs");
    text.push_str("\n// edited by hand\n");
    write(&lib, &text);
    write(&out.join("EXTRA.md"), "not generated");

    let check = generate(&todo(), &out, &["--check"]);
    check.assert_code(1);
    for file in ["src/lib.rs", "EXTRA.md"] {
        let listed = check.stdout.lines().any(|l| l.contains("would change") && l.ends_with(file));
        assert!(listed, "--check should list {file}:\n{}", check.stdout);
    }
    let listed = check.stdout.lines().filter(|l| l.contains("would change")).count();
    assert_eq!(listed, 2, "--check should list exactly the two drifted files:\n{}", check.stdout);

    generate(&todo(), &out, &[]).assert_code(0);
    assert!(!out.join("EXTRA.md").exists(), "regeneration should remove files postgen does not own");
    let check = generate(&todo(), &out, &["--check"]);
    check.assert_code(0);
    assert!(!check.stdout.contains("would change"), "drift after regenerating:\n{}", check.stdout);
}

#[test]
fn check_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("never-written");
    generate(&todo(), &missing, &["--check"]).assert_code(1);
    assert!(!missing.exists(), "--check created {}", missing.display());

    let out = dir.path().join("todo");
    generate(&todo(), &out, &[]).assert_code(0);
    write(&out.join("src/types.rs"), "// hand edit\n");
    write(&out.join("EXTRA.md"), "mine");
    let before = read_tree(&out);
    generate(&todo(), &out, &["--check"]).assert_code(1);
    assert!(read_tree(&out) == before, "--check modified files under {}", out.display());
    let siblings: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read tempdir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(siblings, ["todo"], "--check left something beside the output directory");
}

#[test]
fn regenerating_keeps_target_and_cargo_lock() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("todo");
    generate(&todo(), &out, &[]).assert_code(0);
    std::fs::create_dir_all(out.join("target/debug")).expect("mkdir target");
    write(&out.join("target/debug/marker"), "build output");
    write(&out.join("Cargo.lock"), "# user lock file\n");
    generate(&todo(), &out, &[]).assert_code(0);
    let marker = std::fs::read_to_string(out.join("target/debug/marker"));
    assert_eq!(marker.ok().as_deref(), Some("build output"), "target/ was not kept");
    let lock = std::fs::read_to_string(out.join("Cargo.lock"));
    assert_eq!(lock.ok().as_deref(), Some("# user lock file\n"), "Cargo.lock was not kept");
    assert_crate_files(&out, "regenerate");
    let check = generate(&todo(), &out, &["--check"]);
    check.assert_code(0);
    assert!(check.stdout.is_empty(), "--check should ignore target/ and Cargo.lock:\n{}", check.stdout);
}

/// Runs `collection` into a fresh `--out` and expects exit 2, nothing written, and every
/// `needles` in stderr.
fn assert_bad_input(collection: &Path, needles: &[&str]) {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let run = generate(collection, &out, &[]);
    run.assert_code(2);
    for needle in needles {
        run.assert_stderr_has(needle);
    }
    assert!(!run.stderr.contains("panicked"), "{} panicked:\n{}", run.what, run.stderr);
    assert!(!out.exists(), "{}: {} was written despite the failure", run.what, out.display());
}

#[test]
fn invalid_json_is_exit_2_naming_file_and_position() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("broken.json");
    write(&path, "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [,]\n}\n");
    assert_bad_input(&path, &["broken.json", "line 3", "column"]);
}

#[test]
fn v1_collection_is_exit_2_mentioning_v1() {
    let path = corpus("edge/heremaps__routing.postman_collection");
    assert_bad_input(&path, &["heremaps__routing.postman_collection", "v1"]);
}

#[test]
fn item_that_is_not_an_object_is_exit_2_with_pointer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("items.json");
    write(&path, &collection_with(serde_json::json!(["not an item"])));
    assert_bad_input(&path, &["items.json", "/item/0"]);
}

#[test]
fn missing_collection_is_exit_2_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_bad_input(&dir.path().join("no-such-collection.json"), &["no-such-collection.json"]);
}

#[test]
fn unknown_key_in_postgen_toml_is_exit_2_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let collection = dir.path().join("collection.json");
    std::fs::copy(todo(), &collection).expect("copy todo collection");
    write(&dir.path().join("postgen.toml"), "[crate]\nname = \"todo\"\nnmae = \"typo\"\n");
    assert_bad_input(&collection, &["postgen.toml", "nmae"]);
}

#[test]
fn bad_servers_in_postgen_toml_is_exit_2_with_pointer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let collection = dir.path().join("collection.json");
    std::fs::copy(todo(), &collection).expect("copy todo collection");
    let region = |name: &str, api: &str| format!("[[servers.region]]\nname = \"{name}\"\napi = {{ {api} }}\n");
    // The third region lists other environments than the first.
    let mismatched = format!(
        "[servers]\nregion_type = \"DataCentre\"\n\n{}{}{}",
        region("US", "Production = \"https://api.example.com\", Sandbox = \"https://sandbox.example.com\""),
        region("EU", "Production = \"https://api.example.eu\", Sandbox = \"https://sandbox.example.eu\""),
        region("IN", "Production = \"https://api.example.in\""),
    );
    write(&dir.path().join("postgen.toml"), &mismatched);
    assert_bad_input(&collection, &["postgen.toml", "/servers/region/2/api", "missing Sandbox"]);
    // A host that is not an absolute http(s) URL.
    let not_url = region("US", "Production = \"api.example.com\"");
    write(&dir.path().join("postgen.toml"), &not_url);
    assert_bad_input(&collection, &["postgen.toml", "/servers/region/0/api/Production", "absolute http(s) URL"]);
}

#[test]
fn unknown_subcommand_or_missing_out_is_usage_error() {
    let todo = todo().display().to_string();
    postgen(&["frobnicate"]).assert_code(2);
    postgen(&["generate", todo.as_str()]).assert_code(2).assert_stderr_has("--out");
    postgen(&["generate", todo.as_str(), "--out"]).assert_code(2);
    postgen(&["generate", "--no-such-flag", todo.as_str(), "--out", "x"]).assert_code(2);
}

/// Collections that are valid JSON but odd or wrong in every way we could think of.
fn garbage() -> Vec<(&'static str, String)> {
    use serde_json::json;
    let get = |url: serde_json::Value| json!({"name": "r", "request": {"method": "GET", "url": url}});
    let with_response = |response: serde_json::Value| {
        json!([{"name": "r", "request": {"method": "GET", "url": "https://x.test/a"}, "response": [response]}])
    };
    let mut nested = get(json!("https://x.test/deep"));
    for level in 0..200 {
        nested = json!({"name": format!("folder {level}"), "item": [nested]});
    }
    let mut deep_body = json!({"leaf": 1});
    for _ in 0..100 {
        deep_body = json!({"child": deep_body});
    }
    let named = |name: &str| {
        json!({"name": name, "request": {"method": "POST", "url": "https://x.test/n", "body": {"mode": "raw", "raw": "{\"a\":1}"}},
               "response": [{"name": "ok", "code": 200, "body": "{\"a\":1}"}]})
    };
    vec![
        ("request is a number", json!({"info": {}, "item": [{"request": 5}]}).to_string()),
        ("url is a number", collection_with(json!([get(json!(5))]))),
        ("header is a number", collection_with(json!([{"request": {"url": "https://x.test/", "header": 5}}]))),
        ("raw body is a number", collection_with(json!([{"request": {"url": "https://x.test/", "body": {"mode": "raw", "raw": 5}}}]))),
        ("body mode unknown", collection_with(json!([{"request": {"url": "https://x.test/", "body": {"mode": "telepathy"}}}]))),
        ("response code \"abc\"", collection_with(with_response(json!({"code": "abc", "body": "{}"})))),
        ("response body 100 levels deep", collection_with(with_response(json!({"code": 200, "body": deep_body.to_string()})))),
        ("200 nested folders", collection_with(json!([nested]))),
        ("empty object", "{}".to_owned()),
        ("array root", "[]".to_owned()),
        ("item is an object", json!({"item": {}}).to_string()),
        ("odd names", collection_with(json!(["", "🚀", "type", "self", "Self", "fn", "r#", "123"].map(named)))),
        ("duplicate names", collection_with(json!([named("Get thing"), named("Get thing"), named("get-thing")]))),
        ("path `:` alone", collection_with(json!([get(json!({"raw": "https://x.test/:", "host": ["x", "test"], "path": [":"]}))]))),
        ("empty query key", collection_with(json!([get(json!({"raw": "https://x.test/q?=1", "host": ["x", "test"], "path": ["q"], "query": [{"key": "", "value": "1"}]}))]))),
        ("keyword and empty keys in a sample", collection_with(with_response(json!({"code": 200,
            "body": "{\"\":1,\"type\":2,\"self\":3,\"123\":4,\"a-b\":5,\"a_b\":6,\"A_B\":7,\"_\":8}"})))),
    ]
}

#[test]
fn no_panic_on_garbage() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut failures = Vec::new();
    for (index, (label, text)) in garbage().into_iter().enumerate() {
        let path = dir.path().join(format!("garbage-{index}.json"));
        write(&path, &text);
        let out = dir.path().join(format!("out-{index}"));
        let run = generate(&path, &out, &[]);
        let first_line = run.stderr.lines().find(|l| !l.starts_with("warning")).unwrap_or("").to_owned();
        eprintln!("{label}: exit {:?}: {first_line}", run.code);
        if run.stderr.contains("panicked") || !matches!(run.code, Some(0 | 2)) {
            failures.push(format!("{label}: exit {:?}\n{}", run.code, run.stderr));
        } else if run.code == Some(0) {
            if let Some(missing) = CRATE_FILES.iter().find(|f| !out.join(f).is_file()) {
                failures.push(format!("{label}: exit 0 but {missing} was not written"));
            }
        } else if out.exists() {
            failures.push(format!("{label}: exit 2 but {} was written", out.display()));
        }
    }
    assert!(failures.is_empty(), "{} malformed collection(s) misbehaved:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn deny_warnings_turns_warnings_into_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nulls.json");
    let examples: Vec<_> = (0..2)
        .map(|i| serde_json::json!({"name": format!("ok {i}"), "code": 200, "body": format!("{{\"id\":{i},\"note\":null}}")}))
        .collect();
    let items = serde_json::json!([{"name": "Get note", "request": {"method": "GET", "url": "https://x.test/notes/1"}, "response": examples}]);
    write(&path, &collection_with(items));

    let allowed = dir.path().join("allowed");
    let run = generate(&path, &allowed, &[]);
    run.assert_code(0).assert_stderr_has("warning").assert_stderr_has("nulls.json");
    assert_crate_files(&allowed, "warnings allowed");

    let denied = dir.path().join("denied");
    let run = generate(&path, &denied, &["--deny-warnings"]);
    run.assert_code(2).assert_stderr_has("warning").assert_stderr_has("deny-warnings");
    assert!(!denied.exists(), "--deny-warnings failed but still wrote {}", denied.display());

    // The todo fixture raises no warning, so the flag changes nothing for it.
    let clean = dir.path().join("clean");
    let run = generate(&todo(), &clean, &["--deny-warnings"]);
    run.assert_code(0);
    assert!(!run.stderr.contains("warning:"), "todo fixture now raises warnings:\n{}", run.stderr);
    assert_crate_files(&clean, "--deny-warnings without warnings");
}

/// The `tests/fixtures/paginated.json` edge-case collection (a page-token and a page-number listing).
fn paginated_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/paginated.json")
}

#[test]
fn pagination_is_detected_and_postgen_toml_overrides_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let collection = dir.path().join("collection.json");
    std::fs::copy(paginated_fixture(), &collection).expect("copy fixture");
    let client = |toml: &str| {
        write(&dir.path().join("postgen.toml"), toml);
        let out = dir.path().join("out");
        generate(&collection, &out, &[]).assert_code(0);
        std::fs::read_to_string(out.join("src/client.rs")).expect("client.rs written")
    };

    let detected = client("");
    assert!(detected.contains("::postgen_runtime::Paging::PageToken {"), "token listing detected");
    assert!(detected.contains("next: \"/info/next_page_token\""));
    assert!(detected.contains("more: \"/more/has_more\""), "page listing detected");

    let overridden = client(
        "[pagination.get_records]\nstyle = \"none\"\n\n[pagination.get_changes]\nstyle = \"page\"\nparam = \"page\"\nmore = \"/more/has_more\"\nitems = \"/changes\"\n",
    );
    assert!(!overridden.contains("Paging::PageToken"), "style = none turns detection off");
    assert!(overridden.contains("items: \"/changes\""), "{overridden}");

    write(&dir.path().join("postgen.toml"), "[pagination.list_everything]\nstyle = \"page\"\nmore = \"/m\"\nitems = \"/i\"\n");
    assert_bad_input(&collection, &["postgen.toml", "/pagination/list_everything", "get_records"]);
    write(&dir.path().join("postgen.toml"), "[pagination.get_records]\nstyle = \"page_token\"\nitems = \"/data\"\n");
    assert_bad_input(&collection, &["postgen.toml", "/pagination/get_records/next"]);
}

#[test]
fn help_of_the_tool_and_every_subcommand_shows_examples() {
    for args in [&["--help"][..], &["generate", "--help"], &["import-doc", "--help"], &["help", "generate"]] {
        let run = postgen(args);
        run.assert_code(0);
        assert!(run.stdout.contains("Example"), "`postgen {}` shows no example:\n{}", args.join(" "), run.stdout);
        assert!(run.stdout.contains("postgen "), "`postgen {}` example is not a command:\n{}", args.join(" "), run.stdout);
    }
    let top = postgen(&["--help"]);
    assert!(top.stdout.contains("Exit codes: 0 success, 1 --check found drift, 2 bad input"), "{}", top.stdout);
    let generate = postgen(&["generate", "--help"]);
    for option in ["--out <DIR>", "--out-file <FILE.rs>", "--schema", "--name", "--runtime-path", "--check", "--deny-warnings"] {
        assert!(generate.stdout.contains(option), "generate --help lacks {option}:\n{}", generate.stdout);
    }
    assert!(generate.stdout.contains("postgen::Builder"), "generate --help names the build.rs mode:\n{}", generate.stdout);
}

#[test]
fn bad_input_shows_a_rustc_style_excerpt_with_a_caret_under_the_value() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("method.json");
    let text = "{\n  \"info\": {\"name\": \"x\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},\n  \"item\": [\n    {\"name\": \"a\", \"request\": {\"method\": {\"verb\": \"GET\"}, \"url\": \"https://x.test/a\"}}\n  ]\n}\n";
    write(&path, text);
    let out = dir.path().join("out");
    let run = generate(&path, &out, &[]);
    run.assert_code(2).assert_stderr_has("at /item/0/request/method").assert_stderr_has("method.json:4:");
    let lines: Vec<&str> = run.stderr.lines().collect();
    let source = lines.iter().position(|l| l.starts_with("4 | ")).unwrap_or_else(|| panic!("no excerpt line:\n{}", run.stderr));
    assert_eq!(lines[source], "4 |     {\"name\": \"a\", \"request\": {\"method\": {\"verb\": \"GET\"}, \"url\": \"https://x.test/a\"}}");
    let caret = lines.get(source + 1).and_then(|l| l.find('^'));
    assert_eq!(caret, lines[source].find("{\"verb\""), "the caret is not under the method's value:\n{}", run.stderr);
}
