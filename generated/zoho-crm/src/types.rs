//! Request, response and parameter types, inferred from the collection's examples.
use ::postgen_runtime::serde::{Deserialize, Serialize};
/// Response body of [`Client::update_users`](super::Client::update_users).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateUsersResponse {
    /// `users`.
    pub users: ::std::vec::Vec<
        ::postgen_runtime::RecordOutcome<UserSuccess, UserFailure>,
    >,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::Extra,
}
/// An element of `users` in [`UpdateUsersResponse`] that succeeded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    pub extra: ::postgen_runtime::Extra,
}
/// Error codes of the API, from every error example and per-record outcome of the collection and the docs' error tables. Open: a code not listed here is kept in `Other` and sent back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde", from = "String", into = "String")]
pub enum ErrorCode {
    /// `SUCCESS`: HTTP 200. Example message: "User updated"
    Success,
    /// `INVALID_DATA`: HTTP 200, 400.
    ///
    /// Documented message: "invalid data"
    ///
    /// Resolution: The input specified for "sequence_number" key is incorrect. Refer to Input JSON Keys section above and specify the valid input. (each method's docs give its own resolution)
    ///
    /// Example message: "Cannot update the time_zone of another User"
    InvalidData,
    /// `AUTHENTICATION_FAILURE`: HTTP 401. Example message: "Authentication failed"
    AuthenticationFailure,
    /// `CANNOT_UPDATE_DELETED_USER`: HTTP 200. Example message: "Deleted user cannot be updated"
    CannotUpdateDeletedUser,
    /// `EMAIL_UPDATE_NOT_ALOWED`: HTTP 200. Example message: "Cannot update email of a confirmed CRM User"
    EmailUpdateNotAlowed,
    /// `DUPLICATE_DATA`: HTTP 200, 400.
    ///
    /// Documented message: "duplicate data"
    ///
    /// Resolution: You have specified a duplicate value for "name" field. Specify a unique contact role name in the request input. (each method's docs give its own resolution)
    ///
    /// Example message: "Email already exists"
    DuplicateData,
    /// `ID_ALREADY_DEACTIVATED`: HTTP 200. Example message: "User is already deactivated"
    IdAlreadyDeactivated,
    /// `ID_ALREADY_ACTIVE`: HTTP 200. Example message: "User is already active"
    IdAlreadyActive,
    /// `INVALID_REQUEST`: HTTP 200. Example message: "Primary Contact cannot be deactivated"
    InvalidRequest,
    /// `INVALID_REQUEST_METHOD`: HTTP 400.
    ///
    /// Documented message: "The http request method type is not a valid one"
    ///
    /// Resolution: You have specified an invalid HTTP method to access the API URL. Specify a valid request method. Refer to endpoints section above. (each method's docs give its own resolution)
    ///
    /// Example message: "The http request method type is not a valid one"
    InvalidRequestMethod,
    /// `MANDATORY_NOT_FOUND`: HTTP 200, 400.
    ///
    /// Documented message: "required field not found"
    ///
    /// Resolution: Specify the unique ID of the contact role to be updated in your request input. Refer to Get Contact Roles API to get valid contact role IDs. (each method's docs give its own resolution)
    ///
    /// Example message: "required field not found"
    MandatoryNotFound,
    /// `OAUTH_SCOPE_MISMATCH`: HTTP 401.
    ///
    /// Documented message: "Unauthorized"
    ///
    /// Resolution: Client does not have ZohoCRM.modules.contacts.UPDATE scope. Create a new client with valid scope. Refer to scope section above. (each method's docs give its own resolution)
    ///
    /// Example message: "invalid oauth scope to access this URL"
    OauthScopeMismatch,
    /// `INVALID_URL_PATTERN`: HTTP 404.
    ///
    /// Documented message: "Please check if the URL trying to access is a correct one"
    ///
    /// Resolution: The request URL specified is incorrect. Specify a valid request URL. Refer to request URL section above. (each method's docs give its own resolution)
    InvalidUrlPattern,
    /// `NO_PERMISSION`: HTTP 403.
    ///
    /// Documented message: "Permission denied to update records"
    ///
    /// Resolution: The user does not have permission to update records. Contact your system administrator. (each method's docs give its own resolution)
    NoPermission,
    /// `INTERNAL_ERROR`: HTTP 500.
    ///
    /// Documented message: "Internal Server Error"
    ///
    /// Resolution: Unexpected and unhandled exception in Server. Contact support team. (each method's docs give its own resolution)
    InternalError,
    /// `AUTHORIZATION_FAILED`: HTTP 400.
    ///
    /// Documented message: "User does not have sufficient privilege to update records"
    ///
    /// Resolution: The user does not have the permission to update records. Contact your system administrator. (each method's docs give its own resolution)
    AuthorizationFailed,
    /// `PATTERN_NOT_MATCHED`: HTTP 400.
    ///
    /// Documented message: "Please check whether the input values are correct"
    ///
    /// Resolution: The value specified for the 'type' parameter is incorrect. Refer to parameters section above and specify valid parameter value. (each method's docs give its own resolution)
    PatternNotMatched,
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
            Self::InvalidUrlPattern => "INVALID_URL_PATTERN",
            Self::NoPermission => "NO_PERMISSION",
            Self::InternalError => "INTERNAL_ERROR",
            Self::AuthorizationFailed => "AUTHORIZATION_FAILED",
            Self::PatternNotMatched => "PATTERN_NOT_MATCHED",
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
            "INVALID_URL_PATTERN" => Self::InvalidUrlPattern,
            "NO_PERMISSION" => Self::NoPermission,
            "INTERNAL_ERROR" => Self::InternalError,
            "AUTHORIZATION_FAILED" => Self::AuthorizationFailed,
            "PATTERN_NOT_MATCHED" => Self::PatternNotMatched,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct Details {
    /// `id`, e.g. `"738964000002112147"`.
    pub id: ::std::string::String,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::Extra,
}
/// An element of `users` in [`UpdateUsersResponse`] that failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    pub extra: ::postgen_runtime::Extra,
}
/// `details` in [`UserFailure`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    pub extra: ::postgen_runtime::Extra,
}
/// Response body of [`Client::update_contact_roles`](super::Client::update_contact_roles).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateContactRolesResponse {
    /// `contact_roles`.
    pub contact_roles: ::std::vec::Vec<ContactRole>,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::Extra,
}
/// An element of `contact_roles` in [`UpdateContactRolesResponse`]. Same shape as [`UserSuccess`].
pub type ContactRole = UserSuccess;
/// Response body of [`Client::update_contact_role`](super::Client::update_contact_role). Same shape as [`UpdateContactRolesResponse`].
pub type UpdateContactRoleResponse = UpdateContactRolesResponse;
/// Values of the `type` parameter, as documented. Open: a value the docs do not list can be sent with `Other`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde", from = "String", into = "String")]
pub enum GetUsersType {
    /// `AllUsers`: To list all users in your organization (both active and inactive users).
    AllUsers,
    /// `ActiveUsers`: To get the list of all the Active Users.
    ActiveUsers,
    /// `DeactiveUsers`: To get the list of all the users who were deactivated.
    DeactiveUsers,
    /// `ConfirmedUsers`: To get the list of all the confirmed users.
    ConfirmedUsers,
    /// `NotConfirmedUsers`: To get the list of all the non-confirmed users.
    NotConfirmedUsers,
    /// `DeletedUsers`: To get the list of deleted users.
    DeletedUsers,
    /// `ActiveConfirmedUsers`: To get the list of active users who are also confirmed.
    ActiveConfirmedUsers,
    /// `AdminUsers`: To get the list of admin users.
    AdminUsers,
    /// `ActiveConfirmedAdmins`: To get the list of active users with the administrative privileges and are also confirmed.
    ActiveConfirmedAdmins,
    /// `CurrentUser`: To get the current CRM user.
    CurrentUser,
    /// A value the examples did not show, kept exactly as received.
    Other(::std::string::String),
}
impl GetUsersType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllUsers => "AllUsers",
            Self::ActiveUsers => "ActiveUsers",
            Self::DeactiveUsers => "DeactiveUsers",
            Self::ConfirmedUsers => "ConfirmedUsers",
            Self::NotConfirmedUsers => "NotConfirmedUsers",
            Self::DeletedUsers => "DeletedUsers",
            Self::ActiveConfirmedUsers => "ActiveConfirmedUsers",
            Self::AdminUsers => "AdminUsers",
            Self::ActiveConfirmedAdmins => "ActiveConfirmedAdmins",
            Self::CurrentUser => "CurrentUser",
            Self::Other(value) => value,
        }
    }
}
impl ::std::convert::From<::std::string::String> for GetUsersType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "AllUsers" => Self::AllUsers,
            "ActiveUsers" => Self::ActiveUsers,
            "DeactiveUsers" => Self::DeactiveUsers,
            "ConfirmedUsers" => Self::ConfirmedUsers,
            "NotConfirmedUsers" => Self::NotConfirmedUsers,
            "DeletedUsers" => Self::DeletedUsers,
            "ActiveConfirmedUsers" => Self::ActiveConfirmedUsers,
            "AdminUsers" => Self::AdminUsers,
            "ActiveConfirmedAdmins" => Self::ActiveConfirmedAdmins,
            "CurrentUser" => Self::CurrentUser,
            _ => Self::Other(value),
        }
    }
}
impl ::std::convert::From<GetUsersType> for ::std::string::String {
    fn from(value: GetUsersType) -> Self {
        match value {
            GetUsersType::Other(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
impl ::std::fmt::Display for GetUsersType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Query and header parameters of [`Client::get_users`](super::Client::get_users).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUsersParams {
    /// `type`.
    ///
    /// Specify the type of the users you want to retrieve.
    pub r#type: ::std::option::Option<GetUsersType>,
    /// `page`.
    ///
    /// To get the list of user records from the respective pages. Default value is 1.
    ///
    /// Documented: default `1`.
    pub page: ::std::option::Option<i64>,
    /// `per_page`.
    ///
    /// To set the number of user records to be retrieved per page. The default and the maximum possible value is 200.
    ///
    /// Documented: default `200`, at most `200`.
    pub per_page: ::std::option::Option<i64>,
    /// `ids`.
    ///
    /// Represents the unique ID of the users. You can specify up to 100 user IDs.
    ///
    /// Documented: at most `100`.
    pub ids: ::std::option::Option<::std::string::String>,
    /// Header `If-Modified-Since`.
    ///
    /// Use this header to get the list of recently modified users.
    ///
    /// Example: `2019-07-25T15:26:49+05:30`
    pub if_modified_since: ::std::option::Option<::postgen_runtime::DateTime>,
}
/// Response body of [`Client::get_users`](super::Client::get_users).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct GetUsersResponse {
    /// `users`.
    pub users: ::std::vec::Vec<User>,
    /// `info`.
    pub info: Info,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::Extra,
}
/// An element of `users` in [`GetUsersResponse`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct User {
    /// Represents the address of the user.
    ///
    /// `country`, e.g. `"US"` (null in 2).
    pub country: ::std::option::Option<::std::string::String>,
    /// `customize_info` (present in 1 of 3 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customize_info: ::std::option::Option<CustomizeInfo>,
    /// Represents the name and ID of the role of the user.
    ///
    /// `role`.
    pub role: Role,
    /// Represents the user's signature.
    ///
    /// `signature` (present in 1 of 3 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signature: ::std::option::Option<::std::string::String>,
    /// Represents the address of the user.
    ///
    /// `city` (null in 3).
    pub city: ::std::option::Option<::std::string::String>,
    /// Represents the format of the full_name of the user. For instance, 'Salutation,First Name,Last Name'.
    ///
    /// `name_format`, e.g. `"Salutation,First Name,Last Name"` (present in 1 of 3 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_format: ::std::option::Option<::std::string::String>,
    /// Represents the language in which the user accesses the CRM. For instance, 'en_US'.
    ///
    /// `language`, e.g. `"en_US"`.
    pub language: ::std::string::String,
    /// Represents the user's locale. For instance, 'en_IN'.
    ///
    /// `locale`, e.g. `"en_US"`.
    pub locale: ::std::string::String,
    /// Represents if the user is a microsoft user.
    /// true: The user is a microsoft user.
    /// false: The user is a microsoft user.
    ///
    /// `microsoft`, e.g. `false`.
    pub microsoft: bool,
    /// Represents if the user is the only user in the organization.
    /// true: The user is the only user in the organization.
    /// false: The user is not the only user in the organization.
    ///
    /// `personal_account`, e.g. `false` (present in 1 of 3 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub personal_account: ::std::option::Option<bool>,
    /// `default_tab_group`, e.g. `"0"` (present in 1 of 3 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_tab_group: ::std::option::Option<::std::string::String>,
    /// Represents if the user is online.
    /// true: The user is online.
    /// false: The user is offline.
    ///
    /// `Isonline`, e.g. `true`.
    #[serde(rename = "Isonline")]
    pub isonline: bool,
    /// Represents the name and ID of the user who last modified the user's details.
    ///
    /// `Modified_By`.
    #[serde(rename = "Modified_By")]
    pub modified_by: ModifiedBy,
    /// Represents the address of the user.
    ///
    /// `street` (null in 3).
    pub street: ::std::option::Option<::std::string::String>,
    /// Represents the user's currency preference.
    ///
    /// `Currency`, e.g. `"DZD"`.
    #[serde(rename = "Currency")]
    pub currency: ::std::string::String,
    /// Represents the alias name of the user.
    ///
    /// `alias` (null in 3).
    pub alias: ::std::option::Option<::std::string::String>,
    /// Represents the details of the theme selected by the user.
    ///
    /// `theme` (present in 1 of 3 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub theme: ::std::option::Option<Theme>,
    /// Represents the unique ID of the user.
    ///
    /// `id`, e.g. `"4150868000000225013"`.
    pub id: ::std::string::String,
    /// Represents the address of the user.
    ///
    /// `state`, e.g. `"Tamil Nadu"` (null in 2).
    pub state: ::std::option::Option<::std::string::String>,
    /// Represents the contact details of the user.
    ///
    /// `fax` (null in 3).
    pub fax: ::std::option::Option<::std::string::String>,
    /// Represents the address of the user.
    ///
    /// `country_locale`, e.g. `"US"`.
    pub country_locale: ::std::string::String,
    /// Represents the first name of the user.
    ///
    /// `first_name`, e.g. `"Patricia"`.
    pub first_name: ::std::string::String,
    /// Represents the contact details of the user.
    ///
    /// `email`, e.g. `"patricia.b@zylker.com"`.
    pub email: ::std::string::String,
    /// Represents the name and ID of the user to whom the user reports to.
    ///
    /// `Reporting_To` (null in 3).
    #[serde(rename = "Reporting_To")]
    pub reporting_to: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::postgen_runtime::serde_json::Value,
        >,
    >,
    /// `decimal_separator`, e.g. `"en_IN"` (present in 1 of 3 samples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub decimal_separator: ::std::option::Option<::std::string::String>,
    /// Represents the address of the user.
    ///
    /// `zip` (null in 3).
    pub zip: ::std::option::Option<::std::string::String>,
    /// Represents the date and time at which the user was created.
    ///
    /// `created_time`, e.g. `"2019-08-20T11:21:16+05:30"`.
    pub created_time: ::postgen_runtime::DateTime,
    /// Represents the user's website details.
    ///
    /// `website`, e.g. `"www.zylker.com"` (null in 2).
    pub website: ::std::option::Option<::std::string::String>,
    /// Represents the date and time at which the user's details were last modified.
    ///
    /// `Modified_Time`, e.g. `"2020-07-14T18:30:01+05:30"`.
    #[serde(rename = "Modified_Time")]
    pub modified_time: ::postgen_runtime::DateTime,
    /// Represents the time format. For instance, 'hh:mm a'.
    ///
    /// `time_format`, e.g. `"hh:mm a"`.
    pub time_format: ::std::string::String,
    /// `offset`, e.g. `19800000`.
    pub offset: i64,
    /// Represents the name and ID of the profile of the user.
    ///
    /// `profile`.
    pub profile: Profile,
    /// Represents the contact details of the user.
    ///
    /// `mobile` (null in 3).
    pub mobile: ::std::option::Option<::std::string::String>,
    /// Represents the last name of the user.
    ///
    /// `last_name`, e.g. `"Boyle"`.
    pub last_name: ::std::string::String,
    /// Represents the current user's timezone.
    ///
    /// `time_zone`, e.g. `"Asia/Calcutta"`.
    pub time_zone: ::std::string::String,
    /// Represents the name and ID of the user who created the user.
    ///
    /// `created_by`.
    pub created_by: CreatedBy,
    /// Represents the ZUID of the current user.
    ///
    /// `zuid`, e.g. `"694579958"` (null in 2).
    pub zuid: ::std::option::Option<::std::string::String>,
    /// Represents if the user is a confirmed user.
    /// true: The user is a confirmed user.
    /// false: The user is not a confirmed user.
    ///
    /// `confirm`, e.g. `true`.
    pub confirm: bool,
    /// Represents the full name of the user in the format specified in "name_format" key.
    ///
    /// `full_name`, e.g. `"Patricia Boyle"`.
    pub full_name: ::std::string::String,
    /// Each object in the array represents the details the user's territory.
    ///
    /// `territories`.
    pub territories: ::std::vec::Vec<Territory>,
    /// Represents the contact details of the user.
    ///
    /// `phone` (null in 3).
    pub phone: ::std::option::Option<::std::string::String>,
    /// Represents the date of birth of the user.
    ///
    /// `dob` (null in 3).
    pub dob: ::std::option::Option<::std::string::String>,
    /// Represents the date format. For instance, 'MM/dd/yyyy'.
    ///
    /// `date_format`, e.g. `"MM/dd/yyyy"`.
    pub date_format: ::std::string::String,
    /// Represents the status of the user.
    ///
    /// `status`, e.g. `"active"`.
    pub status: Status,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::Extra,
}
/// `customize_info` in [`User`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct CustomizeInfo {
    /// `notes_desc` (null in 1).
    pub notes_desc: ::std::option::Option<::postgen_runtime::serde_json::Value>,
    /// `show_right_panel` (null in 1).
    pub show_right_panel: ::std::option::Option<::postgen_runtime::serde_json::Value>,
    /// `bc_view` (null in 1).
    pub bc_view: ::std::option::Option<::postgen_runtime::serde_json::Value>,
    /// `show_home`, e.g. `false`.
    pub show_home: bool,
    /// `show_detail_view`, e.g. `true`.
    pub show_detail_view: bool,
    /// `unpin_recent_item` (null in 1).
    pub unpin_recent_item: ::std::option::Option<::postgen_runtime::serde_json::Value>,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::Extra,
}
/// `role` in [`User`].
///
/// Represents the name and ID of the role of the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct Role {
    /// `name`, e.g. `"CEO"`.
    pub name: ::std::string::String,
    /// `id`, e.g. `"4150868000000026005"`.
    pub id: ::std::string::String,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::Extra,
}
/// `Modified_By` in [`User`].
///
/// Represents the name and ID of the user who last modified the user's details. Same shape as [`Role`].
pub type ModifiedBy = Role;
/// `theme` in [`User`].
///
/// Represents the details of the theme selected by the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct Theme {
    /// `normal_tab`.
    pub normal_tab: NormalTab,
    /// `selected_tab`.
    pub selected_tab: SelectedTab,
    /// `new_background` (null in 1).
    pub new_background: ::std::option::Option<::postgen_runtime::serde_json::Value>,
    /// `background`, e.g. `"#F3F0EB"`.
    pub background: ::std::string::String,
    /// `screen`, e.g. `"fixed"`.
    pub screen: ::std::string::String,
    /// `type`, e.g. `"default"`.
    pub r#type: ::std::string::String,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::Extra,
}
/// `normal_tab` in [`Theme`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct NormalTab {
    /// `font_color`, e.g. `"#FFFFFF"`.
    pub font_color: ::std::string::String,
    /// `background`, e.g. `"#222222"`.
    pub background: ::std::string::String,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::Extra,
}
/// `selected_tab` in [`Theme`]. Same shape as [`NormalTab`].
pub type SelectedTab = NormalTab;
/// `profile` in [`User`].
///
/// Represents the name and ID of the profile of the user. Same shape as [`Role`].
pub type Profile = Role;
/// `created_by` in [`User`].
///
/// Represents the name and ID of the user who created the user. Same shape as [`Role`].
pub type CreatedBy = Role;
/// An element of `territories` in [`User`].
///
/// Each object in the array represents the details the user's territory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct Territory {
    /// `manager`, e.g. `true`.
    pub manager: bool,
    /// `name`, e.g. `"Zylker"`.
    pub name: ::std::string::String,
    /// `id`, e.g. `"4150868000000236307"`.
    pub id: ::std::string::String,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::Extra,
}
/// `status` in [`User`].
///
/// Represents the status of the user. Open: a value the docs do not list is kept in `Other` and sent back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde", from = "String", into = "String")]
pub enum Status {
    /// `active`: The user is active.
    Active,
    /// `inactive`: The user is inactive.
    Inactive,
    /// `disabled` (seen in the examples, not in the docs).
    Disabled,
    /// A value the examples did not show, kept exactly as received.
    Other(::std::string::String),
}
impl Status {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Disabled => "disabled",
            Self::Other(value) => value,
        }
    }
}
impl ::std::convert::From<::std::string::String> for Status {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "disabled" => Self::Disabled,
            _ => Self::Other(value),
        }
    }
}
impl ::std::convert::From<Status> for ::std::string::String {
    fn from(value: Status) -> Self {
        match value {
            Status::Other(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
impl ::std::fmt::Display for Status {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// `info` in [`GetUsersResponse`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct Info {
    /// `per_page`, e.g. `200`.
    pub per_page: i64,
    /// `count`, e.g. `3`.
    pub count: i64,
    /// `page`, e.g. `1`.
    pub page: i64,
    /// `more_records`, e.g. `false`.
    pub more_records: bool,
    /// Keys the examples never showed, kept so that they survive a round-trip.
    #[serde(flatten)]
    pub extra: ::postgen_runtime::Extra,
}
/// Query and header parameters of [`Client::get_user`](super::Client::get_user).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserParams {
    /// Header `If-Modified-Since`.
    ///
    /// Use this header to get the list of recently modified users.
    ///
    /// Example: `2019-07-25T15:26:49+05:30`
    pub if_modified_since: ::std::option::Option<::postgen_runtime::DateTime>,
}
/// Response body of [`Client::get_user`](super::Client::get_user). Same shape as [`GetUsersResponse`].
pub type GetUserResponse = GetUsersResponse;
/// Request body of [`Client::update_users`](super::Client::update_users).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateUsersRequest {
    /// `users`.
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub users: ::postgen_runtime::Patch<::std::vec::Vec<UpdateUsersRequestUser>>,
}
/// An element of `users` in [`UpdateUsersRequest`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateUsersRequestUser {
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
/// Request body of [`Client::update_contact_roles`](super::Client::update_contact_roles).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateContactRolesRequest {
    /// **Mandatory** (the docs).
    ///
    /// `contact_roles`.
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub contact_roles: ::postgen_runtime::Patch<
        ::std::vec::Vec<UpdateContactRolesRequestContactRole>,
    >,
}
/// An element of `contact_roles` in [`UpdateContactRolesRequest`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateContactRolesRequestContactRole {
    /// Specify the unique name of the contact role.
    ///
    /// `name`, e.g. `"Sales Lead"`.
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub name: ::postgen_runtime::Patch<::std::string::String>,
    /// Specify the position of the contact role in the picklist in CRM UI.
    ///
    /// `sequence_number`, e.g. `5`.
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub sequence_number: ::postgen_runtime::Patch<i64>,
    /// **Mandatory** (the docs).
    ///
    /// Specify the unique ID of the contact role. Refer to Get Contact Roles API to get valid IDs. You need not specify this key if you specify the ID in request URL.
    ///
    /// `id`, e.g. `"4150868000003611011"`.
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub id: ::postgen_runtime::Patch<::std::string::String>,
}
/// Request body of [`Client::update_contact_role`](super::Client::update_contact_role).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateContactRoleRequest {
    /// **Mandatory** (the docs).
    ///
    /// `contact_roles`.
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub contact_roles: ::postgen_runtime::Patch<
        ::std::vec::Vec<UpdateContactRoleRequestContactRole>,
    >,
}
/// An element of `contact_roles` in [`UpdateContactRoleRequest`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct UpdateContactRoleRequestContactRole {
    /// Specify the unique name of the contact role.
    ///
    /// `name`, e.g. `"Sales Lead"`.
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub name: ::postgen_runtime::Patch<::std::string::String>,
    /// Specify the position of the contact role in the picklist in CRM UI.
    ///
    /// `sequence_number`, e.g. `5`.
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub sequence_number: ::postgen_runtime::Patch<i64>,
    /// Specify the unique ID of the contact role. Refer to Get Contact Roles API to get valid IDs. You need not specify this key if you specify the ID in request URL.
    ///
    /// `id`, e.g. `"4150868000003611011"`.
    #[serde(default, skip_serializing_if = "::postgen_runtime::Patch::is_absent")]
    pub id: ::postgen_runtime::Patch<::std::string::String>,
}
/// Body of the API's `400` answers, inferred from every operation's examples of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "::postgen_runtime::serde")]
pub struct BadRequestBody {
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
    pub extra: ::postgen_runtime::Extra,
}
/// Body of the API's `401` answers, inferred from every operation's examples of it. Same shape as [`BadRequestBody`].
pub type UnauthorizedBody = BadRequestBody;
/// The API's error body, as most error examples show it (same as [`BadRequestBody`]): the body of documented error statuses that no example shows.
pub type ApiErrorBody = BadRequestBody;
/// Error answers of the API, by HTTP status: what every method returns in `postgen_runtime::Error`. A status's body type is inferred from all the examples that answer with it, whichever operation they belong to.
#[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq)]
pub enum ApiError {
    /// HTTP 400 (1 example).
    ///
    /// Documented codes: `INVALID_REQUEST_METHOD`, `AUTHORIZATION_FAILED`, `DUPLICATE_DATA`, `INVALID_DATA`, `MANDATORY_NOT_FOUND`, `PATTERN_NOT_MATCHED`.
    BadRequest(::std::boxed::Box<BadRequestBody>),
    /// HTTP 401 (2 examples).
    ///
    /// Documented codes: `OAUTH_SCOPE_MISMATCH`.
    Unauthorized(::std::boxed::Box<UnauthorizedBody>),
    /// HTTP 403 (from the docs' error table; no example shows it).
    ///
    /// Documented codes: `NO_PERMISSION`.
    Forbidden(::std::boxed::Box<ApiErrorBody>),
    /// HTTP 404 (from the docs' error table; no example shows it).
    ///
    /// Documented codes: `INVALID_URL_PATTERN`.
    NotFound(::std::boxed::Box<ApiErrorBody>),
    /// HTTP 500 (from the docs' error table; no example shows it).
    ///
    /// Documented codes: `INTERNAL_ERROR`.
    InternalServerError(::std::boxed::Box<ApiErrorBody>),
    /// Another status, or a JSON body that does not fit its status's type (the raw body is always in the error as well).
    Other(::postgen_runtime::serde_json::Value),
}
impl ::postgen_runtime::ErrorBody for ApiError {
    fn decode(status: u16, body: &str) -> ::std::option::Option<Self> {
        let typed = match status {
            400 => ::postgen_runtime::decode_boxed(body).map(Self::BadRequest),
            401 => ::postgen_runtime::decode_boxed(body).map(Self::Unauthorized),
            403 => ::postgen_runtime::decode_boxed(body).map(Self::Forbidden),
            404 => ::postgen_runtime::decode_boxed(body).map(Self::NotFound),
            500 => ::postgen_runtime::decode_boxed(body).map(Self::InternalServerError),
            _ => ::std::option::Option::None,
        };
        typed.or_else(|| ::postgen_runtime::decode_json(body).map(Self::Other))
    }
    fn encode(&self) -> ::postgen_runtime::serde_json::Value {
        match self {
            Self::BadRequest(body) => ::postgen_runtime::encode_json(body),
            Self::Unauthorized(body) => ::postgen_runtime::encode_json(body),
            Self::Forbidden(body) => ::postgen_runtime::encode_json(body),
            Self::NotFound(body) => ::postgen_runtime::encode_json(body),
            Self::InternalServerError(body) => ::postgen_runtime::encode_json(body),
            Self::Other(value) => value.clone(),
        }
    }
    fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::BadRequest(body) => body.code.as_str().into(),
            Self::Unauthorized(body) => body.code.as_str().into(),
            Self::Forbidden(body) => body.code.as_str().into(),
            Self::NotFound(body) => body.code.as_str().into(),
            Self::InternalServerError(body) => body.code.as_str().into(),
            Self::Other(value) => ::postgen_runtime::ErrorBody::code(value),
        }
    }
    fn message(&self) -> ::std::option::Option<&str> {
        match self {
            Self::BadRequest(body) => body.message.as_str().into(),
            Self::Unauthorized(body) => body.message.as_str().into(),
            Self::Forbidden(body) => body.message.as_str().into(),
            Self::NotFound(body) => body.message.as_str().into(),
            Self::InternalServerError(body) => body.message.as_str().into(),
            Self::Other(value) => ::postgen_runtime::ErrorBody::message(value),
        }
    }
}
