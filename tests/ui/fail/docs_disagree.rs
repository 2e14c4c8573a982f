//! Expected to fail: two docs list one enum differently, and define one type twice.

docmodel::include_models!(docs = ["docs/merge-a.md", "docs/merge-b.md", "docs/merge-c.md"]);

fn main() {}
