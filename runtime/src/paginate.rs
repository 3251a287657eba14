//! Listings that span several requests, as streams of pages and of items.
//!
//! The cursor is read from the JSON body by pointer, so a generated operation only names
//! its style and where the items, the "more" flag or the next token are; the loop lives
//! here once.

use std::collections::VecDeque;
use std::ops::Range;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::client::Client;
use crate::error::{Error, excerpt};
use crate::error_body::ErrorBody;
use crate::listing_guard::Guard;
use crate::request::Request;
use crate::page_view::PageView;
use crate::response::{RawResponse, Response};

/// How an operation's listing continues from one page to the next. The strings are JSON
/// pointers into the response body (`/info/more_records`) and query parameter names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Paging {
    /// Numbered pages: `page` is sent as 1, 2, 3 … (starting from the request's own value,
    /// if it has one) while the boolean at `more` is `true`.
    PageNumber {
        /// The page-number query parameter (`page`).
        page: &'static str,
        /// Pointer to the "more pages follow" flag (`/info/more_records`).
        more: &'static str,
        /// Pointer to the array of items (`/users`).
        items: &'static str,
    },
    /// Cursors: the token at `next` is sent back in the `token` query parameter until a
    /// page has none.
    PageToken {
        /// The query parameter that carries the token (`page_token`).
        token: &'static str,
        /// Pointer to the next page's token (`/info/next_page_token`).
        next: &'static str,
        /// Pointer to the array of items.
        items: &'static str,
    },
}

impl Paging {
    fn items(&self) -> &'static str {
        match self {
            Paging::PageNumber { items, .. } | Paging::PageToken { items, .. } => items,
        }
    }
}

type Boxed<T> = Pin<Box<dyn Stream<Item = T> + Send>>;

/// The pages of a listing, in order; a [`Stream`], and also usable with `while let
/// Some(page) = pages.next().await`.
///
/// The listing ends after the page that says no more follow, on an empty page, on HTTP 204
/// or 304, or after the first error (which is yielded). A server that would keep it going
/// forever ends it with [`Error::Listing`]: after the page cap
/// ([`ClientBuilder::max_pages`](crate::ClientBuilder::max_pages), default 10,000), on a
/// page whose items repeat the previous page's, or on a page token seen before.
pub struct Pages<T, E: ErrorBody = Value> {
    inner: Boxed<Result<Response<T>, Error<E>>>,
}

/// The items of a listing across all its pages, in order; see [`Pages`].
pub struct Items<I, E: ErrorBody = Value> {
    inner: Boxed<Result<I, Error<E>>>,
}

impl<T, E: ErrorBody> Pages<T, E> {
    /// The next page, `None` at the end.
    pub async fn next(&mut self) -> Option<Result<Response<T>, Error<E>>> {
        futures_util::StreamExt::next(&mut self.inner).await
    }
}

impl<I, E: ErrorBody> Items<I, E> {
    /// The next item, `None` at the end.
    pub async fn next(&mut self) -> Option<Result<I, Error<E>>> {
        futures_util::StreamExt::next(&mut self.inner).await
    }
}

impl<T, E: ErrorBody> Stream for Pages<T, E> {
    type Item = Result<Response<T>, Error<E>>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<I, E: ErrorBody> Stream for Items<I, E> {
    type Item = Result<I, Error<E>>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<T, E: ErrorBody> fmt::Debug for Pages<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pages")
    }
}

impl<I, E: ErrorBody> fmt::Debug for Items<I, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Items")
    }
}

/// Where a listing stands between pages.
struct Cursor {
    client: Client,
    request: Request,
    paging: Paging,
    done: bool,
    guard: Guard,
    /// Why the listing cannot go on, yielded before the next request would be sent.
    stop: Option<Error>,
}

impl Cursor {
    /// Numbered listings send their page number from the first request on (1 unless the
    /// caller chose a starting page).
    fn new(client: &Client, mut request: Request, paging: Paging) -> Self {
        request.expects_json = true;
        if let Paging::PageNumber { page, .. } = paging {
            if request.query_value(page).is_none() {
                request.set_query(page, "1".to_owned());
            }
        }
        let mut guard = Guard::new(client.max_pages());
        if let Paging::PageToken { token, .. } = paging {
            guard.first_token(request.query_value(token));
        }
        Cursor { client: client.clone(), request, paging, done: false, guard, stop: None }
    }

    /// Fetches the current page and moves the request on to the next one: the answer, and
    /// the byte ranges of its items in its body. `None` at the end; an error ends the
    /// listing after it is yielded.
    async fn fetch(&mut self) -> Option<Result<(RawResponse, Vec<Range<usize>>), Error>> {
        if self.done {
            return None;
        }
        if let Some(stop) = self.stop.take().or_else(|| self.guard.before_page().err()) {
            self.done = true;
            return Some(Err(stop));
        }
        let outcome = self.client.execute_raw(&self.request).await;
        let raw = match outcome {
            Ok(raw) if matches!(raw.status, 204 | 304) => {
                self.done = true;
                return None;
            }
            Ok(raw) => raw.classify(),
            Err(e) => Err(e),
        };
        let page = raw.and_then(|raw| {
            let items = {
                let view = PageView::new(&raw.body)?;
                let items = view.item_ranges(self.paging.items());
                self.guard.page_items(view.raw(self.paging.items()).map(RawValue::get), items.len())?;
                self.advance(&view, items.len());
                items
            };
            Ok((raw, items))
        });
        if page.is_err() {
            self.done = true;
        }
        Some(page)
    }

    /// Sets the request up for the page after `page` (which has `items` items), or marks
    /// the end.
    fn advance(&mut self, page: &PageView<'_>, items: usize) {
        let next = match self.paging {
            Paging::PageNumber { page: param, more, .. } => {
                let more = page.value(more).is_some_and(|flag| flag == Value::Bool(true) || flag == "true");
                let current = self.request.query_value(param).and_then(|v| v.parse::<u64>().ok()).unwrap_or(1);
                (more && items > 0).then(|| (param, current.saturating_add(1).to_string()))
            }
            Paging::PageToken { token, next, .. } => {
                let next_token = match page.value(next) {
                    Some(Value::String(text)) if !text.is_empty() => Some(text),
                    Some(Value::Number(n)) => Some(n.to_string()),
                    _ => None,
                };
                // A server that hands back a token already sent would loop forever.
                if let Some(seen) = next_token.as_deref().and_then(|t| self.guard.next_token(t).err()) {
                    self.stop = Some(seen);
                    return;
                }
                next_token.map(|t| (token, t))
            }
        };
        match next {
            Some((param, value)) => self.request.set_query(param, value),
            None => self.done = true,
        }
    }
}

impl Client {
    /// Every page of a listing, each decoded into `T` (the operation's response type).
    pub fn pages<T, E>(&self, request: Request, paging: Paging) -> Pages<T, E>
    where
        T: DeserializeOwned + Send + 'static,
        E: ErrorBody + Send + 'static,
    {
        let cursor = Cursor::new(self, request, paging);
        let stream = futures_util::stream::unfold(cursor, |mut cursor| async move {
            let page = cursor.fetch().await?;
            let page = page.and_then(|(raw, _)| raw.json::<T>()).map_err(Error::typed);
            Some((page, cursor))
        });
        Pages { inner: Box::pin(stream) }
    }

    /// Every item of a listing across its pages, each decoded into `I` (the element type
    /// of the array at the paging's `items` pointer).
    pub fn items<I, E>(&self, request: Request, paging: Paging) -> Items<I, E>
    where
        I: DeserializeOwned + Send + 'static,
        E: ErrorBody + Send + 'static,
    {
        let cursor = Cursor::new(self, request, paging);
        // The current page's body and the ranges of its items not yet yielded.
        let state = (cursor, bytes::Bytes::new(), VecDeque::<Range<usize>>::new(), 0usize);
        let stream = futures_util::stream::unfold(state, move |(mut cursor, mut body, mut queue, mut index)| async move {
            loop {
                if let Some(range) = queue.pop_front() {
                    let decoded = decode_item::<I>(&body[range], paging.items(), index).map_err(Error::typed);
                    index += 1;
                    return Some((decoded, (cursor, body, queue, index)));
                }
                // The previous page goes before the next one arrives.
                body = bytes::Bytes::new();
                match cursor.fetch().await? {
                    Ok((raw, items)) => {
                        body = raw.body;
                        queue = items.into();
                        index = 0;
                    }
                    Err(e) => return Some((Err(e.typed()), (cursor, body, queue, index))),
                }
            }
        });
        Items { inner: Box::pin(stream) }
    }
}

/// One item of a page, decoded from its text, with the JSON path of a decoding problem
/// (`/users` item 3: `users[3].id`).
fn decode_item<I: DeserializeOwned>(text: &[u8], items: &str, index: usize) -> Result<I, Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|err| Error::Decode {
        path: format!("{}[{index}].{}", items.trim_start_matches('/').replace('/', "."), err.path()),
        message: err.inner().to_string(),
        body_excerpt: excerpt(&String::from_utf8_lossy(text)),
    })
}
