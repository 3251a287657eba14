//! `src/servers.rs` of the generated crate, when `postgen.toml` has `[servers]`: a region
//! enum and an environment enum (names from the file) with their hosts as `&'static str`,
//! `FromStr`/`Display` by name, and `Client::for_server`.

use heck::ToSnakeCase;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::error::Error;
use crate::ir::{Api, ServerName, Servers};

use super::docs;
use super::tokens::ident;

/// The items of `src/servers.rs`, or nothing when the API has no `[servers]`.
pub fn servers_tokens(api: &Api) -> Result<Option<TokenStream>, Error> {
    let Some(servers) = &api.servers else { return Ok(None) };
    if let Some(op) = api.operations.iter().find(|op| op.name == "for_server") {
        return Err(Error::input(
            &api.source,
            &op.source,
            "an operation not named `for_server` (with `[servers]`, `Client::for_server` is taken)",
            format!("the request `{}`", op.title),
        ));
    }
    let region_ty = ident(&servers.region_type)?;
    let env_ty = ident(&servers.environment_type)?;
    let region_names: Vec<&ServerName> = servers.regions.iter().map(|r| &r.name).collect();
    let env_names: Vec<&ServerName> = servers.environments.iter().collect();

    let has_accounts = servers.regions.iter().all(|r| r.accounts.is_some());
    let region_doc = docs::outer(&format!(
        "Where the {title} API is served: one variant per region, each with an API host per [`{env}`]{accounts}.\n\n\
         [`name`](Self::name) gives a region's name as the API's docs write it; `str::parse` reads it \
         back, ignoring ASCII case.",
        title = api.title.trim(),
        env = servers.environment_type,
        accounts = if has_accounts { " and an accounts (OAuth) host" } else { "" },
    ));
    let region_variants = servers
        .regions
        .iter()
        .map(|region| {
            let id = ident(&region.name.ident)?;
            let mut text = match region.doc.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
                Some(doc) => doc.to_owned(),
                None => format!("The `{}` region.", region.name.name),
            };
            let hosts: Vec<String> = servers
                .environments
                .iter()
                .zip(&region.api)
                .map(|(env, url)| format!("`{url}` ({})", env.name))
                .collect();
            text.push_str(&format!("\n\n`{}`: API {}", region.name.name, hosts.join(", ")));
            if let Some(accounts) = &region.accounts {
                text.push_str(&format!("; accounts `{accounts}`"));
            }
            text.push('.');
            let doc = docs::outer(&text);
            Ok(quote!(#doc #id,))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let api_arms = servers
        .regions
        .iter()
        .map(|region| {
            let id = ident(&region.name.ident)?;
            servers
                .environments
                .iter()
                .zip(&region.api)
                .map(|(env, url)| {
                    let env_id = ident(&env.ident)?;
                    Ok(quote!((Self::#id, #env_ty::#env_id) => #url,))
                })
                .collect::<Result<Vec<_>, Error>>()
        })
        .collect::<Result<Vec<_>, Error>>()?
        .into_iter()
        .flatten();
    let accounts_url = if has_accounts && !servers.regions.is_empty() {
        let arms = servers
            .regions
            .iter()
            .map(|region| {
                let id = ident(&region.name.ident)?;
                let url = region.accounts.as_deref().unwrap_or_default();
                Ok(quote!(Self::#id => #url,))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        quote! {
            /// The accounts host of this region, where its users sign in and OAuth tokens are issued.
            pub const fn accounts_url(self) -> &'static str {
                match self {
                    #(#arms)*
                }
            }
        }
    } else {
        TokenStream::new()
    };
    let token = match &servers.token_path {
        Some(path) => token_items(api, servers, path)?,
        None => TokenStream::new(),
    };

    let env_doc = docs::outer(&format!(
        "An environment of the {title} API: which of a region's API hosts requests go to \
         ([`{region}::api_url`]).\n\n\
         [`name`](Self::name) gives its name as the API's docs write it; `str::parse` reads it back, \
         ignoring ASCII case.",
        title = api.title.trim(),
        region = servers.region_type,
    ));
    let env_variants = servers
        .environments
        .iter()
        .map(|env| {
            let id = ident(&env.ident)?;
            let doc = docs::outer(&format!("The `{}` environment.", env.name));
            Ok(quote!(#doc #id,))
        })
        .collect::<Result<Vec<_>, Error>>()?;

    let region_common = common_items(&region_names, "region")?;
    let env_common = common_items(&env_names, "environment")?;
    let region_from_str = from_str(&region_ty, &region_names, &servers.region_type);
    let env_from_str = from_str(&env_ty, &env_names, &servers.environment_type);
    let module_doc = docs::inner(&format!(
        "Where the API is served: regions ([`{region}`]) and environments ([`{env}`]), from the \
         `[servers]` section of `postgen.toml`.\n\n\
         [`Client::for_server`](super::Client::for_server) creates a client for one of them.",
        region = servers.region_type,
        env = servers.environment_type,
    ));
    let for_server_doc = docs::outer(&format!(
        "Creates a client for `region`'s API host in `environment` ([`{}::api_url`]).",
        servers.region_type
    ));
    // Both enums are plain choices: copied, compared and hashed.
    let copy_enum = quote! {
        #[derive(
            ::std::fmt::Debug,
            ::std::clone::Clone,
            ::std::marker::Copy,
            ::std::cmp::PartialEq,
            ::std::cmp::Eq,
            ::std::hash::Hash
        )]
    };
    Ok(Some(quote! {
        #module_doc

        #region_doc
        #copy_enum
        pub enum #region_ty {
            #(#region_variants)*
        }

        impl #region_ty {
            #region_common

            /// The API base URL of this region in `environment`.
            pub const fn api_url(self, environment: #env_ty) -> &'static str {
                match (self, environment) {
                    #(#api_arms)*
                }
            }

            #accounts_url

            #token
        }

        #region_from_str

        #env_doc
        #copy_enum
        pub enum #env_ty {
            #(#env_variants)*
        }

        impl #env_ty {
            #env_common
        }

        #env_from_str

        /// A name that is not one of the known regions or environments (the error of `str::parse`).
        #[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::std::cmp::Eq)]
        pub struct ParseServerError {
            kind: &'static str,
            name: ::std::string::String,
            expected: &'static str,
        }

        impl ParseServerError {
            /// The text that matched no name.
            pub fn name(&self) -> &str {
                &self.name
            }
        }

        impl ::std::fmt::Display for ParseServerError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::write!(
                    f,
                    "unknown {} `{}` (expected one of {}, in any case)",
                    self.kind,
                    self.name,
                    self.expected
                )
            }
        }

        impl ::std::error::Error for ParseServerError {}

        impl super::Client {
            #for_server_doc
            pub fn for_server(
                region: #region_ty,
                environment: #env_ty,
                auth: ::postgen_runtime::Auth,
            ) -> ::std::result::Result<Self, ::postgen_runtime::Error> {
                Self::new(region.api_url(environment), auth)
            }
        }
    }))
}

/// `token_url` and `oauth`, when `[servers] token_path` is set.
fn token_items(api: &Api, servers: &Servers, path: &str) -> Result<TokenStream, Error> {
    let arms = servers
        .regions
        .iter()
        .map(|region| {
            let id = ident(&region.name.ident)?;
            let url = servers.token_url(region).ok_or_else(|| {
                Error::Internal(format!("region `{}` has no accounts host but token_path is set", region.name.name))
            })?;
            Ok(quote!(Self::#id => #url,))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let scheme = super::client::token_scheme(&api.auth).unwrap_or("Bearer");
    let token_doc = docs::outer(&format!(
        "The OAuth token endpoint of this region: its accounts host and `{path}`."
    ));
    let oauth_doc = docs::outer(&format!(
        "OAuth refresh-token flow against this region's token endpoint ([`token_url`](Self::token_url)), \
         for a client registered with the API's accounts service; requests then send \
         `Authorization: {scheme} <access token>`.\n\n\
         `.build()` finishes it; `Auth::oauth` of the result is the `auth` of \
         [`Client::for_server`](super::Client::for_server)."
    ));
    Ok(quote! {
        #token_doc
        pub const fn token_url(self) -> &'static str {
            match self {
                #(#arms)*
            }
        }

        #oauth_doc
        pub fn oauth(
            self,
            client_id: impl ::std::convert::Into<::std::string::String>,
            client_secret: impl ::std::convert::Into<::std::string::String>,
            refresh_token: impl ::std::convert::Into<::std::string::String>,
        ) -> ::postgen_runtime::OAuthBuilder {
            ::postgen_runtime::OAuth::refresh_token_flow(self.token_url(), client_id, client_secret, refresh_token)
                .scheme(#scheme)
        }
    })
}

/// `ALL` and `name()` of either enum.
fn common_items(names: &[&ServerName], what: &str) -> Result<TokenStream, Error> {
    let ids = names.iter().map(|n| ident(&n.ident)).collect::<Result<Vec<_>, Error>>()?;
    let texts = names.iter().map(|n| n.name.as_str());
    let count = Literal::usize_unsuffixed(names.len());
    let all_doc = docs::outer(&format!("Every {what}, in the order of `postgen.toml`."));
    let name_doc = docs::outer(&format!(
        "The name of this {what} (`{}`), as `Display` writes it and `str::parse` reads it.",
        names.first().map(|n| n.name.as_str()).unwrap_or_default()
    ));
    Ok(quote! {
        #all_doc
        pub const ALL: [Self; #count] = [#(Self::#ids),*];

        #name_doc
        pub const fn name(self) -> &'static str {
            match self {
                #(Self::#ids => #texts,)*
            }
        }
    })
}

/// `FromStr` (by name, ignoring ASCII case) and `Display` (the name) of either enum.
fn from_str(ty: &proc_macro2::Ident, names: &[&ServerName], type_name: &str) -> TokenStream {
    // `DataCentre` → "data centre", for the error message.
    let kind = type_name.to_snake_case().replace('_', " ");
    let expected = names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", ");
    quote! {
        impl ::std::str::FromStr for #ty {
            type Err = ParseServerError;

            fn from_str(name: &str) -> ::std::result::Result<Self, Self::Err> {
                Self::ALL
                    .into_iter()
                    .find(|known| known.name().eq_ignore_ascii_case(name))
                    .ok_or_else(|| ParseServerError {
                        kind: #kind,
                        name: name.to_owned(),
                        expected: #expected,
                    })
            }
        }

        impl ::std::fmt::Display for #ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.name())
            }
        }
    }
}
