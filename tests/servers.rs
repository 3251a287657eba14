//! Servers per operation: every base a collection's requests use is a named server of the
//! generated client, each method sends to its own, and the example tests expect the server
//! the saved request went to. Generated with the library, nothing built: the expectations
//! are read from the raw collection (`tests/fixtures/two-hosts.json`) or checked by hand.

use std::path::{Path, PathBuf};

use postgen::{generate, GenerateOptions, Generated};
use postgen_e2e::repo_root;
use serde_json::{json, Value};

fn generated(collection: PathBuf, name: &str) -> Generated {
    generate(&GenerateOptions {
        collection,
        out: PathBuf::from("/nonexistent/out"),
        name: Some(name.into()),
        runtime_path: Some("../runtime".into()),
        ..Default::default()
    })
    .unwrap_or_else(|e| panic!("{e}"))
}

fn two_hosts() -> Generated {
    generated(repo_root().join("tests/fixtures/two-hosts.json"), "two-hosts")
}

/// The body of the method `name` in `client.rs`: from its `pub … fn name(` to the next method.
fn method<'a>(client: &'a str, name: &str) -> &'a str {
    let start = [format!("pub async fn {name}("), format!("pub fn {name}(")]
        .iter()
        .find_map(|head| client.find(head.as_str()))
        .unwrap_or_else(|| panic!("no method `{name}` in client.rs"));
    let rest = &client[start..];
    let end = rest[1..].find("    /// ").map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

/// `{{host}}` etc. of every request item in document order, read from the raw collection.
fn raw_hosts(path: &Path) -> Vec<String> {
    fn walk(items: &[Value], out: &mut Vec<String>) {
        for item in items {
            match item.get("item").and_then(Value::as_array) {
                Some(children) => walk(children, out),
                None => out.push(item["request"]["url"]["host"][0].as_str().unwrap_or_default().to_owned()),
            }
        }
    }
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let collection: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let mut hosts = Vec::new();
    walk(collection["item"].as_array().map_or(&[][..], Vec::as_slice), &mut hosts);
    hosts
}

#[test]
fn each_method_sends_to_the_server_its_request_names() {
    let files = two_hosts().files;
    let client = &files["src/client.rs"];
    // Hand-checked: the methods of the fixture's four request items, in document order.
    let methods = ["get_products", "get_product", "create_orders", "create_oauth_token"];
    let hosts = raw_hosts(&repo_root().join("tests/fixtures/two-hosts.json"));
    assert_eq!(hosts, ["{{host}}", "{{host}}", "{{host}}", "{{auth_url}}"]);
    for (name, host) in methods.iter().zip(&hosts) {
        let body = method(client, name);
        match host.as_str() {
            "{{host}}" => assert!(!body.contains(".server("), "`{name}` goes to the primary server:\n{body}"),
            _ => assert!(body.contains(".server(\"auth_url\")"), "`{name}` goes to `auth_url`:\n{body}"),
        }
    }
}

#[test]
fn the_client_takes_a_url_per_server_with_the_collections_defaults() {
    let files = two_hosts().files;
    let client = &files["src/client.rs"];
    assert!(client.contains(r#"pub const DEFAULT_BASE_URL: &'static str = "https://api.shop.example.com";"#), "{client}");
    assert!(client.contains(r#"pub const DEFAULT_AUTH_URL_SERVER: &'static str = "https://auth.shop.example.com";"#));
    let new = method(client, "new");
    assert!(new.contains(r#".server("auth_url", Self::DEFAULT_AUTH_URL_SERVER)"#), "{new}");
    let setter = method(client, "with_auth_url_server");
    assert!(setter.contains(r#"self.inner.with_server("auth_url", url)?"#), "{setter}");
    let from_env = method(client, "from_env");
    for part in [
        r#"::postgen_runtime::Client::builder("{{host}}")"#,
        r#".variables_from_env("TWO_HOSTS_")"#,
        r#".variable_default("host", "https://api.shop.example.com")"#,
        r#".variable_default("auth_url", "https://auth.shop.example.com")"#,
        r#".server("auth_url", "{{auth_url}}")"#,
    ] {
        assert!(from_env.contains(part), "from_env lacks {part}:\n{from_env}");
    }
    assert!(
        client.contains(
            "/// Creates a client whose servers are read from the environment: the base URL `{{host}}` from \
             `TWO_HOSTS_HOST`, else `https://api.shop.example.com`; the `auth_url` server `{{auth_url}}` from \
             `TWO_HOSTS_AUTH_URL`, else `https://auth.shop.example.com`."
        ),
        "{client}"
    );
}

#[test]
fn readme_and_the_runnable_example_name_every_server_and_its_variable() {
    let files = two_hosts().files;
    let readme = &files["README.md"];
    assert!(readme.contains("| `host` (primary) | `{{host}}` | https://api.shop.example.com | `TWO_HOSTS_HOST` | 3 | `Client::new` |"), "{readme}");
    assert!(
        readme.contains("| `auth_url` | `{{auth_url}}` | https://auth.shop.example.com | `TWO_HOSTS_AUTH_URL` | 1 | `Client::with_auth_url_server` |"),
        "{readme}"
    );
    assert!(readme.contains("| `create_oauth_token` | `POST /oauth/token` on `auth_url` (form body) | JSON |"), "{readme}");
    let example = &files["examples/get_products_pages.rs"];
    assert!(example.contains("`TWO_HOSTS_HOST`") && example.contains("`TWO_HOSTS_AUTH_URL` for the `auth_url` server"), "{example}");
}

#[test]
fn the_example_tests_expect_the_server_the_saved_request_went_to() {
    let files = two_hosts().files;
    let data: Value = serde_json::from_str(&files["tests/examples.json"]).unwrap_or_else(|e| panic!("{e}"));
    let server_of = |op: &str| -> Vec<Option<String>> {
        let examples = data[op]["examples"].as_array().unwrap_or_else(|| panic!("no examples of `{op}`"));
        examples.iter().map(|e| e.get("server").and_then(Value::as_str).map(str::to_owned)).collect()
    };
    // The saved examples, then the item's own request (replayed too), each at its server.
    assert_eq!(server_of("create_oauth_token"), [Some("auth_url".to_owned()), Some("auth_url".to_owned())]);
    assert_eq!(server_of("get_product"), [None, None, None]);
    assert_eq!(server_of("get_products"), [None, None]);
    assert_eq!(server_of("create_orders"), [None, None]);
}

#[test]
fn the_server_most_requests_use_is_the_primary_one_even_when_a_token_request_comes_first() {
    // The URL as Postman saves it: `protocol` apart from `host`.
    let request = |name: &str, method: &str, raw: &str| {
        let (protocol, rest) = raw.split_once("://").map_or((None, raw), |(p, rest)| (Some(p), rest));
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        let mut url = json!({"raw": raw, "host": [host], "path": path.split('/').collect::<Vec<_>>()});
        if let Some(protocol) = protocol {
            url["protocol"] = json!(protocol);
        }
        json!({"name": name, "request": {"method": method, "url": url}})
    };
    let collection = json!({
        "info": {"name": "Commerce", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [
            request("Token", "POST", "{{auth_url}}/oauth/token"),
            request("Carts", "GET", "{{host}}/carts"),
            request("Products", "GET", "{{host}}/products"),
            request("Status", "GET", "https://status.example.com/v1/health"),
            request("Refresh", "POST", "{{auth_url}}/oauth/refresh"),
            request("Orders", "GET", "{{host}}/orders"),
        ],
        "variable": [{"key": "host", "value": "https://api.example.com"}]
    });
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("commerce.json");
    std::fs::write(&path, collection.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let files = generated(path, "commerce").files;
    let client = &files["src/client.rs"];
    assert!(client.contains(r#"pub const DEFAULT_BASE_URL: &'static str = "https://api.example.com";"#), "{client}");
    // Without a value, `auth_url` has no default: `new` leaves it to its setter.
    assert!(!client.contains("DEFAULT_AUTH_URL_SERVER"), "{client}");
    assert!(client.contains(r#"pub const DEFAULT_STATUS_EXAMPLE_COM_SERVER: &'static str = "https://status.example.com";"#));
    for (name, server) in [
        ("create_oauth_token", Some("auth_url")),
        ("get_carts", None),
        ("get_products", None),
        ("get_health", Some("status_example_com")),
        ("create_oauth_refresh", Some("auth_url")),
        ("get_orders", None),
    ] {
        let body = method(client, name);
        match server {
            Some(server) => assert!(body.contains(&format!(".server(\"{server}\")")), "`{name}` → `{server}`:\n{body}"),
            None => assert!(!body.contains(".server("), "`{name}` → primary:\n{body}"),
        }
    }
    let from_env = method(client, "from_env");
    assert!(from_env.contains(r#".server("status_example_com", "https://status.example.com")"#), "{from_env}");
    assert!(from_env.contains(r#".server("auth_url", "{{auth_url}}")"#), "{from_env}");
}

#[test]
fn a_single_server_api_names_no_server() {
    let files = generated(repo_root().join("tests/fixtures/not-found-error.json"), "widgets").files;
    let client = &files["src/client.rs"];
    assert!(!client.contains(".server(") && !client.contains("_SERVER"), "{client}");
    assert!(!files["README.md"].contains("## Servers"));
    assert!(!files["tests/examples.json"].contains("\"server\""));
}

/// The token request is under basic auth in a bearer API (read from the fixture itself): its
/// method asks for the client's basic credentials, the others for none of their own.
#[test]
fn the_token_request_authenticates_as_the_collection_says() {
    let raw: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("tests/fixtures/two-hosts.json")).unwrap_or_else(|e| panic!("{e}")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(raw["auth"]["type"], "bearer");
    let files = two_hosts().files;
    let client = &files["src/client.rs"];
    assert!(method(client, "create_oauth_token").contains(".auth_scheme(\"basic\")"), "{client}");
    assert_eq!(client.matches(".auth_scheme(").count(), 1, "{client}");
    assert!(client.contains("pub fn with_basic_auth(&self, username: &str, password: &str) -> Self"), "{client}");
}
