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
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub users: ::postgen_runtime::Patch<::std::vec::Vec<User>>,
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
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub id: ::postgen_runtime::Patch<::std::string::String>,
    /// `phone`, e.g. `"123456789"`.
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub phone: ::postgen_runtime::Patch<::std::string::String>,
    /// `email`, e.g. `"newtocrm@zoho.com"` (present in 8 of 13 samples).
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub email: ::postgen_runtime::Patch<::std::string::String>,
    /// `dob`, e.g. `"1990-12-31"`.
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub dob: ::postgen_runtime::Patch<::postgen_runtime::Date>,
    /// `time_zone`, e.g. `"Asia/Kolkata"` (present in 2 of 13 samples).
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub time_zone: ::postgen_runtime::Patch<::std::string::String>,
    /// `status`, e.g. `"inactive"` (present in 5 of 13 samples).
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub status: ::postgen_runtime::Patch<::std::string::String>,
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
    pub users: ::std::vec::Vec<
        ::postgen_runtime::RecordOutcome<UserSuccess, UserFailure>,
    >,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::serde_json::Map<
        ::std::string::String,
        ::postgen_runtime::serde_json::Value,
    >,
}
/// An element of `users` in [`UpdateUsersResponse`] that succeeded.
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::postgen_runtime::serde::Serialize,
    ::postgen_runtime::serde::Deserialize
)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UserSuccess {
    /// `code`, e.g. `"SUCCESS"`.
    pub code: ErrorCode,
    /// `details`.
    pub details: Details,
    /// `message`, e.g. `"User updated"`.
    pub message: ::std::string::String,
    /// `status`, e.g. `"success"`.
    pub status: ::std::string::String,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::serde_json::Map<
        ::std::string::String,
        ::postgen_runtime::serde_json::Value,
    >,
}
/// Error codes of the API, from every error example and per-record outcome of the collection. Open: a code not seen in the examples is kept in `Other` and sent back unchanged.
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::postgen_runtime::serde::Serialize,
    ::postgen_runtime::serde::Deserialize
)]
#[serde(
    crate = "::postgen_runtime::serde",
    from = "::std::string::String",
    into = "::std::string::String"
)]
pub enum ErrorCode {
    /// `SUCCESS`: HTTP 200. Example message: "User updated"
    Success,
    /// `INVALID_DATA`: HTTP 200. Example message: "Cannot update the time_zone of another User"
    InvalidData,
    /// `AUTHENTICATION_FAILURE`: HTTP 401. Example message: "Authentication failed"
    AuthenticationFailure,
    /// `CANNOT_UPDATE_DELETED_USER`: HTTP 200. Example message: "Deleted user cannot be updated"
    CannotUpdateDeletedUser,
    /// `EMAIL_UPDATE_NOT_ALOWED`: HTTP 200. Example message: "Cannot update email of a confirmed CRM User"
    EmailUpdateNotAlowed,
    /// `DUPLICATE_DATA`: HTTP 200. Example message: "Email already exists"
    DuplicateData,
    /// `ID_ALREADY_DEACTIVATED`: HTTP 200. Example message: "User is already deactivated"
    IdAlreadyDeactivated,
    /// `ID_ALREADY_ACTIVE`: HTTP 200. Example message: "User is already active"
    IdAlreadyActive,
    /// `INVALID_REQUEST`: HTTP 200. Example message: "Primary Contact cannot be deactivated"
    InvalidRequest,
    /// `INVALID_REQUEST_METHOD`: HTTP 400. Example message: "The http request method type is not a valid one"
    InvalidRequestMethod,
    /// `MANDATORY_NOT_FOUND`: HTTP 200. Example message: "required field not found"
    MandatoryNotFound,
    /// `OAUTH_SCOPE_MISMATCH`: HTTP 401. Example message: "invalid oauth scope to access this URL"
    OauthScopeMismatch,
    /// A value the examples did not show, kept exactly as received.
    Other(::std::string::String),
}
impl ErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::InvalidData => "INVALID_DATA",
            Self::AuthenticationFailure => "AUTHENTICATION_FAILURE",
            Self::CannotUpdateDeletedUser => "CANNOT_UPDATE_DELETED_USER",
            Self::EmailUpdateNotAlowed => "EMAIL_UPDATE_NOT_ALOWED",
            Self::DuplicateData => "DUPLICATE_DATA",
            Self::IdAlreadyDeactivated => "ID_ALREADY_DEACTIVATED",
            Self::IdAlreadyActive => "ID_ALREADY_ACTIVE",
            Self::InvalidRequest => "INVALID_REQUEST",
            Self::InvalidRequestMethod => "INVALID_REQUEST_METHOD",
            Self::MandatoryNotFound => "MANDATORY_NOT_FOUND",
            Self::OauthScopeMismatch => "OAUTH_SCOPE_MISMATCH",
            Self::Other(value) => value,
        }
    }
}
impl ::std::convert::From<::std::string::String> for ErrorCode {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "SUCCESS" => Self::Success,
            "INVALID_DATA" => Self::InvalidData,
            "AUTHENTICATION_FAILURE" => Self::AuthenticationFailure,
            "CANNOT_UPDATE_DELETED_USER" => Self::CannotUpdateDeletedUser,
            "EMAIL_UPDATE_NOT_ALOWED" => Self::EmailUpdateNotAlowed,
            "DUPLICATE_DATA" => Self::DuplicateData,
            "ID_ALREADY_DEACTIVATED" => Self::IdAlreadyDeactivated,
            "ID_ALREADY_ACTIVE" => Self::IdAlreadyActive,
            "INVALID_REQUEST" => Self::InvalidRequest,
            "INVALID_REQUEST_METHOD" => Self::InvalidRequestMethod,
            "MANDATORY_NOT_FOUND" => Self::MandatoryNotFound,
            "OAUTH_SCOPE_MISMATCH" => Self::OauthScopeMismatch,
            _ => Self::Other(value),
        }
    }
}
impl ::std::convert::From<ErrorCode> for ::std::string::String {
    fn from(value: ErrorCode) -> Self {
        match value {
            ErrorCode::Other(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
impl ::std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// `details` in [`UserSuccess`].
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::postgen_runtime::serde::Serialize,
    ::postgen_runtime::serde::Deserialize
)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct Details {
    /// `id`, e.g. `"738964000002112147"`.
    pub id: ::std::string::String,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::serde_json::Map<
        ::std::string::String,
        ::postgen_runtime::serde_json::Value,
    >,
}
/// An element of `users` in [`UpdateUsersResponse`] that failed.
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::postgen_runtime::serde::Serialize,
    ::postgen_runtime::serde::Deserialize
)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UserFailure {
    /// `code`, e.g. `"INVALID_DATA"`.
    pub code: ErrorCode,
    /// `details`.
    pub details: UserFailureDetails,
    /// `message`, e.g. `"Cannot update the time_zone of another User"`.
    pub message: ::std::string::String,
    /// `status`, e.g. `"error"`.
    pub status: ::std::string::String,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::serde_json::Map<
        ::std::string::String,
        ::postgen_runtime::serde_json::Value,
    >,
}
/// `details` in [`UserFailure`].
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::postgen_runtime::serde::Serialize,
    ::postgen_runtime::serde::Deserialize
)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UserFailureDetails {
    /// `api_name`, e.g. `"time_zone"` (present in 4 of 8 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_name: ::std::option::Option<::std::string::String>,
    /// `json_path`, e.g. `"$.users[0].time_zone"` (present in 4 of 8 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub json_path: ::std::option::Option<::std::string::String>,
    /// `id`, e.g. `"738964000000291009"` (present in 1 of 8 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::serde_json::Map<
        ::std::string::String,
        ::postgen_runtime::serde_json::Value,
    >,
}
/// Body of a `400` answer of [`Client::update_users`](crate::Client::update_users).
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::postgen_runtime::serde::Serialize,
    ::postgen_runtime::serde::Deserialize
)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateUsersBadRequest {
    /// `code`, e.g. `"INVALID_REQUEST_METHOD"`.
    pub code: ErrorCode,
    /// `details`.
    pub details: ::std::collections::BTreeMap<
        ::std::string::String,
        ::postgen_runtime::serde_json::Value,
    >,
    /// `message`, e.g. `"The http request method type is not a valid one"`.
    pub message: ::std::string::String,
    /// `status`, e.g. `"error"`.
    pub status: ::std::string::String,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::serde_json::Map<
        ::std::string::String,
        ::postgen_runtime::serde_json::Value,
    >,
}
/// Body of a `401` answer of [`Client::update_users`](crate::Client::update_users). Same shape as [`UpdateUsersBadRequest`].
pub type UpdateUsersUnauthorized = UpdateUsersBadRequest;
/// Error answers of [`Client::update_users`](crate::Client::update_users), by HTTP status, as the collection's examples show them.
#[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq)]
pub enum UpdateUsersError {
    /// HTTP 400 (1 example).
    BadRequest(::std::boxed::Box<UpdateUsersBadRequest>),
    /// HTTP 401 (2 examples).
    Unauthorized(::std::boxed::Box<UpdateUsersUnauthorized>),
    /// Another status, or a JSON body that does not fit its status's type (the raw body is always in the error as well).
    Other(::postgen_runtime::serde_json::Value),
}
impl ::postgen_runtime::ErrorBody for UpdateUsersError {
    fn decode(status: u16, body: &str) -> ::std::option::Option<Self> {
        let typed = match status {
            400 => {
                ::postgen_runtime::serde_json::from_str(body)
                    .ok()
                    .map(::std::boxed::Box::new)
                    .map(Self::BadRequest)
            }
            401 => {
                ::postgen_runtime::serde_json::from_str(body)
                    .ok()
                    .map(::std::boxed::Box::new)
                    .map(Self::Unauthorized)
            }
            _ => ::std::option::Option::None,
        };
        typed
            .or_else(|| {
                ::postgen_runtime::serde_json::from_str(body).ok().map(Self::Other)
            })
    }
    fn encode(&self) -> ::postgen_runtime::serde_json::Value {
        match self {
            Self::BadRequest(body) => {
                ::postgen_runtime::serde_json::to_value(body).unwrap_or_default()
            }
            Self::Unauthorized(body) => {
                ::postgen_runtime::serde_json::to_value(body).unwrap_or_default()
            }
            Self::Other(value) => value.clone(),
        }
    }
    fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::BadRequest(body) => {
                ::std::option::Option::Some(ErrorCode::as_str(&body.code))
            }
            Self::Unauthorized(body) => {
                ::std::option::Option::Some(ErrorCode::as_str(&body.code))
            }
            Self::Other(value) => ::postgen_runtime::ErrorBody::code(value),
            #[allow(unreachable_patterns)]
            _ => ::std::option::Option::None,
        }
    }
    fn message(&self) -> ::std::option::Option<&str> {
        match self {
            Self::BadRequest(body) => {
                ::std::option::Option::Some(::std::string::String::as_str(&body.message))
            }
            Self::Unauthorized(body) => {
                ::std::option::Option::Some(::std::string::String::as_str(&body.message))
            }
            Self::Other(value) => ::postgen_runtime::ErrorBody::message(value),
            #[allow(unreachable_patterns)]
            _ => ::std::option::Option::None,
        }
    }
}
