//! The table reader: GFM tables as [`Table`]s of plain-text cells, each cell with the links in it
//! and its place, and the cells that pulldown-cmark drops after a stray `|` put back.

use super::outline::OutlineReader;
use super::{LineIndex, collapse_whitespace, inline_text};
use crate::diag::Loc;
use crate::page::{Cell, Link, Row, Table};
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::ops::Range;

/// Reads the page's tables.
#[derive(Debug, Default)]
pub(super) struct TableReader {
    /// The tables read, in page order.
    tables: Vec<Table>,
    /// The table being read.
    table: Option<TableBuilder>,
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

/// The text of a cell being read, and the links in it.
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
            let text = collapse_whitespace(self.text.get(start..).unwrap_or_default());
            self.links.push(Link { text, dest });
        }
    }
}

impl TableReader {
    /// Whether a table cell is being read: links and text there are the cell's.
    pub(super) fn in_cell(&self) -> bool {
        self.table.as_ref().is_some_and(|t| t.cell.is_some())
    }

    /// A table, row or cell starts at `range`.
    pub(super) fn start(&mut self, tag: Tag<'_>, range: Range<usize>, lines: &LineIndex<'_>) {
        match tag {
            Tag::Table(_) => {
                self.table = Some(TableBuilder {
                    loc: lines.loc(range.start),
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
                        loc: lines.loc(range.start),
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
                    // A cell that pulldown-cmark adds to a short row starts where the row
                    // ends, on the next line: it is at the row's place, as a missing cell is.
                    let padded = table.row_end.is_some_and(|end| range.start >= end);
                    let loc = match &table.row {
                        Some(row) if padded => row.loc,
                        _ => lines.content_loc(&range),
                    };
                    table.cell = Some((loc, builder));
                    table.cell_end = Some(range.end);
                }
            }
            _ => {}
        }
    }

    /// A link starts in the cell being read.
    pub(super) fn start_link(&mut self, dest: CowStr<'_>) {
        if let Some((_, cell)) = self.table.as_mut().and_then(|t| t.cell.as_mut()) {
            cell.start_link(dest.into_string());
        }
    }

    /// The link in the cell being read ends.
    pub(super) fn end_link(&mut self) {
        if let Some((_, cell)) = self.table.as_mut().and_then(|t| t.cell.as_mut()) {
            cell.end_link();
        }
    }

    /// Inline text, the cell's if one is being read.
    pub(super) fn text(&mut self, text: &str) {
        if let Some((_, cell)) = self.table.as_mut().and_then(|t| t.cell.as_mut()) {
            cell.text.push_str(text);
        }
    }

    /// A table, row or cell ends. `lines` indexes the page text, which the rows' ranges index;
    /// a table ends under the headings `outline` has read.
    pub(super) fn end(&mut self, tag: TagEnd, lines: &LineIndex<'_>, outline: &OutlineReader) {
        match tag {
            TagEnd::TableCell => {
                if let Some(table) = &mut self.table
                    && let (Some((loc, cell)), Some(row)) = (table.cell.take(), &mut table.row)
                {
                    row.cells.push(Cell {
                        text: collapse_whitespace(&cell.text),
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
                        let rest = lines.text.get(cell_end..row_end).unwrap_or_default();
                        rejoin_lost_cells(row, rest);
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
                    self.tables.push(Table {
                        section: outline.section(),
                        outline: outline.headings(),
                        header,
                        rows: table.rows,
                        loc: table.loc,
                    });
                }
            }
            _ => {}
        }
    }

    /// The tables read, in page order.
    pub(super) fn finish(self) -> Vec<Table> {
        self.tables
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
    last.text = collapse_whitespace(&format!("{} | {text}", last.text));
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
    (collapse_whitespace(text), cell.links)
}

/// The page text with every tab in a table's delimiter row (`|:---|:---\t|`) made a space.
///
/// GitHub's GFM allows tabs in a delimiter row (and vertical tabs and form feeds, which are
/// treated alike); pulldown-cmark sees no table there, so the whole table would be lost without
/// a word. A delimiter row here is a line of only `|`, `-`, `:` and such spaces, with a `|` and a
/// `-`; the tabs of its indentation stay, so a line indented as code is still code. One space
/// for one tab keeps every byte offset and every column of the page as it was, so the places of
/// all cells stay exact (the delimiter row has none of its own). A line of a code block that
/// looks like such a row gets spaces too: cell and example text collapses or ignores whitespace
/// of that kind anyway.
pub(super) fn untab_delimiter_rows(text: &str) -> Cow<'_, str> {
    if !text.contains(TABS) || !text.split('\n').any(is_tabbed_delimiter_row) {
        return Cow::Borrowed(text);
    }
    let lines = text.split_inclusive('\n').map(|line| {
        if !is_tabbed_delimiter_row(line) {
            return Cow::Borrowed(line);
        }
        let content = line.trim_start();
        let indent = line.get(..line.len() - content.len()).unwrap_or_default();
        Cow::Owned(format!("{indent}{}", content.replace(TABS, " ")))
    });
    Cow::Owned(lines.collect())
}

/// The characters GFM allows around a delimiter row's cells and pulldown-cmark does not: tab,
/// vertical tab, form feed.
const TABS: [char; 3] = ['\t', '\u{b}', '\u{c}'];

/// Whether `line` (with or without its line end) is a delimiter row with a tab after its
/// indentation.
fn is_tabbed_delimiter_row(line: &str) -> bool {
    let content = line.trim_start().trim_end_matches(['\r', '\n']);
    content.contains(TABS)
        && content.contains('|')
        && content.contains('-')
        && content
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ') || TABS.contains(&c))
}
