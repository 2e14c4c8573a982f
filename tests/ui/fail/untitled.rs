//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/untitled.md");

fn main() {}
