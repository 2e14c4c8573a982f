//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/int33.md");

fn main() {}
