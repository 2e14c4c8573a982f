docmodel::include_models!(docs = ["docs/widget.md"], derive = [serde::Serialize]);

fn main() {}
