//! postgen: typed Rust clients from Postman collections and doc-derived schema files.
//!
//! The pipeline runs one way: [`postman`] loads a collection, [`ir`] turns it into the API
//! model, [`infer`] types every body from its saved samples, and [`emit`] renders the crate.
//! [`generate`] ties the stages together for the CLI and for `build.rs` use.

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
pub mod schema;

pub use error::{Error, Warning};
pub use generate::{generate, GenerateOptions, Generated};
