//! The `Possible Errors` table: rows `CODEHTTP 400`, then the message, then `Resolution: …`.

use crate::schema::model::ErrorEntry;

use super::heads::error_head;
use super::lines::{expand_collapsed, Line};
use super::Diag;

/// The error rows, and the section's text that belongs to no row.
pub(super) fn parse_errors(lines: &[Line], diag: &mut Diag) -> (Vec<ErrorEntry>, Vec<String>) {
    let lines = expand_collapsed(lines, |t| error_head(t).is_some());
    let mut errors: Vec<ErrorEntry> = Vec::new();
    let mut free = Vec::new();
    // Lines go to the last row, or to `free` before the first row and after a broken one.
    let mut in_row = false;
    // Whether the current row's text is going to its resolution (after `Resolution:`).
    let mut in_resolution = false;
    for line in &lines {
        if line.is_blank() {
            continue;
        }
        match error_head(line.content()) {
            Some(Ok((code, status))) => {
                errors.push(ErrorEntry { code, status, message: None, resolution: None });
                (in_row, in_resolution) = (true, false);
                continue;
            }
            Some(Err(found)) => {
                diag.warn(line.no, format!("expected an error row `CODEHTTP 400` with a status 100-599, found {found}; kept as description"));
                free.push(line.text.clone());
                in_row = false;
                continue;
            }
            None => {}
        }
        if line.bullet().is_some() {
            diag.warn(line.no, format!("expected an error row `CODEHTTP 400`, found `{}`; kept as description", line.text));
        }
        let Some(row) = errors.last_mut().filter(|_| in_row) else {
            free.push(line.text.clone());
            continue;
        };
        let resolution = ["Resolution:", "Resolution -", "Resolution"]
            .iter()
            .find_map(|p| line.text.strip_prefix(p).filter(|r| r.starts_with(' ') || r.is_empty()));
        if let Some(text) = resolution {
            append(&mut row.resolution, text.trim());
            in_resolution = true;
        } else if in_resolution {
            append(&mut row.resolution, &line.text);
        } else {
            append(&mut row.message, &line.text);
        }
    }
    (errors, free)
}

fn append(field: &mut Option<String>, text: &str) {
    if text.is_empty() {
        return;
    }
    match field {
        Some(existing) => {
            existing.push('\n');
            existing.push_str(text);
        }
        None => *field = Some(text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn parse(text: &str) -> (Vec<ErrorEntry>, Vec<String>, Vec<String>) {
        let lines: Vec<Line> = text.lines().enumerate().map(|(i, l)| Line::new(i + 1, l)).collect();
        let mut diag = Diag::new(Path::new("p.txt"));
        let (errors, free) = parse_errors(&lines, &mut diag);
        (errors, free, diag.warnings.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn indented_and_collapsed_rows() {
        let (errors, free, warnings) = parse(
            "Errors you may see:\n  • INVALID_URL_PATTERNHTTP 404\n\n    Bad URL\n    Resolution: Fix it. - NO_PERMISSIONHTTP 403\nDenied\nResolution: Ask.",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(free, ["Errors you may see:"]);
        assert_eq!(errors.len(), 2);
        assert_eq!((errors[0].code.as_str(), errors[0].status), ("INVALID_URL_PATTERN", 404));
        assert_eq!(errors[0].message.as_deref(), Some("Bad URL"));
        assert_eq!(errors[0].resolution.as_deref(), Some("Fix it."));
        assert_eq!(errors[1].resolution.as_deref(), Some("Ask."));
    }

    #[test]
    fn broken_rows_are_warned_with_their_line() {
        let (errors, free, warnings) = parse("- OKHTTP 400\nfine\n- BROKEN HTTP 4x4\n- not a row");
        assert_eq!(errors.len(), 1);
        assert_eq!(free, ["- BROKEN HTTP 4x4", "- not a row"]);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].starts_with("warning: p.txt:3: expected an error row"), "{warnings:?}");
        assert!(warnings[1].starts_with("warning: p.txt:4: expected an error row"), "{warnings:?}");
    }
}
