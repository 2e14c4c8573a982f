//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/two-enums-one-name.md");

fn main() {}
