//! IR → the files of a crate: `quote!` per item, `syn::File`, `prettyplease::unparse`.
//!
//! Emit reads only the IR. Generated code uses fully-qualified paths (`::std::…`,
//! `::postgen_runtime::…`) so that no inferred type name can shadow what it refers to.

pub(crate) mod client;
mod crate_files;
pub mod docs;
mod errors;
mod examples;
mod tokens;
mod types;

use std::collections::BTreeMap;

use crate::error::Error;
use crate::ir::Api;

/// The files of one generated crate: relative path → contents, in a stable order.
pub type Files = BTreeMap<String, String>;

/// Renders every file of the crate for `api`, depending on the runtime at `runtime_path`.
pub fn emit(api: &Api, runtime_path: &str) -> Result<Files, Error> {
    let mut files = Files::new();
    files.insert("Cargo.toml".into(), crate_files::cargo_toml(api, runtime_path));
    files.insert("README.md".into(), crate_files::readme(api));
    files.insert("src/lib.rs".into(), crate_files::lib_rs(api)?);
    files.insert("src/client.rs".into(), client::client_file(api)?);
    files.insert("src/types.rs".into(), types::types_file(api)?);
    if let Some(examples) = examples::examples_file(api)? {
        files.insert("tests/examples.rs".into(), examples);
    }
    Ok(files)
}
