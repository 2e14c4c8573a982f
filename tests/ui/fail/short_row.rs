//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/short-row.md");

fn main() {}
