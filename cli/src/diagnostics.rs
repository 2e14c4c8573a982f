//! Diagnostics printed the way rustc prints them: the severity and message, the doc's path, line
//! and column, the doc's line with a caret under the column, and the help.
//!
//! ```text
//! error: duplicate property `id`: it is already at line 7
//!   --> docs/x.md:10:2
//!    |
//! 10 | |id|String|The id.|
//!    |  ^
//!    |
//!    = help: remove one of the rows
//! ```

use docmodel_codegen::{Diagnostic, Loc, Origin, Rule};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

/// Prints diagnostics to stderr, each once (a linked page's problem shows once, not once per page
/// that links it), reading the lines they point at from the docs.
#[derive(Default)]
pub struct Printer {
    printed: HashSet<String>,
    sources: Sources,
    /// How many of the printed diagnostics each rule decided.
    decided: BTreeMap<Rule, usize>,
}

impl Printer {
    /// A printer that knows the text of `path` without reading it (the built-in seed page).
    pub fn with_source(path: &str, bytes: &[u8]) -> Self {
        let mut printer = Printer::default();
        printer.sources.insert(path, bytes);
        printer
    }

    /// Prints each diagnostic not printed yet.
    pub fn print<'a>(&mut self, diagnostics: impl IntoIterator<Item = &'a Diagnostic>) {
        for diagnostic in diagnostics {
            let text = render(diagnostic, &mut self.sources);
            if self.printed.insert(text.clone()) {
                eprintln!("{text}");
                if let Some(rule) = diagnostic.rule {
                    *self.decided.entry(rule).or_default() += 1;
                }
            }
        }
    }

    /// `decided: link-case 32, inherited 13`: how many flaws of the docs each rule decided (among
    /// the diagnostics printed, each once), in the order of [`Rule::ALL`]; `None` if none did.
    pub fn decided_line(&self) -> Option<String> {
        let counts: Vec<String> = Rule::ALL
            .iter()
            .filter_map(|rule| Some(format!("{rule} {}", self.decided.get(rule)?)))
            .collect();
        (!counts.is_empty()).then(|| format!("decided: {}", counts.join(", ")))
    }
}

/// The text of the docs diagnostics point into: the built-in ones, and the last one read (a
/// page's diagnostics come together, and a run over thousands of pages keeps one page at a time).
#[derive(Default)]
struct Sources {
    built_in: HashMap<String, Vec<String>>,
    last: Option<(String, Option<Vec<String>>)>,
}

impl Sources {
    fn insert(&mut self, path: &str, bytes: &[u8]) {
        self.built_in.insert(path.to_owned(), lines_of(bytes));
    }

    /// Line `line` (1-based) of the doc at `path`, if it can be read and has it.
    fn line(&mut self, path: &str, line: usize) -> Option<&str> {
        let lines = match self.built_in.get(path) {
            Some(lines) => Some(lines),
            None => {
                if self.last.as_ref().is_none_or(|(last, _)| last != path) {
                    let read = std::fs::read(path).ok().map(|bytes| lines_of(&bytes));
                    self.last = Some((path.to_owned(), read));
                }
                self.last.as_ref().and_then(|(_, lines)| lines.as_ref())
            }
        };
        lines?.get(line.checked_sub(1)?).map(String::as_str)
    }
}

/// A doc's lines as a reader sees them: without a byte order mark or line ends, invalid UTF-8
/// replaced, and tabs as single spaces (so that the caret's column counts characters as the
/// diagnostic's does).
fn lines_of(bytes: &[u8]) -> Vec<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8_lossy(bytes)
        .split('\n')
        .map(|line| line.trim_end_matches('\r').replace('\t', " "))
        .collect()
}

/// One diagnostic as rustc would print it (without a trailing blank line).
fn render(diagnostic: &Diagnostic, sources: &mut Sources) -> String {
    let mut out = format!("{}: {}", diagnostic.severity, diagnostic.message);
    let (gutter, shown) = match &diagnostic.origin {
        Origin::Doc(place) => {
            let Loc { line, col } = place.loc;
            let gutter = " ".repeat(line.to_string().len());
            let _ = write!(out, "\n{gutter}--> {}:{line}:{col}", place.path);
            // A page-wide problem (no title, no table) is at the start, whose line tells nothing.
            let source = (place.loc != Loc::START)
                .then(|| sources.line(&place.path, line))
                .flatten();
            if let Some(source) = source {
                let caret = " ".repeat(col.saturating_sub(1));
                let _ = write!(out, "\n{gutter} |\n{line} | {source}\n{gutter} | {caret}^");
            }
            (gutter, source.is_some())
        }
        Origin::Option(_) | Origin::Build => (" ".to_owned(), false),
    };
    if let Some(help) = &diagnostic.help {
        if shown {
            let _ = write!(out, "\n{gutter} |");
        }
        let _ = write!(out, "\n{gutter} = help: {help}");
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use docmodel_codegen::Place;

    fn sources(path: &str, text: &str) -> Sources {
        let mut sources = Sources::default();
        sources.insert(path, text.as_bytes());
        sources
    }

    #[test]
    fn the_line_is_shown_under_the_location_with_a_caret_and_the_help_below() {
        let text = "# x\n\n|Property|Type|\n|-|-|\n|id|String|\n|id|String|\n";
        let place = Place::new("x.md", Loc { line: 6, col: 2 });
        let error = Diagnostic::error(place, "duplicate property `id`: it is already at line 5")
            .with_help("remove one of the rows");
        assert_eq!(
            render(&error, &mut sources("x.md", text)),
            "error: duplicate property `id`: it is already at line 5\n \
             --> x.md:6:2\n  |\n6 | |id|String|\n  |  ^\n  |\n  = help: remove one of the rows\n"
        );
    }

    #[test]
    fn the_gutter_is_as_wide_as_the_line_number_and_tabs_count_as_one_column() {
        let text = format!("{}\ta|b\r\n", "\n".repeat(11));
        let place = Place::new("x.md", Loc { line: 12, col: 3 });
        let warning = Diagnostic::warning(place, "w");
        assert_eq!(
            render(&warning, &mut sources("x.md", &text)),
            "warning: w\n  --> x.md:12:3\n   |\n12 |  a|b\n   |   ^\n"
        );
    }

    #[test]
    fn without_its_line_only_the_place_and_help_are_shown() {
        let place = Place::new("gone.md", Loc { line: 3, col: 1 });
        let error = Diagnostic::error(place, "e").with_help("h");
        assert_eq!(
            render(&error, &mut Sources::default()),
            "error: e\n --> gone.md:3:1\n  = help: h\n"
        );
        // An option's problem, or a bug of the build as a whole: no place, so no gutter either.
        let option = Diagnostic::error(docmodel_codegen::OptionRef::Derive(0), "o").with_help("h");
        assert_eq!(
            render(&option, &mut Sources::default()),
            "error: o\n  = help: h\n"
        );
        // A page-wide problem: its place, not its first line.
        let start = Diagnostic::error(Place::new("x.md", Loc::START), "no title");
        assert_eq!(
            render(&start, &mut sources("x.md", "---\n")),
            "error: no title\n --> x.md:1:1\n"
        );
    }
}
