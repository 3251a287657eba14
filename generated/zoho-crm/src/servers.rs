//! Where the API is served: regions ([`DataCentre`]) and environments ([`Environment`]), from the `[servers]` section of `postgen.toml`.
//!
//! [`Client::for_server`](super::Client::for_server) creates a client for one of them.
/// Where the Zoho CRM API is served: one variant per region, each with an API host per [`Environment`] and an accounts (OAuth) host.
///
/// [`name`](Self::name) gives a region's name as the API's docs write it; `str::parse` reads it back, ignoring ASCII case.
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::marker::Copy,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash
)]
pub enum DataCentre {
    /// United States (zoho.com)
    ///
    /// `US`: API `https://www.zohoapis.com` (Production), `https://sandbox.zohoapis.com` (Sandbox), `https://developer.zohoapis.com` (Developer); accounts `https://accounts.zoho.com`.
    Us,
    /// Europe (zoho.eu)
    ///
    /// `EU`: API `https://www.zohoapis.eu` (Production), `https://sandbox.zohoapis.eu` (Sandbox), `https://developer.zohoapis.eu` (Developer); accounts `https://accounts.zoho.eu`.
    Eu,
    /// India (zoho.in)
    ///
    /// `IN`: API `https://www.zohoapis.in` (Production), `https://sandbox.zohoapis.in` (Sandbox), `https://developer.zohoapis.in` (Developer); accounts `https://accounts.zoho.in`.
    In,
    /// Australia (zoho.com.au)
    ///
    /// `AU`: API `https://www.zohoapis.com.au` (Production), `https://sandbox.zohoapis.com.au` (Sandbox), `https://developer.zohoapis.com.au` (Developer); accounts `https://accounts.zoho.com.au`.
    Au,
    /// Japan (zoho.jp)
    ///
    /// `JP`: API `https://www.zohoapis.jp` (Production), `https://sandbox.zohoapis.jp` (Sandbox), `https://developer.zohoapis.jp` (Developer); accounts `https://accounts.zoho.jp`.
    Jp,
    /// China (zoho.com.cn)
    ///
    /// `CN`: API `https://www.zohoapis.com.cn` (Production), `https://sandbox.zohoapis.com.cn` (Sandbox), `https://developer.zohoapis.com.cn` (Developer); accounts `https://accounts.zoho.com.cn`.
    Cn,
    /// Canada (zohocloud.ca)
    ///
    /// `CA`: API `https://www.zohoapis.ca` (Production), `https://sandbox.zohoapis.ca` (Sandbox), `https://developer.zohoapis.ca` (Developer); accounts `https://accounts.zohocloud.ca`.
    Ca,
    /// Saudi Arabia (zoho.sa)
    ///
    /// `SA`: API `https://www.zohoapis.sa` (Production), `https://sandbox.zohoapis.sa` (Sandbox), `https://developer.zohoapis.sa` (Developer); accounts `https://accounts.zoho.sa`.
    Sa,
}
impl DataCentre {
    /// Every region, in the order of `postgen.toml`.
    pub const ALL: [Self; 8] = [
        Self::Us,
        Self::Eu,
        Self::In,
        Self::Au,
        Self::Jp,
        Self::Cn,
        Self::Ca,
        Self::Sa,
    ];
    /// The name of this region (`US`), as `Display` writes it and `str::parse` reads it.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Us => "US",
            Self::Eu => "EU",
            Self::In => "IN",
            Self::Au => "AU",
            Self::Jp => "JP",
            Self::Cn => "CN",
            Self::Ca => "CA",
            Self::Sa => "SA",
        }
    }
    /// The API base URL of this region in `environment`.
    pub const fn api_url(self, environment: Environment) -> &'static str {
        match (self, environment) {
            (Self::Us, Environment::Production) => "https://www.zohoapis.com",
            (Self::Us, Environment::Sandbox) => "https://sandbox.zohoapis.com",
            (Self::Us, Environment::Developer) => "https://developer.zohoapis.com",
            (Self::Eu, Environment::Production) => "https://www.zohoapis.eu",
            (Self::Eu, Environment::Sandbox) => "https://sandbox.zohoapis.eu",
            (Self::Eu, Environment::Developer) => "https://developer.zohoapis.eu",
            (Self::In, Environment::Production) => "https://www.zohoapis.in",
            (Self::In, Environment::Sandbox) => "https://sandbox.zohoapis.in",
            (Self::In, Environment::Developer) => "https://developer.zohoapis.in",
            (Self::Au, Environment::Production) => "https://www.zohoapis.com.au",
            (Self::Au, Environment::Sandbox) => "https://sandbox.zohoapis.com.au",
            (Self::Au, Environment::Developer) => "https://developer.zohoapis.com.au",
            (Self::Jp, Environment::Production) => "https://www.zohoapis.jp",
            (Self::Jp, Environment::Sandbox) => "https://sandbox.zohoapis.jp",
            (Self::Jp, Environment::Developer) => "https://developer.zohoapis.jp",
            (Self::Cn, Environment::Production) => "https://www.zohoapis.com.cn",
            (Self::Cn, Environment::Sandbox) => "https://sandbox.zohoapis.com.cn",
            (Self::Cn, Environment::Developer) => "https://developer.zohoapis.com.cn",
            (Self::Ca, Environment::Production) => "https://www.zohoapis.ca",
            (Self::Ca, Environment::Sandbox) => "https://sandbox.zohoapis.ca",
            (Self::Ca, Environment::Developer) => "https://developer.zohoapis.ca",
            (Self::Sa, Environment::Production) => "https://www.zohoapis.sa",
            (Self::Sa, Environment::Sandbox) => "https://sandbox.zohoapis.sa",
            (Self::Sa, Environment::Developer) => "https://developer.zohoapis.sa",
        }
    }
    /// The accounts host of this region, where its users sign in and OAuth tokens are issued.
    pub const fn accounts_url(self) -> &'static str {
        match self {
            Self::Us => "https://accounts.zoho.com",
            Self::Eu => "https://accounts.zoho.eu",
            Self::In => "https://accounts.zoho.in",
            Self::Au => "https://accounts.zoho.com.au",
            Self::Jp => "https://accounts.zoho.jp",
            Self::Cn => "https://accounts.zoho.com.cn",
            Self::Ca => "https://accounts.zohocloud.ca",
            Self::Sa => "https://accounts.zoho.sa",
        }
    }
    /// The OAuth token endpoint of this region: its accounts host and `/oauth/v2/token`.
    pub const fn token_url(self) -> &'static str {
        match self {
            Self::Us => "https://accounts.zoho.com/oauth/v2/token",
            Self::Eu => "https://accounts.zoho.eu/oauth/v2/token",
            Self::In => "https://accounts.zoho.in/oauth/v2/token",
            Self::Au => "https://accounts.zoho.com.au/oauth/v2/token",
            Self::Jp => "https://accounts.zoho.jp/oauth/v2/token",
            Self::Cn => "https://accounts.zoho.com.cn/oauth/v2/token",
            Self::Ca => "https://accounts.zohocloud.ca/oauth/v2/token",
            Self::Sa => "https://accounts.zoho.sa/oauth/v2/token",
        }
    }
    /// OAuth refresh-token flow against this region's token endpoint ([`token_url`](Self::token_url)), for a client registered with the API's accounts service; requests then send `Authorization: Zoho-oauthtoken <access token>`.
    ///
    /// `.build()` finishes it; `Auth::oauth` of the result is the `auth` of [`Client::for_server`](super::Client::for_server).
    pub fn oauth(
        self,
        client_id: impl ::std::convert::Into<::std::string::String>,
        client_secret: impl ::std::convert::Into<::std::string::String>,
        refresh_token: impl ::std::convert::Into<::std::string::String>,
    ) -> ::postgen_runtime::OAuthBuilder {
        ::postgen_runtime::OAuth::refresh_token_flow(
                self.token_url(),
                client_id,
                client_secret,
                refresh_token,
            )
            .scheme("Zoho-oauthtoken")
    }
}
impl ::std::str::FromStr for DataCentre {
    type Err = ParseServerError;
    fn from_str(name: &str) -> ::std::result::Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|known| known.name().eq_ignore_ascii_case(name))
            .ok_or_else(|| ParseServerError {
                kind: "data centre",
                name: name.to_owned(),
                expected: "US, EU, IN, AU, JP, CN, CA, SA",
            })
    }
}
impl ::std::fmt::Display for DataCentre {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.name())
    }
}
/// An environment of the Zoho CRM API: which of a region's API hosts requests go to ([`DataCentre::api_url`]).
///
/// [`name`](Self::name) gives its name as the API's docs write it; `str::parse` reads it back, ignoring ASCII case.
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::marker::Copy,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash
)]
pub enum Environment {
    /// The `Production` environment.
    Production,
    /// The `Sandbox` environment.
    Sandbox,
    /// The `Developer` environment.
    Developer,
}
impl Environment {
    /// Every environment, in the order of `postgen.toml`.
    pub const ALL: [Self; 3] = [Self::Production, Self::Sandbox, Self::Developer];
    /// The name of this environment (`Production`), as `Display` writes it and `str::parse` reads it.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Production => "Production",
            Self::Sandbox => "Sandbox",
            Self::Developer => "Developer",
        }
    }
}
impl ::std::str::FromStr for Environment {
    type Err = ParseServerError;
    fn from_str(name: &str) -> ::std::result::Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|known| known.name().eq_ignore_ascii_case(name))
            .ok_or_else(|| ParseServerError {
                kind: "environment",
                name: name.to_owned(),
                expected: "Production, Sandbox, Developer",
            })
    }
}
impl ::std::fmt::Display for Environment {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.name())
    }
}
/// A name that is not one of the known regions or environments (the error of `str::parse`).
#[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::std::cmp::Eq)]
pub struct ParseServerError {
    kind: &'static str,
    name: ::std::string::String,
    expected: &'static str,
}
impl ParseServerError {
    /// The text that matched no name.
    pub fn name(&self) -> &str {
        &self.name
    }
}
impl ::std::fmt::Display for ParseServerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::write!(
            f, "unknown {} `{}` (expected one of {}, in any case)", self.kind, self.name,
            self.expected
        )
    }
}
impl ::std::error::Error for ParseServerError {}
impl super::Client {
    /// Creates a client for `region`'s API host in `environment` ([`DataCentre::api_url`]).
    pub fn for_server(
        region: DataCentre,
        environment: Environment,
        auth: ::postgen_runtime::Auth,
    ) -> ::std::result::Result<Self, ::postgen_runtime::Error> {
        Self::new(region.api_url(environment), auth)
    }
}
