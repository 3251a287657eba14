//! Request, response and parameter types, inferred from the collection's examples.
/// Request body of [`Client::update_users`](crate::Client::update_users).
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::postgen_runtime::serde::Serialize,
    ::postgen_runtime::serde::Deserialize
)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateUsersRequest {
    /// `users`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub users: ::std::option::Option<::std::vec::Vec<User>>,
}
/// An element of `users` in [`UpdateUsersRequest`].
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::postgen_runtime::serde::Serialize,
    ::postgen_runtime::serde::Deserialize
)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct User {
    /// `id`, e.g. `"738964000002112147"` (present in 12 of 13 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// `phone`, e.g. `"123456789"`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    /// `email`, e.g. `"newtocrm@zoho.com"` (present in 8 of 13 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// `dob`, e.g. `"1990-12-31"`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dob: ::std::option::Option<::std::string::String>,
    /// `time_zone`, e.g. `"Asia/Kolkata"` (present in 2 of 13 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub time_zone: ::std::option::Option<::std::string::String>,
    /// `status`, e.g. `"inactive"` (present in 5 of 13 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
/// Response body of [`Client::update_users`](crate::Client::update_users).
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::postgen_runtime::serde::Serialize,
    ::postgen_runtime::serde::Deserialize
)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateUsersResponse {
    /// `users`.
    pub users: ::std::vec::Vec<UpdateUsersResponseUser>,
}
/// An element of `users` in [`UpdateUsersResponse`].
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::postgen_runtime::serde::Serialize,
    ::postgen_runtime::serde::Deserialize
)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateUsersResponseUser {
    /// `code`, e.g. `"SUCCESS"`.
    pub code: ::std::string::String,
    /// `details`.
    pub details: Details,
    /// `message`, e.g. `"User updated"`.
    pub message: ::std::string::String,
    /// `status`, e.g. `"success"`.
    pub status: ::std::string::String,
}
/// `details` in [`UpdateUsersResponseUser`].
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::postgen_runtime::serde::Serialize,
    ::postgen_runtime::serde::Deserialize
)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct Details {
    /// `id`, e.g. `"738964000002112147"` (present in 2 of 9 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// `api_name`, e.g. `"time_zone"` (present in 4 of 9 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_name: ::std::option::Option<::std::string::String>,
    /// `json_path`, e.g. `"$.users[0].time_zone"` (present in 4 of 9 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub json_path: ::std::option::Option<::std::string::String>,
}
