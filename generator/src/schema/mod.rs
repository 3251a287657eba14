//! Doc-derived schema files: endpoints as a vendor's doc pages describe them (types,
//! mandatory keys, enum values, scopes, error tables). Format: `README.md` beside this file.
//!
//! Not yet merged into the API model: that, and the `import-doc` page parser, are the rest of
//! issue 5; `generate --schema` refuses schema files until then.

mod load;
pub mod model;

pub use load::{load_schema_file, load_schema_str, FORMAT};
