//! Expected to fail: two docs that describe one type give one property two types. (merge-b.md
//! lists other values of `mode` than merge-a.md: those are merged, not an error.)

docmodel::include_models!(docs = ["docs/merge-a.md", "docs/merge-b.md", "docs/merge-c.md"]);

fn main() {}
