//! The page model: what a Markdown page says, with the place of everything in it.
//!
//! This is the boundary between reading Markdown ([`crate::markdown`]) and giving it meaning
//! ([`crate::resolve`]). Nothing here is interpreted yet: cells are plain text plus the links they
//! hold, and every table, row and cell keeps the line and column where it starts in the doc.

use crate::diag::{Loc, Place};

/// One Markdown page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// The doc's path as the user wrote it: with a [`crate::diag::Loc`], it names any place in
    /// the page for diagnostics and rustdoc.
    pub path: String,
    /// The front matter's fields that docmodel reads (`title`, `doc_type`), if the page has them.
    pub front_matter: FrontMatter,
    /// The namespace its `Namespace: microsoft.graph.x` line names, if it has one.
    pub namespace: Option<String>,
    /// The first level-1 heading, as plain text.
    pub title: Option<Located<String>>,
    /// JSON annotations in HTML comments (`<!-- { "blockType": "resource", ... } -->`).
    pub annotations: Vec<Located<serde_json::Value>>,
    /// Every table, in page order, with the heading it appears under.
    pub tables: Vec<Table>,
    /// The type the page's prose says it inherits from: the link in the first
    /// `Inherits from [entity](entity.md)`.
    pub base: Option<Located<Link>>,
    /// The JSON examples: fenced code blocks right after a `blockType` annotation.
    pub examples: Vec<Example>,
    /// The request lines of the fenced code blocks under an `HTTP request` heading: the
    /// operation an API page documents, one line per URL it can be called at.
    pub http_request: Vec<Located<RequestLine>>,
    /// The paragraphs and list items under the `Request body` heading, in order: what an API
    /// page says its request body is (`supply a JSON representation of a
    /// [user](../resources/user.md) object`, `Do not supply a request body for this method.`).
    pub request_body: Vec<Located<Prose>>,
    /// The paragraphs and list items under the `Response` heading (`Responses`, `Response body`)
    /// that is not under an `Example` heading, in order: what an API page says a successful
    /// answer is (`returns a `201 Created` response code and a [x](x.md) object`), not what its
    /// examples show. The rule is in `markdown/prose.rs`.
    pub response: Vec<Located<Prose>>,
    /// The paragraphs under the `Optional query parameters` heading, in order: the OData query
    /// options an API page says it supports (`This method supports the `$select` and `$filter`
    /// OData query parameters`).
    pub query_parameters: Vec<Located<Prose>>,
}

/// A paragraph (or list item) of prose, reduced to plain text as a [`Cell`] is: code marks
/// dropped (their text kept), links replaced by their text and kept in `links`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Prose {
    /// The text as a reader sees it.
    pub text: String,
    /// The links in it, in order.
    pub links: Vec<Link>,
}

/// A line of a page's `HTTP request` block: `POST /users/{id | userPrincipalName}/events`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestLine {
    /// The method, as written (`GET`, `POST`, `PATCH`, `PUT`, `DELETE`).
    pub method: String,
    /// The URL or URL template, as written (without a trailing `HTTP/1.1`).
    pub url: String,
}

/// A JSON example: a fenced code block after an annotation such as
/// `<!-- { "blockType": "response", "@odata.type": "microsoft.graph.user" } -->`.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The annotation before the block, and where it is.
    pub annotation: Located<serde_json::Value>,
    /// The fence's info string (`json`, `http`), trimmed.
    pub lang: String,
    /// The JSON text: the whole block for `json`, the body after the headers' blank line for
    /// `http` (empty when there is none).
    pub json: String,
    /// Where the JSON text starts in the doc.
    pub loc: Loc,
    /// The block's first non-empty line, trimmed, if it is an HTTP start line: the request line
    /// of a request example (`POST https://graph.microsoft.com/v1.0/me/events`, in an `http` or a
    /// `msgraph-interactive` block), the status line of a response (`HTTP/1.1 201 Created`).
    /// `None` for a `json` block, an empty one, or one that starts with anything else.
    pub head: Option<Located<String>>,
}

/// A value and where it starts in the doc.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where it starts.
    pub loc: Loc,
}

/// The YAML front matter fields docmodel reads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    /// `title:`, unquoted.
    pub title: Option<String>,
    /// `description:`, unquoted.
    pub description: Option<String>,
    /// `doc_type:` (`apiPageType`, `resourcePageType`, `enumPageType`, `conceptualPageType`).
    pub doc_type: Option<String>,
}

/// A table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The text of the nearest heading above the table, if any.
    pub section: Option<String>,
    /// The headings the table is under, outermost first (`Update x`, `Request body`,
    /// `Delegated permissions and JSON payload`).
    pub outline: Vec<String>,
    /// The header row.
    pub header: Row,
    /// The body rows, in order.
    pub rows: Vec<Row>,
    /// Where the table starts.
    pub loc: Loc,
}

/// A table row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The cells, in column order.
    pub cells: Vec<Cell>,
    /// Where the row starts.
    pub loc: Loc,
}

/// A table cell, reduced to plain text.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The cell's text as a reader sees it: emphasis and code marks dropped, links replaced by
    /// their text, line breaks (`<br>`) as spaces, surrounding whitespace trimmed.
    pub text: String,
    /// The links in the cell, in order.
    pub links: Vec<Link>,
    /// Whether the whole cell is in strong emphasis (`**Apps**`): a label, in a row that has
    /// nothing else.
    pub strong: bool,
    /// Where the cell's content starts.
    pub loc: Loc,
}

/// A link inside a cell or a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The link's text.
    pub text: String,
    /// Where it points, as written.
    pub dest: String,
}

impl Page {
    /// The place at `loc` of this page.
    pub fn place(&self, loc: Loc) -> Place {
        Place::new(&self.path, loc)
    }
}

impl Example {
    /// The short type name an example's annotation names (`Collection(microsoft.graph.user)` ->
    /// `user`), for finding the page that defines it.
    pub fn type_name(&self) -> Option<&str> {
        let name = self.annotation.value.get("@odata.type")?.as_str()?;
        let (name, _) = annotated_type(name);
        Some(name.rsplit('.').next().unwrap_or(name))
    }
}

/// An annotation's `@odata.type` (`#Collection(microsoft.graph.user)`): the type's name, and
/// whether it says `Collection(...)`.
pub fn annotated_type(name: &str) -> (&str, bool) {
    let name = name.trim().trim_start_matches('#');
    match name
        .strip_prefix("Collection(")
        .and_then(|n| n.strip_suffix(')'))
    {
        Some(inner) => (inner, true),
        None => (name, false),
    }
}

impl Row {
    /// The cell in column `index`, if the row has that many cells.
    pub fn cell(&self, index: usize) -> Option<&Cell> {
        self.cells.get(index)
    }
}
