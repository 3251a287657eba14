//! A call to a paginated operation, before it is sent: awaited, it is one call like any
//! other; streamed, it is every page or every item across pages. One method per operation
//! serves all three, so generated crates carry no `_pages`/`_items` twins.

use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;

use serde::de::DeserializeOwned;

use crate::client::Client;
use crate::conditional::Conditional;
use crate::error::Error;
use crate::error_body::ErrorBody;
use crate::paginate::{Items, Pages, Paging};
use crate::request::Request;
use crate::response::Response;

/// A boxed future, as awaiting a [`Listing`] returns it.
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// A paginated operation's call: `.await` it for the page its request asks for, or take
/// [`Listing::pages`] or [`Listing::items`] to walk the listing.
///
/// `T` is a page's body, `I` an item's (`serde_json::Value` when the items' type is not
/// known), `E` the API's error body, and `A` what awaiting answers: [`Plain`] a
/// `Result<Response<T>, Error<E>>`, [`IfModified`] a [`Conditional`] one.
///
/// The pages end after the page that says no more follow, on an empty page, on HTTP 204 or
/// 304, or after the first error (which is yielded).
#[must_use = "a listing sends nothing until it is awaited or streamed"]
pub struct Listing<T, I, E, A = Plain> {
    client: Client,
    request: Request,
    paging: Paging,
    types: PhantomData<Types<T, I, E, A>>,
}

/// The listing's type parameters, held by no value (`fn() -> _`: `Send` and `Sync` whatever
/// they are).
type Types<T, I, E, A> = fn() -> (T, I, E, A);

impl<T, I, E, A> Listing<T, I, E, A> {
    /// Every page, each decoded into `T`.
    pub fn pages(self) -> Pages<T, E>
    where
        T: DeserializeOwned + Send + 'static,
        E: ErrorBody + Send + 'static,
    {
        self.client.pages(self.request, self.paging)
    }

    /// Every item across the pages, each decoded into `I`.
    pub fn items(self) -> Items<I, E>
    where
        I: DeserializeOwned + Send + 'static,
        E: ErrorBody + Send + 'static,
    {
        self.client.items(self.request, self.paging)
    }
}

/// What awaiting a [`Listing`] answers, and how it is sent.
pub trait Answer<T, E> {
    /// The awaited result.
    type Output;
    /// Sends `request` once.
    fn send(client: Client, request: Request) -> BoxFuture<Self::Output>;
}

/// Awaiting answers the page, or the error (`Client::send_typed`).
#[derive(Debug, Clone, Copy)]
pub struct Plain;

/// Awaiting answers [`Conditional::NotModified`] on HTTP 304, for a request that may carry
/// `If-Modified-Since` / `If-None-Match` (`Client::send_conditional`).
#[derive(Debug, Clone, Copy)]
pub struct IfModified;

impl<T, E> Answer<T, E> for Plain
where
    T: DeserializeOwned + Send + 'static,
    E: ErrorBody + Send + 'static,
{
    type Output = Result<Response<T>, Error<E>>;
    fn send(client: Client, request: Request) -> BoxFuture<Self::Output> {
        Box::pin(async move { client.send_typed(request).await })
    }
}

impl<T, E> Answer<T, E> for IfModified
where
    T: DeserializeOwned + Send + 'static,
    E: ErrorBody + Send + 'static,
{
    type Output = Result<Conditional<T>, Error<E>>;
    fn send(client: Client, request: Request) -> BoxFuture<Self::Output> {
        Box::pin(async move { client.send_conditional(request).await })
    }
}

impl<T, I, E, A: Answer<T, E>> IntoFuture for Listing<T, I, E, A> {
    type Output = A::Output;
    type IntoFuture = BoxFuture<A::Output>;
    fn into_future(self) -> Self::IntoFuture {
        A::send(self.client, self.request)
    }
}

impl Client {
    /// A paginated operation's call (what generated listings return): `request` is its first
    /// page, `paging` how the next one follows.
    pub fn listing<T, I, E, A>(&self, request: Request, paging: Paging) -> Listing<T, I, E, A> {
        Listing { client: self.clone(), request, paging, types: PhantomData }
    }
}
