//! Snapshots of the generated code, and the diagnostics of the test docs that must fail.
//!
//! - For the seed page and every test doc in `tests/docs/` that generates, the formatted code
//!   (what `docmodel show` prints) is kept in `tests/snapshots/<stem>.rs`, so every change in
//!   the output shows up in review; `options.rs` keeps the output of the macro's options on two
//!   docs and `linked.rs` that of the pages in `tests/docs/linked/`. `snapshot_compile.rs`
//!   compiles every `.rs` snapshot (`build.rs` finds them). A snapshot that differs fails the test
//!   with a line diff (`-` the snapshot, `+` the generated code).
//! - A test doc that must fail has no snapshot here: its expected errors have one source,
//!   trybuild's `.stderr` of the fail test that invokes the macro on that doc alone
//!   (`tests/ui/fail/*.rs` holding `include_models!("docs/<doc>.md")`). The doc's diagnostics
//!   (each `Diagnostic`'s `Display`, what the macro's `compile_error!` says) must equal, in order,
//!   the `error: ` lines of that `.stderr`. A failing doc without such a fail test fails the test.
//! - A file in `tests/snapshots/` that no check wrote or compared (left over after a test doc was
//!   renamed, say) fails the test.
//!
//! After an intended change, `scripts/bless.sh` rewrites all expected output: trybuild's `.stderr`
//! (`TRYBUILD=overwrite`), then the snapshots (`DOCMODEL_BLESS=1 cargo test -p docmodel-tests
//! --test snapshots`, which writes the `.rs` snapshots and deletes the files no check uses, but
//! never writes diagnostics). Then read the diff.

use docmodel_codegen::{Derive, Diagnostic, Doc, FsLoader, Options, TypeOverride};
use proc_macro2::TokenStream;
use std::collections::BTreeSet;
use std::path::Path;

const SEED: &str = "../docs/intune-apps-mobileappinstallstatus-create.md";

#[test]
fn generated_code_matches_the_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs = vec![SEED.to_owned()];
    docs.extend(
        files_in(&root.join("docs"))
            .into_iter()
            .filter(|name| name.ends_with(".md"))
            .map(|name| format!("docs/{name}")),
    );
    let mut run = Run {
        root,
        bless: std::env::var_os("DOCMODEL_BLESS").is_some(),
        used: BTreeSet::new(),
        failures: Vec::new(),
    };
    for doc in &docs {
        run.check(doc);
    }
    run.check_options();
    run.check_linked();
    run.check_operations();
    run.check_unused();
    assert!(
        run.failures.is_empty(),
        "{}\n\nif the change is intended, run scripts/bless.sh and read the diff",
        run.failures
            .iter()
            .map(|f| f.trim_end())
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}

/// The names of the files in `folder`, sorted.
fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", folder.display()))
        .map(|entry| {
            entry
                .expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// One run of the checks: what they found wrong, and which snapshots they used.
struct Run<'a> {
    /// `tests/`.
    root: &'a Path,
    /// `DOCMODEL_BLESS` is set: write the snapshots rather than compare them.
    bless: bool,
    /// The files of `tests/snapshots/` that a check wrote or compared.
    used: BTreeSet<String>,
    /// One message per problem, each saying what to do.
    failures: Vec<String>,
}

impl Run<'_> {
    /// Compares one doc's output with its snapshot, or its diagnostics with its fail test's.
    fn check(&mut self, doc: &str) {
        let bytes = std::fs::read(self.root.join(doc)).expect("the doc is readable");
        let options = Options::new("::docmodel".parse().expect("tokens"));
        let docs = [Doc {
            path: doc,
            bytes: &bytes,
            in_folder: false,
        }];
        let stem = Path::new(doc)
            .file_stem()
            .expect("a file name")
            .to_string_lossy()
            .into_owned();
        // `render` with pages read as the macro reads them (`files`, not `render`'s `NoLoader`):
        // a doc whose links fail (`bad-links.md`) then has the diagnostics its fail test shows.
        match docmodel_codegen::render_with(&docs, &options, &mut files(self.root)) {
            Ok(code) => self.compare(&format!("{stem}.rs"), &code),
            Err(problems) => self.compare_diagnostics(doc, &stem, &problems),
        }
    }

    /// The macro's options on two docs: one model, extra derives, type overrides
    /// (`tests/ui/pass/options.rs` compiles and runs the same invocation).
    fn check_options(&mut self) {
        let tokens = |text: &str| text.parse::<TokenStream>().expect("tokens");
        let options = Options {
            krate: tokens("::docmodel"),
            derives: ["Eq", "Hash"]
                .map(|name| Derive {
                    name: name.into(),
                    path: tokens(name),
                })
                .into(),
            types: vec![
                TypeOverride {
                    key: "Edm.Double".into(),
                    rust: tokens("docmodel::serde_json::Number"),
                },
                TypeOverride {
                    key: "DateTimeOffset".into(),
                    rust: tokens("String"),
                },
            ],
            ..Options::default()
        };
        let paths = ["docs/widget.md", SEED];
        let bytes = read(self.root, &paths);
        let docs = as_docs(&paths, &bytes);
        let code = docmodel_codegen::render_with(&docs, &options, &mut docmodel_codegen::NoLoader)
            .expect("the options case generates");
        self.compare("options.rs", &code);
    }

    /// Pages that link to each other (`tests/ui/pass/linked_round_trip.rs` compiles and runs the
    /// same docs): one resource page and two API pages, and every page their links lead to.
    fn check_linked(&mut self) {
        let paths = [
            "docs/linked/resources/gadget.md",
            "docs/linked/resources/smartgadget.md",
            "docs/linked/resources/charger.md",
            "docs/linked/api/charger-update.md",
            "docs/linked/api/gadget-assign.md",
            "docs/linked/api/gadget-update.md",
        ];
        let bytes = read(self.root, &paths);
        let docs = as_docs(&paths, &bytes);
        // With its response example as a test, which `snapshot_compile.rs` runs.
        let options = Options {
            examples: true,
            ..Options::new("::docmodel".parse().expect("tokens"))
        };
        let code = docmodel_codegen::render_with(&docs, &options, &mut files(self.root))
            .expect("the linked case generates");
        self.compare("linked.rs", &code);
    }

    /// The operations of `tests/docs/operations/` (a page of each kind: list, get, update,
    /// delete, an action) and the seed page, with their request and response examples as tests,
    /// which `snapshot_compile.rs` runs.
    fn check_operations(&mut self) {
        let mut paths = vec![
            "docs/operations/resources/widget.md".to_owned(),
            SEED.to_owned(),
        ];
        paths.extend(
            files_in(&self.root.join("docs/operations/api"))
                .into_iter()
                .map(|name| format!("docs/operations/api/{name}")),
        );
        let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
        let bytes = read(self.root, &paths);
        let docs = as_docs(&paths, &bytes);
        let options = Options {
            examples: true,
            ..Options::new("::docmodel".parse().expect("tokens"))
        };
        let code = docmodel_codegen::render_with(&docs, &options, &mut files(self.root))
            .expect("the operations generate");
        self.compare("operations.rs", &code);
    }

    /// Compares `actual` with the snapshot `name`, or writes it when blessing.
    fn compare(&mut self, name: &str, actual: &str) {
        self.used.insert(name.to_owned());
        let snapshot = self.root.join("snapshots").join(name);
        if self.bless {
            std::fs::write(&snapshot, actual).expect("the snapshot is writable");
            return;
        }
        match std::fs::read_to_string(&snapshot) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => self.failures.push(format!(
                "tests/snapshots/{name} differs from the generated code:\n{}",
                diff(
                    &expected,
                    actual,
                    &format!("tests/snapshots/{name}"),
                    "generated"
                )
            )),
            Err(e) => self.failures.push(format!(
                "tests/snapshots/{name} cannot be read ({e}): a new test doc? bless it"
            )),
        }
    }

    /// Compares the diagnostics of `doc`, which failed, with the errors trybuild keeps for the
    /// fail tests that invoke the macro on that doc alone; there must be at least one.
    fn compare_diagnostics(&mut self, doc: &str, stem: &str, problems: &[Diagnostic]) {
        let actual: Vec<String> = problems.iter().map(Diagnostic::to_string).collect();
        let fail = self.root.join("ui/fail");
        let invocation = format!("include_models!(\"{doc}\")");
        let tests: Vec<String> = files_in(&fail)
            .into_iter()
            .filter(|name| name.ends_with(".rs"))
            .filter(|name| {
                let text = std::fs::read_to_string(fail.join(name)).expect("a readable fail test");
                text.lines()
                    .any(|line| !line.trim_start().starts_with("//") && line.contains(&invocation))
            })
            .collect();
        if tests.is_empty() {
            let name = stem.replace('-', "_");
            self.failures.push(format!(
                "{doc} fails, but no fail test invokes the macro on it alone: add \
                 tests/ui/fail/{name}.rs holding `docmodel::include_models!(\"{doc}\");` and \
                 `fn main() {{}}`, then write its .stderr with scripts/bless.sh; its diagnostics \
                 are:\n{}",
                actual.join("\n")
            ));
        }
        for test in tests {
            let stderr = format!("tests/ui/fail/{}.stderr", test.trim_end_matches(".rs"));
            let Ok(text) = std::fs::read_to_string(self.root.join("..").join(&stderr)) else {
                self.failures.push(format!(
                    "{stderr} cannot be read: write it with scripts/bless.sh (trybuild's \
                     TRYBUILD=overwrite), then compare its errors with {doc}'s diagnostics:\n{}",
                    actual.join("\n")
                ));
                continue;
            };
            // The first line of each error; the rest of its block is rustc's excerpt of the
            // invocation. An error with a code (`error[E0425]: `) is kept whole, to show.
            let expected: Vec<&str> = text
                .lines()
                .filter(|line| line.starts_with("error"))
                .map(|line| line.strip_prefix("error: ").unwrap_or(line))
                .collect();
            if expected != actual {
                self.failures.push(format!(
                    "{doc}: its diagnostics differ from the errors of {stderr}:\n{}\
                     (trybuild writes the .stderr: TRYBUILD=overwrite; if it still differs then, \
                     the macro and this test's render_with disagree, or `files` no longer reads \
                     pages as the macro does)",
                    diff(&lines(&expected), &lines(&actual), &stderr, doc)
                ));
            }
        }
    }

    /// Reports each file of `tests/snapshots/` that no check wrote or compared, or deletes it
    /// when blessing.
    fn check_unused(&mut self) {
        let folder = self.root.join("snapshots");
        for name in files_in(&folder) {
            if self.used.contains(&name) {
                continue;
            }
            if self.bless {
                std::fs::remove_file(folder.join(&name)).expect("the stray file is removable");
            } else {
                self.failures.push(format!(
                    "tests/snapshots/{name}: no check writes or compares it (left over after a \
                     test doc was renamed or removed, or a doc that now fails?); \
                     DOCMODEL_BLESS=1 deletes it"
                ));
            }
        }
    }
}

/// A unified line diff of `expected` (`-`) and `actual` (`+`), with three lines of context.
fn diff(expected: &str, actual: &str, expected_name: &str, actual_name: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(expected_name, actual_name)
        .to_string()
}

/// Each of `items` on a line of its own.
fn lines(items: &[impl AsRef<str>]) -> String {
    items.iter().map(|i| format!("{}\n", i.as_ref())).collect()
}

/// The bytes of each doc, by path below `tests/`.
fn read(root: &Path, paths: &[&str]) -> Vec<Vec<u8>> {
    paths
        .iter()
        .map(|p| std::fs::read(root.join(p)).expect("readable"))
        .collect()
}

fn as_docs<'a>(paths: &[&'a str], bytes: &'a [Vec<u8>]) -> Vec<Doc<'a>> {
    paths
        .iter()
        .zip(bytes)
        .map(|(path, bytes)| Doc {
            path,
            bytes,
            in_folder: false,
        })
        .collect()
}

/// Reads the pages links lead to, by path below `tests/`, with the loader the macro uses, inside
/// the workspace root as the macro does in the trybuild tests, so that a failing doc's
/// diagnostics are the errors its fail test shows.
fn files(root: &Path) -> FsLoader {
    FsLoader::new(root, root.join(".."), "the workspace root")
}
