//! Reading Markdown: text -> [`Page`].
//!
//! A single pass over pulldown-cmark's offset iterator. Tables in code blocks or HTML comments are
//! not tables to CommonMark, so they never reach the page model.
//!
//! [`parse`] hands each event to the small readers that need it, each of which owns its state and
//! gives its part of the page at the end:
//!
//! - `table`: the tables, with the headings above each from `outline` (before the pass, it makes
//!   the tabs of delimiter rows spaces, which GitHub allows and pulldown-cmark does not);
//! - `outline`: the headings, and the first level-1 heading as the page's title;
//! - `front_matter`: the YAML front matter's fields;
//! - `namespace`: the `Namespace: microsoft.graph.x` line;
//! - `examples`: the annotations (`<!-- { "blockType": ... } -->`) and the fenced code blocks that
//!   follow them as [`Example`](crate::page::Example)s;
//! - `base`: the base type that the prose names (`Inherits from [entity](entity.md)`);
//! - `http_request`: the request lines of the code blocks under an `HTTP request` heading;
//! - `prose`: the paragraphs and list items under the `Request body` and `Response` headings.
//!
//! Every reader that keeps a place gets the [`LineIndex`] of the page with the event's range.

mod base;
mod examples;
mod front_matter;
mod http_request;
mod namespace;
mod outline;
mod prose;
mod table;

use crate::diag::Loc;
use crate::page::Page;
use base::BaseReader;
use examples::ExampleReader;
use front_matter::FrontMatterReader;
use http_request::RequestReader;
use namespace::NamespaceReader;
use outline::OutlineReader;
use prose::ProseReader;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;
use table::TableReader;

/// Reads a page. Never fails: a page without tables is a page model without tables, and the
/// next stage decides whether that is a problem.
pub fn parse(path: &str, text: &str) -> Page {
    // Same offsets and columns as `text`: every place read is a place of `text`.
    let text = table::untab_delimiter_rows(text);
    let lines = LineIndex::new(&text);
    let mut readers = Readers::default();
    let options = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(&text, options).into_offset_iter() {
        readers.event(event, range, &lines);
    }
    readers.finish(path)
}

/// Maps byte offsets to 1-based lines and character columns.
#[derive(Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`. Lines end at `\n`, so `\r\n` files count lines like any editor does.
    pub fn new(text: &'a str) -> Self {
        // A plain byte scan: lines are short, so a searcher's per-match setup would cost more
        // than it saves.
        let newlines = text.bytes().enumerate().filter(|&(_, b)| b == b'\n');
        let starts = std::iter::once(0)
            .chain(newlines.map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    /// The position of the first character in `range` that is not whitespace (or of its start).
    pub fn content_loc(&self, range: &Range<usize>) -> Loc {
        let skipped = self
            .text
            .get(range.clone())
            .map_or(0, |s| s.len() - s.trim_start().len());
        self.loc(range.start + skipped)
    }

    /// The position of byte `offset`.
    pub fn loc(&self, offset: usize) -> Loc {
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        Loc { line, col }
    }
}

/// The readers; [`Readers::event`] hands each event to the ones that read it.
#[derive(Debug, Default)]
struct Readers {
    front_matter: FrontMatterReader,
    namespace: NamespaceReader,
    outline: OutlineReader,
    tables: TableReader,
    examples: ExampleReader,
    base: BaseReader,
    requests: RequestReader,
    prose: ProseReader,
}

impl Readers {
    fn event(&mut self, event: Event<'_>, range: Range<usize>, lines: &LineIndex<'_>) {
        match event {
            Event::Start(tag) => self.start(tag, range, lines),
            Event::End(tag) => self.end(tag, lines),
            Event::Text(text) if self.requests.in_block() || self.examples.in_code() => {
                self.requests.code_text(&text, &range, lines);
                self.examples.code_text(&text, range);
            }
            Event::Html(html) => self.examples.html(&html),
            event => {
                if let Some(text) = inline_text(&event) {
                    self.text(text);
                    self.prose.text(text, &range, lines);
                }
            }
        }
    }

    /// `lines` indexes the whole page text, which `range` indexes.
    fn start(&mut self, tag: Tag<'_>, range: Range<usize>, lines: &LineIndex<'_>) {
        // Whether text is prose depends on every block around it.
        self.base.start_block(&tag);
        self.prose.start_block(&tag, range.start, lines);
        match tag {
            Tag::Heading { level, .. } => {
                self.outline.start_heading(level, lines.loc(range.start));
                let source = lines.text.get(range.clone()).unwrap_or_default();
                self.requests.start_heading(level, source);
                self.prose.start_heading(level, source);
            }
            Tag::MetadataBlock(_) => self.front_matter.start(),
            Tag::Paragraph => self.namespace.start_paragraph(),
            Tag::HtmlBlock => self.examples.start_html(lines.loc(range.start)),
            Tag::CodeBlock(CodeBlockKind::Fenced(info)) => {
                self.requests.start_code();
                self.examples.start_code(&info, range);
            }
            Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::TableCell => {
                self.tables.start(tag, range, lines);
            }
            // A link in a table cell is the cell's; elsewhere it may name the base type.
            Tag::Link { dest_url, .. } if self.tables.in_cell() => self.tables.start_link(dest_url),
            Tag::Link { dest_url, .. } => {
                self.prose.start_link(&dest_url, range.start, lines);
                self.base.start_link(dest_url, range.start, lines);
            }
            _ => {}
        }
    }

    /// `lines` indexes the whole page text, which the offset iterator's ranges index.
    fn end(&mut self, tag: TagEnd, lines: &LineIndex<'_>) {
        self.base.end_block(tag);
        self.prose.end_block(tag);
        match tag {
            TagEnd::Heading(_) => self.outline.end_heading(),
            TagEnd::MetadataBlock(_) => self.front_matter.end(),
            TagEnd::Paragraph => self.namespace.end_paragraph(),
            TagEnd::HtmlBlock => self.examples.end_html(),
            TagEnd::CodeBlock => {
                self.requests.end_code();
                self.examples.end_code(lines);
            }
            TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell => {
                self.tables.end(tag, lines, &self.outline);
            }
            TagEnd::Link if self.tables.in_cell() => self.tables.end_link(),
            TagEnd::Link => {
                self.prose.end_link();
                self.base.end_link();
            }
            _ => {}
        }
    }

    /// Inline text. Headings, front matter, table cells and paragraphs are leaf blocks: at most
    /// one of their readers reads it. The base reader reads it where it is prose.
    fn text(&mut self, text: &str) {
        self.outline.text(text);
        self.front_matter.text(text);
        self.tables.text(text);
        self.namespace.text(text);
        self.base.text(text);
    }

    /// The page the readers have read.
    fn finish(self, path: &str) -> Page {
        let (annotations, examples) = self.examples.finish();
        let prose = self.prose.finish();
        Page {
            path: path.to_owned(),
            front_matter: self.front_matter.finish(),
            namespace: self.namespace.finish(),
            title: self.outline.finish(),
            annotations,
            tables: self.tables.finish(),
            base: self.base.finish(),
            examples,
            http_request: self.requests.finish(),
            request_body: prose.request_body,
            response: prose.response,
            query_parameters: prose.query,
        }
    }
}

/// The text an inline event adds to a cell, heading or prose: text and code as written, line breaks
/// (including `<br>`) as a space.
fn inline_text<'e>(event: &'e Event<'_>) -> Option<&'e str> {
    match event {
        Event::Text(text) | Event::Code(text) => Some(text),
        Event::SoftBreak | Event::HardBreak => Some(" "),
        Event::InlineHtml(html) if is_line_break(html) => Some(" "),
        _ => None,
    }
}

/// `<br>`, `<br/>`, `<br />` in any case.
fn is_line_break(html: &str) -> bool {
    let tag: String = html.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(tag.to_ascii_lowercase().as_str(), "<br>" | "<br/>")
}

/// Collapses runs of whitespace into one space and trims.
fn collapse_whitespace(text: &str) -> String {
    if is_normalized(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether [`collapse_whitespace`] gives `text` back as it is: every whitespace character is a single
/// space between two words. Most cell texts are; checking is much cheaper than splitting the
/// text into words.
fn is_normalized(text: &str) -> bool {
    let mut after_space = true;
    for c in text.chars() {
        match c {
            ' ' if after_space => return false,
            ' ' => after_space = true,
            c if c.is_whitespace() => return false,
            _ => after_space = false,
        }
    }
    !after_space || text.is_empty()
}

/// The API pages of Graph v1.0 (`(file name, text)`, by name), from `../shared` beside the
/// workspace: third-party docs, never copied into the repository. `None` without them: a
/// corpus test is then skipped, unless `DOCMODEL_REQUIRE_CORPUS=1` (CI), which fails it.
#[cfg(test)]
pub(crate) fn corpus_api_pages() -> Option<Vec<(String, String)>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/corpus/graph-v1.0/api-reference/v1.0/api");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        assert!(
            std::env::var_os("DOCMODEL_REQUIRE_CORPUS").is_none_or(|v| v != "1"),
            "DOCMODEL_REQUIRE_CORPUS=1 but there is no corpus at {}",
            dir.display()
        );
        eprintln!("skipped: no corpus at {}", dir.display());
        return None;
    };
    let mut pages: Vec<(String, String)> = entries
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    pages.sort();
    Some(pages)
}

#[cfg(test)]
mod tests;
