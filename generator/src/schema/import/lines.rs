//! A doc page as numbered lines, cut into its title, intro and known sections.

use std::path::Path;

use crate::error::Error;

/// One line of a page, with its 1-based number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Line {
    /// 1-based line number in the file.
    pub no: usize,
    /// Leading whitespace width (a tab counts 4).
    pub indent: usize,
    /// The line without leading and trailing whitespace.
    pub text: String,
    /// The line without trailing whitespace (samples are parsed from this).
    pub raw: String,
}

impl Line {
    pub fn new(no: usize, raw: &str) -> Self {
        let raw = raw.trim_end().to_owned();
        let text = raw.trim_start().to_owned();
        let indent = raw[..raw.len() - text.len()].chars().map(|c| if c == '\t' { 4 } else { 1 }).sum();
        Line { no, indent, text, raw }
    }

    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// The text after a list marker (`• `, `- `, `* `, `– `), if the line is a bullet.
    pub fn bullet(&self) -> Option<&str> {
        ["• ", "- ", "* ", "– "].iter().find_map(|m| self.text.strip_prefix(m)).map(str::trim_start)
    }

    /// The text after a list marker, or the whole text.
    pub fn content(&self) -> &str {
        self.bullet().unwrap_or(&self.text)
    }
}

/// The section headings a page may use (matched on a whole line, case-insensitively).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Heading {
    Purpose,
    /// `Request Details`, `Endpoints`: structural headings that normally carry no text.
    Structural,
    RequestUrl,
    Header,
    Scope,
    OperationTypes,
    Parameters,
    InputKeys,
    ResponseKeys,
    Errors,
    SampleRequest,
    SampleInput,
    SampleResponse,
}

impl Heading {
    fn parse(text: &str) -> Option<Heading> {
        let lower = text.trim().trim_end_matches(':').to_ascii_lowercase();
        Some(match lower.as_str() {
            "purpose" => Heading::Purpose,
            "request details" | "endpoints" | "endpoint" => Heading::Structural,
            "request url" | "request urls" => Heading::RequestUrl,
            "header" | "headers" | "request header" | "request headers" => Heading::Header,
            "scope" | "scopes" => Heading::Scope,
            "possible operation types" => Heading::OperationTypes,
            "parameters" | "parameter" | "query parameters" | "request parameters" => Heading::Parameters,
            "input json keys" | "request json keys" => Heading::InputKeys,
            "response json keys" => Heading::ResponseKeys,
            "possible errors" => Heading::Errors,
            "sample request" => Heading::SampleRequest,
            "sample input" => Heading::SampleInput,
            "sample response" => Heading::SampleResponse,
            _ => return None,
        })
    }
}

/// A known heading and the lines up to the next one.
#[derive(Debug, Clone)]
pub(super) struct Section {
    pub heading: Heading,
    /// The heading as written.
    pub title: String,
    /// Line number of the heading.
    pub line: usize,
    pub lines: Vec<Line>,
}

impl Section {
    /// The section's non-blank lines as written, for keeping it in a description.
    pub fn as_text(&self) -> String {
        let body: Vec<&str> = self.lines.iter().filter(|l| !l.is_blank()).map(|l| l.text.as_str()).collect();
        if body.is_empty() { self.title.clone() } else { format!("{}\n\n{}", self.title, body.join("\n")) }
    }
}

/// A page cut into parts.
#[derive(Debug, Clone)]
pub(super) struct Page {
    /// The endpoint group's title: the last non-blank line before the first heading.
    pub title: String,
    pub title_line: usize,
    /// Non-blank lines above the title (an API intro).
    pub intro: Vec<Line>,
    pub sections: Vec<Section>,
}

impl Page {
    /// Cuts `text` into title, intro and sections; a page without a heading or a title is an error.
    pub fn parse(file: &Path, text: &str) -> Result<Page, Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lines: Vec<Line> = text.lines().enumerate().map(|(i, l)| Line::new(i + 1, l)).collect();
        let Some(first) = lines.iter().position(|l| Heading::parse(&l.text).is_some()) else {
            let last = lines.len().max(1);
            return Err(Error::line(
                file,
                last,
                "a doc page with a title and sections such as `Purpose`, `Request URL`, `Possible Errors`",
                "no section heading in the page",
            ));
        };
        let before: Vec<&Line> = lines[..first].iter().filter(|l| !l.is_blank()).collect();
        let Some((title, intro)) = before.split_last() else {
            return Err(Error::line(
                file,
                lines[first].no,
                "a page title line before the first section heading",
                format!("the heading `{}` first", lines[first].text),
            ));
        };
        let mut sections: Vec<Section> = Vec::new();
        for line in &lines[first..] {
            match Heading::parse(&line.text) {
                Some(heading) => sections.push(Section {
                    heading,
                    title: line.text.trim_end_matches(':').to_owned(),
                    line: line.no,
                    lines: Vec::new(),
                }),
                None => {
                    if let Some(section) = sections.last_mut() {
                        section.lines.push(line.clone());
                    }
                }
            }
        }
        Ok(Page {
            title: title.text.clone(),
            title_line: title.no,
            intro: intro.iter().map(|l| (*l).clone()).collect(),
            sections,
        })
    }
}

/// Splits lines where a doc collapsed several list items into one (`… user. - full_namestring`):
/// when the text after the last ` - ` is itself an item head (as `is_head` decides), it becomes
/// a bullet line of its own, with the same line number.
pub(super) fn expand_collapsed(lines: &[Line], is_head: impl Fn(&str) -> bool) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let mut tail = Vec::new();
        let mut text = line.text.clone();
        while let Some((before, after)) = text.rsplit_once(" - ") {
            let before = before.trim_end();
            if before.is_empty() || before == "-" || before == "•" || !is_head(after.trim()) {
                break;
            }
            tail.push(format!("- {}", after.trim()));
            text = before.to_owned();
        }
        if tail.is_empty() {
            out.push(line.clone());
            continue;
        }
        out.push(Line { text: text.clone(), raw: format!("{}{text}", " ".repeat(line.indent)), ..line.clone() });
        for piece in tail.into_iter().rev() {
            out.push(Line { text: piece.clone(), raw: format!("{}{piece}", " ".repeat(line.indent)), ..line.clone() });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_the_line_before_the_first_heading_and_intro_the_lines_above() {
        let page = Page::parse(Path::new("p.txt"), "Users APIs\nAbout users.\nGet Users\nPurpose\nTo get.\nRequest URL\nhttps://x/a\n")
            .expect("parses");
        assert_eq!(page.title, "Get Users");
        assert_eq!(page.title_line, 3);
        assert_eq!(page.intro.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["Users APIs", "About users."]);
        assert_eq!(page.sections.len(), 2);
        assert_eq!(page.sections[1].heading, Heading::RequestUrl);
        assert_eq!(page.sections[1].lines[0].no, 7);
    }

    #[test]
    fn a_page_without_title_or_heading_is_an_error_with_a_line() {
        let err = Page::parse(Path::new("p.txt"), "\nPurpose\nx\n").expect_err("no title");
        assert!(err.to_string().starts_with("p.txt:2: expected a page title"), "{err}");
        let err = Page::parse(Path::new("p.txt"), "just text\nmore\n").expect_err("no heading");
        assert!(err.to_string().starts_with("p.txt:2: expected a doc page"), "{err}");
    }

    #[test]
    fn collapsed_items_are_split_only_at_heads() {
        let lines = [Line::new(9, "false: No. - full_namestring"), Line::new(10, "- AllUsers - To list all users")];
        let out = expand_collapsed(&lines, |t| t.ends_with("string"));
        let texts: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["false: No.", "- full_namestring", "- AllUsers - To list all users"]);
        assert_eq!(out[1].no, 9);
    }

    #[test]
    fn bullets_and_indentation() {
        let line = Line::new(1, "  • idstring, mandatory");
        assert_eq!(line.indent, 2);
        assert_eq!(line.bullet(), Some("idstring, mandatory"));
        assert_eq!(Line::new(1, "-X PUT").bullet(), None);
    }
}
