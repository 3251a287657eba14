//! postgen: typed Rust clients from Postman collections and doc-derived schema files.
//!
//! The pipeline runs one way: [`postman`] loads a collection, [`ir`] turns it into the API
//! model, [`infer`] types every body from its saved samples, and [`emit`] renders the crate.
//! [`mod@generate`] ties the stages together for the CLI; [`Builder`] runs them from `build.rs`.

pub mod builder;
pub mod config;
pub mod diagnostic;
pub mod emit;
pub mod error;
pub mod generate;
pub mod infer;
pub mod input;
pub mod ir;
pub mod output;
pub mod postman;
mod runs;
pub mod schema;

pub use builder::{BuildError, Builder, BuiltModule};
pub use error::{Error, Warning};
pub use generate::{generate, generate_module, GenerateOptions, Generated, GeneratedModule};
