//! `examples/<op>_pages.rs` of the generated crate: a runnable program that lists the first
//! paginated operation page by page, with the base URL and token from the environment.

use quote::quote;

use crate::error::Error;
use crate::ir::{Api, AuthScheme, Operation};

use super::client_servers::env_names;
use super::docs;
use super::tokens::{ident, render, type_tokens};

/// The example's name (`get_users_pages`; the file is `examples/<name>.rs`) and contents, when
/// the API has a listing callable with parameters alone (no path parameters, no body) and
/// token or no authentication.
pub fn listing_example(api: &Api) -> Result<Option<(String, String)>, Error> {
    let Some(op) = api.operations.iter().find(|op| listable(op)) else {
        return Ok(None);
    };
    let token_scheme = match &api.auth {
        AuthScheme::None => None,
        other => match super::client::token_scheme(other) {
            Some(scheme) => Some(scheme.to_owned()),
            None => return Ok(None),
        },
    };
    let krate = ident(&api.lib_name())?;
    let prefix = format!("{}_", heck::AsShoutySnakeCase(&api.crate_name));
    let token_var = format!("{prefix}TOKEN");
    let base_var = format!("{prefix}BASE_URL");
    let name = format!("{}_pages", op.name);
    let run = format!("cargo run -p {} --example {name}", api.crate_name);

    // Where requests go: the collection's variables from the environment, else a base URL.
    let primary = api.base_url();
    let (client, mut base_doc) = if api.base_urls.iter().all(|s| s.variables.is_empty()) {
        let default = primary.default.as_deref().unwrap_or("http://127.0.0.1:8080");
        let client = quote! {
            let base_url = ::std::env::var(#base_var).unwrap_or_else(|_| #default.to_owned());
            let client = #krate::Client::new(&base_url, auth)?;
        };
        (client, format!("`{base_var}` (default `{default}`)"))
    } else {
        let names: Vec<String> = env_names(api, primary).iter().map(|n| format!("`{n}`")).collect();
        let default = match (&primary.default, primary.variables.len()) {
            (Some(url), 1) => format!(" (default `{url}`)"),
            _ => String::new(),
        };
        (quote!(let client = #krate::Client::from_env(auth)?;), format!("{}{default}", names.join(", ")))
    };
    for (_, server) in api.other_servers() {
        let env: Vec<String> = env_names(api, server).iter().map(|n| format!("`{n}`")).collect();
        let default = server.default.as_deref().map(|url| format!(" (default `{url}`)")).unwrap_or_default();
        base_doc.push_str(&match env.is_empty() {
            true => format!(" (the `{}` server is `{}`)", server.name, server.default.as_deref().unwrap_or(&server.template)),
            false => format!(", {} for the `{}` server{default}", env.join(", "), server.name),
        });
    }
    let auth = match &token_scheme {
        Some(scheme) => quote! {
            let token = ::std::env::var(#token_var).map_err(|_| ::std::format!("set {} to an access token", #token_var))?;
            let auth = #krate::Auth::token(#scheme, token);
        },
        None => quote!(let auth = #krate::Auth::None;),
    };
    let token_doc = match &token_scheme {
        Some(_) => format!(" and `{token_var}` (an access token)"),
        None => String::new(),
    };
    let method = ident(&op.name)?;
    let params = match &op.params_type {
        Some(ty) => {
            // Spelled from outside the crate: `zoho_crm::types::GetUsersParams`.
            let named = |name: &str| -> Result<proc_macro2::TokenStream, Error> {
                let id = ident(name)?;
                Ok(quote!(#krate::types::#id))
            };
            let ty = type_tokens(ty, &named)?;
            quote!(&<#ty>::default())
        }
        None => quote!(),
    };
    let items = &op.pagination.as_ref().map(|p| p.items.clone()).unwrap_or_default();
    let doc = docs::inner(&format!(
        "Lists every page of `{}` ({} {}), printing each item of `{items}`.\n\n\
         Set {base_doc}{token_doc}, then run:\n\n```text\n{run}\n```",
        op.name, op.method, op.path_template
    ));
    let file = render(quote! {
        #doc

        #[tokio::main(flavor = "current_thread")]
        async fn main() -> ::std::result::Result<(), ::std::boxed::Box<dyn ::std::error::Error>> {
            #auth
            #client
            let mut pages = client.#method(#params).pages();
            let mut number = 0;
            while let ::std::option::Option::Some(page) = pages.next().await {
                let page = page?;
                number += 1;
                // Items as JSON, so the example reads the same for any item type.
                let body = ::postgen_runtime::serde_json::to_value(&page.body)?;
                let items = body.pointer(#items).and_then(|v| v.as_array()).cloned().unwrap_or_default();
                println!("page {number}: HTTP {}, {} items", page.status, items.len());
                for item in items {
                    println!("  {item}");
                }
            }
            println!("{number} pages");
            ::std::result::Result::Ok(())
        }
    })?;
    Ok(Some((name, file)))
}

fn listable(op: &Operation) -> bool {
    op.pagination.is_some() && op.path_params.is_empty() && op.body.is_none()
}
