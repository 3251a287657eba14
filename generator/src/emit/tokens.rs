//! Small token helpers shared by the emitters.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::error::Error;
use crate::ir::TypeRef;
use crate::ir::names::could_be_keyword;

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
    } else if !could_be_keyword(bare) {
        // Not a keyword: no need for syn to tell (one check per identifier emitted).
        Ok(Ident::new(bare, Span::call_site()))
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
        TypeRef::Param => quote!(T),
        TypeRef::Applied(name, arg) => {
            let name = named(name)?;
            let arg = type_tokens(arg, named)?;
            quote!(#name<#arg>)
        }
    })
}

/// Named types as spelled inside the `types` module.
pub fn local_named(name: &str) -> Result<TokenStream, Error> {
    let id = ident(name)?;
    Ok(quote!(#id))
}

/// Named types as spelled from the `client` module, which imports its sibling with
/// `use super::types;` (never `crate::`, so the same code works as a crate root and inlined in
/// a module, build.rs mode) when [`mentions_types`] says its items use it.
pub fn sibling_named(name: &str) -> Result<TokenStream, Error> {
    let id = ident(name)?;
    Ok(quote!(types::#id))
}

/// Whether `tokens` spell a path through the `types` module ([`sibling_named`]): the client
/// imports the module only then, as an unused import would warn.
pub fn mentions_types(tokens: &TokenStream) -> bool {
    let mut trees = tokens.clone().into_iter().peekable();
    while let Some(tree) = trees.next() {
        let found = match tree {
            // `types::`, not a binding that happens to be called `types`.
            proc_macro2::TokenTree::Ident(id) => {
                id == "types" && matches!(trees.peek(), Some(proc_macro2::TokenTree::Punct(p)) if p.as_char() == ':')
            }
            proc_macro2::TokenTree::Group(group) => mentions_types(&group.stream()),
            _ => false,
        };
        if found {
            return true;
        }
    }
    false
}

/// Renders tokens of a whole file with prettyplease.
pub fn render(tokens: TokenStream) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| Error::Internal(format!("generated tokens do not parse as a Rust file: {e}")))?;
    Ok(prettyplease::unparse(&file))
}

/// A file rendered chunk by chunk: each chunk (the header with the inner attributes first,
/// then one or a few items) is parsed and printed on its own and appended. prettyplease puts
/// nothing between top-level items, so the text is the same as rendering the whole file at
/// once, while only one chunk's tokens and syntax tree are alive at a time: a crate of 10,000
/// operations would otherwise hold gigabytes of them.
pub struct FileRenderer {
    text: String,
}

impl FileRenderer {
    /// Starts a file with `header`: its inner attributes and doc (`//!`), and any `use` items.
    pub fn new(header: TokenStream) -> Result<Self, Error> {
        Ok(FileRenderer { text: render(header)? })
    }

    /// Starts a file with no header (one rendered separately goes in front of it).
    pub fn empty() -> Self {
        FileRenderer { text: String::new() }
    }

    /// Appends the rendering of `items` (any number of whole items).
    pub fn push(&mut self, items: TokenStream) -> Result<(), Error> {
        self.text.push_str(&render(items)?);
        Ok(())
    }

    /// Appends text already rendered as prettyplease prints it.
    pub fn push_text(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// The text so far.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The file's text (without the spare capacity of its growth: the files of a big crate
    /// are all held until they are written).
    pub fn finish(mut self) -> String {
        self.text.shrink_to_fit();
        self.text
    }
}

/// Members of `impl Client` rendered on their own, as prettyplease prints them inside the
/// block (indented one level, nothing between members): appended in turn between
/// `impl Client {` and `}` they give the text of the whole block, while only one member's
/// syntax tree is alive at a time.
pub fn impl_members(members: TokenStream) -> Result<String, Error> {
    let text = render(quote!(impl Client { #members }))?;
    if text == "impl Client {}\n" {
        return Ok(String::new());
    }
    text.strip_prefix("impl Client {\n")
        .and_then(|body| body.strip_suffix("}\n"))
        .map(str::to_owned)
        .ok_or_else(|| Error::Internal(format!("unexpected rendering of impl members: {text}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_refused_and_every_other_name_is_taken() {
        for keyword in ["type", "self", "Self", "super", "crate", "continue", "abstract", "override", "async", "gen_"] {
            let result = ident(keyword);
            assert_eq!(result.is_err(), keyword != "gen_", "{keyword}");
        }
        for name in ["users", "user_name", "UserName", "v2", "continues", "r#type", "typeof_value"] {
            assert_eq!(ident(name).map(|i| i.to_string()).ok().as_deref(), Some(name), "{name}");
        }
        assert!(!could_be_keyword("continues") && could_be_keyword("continue") && could_be_keyword("Self"));
    }

    #[test]
    fn impl_members_rendered_apart_give_the_text_of_the_whole_block() {
        let members = [
            quote!(pub const X: &'static str = "x";),
            quote!(pub fn a(&self) -> i64 { 1 }),
            quote!(pub async fn a_very_long_method_name_that_wraps(&self, first_argument: &str, second_argument: &str) -> ::std::result::Result<(), ()> { ::std::result::Result::Ok(()) }),
            quote!(),
        ];
        let mut text = String::from("impl Client {\n");
        for member in &members {
            text.push_str(&impl_members(member.clone()).unwrap_or_else(|e| panic!("{e}")));
        }
        text.push_str("}\n");
        let whole = render(quote!(impl Client { #(#members)* })).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(text, whole);
    }

    #[test]
    fn rendering_item_by_item_gives_the_same_text_as_the_whole_file() {
        let header = quote!(#![doc = " A file."]);
        let items = [quote!(pub struct A { pub x: i64 }), quote!(impl A { fn f(&self) -> i64 { self.x } }), quote!(pub type B = A;)];
        let mut file = FileRenderer::new(header.clone()).unwrap_or_else(|e| panic!("{e}"));
        for item in &items {
            file.push(item.clone()).unwrap_or_else(|e| panic!("{e}"));
        }
        let whole = render(quote!(#header #(#items)*)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(file.finish(), whole);
    }
}
