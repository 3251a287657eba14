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
}

impl ErrorBody for serde_json::Value {
    fn decode(_status: u16, body: &str) -> Option<Self> {
        serde_json::from_str(body).ok()
    }

    fn encode(&self) -> serde_json::Value {
        self.clone()
    }
}
