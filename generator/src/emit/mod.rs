//! IR → the files of a crate: `quote!` per item, `syn::File`, `prettyplease::unparse`.
//!
//! Emit reads only the IR. Generated code uses fully-qualified paths (`::std::…`,
//! `::postgen_runtime::…`) so that no inferred type name can shadow what it refers to.

pub(crate) mod client;
mod client_auth;
mod client_servers;
mod crate_files;
pub mod docs;
mod errors;
mod example_call;
mod example_expect;
mod examples;
mod json_text;
mod module_file;
mod paged;
mod readme;
mod redirects;
mod run_example;
mod servers;
mod tokens;
mod types;

use std::collections::BTreeMap;

use crate::error::Error;
use crate::ir::Api;

use tokens::render;

pub use module_file::emit_module;

/// The files of one generated crate: relative path → contents, in a stable order.
pub type Files = BTreeMap<String, String>;

/// Renders every file of the crate for `api`, depending on the runtime at `runtime_path`.
pub fn emit(api: &Api, runtime_path: &str) -> Result<Files, Error> {
    // The example tests are the biggest files by far (every example body, verbatim): they are
    // rendered on a thread of their own while this one renders the rest. Each file's text
    // depends only on the IR, so the output is the same as rendering them in turn.
    let (example_tests, sources) = std::thread::scope(|scope| {
        let tests = scope.spawn(|| examples::examples_file(api));
        let sources = source_files(api);
        let tests = tests
            .join()
            .unwrap_or_else(|_| Err(Error::Internal("rendering the example tests panicked".into())));
        (tests, sources)
    });
    let (example_tests, mut files) = (example_tests?, sources?);
    let example = run_example::listing_example(api)?;
    files.insert(
        "Cargo.toml".into(),
        crate_files::cargo_toml(api, runtime_path, example.is_some(), example_tests.is_some()),
    );
    let example_name = example.as_ref().map(|(name, _)| name.as_str());
    files.insert("README.md".into(), readme::readme(api, runtime_path, example_name));
    if let Some((name, example)) = example {
        files.insert(format!("examples/{name}.rs"), example);
    }
    if let Some(examples) = example_tests {
        files.insert("tests/examples.rs".into(), examples.code);
        files.insert("tests/examples.json".into(), examples.data);
    }
    Ok(files)
}

/// `src/`: the crate root, the client, the types and the servers (the types on a thread of
/// their own: with the client they are most of the source).
fn source_files(api: &Api) -> Result<Files, Error> {
    let mut files = Files::new();
    let (types, client) = std::thread::scope(|scope| {
        let types = scope.spawn(|| types::types_file(api));
        let client = client::client_file(api);
        let types =
            types.join().unwrap_or_else(|_| Err(Error::Internal("rendering the types panicked".into())));
        (types, client)
    });
    files.insert("src/lib.rs".into(), crate_files::lib_rs(api)?);
    files.insert("src/client.rs".into(), client?);
    files.insert("src/types.rs".into(), types?);
    if let Some(servers) = servers::servers_tokens(api)? {
        files.insert("src/servers.rs".into(), render(servers)?);
    }
    Ok(files)
}
