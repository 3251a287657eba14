//! Every saved example of the collection, replayed: a loopback server answers with the example's status, headers and body; the generated method is called with the example's request, which must arrive as saved; the outcome must be the variant the status calls for, and its body must encode back to the example's (key order aside). Every JSON request body sample is also decoded and encoded back. Each request item's own request is sent too (`…_item_request`, answered with HTTP 418 and no body, which the method must report as an error). `"<integer>"`-style type placeholders are replaced by a value of the kind they name.
//!
//! The examples are data, in `examples.json` beside this file: each test replays one by the index it has among its operation's saved responses, through its operation's replay function, which builds the method's arguments from the example's request, calls the method against the loopback server and checks the outcome by the kind of the operation's success.
use ::postgen_runtime::testing::*;
use ::zoho_crm::{types, Client};
/// The saved examples, parsed on first use.
static EXAMPLES: SavedExamples = SavedExamples::new(include_str!("examples.json"));
/// Round-trips request body sample `index` of `update_users`.
fn update_users_request(index: usize) {
    EXAMPLES.request_body::<types::UpdateUsersRequest>("update_users", index);
}
#[test]
fn update_users_request_0() {
    update_users_request(0);
}
#[test]
fn update_users_request_1() {
    update_users_request(1);
}
#[test]
fn update_users_request_2() {
    update_users_request(2);
}
#[test]
fn update_users_request_3() {
    update_users_request(3);
}
#[test]
fn update_users_request_4() {
    update_users_request(4);
}
#[test]
fn update_users_request_5() {
    update_users_request(5);
}
#[test]
fn update_users_request_6() {
    update_users_request(6);
}
#[test]
fn update_users_request_7() {
    update_users_request(7);
}
#[test]
fn update_users_request_8() {
    update_users_request(8);
}
#[test]
fn update_users_request_9() {
    update_users_request(9);
}
#[test]
fn update_users_request_10() {
    update_users_request(10);
}
#[test]
fn update_users_request_11() {
    update_users_request(11);
}
#[test]
fn update_users_request_12() {
    update_users_request(12);
}
/// Replays saved example `index` of `update_users`.
fn update_users(index: usize) {
    EXAMPLES
        .replay(
            "update_users",
            index,
            |ex| {
                let body: types::UpdateUsersRequest = ex.json_body();
                let outcome = ex
                    .call(|client| async move {
                        Client::from_runtime(client).update_users(&body).await
                    });
                if let Some(body) = ex.json(outcome) {
                    ex.records(
                        &[
                            (
                                "users",
                                body.users.iter().map(|r| r.success().is_some()).collect(),
                            ),
                        ],
                    );
                }
            },
        );
}
#[test]
fn update_users_example_0_success_response() {
    update_users(0);
}
#[test]
fn update_users_example_1_invalid_data() {
    update_users(1);
}
#[test]
fn update_users_example_2_authentication_failure() {
    update_users(2);
}
#[test]
fn update_users_example_3_cannot_update_deleted_user() {
    update_users(3);
}
#[test]
fn update_users_example_4_email_update_not_allowed() {
    update_users(4);
}
#[test]
fn update_users_example_5_duplicate_data() {
    update_users(5);
}
#[test]
fn update_users_example_6_id_already_deactivated() {
    update_users(6);
}
#[test]
fn update_users_example_7_id_already_active() {
    update_users(7);
}
#[test]
fn update_users_example_8_invalid_request() {
    update_users(8);
}
#[test]
fn update_users_example_9_invalid_request_method() {
    update_users(9);
}
#[test]
fn update_users_example_10_mandatory_not_found() {
    update_users(10);
}
#[test]
fn update_users_example_11_oauth_scope_mismatch() {
    update_users(11);
}
#[test]
fn update_users_item_request() {
    update_users(12);
}
/// Round-trips request body sample `index` of `update_contact_roles`.
fn update_contact_roles_request(index: usize) {
    EXAMPLES
        .request_body::<types::UpdateContactRolesRequest>("update_contact_roles", index);
}
#[test]
fn update_contact_roles_request_0() {
    update_contact_roles_request(0);
}
/// Replays saved example `index` of `update_contact_roles`.
fn update_contact_roles(index: usize) {
    EXAMPLES
        .replay(
            "update_contact_roles",
            index,
            |ex| {
                let body: types::UpdateContactRolesRequest = ex.json_body();
                let outcome = ex
                    .call(|client| async move {
                        Client::from_runtime(client).update_contact_roles(&body).await
                    });
                ex.json(outcome);
            },
        );
}
#[test]
fn update_contact_roles_example_0_update_contact_roles_doc_sample() {
    update_contact_roles(0);
}
/// Round-trips request body sample `index` of `update_contact_role`.
fn update_contact_role_request(index: usize) {
    EXAMPLES
        .request_body::<types::UpdateContactRoleRequest>("update_contact_role", index);
}
#[test]
fn update_contact_role_request_0() {
    update_contact_role_request(0);
}
/// Replays saved example `index` of `update_contact_role`.
fn update_contact_role(index: usize) {
    EXAMPLES
        .replay(
            "update_contact_role",
            index,
            |ex| {
                let body: types::UpdateContactRoleRequest = ex.json_body();
                let outcome = ex
                    .call(|client| async move {
                        Client::from_runtime(client)
                            .update_contact_role(ex.path(0), &body)
                            .await
                    });
                ex.json(outcome);
            },
        );
}
#[test]
fn update_contact_role_example_0_update_a_specific_contact_role_doc_sampl() {
    update_contact_role(0);
}
/// Replays saved example `index` of `get_users`.
fn get_users(index: usize) {
    EXAMPLES
        .replay(
            "get_users",
            index,
            |ex| {
                let params = types::GetUsersParams {
                    r#type: ex.arg("type"),
                    page: ex.arg("page"),
                    per_page: ex.arg("per_page"),
                    ids: ex.arg("ids"),
                    if_modified_since: ex.arg("if_modified_since"),
                };
                let outcome = ex
                    .call(|client| async move {
                        Client::from_runtime(client).get_users(&params).await
                    });
                if let Some(outcome) = ex.modified(outcome) {
                    ex.json(outcome);
                }
            },
        );
}
#[test]
fn get_users_example_0_get_users_doc_sample() {
    get_users(0);
}
/// Replays saved example `index` of `get_user`.
fn get_user(index: usize) {
    EXAMPLES
        .replay(
            "get_user",
            index,
            |ex| {
                let params = types::GetUserParams {
                    if_modified_since: ex.arg("if_modified_since"),
                };
                let outcome = ex
                    .call(|client| async move {
                        Client::from_runtime(client).get_user(ex.path(0), &params).await
                    });
                if let Some(outcome) = ex.modified(outcome) {
                    ex.json(outcome);
                }
            },
        );
}
#[test]
fn get_user_example_0_get_a_specific_user_doc_sample() {
    get_user(0);
}
