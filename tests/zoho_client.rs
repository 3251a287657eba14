//! The generated Zoho client against a real HTTP server on 127.0.0.1 (wiremock), answering
//! with the collection's own saved examples.

use postgen_e2e::zoho_example;
use serde_json::{json, Value};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use zoho_crm::types::{ApiError, ErrorCode, UpdateUsersRequest, UpdateUsersRequestUser};
use postgen_runtime::ErrorBody;
use zoho_crm::{Auth, Client, Error};

async fn server_answering(example: &str) -> MockServer {
    let (status, body) = zoho_example(example);
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/crm/v2.1/users"))
        .and(header("authorization", "Zoho-oauthtoken secret-token"))
        .respond_with(ResponseTemplate::new(status).set_body_raw(body, "application/json;charset=utf-8"))
        .expect(1)
        .mount(&server)
        .await;
    server
}

fn phone_update() -> UpdateUsersRequest {
    UpdateUsersRequest {
        users: vec![UpdateUsersRequestUser {
            id: "738964000002112147".to_owned().into(),
            phone: "123456789".to_owned().into(),
            ..Default::default()
        }]
        .into(),
    }
}

fn client(server: &MockServer) -> Client {
    Client::new(&server.uri(), Auth::token("Zoho-oauthtoken", "secret-token")).expect("client builds")
}

#[tokio::test]
async fn update_users_sends_only_the_fields_set_and_decodes_the_success_example() {
    let server = server_answering("SUCCESS RESPONSE").await;

    let response = client(&server).update_users(&phone_update()).await.expect("200 decodes");

    assert_eq!(response.status, 200);
    let user = response.body.users[0].success().expect("the record succeeded");
    assert_eq!(user.code, ErrorCode::Success);
    assert_eq!(user.status, "success");
    assert_eq!(user.message, "User updated");
    assert_eq!(user.details.id, "738964000002112147");
    let sent: Value = serde_json::from_slice(&server.received_requests().await.expect("recorded")[0].body)
        .expect("request body is JSON");
    assert_eq!(sent, json!({"users": [{"id": "738964000002112147", "phone": "123456789"}]}));
}

#[tokio::test]
async fn per_record_error_in_a_200_decodes_with_its_details() {
    let server = server_answering("DUPLICATE_DATA").await;

    let response = client(&server).update_users(&phone_update()).await.expect("200 decodes");

    let user = response.body.users[0].error().expect("the record failed, inside a 200");
    assert_eq!(user.code, ErrorCode::DuplicateData);
    assert_eq!(user.status, "error");
    assert_eq!(user.details.api_name.as_deref(), Some("email"));
    assert_eq!(user.details.json_path.as_deref(), Some("$.users[0].email"));
    assert_eq!(user.details.id.as_deref(), Some("738964000000291009"));
}

#[tokio::test]
async fn top_level_401_is_an_auth_error_with_the_body_intact_and_typed() {
    let server = server_answering("AUTHENTICATION_FAILURE").await;

    let error = client(&server).update_users(&phone_update()).await.expect_err("401 is an error");

    assert_eq!(
        error.to_string(),
        "authentication failed: HTTP 401 AUTHENTICATION_FAILURE: Authentication failed"
    );
    match error {
        Error::Auth { body, error, .. } => {
            let raw: Value = serde_json::from_str(&body).expect("error body is JSON");
            assert_eq!(raw["code"], "AUTHENTICATION_FAILURE", "the raw body is kept whole");
            // Decoded by status into the API's error enum, with code and message intact.
            match error.as_deref() {
                Some(found @ ApiError::Unauthorized(typed)) => {
                    // The envelope is detected: code and message without knowing the variant.
                    assert_eq!(found.code(), Some("AUTHENTICATION_FAILURE"));
                    assert_eq!(found.message(), Some("Authentication failed"));
                    assert_eq!(typed.code, ErrorCode::AuthenticationFailure);
                    assert_eq!(typed.message, "Authentication failed");
                }
                other => panic!("expected the 401 variant, got {other:?}"),
            }
        }
        other => panic!("expected Error::Auth, got {other:?}"),
    }
}

/// Every saved example of seed 000 lands where it belongs: the success, a per-record error
/// inside a 200 with its code, or a top-level error decoded by its status.
#[tokio::test]
async fn each_of_the_twelve_seed_examples_decodes_into_the_right_outcome() {
    enum Expect {
        Succeeded(ErrorCode),
        Record(ErrorCode),
        TopLevel(u16, ErrorCode),
    }
    use Expect::{Record, Succeeded, TopLevel};
    let table = [
        ("SUCCESS RESPONSE", Succeeded(ErrorCode::Success)),
        ("INVALID_DATA", Record(ErrorCode::InvalidData)),
        ("AUTHENTICATION_FAILURE", TopLevel(401, ErrorCode::AuthenticationFailure)),
        ("CANNOT_UPDATE_DELETED_USER", Record(ErrorCode::CannotUpdateDeletedUser)),
        ("EMAIL_UPDATE_NOT_ALLOWED", Record(ErrorCode::EmailUpdateNotAlowed)),
        ("DUPLICATE_DATA", Record(ErrorCode::DuplicateData)),
        ("ID_ALREADY_DEACTIVATED", Record(ErrorCode::IdAlreadyDeactivated)),
        ("ID_ALREADY_ACTIVE", Record(ErrorCode::IdAlreadyActive)),
        ("INVALID_REQUEST", Record(ErrorCode::InvalidRequest)),
        ("INVALID_REQUEST_METHOD", TopLevel(400, ErrorCode::InvalidRequestMethod)),
        ("MANDATORY_NOT_FOUND", Record(ErrorCode::MandatoryNotFound)),
        ("OAUTH_SCOPE_MISMATCH", TopLevel(401, ErrorCode::OauthScopeMismatch)),
    ];
    for (example, expect) in table {
        let server = server_answering(example).await;
        let result = client(&server).update_users(&phone_update()).await;
        match (expect, result) {
            (Succeeded(code), Ok(response)) => {
                let entry = response.body.users[0].success().unwrap_or_else(|| panic!("{example}: not a success"));
                assert_eq!(entry.code, code, "{example}");
            }
            (Record(code), Ok(response)) => {
                assert_eq!(response.status, 200, "{example}");
                let entry = response.body.users[0].error().unwrap_or_else(|| panic!("{example}: not a failure"));
                assert_eq!(entry.code, code, "{example}");
            }
            (TopLevel(expected, code), Err(err @ (Error::Api { .. } | Error::Auth { .. }))) => {
                assert_eq!(err.status(), Some(expected), "{example}");
                assert_eq!(matches!(err, Error::Auth { .. }), expected == 401, "{example}: 401 is an auth error");
                let error = err.error_body();
                let typed = match error {
                    Some(ApiError::Unauthorized(body)) if expected == 401 => &body.code,
                    Some(ApiError::BadRequest(body)) if expected == 400 => &body.code,
                    other => panic!("{example}: wrong error variant {other:?}"),
                };
                assert_eq!(*typed, code, "{example}");
            }
            (_, other) => panic!("{example}: unexpected outcome {other:?}"),
        }
    }
}
