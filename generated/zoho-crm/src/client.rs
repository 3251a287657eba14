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
    /// `PUT /crm/v2.1/users`
    pub async fn update_users(
        &self,
        body: &super::types::UpdateUsersRequest,
    ) -> ::postgen_runtime::Reply<
        super::types::UpdateUsersResponse,
        super::types::UpdateUsersError,
    > {
        let request = ::postgen_runtime::Request::put(&["crm", "v2.1", "users"])
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
    pub async fn update_contact_roles(
        &self,
        body: &super::types::UpdateContactRolesRequest,
    ) -> ::postgen_runtime::Reply<
        super::types::UpdateContactRolesResponse,
        super::types::UpdateContactRolesError,
    > {
        let request = ::postgen_runtime::Request::put(
                &["crm", "v2.1", "Contacts", "roles"],
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
    /// - `contact_role_id`: path parameter `contact_role_id`
    pub async fn update_contact_role(
        &self,
        contact_role_id: &str,
        body: &super::types::UpdateContactRoleRequest,
    ) -> ::postgen_runtime::Reply<
        super::types::UpdateContactRoleResponse,
        super::types::UpdateContactRoleError,
    > {
        let request = ::postgen_runtime::Request::put(
                &["crm", "v2.1", "Contacts", "roles", contact_role_id],
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
    pub async fn get_users(
        &self,
        params: &super::types::GetUsersParams,
    ) -> ::std::result::Result<
        ::postgen_runtime::Conditional<super::types::GetUsersResponse>,
        ::postgen_runtime::Error<super::types::GetUsersError>,
    > {
        self.inner.send_conditional(Self::get_users_request(params)).await
    }
    /// Every page of [`Client::get_users`]: query `page` = 1, 2, 3 … (from the one given, if any) while `/info/more_records` is `true`.
    ///
    /// The listing ends after the last page, on an empty page, on HTTP 204 or 304, or after the first error (which is yielded).
    pub fn get_users_pages(
        &self,
        params: &super::types::GetUsersParams,
    ) -> ::postgen_runtime::Pages<
        super::types::GetUsersResponse,
        super::types::GetUsersError,
    > {
        self.inner.pages(Self::get_users_request(params), Self::GET_USERS_PAGING)
    }
    /// Every item (`/users` of each page) of [`Client::get_users`], across pages: query `page` = 1, 2, 3 … (from the one given, if any) while `/info/more_records` is `true`.
    ///
    /// The listing ends after the last page, on an empty page, on HTTP 204 or 304, or after the first error (which is yielded).
    pub fn get_users_items(
        &self,
        params: &super::types::GetUsersParams,
    ) -> ::postgen_runtime::Items<super::types::User, super::types::GetUsersError> {
        self.inner.items(Self::get_users_request(params), Self::GET_USERS_PAGING)
    }
    const GET_USERS_PAGING: ::postgen_runtime::Paging = ::postgen_runtime::Paging::PageNumber {
        page: "page",
        more: "/info/more_records",
        items: "/users",
    };
    fn get_users_request(
        params: &super::types::GetUsersParams,
    ) -> ::postgen_runtime::Request {
        ::postgen_runtime::Request::get(&["crm", "v2", "users"])
            .query_opt("type", params.r#type.as_ref())
            .query_opt("page", params.page.as_ref())
            .query_opt("per_page", params.per_page.as_ref())
            .query_opt("ids", params.ids.as_deref())
            .header_opt("If-Modified-Since", params.if_modified_since.as_ref())
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
    /// - `user_id`: path parameter `user_id`
    pub async fn get_user(
        &self,
        user_id: &str,
        params: &super::types::GetUserParams,
    ) -> ::std::result::Result<
        ::postgen_runtime::Conditional<super::types::GetUserResponse>,
        ::postgen_runtime::Error<super::types::GetUserError>,
    > {
        let request = ::postgen_runtime::Request::get(&["crm", "v2", "users", user_id])
            .header_opt("If-Modified-Since", params.if_modified_since.as_ref());
        self.inner.send_conditional(request).await
    }
}
