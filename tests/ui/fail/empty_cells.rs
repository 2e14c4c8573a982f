//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/empty-cells.md");

fn main() {}
