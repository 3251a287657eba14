//! Turning API description text into rustdoc attributes that build cleanly.
//!
//! Descriptions are markdown written for Postman, not rustdoc: code fences would run as
//! doctests and indented blocks would be read as Rust code. Every fence becomes a `text`
//! fence, indentation that would start a code block is removed, and tabs become spaces.
//! Links, bare URLs and HTML that rustdoc would reject are rewritten as text or proper
//! links (`markdown.rs`).

mod html;
mod markdown;
mod urls;

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = "..."]` outer attributes, one per line, for `text` (nothing for empty text).
pub fn outer(text: &str) -> TokenStream {
    let lines = sanitize(text);
    quote! { #( #[doc = #lines] )* }
}

/// `#![doc = "..."]` inner attributes, one per line.
pub fn inner(text: &str) -> TokenStream {
    let lines = sanitize(text);
    quote! { #( #![doc = #lines] )* }
}

/// The doc lines, each with the leading space `///` comments have.
pub fn sanitize(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n").replace('\t', "    ");
    let mut out: Vec<String> = Vec::new();
    let mut in_fence = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            let fence = &trimmed[..3];
            out.push(if in_fence { fence.to_owned() } else { format!("{fence}text") });
            in_fence = !in_fence;
            continue;
        }
        let line = if in_fence {
            line.trim_end().to_owned()
        } else {
            // Four or more spaces of indentation would make an indented code block.
            let indent = line.len() - trimmed.len();
            let keep = if indent >= 4 { 0 } else { indent };
            format!("{}{}", " ".repeat(keep), trimmed.trim_end())
        };
        out.push(line);
    }
    if in_fence {
        out.push("```".to_owned());
    }
    let text = markdown::rustdoc_safe(&out.join("\n"));
    // No leading/trailing blank lines; no runs of blank lines.
    let mut lines: Vec<String> = Vec::new();
    for line in text.split('\n').map(str::to_owned) {
        if line.is_empty() && lines.last().is_none_or(|l: &String| l.is_empty()) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.into_iter().map(|l| if l.is_empty() { l } else { format!(" {l}") }).collect()
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn fences_become_text_and_indent_is_dropped() {
        let lines = sanitize("Intro\n\n\n```json\n{\"a\": 1}\n```\n\n    indented\n\tTabbed\n");
        assert_eq!(lines, [" Intro", "", " ```text", " {\"a\": 1}", " ```", "", " indented", " Tabbed"]);
    }

    #[test]
    fn unclosed_fence_is_closed() {
        assert_eq!(sanitize("```\ncode"), [" ```text", " code", " ```"]);
    }
}
