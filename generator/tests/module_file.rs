//! build.rs mode's one-file output: the library `Builder` and `postgen generate --out-file`
//! write the same bytes, and the module holds exactly the items of the checked-in crate.

use std::path::{Path, PathBuf};
use std::process::Command;

use postgen::Builder;
use quote::ToTokens;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// `postgen generate <args>`: (exit code, stderr).
fn postgen(args: &[&str]) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_postgen")).args(args).output().expect("postgen runs");
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

fn zoho_module() -> String {
    let out = temp_dir();
    let built = Builder::api_dir(repo().join("collections/zoho-crm")).out_dir(out.path()).generate().expect("zoho builds");
    assert_eq!(built.module, "zoho_crm");
    assert_eq!(built.path, out.path().join("zoho_crm.rs"));
    read(&built.path)
}

#[test]
fn the_builder_writes_the_bytes_the_cli_writes_with_out_file() {
    let zoho = repo().join("collections/zoho-crm");
    let out = temp_dir();
    let file = out.path().join("zoho_crm.rs");
    let (code, stderr) = postgen(&[
        "generate",
        &zoho.join("collection.json").display().to_string(),
        "--schema",
        &zoho.join("schema/contact-roles.json").display().to_string(),
        "--schema",
        &zoho.join("schema/users.json").display().to_string(),
        "--name",
        "zoho-crm",
        "--out-file",
        &file.display().to_string(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(read(&file), zoho_module(), "build.rs and the CLI must agree byte for byte");

    // A corpus collection without schema files or postgen.toml, named explicitly.
    let todo = repo().join("../shared/corpus/p2o-fixtures/todo.postman.json");
    let cli_file = out.path().join("todo.rs");
    let (code, stderr) = postgen(&[
        "generate",
        &todo.display().to_string(),
        "--name",
        "todo",
        "--out-file",
        &cli_file.display().to_string(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    let built_dir = temp_dir();
    let built = Builder::new(&todo).name("todo").out_dir(built_dir.path()).generate().expect("todo builds");
    assert_eq!(read(&built.path), read(&cli_file));
}

#[test]
fn out_file_check_reports_a_stale_file_and_leaves_it_alone() {
    let zoho = repo().join("collections/zoho-crm");
    let out = temp_dir();
    let file = out.path().join("zoho_crm.rs");
    let collection = zoho.join("collection.json").display().to_string();
    let schema = zoho.join("schema/users.json").display().to_string();
    let path = file.display().to_string();
    let args = ["generate", &collection, "--schema", &schema, "--out-file", &path, "--check"];

    std::fs::write(&file, "// stale\n").expect("write");
    assert_eq!(postgen(&args).0, Some(1));
    assert_eq!(read(&file), "// stale\n");
    assert_eq!(postgen(&args[..args.len() - 1]).0, Some(0));
    assert_eq!(postgen(&args).0, Some(0), "fresh after writing");
    assert!(read(&file).starts_with("pub mod zoho_crm {"), "named after the file's stem");
}

/// The items of a module body or file, each laid out by prettyplease at the top level: nested
/// code is indented, so prettyplease breaks lines (and adds trailing commas) elsewhere.
fn item_tokens(items: &[syn::Item]) -> Vec<String> {
    items
        .iter()
        .map(|item| prettyplease::unparse(&syn::File { shebang: None, frontmatter: None, attrs: Vec::new(), items: vec![item.clone()] }))
        .collect()
}

fn attr_tokens(attrs: &[syn::Attribute]) -> Vec<String> {
    attrs.iter().map(|a| a.to_token_stream().to_string()).collect()
}

fn inline_module<'a>(items: &'a [syn::Item], name: &str) -> &'a syn::ItemMod {
    items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == name => Some(module),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no module {name}"))
}

fn parse(text: &str) -> syn::File {
    syn::parse_file(text).expect("generated code parses")
}

#[test]
fn the_module_holds_the_items_and_docs_of_the_checked_in_crate() {
    let module = parse(&zoho_module());
    assert_eq!(module.items.len(), 1, "one item, so include! accepts the file");
    let root = inline_module(&module.items, "zoho_crm");
    let (_, root_items) = root.content.as_ref().expect("inline module");
    let generated = repo().join("generated/zoho-crm/src");
    for name in ["client", "types", "servers"] {
        let file = parse(&read(&generated.join(format!("{name}.rs"))));
        let inline = inline_module(root_items, name);
        let (_, items) = inline.content.as_ref().expect("inline module");
        assert_eq!(item_tokens(items), item_tokens(&file.items), "{name}.rs");
        assert_eq!(attr_tokens(&inline.attrs), attr_tokens(&file.attrs), "{name}.rs inner docs");
    }
    // The root: lib.rs's items, with `mod x;` declarations inline, and its inner attributes
    // plus `allow(dead_code)` (a binary uses a few operations of the API).
    let lib = parse(&read(&generated.join("lib.rs")));
    let declared = |item: &syn::Item| match item {
        syn::Item::Mod(module) => module.ident.to_string(),
        other => other.to_token_stream().to_string(),
    };
    assert_eq!(
        root_items.iter().map(declared).collect::<Vec<_>>(),
        lib.items.iter().map(declared).collect::<Vec<_>>()
    );
    let mut expected = attr_tokens(&lib.attrs);
    expected.push("# ! [allow (dead_code)]".to_owned());
    assert_eq!(attr_tokens(&root.attrs), expected);
}

#[test]
fn builder_errors_name_the_file_and_pointer_and_show_the_excerpt() {
    let dir = temp_dir();
    let collection = dir.path().join("api.json");
    std::fs::write(
        &collection,
        r#"{
  "info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "item": [{"name": "a", "request": {"method": {"verb": "GET"}, "url": "https://x.test/a"}}]
}"#,
    )
    .expect("write");
    let error = Builder::new(&collection).out_dir(dir.path()).generate().expect_err("bad method");
    let text = format!("{error:?}");
    assert!(text.contains("api.json: at /item/0/request/method: expected"), "{text}");
    assert!(text.contains(&format!("--> {}:3:48", collection.display())), "{text}");
    assert!(text.lines().last().is_some_and(|l| l.trim_start().starts_with("| ") && l.ends_with('^')), "{text}");
    assert!(!dir.path().join("api.rs").exists() && !dir.path().join("x.rs").exists(), "nothing written");

    for bad in ["zoho-crm", "Zoho", "fn", "9lives", ""] {
        let error = Builder::new(&collection).module(bad).out_dir(dir.path()).generate().expect_err(bad);
        assert!(error.to_string().contains("snake_case Rust identifier"), "{bad}: {error}");
    }
}
