//! Postman Collection v2.0 / v2.1: model and lenient loader.

mod load;
mod model;
mod repair;
mod vars;

pub use load::{load_file, load_str};
pub use model::*;
pub use repair::{parse_json_lenient, RepairedJson};
pub use vars::Resolver;
