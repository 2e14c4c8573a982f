//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/list-title.md");

fn main() {}
