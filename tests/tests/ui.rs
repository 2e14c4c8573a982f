//! Compile tests: generated code that must compile (and run), and docs or invocations that must
//! fail with the error in the `.stderr` file beside them. `TRYBUILD=overwrite` rewrites those files.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("ui/pass/*.rs");
    cases.compile_fail("ui/fail/*.rs");
}
