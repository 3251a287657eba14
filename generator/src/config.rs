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

const EXPECTED_TOML: &str =
    "a valid postgen.toml ([crate] name/version, [auth] scheme, [errors] code/message, [servers], [pagination.<operation>])";

/// What an explicit crate name (`--name`, `[crate] name`) must be.
pub const EXPECTED_CRATE_NAME: &str =
    "a Cargo package name (ASCII letters, digits, `-` or `_`, starting with a letter, not a Rust keyword, `std` or `postgen-runtime`)";

/// Reads `path` if it exists. Problems name the key as a pointer (`/crate/name`) and, where
/// the TOML parser knows it, the line and column.
pub fn load_postgen_toml(path: &Path) -> Result<Option<PostgenToml>, Error> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
    };
    let text = crate::input::utf8_text(path, &bytes)?;
    let deserializer = toml::Deserializer::parse(text).map_err(|e| toml_error(path, text, &Pointer::root(), &e))?;
    let toml: PostgenToml = serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let mut pointer = Pointer::root();
        for segment in e.path().iter() {
            pointer = match segment {
                serde_path_to_error::Segment::Seq { index } => pointer.index(*index),
                serde_path_to_error::Segment::Map { key } => pointer.key(key),
                serde_path_to_error::Segment::Enum { variant } => pointer.key(variant),
                serde_path_to_error::Segment::Unknown => pointer,
            };
        }
        toml_error(path, text, &pointer, e.inner())
    })?;
    toml.krate.check(path)?;
    Ok(Some(toml))
}

fn toml_error(path: &Path, text: &str, pointer: &Pointer, e: &toml::de::Error) -> Error {
    let found = match e.span().and_then(|span| text.get(..span.start)) {
        Some(before) => {
            let (line, column) = crate::input::line_column(before.as_bytes());
            format!("{} (line {line}, column {column})", e.message().trim_end())
        }
        None => e.message().trim_end().to_owned(),
    };
    Error::input(path, pointer, EXPECTED_TOML, found)
}

impl CrateSection {
    /// The name and version go into the generated `Cargo.toml` as written, so they must be
    /// what Cargo accepts there.
    fn check(&self, file: &Path) -> Result<(), Error> {
        let at = Pointer::root().key("crate");
        if let Some(name) = &self.name
            && let Err(why) = check_crate_name(name)
        {
            return Err(Error::input(file, &at.key("name"), EXPECTED_CRATE_NAME, format!("{name:?} ({why})")));
        }
        if let Some(version) = &self.version
            && !is_semver(version)
        {
            return Err(Error::input(file, &at.key("version"), "a semantic version such as \"0.1.0\"", format!("{version:?}")));
        }
        Ok(())
    }
}

/// Why a crate name given explicitly cannot be used. Free text is fine (`My API` becomes
/// `my-api`, as [`package_name`] spells it); what is refused is a name that would need a part
/// made up for it: nothing left but symbols, a leading digit, a keyword (Cargo refuses the
/// last two as package names; `cargo new 123` and `cargo new fn` fail too), or the name of a
/// library the generated code spells with a leading `::` (`std`, `postgen_runtime`).
pub fn check_crate_name(name: &str) -> Result<(), String> {
    let sanitized = sanitize(name);
    match sanitized.chars().next() {
        None => Err("no ASCII letter or digit in it".to_owned()),
        Some(c) if c.is_ascii_digit() => Err("it starts with a digit".to_owned()),
        Some(_) if is_keyword(&sanitized) => Err(format!("`{}` is a Rust keyword", sanitized.replace('-', "_"))),
        Some(_) if is_taken_library(&sanitized) => {
            Err(format!("`{}` is the name of a library the generated code uses", sanitized.replace('-', "_")))
        }
        Some(_) => Ok(()),
    }
}

/// `MAJOR.MINOR.PATCH`, optionally `-pre` and `+build` (dot-separated ASCII alphanumerics and
/// `-`), numbers without leading zeros.
fn is_semver(version: &str) -> bool {
    let (rest, build) = version.split_once('+').map_or((version, None), |(v, b)| (v, Some(b)));
    let (core, pre) = rest.split_once('-').map_or((rest, None), |(v, p)| (v, Some(p)));
    let identifiers_ok = |text: &str| {
        text.split('.').all(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    };
    let numbers: Vec<&str> = core.split('.').collect();
    numbers.len() == 3
        && numbers.iter().all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && (n.len() == 1 || !n.starts_with('0')))
        && pre.is_none_or(identifiers_ok)
        && build.is_none_or(identifiers_ok)
}

/// A Cargo package name from free text: lowercase ASCII letters, digits and `-`.
pub fn package_name(text: &str) -> String {
    let name = sanitize(text);
    match name.chars().next() {
        None => "api-client".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("api-{name}"),
        // The library would be named after a keyword (`crate`, `type`, ...) or shadow a library
        // the generated code uses (`std`).
        Some(_) if is_keyword(&name) || is_taken_library(&name) => format!("{name}-api"),
        Some(_) => name,
    }
}

/// Lowercase ASCII letters and digits of `text`, runs of anything else as one `-`.
fn sanitize(text: &str) -> String {
    let mut name = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    name.trim_end_matches('-').to_owned()
}

/// The library (the package name with `_` for `-`) would be a keyword.
fn is_keyword(package: &str) -> bool {
    let lib = package.replace('-', "_");
    crate::ir::names::keyword_safe(lib.clone()) != lib
}

/// The library would take the name of one the generated code reaches as `::name::…` (the
/// built-in ones, which Cargo also refuses as package names, and the runtime): inside the
/// crate `::std::` would then name the crate itself.
fn is_taken_library(package: &str) -> bool {
    let lib = package.replace('-', "_");
    ["std", "core", "alloc", "proc_macro", "test", "postgen_runtime"].contains(&lib.as_str())
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
        assert_eq!(package_name("std"), "std-api");
        assert_eq!(package_name("Postgen Runtime"), "postgen-runtime-api");
    }

    #[test]
    fn explicit_crate_names_and_versions() {
        use super::{check_crate_name, is_semver};
        assert_eq!(check_crate_name("zoho-crm"), Ok(()));
        assert_eq!(check_crate_name("My API (v2)"), Ok(()));
        assert!(check_crate_name("!!!").is_err());
        assert!(check_crate_name("日本").is_err());
        assert!(check_crate_name("123").is_err());
        assert!(check_crate_name("core").is_err());
        assert!(check_crate_name("postgen-runtime").is_err());
        assert_eq!(check_crate_name("stdlib-client"), Ok(()));
        assert!(check_crate_name("3scale").is_err());
        assert_eq!(check_crate_name("fn"), Err("`fn` is a Rust keyword".to_owned()));
        assert!(check_crate_name("Self").is_err());
        for good in ["0.1.0", "1.2.3-beta.1", "1.0.0+build-5", "10.20.30-rc.1+x"] {
            assert!(is_semver(good), "{good}");
        }
        for bad in ["", "1", "1.2", "1.2.3.4", "01.2.3", "1.2.x", "1.2.3-", "1.2.3+", "v1.2.3", "1.2.3-a..b"] {
            assert!(!is_semver(bad), "{bad}");
        }
    }
}
