//! The example reader: the annotations (`<!-- { "blockType": ... } -->`) in HTML blocks, and the
//! fenced code block right after an example annotation as an [`Example`].

use super::LineIndex;
use crate::diag::Loc;
use crate::page::{Example, Located};
use std::ops::Range;

/// Reads the annotations and the examples.
#[derive(Debug, Default)]
pub(super) struct ExampleReader {
    /// The annotations read, in page order.
    annotations: Vec<Located<serde_json::Value>>,
    /// The examples read, in page order.
    examples: Vec<Example>,
    /// The HTML block being read, and where it started.
    html: Option<(String, Loc)>,
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

impl ExampleReader {
    /// An HTML block starts at `loc`.
    pub(super) fn start_html(&mut self, loc: Loc) {
        self.html = Some((String::new(), loc));
    }

    /// HTML, the block's if one is being read.
    pub(super) fn html(&mut self, html: &str) {
        if let Some((block, _)) = &mut self.html {
            block.push_str(html);
        }
    }

    /// The HTML block being read ends: an annotation if it is one.
    pub(super) fn end_html(&mut self) {
        if let Some((html, loc)) = self.html.take()
            && let Some(value) = annotation(&html)
        {
            let annotation = Located { value, loc };
            self.annotation = Some(annotation.clone());
            self.annotations.push(annotation);
        }
    }

    /// A fenced code block starts at `range`, with the fence's info string `info`: an example if
    /// the last annotation before it introduces one.
    pub(super) fn start_code(&mut self, info: &str, range: Range<usize>) {
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

    /// Whether a code block is being read as an example: its text is the example's.
    pub(super) fn in_code(&self) -> bool {
        self.code.is_some()
    }

    /// Text of the example's code block, from `range` of the source.
    pub(super) fn code_text(&mut self, text: &str, range: Range<usize>) {
        if let Some(code) = &mut self.code {
            code.pieces.push((code.text.len(), range));
            code.text.push_str(text);
        }
    }

    /// A code block ends. `lines` indexes the page text, which the pieces' ranges index.
    pub(super) fn end_code(&mut self, lines: &LineIndex<'_>) {
        if let Some(code) = self.code.take() {
            self.examples.push(code.example(lines));
        }
    }

    /// The annotations and the examples, in page order.
    pub(super) fn finish(self) -> (Vec<Located<serde_json::Value>>, Vec<Example>) {
        (self.annotations, self.examples)
    }
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
        let head = self.head(lines);
        Example {
            annotation: self.annotation,
            lang: self.lang,
            json,
            loc,
            head,
        }
    }

    /// The block's first non-empty line, trimmed, with its place, if it is a request or status
    /// line. `lines` indexes the page text, which the pieces' ranges index.
    fn head(&self, lines: &LineIndex<'_>) -> Option<Located<String>> {
        let mut offset = 0;
        let (start, line) = self.text.split_inclusive('\n').find_map(|line| {
            let start = offset;
            offset += line.len();
            (!line.trim().is_empty()).then_some((start, line))
        })?;
        let value = line.trim();
        if !is_http_start_line(value) {
            return None;
        }
        let first = start + (line.len() - line.trim_start().len());
        Some(Located {
            value: value.to_owned(),
            loc: lines.loc(self.source_offset(first, lines.text)),
        })
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
