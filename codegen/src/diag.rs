//! Diagnostics: every problem found in a doc, with the doc's path, line and column.
//!
//! Stages never stop at the first problem: they push into a [`Diagnostics`] collector and carry on
//! with what they could make sense of, so that one build reports everything that is wrong at once
//! (serde_derive's `Ctxt` works the same way).

use std::fmt;

/// A position in a doc: 1-based line and column (the column counts characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
}

impl Loc {
    /// The start of a doc.
    pub const START: Loc = Loc { line: 1, col: 1 };
}

/// One problem in one doc.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The doc's path as the user wrote it (in the macro invocation or on the command line).
    pub path: String,
    /// Where in the doc.
    pub loc: Loc,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.loc.line, self.loc.col, self.message
        )
    }
}

/// Collects the diagnostics of one doc.
#[derive(Debug)]
pub struct Diagnostics<'a> {
    path: &'a str,
    found: Vec<Diagnostic>,
}

impl<'a> Diagnostics<'a> {
    /// A collector for the doc at `path` (as the user wrote it).
    pub fn new(path: &'a str) -> Self {
        Diagnostics {
            path,
            found: Vec::new(),
        }
    }

    /// Records a problem at `loc`.
    pub fn error(&mut self, loc: Loc, message: impl Into<String>) {
        self.found.push(Diagnostic {
            path: self.path.to_owned(),
            loc,
            message: message.into(),
        });
    }

    /// Whether any problem was recorded.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// The problems, in the order of the doc.
    pub fn into_vec(mut self) -> Vec<Diagnostic> {
        // Stable sort: problems on one line keep the order they were found in.
        self.found.sort_by_key(|d| d.loc);
        self.found
    }
}
