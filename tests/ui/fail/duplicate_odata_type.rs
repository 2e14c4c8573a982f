//! Expected to fail: see the .stderr file. Without `strict`, the doc builds and keeps the first
//! `@odata.type` row (its snapshot: `tests/snapshots/duplicate-odata-type.rs`).

docmodel::include_models!(docs = ["docs/duplicate-odata-type.md"], strict = true);

fn main() {}
