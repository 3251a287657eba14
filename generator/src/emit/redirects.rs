//! A method whose examples show a redirect: what its rustdoc says it returns for one the
//! client does not follow (the request takes it as the answer: `redirect_is_answer`).

use crate::ir::{Operation, SuccessBody, is_redirect};

/// What a method whose examples show a redirect returns for one the client does not follow.
pub(super) fn redirect_doc(op: &Operation) -> String {
    let absent = match op.success {
        SuccessBody::Json(_) => "`None`",
        SuccessBody::Unknown => "JSON `null`",
        SuccessBody::Binary => "empty bytes",
        SuccessBody::Text => "empty text",
        SuccessBody::Empty | SuccessBody::ByStatus(_) => "`()`",
    };
    let mut statuses: Vec<u16> = op.responses.iter().filter_map(|r| r.status).filter(|&s| is_redirect(Some(s))).collect();
    statuses.sort_unstable();
    statuses.dedup();
    let statuses: Vec<String> = statuses.iter().map(u16::to_string).collect();
    format!(
        "The examples answer with a redirect (HTTP {}). The client follows one within the same \
         origin and returns the target's answer; one it does not follow (to another origin, or \
         with an HTTP client that follows none) is returned as the response, with its status and \
         `Location` header, and {absent} as its body.",
        statuses.join(", ")
    )
}
