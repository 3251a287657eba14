//! What stops a listing that a broken server would keep going forever: a cap on pages, a
//! page whose items repeat the previous page's, and a page token seen before in the same
//! listing. Each ends the listing with [`Error::Listing`], never silently.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use crate::error::Error;

/// The most pages one listing fetches unless the client or the call says otherwise
/// ([`ClientBuilder::max_pages`](crate::ClientBuilder::max_pages)).
pub const DEFAULT_MAX_PAGES: u64 = 10_000;

/// A listing's memory of what it has seen: a count, one hash, and the tokens sent (bounded
/// by the page cap).
#[derive(Debug)]
pub(crate) struct Guard {
    max_pages: u64,
    pages: u64,
    previous_items: Option<u64>,
    tokens: HashSet<String>,
}

impl Guard {
    pub(crate) fn new(max_pages: u64) -> Self {
        Guard { max_pages, pages: 0, previous_items: None, tokens: HashSet::new() }
    }

    /// Before fetching another page: refused once `max_pages` have been fetched.
    pub(crate) fn before_page(&mut self) -> Result<(), Error> {
        if self.pages >= self.max_pages {
            return Err(Error::Listing(format!(
                "the page cap of {} pages was reached and the server still said more follow",
                self.max_pages
            )));
        }
        self.pages += 1;
        Ok(())
    }

    /// A page arrived whose item array has the text `items` and `count` elements: refused
    /// when it repeats the previous page's (a non-empty array, compared by hash).
    pub(crate) fn page_items(&mut self, items: Option<&str>, count: usize) -> Result<(), Error> {
        let hash = items.filter(|_| count > 0).map(|text| {
            let mut hasher = DefaultHasher::new();
            text.hash(&mut hasher);
            hasher.finish()
        });
        if hash.is_some() && hash == self.previous_items {
            return Err(Error::Listing(format!(
                "page {} repeats the items of the page before it",
                self.pages
            )));
        }
        self.previous_items = hash;
        Ok(())
    }

    /// The next page token the server gave: refused when this listing has sent it before.
    pub(crate) fn next_token(&mut self, token: &str) -> Result<(), Error> {
        if !self.tokens.insert(token.to_owned()) {
            return Err(Error::Listing(format!(
                "page {} hands back a page token this listing has already used",
                self.pages
            )));
        }
        Ok(())
    }

    /// The token the listing started with (the caller's), so that it counts as seen.
    pub(crate) fn first_token(&mut self, token: Option<&str>) {
        if let Some(token) = token {
            self.tokens.insert(token.to_owned());
        }
    }
}
