//! IR → the files of a crate: `quote!` per item, `syn::File`, `prettyplease::unparse`.
//!
//! Emit reads only the IR. Generated code uses fully-qualified paths (`::std::…`,
//! `::postgen_runtime::…`) so that no inferred type name can shadow what it refers to.

pub(crate) mod client;
mod crate_files;
pub mod docs;
mod errors;
mod example_call;
mod example_expect;
mod examples;
mod module_file;
mod paged;
mod readme;
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
    let mut files = Files::new();
    let example = run_example::listing_example(api)?;
    let example_tests = examples::examples_file(api)?;
    files.insert(
        "Cargo.toml".into(),
        crate_files::cargo_toml(api, runtime_path, example.is_some(), example_tests.is_some()),
    );
    let example_name = example.as_ref().map(|(name, _)| name.as_str());
    files.insert("README.md".into(), readme::readme(api, runtime_path, example_name));
    files.insert("src/lib.rs".into(), crate_files::lib_rs(api)?);
    files.insert("src/client.rs".into(), render(client::client_tokens(api)?)?);
    files.insert("src/types.rs".into(), render(types::types_tokens(api)?)?);
    if let Some(servers) = servers::servers_tokens(api)? {
        files.insert("src/servers.rs".into(), render(servers)?);
    }
    if let Some((name, example)) = example {
        files.insert(format!("examples/{name}.rs"), example);
    }
    if let Some(examples) = example_tests {
        files.insert("tests/examples.rs".into(), examples);
    }
    Ok(files)
}
