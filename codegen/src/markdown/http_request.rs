//! The HTTP request reader: the request lines (`POST /users/{id}/events`) of the fenced code
//! blocks under a page's `## HTTP request` heading, the operation an API page documents.
//!
//! Only the lines are read here, each with its place; what a template means (its path
//! parameters, its alternatives such as `{id | userPrincipalName}`) is for a later stage.

use super::LineIndex;
use crate::page::{Located, RequestLine};
use pulldown_cmark::HeadingLevel;
use std::ops::Range;

/// The methods a request line starts with. Graph's docs write them in capitals.
const METHODS: &[&str] = &["GET", "POST", "PATCH", "PUT", "DELETE"];

/// Reads the request lines.
#[derive(Debug, Default)]
pub(super) struct RequestReader {
    /// The lines read, in page order.
    lines: Vec<Located<RequestLine>>,
    /// The level of the `HTTP request` heading whose section is being read, if one is.
    section: Option<HeadingLevel>,
    /// Whether a fenced code block of that section is being read.
    in_block: bool,
}

impl RequestReader {
    /// A heading of `level` starts, written as `source`. The section of an `HTTP request`
    /// heading holds its subheadings (`### Get the photo`) and the tab headings of the docs'
    /// tabbed blocks (`# [HTTP](#tab/http)`, whatever their level), and ends at the next other
    /// heading of its level or above.
    pub(super) fn start_heading(&mut self, level: HeadingLevel, source: &str) {
        let text = source.trim().trim_matches('#').trim();
        if is_request_heading(text) {
            self.section = Some(level);
        } else if !text.contains("](#tab/") && self.section.is_some_and(|at| level <= at) {
            self.section = None;
        }
    }

    /// A fenced code block starts.
    pub(super) fn start_code(&mut self) {
        self.in_block = self.section.is_some();
    }

    /// Whether a code block this reader reads is open.
    pub(super) fn in_block(&self) -> bool {
        self.in_block
    }

    /// Text of a code block, from the source `range`: its request lines, if the block is one
    /// this reader reads.
    pub(super) fn code_text(&mut self, text: &str, range: &Range<usize>, lines: &LineIndex<'_>) {
        if !self.in_block {
            return;
        }
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            if let Some(value) = request_line(line) {
                // The text is the source's own bytes unless the fence is indented (in a
                // list); then the place is the block's start, still the right line or near it.
                let at = if text.len() == range.len() {
                    range.start + start + (line.len() - line.trim_start().len())
                } else {
                    range.start
                };
                self.lines.push(Located {
                    value,
                    loc: lines.loc(at),
                });
            }
        }
    }

    /// The code block being read ends.
    pub(super) fn end_code(&mut self) {
        self.in_block = false;
    }

    /// The request lines read.
    pub(super) fn finish(self) -> Vec<Located<RequestLine>> {
        self.lines
    }
}

/// Whether a heading's text opens the request section: `HTTP request` in any case, and the
/// variants pages use (`HTTP Requests`, `HTTP request (to upload a new file)`, two sections of
/// one page).
fn is_request_heading(text: &str) -> bool {
    text.get(..12)
        .is_some_and(|start| start.eq_ignore_ascii_case("HTTP request"))
}

/// A request line: a method, whitespace and a URL (`GET /me/events`, `GET
/// https://graph.microsoft.com/v1.0/me`). The URL is the rest of the line, as a template may
/// hold spaces (`/users/{id | userPrincipalName}`); a trailing `HTTP/1.1` is not kept.
fn request_line(line: &str) -> Option<RequestLine> {
    let line = line.trim();
    let (method, rest) = line.split_once(char::is_whitespace)?;
    let mut url = rest.trim();
    if let Some((before, version)) = url.rsplit_once(char::is_whitespace)
        && version.starts_with("HTTP/")
    {
        url = before.trim_end();
    }
    (METHODS.contains(&method) && !url.is_empty()).then(|| RequestLine {
        method: method.to_owned(),
        url: url.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_line_is_a_method_and_a_url() {
        let line =
            request_line("POST /deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses\n");
        assert_eq!(
            line,
            Some(RequestLine {
                method: "POST".into(),
                url: "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses".into(),
            })
        );
        let line = request_line("  GET https://graph.microsoft.com/v1.0/me HTTP/1.1");
        assert_eq!(
            line.map(|l| l.url),
            Some("https://graph.microsoft.com/v1.0/me".into())
        );
        let line = request_line("GET /users/{id | userPrincipalName}/events\r\n");
        assert_eq!(
            line.map(|l| l.url),
            Some("/users/{id | userPrincipalName}/events".into())
        );
    }

    #[test]
    fn the_request_section_opens_at_its_heading_and_its_variants() {
        for text in [
            "HTTP request",
            "HTTP Request",
            "HTTP Requests",
            "HTTP request (to upload)",
        ] {
            assert!(is_request_heading(text), "{text:?}");
        }
        for text in [
            "HTTP",
            "Request headers",
            "HTTP respons",
            "Example HTTP request",
        ] {
            assert!(!is_request_heading(text), "{text:?}");
        }
    }

    #[test]
    fn other_lines_are_not_request_lines() {
        for line in [
            "",
            "GET",
            "Content-Type: application/json",
            "get /me",
            "{",
            "HEAD /me",
        ] {
            assert_eq!(request_line(line), None, "{line:?}");
        }
    }

    /// Every API page of Graph v1.0 with an `HTTP request` heading gives its request lines.
    /// Needs the corpus (see `corpus_api_pages`).
    #[test]
    fn the_api_pages_of_v1_0_give_their_request_lines() {
        let Some(pages) = super::super::corpus_api_pages() else {
            return;
        };
        let (mut with_heading, mut read, mut lines, mut missing) = (0, 0, 0, Vec::new());
        let mut absolute = 0;
        for (name, text) in pages {
            let heading = text.lines().any(|l| {
                let l = l.trim_start();
                l.starts_with('#') && is_request_heading(l.trim_start_matches('#').trim())
            });
            if !heading {
                continue;
            }
            with_heading += 1;
            let page = super::super::parse("api.md", &text);
            if page.http_request.is_empty() {
                missing.push(name);
            } else {
                read += 1;
                lines += page.http_request.len();
                absolute += (page.http_request.iter())
                    .filter(|l| l.value.url.starts_with("http"))
                    .count();
            }
        }
        missing.sort();
        eprintln!(
            "{read} of {with_heading} pages, {lines} request lines ({absolute} absolute URLs); none in: {missing:?}"
        );
        assert!(with_heading > 2000, "{with_heading} pages with the heading");
        assert!(
            read * 1000 >= with_heading * 995,
            "{read} of {with_heading}: {missing:?}"
        );
    }
}
