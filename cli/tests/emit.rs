//! `docmodel emit`, run as a user runs it.

mod support;

use std::path::Path;
use support::{TempDir, docmodel};

/// The text of every file below `dir`, joined.
fn all_source(dir: &Path) -> String {
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            text.push_str(&all_source(&path));
        } else {
            text.push_str(&std::fs::read_to_string(&path).expect("UTF-8 source"));
        }
    }
    text
}

/// A resource page of `name` with `rows` (`|name|Type|Description|` lines).
fn resource(name: &str, rows: &str) -> String {
    format!(
        "# {name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n\
         |Property|Type|Description|\n|:---|:---|:---|\n{rows}"
    )
}

#[test]
fn emit_writes_a_crate_of_modules() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/docs/linked");
    let out = TempDir::new("emit-linked");
    let output = docmodel(&["emit", dir, "--out", out.path()]);
    assert!(output.status.success());
    let lib = std::fs::read_to_string(out.0.join("src/lib.rs")).expect("lib.rs");
    assert!(lib.contains("pub mod types;"), "{lib}");
    assert!(lib.contains("pub mod api_gadget_assign {"), "{lib}");
    // A resource page and its update page make one type: both re-export it.
    let gadget = "pub mod resources_gadget {\n    pub use crate::types::{Gadget, AnyGadget};\n}";
    assert!(lib.contains(gadget), "{lib}");
    let update = "pub mod api_gadget_update {\n    pub use crate::types::{Gadget, AnyGadget};\n}";
    assert!(lib.contains(update), "{lib}");
    let types = all_source(&out.0.join("src/types"));
    assert_eq!(types.matches("pub struct Gadget {").count(), 1, "{types}");
    // The update page's response example is a test, once.
    assert_eq!(types.matches("mod docmodel_examples").count(), 1);
    let manifest = std::fs::read_to_string(out.0.join("Cargo.toml")).expect("Cargo.toml");
    assert!(manifest.contains("[workspace]") && manifest.contains("docmodel = { path = "));
}

#[test]
fn emit_leaves_out_failing_pages_and_writes_each_type_once() {
    let docs = TempDir::new("emit-docs");
    let page = |name: &str, text: &str| {
        std::fs::write(docs.0.join(name), text).expect("page written");
    };
    // `alpha` and `beta` both link to `shared`.
    page(
        "alpha.md",
        &resource(
            "alpha",
            "|id|String|Its id.|\n|shared|[shared](shared.md)|It.|\n",
        ),
    );
    page(
        "beta.md",
        &resource("beta", "|shared|[shared](shared.md) collection|Them.|\n"),
    );
    page("shared.md", &resource("shared", "|size|Int32|Its size.|\n"));
    // Fails the check: two properties that make one Rust field (no rule decides which).
    page(
        "broken.md",
        &resource("broken", "|a_b|String|One.|\n|aB|String|Two.|\n"),
    );
    // Each passes the check on its own; in one model, their two types have one Rust name, so
    // the second is left out, and the first is emitted.
    page("one.md", &resource("twinA", "|size|Int32|A number.|\n"));
    page("two.md", &resource("twin_a", "|size|Boolean|A flag.|\n"));
    // Describes no type: neither emitted nor failed.
    page("overview.md", "# Overview\n\nNo table here.\n");
    let out = TempDir::new("emit-out");
    let output = docmodel(&["emit", docs.path(), "--out", out.path()]);
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(output.status.success(), "{stderr}");
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            "pages: 7, typed: 5, failed: 1, examples: 0 checked, 0 disagree",
            &format!(
                "wrote 4 page modules, 4 types, 0 operations and 0 example tests (0 of requests) to {}",
                out.path()
            ),
            "left out 2 pages: 1 failed the check, 1 in one model with the others (1 typed, 0 \
             without tables whose examples are tests)",
        ]
    );
    // The failing page's problem, as `check` prints it; the page left out in one model, why.
    assert!(
        stderr.contains("error: properties `aB` and `a_b` (line 9) both become the Rust field"),
        "{stderr}"
    );
    assert!(
        stderr.contains("would have the Rust name `TwinA`"),
        "{stderr}"
    );
    assert!(stderr.contains("two.md:1:1"), "{stderr}");
    assert!(
        stderr.contains("this page is left out of the crate"),
        "{stderr}"
    );
    let lib = std::fs::read_to_string(out.0.join("src/lib.rs")).expect("lib.rs");
    for module in ["alpha", "beta", "shared", "one"] {
        assert!(lib.contains(&format!("pub mod {module} {{")), "{lib}");
    }
    assert!(
        !lib.contains("pub mod broken") && !lib.contains("pub mod two"),
        "{lib}"
    );
    assert!(!lib.contains("pub mod overview"), "{lib}");
    assert!(lib.contains("pub mod shared {\n    pub use crate::types::Shared;\n}"));
    let types = all_source(&out.0.join("src/types"));
    assert_eq!(types.matches("pub struct Shared {").count(), 1, "{types}");
    assert!(!types.contains("pub struct Broken"), "{types}");
    assert!(
        types.contains("pub size: ::core::option::Option<i32>,"),
        "{types}"
    );
}
