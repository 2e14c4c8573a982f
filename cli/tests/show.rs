//! `docmodel show`, run as a user runs it.

use std::process::{Command, Output};

fn docmodel(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_docmodel"))
        .args(args)
        .output()
        .expect("docmodel runs")
}

#[test]
fn show_without_pages_prints_the_seed_types() {
    let output = docmodel(&["show"]);
    assert!(output.status.success());
    let code = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(code.contains("pub struct MobileAppInstallStatus {"));
    assert!(code.contains("pub last_sync_date_time: ::core::option::Option<"));
    assert!(code.contains("::docmodel::types::DateTimeOffset"));
    assert!(code.contains("pub enum ResultantAppState {"));
}

#[test]
fn show_prints_what_the_snapshot_keeps() {
    let page = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/docs/widget.md");
    let output = docmodel(&["show", page]);
    assert!(output.status.success());
    let code = String::from_utf8(output.stdout).expect("UTF-8");
    // The snapshot was rendered with the path as `docs/widget.md`; only the paths differ.
    let snapshot = include_str!("../../tests/snapshots/widget.rs");
    assert_eq!(code.replace(page, "docs/widget.md"), snapshot);
}

#[test]
fn show_reports_problems_with_file_and_line_and_fails() {
    let page = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/docs/int33.md");
    let output = docmodel(&["show", page]);
    assert!(!output.status.success());
    let errors = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(
        errors,
        format!("error: unknown type `Int33`: did you mean `Int32`?\n  --> {page}:8:12\n\n")
    );
    assert!(output.stdout.is_empty());
}
