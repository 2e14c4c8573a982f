//! The `docs` entries of a build, read from disk: which pages each entry names (a file, a folder,
//! a file-name pattern, as [`expand`] reads them), which of a folder's or pattern's pages are
//! skipped because they describe no type, each page once, and never a page outside the folder
//! docs are read from. The macro and `docmodel-build` both read their `docs` through
//! [`read_docs`], so that one list of entries names the same pages, with the same problems, in
//! either; each reports the problems its own way (the macro on the entry's literal, the build
//! script as lines of text).

use super::{absolute, expand, is_within};
use crate::Doc;
use crate::diag::{Diagnostic, Loc, Origin, Place};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Where the `docs` entries are read from, and how messages name those places.
#[derive(Debug, Clone, Copy)]
pub struct DocsFrom<'a> {
    /// The folder entries are relative to: the crate root.
    pub base: &'a Path,
    /// How messages name `base` (`the root of the crate that invokes the macro (...)`).
    pub base_described: &'a str,
    /// The folder docs may be read from ([`default_read_root`], or the `root` option).
    pub root: &'a Path,
    /// How messages name `root` (`` `root` ``, `the workspace root`).
    pub root_described: &'a str,
    /// How the user sets `root`, for the help of a doc outside it (`` `root = "..."` ``).
    pub root_option: &'a str,
}

/// One doc an entry named, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadDoc {
    /// The index of the entry that named it (the first, if several did).
    pub entry: usize,
    /// Its path as written: the entry, or the entry's folder or pattern folder joined with the
    /// page's path below it.
    pub path: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Whether a folder or pattern named it ([`Doc::in_folder`]).
    pub in_folder: bool,
}

impl ReadDoc {
    /// The doc, to build.
    pub fn doc(&self) -> Doc<'_> {
        Doc {
            path: &self.path,
            bytes: &self.bytes,
            in_folder: self.in_folder,
        }
    }
}

/// A problem of one entry: a doc it names that cannot be read or is outside `root`, a pattern
/// that matches nothing, a folder or pattern none of whose pages describes a type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryProblem {
    /// The index of the entry.
    pub entry: usize,
    /// The problem: at `path:1:1` of the doc it is about, or, for the entry as a whole, with no
    /// place ([`Origin::Build`]) and a message that names the entry.
    pub diagnostic: Diagnostic,
}

/// What reading the entries found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadDocs {
    /// The docs to build, each once, in the order of the entries (each entry's in sorted order),
    /// without a folder's or pattern's pages that describe no type.
    pub docs: Vec<ReadDoc>,
    /// Every problem, in the order found: an entry's own after those of its docs.
    pub problems: Vec<EntryProblem>,
    /// Every file read, with the entry that named it (skipped pages too): what to track, so that
    /// editing one rebuilds, also when it has errors or is skipped.
    pub files: Vec<(usize, PathBuf)>,
    /// The folder each folder or pattern entry names (for a pattern, its file's folder): what to
    /// track so that a page added there is seen, where that can be tracked.
    pub folders: Vec<PathBuf>,
}

impl ReadDocs {
    /// The docs, to build.
    pub fn inputs(&self) -> Vec<Doc<'_>> {
        self.docs.iter().map(ReadDoc::doc).collect()
    }
}

/// Reads the docs the `entries` name, as `from` says. A folder or pattern skips its pages that
/// generate nothing (conceptual pages; see [`crate::generates`]), so that a folder of a whole doc
/// set is one model; a page named on its own must describe a type or an operation (building it
/// says so if it does not).
pub fn read_docs<'e>(entries: impl IntoIterator<Item = &'e str>, from: &DocsFrom<'_>) -> ReadDocs {
    let mut read = ReadDocs::default();
    let mut seen = HashSet::new();
    for (entry, written) in entries.into_iter().enumerate() {
        let many = names_many(from.base, written);
        if many {
            read.folders
                .push(absolute(&from.base.join(entry_folder(written))));
        }
        let found = match expand(from.base, written) {
            Ok(found) => found,
            Err(message) => {
                read.problem(entry, Diagnostic::error(Origin::Build, message));
                continue;
            }
        };
        let (mut kept, mut skipped) = (0, 0);
        for path in found {
            if seen.contains(&path) {
                continue;
            }
            match read_doc(&path, from) {
                Ok((file, bytes)) => {
                    read.files.push((entry, file));
                    if many && !generates(&path, &bytes) {
                        skipped += 1;
                        continue;
                    }
                    kept += 1;
                    seen.insert(path.clone());
                    read.docs.push(ReadDoc {
                        entry,
                        path,
                        bytes,
                        in_folder: many,
                    });
                }
                Err(problem) => {
                    seen.insert(path);
                    read.problem(entry, problem);
                }
            }
        }
        if kept == 0 && skipped > 0 {
            let message = format!(
                "no page of `{written}` describes a type (has a property or member table); name a \
                 page that does"
            );
            read.problem(entry, Diagnostic::error(Origin::Build, message));
        }
    }
    read
}

impl ReadDocs {
    fn problem(&mut self, entry: usize, diagnostic: Diagnostic) {
        self.problems.push(EntryProblem { entry, diagnostic });
    }
}

/// Reads the doc `written` if it is inside the folder docs are read from: the file read and its
/// bytes; else why not.
fn read_doc(written: &str, from: &DocsFrom<'_>) -> Result<(PathBuf, Vec<u8>), Diagnostic> {
    let file = from.base.join(written);
    let place = Place::new(written, Loc::START);
    if !is_within(from.root, &file) {
        let message = format!(
            "this doc is outside the folder docs are read from ({})",
            from.root_described
        );
        let help = format!(
            "move it there, or set {} to a folder that holds it",
            from.root_option
        );
        return Err(Diagnostic::error(place, message).with_help(help));
    }
    match std::fs::read(&file) {
        Ok(bytes) => Ok((file, bytes)),
        Err(e) => Err(
            Diagnostic::error(place, format!("cannot read this doc: {e}"))
                .with_help(format!("the path is relative to {}", from.base_described)),
        ),
    }
}

/// Whether the doc has something to generate (see [`crate::generates`]).
fn generates(path: &str, bytes: &[u8]) -> bool {
    crate::generates(&Doc {
        path,
        bytes,
        in_folder: false,
    })
}

/// The folder docs may be read from when no `root` is given: the workspace root, i.e. the
/// nearest folder at or above `crate_dir` whose `Cargo.toml` has a `[workspace]` table, else
/// `crate_dir` itself.
pub fn default_read_root(crate_dir: &Path) -> PathBuf {
    crate_dir
        .ancestors()
        .find(|dir| {
            std::fs::read_to_string(dir.join("Cargo.toml"))
                .is_ok_and(|toml| toml.lines().any(|line| line.trim() == "[workspace]"))
        })
        .unwrap_or(crate_dir)
        .to_owned()
}

/// Whether a `docs` entry names many pages (a folder, or a file-name pattern with `*` or `?`, as
/// [`expand`] reads them) rather than one: a folder or pattern skips its pages that describe no
/// type, where a page named on its own must describe one.
pub fn names_many(crate_dir: &Path, written: &str) -> bool {
    let name = written.rsplit('/').next().unwrap_or(written);
    name.contains(['*', '?']) || crate_dir.join(written).is_dir()
}

/// The folder of a folder or pattern entry, as written: the folder itself, or a pattern's
/// folder (`docs/*.md` -> `docs`; `*.md` -> the empty path).
fn entry_folder(written: &str) -> &str {
    match written.rsplit_once('/') {
        Some((dir, name)) if name.contains(['*', '?']) => dir,
        None if written.contains(['*', '?']) => "",
        _ => written,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tests_dir() -> PathBuf {
        absolute(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests"))
    }

    fn from<'a>(base: &'a Path, root: &'a Path) -> DocsFrom<'a> {
        DocsFrom {
            base,
            base_described: "the crate root",
            root,
            root_described: "`root`",
            root_option: "`root = \"...\"`",
        }
    }

    #[test]
    fn folders_and_patterns_name_many_pages() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert!(names_many(dir, "src"));
        assert!(names_many(dir, "src/*.rs"));
        assert!(names_many(dir, "src/l?b.rs"));
        assert!(!names_many(dir, "src/lib.rs"));
        assert!(!names_many(dir, "src/missing.md"));
        assert_eq!(entry_folder("docs/a/*.md"), "docs/a");
        assert_eq!(entry_folder("*.md"), "");
        assert_eq!(entry_folder("docs/a"), "docs/a");
    }

    #[test]
    fn the_default_root_is_the_workspace_root() {
        let codegen = absolute(Path::new(env!("CARGO_MANIFEST_DIR")));
        let workspace = codegen.parent().unwrap();
        assert_eq!(default_read_root(&codegen), workspace);
    }

    #[test]
    fn a_folder_skips_pages_without_types_reads_each_page_once_and_marks_them() {
        let dir = tests_dir();
        let entries = [
            "docs/folder/resources",
            "docs/folder/resources/gizmo.md",
            "docs/widget.md",
        ];
        let read = read_docs(entries, &from(&dir, &dir));
        assert_eq!(read.problems, []);
        let paths: Vec<_> = read.docs.iter().map(|d| d.path.as_str()).collect();
        assert!(
            paths.contains(&"docs/folder/resources/gizmo.md"),
            "{paths:?}"
        );
        assert!(!paths.iter().any(|p| p.contains("overview")), "{paths:?}");
        assert_eq!(paths.last(), Some(&"docs/widget.md"));
        let gizmo = read.docs.iter().find(|d| d.path.ends_with("gizmo.md"));
        assert_eq!(gizmo.map(|d| (d.entry, d.in_folder)), Some((0, true)));
        assert!(
            !read
                .docs
                .iter()
                .any(|d| d.path == "docs/widget.md" && d.in_folder)
        );
        // The skipped pages are read, and so tracked.
        assert!(read.files.len() > read.docs.len());
        assert_eq!(read.folders, [dir.join("docs/folder/resources")]);
    }

    #[test]
    fn problems_name_the_doc_or_the_entry() {
        let dir = tests_dir();
        let entries = [
            "docs/does-not-exist.md",
            "../codegen/Cargo.toml",
            "docs/folder/resources/over*.md",
            "docs/*.nothing",
        ];
        let read = read_docs(entries, &from(&dir, &dir));
        let problems: Vec<_> = read
            .problems
            .iter()
            .map(|p| (p.entry, p.diagnostic.to_string()))
            .collect();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert_eq!(problems[0].0, 0);
        assert!(
            problems[0]
                .1
                .starts_with("docs/does-not-exist.md:1:1: cannot read this doc: "),
            "{}",
            problems[0].1
        );
        assert!(
            problems[0]
                .1
                .ends_with("; the path is relative to the crate root")
        );
        assert_eq!(
            problems[1],
            (
                1,
                "../codegen/Cargo.toml:1:1: this doc is outside the folder docs are read from \
                 (`root`); move it there, or set `root = \"...\"` to a folder that holds it"
                    .to_owned()
            )
        );
        assert_eq!(
            problems[2],
            (
                2,
                "no page of `docs/folder/resources/over*.md` describes a type (has a property or \
                 member table); name a page that does"
                    .to_owned()
            )
        );
        assert_eq!(
            problems[3],
            (3, "`docs/*.nothing` matches no file".to_owned())
        );
        assert!(read.docs.is_empty());
        assert_eq!(
            read.folders,
            [dir.join("docs/folder/resources"), dir.join("docs")]
        );
    }
}
