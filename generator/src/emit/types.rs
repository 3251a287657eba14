//! `src/types.rs` of the generated crate: every named type.

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::names::unraw;
use crate::ir::{Api, Field, Presence, StructRole, TypeDef, TypeDefKind, TypeRef};

use super::docs;
use super::tokens::{ident, local_named, render, type_tokens};

/// Renders `src/types.rs`.
pub fn types_file(api: &Api) -> Result<String, Error> {
    let mut items = Vec::with_capacity(api.types.len());
    for def in &api.types {
        items.push(type_def(def)?);
    }
    render(quote! {
        //! Request, response and parameter types, inferred from the collection's examples.
        #(#items)*
    })
}

fn type_def(def: &TypeDef) -> Result<TokenStream, Error> {
    let name = ident(&def.name)?;
    let doc = docs::outer(def.docs.as_deref().unwrap_or(&def.name));
    match &def.kind {
        TypeDefKind::Alias(target) => {
            let target = type_tokens(target, &local_named)?;
            Ok(quote! {
                #doc
                pub type #name = #target;
            })
        }
        TypeDefKind::Struct { fields, role } => {
            let serde = *role != StructRole::Params;
            let fields = fields.iter().map(|f| field(f, serde)).collect::<Result<Vec<_>, _>>()?;
            let default = role.is_input().then(|| quote!(::std::default::Default,));
            let serde_derives = serde.then(|| {
                quote! {
                    ::postgen_runtime::serde::Serialize,
                    ::postgen_runtime::serde::Deserialize
                }
            });
            let serde_crate = serde.then(|| quote!(#[serde(crate = "::postgen_runtime::serde")]));
            Ok(quote! {
                #doc
                #[derive(
                    ::std::fmt::Debug,
                    ::std::clone::Clone,
                    ::std::cmp::PartialEq,
                    #default
                    #serde_derives
                )]
                #serde_crate
                pub struct #name {
                    #(#fields)*
                }
            })
        }
    }
}

fn field(field: &Field, serde: bool) -> Result<TokenStream, Error> {
    let name = ident(&field.ident)?;
    let doc = docs::outer(field.docs.as_deref().unwrap_or(&field.wire));
    let mut serde_args: Vec<TokenStream> = Vec::new();
    if unraw(&field.ident) != field.wire {
        let wire = &field.wire;
        serde_args.push(quote!(rename = #wire));
    }
    let ty = match field.presence {
        Presence::Required => field.ty.clone(),
        Presence::RequiredNullable => TypeRef::Option(Box::new(field.ty.clone())),
        Presence::Optional | Presence::OptionalNullable => {
            serde_args.push(quote!(default));
            serde_args.push(quote!(skip_serializing_if = "::std::option::Option::is_none"));
            TypeRef::Option(Box::new(field.ty.clone()))
        }
    };
    let ty = type_tokens(&ty, &local_named)?;
    let attr = (serde && !serde_args.is_empty()).then(|| quote!(#[serde(#(#serde_args),*)]));
    Ok(quote! {
        #doc
        #attr
        pub #name: #ty,
    })
}
