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

/// A JSON body decoded into `T`, or `None` when it does not fit: the fallback (`Other`) of
/// generated status enums.
pub fn decode_json<T: serde::de::DeserializeOwned>(body: &str) -> Option<T> {
    serde_json::from_str(body).ok()
}

/// A JSON body decoded into `T` and boxed (status enum variants box their bodies, which
/// differ wildly in size), or `None` when it does not fit.
pub fn decode_boxed<T: serde::de::DeserializeOwned>(body: &str) -> Option<Box<T>> {
    decode_json(body).map(Box::new)
}

/// [`decode_boxed`] for a status also answered without a body (an optional body type): an
/// empty body reads as JSON `null`.
pub fn decode_boxed_or_null<T: serde::de::DeserializeOwned>(body: &str) -> Option<Box<T>> {
    decode_boxed(if body.trim().is_empty() { "null" } else { body })
}

/// `value` as JSON again (`null` if it does not encode): the `encode` of status enums.
pub fn encode_json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
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
    use super::*;
    use serde_json::json;

    #[test]
    fn status_enum_helpers_decode_and_encode_json() {
        let record: Option<Box<Vec<u8>>> = decode_boxed("[1,2]");
        assert_eq!(record.as_deref(), Some(&vec![1, 2]));
        assert_eq!(decode_boxed::<Vec<u8>>("{}"), None);
        assert_eq!(decode_boxed_or_null::<Option<u8>>("  ").as_deref(), Some(&None));
        assert_eq!(decode_boxed_or_null::<Option<u8>>("7").as_deref(), Some(&Some(7)));
        assert_eq!(decode_boxed::<Option<u8>>(""), None);
        assert_eq!(decode_json::<serde_json::Value>("{\"a\":1}"), Some(json!({"a": 1})));
        assert_eq!(encode_json(&vec![1, 2]), json!([1, 2]));
    }

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
