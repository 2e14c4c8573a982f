//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/many-problems.md");

fn main() {}
