//! The API client.
use super::types;
/// Client for the Zoho CRM API.
#[derive(::std::fmt::Debug, ::std::clone::Clone)]
pub struct Client {
    inner: ::postgen_runtime::Client,
}
/// What every method returns: the decoded response, or an error whose body is read as [`ApiError`](super::types::ApiError).
pub type Reply<T> = ::postgen_runtime::Reply<T, types::ApiError>;
/// A paginated operation's call: awaited, a [`Reply`] (a `Conditional` one where the method says so); streamed with `.pages()` or `.items()`. The listing ends after the page that says no more follow, on an empty page, on HTTP 204 or 304, or after the first error (which is yielded).
pub type Listing<T, I, A = ::postgen_runtime::Plain> = ::postgen_runtime::Listing<
    T,
    I,
    types::ApiError,
    A,
>;
/// The pages of a [`Listing`] (`.pages()`), a `Stream` of [`Reply`]s.
pub type Pages<T> = ::postgen_runtime::Pages<T, types::ApiError>;
/// The items of a [`Listing`] across its pages (`.items()`).
pub type Items<T> = ::postgen_runtime::Items<T, types::ApiError>;
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
    /// Creates a client whose base URL `{{api-domain}}` is filled from the environment: `ZOHO_CRM_API_DOMAIN`, else `https://www.zohoapis.com`.
    pub fn from_env(
        auth: ::postgen_runtime::Auth,
    ) -> ::std::result::Result<Self, ::postgen_runtime::Error> {
        let inner = ::postgen_runtime::Client::builder("{{api-domain}}")
            .variables_from_env("ZOHO_CRM_")
            .variable_default("api-domain", "https://www.zohoapis.com")
            .auth(auth)
            .build()?;
        ::std::result::Result::Ok(Self { inner })
    }
    /// Wraps a runtime client configured by the caller (timeouts, user agent, HTTP client).
    pub fn from_runtime(inner: ::postgen_runtime::Client) -> Self {
        Self { inner }
    }
    /// The runtime client underneath.
    pub fn runtime(&self) -> &::postgen_runtime::Client {
        &self.inner
    }
    /// A handle on the same client (connections, credentials, concurrency cap) whose
    /// calls use `options`, e.g. `CallOptions::new().retry_non_idempotent()` for a POST
    /// that is safe to repeat.
    pub fn with_options(&self, options: ::postgen_runtime::CallOptions) -> Self {
        Self {
            inner: self.inner.with_options(options),
        }
    }
    /// Update User
    ///
    /// To update the details of a user of your organization.
    ///
    /// `PUT /crm/v2.1/users`. Error statuses in the examples: 400, 401.
    pub async fn update_users(
        &self,
        body: &types::UpdateUsersRequest,
    ) -> Reply<types::UpdateUsersResponse> {
        let request = ::postgen_runtime::Request::route("PUT", "/crm/v2.1/users", &[])
            .json(body);
        self.inner.send_typed(request).await
    }
    /// Update Contact Roles
    ///
    /// To update details of contact roles.
    ///
    /// Possible operation types
    ///
    /// ALL - Full access to the records
    /// WRITE - Edit records in the contacts module
    /// UPDATE - Update records in the contacts module
    ///
    /// `PUT /crm/v2.1/Contacts/roles`
    ///
    /// OAuth scope (any one of): `ZohoCRM.modules.ALL`, `ZohoCRM.modules.contacts.UPDATE`.
    ///
    /// Documented errors:
    /// - HTTP 400 `INVALID_REQUEST_METHOD`: The http request method type is not a valid one. Resolution: You have specified an invalid HTTP method to access the API URL. Specify a valid request method. Refer to endpoints section above.
    /// - HTTP 400 `AUTHORIZATION_FAILED`: User does not have sufficient privilege to update records. Resolution: The user does not have the permission to update records. Contact your system administrator.
    /// - HTTP 400 `DUPLICATE_DATA`: duplicate data. Resolution: You have specified a duplicate value for "name" field. Specify a unique contact role name in the request input.
    /// - HTTP 400 `INVALID_DATA`: invalid data. Resolution: The input specified for "sequence_number" key is incorrect. Refer to Input JSON Keys section above and specify the valid input.
    /// - HTTP 400 `MANDATORY_NOT_FOUND`: required field not found. Resolution: Specify the unique ID of the contact role to be updated in your request input. Refer to Get Contact Roles API to get valid contact role IDs.
    /// - HTTP 401 `OAUTH_SCOPE_MISMATCH`: Unauthorized. Resolution: Client does not have ZohoCRM.modules.contacts.UPDATE scope. Create a new client with valid scope. Refer to scope section above.
    /// - HTTP 403 `NO_PERMISSION`: Permission denied to update records. Resolution: The user does not have permission to update records. Contact your system administrator.
    /// - HTTP 404 `INVALID_URL_PATTERN`: Please check if the URL trying to access is a correct one. Resolution: The request URL specified is incorrect. Specify a valid request URL. Refer to request URL section above.
    /// - HTTP 500 `INTERNAL_ERROR`: Internal Server Error. Resolution: Unexpected and unhandled exception in Server. Contact support team.
    pub async fn update_contact_roles(
        &self,
        body: &types::UpdateContactRolesRequest,
    ) -> Reply<types::UpdateContactRolesResponse> {
        let request = ::postgen_runtime::Request::route(
                "PUT",
                "/crm/v2.1/Contacts/roles",
                &[],
            )
            .json(body);
        self.inner.send_typed(request).await
    }
    /// Update a specific contact role
    ///
    /// To update details of contact roles.
    ///
    /// Possible operation types
    ///
    /// ALL - Full access to the records
    /// WRITE - Edit records in the contacts module
    /// UPDATE - Update records in the contacts module
    ///
    /// `PUT /crm/v2.1/Contacts/roles/{contact_role_id}`
    ///
    /// OAuth scope (any one of): `ZohoCRM.modules.ALL`, `ZohoCRM.modules.contacts.UPDATE`.
    ///
    /// Documented errors:
    /// - HTTP 400 `INVALID_REQUEST_METHOD`: The http request method type is not a valid one. Resolution: You have specified an invalid HTTP method to access the API URL. Specify a valid request method. Refer to endpoints section above.
    /// - HTTP 400 `AUTHORIZATION_FAILED`: User does not have sufficient privilege to update records. Resolution: The user does not have the permission to update records. Contact your system administrator.
    /// - HTTP 400 `DUPLICATE_DATA`: duplicate data. Resolution: You have specified a duplicate value for "name" field. Specify a unique contact role name in the request input.
    /// - HTTP 400 `INVALID_DATA`: invalid data. Resolution: The input specified for "sequence_number" key is incorrect. Refer to Input JSON Keys section above and specify the valid input.
    /// - HTTP 400 `MANDATORY_NOT_FOUND`: required field not found. Resolution: Specify the unique ID of the contact role to be updated in your request input. Refer to Get Contact Roles API to get valid contact role IDs.
    /// - HTTP 401 `OAUTH_SCOPE_MISMATCH`: Unauthorized. Resolution: Client does not have ZohoCRM.modules.contacts.UPDATE scope. Create a new client with valid scope. Refer to scope section above.
    /// - HTTP 403 `NO_PERMISSION`: Permission denied to update records. Resolution: The user does not have permission to update records. Contact your system administrator.
    /// - HTTP 404 `INVALID_URL_PATTERN`: Please check if the URL trying to access is a correct one. Resolution: The request URL specified is incorrect. Specify a valid request URL. Refer to request URL section above.
    /// - HTTP 500 `INTERNAL_ERROR`: Internal Server Error. Resolution: Unexpected and unhandled exception in Server. Contact support team.
    pub async fn update_contact_role(
        &self,
        contact_role_id: &str,
        body: &types::UpdateContactRoleRequest,
    ) -> Reply<types::UpdateContactRoleResponse> {
        let request = ::postgen_runtime::Request::route(
                "PUT",
                "/crm/v2.1/Contacts/roles/{}",
                &[contact_role_id],
            )
            .json(body);
        self.inner.send_typed(request).await
    }
    /// Get Users
    ///
    /// To retrieve the users' data specified in the API request. You can specify the type of users that needs to be retrieved using the Users API. For example, use type=AllUsers, to get the list of all the CRM users available.
    ///
    /// Users APIs
    ///
    /// In Zoho CRM, the user is the one who is allowed to access and manage the CRM records. These users can be defined under various profiles and categories such as Administrators, Standard, etc,.
    ///
    /// Using the Users APIs, you can retrieve the basic information of your available CRM users. Use the type parameter to get the required list of users. For example, you can set the param type as AdminUsers, to get the list of CRM users with Administrative profile. The detailed explanation of the Users API and the examples are shown below:
    ///
    /// The page and per_page parameter are used to fetch user records according to their position in the CRM. Let us assume that the user has to fetch 400 user records. The maximum number of user records that one can get for an API call is 200. So, for the user records above the 200th position, they cannot be fetched. By using the page (1 and 2) and per_page (200) parameter, the user can fetch all 400 user records using 2 API calls.
    ///
    /// `GET /crm/v2/users`
    ///
    /// OAuth scope (any one of): `ZohoCRM.users.ALL`, `ZohoCRM.users.READ`.
    ///
    /// Documented errors:
    /// - HTTP 400 `INVALID_REQUEST_METHOD`: The http request method type is not a valid one. Resolution: You have specified an invalid HTTP method to access the API URL. Specify a valid request method. Refer to endpoints section above.
    /// - HTTP 400 `AUTHORIZATION_FAILED`: User does not have sufficient privilege to read users. Resolution: The user does not have the permission to read users. Contact your system administrator.
    /// - HTTP 400 `PATTERN_NOT_MATCHED`: Please check whether the input values are correct. Resolution: The value specified for the 'type' parameter is incorrect. Refer to parameters section above and specify valid parameter value.
    /// - HTTP 401 `OAUTH_SCOPE_MISMATCH`: Unauthorized. Resolution: Client does not have ZohoCRM.users.READ scope. Create a new client with valid scope. Refer to scope section above.
    /// - HTTP 403 `NO_PERMISSION`: Permission denied to read. Resolution: The user does not have permission to read user records. Contact your system administrator.
    /// - HTTP 404 `INVALID_URL_PATTERN`: Please check if the URL trying to access is a correct one. Resolution: The request URL specified is incorrect. Specify a valid request URL. Refer to request URL section above.
    /// - HTTP 500 `INTERNAL_ERROR`: Internal Server Error. Resolution: Unexpected and unhandled exception in the server. Contact support team.
    ///
    /// A listing: `.await` it for the page the parameters ask for, or stream every page with `.pages()` or every item with `.items()` (`/users` of each page): query `page` = 1, 2, 3 … (from the one given, if any) while `/info/more_records` is `true` (see [`Listing`] for when it ends).
    pub fn get_users(
        &self,
        params: &types::GetUsersParams,
    ) -> Listing<types::GetUsersResponse, types::User, ::postgen_runtime::IfModified> {
        let request = ::postgen_runtime::Request::route("GET", "/crm/v2/users", &[])
            .query_opt("type", params.r#type.as_ref())
            .query_opt("page", params.page.as_ref())
            .query_opt("per_page", params.per_page.as_ref())
            .query_opt("ids", params.ids.as_deref())
            .header_opt("If-Modified-Since", params.if_modified_since.as_ref());
        self.inner
            .listing(
                request,
                ::postgen_runtime::Paging::PageNumber {
                    page: "page",
                    more: "/info/more_records",
                    items: "/users",
                },
            )
    }
    /// Get a specific user
    ///
    /// To retrieve the users' data specified in the API request. You can specify the type of users that needs to be retrieved using the Users API. For example, use type=AllUsers, to get the list of all the CRM users available.
    ///
    /// Users APIs
    ///
    /// In Zoho CRM, the user is the one who is allowed to access and manage the CRM records. These users can be defined under various profiles and categories such as Administrators, Standard, etc,.
    ///
    /// Using the Users APIs, you can retrieve the basic information of your available CRM users. Use the type parameter to get the required list of users. For example, you can set the param type as AdminUsers, to get the list of CRM users with Administrative profile. The detailed explanation of the Users API and the examples are shown below:
    ///
    /// `GET /crm/v2/users/{user_id}`
    ///
    /// OAuth scope (any one of): `ZohoCRM.users.ALL`, `ZohoCRM.users.READ`.
    ///
    /// Documented errors:
    /// - HTTP 400 `INVALID_REQUEST_METHOD`: The http request method type is not a valid one. Resolution: You have specified an invalid HTTP method to access the API URL. Specify a valid request method. Refer to endpoints section above.
    /// - HTTP 400 `AUTHORIZATION_FAILED`: User does not have sufficient privilege to read users. Resolution: The user does not have the permission to read users. Contact your system administrator.
    /// - HTTP 400 `PATTERN_NOT_MATCHED`: Please check whether the input values are correct. Resolution: The value specified for the 'type' parameter is incorrect. Refer to parameters section above and specify valid parameter value.
    /// - HTTP 401 `OAUTH_SCOPE_MISMATCH`: Unauthorized. Resolution: Client does not have ZohoCRM.users.READ scope. Create a new client with valid scope. Refer to scope section above.
    /// - HTTP 403 `NO_PERMISSION`: Permission denied to read. Resolution: The user does not have permission to read user records. Contact your system administrator.
    /// - HTTP 404 `INVALID_URL_PATTERN`: Please check if the URL trying to access is a correct one. Resolution: The request URL specified is incorrect. Specify a valid request URL. Refer to request URL section above.
    /// - HTTP 500 `INTERNAL_ERROR`: Internal Server Error. Resolution: Unexpected and unhandled exception in the server. Contact support team.
    pub async fn get_user(
        &self,
        user_id: &str,
        params: &types::GetUserParams,
    ) -> ::std::result::Result<
        ::postgen_runtime::Conditional<types::GetUserResponse>,
        ::postgen_runtime::Error<types::ApiError>,
    > {
        let request = ::postgen_runtime::Request::route(
                "GET",
                "/crm/v2/users/{}",
                &[user_id],
            )
            .header_opt("If-Modified-Since", params.if_modified_since.as_ref());
        self.inner.send_conditional(request).await
    }
}
