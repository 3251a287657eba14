//! Diagnostics shared by every stage: hard errors (exit code 2) and warnings.
//!
//! Every input problem names the file, a JSON pointer into it, what was expected and
//! what was found, so a user can jump straight to the offending spot.

use std::fmt;
use std::path::{Path, PathBuf};

/// A JSON pointer (RFC 6901) into an input file, e.g. `/item/0/request/url`.
///
/// Most pointers are into the file a stage is reading; values that came from another file
/// (a schema file's samples merged into a collection's operations) carry that file along.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pointer {
    file: Option<std::sync::Arc<Path>>,
    path: String,
}

impl Pointer {
    /// The pointer to the document root.
    pub fn root() -> Self {
        Pointer::default()
    }

    /// The root of another input file than the one being read.
    pub fn root_of(file: &Path) -> Self {
        Pointer { file: Some(std::sync::Arc::from(file)), path: String::new() }
    }

    /// The file this pointer is into, when it is not the one being read.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// This pointer extended by one object key (escaped per RFC 6901).
    pub fn key(&self, key: &str) -> Self {
        // Built in one allocation: pointers are made for every key of every sample.
        let mut path = String::with_capacity(self.path.len() + 1 + key.len());
        path.push_str(&self.path);
        path.push('/');
        if key.contains(['~', '/']) {
            path.push_str(&key.replace('~', "~0").replace('/', "~1"));
        } else {
            path.push_str(key);
        }
        Pointer { file: self.file.clone(), path }
    }

    /// This pointer extended by one array index.
    pub fn index(&self, index: usize) -> Self {
        use std::fmt::Write;
        let mut path = String::with_capacity(self.path.len() + 6);
        path.push_str(&self.path);
        // Writing to a String cannot fail.
        let _ = write!(path, "/{index}");
        Pointer { file: self.file.clone(), path }
    }

    /// The raw pointer text (`""` for the root).
    pub fn as_str(&self) -> &str {
        &self.path
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str("(document root)")
        } else {
            f.write_str(&self.path)
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
    /// A text input (a doc page for `import-doc`) is not what we can read: names the file and
    /// the 1-based line, what was expected and what was found.
    #[error("{}:{line}: expected {expected}, found {found}", file.display())]
    Line {
        /// The input file.
        file: PathBuf,
        /// 1-based line number in the file.
        line: usize,
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

    /// Shorthand for [`Error::Line`].
    pub fn line(file: &Path, line: usize, expected: impl Into<String>, found: impl Into<String>) -> Self {
        Error::Line { file: file.to_path_buf(), line, expected: expected.into(), found: found.into() }
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

impl Warning {
    /// A warning at `pointer`, which is into `file` unless it names a file of its own.
    pub fn at(file: &Path, pointer: Pointer, message: impl Into<String>) -> Self {
        let file = pointer.file().unwrap_or(file).to_path_buf();
        Warning { file, pointer, message: message.into() }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: {}: at {}: {}", self.file.display(), self.pointer, self.message)
    }
}

/// A non-fatal finding about a line of a text input (a doc page), reported on stderr as
/// `warning: FILE:LINE: message`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineWarning {
    /// The input file the warning is about.
    pub file: PathBuf,
    /// 1-based line number in the file.
    pub line: usize,
    /// What happened and what was done about it.
    pub message: String,
}

impl fmt::Display for LineWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: {}:{}: {}", self.file.display(), self.line, self.message)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_escape_keys_per_rfc_6901() {
        let pointer = Pointer::root().key("item").index(12).key("a/b~c").key("");
        assert_eq!(pointer.as_str(), "/item/12/a~1b~0c/");
        assert_eq!(Pointer::root().as_str(), "");
    }
}
