//! Where an API is served: named regions, each with an API host per environment and
//! optionally an accounts (OAuth) host. Facts from `postgen.toml` `[servers]`, already
//! validated (see `config::servers`); the emitter turns them into `src/servers.rs`.

/// The `[servers]` of one API, in `postgen.toml` order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Servers {
    /// Name of the generated region enum (`DataCentre`), a valid UpperCamelCase identifier.
    pub region_type: String,
    /// Name of the generated environment enum (`Environment`).
    pub environment_type: String,
    /// Path of the OAuth token endpoint on every region's accounts host (`/oauth/v2/token`);
    /// when set, every region has an accounts host.
    pub token_path: Option<String>,
    /// Environments, in the order the first region lists them.
    pub environments: Vec<ServerName>,
    /// Regions, in file order.
    pub regions: Vec<Region>,
}

/// A region or environment name: as written, and as an enum variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerName {
    /// As written in `postgen.toml` (`US`, `Sandbox`); what `name()` returns and `FromStr` reads.
    pub name: String,
    /// The variant identifier (`Us`, `Sandbox`).
    pub ident: String,
}

/// One region (data centre).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Its name.
    pub name: ServerName,
    /// Description for rustdoc (`United States (zoho.com)`).
    pub doc: Option<String>,
    /// The accounts (OAuth) host, e.g. `https://accounts.zoho.com`.
    pub accounts: Option<String>,
    /// The API base URL per environment, in [`Servers::environments`] order.
    pub api: Vec<String>,
}

impl Servers {
    /// The OAuth token endpoint of `region`: its accounts host joined with `token_path`
    /// (exactly one `/` between them).
    pub fn token_url(&self, region: &Region) -> Option<String> {
        let accounts = region.accounts.as_deref()?;
        let path = self.token_path.as_deref()?;
        Some(format!("{}/{}", accounts.trim_end_matches('/'), path.trim_start_matches('/')))
    }
}
