//! The error enum of an operation: a variant per HTTP status seen in its examples, decoded by
//! status (never by trying shapes in turn), plus `Other` for anything else.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::error::Error;
use crate::ir::{ErrorBodyKind, ErrorResponses};

use super::docs;
use super::tokens::{ident, local_named, type_tokens};

/// Renders the enum and its `postgen_runtime::ErrorBody` implementation.
pub fn error_enum(name: &Ident, doc: TokenStream, errors: &ErrorResponses) -> Result<TokenStream, Error> {
    let mut variants = Vec::new();
    let mut decode_arms = Vec::new();
    let mut encode_arms = Vec::new();
    for entry in &errors.statuses {
        let variant = ident(&entry.variant)?;
        let status = proc_macro2::Literal::u16_unsuffixed(entry.status);
        let code = entry.status;
        let examples = entry.examples;
        let vdoc = docs::outer(&format!(
            "HTTP {code} ({examples} example{}).",
            if examples == 1 { "" } else { "s" }
        ));
        match &entry.body {
            ErrorBodyKind::Json(ty) => {
                let ty = type_tokens(ty, &local_named)?;
                // Boxed: error bodies differ wildly in size, and `Other` is small.
                variants.push(quote!(#vdoc #variant(::std::boxed::Box<#ty>),));
                decode_arms.push(quote! {
                    #status => ::postgen_runtime::serde_json::from_str(body).ok().map(::std::boxed::Box::new).map(Self::#variant),
                });
                encode_arms.push(quote! {
                    Self::#variant(body) => ::postgen_runtime::serde_json::to_value(body).unwrap_or_default(),
                });
            }
            ErrorBodyKind::Text => {
                variants.push(quote!(#vdoc #variant(::std::string::String),));
                decode_arms.push(quote! {
                    #status => ::std::option::Option::Some(Self::#variant(body.to_owned())),
                });
                encode_arms.push(quote! {
                    Self::#variant(body) => ::postgen_runtime::serde_json::Value::String(body.clone()),
                });
            }
            ErrorBodyKind::Empty => {
                variants.push(quote!(#vdoc #variant,));
                decode_arms.push(quote! {
                    #status => body.trim().is_empty().then_some(Self::#variant),
                });
                encode_arms.push(quote! {
                    Self::#variant => ::postgen_runtime::serde_json::Value::Null,
                });
            }
        }
    }
    Ok(quote! {
        #doc
        #[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq)]
        pub enum #name {
            #(#variants)*
            /// Another status, or a JSON body that does not fit its status's type (the raw body
            /// is always in the error as well).
            Other(::postgen_runtime::serde_json::Value),
        }

        impl ::postgen_runtime::ErrorBody for #name {
            fn decode(status: u16, body: &str) -> ::std::option::Option<Self> {
                let typed = match status {
                    #(#decode_arms)*
                    _ => ::std::option::Option::None,
                };
                typed.or_else(|| ::postgen_runtime::serde_json::from_str(body).ok().map(Self::Other))
            }

            fn encode(&self) -> ::postgen_runtime::serde_json::Value {
                match self {
                    #(#encode_arms)*
                    Self::Other(value) => value.clone(),
                }
            }
        }
    })
}
