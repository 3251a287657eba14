//! Lists the active users of a Zoho CRM organization with the client that build.rs generates.
//!
//! ```text
//! ZOHO_CRM_TOKEN=1000.xxxx cargo run -p zoho-build-rs-example
//! ```
//! `ZOHO_CRM_API_DOMAIN` picks the data centre's API host (default `https://www.zohoapis.com`).

// Defines `pub mod zoho_crm`: the client, its types and servers, as in generated/zoho-crm.
include!(concat!(env!("OUT_DIR"), "/zoho_crm.rs"));

use zoho_crm::types::{GetUsersParams, GetUsersType};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("ZOHO_CRM_TOKEN").map_err(|_| "set ZOHO_CRM_TOKEN to an access token")?;
    let client = zoho_crm::Client::from_env(zoho_crm::Auth::token("Zoho-oauthtoken", token))?;
    let params = GetUsersParams { r#type: Some(GetUsersType::ActiveUsers), per_page: Some(200), ..Default::default() };
    // Items across pages: the stream asks for the next page while `info.more_records` is true.
    let mut users = client.get_users(&params).items();
    let mut count = 0;
    while let Some(user) = users.next().await {
        match user {
            Ok(user) => {
                count += 1;
                println!("{} {} <{}>", user.id, user.full_name, user.email);
            }
            // Errors are typed: 401 is `Error::Auth`, other statuses `Error::Api`, each with the
            // body decoded by status (into `ApiError`) and the API's code.
            Err(error @ zoho_crm::Error::Auth { .. }) => {
                return Err(format!("the token was refused: {}", error.code().unwrap_or("no code")).into());
            }
            Err(other) => return Err(other.into()),
        }
    }
    println!("{count} active users");
    Ok(())
}
