//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/enum-named-like-page.md");

fn main() {}
