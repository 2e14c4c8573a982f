//! Snapshots of the generated code: for the seed page and every test doc in `tests/docs/`, the
//! formatted output of `docmodel show` (or, for a doc that must fail, its diagnostics) is kept in
//! `tests/snapshots/`, so every change in the output shows up in review; `options.rs` keeps the
//! output of the macro's options on two docs. A file in `tests/snapshots/` that no check wrote or
//! compared (left over after a test doc was renamed, say) fails the test.
//!
//! A snapshot that differs fails the test with a line diff (`-` the snapshot, `+` the generated
//! code). After an intended change, rewrite them with `DOCMODEL_BLESS=1 cargo test -p
//! docmodel-tests --test snapshots` (which also deletes the files no check uses) and read the
//! diff. `snapshot_compile.rs` compiles the `.rs` snapshots.

use docmodel_codegen::{Derive, Doc, Options, TypeOverride};
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
    run.check_unused();
    assert!(
        run.failures.is_empty(),
        "{}\n\nif the change is intended, run DOCMODEL_BLESS=1 cargo test -p docmodel-tests \
         --test snapshots and read the diff",
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
    /// Compares one doc's output with its snapshot.
    fn check(&mut self, doc: &str) {
        let bytes = std::fs::read(self.root.join(doc)).expect("the doc is readable");
        let (extension, actual) = match docmodel_codegen::render(&[Doc {
            path: doc,
            bytes: &bytes,
        }]) {
            Ok(code) => ("rs", code),
            Err(problems) => (
                "stderr",
                problems.iter().map(|p| format!("{p}\n")).collect(),
            ),
        };
        let stem = Path::new(doc)
            .file_stem()
            .expect("a file name")
            .to_string_lossy()
            .into_owned();
        self.compare(&format!("{stem}.{extension}"), &actual);
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
        let code = docmodel_codegen::render_with(&docs, &options, &mut Files(self.root))
            .expect("the linked case generates");
        self.compare("linked.rs", &code);
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
        .map(|(path, bytes)| Doc { path, bytes })
        .collect()
}

/// Reads linked docs below `tests/`, as the macro does below its root.
struct Files<'a>(&'a Path);

impl docmodel_codegen::Loader for Files<'_> {
    fn read(&mut self, path: &str) -> Result<Vec<u8>, docmodel_codegen::ReadError> {
        std::fs::read(self.0.join(path)).map_err(|_| docmodel_codegen::ReadError::NotFound)
    }
}
