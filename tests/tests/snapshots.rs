//! Snapshots of the generated code: for the seed page and every test doc in `tests/docs/`, the
//! formatted output of `docmodel show` (or, for a doc that must fail, its diagnostics) is kept in
//! `tests/snapshots/`, so every change in the output shows up in review; `options.rs` keeps the
//! output of the macro's options on two docs.
//!
//! A snapshot that differs fails the test with a line diff (`-` the snapshot, `+` the generated
//! code). After an intended change, rewrite them with `DOCMODEL_BLESS=1 cargo test -p
//! docmodel-tests --test snapshots` and read the diff. `snapshot_compile.rs` compiles the `.rs` snapshots.

use docmodel_codegen::{Derive, Doc, Options, TypeOverride};
use proc_macro2::TokenStream;
use std::path::Path;

const SEED: &str = "../docs/intune-apps-mobileappinstallstatus-create.md";

#[test]
fn generated_code_matches_the_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs = vec![SEED.to_owned()];
    let mut test_docs: Vec<String> = std::fs::read_dir(root.join("docs"))
        .expect("tests/docs exists")
        .map(|entry| {
            entry
                .expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".md"))
        .map(|name| format!("docs/{name}"))
        .collect();
    test_docs.sort();
    docs.extend(test_docs);
    let mut stale: Vec<String> = docs.iter().filter_map(|doc| check(root, doc)).collect();
    stale.extend(check_options(root));
    stale.extend(check_linked(root));
    assert!(
        stale.is_empty(),
        "{}\n\nif the change is intended, run DOCMODEL_BLESS=1 cargo test -p docmodel-tests \
         --test snapshots and read the diff",
        stale
            .iter()
            .map(|s| s.trim_end())
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}

/// Compares one doc's output with its snapshot; what differs, if anything.
fn check(root: &Path, doc: &str) -> Option<String> {
    let bytes = std::fs::read(root.join(doc)).expect("the doc is readable");
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
    compare(root, &format!("{stem}.{extension}"), &actual)
}

/// The macro's options on two docs: one model, extra derives, type overrides
/// (`tests/ui/pass/options.rs` compiles and runs the same invocation).
fn check_options(root: &Path) -> Option<String> {
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
    let bytes = read(root, &paths);
    let docs = as_docs(&paths, &bytes);
    let code = docmodel_codegen::render_with(&docs, &options, &mut docmodel_codegen::NoLoader)
        .expect("the options case generates");
    compare(root, "options.rs", &code)
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

/// Pages that link to each other (`tests/ui/pass/linked_round_trip.rs` compiles and runs the same
/// docs): one resource page and two API pages, and every page their links lead to.
fn check_linked(root: &Path) -> Option<String> {
    let paths = [
        "docs/linked/resources/gadget.md",
        "docs/linked/resources/smartgadget.md",
        "docs/linked/api/gadget-assign.md",
        "docs/linked/api/gadget-update.md",
    ];
    let bytes = read(root, &paths);
    let docs = as_docs(&paths, &bytes);
    // With its response example as a test, which `snapshot_compile.rs` runs.
    let options = Options {
        examples: true,
        ..Options::new("::docmodel".parse().expect("tokens"))
    };
    let code = docmodel_codegen::render_with(&docs, &options, &mut Files(root))
        .expect("the linked case generates");
    compare(root, "linked.rs", &code)
}

/// Compares `actual` with the snapshot `name`, or writes it when blessing; what differs, with a
/// line diff, if anything.
fn compare(root: &Path, name: &str, actual: &str) -> Option<String> {
    let snapshot = root.join("snapshots").join(name);
    if std::env::var_os("DOCMODEL_BLESS").is_some() {
        std::fs::write(&snapshot, actual).expect("the snapshot is writable");
        return None;
    }
    match std::fs::read_to_string(&snapshot) {
        Ok(expected) if expected == actual => None,
        Ok(expected) => Some(format!(
            "tests/snapshots/{name} differs from the generated code:\n{}",
            diff(
                &expected,
                actual,
                &format!("tests/snapshots/{name}"),
                "generated"
            )
        )),
        Err(e) => Some(format!(
            "tests/snapshots/{name} cannot be read ({e}): a new test doc? bless it"
        )),
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
