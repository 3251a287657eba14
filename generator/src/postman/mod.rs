//! Postman Collection v2.0 / v2.1: model and lenient loader.

mod compact;
mod load;
mod model;
mod repair;
mod vars;

pub use load::{load_file, load_str};
pub use model::*;
pub use repair::{compact_json_lenient, parse_json_lenient, CompactJson, RepairedJson};
pub use vars::Resolver;
