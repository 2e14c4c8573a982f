//! `docmodel emit --features`: the crate it writes builds with every feature, with none, and
//! with each one alone (`--no-default-features --features X`).
//!
//! The crates are checked (`cargo check --tests`, which also type-checks the example tests),
//! offline, into the target folder the Graph v1.0 tests use (`target/tests/graph-v1/target`):
//! docmodel and its dependencies are checked there once, and each run checks only the small
//! emitted crate.

mod support;

use std::path::Path;
use std::process::Command;
use support::{TempDir, docmodel};

/// The test docs: resource pages and API pages that link to them, in two namespaces.
const LINKED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/docs/linked");

/// Emits the linked docs with `extra` arguments into a fresh folder.
fn emit(name: &str, extra: &[&str]) -> (TempDir, String) {
    let out = TempDir::new(name);
    let mut args = vec!["emit", LINKED, "--out", out.path()];
    args.extend(extra);
    let output = docmodel(&args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    (out, String::from_utf8(output.stdout).expect("UTF-8"))
}

/// The features the manifest lists (but `default` and `full`).
fn features(manifest: &str) -> Vec<String> {
    let table = manifest
        .split("[features]\n")
        .nth(1)
        .expect("a [features] table");
    table
        .lines()
        .filter(|line| !line.starts_with(['#', ' ', ']']))
        .filter_map(|line| line.split_once(" = ").map(|(name, _)| name.to_owned()))
        .filter(|name| name != "default" && name != "full")
        .collect()
}

/// `cargo check --tests` of the crate in `dir` with `args`; fails the test with cargo's errors.
fn check(dir: &Path, args: &[&str]) {
    // The target folder of the Graph v1.0 tests (tests/tests/graph_v1.rs), whose crates also
    // depend on this workspace's docmodel with its default features: one check of docmodel's
    // dependencies serves both, which keeps CI's time down.
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/tests/graph-v1/target");
    let output = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args(["check", "--tests", "--offline", "--quiet"])
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("starts cargo");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && !stderr.contains("warning"),
        "cargo check {args:?} in {} failed:\n{stderr}",
        dir.display()
    );
}

#[test]
fn each_resource_feature_builds_alone() {
    let (out, stdout) = emit("features-resource", &["--features", "resource"]);
    assert!(
        stdout.contains("wrote 15 Cargo features, one per page's types"),
        "{stdout}"
    );
    let manifest = out.read("Cargo.toml");
    assert!(manifest.contains("default = [\"full\"]\n"), "{manifest}");
    // `smartGadget` reaches what `gadget` does (its base's `AnyGadget` has it): one class.
    assert!(
        manifest.contains("\nsmart-gadget = [\"gadget\"]\n"),
        "{manifest}"
    );
    // Each feature says what it is, and turns on the features of the types it needs.
    assert!(
        manifest.contains("/resources/identityset.md: 2 types\nidentity-set = [\"identity\"]\n"),
        "{manifest}"
    );
    let lib = out.read("src/lib.rs");
    assert!(
        lib.contains("#[cfg(feature = \"gadget\")]\npub mod resources_gadget {\n"),
        "{lib}"
    );
    // `Attachment` is compiled with `gadget-charger` (a charger has attachments); its `Any`
    // enum, only with `attachment`, which turns `gadget-charger` on.
    assert!(
        lib.contains(
            "#[cfg(feature = \"gadget-charger\")]\npub mod resources_attachment {\n    \
             pub use crate::types::Attachment;\n    #[cfg(feature = \"attachment\")]\n    \
             pub use crate::types::AnyAttachment;\n}"
        ),
        "{lib}"
    );
    let features = features(&manifest);
    assert_eq!(features.len(), 15, "{manifest}");
    check(&out.0, &[]);
    check(&out.0, &["--no-default-features"]);
    for feature in &features {
        check(&out.0, &["--no-default-features", "--features", feature]);
    }
}

#[test]
fn each_namespace_feature_builds_alone() {
    let (out, stdout) = emit("features-namespace", &["--features", "namespace"]);
    assert!(
        stdout.contains("wrote 2 Cargo features, one per namespace"),
        "{stdout}"
    );
    let manifest = out.read("Cargo.toml");
    assert!(
        manifest.contains("# microsoft.graph.gadgets: 2 types\ngadgets = []\n"),
        "{manifest}"
    );
    assert!(manifest.contains("\ngraph = [\"gadgets\"]\n"), "{manifest}");
    // The gadgets' namespace has its own types only.
    let types = out.read("src/types/part_001.rs");
    assert!(
        types.contains(
            "#[cfg(feature = \"graph\")]\n#[derive(Clone, PartialEq, Default)]\npub struct Gadget {"
        ),
        "{types}"
    );
    check(&out.0, &["--no-default-features", "--features", "gadgets"]);
    check(&out.0, &["--no-default-features", "--features", "graph"]);
}

#[test]
fn without_the_flag_there_are_no_features() {
    let (out, stdout) = emit("features-none", &[]);
    assert!(!stdout.contains("Cargo features"), "{stdout}");
    assert!(!out.read("Cargo.toml").contains("[features]"));
    assert!(!out.read("src/lib.rs").contains("cfg("));
    assert!(!out.read("src/types/part_001.rs").contains("feature ="));
}
