//! `import-doc`: vendor doc pages (plain text copied from the docs, the layouts of Zoho CRM's API
//! pages of versions 2 to 8) → a `postgen-schema/1` file.
//!
//! - `lines`: numbered lines, title vs intro, known section headings (`Request Details: X`
//!   sub-sections, glued `Request URL:…`), collapsed list items;
//! - `heads`: item heads with the type glued on (`idstring, mandatory`, `fieldsstring, mandatory
//!   when …`) and error rows (`CODEHTTP 400`);
//! - `keys`: parameter and body key lists (descriptions, enum values, `Possible values`,
//!   defaults, maximums; glued heads and table rows);
//! - `errors`: the error table; `samples`: JSON samples, the curl method, where documented keys
//!   sit in a sample; `request`: request URLs and their query names, headers, scopes, operation
//!   types;
//! - `routes`: the `Endpoints` list matched onto the URLs, query variants, URLs merged into one
//!   endpoint, `Possible module names`; `method`: the method when no route or URL line gives it;
//! - `facts`: a page's sections read in order; `endpoint`: a page's facts → its endpoints (the
//!   main one and its variants).
//!
//! Problems that lose nothing are warnings with the file and line; a page without a title, a
//! request URL or anything giving the method is an error. The rules are described in
//! `../README.md` (section `import-doc`).

mod endpoint;
mod errors;
mod facts;
mod heads;
mod keys;
mod lines;
mod method;
mod request;
mod routes;
mod samples;

use std::path::{Path, PathBuf};

use crate::error::{Error, LineWarning};

use super::load::FORMAT;
use super::model::SchemaFile;

/// Warnings about one page, each with its line.
pub(crate) struct Diag {
    file: PathBuf,
    warnings: Vec<LineWarning>,
}

impl Diag {
    fn new(file: &Path) -> Self {
        Diag { file: file.to_path_buf(), warnings: Vec::new() }
    }

    fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.warnings.push(LineWarning { file: self.file.clone(), line, message: message.into() });
    }
}

/// Imports pages given as (file name for diagnostics, text), in order, into one schema file.
/// `sources` are the page titles, so the result does not depend on where the files are.
pub fn import_pages(pages: &[(PathBuf, String)]) -> Result<(SchemaFile, Vec<LineWarning>), Error> {
    let mut file = SchemaFile { format: FORMAT.to_owned(), sources: Vec::new(), endpoints: Vec::new() };
    let mut warnings = Vec::new();
    for (path, text) in pages {
        let page = lines::Page::parse(path, text)?;
        let mut diag = Diag::new(path);
        let endpoints = endpoint::page_endpoints(path, &page, &mut diag)?;
        for (line, endpoint) in endpoints {
            let duplicate = file.endpoints.iter().any(|e| e.method == endpoint.method && e.path == endpoint.path);
            if duplicate {
                diag.warn(line, format!("{} {} is already described by an earlier page or URL", endpoint.method, endpoint.path));
            }
            file.endpoints.push(endpoint);
        }
        if !file.sources.contains(&page.title) {
            file.sources.push(page.title.clone());
        }
        warnings.extend(diag.warnings);
    }
    Ok((file, warnings))
}

/// Reads and imports the pages at `paths`.
pub fn import_files(paths: &[PathBuf]) -> Result<(SchemaFile, Vec<LineWarning>), Error> {
    let mut pages = Vec::with_capacity(paths.len());
    for path in paths {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        pages.push((path.clone(), text));
    }
    import_pages(&pages)
}

/// The schema file as written: pretty JSON (2-space indent) and a trailing newline.
pub fn to_json(file: &SchemaFile) -> Result<String, Error> {
    let mut text = serde_json::to_string_pretty(file).map_err(|e| Error::Internal(format!("serializing a schema file: {e}")))?;
    text.push('\n');
    Ok(text)
}

/// Writes `file` to `out` atomically: a temporary file beside it, then a rename.
pub fn write_schema(out: &Path, file: &SchemaFile) -> Result<(), Error> {
    crate::output::write_file_atomic(out, &to_json(file)?)
}
