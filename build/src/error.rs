//! The error of a build: every problem found, each on a line of its own.

use docmodel_codegen::Diagnostic;
use std::fmt;

/// One problem.
#[derive(Debug)]
pub(crate) enum Problem {
    /// A problem of the docs or of the options, as the engine reports it.
    Doc(Diagnostic),
    /// A problem of the builder's setup: an option that cannot be used, a missing environment
    /// variable.
    Setup(String),
    /// A file that cannot be written, or output that cannot be printed.
    Io {
        /// What could not be done.
        what: String,
        /// Why.
        error: std::io::Error,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Doc(diagnostic) => write!(f, "{diagnostic}"),
            Problem::Setup(message) => f.write_str(message),
            Problem::Io { what, error } => write!(f, "{what}: {error}"),
        }
    }
}

/// Why [`Builder::write`](crate::Builder::write) or [`Builder::generate`](crate::Builder::generate)
/// failed: every problem found, not only the first. `Display` and `Debug` are the same: each
/// problem on a line of its own, `path:LINE:COL: message; help` for a problem in a doc (as the
/// macro reports it), the message alone for one of the options or the setup, so that both
/// `.unwrap()` and `fn main() -> Result<(), Box<dyn std::error::Error>>` show them all.
pub struct Error {
    problems: Vec<Problem>,
}

impl Error {
    pub(crate) fn new(problems: Vec<Problem>) -> Self {
        Error { problems }
    }

    /// The problems of the docs and of the options, as the engine reports them (not those of the
    /// setup or of writing the file).
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.problems.iter().filter_map(|p| match p {
            Problem::Doc(diagnostic) => Some(diagnostic),
            Problem::Setup(_) | Problem::Io { .. } => None,
        })
    }

    /// Each problem as a line of text (no line breaks inside), in the order found.
    pub fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.problems.iter().map(|p| one_line(&p.to_string()))
    }
}

/// `text` with each line break a space, so that it is one line.
pub(crate) fn one_line(text: &str) -> String {
    text.replace("\r\n", " ").replace(['\n', '\r'], " ")
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, line) in self.lines().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            f.write_str(&line)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    /// The same as `Display`, so that `.unwrap()` and `main` returning the error show the
    /// problems as lines rather than as a struct.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Error {}
