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

/// A documented rule that decides a flaw of third-party docs, so that the build goes on: each
/// decision is a warning that names the rule, and an error under `strict` (for teams that own
/// their docs). The README's "Flaws of real docs" lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// A derived type's row that re-declares an inherited property keeps the base's type (OData
    /// cannot change an inherited property's type).
    Inherited,
    /// A type's own resource page wins over API pages (Create, Update, request bodies).
    ResourcePage,
    /// Of two rows of one page that disagree, the first wins (Properties before
    /// Relationships); equal rows merge.
    FirstRow,
    /// Between API pages with no resource page, the first in build order wins.
    FirstPage,
    /// A link whose letter case differs from its file's leads to that file (the docs were
    /// written for a case-insensitive site).
    LinkCase,
    /// A row that is the wrapped tail of the previous row's description is not a property.
    WrappedRow,
    /// An API page's request body is of the type its annotations' `@odata.type` names, when its
    /// title names another.
    AnnotatedType,
    /// A type that cannot be found (a link to no file, a name no page defines, an empty Type
    /// cell), on a page the build reached only through links, is a `serde_json::Value` (or, for
    /// a base, the type goes without its base's rows): `unresolved = "error"` holds for the
    /// pages the user names.
    LinkedPage,
    /// The same, on a page that a folder or file-name pattern in `docs` brought in: a doc set's
    /// one flawed page must not fail the model of the whole folder. A page named on its own
    /// follows `unresolved`.
    FolderPage,
    /// What docmodel cannot read of an API page's operation is left out or loosened, not an
    /// error: a request line whose URL is no template, or whose method is not the first
    /// line's, is left out; a body or answer whose type no page defines is a
    /// `serde_json::Value`.
    Operation,
}

impl Rule {
    /// Every rule, in the order the README lists them.
    pub const ALL: [Rule; 10] = [
        Rule::Inherited,
        Rule::ResourcePage,
        Rule::FirstRow,
        Rule::FirstPage,
        Rule::LinkCase,
        Rule::WrappedRow,
        Rule::AnnotatedType,
        Rule::LinkedPage,
        Rule::FolderPage,
        Rule::Operation,
    ];

    /// The rule's short name, as `docmodel check` counts it.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Inherited => "inherited",
            Rule::ResourcePage => "resource-page",
            Rule::FirstRow => "first-row",
            Rule::FirstPage => "first-page",
            Rule::LinkCase => "link-case",
            Rule::WrappedRow => "wrapped-row",
            Rule::AnnotatedType => "annotated-type",
            Rule::LinkedPage => "linked-page",
            Rule::FolderPage => "folder-page",
            Rule::Operation => "operation",
        }
    }

    /// How to mend the docs so that the rule is not needed (the help of a `strict` error).
    pub fn fix(self) -> &'static str {
        match self {
            Rule::Inherited => {
                "strict mode: remove the row, or give it the base's type (an inherited \
                 property keeps its type)"
            }
            Rule::ResourcePage => {
                "strict mode: give this row the resource page's type, or remove it (the \
                 resource page is the truth about the type)"
            }
            Rule::FirstPage => {
                "strict mode: one type has one type per property, so make the rows agree"
            }
            Rule::FirstRow => "strict mode: keep one row for each property",
            Rule::LinkCase => "strict mode: spell the link as the file is named",
            Rule::WrappedRow => "strict mode: put the text back into the row it belongs to",
            Rule::AnnotatedType => "strict mode: make the title and the annotation name one type",
            Rule::LinkedPage => {
                "strict mode: link the page that defines the type, or add it to the docs"
            }
            Rule::FolderPage => {
                "strict mode: link the page that defines the type, add it to the docs, or \
                 leave this page out of the folder"
            }
            Rule::Operation => {
                "strict mode: write the request line as `METHOD /path/{parameter}`, one method \
                 a page, and link the page of the body's and the answer's type"
            }
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
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
    /// The rule that decided it, for a flaw of the docs that one decides: a warning, made an
    /// error by [`Diagnostic::strict`].
    pub rule: Option<Rule>,
    /// Whether it is a finding of a JSON example against the tables: it changes no type (a
    /// build script shows these one by one only with `examples`, and counts them otherwise).
    pub example: bool,
}

impl Diagnostic {
    /// An error about `origin`.
    pub fn error(origin: impl Into<Origin>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            origin: origin.into(),
            severity: Severity::Error,
            message: message.into(),
            help: None,
            rule: None,
            example: false,
        }
    }

    /// A warning about a JSON example that disagrees with the tables (or is not JSON).
    pub fn example(origin: impl Into<Origin>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            example: true,
            ..Diagnostic::warning(origin, message)
        }
    }

    /// A flaw of the docs at `origin` that `rule` decided: a warning whose message says what
    /// docmodel did (naming both places where two disagree).
    pub fn decided(
        origin: impl Into<Origin>,
        rule: Rule,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            rule: Some(rule),
            ..Diagnostic::warning(origin, message)
        }
    }

    /// The same, as `strict` mode reports it: a decision of a rule is an error, with help that
    /// says how to mend the docs.
    pub fn strict(self) -> Diagnostic {
        match self.rule {
            Some(rule) if self.severity == Severity::Warning => Diagnostic {
                severity: Severity::Error,
                help: self.help.or_else(|| Some(rule.fix().to_owned())),
                ..self
            },
            _ => self,
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

    /// Records a decision of `rule` about a flaw at `origin` ([`Diagnostic::decided`]).
    pub fn decided(&mut self, origin: impl Into<Origin>, rule: Rule, message: impl Into<String>) {
        self.push(Diagnostic::decided(origin, rule, message));
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

    #[test]
    fn strict_makes_a_decision_an_error_and_leaves_other_warnings_alone() {
        let place = Place::new("x.md", Loc { line: 4, col: 3 });
        let decided = Diagnostic::decided(place.clone(), Rule::FirstRow, "kept line 3's row");
        assert!(!decided.is_error());
        let strict = decided.strict();
        assert!(strict.is_error());
        assert_eq!(strict.rule, Some(Rule::FirstRow));
        assert_eq!(strict.help.as_deref(), Some(Rule::FirstRow.fix()));
        let warning = Diagnostic::warning(place, "an example disagrees");
        assert_eq!(warning.clone().strict(), warning);
    }
}
