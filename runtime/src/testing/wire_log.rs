//! The requests example tests sent, written down for a checker that knows nothing of the
//! generator: with `POSTGEN_WIRE_LOG=FILE` set, every replayed example appends one JSON line
//! to `FILE`: the example's pointer in the collection (`at`), the method, the path and the
//! query exactly as they arrived, the headers and the body. postgen's corpus gate compares
//! them with the collection's own requests, resolved as Postman sends them.

use std::cell::RefCell;
use std::io::Write;
use std::sync::Mutex;

/// The environment variable naming the log file.
pub const WIRE_LOG: &str = "POSTGEN_WIRE_LOG";

thread_local! {
    /// The pointer of the example being replayed on this thread.
    static CURRENT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// One writer at a time: test threads share the file.
static FILE: Mutex<()> = Mutex::new(());

/// Runs `replay` with `at` as the example whose request is logged.
pub(super) fn for_example<R>(at: &str, replay: impl FnOnce() -> R) -> R {
    CURRENT.with(|current| *current.borrow_mut() = Some(at.to_owned()));
    let result = replay();
    CURRENT.with(|current| *current.borrow_mut() = None);
    result
}

/// Appends `request` to the log, when one is asked for and an example is being replayed.
pub(super) fn record(request: &wiremock::Request) {
    let Some(path) = std::env::var_os(WIRE_LOG) else { return };
    let Some(at) = CURRENT.with(|current| current.borrow().clone()) else { return };
    let headers: Vec<(&str, String)> = request
        .headers
        .iter()
        .map(|(name, value)| (name.as_str(), String::from_utf8_lossy(value.as_bytes()).into_owned()))
        .collect();
    let line = serde_json::json!({
        "at": at,
        "method": request.method.as_str(),
        "path": request.url.path(),
        "query": request.url.query(),
        "headers": headers,
        "body": String::from_utf8_lossy(&request.body),
    });
    let _guard = FILE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| writeln!(file, "{line}"));
    if let Err(e) = written {
        panic!("cannot append to {WIRE_LOG} file {}: {e}", path.to_string_lossy());
    }
}
