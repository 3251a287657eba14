//! `src/types.rs` of the generated crate: every named type.

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::names::unraw;
use crate::ir::{Api, Field, Presence, StructRole, TypeDef, TypeDefKind, Variant};

use super::docs;
use super::tokens::{FileRenderer, ident, local_named, type_tokens};

/// The items of `src/types.rs`.
pub fn types_tokens(api: &Api) -> Result<TokenStream, Error> {
    let names = Spelling::of(api);
    let mut items = Vec::with_capacity(api.types.len());
    for def in &api.types {
        items.push(type_def(api, def, &names)?);
    }
    let header = header(&names);
    Ok(quote! {
        #header
        #(#items)*
    })
}

/// The module doc, and the serde derives imported when no type of the API takes their names.
fn header(names: &Spelling) -> TokenStream {
    let import = (names.short && names.derives_serde).then(|| quote!(use ::postgen_runtime::serde::{Deserialize, Serialize};));
    quote! {
        //! Request, response and parameter types, inferred from the collection's examples.
        #import
    }
}

/// How the types module spells the serde derives and `String` in serde attributes: short
/// (`Serialize`, `"String"`), unless a type of the API has one of those names — then by
/// full path, which no inferred name can shadow. Derive macros of std (`Debug`, `Clone` …)
/// are always short: types live in another namespace than macros.
struct Spelling {
    short: bool,
    /// Whether any type derives serde's traits (else importing them would be unused).
    derives_serde: bool,
}

impl Spelling {
    fn of(api: &Api) -> Self {
        let taken = ["Serialize", "Deserialize", "String"].iter().any(|n| api.type_named(n).is_some());
        let derives_serde = api.types.iter().any(|def| match &def.kind {
            TypeDefKind::Struct { role, .. } => *role != StructRole::Params,
            TypeDefKind::Enum { .. } => true,
            _ => false,
        });
        Spelling { short: !taken, derives_serde }
    }

    fn serde_derives(&self) -> TokenStream {
        match self.short {
            true => quote!(Serialize, Deserialize),
            false => quote!(::postgen_runtime::serde::Serialize, ::postgen_runtime::serde::Deserialize),
        }
    }

    fn string(&self) -> &'static str {
        if self.short { "String" } else { "::std::string::String" }
    }
}

/// `src/types.rs` rendered type by type (the same text as rendering [`types_tokens`]).
pub fn types_file(api: &Api) -> Result<String, Error> {
    let names = Spelling::of(api);
    let mut file = FileRenderer::new(header(&names))?;
    for def in &api.types {
        file.push(type_def(api, def, &names)?)?;
    }
    Ok(file.finish())
}

fn type_def(api: &Api, def: &TypeDef, names: &Spelling) -> Result<TokenStream, Error> {
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
        TypeDefKind::Struct { fields, role, extra } => {
            let serde = *role != StructRole::Params;
            let mut field_tokens = fields.iter().map(|f| field(f, *role)).collect::<Result<Vec<_>, _>>()?;
            if let Some(extra) = extra {
                let extra = ident(extra)?;
                field_tokens.push(quote! {
                    /// Keys the examples never showed, kept so that they survive a round-trip.
                    #[serde(flatten)]
                    pub #extra: ::postgen_runtime::Extra,
                });
            }
            let default = role.is_input().then(|| quote!(Default,));
            let serde_derives = serde.then(|| names.serde_derives());
            let serde_crate = serde.then(|| quote!(#[serde(crate = "::postgen_runtime::serde")]));
            let generic = fields.iter().any(|f| f.ty.mentions_param()).then(|| quote!(<T>));
            Ok(quote! {
                #doc
                #[derive(Debug, Clone, PartialEq, #default #serde_derives)]
                #serde_crate
                pub struct #name #generic {
                    #(#field_tokens)*
                }
            })
        }
        TypeDefKind::Enum { variants } => open_enum(&name, doc, variants, names),
        TypeDefKind::ErrorEnum { errors, .. } => super::errors::error_enum(api, &name, doc, errors),
        TypeDefKind::SuccessEnum { responses, .. } => super::errors::success_enum(api, &name, doc, responses),
    }
}

/// How a field of a given presence is spelled: its Rust type and serde arguments.
///
/// Requests send only what the caller set (`Patch`). Responses use the plain type when the
/// key is always there, `Option` when it may be null or absent, and `Patch` when it may be
/// either, so that absent and null both survive a round-trip.
fn field(field: &Field, role: StructRole) -> Result<TokenStream, Error> {
    let name = ident(&field.ident)?;
    let doc = docs::outer(field.docs.as_deref().unwrap_or(&field.wire));
    let mut serde_args: Vec<TokenStream> = Vec::new();
    if unraw(&field.ident) != field.wire {
        let wire = &field.wire;
        serde_args.push(quote!(rename = #wire));
    }
    let inner = type_tokens(&field.ty, &local_named)?;
    let ty = match (role, field.presence) {
        (StructRole::Params | StructRole::Form, _) | (StructRole::Response, Presence::Optional) => {
            serde_args.push(quote!(default));
            serde_args.push(quote!(skip_serializing_if = "::std::option::Option::is_none"));
            quote!(::std::option::Option<#inner>)
        }
        (StructRole::Request, _) | (StructRole::Response, Presence::OptionalNullable) => {
            serde_args.push(quote!(default));
            serde_args.push(quote!(skip_serializing_if = "::postgen_runtime::Patch::is_absent"));
            quote!(::postgen_runtime::Patch<#inner>)
        }
        (StructRole::Response, Presence::RequiredNullable) => quote!(::std::option::Option<#inner>),
        (StructRole::Response, Presence::Required) => inner,
    };
    let attr = (role != StructRole::Params && !serde_args.is_empty()).then(|| quote!(#[serde(#(#serde_args),*)]));
    Ok(quote! {
        #doc
        #attr
        pub #name: #ty,
    })
}

/// An open string enum: known values as variants, the rest in `Other`, through `String`.
fn open_enum(name: &proc_macro2::Ident, doc: TokenStream, variants: &[Variant], names: &Spelling) -> Result<TokenStream, Error> {
    let mut decls = Vec::new();
    let mut to_wire = Vec::new();
    let mut from_wire = Vec::new();
    for variant in variants {
        let id = ident(&variant.ident)?;
        let wire = &variant.wire;
        let vdoc = docs::outer(variant.docs.as_deref().unwrap_or(wire));
        decls.push(quote!(#vdoc #id,));
        to_wire.push(quote!(Self::#id => #wire,));
        from_wire.push(quote!(#wire => Self::#id,));
    }
    let serde_derives = names.serde_derives();
    let string = names.string();
    Ok(quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash, #serde_derives)]
        #[serde(crate = "::postgen_runtime::serde", from = #string, into = #string)]
        pub enum #name {
            #(#decls)*
            /// A value the examples did not show, kept exactly as received.
            Other(::std::string::String),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::Other(value) => value,
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    #(#from_wire)*
                    _ => Self::Other(value),
                }
            }
        }

        impl ::std::convert::From<#name> for ::std::string::String {
            fn from(value: #name) -> Self {
                match value {
                    #name::Other(value) => value,
                    known => known.as_str().to_owned(),
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    })
}
