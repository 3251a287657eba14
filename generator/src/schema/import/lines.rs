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
    /// `Request Details`: a structural heading that normally carries no text.
    Structural,
    /// `Request Details: criteria`: a sub-section describing one way to call the endpoint (its
    /// name is the section title after the colon).
    RequestDetails,
    /// `Endpoints`: `GET /{module_api_name}/search?criteria=…` routes and `{name} : text` lines.
    Endpoints,
    /// `Request Method`: the method on a line of its own.
    RequestMethod,
    RequestUrl,
    Header,
    Scope,
    OperationTypes,
    /// `Possible module names`: the values of the `{module_api_name}` path parameter.
    ModuleNames,
    /// `Note`, `Supported modules`, `Custom Modules`: text for the description.
    Note,
    Parameters,
    InputKeys,
    ResponseKeys,
    Errors,
    SampleRequest,
    SampleInput,
    SampleResponse,
}

impl Heading {
    /// The heading a whole line names; `Request Details: criteria` is a sub-section.
    fn parse(text: &str) -> Option<Heading> {
        // A heading may be a one-cell table header: `| Possible operation types |`.
        let text = text.trim().trim_matches('|');
        let lower = text.trim().trim_end_matches(':').to_ascii_lowercase();
        if lower.strip_prefix("request details:").is_some_and(|name| !name.trim().is_empty()) {
            return Some(Heading::RequestDetails);
        }
        Some(match lower.as_str() {
            "purpose" => Heading::Purpose,
            "request details" => Heading::Structural,
            "endpoints" | "endpoint" => Heading::Endpoints,
            "request method" => Heading::RequestMethod,
            "request url" | "request urls" => Heading::RequestUrl,
            "header" | "headers" | "request header" | "request headers" => Heading::Header,
            "scope" | "scopes" => Heading::Scope,
            "possible operation types" => Heading::OperationTypes,
            "possible module names" => Heading::ModuleNames,
            "note" | "notes" | "supported modules" | "supported module names" | "supported names" | "supported relations"
            | "custom modules" | "custom module" => Heading::Note,
            "parameters" | "parameter" | "query parameters" | "request parameters" | "attributes" => Heading::Parameters,
            "input json keys" | "input json key" | "request json keys" => Heading::InputKeys,
            "response json keys" => Heading::ResponseKeys,
            "possible errors" => Heading::Errors,
            "sample request" => Heading::SampleRequest,
            "sample input" => Heading::SampleInput,
            "sample response" => Heading::SampleResponse,
            _ => return None,
        })
    }

    /// A heading with its content glued on after the colon (`Request URL:{api-domain}/…`,
    /// `Request Method: GET`): the heading and the content.
    fn parse_glued(text: &str) -> Option<(Heading, &str)> {
        let (head, rest) = text.split_once(':')?;
        let heading = match head.trim().to_ascii_lowercase().as_str() {
            "request url" => Heading::RequestUrl,
            "request method" => Heading::RequestMethod,
            _ => return None,
        };
        let rest = rest.trim();
        (!rest.is_empty()).then_some((heading, rest))
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
    /// The name of a `Request Details: criteria` sub-section.
    pub fn details_name(&self) -> Option<&str> {
        let (_, name) = self.title.split_once(':')?;
        Some(name.trim()).filter(|n| !n.is_empty())
    }

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
    /// Non-blank lines above the title (an API intro) and between it and the first heading.
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
        // The title is the last line that is not a sentence; an intro paragraph may follow it.
        let at = before.iter().rposition(|l| !is_sentence(&l.text)).or(before.len().checked_sub(1));
        let Some(title) = at.and_then(|i| before.get(i)) else {
            return Err(Error::line(
                file,
                lines[first].no,
                "a page title line before the first section heading",
                format!("the heading `{}` first", lines[first].text),
            ));
        };
        let intro = before.iter().filter(|l| l.no != title.no).map(|l| (*l).clone()).collect();
        let mut sections: Vec<Section> = Vec::new();
        for line in &lines[first..] {
            let (heading, glued) = match Heading::parse(&line.text) {
                Some(heading) => (Some(heading), None),
                None => Heading::parse_glued(&line.text).map_or((None, None), |(h, rest)| (Some(h), Some(rest))),
            };
            match heading {
                Some(heading) => {
                    let title = glued.map_or(line.text.as_str(), |_| line.text.split(':').next().unwrap_or(""));
                    let title = title.trim_matches(|c: char| c == '|' || c.is_whitespace()).trim_end_matches(':').to_owned();
                    let mut section = Section { heading, title, line: line.no, lines: Vec::new() };
                    section.lines.extend(glued.map(|rest| Line::new(line.no, rest)));
                    sections.push(section);
                }
                None => {
                    if let Some(section) = sections.last_mut() {
                        section.lines.push(line.clone());
                    }
                }
            }
        }
        Ok(Page { title: endpoint_title(&title.text), title_line: title.no, intro, sections })
    }
}

/// A line of prose rather than a title (`Get Records`, `Search Records API`): it ends like a
/// sentence, holds one, or is long.
fn is_sentence(text: &str) -> bool {
    text.ends_with(['.', ':', ';', ',']) || text.contains(". ") || text.split_whitespace().count() > 14
}

/// The endpoint name a title gives: `GET Records` → `Get Records`, `Search Records API` →
/// `Search Records`.
fn endpoint_title(text: &str) -> String {
    let text = text.trim();
    let text = text.strip_suffix(" API").filter(|t| !t.trim().is_empty()).unwrap_or(text);
    match text.split_once(' ') {
        Some((verb, rest)) if verb.len() > 1 && verb.chars().all(|c| c.is_ascii_uppercase()) => {
            let mut chars = verb.chars();
            let first = chars.next().map(String::from).unwrap_or_default();
            format!("{first}{} {rest}", chars.as_str().to_ascii_lowercase())
        }
        _ => text.to_owned(),
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
    fn an_intro_paragraph_between_title_and_purpose_is_intro_not_title() {
        let page = Page::parse(Path::new("p.txt"), "GET Widgets\n\nA widget is a thing. Widgets API lets you list them.\n\nPurpose\nTo list.\n")
            .expect("parses");
        assert_eq!((page.title.as_str(), page.title_line), ("Get Widgets", 1));
        assert_eq!(page.intro.iter().map(|l| l.no).collect::<Vec<_>>(), [3]);
        assert_eq!(endpoint_title("Search Widgets API"), "Search Widgets");
        let long = Page::parse(Path::new("p.txt"), "Widgets APIs\nGet the list of all the widgets of one module at once\nPurpose\nx\n").expect("parses");
        assert_eq!(long.title, "Get the list of all the widgets of one module at once", "a long title is still the title");
        assert_eq!(endpoint_title("Get Users"), "Get Users");
    }

    #[test]
    fn sub_sections_glued_headings_and_text_sections() {
        let text = "Find Widgets\nRequest Details: by name\nRequest URL:{api-domain}/w/find?name={n}\nAttributes\n- nstring\nNote\nBe kind.\nPossible module names\nwidgets";
        let page = Page::parse(Path::new("p.txt"), text).expect("parses");
        let headings: Vec<Heading> = page.sections.iter().map(|s| s.heading).collect();
        assert_eq!(
            headings,
            [Heading::RequestDetails, Heading::RequestUrl, Heading::Parameters, Heading::Note, Heading::ModuleNames]
        );
        assert_eq!(page.sections[0].details_name(), Some("by name"));
        assert_eq!(page.sections[1].title, "Request URL");
        assert_eq!((page.sections[1].lines[0].no, page.sections[1].lines[0].text.as_str()), (3, "{api-domain}/w/find?name={n}"));
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
