//! The saved examples of a generated crate as data (`tests/examples.json`), and their replay.
//!
//! A generated `tests/examples.rs` holds one `#[test]` per saved example, each a call of its
//! operation's replay function with the example's index; that function builds the method's
//! arguments from the data ([`Example::arg`], [`Example::json_body`] ...), calls the method
//! against a loopback server answering with the saved answer ([`Example::call`]) and checks
//! the outcome ([`Example::json`], [`Example::by_status`] ...). The data file holds the rest:
//! the answer, the request that must arrive, the argument values and the expected outcome. So
//! the test code stays a few lines per operation however many examples it has.
//!
//! Everything here panics with a precise message on a mismatch: it runs inside `#[test]`s.

use std::collections::HashMap;
use std::fmt::Debug;
use std::future::Future;
use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::example::{call_example, Answer, Expected, SentBody};
use super::expect::{
    expect_by_status, expect_bytes, expect_empty, expect_error, expect_json, expect_modified, expect_not_modified,
    expect_records, expect_redirect, expect_text, json_arg, Body,
};
use crate::{Client, Conditional, Error, ErrorBody, Response, StatusBody};

/// The examples file of a generated crate, parsed on first use (once per test binary).
pub struct SavedExamples {
    text: &'static str,
    parsed: OnceLock<Result<HashMap<String, Operation>, String>>,
}

impl SavedExamples {
    /// The examples in `text` (the crate's `include_str!("examples.json")`).
    pub const fn new(text: &'static str) -> Self {
        SavedExamples { text, parsed: OnceLock::new() }
    }

    fn operation(&self, op: &str) -> &Operation {
        let parsed = self.parsed.get_or_init(|| {
            let deserializer = &mut serde_json::Deserializer::from_str(self.text);
            serde_path_to_error::deserialize(deserializer)
                .map_err(|e| format!("examples.json does not decode at {}: {}", e.path(), e.inner()))
        });
        match parsed {
            Ok(ops) => ops.get(op).unwrap_or_else(|| panic!("examples.json has no operation `{op}`")),
            Err(e) => panic!("{e}"),
        }
    }

    /// Request body sample `index` of `op`, decoded into `T` and encoded back: the same JSON
    /// (key order aside, numbers by value).
    pub fn request_body<T: DeserializeOwned + Serialize>(&self, op: &str, index: usize) {
        let sample = self
            .operation(op)
            .requests
            .get(index)
            .unwrap_or_else(|| panic!("examples.json has no request body sample {index} of `{op}`"));
        if let Err(e) = super::round_trip::<T>(sample.json.get()) {
            panic!("request body sample of `{op}` at `{}`: {e}", sample.at);
        }
    }

    /// Saved example `index` of `op`, handed to `test` (which calls the method and checks the
    /// outcome); a failure names the example.
    pub fn replay(&self, op: &str, index: usize, test: impl FnOnce(&Example)) {
        let example = self
            .operation(op)
            .examples
            .iter()
            .find(|e| e.index == index)
            .unwrap_or_else(|| panic!("examples.json has no example {index} of `{op}`"));
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| test(example)));
        if let Err(payload) = run {
            let reason = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)");
            panic!("example \"{}\" ({}) of `{op}`, at `{}`: {reason}", example.name, example.status, example.at);
        }
    }
}

/// One operation's data: its request body samples and its replayable examples.
#[derive(Deserialize)]
struct Operation {
    #[serde(default)]
    requests: Vec<RequestSample>,
    #[serde(default)]
    examples: Vec<Example>,
}

#[derive(Deserialize)]
struct RequestSample {
    at: String,
    json: Box<RawValue>,
}

/// One saved example: the answer the loopback server replays, the request that must arrive,
/// the method's arguments and the outcome the answer must give.
#[derive(Deserialize)]
pub struct Example {
    index: usize,
    name: String,
    at: String,
    status: u16,
    headers: Vec<(String, String)>,
    #[serde(default)]
    served: Option<Served>,
    method: String,
    /// The named server the request goes to; absent: the primary one.
    #[serde(default)]
    server: Option<String>,
    path: Vec<String>,
    query: Vec<(String, String)>,
    sent_headers: Vec<(String, String)>,
    sent: Sent,
    #[serde(default)]
    path_args: Vec<String>,
    #[serde(default)]
    params: Map<String, Value>,
    #[serde(default)]
    form: Map<String, Value>,
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Served {
    Json(Box<RawValue>),
    Text(String),
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Sent {
    Unchecked,
    Json(Box<RawValue>),
    Text(String),
    /// Bytes the method is handed and must send unchanged.
    Bytes(Vec<u8>),
    Form(Vec<(String, String)>),
}

/// The outcome the example's answer must give.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Expect {
    /// A 2xx body decoded into the success type, encoding back to the served body (`null`
    /// when none was served); per-record outcomes of the arrays listed.
    Json {
        #[serde(default)]
        records: Vec<(String, Vec<bool>)>,
    },
    /// A 2xx text body, exactly the served one.
    Text,
    /// A 2xx binary body, exactly the served one's bytes.
    Bytes,
    /// A redirect (3xx) the method takes as its answer: its status and `Location`, no body.
    Redirect,
    /// A 2xx answer without a body.
    Empty,
    /// A 2xx answer decoded by status into this variant.
    ByStatus { variant: String },
    /// An error with the example's status, decoded into this variant of the error type when
    /// one is named.
    Error { variant: Option<String> },
    /// 304 Not Modified.
    NotModified,
}

impl Example {
    /// The served body as the checks compare it.
    fn body(&self) -> Body<'_> {
        match &self.served {
            None => Body::Empty,
            Some(Served::Json(json)) => Body::Json(json.get()),
            Some(Served::Text(text)) => Body::Text(text),
        }
    }

    fn served_text(&self) -> &str {
        match &self.served {
            None => "",
            Some(Served::Json(json)) => json.get(),
            Some(Served::Text(text)) => text,
        }
    }

    /// Path argument `i` of the method.
    pub fn path(&self, i: usize) -> &str {
        self.path_args.get(i).map_or_else(|| panic!("example has no path argument {i}"), String::as_str)
    }

    /// The parameter `field` of the example's request, decoded into the field's type (`None`
    /// when the request did not set it).
    pub fn arg<T: DeserializeOwned>(&self, field: &str) -> Option<T> {
        decode_field(&self.params, field)
    }

    /// The form field `field` of the example's request body, decoded into the field's type.
    pub fn form<T: DeserializeOwned>(&self, field: &str) -> Option<T> {
        decode_field(&self.form, field)
    }

    /// The example's JSON request body, decoded into the method's body type.
    pub fn json_body<T: DeserializeOwned>(&self) -> T {
        match &self.sent {
            Sent::Json(json) => json_arg(json.get()),
            _ => panic!("the example has no JSON request body"),
        }
    }

    /// The bytes the example hands a method whose request body is a file.
    pub fn bytes_body(&self) -> Vec<u8> {
        match &self.sent {
            Sent::Bytes(bytes) => bytes.clone(),
            _ => panic!("the example has no binary request body"),
        }
    }

    /// The example's text request body.
    pub fn text_body(&self) -> &str {
        match &self.sent {
            Sent::Text(text) => text,
            _ => panic!("the example has no text request body"),
        }
    }

    /// Calls the method (`call`) against a loopback server answering with the example, checks
    /// the request it sent, and returns its outcome.
    pub fn call<F, Fut>(&self, call: F) -> Fut::Output
    where
        F: FnOnce(Client) -> Fut,
        Fut: Future,
    {
        let (headers, query, sent_headers) = (pairs(&self.headers), pairs(&self.query), pairs(&self.sent_headers));
        let form;
        let body = match &self.sent {
            Sent::Unchecked => SentBody::Unchecked,
            Sent::Json(json) => SentBody::Json(json.get()),
            Sent::Text(text) => SentBody::Text(text),
            Sent::Bytes(bytes) => SentBody::Bytes(bytes),
            Sent::Form(pairs_sent) => {
                form = pairs(pairs_sent);
                SentBody::Form(&form)
            }
        };
        let path: Vec<&str> = self.path.iter().map(String::as_str).collect();
        let answer = Answer { status: self.status, headers: &headers, body: self.served_text() };
        let expected = Expected {
            method: &self.method,
            server: self.server.as_deref(),
            path: &path,
            query: &query,
            headers: &sent_headers,
            body,
        };
        super::wire_log::for_example(&self.at, || call_example(&answer, &expected, call))
    }

    /// Checks the outcome of a method whose success is JSON; returns the decoded body when
    /// the example is a success.
    pub fn json<T: Serialize + Debug, E: ErrorBody + Debug>(&self, outcome: Result<Response<T>, Error<E>>) -> Option<T> {
        match &self.expect {
            Expect::Json { .. } => {
                let served = match self.served_text() {
                    "" => "null",
                    text => text,
                };
                Some(expect_json(outcome, served))
            }
            Expect::Redirect => {
                self.redirect(outcome, |body| serde_json::to_value(body).is_ok_and(|v| v.is_null()));
                None
            }
            _ => {
                self.failure(outcome);
                None
            }
        }
    }

    /// The per-record outcomes of a bulk answer's arrays (`true` for a record that succeeded),
    /// by wire name; each array the example lists must match.
    pub fn records(&self, arrays: &[(&str, Vec<bool>)]) {
        let Expect::Json { records } = &self.expect else { return };
        for (wire, expected) in records {
            match arrays.iter().find(|(name, _)| name == wire) {
                Some((_, outcomes)) => expect_records(outcomes.iter().copied(), expected),
                None => panic!("the success type has no per-record array `{wire}`"),
            }
        }
    }

    /// Checks the outcome of a method whose success is text.
    pub fn text<E: ErrorBody + Debug>(&self, outcome: Result<Response<String>, Error<E>>) {
        match &self.expect {
            Expect::Text => expect_text(outcome, self.served_text()),
            Expect::Redirect => self.redirect(outcome, String::is_empty),
            _ => self.failure(outcome),
        }
    }

    /// Checks the outcome of a method whose success has no body.
    pub fn empty<E: ErrorBody + Debug>(&self, outcome: Result<Response<()>, Error<E>>) {
        match &self.expect {
            Expect::Empty => expect_empty(outcome),
            Expect::Redirect => self.redirect(outcome, |()| true),
            _ => self.failure(outcome),
        }
    }

    /// Checks the outcome of a method whose success is bytes: the served body's bytes
    /// exactly (the saved body as the collection stores it, its UTF-8 bytes).
    pub fn bytes<E: ErrorBody + Debug>(&self, outcome: Result<Response<bytes::Bytes>, Error<E>>) {
        match &self.expect {
            Expect::Bytes => expect_bytes(outcome, self.served_text().as_bytes()),
            Expect::Redirect => self.redirect(outcome, bytes::Bytes::is_empty),
            _ => self.failure(outcome),
        }
    }

    /// Checks the outcome of a method whose success is decoded by status.
    pub fn by_status<T: StatusBody + Debug, E: ErrorBody + Debug>(&self, outcome: Result<Response<T>, Error<E>>) {
        match &self.expect {
            Expect::ByStatus { variant } => expect_by_status(outcome, self.body(), |b| is_variant(b, variant)),
            _ => self.failure(outcome),
        }
    }

    /// The outcome of a conditional call as the usual one, unless the example is a 304,
    /// which is checked here (`None`).
    pub fn modified<T: Debug, E: ErrorBody + Debug>(
        &self,
        outcome: Result<Conditional<T>, Error<E>>,
    ) -> Option<Result<Response<T>, Error<E>>> {
        match &self.expect {
            Expect::NotModified => {
                expect_not_modified(outcome);
                None
            }
            Expect::Error { .. } => match outcome {
                Err(e) => Some(Err(e)),
                Ok(answer) => panic!("expected an HTTP {} error, got a success: {answer:?}", self.status),
            },
            _ => Some(expect_modified(outcome)),
        }
    }

    /// A redirect taken as the answer: the example's status and saved `Location`.
    fn redirect<T: Debug, E: ErrorBody + Debug>(&self, outcome: Result<Response<T>, Error<E>>, is_absent: impl FnOnce(&T) -> bool) {
        let location = self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("location")).map(|(_, v)| v.as_str());
        expect_redirect(outcome, self.status, location, is_absent);
    }

    /// An example whose expected outcome is not a success of the method's kind: an error.
    fn failure<T: Debug, E: ErrorBody + Debug>(&self, outcome: Result<T, Error<E>>) {
        match &self.expect {
            Expect::Error { variant: Some(variant) } => {
                expect_error(outcome, self.status, self.body(), Some(&|e: &E| is_variant(e, variant)))
            }
            Expect::Error { variant: None } => expect_error(outcome, self.status, self.body(), None),
            _ => panic!("examples.json expects an outcome this method cannot give"),
        }
    }
}

fn pairs(list: &[(String, String)]) -> Vec<(&str, &str)> {
    list.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

fn decode_field<T: DeserializeOwned>(values: &Map<String, Value>, field: &str) -> Option<T> {
    let value = values.get(field)?;
    match serde_json::from_value(value.clone()) {
        Ok(decoded) => Some(decoded),
        Err(e) => panic!("the example's `{field}` ({value}) does not decode: {e}"),
    }
}

/// Whether `value` is the variant `variant` of its (derived-`Debug`) enum.
fn is_variant<T: Debug>(value: &T, variant: &str) -> bool {
    let debug = format!("{value:?}");
    let name = debug.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or_default();
    name == variant
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    #[allow(dead_code)]
    enum Answered {
        Status200(u8),
        Status2001,
        Status404 { a: u8 },
    }

    #[test]
    fn a_variant_is_known_by_its_debug_name() {
        assert!(is_variant(&Answered::Status200(1), "Status200"));
        assert!(!is_variant(&Answered::Status200(1), "Status20"));
        assert!(is_variant(&Answered::Status2001, "Status2001"));
        assert!(!is_variant(&Answered::Status2001, "Status200"));
        assert!(is_variant(&Answered::Status404 { a: 1 }, "Status404"));
    }
}
