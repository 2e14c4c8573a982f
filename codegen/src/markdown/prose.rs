//! The prose reader: the paragraphs and list items of an API page's `Request body`, `Response`
//! and `Optional query parameters` sections, each reduced to plain text as a table cell is, with its place.
//!
//! Which headings open a section:
//!
//! - `Request body` (any case, any level, with anything after it: `Request body (JSON)`);
//! - `Response`, `Responses` or `Response body` (any case, any level);
//! - `Optional query parameters` or `Query parameters` (any case, any level, with anything
//!   after it);
//!
//! unless a heading above it starts with `Example`. API pages document the answer under
//! `## Response`, then show it again under `## Examples` (`### Request`, `### Response`,
//! `##### Response`): only the first kind is what the operation returns. A few pages put a
//! section under another (`### Response` under `## Request body`: it ends the other), or after
//! a `## Example` (not under it, as the heading's level ends that section): both count, and
//! every section that counts is read, in page order.
//!
//! A section holds its subheadings and ends at the next heading of its level or above. The tab
//! headings of the docs' tabbed blocks (`# [HTTP](#tab/http)`, whatever their level) neither end
//! a section nor count as headings above another. Tables, code blocks and HTML blocks in a
//! section are not prose; paragraphs in block quotes (`> **Note:** ...`) are.

use super::{LineIndex, collapse_whitespace};
use crate::diag::Loc;
use crate::page::{Link, Located, Prose};
use pulldown_cmark::{CowStr, HeadingLevel, Tag, TagEnd};
use std::ops::Range;

/// Reads the prose of the two sections.
#[derive(Debug, Default)]
pub(super) struct ProseReader {
    /// The `Request body` section's prose read, in page order.
    request_body: Vec<Located<Prose>>,
    /// The `Response` section's prose read, in page order.
    response: Vec<Located<Prose>>,
    /// The `Optional query parameters` section's prose read, in page order.
    query: Vec<Located<Prose>>,
    /// The headings above (tab headings left out), outermost first: each one's level, and
    /// whether it is an example's heading.
    above: Vec<(HeadingLevel, bool)>,
    /// The section being read, and the level of its heading.
    section: Option<(Section, HeadingLevel)>,
    /// How many list items the reader is in.
    items: usize,
    /// The paragraph or list item being read.
    unit: Option<Unit>,
}

/// A section whose prose is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    RequestBody,
    Response,
    Query,
}

/// The prose of each section.
pub(super) struct Sections {
    pub(super) request_body: Vec<Located<Prose>>,
    pub(super) response: Vec<Located<Prose>>,
    pub(super) query: Vec<Located<Prose>>,
}

/// A paragraph or list item being read.
#[derive(Debug, Default)]
struct Unit {
    text: String,
    links: Vec<Link>,
    /// A link being read: its destination and where its text starts in `text`.
    link: Option<(String, usize)>,
    /// Where its first content is.
    loc: Option<Loc>,
}

impl ProseReader {
    /// A heading of `level` starts, written as `source`: it may open a section or end one.
    pub(super) fn start_heading(&mut self, level: HeadingLevel, source: &str) {
        let text = source.trim().trim_matches('#').trim();
        if text.contains("](#tab/") {
            return;
        }
        while self.above.last().is_some_and(|(at, _)| *at >= level) {
            self.above.pop();
        }
        let in_example = self.above.iter().any(|(_, example)| *example);
        match section_of(text, in_example) {
            Some(section) => self.section = Some((section, level)),
            None if self.section.is_some_and(|(_, at)| level <= at) => self.section = None,
            None => {}
        }
        self.above
            .push((level, starts_with_ignore_case(text, "example")));
    }

    /// A block starts at `start`, a byte of the page `lines` indexes: a paragraph or list item
    /// is prose if it is in a section; a heading, list, table, code or HTML block ends the prose
    /// being read. A paragraph is where it starts, a list item where its content does.
    pub(super) fn start_block(&mut self, tag: &Tag<'_>, start: usize, lines: &LineIndex<'_>) {
        if matches!(tag, Tag::Item) {
            self.items += 1;
        }
        match tag {
            Tag::Paragraph | Tag::Item => {
                self.flush();
                let paragraph = matches!(tag, Tag::Paragraph);
                self.unit = self.section.map(|_| Unit {
                    loc: paragraph.then(|| lines.loc(start)),
                    ..Unit::default()
                });
            }
            Tag::Heading { .. }
            | Tag::CodeBlock(_)
            | Tag::Table(_)
            | Tag::List(_)
            | Tag::HtmlBlock
            | Tag::BlockQuote(_)
            | Tag::MetadataBlock(_) => {
                self.flush();
                self.unit = None;
            }
            _ => {}
        }
    }

    /// A block ends: back in a list item after it, the item's text is prose again.
    pub(super) fn end_block(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Item => {
                self.items = self.items.saturating_sub(1);
                self.flush();
                self.unit = None;
            }
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::Table
            | TagEnd::List(_)
            | TagEnd::HtmlBlock
            | TagEnd::BlockQuote(_)
            | TagEnd::MetadataBlock(_) => {
                self.flush();
                let in_item = self.items > 0 && self.section.is_some();
                self.unit = in_item.then(Unit::default);
            }
            _ => {}
        }
    }

    /// Inline text from `range` of the page `lines` indexes, the prose's if prose is being read.
    pub(super) fn text(&mut self, text: &str, range: &Range<usize>, lines: &LineIndex<'_>) {
        if let Some(unit) = &mut self.unit {
            if unit.loc.is_none() && !text.trim().is_empty() {
                unit.loc = Some(lines.content_loc(range));
            }
            unit.text.push_str(text);
        }
    }

    /// A link starts at byte `start` of the page `lines` indexes.
    pub(super) fn start_link(&mut self, dest: &CowStr<'_>, start: usize, lines: &LineIndex<'_>) {
        if let Some(unit) = &mut self.unit {
            unit.loc.get_or_insert_with(|| lines.loc(start));
            unit.link = Some((dest.to_string(), unit.text.len()));
        }
    }

    /// A link ends: its text and destination are kept.
    pub(super) fn end_link(&mut self) {
        if let Some(unit) = &mut self.unit
            && let Some((dest, start)) = unit.link.take()
        {
            let text = collapse_whitespace(unit.text.get(start..).unwrap_or_default());
            unit.links.push(Link { text, dest });
        }
    }

    /// The prose of the `Request body` section, and that of the `Response` section.
    pub(super) fn finish(mut self) -> Sections {
        self.flush();
        Sections {
            request_body: self.request_body,
            response: self.response,
            query: self.query,
        }
    }

    /// Keeps the unit being read, if it has any text, in its section's prose.
    fn flush(&mut self) {
        let (Some(unit), Some((section, _))) = (self.unit.take(), self.section) else {
            return;
        };
        let text = collapse_whitespace(&unit.text);
        if text.is_empty() {
            return;
        }
        let prose = Located {
            value: Prose {
                text,
                links: unit.links,
            },
            loc: unit.loc.unwrap_or(Loc::START),
        };
        match section {
            Section::RequestBody => self.request_body.push(prose),
            Section::Response => self.response.push(prose),
            Section::Query => self.query.push(prose),
        }
    }
}

/// The section a heading's `text` opens, if any; `in_example` if a heading above it is an
/// example's.
fn section_of(text: &str, in_example: bool) -> Option<Section> {
    if in_example {
        return None;
    }
    if starts_with_ignore_case(text, "request body") {
        return Some(Section::RequestBody);
    }
    if starts_with_ignore_case(text, "optional query parameters")
        || starts_with_ignore_case(text, "query parameters")
    {
        return Some(Section::Query);
    }
    let response = ["response", "responses", "response body"]
        .iter()
        .any(|name| text.eq_ignore_ascii_case(name));
    response.then_some(Section::Response)
}

/// Whether `text` starts with `prefix`, in any ASCII case.
fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}
