//! Expected to fail: see the .stderr file.

docmodel::include_models!("docs/duplicate-odata-type.md");

fn main() {}
