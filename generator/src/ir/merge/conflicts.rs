//! What a schema file may not say about an endpoint the collection also describes: the merge
//! lets the doc win on types, names and requiredness, but it cannot change what goes over the
//! wire, which is what the collection's requests show.

use crate::error::{Error, Pointer};
use crate::schema::model as schema;

use super::super::model::{BodyKind, Operation};

/// A JSON request sample in the doc for an operation whose collection request sends a form,
/// multipart parts, a file or non-JSON text: one of the two is wrong, and the merge would
/// silently drop the sample. (A raw body that only failed to parse as JSON is not refused;
/// the doc's sample is the better evidence there.)
pub(super) fn check_body(op: &Operation, endpoint: &schema::Endpoint, at: &Pointer, collection: &std::path::Path) -> Result<(), Error> {
    let Some(request) = &endpoint.request else { return Ok(()) };
    if request.sample.is_none() {
        return Ok(());
    }
    let Some(body) = &op.body else { return Ok(()) };
    let conflicting = match &body.kind {
        BodyKind::Json { .. } => false,
        BodyKind::Text { .. } => !body.content_type.contains("json"),
        BodyKind::Form { .. } | BodyKind::Multipart { .. } | BodyKind::Binary => true,
    };
    if !conflicting {
        return Ok(());
    }
    let file = at.file().unwrap_or(collection);
    Err(Error::input(
        file,
        &at.key("request").key("sample"),
        "a request body of the kind the collection sends (a JSON sample needs a JSON request)",
        format!(
            "a JSON sample, but `{} {}` in {} at {} sends `{}`",
            op.method,
            op.path_template,
            collection.display(),
            op.source.key("request").key("body"),
            body.content_type
        ),
    ))
}
