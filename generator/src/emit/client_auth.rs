//! Operations that authenticate otherwise than the API: a token request under basic auth in
//! a bearer API, an API key on one folder. Each such scheme gets a slot in the client
//! (`.auth_scheme("basic")` on the request) and a setter (`with_basic_auth`); a request for a
//! slot the caller did not fill carries no credentials, never the client's own.

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::names::snake_ident;
use crate::ir::{Api, AuthScheme, Operation};

use super::docs;
use super::tokens::ident;

/// A scheme an operation uses instead of the API's.
struct Slot {
    /// The runtime's slot name.
    name: String,
    /// The generated setter, its arguments and the `Auth` it builds from them.
    setter: String,
    args: TokenStream,
    auth: TokenStream,
    /// What the scheme sends, for rustdoc.
    what: String,
}

fn slot(auth: &AuthScheme) -> Option<Slot> {
    let token = quote!(token: &str);
    Some(match auth {
        AuthScheme::Basic => Slot {
            name: "basic".into(),
            setter: "with_basic_auth".into(),
            args: quote!(username: &str, password: &str),
            auth: quote!(::postgen_runtime::Auth::basic(username, ::std::option::Option::Some(password.to_owned()))),
            what: "HTTP basic".into(),
        },
        AuthScheme::Token { scheme } => Slot {
            name: format!("token {scheme}"),
            setter: format!("with_{}_token", snake_ident(scheme).trim_start_matches("r#")),
            args: token,
            auth: quote!(::postgen_runtime::Auth::token(#scheme, token)),
            what: format!("`Authorization: {scheme} <token>`"),
        },
        AuthScheme::OAuth2 => Slot {
            name: "oauth2".into(),
            setter: "with_oauth2_token".into(),
            args: token,
            auth: quote!(::postgen_runtime::Auth::bearer(token)),
            what: "an OAuth 2 bearer access token".into(),
        },
        AuthScheme::ApiKey { name, in_query } => {
            let snake = snake_ident(name).trim_start_matches("r#").to_owned();
            let (place, auth) = if *in_query {
                ("query parameter", quote!(::postgen_runtime::Auth::api_key_query(#name, key)))
            } else {
                ("header", quote!(::postgen_runtime::Auth::api_key_header(#name, key)))
            };
            Slot {
                name: format!("api key {name}"),
                setter: if snake.contains("key") { format!("with_{snake}") } else { format!("with_{snake}_key") },
                args: quote!(key: &str),
                auth,
                what: format!("an API key in {place} `{name}`"),
            }
        }
        AuthScheme::None | AuthScheme::Unsupported(_) => return None,
    })
}

/// The slot of `op`, when it authenticates with a scheme of its own.
fn own_slot(api: &Api, op: &Operation) -> Option<Slot> {
    if op.no_auth || op.auth == api.auth {
        return None;
    }
    slot(&op.auth)
}

/// `.auth_scheme("basic")` for an operation with a scheme of its own.
pub(super) fn auth_scheme_call(api: &Api, op: &Operation) -> Option<TokenStream> {
    let name = own_slot(api, op)?.name;
    Some(quote!(.auth_scheme(#name)))
}

/// The sentence of an operation's rustdoc that says where its credentials come from.
pub(super) fn auth_doc(api: &Api, op: &Operation) -> Option<String> {
    let slot = own_slot(api, op)?;
    Some(format!(
        "Authenticates with {} (the collection's auth for this request), set with `Client::{}`; \
         without it the request carries no credentials.",
        slot.what, slot.setter
    ))
}

/// A setter per scheme some operation uses instead of the API's, in order of first use.
pub(super) fn setters(api: &Api) -> Result<TokenStream, Error> {
    let mut seen: Vec<(Slot, Vec<&str>)> = Vec::new();
    for op in &api.operations {
        let Some(slot) = own_slot(api, op) else { continue };
        match seen.iter_mut().find(|(s, _)| s.name == slot.name) {
            Some((_, ops)) => ops.push(&op.name),
            None => seen.push((slot, vec![&op.name])),
        }
    }
    let mut out = TokenStream::new();
    for (Slot { name, setter, args, auth, what }, ops) in seen {
        let listed: Vec<String> = ops.iter().take(8).map(|o| format!("`{o}`")).collect();
        let more = if ops.len() > 8 { format!(" and {} more", ops.len() - 8) } else { String::new() };
        let doc = docs::outer(&format!(
            "A handle on the same client that sends {what} on the operations the collection \
             authenticates that way: {}{more}.",
            listed.join(", ")
        ));
        let setter = ident(&setter)?;
        out.extend(quote! {
            #doc
            pub fn #setter(&self, #args) -> Self {
                Self { inner: self.inner.with_scheme_auth(#name, #auth) }
            }
        });
    }
    Ok(out)
}
