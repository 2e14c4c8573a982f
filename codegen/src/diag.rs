//! Diagnostics: every problem and doubt a build finds, where it is, and what to do about it.
//!
//! Stages never stop at the first problem: they push into a [`Diagnostics`] collector and carry on
//! with what they could make sense of, so that one build reports everything at once (serde_derive's
//! `Ctxt` works the same way). A [`Diagnostic`] says how bad it is ([`Severity`]): an error fails
//! the build; a warning is a decision docmodel made about a flaw of the docs, which `docmodel check`
//! prints and the macro cannot (a proc-macro cannot warn on stable Rust).
//!
//! The message says what is wrong; the help, if any, what to do. The macro shows both on one line,
//! joined by `; ` ([`Diagnostic::text`]); the CLI shows the help on a line of its own, as rustc does.

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

/// A place in a doc: where a definition comes from, or what a diagnostic is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Place {
    /// The doc's path as the user wrote it (in the macro invocation or on the command line), or
    /// as a link led to it.
    pub path: String,
    /// The line and column in the doc.
    pub loc: Loc,
}

impl Place {
    /// The place at `loc` of the doc at `path`.
    pub fn new(path: &str, loc: Loc) -> Place {
        Place {
            path: path.to_owned(),
            loc,
        }
    }
}

impl fmt::Display for Place {
    /// `` `path` line N ``: how rustdoc and messages about another place name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` line {}", self.path, self.loc.line)
    }
}

/// An entry of an option of the macro.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OptionRef {
    /// `derive[i]`
    Derive(usize),
    /// `types[i]`
    Type(usize),
}

/// What a diagnostic is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Origin {
    /// A place in a doc.
    Doc(Place),
    /// An entry of an option (the macro points at its tokens).
    Option(OptionRef),
    /// The build as a whole: a bug in docmodel that no one place explains.
    Build,
}

impl From<Place> for Origin {
    fn from(place: Place) -> Origin {
        Origin::Doc(place)
    }
}

impl From<OptionRef> for Origin {
    fn from(option: OptionRef) -> Origin {
        Origin::Option(option)
    }
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The build fails.
    Error,
    /// A flaw of the docs that a documented rule resolved; the build goes on.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem or doubt.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// What it is about.
    pub origin: Origin,
    /// Whether it fails the build.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// What to do about it, if there is something to suggest.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error about `origin`.
    pub fn error(origin: impl Into<Origin>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            origin: origin.into(),
            severity: Severity::Error,
            message: message.into(),
            help: None,
        }
    }

    /// A warning about `origin`.
    pub fn warning(origin: impl Into<Origin>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(origin, message)
        }
    }

    /// A problem that no doc can cause: an inconsistency inside docmodel.
    pub fn bug(origin: impl Into<Origin>, what: &str) -> Diagnostic {
        Diagnostic::error(origin, format!("a bug in docmodel: {what}"))
            .with_help("please report it, with the docs that cause it")
    }

    /// The same, with `help`.
    pub fn with_help(self, help: impl Into<String>) -> Diagnostic {
        Diagnostic {
            help: Some(help.into()),
            ..self
        }
    }

    /// Whether it fails the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The place in a doc it is about, if it is about one.
    pub fn place(&self) -> Option<&Place> {
        match &self.origin {
            Origin::Doc(place) => Some(place),
            Origin::Option(_) | Origin::Build => None,
        }
    }

    /// The message and the help on one line: `message; help`.
    pub fn text(&self) -> String {
        match &self.help {
            Some(help) => format!("{}; {help}", self.message),
            None => self.message.clone(),
        }
    }
}

impl fmt::Display for Diagnostic {
    /// `path:LINE:COL: message; help`, or for a problem that is not in a doc `message; help`:
    /// what the macro reports.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(Place { path, loc }) = self.place() {
            write!(f, "{path}:{}:{}: ", loc.line, loc.col)?;
        }
        f.write_str(&self.message)?;
        match &self.help {
            Some(help) => write!(f, "; {help}"),
            None => Ok(()),
        }
    }
}

/// Collects the diagnostics of a stage, or of a whole build.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    found: Vec<Diagnostic>,
}

impl Diagnostics {
    /// No diagnostics yet.
    pub fn new() -> Self {
        Diagnostics::default()
    }

    /// Records `diagnostic`.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.found.push(diagnostic);
    }

    /// Records an error about `origin`.
    pub fn error(&mut self, origin: impl Into<Origin>, message: impl Into<String>) {
        self.push(Diagnostic::error(origin, message));
    }

    /// Records a warning about `origin`.
    pub fn warning(&mut self, origin: impl Into<Origin>, message: impl Into<String>) {
        self.push(Diagnostic::warning(origin, message));
    }

    /// Whether any error was recorded.
    pub fn has_errors(&self) -> bool {
        self.found.iter().any(Diagnostic::is_error)
    }

    /// Records every diagnostic of `other`.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.found.extend(other);
    }

    /// The diagnostics of one doc in line order (a stable sort: those of one line keep the order
    /// they were found in).
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.found
            .sort_by_key(|d| d.place().map(|p| p.loc).unwrap_or(Loc::START));
        self.found
    }

    /// The diagnostics, in the order they were recorded.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_macro_joins_the_help_and_keeps_every_character_of_the_message() {
        let place = Place::new("docs/x.md", Loc { line: 8, col: 12 });
        let error = Diagnostic::error(place.clone(), "duplicate property `a; b`")
            .with_help("remove one of the rows");
        assert_eq!(
            error.to_string(),
            "docs/x.md:8:12: duplicate property `a; b`; remove one of the rows"
        );
        let option = Diagnostic::error(OptionRef::Derive(0), "`Copy` cannot be derived");
        assert_eq!(option.to_string(), "`Copy` cannot be derived");
        assert!(option.place().is_none());
        let warning = Diagnostic::warning(place, "unknown type `widget; sprocket`");
        assert!(!warning.is_error());
        assert_eq!(warning.text(), "unknown type `widget; sprocket`");
    }

    #[test]
    fn a_collector_sorts_one_docs_diagnostics_by_place_and_keeps_their_order_on_a_line() {
        let at = |line, col| Place::new("x.md", Loc { line, col });
        let mut diags = Diagnostics::new();
        diags.warning(at(9, 1), "c");
        diags.error(at(3, 5), "a");
        diags.error(at(3, 5), "b");
        assert!(diags.has_errors());
        let messages: Vec<_> = diags.into_sorted().into_iter().map(|d| d.message).collect();
        assert_eq!(messages, ["a", "b", "c"]);
    }
}
