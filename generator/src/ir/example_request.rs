//! The request behind each saved example, mapped onto the operation: which value each path
//! parameter had, the query, headers and body as saved. The example tests send exactly this.

use crate::postman;

use super::model::{ExampleRequest, ExampleRequestBody, PathSegment, Sample, SegmentPart};

/// The example's request: its `originalRequest` when saved, else the item's own request.
pub fn example_request(
    saved: &postman::SavedResponse,
    item: &postman::Request,
    path: &[PathSegment],
    path_params: usize,
    values: &VariableValues,
) -> ExampleRequest {
    request_of(saved.original_request.as_ref().unwrap_or(item), path, path_params, values)
}

/// `request` mapped onto the operation whose path is `path`, with the `{{name}}` variables
/// that `values` knows filled in, as Postman sends them.
pub fn request_of(
    request: &postman::Request,
    path: &[PathSegment],
    path_params: usize,
    values: &VariableValues,
) -> ExampleRequest {
    let mut query: Vec<_> = request
        .url
        .query
        .iter()
        .filter(|q| !q.disabled && !q.key.is_empty())
        .map(|q| (q.key.clone(), query_text(&values.fill(q.value.as_deref().unwrap_or_default()))))
        .collect();
    let mut headers: Vec<_> =
        request.headers.iter().filter(|h| !h.disabled).map(|h| (h.key.clone(), values.fill(&h.value))).collect();
    // Filtered lists grow by doubling; there is one of each per saved example, kept to emit.
    query.shrink_to_fit();
    headers.shrink_to_fit();
    ExampleRequest {
        path_args: path_args(&request.url, path, path_params, values),
        query,
        headers,
        body: request.body.as_ref().and_then(|body| body_of(body, request)),
        // Set with the API's servers (`bases::assign_servers`).
        server: 0,
    }
}

/// Values of the path parameters in `url`, read segment by segment against the operation's
/// path. A saved URL of another shape, or a segment that is still a placeholder, gives none.
fn path_args(
    url: &postman::Url,
    path: &[PathSegment],
    count: usize,
    values: &VariableValues,
) -> Vec<Option<String>> {
    let mut args = vec![None; count];
    // A saved URL with or without the operation's trailing `/` still shows the same values.
    let path = super::model::without_trailing_slash(path);
    let saved_path = match url.path.split_last() {
        Some((last, rest)) if last.is_empty() => rest,
        _ => url.path.as_slice(),
    };
    if saved_path.len() != path.len() {
        return args;
    }
    for (segment, saved) in path.iter().zip(saved_path) {
        let PathSegment::Template(parts) = segment else { continue };
        let value = match saved.strip_prefix(':') {
            // `:id` again: the value is in the URL's own variables.
            Some(name) => url.variables.iter().find(|v| v.key == name).and_then(|v| v.value.clone()),
            None => Some(values.fill(saved)),
        };
        let Some(value) = value.filter(|v| !v.is_empty() && !v.contains("{{")) else { continue };
        // The value the caller would pass: a saved URL holds it percent-encoded
        // (`user%40example.com`), and the method encodes its arguments itself.
        let value = percent_encoding::percent_decode_str(&value).decode_utf8_lossy().into_owned();
        match parts.as_slice() {
            [SegmentPart::Param(i)] => {
                if let Some(slot) = args.get_mut(*i)
                    && slot.is_none()
                {
                    *slot = Some(value);
                }
            }
            // `v{{version}}`-style: the value between the literal prefix and suffix.
            [SegmentPart::Literal(prefix), SegmentPart::Param(i)] => {
                if let (Some(rest), Some(slot)) = (value.strip_prefix(prefix.as_str()), args.get_mut(*i))
                    && !rest.is_empty()
                    && slot.is_none()
                {
                    *slot = Some(rest.to_owned());
                }
            }
            [SegmentPart::Param(i), SegmentPart::Literal(suffix)] => {
                if let (Some(rest), Some(slot)) = (value.strip_suffix(suffix.as_str()), args.get_mut(*i))
                    && !rest.is_empty()
                    && slot.is_none()
                {
                    *slot = Some(rest.to_owned());
                }
            }
            _ => {}
        }
    }
    args
}

/// A saved query value as the server reads it (`2+days+ago` is "2 days ago", `a%26b`
/// is "a&b"): the value a caller passes, which the method encodes once. A placeholder stays.
fn query_text(saved: &str) -> String {
    if saved.contains("{{") {
        return saved.to_owned();
    }
    url::form_urlencoded::parse(format!("x={saved}").as_bytes()).next().map_or_else(String::new, |(_, v)| v.into_owned())
}

/// The values the collection (and folders) give `{{name}}` variables, resolved: what Postman
/// sends in their place. Variables without a value are the caller's and stay as written.
#[derive(Debug, Default)]
pub struct VariableValues(pub Vec<(String, String)>);

impl VariableValues {
    /// The value of `name`, if the collection gives one.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// `text` with each `{{name}}` that has a value replaced by it.
    pub fn fill(&self, text: &str) -> String {
        let mut text = text.to_owned();
        for (name, value) in &self.0 {
            if !text.contains("{{") {
                break;
            }
            text = text.replace(&format!("{{{{{name}}}}}"), value);
        }
        text
    }
}

fn body_of(body: &postman::Body, request: &postman::Request) -> Option<ExampleRequestBody> {
    match body {
        postman::Body::Raw { text, .. } if text.trim().is_empty() => None,
        postman::Body::Raw { text, .. } => Some(match postman::compact_json_lenient(text) {
            // An object's compact text starts with its brace.
            Some(compact) if text.trim_start().starts_with(['{', '[']) || compact.text.starts_with('{') => {
                ExampleRequestBody::Json(Sample::from_compact(compact, request.pointer.key("body").key("raw")))
            }
            _ => ExampleRequestBody::Text(text.clone()),
        }),
        postman::Body::UrlEncoded(fields) => Some(ExampleRequestBody::Form(
            fields
                .iter()
                .filter(|f| !f.disabled && !f.key.is_empty())
                .map(|f| (f.key.clone(), f.value.clone().unwrap_or_default()))
                .collect(),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(path: &[&str]) -> postman::Url {
        postman::Url { path: path.iter().map(|s| (*s).to_owned()).collect(), ..Default::default() }
    }

    #[test]
    fn saved_query_text_is_read_as_a_server_reads_it() {
        assert_eq!(query_text("2+days+ago"), "2 days ago");
        assert_eq!(query_text("a%26b%3Dc"), "a&b=c");
        assert_eq!(query_text("plain"), "plain");
        assert_eq!(query_text("{{from}}"), "{{from}}");
    }

    #[test]
    fn path_values_are_read_where_the_operation_has_parameters() {
        let path = vec![
            PathSegment::Literal("users".into()),
            PathSegment::Template(vec![SegmentPart::Param(0)]),
            PathSegment::Template(vec![SegmentPart::Literal("v".into()), SegmentPart::Param(1)]),
        ];
        assert_eq!(path_args(&url(&["users", "42", "v7"]), &path, 2, &VariableValues::default()), vec![Some("42".into()), Some("7".into())]);
        // Still a placeholder, or another shape: no value.
        assert_eq!(path_args(&url(&["users", "{{id}}", "v7"]), &path, 2, &VariableValues::default()), vec![None, Some("7".into())]);
        assert_eq!(path_args(&url(&["users", "42"]), &path, 2, &VariableValues::default()), vec![None, None]);
        // A collection variable in the saved path: the value Postman sends for it.
        let version = VariableValues(vec![("version".to_owned(), "7".to_owned())]);
        assert_eq!(path_args(&url(&["users", "42", "v{{version}}"]), &path, 2, &version), vec![Some("42".into()), Some("7".into())]);
        assert_eq!(path_args(&url(&["users", "42", "v{{version}}"]), &path, 2, &VariableValues::default()), vec![Some("42".into()), None]);
        // Saved percent-encoded: the value itself (the method encodes it again, once).
        assert_eq!(
            path_args(&url(&["users", "user%40example.com", "v7", ""]), &path, 2, &VariableValues::default()),
            vec![Some("user@example.com".into()), Some("7".into())]
        );
    }
}
