//! The API client.
/// Client for the Zoho CRM API.
#[derive(::std::fmt::Debug, ::std::clone::Clone)]
pub struct Client {
    inner: ::postgen_runtime::Client,
}
impl Client {
    /// The base URL the collection uses (`{{api-domain}}`).
    pub const DEFAULT_BASE_URL: &'static str = "https://www.zohoapis.com";
    /// Creates a client that sends requests to `base_url` (the collection's `{{api-domain}}`).
    ///
    /// Authentication: `Authorization: Zoho-oauthtoken <token>` (`Auth::token`).
    pub fn new(
        base_url: &str,
        auth: ::postgen_runtime::Auth,
    ) -> ::std::result::Result<Self, ::postgen_runtime::Error> {
        let inner = ::postgen_runtime::Client::builder(base_url).auth(auth).build()?;
        ::std::result::Result::Ok(Self { inner })
    }
    /// Creates a client for `base_url` that sends `Authorization: Zoho-oauthtoken <token>`.
    pub fn with_token(
        base_url: &str,
        token: impl ::std::convert::Into<::std::string::String>,
    ) -> ::std::result::Result<Self, ::postgen_runtime::Error> {
        Self::new(base_url, ::postgen_runtime::Auth::token("Zoho-oauthtoken", token))
    }
    /// Wraps a runtime client configured by the caller (timeouts, user agent, HTTP client).
    pub fn from_runtime(inner: ::postgen_runtime::Client) -> Self {
        Self { inner }
    }
    /// The runtime client underneath.
    pub fn runtime(&self) -> &::postgen_runtime::Client {
        &self.inner
    }
    /// Update User
    ///
    /// To update the details of a user of your organization.
    ///
    /// `PUT /crm/v2.1/users`
    pub async fn update_users(
        &self,
        body: &crate::types::UpdateUsersRequest,
    ) -> ::std::result::Result<
        ::postgen_runtime::Response<crate::types::UpdateUsersResponse>,
        ::postgen_runtime::Error<crate::types::UpdateUsersError>,
    > {
        let request = ::postgen_runtime::Request::new(
                ::postgen_runtime::Method::PUT,
                &["crm", "v2.1", "users"],
            )
            .json(body);
        self.inner.send_typed(request).await
    }
}
