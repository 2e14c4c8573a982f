//! docmodel for build scripts: Markdown API reference pages compiled into serde types in
//! `OUT_DIR`, by the engine behind `docmodel::include_models!`, without a proc-macro.
//!
//! ```no_run
//! // build.rs
//! fn main() {
//!     docmodel_build::Builder::new()
//!         .docs(["docs/v1.0/resources"])
//!         .write("models.rs")
//!         .unwrap();
//! }
//! ```
//!
//! ```ignore
//! // src/lib.rs
//! include!(concat!(env!("OUT_DIR"), "/models.rs"));
//! ```
//!
//! ```toml
//! # Cargo.toml
//! [dependencies]
//! docmodel = "0.1"
//!
//! [build-dependencies]
//! docmodel-build = "0.1"
//! ```
//!
//! The generated code names everything through `::docmodel`, so the crate depends on `docmodel`
//! alone (plus this crate for its build script), as with the macro.
//!
//! # The macro or a build script
//!
//! The macro, `docmodel::include_models!("docs/page.md")`, is the simple choice: one dependency,
//! nothing to set up, and a few pages compile in no time. A build script is better when
//!
//! - **the doc set is large** (a folder of hundreds of pages): the code is generated when a doc
//!   changes, not on every build of the crate. All 1,239 resource pages of Graph v1.0 generate
//!   in 5 s under cargo's defaults (build scripts are not optimized, in release builds either),
//!   in 1.6 s with `[profile.dev.build-override] opt-level = 3` (3.4 MiB of code, 80 warnings);
//! - **you use an IDE**: rust-analyzer caches proc-macro expansions, so after editing a page its
//!   completions stay stale until the macro call is touched; a file in `OUT_DIR` is read again;
//! - **you want the warnings**: a proc-macro cannot warn on stable Rust, so the macro is silent
//!   about the flaws of the docs that a documented rule decided; a build script prints each as a
//!   `warning:` of cargo;
//! - **pages are added to folders**: the build script tells cargo to watch each folder a `docs`
//!   entry names (and the folders links were looked up in), so a new page is seen; the macro can
//!   only track files it read.
//!
//! # Options
//!
//! Every option of the macro (its README's "Options" says what each does) is a method of
//! [`Builder`], which is a builder by value: each method takes the builder and returns it, so
//! calls chain, and [`Builder::write`] and [`Builder::generate`] take `&self`.
//!
//! | macro | builder |
//! |---|---|
//! | `docs = ["docs/a.md", "docs/resources"]` | [`.docs(["docs/a.md", "docs/resources"])`](Builder::docs) |
//! | `derive = [Eq, core::hash::Hash]` | [`.derive(["Eq", "core::hash::Hash"])`](Builder::derive) |
//! | `types = { DateTimeOffset = String }` | [`.types([("DateTimeOffset", "String")])`](Builder::types), or [`.type_override(..)`](Builder::type_override) |
//! | `root = "docs"` | [`.root("docs")`](Builder::root) |
//! | `unresolved = "value"` | [`.unresolved(Unresolved::Value)`](Builder::unresolved) |
//! | `examples = true` | [`.examples(true)`](Builder::examples) |
//! | `strict = true` | [`.strict(true)`](Builder::strict) |
//! | `operations = false` | [`.operations(false)`](Builder::operations) |
//!
//! Paths are relative to the crate root (`CARGO_MANIFEST_DIR`, or [`Builder::crate_dir`]), and
//! docs are read only inside the workspace root unless `root` says otherwise, as in the macro.
//! `derive` paths and `types` Rust types are strings, parsed as Rust; one that does not parse is
//! an error like any other.
//!
//! # What `write` tells cargo
//!
//! - `cargo::rerun-if-changed=PATH` for every file read (the pages named, the pages links led to,
//!   the pages a folder skipped because they describe no type), for every folder a `docs` entry
//!   names (a pattern's folder), and for every folder a link or a name was looked up in; so
//!   editing, adding or removing a page runs the build script again, and nothing else does. A
//!   folder that holds `OUT_DIR` is not watched (writing the output would change it every time).
//! - `cargo::warning=path:LINE:COL: message` for each flaw of the docs a documented rule decided;
//!   the findings in the docs' JSON examples, which change no type, one by one only with
//!   [`Builder::examples`], else counted in one warning.
//!
//! Errors are not printed: [`Builder::write`] returns them all at once as an [`Error`], whose
//! `Display` and `Debug` list each on a line of its own, `path:LINE:COL: message; help`, so that
//! `.unwrap()` and `fn main() -> Result<(), Box<dyn std::error::Error>>` both show them.

// The examples are build scripts, whose `fn main` is the point.
#![allow(clippy::needless_doctest_main)]
// No panics on any input; tests may unwrap what they set up.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

mod cargo;
mod error;
#[cfg(test)]
mod tests;

pub use docmodel_codegen::{Diagnostic, Loc, OptionRef, Origin, Place, Rule, Severity};
pub use error::Error;

use docmodel_codegen::{Derive, DocsFrom, FsLoader, Options, TypeOverride};
use error::Problem;
use quote::ToTokens;
use std::path::{Path, PathBuf};

/// What a Type cell whose type cannot be found becomes, on a page a `docs` entry names on its own
/// (the macro's `unresolved`). On a page that a folder or pattern brought in, or that only links
/// led to, it is a `serde_json::Value` with a warning either way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Unresolved {
    /// An error at the cell (the default: a model never silently loses a type).
    #[default]
    Error,
    /// A `serde_json::Value`, with a warning (for partial models of a doc set with gaps).
    Value,
}

/// Generates the types of some docs, into a file of `OUT_DIR` ([`write`](Builder::write)) or as a
/// string ([`generate`](Builder::generate)). A builder by value: each option method takes and
/// returns it.
#[derive(Debug, Clone, Default)]
#[must_use = "a Builder does nothing until `write` or `generate` is called"]
pub struct Builder {
    docs: Vec<String>,
    derives: Vec<String>,
    types: Vec<(String, String)>,
    root: Option<PathBuf>,
    unresolved: Unresolved,
    examples: bool,
    strict: bool,
    /// `operations(false)`: kept negated, so that `Default` is the macro's default (on).
    no_operations: bool,
    crate_dir: Option<PathBuf>,
    out_dir: Option<PathBuf>,
}

impl Builder {
    /// A builder with no docs and the macro's defaults.
    pub fn new() -> Self {
        Builder::default()
    }

    /// Adds docs, generated as one model: files, folders (every `*.md` below, but the pages that
    /// describe no type) or file-name patterns with `*` and `?`, relative to the crate root,
    /// written with `/`.
    pub fn docs<I>(mut self, docs: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        self.docs.extend(docs.into_iter().map(Into::into));
        self
    }

    /// Adds derives for every generated type where they are valid, as Rust paths:
    /// `["Eq", "core::hash::Hash"]`.
    pub fn derive<I>(mut self, derives: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        self.derives.extend(derives.into_iter().map(Into::into));
        self
    }

    /// Adds Rust types for doc types: `[("DateTimeOffset", "String"), ("Edm.Double",
    /// "serde_json::Number")]`. A key is a primitive in any spelling the docs use, or an enum's
    /// doc name; the Rust type is resolved where the file is included.
    pub fn types<I, K, T>(mut self, types: I) -> Self
    where
        I: IntoIterator<Item = (K, T)>,
        K: Into<String>,
        T: Into<String>,
    {
        self.types
            .extend(types.into_iter().map(|(k, t)| (k.into(), t.into())));
        self
    }

    /// Adds one Rust type for a doc type: [`types`](Builder::types) with one entry.
    pub fn type_override(self, key: impl Into<String>, rust: impl Into<String>) -> Self {
        self.types([(key, rust)])
    }

    /// The folder docs may be read from, relative to the crate root. Default: the workspace root
    /// (the nearest folder at or above the crate whose `Cargo.toml` has `[workspace]`, else the
    /// crate root).
    pub fn root(mut self, root: impl Into<PathBuf>) -> Self {
        self.root = Some(root.into());
        self
    }

    /// What a type that cannot be found becomes ([`Unresolved`]). Default: an error.
    pub fn unresolved(mut self, unresolved: Unresolved) -> Self {
        self.unresolved = unresolved;
        self
    }

    /// Whether each response example of the docs that agrees with the tables becomes a `#[test]`
    /// that reads it and writes it back (in `mod docmodel_examples`). Default: no.
    pub fn examples(mut self, examples: bool) -> Self {
        self.examples = examples;
        self
    }

    /// Whether a flaw of the docs that a documented rule decides is an error rather than a
    /// warning, for teams that own their docs. Default: no.
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    /// Whether each API page's operation becomes a type that builds its request and reads its
    /// answer (see the README's "Operations"). Default: yes.
    pub fn operations(mut self, operations: bool) -> Self {
        self.no_operations = !operations;
        self
    }

    /// The crate root, which paths are relative to. Default: `CARGO_MANIFEST_DIR`, which cargo
    /// sets for build scripts; for tests and tools.
    pub fn crate_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.crate_dir = Some(dir.into());
        self
    }

    /// The folder [`write`](Builder::write) writes into. Default: `OUT_DIR`, which cargo sets for
    /// build scripts.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// The generated code as formatted Rust source, with the header comment that
    /// [`write`](Builder::write) writes: no file written, nothing printed. Every problem found,
    /// if there is one.
    pub fn generate(&self) -> Result<String, Error> {
        let run = self.run();
        match run.source {
            Ok(source) => Ok(source),
            Err(problems) => Err(Error::new(problems)),
        }
    }

    /// Generates the code into the file `file_name` of `OUT_DIR` (or [`out_dir`](Builder::out_dir)),
    /// unless the file holds that code already (so that what includes it is not rebuilt for
    /// nothing), and prints what tells cargo when to run the build script again, and the
    /// warnings, on stdout. Every problem found, if there is one; the warnings and what to watch
    /// are printed then too, so that fixing the docs runs the script again.
    pub fn write(&self, file_name: impl AsRef<Path>) -> Result<(), Error> {
        self.write_to(file_name, &mut std::io::stdout().lock())
    }

    /// [`write`](Builder::write), printing cargo's instructions to `out` instead of stdout.
    pub fn write_to(
        &self,
        file_name: impl AsRef<Path>,
        out: &mut dyn std::io::Write,
    ) -> Result<(), Error> {
        let out_dir = match &self.out_dir {
            Some(dir) => Some(dir.clone()),
            None => std::env::var_os("OUT_DIR").map(PathBuf::from),
        };
        let run = self.run();
        let mut problems = match out_dir {
            Some(_) => Vec::new(),
            None => vec![Problem::Setup(
                "OUT_DIR is not set: call `write` from a build script (cargo sets OUT_DIR), or \
                 set `Builder::out_dir`"
                    .to_owned(),
            )],
        };
        let out_dir = out_dir.map(|dir| docmodel_codegen::absolute(&dir));
        if let Err(error) = cargo::print(&run, out_dir.as_deref(), out) {
            problems.push(Problem::Io {
                what: "cannot print cargo's instructions".to_owned(),
                error,
            });
        }
        let source = match run.source {
            Ok(source) => Some(source),
            Err(found) => {
                problems.extend(found);
                None
            }
        };
        if let (Some(source), Some(out_dir), true) = (source, out_dir, problems.is_empty()) {
            let file = out_dir.join(file_name);
            if let Err(error) = write_if_changed(&file, &source) {
                problems.push(Problem::Io {
                    what: format!("cannot write {}", file.display()),
                    error,
                });
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::new(problems))
        }
    }

    /// Reads the docs and generates their code.
    fn run(&self) -> Run {
        let mut problems = Vec::new();
        let crate_dir = match &self.crate_dir {
            Some(dir) => Some((dir.clone(), "`crate_dir`")),
            None => std::env::var_os("CARGO_MANIFEST_DIR").map(|dir| {
                let described = "the crate root (CARGO_MANIFEST_DIR, the folder of its Cargo.toml)";
                (PathBuf::from(dir), described)
            }),
        };
        let Some((crate_dir, base_described)) = crate_dir else {
            return Run {
                source: Err(vec![Problem::Setup(
                    "CARGO_MANIFEST_DIR is not set: call this from a build script (cargo sets \
                     CARGO_MANIFEST_DIR), or set `Builder::crate_dir`"
                        .to_owned(),
                )]),
                warnings: Vec::new(),
                example_findings: 0,
                files: Vec::new(),
                folders: Vec::new(),
            };
        };
        let crate_dir = docmodel_codegen::absolute(&crate_dir);
        let options = self.options(&mut problems);
        let (read_root, root_described) = match &self.root {
            None => (
                docmodel_codegen::default_read_root(&crate_dir),
                "the workspace root",
            ),
            Some(root) => {
                let dir = crate_dir.join(root);
                if !dir.is_dir() {
                    problems.push(Problem::Setup(format!(
                        "`root` is not a folder: `{}`; it is relative to {base_described}",
                        root.display()
                    )));
                }
                (dir, "`root`")
            }
        };
        if self.docs.is_empty() {
            problems.push(Problem::Setup(
                "no `docs`: give the Markdown docs to read, \
                 `Builder::new().docs([\"docs/page.md\"])`"
                    .to_owned(),
            ));
        }
        if self.docs.iter().any(String::is_empty) {
            problems.push(Problem::Setup(
                "a `docs` entry is empty: give a file, a folder or a pattern".to_owned(),
            ));
        }
        let entries = self
            .docs
            .iter()
            .map(String::as_str)
            .filter(|e| !e.is_empty());
        let from = DocsFrom {
            base: &crate_dir,
            base_described,
            root: &read_root,
            root_described,
            root_option: "`Builder::root`",
        };
        let read = docmodel_codegen::read_docs(entries, &from);
        problems.extend(
            read.problems
                .iter()
                .map(|p| Problem::Doc(p.diagnostic.clone())),
        );
        let mut loader = FsLoader::new(&crate_dir, &read_root, root_described);
        let build = docmodel_codegen::build(&read.inputs(), &options, &mut loader);
        let mut files: Vec<PathBuf> = read.files.into_iter().map(|(_, file)| file).collect();
        files.extend(loader.files_read().iter().cloned());
        let mut folders = read.folders;
        folders.extend(loader.folders_read().iter().cloned());
        problems.extend(build.errors().cloned().map(Problem::Doc));
        let source = if problems.is_empty() {
            match docmodel_codegen::format(&build, &options) {
                Ok(code) => Ok(format!("{}\n{code}", self.header())),
                Err(found) => Err(found.into_iter().map(Problem::Doc).collect()),
            }
        } else {
            Err(problems)
        };
        // Without `examples`, the examples' findings change nothing the build makes: a doc set
        // the user did not write has hundreds (v1.0's resources: 170 of 249 warnings), which
        // would bury the warnings about types. They are counted in one warning instead.
        let (examples, warnings): (Vec<_>, Vec<_>) = build
            .warnings()
            .cloned()
            .partition(|w| w.example && !self.examples);
        Run {
            source,
            warnings,
            example_findings: examples.len(),
            files,
            folders,
        }
    }

    /// The engine's options; a derive path or a Rust type that does not parse is a problem.
    fn options(&self, problems: &mut Vec<Problem>) -> Options {
        let mut options = Options::new(quote::quote!(::docmodel));
        for written in &self.derives {
            match syn::parse_str::<syn::Path>(written) {
                Ok(path) => options.derives.push(Derive {
                    name: path
                        .segments
                        .last()
                        .map(|s| s.ident.to_string())
                        .unwrap_or_default(),
                    path: path.to_token_stream(),
                }),
                Err(e) => problems.push(Problem::Setup(format!(
                    "`derive`: `{written}` is not a Rust path ({e}); write one such as `Eq` or \
                     `core::hash::Hash`"
                ))),
            }
        }
        for (key, written) in &self.types {
            match syn::parse_str::<syn::Type>(written) {
                Ok(rust) => options.types.push(TypeOverride {
                    key: key.clone(),
                    rust: rust.to_token_stream(),
                }),
                Err(e) => problems.push(Problem::Setup(format!(
                    "`types`: `{written}`, the type for `{key}`, is not a Rust type ({e}); write \
                     one such as `String` or `serde_json::Number`"
                ))),
            }
        }
        options.unresolved = match self.unresolved {
            Unresolved::Error => docmodel_codegen::Unresolved::Error,
            Unresolved::Value => docmodel_codegen::Unresolved::Json,
        };
        options.examples = self.examples;
        options.strict = self.strict;
        options.operations = !self.no_operations;
        options
    }

    /// The comment at the top of the generated file: that it is generated, from which docs, and
    /// not to be edited. Each entry is quoted and escaped, so that no name breaks the comment.
    fn header(&self) -> String {
        let mut header = String::from(
            "// @generated by docmodel-build from the docs below (paths relative to the crate\n\
             // root). Do not edit this file: edit the docs, or the build script, and build again.\n",
        );
        for entry in &self.docs {
            header.push_str(&format!("//   {entry:?}\n"));
        }
        header
    }
}

/// What a run found.
#[derive(Debug)]
struct Run {
    /// The generated source, with its header, or every problem.
    source: Result<String, Vec<Problem>>,
    /// The warnings to show, one by one.
    warnings: Vec<Diagnostic>,
    /// The findings in JSON examples not among `warnings` (without `examples`).
    example_findings: usize,
    /// Every file read, absolute.
    files: Vec<PathBuf>,
    /// Every folder a `docs` entry names or a link was looked up in, absolute.
    folders: Vec<PathBuf>,
}

/// Writes `text` to `file` unless it holds `text` already (creating its folder if needed).
fn write_if_changed(file: &Path, text: &str) -> std::io::Result<()> {
    if std::fs::read(file).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(());
    }
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(file, text)
}
