//! The inputs the fuzzer kept (`fuzz/corpus/page/`, committed), run through the fuzz target's
//! property on stable, in the normal test suite: each is a regression test.

#[path = "support/page_property.rs"]
mod page_property;

#[test]
fn every_kept_fuzz_input_keeps_the_promise() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/page");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .expect("fuzz/corpus/page exists")
        .map(|entry| entry.expect("readable").path())
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no kept inputs in {}", dir.display());
    for input in &inputs {
        let data = std::fs::read(input).expect("readable");
        let outcome = std::panic::catch_unwind(|| page_property::check_input(&data));
        assert!(outcome.is_ok(), "{} breaks the promise", input.display());
    }
}
