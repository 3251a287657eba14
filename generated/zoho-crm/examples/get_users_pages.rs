//! Lists every page of `get_users` (GET /crm/v2/users), printing each item of `/users`.
//!
//! Set `ZOHO_CRM_API_DOMAIN` (default `https://www.zohoapis.com`) and `ZOHO_CRM_TOKEN` (an access token), then run:
//!
//! ```text
//! cargo run -p zoho-crm --example get_users_pages
//! ```
#[tokio::main(flavor = "current_thread")]
async fn main() -> ::std::result::Result<
    (),
    ::std::boxed::Box<dyn ::std::error::Error>,
> {
    let token = ::std::env::var("ZOHO_CRM_TOKEN")
        .map_err(|_| ::std::format!("set {} to an access token", "ZOHO_CRM_TOKEN"))?;
    let auth = zoho_crm::Auth::token("Zoho-oauthtoken", token);
    let client = zoho_crm::Client::from_env(auth)?;
    let mut pages = client
        .get_users(&<zoho_crm::types::GetUsersParams>::default())
        .pages();
    let mut number = 0;
    while let ::std::option::Option::Some(page) = pages.next().await {
        let page = page?;
        number += 1;
        let body = ::postgen_runtime::serde_json::to_value(&page.body)?;
        let items = body
            .pointer("/users")
            .and_then(|v| v.as_array())
            .cloned()
            .unwrap_or_default();
        println!("page {number}: HTTP {}, {} items", page.status, items.len());
        for item in items {
            println!("  {item}");
        }
    }
    println!("{number} pages");
    ::std::result::Result::Ok(())
}
