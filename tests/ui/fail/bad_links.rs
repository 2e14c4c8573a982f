//! Expected to fail: Type-cell links out of the root, to a missing page and to a folder, each an
//! error at its row. (The link to the page itself is fine.)

docmodel::include_models!("docs/bad-links.md");

fn main() {}
