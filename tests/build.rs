//! Writes `$OUT_DIR/snapshot_modules.rs` for `tests/snapshot_compile.rs`: one
//! `mod <stem> { include!(...) }` for every `snapshots/*.rs`, so that every snapshot of generated
//! code is compiled without a list kept by hand (a new test doc's snapshot is compiled as soon as
//! it is blessed). The module's name is the file's stem with `-` as `_`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let folder = root.join("snapshots");
    // A folder: cargo looks at every file in it, so adding, removing or editing a snapshot reruns
    // this script.
    println!("cargo::rerun-if-changed=snapshots");
    let mut snapshots: Vec<_> = std::fs::read_dir(&folder)
        .expect("tests/snapshots is readable")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    snapshots.sort();
    let mut modules = String::new();
    for path in snapshots {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a UTF-8 file name");
        let name = stem.replace('-', "_");
        let is_identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        assert!(
            is_identifier,
            "tests/snapshots/{stem}.rs: its stem (with `-` as `_`) is the module it is compiled in, \
             so it must be a Rust identifier; rename the test doc"
        );
        // `{:?}`: the path as a string literal, escaped.
        let path = path.to_str().expect("a UTF-8 path");
        writeln!(
            modules,
            "#[allow(dead_code)]\nmod {name} {{\n    include!({path:?});\n}}"
        )
        .expect("writing to a String");
    }
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("snapshot_modules.rs"), modules)
        .expect("OUT_DIR is writable");
}
