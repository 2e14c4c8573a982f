//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/same-field.md");

fn main() {}
