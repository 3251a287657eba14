//! The listing methods of a paginated operation: `{op}_pages` and `{op}_items`, streams
//! that the runtime drives (the loop is there once, not in every crate).

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::{Operation, Pagination, PagingStyle};

use super::docs;
use super::tokens::{ident, sibling_named, type_tokens};

/// The private associated fn that builds the operation's request (`get_users_request`).
pub fn request_fn_name(op: &Operation) -> Result<proc_macro2::Ident, Error> {
    ident(&format!("{}_request", op.name))
}

/// The private associated const with the operation's `Paging` (`GET_USERS_PAGING`), shared
/// by its pages and items.
pub fn paging_const(op: &Operation, pagination: &Pagination) -> Result<TokenStream, Error> {
    let name = paging_const_name(op)?;
    let paging = paging_tokens(pagination);
    Ok(quote!(const #name: ::postgen_runtime::Paging = #paging;))
}

fn paging_const_name(op: &Operation) -> Result<proc_macro2::Ident, Error> {
    ident(&format!("{}_PAGING", heck::AsShoutySnakeCase(op.name.trim_start_matches("r#"))))
}

/// `{op}_pages` always; `{op}_items` when the item type is known. Both return the client
/// module's `Pages`/`Items`, which carry the API's error type.
pub fn listing_methods(
    op: &Operation,
    pagination: &Pagination,
    (args, names): (&[TokenStream], &[&TokenStream]),
    page_type: &TokenStream,
) -> Result<TokenStream, Error> {
    let builder = request_fn_name(op)?;
    let paging = paging_const_name(op)?;
    let paging = quote!(Self::#paging);
    let how = match &pagination.style {
        PagingStyle::PageNumber { param, more } => {
            format!("query `{param}` = 1, 2, 3 … (from the one given, if any) while `{more}` is `true`")
        }
        PagingStyle::PageToken { param, next } => format!("the token at `{next}` sent back as query `{param}`"),
    };
    let pages_name = ident(&format!("{}_pages", op.name))?;
    let pages_doc = docs::outer(&format!(
        "Every page of [`Client::{}`]: {how} (see [`Pages`] for when it ends).",
        op.name
    ));
    let pages = quote! {
        #pages_doc
        pub fn #pages_name(&self, #(#args),*) -> Pages<#page_type> {
            self.inner.pages(Self::#builder(#(#names),*), #paging)
        }
    };
    let items = match &pagination.item_type {
        Some(item) => {
            let item = type_tokens(item, &sibling_named)?;
            let items_name = ident(&format!("{}_items", op.name))?;
            let items_doc = docs::outer(&format!(
                "Every item (`{}` of each page) of [`Client::{}`], across pages: {how}.",
                pagination.items, op.name
            ));
            quote! {
                #items_doc
                pub fn #items_name(&self, #(#args),*) -> Items<#item> {
                    self.inner.items(Self::#builder(#(#names),*), #paging)
                }
            }
        }
        None => quote!(),
    };
    Ok(quote!(#pages #items))
}

fn paging_tokens(pagination: &Pagination) -> TokenStream {
    let items = &pagination.items;
    match &pagination.style {
        PagingStyle::PageNumber { param, more } => {
            quote!(::postgen_runtime::Paging::PageNumber { page: #param, more: #more, items: #items })
        }
        PagingStyle::PageToken { param, next } => {
            quote!(::postgen_runtime::Paging::PageToken { token: #param, next: #next, items: #items })
        }
    }
}
