//! Per-record outcomes of bulk endpoints: one HTTP 200 whose array mixes entries that
//! succeeded and entries that failed, each saying which in its `status`.

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// `status` values (any case) that mark a failed record.
const FAILED: &[&str] = &["error", "failure", "failed", "fail"];

/// One entry of a bulk answer: the record succeeded (`S`) or failed (`E`).
///
/// Decoded by the entry's `status` field: `error`/`failure`/`failed`/`fail` (any case) is a
/// failure, anything else a success. Encodes back to the entry exactly as received.
#[derive(Debug, Clone, PartialEq)]
pub enum RecordOutcome<S, E> {
    /// The record was processed.
    Success(S),
    /// The record was refused; `E` carries its code, message and details.
    Error(E),
}

impl<S, E> RecordOutcome<S, E> {
    /// The success, if it is one.
    pub fn success(&self) -> Option<&S> {
        match self {
            RecordOutcome::Success(s) => Some(s),
            RecordOutcome::Error(_) => None,
        }
    }

    /// The failure, if it is one.
    pub fn error(&self) -> Option<&E> {
        match self {
            RecordOutcome::Success(_) => None,
            RecordOutcome::Error(e) => Some(e),
        }
    }

    /// The outcome as a `Result`.
    pub fn into_result(self) -> Result<S, E> {
        match self {
            RecordOutcome::Success(s) => Ok(s),
            RecordOutcome::Error(e) => Err(e),
        }
    }
}

impl<S: Serialize, E: Serialize> Serialize for RecordOutcome<S, E> {
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        match self {
            RecordOutcome::Success(s) => s.serialize(serializer),
            RecordOutcome::Error(e) => e.serialize(serializer),
        }
    }
}

impl<'de, S: DeserializeOwned, E: DeserializeOwned> Deserialize<'de> for RecordOutcome<S, E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Buffered: the discriminating `status` can come after the fields it decides about.
        let value = serde_json::Value::deserialize(deserializer)?;
        let failed = value
            .get("status")
            .and_then(serde_json::Value::as_str)
            .is_some_and(|s| FAILED.iter().any(|f| s.eq_ignore_ascii_case(f)));
        if failed {
            serde_json::from_value(value).map(RecordOutcome::Error).map_err(D::Error::custom)
        } else {
            serde_json::from_value(value).map(RecordOutcome::Success).map_err(D::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RecordOutcome;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Done {
        code: String,
        status: String,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Refused {
        code: String,
        status: String,
        message: String,
    }

    #[test]
    fn entries_are_told_apart_by_status_and_encode_back_unchanged() {
        let json = r#"[{"code":"SUCCESS","status":"success"},{"code":"DUPLICATE_DATA","status":"error","message":"Email already exists"}]"#;
        let outcomes: Vec<RecordOutcome<Done, Refused>> = serde_json::from_str(json).expect("decodes");
        assert_eq!(outcomes[0].success().map(|d| d.code.as_str()), Some("SUCCESS"));
        assert_eq!(outcomes[1].error().map(|r| r.message.as_str()), Some("Email already exists"));
        assert_eq!(serde_json::to_string(&outcomes).expect("encodes"), json);
    }

    #[test]
    fn a_failure_missing_its_fields_is_a_decode_error() {
        let json = r#"{"code":"X","status":"ERROR"}"#;
        assert!(serde_json::from_str::<RecordOutcome<Done, Refused>>(json).is_err());
    }
}
