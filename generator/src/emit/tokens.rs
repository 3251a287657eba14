//! Small token helpers shared by the emitters.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::error::Error;
use crate::ir::TypeRef;

/// An identifier token for an IR name (`r#type` becomes a raw identifier).
///
/// IR names are valid by construction; a bad one is a postgen bug, reported as an error.
pub fn ident(name: &str) -> Result<Ident, Error> {
    let (raw, bare) = match name.strip_prefix("r#") {
        Some(bare) => (true, bare),
        None => (false, name),
    };
    let valid = bare.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && bare.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && bare != "_";
    if !valid {
        return Err(Error::Internal(format!("invalid identifier `{name}` reached the emitter")));
    }
    if raw {
        Ok(Ident::new_raw(bare, Span::call_site()))
    } else {
        syn::parse_str::<Ident>(bare)
            .map_err(|_| Error::Internal(format!("identifier `{name}` is a keyword")))
    }
}

/// Tokens for a type reference. `named` decides how named types are spelled (`Foo` inside
/// the types module, `types::Foo` from the client).
pub fn type_tokens(ty: &TypeRef, named: &dyn Fn(&str) -> Result<TokenStream, Error>) -> Result<TokenStream, Error> {
    Ok(match ty {
        TypeRef::Bool => quote!(bool),
        TypeRef::I64 => quote!(i64),
        TypeRef::U64 => quote!(u64),
        TypeRef::F64 => quote!(f64),
        TypeRef::String => quote!(::std::string::String),
        TypeRef::DateTime => quote!(::postgen_runtime::DateTime),
        TypeRef::Date => quote!(::postgen_runtime::Date),
        TypeRef::Value => quote!(::postgen_runtime::serde_json::Value),
        TypeRef::Unit => quote!(()),
        TypeRef::Named(name) => named(name)?,
        TypeRef::Vec(inner) => {
            let inner = type_tokens(inner, named)?;
            quote!(::std::vec::Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(inner, named)?;
            quote!(::std::collections::BTreeMap<::std::string::String, #inner>)
        }
        TypeRef::Option(inner) => {
            let inner = type_tokens(inner, named)?;
            quote!(::std::option::Option<#inner>)
        }
        TypeRef::Outcome(success, failure) => {
            let success = type_tokens(success, named)?;
            let failure = type_tokens(failure, named)?;
            quote!(::postgen_runtime::RecordOutcome<#success, #failure>)
        }
    })
}

/// Named types as spelled inside the `types` module.
pub fn local_named(name: &str) -> Result<TokenStream, Error> {
    let id = ident(name)?;
    Ok(quote!(#id))
}

/// Named types as spelled from a module beside `types` (`client`, `servers`): `super::`, never
/// `crate::`, so the same code works as a crate root and inlined in a module (build.rs mode).
pub fn sibling_named(name: &str) -> Result<TokenStream, Error> {
    let id = ident(name)?;
    Ok(quote!(super::types::#id))
}

/// Renders tokens of a whole file with prettyplease.
pub fn render(tokens: TokenStream) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| Error::Internal(format!("generated tokens do not parse as a Rust file: {e}")))?;
    Ok(prettyplease::unparse(&file))
}
