// The promise docmodel makes about any input, as one function: the fuzz target
// (`fuzz/fuzz_targets/page.rs`) calls it on what libFuzzer makes up, and `fuzz_regressions.rs`
// on the inputs the fuzzer kept (`fuzz/corpus/page/`). It panics when the promise is broken.
//
// The input is a page, and after the first 0xFF byte (if any) a second page, `b.md`, that the
// first can link to (`[b](b.md)`), so that link following is fuzzed too.

use docmodel_codegen::{Doc, MemoryLoader, Options, generate_with};
use std::collections::HashMap;

/// Generates from `data` and checks: no panic (the caller sees one); on success the tokens parse
/// as a Rust file; on failure every diagnostic names one of the two pages and a line of it.
pub fn check_input(data: &[u8]) {
    let (a, b) = match data.iter().position(|&byte| byte == 0xFF) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let mut loader = MemoryLoader(HashMap::from([("b.md".to_owned(), b.to_vec())]));
    let docs = [Doc {
        path: "a.md",
        bytes: a,
        in_folder: false,
    }];
    let options = Options {
        examples: true,
        ..Options::new("::docmodel".parse().expect("tokens"))
    };
    match generate_with(&docs, &options, &mut loader) {
        Ok(tokens) => {
            if let Err(e) = syn::parse2::<syn::File>(tokens.clone()) {
                panic!("generated tokens do not parse: {e}\n{tokens}");
            }
        }
        Err(problems) => {
            for d in &problems {
                let Some(place) = d.place() else {
                    panic!("a diagnostic names no place in a page: {d}");
                };
                let text = match place.path.as_str() {
                    "a.md" => a,
                    "b.md" => b,
                    other => panic!("a diagnostic names a page that is not there: {other}"),
                };
                let lines = text.iter().filter(|&&byte| byte == b'\n').count() + 1;
                assert!(
                    place.loc.line >= 1 && place.loc.line <= lines && place.loc.col >= 1,
                    "a diagnostic points outside its page ({lines} lines): {d}"
                );
            }
        }
    }
}
