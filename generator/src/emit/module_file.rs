//! build.rs mode: the whole client as one file for `include!`.
//!
//! An included file cannot start with inner attributes, so it holds one item: `pub mod <name>`
//! whose body is exactly the crate root (docs, lint levels, re-exports) with the `client`,
//! `types` and `servers` modules inline. Their items are the same tokens as the crate's files:
//! emitted code names its siblings with `super::`, never `crate::`, so it works in both places.

use quote::quote;

use crate::error::Error;
use crate::ir::Api;

use super::crate_files::{root_tokens, Layout};
use super::tokens::{ident, render};
use super::{client, servers, types};

/// Renders the client of `api` as the module `module` (a snake_case Rust identifier), in one
/// file formatted by the same prettyplease pass as the crate's files.
pub fn emit_module(api: &Api, module: &str) -> Result<String, Error> {
    let name = ident(module)?;
    let layout = Layout::Inline {
        client: client::client_tokens(api)?,
        types: types::types_tokens(api)?,
        servers: servers::servers_tokens(api)?,
    };
    let root = root_tokens(api, layout)?;
    render(quote! {
        pub mod #name {
            #root
        }
    })
}
