//! Doc-derived schema files: endpoints as a vendor's doc pages describe them (types,
//! mandatory keys, enum values, scopes, error tables). Format: `README.md` beside this file.
//!
//! `ir::merge_schemas` merges them into the API model; `import` turns doc pages (plain text)
//! into schema files (`postgen import-doc`).

pub mod import;
mod load;
pub mod model;

pub use import::{import_files, import_pages, to_json, write_schema};
pub use load::{check_distinct_endpoints, load_schema_file, load_schema_str, FORMAT};
