//! Enums by HTTP status (the API's error enum, an operation's success enum): a variant per
//! status, decoded by status (never by trying shapes in turn), plus `Other` for anything else.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::error::Error;
use crate::ir::{Api, StatusBodyKind, StatusResponses, Presence, TypeDefKind, TypeRef};

use super::docs;
use super::tokens::{ident, local_named, type_tokens};

/// Renders a success enum (2xx bodies that differ by status) and its
/// `postgen_runtime::StatusBody` implementation.
pub fn success_enum(api: &Api, name: &Ident, doc: TokenStream, responses: &StatusResponses) -> Result<TokenStream, Error> {
    status_enum(api, name, doc, responses, false)
}

/// Renders the enum and its `postgen_runtime::ErrorBody` implementation.
pub fn error_enum(api: &Api, name: &Ident, doc: TokenStream, errors: &StatusResponses) -> Result<TokenStream, Error> {
    status_enum(api, name, doc, errors, true)
}

/// A variant per status, decoded by status, plus `Other`; errors also expose the envelope's
/// code and message.
fn status_enum(api: &Api, name: &Ident, doc: TokenStream, errors: &StatusResponses, error: bool) -> Result<TokenStream, Error> {
    let mut variants = Vec::new();
    let mut decode_arms = Vec::new();
    let mut encode_arms = Vec::new();
    let mut code_arms = Vec::new();
    let mut message_arms = Vec::new();
    for entry in &errors.statuses {
        let variant = ident(&entry.variant)?;
        let status = proc_macro2::Literal::u16_unsuffixed(entry.status);
        let code = entry.status;
        let examples = entry.examples;
        let mut text = if examples == 0 {
            format!("HTTP {code} (from the docs' error table; no example shows it).")
        } else {
            format!("HTTP {code} ({examples} example{}).", if examples == 1 { "" } else { "s" })
        };
        if !entry.codes.is_empty() {
            // The messages and resolutions are the operations' own: their methods' docs list them.
            let codes: Vec<String> = entry.codes.iter().map(|row| format!("`{}`", row.code.replace('`', "'"))).collect();
            text.push_str(&format!("\n\nDocumented codes: {}.", codes.join(", ")));
        }
        let vdoc = docs::outer(&text);
        match &entry.body {
            StatusBodyKind::Json(ty) => {
                let ty_tokens = type_tokens(ty, &local_named)?;
                // Boxed: error bodies differ wildly in size, and `Other` is small.
                variants.push(quote!(#vdoc #variant(::std::boxed::Box<#ty_tokens>),));
                // An optional body (the status was also answered without one) reads "" as null.
                let decode = if matches!(ty, TypeRef::Option(_)) {
                    quote!(::postgen_runtime::decode_boxed_or_null)
                } else {
                    quote!(::postgen_runtime::decode_boxed)
                };
                decode_arms.push(quote!(#status => #decode(body).map(Self::#variant),));
                encode_arms.push(quote!(Self::#variant(body) => ::postgen_runtime::encode_json(body),));
                if let Some(access) = envelope_field(api, ty, &api.envelope.code_keys)? {
                    code_arms.push(quote!(Self::#variant(body) => #access,));
                }
                if let Some(access) = envelope_field(api, ty, &api.envelope.message_keys)? {
                    message_arms.push(quote!(Self::#variant(body) => #access,));
                }
            }
            StatusBodyKind::Text => {
                variants.push(quote!(#vdoc #variant(::std::string::String),));
                decode_arms.push(quote! {
                    #status => ::std::option::Option::Some(Self::#variant(body.to_owned())),
                });
                encode_arms.push(quote! {
                    Self::#variant(body) => ::postgen_runtime::serde_json::Value::String(body.clone()),
                });
            }
            StatusBodyKind::Empty => {
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
    let other_doc = if error {
        " Another status, or a JSON body that does not fit its status's type (the raw body is always in the error as well)."
    } else {
        " Another 2xx status the examples did not show, or a JSON body that does not fit its status's type."
    };
    let decode = quote! {
        fn decode(status: u16, body: &str) -> ::std::option::Option<Self> {
            let typed = match status {
                #(#decode_arms)*
                _ => ::std::option::Option::None,
            };
            typed.or_else(|| ::postgen_runtime::decode_json(body).map(Self::Other))
        }

        fn encode(&self) -> ::postgen_runtime::serde_json::Value {
            match self {
                #(#encode_arms)*
                Self::Other(value) => value.clone(),
            }
        }
    };
    // Variants without the field (text, empty, bodies without an envelope) have none.
    let rest = |arms: &[TokenStream]| (arms.len() < errors.statuses.len()).then(|| quote!(_ => ::std::option::Option::None,));
    let (code_rest, message_rest) = (rest(&code_arms), rest(&message_arms));
    let implementation = if error {
        quote! {
            impl ::postgen_runtime::ErrorBody for #name {
                #decode

                fn code(&self) -> ::std::option::Option<&str> {
                    match self {
                        #(#code_arms)*
                        Self::Other(value) => ::postgen_runtime::ErrorBody::code(value),
                        #code_rest
                    }
                }

                fn message(&self) -> ::std::option::Option<&str> {
                    match self {
                        #(#message_arms)*
                        Self::Other(value) => ::postgen_runtime::ErrorBody::message(value),
                        #message_rest
                    }
                }
            }
        }
    } else {
        quote! {
            impl ::postgen_runtime::StatusBody for #name {
                #decode
            }
        }
    };
    Ok(quote! {
        #doc
        #[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq)]
        pub enum #name {
            #(#variants)*
            #[doc = #other_doc]
            Other(::postgen_runtime::serde_json::Value),
        }

        #implementation
    })
}

/// How to read the envelope field (first of `keys` present) from a body of type `ty`, as an
/// `Option<&str>` expression on `body`; `None` when the struct has no such string-like field.
fn envelope_field(api: &Api, ty: &TypeRef, keys: &[String]) -> Result<Option<TokenStream>, Error> {
    let Some(fields) = struct_fields(api, ty) else { return Ok(None) };
    for key in keys {
        let Some(field) = fields.iter().find(|f| &f.wire == key) else { continue };
        let name = ident(&field.ident)?;
        let as_str = match &field.ty {
            TypeRef::String => quote!(::std::string::String::as_str),
            TypeRef::Named(n) if is_enum(api, n) => {
                let n = ident(n)?;
                quote!(#n::as_str)
            }
            _ => continue,
        };
        let string = field.ty == TypeRef::String;
        return Ok(Some(match field.presence {
            // `Option<&str>: From<&str>`: the arm stays on one line.
            Presence::Required => quote!(body.#name.as_str().into()),
            Presence::RequiredNullable | Presence::Optional if string => quote!(body.#name.as_deref()),
            Presence::RequiredNullable | Presence::Optional => quote!(body.#name.as_ref().map(#as_str)),
            Presence::OptionalNullable => quote!(body.#name.get().map(#as_str)),
        }));
    }
    Ok(None)
}

/// The fields of the struct `ty` names, through aliases (a generic envelope's as declared,
/// `T` unsubstituted).
pub(super) fn struct_fields<'a>(api: &'a Api, ty: &TypeRef) -> Option<&'a [crate::ir::Field]> {
    let (TypeRef::Named(name) | TypeRef::Applied(name, _)) = ty else { return None };
    let def = api.type_named(name)?;
    match &def.kind {
        TypeDefKind::Struct { fields, .. } => Some(fields),
        TypeDefKind::Alias(target) => struct_fields(api, target),
        _ => None,
    }
}

/// Whether `name` is an open enum of the API.
pub(super) fn is_enum(api: &Api, name: &str) -> bool {
    api.type_named(name).is_some_and(|d| matches!(d.kind, TypeDefKind::Enum { .. }))
}
