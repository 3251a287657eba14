//! Diagnostics shared by every stage: hard errors (exit code 2) and warnings.
//!
//! Every input problem names the file, a JSON pointer into it, what was expected and
//! what was found, so a user can jump straight to the offending spot.

use std::fmt;
use std::path::{Path, PathBuf};

/// A JSON pointer (RFC 6901) into an input file, e.g. `/item/0/request/url`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pointer(String);

impl Pointer {
    /// The pointer to the document root.
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// This pointer extended by one object key (escaped per RFC 6901).
    pub fn key(&self, key: &str) -> Self {
        let escaped = key.replace('~', "~0").replace('/', "~1");
        Pointer(format!("{}/{}", self.0, escaped))
    }

    /// This pointer extended by one array index.
    pub fn index(&self, index: usize) -> Self {
        Pointer(format!("{}/{}", self.0, index))
    }

    /// The raw pointer text (`""` for the root).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("(document root)")
        } else {
            f.write_str(&self.0)
        }
    }
}

/// A fatal problem. Input problems map to exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is not what we can read: names file, pointer, expectation and finding.
    #[error("{}: at {pointer}: expected {expected}, found {found}", file.display())]
    Input {
        /// The input file.
        file: PathBuf,
        /// Where in the file.
        pointer: Pointer,
        /// What we needed there.
        expected: String,
        /// What was there instead (short, human readable).
        found: String,
    },
    /// A file or directory could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A bug in postgen itself (never caused by input): reported instead of panicking.
    #[error("internal error (please report): {0}")]
    Internal(String),
    /// Warnings were raised and `--deny-warnings` was given.
    #[error("{0} warning(s) denied by --deny-warnings")]
    DeniedWarnings(usize),
}

impl Error {
    /// Shorthand for [`Error::Input`].
    pub fn input(
        file: &Path,
        pointer: &Pointer,
        expected: impl Into<String>,
        found: impl Into<String>,
    ) -> Self {
        Error::Input {
            file: file.to_path_buf(),
            pointer: pointer.clone(),
            expected: expected.into(),
            found: found.into(),
        }
    }

    /// Shorthand for [`Error::Io`].
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io { path: path.to_path_buf(), source }
    }
}

/// A non-fatal finding, reported on stderr in the same file + pointer form.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// The input file the warning is about.
    pub file: PathBuf,
    /// Where in the file.
    pub pointer: Pointer,
    /// What happened and what was done about it.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: {}: at {}: {}", self.file.display(), self.pointer, self.message)
    }
}

/// Describes a JSON value's kind for "found ..." messages.
pub fn describe(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => {
            let short: String = s.chars().take(40).collect();
            if short.len() < s.len() { format!("string \"{short}…\"") } else { format!("string \"{s}\"") }
        }
        Value::Array(a) => format!("an array of {} element(s)", a.len()),
        Value::Object(_) => "an object".into(),
    }
}
