//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/duplicate-property.md");

fn main() {}
