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
    // As rustc prints it: the doc's line under the place, a caret at the column.
    assert_eq!(
        errors,
        format!(
            "error: unknown type `Int33`: did you mean `Int32`?\n --> {page}:8:12\n  |\n\
             8 | |errorCode|Int33|A misspelled type.|\n  |            ^\n\n"
        )
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn check_prints_the_help_on_a_line_of_its_own() {
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/docs/many-problems.md"
    );
    let output = docmodel(&["check", "--unresolved", "error", page]);
    assert!(!output.status.success());
    let errors = String::from_utf8(output.stderr).expect("UTF-8");
    // `check` names the page by its normalized path.
    let clash = "error: properties `deviceID` and `deviceId` (line 11) both become the Rust \
                 field `device_id`\n  --> ";
    let place = "tests/docs/many-problems.md:12:2\n   |\n\
                 12 | |deviceID|String|The same Rust field as deviceId.|\n   |  ^\n   |\n\
                 \x20  = help: rename one of them in the doc\n\n";
    assert!(errors.contains(clash), "{errors}");
    assert!(errors.contains(place), "{errors}");
    // The repeated `id` row is a warning (the first row wins).
    assert_eq!(errors.matches("error: ").count(), 5, "{errors}");
    assert_eq!(errors.matches("warning: ").count(), 1, "{errors}");
}

#[test]
fn check_follows_links_and_counts_pages() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/docs/linked");
    let output = docmodel(&["check", dir]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    // The pages without a property table (`attachment.md`, `stickers.md`) are types too.
    assert_eq!(
        stdout,
        "pages: 17, typed: 17, failed: 0, examples: 7 checked, 1 disagree\n\
         operations: 0, requests checked: 0, disagree: 0\n"
    );
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    // The enum page is the truth; the description that lists fewer values is a warning, once.
    assert_eq!(
        stderr
            .matches("warning: the description lists other values")
            .count(),
        1
    );
    assert!(stderr.contains("gadget.md:22:8"), "{stderr}");
}

#[test]
fn check_counts_operations_and_the_request_examples_that_disagree() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/docs/operations");
    let output = docmodel(&["check", dir]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    // Five API pages, each an operation; the API pages without a table are typed by none.
    assert_eq!(
        stdout,
        "pages: 6, typed: 3, failed: 0, examples: 5 checked, 0 disagree\n\
         operations: 5, requests checked: 5, disagree: 0\n"
    );
}

#[test]
fn check_fails_on_unresolved_links_as_the_macro_does_unless_told_otherwise() {
    let page = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/docs/bad-links.md");
    let lenient = docmodel(&["check", "--unresolved", "value", page]);
    assert!(lenient.status.success());
    let stderr = String::from_utf8(lenient.stderr).expect("UTF-8");
    assert!(stderr.contains(
        "warning: cannot follow the link `gone.md`: there is no such file (this property is a `serde_json::Value`)"
    ), "{stderr}");
    assert!(
        !stderr.contains("root:x:0:0"),
        "nothing of an outside file is shown"
    );
    // The macro's default, `--unresolved error`, given or not.
    for args in [
        &["check", page][..],
        &["check", "--unresolved", "error", page],
    ] {
        let failed = docmodel(args);
        assert!(!failed.status.success());
        let stdout = String::from_utf8(failed.stdout).expect("UTF-8");
        assert_eq!(
            stdout,
            "pages: 1, typed: 0, failed: 1, examples: 0 checked, 0 disagree\n\
             operations: 0, requests checked: 0, disagree: 0\n"
        );
    }
}

#[test]
fn check_counts_what_each_rule_decided_and_strict_makes_those_pages_fail() {
    let docs = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/docs/precedence");
    let output = docmodel(&["check", docs]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(
        stdout,
        "decided: inherited 1, resource-page 1\n\
         pages: 3, typed: 3, failed: 0, examples: 0 checked, 0 disagree\n\
         operations: 0, requests checked: 0, disagree: 0\n"
    );
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(stderr.matches("warning: ").count(), 2, "{stderr}");

    let output = docmodel(&["check", "--strict", docs]);
    assert!(!output.status.success());
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        stdout.ends_with(
            "pages: 3, typed: 1, failed: 2, examples: 0 checked, 0 disagree\n\
             operations: 0, requests checked: 0, disagree: 0\n"
        ),
        "{stdout}"
    );
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(stderr.matches("error: ").count(), 2, "{stderr}");
    assert!(stderr.contains("= help: strict mode: "), "{stderr}");
}
