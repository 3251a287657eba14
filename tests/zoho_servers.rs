//! The generated Zoho crate's server choice (`postgen.toml` `[servers]` → `zoho_crm::servers`):
//! data centres × environments as typed values, parsed by name, and `Client::for_server`.

use std::collections::BTreeSet;

use zoho_crm::servers::ParseServerError;
use zoho_crm::{Auth, Client, DataCentre, Environment};

#[test]
fn hosts_come_from_postgen_toml() {
    assert_eq!(DataCentre::Eu.api_url(Environment::Sandbox), "https://sandbox.zohoapis.eu");
    assert_eq!(DataCentre::Us.api_url(Environment::Production), "https://www.zohoapis.com");
    assert_eq!(DataCentre::Au.api_url(Environment::Developer), "https://developer.zohoapis.com.au");
    assert_eq!(DataCentre::Ca.accounts_url(), "https://accounts.zohocloud.ca");
    assert_eq!(DataCentre::Cn.token_url(), "https://accounts.zoho.com.cn/oauth/v2/token");
    assert_eq!(DataCentre::Sa.name(), "SA");
    assert_eq!(DataCentre::Jp.to_string(), "JP");
    assert_eq!(Environment::Sandbox.to_string(), "Sandbox");
}

#[test]
fn all_24_combinations_are_distinct_https_urls() {
    assert_eq!(DataCentre::ALL.len(), 8);
    assert_eq!(Environment::ALL, [Environment::Production, Environment::Sandbox, Environment::Developer]);
    let urls: BTreeSet<&str> = DataCentre::ALL
        .into_iter()
        .flat_map(|dc| Environment::ALL.into_iter().map(move |env| dc.api_url(env)))
        .collect();
    assert_eq!(urls.len(), 24, "{urls:#?}");
    assert!(urls.iter().all(|url| url.starts_with("https://")), "{urls:#?}");
    let accounts: BTreeSet<&str> = DataCentre::ALL.into_iter().map(DataCentre::accounts_url).collect();
    assert_eq!(accounts.len(), 8);
}

#[test]
fn names_parse_ignoring_case() {
    assert_eq!("cn".parse::<DataCentre>(), Ok(DataCentre::Cn));
    assert_eq!("EU".parse::<DataCentre>(), Ok(DataCentre::Eu));
    assert_eq!("sandbox".parse::<Environment>(), Ok(Environment::Sandbox));
    for dc in DataCentre::ALL {
        assert_eq!(dc.to_string().parse::<DataCentre>(), Ok(dc));
    }
    let err: ParseServerError = "mars".parse::<DataCentre>().expect_err("not a data centre");
    assert_eq!(err.name(), "mars");
    assert_eq!(err.to_string(), "unknown data centre `mars` (expected one of US, EU, IN, AU, JP, CN, CA, SA, in any case)");
    assert!("staging".parse::<Environment>().is_err());
}

#[test]
fn for_server_sends_to_the_chosen_host() {
    let client = Client::for_server(DataCentre::Eu, Environment::Sandbox, Auth::token("Zoho-oauthtoken", "t"))
        .expect("client builds");
    assert_eq!(client.runtime().base_url().host_str(), Some("sandbox.zohoapis.eu"));
    let client = Client::for_server(DataCentre::In, Environment::Production, Auth::None).expect("client builds");
    assert_eq!(client.runtime().base_url().host_str(), Some("www.zohoapis.in"));
}

#[test]
fn oauth_targets_the_data_centre_token_endpoint() {
    let oauth = DataCentre::Au.oauth("client-id", "client-secret", "refresh-token").build().expect("OAuth builds");
    Client::for_server(DataCentre::Au, Environment::Production, Auth::oauth(oauth)).expect("client builds");
}
