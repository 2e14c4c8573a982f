//! Expected to fail: see the .stderr file. The doc of `many_problems.rs` under `strict`: the
//! repeated row, which a rule decides, is an error too, in line order with the others.

docmodel::include_models!(docs = ["docs/many-problems.md"], strict = true);

fn main() {}
