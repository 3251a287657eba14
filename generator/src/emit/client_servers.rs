//! The generated `Client`'s servers: `DEFAULT_BASE_URL` (the primary server) and a
//! `DEFAULT_<NAME>_SERVER` per other server with a default, the other servers set in `new`,
//! a `with_<name>_server` setter each, `from_env` reading every server's variables, and the
//! `.server("<name>")` of an operation that goes to another server than the primary one.
//! Routing is the runtime's (`ClientBuilder::server`, `Request::server`): the generated code
//! only names servers.

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::{Api, BaseUrl, Operation};

use super::docs;

/// The environment variables `from_env` reads for `server` (`ZOHO_CRM_API_DOMAIN`).
pub fn env_names(api: &Api, server: &BaseUrl) -> Vec<String> {
    let prefix = env_prefix(api);
    let mut names: Vec<String> = Vec::new();
    for name in server.variables.iter().map(|v| format!("{prefix}{}", heck::AsShoutySnakeCase(v))) {
        // `{{p}}://{{host}}:{{p}}` reads `P` once.
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

fn env_prefix(api: &Api) -> String {
    format!("{}_", heck::AsShoutySnakeCase(&api.crate_name))
}

/// `DEFAULT_<NAME>_SERVER`: the constant of another server's default URL.
pub fn default_const(server: &BaseUrl) -> String {
    // The name is already snake_case ASCII and unique: upper-cased as is, it stays unique.
    format!("DEFAULT_{}_SERVER", server.name.to_ascii_uppercase())
}

/// `with_<name>_server`, made unique against the operations' method names.
pub fn setter_name(api: &Api, server: &BaseUrl) -> String {
    let mut name = format!("with_{}_server", server.name);
    while api.operations.iter().any(|op| op.name == name) {
        name.push('_');
    }
    name
}

/// `.server("auth_url")` for an operation whose request goes to another server than the
/// primary one.
pub fn server_call(api: &Api, op: &Operation) -> Result<Option<TokenStream>, Error> {
    if op.server == 0 {
        return Ok(None);
    }
    let server = api
        .base_urls
        .get(op.server)
        .ok_or_else(|| Error::Internal(format!("server {} of `{}` missing", op.server, op.name)))?;
    let name = &server.name;
    Ok(Some(quote!(.server(#name))))
}

/// What an operation's rustdoc says about its server (nothing for the primary one).
pub fn server_doc(api: &Api, op: &Operation) -> Option<String> {
    let server = api.base_urls.get(op.server).filter(|_| op.server != 0)?;
    Some(format!(" on the `{}` server (`{}`)", server.name, server.template.replace('`', "'")))
}

/// The constants of the servers' default URLs.
pub fn default_consts(api: &Api) -> Result<TokenStream, Error> {
    let primary = api.base_url();
    let mut items = Vec::new();
    if let Some(url) = &primary.default {
        let doc = docs::outer(&format!("The base URL the collection uses (`{}`).", primary.template));
        items.push(quote! {
            #doc
            pub const DEFAULT_BASE_URL: &'static str = #url;
        });
    }
    for (index, server) in api.other_servers() {
        let Some(url) = &server.default else { continue };
        let name = super::tokens::ident(&default_const(server))?;
        let doc = docs::outer(&format!(
            "The default URL of the `{}` server (the collection's `{}`), where {} go.",
            server.name,
            server.template.replace('`', "'"),
            operations_of(api, index)
        ));
        items.push(quote! {
            #doc
            pub const #name: &'static str = #url;
        });
    }
    Ok(quote!(#(#items)*))
}

/// `` `a`, `b` and 3 more operations `` going to server `index`.
fn operations_of(api: &Api, index: usize) -> String {
    let names: Vec<String> = api.operations.iter().filter(|op| op.server == index).map(|op| format!("`{}`", op.name)).collect();
    match names.as_slice() {
        [one] => format!("the requests of {one}"),
        [first, second] => format!("the requests of {first} and {second}"),
        [first, second, rest @ ..] => {
            let more = if rest.len() == 1 { "1 more operation".to_owned() } else { format!("{} more operations", rest.len()) };
            format!("the requests of {first}, {second} and {more}")
        }
        [] => "no operation's requests".to_owned(),
    }
}

/// The `.server(..)` calls that `new` chains onto the runtime builder: every other server
/// with a default, at it.
pub fn new_servers(api: &Api) -> Result<TokenStream, Error> {
    let mut calls = Vec::new();
    for (_, server) in api.other_servers() {
        if server.default.is_some() {
            let (name, constant) = (&server.name, super::tokens::ident(&default_const(server))?);
            calls.push(quote!(.server(#name, Self::#constant)));
        }
    }
    Ok(quote!(#(#calls)*))
}

/// What `new`'s rustdoc says about the other servers (empty for one server).
pub fn new_doc(api: &Api) -> String {
    let mut text = String::new();
    for (_, server) in api.other_servers() {
        let setter = setter_name(api, server);
        match &server.default {
            Some(_) => text.push_str(&format!(
                "\n\nRequests for the `{}` server go to [`Self::{}`]; [`Self::{setter}`] moves them.",
                server.name,
                default_const(server)
            )),
            None => text.push_str(&format!(
                "\n\nThe `{}` server (`{}`) has no default: set it with [`Self::{setter}`] before calling its operations.",
                server.name,
                server.template.replace('`', "'")
            )),
        }
    }
    text
}

/// `with_<name>_server` for every other server.
pub fn setters(api: &Api) -> Result<TokenStream, Error> {
    let mut methods = Vec::new();
    for (index, server) in api.other_servers() {
        let method = super::tokens::ident(&setter_name(api, server))?;
        let name = &server.name;
        let doc = docs::outer(&format!(
            "This client with the `{name}` server (the collection's `{}`: {}) at `url`. Fails for a URL \
             that is not http(s), has no host, or holds credentials or a fragment. The client's \
             credentials are sent there too.",
            server.template.replace('`', "'"),
            operations_of(api, index)
        ));
        methods.push(quote! {
            #doc
            pub fn #method(&self, url: &str) -> ::std::result::Result<Self, ::postgen_runtime::Error> {
                ::std::result::Result::Ok(Self { inner: self.inner.with_server(#name, url)? })
            }
        });
    }
    Ok(quote!(#(#methods)*))
}

/// `Client::from_env`, when a server's URL has Postman variables: each is read from the
/// environment variable named after the crate and the variable (`ZOHO_CRM_API_DOMAIN`),
/// defaulting to the collection's value when the server's URL is that one variable.
pub fn from_env(api: &Api) -> Option<TokenStream> {
    if api.base_urls.iter().all(|s| s.variables.is_empty()) {
        return None;
    }
    let prefix = env_prefix(api);
    let primary = builder_url(api.base_url());
    let mut calls = Vec::new();
    // Per server: where its URL comes from.
    let mut sources = Vec::new();
    for (index, server) in api.base_urls.iter().enumerate() {
        let env: Vec<String> = env_names(api, server).iter().map(|n| format!("`{n}`")).collect();
        let mut source = match env.is_empty() {
            true => format!("`{}`", builder_url(server)),
            false => format!("`{}` from {}", server.template.replace('`', "'"), env.join(", ")),
        };
        if let Some((name, url)) = single_variable_default(server) {
            calls.push(quote!(.variable_default(#name, #url)));
            source.push_str(&format!(", else `{url}`"));
        }
        // A server with neither a URL nor variables cannot be configured from anywhere: left to
        // its setter (else every `from_env` call would fail on it).
        if index > 0 {
            let (name, url) = (&server.name, builder_url(server));
            if server.default.is_some() || !server.variables.is_empty() {
                calls.push(quote!(.server(#name, #url)));
                source = format!("the `{name}` server {source}");
            } else {
                source = format!("the `{name}` server (`{}`) not at all: set it with `{}`", server.template.replace('`', "'"), setter_name(api, server));
            }
        }
        sources.push(source);
    }
    let doc = docs::outer(&match sources.as_slice() {
        // One server: the wording single-server crates have always had.
        [only] => {
            let env = only.split_once(" from ").map_or(only.as_str(), |(_, env)| env);
            format!("Creates a client whose base URL `{}` is filled from the environment: {env}.", api.base_url().template.replace('`', "'"))
        }
        all => format!("Creates a client whose servers are read from the environment: the base URL {}.", all.join("; ")),
    });
    Some(quote! {
        #doc
        pub fn from_env(auth: ::postgen_runtime::Auth) -> ::std::result::Result<Self, ::postgen_runtime::Error> {
            let inner = ::postgen_runtime::Client::builder(#primary)
                .variables_from_env(#prefix)
                #(#calls)*
                .auth(auth)
                .build()?;
            ::std::result::Result::Ok(Self { inner })
        }
    })
}

/// The URL the runtime builder gets for `server`: its template when it has variables (filled
/// at build), else its resolved default (a literal host without a scheme gets one).
fn builder_url(server: &BaseUrl) -> &str {
    match &server.default {
        Some(url) if server.variables.is_empty() => url,
        _ => &server.template,
    }
}

/// (variable, default URL) when the server's URL is exactly one `{{variable}}` with a value.
fn single_variable_default(server: &BaseUrl) -> Option<(&String, &String)> {
    match server.variables.as_slice() {
        [only] if server.template == format!("{{{{{only}}}}}") => server.default.as_ref().map(|url| (only, url)),
        _ => None,
    }
}
