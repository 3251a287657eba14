//! Per-API settings: `postgen.toml` beside a collection, and command-line choices.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Pointer};

mod pagination;
mod servers;

pub use pagination::PaginationEntry;
pub use servers::{RegionEntry, ServersSection};

/// Settings the IR builder needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiConfig {
    /// Cargo package name of the generated crate.
    pub crate_name: String,
    /// Version of the generated crate.
    pub crate_version: String,
    /// Overrides the `Authorization` scheme of token auth (e.g. `Zoho-oauthtoken`).
    pub auth_scheme: Option<String>,
    /// Overrides which error-body key holds the error code.
    pub error_code_key: Option<String>,
    /// Overrides which error-body key holds the message.
    pub error_message_key: Option<String>,
    /// Regions and environments the API is served from (`[servers]`, validated).
    pub servers: Option<crate::ir::Servers>,
}

/// `postgen.toml`. Unknown keys are refused so a typo cannot be silently ignored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgenToml {
    /// `[crate]`.
    #[serde(rename = "crate", default)]
    pub krate: CrateSection,
    /// `[auth]`.
    #[serde(default)]
    pub auth: AuthSection,
    /// `[errors]`.
    #[serde(default)]
    pub errors: ErrorsSection,
    /// `[servers]`: validated by [`ServersSection::validate`].
    pub servers: Option<ServersSection>,
    /// `[pagination.<operation>]`: validated by [`PaginationEntry::validate`].
    #[serde(default)]
    pub pagination: std::collections::BTreeMap<String, PaginationEntry>,
}

/// `[errors]` of `postgen.toml`: the error envelope, when detection guesses wrong.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorsSection {
    /// Key of the error code in error bodies (e.g. `errorCode`).
    pub code: Option<String>,
    /// Key of the message in error bodies (e.g. `detail`).
    pub message: Option<String>,
}

/// `[crate]` of `postgen.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrateSection {
    /// Package name.
    pub name: Option<String>,
    /// Package version.
    pub version: Option<String>,
}

/// `[auth]` of `postgen.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthSection {
    /// Token scheme used in `Authorization: <scheme> <token>`.
    pub scheme: Option<String>,
}

/// Reads `path` if it exists.
pub fn load_postgen_toml(path: &Path) -> Result<Option<PostgenToml>, Error> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
    };
    toml::from_str(&text).map(Some).map_err(|e| {
        Error::input(path, &Pointer::root(), "a valid postgen.toml ([crate] name/version, [auth] scheme, [errors] code/message, [servers], [pagination.<operation>])", e.message())
    })
}

/// A Cargo package name from free text: lowercase ASCII letters, digits and `-`.
pub fn package_name(text: &str) -> String {
    let mut name = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-').to_owned();
    match name.chars().next() {
        None => "api-client".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("api-{name}"),
        // The library would be named after a keyword (`crate`, `type`, ...).
        Some(_) if crate::ir::names::keyword_safe(name.clone()) != name => format!("{name}-api"),
        Some(_) => name,
    }
}

#[cfg(test)]
mod tests {
    use super::package_name;

    #[test]
    fn package_names() {
        assert_eq!(package_name("zoho-crm"), "zoho-crm");
        assert_eq!(package_name("Todo API (v2)"), "todo-api-v2");
        assert_eq!(package_name("3scale"), "api-3scale");
        assert_eq!(package_name("日本"), "api-client");
        assert_eq!(package_name("Type"), "type-api");
    }
}
