//! build.rs mode: generate the client at build time into one file under `OUT_DIR`.
//!
//! ```no_run
//! // build.rs, in `fn main()`: writes $OUT_DIR/zoho_crm.rs
//! postgen::Builder::api_dir("../collections/zoho-crm").build();
//! // src/main.rs (or lib.rs) then defines `pub mod zoho_crm` with:
//! // include!(concat!(env!("OUT_DIR"), "/zoho_crm.rs"));
//! ```
//!
//! The file holds the same bytes as `postgen generate COLLECTION --out-file FILE.rs` writes
//! (one pipeline, one prettyplease pass), and the same items as the crate `--out DIR` holds,
//! inlined in one module. Every input is announced with `cargo::rerun-if-changed`; warnings
//! become `cargo::warning` lines; bad input becomes `cargo::error` lines (the message with file
//! and JSON pointer, then the rustc-style excerpt), which fail the build readably, never a panic.

use std::fmt;
use std::path::PathBuf;

use crate::error::{Error, Warning};
use crate::generate::{generate_module, GenerateOptions};
use crate::ir::names::keyword_safe;

/// Generates a client module from build.rs. See the [module docs](self).
#[derive(Debug, Clone, Default)]
pub struct Builder {
    options: GenerateOptions,
    /// Watched as a whole: a schema file or `postgen.toml` added later reruns the script.
    watched_dir: Option<PathBuf>,
    module: Option<String>,
    out_dir: Option<PathBuf>,
    deny_warnings: bool,
}

/// What [`Builder::generate`] wrote.
#[derive(Debug, Clone)]
pub struct BuiltModule {
    /// The file written, `<out_dir>/<module>.rs`: `include!` it.
    pub path: PathBuf,
    /// The module it defines (`pub mod <module>`).
    pub module: String,
    /// Warnings about the input (also printed as `cargo::warning` lines).
    pub warnings: Vec<Warning>,
}

impl Builder {
    /// Generates from one Postman collection (v2.0 / v2.1 JSON), applying the `postgen.toml`
    /// beside it if there is one (as the CLI does). The module is named after
    /// [`name`](Self::name), else `postgen.toml`'s crate name, else the collection file's stem,
    /// in snake_case.
    pub fn new(collection: impl Into<PathBuf>) -> Self {
        let collection = collection.into();
        // In module mode `out` only supplies the fallback name (its stem).
        let options = GenerateOptions {
            out: collection.clone(),
            config: crate::generate::config_beside(&collection),
            collection,
            ..Default::default()
        };
        Builder { options, ..Default::default() }
    }

    /// Generates from a folder laid out like `collections/<api>/`: `collection.json`,
    /// `schema/*.json` (in name order) and an optional `postgen.toml`, exactly as
    /// `postgen generate --all` reads it. The module is named after the folder in snake_case
    /// (`zoho-crm` → `zoho_crm`).
    pub fn api_dir(dir: impl Into<PathBuf>) -> Self {
        let dir = dir.into();
        let mut options = GenerateOptions::for_api_dir(&dir, &dir);
        options.config = options.config.filter(|path| path.is_file());
        Builder { options, watched_dir: Some(dir), ..Default::default() }
    }

    /// Adds a doc-derived schema file.
    pub fn schema(mut self, path: impl Into<PathBuf>) -> Self {
        self.options.schemas.push(path.into());
        self
    }

    /// Applies a `postgen.toml` (auth scheme, servers, pagination, error keys).
    pub fn config(mut self, path: impl Into<PathBuf>) -> Self {
        self.options.config = Some(path.into());
        self
    }

    /// The API's crate name (as `--name`): names the module unless [`module`](Self::module) does.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.options.name = Some(name.into());
        self
    }

    /// The module the file defines, a snake_case identifier (`zoho_crm`); the file is
    /// `<module>.rs`.
    pub fn module(mut self, module: impl Into<String>) -> Self {
        self.module = Some(module.into());
        self
    }

    /// Where to write the file; defaults to `$OUT_DIR`.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// Fails the build when the input raises warnings.
    pub fn deny_warnings(mut self, deny: bool) -> Self {
        self.deny_warnings = deny;
        self
    }

    /// The input files and folders the module is generated from, as announced to cargo.
    pub fn inputs(&self) -> Vec<PathBuf> {
        let options = &self.options;
        let mut inputs: Vec<PathBuf> = self.watched_dir.iter().cloned().collect();
        inputs.push(options.collection.clone());
        inputs.extend(options.schemas.iter().cloned());
        inputs.extend(options.config.iter().cloned());
        inputs
    }

    /// Generates and writes the module, printing `cargo::rerun-if-changed` for every input and
    /// `cargo::warning` for every warning. Nothing is printed for an error: see
    /// [`build`](Self::build). The file is replaced atomically, and left untouched when its
    /// contents would not change.
    pub fn generate(&self) -> Result<BuiltModule, BuildError> {
        for input in self.inputs() {
            println!("cargo::rerun-if-changed={}", input.display());
        }
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR").map(PathBuf::from).ok_or_else(|| {
                BuildError::config("OUT_DIR is not set: call the builder from build.rs, or give it .out_dir(..)")
            })?,
        };
        if let Some(module) = &self.module {
            check_module_name(module)?;
        }
        let generated = generate_module(&self.options, self.module.as_deref()).map_err(BuildError::from)?;
        for warning in &generated.warnings {
            println!("cargo::warning={}", one_line(&warning_text(warning)));
        }
        if self.deny_warnings && !generated.warnings.is_empty() {
            return Err(BuildError::config(&format!(
                "{} warning(s) denied by Builder::deny_warnings (shown above as cargo warnings)",
                generated.warnings.len()
            )));
        }
        let path = out_dir.join(format!("{}.rs", generated.module));
        if crate::output::file_drift(&path, &generated.text)? {
            crate::output::write_file_atomic(&path, &generated.text)?;
        }
        Ok(BuiltModule { path, module: generated.module, warnings: generated.warnings })
    }

    /// [`generate`](Self::generate), reporting an error as `cargo::error` lines (which fail the
    /// build with the message and its excerpt) rather than returning it. Returns whether the
    /// module was written.
    pub fn build(&self) -> bool {
        match self.generate() {
            Ok(_) => true,
            Err(error) => {
                for line in error.to_string().lines() {
                    println!("cargo::error={line}");
                }
                false
            }
        }
    }
}

/// A build-time failure: bad input (file, JSON pointer, excerpt), denied warnings, an
/// unusable setting of the builder, or a file that could not be written.
///
/// `Debug` shows the same text as `Display`, so `fn main() -> Result<(), BuildError>` in a
/// build script prints the readable message.
pub struct BuildError(Box<Failure>);

enum Failure {
    /// The pipeline refused the input or could not write: the error and its excerpt.
    Generate(Error, Option<String>),
    /// A setting of the builder (module name, missing `OUT_DIR`).
    Setting(String),
}

impl BuildError {
    fn config(message: &str) -> Self {
        BuildError(Box::new(Failure::Setting(message.to_owned())))
    }

    /// The pipeline's error, when the failure is one (not a setting of the builder).
    pub fn error(&self) -> Option<&Error> {
        match &*self.0 {
            Failure::Generate(error, _) => Some(error),
            Failure::Setting(_) => None,
        }
    }
}

impl From<Error> for BuildError {
    fn from(error: Error) -> Self {
        let excerpt = crate::diagnostic::excerpt(&error);
        BuildError(Box::new(Failure::Generate(error, excerpt)))
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            Failure::Generate(error, None) => write!(f, "{error}"),
            Failure::Generate(error, Some(excerpt)) => write!(f, "{error}\n{excerpt}"),
            Failure::Setting(message) => f.write_str(message),
        }
    }
}

impl fmt::Debug for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.error().map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// A module name must be an identifier we can write as `pub mod <name>` and `<name>.rs`.
fn check_module_name(module: &str) -> Result<(), BuildError> {
    let mut chars = module.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && module != "_"
        && keyword_safe(module.to_owned()) == module;
    if valid {
        Ok(())
    } else {
        Err(BuildError::config(&format!(
            "the module name must be a snake_case Rust identifier that is not a keyword, found {module:?} (OUT_DIR file name)"
        )))
    }
}

/// A warning as cargo shows it after its own `warning: <package>:` prefix.
fn warning_text(warning: &Warning) -> String {
    format!("{}: at {}: {}", warning.file.display(), warning.pointer, warning.message)
}

/// Cargo reads directives line by line.
fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

