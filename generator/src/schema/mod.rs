//! Doc-derived schema files: endpoints as a vendor's doc pages describe them (types,
//! mandatory keys, enum values, scopes, error tables). Format: `README.md` beside this file.
//!
//! Not yet merged into the API model (the rest of issue 5); `generate --schema` refuses schema
//! files until then. `import` turns doc pages (plain text) into schema files (`postgen import-doc`).

pub mod import;
mod load;
pub mod model;

pub use import::{import_files, import_pages, to_json, write_schema};
pub use load::{load_schema_file, load_schema_str, FORMAT};
