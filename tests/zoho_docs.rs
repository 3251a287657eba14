//! The endpoints that exist only in Zoho's doc pages (seeds 001 and 002, imported into
//! collections/zoho-crm/schema/), called through the generated client against a real HTTP
//! server on 127.0.0.1 (wiremock), answering with the pages' own samples.

use postgen_e2e::repo_root;
use postgen_runtime::{DateTime, ErrorBody};
use serde_json::{json, Value};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
use zoho_crm::types::{
    ApiError, ErrorCode, GetUserParams, GetUsersParams, GetUsersType, Status, UpdateContactRoleRequest, UpdateContactRoleRequestContactRole, UpdateContactRolesRequest,
};
use zoho_crm::{Auth, Client, Error};

/// The sample response of the endpoint at `index` of a schema file.
fn doc_sample(file: &str, index: usize, body: &str) -> Value {
    let path = repo_root().join("collections/zoho-crm/schema").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let schema: Value = serde_json::from_str(&text).expect("schema file is JSON");
    schema["endpoints"][index][body]["sample"].clone()
}

fn client(server: &MockServer) -> Client {
    Client::new(&server.uri(), Auth::token("Zoho-oauthtoken", "secret-token")).expect("client builds")
}

#[tokio::test]
async fn get_users_sends_typed_query_and_header_and_decodes_the_doc_sample() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/crm/v2/users"))
        .and(query_param("type", "ActiveConfirmedAdmins"))
        .and(query_param("page", "2"))
        .and(query_param("per_page", "200"))
        .and(header("If-Modified-Since", "2019-07-25T15:26:49+05:30"))
        .and(header("authorization", "Zoho-oauthtoken secret-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(doc_sample("users.json", 0, "response")))
        .expect(1)
        .mount(&server)
        .await;
    let params = GetUsersParams {
        r#type: Some(GetUsersType::ActiveConfirmedAdmins),
        page: Some(2),
        per_page: Some(200),
        if_modified_since: Some(DateTime::parse("2019-07-25T15:26:49+05:30").expect("valid date-time")),
        ..Default::default()
    };

    let answer = client(&server).get_users(&params).await.expect("the doc's sample decodes");
    // If-Modified-Since makes the call conditional: a 200 is `Modified`, a 304 `NotModified`.
    let response = answer.modified().expect("HTTP 200 is Modified");

    let users = &response.body.users;
    assert_eq!(users.len(), 3);
    assert_eq!(users[0].id, "4150868000000225013");
    assert_eq!(users[0].role.name, "CEO");
    assert_eq!(users[0].created_time.as_str(), "2019-08-20T11:21:16+05:30");
    assert_eq!(users[0].status, Status::Active);
    // Null in every sample, typed from the doc's key list.
    assert_eq!(users[0].fax, None::<String>);
    assert!(!response.body.info.more_records);
}

#[tokio::test]
async fn an_undocumented_type_value_is_sent_unchanged() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/crm/v2/users"))
        .and(query_param("type", "FutureUsers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(doc_sample("users.json", 0, "response")))
        .expect(1)
        .mount(&server)
        .await;
    let params = GetUsersParams { r#type: Some(GetUsersType::Other("FutureUsers".into())), ..Default::default() };
    client(&server).get_users(&params).await.expect("decodes");
}

#[tokio::test]
async fn a_documented_404_decodes_into_its_variant_with_a_typed_code() {
    let server = MockServer::start().await;
    let body = json!({"code": "INVALID_URL_PATTERN", "details": {}, "message": "Please check if the URL trying to access is a correct one", "status": "error"});
    Mock::given(method("GET"))
        .and(path("/crm/v2/users/4150868000000225013"))
        .respond_with(ResponseTemplate::new(404).set_body_json(body))
        .expect(1)
        .mount(&server)
        .await;

    let error = client(&server)
        .get_user("4150868000000225013", &GetUserParams::default())
        .await
        .expect_err("404 is an error");

    let Error::Api { status, error: Some(typed), .. } = &error else { panic!("typed API error: {error:?}") };
    assert_eq!(*status, 404);
    let ApiError::NotFound(body) = typed.as_ref() else { panic!("NotFound variant: {typed:?}") };
    assert_eq!(body.code, ErrorCode::InvalidUrlPattern);
    assert_eq!(typed.code(), Some("INVALID_URL_PATTERN"));
}

#[tokio::test]
async fn update_contact_role_puts_the_body_to_the_specific_role() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/crm/v2.1/Contacts/roles/4150868000003611011"))
        .respond_with(ResponseTemplate::new(200).set_body_json(doc_sample("contact-roles.json", 1, "response")))
        .expect(1)
        .mount(&server)
        .await;
    // The role's id is in the URL, so this body type does not ask for it (the docs: "You need not
    // specify this key if you specify the ID in request URL").
    let body = UpdateContactRoleRequest {
        contact_roles: vec![UpdateContactRoleRequestContactRole {
            name: "Sales Lead".to_owned().into(),
            ..Default::default()
        }]
        .into(),
    };

    let response =
        client(&server).update_contact_role("4150868000003611011", &body).await.expect("the doc's sample decodes");

    assert_eq!(response.body.contact_roles[0].code, ErrorCode::Success);
    let sent: Value = serde_json::from_slice(&server.received_requests().await.expect("recorded")[0].body)
        .expect("request body is JSON");
    assert_eq!(sent, json!({"contact_roles": [{"name": "Sales Lead"}]}));
}

#[tokio::test]
async fn a_documented_403_on_update_contact_roles_is_forbidden_with_no_permission() {
    let server = MockServer::start().await;
    let body = json!({"code": "NO_PERMISSION", "details": {}, "message": "Permission denied to update records", "status": "error"});
    Mock::given(method("PUT"))
        .and(path("/crm/v2.1/Contacts/roles"))
        .respond_with(ResponseTemplate::new(403).set_body_json(body))
        .mount(&server)
        .await;
    let request = UpdateContactRolesRequest::default();

    let error = client(&server).update_contact_roles(&request).await.expect_err("403 is an error");

    let Error::Api { error: Some(typed), .. } = &error else { panic!("typed API error: {error:?}") };
    let ApiError::Forbidden(body) = typed.as_ref() else { panic!("Forbidden variant: {typed:?}") };
    assert_eq!(body.code, ErrorCode::NoPermission);
    assert_eq!(body.message, "Permission denied to update records");
}
