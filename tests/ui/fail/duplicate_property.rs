//! Expected to fail: see the .stderr file. Without `strict`, the doc builds and keeps the first
//! row of each property (its snapshot: `tests/snapshots/duplicate-property.rs`).

docmodel::include_models!(docs = ["docs/duplicate-property.md"], strict = true);

fn main() {}
