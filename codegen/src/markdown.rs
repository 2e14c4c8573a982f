//! Stage 1: Markdown text -> [`Page`].
//!
//! A single pass over pulldown-cmark's offset iterator. Tables in code blocks or HTML comments are
//! not tables to CommonMark, so they never reach the page model.

use crate::diag::Loc;
use crate::page::{Cell, FrontMatter, Link, Located, Page, Row, Table};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
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
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
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
    /// The headings above, outermost first, each with its level.
    outline: Vec<(HeadingLevel, String)>,
    /// The table being read.
    table: Option<TableBuilder>,
    /// The front matter being read.
    front_matter: Option<String>,
    /// The HTML block being read, and where it started.
    html: Option<(String, Loc)>,
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
        match event {
            Event::Start(tag) => self.start(tag, range, lines),
            Event::End(tag) => self.end(tag, lines.text),
            Event::Html(html) => {
                if let Some((block, _)) = &mut self.html {
                    block.push_str(&html);
                }
            }
            event => {
                if let Some(text) = inline_text(&event) {
                    self.text(text);
                }
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>, lines: &LineIndex<'_>) {
        // Only the tags that keep a place pay for computing it.
        let loc = || lines.loc(range.start);
        match tag {
            Tag::Heading { level, .. } => self.heading = Some((level, String::new(), loc())),
            Tag::MetadataBlock(_) => self.front_matter = Some(String::new()),
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
                }
            }
            _ => {}
        }
    }

    /// `source` is the whole page text, which the ranges of the offset iterator index.
    fn end(&mut self, tag: TagEnd, source: &str) {
        match tag {
            TagEnd::Heading(_) => self.end_heading(),
            TagEnd::MetadataBlock(_) => {
                if let Some(yaml) = self.front_matter.take() {
                    self.page.front_matter = front_matter(&yaml);
                }
            }
            TagEnd::HtmlBlock => {
                if let Some((html, loc)) = self.html.take()
                    && let Some(value) = annotation(&html)
                {
                    self.page.annotations.push(Located { value, loc });
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

/// `<br>`, `<br/>`, `<br />` in any case.
fn is_line_break(html: &str) -> bool {
    let tag: String = html.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(tag.to_ascii_lowercase().as_str(), "<br>" | "<br/>")
}

/// Collapses runs of whitespace into one space and trims.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    fn cell_texts(row: &Row) -> Vec<&str> {
        row.cells.iter().map(|c| c.text.as_str()).collect()
    }

    #[test]
    fn reads_a_property_table_with_places() {
        let page = parse(
            "t.md",
            "# Create thing\n\n## Request body\n\n|Property|Type|Description|\n|:---|:---|:---|\n\
             |id|String|Key of the `entity`.|\n| **name** | [itemBody](itembody.md) |A<br>B|\n",
        );
        assert_eq!(
            page.title.as_ref().map(|t| t.value.as_str()),
            Some("Create thing")
        );
        let [table] = page.tables.as_slice() else {
            panic!("one table expected")
        };
        assert_eq!(table.section.as_deref(), Some("Request body"));
        assert_eq!(table.loc, Loc { line: 5, col: 1 });
        assert_eq!(
            cell_texts(&table.header),
            ["Property", "Type", "Description"]
        );
        assert_eq!(table.rows.len(), 2);
        assert_eq!(
            cell_texts(&table.rows[0]),
            ["id", "String", "Key of the entity."]
        );
        assert_eq!(cell_texts(&table.rows[1]), ["name", "itemBody", "A B"]);
        assert_eq!(table.rows[1].loc.line, 8);
        assert_eq!(table.rows[1].cells[1].loc, Loc { line: 8, col: 14 });
        assert_eq!(
            table.rows[1].cells[1].links,
            [Link {
                text: "itemBody".into(),
                dest: "itembody.md".into()
            }]
        );
    }

    #[test]
    fn reads_front_matter_and_annotations() {
        let page = parse(
            "t.md",
            "---\ntitle: \"mobileApp resource type\"\ndoc_type: resourcePageType\n---\n\n\
             <!-- {\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.mobileApp\"\n} -->\n",
        );
        assert_eq!(
            page.front_matter.title.as_deref(),
            Some("mobileApp resource type")
        );
        assert_eq!(
            page.front_matter.doc_type.as_deref(),
            Some("resourcePageType")
        );
        let [annotation] = page.annotations.as_slice() else {
            panic!("one annotation expected")
        };
        assert_eq!(annotation.value["@odata.type"], "microsoft.graph.mobileApp");
        assert_eq!(annotation.loc.line, 6);
        assert!(page.title.is_none());
    }

    #[test]
    fn ignores_tables_in_code_blocks_and_comments() {
        let page = parse(
            "t.md",
            "```\n|a|b|\n|-|-|\n|1|2|\n```\n\n<!--\n|a|b|\n|-|-|\n|1|2|\n-->\n",
        );
        assert!(page.tables.is_empty());
    }

    #[test]
    fn counts_lines_with_crlf() {
        let page = parse(
            "t.md",
            "# T\r\n\r\n|Property|Type|\r\n|-|-|\r\n|a|String|\r\n",
        );
        assert_eq!(page.tables[0].rows[0].loc.line, 5);
    }

    /// The one table of `text`, a page of a heading and a table.
    fn table(text: &str) -> Table {
        let mut page = parse("t.md", text);
        assert_eq!(page.tables.len(), 1, "one table expected");
        page.tables.remove(0)
    }

    const HEADER: &str = "|Property|Type|Description|\n|:---|:---|:---|\n";

    #[test]
    fn keeps_text_after_one_stray_pipe() {
        let table = table(&format!(
            "{HEADER}|rule|String|Either `a` | `b`, the rule.|\n"
        ));
        let row = &table.rows[0];
        assert_eq!(
            cell_texts(row),
            ["rule", "String", "Either a | b, the rule."]
        );
        assert_eq!(row.cells[2].loc, Loc { line: 3, col: 14 });
    }

    #[test]
    fn keeps_text_after_two_stray_pipes() {
        let table = table(&format!(
            "{HEADER}|rule|String|One of `a` | **b** | [c](c.md), the rule.|\n\
             | mode | String | `x` | `y` | `z` |  \n"
        ));
        assert_eq!(
            cell_texts(&table.rows[0]),
            ["rule", "String", "One of a | b | c, the rule."]
        );
        assert_eq!(
            table.rows[0].cells[2].links,
            [Link {
                text: "c".into(),
                dest: "c.md".into()
            }]
        );
        assert_eq!(cell_texts(&table.rows[1]), ["mode", "String", "x | y | z"]);
    }

    #[test]
    fn keeps_lost_text_without_a_trailing_pipe() {
        let table = table(&format!("{HEADER}rule|String|a | b\n|r|S|a | # b|\n"));
        assert_eq!(cell_texts(&table.rows[0]), ["rule", "String", "a | b"]);
        // Lost text is inline text, even where a line start would make it a block.
        assert_eq!(cell_texts(&table.rows[1]), ["r", "S", "a | # b"]);
    }

    #[test]
    fn lost_text_keeps_escaped_pipes_and_line_breaks() {
        let table = table(&format!(
            "{HEADER}|r|S|a | b \\| `c \\| d`<br/>e \\|\n|r|S|a | b \\\\||\n"
        ));
        assert_eq!(cell_texts(&table.rows[0]), ["r", "S", "a | b | c | d e |"]);
        assert_eq!(cell_texts(&table.rows[1]), ["r", "S", "a | b |"]);
    }

    #[test]
    fn rows_with_the_header_cell_count_are_unchanged() {
        let table = table(&format!(
            "{HEADER}|id|String|The key.|\n|name|String|The name.| \n|x|y|z||\n|p|q|r|  |\n|s|t\n"
        ));
        let texts: Vec<_> = table.rows.iter().map(cell_texts).collect();
        assert_eq!(
            texts,
            [
                ["id", "String", "The key."],
                ["name", "String", "The name."],
                ["x", "y", "z"],
                ["p", "q", "r"],
                ["s", "t", ""],
            ]
        );
        assert_eq!(table.rows[0].cells[2].loc, Loc { line: 3, col: 12 });
        assert_eq!(table.rows[1].cells[2].loc, Loc { line: 4, col: 14 });
    }

    #[test]
    fn escaped_pipes_stay_in_their_cell() {
        let table = table(&format!(
            "{HEADER}|op|String|`a \\| b` or c \\| d.|\n|op|String|e \\||\n"
        ));
        assert_eq!(
            cell_texts(&table.rows[0]),
            ["op", "String", "a | b or c | d."]
        );
        assert_eq!(cell_texts(&table.rows[1]), ["op", "String", "e |"]);
    }

    #[test]
    fn bold_header_cells_are_plain_text() {
        let table =
            table("|**Property**|**Type**|**Description**|\n|:---|:---|:---|\n|a|String|x|\n");
        assert_eq!(
            cell_texts(&table.header),
            ["Property", "Type", "Description"]
        );
        assert_eq!(cell_texts(&table.rows[0]), ["a", "String", "x"]);
    }

    #[test]
    fn outer_pipes_and_padding_are_optional() {
        let rows = [
            "|a|String|x|",
            "a|String|x",
            "|a|String|x",
            "a|String|x|",
            "| a | String | x |",
            "|  a  |String   |   x|   ",
            " a | String | x ",
        ];
        for row in rows {
            let table = table(&format!("{HEADER}{row}\n"));
            assert_eq!(cell_texts(&table.rows[0]), ["a", "String", "x"], "{row:?}");
        }
    }

    #[test]
    fn line_breaks_in_cells_are_spaces() {
        let table = table(&format!(
            "{HEADER}|a|String|One.<br>Two.<br/>Three.<BR />Four. <br> Five.|\n"
        ));
        assert_eq!(
            cell_texts(&table.rows[0]),
            ["a", "String", "One. Two. Three. Four. Five."]
        );
    }

    #[test]
    fn columns_count_characters() {
        let index = LineIndex::new("ab\néé|x");
        assert_eq!(index.loc(3), Loc { line: 2, col: 1 });
        assert_eq!(index.loc(7), Loc { line: 2, col: 3 });
    }
}
