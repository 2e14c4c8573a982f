//! Expected to fail: see the .stderr file. A pattern whose pages all describe no type.

docmodel::include_models!(docs = ["docs/folder/resources/over*.md"]);

fn main() {}
