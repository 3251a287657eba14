//! The API model the emitter reads.
//!
//! `build` fills it from a loaded collection (operations, parameters, bodies and the raw
//! JSON samples); `infer` then fills in the types. Names here are already valid, unique
//! Rust identifiers, with the original wire names kept beside them.

mod bases;
mod build;
mod case;
mod docs;
mod example_request;
mod json;
pub mod media;
mod merge;
mod model;
pub mod names;
mod naming;
pub mod outline;
mod pagination;
mod params;
pub mod placeholders;
mod servers;
pub mod status;
mod types;
mod usable;

pub use build::{from_collection, from_collection_owned};
pub use docs::*;
pub use json::Json;
pub use merge::merge_schemas;
pub use model::*;
pub use pagination::{Pagination, PaginationOverride, PagingStyle, detect_pagination, resolve_item_types};
pub use servers::{Region, ServerName, Servers};
pub use types::*;
