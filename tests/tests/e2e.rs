//! End-to-end tests: `cargo run` on a real crate outside this workspace, copied from the fixture
//! in `tests/e2e/onedep/`.
//!
//! They prove what the trybuild tests cannot (trybuild gives its scratch crate this package's
//! dev-dependencies, which would hide a missing one):
//!
//! - a crate whose only dependency is `docmodel` compiles the expansion and uses the generated
//!   types with `docmodel::serde_json` (the "one dependency" promise);
//! - editing only the doc, with no `.rs` file touched, makes cargo rebuild the crate and the type
//!   changes (the expansion's `include_bytes!` tracks the doc).
//!
//! Each test copies the fixture into a fresh folder under `CARGO_TARGET_TMPDIR` and adapts a copy
//! of the workspace's `Cargo.lock` to it, so the crate builds with the versions the workspace
//! locked, offline, resolving and downloading nothing new. The builds share the target folder
//! `target/tests/e2e`: the first run takes a while because it builds docmodel and its
//! dependencies there; later runs only build the small fixture crate.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};

/// The workspace root: the parent of this package's folder.
fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests package is in the workspace")
}

/// Copies the fixture to a fresh folder and makes it a standalone crate named `name` whose only
/// dependency is the workspace's `docmodel`, locked to the workspace's versions. Each test picks
/// its own `name`: tests run at once and share the target folder, where the binary is named after
/// the package.
fn fixture(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    // Only left over by an earlier run whose process had the same id.
    let _ = fs::remove_dir_all(&dir);
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("e2e/onedep"),
        &dir,
    );

    let docmodel = workspace().join("docmodel").display().to_string();
    let manifest = fs::read_to_string(dir.join("Cargo.toml.in"))
        .expect("reads the manifest template")
        .replace("@NAME@", name)
        .replace(
            "@DOCMODEL@",
            &docmodel.replace('\\', "\\\\").replace('"', "\\\""),
        );
    fs::write(dir.join("Cargo.toml"), manifest).expect("writes Cargo.toml");

    // The workspace's lock lists its other members and their dependencies: drop those and add
    // the fixture crate, keeping every locked version, so that `--locked` builds pass.
    let workspace_lock =
        fs::read_to_string(workspace().join("Cargo.lock")).expect("reads the lock");
    fs::write(dir.join("Cargo.lock"), &workspace_lock).expect("copies Cargo.lock");
    let (status, _, stderr) = cargo(&dir, &["update", "--workspace", "--offline"]);
    assert!(
        status.success(),
        "cargo update in {} failed ({status}):\n{stderr}",
        dir.display()
    );
    let lock = fs::read_to_string(dir.join("Cargo.lock")).expect("reads the adapted lock");
    for checksum in lock.lines().filter(|line| line.starts_with("checksum = ")) {
        assert!(
            workspace_lock.lines().any(|line| line == checksum),
            "the fixture resolved a crate the workspace did not lock: {checksum}"
        );
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("creates the copy's folder");
    for entry in fs::read_dir(from).expect("reads the fixture") {
        let entry = entry.expect("reads the fixture");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("reads the fixture").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copies a fixture file");
        }
    }
}

/// Runs cargo with `args` in `dir`, building into the shared `target/tests/e2e`.
fn cargo(dir: &Path, args: &[&str]) -> (ExitStatus, String, String) {
    let output = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", workspace().join("target/tests/e2e"))
        .output()
        .expect("starts cargo");
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).into_owned();
    (output.status, text(output.stdout), text(output.stderr))
}

/// Builds and runs the fixture crate in `dir`; returns its stdout, failing with cargo's stderr.
fn run(dir: &Path) -> String {
    let (status, stdout, stderr) = cargo(dir, &["run", "--quiet", "--locked", "--offline"]);
    assert!(
        status.success() && stdout.contains("onedep ok"),
        "cargo run in {} failed ({status})\n--- stdout:\n{stdout}\n--- stderr:\n{stderr}",
        dir.display()
    );
    stdout
}

#[test]
fn a_crate_that_depends_on_docmodel_alone_compiles_the_expansion() {
    let dir = fixture("e2e-onedep");
    run(&dir);
    fs::remove_dir_all(&dir).expect("removes the fixture copy");
}

#[test]
fn editing_the_doc_and_rebuilding_changes_the_type() {
    let dir = fixture("e2e-onedep-edited");
    let before = run(&dir);
    assert!(before.contains("Ok(Widget { addedLater: 5 })"), "{before}");

    let doc = dir.join("docs/thing.md");
    let text = fs::read_to_string(&doc).expect("reads the doc");
    let last_row = text
        .lines()
        .rfind(|line| line.starts_with('|'))
        .expect("a table");
    let end = text.rfind(last_row).expect("the last row") + last_row.len();
    let edited = format!(
        "{}\n|addedLater|String|Added by the test.|{}",
        &text[..end],
        &text[end..]
    );
    fs::write(&doc, edited).expect("edits the doc");

    let after = run(&dir);
    assert!(
        after.contains("Err(\"invalid type: integer `5`, expected a string"),
        "the type did not change:\n{after}"
    );
    fs::remove_dir_all(&dir).expect("removes the fixture copy");
}
