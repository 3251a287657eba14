//! The client and the single request pipeline: prepare → authenticate → transmit → classify.
//!
//! Every request of every generated operation goes through [`Client::execute`]; `send` and
//! `send_text` only decode the 2xx body differently. Retries, token refresh, pagination
//! and hooks wrap this one path.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName};
use url::Url;

use crate::auth::Auth;
use crate::builder::ClientBuilder;
use crate::error::Error;
use crate::error_body::{ErrorBody, StatusBody};
use crate::prepare::{Prepared, multipart_form};
use crate::request::{Body, Request};
use crate::response::{RawResponse, Response};

/// An API client: base URL, credentials, default headers and an HTTP connection pool.
///
/// Cloning is cheap (the state is shared behind an `Arc`).
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: Url,
    auth: Auth,
    /// Client-wide headers, including `User-Agent`.
    default_headers: HeaderMap,
    /// Total time allowed per request, body included.
    timeout: Option<Duration>,
}

impl Client {
    /// Starts configuring a client for the API at `base_url` (e.g. `https://host/api/v1`;
    /// the path prefix is kept, a trailing slash is optional).
    pub fn builder(base_url: impl AsRef<str>) -> ClientBuilder {
        ClientBuilder::new(base_url.as_ref())
    }

    /// Assembles a client from validated parts (called by [`ClientBuilder::build`]).
    pub(crate) fn from_parts(
        http: reqwest::Client,
        base_url: Url,
        auth: Auth,
        default_headers: HeaderMap,
        timeout: Option<Duration>,
    ) -> Self {
        Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                auth,
                default_headers,
                timeout,
            }),
        }
    }

    /// Sends the request. A 2xx body is decoded as JSON into `T` (an empty body is read as
    /// JSON `null`, so `()`, `Option<_>` and `serde_json::Value` accept it); a non-2xx
    /// response is returned as [`Error::Api`], its body read as JSON when it is JSON.
    pub async fn send<T: serde::de::DeserializeOwned>(&self, request: Request) -> Result<Response<T>, Error> {
        self.send_typed(request).await
    }

    /// Like [`Client::send`], with a non-2xx body decoded by status into the operation's
    /// error type `E` (what generated operations call).
    pub async fn send_typed<T: serde::de::DeserializeOwned, E: ErrorBody>(
        &self,
        request: Request,
    ) -> Result<Response<T>, Error<E>> {
        self.execute(&request).await.and_then(RawResponse::json).map_err(Error::typed)
    }

    /// Like [`Client::send_typed`], for operations whose success body depends on the status:
    /// the 2xx body is decoded by status into `T`; a body that fits no variant is
    /// [`Error::Decode`].
    pub async fn send_by_status<T: StatusBody, E: ErrorBody>(&self, request: Request) -> Result<Response<T>, Error<E>> {
        let response = self.execute(&request).await.map_err(Error::typed)?.text();
        match T::decode(response.status, &response.body) {
            Some(body) => Ok(Response { status: response.status, headers: response.headers, body }),
            None => Err(Error::Decode {
                path: ".".to_owned(),
                message: format!("the {} answer fits none of the bodies the examples show for it", response.status),
                body_excerpt: crate::error::excerpt(&response.body),
            }),
        }
    }

    /// Sends the request and returns a 2xx body as text (XML, HTML, plain text), decoded
    /// by the content type's charset; a non-2xx response is returned as [`Error::Api`].
    pub async fn send_text(&self, request: Request) -> Result<Response<String>, Error> {
        self.send_text_typed(request).await
    }

    /// Like [`Client::send_text`], with a non-2xx body decoded by status into `E`.
    pub async fn send_text_typed<E: ErrorBody>(&self, request: Request) -> Result<Response<String>, Error<E>> {
        self.execute(&request).await.map(RawResponse::text).map_err(Error::typed)
    }

    /// The base URL every request path is appended to.
    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    /// The one code path that performs a request.
    async fn execute(&self, request: &Request) -> Result<RawResponse, Error> {
        let mut prepared = request.prepare(&self.inner.base_url, &self.inner.default_headers)?;
        self.inner.auth.apply(&mut prepared)?;
        let raw = self.transmit(prepared).await?;
        raw.classify()
    }

    /// Sends a prepared request and reads the whole response.
    async fn transmit(&self, prepared: Prepared) -> Result<RawResponse, Error> {
        let Prepared {
            method,
            url,
            headers,
            body,
        } = prepared;
        let mut builder = self.inner.http.request(method, url).headers(headers);
        builder = match body {
            Body::Empty => builder,
            Body::Bytes { bytes, .. } => builder.body(bytes),
            Body::Multipart(parts) => builder.multipart(multipart_form(&parts)?),
        };
        if let Some(timeout) = self.inner.timeout {
            builder = builder.timeout(timeout);
        }
        let response = builder.send().await.map_err(Error::from_reqwest)?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(Error::from_reqwest)?;
        Ok(RawResponse {
            status,
            headers,
            body,
        })
    }
}

impl fmt::Debug for Client {
    /// Shows the configuration without secrets: credentials are redacted and default
    /// headers are listed by name only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header_names: Vec<&str> = self
            .inner
            .default_headers
            .keys()
            .map(HeaderName::as_str)
            .collect();
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url.as_str())
            .field("auth", &self.inner.auth)
            .field("default_header_names", &header_names)
            .field("timeout", &self.inner.timeout)
            .finish_non_exhaustive()
    }
}
