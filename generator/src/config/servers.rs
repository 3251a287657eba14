//! `[servers]` of `postgen.toml`: the regions and environments an API is served from, as
//! data (vendor host names never appear in the generator's code).
//!
//! ```toml
//! [servers]
//! region_type = "DataCentre"         # name of the generated region enum (default `Region`)
//! environment_type = "Environment"   # name of the generated environment enum (default `Environment`)
//! token_path = "/oauth/v2/token"     # optional: OAuth token endpoint on each accounts host
//!
//! [[servers.region]]
//! name = "US"
//! doc = "United States (zoho.com)"
//! accounts = "https://accounts.zoho.com"
//! api = { Production = "https://www.zohoapis.com", Sandbox = "https://sandbox.zohoapis.com" }
//! ```
//!
//! Validation turns the section into [`crate::ir::Servers`]: every problem is an input error
//! naming the file and a pointer such as `/servers/region/2/api`.

use std::collections::BTreeMap;
use std::path::Path;

use heck::ToUpperCamelCase;
use serde::Deserialize;

use crate::error::{Error, Pointer};
use crate::ir::names::{type_name, variant_idents};
use crate::ir::{Region, ServerName, Servers};

/// Names the generated crate already uses next to the two enums (crate-root re-exports and
/// the `servers` module's own error type), beyond the reserved names of `ir::names`.
const TAKEN_TYPE_NAMES: &[&str] =
    &["Auth", "CallOptions", "Conditional", "Date", "DateTime", "ErrorBody", "Items", "OAuth", "Pages", "Patch", "RecordOutcome", "Response", "RetryPolicy", "ParseServerError"];

/// `[servers]` as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServersSection {
    /// Name of the generated region enum.
    pub region_type: Option<String>,
    /// Name of the generated environment enum.
    pub environment_type: Option<String>,
    /// Path of the OAuth token endpoint on each region's accounts host.
    pub token_path: Option<String>,
    /// `[[servers.region]]`, in file order.
    #[serde(default)]
    pub region: Vec<RegionEntry>,
}

/// One `[[servers.region]]` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionEntry {
    /// The region's name (`US`).
    pub name: String,
    /// Description for rustdoc.
    pub doc: Option<String>,
    /// Accounts (OAuth) host.
    pub accounts: Option<String>,
    /// Environment name → API base URL, in file order.
    pub api: toml::Table,
}

impl ServersSection {
    /// Checks the section and turns it into the IR's [`Servers`]; `file` is `postgen.toml`.
    pub fn validate(&self, file: &Path) -> Result<Servers, Error> {
        let at = Pointer::root().key("servers");
        let fail = |pointer: &Pointer, expected: &str, found: String| Err(Error::input(file, pointer, expected, found));

        let region_type = self.region_type.clone().unwrap_or_else(|| "Region".to_owned());
        let environment_type = self.environment_type.clone().unwrap_or_else(|| "Environment".to_owned());
        check_type_name(file, &at.key("region_type"), &region_type)?;
        check_type_name(file, &at.key("environment_type"), &environment_type)?;
        if region_type == environment_type {
            return fail(
                &at.key("environment_type"),
                "a type name different from region_type",
                format!("\"{environment_type}\" for both"),
            );
        }
        if let Some(path) = &self.token_path
            && (!path.starts_with('/') || !path.chars().all(|c| c.is_ascii_graphic()) || path.contains(['?', '#']))
        {
            return fail(&at.key("token_path"), "a URL path starting with `/` (no spaces, query or fragment)", format!("\"{path}\""));
        }

        let Some(first) = self.region.first() else {
            return fail(&at.key("region"), "at least one [[servers.region]]", "none".to_owned());
        };
        let regions_at = at.key("region");
        // Environments come from the first region; the others must list the same names.
        let first_at = regions_at.index(0).key("api");
        if first.api.is_empty() {
            return fail(&first_at, "at least one environment (`Production = \"https://…\"`)", "an empty table".to_owned());
        }
        let env_names: Vec<String> = first.api.keys().cloned().collect();
        let environments = names(file, &env_names, |i| first_at.key(&env_names[i]), "an environment name")?;

        let mut regions = Vec::new();
        for (index, entry) in self.region.iter().enumerate() {
            let here = regions_at.index(index);
            let api_at = here.key("api");
            let listed: Vec<&String> = entry.api.keys().collect();
            let missing: Vec<&str> = env_names.iter().filter(|n| !entry.api.contains_key(*n)).map(String::as_str).collect();
            let extra: Vec<&str> = listed.iter().filter(|n| !env_names.contains(n)).map(|n| n.as_str()).collect();
            if !missing.is_empty() || !extra.is_empty() {
                let mut found = listed.iter().map(|n| n.as_str()).collect::<Vec<_>>().join(", ");
                if !missing.is_empty() {
                    found.push_str(&format!(" (missing {})", missing.join(", ")));
                }
                if !extra.is_empty() {
                    found.push_str(&format!(" (not in region 0: {})", extra.join(", ")));
                }
                return fail(
                    &api_at,
                    &format!("the environments region 0 (`{}`) lists: {}", first.name, env_names.join(", ")),
                    found,
                );
            }
            let mut api = Vec::new();
            for env in &env_names {
                let value_at = api_at.key(env);
                match entry.api.get(env) {
                    Some(toml::Value::String(url)) if is_url(url) => api.push(url.clone()),
                    Some(toml::Value::String(url)) => return fail(&value_at, "an absolute http(s) URL", format!("\"{url}\"")),
                    Some(other) => return fail(&value_at, "an absolute http(s) URL string", other.type_str().to_owned()),
                    None => return Err(Error::Internal(format!("environment `{env}` vanished from region {index}"))),
                }
            }
            let accounts = match &entry.accounts {
                Some(url) if is_url(url) => Some(url.clone()),
                Some(url) => return fail(&here.key("accounts"), "an absolute http(s) URL", format!("\"{url}\"")),
                None if self.token_path.is_some() => {
                    return fail(&here, "an `accounts` URL (token_path is set)", "none".to_owned());
                }
                None if first.accounts.is_some() => {
                    return fail(&here, &format!("an `accounts` URL, as region 0 (`{}`) has", first.name), "none".to_owned());
                }
                None => None,
            };
            if accounts.is_some() && first.accounts.is_none() {
                return fail(&regions_at.index(0), "an `accounts` URL, as other regions have", "none".to_owned());
            }
            regions.push((entry, accounts, api));
        }
        let region_names: Vec<String> = self.region.iter().map(|r| r.name.clone()).collect();
        let region_idents = names(file, &region_names, |i| regions_at.index(i).key("name"), "a region name")?;
        let regions = regions
            .into_iter()
            .zip(region_idents)
            .map(|((entry, accounts, api), name)| Region { name, doc: entry.doc.clone(), accounts, api })
            .collect();
        Ok(Servers { region_type, environment_type, token_path: self.token_path.clone(), environments, regions })
    }
}

/// Enum variants for `names`: each non-empty, unique as an identifier and ignoring ASCII case
/// (`FromStr` reads names case-insensitively). `pointer(i)` locates name `i`.
fn names(
    file: &Path,
    names: &[String],
    pointer: impl Fn(usize) -> Pointer,
    what: &str,
) -> Result<Vec<ServerName>, Error> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut seen_lower: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if !name.chars().any(|c| c.is_ascii_alphanumeric()) {
            return Err(Error::input(file, &pointer(i), format!("{what} with ASCII letters or digits"), format!("\"{name}\"")));
        }
        let ident = variant_idents(std::slice::from_ref(name)).pop().unwrap_or_default();
        let clash = seen.get(&ident).or_else(|| seen_lower.get(&name.to_ascii_lowercase()));
        if let Some(&other) = clash {
            return Err(Error::input(
                file,
                &pointer(i),
                format!("{what} distinct from the others (as a Rust variant and ignoring case)"),
                format!("\"{name}\", the same as \"{}\" (`{ident}`)", names[other]),
            ));
        }
        seen.insert(ident.clone(), i);
        seen_lower.insert(name.to_ascii_lowercase(), i);
        out.push(ServerName { name: name.clone(), ident });
    }
    Ok(out)
}

/// An UpperCamelCase type name the generated crate does not use otherwise.
fn check_type_name(file: &Path, pointer: &Pointer, name: &str) -> Result<(), Error> {
    if type_name(name) == name && !TAKEN_TYPE_NAMES.contains(&name) {
        return Ok(());
    }
    let hint = match name.to_upper_camel_case() {
        camel if camel != name && type_name(&camel) == camel && !TAKEN_TYPE_NAMES.contains(&camel.as_str()) => {
            format!(" (`{camel}` would do)")
        }
        _ => String::new(),
    };
    Err(Error::input(
        file,
        pointer,
        "an UpperCamelCase type name the generated crate does not already use (not Client, Error, Auth, Response, Option, ...)",
        format!("\"{name}\"{hint}"),
    ))
}

/// An absolute `http`/`https` URL with a host, no query or fragment, printable ASCII only.
fn is_url(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://")) else {
        return false;
    };
    let host = rest.split('/').next().unwrap_or_default();
    let host_ok = host.chars().any(|c| c.is_ascii_alphanumeric())
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    host_ok
        && text.chars().all(|c| c.is_ascii_graphic())
        && !text.contains(['?', '#', '"', '\\', '<', '>', '^', '`', '{', '|', '}'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::PostgenToml;

    const GOOD: &str = r#"
[servers]
region_type = "DataCentre"
environment_type = "Environment"
token_path = "/oauth/v2/token"

[[servers.region]]
name = "US"
doc = "United States"
accounts = "https://accounts.example.com"
api = { Production = "https://www.example.com", Sandbox = "https://sandbox.example.com", Developer = "https://developer.example.com" }

[[servers.region]]
name = "EU"
accounts = "https://accounts.example.eu/"
api = { Sandbox = "https://sandbox.example.eu", Production = "https://www.example.eu", Developer = "https://developer.example.eu" }
"#;

    fn validate(text: &str) -> Result<Servers, Error> {
        let toml: PostgenToml = toml::from_str(text).expect("parses");
        toml.servers.expect("has [servers]").validate(Path::new("postgen.toml"))
    }

    /// `(pointer, expected, found)` of the input error `text` gives.
    fn error(text: &str) -> (String, String, String) {
        match validate(text) {
            Err(Error::Input { file, pointer, expected, found }) => {
                assert_eq!(file, Path::new("postgen.toml"));
                (pointer.as_str().to_owned(), expected, found)
            }
            other => panic!("expected an input error, got {other:?}"),
        }
    }

    #[test]
    fn good_file_keeps_file_order() {
        let servers = validate(GOOD).expect("valid");
        assert_eq!(servers.region_type, "DataCentre");
        assert_eq!(servers.environment_type, "Environment");
        let envs: Vec<(&str, &str)> = servers.environments.iter().map(|e| (e.name.as_str(), e.ident.as_str())).collect();
        assert_eq!(envs, [("Production", "Production"), ("Sandbox", "Sandbox"), ("Developer", "Developer")]);
        let eu = &servers.regions[1];
        assert_eq!((eu.name.name.as_str(), eu.name.ident.as_str()), ("EU", "Eu"));
        // Listed in another order, kept in the first region's environment order.
        assert_eq!(eu.api, ["https://www.example.eu", "https://sandbox.example.eu", "https://developer.example.eu"]);
        assert_eq!(servers.regions[0].doc.as_deref(), Some("United States"));
        assert_eq!(servers.token_url(eu).as_deref(), Some("https://accounts.example.eu/oauth/v2/token"));
        assert_eq!(servers.token_url(&servers.regions[0]).as_deref(), Some("https://accounts.example.com/oauth/v2/token"));
    }

    #[test]
    fn defaults_and_no_accounts() {
        let servers = validate("[[servers.region]]\nname = \"a\"\napi = { live = \"http://127.0.0.1:8080/api\" }\n")
            .expect("valid");
        assert_eq!((servers.region_type.as_str(), servers.environment_type.as_str()), ("Region", "Environment"));
        assert_eq!(servers.regions[0].accounts, None);
        assert_eq!(servers.environments[0].ident, "Live");
    }

    #[test]
    fn mismatched_environments_name_the_region() {
        let text = GOOD.replace(", Developer = \"https://developer.example.eu\"", "");
        let (pointer, expected, found) = error(&text);
        assert_eq!(pointer, "/servers/region/1/api");
        assert!(expected.contains("Production, Sandbox, Developer"), "{expected}");
        assert!(found.contains("missing Developer"), "{found}");
        let (pointer, _, found) = error(&GOOD.replace("Developer = \"https://developer.example.eu\"", "Dev = \"https://dev.example.eu\""));
        assert_eq!(pointer, "/servers/region/1/api");
        assert!(found.contains("not in region 0: Dev"), "{found}");
    }

    #[test]
    fn non_urls_are_refused() {
        let (pointer, expected, found) = error(&GOOD.replace("https://sandbox.example.eu", "sandbox.example.eu"));
        assert_eq!(pointer, "/servers/region/1/api/Sandbox");
        assert_eq!((expected.as_str(), found.as_str()), ("an absolute http(s) URL", "\"sandbox.example.eu\""));
        let (pointer, _, found) = error(&GOOD.replace("\"https://www.example.eu\"", "3"));
        assert_eq!((pointer.as_str(), found.as_str()), ("/servers/region/1/api/Production", "integer"));
        let (pointer, ..) = error(&GOOD.replace("https://accounts.example.com", "ftp://accounts.example.com"));
        assert_eq!(pointer, "/servers/region/0/accounts");
        for bad in ["https://", "https:///x", "https://a b", "https://x.com?q=1", "https://x.com#f", "https://ü.com"] {
            assert!(!is_url(bad), "{bad}");
        }
        for good in ["https://x.com", "http://127.0.0.1:8080/api/", "https://[::1]:1/v2"] {
            assert!(is_url(good), "{good}");
        }
    }

    #[test]
    fn names_must_be_distinct_identifiers() {
        let (pointer, _, found) = error(&GOOD.replace("name = \"EU\"", "name = \"us\""));
        assert_eq!(pointer, "/servers/region/1/name");
        assert!(found.contains("\"US\""), "{found}");
        let (pointer, ..) = error(&GOOD.replace("name = \"EU\"", "name = \"--\""));
        assert_eq!(pointer, "/servers/region/1/name");
        let (pointer, ..) = error(&GOOD.replace("Sandbox = \"https://sandbox.example.com\"", "production = \"https://sandbox.example.com\""));
        assert_eq!(pointer, "/servers/region/0/api/production");
    }

    #[test]
    fn type_names_are_checked() {
        for (bad, pointer) in [
            ("region_type = \"Client\"", "/servers/region_type"),
            ("region_type = \"data_centre\"", "/servers/region_type"),
            ("region_type = \"Environment\"", "/servers/environment_type"),
            ("region_type = \"Auth\"", "/servers/region_type"),
        ] {
            let (at, ..) = error(&GOOD.replace("region_type = \"DataCentre\"", bad));
            assert_eq!(at, pointer, "{bad}");
        }
        let (_, _, found) = error(&GOOD.replace("\"DataCentre\"", "\"DC\""));
        assert_eq!(found, "\"DC\" (`Dc` would do)");
    }

    #[test]
    fn token_path_needs_accounts_hosts() {
        let (pointer, ..) = error(&GOOD.replace("accounts = \"https://accounts.example.eu/\"\n", ""));
        assert_eq!(pointer, "/servers/region/1");
        let (pointer, ..) = error(&GOOD.replace("/oauth/v2/token", "oauth/v2/token"));
        assert_eq!(pointer, "/servers/token_path");
        let (pointer, ..) = error("[servers]\nregion_type = \"Region\"\n");
        assert_eq!(pointer, "/servers/region");
    }
}
