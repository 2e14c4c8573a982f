//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/not-utf8.md");

fn main() {}
