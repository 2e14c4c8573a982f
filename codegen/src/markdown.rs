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
    cell: Option<CellBuilder>,
}

#[derive(Debug)]
struct CellBuilder {
    loc: Loc,
    text: String,
    links: Vec<Link>,
    /// A link being read: its destination and where its text starts in `text`.
    link: Option<(String, usize)>,
}

impl Reader {
    fn event(&mut self, event: Event<'_>, range: Range<usize>, lines: &LineIndex<'_>) {
        match event {
            Event::Start(tag) => self.start(tag, range, lines),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::SoftBreak | Event::HardBreak => self.text(" "),
            Event::InlineHtml(html) if is_line_break(&html) => self.text(" "),
            Event::Html(html) => {
                if let Some((block, _)) = &mut self.html {
                    block.push_str(&html);
                }
            }
            _ => {}
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
                })
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(table) = &mut self.table {
                    table.row = Some(Row {
                        cells: Vec::new(),
                        loc: loc(),
                    });
                }
            }
            Tag::TableCell => {
                let loc = lines.content_loc(&range);
                if let Some(table) = &mut self.table {
                    table.cell = Some(CellBuilder {
                        loc,
                        text: String::new(),
                        links: Vec::new(),
                        link: None,
                    });
                }
            }
            Tag::Link { dest_url, .. } => {
                if let Some(cell) = self.table.as_mut().and_then(|t| t.cell.as_mut()) {
                    cell.link = Some((dest_url.into_string(), cell.text.len()));
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
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
                if let Some(cell) = self.table.as_mut().and_then(|t| t.cell.as_mut())
                    && let Some((dest, start)) = cell.link.take()
                {
                    let text = normalize(cell.text.get(start..).unwrap_or_default());
                    cell.links.push(Link { text, dest });
                }
            }
            TagEnd::TableCell => {
                if let Some(table) = &mut self.table
                    && let (Some(cell), Some(row)) = (table.cell.take(), &mut table.row)
                {
                    let text = normalize(&cell.text);
                    row.cells.push(Cell {
                        text,
                        links: cell.links,
                        loc: cell.loc,
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
        } else if let Some(cell) = self.table.as_mut().and_then(|t| t.cell.as_mut()) {
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
            self.section = Some(text);
        }
    }
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

    #[test]
    fn columns_count_characters() {
        let index = LineIndex::new("ab\néé|x");
        assert_eq!(index.loc(3), Loc { line: 2, col: 1 });
        assert_eq!(index.loc(7), Loc { line: 2, col: 3 });
    }
}
