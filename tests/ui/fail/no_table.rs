//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/no-table.md");

fn main() {}
