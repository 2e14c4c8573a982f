//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/value-twice.md");

fn main() {}
