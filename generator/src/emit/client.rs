//! `src/client.rs` of the generated crate: the `Client` and one method per operation.
//!
//! Every method only assembles a `postgen_runtime::Request` and hands it to the runtime's
//! single send path, so each stays a few lines long.

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::{
    Api, AuthScheme, BodyKind, Operation, Param, ParamLocation, PathSegment, SegmentPart, SuccessBody,
    TypeRef,
};

use super::client_servers::{self, default_consts, new_servers, server_call, server_doc, setters};
use super::client_auth;
use super::docs;
use super::paged;
use super::redirects;
use super::tokens::{ident, impl_members, mentions_types, render, sibling_named, type_tokens};

/// The items of `src/client.rs`.
pub fn client_tokens(api: &Api) -> Result<TokenStream, Error> {
    let methods = api.operations.iter().map(|op| operation(api, op)).collect::<Result<Vec<_>, _>>()?;
    let (head, constructors) = client_parts(api, methods.iter().any(mentions_types))?;
    Ok(quote! {
        #head
        impl Client {
            #constructors
            #(#methods)*
        }
    })
}

/// `src/client.rs` rendered operation by operation (the same text as rendering
/// [`client_tokens`]): one `impl Client` holds every method, and a crate of 10,000
/// operations would otherwise parse and print it as one syntax tree.
pub fn client_file(api: &Api) -> Result<String, Error> {
    // The methods first: the head imports `types` only if they use it.
    let mut methods = String::new();
    let mut uses_types = false;
    for op in &api.operations {
        let tokens = operation(api, op)?;
        uses_types |= mentions_types(&tokens);
        methods.push_str(&impl_members(tokens)?);
    }
    let (head, constructors) = client_parts(api, uses_types)?;
    let mut text = render(head)?;
    text.push_str("impl Client {\n");
    text.push_str(&impl_members(constructors)?);
    text.push_str(&methods);
    text.push_str("}\n");
    Ok(text)
}

/// The module doc, its imports, the `Client` struct and the `Reply` aliases; the members of
/// `impl Client` before the operations. `methods_use_types`: whether the methods name a type.
fn client_parts(api: &Api, methods_use_types: bool) -> Result<(TokenStream, TokenStream), Error> {
    let title = &api.title;
    let struct_doc = docs::outer(&format!("Client for the {title} API."));
    let default_base = default_consts(api)?;
    let scheme_setters = client_auth::setters(api)?;
    let primary = api.base_url();
    let new_doc = docs::outer(&format!(
        "Creates a client that sends requests to `base_url`{}.\n\nAuthentication: {}.{}",
        if primary.variables.is_empty() {
            String::new()
        } else {
            format!(" (the collection's `{}`)", primary.template)
        },
        auth_doc(&api.auth),
        client_servers::new_doc(api)
    ));
    let other_servers = new_servers(api)?;
    let server_setters = setters(api)?;
    let with_token = token_scheme(&api.auth).map(|scheme| {
        let doc = docs::outer(&format!(
            "Creates a client for `base_url` that sends `Authorization: {scheme} <token>`."
        ));
        quote! {
            #doc
            pub fn with_token(
                base_url: &str,
                token: impl ::std::convert::Into<::std::string::String>,
            ) -> ::std::result::Result<Self, ::postgen_runtime::Error> {
                Self::new(base_url, ::postgen_runtime::Auth::token(#scheme, token))
            }
        }
    });
    let from_env = client_servers::from_env(api);
    let reply = reply_alias(api)?;
    let import = (methods_use_types || mentions_types(&reply)).then(|| quote!(use super::types;));
    let head = quote! {
        //! The API client.

        #import

        #struct_doc
        #[derive(::std::fmt::Debug, ::std::clone::Clone)]
        pub struct Client {
            inner: ::postgen_runtime::Client,
        }

        #reply
    };
    let constructors = quote! {
            #default_base

            #new_doc
            pub fn new(
                base_url: &str,
                auth: ::postgen_runtime::Auth,
            ) -> ::std::result::Result<Self, ::postgen_runtime::Error> {
                let inner = ::postgen_runtime::Client::builder(base_url) #other_servers .auth(auth).build()?;
                ::std::result::Result::Ok(Self { inner })
            }

            #server_setters

            #with_token

            #from_env

            /// Wraps a runtime client configured by the caller (timeouts, user agent, HTTP client).
            pub fn from_runtime(inner: ::postgen_runtime::Client) -> Self {
                Self { inner }
            }

            /// The runtime client underneath.
            pub fn runtime(&self) -> &::postgen_runtime::Client {
                &self.inner
            }

            /// A handle on the same client (connections, credentials, concurrency cap) whose
            /// calls use `options`, e.g. `CallOptions::new().retry_non_idempotent()` for a POST
            /// that is safe to repeat.
            pub fn with_options(&self, options: ::postgen_runtime::CallOptions) -> Self {
                Self { inner: self.inner.with_options(options) }
            }

            #scheme_setters
    };
    Ok((head, constructors))
}

/// `Reply<T>`, `Listing<T, I>`, `Pages<T>`, `Items<T>`: what the methods return, with the API's error enum as
/// the error body (every operation decodes its errors with the one enum; untyped JSON when the
/// API shows no error), so that a signature names only its success type.
fn reply_alias(api: &Api) -> Result<TokenStream, Error> {
    let error = api.operations.iter().find_map(|op| op.errors.as_ref());
    let (error, what) = match error {
        Some(errors) => {
            let ty = type_tokens(&TypeRef::Named(errors.type_name.clone()), &sibling_named)?;
            (ty, format!("[`{0}`](super::types::{0})", errors.type_name))
        }
        None => (quote!(::postgen_runtime::serde_json::Value), "untyped JSON (the collection shows no error)".to_owned()),
    };
    let doc = docs::outer(&format!(
        "What every method returns: the decoded response, or an error whose body is read as {what}."
    ));
    let listing_doc = docs::outer(
        "A paginated operation's call: awaited, a [`Reply`] (a `Conditional` one where the method \
         says so); streamed with `.pages()` or `.items()`. The listing ends after the page that says \
         no more follow, on an empty page, on HTTP 204 or 304, or after the first error (which is \
         yielded).",
    );
    let pages_doc = docs::outer("The pages of a [`Listing`] (`.pages()`), a `Stream` of [`Reply`]s.");
    let items_doc = docs::outer("The items of a [`Listing`] across its pages (`.items()`).");
    Ok(quote! {
        #doc
        pub type Reply<T> = ::postgen_runtime::Reply<T, #error>;
        #listing_doc
        pub type Listing<T, I, A = ::postgen_runtime::Plain> = ::postgen_runtime::Listing<T, I, #error, A>;
        #pages_doc
        pub type Pages<T> = ::postgen_runtime::Pages<T, #error>;
        #items_doc
        pub type Items<T> = ::postgen_runtime::Items<T, #error>;
    })
}

/// The `Authorization` scheme when the API authenticates with a token.
pub fn token_scheme(auth: &AuthScheme) -> Option<&str> {
    match auth {
        AuthScheme::Token { scheme } => Some(scheme),
        AuthScheme::OAuth2 => Some("Bearer"),
        _ => None,
    }
}

fn auth_doc(auth: &AuthScheme) -> String {
    match auth {
        AuthScheme::None => "none required".into(),
        AuthScheme::Token { scheme } => format!("`Authorization: {scheme} <token>` (`Auth::token`)"),
        AuthScheme::Basic => "HTTP basic (`Auth::basic`)".into(),
        AuthScheme::ApiKey { name, in_query: true } => format!("API key in query parameter `{name}`"),
        AuthScheme::ApiKey { name, in_query: false } => format!("API key in header `{name}`"),
        AuthScheme::OAuth2 => "OAuth 2 bearer access token (`Auth::bearer`)".into(),
        AuthScheme::Unsupported(kind) => {
            format!("the collection uses Postman `{kind}` auth, which the runtime does not implement")
        }
    }
}

fn operation(api: &Api, op: &Operation) -> Result<TokenStream, Error> {
    let api_auth = &api.auth;
    let name = ident(&op.name)?;
    let mut text = operation_docs(op, server_doc(api, op));
    if op.no_auth && *api_auth != AuthScheme::None {
        text.push_str("\n\nSent without the client's credentials (the collection marks it `noauth`).");
    }
    if let Some(auth) = client_auth::auth_doc(api, op) {
        text.push_str(&format!("\n\n{auth}"));
    }
    if let Some(pagination) = &op.pagination {
        text.push_str(&format!("\n\n{}", paged::listing_doc(pagination)));
    }
    if op.answers_redirects() {
        text.push_str(&format!("\n\n{}", redirects::redirect_doc(op)));
    }
    let doc = docs::outer(&text);
    // (name, type) of each argument after `&self`.
    let mut args: Vec<(TokenStream, TokenStream)> = Vec::new();
    for param in &op.path_params {
        let id = ident(&param.ident)?;
        args.push((quote!(#id), quote!(&str)));
    }
    let new_request = request_new(op)?;
    // Builder calls chained onto `Request::new(..)`.
    let mut build: Vec<TokenStream> = Vec::new();
    build.extend(server_call(api, op)?);
    // The runtime asks for JSON whenever it decodes JSON, so a saved
    // `Accept: application/json` says nothing the call does not already send.
    let json_answer = !matches!(op.success, SuccessBody::Text | SuccessBody::Binary);
    for (key, value) in &op.fixed_headers {
        if json_answer && key.eq_ignore_ascii_case("accept") && value == "application/json" {
            continue;
        }
        build.push(quote!(.header(#key, #value)));
    }
    if op.no_auth && *api_auth != AuthScheme::None {
        build.push(quote!(.without_auth()));
    }
    build.extend(client_auth::auth_scheme_call(api, op));
    if op.answers_redirects() {
        build.push(quote!(.redirect_is_answer()));
    }
    if let Some(params_ty) = &op.params_type {
        let ty = type_tokens(params_ty, &sibling_named)?;
        args.push((quote!(params), quote!(&#ty)));
        for param in &op.params {
            build.push(param_tokens(param)?);
        }
    }
    if let Some(body) = &op.body {
        let content_type = &body.content_type;
        match &body.kind {
            BodyKind::Json { ty, .. } => {
                let ty = type_tokens(ty.as_ref().unwrap_or(&TypeRef::Value), &sibling_named)?;
                args.push((quote!(body), quote!(&#ty)));
                build.push(if content_type == "application/json" {
                    quote!(.json(body))
                } else {
                    quote!(.json_as(#content_type, body))
                });
            }
            BodyKind::Form { ty, .. } => {
                let ty = type_tokens(ty.as_ref().unwrap_or(&TypeRef::Value), &sibling_named)?;
                args.push((quote!(body), quote!(&#ty)));
                build.push(quote!(.form(body)));
            }
            BodyKind::Multipart { .. } => {
                args.push((quote!(parts), quote!(::std::vec::Vec<(::std::string::String, ::postgen_runtime::Part)>)));
                build.push(quote!(.multipart(parts)));
            }
            BodyKind::Text { .. } => {
                args.push((quote!(body), quote!(&str)));
                build.push(quote!(.text(#content_type, body)));
            }
            BodyKind::Binary => {
                args.push((quote!(body), quote!(::std::vec::Vec<u8>)));
                build.push(quote!(.bytes(#content_type, body)));
            }
        }
    }
    let (ret, send) = match &op.success {
        SuccessBody::Json(ty) => (type_tokens(ty, &sibling_named)?, quote!(send_typed)),
        SuccessBody::Text => (quote!(::std::string::String), quote!(send_text_typed)),
        SuccessBody::Binary => (quote!(::postgen_runtime::bytes::Bytes), quote!(send_bytes_typed)),
        SuccessBody::Empty => (quote!(()), quote!(send_typed)),
        SuccessBody::Unknown => (quote!(::postgen_runtime::serde_json::Value), quote!(send_typed)),
        SuccessBody::ByStatus(responses) => (
            type_tokens(&TypeRef::Named(responses.type_name.clone()), &sibling_named)?,
            quote!(send_by_status),
        ),
    };
    let error_body = match &op.errors {
        Some(errors) => type_tokens(&TypeRef::Named(errors.type_name.clone()), &sibling_named)?,
        None => quote!(::postgen_runtime::serde_json::Value),
    };
    let error = match &op.errors {
        Some(_) => quote!(::postgen_runtime::Error<#error_body>),
        None => quote!(::postgen_runtime::Error),
    };
    // `Reply<T, E>` is `Result<Response<T>, Error<E>>`: a signature that fits a line.
    let conditional = is_conditional(op);
    let (reply, send) = if conditional {
        (quote!(::std::result::Result<::postgen_runtime::Conditional<#ret>, #error>), quote!(send_conditional))
    } else {
        (quote!(Reply<#ret>), send)
    };
    let request = quote!(#new_request #(#build)*);
    let args: Vec<TokenStream> = args.iter().map(|(name, ty)| quote!(#name: #ty)).collect();
    let Some(pagination) = &op.pagination else {
        return Ok(quote! {
            #doc
            pub async fn #name(&self, #(#args),*) -> #reply {
                let request = #request;
                self.inner.#send(request).await
            }
        });
    };
    // Paginated: the one method returns a `Listing`, awaited for a page or streamed.
    let item = type_tokens(pagination.item_type.as_ref().unwrap_or(&TypeRef::Value), &sibling_named)?;
    let answer = conditional.then(|| quote!(, ::postgen_runtime::IfModified));
    let paging = paged::paging_tokens(pagination);
    Ok(quote! {
        #doc
        pub fn #name(&self, #(#args),*) -> Listing<#ret, #item #answer> {
            let request = #request;
            self.inner.listing(request, #paging)
        }
    })
}

/// Operations that take `If-Modified-Since` / `If-None-Match` answer 304 with
/// `Conditional::NotModified` instead of an error.
pub(super) fn is_conditional(op: &Operation) -> bool {
    let json_like = matches!(op.success, SuccessBody::Json(_) | SuccessBody::Empty | SuccessBody::Unknown);
    json_like
        && op.params.iter().any(|p| {
            p.location == ParamLocation::Header
                && (p.wire.eq_ignore_ascii_case("If-Modified-Since") || p.wire.eq_ignore_ascii_case("If-None-Match"))
        })
}

/// `server`: where the request goes when not to the primary server (` on the `auth_url` server …`).
fn operation_docs(op: &Operation, server: Option<String>) -> String {
    let mut text = if op.title.trim().is_empty() { op.name.clone() } else { op.title.trim().to_owned() };
    if let Some(docs) = op.docs.as_deref().filter(|d| !d.trim().is_empty()) {
        text.push_str("\n\n");
        text.push_str(docs);
    }
    text.push_str(&format!("\n\n`{} {}`", op.method, op.path_template.replace('`', "'")));
    text.push_str(&server.unwrap_or_default());
    // A path parameter with nothing to say but an example says it on the route's line; the
    // others (described, or an argument named apart from the template) get a list below.
    let (listed, inline): (Vec<&Param>, Vec<&Param>) =
        op.path_params.iter().partition(|p| p.docs.is_some() || p.ident != p.wire);
    let examples: Vec<String> = inline
        .iter()
        .filter_map(|p| Some(format!("`{}` e.g. `{}`", p.ident, p.example.as_deref()?.replace('`', "'"))))
        .collect();
    if !examples.is_empty() {
        text.push_str(&format!(", {}", examples.join(", ")));
    }
    // The statuses on the route's line: a note, not a paragraph of its own.
    if let Some(shown) = shown_error_statuses(op) {
        text.push_str(&format!(". Error statuses in the examples: {shown}."));
    }
    if !op.doc.scopes.is_empty() {
        let scopes: Vec<String> = op.doc.scopes.iter().map(|s| format!("`{}`", s.replace('`', "'"))).collect();
        text.push_str(&format!("\n\nOAuth scope (any one of): {}.", scopes.join(", ")));
    }
    // One list, its items on consecutive lines.
    for (i, param) in listed.iter().enumerate() {
        text.push_str(if i == 0 { "\n\n" } else { "\n" });
        text.push_str(&format!("- `{}`: path parameter `{}`", param.ident, param.wire));
        if let Some(d) = &param.docs {
            text.push_str(&format!(": {}", d.lines().next().unwrap_or_default()));
        }
        if let Some(e) = &param.example {
            text.push_str(&format!(" (example: `{}`)", e.replace('`', "'")));
        }
    }
    if let Some(body) = &op.body
        && let BodyKind::Multipart { fields } = &body.kind
    {
        let names: Vec<String> = fields
            .iter()
            .map(|(name, file)| format!("`{name}`{}", if *file { " (file)" } else { "" }))
            .collect();
        text.push_str(&format!("\n\nMultipart fields: {}.", names.join(", ")));
    }
    text.push_str(&errors_docs(op));
    text
}

/// The error statuses `op`'s examples show (`400, 404`), if any.
fn shown_error_statuses(op: &Operation) -> Option<String> {
    let errors = op.errors.as_ref()?;
    let shown: Vec<String> = errors.statuses.iter().filter(|e| e.examples > 0).map(|e| e.status.to_string()).collect();
    (!shown.is_empty()).then(|| shown.join(", "))
}

/// The codes `op`'s docs list, with their statuses, messages and resolutions (the enum is the
/// API's, so this is where an operation's own documented errors show).
fn errors_docs(op: &Operation) -> String {
    let Some(errors) = &op.errors else { return String::new() };
    let mut text = String::new();
    let mut rows = errors.statuses.iter().flat_map(|e| &e.codes).peekable();
    if rows.peek().is_some() {
        text.push_str("\n\nDocumented errors:");
    }
    for row in rows {
        text.push_str(&format!("\n- HTTP {} `{}`", row.status, row.code.replace('`', "'")));
        if let Some(message) = row.message.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
            text.push_str(&format!(": {message}."));
        }
        if let Some(resolution) = row.resolution.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
            text.push_str(&format!(" Resolution: {resolution}"));
        }
    }
    text
}

/// The request for `op`: its method, its route as the collection saves it (`/v1/users/{}/`,
/// literal text and a trailing `/` kept) and the path parameters that fill the holes.
fn request_new(op: &Operation) -> Result<TokenStream, Error> {
    let method = &op.method;
    let (route, args) = route(op)?;
    Ok(quote!(::postgen_runtime::Request::route(#method, #route, &[#(#args),*])))
}

/// The route text and its hole arguments. Literal braces are sent percent-encoded (as
/// Postman sends them), so every `{}` left is a hole.
fn route(op: &Operation) -> Result<(String, Vec<proc_macro2::Ident>), Error> {
    let literal = |route: &mut String, text: &str| route.push_str(&text.replace('{', "%7B").replace('}', "%7D"));
    let mut route = String::new();
    let mut args = Vec::new();
    for segment in &op.path {
        route.push('/');
        match segment {
            PathSegment::Literal(text) => literal(&mut route, text),
            PathSegment::Template(parts) => {
                for part in parts {
                    match part {
                        SegmentPart::Literal(text) => literal(&mut route, text),
                        SegmentPart::Param(i) => {
                            route.push_str("{}");
                            args.push(path_param_ident(op, *i)?);
                        }
                    }
                }
            }
        }
    }
    if route.is_empty() {
        route.push('/');
    }
    Ok((route, args))
}

fn path_param_ident(op: &Operation, index: usize) -> Result<proc_macro2::Ident, Error> {
    let param = op
        .path_params
        .get(index)
        .ok_or_else(|| Error::Internal(format!("path parameter {index} of `{}` missing", op.name)))?;
    ident(&param.ident)
}

fn param_tokens(param: &Param) -> Result<TokenStream, Error> {
    let field = ident(&param.ident)?;
    let wire = &param.wire;
    // Strings go as `&str`; typed values (numbers, enums, dates) by reference, through Display.
    let value = if param.ty == TypeRef::String { quote!(as_deref) } else { quote!(as_ref) };
    Ok(match (param.location, param.repeated) {
        (ParamLocation::Header, _) => quote!(.header_opt(#wire, params.#field.#value())),
        (_, true) => quote!(.query_all(#wire, params.#field.iter().flatten())),
        (_, false) => quote!(.query_opt(#wire, params.#field.#value())),
    })
}
