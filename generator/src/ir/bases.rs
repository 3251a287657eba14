//! The servers of an API: every distinct base (`protocol://host:port` as a request writes it,
//! before the path: `{{host}}`, `{{auth_url}}`, `https://api.example.com`) is a named server,
//! and each operation and saved example knows which one its request goes to.
//!
//! The primary server is the one most operations use (the first used on a tie); it comes
//! first, the others follow in order of first use. A request without a base (a relative URL)
//! goes to the primary server.

use std::collections::BTreeSet;

use crate::postman::{self, Resolver};

use super::model::{BaseUrl, Operation};
use super::names::snake_word;

/// The base template one request item wrote.
#[derive(Debug, Clone)]
pub struct ItemBases {
    pub(super) request: String,
}

impl ItemBases {
    pub(super) fn of(item: &postman::RequestItem) -> Self {
        ItemBases { request: base_template(&item.request.url) }
    }
}

/// `protocol://host:port` as written in `url` (variables unresolved).
pub(super) fn base_template(url: &postman::Url) -> String {
    let mut template = String::new();
    if let Some(protocol) = &url.protocol {
        template.push_str(protocol);
        template.push_str("://");
    }
    template.push_str(url.host.as_deref().unwrap_or_default());
    if let Some(port) = &url.port {
        template.push(':');
        template.push_str(port);
    }
    template
}

/// The servers `bases` (one per operation, in order) use, primary first; sets each
/// operation's server (and its examples', the same).
pub(super) fn assign_servers(operations: &mut [Operation], bases: &[ItemBases], resolver: &Resolver) -> Vec<BaseUrl> {
    // (template, operations using it) in order of first use; an empty base is no server.
    let mut used: Vec<(&str, usize)> = Vec::new();
    for base in bases.iter().map(|b| b.request.as_str()).filter(|b| !b.is_empty()) {
        match used.iter_mut().find(|(t, _)| *t == base) {
            Some((_, count)) => *count += 1,
            None => used.push((base, 1)),
        }
    }
    // The first of the most used (`max_by_key` would take the last).
    let most = used.iter().map(|(_, count)| *count).max().unwrap_or(0);
    if let Some(primary) = used.iter().position(|(_, count)| *count == most) {
        let first = used.remove(primary);
        used.insert(0, first);
    }
    let mut names = BTreeSet::new();
    // A base whose value another's already is (`{{CalculatorBaseUrl}}` and the URL it
    // holds) is that server: one host, configured once.
    let mut servers: Vec<BaseUrl> = Vec::new();
    for (template, _) in &used {
        if index_of(&servers, template, resolver).is_none() {
            servers.push(server(template, resolver, &mut names));
        }
    }
    if servers.is_empty() {
        servers.push(server("", resolver, &mut names));
    }
    for (op, base) in operations.iter_mut().zip(bases) {
        op.server = index_of(&servers, &base.request, resolver).unwrap_or(0);
        // The method sends every call to its operation's server, whatever host an example
        // was saved against (that the saved hosts agree is the corpus gate's wire check).
        let requests = op.responses.iter_mut().filter_map(|r| r.request.as_mut()).chain(op.own_request.as_mut());
        for request in requests {
            request.server = op.server;
        }
    }
    servers
}

/// The server `template` is, by spelling or else by resolved value.
fn index_of(servers: &[BaseUrl], template: &str, resolver: &Resolver) -> Option<usize> {
    if template.is_empty() {
        return None;
    }
    servers.iter().position(|s| s.template == template).or_else(|| {
        let value = default_url(&resolver.resolve(template))?;
        servers.iter().position(|s| s.default.as_deref() == Some(value.as_str()))
    })
}

fn server(template: &str, resolver: &Resolver, names: &mut BTreeSet<String>) -> BaseUrl {
    let variables = postman::Resolver::var_names(template);
    BaseUrl {
        name: unique(names, server_name(template, &variables)),
        template: template.to_owned(),
        default: default_url(&resolver.resolve(template)),
        variables,
    }
}

/// `name`, or `name_2`, `name_3`… when taken (two spellings of one host, `http` and `https`).
fn unique(names: &mut BTreeSet<String>, name: String) -> String {
    let mut candidate = name.clone();
    let mut n = 1;
    while names.contains(&candidate) {
        n += 1;
        candidate = format!("{name}_{n}");
    }
    names.insert(candidate.clone());
    candidate
}

/// A readable snake_case name: the variables' (`{{auth_url}}` → `auth_url`, `{{baseUrl}}` →
/// `base_url`), else the host's (`https://api.example.com` → `api_example_com`).
fn server_name(template: &str, variables: &[String]) -> String {
    let from = if variables.is_empty() {
        let host = template.split_once("://").map_or(template, |(_, rest)| rest);
        let host = host.split(':').next().unwrap_or_default();
        host.strip_prefix("www.").unwrap_or(host).to_owned()
    } else {
        variables.join("_")
    };
    let name = snake_word(&from);
    let name = name.trim_matches('_');
    if name.is_empty() { "server".to_owned() } else { name.to_owned() }
}

/// The URL a resolved base stands for, when it is one: with its scheme, or without one
/// (Postman would use http; public APIs are served over https, so only a local development
/// host keeps http). Only a URL the runtime accepts as a server's (http(s), a host, no
/// credentials): a default that cannot parse (`https://about:blank`) would make every
/// constructor fail.
fn default_url(resolved: &str) -> Option<String> {
    let url = if resolved.contains("{{") {
        return None;
    } else if resolved.starts_with("http://") || resolved.starts_with("https://") {
        resolved.to_owned()
    } else if !resolved.is_empty() && !resolved.contains(char::is_whitespace) {
        let local = ["localhost", "127.", "[::1]", "0.0.0.0"].iter().any(|h| resolved.starts_with(h));
        format!("{}://{resolved}", if local { "http" } else { "https" })
    } else {
        return None;
    };
    let parsed = url::Url::parse(&url).ok()?;
    let usable = parsed.host().is_some() && parsed.username().is_empty() && parsed.password().is_none();
    (usable && parsed.fragment().is_none()).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_variables_else_the_host() {
        let name = |t: &str| server_name(t, &postman::Resolver::var_names(t));
        assert_eq!(name("{{host}}"), "host");
        assert_eq!(name("{{auth_url}}"), "auth_url");
        assert_eq!(name("{{baseUrl}}"), "base_url");
        assert_eq!(name("{{api-domain}}"), "api_domain");
        assert_eq!(name("https://{{region}}.example.com"), "region");
        assert_eq!(name("https://api.example.com"), "api_example_com");
        assert_eq!(name("http://www.example.com:8080"), "example_com");
        assert_eq!(name("https://127.0.0.1"), "127_0_0_1");
        assert_eq!(name("%%%"), "server");
    }

    #[test]
    fn names_are_unique_by_a_number() {
        let mut names = BTreeSet::new();
        let got: Vec<String> = ["host", "host", "host_2", "host"].iter().map(|n| unique(&mut names, (*n).to_owned())).collect();
        assert_eq!(got, ["host", "host_2", "host_2_2", "host_3"]);
    }

    #[test]
    fn a_base_without_a_scheme_is_https_unless_local() {
        assert_eq!(default_url("api.example.com").as_deref(), Some("https://api.example.com"));
        assert_eq!(default_url("localhost:3000").as_deref(), Some("http://localhost:3000"));
        assert_eq!(default_url("http://x").as_deref(), Some("http://x"));
        assert_eq!(default_url("{{host}}"), None);
        assert_eq!(default_url("about:blank"), None, "https://about:blank does not parse");
        assert_eq!(default_url("https://user:pw@api.example.com"), None);
        assert_eq!(default_url("https://api.example.com/v1").as_deref(), Some("https://api.example.com/v1"));
        assert_eq!(default_url(""), None);
    }
}
