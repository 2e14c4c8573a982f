//! The outline reader: the headings, for the page's title and for where each table is.

use super::collapse_whitespace;
use crate::diag::Loc;
use crate::page::Located;
use pulldown_cmark::HeadingLevel;

/// Reads the headings.
#[derive(Debug, Default)]
pub(super) struct OutlineReader {
    /// The first level-1 heading.
    title: Option<Located<String>>,
    /// Text of the heading being read, and where it started.
    heading: Option<(HeadingLevel, String, Loc)>,
    /// The headings above, outermost first, each with its level: the last is the nearest.
    above: Vec<(HeadingLevel, String)>,
}

impl OutlineReader {
    /// A heading starts at `loc`.
    pub(super) fn start_heading(&mut self, level: HeadingLevel, loc: Loc) {
        self.heading = Some((level, String::new(), loc));
    }

    /// Inline text, the heading's if one is being read.
    pub(super) fn text(&mut self, text: &str) {
        if let Some((_, heading, _)) = &mut self.heading {
            heading.push_str(text);
        }
    }

    /// The heading being read ends.
    pub(super) fn end_heading(&mut self) {
        if let Some((level, text, loc)) = self.heading.take() {
            let text = collapse_whitespace(&text);
            if level == HeadingLevel::H1 && self.title.is_none() {
                self.title = Some(Located {
                    value: text.clone(),
                    loc,
                });
            }
            while self.above.last().is_some_and(|(l, _)| *l >= level) {
                self.above.pop();
            }
            self.above.push((level, text));
        }
    }

    /// The text of the nearest heading above.
    pub(super) fn section(&self) -> Option<String> {
        self.above.last().map(|(_, h)| h.clone())
    }

    /// The text of the headings above, outermost first.
    pub(super) fn headings(&self) -> Vec<String> {
        self.above.iter().map(|(_, h)| h.clone()).collect()
    }

    /// The page's title: its first level-1 heading.
    pub(super) fn finish(self) -> Option<Located<String>> {
        self.title
    }
}
