//! Typed error bodies: how a generated operation's error enum is read from a non-2xx answer.

/// An error body type: decoded by HTTP status (never by trying shapes in turn).
///
/// Generated crates implement this for each operation's error enum (a variant per status seen
/// in the collection's examples, plus `Other`). `serde_json::Value` implements it for
/// operations without error examples.
pub trait ErrorBody: Sized {
    /// Reads the body answered with `status`; `None` when it is not what any variant expects
    /// (the raw body is kept in [`crate::Error::Api`] either way).
    fn decode(status: u16, body: &str) -> Option<Self>;

    /// The body as JSON again (for logs and round-trip tests).
    fn encode(&self) -> serde_json::Value;

    /// The API's error code in the body (`AUTHENTICATION_FAILURE`), when its envelope has one.
    fn code(&self) -> Option<&str> {
        None
    }

    /// The human-readable message in the body, when its envelope has one.
    fn message(&self) -> Option<&str> {
        None
    }
}

/// A success body whose shape depends on the HTTP status (`201` a record, `202` a message,
/// `204` nothing): generated operations whose 2xx examples differ by status decode into an
/// enum with a variant per status, through this trait.
pub trait StatusBody: Sized {
    /// Reads the body answered with `status`; `None` when it fits no variant.
    fn decode(status: u16, body: &str) -> Option<Self>;

    /// The body as JSON again (for logs and round-trip tests).
    fn encode(&self) -> serde_json::Value;
}

/// Keys an untyped body's code is looked up under (generated types know their own).
const CODE_KEYS: &[&str] = &["code", "error_code", "errorCode", "error"];
/// Keys an untyped body's message is looked up under.
const MESSAGE_KEYS: &[&str] = &["message", "error_description", "detail", "msg", "description"];

impl ErrorBody for serde_json::Value {
    fn decode(_status: u16, body: &str) -> Option<Self> {
        serde_json::from_str(body).ok()
    }

    fn encode(&self) -> serde_json::Value {
        self.clone()
    }

    fn code(&self) -> Option<&str> {
        CODE_KEYS.iter().find_map(|k| self.get(*k).and_then(serde_json::Value::as_str))
    }

    fn message(&self) -> Option<&str> {
        MESSAGE_KEYS.iter().find_map(|k| self.get(*k).and_then(serde_json::Value::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorBody;
    use serde_json::json;

    #[test]
    fn untyped_bodies_find_common_envelope_keys() {
        let zoho = json!({"code": "AUTHENTICATION_FAILURE", "message": "Authentication failed", "status": "error"});
        assert_eq!(zoho.code(), Some("AUTHENTICATION_FAILURE"));
        assert_eq!(zoho.message(), Some("Authentication failed"));
        let oauth = json!({"error": "invalid_grant", "error_description": "expired"});
        assert_eq!((oauth.code(), oauth.message()), (Some("invalid_grant"), Some("expired")));
        assert_eq!(json!([1]).code(), None);
    }
}
