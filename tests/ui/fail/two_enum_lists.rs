//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/two-enum-lists.md");

fn main() {}
