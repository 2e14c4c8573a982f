//! Stage 1: Markdown text -> [`Page`].
//!
//! A single pass over pulldown-cmark's offset iterator. Tables in code blocks or HTML comments are
//! not tables to CommonMark, so they never reach the page model.
//!
//! Besides the tables, the reader keeps the annotations (`<!-- { "blockType": ... } -->`), the
//! fenced code blocks that follow them as [`Example`]s, and the base type that the prose names
//! (`Inherits from [entity](entity.md)`).

use crate::diag::Loc;
use crate::page::{Cell, Example, FrontMatter, Link, Located, Page, Row, Table};
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// Reads a page. Never fails: a page without tables is a page model without tables, and the
/// next stage decides whether that is a problem.
pub fn parse(path: &str, text: &str) -> Page {
    let lines = LineIndex::new(text);
    let mut reader = Reader::default();
    reader.page.path = path.to_owned();
    let options = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        reader.event(event, range, &lines);
    }
    reader.page
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

/// Where the reader is inside the event stream.
#[derive(Debug, Default)]
struct Reader {
    page: Page,
    /// Text of the heading being read, and where it started.
    heading: Option<(HeadingLevel, String, Loc)>,
    /// The nearest heading above, for tables.
    section: Option<String>,
    /// The paragraph being read, while none has named the namespace.
    paragraph: Option<String>,
    /// The headings above, outermost first, each with its level.
    outline: Vec<(HeadingLevel, String)>,
    /// The table being read.
    table: Option<TableBuilder>,
    /// The front matter being read.
    front_matter: Option<String>,
    /// The HTML block being read, and where it started.
    html: Option<(String, Loc)>,
    /// The prose (paragraph or list item) being read, while no base type is known: its text so
    /// far, and the link that may name the base.
    prose: Option<CellBuilder>,
    /// Where the link being read as the base type starts.
    base_link: Option<Loc>,
    /// How many list items the reader is in.
    items: usize,
    /// The last annotation, until a fenced code block comes.
    annotation: Option<Located<serde_json::Value>>,
    /// The fenced code block being read as an example.
    code: Option<CodeBuilder>,
}

/// A fenced code block being read as an example.
#[derive(Debug)]
struct CodeBuilder {
    annotation: Located<serde_json::Value>,
    lang: String,
    /// Where the block starts in the source.
    range: Range<usize>,
    /// The block's content.
    text: String,
    /// The content's pieces: where each starts in `text`, and the source range it comes from.
    pieces: Vec<(usize, Range<usize>)>,
}

#[derive(Debug)]
struct TableBuilder {
    loc: Loc,
    header: Option<Row>,
    rows: Vec<Row>,
    row: Option<Row>,
    /// The cell being read, and where its content starts.
    cell: Option<(Loc, CellBuilder)>,
    /// Where the body row being read ends in the source (`None` in the header row).
    row_end: Option<usize>,
    /// Where the last cell read in the current row ends in the source.
    cell_end: Option<usize>,
}

#[derive(Debug, Default)]
struct CellBuilder {
    text: String,
    links: Vec<Link>,
    /// A link being read: its destination and where its text starts in `text`.
    link: Option<(String, usize)>,
    /// Whether the whole cell is in strong emphasis.
    strong: bool,
}

impl CellBuilder {
    fn start_link(&mut self, dest: String) {
        self.link = Some((dest, self.text.len()));
    }

    fn end_link(&mut self) {
        if let Some((dest, start)) = self.link.take() {
            let text = normalize(self.text.get(start..).unwrap_or_default());
            self.links.push(Link { text, dest });
        }
    }
}

impl Reader {
    fn event(&mut self, event: Event<'_>, range: Range<usize>, lines: &LineIndex<'_>) {
        if let Some(code) = &mut self.code
            && let Event::Text(text) = &event
        {
            code.pieces.push((code.text.len(), range));
            code.text.push_str(text);
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag, range, lines),
            Event::End(tag) => self.end(tag, lines),
            Event::Html(html) => {
                if let Some((block, _)) = &mut self.html {
                    block.push_str(&html);
                }
            }
            event => {
                if let Some(text) = inline_text(&event) {
                    self.text(text);
                    if let Some(prose) = &mut self.prose {
                        prose.text.push_str(text);
                    }
                }
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>, lines: &LineIndex<'_>) {
        // Only the tags that keep a place pay for computing it.
        let loc = || lines.loc(range.start);
        self.start_prose(&tag);
        match tag {
            Tag::Heading { level, .. } => self.heading = Some((level, String::new(), loc())),
            Tag::MetadataBlock(_) => self.front_matter = Some(String::new()),
            // Only the paragraphs that may say the namespace, before one did.
            Tag::Paragraph if self.page.namespace.is_none() && self.table.is_none() => {
                self.paragraph = Some(String::new());
            }
            Tag::HtmlBlock => self.html = Some((String::new(), loc())),
            Tag::Table(_) => {
                self.table = Some(TableBuilder {
                    loc: loc(),
                    header: None,
                    rows: Vec::new(),
                    row: None,
                    cell: None,
                    row_end: None,
                    cell_end: None,
                })
            }
            Tag::TableHead | Tag::TableRow => {
                let body = matches!(tag, Tag::TableRow);
                if let Some(table) = &mut self.table {
                    table.row = Some(Row {
                        cells: Vec::new(),
                        loc: loc(),
                    });
                    table.row_end = body.then_some(range.end);
                    table.cell_end = None;
                }
            }
            Tag::TableCell => {
                if let Some(table) = &mut self.table {
                    let raw = lines.text.get(range.clone()).unwrap_or_default().trim();
                    let strong = raw.len() > 4
                        && ((raw.starts_with("**") && raw.ends_with("**"))
                            || (raw.starts_with("__") && raw.ends_with("__")));
                    let builder = CellBuilder {
                        strong,
                        ..CellBuilder::default()
                    };
                    table.cell = Some((lines.content_loc(&range), builder));
                    table.cell_end = Some(range.end);
                }
            }
            Tag::Link { dest_url, .. } => {
                if let Some((_, cell)) = self.table.as_mut().and_then(|t| t.cell.as_mut()) {
                    cell.start_link(dest_url.into_string());
                } else if let Some(prose) = &mut self.prose
                    && prose.link.is_none()
                    && ends_with_inherits_from(&prose.text)
                {
                    prose.start_link(dest_url.into_string());
                    self.base_link = Some(loc());
                }
            }
            Tag::CodeBlock(CodeBlockKind::Fenced(info)) => {
                // A fenced block ends what an annotation before it may introduce.
                if let Some(annotation) = self.annotation.take()
                    && is_example_annotation(&annotation.value)
                {
                    self.code = Some(CodeBuilder {
                        annotation,
                        lang: info.trim().to_owned(),
                        range,
                        text: String::new(),
                        pieces: Vec::new(),
                    });
                }
            }
            _ => {}
        }
    }

    /// Starts or stops reading prose for the base type, as a block starts.
    fn start_prose(&mut self, tag: &Tag<'_>) {
        if matches!(tag, Tag::Item) {
            self.items += 1;
        }
        if self.page.base.is_some() {
            return;
        }
        match tag {
            Tag::Item | Tag::Paragraph => self.prose = Some(CellBuilder::default()),
            Tag::Heading { .. }
            | Tag::CodeBlock(_)
            | Tag::Table(_)
            | Tag::List(_)
            | Tag::HtmlBlock
            | Tag::BlockQuote(_)
            | Tag::MetadataBlock(_) => self.prose = None,
            _ => {}
        }
    }

    /// Starts or stops reading prose for the base type, as a block ends: back in a list item,
    /// its text after the block is prose again.
    fn end_prose(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Item => {
                self.items = self.items.saturating_sub(1);
                self.prose = None;
            }
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::Table
            | TagEnd::List(_)
            | TagEnd::HtmlBlock
            | TagEnd::BlockQuote(_)
            | TagEnd::MetadataBlock(_) => {
                self.prose =
                    (self.items > 0 && self.page.base.is_none()).then(CellBuilder::default);
            }
            TagEnd::Link => {
                if let Some(prose) = &mut self.prose
                    && prose.link.is_some()
                {
                    prose.end_link();
                    if let (Some(link), Some(loc)) = (prose.links.pop(), self.base_link.take()) {
                        self.page.base = Some(Located { value: link, loc });
                        self.prose = None;
                    }
                }
            }
            _ => {}
        }
    }

    /// `lines` indexes the whole page text, which the ranges of the offset iterator index.
    fn end(&mut self, tag: TagEnd, lines: &LineIndex<'_>) {
        let source = lines.text;
        self.end_prose(tag);
        match tag {
            TagEnd::Heading(_) => self.end_heading(),
            TagEnd::Paragraph => {
                if let Some(paragraph) = self.paragraph.take() {
                    self.page.namespace = namespace_line(&paragraph);
                }
            }
            TagEnd::MetadataBlock(_) => {
                if let Some(yaml) = self.front_matter.take() {
                    self.page.front_matter = front_matter(&yaml);
                }
            }
            TagEnd::HtmlBlock => {
                if let Some((html, loc)) = self.html.take()
                    && let Some(value) = annotation(&html)
                {
                    let annotation = Located { value, loc };
                    self.annotation = Some(annotation.clone());
                    self.page.annotations.push(annotation);
                }
            }
            TagEnd::CodeBlock => {
                if let Some(code) = self.code.take() {
                    self.page.examples.push(code.example(lines));
                }
            }
            TagEnd::Link => {
                if let Some((_, cell)) = self.table.as_mut().and_then(|t| t.cell.as_mut()) {
                    cell.end_link();
                }
            }
            TagEnd::TableCell => {
                if let Some(table) = &mut self.table
                    && let (Some((loc, cell)), Some(row)) = (table.cell.take(), &mut table.row)
                {
                    row.cells.push(Cell {
                        text: normalize(&cell.text),
                        links: cell.links,
                        strong: cell.strong,
                        loc,
                    });
                }
            }
            TagEnd::TableHead => {
                if let Some(table) = &mut self.table {
                    table.header = table.row.take();
                }
            }
            TagEnd::TableRow => {
                if let Some(table) = &mut self.table {
                    if let Some(row) = &mut table.row
                        && let (Some(cell_end), Some(row_end)) = (table.cell_end, table.row_end)
                    {
                        rejoin_lost_cells(row, source.get(cell_end..row_end).unwrap_or_default());
                    }
                    table.rows.extend(table.row.take());
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    let header = table.header.unwrap_or(Row {
                        cells: Vec::new(),
                        loc: table.loc,
                    });
                    self.page.tables.push(Table {
                        section: self.section.clone(),
                        outline: self.outline.iter().map(|(_, h)| h.clone()).collect(),
                        header,
                        rows: table.rows,
                        loc: table.loc,
                    });
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if let Some((_, heading, _)) = &mut self.heading {
            heading.push_str(text);
        } else if let Some(yaml) = &mut self.front_matter {
            yaml.push_str(text);
        } else if let Some((_, cell)) = self.table.as_mut().and_then(|t| t.cell.as_mut()) {
            cell.text.push_str(text);
        } else if let Some(paragraph) = &mut self.paragraph {
            // A paragraph is read only as far as its start tells whether it names a namespace.
            if paragraph.len() < 200 {
                paragraph.push_str(text);
            }
        }
    }

    fn end_heading(&mut self) {
        if let Some((level, text, loc)) = self.heading.take() {
            let text = normalize(&text);
            if level == HeadingLevel::H1 && self.page.title.is_none() {
                self.page.title = Some(Located {
                    value: text.clone(),
                    loc,
                });
            }
            while self.outline.last().is_some_and(|(l, _)| *l >= level) {
                self.outline.pop();
            }
            self.outline.push((level, text.clone()));
            self.section = Some(text);
        }
    }
}

/// The text an inline event adds to a cell or heading: text and code as written, line breaks
/// (including `<br>`) as a space.
fn inline_text<'e>(event: &'e Event<'_>) -> Option<&'e str> {
    match event {
        Event::Text(text) | Event::Code(text) => Some(text),
        Event::SoftBreak | Event::HardBreak => Some(" "),
        Event::InlineHtml(html) if is_line_break(html) => Some(" "),
        _ => None,
    }
}

/// Puts back the cells of a body row that pulldown-cmark dropped.
///
/// GFM cuts a row down to the header's cell count, so a description with an unescaped `|`
/// (``Either `a` | `b`.``) would lose everything after the pipe. `rest` is the row's source after
/// its last cell: empty or `|` and whitespace for a well-formed row, which is left untouched.
/// Otherwise the lost text is reduced like a cell and joined to the last cell as ` | ` + text.
fn rejoin_lost_cells(row: &mut Row, rest: &str) {
    let Some(lost) = lost_text(rest) else {
        return;
    };
    let Some(last) = row.cells.last_mut() else {
        return;
    };
    let (text, links) = reduce_inline(lost);
    last.text = normalize(&format!("{} | {text}", last.text));
    last.links.extend(links);
}

/// The source of the cells lost after a row's last cell, without the row's trailing pipe, if
/// there is any content in it. `rest` starts at the pipe that ends the last kept cell.
fn lost_text(rest: &str) -> Option<&str> {
    let lost = rest.trim().strip_prefix('|')?;
    // The row's closing pipe. A pipe right after a backslash is escaped, and so content, as it is
    // to pulldown-cmark (even after `\\`).
    let lost = match lost.strip_suffix('|') {
        Some(stripped) if !stripped.ends_with('\\') => stripped,
        _ => lost,
    };
    let lost = lost.trim();
    // Only pipes left: empty extra cells, nothing to keep.
    (!lost.chars().all(|c| c == '|' || c.is_whitespace())).then_some(lost)
}

/// Reduces a Markdown inline fragment from a table row the way cells are reduced: the text and
/// links it shows.
fn reduce_inline(fragment: &str) -> (String, Vec<Link>) {
    // In a table row, `\|` stands for `|` everywhere, code spans included. The leading `x `
    // keeps the fragment a paragraph: text such as `# a`, `- a`, `1. a` or `> a` is no block.
    let source = format!("x {}", fragment.replace("\\|", "|"));
    let mut cell = CellBuilder::default();
    for event in Parser::new_ext(&source, Options::empty()) {
        match &event {
            Event::Start(Tag::Link { dest_url, .. }) => cell.start_link(dest_url.to_string()),
            Event::End(TagEnd::Link) => cell.end_link(),
            event => {
                if let Some(text) = inline_text(event) {
                    cell.text.push_str(text);
                }
            }
        }
    }
    let text = cell.text.strip_prefix('x').unwrap_or(&cell.text);
    (normalize(text), cell.links)
}

impl CodeBuilder {
    /// The example: the JSON text of the block and where it starts.
    fn example(self, lines: &LineIndex<'_>) -> Example {
        let start = json_start(&self.lang, &self.text);
        let json = start
            .and_then(|s| self.text.get(s..))
            .unwrap_or_default()
            .to_owned();
        let loc = match start {
            Some(s) if !json.is_empty() => {
                let first = s + (json.len() - json.trim_start().len());
                lines.loc(self.source_offset(first, lines.text))
            }
            _ => lines.content_loc(&self.range),
        };
        Example {
            annotation: self.annotation,
            lang: self.lang,
            json,
            loc,
        }
    }

    /// The source offset of byte `offset` of the block's text.
    fn source_offset(&self, offset: usize, source: &str) -> usize {
        let index = self.pieces.partition_point(|(start, _)| *start <= offset);
        let Some((start, range)) = index.checked_sub(1).and_then(|i| self.pieces.get(i)) else {
            return self.range.start;
        };
        let within = offset - start;
        // A piece is the source as written, so the offset carries over; if it ever is not,
        // the piece's start is the nearest place known.
        let text = self.text.get(*start..).unwrap_or_default();
        let same = source
            .get(range.clone())
            .is_some_and(|written| text.starts_with(written));
        if same && within <= range.len() {
            range.start + within
        } else {
            range.start
        }
    }
}

/// Where the JSON starts in a code block's `text`, or `None` if it has none: the whole text if
/// it starts (after whitespace) with `{` or `[`; for an HTTP message (an `http` block, or one
/// that starts with a request or status line), the body after the first blank line (after the
/// start line), if there is anything in it; otherwise the whole text.
fn json_start(lang: &str, text: &str) -> Option<usize> {
    let trimmed = text.trim_start();
    if trimmed.starts_with(['{', '[']) {
        return Some(0);
    }
    let first_line = trimmed.lines().next().unwrap_or_default();
    if !(lang.eq_ignore_ascii_case("http") || is_http_start_line(first_line)) {
        return Some(0);
    }
    let mut offset = 0;
    let mut head = false;
    for line in text.split_inclusive('\n') {
        offset += line.len();
        let blank = line.trim().is_empty();
        // Blank lines before the start line are not the end of the headers.
        head |= !blank;
        if blank && head {
            return text
                .get(offset..)
                .is_some_and(|body| !body.trim().is_empty())
                .then_some(offset);
        }
    }
    None
}

/// `HTTP/1.1 200 OK`, `POST https://graph.microsoft.com/v1.0/users`.
fn is_http_start_line(line: &str) -> bool {
    const METHODS: [&str; 7] = ["GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS"];
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or_default();
    first.starts_with("HTTP/") || (METHODS.contains(&first) && words.next().is_some())
}

/// Whether an annotation introduces a JSON example: its `blockType` is `request`, `response`,
/// `resource` or `example`.
fn is_example_annotation(value: &serde_json::Value) -> bool {
    matches!(
        value.get("blockType").and_then(serde_json::Value::as_str),
        Some("request" | "response" | "resource" | "example")
    )
}

/// Whether prose text ends with `inherits from` (any case, any whitespace between): a link
/// right after it names the base type.
fn ends_with_inherits_from(text: &str) -> bool {
    let mut words = text.split_whitespace().rev();
    let (Some(from), Some(inherits)) = (words.next(), words.next()) else {
        return false;
    };
    if !from.eq_ignore_ascii_case("from") {
        return false;
    }
    // `inherits`, maybe after punctuation: `(Inherits from`, `type.Inherits from`.
    let cut = inherits.len().saturating_sub("inherits".len());
    let (before, word) = (inherits.get(..cut), inherits.get(cut..));
    word.is_some_and(|w| w.eq_ignore_ascii_case("inherits"))
        && before.is_some_and(|b| !b.ends_with(char::is_alphanumeric))
}

/// `<br>`, `<br/>`, `<br />` in any case.
fn is_line_break(html: &str) -> bool {
    let tag: String = html.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(tag.to_ascii_lowercase().as_str(), "<br>" | "<br/>")
}

/// Collapses runs of whitespace into one space and trims.
fn normalize(text: &str) -> String {
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

/// Whether [`normalize`] gives `text` back as it is: every whitespace character is a single
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

/// The `title`, `description` and `doc_type` of a YAML front matter block. Values may be quoted.
fn front_matter(yaml: &str) -> FrontMatter {
    let mut fm = FrontMatter::default();
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = unquote(value.trim()).to_owned();
        match key.trim() {
            "title" => fm.title = Some(value),
            "description" => fm.description = Some(value),
            "doc_type" => fm.doc_type = Some(value),
            _ => {}
        }
    }
    fm
}

fn unquote(value: &str) -> &str {
    ["\"", "'"]
        .iter()
        .find_map(|q| value.strip_prefix(q).and_then(|v| v.strip_suffix(q)))
        .unwrap_or(value)
}

/// The JSON object in an HTML comment such as `<!-- { "blockType": "resource" } -->`.
fn annotation(html: &str) -> Option<serde_json::Value> {
    let inner = html
        .trim()
        .strip_prefix("<!--")?
        .trim_end()
        .strip_suffix("-->")?
        .trim();
    if !inner.starts_with('{') {
        return None;
    }
    serde_json::from_str(inner)
        .ok()
        .filter(serde_json::Value::is_object)
}

/// `Namespace: microsoft.graph.callRecords` -> `microsoft.graph.callRecords`.
fn namespace_line(paragraph: &str) -> Option<String> {
    let rest = paragraph.trim().strip_prefix("Namespace:")?;
    let name = rest.split_whitespace().next()?;
    let valid = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    valid.then(|| name.to_owned())
}

#[cfg(test)]
mod tests;
