//! A paginated operation's method returns the runtime's `Listing`: awaited, one call; streamed
//! with `.pages()` / `.items()`, the whole listing (the loop is in the runtime once, not in
//! every crate).

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Pagination, PagingStyle};

/// The paragraph of the method's rustdoc that says how to walk the listing.
pub fn listing_doc(pagination: &Pagination) -> String {
    let how = match &pagination.style {
        PagingStyle::PageNumber { param, more } => {
            format!("query `{param}` = 1, 2, 3 … (from the one given, if any) while `{more}` is `true`")
        }
        PagingStyle::PageToken { param, next } => format!("the token at `{next}` sent back as query `{param}`"),
    };
    let items = match &pagination.item_type {
        Some(_) => format!("`.items()` (`{}` of each page)", pagination.items),
        None => format!("`.items()` (`{}` of each page, as JSON)", pagination.items),
    };
    format!(
        "A listing: `.await` it for the page the parameters ask for, or stream every page with \
         `.pages()` or every item with {items}: {how} (see [`Listing`] for when it ends)."
    )
}

/// The `Paging` value handed to the runtime with the first page's request.
pub fn paging_tokens(pagination: &Pagination) -> TokenStream {
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
